"""The plan pane with qtbot: editing by keyboard and drag, doses within ranges, programs, today, print and PDF."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from rehab_desktop.core.phases import StartAt
from rehab_desktop.core.plan import WeekPlan, default_dose
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.store import PlanRepo, Store
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.plan.dialogs import CopyDayDialog, ProgramDialog
from rehab_desktop.ui.plan.pane import NO_STORE, PlanPane
from rehab_desktop.ui.printing import availability

UTC = UTC
WEDNESDAY = date(2026, 5, 13)


@pytest.fixture
def make_pane(qtbot, data_dir, library):
    def make(repo, today=WEDNESDAY):
        store = Store(repo.db, tz=UTC) if repo is not None else None
        pane = PlanPane(StoreService(store), library, PreferenceStore(data_dir), today=lambda: today)
        qtbot.addWidget(pane)
        pane.resize(1280, 720)
        with qtbot.waitActive(pane):  # shortcuts act only in the active window
            pane.show()
            pane.activateWindow()
        return pane
    return make


def ids(pane, day=None) -> list[str]:
    return [p.exercise_id for p in pane.plan.entries(pane.weekday if day is None else day)]


def saved(db) -> WeekPlan:
    return PlanRepo(db).load()


def add_by_typing(qtbot, pane, text):
    pane.add_combo.setFocus()
    pane.add_combo.lineEdit().setText(text)
    qtbot.keyClick(pane.add_combo.lineEdit(), Qt.Key.Key_Return)


def test_opens_on_today_and_adds_from_the_library_by_typing(qtbot, make_pane, repo, db, library):
    pane = make_pane(repo)
    assert pane.weekday == 2 and "Wednesday (today)" in pane.day_list.currentItem().text()
    assert pane.plan.is_empty and not pane.message.isVisible()
    add_by_typing(qtbot, pane, "sumo squat")  # any case
    add_by_typing(qtbot, pane, "Single-leg balance")
    assert ids(pane) == ["sumo-squat", "single-leg-balance"]
    assert pane.add_combo.currentText() == ""
    assert saved(db).entries(2) == [default_dose(library["sumo-squat"]),
                                    default_dose(library["single-leg-balance"])]
    assert saved(db).starts_on == WEDNESDAY  # planned days before today are never "missed"
    add_by_typing(qtbot, pane, "Sumo squat")
    assert "already planned on Wednesday" in pane.message.text() and len(ids(pane)) == 2
    add_by_typing(qtbot, pane, "Jumping jacks")
    assert "No exercise is called" in pane.message.text()
    assert pane.day_list.item(2).text().endswith("\u00b7 2")


def test_reorder_and_remove_with_the_keyboard(qtbot, make_pane, repo, db):
    pane = make_pane(repo)
    for ex_id in ("standing-calf-stretch", "seated-ankle-rom", "sumo-squat"):
        pane.add_exercise(ex_id)
    pane.view.setFocus()
    pane.view.setCurrentIndex(pane.model.index(2))
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert ids(pane) == ["standing-calf-stretch", "sumo-squat", "seated-ankle-rom"]
    assert pane.current_row() == 1  # the selection follows the moved exercise
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first: nothing happens
    assert ids(pane)[0] == "sumo-squat"
    qtbot.keyClick(pane.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(pane) == ["standing-calf-stretch", "sumo-squat", "seated-ankle-rom"]
    assert [p.exercise_id for p in saved(db).entries(2)] == ids(pane)
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert ids(pane) == ["standing-calf-stretch", "seated-ankle-rom"]
    assert pane.model.data(pane.model.index(1)).startswith("2. Seated ankle range of motion")
    assert len(saved(db).entries(2)) == 2
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the removal
    assert ids(pane) == ["standing-calf-stretch", "sumo-squat", "seated-ankle-rom"]
    assert len(saved(db).entries(2)) == 3
    pane.redo()
    assert len(ids(pane)) == 2


def test_drag_and_drop_reorders_through_the_model(qtbot, make_pane, repo, db):
    pane = make_pane(repo)
    for ex_id in ("standing-calf-stretch", "seated-ankle-rom", "sumo-squat", "single-leg-balance"):
        pane.add_exercise(ex_id)
    assert pane.view.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    model = pane.model
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsDragEnabled
    # What QListView does on an internal drop: move the row before the drop position.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert ids(pane) == ["seated-ankle-rom", "sumo-squat", "standing-calf-stretch", "single-leg-balance"]
    assert not model.moveRow(QModelIndex(), 1, QModelIndex(), 2)  # dropped where it was
    # A drop handled through the mime data (the generic item-view path) moves, never duplicates.
    data = model.mimeData([model.index(3)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert ids(pane) == ["single-leg-balance", "seated-ankle-rom", "sumo-squat", "standing-calf-stretch"]
    assert [p.exercise_id for p in saved(db).entries(2)] == ids(pane)
    pane.undo()
    assert ids(pane) == ["seated-ankle-rom", "sumo-squat", "standing-calf-stretch", "single-leg-balance"]


def test_copy_a_day_to_other_days(qtbot, make_pane, repo, db):
    pane = make_pane(repo)
    pane.add_exercise("sumo-squat", weekday=4)
    pane.day_list.setCurrentRow(0)
    pane.add_exercise("standing-calf-stretch")
    pane.add_exercise("ankle-dorsiflexion")
    dialog = CopyDayDialog(pane.plan, 0, pane)
    qtbot.addWidget(dialog)
    assert 0 not in dialog.boxes and not dialog.ok.isEnabled()
    assert "replaces its 1" in dialog.boxes[4].text()
    dialog.boxes[2].setChecked(True)
    dialog.boxes[4].setChecked(True)
    assert dialog.ok.isEnabled() and dialog.targets() == [2, 4]
    assert pane.copy_day(0, dialog.targets()) == [2, 4]
    for day in (2, 4):
        assert ids(pane, day) == ["standing-calf-stretch", "ankle-dorsiflexion"]
        assert [p.exercise_id for p in saved(db).entries(day)] == ids(pane, day)
    assert pane.day_list.item(4).text().endswith("\u00b7 2")


def test_dose_spin_boxes_stay_within_the_exercise_ranges(qtbot, make_pane, repo, db, library):
    pane = make_pane(repo)
    pane.add_exercise("sumo-squat")  # 2-3 sets of 10-15 reps, no hold
    pane.view.setCurrentIndex(pane.model.index(0))
    editor = pane.dose_editor
    assert (editor.sets.minimum(), editor.sets.maximum()) == (2, 3)
    assert (editor.reps.minimum(), editor.reps.maximum()) == (10, 15)
    assert editor.hold.isHidden() and "Reps (10\u201315)" in editor.labels[editor.reps].text()
    editor.sets.setValue(99)
    editor.reps.setFocus()
    editor.reps.selectAll()
    qtbot.keyClicks(editor.reps, "14")
    qtbot.keyClick(editor.reps, Qt.Key.Key_Return)
    assert pane.plan.entries(2)[0] == Prescription("sumo-squat", 3, 14, None)
    assert saved(db).entries(2)[0] == Prescription("sumo-squat", 3, 14, None)
    assert "3 sets in all \u00d7 14 reps" in pane.model.data(pane.model.index(0))
    pane.undo()  # one step undoes the whole run of dose changes
    assert pane.plan.entries(2)[0] == default_dose(library["sumo-squat"])
    pane.add_exercise("standing-calf-stretch")  # hold 30+ s: open-ended, up to 60
    pane.view.setCurrentIndex(pane.model.index(1))
    assert editor.reps.isHidden() and (editor.hold.minimum(), editor.hold.maximum()) == (30, 60)
    pane.add_exercise("posterior-ankle-mobility")  # the app's suggestion: marked
    pane.view.setCurrentIndex(pane.model.index(2))
    assert "*" in editor.labels[editor.sets].text() and "app's suggestion" in editor.note.text()
    assert not editor.band.isHidden()
    pane.add_exercise("single-leg-deadlift")
    pane.view.setCurrentIndex(pane.model.index(3))
    assert not editor.weight.isHidden()
    editor.weight.setValue(2.5)
    assert saved(db).entries(2)[3].weight_kg == 2.5


def test_starter_program_asks_before_replacing_and_can_be_undone(qtbot, make_pane, repo, db):
    pane = make_pane(repo)
    asked = []
    pane.confirm = lambda title, text: asked.append(text) or False
    assert pane.load_program("early", "anterior")  # an empty plan: no question
    assert asked == [] and pane.plan.program == "early" and pane.plan.emphasis == "anterior"
    assert "the app's suggestion" in pane.plan.name and "not medical advice" in pane.origin.text()
    assert saved(db) == pane.plan
    early = pane.plan.copy()
    assert not pane.load_program("balance")  # asked, and the answer was no
    assert len(asked) == 1 and "Replace the" in asked[0] and pane.plan == early
    pane.confirm = lambda title, text: True
    assert pane.load_program("balance", "posterior")
    assert "foam-pad-toe-raises" in pane.plan.exercise_ids() and saved(db).program == "balance"  # kept, with a caution
    pane.undo()
    assert pane.plan == early and saved(db) == early
    assert not pane.load_program("no-such-program")


def test_program_dialog_describes_the_choice(qtbot):
    dialog = ProgramDialog(replacing=True)
    qtbot.addWidget(dialog)
    dialog.select("balance", "posterior")
    assert dialog.choice() == ("balance", "posterior")
    assert "Posterior emphasis" in dialog.description.text()
    assert dialog.list.count() == 4


def test_today_ticks_what_history_shows_done_and_starts_the_rest(qtbot, make_pane, repo, db, library):
    pane = make_pane(repo)
    for ex_id in ("standing-calf-stretch", "seated-ankle-rom", "sumo-squat"):
        pane.add_exercise(ex_id)
    pane.add_exercise("single-leg-balance", weekday=3)  # Thursday: not today
    assert pane.today_panel.ticked() == {"standing-calf-stretch": False, "seated-ankle-rom": False,
                                         "sumo-squat": False}
    with qtbot.waitSignal(pane.start_routine) as sig:
        pane.today_panel.start.click()
    assert [p.exercise_id for p in sig.args[0]] == ["standing-calf-stretch", "seated-ankle-rom", "sumo-squat"]
    assert all(isinstance(p, Prescription) for p in sig.args[0]) and sig.args[1] == {}
    t0 = datetime(2026, 5, 13, 8, 0, tzinfo=UTC)

    def done(sid, ex_id, side, number, at, status="completed"):
        repo.record_set(sid, SetRecord(ex_id, "main", side, number, 10, 10, None, None, at,
                                       at + timedelta(seconds=60), status=status))

    sid = repo.open_session(t0)
    for n in (1, 2):  # the affected leg (the left, by default) is the only one it needs
        done(sid, "seated-ankle-rom", LegSide.LEFT, n, t0 + timedelta(minutes=n))
    # A skipped set is not "done"; nor is a set done on another day.
    done(sid, "sumo-squat", LegSide.LEFT, 1, t0 + timedelta(minutes=4), status="skipped")
    other = repo.open_session(t0 - timedelta(days=1))
    done(other, "standing-calf-stretch", LegSide.LEFT, 1, t0 - timedelta(days=1))
    pane.refresh()
    assert pane.today_panel.ticked() == {"standing-calf-stretch": False, "seated-ankle-rom": True,
                                         "sumo-squat": False}
    assert "1 of 3 done today." in pane.today_panel.summary.text()
    with qtbot.waitSignal(pane.start_routine) as sig:
        pane.today_panel.start.click()
    assert sig.args[0] == [default_dose(library["standing-calf-stretch"]),
                           default_dose(library["sumo-squat"])]

    # A second session today, stopped half way: the calf stretch's left leg done, one set of the squat.
    later = repo.open_session(t0 + timedelta(hours=9))
    for n in (1, 2):
        done(later, "standing-calf-stretch", LegSide.LEFT, n, t0 + timedelta(hours=9, minutes=n))
    done(later, "sumo-squat", LegSide.LEFT, 1, t0 + timedelta(hours=9, minutes=5))
    pane.refresh()
    assert not any(v for k, v in pane.today_panel.ticked().items() if k != "seated-ankle-rom")
    assert "1 of 3 done today, 2 partly." in pane.today_panel.summary.text()
    texts = [pane.today_panel.list.item(i).text() for i in range(3)]
    assert texts[0].endswith("\nLeft leg done, right leg to do")
    # The squat's 2 sets are counted over both feet (one on each), not per foot.
    assert texts[2].endswith("\n1 of 2 sets done")
    with qtbot.waitSignal(pane.start_routine) as sig:
        pane.today_panel.start.click()
    assert [p.exercise_id for p in sig.args[0]] == ["standing-calf-stretch", "sumo-squat"]
    assert sig.args[1] == {"standing-calf-stretch": StartAt("main", LegSide.RIGHT, 1),
                           "sumo-squat": StartAt("main", LegSide.RIGHT, 1)}

    for n in (1, 2):
        done(later, "standing-calf-stretch", LegSide.RIGHT, n, t0 + timedelta(hours=10, minutes=n))
    done(later, "sumo-squat", LegSide.RIGHT, 1, t0 + timedelta(hours=10, minutes=6))
    pane.refresh()
    assert all(pane.today_panel.ticked().values()) and "All 3 done" in pane.today_panel.summary.text()
    assert "again" in pane.today_panel.start.text()  # everything done: offer the whole day again
    with qtbot.waitSignal(pane.start_routine) as sig:
        pane.today_panel.start.click()
    assert len(sig.args[0]) == 3 and sig.args[1] == {}


def test_without_a_store_programs_and_printing_still_work(qtbot, make_pane, tmp_path):
    pane = make_pane(None)
    assert pane.message.text().startswith(NO_STORE)
    assert pane.load_program("strength")
    assert pane.plan.entry_count() > 0 and pane.message.isVisible()
    pane.add_exercise("sumo-squat", weekday=6)
    assert NO_STORE in pane.message.text()
    out = pane.export_pdf(str(tmp_path / "week.pdf"))
    assert out and "Sumo squat" in " ".join(PdfReader(out).pages[0].extract_text().split())
    assert pane.today_panel.start.isEnabled()


def test_export_pdf_and_print_preview(qtbot, make_pane, repo, tmp_path):
    pane = make_pane(repo)
    pane.load_program("return-to-activity")
    pane.name_edit.setText("<b>x</b> & co")
    pane.name_edit.editingFinished.emit()
    assert pane.plan.name == "<b>x</b> & co"
    pane.print_box.page_combo.setCurrentIndex(pane.print_box.page_combo.findData("letter"))
    pane.print_box.week_combo.setCurrentIndex(1)
    assert pane.print_box.week() == date(2026, 5, 18)
    out = pane.export_pdf(str(tmp_path / "week.pdf"))
    reader = PdfReader(out)
    assert len(reader.pages) == 2 and round(float(reader.pages[0].mediabox.width)) == 792
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Weekly plan: <b>x</b> & co" in text and "Week of Monday 18 May" in text
    assert "2 pages" in pane.message.text()  # all twelve, with their cautions
    assert PreferenceStore(pane.prefs.data_dir).values.print_page == "letter"  # kept in settings.ini
    assert pane.export_pdf(str(tmp_path / "nope" / "week.pdf")) is None
    assert "could not be written" in pane.message.text()
    dialog = pane.preview_dialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=10000):
        dialog.show()
    dialog.close()


def test_print_says_plainly_when_this_computer_cannot_print(qtbot, make_pane, repo, tmp_path, monkeypatch):
    """No CUPS (the frozen build leaves it to the system): Print says so, and the PDF export still works."""
    monkeypatch.setattr(availability, "cups_installed", lambda: False)
    pane = make_pane(repo)
    pane.load_program("return-to-activity")
    monkeypatch.setattr(pane.print_box, "preview_dialog", lambda: pytest.fail("a preview that cannot print"))
    pane.print_preview()  # what File > Print the weekly plan (Ctrl+P) and the Print preview button run
    assert availability.NO_CUPS in pane.message.text() and pane.message.isVisible()
    assert "CUPS printing system is not installed" in availability.NO_CUPS
    out = pane.export_pdf(str(tmp_path / "week.pdf"))
    assert out and "Weekly plan" in " ".join(PdfReader(out).pages[0].extract_text().split())


def test_printing_availability_follows_the_cups_library(monkeypatch):
    assert availability.cups_installed()  # scripts/setup.sh installs libcups2 here
    assert availability.printing_unavailable() is None

    def missing(name, *args, **kwargs):
        raise OSError(f"{name}: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(availability.ctypes, "CDLL", missing)
    assert not availability.cups_installed()
    assert availability.printing_unavailable() == availability.NO_CUPS


def test_user_text_is_never_shown_as_markup(qtbot, make_pane, repo):
    pane = make_pane(repo)
    pane.plan.name = "<b>x</b> & co"
    pane.add_exercise("calf-raise")  # an unknown id: the message quotes it
    with_brackets = [label for label in pane.findChildren(QLabel) if "<" in label.text()]
    assert [label.text() for label in with_brackets if label.textFormat() != Qt.TextFormat.PlainText] == []
    assert pane.message.textFormat() == Qt.TextFormat.PlainText


def test_unknown_exercises_in_a_saved_plan_are_reported(qtbot, make_pane, repo, db, library):
    plan = WeekPlan()
    plan.add(2, Prescription("calf-raise", 2, 10))
    plan.add(2, default_dose(library["sumo-squat"]))
    PlanRepo(db).save(plan)
    pane = make_pane(repo)
    assert "'calf-raise' is not in the exercise library" in pane.message.text()
    assert "Unknown exercise 'calf-raise'" in pane.model.data(pane.model.index(0))
    with qtbot.waitSignal(pane.start_routine) as sig:
        pane.today_panel.start.click()
    assert [p.exercise_id for p in sig.args[0]] == ["sumo-squat"]


def test_every_control_has_an_accessible_name(qtbot, make_pane, repo):
    pane = make_pane(repo)
    pane.load_program("early")
    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    for widget in pane.findChildren(QWidget):
        inner = isinstance(widget.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView))
        if isinstance(widget, controls) and not inner and widget.isVisibleTo(pane):
            assert widget.accessibleName(), f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"


def test_alt_keys_are_unique_and_leave_the_windows_menus_alone(qtbot, make_pane, repo):
    pane = make_pane(repo)
    pane.load_program("return-to-activity")
    taken = set("fvtsh" + "eph")  # menus File View Timer Sound Help; sections Exercises Plan History
    owners: dict[str, QWidget] = {}
    for row in range(4):  # show each kind of dose (hold, reps, in-and-out, weight) so every label counts
        pane.view.setCurrentIndex(pane.model.index(row))
        for widget in pane.findChildren(QAbstractButton) + pane.findChildren(QLabel):
            if widget.isVisibleTo(pane) and (isinstance(widget, QAbstractButton) or widget.buddy() is not None):
                key = re.search(r"&([^&])", widget.text())
                if key:
                    letter = key.group(1).lower()
                    assert letter not in taken, widget.text()
                    assert owners.setdefault(letter, widget) is widget, f"Alt+{letter}: {widget.text()}"
    assert len(owners) >= 8


WEDNESDAY_MORNING = datetime(2026, 5, 13, 10, 0)  # local time; the window's "today" is fixed to it


def test_in_the_window_todays_session_runs_as_a_routine(qtbot, make_window):
    window = make_window(wall=lambda: WEDNESDAY_MORNING.astimezone())
    index = next(i for i in range(window.pages.count()) if window.pages.tabText(i).replace("&", "") == "Plan")
    window.pages.setCurrentIndex(index)
    pane = window.page(index)
    assert isinstance(pane, PlanPane)
    today = WEDNESDAY_MORNING.weekday()
    pane.add_exercise("sumo-squat", weekday=today)
    pane.add_exercise("single-leg-balance", weekday=today)
    with qtbot.waitSignal(pane.start_routine):
        pane.today_panel.start.click()
    assert window.pages.currentIndex() == 0  # back on the exercises, with the timer on the first one
    assert window.instructions.exercise.id == "sumo-squat"
    assert [d.exercise_id for d in window.session.routine] == ["sumo-squat", "single-leg-balance"]


def test_in_the_window_a_half_done_exercise_goes_on_at_the_leg_still_to_do(qtbot, make_window, clock, data_dir):
    from rehab_desktop.core.timer import EngineState

    window = make_window(wall=lambda: WEDNESDAY_MORNING.astimezone())
    index = next(i for i in range(window.pages.count()) if window.pages.tabText(i).replace("&", "") == "Plan")
    window.pages.setCurrentIndex(index)
    pane = window.page(index)
    today = WEDNESDAY_MORNING.weekday()
    pane.add_exercise("standing-calf-stretch", weekday=today)  # 2 sets of 30 s, each leg
    pane.add_exercise("sumo-squat", weekday=today)
    # This morning's session stopped after the left leg.
    repo = window.session.repo
    start = WEDNESDAY_MORNING.replace(hour=0, minute=5).astimezone()
    sid = repo.open_session(start)
    for n in (1, 2):
        at = start + timedelta(minutes=n)
        repo.record_set(sid, SetRecord("standing-calf-stretch", "main", LegSide.LEFT, n, None, None, 30.0, 30.0, at,
                                       at + timedelta(seconds=30)))
    repo.close_session(sid, start + timedelta(minutes=4))
    pane.refresh()
    item = pane.today_panel.list.item(0)
    assert pane.today_panel.ticked() == {"standing-calf-stretch": False, "sumo-squat": False}
    assert item.text().endswith("Left leg done, right leg to do")
    assert "right leg to do" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "0 of 2 done today, 1 partly." in pane.today_panel.summary.text()

    with qtbot.waitSignal(pane.start_routine):
        pane.today_panel.start.click()
    qtbot.waitUntil(lambda: window.controller.state is EngineState.RUNNING)
    assert window.controller.exercise.id == "standing-calf-stretch"
    first = window.controller.snapshot().phase
    assert first.label == "Get ready · Right leg · Set 1 of 2"
    assert "2 sets left" in window.timer_panel.title.text()
    assert [(s.side, s.number) for s in window.controller.plan.sets] == [(LegSide.RIGHT, 1), (LegSide.RIGHT, 2)]
    # Run it through: the right leg's two sets are recorded, and the stretch is ticked.
    clock.pass_time(window.controller.update, window.controller.plan.totals().duration_s + 1)
    qtbot.waitUntil(lambda: window.controller.exercise.id == "sumo-squat")
    detail = repo.session_detail(window.session.session_id)
    assert [(s.side, s.set_number) for s in detail.exercises[0].sets] == [(LegSide.RIGHT, 1), (LegSide.RIGHT, 2)]
    pane.refresh()
    assert pane.today_panel.ticked() == {"standing-calf-stretch": True, "sumo-squat": False}
