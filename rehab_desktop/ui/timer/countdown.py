"""The big painted countdown: a progress ring around the remaining seconds, readable from across a room."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import PhaseKind, rep_heading
from rehab_desktop.core.timer_events import Snapshot
from rehab_desktop.ui.common.style import backdrop, is_dark

_WORK = {PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN, PhaseKind.MANUAL_REPS}


def phase_colour(kind: PhaseKind | None, palette: QPalette) -> QColor:
    """Blue for work, green for rest, amber for getting ready and changes, grey when done."""
    dark = is_dark(palette)
    if kind in _WORK:
        return QColor("#5aa2ee" if dark else "#1f5fa8")
    if kind is PhaseKind.REST:
        return QColor("#5cc08a" if dark else "#1e7a4c")
    if kind in (PhaseKind.LEAD_IN, PhaseKind.SWITCH_SIDE, PhaseKind.SWITCH_MOVEMENT):
        return QColor("#e7b44c" if dark else "#965d0b")
    return palette.color(QPalette.ColorRole.Mid)


def format_seconds(seconds: float | None) -> str:
    """'27', '1:05' for a minute or more; shown rounded up so 0 means the phase is over."""
    if seconds is None:
        return ""
    s = max(0, math.ceil(seconds - 1e-9))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else str(s)


# The digits never get smaller than this: 72 px is about 15 mm on a 13-inch laptop screen
# (120 dpi), which from 3 m subtends 17 minutes of arc, three and a half times the height of the
# smallest letters a person with normal sight reads at that distance (the 20/20 line): enough for
# someone who has left their glasses on the chair. The face grows beyond it with the room it has.
MIN_DIGITS_PX = 72
_DIGITS_OF_SIDE = 0.36  # digit height as a share of the face's side, for up to two digits
_PACED = {PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN}


def face_texts(snap: Snapshot | None) -> tuple[str, str]:
    """(big text, line under it). During paced reps the big number is the rep being done (the
    ring paces its 1–2 s movement), so the count reads from across the room, paused or not."""
    if snap is None:
        return "", ""
    kind = snap.phase.kind
    if kind is PhaseKind.MANUAL_REPS:
        target = snap.rep_target
        text = str(snap.reps_done)
        sub = translate("ui.timer.countdown", "of %n reps", "under the big number: 3 of 10 reps", target)
    elif kind is PhaseKind.DONE:
        return "\u2713", translate("ui.timer.countdown", "Done", "under the tick: the exercise is over")
    elif kind in _PACED and snap.phase.rep:
        total = snap.phase.rep_total
        text = str(snap.phase.rep)
        sub = translate("ui.timer.countdown", "of %n reps", "under the big number: 3 of 10 reps", total)
    else:
        text, sub = format_seconds(snap.remaining_s), ""
    if snap.paused:
        state = translate("ui.timer.countdown", "Paused") if snap.state.value == "paused" else \
            translate("ui.timer.countdown", "Ready", "the timer has not started")
        sub = state + (f" \u00b7 {sub}" if sub else "")
    return text, sub


def spoken(snap: Snapshot | None) -> str:
    """What a screen reader says the countdown is: "Countdown: 25 seconds left in hold, left leg,
    set 2 of 3"."""
    if snap is None:
        return translate("ui.timer.countdown", "Countdown: no exercise")
    phase = snap.phase
    where = ", ".join(part[:1].lower() + part[1:] for part in phase.label.replace("\u00a0", " ").split(" \u00b7 "))
    kind = phase.kind
    if kind is PhaseKind.DONE:
        return translate("ui.timer.countdown", "Countdown: done")
    if kind is PhaseKind.MANUAL_REPS:
        target = snap.rep_target
        state = translate("ui.timer.countdown", "{done} of %n reps counted", None, target).format(done=snap.reps_done)
    elif kind in _PACED and phase.rep:
        state = translate("ui.timer.countdown", "rep {rep} of {total}").format(rep=phase.rep, total=phase.rep_total)
        heading = rep_heading(phase.rep, phase.rep_total)
        where = where.replace(", " + heading[:1].lower() + heading[1:], "")
    else:
        s = max(0, math.ceil((snap.remaining_s or 0) - 1e-9))
        state = translate("ui.timer.countdown", "%n second(s) left", None, s)
    if snap.state.value == "paused":
        return translate("ui.timer.countdown", "Countdown: {state} in {phase}, paused",
                         "the state: '25 seconds left', 'rep 3 of 10'; the phase: 'hold, left leg, set 2 of 3'").format(
            state=state, phase=where)
    return translate("ui.timer.countdown", "Countdown: {state} in {phase}",
                     "the state: '25 seconds left', 'rep 3 of 10'; the phase: 'hold, left leg, set 2 of 3'").format(
        state=state, phase=where)


def ring_left(snap: Snapshot | None) -> float:
    """The share of the ring drawn in the phase's colour (0..1)."""
    if snap is None:
        return 0.0
    kind = snap.phase.kind
    if kind is PhaseKind.DONE:
        return 1.0
    return snap.fraction if kind is PhaseKind.MANUAL_REPS else 1.0 - snap.fraction


class CountdownFace(QLabel):
    """Paints the ring and the digits; updated from snapshots, repainted only where they change:
    the digits when the shown second turns, the sliver of ring that moved, the whole face when the
    phase (and so the colour) changes. It paints its own background, so nothing behind it repaints."""

    def __init__(self, parent=None, min_digits_px: int = MIN_DIGITS_PX):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.snapshot: Snapshot | None = None
        self._drawn: tuple | None = None  # (phase kind, ring share) last painted
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.min_side = math.ceil(min_digits_px / _DIGITS_OF_SIDE) + 8
        self.setMinimumSize(self.min_side, self.min_side)
        self.setAccessibleName(spoken(None))
        self._text = ""
        self._sub = ""

    def sizeHint(self) -> QSize:
        # The least that reads from 3 m; the face is Expanding and takes the room left over.
        return QSize(self.min_side, self.min_side)

    def hasHeightForWidth(self) -> bool:
        return False

    def show_snapshot(self, snap: Snapshot | None) -> None:
        self.snapshot = snap
        text, sub = face_texts(snap)
        kind, left = (snap.phase.kind if snap else None), ring_left(snap)
        drawn = self._drawn
        if (text, sub) != (self._text, self._sub):
            same_size = (len(text), sub) == (len(self._text), self._sub)
            self._text, self._sub = text, sub
            self.setAccessibleName(spoken(snap))
            if not same_size or drawn is None or drawn[0] is not kind:
                self.update()
                return
            self.update(self._digits_rect())
        elif drawn is not None and drawn[0] is not kind:
            self.update()
            return
        if drawn is not None and drawn[1] != left:
            self.update(self._arc_rect(drawn[1], left))

    def _face_rect(self) -> QRectF:
        side = self.side()
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _pen_width(self) -> float:
        return max(8.0, self.side() * 0.055)

    def _digits_rect(self) -> QRect:
        """Where the big text and the line under it are painted: inside the ring."""
        rect = self._face_rect()
        inner = rect.adjusted(*(f * self._pen_width() for f in (1.5, 1.5, -1.5, -1.5)))
        return inner.toAlignedRect()

    def _arc_rect(self, a: float, b: float) -> QRect:
        """The box around the part of the ring between the shares `a` and `b` (0: the top, going clockwise)."""
        rect = self._face_rect()
        pen = self._pen_width()
        radius = (rect.width() - pen) / 2
        centre = rect.center()
        lo, hi = sorted((a, b))
        shares = [lo, hi] + [q / 4 for q in range(5) if lo < q / 4 < hi]  # the ring's extreme points between
        xs = [centre.x() + radius * math.sin(2 * math.pi * t) for t in shares]
        ys = [centre.y() - radius * math.cos(2 * math.pi * t) for t in shares]
        grow = pen / 2 + 2
        return QRectF(QPointF(min(xs) - grow, min(ys) - grow), QPointF(max(xs) + grow, max(ys) + grow)).toAlignedRect()

    def side(self) -> float:
        return min(self.width(), self.height()) - 8

    def digits_font(self) -> QFont:
        """The font the big text is painted in: as large as fits the inner circle."""
        side = self.side()
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        target = side * _DIGITS_OF_SIDE  # the height of the digits
        font.setPixelSize(max(12, int(target / 0.73)))  # digits are about 0.73 of the pixel size
        fm = QFontMetricsF(font)
        room = side * 0.70  # the widest text that fits inside the ring with a margin
        width = fm.horizontalAdvance(self._text or "00")
        if width > room:
            font.setPixelSize(max(12, int(font.pixelSize() * room / width)))
        return font

    def digits_height(self) -> float:
        """The painted height of the big digits in pixels (what the layout tests measure)."""
        return QFontMetricsF(self.digits_font()).tightBoundingRect(self._text or "0").height()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(event.rect(), backdrop(self))  # opaque: the parent does not paint under it
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = self.side()
        rect = self._face_rect()
        pen_w = self._pen_width()  # the partial repaints' rectangles are worked out from the same two
        ring = rect.adjusted(pen_w / 2, pen_w / 2, -pen_w / 2, -pen_w / 2)
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        p.setPen(QPen(track, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawEllipse(ring)
        snap = self.snapshot
        kind = snap.phase.kind if snap else None
        colour = phase_colour(kind, pal)
        left = ring_left(snap)
        self._drawn = (kind, left)
        if left > 0:  # ring_left is 0 without a snapshot
            p.setPen(QPen(colour, pen_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawArc(ring, 90 * 16, int(-left * 360 * 16))
        font = self.digits_font()
        fm = QFontMetricsF(font)
        p.setFont(font)
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        centre = rect.center()
        tight = fm.tightBoundingRect(self._text or "0")
        baseline = centre.y() + tight.height() / 2 - (side * 0.06 if self._sub else 0)
        p.drawText(QPointF(centre.x() - fm.horizontalAdvance(self._text) / 2, baseline), self._text)
        if self._sub:
            small = QFont(self.font())
            small.setPixelSize(max(14, int(side * 0.085)))
            sfm = QFontMetricsF(small)
            p.setFont(small)
            p.setPen(colour if kind is not None else pal.color(QPalette.ColorRole.WindowText))
            width = ring.width() * 0.72
            sub_rect = QRectF(centre.x() - width / 2, baseline + side * 0.04, width, sfm.height() * 1.2)
            p.drawText(sub_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                       sfm.elidedText(self._sub, Qt.TextElideMode.ElideRight, sub_rect.width()))
