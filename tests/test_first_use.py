"""Each part of the window used first, in a fresh window: lazy loading must not lose behaviour.

The window builds its pages, dialogs, sound, speech, exercise figures and printing the first time
each is needed instead of at start-up (issue 22). Each test opens a fresh window (the `make_window`
fixture: a new data folder, Qt's mock speech engine, a fake sound bank and clock) and makes one of
those parts the first thing used, as a person may on any day, then checks what they would notice:
the first Space still chimes and speaks; each page opened first is built, shown whole and shows its
content; each dialog opened first from its menu opens, shows its controls and closes; each export
done first writes a readable file; follow-along opened first shows the countdown; and the figures
are drawn in the window's first frame.

Nothing sleeps: the tests wait on signals and conditions, and the timer runs on the fake clock.
This module imports none of the window's modules itself (what a test sets up before its window
opens uses the core and the store only), so that, run on its own, it meets each lazily imported
part of the window when the window first needs it.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import traceback
import unicodedata
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QTextBrowser,
    QWidget,
)

from tests.helpers import layout_checks  # --import-mode=importlib: tests/ is not on sys.path

CALF = "standing-calf-stretch"
FRIDAY = date(2024, 3, 1)  # the fake clock's day (conftest.FakeClock.BASE)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# -- finding things as a person does -----------------------------------------------------------

def readable(text: str) -> str:
    """A menu item's or button's text as read: no mnemonic marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("\u2026").strip()


def menu_action(w, *path: str):
    """The action at `path` in the window's menu bar, by the texts a person reads: ("File", "Settings")."""
    actions = w.menuBar().actions()
    for name in path[:-1]:
        menus = [a.menu() for a in actions if a.menu() is not None and readable(a.text()) == name]
        assert len(menus) == 1, f"no menu {name!r} in {[readable(a.text()) for a in actions]}"
        actions = menus[0].actions()
    found = [a for a in actions if readable(a.text()) == path[-1]]
    assert len(found) == 1, f"no item {path[-1]!r} in {[readable(a.text()) for a in actions if a.text()]}"
    assert found[0].isEnabled(), f"{' > '.join(path)} is greyed out"
    return found[0]


def choose(w, *path: str) -> None:
    """Pick the menu item at `path` (what a click on it does)."""
    menu_action(w, *path).trigger()


def press(qtbot, w, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed in the main window, where the focus is."""
    qtbot.keyClick(w.focusWidget() or w, key, modifier)


def button(root, text: str) -> QAbstractButton:
    """The visible button under `root` whose text reads `text`."""
    found = [b for b in root.findChildren(QAbstractButton) if b.isVisible() and readable(b.text()) == text]
    shown = [readable(b.text()) for b in root.findChildren(QAbstractButton) if b.isVisible()]
    assert len(found) == 1, f"no button {text!r} among {shown}"
    return found[0]


def labels(root) -> str:
    """The text of every visible label under `root`, as one string."""
    return " ".join(label.text() for label in root.findChildren(QLabel) if label.isVisible())


def named(root, kind, name: str):
    """The widget of `kind` under `root` with this accessible name (what a screen reader calls it)."""
    found = [c for c in root.findChildren(kind) if c.accessibleName() == name]
    assert len(found) == 1, f"no {kind.__name__} named {name!r}"
    return found[0]


def fits(qtbot, widget) -> None:
    """Nothing under `widget` is cut off, too narrow for its text or scrolled sideways (waiting for the
    layout to settle: item views lay their rows out a moment after a resize). A label made to cut a
    long path in the middle (whole on hover) does so by design."""
    elided = tuple(f"label {c.accessibleName()!r}" for c in widget.findChildren(QLabel)
                   if type(c).__name__ == "ElidedLabel")

    def whole():
        found = [p for p in layout_checks.problems(widget) if not p.startswith(elided)]
        assert found == [], "\n".join(found)
    qtbot.waitUntil(whole, timeout=3000)


def click_tab(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


# -- dialogs: opened by the action, looked at while open, closed as a person closes them -----------

def escape(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


class _Catcher:
    """Waits on the event loop for a modal dialog, answers it, and keeps only what was seen of it: no
    reference to the dialog outlives the answer (a dialog kept past its window in a reference cycle,
    freed later by the garbage collector, was seen to crash the interpreter in a later test)."""

    def __init__(self, qtbot, look, answer, over):
        self.qtbot, self.look, self.answer, self.over = qtbot, look, answer, over
        self.titles: list[str] = []
        self.errors: list[str] = []  # what went wrong, as text (an exception would keep the dialog alive)
        self.watching = True

    def catch(self) -> None:
        if not self.watching:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is self.over:  # not open yet: look again on the next turn of the event loop
            QTimer.singleShot(0, self.catch)
            return
        self.watching = False
        self.titles.append(dialog.windowTitle())
        try:
            dialog.activateWindow()  # keys go to the active window, as they do under a window manager
            self.qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow(), timeout=5000)
            if self.look is not None:
                self.look(dialog)
            self.answer(self.qtbot, dialog)
        except BaseException as exc:  # noqa: BLE001 - reported once the dialog is out of the way
            self.errors.append(f"in the dialog {dialog.windowTitle()!r}:\n" + "".join(traceback.format_exception(exc)))
        finally:
            if dialog.isVisible():
                if not self.errors:
                    self.errors.append(f"the dialog {dialog.windowTitle()!r} was still open after its answer")
                dialog.reject()


@contextmanager
def dialog_opened(qtbot, look=None, answer=escape, over=None):
    """Catch the modal dialog that the action run inside the block opens, hand it to `look(dialog)`
    while it is on screen, then `answer(qtbot, dialog)` it (by default Esc, as a person would).

    Yields the titles of the dialogs seen. A dialog left open by its answer is rejected, and an
    assertion failing in `look` or `answer` is reported once the dialog is closed, so a test fails
    rather than hangs; no dialog at all fails the test too. `over`: a dialog already open that this
    one opens on top of.
    """
    catcher = _Catcher(qtbot, look, answer, over)
    QTimer.singleShot(0, catcher.catch)
    try:
        yield catcher.titles
    finally:
        catcher.watching = False
        catcher.over = catcher.look = catcher.answer = None
    if catcher.errors:
        pytest.fail("\n".join(catcher.errors), pytrace=False)
    assert catcher.titles, "no dialog opened"
    assert QApplication.activeModalWidget() is over, "a dialog is still in the way"


# -- files -------------------------------------------------------------------------------------

@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """Answers the next save dialogs with these file names in tmp_path/out (as a person typing a
    name and pressing Save); `.asked` keeps each dialog's title."""
    out = tmp_path / "out"
    out.mkdir()
    names: list[str] = []

    def answer(parent, title, start, pattern):
        answer.asked.append(title)
        assert names, f"a save dialog nobody expected: {title!r}"
        return str(out / names.pop(0)), pattern

    answer.asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    def will_save(name: str) -> Path:
        names.append(name)
        return out / name

    will_save.asked = answer.asked
    yield will_save
    # The next save dialog of the run opens in the folder last saved to: not this test's.
    save_dialog = sys.modules.get("rehab_desktop.ui.common.save_dialog")  # imported when first needed
    if save_dialog is not None:
        save_dialog._last_folder = None


def pdf_text(path) -> tuple[int, str]:
    """(pages, the text on them as one line)."""
    reader = PdfReader(str(path))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def a_plan_is_saved(history, library, program_id="early"):
    """A weekly plan in the data folder before the window opens, as a returning person has it."""
    from rehab_desktop.core.programs import program

    plan = program(program_id).build(library, "anterior" if program_id == "early" else "", starts_on=FRIDAY)
    history.store.plans.save(plan)
    return plan


def some_sessions(history):
    """Three finished sessions in the week before the fake clock's day."""
    for n in (3, 5, 7):
        history.add(FRIDAY - timedelta(days=n), 9, exercises=(CALF, "sumo-squat"), pain=(5, 3))


# -- 1. the first Space ------------------------------------------------------------------------

def show_and_settle(qtbot, qapp, w) -> None:
    """Show a window built with show=False, wait for its first paint and let the work queued after
    it run (what a person who looks for a moment before pressing Space gets)."""
    with qtbot.waitSignal(w.first_painted, timeout=10000):
        w.show()
        w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qapp.processEvents()


@pytest.mark.parametrize("when", ["at-once", "after-first-paint"])
@pytest.mark.parametrize(("exercise_id", "cue", "phase"), [
    pytest.param(CALF, "Get ready. Left leg. Set 1 of 2. Hold for 30 seconds.", "Get ready · Left leg · Set 1 of 2",
                 id="hold"),
    pytest.param("sumo-squat", "Get ready. Left foot on the pad. Set 1 of 2. 10 reps.",
                 "Get ready · Left foot on the pad · Set 1 of 2", id="paced-reps"),
])
def test_the_first_space_starts_the_timer_with_its_sound_and_spoken_cue(make_window, qtbot, qapp, sounds, clock,
                                                                        exercise_id, cue, phase, when):
    from PySide6.QtTextToSpeech import QTextToSpeech

    w = make_window(exercise_id=exercise_id, show=when == "at-once")  # at once: as soon as it is active
    if when == "after-first-paint":
        show_and_settle(qtbot, qapp, w)
    assert sounds.played == []
    with qtbot.waitSignal(w.cues.spoke, timeout=5000, check_params_cb=lambda text: text == cue):
        press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.state.value == "running"
    assert w.timer_panel.start_button.text().startswith("Pause")
    assert w.timer_panel.phase_label.text().replace("\xa0", " ") == phase
    assert sounds.played == ["phase"]  # the chime of the phase starting, the first sound of the day
    # The words reach the speech engine, not only the captions: the mock engine says them one by one.
    engines = w.findChildren(QTextToSpeech)
    assert len(engines) == 1 and w.cues.speech_available, "the window's speech engine did not start"
    words = []
    engines[0].sayingWord.connect(lambda word, *_: words.append(word))

    def spoken():
        assert "ready" in words, f"the speech engine said {words}, not the get-ready cue"
    qtbot.waitUntil(spoken, timeout=5000)
    clock.pass_time(w.controller.update, 5)  # the get-ready is over: the countdown runs on
    assert not w.timer_panel.phase_label.text().startswith("Get ready")
    assert sounds.played[-1] == "phase"


# -- 2. a page opened first --------------------------------------------------------------------

@pytest.mark.parametrize("how", ["ctrl+2", "tab"])
def test_the_plan_page_opened_first_is_built_shown_and_whole(make_window, qtbot, clock, how):
    w = make_window(wall=clock.wall)
    if how == "tab":
        click_tab(qtbot, w.pages, w.plan_index)
    else:
        press(qtbot, w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentIndex() == w.plan_index
    shown = w.pages.currentWidget()
    qtbot.waitUntil(lambda: named(shown, QListWidget, "Days of the week").isVisible())
    days = named(shown, QListWidget, "Days of the week")
    assert [days.item(i).text().split(" ")[0] for i in range(days.count())] == list(WEEKDAYS)
    assert days.item(4).text() == "Friday (today) \u00b7 0"
    assert "Friday: nothing planned (a rest day)" in labels(shown)
    assert button(shown, "Export PDF").isVisible()  # the print box is there too
    fits(qtbot, w)


@pytest.mark.parametrize("how", ["ctrl+3", "tab"])
def test_the_history_page_opened_first_is_built_shown_and_whole(make_window, qtbot, clock, how):
    w = make_window(wall=clock.wall)
    if how == "tab":
        click_tab(qtbot, w.pages, w.history_index)
    else:
        press(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentIndex() == w.history_index
    shown = w.pages.currentWidget()
    qtbot.waitUntil(lambda: "No sessions yet" in labels(shown))
    assert "No sessions yet. Finished sessions appear here" in labels(shown)
    assert "No sessions in March 2024" in labels(shown)
    fits(qtbot, w)


@pytest.mark.parametrize("tab", ["Progress", "Program", "Dose changes"])
def test_each_history_tab_opened_first_shows_its_content(make_window, qtbot, clock, history, library, tab):
    plan = a_plan_is_saved(history, library)
    some_sessions(history)
    history.close()
    w = make_window(wall=clock.wall)
    press(qtbot, w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = w.history_pane()
    (index,) = [i for i in range(page.tabs.count()) if readable(page.tabs.tabText(i)) == tab]
    click_tab(qtbot, page.tabs, index)
    assert page.tabs.currentIndex() == index
    content = page.tabs.currentWidget()
    qtbot.waitUntil(content.isVisible)
    if tab == "Progress":
        charts = [page.progress.pain_chart, page.progress.minutes_chart, page.progress.exercise_chart]
        qtbot.waitUntil(lambda: all(c.isVisible() and not c.spec.empty for c in charts[:2]))
        for chart in charts:
            assert chart.width() >= 200 and chart.height() >= 120
    elif tab == "Program":  # the plan in force, named
        qtbot.waitUntil(lambda: f"From Friday 1 March 2024 (in force now) \u201c{plan.name}\u201d" in labels(content))
    else:  # a card for each exercise done or planned
        qtbot.waitUntil(lambda: set(page.steps.cards) == {CALF, "sumo-squat", *plan.exercise_ids()})
        assert all(card.isVisible() for card in page.steps.cards.values())
    fits(qtbot, w)


# -- 3. a dialog opened first ------------------------------------------------------------------

def test_settings_opened_first_from_the_file_menu(make_window, qtbot):
    w = make_window()

    def look(d):
        assert d.windowTitle() == "Settings"
        for text in ("Sound effects (ticks and chimes)", "Spoken cues (side, set, what to do)", "Back up now",
                     "Restore from a backup"):
            assert button(d, text).isVisible(), text
        assert named(d, QComboBox, "Speech engine").count() >= 1
        fits(qtbot, d)

    with dialog_opened(qtbot, look):
        choose(w, "File", "Settings")
    assert w.isVisible()


def test_restore_from_a_backup_opened_first_from_the_settings(make_window, qtbot):
    w = make_window()

    def restore_list(d):
        assert d.windowTitle() == "Restore the history"
        assert "There are no backups in:" in labels(d)  # a fresh data folder has none yet
        assert button(d, "Other file").isVisible()
        fits(qtbot, d)

    def settings(d):
        with dialog_opened(qtbot, restore_list, over=d):
            qtbot.mouseClick(button(d, "Restore from a backup"), Qt.MouseButton.LeftButton)
        assert d.isVisible()  # back in the settings, which close in their turn

    with dialog_opened(qtbot, settings) as seen:
        choose(w, "File", "Settings")
    assert seen == ["Settings"] and w.isVisible()


def test_keyboard_shortcuts_opened_first_from_the_help_menu(make_window, qtbot):
    w = make_window()

    def look(d):
        assert d.windowTitle() == "Keyboard shortcuts"
        text = named(d, QTextBrowser, "Keyboard shortcuts").toPlainText()
        for words in ("Space", "It hurts", "Follow along", "Ctrl+2"):
            assert words in text, words

    with dialog_opened(qtbot, look):
        choose(w, "Help", "Keyboard shortcuts")


def test_about_opened_first_from_the_help_menu(make_window, qtbot, data_dir):
    from rehab_desktop import APP_DISPLAY_NAME, __version__

    w = make_window()

    def look(d):
        assert d.windowTitle() == f"About {APP_DISPLAY_NAME}"
        text = labels(d)
        assert f"{APP_DISPLAY_NAME} {__version__}" in text and str(data_dir) in text

    with dialog_opened(qtbot, look):
        choose(w, "Help", f"About {APP_DISPLAY_NAME}")


def test_program_guidance_opened_first_with_f1(make_window, qtbot, library):
    w = make_window()

    def look(d):
        assert d.windowTitle() == "Program guidance"
        (text,) = [b.toPlainText() for b in d.findChildren(QTextBrowser) if b.isVisible()]
        assert library.guidance.stop.split(".")[0] in text

    with dialog_opened(qtbot, look):
        press(qtbot, w, Qt.Key.Key_F1)


def test_the_routine_editor_opened_first_from_the_timer_menu(make_window, qtbot):
    w = make_window(exercise_id=CALF)
    press(qtbot, w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add the exercise to a routine

    def look(d):
        assert d.windowTitle() == "Edit the routine"
        routine = named(d, QListWidget, "Routine")
        assert routine.count() == 1 and "Standing calf stretch" in routine.item(0).text()
        for text in ("Move up", "Move down", "Remove", "Clear all", "Close"):
            assert button(d, text).isVisible(), text
        fits(qtbot, d)

    with dialog_opened(qtbot, look):
        choose(w, "Timer", "Edit routine")
    assert [d.exercise_id for d in w.session.routine] == [CALF]  # closed with Esc: nothing changed


def test_the_own_exercise_editor_opened_first_from_the_file_menu(make_window, qtbot, library):
    w = make_window()

    def look(d):
        assert d.windowTitle() == "New exercise of my own"
        for name in ("Name", "Group"):
            assert next(c for c in d.findChildren(QWidget) if c.accessibleName() == name).isVisible(), name
        fits(qtbot, d)

    with dialog_opened(qtbot, look):
        choose(w, "File", "Add my own exercise")
    assert library.own == ()  # cancelled: nothing added


def test_it_hurts_opened_first_during_the_first_set(make_window, qtbot, clock):
    w = make_window(exercise_id=CALF)
    press(qtbot, w, Qt.Key.Key_Space)
    clock.pass_time(w.controller.update, 8)  # into the first hold

    def look(d):
        assert d.windowTitle() == "It hurts"
        assert "The timer is paused." in labels(d)
        for text in ("Stop the session", "Skip this exercise", "Continue at an easier dose", "Carry on as it was"):
            assert any(b.accessibleName() == text and b.isVisible() for b in d.findChildren(QAbstractButton)), text
        fits(qtbot, d)

    def carry_on(qtbot, d):
        qtbot.keyClick(d.focusWidget() or d, Qt.Key.Key_3)  # the rating first, then the letter on a button
        qtbot.keyClick(d.focusWidget() or d, Qt.Key.Key_C)

    with dialog_opened(qtbot, look, carry_on):
        press(qtbot, w, Qt.Key.Key_H)
    assert w.controller.state.value == "running"  # carried on as it was


def test_finishing_the_first_session_asks_the_pain_and_saves_it(make_window, qtbot, clock):
    w = make_window(exercise_id=CALF)
    press(qtbot, w, Qt.Key.Key_Space)
    clock.pass_time(w.controller.update, 5 + 30)  # the get-ready and the first hold: one set done

    def look(d):
        assert d.windowTitle() == "Finish the session"
        assert "1 set done since" in labels(d)
        assert "How is the pain now?" in labels(d) and "How hard was it?" in labels(d)
        for text in ("Save and finish", "Keep going"):
            assert button(d, text).isVisible(), text
        fits(qtbot, d)

    def pain_four_and_save(qtbot, d):
        qtbot.keyClick(d.focusWidget() or d, Qt.Key.Key_4)
        qtbot.mouseClick(button(d, "Save and finish"), Qt.MouseButton.LeftButton)

    with dialog_opened(qtbot, look, pain_four_and_save):
        choose(w, "Timer", "Finish session")
    assert not w.session.is_open
    (s,) = w.session.repo.sessions_between(date(2000, 1, 1), date(2100, 1, 1))
    assert s.pain_after == 4 and s.sets_completed == 1


def test_logging_a_session_by_hand_opened_first_from_the_file_menu(make_window, qtbot, clock):
    w = make_window(wall=clock.wall)

    def look(d):
        assert d.windowTitle() == "Log a session"
        assert button(d, "Save").isVisible() and button(d, "Cancel").isVisible()
        fits(qtbot, d)

    with dialog_opened(qtbot, look):
        choose(w, "File", "Log a session done without the timer")
    assert w.pages.currentIndex() == w.history_index  # the History page behind it, built for it


def test_the_welcome_on_the_very_first_start(make_window, qtbot):
    w = make_window(show=False, welcomed=False)

    def look(d):
        assert d.windowTitle().startswith("Welcome to")
        assert named(d, QComboBox, "Affected ankle").isVisible()
        assert button(d, "Get started").isVisible()

    with dialog_opened(qtbot, look) as seen:
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: bool(seen), timeout=10000)  # it comes just after the first paint
    from rehab_desktop.ui.common.preferences import PreferenceStore

    assert PreferenceStore(w.data_dir).values.welcomed  # seen once: not shown at the next start


def test_print_preview_opened_first_from_the_file_menu(make_window, qtbot, clock, history, library):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    a_plan_is_saved(history, library)
    history.close()
    w = make_window(wall=clock.wall)

    def look(d):
        assert d.windowTitle() == "Print the weekly plan"
        preview = d.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.isVisible() and preview.pageCount() >= 1, timeout=10000)

    with dialog_opened(qtbot, look):
        press(qtbot, w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_importing_a_program_first_shows_its_preview_then_the_plan(make_window, qtbot, clock, library, tmp_path,
                                                                   monkeypatch):
    from rehab_desktop.core.plan import WeekPlan
    from rehab_desktop.core.program_file import program_to_text
    from rehab_desktop.core.records import Prescription

    plan = WeekPlan(name="From my physio")
    plan.add(4, Prescription("sumo-squat", 2, 10))
    file = tmp_path / "from-my-physio.json"
    file.write_text(program_to_text(plan, library, None), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(file), "")))
    w = make_window(wall=clock.wall)

    def look(d):
        assert d.windowTitle() == "Import a program"
        changes = named(d, QListWidget, "What the import changes")
        assert changes.count() >= 1 and "From my physio" in changes.item(0).text()
        fits(qtbot, d)

    def import_it(qtbot, d):
        qtbot.mouseClick(button(d, "Import"), Qt.MouseButton.LeftButton)

    with dialog_opened(qtbot, look, import_it):
        choose(w, "File", "Import a program")
    assert w.pages.currentIndex() == w.plan_index
    assert w.plan_pane().plan.name == "From my physio"
    days = named(w.pages.currentWidget(), QListWidget, "Days of the week")
    assert days.item(4).text() == "Friday (today) \u00b7 1"


# -- 4. an export done first -------------------------------------------------------------------

def test_the_week_exported_first_as_pdf(make_window, qtbot, clock, history, library, save_as):

    plan = a_plan_is_saved(history, library)
    history.close()
    w = make_window(wall=clock.wall)
    out = save_as("week.pdf")
    choose(w, "File", "Export the weekly plan as PDF")
    assert save_as.asked == ["Export the week as PDF"]
    assert out.stat().st_size > 0
    pages, text = pdf_text(out)
    assert pages == 1
    assert f"Weekly plan: {plan.name}" in text and "Week of Monday 26 February" in text
    for ex_id in plan.exercise_ids():
        assert library[ex_id].name in text, ex_id
    from rehab_desktop.core.figures import load_figures
    from tests.test_figure_exports import page_images

    drawn = [i for i in plan.exercise_ids() if load_figures().for_exercise(i)]
    assert drawn and sum(len(p) for p in page_images(out)) == len(drawn)  # each exercise's figure on the sheet
    qtbot.waitUntil(lambda: f"Saved the week of 26 February as {out} (one page)." in labels(w.pages.currentWidget()))


def test_the_therapist_summary_exported_first(make_window, qtbot, clock, history, library, save_as):
    some_sessions(history)
    history.close()
    w = make_window(wall=clock.wall)
    out = save_as("summary.pdf")

    def look(d):
        assert d.windowTitle() == "Therapist summary"
        fits(qtbot, d)

    def save(qtbot, d):
        qtbot.mouseClick(button(d, "Save"), Qt.MouseButton.LeftButton)

    with dialog_opened(qtbot, look, save):
        choose(w, "File", "Therapist summary (PDF)")
    assert save_as.asked == ["Save therapist summary"]
    pages, text = pdf_text(out)
    assert pages >= 1
    for words in ("Home exercise summary", "Sessions 3 on 3 days", "Standing calf stretch", "Sumo squat",
                  "Not medical advice", f"Page 1 of {pages}"):
        assert words in text, words


def test_the_history_exported_first_as_csv(make_window, qtbot, clock, history, save_as):
    some_sessions(history)
    history.close()
    w = make_window(wall=clock.wall)
    out = save_as("history.csv")
    choose(w, "File", "Export the history as CSV")
    assert save_as.asked == ["Export history as CSV"]
    with open(out, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 * 2 * 2  # three sessions, two exercises, two sets each
    assert {r["exercise_id"] for r in rows} == {CALF, "sumo-squat"}
    qtbot.waitUntil(lambda: f"Wrote 12 rows to {out}." in labels(w.pages.currentWidget()))


def test_the_program_exported_first_to_share(make_window, qtbot, clock, history, library, save_as):
    plan = a_plan_is_saved(history, library)
    history.close()
    w = make_window(wall=clock.wall)
    out = save_as("program.json")
    choose(w, "File", "Export the program to share")
    assert save_as.asked == ["Export the program"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "rehab-desktop-program" and data["name"] == plan.name
    exported = {e["exercise"] for day in data["days"].values() for e in day}
    assert exported == set(plan.exercise_ids())


def test_the_figures_exported_first_as_pictures(tmp_path):
    """`exercises --pictures` in a process of its own: its first drawing is the first use of the figures."""
    from PySide6.QtGui import QImage

    from tests.test_figure_exports import run

    out = run(["exercises", "--pictures", "pictures", "--scale", "0.5"], tmp_path)
    assert out.returncode == 0, out.stderr
    folder = tmp_path / "pictures"
    files = sorted(folder.iterdir())
    assert {"contact-sheet.png", "contact-sheet-dark.png"} <= {f.name for f in files}
    assert all(f.stat().st_size > 0 for f in files)
    pngs = [f for f in files if f.suffix == ".png"]
    svgs = [f for f in files if f.suffix == ".svg"]
    assert len(pngs) == len(svgs) + 2 and svgs
    for png in (folder / "contact-sheet.png", pngs[0]):
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 100
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 2
    assert svgs[0].read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))


# -- 5. follow-along opened first ----------------------------------------------------------------

def test_follow_along_opened_first_shows_the_countdown_full_screen(make_window, qtbot):
    w = make_window(exercise_id=CALF)
    press(qtbot, w, Qt.Key.Key_F)
    fa = w.timer_actions.follow_window
    assert fa is not None
    qtbot.waitExposed(fa)
    assert fa.isVisible() and fa.isFullScreen()
    assert fa.phase_label.text().replace("\xa0", " ") == "Get ready · Left leg · Set 1 of 2"
    assert fa.face.isVisible()
    assert fa.face.accessibleName() == "Countdown: 5 seconds left in get ready, left leg, set 1 of 2"
    qtbot.waitUntil(lambda: fa.figure.frame is not None)  # the figure beside it, drawn
    qtbot.keyClick(fa, Qt.Key.Key_Space)  # the timer keys work there
    assert w.controller.state.value == "running"
    qtbot.keyClick(fa, Qt.Key.Key_Escape)
    assert w.timer_actions.follow_window is None and not fa.isVisible()


# -- 6. the exercise figures ---------------------------------------------------------------------

def figure_views(w) -> dict[str, object]:
    """The figure beside the countdown and the instructions' figure(s) of the exercise shown."""
    views = {"beside the countdown": w.timer_panel.figure}
    for n, view in enumerate(w.instructions.figure.views()):
        views[f"in the instructions ({n + 1})"] = view
    return views


def drawn(view) -> bool:
    """The view shows the exercise's figure: a frame of it, not nothing, not the placeholder."""
    return view.isVisible() and view.frame is not None and not view.placeholder


def not_blank(view) -> bool:
    image = view.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}) > 2


@pytest.mark.parametrize("exercise_id", [CALF, "ankle-dorsiflexion"])
def test_the_figures_are_drawn_once_the_window_is_painted(make_window, qtbot, exercise_id):
    w = make_window(exercise_id=exercise_id)
    views = figure_views(w)
    qtbot.waitUntil(lambda: all(drawn(v) for v in views.values()))
    for where, view in views.items():
        assert "No drawing" not in view.accessibleName(), where
        assert not_blank(view), where


def test_first_frame_already_shows_the_figures(make_window, qtbot):
    w = make_window(exercise_id=CALF, show=False)
    at_first_paint = {}
    w.first_painted.connect(lambda: at_first_paint.update({where: drawn(v) for where, v in figure_views(w).items()}))
    with qtbot.waitSignal(w.first_painted, timeout=10000):
        w.show()
    assert at_first_paint and all(at_first_paint.values()), f"not drawn in the first frame: {at_first_paint}"


# -- the Sound menu ------------------------------------------------------------------------------

def test_the_voice_menu_opened_first_lists_the_engines_voices(make_window, qtbot):
    w = make_window()
    voices = menu_action(w, "Sound", "Voice").menu()
    voices.popup(w.mapToGlobal(w.rect().center()))
    qtbot.waitUntil(lambda: voices.isVisible() and bool(voices.actions()))
    names = [readable(a.text()) for a in voices.actions()]
    assert names and names != ["No voices available"]
    voices.close()
