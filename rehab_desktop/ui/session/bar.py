"""The strip above the exercises: the open session, the pain-before question, the routine, and recovery."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from rehab_desktop.core.exercises import Library
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
        self.setAccessibleName("Session")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.status = QLabel("", self)
        self.status.setAccessibleName("Session status")
        self.status.setWordWrap(True)
        self.start_button = _button("Start a session", self, "Open a session now (starting a timer also opens one)")
        self.start_button.clicked.connect(session.open)
        self.resume_button = _button("Resume it", self, "Keep recording into that session")
        self.resume_button.clicked.connect(self._resume)
        self.close_button = _button("Close it", self, "End that session as it is; nothing is lost")
        self.close_button.clicked.connect(self._close_unfinished)
        self.finish_button = _button("Finish session\u2026", self, "Pain after, effort and notes, then save")
        self.finish_button.clicked.connect(self.finish_requested)
        self.pain_row = QWidget(self)
        self.pain = RatingRow("Pain before", "no pain", "worst imaginable", self.pain_row, compact=True)
        self.pain.rated.connect(session.set_pain_before)
        pain_label = QLabel("Pain right now? (0 none, 10 worst)", self.pain_row)
        pain_label.setWordWrap(True)
        skip = _button("Skip", self.pain_row, "Don't rate the pain this time")
        skip.clicked.connect(lambda: session.set_pain_before(None))
        pl = FlowLayout(self.pain_row)
        pl.setContentsMargins(0, 0, 0, 0)
        for w in (pain_label, self.pain, skip):
            pl.addWidget(w)

        self.routine_label = QLabel("", self)
        self.routine_label.setAccessibleName("Routine")
        self.routine_label.setWordWrap(True)
        self.routine_start = _button("Start routine", self, "Run the queued exercises one after another")
        self.routine_start.clicked.connect(self.start_routine_requested)
        self.routine_next = _button("Next exercise (N)", self, "Go on to the next exercise now")
        self.routine_next.clicked.connect(self.next_requested)
        self.routine_edit = _button("Edit…", self, "Reorder or remove the exercises still to come")
        self.routine_edit.setAccessibleName("Edit routine")
        self.routine_edit.clicked.connect(self.edit_routine_requested)
        self.routine_clear = _button("Clear routine", self)
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
            self.status.setText(f"A session from {u.started_at:%a %d %b, %H:%M} was not finished "
                                f"({u.sets_completed} set{'' if u.sets_completed == 1 else 's'} recorded). "
                                "Carry on with it?")
        elif s.is_open:
            names = len(s.exercises)
            exercises = f"{names} exercise{'' if names == 1 else 's'}"
            sets = f"{s.sets_done} set{'' if s.sets_done == 1 else 's'} done"
            self.status.setText(f"Session since {s.started_at:%H:%M} \u00b7 {exercises} \u00b7 {sets}")
        else:
            self.status.setText("No session open. Starting a timer (Space) opens one.")
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
            if m.running_routine:
                rest = names[s.routine_index + 1:]
                text = f"Routine {s.routine_index + 1} of {len(routine)}"
                text += f" \u00b7 next: {rest[0]}" if rest else " \u00b7 last one"
            elif m.routine_done:
                text = f"Routine done: {len(routine)} exercises. Finish the session when you are ready."
            else:
                text = f"Routine ({len(routine)}): " + ", ".join(names) + " \u00b7 Space starts it"
            self.routine_label.setText(text)
            self.routine_start.setVisible(m.queued or m.routine_done)
            self.routine_start.setText("Start routine" if m.queued else "Start it again")
            self.routine_next.setVisible(m.running_routine and m.has_next())
            self.routine_edit.setVisible(bool(m.upcoming()))
        for b in (self.routine_start, self.routine_next, self.routine_edit, self.routine_clear):
            if not routine:
                b.hide()
        if routine:
            self.routine_clear.show()
