"""Decides which sound to play and what to say for each timer event: the words of the spoken cues."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

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
        return f"{mins} minute" + ("s" if mins > 1 else "")
    return f"{n} second" + ("s" if n != 1 else "")


def _work_words(phase: Phase, alternating: bool) -> str:
    s = phase.set
    if phase.kind is PhaseKind.HOLD or s.target_reps is None:
        return f"Hold for {_seconds(s.target_hold_s)}."
    if alternating:
        return f"{s.target_reps // 2} with each foot leading, taking turns."
    if s.target_hold_s and s.target_hold_s >= LONG_REP_HOLD_S:
        return f"{s.target_reps} stretches, holding each for {_seconds(s.target_hold_s)}."
    return f"{s.target_reps} reps."


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
        return Cue(Sound.DONE, "Done. Well done.")
    if not isinstance(event, PhaseStarted):
        return Cue()
    p = event.phase
    k = p.kind
    long_hold = bool(p.set and p.set.target_hold_s and p.set.target_hold_s >= LONG_REP_HOLD_S)
    if k is PhaseKind.DONE:
        return Cue()  # ExerciseCompleted speaks for it
    if k is PhaseKind.LEAD_IN:
        return Cue(Sound.PHASE, f"Get ready. {set_intro(p, alternating=alternating)}")
    if k is PhaseKind.REST:
        return Cue(Sound.PHASE, f"Rest. {_seconds(p.duration_s).capitalize()}.")
    if k is PhaseKind.SWITCH_SIDE:
        if p.set is not None and p.set.pad:
            return Cue(Sound.PHASE, f"{p.set.switch_text}.")
        return Cue(Sound.PHASE, f"Switch sides. {p.side.label} next.")
    if k is PhaseKind.SWITCH_MOVEMENT:
        return Cue(Sound.PHASE, f"Change to {p.movement_name.lower()}.")
    if k is PhaseKind.HOLD:
        return Cue(Sound.PHASE, set_intro(p))
    if k is PhaseKind.MANUAL_REPS:
        return Cue(Sound.PHASE, f"{set_intro(p, alternating=alternating)} Press Enter after each one.")
    if k is PhaseKind.MOVE:
        lead = f" {p.lead.value.capitalize()} foot." if p.lead is not None else ""
        head = f"{set_intro(p, work=False)} " if first_of_set else ""
        return Cue(Sound.PHASE, f"{head}{p.rep}.{lead}")
    if k is PhaseKind.REP_HOLD:
        return Cue(Sound.PHASE, "Hold." if long_hold else "")
    if k is PhaseKind.RETURN:
        return Cue(None, "Release." if long_hold else "")
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
