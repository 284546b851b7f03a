"""Today's part of the plan: the day's exercises ticked off from history, and a button to start them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.plan import WEEKDAYS, WeekPlan, clamp_dose, dose_text
from rehab_desktop.core.records import Prescription


DoneRole = Qt.ItemDataRole.UserRole + 1


def done_today(repo, day: date) -> dict[str, int]:
    """Completed sets per exercise in the sessions history files under `day` (empty without history)."""
    if repo is None:
        return {}
    done: dict[str, int] = {}
    for summary in repo.sessions_between(day, day):
        if summary.sets_completed == 0:
            continue
        for ex in repo.session_detail(summary.id).exercises:
            if ex.sets_completed:
                done[ex.exercise_id] = done.get(ex.exercise_id, 0) + ex.sets_completed
    return done


def tick_icon(done: bool, palette: QPalette, size: int) -> QIcon:
    """A ticked box (done) or an empty one, in the palette's colours so both themes show it."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = palette.color(QPalette.ColorRole.Highlight if done else QPalette.ColorRole.Text)
    p.setPen(QPen(ink, max(1.5, size / 12)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    m = size * 0.12
    p.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), size / 8, size / 8)
    if done:
        p.setPen(QPen(ink, max(2.0, size / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawPolyline([QPointF(size * 0.27, size * 0.52), QPointF(size * 0.44, size * 0.70),
                        QPointF(size * 0.75, size * 0.32)])
    p.end()
    return QIcon(pixmap)


class TodayPanel(QGroupBox):
    """Today's planned exercises, each ticked when history shows it done today."""

    start_requested = Signal(list)  # list[Prescription], in the plan's order

    def __init__(self, library: Library, parent=None):
        super().__init__("Today", parent)
        self.library = library
        self.setAccessibleName("Today's exercises")
        lay = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Today's planned exercises; ticked ones are done")
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        lay.addWidget(self.list, 1)
        self.start = QPushButton("Start to&day's session", self)
        self.start.setAccessibleName("Start today's session")
        self.start.clicked.connect(self._start)
        lay.addWidget(self.start)
        self._todo: list[Prescription] = []
        self._marks = {done: tick_icon(done, self.palette(), self.fontMetrics().height()) for done in (False, True)}

    def show_day(self, plan: WeekPlan, day: date, done: dict[str, int], error: str = "") -> None:
        """List `day`'s entries of `plan`, ticked from `done` (sets completed per exercise id)."""
        self.setTitle(f"Today, {WEEKDAYS[day.weekday()]} {day.day} {day:%B}")
        self.list.clear()
        planned = plan.for_date(day)
        runnable: list[Prescription] = []
        for dose in planned:
            ex = self.library.get(dose.exercise_id)
            sets = done.get(dose.exercise_id, 0)
            name = ex.name if ex else f"Unknown exercise '{dose.exercise_id}'"
            detail = dose_text(ex, dose) if ex else "not in the exercise library"
            state = f"done today ({sets} set{'s' if sets != 1 else ''})" if sets else "not done yet"
            item = QListWidgetItem(f"{name}\n{detail}", self.list)
            # Ticks show what history recorded; they are not a checklist the person edits here.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setIcon(self._marks[bool(sets)])
            item.setData(DoneRole, bool(sets))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {detail}, {state}")
            item.setData(Qt.ItemDataRole.UserRole, dose.exercise_id)
            if ex is not None and not sets:
                runnable.append(clamp_dose(ex, dose))
        finished = sum(1 for d in planned if done.get(d.exercise_id))
        # All done: the button offers the whole day again rather than nothing.
        self._todo = runnable or [clamp_dose(self.library[d.exercise_id], d) for d in planned
                                  if self.library.get(d.exercise_id) is not None]
        if not planned:
            text = "Nothing is planned for today." if not plan.is_empty else "Add exercises to the plan to see them here."
            if plan.starts_on is not None and day < plan.starts_on:
                text = f"The plan starts on {WEEKDAYS[plan.starts_on.weekday()]} {plan.starts_on.day} {plan.starts_on:%B}."
        elif finished == len(planned):
            text = f"All {len(planned)} done today. Well done."
        else:
            text = f"{finished} of {len(planned)} done today."
        self.summary.setText(text + (f" {error}" if error else ""))
        self.start.setEnabled(bool(self._todo))
        again = bool(planned) and not runnable
        self.start.setText("Start to&day's session again" if again else "Start to&day's session")
        self.start.setAccessibleName(self.start.text().replace("&", ""))

    def todo(self) -> list[Prescription]:
        """What the start button runs: the day's not-yet-done exercises, or all of them once all are done."""
        return list(self._todo)

    def ticked(self) -> dict[str, bool]:
        return {self.list.item(i).data(Qt.ItemDataRole.UserRole): bool(self.list.item(i).data(DoneRole))
                for i in range(self.list.count())}

    def _start(self) -> None:
        if self._todo:
            self.start_requested.emit(self.todo())
