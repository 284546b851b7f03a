"""The Exercises browser's way into the weekly self-check: one button beside "Add my own exercise…",
saying whether a check is due ("Self-check · due today…"), the whole line in its tooltip.

Where the text is so large that the list would keep room for less than two exercises, the button
steps aside (the File menu and the History page's Self-check tab still open the check)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from rehab_desktop.core.i18n import translate

LIST_LINES = 5  # about two exercises with their dose lines


class SelfCheckEntry(QPushButton):
    requested = Signal()

    def __init__(self, parent: QWidget, room: QWidget):
        """`room`: the list whose height the button must not take below LIST_LINES lines of text."""
        super().__init__(translate("ui.selfcheck.entry", "Self-check\u2026"), parent)
        self.room = room
        self.setAccessibleName(translate("ui.selfcheck.entry", "Weekly self-check"))
        self.clicked.connect(self.requested)
        room.installEventFilter(self)
        self.fits = True

    def set_due(self, short: str, line: str) -> None:
        """'Self-check · due today…' on the button; 'Last self-check 27 Nov; the next is due today.' in its tooltip."""
        self.setText(translate("ui.selfcheck.entry", "Self-check \u00b7 {due}\u2026", "{due}: due today").format(
            due=short))
        self.setToolTip(translate("ui.selfcheck.entry", "{due} Knee-to-wall, single-leg stance and how the ankle is "
                                  "doing, both sides.", "{due}: Last self-check 27 Nov; the next is due today.").format(
                                      due=line))
        self.setAccessibleDescription(line)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.room and event.type() == QEvent.Type.Resize:
            own = self.sizeHint().height() + 6
            available = self.room.height() + (own if self.isVisibleTo(self.parentWidget()) else 0)
            fits = available - own >= LIST_LINES * self.fontMetrics().height()
            if fits != self.fits:
                self.fits = fits
                self.setVisible(fits)
        return False
