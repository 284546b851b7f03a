"""Each exercise's dose over time as steps, for the History page's Steps view (Qt-free).

A step is a run of an exercise's finished sessions at one dose (sets, reps, hold seconds) and one
eased mark; a new step starts only where that differs from the exercise's session before. One read
of compact rows in time order and one pass over them find the changes and fold each run into one
step, so ten years of history come back as a few steps per exercise. With the steps: the pain before and after
of the sessions that had the exercise (per day, or the median per week over a long period), and the
suggestions accepted for it or for the program's stage.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rehab_desktop.core.records import Prescription
from rehab_desktop.core.stats import week_start
from rehab_desktop.store.db import Database

STAGE = "stage"  # an answer's subject for a move to the program's next stage (core.suggestions.STAGE)
DAILY_DAYS = 92  # up to this many days the pain is shown per day; longer periods per week (the median)

# Each exercise's finished sessions in the period with their dose and pain, in time order: the
# sessions_by_day index gives that order, so SQLite neither sorts nor groups, and the one pass in
# Python that finds the steps is cheaper than lag() in SQL (ten years: 23,000 compact rows).
_DONE = """
SELECT e.exercise_id, s.local_day, e.sets, e.reps, e.hold_s, e.eased, s.pain_before, s.pain_after
FROM sessions s JOIN session_exercises e ON e.session_id = s.id
WHERE s.local_day BETWEEN ? AND ? AND s.state = 'finished' {only}
ORDER BY s.local_day, s.started_at, s.id
"""
_ACCEPTED = """
SELECT subject, local_day, rule, detail FROM suggestion_answers
WHERE reply = 'accepted' AND local_day BETWEEN ? AND ? ORDER BY local_day, id
"""


@dataclass(frozen=True)
class DoseStep:
    """A run of sessions at one dose: from its first session's day to its last one's."""

    day: date
    last_day: date
    dose: Prescription  # sets, reps and hold (the dose done: the easier one when eased)
    eased: bool  # made easier after "It hurts"
    sessions: int

    @property
    def figures(self) -> tuple[int, int | None, int | None]:
        return self.dose.sets, self.dose.reps, self.dose.hold_s


@dataclass(frozen=True)
class PainPoint:
    """Pain before and after (0-10) on a day, or the median over a week (`day` its Monday)."""

    day: date
    before: float | None
    after: float | None


@dataclass(frozen=True)
class AcceptedMark:
    """A suggestion accepted on `day`: for an exercise, or (subject STAGE) the program's next stage."""

    day: date
    subject: str
    rule: str
    detail: str  # what changed, in words: "2 × 10 to 2 × 12", the stage's name

    @property
    def stage(self) -> bool:
        return self.subject == STAGE


@dataclass(frozen=True)
class ExerciseSteps:
    """One exercise over the period: its steps, its sessions' pain and the marks on its chart."""

    exercise_id: str
    steps: tuple[DoseStep, ...] = ()
    pain: tuple[PainPoint, ...] = ()
    marks: tuple[AcceptedMark, ...] = ()  # its own accepted suggestions and the stage's, by day

    @property
    def empty(self) -> bool:
        return not self.steps


@dataclass(frozen=True)
class DoseSteps:
    """Every exercise with sessions in first..last (and those asked for), by id; `weekly` pain or daily."""

    first: date
    last: date
    weekly: bool
    exercises: dict[str, ExerciseSteps]
    stage_marks: tuple[AcceptedMark, ...] = ()

    def of(self, exercise_id: str) -> ExerciseSteps:
        """The exercise's steps, or none (with the stage's marks) when it had no sessions in the period."""
        found = self.exercises.get(exercise_id)
        return found if found is not None else ExerciseSteps(exercise_id, marks=self.stage_marks)


def weekly_pain(first: date, last: date) -> bool:
    """Whether the period is long enough for its pain to be shown per week."""
    return (last - first).days + 1 > DAILY_DAYS


def read_dose_steps(db: Database, first: date, last: date, exercise_ids: Iterable[str] | None = None,
               weekly: bool | None = None) -> DoseSteps:
    """The steps, pain and accepted marks of each exercise in first..last (local days, both included).

    `exercise_ids` None: every exercise with a finished session in the period; else only those (each
    one present in the answer, without steps when it had no session). `weekly` None: per week when
    the period is longer than DAILY_DAYS.
    """
    wanted = None if exercise_ids is None else list(dict.fromkeys(exercise_ids))
    if weekly is None:
        weekly = weekly_pain(first, last)
    only, only_params = "", ()
    if wanted is not None:
        only = f"AND e.exercise_id IN ({', '.join('?' * len(wanted))})" if wanted else "AND 0"
        only_params = tuple(wanted)
    days = (first.isoformat(), last.isoformat())
    with db.reading() as conn:
        rows = conn.execute(_DONE.format(only=only), days + only_params).fetchall()
        mark_rows = conn.execute(_ACCEPTED, days).fetchall()

    # One pass: a step opens where (sets, reps, hold, eased) differs from the exercise's session before;
    # each session's ratings go to its day, or its week's counts for the median.
    runs: dict[str, list[list]] = defaultdict(list)  # [first day, last day, sessions, figures]
    ratings: dict[str, dict[str, tuple[list[int], list[int]]]] = defaultdict(dict)
    for ex, day, sets, reps, hold, eased, before, after in rows:
        figures = (sets, reps, hold, eased)
        own = runs[ex]
        if own and own[-1][3] == figures:
            run = own[-1]
            run[1] = day
            run[2] += 1
        else:
            own.append([day, day, 1, figures])
        if before is not None or after is not None:
            key = _week_of(day) if weekly else day
            b, a = ratings[ex].setdefault(key, ([], []))
            if before is not None:
                b.append(before)
            if after is not None:
                a.append(after)

    marks: dict[str, list[AcceptedMark]] = defaultdict(list)
    stage: list[AcceptedMark] = []
    for subject, day, rule, detail in mark_rows:
        mark = AcceptedMark(date.fromisoformat(day), subject, rule, detail)
        (stage if mark.stage else marks[subject]).append(mark)

    ids = wanted if wanted is not None else sorted(runs)
    out = {}
    for ex in ids:
        steps = tuple(DoseStep(date.fromisoformat(d0), date.fromisoformat(d1), Prescription(ex, f[0], f[1], f[2]),
                               bool(f[3]), n) for d0, d1, n, f in runs.get(ex, ()))
        pain = tuple(PainPoint(date.fromisoformat(key), _median(b), _median(a))
                     for key, (b, a) in sorted(ratings.get(ex, {}).items()))
        own_marks = tuple(sorted(marks.get(ex, []) + stage, key=lambda m: m.day))
        out[ex] = ExerciseSteps(ex, steps, pain, own_marks)
    return DoseSteps(first, last, weekly, out, tuple(stage))


@lru_cache(maxsize=4096)  # each day is met once per exercise done that day
def _week_of(day: str) -> str:
    """The Monday of a local day's week, as text."""
    return week_start(date.fromisoformat(day)).isoformat()


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None
