"""The weekly plan pane: edit each weekday's exercises and doses, see today's, print or export the week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.plan import PlanError, WeekPlan, default_dose
from rehab_desktop.core.programs import program
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.today import SetsDone
from rehab_desktop.core.undo import UndoHistory
from rehab_desktop.store import Change, StoreError
from rehab_desktop.ui.common.formatting import long_day
from rehab_desktop.ui.common.preferences import TIMER_FIELDS, PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.common.today_work import done_today
from rehab_desktop.ui.plan import page
from rehab_desktop.ui.plan.dialogs import CopyDayDialog, ProgramDialog
from rehab_desktop.ui.plan.layout import PlanLayout

if TYPE_CHECKING:
    from rehab_desktop.ui.history.log_dialog import LogSessionDialog

# English sources: shown as translate("ui.plan.pane", NO_STORE) and the like.
NO_STORE = QT_TRANSLATE_NOOP("ui.plan.pane", "History is off, so changes to the plan are not saved. You can still "
                                             "start from a program, change it and print it.")

NEW_VERSION = QT_TRANSLATE_NOOP("ui.plan.pane", "Changes apply from today; earlier days keep the plan they had "
                                                "(History > Program lists each version).")


def _heading(text: str) -> str:
    """A day's name (lower case in some languages) at the start of a heading or a list item."""
    return text[:1].upper() + text[1:]


class PlanPane(QWidget):
    """Week editor (days, entries, doses), starter programs, today's exercises, print and PDF."""

    # Today's exercises to run in order (list[Prescription]), and where partly done ones go on
    # ({exercise id: StartAt}).
    start_routine = Signal(list, dict)

    def __init__(self, service: StoreService, library: Library, prefs: PreferenceStore, parent=None,
                 today: Callable[[], date] | None = None, suggestions=None):
        super().__init__(parent)
        self.service, self.library, self.prefs = service, library, prefs
        self.suggestions = suggestions  # ui/suggestions/service.py: its list goes at the page's top
        self.today = today or date.today
        self.setAccessibleName(translate("ui.plan.pane", "Weekly plan"))
        store = service.store
        self.history_repo = store.history if store is not None else None
        self.plans = store.plans if store is not None else None
        self.arrangement: PlanLayout | None = None  # font changes and resizes before the build are ignored
        self.log_dialog: LogSessionDialog | None = None  # the last one opened from today's list
        self.plan, load_problem = self._load()
        self.history: UndoHistory[WeekPlan] = UndoHistory()  # a run of changes to one spin box is one step
        self.arrangement = page.build(self)
        self.dose_editor.ask = lambda title, text: self.confirm(title, text)  # a dose outside the ranges
        self._show_origin()
        self.show_plan(self.today().weekday())
        self._say(load_problem or (translate("ui.plan.pane", NO_STORE) if self.plans is None else ""))
        service.changed.connect(self._store_changed)
        # Today's ticks need the sides the timer runs (which leg is affected, which goes first).
        prefs.changed.connect(self._prefs_changed)

    @staticmethod
    def day_label(name: str, is_today: bool, count: int) -> str:
        """A row of the days' list: 'Monday (today) · 3'."""
        if is_today:
            return translate("ui.plan.pane", "{day} (today) \u00b7 {count}", "a row of the days' list; {count}: "
                             "the exercises planned").format(day=_heading(name), count=count)
        return f"{_heading(name)} \u00b7 {count}"

    def _prefs_changed(self, names: frozenset) -> None:
        if names & TIMER_FIELDS:
            self.refresh()

    def _store_changed(self, change: Change) -> None:
        if change.exercises or change.everything:
            self.add_combo.reload()  # the user's own exercises changed: offer the new list
        if change.everything:
            self.plan = self._load()[0]
            self._show_origin()
            self.show_plan()
        elif change.history:
            self.refresh()  # a set done: today's ticks update

    def _load(self) -> tuple[WeekPlan, str]:
        """The saved plan (an empty week when there is none) and a message if it couldn't be read."""
        if self.plans is None:
            return WeekPlan(), ""
        try:
            return self.plans.load() or WeekPlan(), ""
        except StoreError as exc:
            return WeekPlan(), translate("ui.plan.pane", "The saved plan could not be read: {reason}").format(
                reason=exc.message)

    # -- building ------------------------------------------------------------------------------

    def _arrange(self) -> None:
        """Fit the page to its width again (it also follows every resize of its visible area itself)."""
        self.arrangement.fit(again=True)

    # -- showing -------------------------------------------------------------------------------

    @property
    def weekday(self) -> int:
        return self.model.weekday

    def show_plan(self, weekday: int | None = None, row: int | None = None) -> None:
        """Show the plan again (after an edit, undo or a program) on `weekday`, selecting `row`."""
        weekday = self.weekday if weekday is None else weekday
        for edit, text in ((self.name_edit, self.plan.name), (self.notes_edit, self.plan.notes)):
            if edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)  # a long name shows its start, not its end
        self.model.show_day(self.plan, weekday)
        if self.day_list.currentRow() != weekday:
            self.day_list.blockSignals(True)
            self.day_list.setCurrentRow(weekday)
            self.day_list.blockSignals(False)
        n = self.model.rowCount()
        day = _heading(formats().weekday_name(weekday))
        self.day_title.setText(translate("ui.plan.pane", "{day}: %n exercise(s)", None, n).format(day=day) if n
                               else translate("ui.plan.pane", "{day}: nothing planned (a rest day)").format(day=day))
        if n:
            row = 0 if row is None else max(0, min(n - 1, row))
            self.view.setCurrentIndex(self.model.index(row))
        self._entry_chosen()
        self._update_actions()
        self.refresh()

    def refresh(self) -> None:
        """Update today's list and its ticks from history (call after a set completes)."""
        day, error = self.today(), ""
        for weekday in range(7):  # day counts, and "today" moves on at midnight
            n, is_today = len(self.plan.entries(weekday)), weekday == day.weekday()
            item = self.day_list.item(weekday)
            name = formats().weekday_name(weekday)
            item.setText(self.day_label(name, is_today, n))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         translate("ui.plan.pane", "{day}, today: %n exercise(s)", None, n).format(day=name)
                         if is_today else translate("ui.plan.pane", "{day}: %n exercise(s)", None, n).format(day=name))
        self._arrange()  # the day labels' widths may have changed
        try:
            done = done_today(self.history_repo, day)
        except StoreError as exc:
            done, error = SetsDone(), translate("ui.plan.pane", "History could not be read: {reason}").format(
                reason=exc.message)
        self.today_panel.show_day(self.plan, day, done, error, self.prefs.timer_options(),
                                  can_log=self.history_repo is not None)

    # -- today: an exercise done without the timer ----------------------------------------------

    def log_by_hand(self, dose: Prescription) -> LogSessionDialog | None:
        """Open History's "Log a session" dialog with `dose`'s exercise ticked at today's planned dose;
        Save records it, marked entered by hand, and today's list ticks it. Returns the open dialog."""
        from rehab_desktop.ui.history.log_dialog import LogSessionDialog

        ex = self.library.get(dose.exercise_id)
        if self.history_repo is None or ex is None:
            return None
        doses = {e.id: self.prefs.chosen_dose(e) for e in self.library.exercises}
        doses[ex.id] = dose
        dialog = LogSessionDialog(self.library, doses, self.today(), datetime.now().time(), self)
        row = next(r for r in dialog.rows if r.exercise.id == ex.id)
        row.tick.setChecked(True)
        dialog.accepted.connect(lambda: self._record_logged(dialog.result_value))
        dialog.finished.connect(dialog.deleteLater)
        self.log_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop: the list is rebuilt after it closes
        row.tick.setFocus(Qt.FocusReason.OtherFocusReason)
        for area in dialog.findChildren(QScrollArea):
            if area.isAncestorOf(row.tick):
                area.ensureWidgetVisible(row.tick)
        return dialog

    def _record_logged(self, logged) -> None:
        """Record a session entered in the log dialog, as the History page does."""
        from rehab_desktop.ui.history.log_dialog import record_logged

        if logged is None or self.history_repo is None:
            return
        try:
            sid = record_logged(self.history_repo, self.library, logged, self.prefs.timer_options())
        except StoreError as exc:
            self._say(translate("ui.plan.pane", "The session was not saved: {reason}").format(reason=exc.message))
            return
        self._say(translate("ui.plan.pane", "Logged the session of {day}, marked as entered by hand. The History "
                                            "page lists it.", "{day}: 'Monday 4 May 2026'").format(
            day=long_day(logged.started_at.date())))
        self.service.announce(Change.of_sessions(sid))  # today's ticks follow, as after a timed set

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _day_chosen(self, weekday: int) -> None:
        if 0 <= weekday <= 6 and weekday != self.model.weekday:
            self.history.break_merge()
            self.show_plan(weekday)

    def _update_actions(self) -> None:
        row, n = self.current_row(), self.model.rowCount()
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < n - 1)
        self.remove_action.setEnabled(row >= 0)
        self.undo_action.setEnabled(self.history.can_undo)
        self.redo_action.setEnabled(self.history.can_redo)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.arrangement is not None:
            self.refresh()  # the text size changed: the columns' widths follow

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # keys act on the day's list at once

    def _entry_chosen(self) -> None:
        row = self.current_row()
        dose = self.plan.entries(self.weekday)[row] if row >= 0 else None
        self.dose_editor.show_entry(self.library.get(dose.exercise_id) if dose else None, dose)
        self.history.break_merge()
        self._update_actions()

    def _show_origin(self) -> None:
        """Say which starter program the plan began from, and whether it has been changed since."""
        prog = program(self.plan.program)
        text = ""
        if prog is not None:
            changed = prog.build(self.library, self.plan.emphasis).days != self.plan.days
            title = prog.title(self.plan.emphasis)
            text = (translate("ui.plan.pane", "Started from the starter program \u201c{program}\u201d, the app's "
                                              "suggestion; changed since. It is not medical advice: ask your physical "
                                              "therapist to adjust it to you.") if changed else
                    translate("ui.plan.pane", "Started from the starter program \u201c{program}\u201d, the app's "
                                              "suggestion. It is not medical advice: ask your physical therapist to "
                                              "adjust it to you.")).format(program=title)
        self.origin.setText(text)
        self.origin.setVisible(bool(text))

    def _say(self, text: str) -> None:
        problems = [p.message for p in self.plan.validate(self.library)]
        if problems:
            text = " ".join([text, translate("ui.plan.pane", "Check the plan:", "followed by up to three problems"),
                             *problems[:3]]).strip()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- editing -------------------------------------------------------------------------------

    def _checkpoint(self) -> None:
        self.history.remember(self.plan.copy())

    def _edit(self, change: Callable[[WeekPlan], object], merge: object = None, weekday: int | None = None,
              row: int | None = None) -> bool:
        """Apply `change` to the plan, keep an undo step, save, and show the result."""
        before = self.plan.copy()
        try:
            change(self.plan)  # the plan's edits check everything before changing anything
        except PlanError as exc:
            self._say(str(exc)[:1].upper() + str(exc)[1:] + ".")
            return False
        self.history.remember(before, merge)
        self._save()
        if merge is None:
            self.show_plan(weekday, row)
        else:  # a dose change leaves the editor as it is, mid-typing
            self.model.renumber()
            self._update_actions()
            self.refresh()
        return True

    def _replace(self, new: WeekPlan) -> bool:
        self.history.remember(self.plan)
        self.plan = new
        saved = self._save()
        self.show_plan()
        return saved

    def accept_suggestion(self, s) -> bool:
        """Make an accepted suggestion's change (core.suggestions.apply_to_plan) as one undoable step, saved
        as the plan from today; whether it was saved."""
        from rehab_desktop.core.suggestions import Kind, apply_to_plan

        new = apply_to_plan(self.plan, s, self.library, self.today())
        if s.kind is Kind.STAGE:
            return self._replace(new)
        if new.days == self.plan.days:
            return True  # nothing in the plan changes (the dose is kept)
        before = self.plan.copy()
        self.plan.days = new.days
        self.history.remember(before)
        saved = self._save()
        self.show_plan()
        return saved

    def _save(self) -> bool:
        self.plan.start_if_new(self.today())
        self._show_origin()
        if self.plans is None:
            self._say(translate("ui.plan.pane", NO_STORE))
            return False
        began, today = self.plan.starts_on, self.today()
        try:
            stored = self.plans.save(self.plan, today)
        except StoreError as exc:
            self._say(translate("ui.plan.pane", "The plan could not be saved: {reason}").format(reason=exc.message))
            return False
        new_version = began is not None and began < today and stored.starts_on == today
        self._say(translate("ui.plan.pane", NEW_VERSION) if new_version else "")
        self.service.announce(Change(plan=True))
        return True

    def add_exercise(self, exercise_id: str, weekday: int | None = None) -> bool:
        """Add an exercise at its default dose to the end of a day (the shown day by default)."""
        ex = self.library.get(exercise_id)
        day = self.weekday if weekday is None else weekday
        if ex is None:
            self._say(translate("ui.plan.pane", "There is no exercise '{id}' in the library.").format(id=exercise_id))
            return False
        if any(p.exercise_id == exercise_id for p in self.plan.entries(day)):
            self._say(translate("ui.plan.pane", "{exercise} is already planned on {day}.").format(
                exercise=ex.name, day=formats().weekday_name(day)))
            return False
        return self._edit(lambda plan: plan.add(day, default_dose(ex)), weekday=day, row=len(self.plan.entries(day)))

    def add_selected(self) -> None:
        """Add what the box names: the exercise typed or picked, or the only one that matches the text."""
        exercise_id = self.add_combo.chosen_id()
        if exercise_id is None:
            text, matches = self.add_combo.currentText().strip(), self.add_combo.matches()
            if len(matches) != 1:
                count = len(matches)
                self._say(translate("ui.plan.pane", "%n exercises match \u201c{text}\u201d. Choose one with the arrow "
                                                    "keys and press Enter.", None, count).format(text=text) if matches
                          else translate("ui.plan.pane", "No exercise is called \u201c{text}\u201d. Pick one from the "
                                                         "list.").format(text=text) if text
                          else translate("ui.plan.pane", "Type or pick an exercise to add."))
                return
            exercise_id = matches[0]
        self.add_picked(exercise_id)

    def add_picked(self, exercise_id: str) -> None:
        """Add a match chosen in the box's list, and empty the box for the next."""
        if self.add_exercise(exercise_id):
            self.add_combo.clear_choice()

    def remove_selected(self) -> None:
        row = self.current_row()
        if row >= 0:
            self._edit(lambda plan: plan.remove(self.weekday, row), row=row)
            self.view.setFocus()

    def move_up(self) -> None:
        row = self.current_row()
        if row > 0:
            self.model.move_entry(row, row - 1)

    def move_down(self) -> None:
        row = self.current_row()
        if 0 <= row < self.model.rowCount() - 1:
            self.model.move_entry(row, row + 1)

    def _after_move(self, _source: int, target: int) -> None:
        self.history.break_merge()
        self._save()
        self.view.setCurrentIndex(self.model.index(target))
        self._update_actions()
        self.refresh()

    def _dose_edited(self, dose) -> None:
        row = self.current_row()
        if row >= 0:
            self._edit(lambda plan: plan.set_dose(self.weekday, row, dose), merge=(self.weekday, row))

    def _set_text(self, field: str, text: str) -> None:
        text = text.strip() if field == "name" else text
        if field == "name" and not text:
            self.name_edit.setText(self.plan.name)  # a plan always has a name on its printout
            return
        if getattr(self.plan, field) != text:
            self._edit(lambda plan: setattr(plan, field, text))

    def copy_day(self, source: int, targets) -> list[int]:
        """Make each of `targets` a copy of `source`; returns the days changed."""
        changed: list[int] = []
        self._edit(lambda plan: changed.extend(plan.copy_day(source, targets)), weekday=source)
        return changed

    def choose_copy_targets(self) -> None:
        dialog = CopyDayDialog(self.plan, self.weekday, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.targets():
            days = self.copy_day(self.weekday, dialog.targets())
            self._say(translate("ui.plan.pane", "Copied {day} to {days}.", "{days}: a list of days").format(
                day=formats().weekday_name(self.weekday), days=", ".join(formats().weekday_name(d) for d in days)))

    def undo(self) -> None:
        self._go_to(self.history.undo(self.plan))

    def redo(self) -> None:
        self._go_to(self.history.redo(self.plan))

    def _go_to(self, plan: WeekPlan | None) -> None:
        if plan is not None:
            self.plan = plan
            self._save()
            self.show_plan()

    # -- starter programs ------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_program(self) -> None:
        dialog = ProgramDialog(replacing=not self.plan.is_empty, parent=self)
        if self.plan.program:
            dialog.select(self.plan.program, self.plan.emphasis)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load_program(*dialog.choice())

    def load_program(self, program_id: str, emphasis: str = "") -> bool:
        """Replace the plan with a starter program, asking first when the plan has exercises."""
        prog = program(program_id)
        if prog is None:
            return False
        count = self.plan.entry_count()
        if not self.plan.is_empty and not self.confirm(
                translate("ui.plan.pane", "Replace your plan?"),
                translate("ui.plan.pane", "Replace the %n exercises in your plan with the starter program "
                                          "\u201c{program}\u201d? Ctrl+Z undoes it.", None, count).format(
                    program=prog.title(emphasis))):
            return False
        new = prog.build(self.library, emphasis, starts_on=self.today())
        new.notes = self.plan.notes
        self._replace(new)  # the line under the name says where the plan started, and stays
        return True

    # -- printing (File > Print and the pane's buttons) -------------------------------------------

    def plan_for_output(self) -> WeekPlan:
        """The plan as the page shows it, a name or notes still being typed taken in first."""
        self._set_text("name", self.name_edit.text())
        self._set_text("notes", self.notes_edit.text())
        return self.plan

    def preview_dialog(self) -> QPrintPreviewDialog:
        return self.print_box.preview_dialog()

    def print_preview(self) -> None:
        """Qt's print preview of the week, from which it can be printed."""
        self.print_box.print_preview()

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the week as PDF to `path` (a file dialog asks when None); returns the file, or None."""
        return self.print_box.export_pdf(path)

    # -- the calendar file -------------------------------------------------------------

    def export_calendar(self, path: str | None = None, exec_dialog=None) -> str | None:
        """Ask the time and alarm, then write the plan (every version, each ending where the next begins) as an
        iCalendar file; returns the file, or None. `exec_dialog(dialog) -> bool` stands in for showing it (tests)."""
        from rehab_desktop.core.plan_calendar import local_zone, program_scope
        from rehab_desktop.ui.plan import calendar_export as ce

        versions, scope = [self.plan], program_scope(self.plan.program or "unsaved", self.plan.emphasis)
        if self.plans is not None:
            try:
                versions, scope = list(self.plans.timeline().versions), self.plans.install_id() or scope
            except StoreError as exc:
                self._say(translate("ui.plan.pane", "The calendar file was not saved: {reason}").format(
                    reason=exc.message))
                return None
        if all(v.is_empty for v in versions):
            self._say(translate("ui.plan.pane", "The plan is empty: add exercises before adding it to a calendar."))
            return None
        alarm = self.prefs.values.calendar_alarm
        dialog = ce.CalendarDialog(ce.remembered_start(self.prefs), None if alarm < 0 else alarm, local_zone(), self)
        accepted = exec_dialog(dialog) if exec_dialog else dialog.exec() == dialog.DialogCode.Accepted
        if not accepted:
            return None
        choices = dialog.choices()
        self.prefs.update(calendar_time=choices.start.strftime("%H:%M"),
                          calendar_alarm=-1 if choices.alarm_min is None else choices.alarm_min)
        path = path or ce.ask_calendar_path(self)
        if path is None:
            return None
        try:
            count = ce.write_calendar(path, versions, self.library, scope, choices, self.today(),
                                      self.prefs.timer_options())
        except ce.OutputError as exc:
            self._say(translate("ui.plan.pane", "The calendar file was not saved: {reason}").format(reason=exc.message))
            return None
        self._say(translate("ui.plan.pane", "Saved {path} with %n weekly event(s): open it with your calendar app to "
                                            "add them.", None, count).format(path=path))
        return path

    # -- program files ---------------------------------------------------------------

    def export_program(self, path: str | None = None) -> str | None:
        """Write the plan, with the own exercises it uses, as a program file; returns the file, or None."""
        from rehab_desktop.ui.plan import program_io

        if self.plan.is_empty:
            self._say(translate("ui.plan.pane", "The plan is empty: add exercises before exporting it as a program."))
            return None
        path = path or program_io.ask_export_path(self, self.plan.name)
        if path is None:
            return None
        try:
            program_io.write_program(path, self.plan, self.library)
        except (program_io.OutputError, program_io.ProgramError) as exc:
            self._say(translate("ui.plan.pane", "The program was not exported: {reason}").format(
                reason=getattr(exc, "message", None) or exc))
            return None
        self._say(translate("ui.plan.pane", "Exported the program to {path}.").format(path=path))
        return path

    def import_program(self, path: str | None = None, exec_preview=None) -> bool:
        """Read a program file, show what it changes, and (once accepted) make it the plan from the day
        chosen. `exec_preview(dialog) -> bool` stands in for showing the preview (tests)."""
        from rehab_desktop.ui.plan import program_io

        store = self.service.store
        if store is None:
            self._say(translate("ui.plan.pane", NO_STORE))
            return False
        path = path or program_io.ask_import_path(self)
        if path is None:
            return False
        try:
            program = program_io.read_program_file(path, self.library)
        except program_io.ProgramError as exc:
            self._say(translate("ui.plan.pane", "{file} was not imported: {reason}").format(file=Path(path).name,
                                                                                           reason=exc))
            return False
        preview = program_io.ImportPreview(Path(path).name, program, store, self.library, self.today(), self)
        accepted = exec_preview(preview) if exec_preview else preview.exec() == preview.DialogCode.Accepted
        if not accepted:
            return False
        try:
            done = preview.apply()
        except program_io.StoreError as exc:
            self._say(translate("ui.plan.pane", "{file} was not imported: {reason}").format(file=Path(path).name,
                                                                                           reason=exc.message))
            return False
        self.service.announce(Change(exercises=True, plan=True))
        self.plan = self._load()[0]
        self._show_origin()
        self.show_plan()
        self._say(done)
        return True
