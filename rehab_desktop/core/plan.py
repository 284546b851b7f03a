"""The weekly plan: for each weekday, which exercises in which order at which dose (Qt-free)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rehab_desktop.core.exercises import LONG_HOLD_S, SAFETY_LIMITS, Amount, Exercise, Library, Side
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.records import Prescription

# Monday first, numbered as date.weekday() numbers them (ISO 8601 weeks). English names, for keys and
# files; a day is shown as formats().weekday_name(i) (short=True: 'Mon').
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBR = tuple(d[:3] for d in WEEKDAYS)
DEFAULT_NAME = QT_TRANSLATE_NOOP("core.plan", "My weekly plan")
EMPHASES = ("anterior", "posterior")


def default_name() -> str:
    """The name a new plan gets, in the user's language."""
    return translate("core.plan", DEFAULT_NAME)


def _day_name(weekday: int) -> str:
    return formats().weekday_name(weekday)


class PlanError(ValueError):
    """An edit the plan cannot take (an exercise already on that day, a day out of range)."""


def week_start(day: date) -> date:
    """The Monday of the week `day` falls in."""
    return day - timedelta(days=day.weekday())


def week_dates(monday: date) -> list[date]:
    return [monday + timedelta(days=i) for i in range(7)]


# --- doses ------------------------------------------------------------------------------------

def dose_amounts(exercise: Exercise) -> tuple[Amount, Amount | None, Amount | None]:
    """(sets, reps, hold) ranges a plan entry may choose from.

    One Prescription covers every movement; the timer clamps it per movement, so the first
    movement's ranges are the ones offered (inversion and eversion share theirs).
    """
    first = exercise.dose.movements[0]
    return exercise.dose.sets, first.reps, first.hold


def default_dose(exercise: Exercise) -> Prescription:
    """Each figure's default: the low end of a range, or N for 'up to N' (as the timer does)."""
    sets, reps, hold = dose_amounts(exercise)
    return Prescription(exercise.id, sets.default, reps.default if reps else None,
                        hold.default if hold else None)


def within_limits(amount: Amount, value: int, limit: int, free: bool) -> int:
    """`value` in `amount`'s range, or, when `free` (a prescribed dose), anywhere from 1 to `limit`."""
    return max(1, min(limit, int(value))) if free else amount.clamp(value)


def clamp_dose(exercise: Exercise, dose: Prescription) -> Prescription:
    """`dose` moved into the exercise's ranges (a prescribed dose: into the safety limits only);
    figures the exercise has no use for are dropped."""
    sets, reps, hold = dose_amounts(exercise)
    free = dose.prescribed
    weight = dose.weight_kg if dose.weight_kg is None else max(0.0, min(200.0, float(dose.weight_kg)))
    return Prescription(
        exercise.id,
        within_limits(sets, dose.sets, SAFETY_LIMITS["sets"], free),
        None if reps is None else within_limits(reps, dose.reps if dose.reps is not None else reps.default,
                                                SAFETY_LIMITS["reps"], free),
        None if hold is None else within_limits(hold, dose.hold_s if dose.hold_s is not None else hold.default,
                                                SAFETY_LIMITS["hold_s"], free),
        dose.resistance.strip(),
        weight,
        dose.prescribed,
        dose.prescribed_by.strip() if dose.prescribed else "",
    )


# What is wrong with one figure of a dose, per figure ('sets', 'reps', 'hold_s'), in whole sentences.
_BELOW = {
    "sets": QT_TRANSLATE_NOOP("core.plan", "{value} sets is below 1"),
    "reps": QT_TRANSLATE_NOOP("core.plan", "{value} reps is below 1"),
    "hold_s": QT_TRANSLATE_NOOP("core.plan", "{value} s hold is below 1"),
}
_ABOVE = {
    "sets": QT_TRANSLATE_NOOP("core.plan", "{value} sets is above {limit}, the most the app allows"),
    "reps": QT_TRANSLATE_NOOP("core.plan", "{value} reps is above {limit}, the most the app allows"),
    "hold_s": QT_TRANSLATE_NOOP("core.plan", "{value} s hold is above {limit}, the most the app allows"),
}
_OUTSIDE = {
    "sets": QT_TRANSLATE_NOOP("core.plan", "{value} sets is outside {low}\u2013{high}"),
    "reps": QT_TRANSLATE_NOOP("core.plan", "{value} reps is outside {low}\u2013{high}"),
    "hold_s": QT_TRANSLATE_NOOP("core.plan", "{value} s hold is outside {low}\u2013{high}"),
}


def safety_problems(dose: Prescription) -> list[str]:
    """What in `dose` breaks the safety limits, in words ("40 sets is above 10"); empty when none."""
    out = []
    for key, value in (("sets", dose.sets), ("reps", dose.reps), ("hold_s", dose.hold_s)):
        if value is None:
            continue
        if value < 1 and not (key == "hold_s" and value == 0):
            out.append(translate("core.plan", _BELOW[key]).format(value=value))
        elif value > SAFETY_LIMITS[key]:
            out.append(translate("core.plan", _ABOVE[key]).format(value=value, limit=SAFETY_LIMITS[key]))
    return out


def prescribed_text(dose: Prescription) -> str:
    """'prescribed by Ana Ruiz', 'prescribed by your therapist', or '' for a dose that is not."""
    if not dose.prescribed:
        return ""
    if dose.prescribed_by:
        return translate("core.plan", "prescribed by {therapist}", "{therapist}: a name").format(
            therapist=dose.prescribed_by)
    return translate("core.plan", "prescribed by your therapist")


def easier_dose(exercise: Exercise, dose: Prescription) -> Prescription:
    """The same exercise at an easier dose: the low end of every range, or half when already there.

    An "up to N" count has no low end worth the name (up to 10 stretches is not 1): it halves."""
    m = exercise.dose.movements[0]
    sets = exercise.dose.sets.low
    reps = hold = None
    if m.reps is not None and dose.reps is not None:
        reps = m.reps.low if dose.reps > m.reps.low and not m.reps.up_to else max(1, dose.reps // 2)
    if m.hold is not None and dose.hold_s is not None:
        hold = m.hold.low if dose.hold_s > m.hold.low else max(1, dose.hold_s // 2)
    # Easier than prescribed is no longer the prescribed dose: the history marks it eased instead.
    return replace(dose, sets=min(sets, dose.sets), reps=reps, hold_s=hold, prescribed=False, prescribed_by="")


def dose_problems(exercise: Exercise, dose: Prescription) -> list[str]:
    """What in `dose` lies outside the exercise's ranges, in words; empty when it fits.

    A prescribed dose is not held to the ranges, only to the safety limits (`safety_problems`)."""
    if dose.prescribed:
        return safety_problems(dose)
    sets, reps, hold = dose_amounts(exercise)
    out = []
    for key, amount, value in (("sets", sets, dose.sets), ("reps", reps, dose.reps), ("hold_s", hold, dose.hold_s)):
        if amount is not None and value is not None and amount.clamp(value) != value:
            out.append(translate("core.plan", _OUTSIDE[key]).format(value=value, low=amount.low,
                                                                     high=amount.max_choice))
    return out


def dose_text(exercise: Exercise, dose: Prescription, mark: bool = False) -> str:
    """'3 sets × 12 reps, hold 2 s, each leg' or '2 sets × 30 s hold, each leg' (plus band or weight).

    With `mark`, a '*' follows each figure that is the app's suggestion rather than the article's.
    """
    sets, reps, hold = dose_amounts(exercise)

    def star(amount: Amount | None) -> str:
        return "*" if mark and amount is not None and amount.suggested else ""

    n_sets, n_reps = dose.sets or 0, dose.reps or 0  # a count (a dose saved without reps reads as 0)
    held = hold is not None and dose.hold_s is not None
    seconds = f"{dose.hold_s}{star(hold)}"
    if reps is None:
        work = translate("core.plan", "{seconds} s hold", "the work of a set: a hold of so many seconds "
                         "({seconds}: a figure, maybe with '*')").format(seconds=seconds)
    elif held and hold.low >= LONG_HOLD_S:  # in and out of a stretch
        work = translate("core.plan", "hold {seconds} s, %n{mark} times", "the work of a set: in and out of a "
                         "stretch; {mark}: '*' or nothing", n_reps).format(seconds=seconds, mark=star(reps))
    elif len(exercise.dose.movements) > 1 and held:
        work = translate("core.plan", "%n{mark} reps each way, hold {seconds} s", "the work of a set; {mark}: '*' "
                         "or nothing", n_reps).format(seconds=seconds, mark=star(reps))
    elif len(exercise.dose.movements) > 1:
        work = translate("core.plan", "%n{mark} reps each way", "the work of a set; {mark}: '*' or nothing",
                         n_reps).format(mark=star(reps))
    elif held:
        work = translate("core.plan", "%n{mark} reps, hold {seconds} s", "the work of a set; {mark}: '*' or "
                         "nothing", n_reps).format(seconds=seconds, mark=star(reps))
    else:
        work = translate("core.plan", "%n{mark} reps", "the work of a set; {mark}: '*' or nothing",
                         n_reps).format(mark=star(reps))
    if exercise.dose.side is Side.SWITCH_EACH_SET:  # the sets in all, not per foot
        head = translate("core.plan", "%n{mark} set(s) in all \u00d7 {work}", "sets of a dose, the side switched "
                         "each set; {mark}: '*' or nothing; {work}: '12 reps', '30 s hold'...", n_sets)
    else:
        head = translate("core.plan", "%n{mark} set(s) \u00d7 {work}", "sets of a dose; {mark}: '*' or nothing; "
                         "{work}: '12 reps', '30 s hold'...", n_sets)
    parts = [head.format(mark=star(sets), work=work), exercise.dose.side.label]
    if dose.resistance:
        parts.append(dose.resistance)
    if dose.weight_kg:
        parts.append(f"{formats().decimal(dose.weight_kg, places=3)} kg")
    if dose.prescribed:
        parts.append(prescribed_text(dose))
    return ", ".join(parts)


def short_dose(dose: Prescription) -> str:
    """'3×12' or '2×30 s': a dose small enough for a printed day cell."""
    if dose.reps is not None:
        return f"{dose.sets}\u00d7{dose.reps}"
    return f"{dose.sets}\u00d7{dose.hold_s} s"


# --- the plan -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanProblem:
    """Something in a plan that doesn't match the library, in words a person can act on."""

    weekday: int
    index: int  # 0-based position in that day
    exercise_id: str
    message: str


@dataclass
class WeekPlan:
    """Seven weekdays (Monday first), each an ordered list of doses; repeats every week."""

    name: str = field(default_factory=default_name)
    starts_on: date | None = None  # the first day it applies: earlier days are never "missed"
    notes: str = ""  # free text printed on the sheet
    program: str = ""  # the starter program it began from ('' when built by hand)
    emphasis: str = ""  # '', 'anterior' or 'posterior'
    days: list[list[Prescription]] = field(default_factory=lambda: [[] for _ in range(7)])
    prescribed_by: str = ""  # the therapist who prescribed the program, when the user or a file says so
    prescribed_on: date | None = None  # when they prescribed it
    source: str = ""  # where this version came from: '' (made in the app) or the program file's name

    def same_content(self, other: WeekPlan) -> bool:
        """Whether `other` plans the same thing (its start date aside)."""
        return (self.name, self.notes, self.program, self.emphasis, self.days, self.prescribed_by,
                self.prescribed_on) == (other.name, other.notes, other.program, other.emphasis, other.days,
                                        other.prescribed_by, other.prescribed_on)

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            days = len(self.days)
            raise PlanError(translate("core.plan", "a week has 7 days, not {count}").format(count=days))
        self.days = [list(d) for d in self.days]
        if self.emphasis not in ("", *EMPHASES):
            raise PlanError(translate("core.plan", "emphasis must be anterior or posterior, not {value}").format(
                value=repr(self.emphasis)))

    def copy(self) -> WeekPlan:
        return copy.deepcopy(self)

    # -- reading --

    def entries(self, weekday: int) -> list[Prescription]:
        return list(self.days[_day(weekday)])

    @property
    def is_empty(self) -> bool:
        return not any(self.days)

    def entry_count(self) -> int:
        return sum(len(d) for d in self.days)

    def exercise_ids(self) -> list[str]:
        """Every exercise in the plan once, in the order first met going Monday to Sunday."""
        seen: dict[str, None] = {}
        for day in self.days:
            for p in day:
                seen.setdefault(p.exercise_id, None)
        return list(seen)

    def start_if_new(self, today: date) -> None:
        """A plan gets its first exercise: it applies from `today`, so earlier days are never "missed"."""
        if self.starts_on is None and not self.is_empty:
            self.starts_on = today

    def for_date(self, day: date) -> list[Prescription]:
        """The doses planned on `day`, in order; none before the plan starts."""
        if self.starts_on is not None and day < self.starts_on:
            return []
        return self.entries(day.weekday())

    def planned_days(self, first: date, last: date) -> set[date]:
        """The dates in first..last (inclusive) on which the plan has at least one exercise."""
        if self.starts_on is not None:
            first = max(first, self.starts_on)
        busy = {i for i, d in enumerate(self.days) if d}
        out, day = set(), first
        while day <= last and busy:
            if day.weekday() in busy:
                out.add(day)
            day += timedelta(days=1)
        return out

    def validate(self, library: Library) -> list[PlanProblem]:
        """Entries the library doesn't know, or whose dose lies outside the exercise's ranges."""
        problems = []
        for wd, day in enumerate(self.days):
            for i, p in enumerate(day):
                ex = library.get(p.exercise_id)
                day = _day_name(wd)
                day = day[:1].upper() + day[1:]
                if ex is None:
                    problems.append(PlanProblem(wd, i, p.exercise_id, translate(
                        "core.plan", "{day}, exercise {number}: '{id}' is not in the exercise library").format(
                        day=day, number=i + 1, id=p.exercise_id)))
                    continue
                for text in dose_problems(ex, p):
                    problems.append(PlanProblem(wd, i, p.exercise_id, translate(
                        "core.plan", "{day}, exercise {number} ({exercise}): {problem}",
                        "{problem}: what is wrong with the dose, e.g. '40 sets is outside 2\u20133'").format(
                        day=day, number=i + 1, exercise=ex.name, problem=text)))
        return problems

    def runnable(self, library: Library, weekday: int) -> list[Prescription]:
        """The day's doses the timer can run: known exercises, each clamped into its ranges."""
        return [clamp_dose(library[p.exercise_id], p) for p in self.days[_day(weekday)]
                if library.get(p.exercise_id) is not None]

    # -- editing --

    def add(self, weekday: int, dose: Prescription, index: int | None = None) -> int:
        """Put `dose` on a day (at the end, or at `index`); returns its position."""
        day = self.days[_day(weekday)]
        if any(p.exercise_id == dose.exercise_id for p in day):
            # A session records one dose per exercise, so a day lists each exercise once.
            raise PlanError(translate("core.plan", "{exercise} is already planned on {day}",
                                      "{exercise}: an exercise id").format(exercise=dose.exercise_id,
                                                                           day=_day_name(weekday)))
        index = len(day) if index is None else max(0, min(len(day), index))
        day.insert(index, dose)
        return index

    def remove(self, weekday: int, index: int) -> Prescription:
        return self.days[_day(weekday)].pop(_index(self.days[weekday], index))

    def move(self, weekday: int, source: int, target: int) -> int:
        """Move an entry so it ends up at position `target` (clamped); returns where it went."""
        day = self.days[_day(weekday)]
        item = day.pop(_index(day, source))
        target = max(0, min(len(day), target))
        day.insert(target, item)
        return target

    def move_up(self, weekday: int, index: int) -> int:
        return self.move(weekday, index, index - 1)

    def move_down(self, weekday: int, index: int) -> int:
        return self.move(weekday, index, index + 1)

    def copy_day(self, source: int, targets: list[int] | set[int]) -> list[int]:
        """Make each target day a copy of `source` (replacing what it had); returns the days changed."""
        entries = self.entries(source)
        changed = []
        for t in sorted({_day(t) for t in targets}):  # every day checked before any is changed
            if t != source:
                self.days[t] = list(entries)
                changed.append(t)
        return changed

    def set_dose(self, weekday: int, index: int, dose: Prescription) -> Prescription:
        """Replace an entry's dose (same exercise); the caller clamps it (see `clamp_dose`)."""
        day = self.days[_day(weekday)]
        old = day[_index(day, index)]
        if dose.exercise_id != old.exercise_id:
            raise PlanError(translate("core.plan", "entry {number} on {day} is {planned}, not {given}",
                                      "{planned}, {given}: exercise ids").format(
                number=index + 1, day=_day_name(weekday), planned=old.exercise_id, given=dose.exercise_id))
        day[index] = dose
        return dose

    def with_doses(self, library: Library) -> WeekPlan:
        """A copy with every known entry's dose clamped into its exercise's ranges."""
        out = self.copy()
        out.days = [[clamp_dose(library[p.exercise_id], p) if library.get(p.exercise_id) else p for p in day]
                    for day in self.days]
        return out


def _day(weekday: int) -> int:
    if not isinstance(weekday, int) or not 0 <= weekday <= 6:
        raise PlanError(translate("core.plan", "weekday must be 0 (Monday) to 6 (Sunday), not {value}").format(
            value=repr(weekday)))
    return weekday


def _index(day: list, index: int) -> int:
    if not 0 <= index < len(day):
        raise PlanError(translate("core.plan", "there is no exercise {number} on that day").format(number=index + 1))
    return index

