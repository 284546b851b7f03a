"""The progression rules (core.suggestions) over generated histories: each case gives the expected
suggestion or none; and over many random histories, no step up after pain."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from rehab_desktop.core.plan import WeekPlan, dose_amounts
from rehab_desktop.core.programs import program
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.suggestions import (
    STAGE,
    Answer,
    ExerciseHistory,
    ExerciseSession,
    Kind,
    Reply,
    Thresholds,
    answer_for,
    apply_to_plan,
    next_dose,
    suggest,
)

TODAY = date(2026, 12, 3)
DORSI = "ankle-dorsiflexion"
BALANCE = "single-leg-balance"


def dose(ex: str, sets: int, reps: int | None = None, hold: int | None = None, **more) -> Prescription:
    return Prescription(ex, sets, reps, hold, **more)


D2x10 = dose(DORSI, 2, 10, 1)


def session(library, d: Prescription, days_ago: int, before=1, after=1, *, eased=False, stopped=False, hurt=None,
            skipped=0, short=0, sid=0) -> ExerciseSession:
    """A finished session at dose `d`, done in full unless told otherwise (`short`: sets fewer)."""
    from rehab_desktop.core.phases import expand

    full = len(expand(library[d.exercise_id], d).sets)
    return ExerciseSession(sid or 1000 - days_ago, TODAY - timedelta(days=days_ago), d, full - short, skipped,
                           before, after, eased, stopped, hurt)


def history(*sessions: ExerciseSession, earlier: int = 0) -> ExerciseHistory:
    return ExerciseHistory(tuple(sessions), len(sessions) + earlier)


def plan_of(*doses: Prescription, days=(0, 2, 4), program_id: str = "") -> WeekPlan:
    plan = WeekPlan(program=program_id)
    for day in days:
        for d in doses:
            plan.add(day, d)
    return plan


def one(library, plan, histories, answers=(), thresholds=None, today=TODAY):
    found = suggest(plan, library, histories, list(answers), today, thresholds)
    return found


# Each case: a plan dose, the sessions (as keyword lists for `session`), and the expected
# (rule, kind, question) or None.
CASES = [
    pytest.param(D2x10, [dict(days_ago=a) for a in (6, 4, 2)],
                 ("dose-range", Kind.RAISE, "Try 2 × 12?"), id="steady progress: reps up"),
    pytest.param(dose(DORSI, 2, 15, 1), [dict(days_ago=a) for a in (6, 4, 2)],
                 ("dose-range", Kind.RAISE, "Try 3 × 10?"), id="reps at the top: a set more, reps back down"),
    pytest.param(dose(DORSI, 3, 15, 1), [dict(days_ago=a) for a in (6, 4, 2)],
                 ("dose-range", Kind.RAISE, "Try 3 × 15, hold 2 s?"), id="sets and reps at the top: a longer hold"),
    pytest.param(dose(DORSI, 3, 15, 2), [dict(days_ago=a) for a in (6, 4, 2)],
                 ("own-progression", Kind.PROGRESS, "Move on to its next progression, starting again at 2 × 10? "
                  "Change to a stronger band as it gets easier."), id="top of the range: the exercise's progression"),
    pytest.param(D2x10, [dict(days_ago=6, before=1, after=4), dict(days_ago=4), dict(days_ago=2, before=0, after=3)],
                 ("pain-rising", Kind.STAY, "Stay at 2 × 10, the lowest in its range, and stop whenever it hurts."),
                 id="pain rising at the lowest dose: stay"),
    pytest.param(dose(DORSI, 3, 12, 1), [dict(days_ago=6, before=1, after=4), dict(days_ago=4),
                                         dict(days_ago=2, before=2, after=5)],
                 ("pain-rising", Kind.EASE, "Ease it to 2 × 10 for now?"), id="pain rising: ease within the range"),
    pytest.param(dose(DORSI, 3, 12, 1), [dict(days_ago=4), dict(days_ago=2, stopped=True, hurt=6, short=3)],
                 ("stopped-for-pain", Kind.EASE, "Ease it to 2 × 10 for now?"), id="a stop for pain: ease"),
    pytest.param(dose(DORSI, 3, 12, 1), [dict(days_ago=6), dict(days_ago=4, eased=True), dict(days_ago=2, eased=True)],
                 ("eased-often", Kind.EASE, "Ease the plan's dose to 2 × 10?"), id="eased twice: ease the plan"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, eased=True), dict(days_ago=2)], None,
                 id="eased once: no step up, no caution"),
    pytest.param(D2x10, [dict(days_ago=4), dict(days_ago=2)], None, id="too few sessions"),
    pytest.param(D2x10, [dict(days_ago=30), dict(days_ago=28), dict(days_ago=26)], None,
                 id="missed sessions: the last one long ago"),
    pytest.param(D2x10, [dict(days_ago=26), dict(days_ago=4), dict(days_ago=2)], None,
                 id="missed sessions: a long break between them"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, after=None), dict(days_ago=2)], None,
                 id="pain after not rated"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, before=3, after=3), dict(days_ago=2)], None,
                 id="pain after above the limit"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, before=0, after=2), dict(days_ago=2)], None,
                 id="one pain rise within the pain limit"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, short=1), dict(days_ago=2)], None,
                 id="a set not done"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, skipped=1), dict(days_ago=2)], None,
                 id="a set skipped"),
    pytest.param(D2x10, [dict(days_ago=6), dict(days_ago=4, hurt=2), dict(days_ago=2)], None,
                 id="It hurts pressed once"),
    pytest.param(dose(DORSI, 2, 10, 1, prescribed=True, prescribed_by="Ana Ruiz"),
                 [dict(days_ago=a) for a in (6, 4, 2)],
                 ("dose-range", Kind.RAISE, "Ask your therapist whether to try 2 × 12: the dose is theirs."),
                 id="a prescribed dose: ask the therapist"),
    pytest.param(dose(BALANCE, 3, None, 60), [dict(days_ago=a) for a in (6, 4, 2)],
                 ("own-progression", Kind.PROGRESS, "Move on to its next progression, starting again at "
                  "2 × 30 s hold? Turn your head slowly from side to side."), id="a hold at the top of its range"),
    pytest.param(dose(BALANCE, 2, None, 30), [dict(days_ago=a) for a in (6, 4, 2)],
                 ("dose-range", Kind.RAISE, "Try 3 × 30 s hold?"), id="a hold: a set more first"),
]


@pytest.mark.parametrize(("plan_dose", "sessions", "expected"), CASES)
def test_each_history_gives_its_suggestion_or_none(library, plan_dose, sessions, expected):
    done = []
    for kw in sessions:
        kw = dict(kw)
        eased_dose = plan_dose
        if kw.get("eased"):  # the eased dose is what the session recorded
            eased_dose = Prescription(plan_dose.exercise_id, 2, 5, plan_dose.hold_s)
        done.append(session(library, eased_dose, **kw))
    found = one(library, plan_of(plan_dose), {plan_dose.exercise_id: history(*done)})
    if expected is None:
        assert found == []
        return
    (s,) = found
    rule, kind, question = expected
    assert (s.rule.name, s.kind, s.question) == (rule, kind, question)
    assert s.because == s.rule.explain(Thresholds())  # the rule in one sentence
    assert s.because.count(". ") == 0 and s.because.endswith(".")
    if plan_dose.prescribed:
        assert s.ask_therapist and not s.accept_label and s.dose_to is None
        assert apply_to_plan(plan_of(plan_dose), s, library, TODAY).days == plan_of(plan_dose).days


def test_the_text_reads_as_the_issue_asks(library):
    done = [session(library, D2x10, a) for a in (6, 4, 2)]
    (s,) = one(library, plan_of(D2x10), {DORSI: history(*done)})
    assert s.text == ("Ankle dorsiflexion: the last 3 sessions at 2 × 10 were done in full with pain 2 or less. "
                      "Try 2 × 12?")
    assert s.accept_label == "Try 2 × 12" and s.can_never


def test_pain_rising_says_so_with_the_points_and_the_therapist(library):
    d = dose(DORSI, 3, 12, 1)
    done = [session(library, d, 6, 1, 4), session(library, d, 4), session(library, d, 2, 0, 3)]
    (s,) = one(library, plan_of(d), {DORSI: history(*done)})
    assert s.finding == "pain after was 3 points higher than before in 2 of the last 3 sessions"
    assert s.therapist_line == "If it keeps happening, talk to your therapist."
    assert not s.can_never


def test_stops_two_sessions_running_say_talk_to_the_therapist(library):
    d = dose(DORSI, 3, 12, 1)
    done = [session(library, d, 4, stopped=True, short=2), session(library, d, 2, stopped=True, short=3)]
    (s,) = one(library, plan_of(d), {DORSI: history(*done)})
    assert s.therapist_line == "It has happened in 2 of the last 2 sessions: talk to your therapist."


def test_every_progression_taken_leaves_nothing_to_suggest(library):
    top = dose(DORSI, 3, 15, 2)
    taken = [Answer(DORSI, "own-progression", Reply.ACCEPTED, TODAY - timedelta(days=30), 0, v.text)
             for v in library[DORSI].variants]
    done = [session(library, top, a) for a in (6, 4, 2)]
    assert one(library, plan_of(top), {DORSI: history(*done)}, taken) == []


def test_the_next_progression_follows_the_last_one_taken(library):
    top = dose(BALANCE, 3, None, 60)
    first = library[BALANCE].variants[0].text
    taken = [Answer(BALANCE, "own-progression", Reply.ACCEPTED, TODAY - timedelta(days=30), 0, first)]
    done = [session(library, top, a) for a in (6, 4, 2)]
    (s,) = one(library, plan_of(top), {BALANCE: history(*done)}, taken)
    assert s.progression == library[BALANCE].variants[1].text == "Shut your eyes."


def test_not_now_waits_two_more_sessions(library):
    done = [session(library, D2x10, a) for a in (9, 8, 7)]
    (s,) = one(library, plan_of(D2x10), {DORSI: history(*done)})
    later = [answer_for(s, Reply.LATER, TODAY - timedelta(days=7))]
    more = done + [session(library, D2x10, 5)]
    assert one(library, plan_of(D2x10), {DORSI: history(*more)}, later) == []
    more.append(session(library, D2x10, 3))
    (again,) = one(library, plan_of(D2x10), {DORSI: history(*more)}, later)
    assert again.question == "Try 2 × 12?"


def test_never_silences_steps_up_but_not_a_caution(library):
    done = [session(library, D2x10, a) for a in (6, 4, 2)]
    (s,) = one(library, plan_of(D2x10), {DORSI: history(*done)})
    never = [answer_for(s, Reply.NEVER, TODAY)]
    assert one(library, plan_of(D2x10), {DORSI: history(*done)}, never) == []
    hurt = done + [session(library, D2x10, 1, stopped=True, short=2)]
    (caution,) = one(library, plan_of(D2x10), {DORSI: history(*hurt, earlier=0)}, never)
    assert caution.rule.name == "stopped-for-pain"
    with pytest.raises(ValueError):
        answer_for(caution, Reply.NEVER, TODAY)


def test_an_accepted_step_starts_the_count_again(library):
    done = [session(library, D2x10, a) for a in (6, 4, 2)]
    (s,) = one(library, plan_of(D2x10), {DORSI: history(*done)})
    accepted = [answer_for(s, Reply.ACCEPTED, TODAY - timedelta(days=1))]
    raised = apply_to_plan(plan_of(D2x10), s, library, TODAY)
    d12 = dose(DORSI, 2, 12, 1)
    at_12 = done + [session(library, d12, 1, sid=2000), session(library, d12, 0, sid=2001)]
    assert one(library, raised, {DORSI: history(*at_12)}, accepted) == []  # two at the new dose: not yet
    at_12.append(session(library, d12, 0, sid=2002))
    (next_one,) = one(library, raised, {DORSI: history(*at_12)}, accepted)
    assert next_one.question == "Try 2 × 14?"


def test_more_caution_in_the_settings_changes_the_answer(library):
    done = [session(library, D2x10, a, after=1) for a in (6, 4, 2)]
    hist = {DORSI: history(*done)}
    assert one(library, plan_of(D2x10), hist, thresholds=Thresholds(sessions=4)) == []
    assert one(library, plan_of(D2x10), hist, thresholds=Thresholds(max_pain=0)) == []
    assert len(one(library, plan_of(D2x10), hist, thresholds=Thresholds(sessions=2))) == 1
    with pytest.raises(ValueError):
        Thresholds(sessions=1)


def test_accepting_a_raise_changes_that_dose_on_every_day_and_nothing_else(library):
    other = dose("standing-calf-stretch", 2, None, 30)
    plan = plan_of(D2x10, other)
    plan.add(6, dose(DORSI, 3, 12, 1))  # a different dose on Sunday stays
    done = [session(library, D2x10, a) for a in (6, 4, 2)]
    (s,) = [x for x in one(library, plan, {DORSI: history(*done)}) if x.subject == DORSI]
    new = apply_to_plan(plan, s, library, TODAY)
    assert new is not plan and plan.days[0][0] == D2x10  # the plan given is left as it was
    assert [d[0] for d in new.days[:5:2]] == [dose(DORSI, 2, 12, 1)] * 3
    assert new.days[6] == [dose(DORSI, 3, 12, 1)] and new.days[0][1] == other


def _at_top(library, ex_id: str) -> Prescription:
    ex = library[ex_id]
    sets, reps, hold = dose_amounts(ex)
    d = Prescription(ex_id, sets.max_choice, reps.max_choice if reps is not None and not reps.up_to else (
        reps.default if reps is not None else None), hold.max_choice if hold is not None else None)
    assert next_dose(ex, d) is None
    return d


def _stage_plan(library, program_id: str) -> tuple[WeekPlan, dict]:
    plan = program(program_id).build(library, starts_on=TODAY - timedelta(days=90))
    tops = {i: _at_top(library, i) for i in plan.exercise_ids()}
    plan.days = [[tops[p.exercise_id] for p in day] for day in plan.days]
    taken = []
    for i in tops:  # every progression taken, so only the stage is left to suggest
        taken += [Answer(i, "own-progression", Reply.ACCEPTED, TODAY - timedelta(days=60), 0, v.text)
                  for v in library[i].variants]
    hist = {i: history(*[session(library, tops[i], a) for a in (6, 4, 2)]) for i in tops}
    return plan, {"hist": hist, "taken": taken}


def test_a_starter_stage_done_at_the_top_suggests_the_next_stage_that_adds_exercises(library):
    plan, more = _stage_plan(library, "early")
    found = one(library, plan, more["hist"], more["taken"])
    (s,) = found
    assert (s.subject, s.kind, s.program) == (STAGE, Kind.STAGE, "balance")  # Strength adds no exercise
    assert s.question.startswith("Move on to the Balance stage? It adds single-leg balance, balance pad step-ups")
    new = apply_to_plan(plan, s, library, TODAY)
    assert new.program == "balance" and new.starts_on == TODAY
    assert {p for day in new.days for p in day} >= set(plan.days[0])  # the doses reached are kept
    assert "foam-pad-toe-raises" in new.exercise_ids()


def test_the_last_stage_suggests_no_stage(library):
    plan, more = _stage_plan(library, "return-to-activity")
    assert one(library, plan, more["hist"], more["taken"]) == []


def test_a_prescribed_plan_asks_the_therapist_about_the_stage(library):
    plan, more = _stage_plan(library, "early")
    plan.prescribed_by = "Ana Ruiz"
    (s,) = one(library, plan, more["hist"], more["taken"])
    assert s.ask_therapist and not s.accept_label
    assert apply_to_plan(plan, s, library, TODAY).days == plan.days


# --- never a step up after pain --------------------------------------------------------------------

def _random_history(rng: random.Random, library, d: Prescription, t: Thresholds) -> ExerciseHistory:
    """Mostly sessions that went well, so that steps up are often near: each fault is rare."""
    done, day = [], rng.randint(0, 4)
    for k in range(rng.randint(0, 7)):
        before = rng.choice([None, 0, 0, 1, 1, 2, 3, 5])
        after = rng.choice([None, 0, 1, 1, 2, 2, 3, 4, 6])
        stopped = rng.random() < 0.06
        eased = rng.random() < 0.05
        hurt = rng.choice([None] * 16 + [2, 5])
        short = rng.choice([0] * 16 + [1, 3])
        done.append(session(library, d, day, before, after, stopped=stopped, eased=eased, hurt=hurt, short=short,
                            sid=5000 - k))
        day += rng.choice([1, 2, 2, 3, 12])
    return ExerciseHistory(tuple(reversed(done)), len(done) + rng.choice([0, 0, 5]))


@pytest.mark.parametrize("seed", range(8))
def test_no_suggestion_ever_raises_a_dose_after_a_stop_or_a_pain_rise(library, seed):
    rng = random.Random(seed)
    ids = [DORSI, BALANCE, "standing-calf-stretch", "seated-ankle-rom", "sumo-squat", "ankle-inversion-eversion"]
    for _ in range(150):
        t = Thresholds(sessions=rng.randint(2, 5), max_pain=rng.randint(0, 4), pain_rise=rng.randint(1, 4))
        ex_id = rng.choice(ids)
        ex = library[ex_id]
        sets, reps, hold = dose_amounts(ex)
        d = Prescription(ex_id, rng.randint(sets.low, sets.max_choice),
                         None if reps is None else rng.randint(reps.low, reps.max_choice),
                         None if hold is None else rng.randint(hold.low, hold.max_choice),
                         prescribed=rng.random() < 0.2)
        h = _random_history(rng, library, d, t)
        for s in suggest(plan_of(d), library, {ex_id: h}, [], TODAY, t):
            recent = h.sessions[-t.sessions:]
            if s.kind.harder:
                assert len(recent) >= t.sessions
                for x in recent:
                    assert not x.stopped and not x.eased and x.hurt is None, (seed, s.text)
                    assert x.pain_after is not None and x.pain_after <= t.max_pain, (seed, s.text)
                    assert x.rise is None or x.rise < t.pain_rise, (seed, s.text)
            if s.kind is Kind.RAISE and s.dose_to is not None:
                assert not d.prescribed
                for amount, value in zip((sets, reps, hold), (s.dose_to.sets, s.dose_to.reps, s.dose_to.hold_s),
                                         strict=True):
                    assert amount is None or value <= amount.max_choice
            if s.kind is Kind.EASE and s.dose_to is not None:
                assert (s.dose_to.sets, s.dose_to.reps or 0, s.dose_to.hold_s or 0) <= (d.sets, d.reps or 0,
                                                                                         d.hold_s or 0)


def test_easing_an_up_to_count_halves_it_rather_than_going_to_one(library):
    from rehab_desktop.core.plan import easier_dose

    d = dose("seated-ankle-rom", 3, 10, 15)
    assert easier_dose(library["seated-ankle-rom"], d) == dose("seated-ankle-rom", 2, 5, 10)
    done = [session(library, d, 4), session(library, d, 2, stopped=True, short=2)]
    (s,) = one(library, plan_of(d), {"seated-ankle-rom": history(*done)})
    assert s.question == "Ease it to 2 × 5, hold 10 s for now?"
