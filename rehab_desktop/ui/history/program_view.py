"""The history page's Program view: each version of the weekly plan, newest first, when it started,
where it came from (who prescribed it, which program file) and what it changed from the one before."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.plan import WeekPlan, prescribed_text, short_dose
from rehab_desktop.core.plan_versions import PlanTimeline, plan_changes
from rehab_desktop.store import StoreError
from rehab_desktop.ui.common.formatting import day_text, long_day
from rehab_desktop.ui.common.style import scaled_font

# English; shown through translate("ui.history.program_view", ...).
INTRO = QT_TRANSLATE_NOOP(
    "ui.history.program_view", "Your weekly plan over time, newest first. Each version is in force from the day it "
    "started until the next one begins, so the days already past keep the plan they had.")
NO_PLAN = QT_TRANSLATE_NOOP(
    "ui.history.program_view", "No weekly plan yet. Make one on the Plan page; each change you make later starts a "
    "new version here.")


def version_heading(plan: WeekPlan, today: date, current: WeekPlan | None, until: date | None) -> str:
    """'From Wednesday 13 May 2026 (in force now)', '... (to 20 May 2026)', '... (still to come)' or
    'Not started yet' (`until`: the day before the next version starts)."""
    if plan.starts_on is None:
        return translate("ui.history.program_view", "Not started yet")
    start = long_day(plan.starts_on)
    if plan is current:
        text = translate("ui.history.program_view", "From {day} (in force now)", "day: 'Wednesday 13 May 2026'")
    elif plan.starts_on > today:
        text = translate("ui.history.program_view", "From {day} (still to come)", "day: 'Wednesday 13 May 2026'")
    elif until is not None:
        return translate("ui.history.program_view", "From {day} (to {until})",
                         "day: 'Wednesday 13 May 2026'; until: '20 May 2026'").format(day=start, until=day_text(until))
    else:
        text = translate("ui.history.program_view", "From {day} (earlier)", "day: 'Wednesday 13 May 2026'")
    return text.format(day=start)


def version_about(plan: WeekPlan, library: Library) -> list[str]:
    """Where a version came from and whose doses it holds, a line each."""
    n = plan.entry_count()
    about = [translate("ui.history.program_view", "\u201c{name}\u201d: %n exercise(s) a week",
                       "name: the plan's name", n).format(name=plan.name)]
    if plan.prescribed_by and plan.prescribed_on:
        about.append(translate("ui.history.program_view", "Prescribed by {who} on {day}",
                               "who: the therapist's name; day: '4 May 2026'").format(
            who=plan.prescribed_by, day=day_text(plan.prescribed_on)))
    elif plan.prescribed_by:
        about.append(translate("ui.history.program_view", "Prescribed by {who}", "who: the therapist's name").format(
            who=plan.prescribed_by))
    if plan.source:
        about.append(translate("ui.history.program_view", "From the program file {file}").format(file=plan.source))
    prescribed: dict[str, str] = {}
    for day in plan.days:
        for p in day:
            ex = library.get(p.exercise_id)
            if p.prescribed and p.exercise_id not in prescribed:
                prescribed[p.exercise_id] = f"{ex.name if ex else p.exercise_id} {short_dose(p)} {prescribed_text(p)}"
    if prescribed:
        about.append(translate("ui.history.program_view", "Prescribed doses: {doses}",
                               "doses: each exercise's, separated by semicolons").format(
            doses="; ".join(prescribed.values())))
    return about


class ProgramView(QWidget):
    """The plan's versions (`timeline` reads them from the store); loads only while shown (`reload`)."""

    def __init__(self, timeline: Callable[[], PlanTimeline] | None, library: Library, today: Callable[[], date],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("ui.history.program_view", "Program: the plan's versions"))
        self.timeline, self.library, self.today = timeline, library, today
        self._stale = True
        # The versions scroll inside the view: however many there are, the page's other views keep their size.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget(scroll)
        scroll.setWidget(self.inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(self.inner)
        self.intro = self._label(translate("ui.history.program_view", INTRO))
        lay.addWidget(self.intro)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        lay.addLayout(self.body)
        lay.addStretch(1)
        self.blocks: list[tuple[QLabel, QLabel]] = []  # (heading, what it was and what changed) per version

    def _label(self, text: str, bold: bool = False) -> QLabel:
        label = QLabel(text, self.inner)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader's user reaches each version with Tab
        if bold:
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
        return label

    def _add(self, widget: QWidget) -> None:
        self.body.addWidget(widget)
        widget.show()  # at once, not after the next turn of the event loop

    def reload(self) -> None:
        """The plan or the history changed: reload now if shown, else on the next show."""
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.load()

    def load(self) -> None:
        self._stale = False
        while self.body.count():
            item = self.body.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.blocks = []
        if self.timeline is None:
            self._add(self._label(translate("ui.history.program_view",
                                            "History is off, so the plan's versions are not kept.")))
            return
        try:
            timeline = self.timeline()
        except StoreError as exc:
            self._add(self._label(translate("ui.history.program_view",
                                            "The plan's versions could not be read: {reason}",
                                            "reason: the error's own sentence").format(reason=exc.message)))
            return
        if not timeline.versions:
            self._add(self._label(translate("ui.history.program_view", NO_PLAN)))
            return
        today = self.today()
        current = timeline.in_force(today)
        versions = timeline.versions
        for i in reversed(range(len(versions))):
            plan = versions[i]
            previous = versions[i - 1] if i > 0 else None
            nxt = versions[i + 1].starts_on if i + 1 < len(versions) else None
            until = nxt - timedelta(days=1) if nxt is not None else None
            heading = self._label(version_heading(plan, today, current, until), bold=True)
            lines = version_about(plan, self.library)
            lines += [f"\u2022 {line[:1].upper()}{line[1:]}" for line in plan_changes(previous, plan, self.library)
                      if not any(a.lower().startswith(line.lower()) for a in lines)]  # "prescribed by X" once
            detail = self._label("\n".join(lines))
            heading.setAccessibleName(heading.text())
            detail.setAccessibleName(f"{heading.text()}: {'; '.join(lines)}")
            self._add(heading)
            self._add(detail)
            if i > 0:
                rule = QFrame(self.inner)
                rule.setFrameShape(QFrame.Shape.HLine)
                rule.setFrameShadow(QFrame.Shadow.Sunken)
                self._add(rule)
            self.blocks.append((heading, detail))

    def texts(self) -> list[str]:
        """Each version as the page shows it, newest first: its heading, then its lines."""
        return [f"{heading.text()}\n{detail.text()}" for heading, detail in self.blocks]
