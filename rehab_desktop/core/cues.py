"""Decides which sound to play and what to say for each timer event: the words of the spoken cues."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import Phase, PhaseKind
from rehab_desktop.core.records import LegSide
from rehab_desktop.core.timer_events import Event, ExerciseCompleted, PhaseStarted

TICK_SECONDS = (3, 2, 1)  # the last seconds of a phase that get a tick
MIN_TICKED_PHASE_S = 5.0  # paced-rep phases of a second or two would tick non-stop
LONG_REP_HOLD_S = 5.0  # per-rep holds this long are announced ("Hold", "Release")


class Sound(StrEnum):
    """The three sounds the timer plays."""

    TICK = "tick"
    PHASE = "phase"
    DONE = "done"


@dataclass(frozen=True)
class Cue:
    """What to play and say at one moment; either may be empty."""

    sound: Sound | None = None
    speech: str = ""


def _seconds(value: float) -> str:
    n = int(round(value))
    if n >= 60 and n % 60 == 0:
        mins = n // 60
        return translate("core.cues", "%n minute(s)", "spoken", mins)
    return translate("core.cues", "%n second(s)", "spoken", n)


def _work_words(phase: Phase, alternating: bool) -> str:
    s = phase.set
    if phase.kind is PhaseKind.HOLD or s.target_reps is None:
        return translate("core.cues", "Hold for {duration}.", "spoken: '30 seconds', '2 minutes'").format(
            duration=_seconds(s.target_hold_s))
    reps = s.target_reps
    if alternating:
        each = reps // 2
        return translate("core.cues", "%n with each foot leading, taking turns.", "spoken: step-ups", each)
    if s.target_hold_s and s.target_hold_s >= LONG_REP_HOLD_S:
        return translate("core.cues", "%n stretches, holding each for {duration}.", "spoken", reps).format(
            duration=_seconds(s.target_hold_s))
    return translate("core.cues", "%n reps.", "spoken", reps)


def set_intro(phase: Phase, work: bool = True, alternating: bool = False) -> str:
    """'Right leg. Set 2 of 3. Hold for 30 seconds.' for the set `phase` works or leads into."""
    s = phase.set
    parts = []
    if s.movement.name:
        parts.append(f"{s.movement.name}.")
    # A step-up rep names its own leading foot; the get-ready names the one that leads first.
    if phase.side in (LegSide.LEFT, LegSide.RIGHT) or (s.lead is not None and phase.lead is None):
        parts.append(f"{s.side_text}.")  # "Right leg.", "Right foot on the pad.", "Right foot leads first."
    parts.append(f"{s.heading}.")
    if work:
        parts.append(_work_words(phase, alternating))
    return " ".join(p for p in parts if p)


def cue_for_event(event: Event, first_of_set: bool = False, alternating: bool = False) -> Cue:
    """The cue for a timer event; `first_of_set` says a paced rep opens its set, `alternating`
    that the leading foot changes every rep (step-ups).

    Every cue replaces whatever is still being said, so the voice never lags the timer: long
    announcements go where there is time for them (get ready, rest), short ones on the reps.
    """
    if isinstance(event, ExerciseCompleted):
        return Cue(Sound.DONE, translate("core.cues", "Done. Well done.", "spoken"))
    if not isinstance(event, PhaseStarted):
        return Cue()
    p = event.phase
    k = p.kind
    long_hold = bool(p.set and p.set.target_hold_s and p.set.target_hold_s >= LONG_REP_HOLD_S)
    if k is PhaseKind.DONE:
        return Cue()  # ExerciseCompleted speaks for it
    if k is PhaseKind.LEAD_IN:
        return Cue(Sound.PHASE, translate("core.cues", "Get ready. {set}", "spoken; the set: 'Right leg. Set 1 of "
                                          "3. Hold for 30 seconds.'").format(set=set_intro(p, alternating=alternating)))
    if k is PhaseKind.REST:
        duration = _seconds(p.duration_s)
        return Cue(Sound.PHASE, translate("core.cues", "Rest. {duration}.", "spoken: '30 seconds', '2 minutes'").format(
            duration=duration[:1].upper() + duration[1:]))
    if k is PhaseKind.SWITCH_SIDE:
        if p.set is not None and p.set.pad:
            return Cue(Sound.PHASE, f"{p.set.switch_text}.")
        return Cue(Sound.PHASE, translate("core.cues", "Switch sides. {side} next.",
                                          "spoken; the side: 'Right leg'").format(side=p.side.label))
    if k is PhaseKind.SWITCH_MOVEMENT:
        return Cue(Sound.PHASE, translate("core.cues", "Change to {movement}.", "spoken; a movement's name, in lower "
                                          "case").format(movement=p.movement_name.lower()))
    if k is PhaseKind.HOLD:
        return Cue(Sound.PHASE, set_intro(p))
    if k is PhaseKind.MANUAL_REPS:
        return Cue(Sound.PHASE, translate("core.cues", "{set} Press Enter after each one.", "spoken; the set: 'Right "
                                          "leg. Set 1 of 3. 10 reps.'").format(
            set=set_intro(p, alternating=alternating)))
    if k is PhaseKind.MOVE:
        rep = f"{p.rep}."
        if p.lead is not None:  # step-ups: the foot that leads this rep
            foot = translate("core.cues", "Right foot.", "spoken: it leads this step-up") \
                if p.lead is LegSide.RIGHT else translate("core.cues", "Left foot.", "spoken: it leads this step-up")
            rep = f"{rep} {foot}"
        head = f"{set_intro(p, work=False)} " if first_of_set else ""
        return Cue(Sound.PHASE, f"{head}{rep}")
    if k is PhaseKind.REP_HOLD:
        return Cue(Sound.PHASE, translate("core.cues", "Hold.", "spoken: hold still at the end of the rep")
                   if long_hold else "")
    if k is PhaseKind.RETURN:
        return Cue(None, translate("core.cues", "Release.", "spoken: let go of the held stretch") if long_hold else "")
    return Cue()


def tick_due(phase: Phase, before_s: float | None, after_s: float | None) -> int | None:
    """The second (3, 2 or 1) whose tick falls between two remaining-time readings, if any.

    Remaining time shown as ceil(remaining): the tick for "3" plays when the display turns 3.
    """
    if before_s is None or after_s is None or phase.duration_s is None or phase.duration_s < MIN_TICKED_PHASE_S:
        return None
    shown_before, shown_after = math.ceil(before_s), math.ceil(after_s)
    if shown_after < shown_before and shown_after in TICK_SECONDS:
        return shown_after
    return None
