"""Starter programs: the article's staging, emphasis options, doses within ranges, marked as suggestions."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from rehab_desktop.core.plan import dose_amounts
from rehab_desktop.core.programs import PROGRAMS, SUGGESTION_NOTE, program, program_ids


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


def test_anterior_emphasis_puts_dorsiflexion_first_at_the_top_of_its_range(library):
    plan = program("early").build(library, "anterior")
    sets, reps, _ = dose_amounts(library["ankle-dorsiflexion"])
    for day in (0, 2, 4):
        strength = [p for p in plan.entries(day) if library[p.exercise_id].group.id == "strength"]
        assert strength[0].exercise_id == "ankle-dorsiflexion"
        assert (strength[0].sets, strength[0].reps) == (sets.high, reps.high)
    assert "anterior" in program("early").describe("anterior")


def test_posterior_emphasis_leads_with_seated_rom_and_drops_pointed_foot_work(library):
    for prog in PROGRAMS:
        plan = prog.build(library, "posterior")
        assert "ankle-plantarflexion" not in plan.exercise_ids()
        assert "foam-pad-toe-raises" not in plan.exercise_ids()
        for day in range(7):
            assert plan.entries(day)[0].exercise_id == "seated-ankle-rom"
    with pytest.raises(ValueError):
        program("early").build(library, "lateral")
