"""The Qt-free session model: routine, Space, selection, easier dose, and resume at every phase."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rehab_desktop.core.phases import PhaseKind, StartAt, TimerOptions, expand
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.session import Entry, Refused, Selection, Session, SpaceMeans
from rehab_desktop.core.timer import EngineState, ExerciseCompleted, TimerEngine

TOE = Prescription("foam-pad-toe-raises", 2, 10)
BALANCE = Prescription("single-leg-balance", 2, None, 30)
CALF = Prescription("standing-calf-stretch", 2, None, 30)


class Runner:
    """The session model driven by a real timer engine on the fake clock, as the window drives it."""

    def __init__(self, library, clock, session=None):
        self.library, self.clock = library, clock
        self.session = session or Session(library)
        self.engine: TimerEngine | None = None
        self.saved: list[str] = []
        self.finished = []

    def run(self, entry: Entry, options=None) -> TimerEngine:
        ex = self.library[entry.exercise_id]
        plan = expand(ex, entry.dose, options or TimerOptions(), entry.start)
        self.engine = TimerEngine(plan, self.clock, wall=self.clock.wall)
        self.engine.subscribe(self._event)
        return self.engine

    def _event(self, ev) -> None:
        if self.session.observe(ev):
            self.saved.append(self.session.position_text())
        if isinstance(ev, ExerciseCompleted):
            self.finished.append(ev.exercise_id)

    def tick(self, seconds: float) -> None:
        self.clock.pass_time(self.engine.update, seconds)


def test_space_starts_a_queued_routine_and_toggles_otherwise(library):
    s = Session(library)
    s.timer_loaded(CALF, None)
    assert s.space(in_progress=False) is SpaceMeans.TOGGLE
    assert s.queue(TOE) == 1 and s.queue(BALANCE) == 2
    assert s.space(in_progress=False) is SpaceMeans.START_ROUTINE
    assert s.space(in_progress=True) is SpaceMeans.TOGGLE  # pausing what runs comes first
    first = s.begin(in_progress=False)
    assert first.exercise_id == TOE.exercise_id and s.index == 0 and s.loaded is first
    assert s.space(in_progress=False) is SpaceMeans.TOGGLE


def test_start_routine_while_an_exercise_runs_keeps_it_going_as_the_first_entry(library):
    s = Session(library)
    s.timer_loaded(CALF, None)
    s.queue(TOE)
    s.queue(BALANCE)
    entry = s.begin(in_progress=True)
    assert entry.exercise_id == CALF.exercise_id
    assert [e.exercise_id for e in s.entries] == [CALF.exercise_id, TOE.exercise_id, BALANCE.exercise_id]
    assert s.index == 0


def test_queue_refuses_duplicates_and_unknowns_with_a_reason(library):
    s = Session(library)
    assert s.queue(TOE) == 1
    again = s.queue(TOE)
    assert isinstance(again, Refused) and not again and "already in the routine" in again.reason
    unknown = s.queue(Prescription("no-such", 1))
    assert isinstance(unknown, Refused) and "not in the exercise library" in unknown.reason
    empty = Session(library).begin(in_progress=False)
    assert isinstance(empty, Refused) and "Ctrl+Enter" in empty.reason


def test_queue_can_be_reordered_and_edited_but_not_behind_the_runner(library):
    s = Session(library)
    for d in (CALF, TOE, BALANCE):
        s.queue(d)
    assert s.move(2, 0) == 0
    assert [e.exercise_id for e in s.entries] == [BALANCE.exercise_id, CALF.exercise_id, TOE.exercise_id]
    s.begin(in_progress=False)
    assert isinstance(s.move(0, 2), Refused)  # the one under way stays where it is
    assert s.move(2, 0) == 1  # kept among those still to come
    assert isinstance(s.remove(0), Refused)
    assert s.remove(2).exercise_id == CALF.exercise_id
    assert s.queue_positions() == {BALANCE.exercise_id: 1, TOE.exercise_id: 2}
    s.clear()
    assert s.entries == [] and s.loaded.exercise_id == BALANCE.exercise_id


def test_selection_follows_when_idle_and_asks_while_a_set_is_under_way(library):
    s = Session(library)
    s.timer_loaded(CALF, None)
    assert s.choose(CALF.exercise_id, in_progress=True) is Selection.SAME
    assert s.choose(TOE.exercise_id, in_progress=False) is Selection.FOLLOW
    assert s.choose(TOE.exercise_id, in_progress=True) is Selection.ASK


def test_switching_in_a_routine_comes_back_to_the_interrupted_exercise(library, clock):
    r = Runner(library, clock)
    s = r.session
    s.queue(CALF)
    s.queue(TOE)
    r.run(s.begin(in_progress=False)).start()
    r.tick(5 + 30 + 30 + 3)  # get ready, set 1, the rest, a little of set 2
    assert s.at == StartAt("main", LegSide.LEFT, 2)
    s.switch_to(BALANCE)
    assert [e.exercise_id for e in s.entries] == [BALANCE.exercise_id, CALF.exercise_id, TOE.exercise_id]
    assert s.entries[1].start == StartAt("main", LegSide.LEFT, 2)
    assert s.loaded.exercise_id == BALANCE.exercise_id and s.index == 0


def test_easier_dose_replaces_the_running_entry_from_the_interrupted_set(library, clock):
    r = Runner(library, clock)
    s = r.session
    s.queue(Prescription("ankle-dorsiflexion", 3, 15))
    s.queue(BALANCE)
    r.run(s.begin(in_progress=False)).start()
    r.tick(5 + 3)
    ex = library["ankle-dorsiflexion"]
    eased = s.ease(ex)
    assert eased.eased and eased.dose.reps < 15 and eased.dose.sets <= 3
    assert eased.start == StartAt("main", LegSide.LEFT, 1)
    assert s.entries[0] is eased and s.loaded is eased
    # The timer then runs the easier dose: its set targets are the easier reps.
    plan = r.run(eased).plan
    assert {st.target_reps for st in plan.sets} == {eased.dose.reps}
    # At the easiest dose already there is nothing easier: a reason, not a dead end.
    for _ in range(5):
        result = s.ease(ex)
        if isinstance(result, Refused):
            break
    assert isinstance(result, Refused) and "easiest" in result.reason


def test_advance_through_a_routine_to_its_end(library, clock):
    r = Runner(library, clock)
    s = r.session
    s.queue(CALF)
    s.queue(BALANCE)
    r.run(s.begin(in_progress=False)).start()
    r.tick(r.engine.plan.totals().duration_s + 1)
    assert r.finished == [CALF.exercise_id] and s.complete
    assert s.has_next()
    nxt = s.advance()
    assert nxt.exercise_id == BALANCE.exercise_id and not s.complete and s.at is None
    r.run(nxt).start()
    r.tick(r.engine.plan.totals().duration_s + 1)
    assert not s.has_next()
    assert s.advance() is None and s.routine_done
    assert s.space(in_progress=False) is SpaceMeans.TOGGLE


def _work_set(plan, index):
    """The set the phase at `index` works or leads into."""
    return plan.phases[index].set


@pytest.mark.parametrize("crash_in", [0, 1])
def test_resume_after_a_crash_at_every_phase_of_a_two_exercise_routine(library, make_clock, crash_in):
    """Run a two-exercise routine, 'crash' at each phase of exercise `crash_in`, resume from the saved text."""
    probe = Runner(library, make_clock())
    entries = [Entry(CALF), Entry(TOE)]
    plans = [probe.run(e).plan for e in entries]
    for stop_at in range(len(plans[crash_in].phases)):
        clock = make_clock()
        r = Runner(library, clock)
        s = r.session
        for e in entries:
            s.queue(e.dose)
        eng = r.run(s.begin(in_progress=False))
        eng.start()
        if crash_in == 1:
            r.tick(eng.plan.totals().duration_s + 1)
            eng = r.run(s.advance())
            eng.start()
        while eng.index < stop_at and eng.state is not EngineState.FINISHED:
            clock.advance(0.5)
            eng.update()
        crashed_phase = eng.phase
        text = s.position_text()

        back = Session.resumed(library, text)
        assert [e.exercise_id for e in back.entries] == [CALF.exercise_id, TOE.exercise_id]
        entry = back.resume_entry()
        if crashed_phase.kind is PhaseKind.DONE:
            if crash_in == 0:  # the first was done: the routine goes on with the second
                assert entry.exercise_id == TOE.exercise_id and back.index == 1 and entry.start is None
            else:  # all done: the last one waits, to start again if wanted
                assert entry.exercise_id == TOE.exercise_id and entry.start is None
            continue
        assert entry.exercise_id == entries[crash_in].exercise_id and back.index == crash_in
        resumed = expand(library[entry.exercise_id], entry.dose, TimerOptions(), entry.start)
        first_work = next(p for p in resumed.phases if p.kind.is_work).set
        expected = crashed_phase.set
        assert (first_work.movement.key, first_work.side, first_work.number) == \
            (expected.movement.key, expected.side, expected.number), f"crash at phase {stop_at}"
        assert back.upcoming() == ([Entry(TOE)] if crash_in == 0 else [])


def test_resume_keeps_an_eased_dose_and_the_last_rating(library, clock):
    r = Runner(library, clock)
    s = r.session
    s.timer_loaded(Prescription("ankle-dorsiflexion", 3, 15), None)
    r.run(s.loaded).start()
    r.tick(5 + 40)
    s.last_rating = 6
    s.ease(library["ankle-dorsiflexion"])
    back = Session.resumed(library, s.position_text())
    entry = back.resume_entry()
    assert entry.eased and back.last_rating == 6
    assert (entry.dose.sets, entry.dose.reps) == (s.loaded.dose.sets, s.loaded.dose.reps) == (2, 10)
    assert entry.start == StartAt("main", LegSide.LEFT, 1)  # the set it was at (40 s into 15 slow reps)


def test_a_damaged_or_foreign_position_resumes_without_one(library):
    for text in ("", "not json", "[]", '{"version": 99}', '{"version": 1, "entries": [{"exercise": 3}]}'):
        back = Session.resumed(library, text)
        assert back.entries == [] and back.resume_entry() is None


def test_an_exercise_gone_from_the_library_is_left_out_and_the_place_kept(library):
    s = Session(library)
    for d in (CALF, TOE, BALANCE):
        s.queue(d)
    s.begin(in_progress=False)
    s.advance()
    s.advance()  # on the third
    text = s.position_text().replace(TOE.exercise_id, "retired-exercise")
    back = Session.resumed(library, text)
    assert [e.exercise_id for e in back.entries] == [CALF.exercise_id, BALANCE.exercise_id]
    assert back.entries[back.index].exercise_id == BALANCE.exercise_id


def test_an_eased_dose_is_clamped_back_into_a_narrowed_range_on_resume(library):
    s = Session(library)
    s.timer_loaded(replace(CALF, hold_s=30), None)
    text = s.position_text().replace('"hold_s":30', '"hold_s":9999')
    assert Session.resumed(library, text).loaded.dose.hold_s <= 60


def test_browsing_away_from_a_waiting_routine_asks_instead_of_losing_its_place(library):
    s = Session(library)
    s.queue(CALF)
    s.queue(TOE)
    s.begin(in_progress=False)  # loaded, waiting for Space (or just resumed)
    assert s.choose(BALANCE.exercise_id, in_progress=False) is Selection.ASK
    s.advance()
    s.advance()  # the routine is done: the timer follows the list again
    assert s.choose(BALANCE.exercise_id, in_progress=False) is Selection.FOLLOW
