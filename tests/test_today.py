"""Today's progress on a planned exercise: done only when every planned set is done on every side it needs."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rehab_desktop.core.phases import PhaseKind, StartAt, TimerOptions, expand
from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.core.today import exercise_progress, sets_done

T = datetime(2026, 5, 13, 8, tzinfo=UTC)
L, R, B = LegSide.LEFT, LegSide.RIGHT, LegSide.BOTH


def records(ex_id, *sets, status=SetStatus.COMPLETED):
    return [SetRecord(ex_id, movement, side, n, None, None, None, None, T, T, status) for movement, side, n in sets]


def progress(library, ex_id, sets, done, options=None):
    ex = library[ex_id]
    m = ex.dose.movements[0]
    dose = Prescription(ex_id, sets, m.reps.default if m.reps else None, m.hold.default if m.hold else None)
    return exercise_progress(ex, dose, sets_done(done), options)


def test_each_leg_needs_both_legs(library):
    ex = "standing-calf-stretch"
    p = progress(library, ex, 2, [])
    assert (p.complete, p.started, p.text(), p.start_at()) == (False, False, "not done yet", None)
    p = progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 2)))
    assert not p.complete and p.text() == "left leg done, right leg to do"
    assert p.start_at() == StartAt("main", R, 1) and p.sets_completed == 2
    p = progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 2), ("main", R, 1)))
    assert p.text() == "left leg done, right leg 1 of 2 sets done" and p.start_at() == StartAt("main", R, 2)
    p = progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 2), ("main", R, 1), ("main", R, 2)))
    assert p.complete and p.text() == "done today" and p.start_at() is None


def test_the_right_leg_first_when_the_settings_say_so(library):
    ex = "standing-calf-stretch"
    p = progress(library, ex, 2, records(ex, ("main", R, 1), ("main", R, 2)), TimerOptions(first_side=R))
    assert p.text() == "right leg done, left leg to do" and p.start_at() == StartAt("main", L, 1)


def test_skipped_sets_are_not_done_and_extra_sets_do_not_cover_the_other_leg(library):
    ex = "standing-calf-stretch"
    p = progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 2), ("main", R, 1), status=SetStatus.SKIPPED))
    assert not p.started and p.text() == "not done yet"
    p = progress(library, ex, 2, records(ex, *[("main", L, n) for n in (1, 2, 3, 1, 2)]))
    assert not p.complete and p.done == {("main", "left"): 2, ("main", "right"): 0}


def test_sets_are_counted_not_matched_by_number(library):
    # Set 2 skipped then done again as "set 3" of a later run: two left sets are two left sets.
    ex = "single-leg-balance"
    p = progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 3)))
    assert p.text() == "left leg done, right leg to do"


def test_both_feet_and_alternating_count_sets(library):
    ex = "foam-pad-toe-raises"
    p = progress(library, ex, 3, records(ex, ("main", B, 1)))
    assert p.text() == "1 of 3 sets done" and p.start_at() == StartAt("main", B, 2)
    ex = "balance-pad-step-ups"
    assert progress(library, ex, 2, records(ex, ("main", B, 1), ("main", B, 2))).complete


def test_the_affected_leg_is_the_only_one_needed(library):
    ex = "seated-ankle-rom"
    right = TimerOptions(affected_side=R)
    assert progress(library, ex, 2, records(ex, ("main", R, 1), ("main", R, 2)), right).complete
    assert not progress(library, ex, 2, records(ex, ("main", L, 1), ("main", L, 2)), right).started


def test_two_movements(library):
    ex = "ankle-inversion-eversion"
    p = progress(library, ex, 2, records(ex, ("inversion", L, 1), ("inversion", L, 2)))
    assert p.text() == "inversion done, eversion to do" and p.start_at() == StartAt("eversion", L, 1)
    p = progress(library, ex, 2, records(ex, ("inversion", L, 1)))
    assert p.text() == "inversion 1 of 2 sets done, eversion to do"


@pytest.mark.parametrize("ex_id, start, first_set", [
    ("standing-calf-stretch", StartAt("main", R, 1), ("Right leg", 1)),
    ("standing-calf-stretch", StartAt("main", R, 2), ("Right leg", 2)),
    ("one-sided-lunge", StartAt("main", R, 2), ("Right leg", 2)),
    ("ankle-inversion-eversion", StartAt("eversion", L, 1), ("Left leg", 1)),
])
def test_a_plan_can_start_at_what_is_left(library, ex_id, start, first_set):
    ex = library[ex_id]
    full = expand(ex, Prescription(ex_id, 2, 10, None))
    rest = expand(ex, Prescription(ex_id, 2, 10, None), start=start)
    assert rest.phases[0].kind is PhaseKind.LEAD_IN  # a get-ready, not a rest or a switch, comes first
    first = rest.sets[0]
    assert (first.movement.key, first.side, first.number) == (start.movement, start.side, start.number)
    assert (first.side.label, first.number) == first_set
    assert rest.phases[0].label.startswith("Get ready") and f"Set {first.number} of 2" in rest.phases[0].label
    assert rest.sets == full.sets[full.sets.index(first):]  # everything after it, nothing before


def test_an_unknown_start_runs_the_whole_plan(library):
    ex = library["standing-calf-stretch"]
    assert expand(ex, start=StartAt("main", B, 1)).sets == expand(ex).sets


def test_the_highlighted_step_follows_each_paced_rep_phase(library):
    ex = library["ankle-plantarflexion"]  # 2: push the foot away; 3: stay at the end; 4: come back slowly
    steps = {p.kind: p.step for p in expand(ex).phases if p.kind.is_work}
    assert steps == {PhaseKind.MOVE: 2, PhaseKind.REP_HOLD: 3, PhaseKind.RETURN: 4}
    for ex in library.exercises:  # every return step says how to come back
        for p in expand(ex).phases:
            if p.kind is PhaseKind.RETURN:
                text = ex.steps[p.step - 1].lower()
                assert any(w in text for w in ("back", "lower", "return", "ease out", "step down")), (ex.id, text)
