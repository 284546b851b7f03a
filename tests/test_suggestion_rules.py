"""The progression suggestions (core.suggestions) over generated histories, written apart from
test_suggestions.py from the issue's words: each case its suggestion or none, the answers (Accept, Not
now, Never), the program's stage and accepting into the plan. (The safety property over random
histories is in test_suggestions.py.)"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from rehab_desktop.core.phases import expand
from rehab_desktop.core.plan import WeekPlan, default_dose, dose_amounts
from rehab_desktop.core.programs import program
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.suggestions import (
    DOSE_RANGE,
    EASED_OFTEN,
    NEXT_STAGE,
    OWN_PROGRESSION,
    PAIN_RISING,
    STAGE,
    STOPPED,
    Answer,
    ExerciseHistory,
    ExerciseSession,
    Kind,
    Reply,
    Thresholds,
    answer_for,
    apply_to_plan,
    next_stage,
    suggest,
)

TODAY = date(2026, 6, 1)  # a Monday
DORSI = "ankle-dorsiflexion"
STRONGER_BAND = "Change to a stronger band as it gets easier."
EVERY_OTHER_DAY = (0, 2, 4)  # Monday, Wednesday, Friday


# --- building histories and plans ---------------------------------------------------------------

def dose(library, exercise_id: str, text: str, **more) -> Prescription:
    """'2x10' (the exercise's default hold kept), '3x15h2' (hold 2 s) or '2x30s' (a timed hold)."""
    m = re.fullmatch(r"(\d+)x(\d+)(s|h(\d+))?", text)
    assert m, text
    base = default_dose(library[exercise_id])
    sets, value = int(m[1]), int(m[2])
    if m[3] == "s":
        return replace(base, sets=sets, reps=None, hold_s=value, **more)
    return replace(base, sets=sets, reps=value, hold_s=int(m[4]) if m[4] else base.hold_s, **more)


def expected_sets(library, d: Prescription) -> int:
    return len(expand(library[d.exercise_id], d).sets)


def history(library, exercise_id: str, rows, count: int | None = None, today: date = TODAY) -> ExerciseHistory:
    """An ExerciseHistory from rows (days_ago, dose, pain_before, pain_after, flags), oldest first.

    `dose` is a text for `dose()` or a Prescription. `flags`, space-separated: 'eased', 'stopped', 'hurt<N>'
    (It hurts pressed, rating N, carried on), 'skip' (one set skipped), 'short' (one set fewer done).
    Every set is done unless a flag says otherwise; `count`: the sessions in all (default: the rows).
    """
    count = len(rows) if count is None else count
    out = []
    for i, (days_ago, d, before, after, flags) in enumerate(rows):
        d = d if isinstance(d, Prescription) else dose(library, exercise_id, d)
        flags = flags.split()
        done = expected_sets(library, d)
        skipped = 1 if "skip" in flags else 0
        done -= skipped + (1 if "short" in flags else 0)
        hurt = next((int(f[4:]) for f in flags if f.startswith("hurt")), None)
        if "stopped" in flags and hurt is None:
            hurt = 6
        out.append(ExerciseSession(count - len(rows) + i + 1, today - timedelta(days=days_ago), d, done, skipped,
                                   before, after, "eased" in flags, "stopped" in flags, hurt))
    return ExerciseHistory(tuple(out), count)


def good(d: str | Prescription, n: int = 3, last: int = 2, step: int = 2):
    """`n` sessions done in full at `d`, pain 1 before and after, `step` days apart, the last `last` days ago."""
    return [(last + step * (n - 1 - i), d, 1, 1, "") for i in range(n)]


def plan_of(library, doses: dict[str, str | Prescription], weekdays=EVERY_OTHER_DAY, **fields) -> WeekPlan:
    plan = WeekPlan(**fields)
    for ex_id, d in doses.items():
        d = d if isinstance(d, Prescription) else dose(library, ex_id, d)
        for wd in weekdays:
            plan.add(wd, d)
    return plan


def answer(subject: str, rule: str, reply: Reply, sessions: int, detail: str = "") -> Answer:
    return Answer(subject, rule, reply, TODAY - timedelta(days=1), sessions, detail)


def only(suggestions, subject: str = DORSI):
    mine = [s for s in suggestions if s.subject == subject]
    assert len(mine) <= 1, mine
    return mine[0] if mine else None


# --- the table ------------------------------------------------------------------------------------

# Each case: (id, exercise, plan dose, rows, thresholds, expected). `expected` None: no suggestion for the
# exercise; else a dict of the suggestion's fields (dose_to as a text for dose(), 'text' the whole line).
T = Thresholds()
P = dict(prescribed=True, prescribed_by="Ana Ruiz")
STEADY = [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 2, ""), (2, "2x10", 2, 2, "")]

CASES = [
    # steady progress, one step at a time: reps, then a set more, then a longer hold, then the own progression
    ("steady-2x10-to-2x12", DORSI, "2x10", STEADY, T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="2x12", accept_label="Try 2 × 12", detail="2 × 10 to 2 × 12",
          text="Ankle dorsiflexion: the last 3 sessions at 2 × 10 were done in full with pain 2 or less. "
               "Try 2 × 12?")),
    ("reps-step-capped-at-the-top-2x14-to-2x15", DORSI, "2x14", good("2x14"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="2x15", question="Try 2 × 15?")),
    ("reps-at-top-a-set-more-2x15-to-3x10", DORSI, "2x15", good("2x15"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x10", question="Try 3 × 10?")),
    ("sets-and-reps-at-top-longer-hold", DORSI, "3x15", good("3x15"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x15h2", question="Try 3 × 15, hold 2 s?",
          finding="the last 3 sessions at 3 × 15, hold 1 s were done in full with pain 2 or less")),
    ("top-of-range-own-progression", DORSI, "3x15h2", good("3x15h2"), T,
     dict(kind=Kind.PROGRESS, rule=OWN_PROGRESSION, dose_to="2x10h1", progression=STRONGER_BAND,
          accept_label="Move on", detail=STRONGER_BAND,
          question=f"Move on to its next progression, starting again at 2 × 10? {STRONGER_BAND}",
          finding="the last 3 sessions at 3 × 15, the top of its range, were done in full with pain 2 or less")),
    ("timed-hold-a-set-more", "standing-calf-stretch", "2x30s", good("2x30s"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x30s", question="Try 3 × 30 s hold?")),
    ("timed-hold-grows-by-10s", "standing-calf-stretch", "3x30s", good("3x30s"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x40s", question="Try 3 × 40 s hold?")),
    ("timed-hold-open-range-top-is-double", "standing-calf-stretch", "3x60s", good("3x60s"), T,
     dict(kind=Kind.PROGRESS, rule=OWN_PROGRESSION, dose_to="2x30s")),
    ("up-to-reps-are-at-their-top-a-set-more", "seated-ankle-rom", "2x10h10", good("2x10h10"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x10h10", question="Try 3 × 10, hold 10 s?")),
    ("stretch-hold-grows-by-5s", "seated-ankle-rom", "3x10h10", good("3x10h10"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x10h15", question="Try 3 × 10, hold 15 s?")),
    ("two-movements-every-set-of-both-done", "ankle-inversion-eversion", "2x10", good("2x10"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, dose_to="3x10")),
    ("top-with-no-progressions-none", "posterior-ankle-mobility", "3x10", good("3x10"), T, None),

    # pain rising, stops for pain, eased doses
    ("pain-rising-2-of-3-eases", DORSI, "2x12",
     [(6, "2x12", 1, 4, ""), (4, "2x12", 1, 1, ""), (2, "2x12", 2, 4, "")], T,
     dict(kind=Kind.EASE, rule=PAIN_RISING, dose_to="2x10", question="Ease it to 2 × 10 for now?",
          accept_label="Ease to 2 × 10", therapist_line="If it keeps happening, talk to your therapist.",
          finding="pain after was 2 to 3 points higher than before in 2 of the last 3 sessions")),
    ("pain-rising-at-the-easiest-dose-stays", DORSI, "2x10",
     [(6, "2x10", 0, 2, ""), (4, "2x10", 0, 3, ""), (2, "2x10", 1, 1, "")], T,
     dict(kind=Kind.STAY, rule=PAIN_RISING, dose_to=None, accept_label="Keep 2 × 10",
          question="Stay at 2 × 10, the lowest in its range, and stop whenever it hurts.",
          therapist_line="If it keeps happening, talk to your therapist.")),
    ("pain-rising-in-2-of-2-when-only-2-sessions", DORSI, "2x12",
     [(4, "2x12", 0, 3, ""), (2, "2x12", 1, 3, "")], T,
     dict(kind=Kind.EASE, rule=PAIN_RISING, finding="pain after was 2 to 3 points higher than before in 2 of "
                                                    "the last 2 sessions")),
    ("one-pain-rise-in-3-none", DORSI, "2x10", [(6, "2x10", 1, 1, ""), (4, "2x10", 0, 2, ""),
                                                (2, "2x10", 1, 1, "")], T, None),
    ("stop-for-pain-last-session-eases", DORSI, "2x12",
     [(6, "2x12", 1, 1, ""), (4, "2x12", 1, 1, ""), (2, "2x12", 1, 1, "stopped")], T,
     dict(kind=Kind.EASE, rule=STOPPED, dose_to="2x10", question="Ease it to 2 × 10 for now?",
          finding="you stopped it for pain in the last session",
          therapist_line="If it keeps happening, talk to your therapist.")),
    ("stop-for-pain-at-the-easiest-dose-stays", DORSI, "2x10",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "stopped")], T,
     dict(kind=Kind.STAY, rule=STOPPED, accept_label="Keep 2 × 10", detail="kept 2 × 10")),
    ("stop-for-pain-the-only-session", DORSI, "2x12", [(2, "2x12", None, None, "stopped")], T,
     dict(kind=Kind.EASE, rule=STOPPED)),
    ("stops-in-2-of-3-talk-to-your-therapist", DORSI, "2x12",
     [(6, "2x12", 1, 1, "stopped"), (4, "2x12", 1, 1, ""), (2, "2x12", 1, 1, "stopped")], T,
     dict(kind=Kind.EASE, rule=STOPPED,
          therapist_line="It has happened in 2 of the last 3 sessions: talk to your therapist.")),
    ("stop-in-an-earlier-session-no-raise", DORSI, "2x10",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, "stopped"), (2, "2x10", 1, 1, "")], T, None),
    ("eased-in-2-of-3-eased-often", DORSI, "2x14",
     [(6, "2x10", 1, 1, "eased"), (4, "2x14", 1, 1, ""), (2, "2x10", 1, 2, "eased")], T,
     dict(kind=Kind.EASE, rule=EASED_OFTEN, dose_to="2x10", question="Ease the plan's dose to 2 × 10?",
          therapist_line="", finding="you eased it in 2 of the last 3 sessions")),
    ("eased-once-none", DORSI, "2x12", [(6, "2x12", 1, 1, ""), (4, "2x10", 1, 1, "eased"),
                                        (2, "2x12", 1, 1, "")], T, None),
    ("hurt-pressed-and-carried-on-no-raise", DORSI, "2x10",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, "hurt2"), (2, "2x10", 1, 1, "")], T, None),
    ("a-set-skipped-no-raise", DORSI, "2x10",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, "skip"), (2, "2x10", 1, 1, "")], T, None),
    ("a-set-short-no-raise", DORSI, "2x10",
     [(6, "2x10", 1, 1, "short"), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T, None),

    # missed sessions, too few, pain after
    ("too-few-sessions-none", DORSI, "2x10", good("2x10", n=2), T, None),
    ("no-sessions-none", DORSI, "2x10", [], T, None),
    ("a-gap-over-max-gap-days-none", DORSI, "2x10",
     [(20, "2x10", 1, 1, ""), (9, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T, None),
    ("a-gap-of-exactly-max-gap-days-still-counts", DORSI, "2x10",
     [(14, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T,
     dict(kind=Kind.RAISE, dose_to="2x12")),
    ("last-session-long-ago-none", DORSI, "2x10",
     [(15, "2x10", 1, 1, ""), (13, "2x10", 1, 1, ""), (11, "2x10", 1, 1, "")], T, None),
    ("an-old-gap-before-the-last-3-does-not-matter", DORSI, "2x10",
     [(60, "2x10", 1, 1, ""), (6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T,
     dict(kind=Kind.RAISE, dose_to="2x12")),
    ("pain-after-not-rated-none", DORSI, "2x10",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, None, ""), (2, "2x10", 1, 1, "")], T, None),
    ("pain-after-above-max-pain-none", DORSI, "2x10",
     [(6, "2x10", 3, 3, ""), (4, "2x10", 2, 2, ""), (2, "2x10", 2, 2, "")], T, None),
    ("pain-before-not-rated-is-fine", DORSI, "2x10",
     [(6, "2x10", None, 1, ""), (4, "2x10", None, 2, ""), (2, "2x10", None, 0, "")], T,
     dict(kind=Kind.RAISE, dose_to="2x12")),
    ("sessions-at-another-dose-do-not-count", DORSI, "2x12",
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x12", 1, 1, "")], T, None),
    ("three-good-after-an-older-bad-one", DORSI, "2x10",
     [(8, "2x10", 1, 5, "stopped"), (6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T,
     dict(kind=Kind.RAISE, dose_to="2x12")),

    # a prescribed dose: ask the therapist, nothing to accept
    ("prescribed-dose-ask-therapist", DORSI, dict(text="2x10", **P),
     [(6, "2x10", 1, 1, ""), (4, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")], T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, ask_therapist=True, accept_label="", dose_to=None, detail="",
          question="Ask your therapist whether to try 2 × 12: the dose is theirs.")),
    ("prescribed-dose-above-the-range-ask-therapist-for-a-longer-hold", DORSI, dict(text="4x20", **P),
     good("4x20"), T,
     dict(kind=Kind.RAISE, rule=DOSE_RANGE, ask_therapist=True, accept_label="", dose_to=None,
          question="Ask your therapist whether to try 4 × 20, hold 2 s: the dose is theirs.")),
    ("prescribed-dose-above-the-range-at-top-ask-therapist", DORSI, dict(text="4x20h2", **P),
     good("4x20h2"), T,
     dict(kind=Kind.PROGRESS, rule=OWN_PROGRESSION, ask_therapist=True, accept_label="", dose_to=None)),
    ("prescribed-dose-pain-rising-ask-therapist", DORSI, dict(text="2x12", **P),
     [(6, "2x12", 1, 4, ""), (4, "2x12", 1, 1, ""), (2, "2x12", 2, 4, "")], T,
     dict(kind=Kind.EASE, rule=PAIN_RISING, ask_therapist=True, accept_label="", dose_to=None,
          question="Ask your therapist whether to ease it to 2 × 10; until then, stop whenever it hurts.")),
    ("prescribed-easiest-dose-stop-for-pain-ask-therapist", DORSI, dict(text="2x10", **P),
     [(2, "2x10", 1, 1, "stopped")], T,
     dict(kind=Kind.STAY, rule=STOPPED, ask_therapist=True, accept_label="", dose_to=None)),

    # the thresholds change the results
    ("sessions-2-two-good-are-enough", DORSI, "2x10", good("2x10", n=2), Thresholds(sessions=2),
     dict(kind=Kind.RAISE, dose_to="2x12",
          finding="the last 2 sessions at 2 × 10 were done in full with pain 2 or less")),
    ("sessions-5-three-good-are-too-few", DORSI, "2x10", STEADY, Thresholds(sessions=5), None),
    ("max-pain-0-pain-1-is-too-much", DORSI, "2x10", STEADY, Thresholds(max_pain=0), None),
    ("max-pain-0-no-pain-at-all-raises", DORSI, "2x10", [(6, "2x10", 0, 0, ""), (4, "2x10", 0, 0, ""),
                                                         (2, "2x10", 0, 0, "")], Thresholds(max_pain=0),
     dict(kind=Kind.RAISE, dose_to="2x12",
          finding="the last 3 sessions at 2 × 10 were done in full with pain 0 or less")),
    ("max-pain-4-pain-3-is-fine", DORSI, "2x10", [(6, "2x10", 3, 3, ""), (4, "2x10", 3, 3, ""),
                                                  (2, "2x10", 3, 3, "")], Thresholds(max_pain=4),
     dict(kind=Kind.RAISE, dose_to="2x12")),
    ("pain-rise-3-a-2-point-rise-is-no-rise", DORSI, "2x10",
     [(6, "2x10", 0, 2, ""), (4, "2x10", 0, 2, ""), (2, "2x10", 0, 2, "")], Thresholds(pain_rise=3),
     dict(kind=Kind.RAISE, dose_to="2x12")),
    ("pain-rise-1-a-1-point-rise-twice-eases", DORSI, "2x12",
     [(6, "2x12", 0, 1, ""), (4, "2x12", 0, 1, ""), (2, "2x12", 0, 0, "")], Thresholds(pain_rise=1),
     dict(kind=Kind.EASE, rule=PAIN_RISING)),
    ("max-gap-3-a-4-day-gap-is-a-break", DORSI, "2x10",
     [(10, "2x10", 1, 1, ""), (6, "2x10", 1, 1, ""), (2, "2x10", 1, 1, "")],
     Thresholds(max_gap_days=3), None),
]


def _plan_dose(library, exercise_id, spec) -> Prescription:
    if isinstance(spec, dict):
        spec = dict(spec)
        return dose(library, exercise_id, spec.pop("text"), **spec)
    return dose(library, exercise_id, spec)


@pytest.mark.parametrize(("exercise_id", "plan_spec", "rows", "thresholds", "expected"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_history_gives_its_suggestion_or_none(library, exercise_id, plan_spec, rows, thresholds, expected):
    pd = _plan_dose(library, exercise_id, plan_spec)
    # the rows' doses carry the plan's prescribed mark when they are at its figures
    rows = [(a, _same_mark(d if isinstance(d, Prescription) else dose(library, exercise_id, d), pd), b, c, f)
            for a, d, b, c, f in rows]
    plan = plan_of(library, {exercise_id: pd})
    h = history(library, exercise_id, rows)
    found = suggest(plan, library, {exercise_id: h}, [], TODAY, thresholds)
    s = only(found, exercise_id)
    if expected is None:
        assert s is None, s and s.text
        return
    assert s is not None, f"no suggestion; expected {expected}"
    assert s.dose_from == pd and s.sessions == h.count and s.title == library[exercise_id].name
    for key, value in expected.items():
        if key == "dose_to" and isinstance(value, str):
            value = dose(library, exercise_id, value)
        if key == "rule":
            assert s.rule is value, s.rule
            assert s.because == value.explain(thresholds)
            continue
        assert getattr(s, key) == value, f"{key}: {getattr(s, key)!r}"
    assert s.can_never is s.kind.harder
    if s.ask_therapist:
        assert s.accept_label == "" and s.dose_to is None and "therapist" in s.question
        assert apply_to_plan(plan, s, library, TODAY).days == plan.days


def _same_mark(d: Prescription, plan_dose: Prescription) -> Prescription:
    if (d.sets, d.reps, d.hold_s) == (plan_dose.sets, plan_dose.reps, plan_dose.hold_s):
        return plan_dose
    return d


def test_the_example_sentence_word_for_word(library):
    s = only(suggest(plan_of(library, {DORSI: "2x10"}), library, {DORSI: history(library, DORSI, STEADY)}, [],
                     TODAY))
    assert s.text == ("Ankle dorsiflexion: the last 3 sessions at 2 × 10 were done in full with pain 2 or less. "
                      "Try 2 × 12?")


@pytest.mark.parametrize("rule", [STOPPED, PAIN_RISING, EASED_OFTEN, DOSE_RANGE, OWN_PROGRESSION, NEXT_STAGE],
                         ids=lambda r: r.name)
def test_each_rule_is_explained_in_one_sentence(rule):
    for t in (Thresholds(), Thresholds(sessions=5, max_pain=0, pain_rise=4)):
        text = rule.explain(t)
        assert "{" not in text and text.endswith(".") and text[0].isupper()
        assert not re.search(r"[.!?] [A-Z]", text), text  # one sentence


def test_all_progressions_accepted_means_none_at_the_top(library):
    h = history(library, DORSI, good("3x15h2"), count=20)
    answers = [answer(DORSI, OWN_PROGRESSION.name, Reply.ACCEPTED, 10, STRONGER_BAND)]
    assert suggest(plan_of(library, {DORSI: "3x15h2"}), library, {DORSI: h}, answers, TODAY) == []


def test_the_next_progression_is_the_first_not_yet_taken(library):
    ex = library["single-leg-balance"]
    h = history(library, ex.id, good("3x60s"), count=40)
    taken = [answer(ex.id, OWN_PROGRESSION.name, Reply.ACCEPTED, 10, ex.progressions[0])]
    s = only(suggest(plan_of(library, {ex.id: "3x60s"}), library, {ex.id: h}, taken, TODAY), ex.id)
    assert s.kind is Kind.PROGRESS and s.progression == ex.progressions[1]


def test_an_exercise_not_in_the_plan_gets_nothing(library):
    h = history(library, DORSI, STEADY)
    assert suggest(plan_of(library, {"ankle-plantarflexion": "2x10"}), library, {DORSI: h}, [], TODAY) == []
    assert suggest(None, library, {DORSI: h}, [], TODAY) == []
    assert suggest(WeekPlan(), library, {DORSI: h}, [], TODAY) == []


def test_suggestions_come_in_plan_order_one_per_exercise(library):
    plan = plan_of(library, {"ankle-plantarflexion": "2x10", DORSI: "2x10"})
    hs = {i: history(library, i, STEADY) for i in plan.exercise_ids()}
    found = suggest(plan, library, hs, [], TODAY)
    assert [s.subject for s in found] == ["ankle-plantarflexion", DORSI]


# --- answers: Accept, Not now, Never ---------------------------------------------------------------

def test_not_now_asks_again_after_two_more_sessions(library):
    plan = plan_of(library, {DORSI: "2x10"})
    rows = good("2x10", n=5, last=2)  # 10, 8, 6, 4, 2 days ago
    first = suggest(plan, library, {DORSI: history(library, DORSI, rows[:3])}, [], TODAY)
    later = answer_for(only(first), Reply.LATER, TODAY)
    assert later.sessions == 3 and later.reply is Reply.LATER and later.detail == ""
    assert only(suggest(plan, library, {DORSI: history(library, DORSI, rows[:3])}, [later], TODAY)) is None
    assert only(suggest(plan, library, {DORSI: history(library, DORSI, rows[:4])}, [later], TODAY)) is None
    again = only(suggest(plan, library, {DORSI: history(library, DORSI, rows)}, [later], TODAY))
    assert again is not None and again.kind is Kind.RAISE and again.sessions == 5


def test_not_now_waits_the_thresholds_later_sessions(library):
    plan = plan_of(library, {DORSI: "2x10"})
    rows = good("2x10", n=5, last=2)
    later = [answer(DORSI, DORSI_RULE, Reply.LATER, 3)]
    t = Thresholds(later_sessions=3)
    assert only(suggest(plan, library, {DORSI: history(library, DORSI, rows)}, later, TODAY, t)) is None
    assert only(suggest(plan, library, {DORSI: history(library, DORSI, rows, count=6)}, later, TODAY, t))


DORSI_RULE = DOSE_RANGE.name


def test_never_hides_steps_up_but_not_cautions(library):
    never = [answer(DORSI, DORSI_RULE, Reply.NEVER, 3)]
    plan = plan_of(library, {DORSI: "2x12"})
    up = history(library, DORSI, good("2x12"), count=8)
    assert only(suggest(plan, library, {DORSI: up}, never, TODAY)) is None
    top = plan_of(library, {DORSI: "3x15h2"})
    assert only(suggest(top, library, {DORSI: history(library, DORSI, good("3x15h2"), count=9)},
                        never, TODAY)) is None  # the own progression is a step up too
    hurt = history(library, DORSI, [(6, "2x12", 1, 1, ""), (4, "2x12", 1, 1, ""), (2, "2x12", 1, 1, "stopped")],
                   count=8)
    caution = only(suggest(plan, library, {DORSI: hurt}, never, TODAY))
    assert caution is not None and caution.kind is Kind.EASE and caution.rule is STOPPED
    assert not caution.can_never
    with pytest.raises(ValueError):
        answer_for(caution, Reply.NEVER, TODAY)


def test_never_for_one_exercise_leaves_the_others(library):
    plan = plan_of(library, {"ankle-plantarflexion": "2x10", DORSI: "2x10"})
    hs = {i: history(library, i, STEADY) for i in plan.exercise_ids()}
    found = suggest(plan, library, hs, [answer(DORSI, DORSI_RULE, Reply.NEVER, 3)], TODAY)
    assert [s.subject for s in found] == ["ankle-plantarflexion"]


def test_not_now_to_a_step_up_does_not_hide_a_caution_that_follows(library):
    """"Not now" answered a step up; a stop for pain in the very next session still says to ease or stay."""
    plan = plan_of(library, {DORSI: "2x12"})
    later = [answer(DORSI, DORSI_RULE, Reply.LATER, 3)]
    rows = good("2x12", n=3, last=4) + [(1, "2x12", 1, 4, "stopped")]
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, rows)}, later, TODAY))
    assert s is not None and s.rule is STOPPED and s.kind is Kind.EASE


def test_an_accepted_answer_starts_the_count_again(library):
    """Sessions before an accepted answer no longer count: after 2 × 10 → 2 × 12 it takes 3 new sessions."""
    plan = plan_of(library, {DORSI: "2x10"})
    before = good("2x10", n=3, last=12)  # 16, 14, 12 days ago
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, before)},
                     [], TODAY - timedelta(days=11)))
    accepted = answer_for(s, Reply.ACCEPTED, TODAY - timedelta(days=11))
    assert (accepted.sessions, accepted.detail, accepted.rule) == (3, "2 × 10 to 2 × 12", DOSE_RANGE.name)
    plan = apply_to_plan(plan, s, library, TODAY)
    after = [(10, "2x12", 1, 1, ""), (8, "2x12", 1, 1, "")]
    h = history(library, DORSI, before + after)
    assert only(suggest(plan, library, {DORSI: h}, [accepted], TODAY)) is None
    h = history(library, DORSI, before + after + [(6, "2x12", 1, 1, "")])
    nxt = only(suggest(plan, library, {DORSI: h}, [accepted], TODAY))
    assert nxt.kind is Kind.RAISE and nxt.dose_to == dose(library, DORSI, "2x14")


def test_an_accepted_stay_clears_the_pain_it_answered(library):
    plan = plan_of(library, {DORSI: "2x10"})
    pain = [(6, "2x10", 0, 3, ""), (4, "2x10", 0, 3, ""), (3, "2x10", 1, 1, "")]
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, pain)}, [], TODAY))
    assert s.kind is Kind.STAY
    kept = answer_for(s, Reply.ACCEPTED, TODAY)
    assert kept.detail == "kept 2 × 10"
    h = history(library, DORSI, pain + [(1, "2x10", 1, 1, "")])
    assert only(suggest(plan, library, {DORSI: h}, [kept], TODAY)) is None


def test_answers_for_the_stage_do_not_touch_an_exercise(library):
    plan = plan_of(library, {DORSI: "2x10"})
    answers = [answer(STAGE, NEXT_STAGE.name, Reply.NEVER, 3), answer(STAGE, NEXT_STAGE.name, Reply.ACCEPTED, 3)]
    assert only(suggest(plan, library, {DORSI: history(library, DORSI, STEADY)}, answers, TODAY)).kind is Kind.RAISE


# --- the starter program's stage ---------------------------------------------------------------------

def top_dose(library, exercise_id: str) -> Prescription:
    sets, reps, hold = dose_amounts(library[exercise_id])
    base = default_dose(library[exercise_id])
    return replace(base, sets=sets.max_choice, reps=None if base.reps is None else reps.max_choice,
                   hold_s=None if base.hold_s is None else hold.max_choice)


def at_top(library, program_id: str, emphasis: str = "", **fields) -> WeekPlan:
    plan = program(program_id).build(library, emphasis, starts_on=TODAY - timedelta(days=30))
    plan.days = [[top_dose(library, p.exercise_id) for p in day] for day in plan.days]
    for key, value in fields.items():
        setattr(plan, key, value)
    return plan


def steady_histories(library, plan: WeekPlan, n: int = 3, count: int | None = None):
    return {i: history(library, i, good(plan_dose_of(plan, i), n=n), count=count)
            for i in plan.exercise_ids()}


def plan_dose_of(plan: WeekPlan, exercise_id: str) -> Prescription:
    return next(p for day in plan.days for p in day if p.exercise_id == exercise_id)


@pytest.mark.parametrize(("current", "nxt"), [("early", "balance"), ("strength", "balance"),
                                               ("balance", "return-to-activity"), ("return-to-activity", None)])
def test_the_next_stage_is_the_next_program_that_adds_exercises(library, current, nxt):
    found = next_stage(program(current).build(library), library)
    assert (found.id if found else None) == nxt


def test_every_exercise_of_the_early_stage_at_the_top_suggests_the_balance_stage(library):
    plan = at_top(library, "early")
    found = suggest(plan, library, steady_histories(library, plan), [], TODAY)
    stage = found[-1]
    assert stage.subject == STAGE and stage.kind is Kind.STAGE and stage.rule is NEXT_STAGE
    assert stage.program == "balance" and stage.title == "Your plan"
    assert stage.accept_label == "Go to Balance" and not stage.ask_therapist
    assert stage.question == ("Move on to the Balance stage? It adds single-leg balance, balance pad step-ups and "
                              "foam pad toe raises, and keeps your doses.")
    assert stage.finding.endswith("is at the top of its range, and the last 3 sessions of each were done in "
                                  "full with pain 2 or less")
    assert stage.because == NEXT_STAGE.explain(Thresholds())
    assert [s for s in found if s.kind is Kind.RAISE] == []  # all at the top: nothing left to raise
    progressions = {s.subject for s in found if s.kind is Kind.PROGRESS}
    assert progressions == {i for i in plan.exercise_ids() if library[i].progressions}


def test_the_stage_finding_names_the_stage_once(library):
    plan = at_top(library, "early")
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    assert stage.finding.startswith("every exercise of the Early stage is at the top"), stage.finding
    assert "stage stage" not in stage.text


@pytest.mark.parametrize("emphasis", ["anterior", "posterior"])
def test_the_stage_keeps_the_emphasis(library, emphasis):
    plan = at_top(library, "early", emphasis)
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    assert stage.kind is Kind.STAGE
    new = apply_to_plan(plan, stage, library, TODAY)
    assert new.emphasis == emphasis and new.program == "balance"


def test_the_balance_stage_leads_to_return_to_activity(library):
    plan = at_top(library, "balance")
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    assert stage.kind is Kind.STAGE and stage.program == "return-to-activity"
    assert "single-leg deadlift, one-sided lunge and sumo squat" in stage.question


def test_the_last_stage_has_no_next_stage(library):
    plan = at_top(library, "return-to-activity")
    found = suggest(plan, library, steady_histories(library, plan), [], TODAY)
    assert found and all(s.kind is not Kind.STAGE for s in found)


def test_no_stage_while_one_exercise_is_below_the_top(library):
    plan = at_top(library, "early")
    plan.days = [[dose(library, DORSI, "3x15h1") if p.exercise_id == DORSI else p for p in day] for day in plan.days]
    found = suggest(plan, library, steady_histories(library, plan), [], TODAY)
    assert all(s.kind is not Kind.STAGE for s in found)
    assert only(found).kind is Kind.RAISE


@pytest.mark.parametrize("flags", ["stopped", "eased", "skip", "hurt3"])
def test_no_stage_while_one_exercise_did_not_go_well(library, flags):
    plan = at_top(library, "early")
    hs = steady_histories(library, plan)
    top = plan_dose_of(plan, DORSI)
    hs[DORSI] = history(library, DORSI, [(6, top, 1, 1, ""), (4, top, 1, 1, ""), (2, top, 1, 2, flags)])
    assert all(s.kind is not Kind.STAGE for s in suggest(plan, library, hs, [], TODAY))


def test_no_stage_for_a_plan_built_by_hand(library):
    plan = at_top(library, "early", program="")
    assert all(s.kind is not Kind.STAGE for s in suggest(plan, library, steady_histories(library, plan), [], TODAY))


def test_a_prescribed_program_asks_the_therapist_about_the_stage(library):
    plan = at_top(library, "early", prescribed_by="Ana Ruiz")
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    assert stage.kind is Kind.STAGE and stage.ask_therapist and stage.accept_label == ""
    assert stage.question == "Ask your therapist whether to move on to the Balance stage."
    assert apply_to_plan(plan, stage, library, TODAY).same_content(plan)


def test_never_for_the_stage_hides_it(library):
    plan = at_top(library, "early")
    hs = steady_histories(library, plan)
    never = [answer(STAGE, NEXT_STAGE.name, Reply.NEVER, 18)]
    assert all(s.kind is not Kind.STAGE for s in suggest(plan, library, hs, never, TODAY))


def test_not_now_for_the_stage_waits_two_more_sessions(library):
    """The stage's "Not now" asks again after two more *sessions*, not two more exercises done."""
    plan = at_top(library, "early")
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    later = answer_for(stage, Reply.LATER, TODAY)
    hs = steady_histories(library, plan, n=4)  # one more session of every exercise
    assert all(s.kind is not Kind.STAGE for s in suggest(plan, library, hs, [later], TODAY)), \
        "the stage came back after one more session"
    hs = steady_histories(library, plan, n=5)
    assert suggest(plan, library, hs, [later], TODAY)[-1].kind is Kind.STAGE


# --- accepting into the plan -----------------------------------------------------------------------

def test_a_raise_changes_every_entry_at_the_old_dose_on_every_weekday(library):
    plan = plan_of(library, {DORSI: "2x10", "ankle-plantarflexion": "2x10"}, weekdays=(0, 2, 4, 6))
    plan.days[5] = [dose(library, DORSI, "3x10")]  # another dose of it on Saturday, fewer days
    before = plan.copy()
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, STEADY)}, [], TODAY))
    assert s.dose_from == dose(library, DORSI, "2x10")
    new = apply_to_plan(plan, s, library, TODAY)
    assert new is not plan and plan.same_content(before)
    for wd in (0, 2, 4, 6):
        assert [p for p in new.days[wd] if p.exercise_id == DORSI] == [dose(library, DORSI, "2x12")]
        assert [p for p in new.days[wd] if p.exercise_id != DORSI] == [dose(library, "ankle-plantarflexion",
                                                                            "2x10")]
    assert new.days[5] == [dose(library, DORSI, "3x10")] and new.days[1] == []
    assert new.validate(library) == []


def test_a_raise_keeps_the_band_and_weight(library):
    d = dose(library, DORSI, "2x10", resistance="green band", weight_kg=1.5)
    plan = plan_of(library, {DORSI: d})
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, [(a, d, b, c, f) for a, _, b, c, f in STEADY])},
                     [], TODAY))
    new = apply_to_plan(plan, s, library, TODAY)
    assert new.days[0] == [replace(d, reps=12)]


def test_a_progression_goes_back_to_the_low_end(library):
    plan = plan_of(library, {DORSI: "3x15h2"})
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, good("3x15h2"))}, [], TODAY))
    new = apply_to_plan(plan, s, library, TODAY)
    assert new.days[0] == [default_dose(library[DORSI])]
    assert answer_for(s, Reply.ACCEPTED, TODAY).detail == STRONGER_BAND


def test_an_ease_lowers_the_plan_and_a_stay_keeps_it(library):
    plan = plan_of(library, {DORSI: "3x14h2"})
    pain = [(6, "3x14h2", 0, 3, ""), (4, "3x14h2", 0, 3, ""), (2, "3x14h2", 1, 1, "")]
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, pain)}, [], TODAY))
    assert s.kind is Kind.EASE and s.dose_to == dose(library, DORSI, "2x10h1")
    assert apply_to_plan(plan, s, library, TODAY).days[0] == [dose(library, DORSI, "2x10h1")]
    low = plan_of(library, {DORSI: "2x10"})
    stay = only(suggest(low, library, {DORSI: history(library, DORSI, [(a, "2x10", b, c, f)
                                                                         for a, _, b, c, f in pain])}, [], TODAY))
    assert stay.kind is Kind.STAY
    new = apply_to_plan(low, stay, library, TODAY)
    assert new is not low and new.same_content(low)


def test_a_prescribed_dose_is_never_changed_by_accepting(library):
    d = dose(library, DORSI, "2x10", **P)
    plan = plan_of(library, {DORSI: d})
    s = only(suggest(plan, library, {DORSI: history(library, DORSI, [(a, d, b, c, f) for a, _, b, c, f in STEADY])},
                     [], TODAY))
    assert s.ask_therapist and s.accept_label == "" and s.dose_to is None
    new = apply_to_plan(plan, s, library, TODAY)
    assert new is not plan and new.days == plan.days and new.days[0][0].prescribed


def test_a_stage_keeps_the_doses_and_adds_the_new_exercises(library):
    plan = at_top(library, "early", notes="my notes")
    before = plan.copy()
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    new = apply_to_plan(plan, stage, library, TODAY)
    assert new is not plan and plan.same_content(before)
    assert new.program == "balance" and new.notes == "my notes"
    balance = program("balance").build(library)
    assert set(new.exercise_ids()) == set(balance.exercise_ids()) >= set(plan.exercise_ids())
    for day in new.days:
        for p in day:
            if p.exercise_id in plan.exercise_ids():
                assert p == top_dose(library, p.exercise_id)
            else:
                assert p == default_dose(library[p.exercise_id])
    # every exercise is still on at least the weekdays it had
    for wd in range(7):
        assert {p.exercise_id for p in plan.days[wd]} <= {p.exercise_id for p in new.days[wd]}


def test_a_stage_keeps_an_exercise_added_by_hand(library):
    plan = at_top(library, "early")
    plan.add(6, top_dose(library, "sumo-squat"))  # added by hand on Sunday
    stage = suggest(plan, library, steady_histories(library, plan), [], TODAY)[-1]
    assert stage.kind is Kind.STAGE
    new = apply_to_plan(plan, stage, library, TODAY)
    assert "sumo-squat" in new.exercise_ids(), "the stage dropped an exercise the person had added"


# --- settings ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [dict(sessions=1), dict(sessions=9), dict(max_pain=-1), dict(max_pain=6),
                                 dict(pain_rise=0), dict(pain_rise=6), dict(sessions=2.5)],
                         ids=lambda d: ",".join(f"{k}={v}" for k, v in d.items()))
def test_thresholds_outside_the_settings_limits_are_refused(bad):
    with pytest.raises(ValueError):
        Thresholds(**bad)
