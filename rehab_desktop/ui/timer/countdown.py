"""The big painted countdown: a progress ring around the remaining seconds, readable from across a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.core.timer_events import Snapshot
from rehab_desktop.ui.common.style import is_dark

_WORK = {PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN, PhaseKind.MANUAL_REPS}


def phase_colour(kind: PhaseKind | None, palette: QPalette) -> QColor:
    """Blue for work, green for rest, amber for getting ready and changes, grey when done."""
    dark = is_dark(palette)
    if kind in _WORK:
        return QColor("#5aa2ee" if dark else "#1f5fa8")
    if kind is PhaseKind.REST:
        return QColor("#5cc08a" if dark else "#1e7a4c")
    if kind in (PhaseKind.LEAD_IN, PhaseKind.SWITCH_SIDE, PhaseKind.SWITCH_MOVEMENT):
        return QColor("#e7b44c" if dark else "#a3650d")
    return palette.color(QPalette.ColorRole.Mid)


def format_seconds(seconds: float | None) -> str:
    """'27', '1:05' for a minute or more; shown rounded up so 0 means the phase is over."""
    if seconds is None:
        return ""
    s = max(0, math.ceil(seconds - 1e-9))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else str(s)


class CountdownFace(QWidget):
    """Paints the ring and the digits; updated from snapshots, repainted only when they change."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snapshot: Snapshot | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(150, 150)
        self.setAccessibleName("Countdown")
        self._text = ""
        self._sub = ""

    def sizeHint(self) -> QSize:
        # Small on purpose: the pane's preferred height must fit a laptop screen; the face is
        # Expanding, so it takes whatever room is left over.
        return QSize(160, 160)

    def show_snapshot(self, snap: Snapshot | None) -> None:
        self.snapshot = snap
        if snap is None:
            text, sub = "", ""
        elif snap.phase.kind is PhaseKind.MANUAL_REPS:
            text, sub = str(snap.reps_done), f"of {snap.rep_target} reps"
        elif snap.phase.kind is PhaseKind.DONE:
            text, sub = "\u2713", "Done"
        else:
            text, sub = format_seconds(snap.remaining_s), snap.phase.rep_text
        if snap is not None and snap.paused and snap.phase.kind is not PhaseKind.DONE:
            sub = "Paused" if snap.state.value == "paused" else "Ready"
        if (text, sub) != (self._text, self._sub):
            self._text, self._sub = text, sub
            self.setAccessibleDescription(f"{text} {sub}".strip())
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        pen_w = max(8.0, side * 0.06)
        ring = rect.adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(60)
        p.setPen(QPen(track, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(ring)
        snap = self.snapshot
        kind = snap.phase.kind if snap else None
        colour = phase_colour(kind, pal)
        if snap is not None:
            left = 1.0 - snap.fraction if kind is not PhaseKind.MANUAL_REPS else snap.fraction
            if kind is PhaseKind.DONE:
                left = 1.0
            if left > 0:
                p.setPen(QPen(colour, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                p.drawArc(ring, 90 * 16, int(-left * 360 * 16))
        # Digits as large as the ring allows: about 40 % of its height.
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        font.setPixelSize(max(24, int(side * (0.40 if len(self._text) <= 2 else 0.30))))
        p.setFont(font)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        digits = QRectF(ring.left(), ring.top() + ring.height() * 0.18, ring.width(), ring.height() * 0.5)
        p.drawText(digits, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._sub:
            small = QFont(self.font())
            small.setPixelSize(max(14, int(side * 0.075)))
            fm = QFontMetricsF(small)
            p.setFont(small)
            p.setPen(colour if kind is not None else pal.color(QPalette.ColorRole.WindowText))
            sub_rect = QRectF(ring.left() + pen_w, digits.bottom(), ring.width() - 2 * pen_w, fm.height() * 1.4)
            p.drawText(sub_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       fm.elidedText(self._sub, Qt.TextElideMode.ElideRight, sub_rect.width()))
