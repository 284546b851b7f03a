"""The timer engine on a fake clock: running, controls, sleep gaps, drift, records and speed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from rehab_desktop.core.library import load_library
from rehab_desktop.core.records import LegSide, Prescription, SetStatus
from rehab_desktop.core.timer import (
    EndReason,
    EngineState,
    ExerciseCompleted,
    MovementChanged,
    PausedForSleep,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    RepCounted,
    SetCompleted,
    SideSwitched,
    TimeAdjusted,
    TimerEngine,
    TimerOptions,
    expand,
)

K = PhaseKind
L, R = LegSide.LEFT, LegSide.RIGHT
T0 = 5000.0
BASE = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def lib():
    return load_library()


@pytest.fixture
def clock(make_clock):
    return make_clock(T0, base=BASE)


def make(lib, clock, ex_id, sets=2, reps=None, hold=None, options=None, **kw):
    plan = expand(lib[ex_id], Prescription(ex_id, sets, reps, hold), options)
    engine = TimerEngine(plan, now=clock, wall=clock.wall, **kw)
    seen = []
    engine.subscribe(seen.append)
    return engine, seen


def tick(engine, clock, seconds, step=0.1):
    """Tick every `step` seconds for `seconds`; return the events."""
    out = []
    end = clock.t + seconds
    while clock.t < end - 1e-9:
        clock.t = min(end, clock.t + step)
        out += engine.update()
    return out


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def test_ready_snapshot_and_start(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30)
    s = engine.snapshot()
    assert (s.state, s.index, s.remaining_s, s.paused, s.finished) == (EngineState.READY, 0, 5, True, False)
    assert engine.update() == [] and seen == []
    clock.t += 100  # waiting before start is not a sleep gap
    events = engine.start()
    assert of(events, PhaseStarted)[0].phase.kind is K.LEAD_IN and events == seen
    tick(engine, clock, 4.9)
    assert engine.phase.kind is K.LEAD_IN
    assert engine.snapshot().remaining_s == pytest.approx(0.1)
    tick(engine, clock, 0.2)
    s = engine.snapshot()
    assert (s.phase.kind, s.phase.label, s.remaining_s) == (K.HOLD, "Hold · Left leg · Set 1 of 2", pytest.approx(29.9))
    assert s.fraction == pytest.approx(0.1 / 30)


@pytest.mark.parametrize("ex_id", [e.id for e in load_library().exercises])
def test_every_exercise_runs_to_done_on_time_with_complete_records(lib, clock, ex_id):
    ex = lib[ex_id]
    engine, seen = make(lib, clock, ex_id, sets=ex.dose.sets.default, options=None)
    engine.start()
    random.seed(ex_id)
    while engine.state is not EngineState.FINISHED:
        clock.t += random.uniform(0.05, 0.4)
        engine.update()
    total = engine.plan.totals()
    done = of(seen, ExerciseCompleted)[0]
    assert done.at == pytest.approx(T0 + total.duration_s, abs=1e-6)
    records = [e.record for e in of(seen, SetCompleted)]
    assert len(records) == total.sets and done.records == tuple(records)
    assert all(r.status is SetStatus.COMPLETED for r in records)
    assert all(r.achieved_reps == r.target_reps for r in records)
    assert all(r.achieved_hold_s == pytest.approx(r.target_hold_s) for r in records if r.target_hold_s)
    assert len(of(seen, PhaseStarted)) == total.phases


def test_pause_and_resume_keep_the_remaining_time(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30)
    engine.start()
    tick(engine, clock, 15)  # lead-in 5 + 10 s into the hold
    engine.pause()
    assert engine.snapshot().paused and engine.seconds_to_deadline() is None
    tick(engine, clock, 300, step=0.25)  # long pause, still ticking: nothing moves
    s = engine.snapshot()
    assert (s.phase.kind, s.remaining_s, s.state) == (K.HOLD, pytest.approx(20), EngineState.PAUSED)
    engine.resume()
    assert engine.seconds_to_deadline() == pytest.approx(20)
    tick(engine, clock, 19.9)
    assert engine.phase.kind is K.HOLD
    events = tick(engine, clock, 0.2)
    assert engine.phase.kind is K.REST
    (record,) = [e.record for e in of(events, SetCompleted)]
    assert record.achieved_hold_s == 30 and record.status is SetStatus.COMPLETED
    assert (record.started_at, record.ended_at) == (clock.at(5), clock.at(335))  # the pause counts as wall time


def test_toggle_cycles_start_pause_resume_and_restart(lib, clock):
    engine, _ = make(lib, clock, "standing-calf-stretch", hold=30, options=TimerOptions(lead_in_s=0))
    engine.toggle()
    assert engine.state is EngineState.RUNNING
    engine.toggle()
    assert engine.state is EngineState.PAUSED
    engine.toggle()
    assert engine.state is EngineState.RUNNING
    tick(engine, clock, 500, step=1)
    assert engine.state is EngineState.FINISHED
    engine.toggle()
    assert (engine.state, engine.index) == (EngineState.RUNNING, 0)


def test_skip_a_hold_partway_records_it_skipped(lib, clock):
    engine, seen = make(lib, clock, "single-leg-balance", hold=45)
    engine.start()
    tick(engine, clock, 17)  # 12 s into the hold
    events = engine.skip()
    assert [type(e) for e in events] == [PhaseEnded, SetCompleted, PhaseStarted]
    assert events[0].reason is EndReason.SKIPPED and events[0].elapsed_s == pytest.approx(12)
    r = events[1].record
    assert (r.status, r.target_hold_s, r.achieved_hold_s, r.side, r.set_number) == (
        SetStatus.SKIPPED, 45, pytest.approx(12), L, 1)
    assert engine.phase.kind is K.REST and engine.snapshot().remaining_s == 30
    # Skipping the rest starts set 2 at once, without a record.
    events = engine.skip()
    assert not of(events, SetCompleted) and engine.phase.label == "Hold · Left leg · Set 2 of 2"


def test_skip_paced_reps_skips_the_rest_of_the_set(lib, clock):
    engine, _ = make(lib, clock, "ankle-plantarflexion", reps=10, hold=1)
    engine.start()
    tick(engine, clock, 5 + 2 * 5 + 2.5)  # two reps done, into the hold of rep 3
    s = engine.snapshot()
    assert (s.phase.kind, s.phase.rep, s.reps_done, s.rep_target) == (K.REP_HOLD, 3, 2, 10)
    (record,) = [e.record for e in of(engine.skip(), SetCompleted)]
    assert (record.status, record.achieved_reps, record.target_reps) == (SetStatus.SKIPPED, 2, 10)
    assert (record.target_hold_s, record.achieved_hold_s) == (1, 1)
    assert engine.phase.kind is K.REST


def test_skip_before_start_and_from_the_last_set(lib, clock):
    engine, _ = make(lib, clock, "foam-pad-toe-raises", reps=10)
    engine.skip()  # skip the lead-in before starting: waits, paused, at set 1
    assert (engine.state, engine.phase.kind, engine.phase.rep) == (EngineState.PAUSED, K.MOVE, 1)
    engine.skip()
    engine.skip()
    assert engine.phase.set_number == 2
    events = engine.skip()
    assert engine.state is EngineState.FINISHED and of(events, ExerciseCompleted)
    assert engine.skip() == []


def test_back_restarts_the_block_or_goes_to_the_previous_one(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30)
    engine.start()
    tick(engine, clock, 15)
    events = engine.back()  # 10 s into the hold: start it again, no record
    assert engine.phase.kind is K.HOLD and engine.snapshot().remaining_s == 30
    assert of(events, PhaseEnded)[0].reason is EndReason.BACK and not of(events, SetCompleted)
    tick(engine, clock, 1)
    engine.back()  # 1 s into the hold: back to the lead-in
    assert engine.phase.kind is K.LEAD_IN and engine.state is EngineState.RUNNING
    tick(engine, clock, 5 + 30 + 0.5)  # half a second into the rest
    engine.back()  # redo set 1: it is reported a second time
    assert engine.phase.label == "Hold · Left leg · Set 1 of 2"
    tick(engine, clock, 30.1)
    numbers = [e.record.set_number for e in of(seen, SetCompleted)]
    assert numbers == [1, 1]


def test_back_inside_paced_reps_restarts_the_set(lib, clock):
    engine, _ = make(lib, clock, "foam-pad-toe-raises", reps=10)
    engine.start()
    tick(engine, clock, 5 + 4 * 4 + 1)  # rep 5
    assert engine.phase.rep == 5
    engine.back()
    s = engine.snapshot()
    assert (s.phase.rep, s.phase.kind, s.reps_done, s.remaining_s) == (1, K.MOVE, 0, 2)
    tick(engine, clock, 40)
    (record,) = engine.records
    assert (record.achieved_reps, record.status, record.started_at) == (10, SetStatus.COMPLETED, clock.at(5 + 17))


def test_back_from_done_waits_paused_on_the_last_set(lib, clock):
    engine, _ = make(lib, clock, "single-leg-balance", hold=30)
    engine.start()
    tick(engine, clock, 200, step=0.5)
    assert engine.state is EngineState.FINISHED
    engine.back()
    assert (engine.state, engine.phase.label) == (EngineState.PAUSED, "Hold · Right leg · Set 2 of 2")
    engine.back()  # at its start: back again to the rest
    assert engine.phase.kind is K.REST


def test_restart_goes_to_the_start_and_runs(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30)
    engine.start()
    tick(engine, clock, 80)
    assert len(engine.records) == 1
    events = engine.restart()
    assert of(events, PhaseEnded)[0].reason is EndReason.RESTART
    assert (engine.index, engine.state, engine.records) == (0, EngineState.RUNNING, [])
    assert engine.snapshot().remaining_s == 5


def test_add_and_remove_time_on_a_hold(lib, clock):
    engine, _ = make(lib, clock, "standing-calf-stretch", hold=30)
    engine.start()
    tick(engine, clock, 15)
    (adj,) = of(engine.add_time(5), TimeAdjusted)
    assert (adj.delta_s, adj.remaining_s) == (5, pytest.approx(25))
    assert engine.snapshot().duration_s == 35
    engine.add_time(-5)
    engine.add_time(-5)
    assert engine.snapshot().remaining_s == pytest.approx(15)
    engine.add_time(5)
    tick(engine, clock, 17)  # 3 s left
    (adj,) = of(engine.add_time(-5), TimeAdjusted)
    assert adj.delta_s == pytest.approx(-2) and engine.snapshot().remaining_s == pytest.approx(1)
    tick(engine, clock, 0.5)
    assert engine.add_time(-5) == []  # already under a second: left alone
    tick(engine, clock, 0.6)
    (record,) = engine.records
    assert record.achieved_hold_s == pytest.approx(30 + 5 - 5 - 5 + 5 - 2)
    engine.pause()
    engine.add_time(5)  # works while paused too: the rest grows
    assert engine.snapshot().remaining_s == pytest.approx(30 - 0.1 + 5)


def test_manual_reps_count_to_the_target(lib, clock):
    engine, seen = make(lib, clock, "foam-pad-toe-raises", reps=10, options=TimerOptions(manual_reps=True))
    engine.start()
    tick(engine, clock, 5.1)
    s = engine.snapshot()
    assert (s.phase.kind, s.remaining_s, s.rep_target, engine.seconds_to_deadline()) == (K.MANUAL_REPS, None, 10, None)
    tick(engine, clock, 120)  # open-ended: waits for the person
    assert engine.phase.kind is K.MANUAL_REPS
    for _ in range(9):
        engine.count_rep()
    assert engine.snapshot().reps_done == 9 and engine.snapshot().fraction == pytest.approx(0.9)
    events = engine.count_rep()
    assert [type(e) for e in events] == [RepCounted, PhaseEnded, SetCompleted, PhaseStarted]
    r = events[2].record
    assert (r.achieved_reps, r.target_reps, r.status, r.achieved_hold_s) == (10, 10, SetStatus.COMPLETED, None)
    assert (r.started_at, r.ended_at) == (clock.at(5), clock.at(clock.t - T0))
    assert engine.phase.kind is K.REST and engine.count_rep() == []  # no reps to count in a rest
    engine.skip()
    engine.count_rep()
    engine.pause()
    assert engine.count_rep() == []  # paused: the key is ignored
    engine.resume()
    (record,) = [e.record for e in of(engine.skip(), SetCompleted)]
    assert (record.achieved_reps, record.status) == (1, SetStatus.SKIPPED)


def test_count_rep_is_ignored_during_paced_reps(lib, clock):
    engine, _ = make(lib, clock, "foam-pad-toe-raises", reps=10)
    engine.start()
    tick(engine, clock, 6)
    assert engine.count_rep() == []


def test_sleep_gap_pauses_the_hold_instead_of_completing_it(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30)
    engine.start()
    tick(engine, clock, 15, step=0.2)  # 10 s into the hold; last update at 15.0
    clock.t += 3600  # the laptop slept
    events = engine.update()
    assert [type(e) for e in events] == [PausedForSleep]
    (ev,) = events
    assert (ev.gap_s, ev.remaining_s, ev.at) == pytest.approx((3600, 20, T0 + 15))
    assert ev.phase.kind is K.HOLD
    s = engine.snapshot()
    assert (s.state, s.phase.kind, s.remaining_s) == (EngineState.PAUSED, K.HOLD, pytest.approx(20))
    assert not of(seen, SetCompleted) and engine.records == []
    engine.resume()
    tick(engine, clock, 20.1)
    assert engine.records[0].achieved_hold_s == 30 and engine.phase.kind is K.REST


def test_sleep_gap_is_caught_by_any_call_and_uses_the_state_at_the_last_update(lib, clock):
    engine, _ = make(lib, clock, "foam-pad-toe-raises", reps=10)
    engine.start()
    tick(engine, clock, 6.3, step=0.25)  # rep 1, moving in; last update at 6.3
    clock.t += 60
    events = engine.skip()  # the key pressed on waking: first the pause, then the skip
    assert isinstance(events[0], PausedForSleep) and events[0].remaining_s == pytest.approx(0.7)
    assert events[0].phase.kind is K.MOVE
    assert engine.state is EngineState.PAUSED and engine.phase.kind is K.REST


def test_gap_threshold_is_configurable_and_short_gaps_catch_up(lib, clock):
    engine, seen = make(lib, clock, "foam-pad-toe-raises", reps=10, sleep_gap_s=1000)
    engine.start()
    clock.t += 600
    events = engine.update()
    assert not of(events, PausedForSleep) and engine.state is EngineState.FINISHED
    engine, seen = make(lib, clock, "foam-pad-toe-raises", reps=10)
    engine.start()
    tick(engine, clock, 4.8)
    clock.t += 4.9  # under 5 s: a late tick, not a sleep
    engine.update()
    starts = [e.at - (T0 + 600) for e in of(seen, PhaseStarted)]
    assert starts == pytest.approx([0, 5, 7, 9])  # several phases passed, each at its own deadline
    assert (engine.phase.kind, engine.phase.rep) == (K.MOVE, 2)
    assert engine.snapshot().remaining_s == pytest.approx(1.3)


def test_no_drift_over_an_hour_of_jittered_ticks(lib, clock):
    # Seated ROM at its top end with 24-minute rests: 5 + 3 x 240 + 2 x 1440 = 3605 s, 94 phases.
    opts = TimerOptions(rest_s=1440)
    engine, seen = make(lib, clock, "seated-ankle-rom", sets=3, reps=10, hold=20, options=opts)
    planned, offset = [], 0.0
    for p in engine.plan.phases:
        planned.append(offset)
        offset += p.duration_s
    assert offset == 3605
    rng = random.Random(7)
    engine.start()
    ticks = 0
    while engine.state is not EngineState.FINISHED:
        # 100-250 ms ticks with jitter, and now and then a stall of a few seconds
        clock.t += rng.uniform(0.1, 0.25) + (rng.uniform(1, 4.5) if rng.random() < 0.002 else 0)
        engine.update()
        ticks += 1
        s = engine.snapshot()
        if s.remaining_s is not None and not s.finished:
            assert planned[s.index] + s.duration_s - s.remaining_s == pytest.approx(clock.t - T0, abs=1e-6)
    assert ticks > 14000
    starts = [e.at - T0 for e in of(seen, PhaseStarted)]
    assert starts == pytest.approx(planned, abs=1e-6)
    assert of(seen, ExerciseCompleted)[0].at - T0 == pytest.approx(3605, abs=1e-6)


def test_set_records_for_inversion_eversion(lib, clock):
    opts = TimerOptions(affected_side=R)
    engine, seen = make(lib, clock, "ankle-inversion-eversion", sets=2, reps=10, hold=1, options=opts)
    engine.start()
    tick(engine, clock, 300, step=0.25)
    records = [e.record for e in of(seen, SetCompleted)]
    assert [(r.movement, r.side, r.set_number) for r in records] == [
        ("inversion", R, 1), ("inversion", R, 2), ("eversion", R, 1), ("eversion", R, 2)]
    # sets start at 5, 85 (after 50 + rest 30), 145 (after the 10 s change cue), 225
    assert [(r.started_at, r.ended_at) for r in records] == [
        (clock.at(a), clock.at(a + 50)) for a in (5, 85, 145, 225)]
    r = records[0]
    assert (r.exercise_id, r.target_reps, r.achieved_reps, r.target_hold_s, r.achieved_hold_s) == (
        "ankle-inversion-eversion", 10, 10, 1, 1)
    assert r.started_at.tzinfo is not None
    (change,) = of(seen, MovementChanged)
    assert (change.from_key, change.to_key, change.to_name) == ("inversion", "eversion", "Eversion")
    assert change.at == T0 + 135
    assert not of(seen, SideSwitched)


def test_set_records_and_side_switches_for_each_per_set_and_alternating(lib, clock):
    engine, seen = make(lib, clock, "one-sided-lunge", sets=2, reps=10)
    engine.start()
    tick(engine, clock, 250, step=0.25)
    records = [e.record for e in of(seen, SetCompleted)]
    assert [(r.side, r.set_number, r.achieved_reps, r.target_hold_s) for r in records] == [
        (L, 1, 10, None), (R, 1, 10, None), (L, 2, 10, None), (R, 2, 10, None)]
    assert [(e.from_side, e.to_side) for e in of(seen, SideSwitched)] == [(L, R), (L, R)]
    engine, seen = make(lib, clock, "balance-pad-step-ups", sets=2, reps=10, hold=1)
    engine.start()
    tick(engine, clock, 250, step=0.25)
    records = [e.record for e in of(seen, SetCompleted)]
    assert [(r.side, r.set_number, r.target_reps, r.achieved_reps) for r in records] == [
        (LegSide.BOTH, 1, 20, 20), (LegSide.BOTH, 2, 20, 20)]


def test_speed_factor_runs_real_time_faster_and_reports_nominal_seconds(lib, clock):
    engine, seen = make(lib, clock, "standing-calf-stretch", hold=30, speed=10)
    engine.start()
    tick(engine, clock, 2.0, step=0.05)  # 20 nominal seconds: 15 s into the first hold
    s = engine.snapshot()
    assert (s.phase.kind, s.remaining_s, s.speed) == (K.HOLD, pytest.approx(15), 10)
    assert engine.seconds_to_deadline() == pytest.approx(1.5)
    engine.set_speed(1)  # no jump: the same 15 s left, now at normal pace
    assert engine.snapshot().remaining_s == pytest.approx(15)
    tick(engine, clock, 14.9)
    assert engine.phase.kind is K.HOLD
    engine.set_speed(10)
    tick(engine, clock, 160.1 / 10 + 0.05, step=0.05)  # the last 195 - 34.9 nominal seconds
    done = of(seen, ExerciseCompleted)
    assert done and done[0].at - T0 == pytest.approx(2.0 + 14.9 + 16.01, abs=1e-6)
    r = engine.records[0]
    assert r.achieved_hold_s == pytest.approx(30)
    assert r.ended_at - r.started_at == timedelta(seconds=1.5 + 14.9 + 0.01)  # real time


def test_unsubscribe_stops_delivery(lib, clock):
    engine, seen = make(lib, clock, "sumo-squat", reps=10)
    got = []
    stop = engine.subscribe(got.append)
    engine.start()
    stop()
    tick(engine, clock, 10)
    assert len(got) == 1 and len(seen) > 1


def test_seek_starts_a_fresh_engine_at_a_later_set(library):
    """Used when a person in pain continues at an easier dose: the run resumes at the same set."""
    from rehab_desktop.core.records import LegSide
    from rehab_desktop.core.timer import EngineState, PhaseKind, SetCompleted, TimerEngine, expand

    plan = expand(library["standing-calf-stretch"])
    target = next(i for i, p in enumerate(plan.phases)
                  if p.kind is PhaseKind.HOLD and p.side is LegSide.RIGHT and p.set_number == 1)
    t = [0.0]
    engine = TimerEngine(plan, lambda: t[0])
    engine.seek(target)
    engine.start()
    assert engine.phase.label == "Hold · Right leg · Set 1 of 2"
    events = []
    for _ in range(30):  # a second at a time: a 30 s jump would read as the laptop sleeping
        t[0] += 1.0
        events += engine.update()
    records = [e.record for e in events if isinstance(e, SetCompleted)]
    assert [(r.side, r.set_number) for r in records] == [(LegSide.RIGHT, 1)]
    assert engine.state is EngineState.RUNNING
    import pytest

    with pytest.raises(RuntimeError):
        engine.seek(0)
