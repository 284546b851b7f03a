"""When to move on: progression suggestions from what the history shows (Qt-free).

`suggest` reads the plan, each planned exercise's recent finished sessions and the person's earlier
answers, and returns at most one suggestion per exercise and one for the program's stage. It never
writes anything; `apply_to_plan` gives the plan an accepted suggestion makes, for the plan page's
normal, undoable change.

The order is always the same. Pain first: a stop for pain, pain rising after sessions, or a dose
eased again and again say stay or ease, and nothing is raised then. Then, only after `sessions`
sessions in a row at the plan's dose, each done in full, with pain after rated and no higher than
`max_pain`, no pain rise and no long break: one step up within the exercise's range (reps, then a
set more starting again from the lowest reps, then hold time), then the exercise's own next
progression (starting again at the low end of its range), and once every exercise of a starter
program's stage is at the top of its range, the next stage. A dose the therapist prescribed is
never changed: the suggestion says to ask them.

The thresholds are the app's choice, not the article's: the article gives ranges and says pain is
the limit, but no rule for when to move on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from rehab_desktop.core.exercises import LONG_HOLD_S, Amount, Exercise, Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.phases import TimerOptions, expand
from rehab_desktop.core.plan import WeekPlan, clamp_dose, default_dose, dose_amounts, easier_dose
from rehab_desktop.core.programs import PROGRAMS, Program, program
from rehab_desktop.core.records import Prescription

STAGE = "stage"  # the subject of a suggestion about the program's stage rather than one exercise

# The settings' limits: (lowest, highest) a person may choose.
SESSIONS_RANGE = (2, 8)
MAX_PAIN_RANGE = (0, 5)
PAIN_RISE_RANGE = (1, 5)


@dataclass(frozen=True)
class Thresholds:
    """How cautious the suggestions are; every default is the app's own choice."""

    sessions: int = 3  # sessions in a row, at one dose, that must have gone well
    max_pain: int = 2  # the highest pain (0-10) after a session that still counts as going well
    pain_rise: int = 2  # pain after this many points above pain before counts as a rise
    rises: int = 2  # rises (or eased doses) in the last `sessions` sessions that say stay or ease
    max_gap_days: int = 10  # a longer break between sessions, or since the last, means no step up
    later_sessions: int = 2  # "Not now" asks again after this many more sessions

    def __post_init__(self) -> None:
        for name, (low, high) in (("sessions", SESSIONS_RANGE), ("max_pain", MAX_PAIN_RANGE),
                                  ("pain_rise", PAIN_RISE_RANGE)):
            value = getattr(self, name)
            if not isinstance(value, int) or not low <= value <= high:
                raise ValueError(f"{name} must be a whole number from {low} to {high}, not {value!r}")


class Kind(StrEnum):
    RAISE = "raise"  # one step up within the range
    PROGRESS = "progress"  # the exercise's own next progression
    STAGE = "stage"  # the starter program's next stage
    EASE = "ease"  # an easier dose
    STAY = "stay"  # keep the dose (already the easiest)

    @property
    def harder(self) -> bool:
        return self in (Kind.RAISE, Kind.PROGRESS, Kind.STAGE)


@dataclass(frozen=True)
class Rule:
    """A rule's name and the one sentence that explains it (with the thresholds filled in)."""

    name: str
    sentence: str  # English, marked with QT_TRANSLATE_NOOP("core.suggestions", ...): `explain` translates it

    def explain(self, t: Thresholds) -> str:
        return translate("core.suggestions", self.sentence).format(
            n=t.sessions, max_pain=t.max_pain, rise=t.pain_rise, rises=t.rises, gap=t.max_gap_days)


# {n}: sessions; {max_pain}: a pain rating 0-10; {rise}: points of pain; {rises}: how many sessions.
STOPPED = Rule("stopped-for-pain", QT_TRANSLATE_NOOP(
    "core.suggestions", "A stop for pain means staying at the dose or easing it, never raising it."))
PAIN_RISING = Rule("pain-rising", QT_TRANSLATE_NOOP(
    "core.suggestions", "When pain after a session is {rise} or more points above pain before in "
                        "{rises} of the last {n} sessions, the dose stays or eases."))
EASED_OFTEN = Rule("eased-often", QT_TRANSLATE_NOOP(
    "core.suggestions", "A dose eased after \u201cIt hurts\u201d in {rises} of the last {n} sessions is "
                        "offered as the plan's dose."))
DOSE_RANGE = Rule("dose-range", QT_TRANSLATE_NOOP(
    "core.suggestions", "After {n} sessions in a row at one dose, each done in full with pain {max_pain} "
                        "or less afterwards, the dose goes one step up within its range: reps first, "
                        "then a set more, then a longer hold."))
OWN_PROGRESSION = Rule("own-progression", QT_TRANSLATE_NOOP(
    "core.suggestions", "At the top of its range, after {n} sessions in a row done in full with "
                        "pain {max_pain} or less, an exercise moves on to its next progression, "
                        "starting again at the low end of the range."))
NEXT_STAGE = Rule("next-stage", QT_TRANSLATE_NOOP(
    "core.suggestions", "When every exercise of a starter program's stage is at the top of its range and "
                        "its last {n} sessions went well, the next stage's exercises come next."))
RULES = (STOPPED, PAIN_RISING, EASED_OFTEN, DOSE_RANGE, OWN_PROGRESSION, NEXT_STAGE)
RULES_BY_NAME = {r.name: r for r in RULES}


@dataclass(frozen=True)
class ExerciseSession:
    """One finished session's work on one exercise, as the rules read it."""

    session_id: int
    day: date
    dose: Prescription  # the dose done (the easier one when it was eased)
    sets_done: int  # completed sets
    sets_skipped: int = 0
    pain_before: int | None = None  # the session's ratings, 0-10
    pain_after: int | None = None
    eased: bool = False  # made easier after "It hurts"
    stopped: bool = False  # "It hurts" answered by stopping the exercise
    hurt: int | None = None  # the highest "It hurts" rating during the exercise; None: not pressed

    @property
    def rise(self) -> int | None:
        """How much higher pain was after than before, when both were rated."""
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before


@dataclass(frozen=True)
class ExerciseHistory:
    """An exercise's latest finished sessions (oldest first) and how many it has had in all."""

    sessions: tuple[ExerciseSession, ...] = ()
    count: int = 0

    def since(self, seen: int) -> tuple[ExerciseSession, ...]:
        """The sessions after the first `seen` of all of them."""
        skip = max(0, seen - (self.count - len(self.sessions)))
        return self.sessions[skip:]


class Reply(StrEnum):
    ACCEPTED = "accepted"
    LATER = "later"  # Not now
    NEVER = "never"  # never for this exercise (steps up only: a caution is never switched off per exercise)


@dataclass(frozen=True)
class Answer:
    """What the person answered to a suggestion."""

    subject: str  # the exercise id, or STAGE
    rule: str
    reply: Reply
    day: date
    sessions: int  # the subject's finished sessions when answered
    detail: str = ""  # accepted: what changed ("2 × 10 to 2 × 12", the progression, the stage's name)


@dataclass(frozen=True)
class Suggestion:
    subject: str  # the exercise id, or STAGE
    rule: Rule
    kind: Kind
    title: str  # the exercise's name, or "Your plan"
    finding: str  # what the history shows: "the last 3 sessions at 2 × 10 were done in full ..."
    question: str  # "Try 2 × 12?" or "Ask your therapist whether to try 2 × 12."
    because: str  # the rule's sentence
    sessions: int  # the subject's finished sessions now (recorded with the answer)
    dose_from: Prescription | None = None
    dose_to: Prescription | None = None
    progression: str = ""  # PROGRESS: the exercise's next progression, as the library words it
    program: str = ""  # STAGE: the next program's id
    ask_therapist: bool = False  # a prescribed dose: nothing to accept, ask the therapist
    therapist_line: str = ""  # "If it keeps happening, talk to your therapist."
    accept_label: str = ""  # the Accept button's words; '' when there is nothing to accept
    detail: str = ""  # what accepting changes, in words, kept with the answer

    @property
    def text(self) -> str:
        """The whole suggestion in a line or two."""
        out = translate("core.suggestions", "{title}: {finding}. {question}",
                        "an exercise's name (or Your plan), what the history shows, the question").format(
            title=self.title, finding=self.finding, question=self.question)
        return f"{out} {self.therapist_line}" if self.therapist_line else out

    @property
    def can_never(self) -> bool:
        """Whether "Never for this exercise" is offered: for steps up, never for a caution."""
        return self.kind.harder


# --- doses in words and steps -------------------------------------------------------------------

def dose_words(dose: Prescription, hold: bool = False) -> str:
    """'2 × 10', '3 × 15, hold 2 s' or '2 × 30 s hold': a dose as the suggestions name it.

    A short pause at the end of each rep (under LONG_HOLD_S) is named only with `hold`: when it is
    what changes."""
    if dose.reps is None:
        return translate("core.suggestions", "{sets} \u00d7 {hold} s hold", "a dose: 2 sets of a 30 s hold").format(
            sets=dose.sets, hold=dose.hold_s)
    if dose.hold_s is not None and (hold or dose.hold_s >= LONG_HOLD_S):
        return translate("core.suggestions", "{sets} \u00d7 {reps}, hold {hold} s",
                         "a dose: 3 sets of 15 reps, each held 2 s").format(sets=dose.sets, reps=dose.reps,
                                                                            hold=dose.hold_s)
    return f"{dose.sets} \u00d7 {dose.reps}"


def _figures(dose: Prescription) -> tuple[int, int | None, int | None]:
    return dose.sets, dose.reps, dose.hold_s


def _reps_step(amount: Amount) -> int:
    return 2 if amount.max_choice - amount.low >= 4 else 1


def _hold_step(amount: Amount) -> int:
    top = amount.max_choice
    return 1 if top <= 5 else 5 if top <= 20 else 10


def next_dose(exercise: Exercise, dose: Prescription) -> Prescription | None:
    """One step up within the exercise's ranges, or None at the top of them.

    Reps go up first (by 2, or 1 in a narrow range) to the top of their range; then a set more,
    starting again from the lowest reps; then the hold grows (1, 5 or 10 s at a time, by the range).
    A range that says "up to N" is at its top already.
    """
    sets, reps, hold = dose_amounts(exercise)
    if reps is not None and dose.reps is not None and not reps.up_to and dose.reps < reps.max_choice:
        return replace(dose, reps=min(reps.max_choice, dose.reps + _reps_step(reps)))
    if dose.sets < sets.max_choice:
        fewer = reps.low if reps is not None and dose.reps is not None and not reps.up_to else dose.reps
        return replace(dose, sets=dose.sets + 1, reps=fewer)
    if hold is not None and dose.hold_s is not None and dose.hold_s < hold.max_choice:
        return replace(dose, hold_s=min(hold.max_choice, dose.hold_s + _hold_step(hold)))
    return None


def low_end(exercise: Exercise, dose: Prescription) -> Prescription:
    """The dose's figures back at the low end of each range (band and weight kept)."""
    base = default_dose(exercise)
    return replace(dose, sets=base.sets, reps=base.reps, hold_s=base.hold_s)


def taken_progressions(answers: Sequence[Answer], exercise_id: str) -> list[str]:
    """The exercise's progressions accepted so far, oldest first."""
    return [a.detail for a in answers if a.subject == exercise_id and a.rule == OWN_PROGRESSION.name
            and a.reply is Reply.ACCEPTED]


def next_progression(exercise: Exercise, answers: Sequence[Answer]) -> str:
    taken = set(taken_progressions(answers, exercise.id))
    return next((v.text for v in exercise.variants if v.text not in taken), "")


# --- the plan's doses -----------------------------------------------------------------------------

def plan_dose(plan: WeekPlan, exercise_id: str) -> Prescription | None:
    """The exercise's dose in the plan: the one on the most days (the earliest weekday's on a tie)."""
    counts: dict[Prescription, int] = {}
    for day in plan.days:
        for p in day:
            if p.exercise_id == exercise_id:
                counts[p] = counts.get(p, 0) + 1
    return max(counts, key=counts.get) if counts else None  # max keeps the first of equal counts


def next_stage(plan: WeekPlan, library: Library) -> Program | None:
    """The starter program after the plan's own that adds exercises to it, or None (none, or the last)."""
    current = program(plan.program)
    if current is None:
        return None
    have = set(plan.exercise_ids())
    after = PROGRAMS[PROGRAMS.index(current) + 1:]
    for p in after:
        if set(p.build(library, plan.emphasis).exercise_ids()) - have:
            return p
    return None


# --- the rules ------------------------------------------------------------------------------------

@dataclass
class _Reading:
    """What the rules need of one exercise."""

    exercise: Exercise
    dose: Prescription
    history: ExerciseHistory
    fresh: tuple[ExerciseSession, ...]  # sessions since the last answer that changed or kept something
    recent: tuple[ExerciseSession, ...]  # the last `sessions` of those
    expected: int  # the sets one session at the plan's dose has


def suggest(plan: WeekPlan | None, library: Library, history: Mapping[str, ExerciseHistory],
            answers: Sequence[Answer], today: date, thresholds: Thresholds | None = None,
            options: TimerOptions | None = None) -> list[Suggestion]:
    """Suggestions for the plan's exercises (in plan order), then one for the program's stage."""
    t = thresholds or Thresholds()
    options = options or TimerOptions()
    if plan is None or plan.is_empty:
        return []
    out: list[Suggestion] = []
    steady: dict[str, bool] = {}
    for ex_id in plan.exercise_ids():
        ex = library.get(ex_id)
        dose = plan_dose(plan, ex_id)
        if ex is None or dose is None:
            continue
        h = history.get(ex_id, ExerciseHistory())
        fresh = h.since(_seen(answers, ex_id))
        reading = _Reading(ex, dose, h, fresh, fresh[-t.sessions:], len(expand(ex, dose, options).sets))
        suggestion = _caution(reading, t)
        went_well = suggestion is None and _went_well(reading, t, today)
        steady[ex_id] = went_well and next_dose(ex, dose) is None
        if suggestion is None and went_well:
            suggestion = _step_up(reading, t, answers)
        if suggestion is not None and _answered_away(suggestion, answers, h.count, t):
            continue
        if suggestion is not None:
            out.append(suggestion)
    stage = _stage(plan, library, steady, history, answers, t)
    if stage is not None:
        out.append(stage)
    return out


def _seen(answers: Sequence[Answer], subject: str) -> int:
    """Sessions before the latest accepted answer count no more (the dose changed, or was kept)."""
    accepted = [a.sessions for a in answers if a.subject == subject and a.reply is Reply.ACCEPTED]
    return max(accepted, default=0)


def _answered_away(s: Suggestion, answers: Sequence[Answer], count: int, t: Thresholds) -> bool:
    """Never (for steps up), or Not now until `later_sessions` more sessions.

    A caution waits only for a Not now to that same caution: "Not now" to a step up never hides a
    stop for pain that comes after it."""
    mine = [a for a in answers if a.subject == s.subject]
    if s.kind.harder and any(a.reply is Reply.NEVER for a in mine):
        return True
    later = [a.sessions for a in mine if a.reply is Reply.LATER and (s.kind.harder or a.rule == s.rule.name)]
    return bool(later) and count < max(later) + t.later_sessions


def _points(values: list[int]) -> str:
    low, high = min(values), max(values)
    if low == high:
        return translate("core.suggestions", "%n point(s)", "points of pain, 0-10", low)
    return translate("core.suggestions", "{low} to {high} points", "points of pain, 0-10").format(low=low, high=high)


def _caution(r: _Reading, t: Thresholds) -> Suggestion | None:
    """Stay or ease: a stop for pain last time, pain rising, or the dose eased again and again."""
    recent = r.recent
    if not recent:
        return None
    n = len(recent)
    stops = sum(s.stopped for s in recent)
    rises = [s.rise for s in recent if s.rise is not None and s.rise >= t.pain_rise]
    eased = sum(s.eased for s in recent)
    keeps_happening = translate("core.suggestions", "If it keeps happening, talk to your therapist.")
    if recent[-1].stopped:
        rule, finding = STOPPED, translate("core.suggestions", "you stopped it for pain in the last session")
        line = (translate("core.suggestions", "It has happened in {count} of the last {n} sessions: talk to your "
                                              "therapist.").format(count=stops, n=n) if stops >= t.rises
                else keeps_happening)
    elif len(rises) >= t.rises:
        rule = PAIN_RISING
        finding = translate("core.suggestions", "pain after was {points} higher than before in {count} of the last "
                                                "{n} sessions", "{points}: 3 points, or 2 to 3 points").format(
            points=_points(rises), count=len(rises), n=n)
        line = keeps_happening
    elif eased >= t.rises:
        rule = EASED_OFTEN
        finding = translate("core.suggestions", "you eased it in {count} of the last {n} sessions").format(
            count=eased, n=n)
        line = ""
    else:
        return None
    # Easier, but within the exercise's ranges: the plan's doses are (the timer brings any other back in).
    easier = clamp_dose(r.exercise, easier_dose(r.exercise, r.dose))
    easier = replace(easier, resistance=r.dose.resistance, weight_kg=r.dose.weight_kg)
    at_easiest = _figures(easier) == _figures(r.dose)
    words, to_words = dose_words(r.dose), dose_words(easier)
    if r.dose.prescribed:
        kind = Kind.STAY if at_easiest else Kind.EASE
        question = (translate("core.suggestions", "Ask your therapist about it before the next session, and stop "
                                                  "whenever it hurts.") if at_easiest
                    else translate("core.suggestions", "Ask your therapist whether to ease it to {dose}; until then, "
                                                       "stop whenever it hurts.").format(dose=to_words))
        return _make(r, rule, kind, finding, question, t, ask_therapist=True, therapist_line="")
    if at_easiest:
        stay = translate("core.suggestions", "Stay at {dose}, the lowest in its range, and stop whenever it "
                                             "hurts.").format(dose=words)
        return _make(r, rule, Kind.STAY, finding, stay, t,
                     accept_label=translate("core.suggestions", "Keep {dose}", "a button").format(dose=words),
                     therapist_line=line,
                     detail=translate("core.suggestions", "kept {dose}", "an accepted suggestion, in the history")
                     .format(dose=words))
    question = (translate("core.suggestions", "Ease the plan's dose to {dose}?") if rule is EASED_OFTEN
                else translate("core.suggestions", "Ease it to {dose} for now?")).format(dose=to_words)
    return _make(r, rule, Kind.EASE, finding, question, t, dose_to=easier,
                 accept_label=translate("core.suggestions", "Ease to {dose}", "a button").format(dose=to_words),
                 therapist_line=line, detail=_change(words, to_words))


def _change(words: str, to_words: str) -> str:
    """'2 × 10 to 2 × 12': an accepted change of dose, kept with the answer (the History page shows it)."""
    return translate("core.suggestions", "{dose} to {new_dose}", "a dose changed: 2 × 10 to 2 × 12").format(
        dose=words, new_dose=to_words)


def _done_in_full(s: ExerciseSession, expected: int) -> bool:
    return not (s.eased or s.stopped or s.hurt is not None or s.sets_skipped) and s.sets_done >= expected


def _went_well(r: _Reading, t: Thresholds, today: date) -> bool:
    """The last `sessions` sessions: at the plan's dose, in full, pain after rated and low, no rise, no break."""
    recent = r.recent
    if len(recent) < t.sessions:
        return False
    for s in recent:
        if _figures(s.dose) != _figures(r.dose) or not _done_in_full(s, r.expected):
            return False
        if s.pain_after is None or s.pain_after > t.max_pain:
            return False
        if s.rise is not None and s.rise >= t.pain_rise:
            return False
    days = [s.day for s in recent] + [today]
    return all((b - a).days <= t.max_gap_days for a, b in zip(days, days[1:], strict=False))


def _step_up(r: _Reading, t: Thresholds, answers: Sequence[Answer]) -> Suggestion | None:
    words = dose_words(r.dose)
    raised = next_dose(r.exercise, r.dose)
    if raised is not None:
        longer = raised.hold_s != r.dose.hold_s  # the pause at the end of each rep is what grows
        words, to_words = dose_words(r.dose, longer), dose_words(raised, longer)
        finding = translate("core.suggestions", "the last {n} sessions at {dose} were done in full with pain "
                                                "{max_pain} or less").format(n=t.sessions, dose=words,
                                                                             max_pain=t.max_pain)
        if r.dose.prescribed:
            return _make(r, DOSE_RANGE, Kind.RAISE, finding,
                         translate("core.suggestions", "Ask your therapist whether to try {dose}: the dose is "
                                                       "theirs.").format(dose=to_words), t, ask_therapist=True)
        return _make(r, DOSE_RANGE, Kind.RAISE, finding,
                     translate("core.suggestions", "Try {dose}?").format(dose=to_words), t, dose_to=raised,
                     accept_label=translate("core.suggestions", "Try {dose}", "a button").format(dose=to_words),
                     detail=_change(words, to_words))
    step = next_progression(r.exercise, answers)
    if not step:
        return None
    restart = low_end(r.exercise, r.dose)
    finding = translate("core.suggestions", "the last {n} sessions at {dose}, the top of its range, were done in "
                                            "full with pain {max_pain} or less").format(n=t.sessions, dose=words,
                                                                                        max_pain=t.max_pain)
    if r.dose.prescribed:
        return _make(r, OWN_PROGRESSION, Kind.PROGRESS, finding,
                     translate("core.suggestions", "Ask your therapist whether to move on to its next progression: "
                                                   "{progression}", "the progression in the library's words").format(
                         progression=step), t, progression=step, ask_therapist=True)
    # detail: the progression as the library words it (the instructions mark the one taken by it).
    return _make(r, OWN_PROGRESSION, Kind.PROGRESS, finding,
                 translate("core.suggestions", "Move on to its next progression, starting again at {dose}? "
                                               "{progression}", "the progression in the library's words").format(
                     dose=dose_words(restart), progression=step), t,
                 dose_to=restart, progression=step, accept_label=translate("core.suggestions", "Move on", "a button"),
                 detail=step)


def _make(r: _Reading, rule: Rule, kind: Kind, finding: str, question: str, t: Thresholds, **more) -> Suggestion:
    return Suggestion(r.exercise.id, rule, kind, r.exercise.name, finding, question, rule.explain(t),
                      r.history.count, dose_from=r.dose, **more)


def _stage(plan: WeekPlan, library: Library, steady: Mapping[str, bool], history: Mapping[str, ExerciseHistory],
           answers: Sequence[Answer], t: Thresholds) -> Suggestion | None:
    """Every exercise of the plan at the top of its range and going well: the next starter stage."""
    current, nxt = program(plan.program), next_stage(plan, library)
    ids = [i for i in plan.exercise_ids() if library.get(i) is not None]
    if current is None or nxt is None or not ids or not all(steady.get(i) for i in ids):
        return None
    # About the plan's sessions: the exercise done most often (the daily stretches are in every one).
    count = max((history[i].count for i in ids if i in history), default=0)
    if _seen(answers, STAGE) and count < _seen(answers, STAGE) + t.sessions:
        return None
    new = [library[i].name for i in nxt.build(library, plan.emphasis).exercise_ids() if i not in set(ids)]
    finding = translate("core.suggestions", "every exercise of the {stage} is at the top of its range, and the last "
                                            "{n} sessions of each were done in full with pain {max_pain} or less",
                        "{stage}: a starter program named as a stage, such as Balance stage").format(
        stage=_stage_name(current), n=t.sessions, max_pain=t.max_pain)
    prescribed = bool(plan.prescribed_by) or any(p.prescribed for day in plan.days for p in day)
    common = dict(program=nxt.id, because=NEXT_STAGE.explain(t), sessions=count)
    title = translate("core.suggestions", "Your plan", "the title of a suggestion about the program's stage")
    if prescribed:
        s = Suggestion(STAGE, NEXT_STAGE, Kind.STAGE, title, finding,
                       translate("core.suggestions", "Ask your therapist whether to move on to the {stage}.",
                                 "{stage}: a starter program named as a stage, such as Balance stage").format(
                           stage=_stage_name(nxt)), ask_therapist=True, **common)
    else:
        s = Suggestion(STAGE, NEXT_STAGE, Kind.STAGE, title, finding,
                       translate("core.suggestions", "Move on to the {stage}? It adds {exercises}, and keeps your "
                                                     "doses.", "{exercises}: exercise names").format(
                           stage=_stage_name(nxt), exercises=_names(new)),
                       accept_label=translate("core.suggestions", "Go to {program}", "a button; a program's name")
                       .format(program=program_name(nxt.name)),
                       detail=nxt.name, **common)  # the program's own name, kept with the answer
    return None if _answered_away(s, answers, count, t) else s


def program_name(name: str) -> str:
    """A starter program's name (kept in English with an answer) in the user's language."""
    return translate("core.programs", name)


def _stage_name(p: Program) -> str:
    """'Early stage', 'Balance stage': a program named as a stage once."""
    if p.name.lower().endswith("stage"):
        return program_name(p.name)
    return translate("core.suggestions", "{program} stage", "a starter program's name as a stage: Balance stage") \
        .format(program=program_name(p.name))


def _names(names: list[str]) -> str:
    names = [n[:1].lower() + n[1:] for n in names]
    if len(names) == 1:
        return names[0]
    return translate("core.suggestions", "{names} and {last}", "a list of exercise names: a, b and c").format(
        names=", ".join(names[:-1]), last=names[-1])


# --- accepting --------------------------------------------------------------------------------------

def apply_to_plan(plan: WeekPlan, s: Suggestion, library: Library, today: date) -> WeekPlan:
    """The plan as accepting `s` makes it (a new object; `plan` is unchanged).

    A dose change replaces every entry of the exercise at the suggestion's old dose; a stage builds
    the next program, keeping the doses of the exercises the plan already had (on each weekday the
    one it had there) and the exercises the person added by hand. A suggestion with nothing to
    accept (a prescribed dose, staying) leaves the plan as it was.
    """
    out = plan.copy()
    if s.kind is Kind.STAGE and not s.ask_therapist:
        nxt = program(s.program)
        if nxt is None:
            raise ValueError(f"there is no starter program '{s.program}'")
        new = nxt.build(library, plan.emphasis, starts_on=today)
        usual = {i: plan_dose(plan, i) for i in plan.exercise_ids()}
        there = [{p.exercise_id: p for p in day} for day in plan.days]
        new.days = [[there[wd].get(p.exercise_id) or usual.get(p.exercise_id) or p for p in day]
                    for wd, day in enumerate(new.days)]
        current = program(plan.program)
        ours = set(current.build(library, plan.emphasis).exercise_ids()) if current is not None else set()
        for wd, day in enumerate(plan.days):  # what the person added to the program stays where it was
            have = {p.exercise_id for p in new.days[wd]}
            new.days[wd] += [p for p in day if p.exercise_id not in have and p.exercise_id not in ours]
        new.notes, new.prescribed_by, new.prescribed_on = plan.notes, plan.prescribed_by, plan.prescribed_on
        return new
    if s.dose_to is None or s.dose_from is None or s.ask_therapist:
        return out
    out.days = [[s.dose_to if p == s.dose_from else p for p in day] for day in out.days]
    return out


def answer_for(s: Suggestion, reply: Reply, day: date) -> Answer:
    """The answer to keep when the person replies to `s` on `day`."""
    if reply is Reply.NEVER and not s.can_never:
        raise ValueError("a caution cannot be switched off per exercise")
    return Answer(s.subject, s.rule.name, reply, day, s.sessions, s.detail if reply is Reply.ACCEPTED else "")
