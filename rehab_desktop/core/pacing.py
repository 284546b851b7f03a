"""How the timer will pace an exercise, in one sentence for the instruction view (Qt-free)."""

from __future__ import annotations

from dataclasses import replace

from rehab_desktop.core.exercises import Exercise, Side, WorkKind
from rehab_desktop.core.phases import PhaseKind, TimerOptions, expand
from rehab_desktop.core.records import LegSide


def pacing_text(exercise: Exercise, options: TimerOptions) -> str:
    """'Paced at 2 s* out and 2 s* back; 30 s* rest between sets.' with the app's own figures starred,
    plus which side an affected-side exercise works and the exercise's slowest tempo."""
    paced = exercise.dose.movements[0].kind is WorkKind.REPS
    plan = expand(exercise, None, options)
    parts = []
    if paced and options.manual_reps:
        parts.append("You count the reps yourself (Enter after each)")
    elif paced:
        s = f"{plan.options.move_s:g}"  # as run: never faster than the exercise allows
        parts.append(f"Paced at {s} s* out and {s} s* back")
    # Where a switch of side or movement comes between every two sets there is no rest to speak of.
    rested = any(p.kind is PhaseKind.REST for p in expand(exercise, None, replace(options, rest_s=1)).phases)
    if rested:
        parts.append(f"{options.rest_s:g} s* rest between sets" if options.rest_s > 0 else "no rest between sets")
    text = "; ".join(parts)
    text = (text[0].upper() + text[1:] + ".") if text else ""
    affected = options.affected_side
    if exercise.dose.side is Side.AFFECTED and affected is not None:  # what "affected side" means for this person
        text += (f" Both ankles: each side in turn, from the {plan.sets[0].side.value}." if affected is LegSide.BOTH
                 else f" On the {affected.value} side only.")
    slowest = exercise.dose.min_tempo_s
    if paced and not options.manual_reps and slowest > 1:
        text += f" Never faster than {slowest} s each way: the article asks for slow, controlled movement."
    return text.strip()
