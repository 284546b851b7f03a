"""Starter programs: the article's staging, emphasis options, doses within ranges, marked as suggestions."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from rehab_desktop.core.plan import dose_amounts
from rehab_desktop.core.programs import POINTED_FOOT, PROGRAMS, SUGGESTION_NOTE, program, program_ids


def groups_in(plan, library) -> set[str]:
    return {library[i].group.id for i in plan.exercise_ids()}


def test_four_programs_follow_the_articles_stages(library):
    assert program_ids() == ["early", "strength", "balance", "return-to-activity"]
    stages = {p.id: groups_in(p.build(library), library) for p in PROGRAMS}
    assert stages["early"] == {"flexibility", "strength"}
    assert stages["strength"] == {"flexibility", "strength"}
    assert stages["balance"] == {"flexibility", "strength", "balance"}
    # Functional training only in the last stage, which uses all twelve exercises.
    assert stages["return-to-activity"] == {"flexibility", "strength", "balance", "functional"}
    assert len(program("return-to-activity").build(library).exercise_ids()) == 12
    assert program("nope") is None


@pytest.mark.parametrize("emphasis", ["", "anterior", "posterior"])
@pytest.mark.parametrize("prog", PROGRAMS, ids=lambda p: p.id)
def test_every_program_is_valid_with_a_rest_day_and_daily_stretching(library, prog, emphasis):
    plan = prog.build(library, emphasis, starts_on=date(2026, 5, 11))
    assert plan.validate(library) == []
    assert plan.program == prog.id and plan.emphasis == emphasis and plan.starts_on == date(2026, 5, 11)
    assert "the app's suggestion" in plan.name
    for day in range(7):
        day_groups = {library[p.exercise_id].group.id for p in plan.entries(day)}
        assert "flexibility" in day_groups  # the article: stretches are part of every day
    sunday = plan.entries(6)
    assert {library[p.exercise_id].group.id for p in sunday} == {"flexibility"} and len(sunday) == 2
    # Strength work never on two days running (the app's suggestion of a day between).
    strength_days = [d for d in range(7) if any(library[p.exercise_id].group.id == "strength"
                                                for p in plan.entries(d))]
    assert all(b - a >= 2 for a, b in pairwise(strength_days))
    text = prog.describe(emphasis)
    assert SUGGESTION_NOTE in text and "not medical advice" in text
    assert prog.summary and "\n" not in prog.summary


def test_levels_pick_the_low_or_high_end(library):
    early = program("early").build(library)
    strong = program("strength").build(library)
    pf_early = next(p for p in early.entries(0) if p.exercise_id == "ankle-plantarflexion")
    pf_strong = next(p for p in strong.entries(0) if p.exercise_id == "ankle-plantarflexion")
    assert (pf_early.sets, pf_early.reps, pf_early.hold_s) == (2, 10, 1)
    assert (pf_strong.sets, pf_strong.reps, pf_strong.hold_s) == (3, 15, 1)
    calf = next(p for p in strong.entries(0) if p.exercise_id == "standing-calf-stretch")
    assert calf.hold_s == 30  # an open-ended "30+" hold is not pushed up by a program


def test_anterior_emphasis_puts_dorsiflexion_first_at_the_programs_own_dose(library):
    """The early stage starts dorsiflexion at the low end (2 x 10), like every other exercise."""
    sets, reps, _ = dose_amounts(library["ankle-dorsiflexion"])
    for prog_id, want in (("early", (sets.low, reps.low)), ("strength", (sets.high, reps.high))):
        plan = program(prog_id).build(library, "anterior")
        for day in (0, 2, 4):
            strength = [p for p in plan.entries(day) if library[p.exercise_id].group.id == "strength"]
            assert strength[0].exercise_id == "ankle-dorsiflexion"
            assert (strength[0].sets, strength[0].reps) == want
    assert want == (3, 15)
    early = program("early").build(library, "anterior").entries(0)
    assert next((p.sets, p.reps) for p in early if p.exercise_id == "ankle-dorsiflexion") == (2, 10)
    text = program("early").describe("anterior")
    assert "anterior" in text and "the app's choice" in text and "raise it" in text


def test_posterior_emphasis_leads_with_seated_rom_and_keeps_pointed_foot_work_with_a_caution(library):
    for prog in PROGRAMS:
        plain, plan = prog.build(library), prog.build(library, "posterior")
        # The article keeps plantarflexion and toe raises for everyone: so does the emphasis.
        assert sorted(plan.exercise_ids()) == sorted(plain.exercise_ids())
        for day in range(7):
            assert plan.entries(day)[0].exercise_id == "seated-ankle-rom"
    assert "ankle-plantarflexion" in program("early").build(library, "posterior").exercise_ids()
    assert "foam-pad-toe-raises" in program("balance").build(library, "posterior").exercise_ids()
    text = program("balance").describe("posterior")
    assert "pinches at the back of the ankle" in text and "the app's choice" in text
    # The caution is in the exercises themselves too, first, so the printed sheet carries it.
    for ex_id in POINTED_FOOT:
        assert "pinches at the back of the ankle" in library[ex_id].cautions[0]
    with pytest.raises(ValueError):
        program("early").build(library, "lateral")


def test_the_staging_and_the_schedule_are_marked_as_the_apps(library):
    assert "app's suggestion" in SUGGESTION_NOTE and "balance" in SUGGESTION_NOTE
    assert "app's suggestion" in library.guidance.staging and "balance" in library.guidance.staging
    assert "app's staging" in library.groups[2].description
    assert "the app's" in program("balance").summary


# Every starter program's dose for every exercise: the low end of each range for the early and
# balance stages, the top of sets and reps for the strength stage; holds stay at the low end.
LOW = {"standing-calf-stretch": (2, None, 30), "seated-ankle-rom": (2, 10, 10),
       "posterior-ankle-mobility": (2, 10, 3), "ankle-inversion-eversion": (2, 10, 1),
       "ankle-plantarflexion": (2, 10, 1), "ankle-dorsiflexion": (2, 10, 1),
       "single-leg-balance": (2, None, 30), "balance-pad-step-ups": (2, 10, 1),
       "foam-pad-toe-raises": (2, 10, None), "single-leg-deadlift": (2, 10, None),
       "one-sided-lunge": (2, 10, None), "sumo-squat": (2, 10, None)}
HIGH = {**LOW, "standing-calf-stretch": (3, None, 30), "seated-ankle-rom": (3, 10, 10),
        "posterior-ankle-mobility": (3, 10, 3), "ankle-inversion-eversion": (3, 10, 1),
        "ankle-plantarflexion": (3, 15, 1), "ankle-dorsiflexion": (3, 15, 1)}


@pytest.mark.parametrize("emphasis", ["", "anterior", "posterior"])
@pytest.mark.parametrize("prog_id, doses", [("early", LOW), ("strength", HIGH), ("balance", LOW),
                                             ("return-to-activity", LOW)])
def test_starter_program_doses(library, prog_id, doses, emphasis):
    plan = program(prog_id).build(library, emphasis)
    seen = set()
    for day in range(7):
        for p in plan.entries(day):
            assert (p.sets, p.reps, p.hold_s) == doses[p.exercise_id], (prog_id, day, p.exercise_id)
            seen.add(p.exercise_id)
    assert seen <= set(doses)
