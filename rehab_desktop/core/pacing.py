"""How the timer will pace an exercise, in one sentence for the instruction view (Qt-free)."""

from __future__ import annotations

from dataclasses import replace

from rehab_desktop.core.exercises import Exercise, Side, WorkKind
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.phases import PhaseKind, TimerOptions, expand
from rehab_desktop.core.records import LegSide


def pacing_text(exercise: Exercise, options: TimerOptions) -> str:
    """'Paced at 2 s* out and 2 s* back; 30 s* rest between sets.' with the app's own figures starred,
    plus which side an affected-side exercise works and the exercise's slowest tempo."""
    paced = exercise.dose.movements[0].kind is WorkKind.REPS
    plan = expand(exercise, None, options)
    parts = []
    if paced and options.manual_reps:
        parts.append(translate("core.pacing", "You count the reps yourself (Enter after each)"))
    elif paced:
        s = formats().decimal(plan.options.move_s, places=2)  # as run: never faster than the exercise allows
        parts.append(translate("core.pacing", "Paced at {seconds} s* out and {seconds} s* back",
                               "the star marks the app's own figure").format(seconds=s))
    # Where a switch of side or movement comes between every two sets there is no rest to speak of.
    rested = any(p.kind is PhaseKind.REST for p in expand(exercise, None, replace(options, rest_s=1)).phases)
    if rested:
        parts.append(translate("core.pacing", "{seconds} s* rest between sets").format(
            seconds=formats().decimal(options.rest_s, places=2)) if options.rest_s > 0
            else translate("core.pacing", "no rest between sets"))
    text = "; ".join(parts)
    text = (text[0].upper() + text[1:] + ".") if text else ""
    affected = options.affected_side
    if exercise.dose.side is Side.AFFECTED and affected is not None:  # what "affected side" means for this person
        if affected is LegSide.BOTH:
            sentence = translate("core.pacing", "Both ankles: each side in turn, from the right.") \
                if plan.sets[0].side is LegSide.RIGHT else \
                translate("core.pacing", "Both ankles: each side in turn, from the left.")
        else:
            sentence = translate("core.pacing", "On the right side only.") if affected is LegSide.RIGHT else \
                translate("core.pacing", "On the left side only.")
        text += " " + sentence
    slowest = exercise.dose.min_tempo_s
    if paced and not options.manual_reps and slowest > 1:
        text += " " + translate("core.pacing", "Never faster than {seconds} s each way: the article asks for slow, "
                                "controlled movement.").format(seconds=slowest)
    return text.strip()
