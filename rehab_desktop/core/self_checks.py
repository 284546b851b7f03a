"""The weekly self-checks: what is measured, how a typed value is read and checked, when the next
check is due, and what the results say in plain words. Qt-free; the results live in the store
(`store.self_checks`), the screens in `ui/selfcheck/`.

Three kinds of measure, each optional:
- knee-to-wall (ankle bend, in centimetres or inches, both sides; "could not do it: pain" is a
  result of its own);
- single-leg stance (balance, timed by the app on the timer engine, eyes open and optionally eyes
  closed, both sides);
- how the ankle is doing: 0-10 ratings of everyday activities and one overall percentage.

For every measure here a higher number is better (the ratings run from 0, "I can't", to 10, "no
trouble at all"), so "worse" means lower, and a "could not do it: pain" is worse than any number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.self_check_due import (  # noqa: F401  (part of this module's interface)
    DEFAULT_INTERVAL_DAYS,
    INTERVAL_CHOICES,
    DueStatus,
    due_status,
    remind_due,
)

if TYPE_CHECKING:
    from rehab_desktop.core.exercises import Exercise
    from rehab_desktop.core.phases import Plan

STANCE_MAX_CHOICES = (30, 60)
DEFAULT_STANCE_MAX_S = 30
STANCE_LEAD_IN_S = 3.0  # the 3-2-1 before a timed stance
CM_PER_INCH = 2.54
SIDES = ("left", "right")


class Kind(StrEnum):
    DISTANCE = "distance"  # stored in cm, shown in the unit the person chose
    SECONDS = "seconds"
    RATING = "rating"  # 0-10
    PERCENT = "percent"  # 0-100


class Outcome(StrEnum):
    MEASURED = "measured"
    PAIN = "pain"  # "could not do it: pain": a valid result, shown as such


class Variant(StrEnum):
    NONE = ""
    EYES_OPEN = "eyes-open"
    EYES_CLOSED = "eyes-closed"

    @property
    def label(self) -> str:
        return {"": "", "eyes-open": "eyes open", "eyes-closed": "eyes closed"}[self.value]


class Unit(StrEnum):
    CM = "cm"
    INCH = "in"


@dataclass(frozen=True)
class Measure:
    id: str
    name: str  # "Knee-to-wall"
    kind: Kind
    sided: bool  # measured on each side
    what: str  # what it tells, one line
    steps: tuple[str, ...] = ()
    low: float = 0.0
    high: float = 10.0  # the most a value can be (stance: the chosen maximum instead)
    variants: tuple[Variant, ...] = (Variant.NONE,)
    pain_allowed: bool = False  # "could not do it: pain" can be recorded
    sport: bool = False  # only for those returning to running or jumping
    rating_low: str = ""  # what 0 means, for ratings
    rating_high: str = ""

    def unit_text(self, unit: Unit = Unit.CM) -> str:
        return {Kind.DISTANCE: unit.value, Kind.SECONDS: "s", Kind.RATING: "/10", Kind.PERCENT: "%"}[self.kind]


KNEE_TO_WALL = Measure(
    "knee-to-wall", "Knee-to-wall", Kind.DISTANCE, sided=True,
    what="How far the ankle bends with your weight on it.",
    steps=(
        "Stand facing a wall, shoes off, with the foot you are testing in front and pointing straight at it.",
        "With that heel pressed down, push the knee towards the wall until it touches.",
        "If the knee reaches easily, move the foot back a little and try again; if the heel lifts or the knee "
        "misses, move it closer.",
        "When the knee only just touches the wall with the heel still down, measure from the tip of the big "
        "toe to the wall.",
        "If the front of the ankle pinches, stop there and record that it hurt: that is a result too.",
    ),
    high=30.0, pain_allowed=True)

SINGLE_LEG_STANCE = Measure(
    "single-leg-stance", "Single-leg stance", Kind.SECONDS, sided=True,
    what="How long you can balance on one leg.",
    steps=(
        "Stand beside a wall or counter you could grab, shoes off, arms crossed over your chest.",
        "Press Space: after 3, 2, 1, lift one foot off the floor and keep still.",
        "The moment the lifted foot touches down, or you uncross your arms or grab the support, press Space, "
        "Enter or click Stop.",
        "The timer stops by itself at the maximum you chose.",
    ),
    high=float(DEFAULT_STANCE_MAX_S), variants=(Variant.EYES_OPEN, Variant.EYES_CLOSED))


def _rating(id_: str, name: str, what: str, sport: bool = False) -> Measure:
    return Measure(id_, name, Kind.RATING, sided=False, what=what, high=10.0, sport=sport,
                   rating_low="I can't", rating_high="no trouble at all")


RATINGS = (
    _rating("walking", "Walking", "Walking on level ground for as long as you usually need to."),
    _rating("stairs-up", "Stairs up", "Going up a flight of stairs."),
    _rating("stairs-down", "Stairs down", "Coming down a flight of stairs."),
    _rating("squatting", "Squatting", "Squatting down low, as if to pick something up from the floor."),
    _rating("tiptoe", "Rising on tiptoe", "Rising up onto your toes on both feet."),
    _rating("running-jumping", "Running or jumping", "Running, hopping or jumping, if you are returning to "
            "sport.", sport=True),
)

OVERALL = Measure(
    "overall", "Your ankle today", Kind.PERCENT, sided=False,
    what="Your ankle today, as a percentage of normal (100 % is as it was before the trouble).", high=100.0)

MEASURES: tuple[Measure, ...] = (KNEE_TO_WALL, SINGLE_LEG_STANCE, *RATINGS, OVERALL)
BY_ID = {m.id: m for m in MEASURES}


def measure(measure_id: str) -> Measure:
    """The measure with this id; KeyError for an unknown one."""
    return BY_ID[measure_id]


class CheckInputError(ValueError):
    """A typed value that is not stored: `message` names the measure, side and what is wrong."""

    def __init__(self, message: str, field: str = ""):
        super().__init__(message)
        self.message = message
        self.field = field


def field_name(m: Measure, side: str = "", variant: Variant | str = Variant.NONE) -> str:
    """'Knee-to-wall, left' / 'Single-leg stance, right, eyes closed' / 'Walking'."""
    parts = [m.name]
    if side:
        parts.append(side)
    label = Variant(variant).label
    if label:
        parts.append(label)
    return ", ".join(parts)


def to_cm(value: float, unit: Unit) -> float:
    return value * CM_PER_INCH if unit is Unit.INCH else value


def from_cm(cm: float, unit: Unit) -> float:
    return cm / CM_PER_INCH if unit is Unit.INCH else cm


def parse_value(m: Measure, text: str, *, side: str = "", variant: Variant | str = Variant.NONE,
                unit: Unit = Unit.CM, max_s: float | None = None) -> float:
    """The value typed for `m`, in the stored unit (cm for distances); CheckInputError otherwise.

    Distances are typed in `unit` and checked against 0-30 cm; a stance time against 0 to `max_s`
    (the maximum chosen for it); ratings are whole numbers 0-10; the overall is 0-100 %.
    """
    where = field_name(m, side, variant)
    raw = text.strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        shown = text.strip() or "nothing"
        raise CheckInputError(f"{where}: '{shown}' is not a number." if text.strip()
                              else f"{where}: {shown} was entered.", where) from None
    if not math.isfinite(value):
        raise CheckInputError(f"{where}: '{text.strip()}' is not a number.", where)
    if m.kind is Kind.DISTANCE:
        cm = to_cm(value, unit)
        if cm < m.low or cm > m.high + 1e-9:
            most = format_amount(from_cm(m.high, unit), unit.value)
            raise CheckInputError(f"{where}: {format_amount(value, unit.value)} is outside 0 to {most}, what this "
                                  "check measures.", where)
        return cm
    if m.kind is Kind.SECONDS:
        most = m.high if max_s is None else max_s
        if value < 0 or value > most + 1e-9:
            raise CheckInputError(f"{where}: {format_amount(value, 's')} is outside 0 to the {most:g} s maximum.",
                                  where)
        return round(value, 1)
    if value != int(value):
        raise CheckInputError(f"{where}: {raw} is not a whole number.", where)
    if value < m.low or value > m.high:
        raise CheckInputError(f"{where}: {raw} is outside {m.low:g} to {m.high:g}.", where)
    return float(int(value))


def format_amount(value: float, unit: str) -> str:
    """'9 cm', '9.5 cm', '3.5 in', '12.3 s', '7/10', '60 %'."""
    if unit == "/10":
        return f"{value:g}/10"
    text = f"{round(value, 1):.1f}".removesuffix(".0")
    return f"{text} %" if unit == "%" else f"{text} {unit}"


@dataclass(frozen=True)
class CheckResult:
    measure: str
    side: str = ""  # "left" / "right" for sided measures, else ""
    variant: Variant = Variant.NONE
    value: float | None = None  # cm, seconds, 0-10 or percent; None with Outcome.PAIN
    outcome: Outcome = Outcome.MEASURED
    limit_s: float | None = None  # single-leg stance: the maximum it was timed against

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.measure, self.side, self.variant.value)

    def text(self, unit: Unit = Unit.CM) -> str:
        """'9 cm', 'could not do it: pain', '30 s (the maximum)'."""
        if self.outcome is Outcome.PAIN or self.value is None:
            return "could not do it: pain"
        m = BY_ID[self.measure]
        shown = from_cm(self.value, unit) if m.kind is Kind.DISTANCE else self.value
        text = format_amount(shown, m.unit_text(unit))
        if m.kind is Kind.SECONDS and self.limit_s is not None and self.value >= self.limit_s:
            text += " (the maximum)"
        return text


@dataclass(frozen=True)
class SelfCheck:
    """One check as taken on `day`: whatever was measured of it (each measure is optional)."""

    id: int | None
    day: date
    taken_at: datetime
    results: tuple[CheckResult, ...] = field(default_factory=tuple)

    def get(self, measure_id: str, side: str = "", variant: Variant | str = Variant.NONE) -> CheckResult | None:
        key = (measure_id, side, Variant(variant).value)
        return next((r for r in self.results if r.key == key), None)


# -- what the results say -----------------------------------------------------------------------

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def ago(then: date, now: date) -> str:
    """'three days ago', 'a week ago', 'four weeks ago', '3 months ago'."""
    days = (now - then).days
    if days <= 0:
        return "earlier today"
    if days == 1:
        return "yesterday"
    if days < 7:
        return f"{_NUMBERS[days]} days ago"
    weeks = round(days / 7)
    if weeks <= 12:
        return "a week ago" if weeks == 1 else f"{_NUMBERS[weeks]} weeks ago"
    months = round(days / 30.4)
    return f"{months} months ago"


def history_of(checks: list[SelfCheck], key: tuple[str, str, str]) -> list[tuple[date, CheckResult]]:
    """The results for one (measure, side, variant), oldest first."""
    out = []
    for c in sorted(checks, key=lambda c: (c.day, c.taken_at)):
        r = c.get(*key)
        if r is not None:
            out.append((c.day, r))
    return out


def _score(r: CheckResult) -> float:
    """For comparing: pain is below any measured value."""
    return -math.inf if r.outcome is Outcome.PAIN or r.value is None else r.value


def _difference(a: float, b: float, m: Measure, unit: Unit) -> str:
    """'2 cm more' / '3 s less' / 'the same'."""
    if m.kind is Kind.DISTANCE:
        a, b = from_cm(a, unit), from_cm(b, unit)
    d = round(a - b, 1)
    if d == 0:
        return "the same"
    amount = format_amount(abs(d), m.unit_text(unit))
    if m.kind is Kind.RATING:
        amount = f"{abs(d):g} point" + ("" if abs(d) == 1 else "s")
    elif m.kind is Kind.PERCENT:
        amount = f"{abs(d):g} points"
    return f"{amount} {'more' if d > 0 else 'less'}"


def describe(checks: list[SelfCheck], check: SelfCheck, measure_id: str, side: str = "",
             variant: Variant | str = Variant.NONE, unit: Unit = Unit.CM) -> str:
    """One result in words, beside the last check, the first one and the other side:
    'Left knee-to-wall: 9 cm (last time 8 cm), 2 cm more than four weeks ago; 3 cm less than the right.'"""
    m = BY_ID[measure_id]
    variant = Variant(variant)
    r = check.get(measure_id, side, variant)
    if r is None:
        return ""
    label = m.name.lower() if side else m.name
    head = f"{side.capitalize()} {label}" if side else label
    if variant.label:
        head += f" ({variant.label})"
    parts = [f"{head}: {r.text(unit)}"]
    earlier = [(d, x) for d, x in history_of(checks, r.key) if d < check.day]
    if len(earlier) >= 2:  # the one before, when it is not the first (which the change is told against)
        parts[0] += f" (last time {earlier[-1][1].text(unit)})"
    if r.outcome is Outcome.MEASURED and earlier:
        first_day, first = earlier[0]
        if first.outcome is Outcome.MEASURED and first.value is not None:
            diff = _difference(r.value, first.value, m, unit)
            parts[0] += f", {diff} than {ago(first_day, check.day)}" if diff != "the same" \
                else f", the same as {ago(first_day, check.day)}"
        else:
            parts[0] += f"; {ago(first_day, check.day)} it could not be done for pain"
    if side:
        other = check.get(measure_id, "right" if side == "left" else "left", variant)
        if other is not None:
            other_name = "right" if side == "left" else "left"
            if r.outcome is Outcome.MEASURED and other.outcome is Outcome.MEASURED:
                diff = _difference(r.value, other.value, m, unit)
                parts.append(f"{diff} than the {other_name}" if diff != "the same" else f"the same as the {other_name}")
            elif other.outcome is Outcome.PAIN and r.outcome is Outcome.MEASURED:
                parts.append(f"the {other_name} could not be done for pain")
    return "; ".join(parts) + "."


def worse_twice(checks: list[SelfCheck], key: tuple[str, str, str]) -> bool:
    """Whether the latest two results of `key` were each worse than the one before."""
    results = history_of(checks, key)
    if len(results) < 3:
        return False
    a, b, c = (_score(r) for _, r in results[-3:])
    return b < a and c < b


def keys_in(check: SelfCheck) -> list[tuple[str, str, str]]:
    """The (measure, side, variant) of a check's results, in the order of MEASURES."""
    order = {m.id: i for i, m in enumerate(MEASURES)}
    return sorted((r.key for r in check.results), key=lambda k: (order.get(k[0], 99), k[2], k[1]))


def therapist_lines(checks: list[SelfCheck]) -> list[str]:
    """A line for each result that got worse two checks running (from the latest check's results)."""
    if not checks:
        return []
    latest = max(checks, key=lambda c: (c.day, c.taken_at))
    out = []
    for key in keys_in(latest):
        if worse_twice(checks, key):
            m = BY_ID[key[0]]
            where = field_name(m, key[1], key[2])
            out.append(f"{where} has been lower at two checks in a row: worth mentioning to your therapist.")
    return out


def series(checks: list[SelfCheck], key: tuple[str, str, str], unit: Unit = Unit.CM) -> list[tuple[date, float | None]]:
    """(day, value in the shown unit) for a chart; None where it could not be done for pain."""
    m = BY_ID[key[0]]
    out = []
    for d, r in history_of(checks, key):
        if r.value is None or r.outcome is Outcome.PAIN:
            out.append((d, None))
        else:
            out.append((d, from_cm(r.value, unit) if m.kind is Kind.DISTANCE else r.value))
    return out


def side_order(affected: LegSide | None, affected_first: bool = True) -> tuple[str, str]:
    """The two sides in the order they are tested: the affected one first or second, as chosen."""
    if affected in (LegSide.LEFT, LegSide.RIGHT):
        other = "right" if affected is LegSide.LEFT else "left"
        return (affected.value, other) if affected_first else (other, affected.value)
    return SIDES


# -- the single-leg stance on the timer engine ----------------------------------------------------


def stance_plan(balance: Exercise, side: str, variant: Variant, max_s: float,
                lead_in_s: float = STANCE_LEAD_IN_S) -> Plan:
    """One timed stance as a timer plan: a 3-2-1 lead-in, then a hold that ends at `max_s` or when
    the person stops it (the engine's skip(), whose record holds the time achieved)."""
    from rehab_desktop.core.phases import Phase, PhaseKind, Plan, SetPlan, TimerOptions

    movement = balance.dose.movements[0]
    leg = LegSide(side)
    set_plan = SetPlan(movement=movement, side=leg, number=1, total=1, target_reps=None,
                       target_hold_s=float(max_s))
    label = f"Stand on the {side} leg" + (f", {variant.label}" if variant.label else "")
    phases = (
        Phase(PhaseKind.LEAD_IN, "Get ready", lead_in_s, 0, set_plan, leg, next_text=label),
        Phase(PhaseKind.HOLD, label, float(max_s), 1, set_plan, leg, next_text="Done"),
        Phase(PhaseKind.DONE, "Done", 0.0, 2, None, None),
    )
    return Plan(exercise=balance, prescription=Prescription(balance.id, 1, hold_s=int(max_s)),
                options=TimerOptions(lead_in_s=lead_in_s), phases=phases, sets=(set_plan,))


def stance_result(side: str, variant: Variant, achieved_s: float, max_s: float) -> CheckResult:
    """The stored result of a timed stance, to the tenth of a second (never above the maximum)."""
    value = min(round(achieved_s, 1), float(max_s))
    return CheckResult(SINGLE_LEG_STANCE.id, side, variant, value, Outcome.MEASURED, float(max_s))
