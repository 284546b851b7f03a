"""Tells screen readers about timer milestones (not every second) through Qt's announcement events."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


class Announcer(QObject):
    """Sends an accessibility announcement from a widget; `announced` lets tests and captions see it."""

    announced = Signal(str)

    def __init__(self, source: QObject):
        super().__init__(source)
        self.source = source

    def say(self, text: str) -> None:
        if not text:
            return
        if QAccessible.isActive():  # cheap when no screen reader is listening
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.source, text))
        self.announced.emit(text)
