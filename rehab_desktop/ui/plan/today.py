"""Today's part of the plan: the day's exercises ticked off from history, a box to tick one done
without the timer, and a button to start the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.phases import StartAt, TimerOptions
from rehab_desktop.core.plan import WeekPlan, clamp_dose, dose_text
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.today import SetsDone, day_work, exercise_progress
from rehab_desktop.ui.plan.controls import wrap_rows

DoneRole = Qt.ItemDataRole.UserRole + 1  # True: every planned set done on every side it needs
DoseRole = Qt.ItemDataRole.UserRole + 2  # the day's dose of the row's exercise (a Prescription)
StateRole = Qt.ItemDataRole.UserRole + 3  # the tick history shows, put back when the box is clicked

# English sources, shown as translate("ui.plan.today", TICK_TO_LOG) and the like.
TICK_TO_LOG = QT_TRANSLATE_NOOP("ui.plan.today", "Tick to record it as done today without the timer: you check the "
                                                 "sets, reps and time before it is saved.")
DONE_TODAY = QT_TRANSLATE_NOOP("ui.plan.today", "Done today. To take it back, delete that session on the History page.")


class TodayPanel(QGroupBox):
    """Today's planned exercises, each ticked when history shows it done today; ticking an
    unticked one asks for it to be recorded as done by hand (`log_requested`)."""

    start_requested = Signal(list, dict)  # list[Prescription] in the plan's order; {exercise id: StartAt}
    log_requested = Signal(object)  # the Prescription planned today of an exercise ticked by hand

    def __init__(self, library: Library, parent=None):
        super().__init__(translate("ui.plan.today", "Today"), parent)
        self.library = library
        self.setAccessibleName(translate("ui.plan.today", "Today's exercises"))
        lay = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ui.plan.today", "Today's planned exercises; ticked ones are done, tick "
                                                               "one to log it by hand"))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        wrap_rows(self.list)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemChanged.connect(self._box_ticked)
        lay.addWidget(self.list, 1)
        self.start = QPushButton(translate("ui.plan.today", "Start to&day's session"), self)
        self.start.setAccessibleName(self.start.text().replace("&", ""))
        self.start.clicked.connect(self._start)
        lay.addWidget(self.start)
        self._todo: list[Prescription] = []
        self._starts: dict[str, StartAt] = {}

    def show_day(self, plan: WeekPlan, day: date, done: SetsDone, error: str = "",
                 options: TimerOptions | None = None, can_log: bool = True) -> None:
        """List `day`'s entries of `plan`, ticked from `done`; `options` say which sides the timer runs.
        `can_log`: an unticked box can be ticked to log the exercise by hand (there is a history)."""
        self.setTitle(translate("ui.plan.today", "Today, {day}", "{day}: 'Monday 4 May'").format(
            day=formats().weekday_day_month(day)))
        self.list.blockSignals(True)  # itemChanged is the person ticking a box, not the list filling
        self.list.clear()
        planned = plan.for_date(day)
        work = day_work(plan, day, self.library, done, options)  # what the button runs, and the counts
        self._starts = dict(work.starts)
        for dose in planned:
            ex = self.library.get(dose.exercise_id)
            name = ex.name if ex else translate("ui.plan.today", "Unknown exercise '{id}'").format(id=dose.exercise_id)
            detail = dose_text(ex, dose) if ex else translate("ui.plan.today", "not in the exercise library")
            progress = exercise_progress(ex, clamp_dose(ex, dose), done, options) if ex else None
            complete = progress is not None and progress.complete
            partly = progress is not None and progress.started and not complete
            state = progress.text() if progress else translate("ui.plan.today", "can't be timed")
            lines = [name, detail] + ([state[0].upper() + state[1:]] if partly else [])
            item = QListWidgetItem("\n".join(lines), self.list)
            # Ticks show what history recorded. An unticked box can be ticked, to log the exercise
            # done without the timer; the tick then comes from history. A done one stays done here.
            flags = Qt.ItemFlag.ItemIsEnabled
            if ex is not None:
                tick = (Qt.CheckState.Checked if complete else
                        Qt.CheckState.PartiallyChecked if partly else Qt.CheckState.Unchecked)
                item.setCheckState(tick)
                item.setData(StateRole, tick)
                item.setData(DoseRole, clamp_dose(ex, dose))
                if not complete and can_log:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setToolTip(translate("ui.plan.today", DONE_TODAY) if complete else
                                translate("ui.plan.today", TICK_TO_LOG) if can_log else "")
            item.setFlags(flags)
            item.setData(DoneRole, complete)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {detail}, {state}")
            item.setData(Qt.ItemDataRole.UserRole, dose.exercise_id)
        self.list.blockSignals(False)
        # All done: the button offers the whole day again rather than nothing.
        self._todo = list(work.todo) or [clamp_dose(self.library[d.exercise_id], d) for d in planned
                                         if self.library.get(d.exercise_id) is not None]
        total = len(planned)
        if not planned:
            text = (translate("ui.plan.today", "Add exercises to the plan to see them here.") if plan.is_empty
                    else translate("ui.plan.today", "Nothing is planned for today."))
            starts = plan.starts_on
            if starts is not None and day < starts:
                text = translate("ui.plan.today", "The plan starts on {day}.", "{day}: 'Monday 4 May'").format(
                    day=formats().weekday_day_month(starts))
        elif work.finished:
            text = translate("ui.plan.today", "All %n done today. Well done.", "%n: the exercises planned today",
                             total)
        elif work.partly:
            text = translate("ui.plan.today", "{done} of {total} done today, {partly} partly.",
                             "exercises planned today").format(done=work.done, total=total, partly=work.partly)
        else:
            text = translate("ui.plan.today", "{done} of {total} done today.", "exercises planned today").format(
                done=work.done, total=total)
        self.summary.setText(text + (f" {error}" if error else ""))
        self.start.setEnabled(bool(self._todo))
        again = bool(planned) and not work.todo
        self.start.setText(translate("ui.plan.today", "Start to&day's session again") if again
                           else translate("ui.plan.today", "Start to&day's session"))
        self.start.setAccessibleName(self.start.text().replace("&", ""))

    def todo(self) -> list[Prescription]:
        """What the start button runs: the day's not-yet-done exercises, or all of them once all are done."""
        return list(self._todo)

    def starts(self) -> dict[str, StartAt]:
        """Where each partly done exercise of `todo()` goes on: the side and set still to do."""
        return dict(self._starts)

    def ticked(self) -> dict[str, bool]:
        return {self.list.item(i).data(Qt.ItemDataRole.UserRole): bool(self.list.item(i).data(DoneRole))
                for i in range(self.list.count())}

    def _box_ticked(self, item: QListWidgetItem) -> None:
        """The person ticked a box: the tick waits for history (the log may be cancelled)."""
        shown = item.data(StateRole)
        if shown is None or item.checkState() == Qt.CheckState(shown):
            return
        self.list.blockSignals(True)
        item.setCheckState(Qt.CheckState(shown))
        self.list.blockSignals(False)
        dose = item.data(DoseRole)
        if dose is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            self.log_requested.emit(dose)

    def _start(self) -> None:
        if self._todo:
            self.start_requested.emit(self.todo(), self.starts())
