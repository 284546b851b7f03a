"""The reminder inside the window: one calm line across the top with Start now, Later and a close button.
No dialog and no sound: it waits there until the person acts, closes it, or the day's plan is done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.flow import FlowLayout


class ReminderBanner(QFrame):
    """Shown by the reminder schedule while the app is open; hidden otherwise."""

    start_requested = Signal()
    later_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        self.setAccessibleName(translate("ui.reminders.banner", "Reminder"))
        self.text = QLabel("", self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.start = QPushButton(translate("ui.reminders.banner", "Start &now"), self)
        self.start.setToolTip(translate("ui.reminders.banner",
                                        "Today's session opens on the Exercises page, ready: press Space to begin"))
        self.later = QPushButton(translate("ui.reminders.banner", "&Later"), self)
        self.close_button = QPushButton(translate("ui.reminders.banner", "Close"), self)
        self.close_button.setToolTip(translate("ui.reminders.banner", "No more reminders for this time today"))
        self.close_button.setAccessibleName(translate("ui.reminders.banner", "Close the reminder"))
        buttons = QWidget(self)
        row = FlowLayout(buttons, align_right=True)
        for b in (self.start, self.later, self.close_button):
            row.addWidget(b)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        self.start.clicked.connect(self._start)
        self.later.clicked.connect(self._later)
        self.close_button.clicked.connect(self._close)
        self.hide()

    def show_reminder(self, title: str, snooze_min: int) -> None:
        self.text.setText(translate("ui.reminders.banner", "{reminder}. Stop any exercise that hurts.",
                                    "reminder: the reminder's title").format(reminder=title))
        self.later.setText(translate("ui.reminders.banner", "&Later ({minutes} min)").format(minutes=snooze_min))
        again = translate("ui.reminders.banner", "Remind me again in %n minute(s)", None, snooze_min)
        self.later.setToolTip(again)
        self.later.setAccessibleName(again)
        self.setAccessibleDescription(self.text.text())
        self.show()

    def _start(self) -> None:
        self.hide()
        self.start_requested.emit()

    def _later(self) -> None:
        self.hide()
        self.later_requested.emit()

    def _close(self) -> None:
        self.hide()
        self.dismissed.emit()
