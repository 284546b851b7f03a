"""Dose expansion: every exercise's phases, counts and planned time, worked out by hand."""

from __future__ import annotations

import pytest

from rehab_desktop.core.cues import cue_for_event
from rehab_desktop.core.library import load_library
from rehab_desktop.core.phases import PhaseKind, StartAt, TimerOptions, default_prescription, expand
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.timer_events import PhaseStarted

K = PhaseKind
L, R, BOTH = LegSide.LEFT, LegSide.RIGHT, LegSide.BOTH


@pytest.fixture(scope="module")
def lib():
    return load_library()


# Defaults: lead-in 5, rest 30, move 2, return 2, switch 10, movement change 10.
# Each row: (sets, reps, hold) -> (total s, phases incl. done, work phases, sets recorded, reps).
# A paced rep is 2 + hold + 2 s and 3 phases (2 without a hold).
EXPECTED = {
    # each leg, hold: 5 + 2 x (30 + 30 + 30) + 10
    ("standing-calf-stretch", "low"): ((2, None, 30), (195, 9, 4, 4, 0)),
    # 5 + 2 x (60 + 30 + 60 + 30 + 60) + 10
    ("standing-calf-stretch", "high"): ((3, None, 60), (495, 13, 6, 6, 0)),
    # affected side, "up to 10" reps of 2 + 10 + 2: 5 + 14 + 30 + 14
    ("seated-ankle-rom", "low"): ((2, 1, 10), (63, 9, 6, 2, 2)),
    # 10 reps of 14 s: 5 + 140 + 30 + 140
    ("seated-ankle-rom", "default"): ((2, 10, 10), (315, 63, 60, 2, 20)),
    # 10 reps of 24 s = 240 per set: 5 + 3 x 240 + 2 x 30
    ("seated-ankle-rom", "high"): ((3, 10, 20), (785, 94, 90, 3, 30)),
    # 10 reps of 7 s = 70: 5 + 70 + 30 + 70
    ("posterior-ankle-mobility", "low"): ((2, 10, 3), (175, 63, 60, 2, 20)),
    ("posterior-ankle-mobility", "high"): ((3, 10, 3), (275, 94, 90, 3, 30)),
    # two movements, sets of 10 x 5 s = 50: 5 + (50 + 30 + 50) + 10 + (50 + 30 + 50)
    ("ankle-inversion-eversion", "low"): ((2, 10, 1), (275, 125, 120, 4, 40)),
    # 5 + 2 x (3 x 50 + 2 x 30) + 10
    ("ankle-inversion-eversion", "high"): ((3, 10, 1), (435, 187, 180, 6, 60)),
    # each leg, 10 x 5 s = 50: 5 + 2 x (50 + 30 + 50) + 10
    ("ankle-plantarflexion", "low"): ((2, 10, 1), (275, 125, 120, 4, 40)),
    # 15 x 6 s = 90 (45 phases): 5 + 2 x (3 x 90 + 2 x 30) + 10
    ("ankle-plantarflexion", "high"): ((3, 15, 2), (675, 277, 270, 6, 90)),
    ("ankle-dorsiflexion", "low"): ((2, 10, 1), (275, 125, 120, 4, 40)),
    ("ankle-dorsiflexion", "high"): ((3, 15, 2), (675, 277, 270, 6, 90)),
    ("single-leg-balance", "low"): ((2, None, 30), (195, 9, 4, 4, 0)),
    ("single-leg-balance", "high"): ((3, None, 60), (495, 13, 6, 6, 0)),
    # alternating: 20 step-ups of 5 s = 100 per set: 5 + 100 + 30 + 100
    ("balance-pad-step-ups", "low"): ((2, 10, 1), (235, 123, 120, 2, 40)),
    ("balance-pad-step-ups", "high"): ((3, 10, 1), (365, 184, 180, 3, 60)),
    # both feet, no hold: 10 x 4 s = 40: 5 + 40 + 30 + 40
    ("foam-pad-toe-raises", "low"): ((2, 10, None), (115, 43, 40, 2, 20)),
    # 15 x 4 = 60 (30 phases): 5 + 3 x 60 + 2 x 30
    ("foam-pad-toe-raises", "high"): ((3, 15, None), (245, 94, 90, 3, 45)),
    # each leg, 10 x 4 = 40: 5 + 2 x (40 + 30 + 40) + 10
    ("single-leg-deadlift", "low"): ((2, 10, None), (235, 85, 80, 4, 40)),
    # 15 x 4 = 60: 5 + 2 x (3 x 60 + 2 x 30) + 10
    ("single-leg-deadlift", "high"): ((3, 15, None), (495, 187, 180, 6, 90)),
    # each leg per set: a set is 40 + 10 (switch) + 40 = 90: 5 + 90 + 30 + 90
    ("one-sided-lunge", "low"): ((2, 10, None), (215, 85, 80, 4, 40)),
    ("one-sided-lunge", "high"): ((3, 10, None), (335, 127, 120, 6, 60)),
    # sets in all, the other foot each set: 5 + 40 + 10 (switch) + 40
    ("sumo-squat", "low"): ((2, 10, None), (95, 43, 40, 2, 20)),
    # 5 + 3 x 60 + 2 x 10
    ("sumo-squat", "high"): ((3, 15, None), (205, 94, 90, 3, 45)),
}


def test_table_covers_all_twelve_exercises_at_both_ends(lib):
    ids = {ex_id for ex_id, _ in EXPECTED}
    assert ids == set(lib.ids) and len(ids) == 12
    assert all((ex_id, end) in EXPECTED for ex_id in ids for end in ("low", "high"))


@pytest.mark.parametrize("key", sorted(EXPECTED), ids=lambda k: f"{k[0]}-{k[1]}")
def test_expansion_counts_and_total_time(lib, key):
    (sets, reps, hold), (total, phases, work, records, rep_count) = EXPECTED[key]
    ex = lib[key[0]]
    plan = expand(ex, Prescription(ex.id, sets, reps, hold))
    t = plan.totals()
    assert (t.duration_s, t.phases, t.work_phases, t.sets, t.reps) == (total, phases, work, records, rep_count)
    assert t.open_ended_phases == 0
    assert plan.phases[0].kind is K.LEAD_IN and plan.phases[-1].kind is K.DONE


@pytest.mark.parametrize("end", ["low", "high"])
def test_chosen_ends_are_the_amounts_ends(lib, end):
    # The table's prescriptions really are each Amount's low end / largest choice.
    for ex in lib.exercises:
        sets, reps, hold = EXPECTED[(ex.id, end)][0]
        pick = (lambda a: a.low) if end == "low" else (lambda a: a.max_choice)
        m = ex.dose.movements[0]
        assert sets == pick(ex.dose.sets)
        assert reps == (pick(m.reps) if m.reps else None)
        assert hold == (pick(m.hold) if m.hold else None)


def test_default_prescription_is_low_end_except_up_to(lib):
    for ex in lib.exercises:
        p = default_prescription(ex)
        key = (ex.id, "default") if (ex.id, "default") in EXPECTED else (ex.id, "low")
        assert (p.sets, p.reps, p.hold_s) == EXPECTED[key][0], ex.id
    assert default_prescription(lib["seated-ankle-rom"]).reps == 10  # "up to 10"
    assert expand(lib["seated-ankle-rom"]).totals().duration_s == 315


def test_out_of_range_choices_are_clamped(lib):
    ex = lib["single-leg-balance"]
    plan = expand(ex, Prescription(ex.id, sets=9, hold_s=500))
    assert (plan.prescription.sets, plan.prescription.hold_s) == (3, 60)
    plan = expand(ex, Prescription(ex.id, sets=1, hold_s=5))
    assert (plan.prescription.sets, plan.prescription.hold_s) == (2, 30)


def test_wrong_exercise_and_bad_options_are_refused(lib):
    with pytest.raises(ValueError):
        expand(lib["sumo-squat"], Prescription("single-leg-balance", 2))
    for bad in (dict(move_s=0), dict(rest_s=-1), dict(first_side=BOTH), dict(affected_side="up")):
        with pytest.raises(ValueError):
            TimerOptions(**bad)


def work_sides(plan):
    return [(s.side, s.number) for s in plan.sets]


def kinds_by_block(plan):
    out = []
    for p in plan.phases:
        k = "W" if p.kind.is_work else p.kind.value
        if not out or out[-1][0] != p.block:
            out.append((p.block, k))
    return [k for _, k in out]


def test_each_side_does_all_sets_on_one_leg_then_the_other(lib):
    ex = lib["standing-calf-stretch"]
    plan = expand(ex, Prescription(ex.id, 3, hold_s=30))
    assert work_sides(plan) == [(L, 1), (L, 2), (L, 3), (R, 1), (R, 2), (R, 3)]
    assert kinds_by_block(plan) == ["lead-in", "W", "rest", "W", "rest", "W", "switch-side",
                                    "W", "rest", "W", "rest", "W", "done"]
    plan = expand(ex, Prescription(ex.id, 2, hold_s=30), TimerOptions(first_side=R))
    assert work_sides(plan) == [(R, 1), (R, 2), (L, 1), (L, 2)]


def test_each_per_set_switches_legs_within_every_set(lib):
    plan = expand(lib["one-sided-lunge"], Prescription("one-sided-lunge", 3, 10))
    assert work_sides(plan) == [(L, 1), (R, 1), (L, 2), (R, 2), (L, 3), (R, 3)]
    assert kinds_by_block(plan) == ["lead-in", "W", "switch-side", "W", "rest", "W", "switch-side",
                                    "W", "rest", "W", "switch-side", "W", "done"]


def test_alternating_switches_the_lead_foot_every_rep(lib):
    plan = expand(lib["balance-pad-step-ups"])
    first_set = [p for p in plan.phases if p.block == 1]
    assert [p.kind for p in first_set[:3]] == [K.MOVE, K.REP_HOLD, K.RETURN]
    leads = [p.lead for p in first_set if p.kind is K.MOVE]
    assert leads == [L, R] * 10 and len(leads) == 20  # 10 leading with each foot
    assert {p.side for p in plan.phases if p.set} == {BOTH}
    assert work_sides(plan) == [(BOTH, 1), (BOTH, 2)]
    assert first_set[0].label == "Move · Left foot leads · Set 1 of 2"
    assert (first_set[0].rep, first_set[0].rep_total, first_set[-1].rep) == (1, 20, 20)
    plan = expand(lib["balance-pad-step-ups"], options=TimerOptions(first_side=R))
    assert [p.lead for p in plan.phases if p.kind is K.MOVE][:3] == [R, L, R]


def test_both_and_affected_sides(lib):
    plan = expand(lib["foam-pad-toe-raises"])
    assert {p.side for p in plan.phases if p.set} == {BOTH}
    assert plan.phases[1].label == "Move · Both legs · Set 1 of 2"
    plan = expand(lib["posterior-ankle-mobility"], options=TimerOptions(affected_side=R))
    assert work_sides(plan) == [(R, 1), (R, 2)]
    assert not any(p.kind is K.SWITCH_SIDE for p in plan.phases)
    plan = expand(lib["posterior-ankle-mobility"], options=TimerOptions(first_side=R))
    assert work_sides(plan) == [(R, 1), (R, 2)]  # no affected side given: the first side


def test_seated_rom_is_in_hold_out_per_rep_not_one_long_hold(lib):
    ex = lib["seated-ankle-rom"]
    plan = expand(ex, Prescription(ex.id, 3, 6, 15))
    assert not any(p.kind is K.HOLD for p in plan.phases)
    for number in (1, 2, 3):
        block = [p for p in plan.phases if p.kind.is_work and p.set.number == number]
        assert [(p.kind, p.duration_s) for p in block] == [(K.MOVE, 2), (K.REP_HOLD, 15), (K.RETURN, 2)] * 6
        assert [p.rep for p in block] == [r for r in range(1, 7) for _ in range(3)]
        assert [p.step for p in block] == [3, 4, 5] * 6  # guide the toes up, deepen and hold, ease out
    assert plan.phases[0].step == 1
    assert plan.totals().duration_s == 5 + 3 * 6 * 19 + 2 * 30


def test_inversion_then_eversion_with_a_change_cue(lib):
    ex = lib["ankle-inversion-eversion"]
    plan = expand(ex, Prescription(ex.id, 3, 10, 1))
    assert [(s.movement.key, s.number) for s in plan.sets] == [
        ("inversion", 1), ("inversion", 2), ("inversion", 3), ("eversion", 1), ("eversion", 2), ("eversion", 3)]
    assert kinds_by_block(plan) == ["lead-in", "W", "rest", "W", "rest", "W", "switch-movement",
                                    "W", "rest", "W", "rest", "W", "done"]
    change = next(p for p in plan.phases if p.kind is K.SWITCH_MOVEMENT)
    assert (change.label, change.duration_s, change.step) == ("Change to eversion", 10, 4)
    assert change.next_text == "Next: Eversion, left leg, set 1 of 3"
    inv = [p for p in plan.phases if p.kind.is_work and p.movement_key == "inversion"]
    ev = [p for p in plan.phases if p.kind.is_work and p.movement_key == "eversion"]
    assert {p.step for p in inv} == {3} and {p.step for p in ev} == {5}
    assert [(p.kind, p.duration_s) for p in inv[:3]] == [(K.MOVE, 2), (K.REP_HOLD, 1), (K.RETURN, 2)]
    assert len(inv) == len(ev) == 3 * 10 * 3
    assert inv[0].label == "Move · Inversion · Left leg · Set 1 of 3"
    assert plan.phases[0].label == "Get ready · Inversion · Left leg · Set 1 of 3"


def test_labels_next_texts_and_steps(lib):
    ex = lib["standing-calf-stretch"]
    plan = expand(ex, Prescription(ex.id, 3, hold_s=45))
    got = [(p.label, p.next_text, p.step, p.duration_s) for p in plan.phases]
    assert got == [
        ("Get ready · Left leg · Set 1 of 3", "Next: Left leg, set 1 of 3", 1, 5),
        ("Hold · Left leg · Set 1 of 3", "Next: Rest 30 s", 4, 45),
        ("Rest", "Next: Left leg, set 2 of 3", 1, 30),
        ("Hold · Left leg · Set 2 of 3", "Next: Rest 30 s", 4, 45),
        ("Rest", "Next: Left leg, set 3 of 3", 1, 30),
        ("Hold · Left leg · Set 3 of 3", "Next: Switch to right leg", 4, 45),
        ("Switch to right leg", "Next: Right leg, set 1 of 3", 1, 10),
        ("Hold · Right leg · Set 1 of 3", "Next: Rest 30 s", 4, 45),
        ("Rest", "Next: Right leg, set 2 of 3", 1, 30),
        ("Hold · Right leg · Set 2 of 3", "Next: Rest 30 s", 4, 45),
        ("Rest", "Next: Right leg, set 3 of 3", 1, 30),
        ("Hold · Right leg · Set 3 of 3", "Next: Done", 4, 45),
        ("Done", "", None, 0),
    ]
    hold = plan.phases[3]
    assert (hold.side, hold.set_number, hold.set_total, hold.movement_key) == (L, 2, 3, "main")


def test_options_change_the_timeline(lib):
    ex = lib["single-leg-deadlift"]
    opts = TimerOptions(lead_in_s=0, rest_s=60, move_s=3, return_s=1, switch_s=20)
    plan = expand(ex, Prescription(ex.id, 2, 10), opts)
    # sets of 10 x (3 + 1) = 40: 2 x (40 + 60 + 40) + 20, no lead-in phase
    assert plan.totals().duration_s == 300
    assert plan.phases[0].kind is K.MOVE
    plan = expand(ex, Prescription(ex.id, 2, 10, 2), TimerOptions(rest_s=0))
    assert not any(p.kind is K.REST for p in plan.phases)


def test_manual_reps_are_one_open_ended_phase_per_set(lib):
    ex = lib["ankle-plantarflexion"]
    plan = expand(ex, Prescription(ex.id, 2, 12, 1), TimerOptions(manual_reps=True))
    t = plan.totals()
    # lead-in, (reps, rest, reps) x 2 sides, switch, done; only 5 + 30 + 10 + 30 is timed
    assert (t.phases, t.open_ended_phases, t.duration_s, t.sets, t.reps) == (9, 4, 75, 4, 48)
    manual = [p for p in plan.phases if p.kind is K.MANUAL_REPS]
    assert [(p.side, p.rep_total, p.duration_s) for p in manual] == [(L, 12, None)] * 2 + [(R, 12, None)] * 2
    assert manual[0].label == "Reps · Left leg · Set 1 of 2"


def test_an_eased_dose_may_go_below_the_range_but_not_above_it(library):
    from rehab_desktop.core.phases import expand
    from rehab_desktop.core.records import Prescription

    ex = library["ankle-dorsiflexion"]  # 10-15 reps, 2-3 sets
    assert {s.target_reps for s in expand(ex, Prescription(ex.id, 2, 5)).sets} == {10}  # a choice is clamped
    eased = expand(ex, Prescription(ex.id, 2, 5), eased=True)
    assert {s.target_reps for s in eased.sets} == {5} and eased.eased and eased.prescription.reps == 5
    assert {s.target_reps for s in expand(ex, Prescription(ex.id, 9, 99), eased=True).sets} == {15}


def test_band_exercises_are_never_paced_faster_than_2_s(lib):
    """The article asks for slow, controlled band work: a 1 s tempo is raised to 2 s, others keep theirs."""
    fast = TimerOptions(lead_in_s=0, move_s=1, return_s=1)
    for ex_id in ("ankle-inversion-eversion", "ankle-plantarflexion", "ankle-dorsiflexion"):
        ex = lib[ex_id]
        assert ex.dose.min_tempo_s == 2
        plan = expand(ex, None, fast)
        moves = {p.duration_s for p in plan.phases if p.kind in (K.MOVE, K.RETURN)}
        assert moves == {2.0}, ex_id
        assert plan.options.move_s == 2.0
    lunge = expand(lib["single-leg-deadlift"], None, fast)
    assert {p.duration_s for p in lunge.phases if p.kind in (K.MOVE, K.RETURN)} == {1.0}
    slow = expand(lib["ankle-plantarflexion"], None, TimerOptions(move_s=4, return_s=3))
    assert {p.duration_s for p in slow.phases if p.kind is K.RETURN} == {3.0}


def test_sumo_squat_counts_its_sets_over_both_feet(lib):
    """2-3 sets in all, the pad under the other foot each set, beginning with the affected foot."""
    ex = lib["sumo-squat"]
    plan = expand(ex, Prescription(ex.id, 3, 10), TimerOptions(lead_in_s=0, affected_side=R))
    assert [(s.side, s.number, s.total, s.heading) for s in plan.sets] == [
        (R, 1, 2, "Set 1 of 3"), (L, 1, 1, "Set 2 of 3"), (R, 2, 2, "Set 3 of 3")]
    assert plan.totals().sets == 3 and plan.totals().reps == 30  # 3 sets in all, not 3 per foot
    labels = [p.label for p in plan.phases if p.kind is K.MOVE and p.rep == 1]
    assert labels == ["Move · Right foot on the pad · Set 1 of 3", "Move · Left foot on the pad · Set 2 of 3",
                      "Move · Right foot on the pad · Set 3 of 3"]
    switches = [p for p in plan.phases if p.kind is K.SWITCH_SIDE]
    assert [p.label for p in switches] == ["Move the pad under the left foot", "Move the pad under the right foot"]
    assert [p.next_text for p in plan.phases if p.kind is K.RETURN and p.rep == 10][:2] == [
        "Next: Move the pad under the left foot", "Next: Move the pad under the right foot"]
    assert [p.kind for p in plan.phases if not p.kind.is_work] == [K.SWITCH_SIDE, K.SWITCH_SIDE, K.DONE]
    spoken = cue_for_event(PhaseStarted(0, switches[0], 0.0)).speech
    assert spoken == "Move the pad under the left foot."
    ready = expand(ex, Prescription(ex.id, 3, 10), TimerOptions(affected_side=R)).phases[0]
    assert ready.label == "Get ready · Right foot on the pad · Set 1 of 3"
    assert cue_for_event(PhaseStarted(0, ready, 0.0)).speech == "Get ready. Right foot on the pad. Set 1 of 3. 10 reps."
    assert ex.dose.summary() == "10–15 reps · 2–3 sets in all · the pad under the other foot each set"
    assert "not per foot" in ex.dose.note


@pytest.mark.parametrize("affected, first, starts", [(L, R, L), (R, L, R), (BOTH, R, R), (BOTH, L, L), (None, R, R)])
def test_every_exercise_starts_on_the_affected_side(lib, affected, first, starts):
    """Left or right: everything starts there (the first-side choice applies only to both ankles)."""
    opts = TimerOptions(lead_in_s=0, affected_side=affected, first_side=first)
    other = R if starts is L else L
    calf = expand(lib["standing-calf-stretch"], None, opts)  # each leg: all sets on one, then the other
    assert [s.side for s in calf.sets] == [starts, starts, other, other]
    lunge = expand(lib["one-sided-lunge"], None, opts)  # each leg within every set
    assert [s.side for s in lunge.sets] == [starts, other, starts, other]
    steps = expand(lib["balance-pad-step-ups"], None, opts)  # the leading foot alternates rep by rep
    leads = [p.lead for p in steps.phases if p.kind is K.MOVE][:3]
    assert leads == [starts, other, starts]
    assert steps.phases[0].label.startswith(f"Move · {starts.value.capitalize()} foot leads")
    rom = expand(lib["seated-ankle-rom"], None, opts)  # the affected side only, or each in turn for both
    if affected is BOTH:
        assert [s.side for s in rom.sets] == [starts, starts, other, other]
        assert any(p.kind is K.SWITCH_SIDE for p in rom.phases)
    else:
        assert [s.side for s in rom.sets] == [starts, starts]
    sumo = expand(lib["sumo-squat"], None, opts)  # the pad starts under the start side's foot
    assert [s.side for s in sumo.sets] == [starts, other]


@pytest.mark.parametrize("affected, first, leads", [(R, L, R), (L, R, L), (BOTH, R, R), (BOTH, L, L)])
def test_step_ups_name_the_leading_foot_from_the_get_ready_on(lib, affected, first, leads):
    """The steps say "your leading foot": the timer says which one before rep 1, and every set starts with it."""
    ex = lib["balance-pad-step-ups"]
    plan = expand(ex, Prescription(ex.id, 2, 10), TimerOptions(affected_side=affected, first_side=first))
    foot = leads.value.capitalize()
    other = (R if leads is L else L).value.capitalize()
    ready = plan.phases[0]
    assert ready.label == f"Get ready · {foot} foot leads first · Set 1 of 2"
    said = cue_for_event(PhaseStarted(0, ready, 0.0), alternating=True).speech
    assert said == f"Get ready. {foot} foot leads first. Set 1 of 2. 10 with each foot leading, taking turns."
    moves = [p for p in plan.phases if p.kind is K.MOVE]
    assert [p.label for p in moves[:2]] == [f"Move · {foot} foot leads · Set 1 of 2",
                                            f"Move · {other} foot leads · Set 1 of 2"]
    first_rep = cue_for_event(PhaseStarted(1, moves[0], 0.0), first_of_set=True, alternating=True).speech
    assert first_rep == f"Set 1 of 2. 1. {foot} foot."  # the rep names its own foot, once
    second_set = [p for p in moves if p.set.number == 2]
    assert second_set[0].lead is leads and second_set[0].rep == 1
    rest = next(p for p in plan.phases if p.kind is K.REST)
    assert rest.next_text == f"Next: {foot} foot leads first, set 2 of 2"
    manual = expand(ex, Prescription(ex.id, 2, 10), TimerOptions(affected_side=affected, first_side=first,
                                                                  manual_reps=True))
    assert manual.phases[1].label == f"Reps · {foot} foot leads first · Set 1 of 2"


def test_both_ankles_work_an_affected_side_exercise_on_each_side_in_turn(lib):
    """Both: all the sets on the first side, a switch cue, then all on the other; twice the sets."""
    ex = lib["ankle-inversion-eversion"]  # two movements, affected side
    one = expand(ex, Prescription(ex.id, 2, 10, 1), TimerOptions(lead_in_s=0, affected_side=R))
    both = expand(ex, Prescription(ex.id, 2, 10, 1), TimerOptions(lead_in_s=0, affected_side=BOTH, first_side=R))
    assert [(s.movement.key, s.side, s.number) for s in one.sets] == [
        ("inversion", R, 1), ("inversion", R, 2), ("eversion", R, 1), ("eversion", R, 2)]
    assert [(s.movement.key, s.side, s.number) for s in both.sets] == [
        ("inversion", R, 1), ("inversion", R, 2), ("inversion", L, 1), ("inversion", L, 2),
        ("eversion", R, 1), ("eversion", R, 2), ("eversion", L, 1), ("eversion", L, 2)]
    assert both.totals().sets == 2 * one.totals().sets == 8
    switch = next(p for p in both.phases if p.kind is K.SWITCH_SIDE)
    assert switch.label == "Switch to left leg" and switch.set.side is L
    # A half-done exercise picks up on the second side.
    resumed = expand(ex, Prescription(ex.id, 2, 10, 1), TimerOptions(affected_side=BOTH, first_side=R),
                     StartAt("inversion", L, 1))
    assert resumed.start is not None and resumed.sets[0].side is L and len(resumed.sets) == 6
    assert resumed.phases[0].label == "Get ready · Inversion · Left leg · Set 1 of 2"


def test_a_half_done_sumo_squat_resumes_at_its_set_counted_over_both_feet(lib):
    ex = lib["sumo-squat"]
    opts = TimerOptions(affected_side=R)
    plan = expand(ex, Prescription(ex.id, 3, 10), opts, StartAt("main", L, 1))  # the second set, left foot
    assert [(s.side, s.heading) for s in plan.sets] == [(L, "Set 2 of 3"), (R, "Set 3 of 3")]
    assert plan.phases[0].label == "Get ready · Left foot on the pad · Set 2 of 3"


def test_pacing_sentence_stars_the_apps_figures_and_names_the_side(lib):
    from rehab_desktop.core.pacing import pacing_text

    pf = pacing_text(lib["ankle-plantarflexion"], TimerOptions(move_s=1, return_s=1))
    assert pf.startswith("Paced at 2 s* out and 2 s* back; 30 s* rest between sets.")  # raised to the least
    assert "Never faster than 2 s" in pf
    rom = pacing_text(lib["seated-ankle-rom"], TimerOptions(affected_side=BOTH, first_side=R))
    assert "Both ankles: each side in turn, from the right." in rom
    assert "On the left side only." in pacing_text(lib["seated-ankle-rom"], TimerOptions(affected_side=L))
    assert "rest" not in pacing_text(lib["sumo-squat"], TimerOptions())  # moving the pad stands in for it
