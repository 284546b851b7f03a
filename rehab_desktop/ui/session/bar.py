"""The strip above the exercises: the open session, the pain-before question, the routine, and recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.store import SessionSummary
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.session.controller import SessionController
from rehab_desktop.ui.session.pain_dialogs import RatingRow


def _button(text: str, parent: QWidget, tip: str = "") -> QPushButton:
    b = QPushButton(text, parent)
    b.setAccessibleName(text.replace("&", ""))
    b.setToolTip(tip)
    b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click must not steal focus from the list
    return b


class SessionBar(QFrame):
    """Shows what the session controller knows; asks nothing that blocks the timer."""

    finish_requested = Signal()
    start_routine_requested = Signal()
    edit_routine_requested = Signal()
    next_requested = Signal()

    def __init__(self, session: SessionController, library: Library, parent=None):
        super().__init__(parent)
        self.session = session
        self.library = library
        self.unfinished: SessionSummary | None = None
        self.setObjectName("sessionBar")
        self.setAccessibleName(translate("ui.session.bar", "Session"))
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = QLabel("", self)
        self.status.setAccessibleName(translate("ui.session.bar", "Session status"))
        self.status.setWordWrap(True)
        self.start_button = _button(translate("ui.session.bar", "Start a session"), self,
                                    translate("ui.session.bar", "Open a session now (starting a timer also opens one)"))
        self.start_button.clicked.connect(session.open)
        self.resume_button = _button(translate("ui.session.bar", "Resume it"), self,
                                     translate("ui.session.bar", "Keep recording into that session"))
        self.resume_button.clicked.connect(self._resume)
        self.close_button = _button(translate("ui.session.bar", "Close it"), self,
                                    translate("ui.session.bar", "End that session as it is; nothing is lost"))
        self.close_button.clicked.connect(self._close_unfinished)
        self.finish_button = _button(translate("ui.session.bar", "Finish session\u2026"), self,
                                     translate("ui.session.bar", "Pain after, effort and notes, then save"))
        self.finish_button.clicked.connect(self.finish_requested)
        self.pain_row = QWidget(self)
        self.pain = RatingRow(translate("ui.session.bar", "Pain before"), translate("ui.session.bar", "no pain"),
                              translate("ui.session.bar", "worst imaginable"), self.pain_row, compact=True)
        self.pain.rated.connect(session.set_pain_before)
        pain_label = QLabel(translate("ui.session.bar", "Pain right now? (0 none, 10 worst)"), self.pain_row)
        pain_label.setWordWrap(True)
        skip = _button(translate("ui.session.bar", "Skip", "do not rate the pain"), self.pain_row,
                       translate("ui.session.bar", "Don't rate the pain this time"))
        skip.clicked.connect(lambda: session.set_pain_before(None))
        pl = FlowLayout(self.pain_row)
        pl.setContentsMargins(0, 0, 0, 0)
        for w in (pain_label, self.pain, skip):
            pl.addWidget(w)

        self.routine_label = QLabel("", self)
        self.routine_label.setAccessibleName(translate("ui.session.bar", "Routine"))
        self.routine_label.setWordWrap(True)
        self.routine_start = _button(translate("ui.session.bar", "Start routine"), self,
                                     translate("ui.session.bar", "Run the queued exercises one after another"))
        self.routine_start.clicked.connect(self.start_routine_requested)
        self.routine_next = _button(translate("ui.session.bar", "Next exercise (N)"), self,
                                    translate("ui.session.bar", "Go on to the next exercise now"))
        self.routine_next.clicked.connect(self.next_requested)
        self.routine_edit = _button(translate("ui.session.bar", "Edit…", "the routine"), self,
                                    translate("ui.session.bar", "Reorder or remove the exercises still to come"))
        self.routine_edit.setAccessibleName(translate("ui.session.bar", "Edit routine"))
        self.routine_edit.clicked.connect(self.edit_routine_requested)
        self.routine_clear = _button(translate("ui.session.bar", "Clear routine"), self)
        self.routine_clear.clicked.connect(session.clear_routine)

        # One line when there is room, wrapped onto more when not (large text, a small screen).
        top = FlowLayout()
        for w in (self.status, self.routine_label, self.routine_start, self.routine_next, self.routine_edit,
                  self.routine_clear, self.start_button, self.resume_button, self.close_button, self.finish_button):
            top.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addLayout(top)
        lay.addWidget(self.pain_row)
        session.changed.connect(self.refresh)
        self.refresh()

    def offer_unfinished(self, summary: SessionSummary | None) -> None:
        self.unfinished = summary
        self.refresh()

    def _resume(self) -> None:
        if self.unfinished is not None:
            summary, self.unfinished = self.unfinished, None
            self.session.resume(summary)

    def _close_unfinished(self) -> None:
        if self.unfinished is not None:
            summary, self.unfinished = self.unfinished, None
            self.session.close_unfinished(summary)
            self.refresh()

    def refresh(self) -> None:
        s = self.session
        recovering = self.unfinished is not None and not s.is_open
        if recovering:
            u = self.unfinished
            recorded = u.sets_completed
            self.status.setText(translate(
                "ui.session.bar",
                "A session from {day}, {time} was not finished (%n set(s) recorded). Carry on with it?",
                "{day}: Mon 4 May; {time}: 18:05", recorded).format(
                    day=formats().short_day(u.started_at.date()), time=formats().clock(u.started_at.time())))
        elif s.is_open:
            names = len(s.exercises)
            done = s.sets_done
            exercises = translate("ui.session.bar", "%n exercise(s)", None, names)
            sets = translate("ui.session.bar", "%n set(s) done", None, done)
            self.status.setText(translate(
                "ui.session.bar", "Session since {time} \u00b7 {exercises} \u00b7 {sets}",
                "{time}: 18:05; {exercises}: 2 exercises; {sets}: 5 sets done").format(
                    time=formats().clock(s.started_at.time()), exercises=exercises, sets=sets))
        else:
            self.status.setText(translate("ui.session.bar", "No session open. Starting a timer (Space) opens one."))
        self.start_button.setVisible(not s.is_open and not recovering)
        self.resume_button.setVisible(recovering)
        self.close_button.setVisible(recovering)
        self.finish_button.setVisible(s.is_open)
        self.pain_row.setVisible(s.is_open and not s.pain_before_asked)
        routine = s.routine
        m = s.model
        self.routine_label.setVisible(bool(routine))
        if routine:
            names = [self.library[d.exercise_id].name for d in routine]
            count = len(routine)
            if m.running_routine:
                rest = names[s.routine_index + 1:]
                if rest:
                    text = translate("ui.session.bar", "Routine {number} of {total} \u00b7 next: {exercise}").format(
                        number=s.routine_index + 1, total=count, exercise=rest[0])
                else:
                    text = translate("ui.session.bar", "Routine {number} of {total} \u00b7 last one").format(
                        number=s.routine_index + 1, total=count)
            elif m.routine_done:
                text = translate("ui.session.bar", "Routine done: %n exercises. Finish the session when you are ready.",
                                 None, count)
            else:
                text = translate("ui.session.bar", "Routine ({count}): {exercises} \u00b7 Space starts it",
                                 "{exercises}: the exercises' names, in a list").format(
                                     count=count, exercises=", ".join(names))
            self.routine_label.setText(text)
            self.routine_start.setVisible(m.queued or m.routine_done)
            self.routine_start.setText(translate("ui.session.bar", "Start routine") if m.queued
                                       else translate("ui.session.bar", "Start it again"))
            self.routine_next.setVisible(m.running_routine and m.has_next())
            self.routine_edit.setVisible(bool(m.upcoming()))
        for b in (self.routine_start, self.routine_next, self.routine_edit, self.routine_clear):
            if not routine:
                b.hide()
        if routine:
            self.routine_clear.show()
