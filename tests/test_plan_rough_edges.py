"""The Plan page's rough edges, as a person meets them: Enter in the add box, Today's boxes, where
the plan started, whole program names at every text size, notes still being typed on the printout,
and a long name wrapped on paper."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton, QScrollArea, QStyle, QStyleOptionViewItem

from rehab_desktop.core.plan import clamp_dose, default_dose
from rehab_desktop.core.programs import program
from rehab_desktop.store import Store
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.plan.dialogs import ProgramDialog
from rehab_desktop.ui.plan.pane import PlanPane
from tests.helpers import layout_checks  # --import-mode=importlib: tests/ is not on sys.path

WEDNESDAY = date(2026, 5, 13)
MONDAY = date(2026, 5, 11)


@pytest.fixture
def make_pane(qtbot, data_dir, library):
    def make(repo):
        store = Store(repo.db, tz=UTC) if repo is not None else None
        pane = PlanPane(StoreService(store), library, PreferenceStore(data_dir), today=lambda: WEDNESDAY)
        qtbot.addWidget(pane)
        pane.resize(1280, 720)
        with qtbot.waitActive(pane):
            pane.show()
            pane.activateWindow()
        return pane
    return make


def ids(pane) -> list[str]:
    return [p.exercise_id for p in pane.plan.entries(pane.weekday)]


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


# 1. Enter in the add box adds the highlighted match -----------------------------------------------

def type_and_open_matches(pane, text: str):
    box = pane.add_combo.lineEdit()
    box.setFocus()
    QTest.keyClicks(box, text)
    popup = QApplication.activePopupWidget()  # where a person's keys go while the matches show
    assert popup is pane.add_combo.completer().popup() and popup.isVisible()
    return popup


def test_enter_adds_the_highlighted_match_and_empties_the_box(qtbot, make_pane, repo, library):
    pane = make_pane(repo)
    popup = type_and_open_matches(pane, "ankle")
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    highlighted = popup.currentIndex().data()
    assert highlighted == "Posterior ankle mobility (band mobilisation)"
    QTest.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()  # the match is added once the completer has finished with the key
    assert ids(pane) == ["posterior-ankle-mobility"]
    assert pane.add_combo.currentText() == "" and not pane.message.isVisible()
    assert not popup.isVisible()

    # Nothing highlighted and one match: Enter adds it.
    popup = type_and_open_matches(pane, "calf")
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert ids(pane) == ["posterior-ankle-mobility", "standing-calf-stretch"]
    assert pane.add_combo.currentText() == "" and not popup.isVisible() and not pane.message.isVisible()

    # Several matches and none highlighted: nothing is guessed, and the message says what to do.
    popup = type_and_open_matches(pane, "balance")
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert len(ids(pane)) == 2 and "match \u201cbalance\u201d" in pane.message.text()


def test_enter_on_a_whole_name_adds_it_once_and_says_nothing_more(qtbot, make_pane, repo):
    pane = make_pane(repo)
    box = pane.add_combo.lineEdit()
    box.setFocus()
    box.setText("Sumo squat")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert ids(pane) == ["sumo-squat"]
    # One Enter is one add: no second pass saying "Type or pick an exercise to add."
    assert not pane.message.isVisible(), pane.message.text()


# 2. Today's boxes: an unticked one logs the exercise by hand -------------------------------------

def check_box(view, row: int) -> QRect:
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)


def click_box(view, row: int) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     check_box(view, row).center())


def test_ticking_a_box_logs_the_planned_dose_by_hand_and_the_row_shows_done(qtbot, make_pane, repo, library):
    pane = make_pane(repo)
    for ex_id in ("standing-calf-stretch", "sumo-squat"):
        pane.add_exercise(ex_id)
    pane.view.setCurrentIndex(pane.model.index(0))
    pane.dose_editor.sets.setValue(3)  # today's planned dose, not the default
    planned = pane.plan.entries(2)[0]
    assert planned.sets == 3
    view = pane.today_panel.list
    item = view.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "Tick to record it as done" in item.toolTip()

    click_box(view, 0)
    dialog = pane.log_dialog
    assert dialog is not None and dialog.isVisible()
    assert item.checkState() == Qt.CheckState.Unchecked  # not done until the person saves
    ticked = [r for r in dialog.rows if r.tick.isChecked()]
    assert [r.exercise.id for r in ticked] == ["standing-calf-stretch"]
    row = ticked[0]
    assert (row.sets.value(), row.hold.value()) == (3, clamp_dose(library["standing-calf-stretch"], planned).hold_s)
    dialog.at.setTime(QTime(12, 0))
    with qtbot.waitSignal(pane.service.changed):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    item = view.item(0)
    assert item.checkState() == Qt.CheckState.Checked
    assert pane.today_panel.ticked() == {"standing-calf-stretch": True, "sumo-squat": False}
    assert "1 of 2 done today." in pane.today_panel.summary.text()
    assert "entered by hand" in pane.message.text()
    sessions = repo.sessions_between(WEDNESDAY, WEDNESDAY)
    assert len(sessions) == 1 and sessions[0].entered_by_hand
    # A done row is not un-ticked here: its box does nothing, and its tooltip says where undo is.
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable and "History page" in item.toolTip()
    pane.log_dialog = None
    click_box(view, 0)
    assert pane.log_dialog is None and view.item(0).checkState() == Qt.CheckState.Checked


def test_a_box_ticked_then_cancelled_stays_unticked_and_space_ticks_too(qtbot, make_pane, repo):
    pane = make_pane(repo)
    pane.add_exercise("sumo-squat")
    view = pane.today_panel.list
    view.setFocus()
    view.setCurrentRow(0)
    QTest.keyClick(view, Qt.Key.Key_Space)
    dialog = pane.log_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    assert view.item(0).checkState() == Qt.CheckState.Unchecked
    assert repo.sessions_between(WEDNESDAY, WEDNESDAY) == []


def test_without_a_history_the_boxes_are_marks_only(qtbot, make_pane):
    pane = make_pane(None)
    pane.add_exercise("sumo-squat")
    item = pane.today_panel.list.item(0)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    click_box(pane.today_panel.list, 0)
    assert pane.log_dialog is None


# 3. Where the plan started stays said -------------------------------------------------------------

def test_the_starter_program_line_stays_once_the_plan_is_edited(qtbot, make_pane, repo, tmp_path):
    pane = make_pane(repo)
    assert not pane.origin.isVisible()
    assert pane.load_program("early")
    assert pane.origin.isVisible()
    assert pane.origin.text().startswith("Started from the starter program \u201cEarly stage\u201d")
    assert "changed since" not in pane.origin.text()
    pane.add_exercise("sumo-squat", weekday=6)
    assert pane.origin.isVisible() and "Early stage" in pane.origin.text()
    assert "changed since" in pane.origin.text()
    out = pane.export_pdf(str(tmp_path / "week.pdf"))
    assert "\u201cEarly stage\u201d, the app's suggestion, not medical advice, and changed since." in pdf_text(out)
    pane.undo()
    assert pane.origin.isVisible() and "changed since" not in pane.origin.text()


# 4. Program names whole at every text size --------------------------------------------------------

@pytest.fixture
def restore_look(qapp):
    from rehab_desktop.ui.common import style

    yield
    style.apply_text_scale(qapp, 1.0)


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_program_chooser_shows_whole_names_at_every_text_size(qtbot, qapp, restore_look, scale):
    from rehab_desktop.ui.common import style

    style.apply_text_scale(qapp, scale)
    dialog = ProgramDialog(replacing=True)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qapp.processEvents()
    programs = dialog.list
    assert programs.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    assert programs.verticalScrollBar().maximum() == 0  # every program in view without scrolling the list
    assert layout_checks.visible_rect(programs).width() == programs.width()  # the list is not cut at the side
    fm = programs.fontMetrics()
    for row in range(programs.count()):
        item = programs.item(row)
        rect = programs.visualItemRect(item)
        assert rect.left() >= 0 and rect.right() < programs.viewport().width(), item.text()
        assert rect.bottom() < programs.viewport().height(), item.text()
        need = fm.boundingRect(QRect(0, 0, rect.width() - 8, 10**6), int(Qt.TextFlag.TextWordWrap),
                               item.text()).height()
        assert rect.height() >= need, f"{item.text()!r}: {rect.height()} px high, its text needs {need}"
    # The page of choices scrolls up and down at large text, never sideways; no choice is clipped.
    scroll = dialog.findChild(QScrollArea)
    assert scroll.widget().width() <= scroll.viewport().width()
    for radio in dialog.findChildren(QRadioButton):
        assert radio.width() >= layout_checks.button_text_width(radio), radio.text()
    assert layout_checks.problems(dialog) == []


# 5. The printout takes notes still being typed ----------------------------------------------------

def test_print_preview_and_pdf_take_notes_still_being_typed(qtbot, make_pane, repo, tmp_path):
    pane = make_pane(repo)
    pane.add_exercise("sumo-squat")
    notes = pane.notes_edit
    notes.setFocus()
    QTest.keyClicks(notes, "Ice after")  # the focus stays in the box: File > Print comes next
    dialog = pane.preview_dialog()
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "preview.pdf"))
    printer.setPageLayout(dialog.printer_.pageLayout())
    dialog.paintRequested.emit(printer)  # what the preview draws, onto a PDF
    del printer
    assert "Notes: Ice after" in pdf_text(tmp_path / "preview.pdf")
    assert pane.plan.notes == "Ice after"

    QTest.keyClicks(notes, " and a towel")
    out = pane.export_pdf(str(tmp_path / "week.pdf"))
    assert "Notes: Ice after and a towel" in pdf_text(out)


# 6. A long name wraps on paper ----------------------------------------------------------------------

@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_long_plan_name_wraps_whole_on_the_printed_sheet(tmp_path, qapp, library, page):
    from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout

    from rehab_desktop.ui.printing.week import page_layout, write_pdf

    plan = program("early").build(library)
    plan.add(6, default_dose(library["sumo-squat"]))
    plan.name = ("MUM'S WEDNESDAY, THURSDAY AND SATURDAY MORNING ROUTINE FOR THE RIGHT ANKLE, AS AGREED WITH "
                 "DR W\u00d3JCIK IN MAY")
    title = f"Weekly plan: {plan.name}"
    font = QFont(QApplication.font().family())
    font.setPointSizeF(12.0)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    room = page_layout(page).paintRect(QPageLayout.Unit.Point).width()
    assert metrics.horizontalAdvance(title) * 72 / metrics.fontDpi() > room  # too long for one line
    out = tmp_path / "long.pdf"
    write_pdf(str(out), plan, library, MONDAY, page)
    text = pdf_text(out)
    assert title in text and "\u2026" not in text.split("Week of Monday")[0]
    assert "Week of Monday 11 May \u2013 17 May 2026" in text


def test_printout_notes_show_their_limit_instead_of_cutting_silently(make_window, qapp):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from rehab_desktop.ui.plan.print_box import NOTES_LIMIT

    w = make_window()
    box = w.plan_pane().print_box
    w.pages.setCurrentIndex(1)
    qapp.processEvents()
    assert not box.notes_count.isVisibleTo(w)
    box.notes_edit.setFocus()
    QTest.keyClicks(box.notes_edit, "x" * 260)
    assert box.notes_count.isVisibleTo(w) and box.notes_count.text() == f"260 of {NOTES_LIMIT} characters"
    box.notes_edit.clear()
    QGuiApplication.clipboard().setText("Ice after. " * 40)  # 440 characters pasted
    box.notes_edit.paste()
    assert len(box.notes_edit.text()) == NOTES_LIMIT
    assert "the sheet has room for no more" in box.notes_count.text()
    assert "the sheet has room for no more" in box.notes_edit.accessibleDescription()
