"""The Qt-free weekly plan: editing, doses within ranges, validation, today's entries and planned days."""

from __future__ import annotations

from datetime import date

import pytest

from rehab_desktop.core.plan import (
    WEEKDAYS,
    PlanError,
    WeekPlan,
    clamp_dose,
    default_dose,
    dose_text,
    easier_dose,
    short_dose,
    week_dates,
    week_start,
)
from rehab_desktop.core.records import Prescription


def ids(plan: WeekPlan, day: int) -> list[str]:
    return [p.exercise_id for p in plan.entries(day)]


@pytest.fixture
def plan(library) -> WeekPlan:
    p = WeekPlan()
    for ex_id in ("standing-calf-stretch", "seated-ankle-rom", "ankle-dorsiflexion", "sumo-squat"):
        p.add(0, default_dose(library[ex_id]))
    return p


def test_a_new_plan_is_an_empty_week():
    p = WeekPlan()
    assert p.is_empty and p.entry_count() == 0 and len(p.days) == 7
    assert WEEKDAYS[0] == "Monday" and WEEKDAYS[6] == "Sunday"
    with pytest.raises(PlanError):
        WeekPlan(days=[[]] * 6)
    with pytest.raises(PlanError):
        WeekPlan(emphasis="lateral")


def test_add_remove_and_order(plan, library):
    assert ids(plan, 0) == ["standing-calf-stretch", "seated-ankle-rom", "ankle-dorsiflexion", "sumo-squat"]
    assert plan.add(0, default_dose(library["single-leg-balance"]), index=1) == 1
    assert ids(plan, 0)[1] == "single-leg-balance"
    removed = plan.remove(0, 1)
    assert removed.exercise_id == "single-leg-balance"
    with pytest.raises(PlanError, match="already planned on Monday"):
        plan.add(0, default_dose(library["sumo-squat"]))
    plan.add(1, default_dose(library["sumo-squat"]))  # another day is fine
    with pytest.raises(PlanError):
        plan.remove(0, 9)
    with pytest.raises(PlanError):
        plan.entries(7)


def test_move_up_down_and_to_a_position(plan):
    assert plan.move_up(0, 2) == 1
    assert ids(plan, 0) == ["standing-calf-stretch", "ankle-dorsiflexion", "seated-ankle-rom", "sumo-squat"]
    assert plan.move_down(0, 1) == 2
    assert ids(plan, 0) == ["standing-calf-stretch", "seated-ankle-rom", "ankle-dorsiflexion", "sumo-squat"]
    assert plan.move_up(0, 0) == 0  # already first: stays
    assert plan.move_down(0, 3) == 3
    assert plan.move(0, 0, 99) == 3
    assert ids(plan, 0)[-1] == "standing-calf-stretch"


def test_copy_a_day_to_other_days_replaces_them(plan, library):
    plan.add(3, default_dose(library["single-leg-balance"]))
    changed = plan.copy_day(0, [2, 3, 0, 6])
    assert changed == [2, 3, 6]  # the source day itself is left alone
    for day in (2, 3, 6):
        assert plan.entries(day) == plan.entries(0)
    assert plan.entries(1) == []
    plan.remove(2, 0)  # the copies are independent lists
    assert len(plan.entries(0)) == 4


def test_doses_are_clamped_into_each_exercises_ranges(library):
    squat = library["sumo-squat"]  # 10-15 reps, 2-3 sets
    assert clamp_dose(squat, Prescription("sumo-squat", 9, 40, 5)) == Prescription("sumo-squat", 3, 15, None)
    assert clamp_dose(squat, Prescription("sumo-squat", 0, 1)) == Prescription("sumo-squat", 2, 10, None)
    calf = library["standing-calf-stretch"]  # hold 30+ s: open-ended, up to double
    assert clamp_dose(calf, Prescription(calf.id, 2, 12, 300)) == Prescription(calf.id, 2, None, 60)
    rom = library["seated-ankle-rom"]  # up to 10 times, hold 10-20 s
    assert default_dose(rom) == Prescription(rom.id, 2, 10, 10)
    assert clamp_dose(rom, Prescription(rom.id, 2, 0, 25)) == Prescription(rom.id, 2, 1, 20)
    lift = library["single-leg-deadlift"]
    assert clamp_dose(lift, Prescription(lift.id, 2, 10, None, "  ", -3)).weight_kg == 0.0


def test_set_dose_keeps_the_exercise(plan, library):
    new = clamp_dose(library["sumo-squat"], Prescription("sumo-squat", 3, 15))
    plan.set_dose(0, 3, new)
    assert plan.entries(0)[3] == new
    with pytest.raises(PlanError):
        plan.set_dose(0, 3, Prescription("single-leg-balance", 2, None, 30))


def test_validation_names_unknown_exercises_and_out_of_range_doses(plan, library):
    assert plan.validate(library) == []
    plan.add(2, Prescription("calf-raise", 2, 10))
    plan.add(2, Prescription("sumo-squat", 5, 10))
    problems = plan.validate(library)
    assert [p.message for p in problems] == [
        "Wednesday, exercise 1: 'calf-raise' is not in the exercise library",
        "Wednesday, exercise 2 (Sumo squat): 5 sets is outside 2\u20133",
    ]
    assert plan.runnable(library, 2) == [Prescription("sumo-squat", 3, 10, None)]
    fixed = plan.with_doses(library)
    assert fixed.entries(2)[1].sets == 3 and fixed.entries(2)[0].exercise_id == "calf-raise"


def test_todays_entries_and_planned_days(plan):
    plan.copy_day(0, [3])
    plan.starts_on = date(2026, 5, 12)  # a Tuesday
    assert plan.for_date(date(2026, 5, 11)) == []  # a Monday before the start
    assert len(plan.for_date(date(2026, 5, 14))) == 4  # Thursday
    assert plan.for_date(date(2026, 5, 16)) == []  # Saturday: nothing planned
    assert plan.planned_days(date(2026, 5, 1), date(2026, 5, 31)) == {
        date(2026, 5, 14), date(2026, 5, 18), date(2026, 5, 21), date(2026, 5, 25), date(2026, 5, 28)}
    assert WeekPlan().planned_days(date(2026, 1, 1), date(2026, 12, 31)) == set()
    # Across a year end, and over a period wholly before the start.
    plan.starts_on = None
    assert plan.planned_days(date(2026, 12, 28), date(2027, 1, 4)) == {
        date(2026, 12, 28), date(2026, 12, 31), date(2027, 1, 4)}


def test_a_plan_starts_when_it_first_has_an_exercise(plan):
    empty = WeekPlan()
    empty.start_if_new(date(2026, 5, 12))
    assert empty.starts_on is None  # nothing planned yet: no start
    plan.start_if_new(date(2026, 5, 12))
    assert plan.starts_on == date(2026, 5, 12)
    plan.start_if_new(date(2026, 6, 1))  # later saves keep the first day
    assert plan.starts_on == date(2026, 5, 12)


def test_easier_dose_goes_to_the_low_end_then_halves(library):
    balance = library["single-leg-balance"]  # holds of 30-60 s, 2-3 sets
    assert easier_dose(balance, Prescription(balance.id, 3, None, 45)) == Prescription(balance.id, 2, None, 30)
    assert easier_dose(balance, Prescription(balance.id, 2, None, 30)) == Prescription(balance.id, 2, None, 15)
    squat = library["sumo-squat"]
    reps = squat.dose.movements[0].reps
    lighter = easier_dose(squat, Prescription(squat.id, 3, reps.low + 2, None, "band", 5.0))
    assert (lighter.sets, lighter.reps, lighter.resistance, lighter.weight_kg) == (2, reps.low, "band", 5.0)
    assert easier_dose(squat, lighter).reps == max(1, reps.low // 2)


def test_week_helpers():
    assert week_start(date(2026, 5, 17)) == date(2026, 5, 11)  # Sunday -> its Monday
    assert week_start(date(2026, 5, 11)) == date(2026, 5, 11)
    assert week_dates(date(2026, 12, 28))[-1] == date(2027, 1, 3)


def test_dose_text_for_every_shape(library):
    def text(ex_id, **kw):
        ex = library[ex_id]
        return dose_text(ex, clamp_dose(ex, Prescription(ex_id, kw.pop("sets", 2), **kw)))

    assert text("standing-calf-stretch", hold_s=45) == "2 sets \u00d7 45 s hold, each leg"
    assert text("seated-ankle-rom", reps=8, hold_s=15) == "2 sets \u00d7 hold 15 s, 8 times, affected side"
    assert text("ankle-inversion-eversion", sets=3, reps=10, hold_s=1, resistance="red band") == \
        "3 sets \u00d7 10 reps each way, hold 1 s, affected side, red band"
    assert text("sumo-squat", reps=12) == "2 sets in all \u00d7 12 reps, the pad under the other foot each set"
    assert text("single-leg-deadlift", reps=10, weight_kg=2.5) == "2 sets \u00d7 10 reps, each leg, 2.5 kg"
    assert short_dose(Prescription("x", 3, 12)) == "3\u00d712"
    assert short_dose(Prescription("x", 2, None, 30)) == "2\u00d730 s"


def test_dose_text_marks_the_apps_suggestions(library):
    mob = library["posterior-ankle-mobility"]  # the article gives no dose: every figure is suggested
    assert dose_text(mob, default_dose(mob), mark=True) == "2* sets \u00d7 10* reps, hold 3* s, affected side"
    inv = library["ankle-inversion-eversion"]  # only the pause is suggested
    assert dose_text(inv, default_dose(inv), mark=True) == "2 sets \u00d7 10 reps each way, hold 1* s, affected side"
    assert "*" not in dose_text(mob, default_dose(mob))
