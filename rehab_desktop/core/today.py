"""How far today's planned exercises got: sets done per movement and side against the plan, and where to go on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rehab_desktop.core.exercises import Exercise, Library, Side
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import SetPlan, StartAt, TimerOptions, expand
from rehab_desktop.core.plan import WeekPlan, clamp_dose
from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus

SetsDone = Counter  # (exercise id, movement key, side) -> completed sets


def sets_done(records: Iterable[SetRecord]) -> SetsDone:
    """Count the completed sets of `records` (skipped ones are not done) per exercise, movement and side."""
    return Counter((r.exercise_id, r.movement, r.side) for r in records if r.status is SetStatus.COMPLETED)


@dataclass(frozen=True)
class ExerciseProgress:
    """One planned exercise against what was done today, in the order the timer would run its sets."""

    exercise: Exercise
    planned: tuple[SetPlan, ...]  # every set the planned dose asks for
    done: dict[tuple[str, str], int]  # (movement key, side) -> completed sets, capped at the planned number

    def _done(self, s: SetPlan) -> bool:
        # Counted per movement and side rather than by set number: a set skipped and made up later counts.
        return s.number <= self.done.get((s.movement.key, s.side.value), 0)

    @property
    def complete(self) -> bool:
        return all(self._done(s) for s in self.planned)

    @property
    def started(self) -> bool:
        return any(self.done.values())

    @property
    def sets_completed(self) -> int:
        return sum(self._done(s) for s in self.planned)

    def remaining(self) -> tuple[SetPlan, ...]:
        return tuple(s for s in self.planned if not self._done(s))

    def start_at(self) -> StartAt | None:
        """Where the timer should begin for what is left: None when nothing (or everything) is left."""
        left = self.remaining()
        if not left or not self.started:
            return None
        first = left[0]
        return StartAt(first.movement.key, first.side, first.number)

    def text(self) -> str:
        """'done today', 'not done yet', or how far it got: 'left leg done, right leg to do'."""
        if self.complete:
            return translate("core.today", "done today")
        if not self.started:
            return translate("core.today", "not done yet")
        if self.exercise.dose.side is Side.SWITCH_EACH_SET:  # sets in all, not per foot
            return _sets_done(self.sets_completed, len(self.planned))
        names = {s.movement.key: s.movement.name.lower() for s in self.planned}
        totals = {(s.movement.key, s.side.value): s.total for s in self.planned}
        by_movement: dict[str, list[tuple[str, int]]] = {}  # movement -> [(side, sets done)], in plan order
        for (movement, side), done in self.done.items():
            by_movement.setdefault(movement, []).append((side, done))
        multi = len(by_movement) > 1
        parts: list[str] = []
        for movement, sides in by_movement.items():
            total = totals[(movement, sides[0][0])]
            if multi and len({d for _, d in sides}) == 1 and sides[0][1] in (0, total):  # all done, or none
                parts.append(_state(names[movement], sides[0][1], total))
                continue
            for side, d in sides:
                total = totals[(movement, side)]
                who = "" if len(sides) == 1 else LegSide(side).label.lower()  # one side: no need to name it
                if multi and who:
                    label = translate("core.today", "{movement} {side}",
                                      "a movement of an exercise and a leg: inversion left leg").format(
                                          movement=names[movement], side=who)
                else:
                    label = names[movement] if multi else who
                parts.append(_state(label, d, total))
        return ", ".join(parts)


def _sets_done(done: int, total: int) -> str:
    return translate("core.today", "{done} of {total} sets done").format(done=done, total=total)


def _state(part: str, done: int, total: int) -> str:
    """'left leg done', 'eversion to do', 'right leg 1 of 2 sets done' ('done' for no part named)."""
    if not part:
        if done == total:
            return translate("core.today", "done", "a part of an exercise")
        return translate("core.today", "to do", "a part of an exercise") if done == 0 else _sets_done(done, total)
    if done == total:
        return translate("core.today", "{part} done", "{part}: left leg, or a movement: inversion").format(part=part)
    if done == 0:
        return translate("core.today", "{part} to do", "{part}: left leg, or a movement: inversion").format(part=part)
    return translate("core.today", "{part} {done} of {total} sets done", "{part}: left leg, or a movement").format(
        part=part, done=done, total=total)


def exercise_progress(exercise: Exercise, dose: Prescription, done: SetsDone,
                      options: TimerOptions | None = None) -> ExerciseProgress:
    """`exercise` planned at `dose` (sides as `options` order them) against today's `done` counts."""
    planned = expand(exercise, dose, options).sets
    counts: dict[tuple[str, str], int] = {}
    for s in planned:
        key = (s.movement.key, s.side.value)
        counts[key] = min(s.total, done.get((exercise.id, s.movement.key, s.side), 0))
    return ExerciseProgress(exercise, planned, counts)


@dataclass(frozen=True)
class DayWork:
    """A day of the plan against what history shows done that day: what is left and about how long it takes."""

    planned: int  # exercises planned that day (unknown ids included)
    done: int  # planned exercises with every set done
    partly: int  # started but not finished
    todo: tuple[Prescription, ...]  # what "Start today's session" runs: the ones not done, in the plan's order
    starts: dict[str, StartAt]  # where each partly done exercise of `todo` goes on
    seconds_left: float  # the timed phases of what is left (get-readies, holds, paced reps, rests)

    @property
    def finished(self) -> bool:
        return self.planned > 0 and self.done >= self.planned

    @property
    def left(self) -> int:
        return len(self.todo)

    @property
    def minutes_left(self) -> int:
        """Whole minutes, at least 1 while anything is left."""
        return max(1, round(self.seconds_left / 60)) if self.todo else 0


def day_work(plan: WeekPlan, day: date, library: Library, done: SetsDone,
             options: TimerOptions | None = None) -> DayWork:
    """`day`'s entries of `plan` (each moved into its exercise's ranges, as the timer runs it) against `done`.
    Exercises missing from the library count as planned, never as left: they cannot be timed."""
    doses = plan.for_date(day)
    todo: list[Prescription] = []
    starts: dict[str, StartAt] = {}
    finished = partly = 0
    seconds = 0.0
    for planned in doses:
        ex = library.get(planned.exercise_id)
        if ex is None:
            continue
        dose = clamp_dose(ex, planned)
        progress = exercise_progress(ex, dose, done, options)
        if progress.complete:
            finished += 1
            continue
        partly += progress.started
        todo.append(dose)
        start = progress.start_at()
        if start is not None:
            starts[ex.id] = start
        seconds += expand(ex, dose, options, start=start).totals().duration_s
    return DayWork(len(doses), finished, partly, tuple(todo), starts, seconds)
