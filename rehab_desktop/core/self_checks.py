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

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
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
        """'eyes open', in the user's language ('' for none)."""
        if self is Variant.EYES_OPEN:
            return translate("core.self_checks", "eyes open")
        if self is Variant.EYES_CLOSED:
            return translate("core.self_checks", "eyes closed")
        return ""

    @property
    def english(self) -> str:
        return self.value.replace("-", " ")


class Unit(StrEnum):
    CM = "cm"
    INCH = "in"


@dataclass(frozen=True)
class Measure:
    """The texts are kept in English (marked for translation); `name`, `what`, `steps` and the rating
    ends give them in the user's language when asked."""

    id: str
    source_name: str  # "Knee-to-wall"
    kind: Kind
    sided: bool  # measured on each side
    source_what: str  # what it tells, one line
    source_steps: tuple[str, ...] = ()
    low: float = 0.0
    high: float = 10.0  # the most a value can be (stance: the chosen maximum instead)
    variants: tuple[Variant, ...] = (Variant.NONE,)
    pain_allowed: bool = False  # "could not do it: pain" can be recorded
    sport: bool = False  # only for those returning to running or jumping
    source_low: str = ""  # what 0 means, for ratings
    source_high: str = ""

    @property
    def name(self) -> str:
        return translate("core.self_checks", self.source_name)

    @property
    def what(self) -> str:
        return translate("core.self_checks", self.source_what)

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(translate("core.self_checks", step) for step in self.source_steps)

    @property
    def rating_low(self) -> str:
        return translate("core.self_checks", self.source_low) if self.source_low else ""

    @property
    def rating_high(self) -> str:
        return translate("core.self_checks", self.source_high) if self.source_high else ""

    def unit_text(self, unit: Unit = Unit.CM) -> str:
        return {Kind.DISTANCE: unit.value, Kind.SECONDS: "s", Kind.RATING: "/10", Kind.PERCENT: "%"}[self.kind]


KNEE_TO_WALL = Measure(
    "knee-to-wall", QT_TRANSLATE_NOOP("core.self_checks", "Knee-to-wall"), Kind.DISTANCE, sided=True,
    source_what=QT_TRANSLATE_NOOP("core.self_checks", "How far the ankle bends with your weight on it."),
    source_steps=(
        QT_TRANSLATE_NOOP("core.self_checks", "Stand facing a wall, shoes off, with the foot you are testing in "
                          "front and pointing straight at it."),
        QT_TRANSLATE_NOOP("core.self_checks", "With that heel pressed down, push the knee towards the wall until "
                          "it touches."),
        QT_TRANSLATE_NOOP("core.self_checks", "If the knee reaches easily, move the foot back a little and try "
                          "again; if the heel lifts or the knee misses, move it closer."),
        QT_TRANSLATE_NOOP("core.self_checks", "When the knee only just touches the wall with the heel still down, "
                          "measure from the tip of the big toe to the wall."),
        QT_TRANSLATE_NOOP("core.self_checks", "If the front of the ankle pinches, stop there and record that it "
                          "hurt: that is a result too."),
    ),
    high=30.0, pain_allowed=True)

SINGLE_LEG_STANCE = Measure(
    "single-leg-stance", QT_TRANSLATE_NOOP("core.self_checks", "Single-leg stance"), Kind.SECONDS, sided=True,
    source_what=QT_TRANSLATE_NOOP("core.self_checks", "How long you can balance on one leg."),
    source_steps=(
        QT_TRANSLATE_NOOP("core.self_checks", "Stand beside a wall or counter you could grab, shoes off, arms "
                          "crossed over your chest."),
        QT_TRANSLATE_NOOP("core.self_checks", "Press Space: after 3, 2, 1, lift one foot off the floor and keep "
                          "still."),
        QT_TRANSLATE_NOOP("core.self_checks", "The moment the lifted foot touches down, or you uncross your arms "
                          "or grab the support, press Space, Enter or click Stop."),
        QT_TRANSLATE_NOOP("core.self_checks", "The timer stops by itself at the maximum you chose."),
    ),
    high=float(DEFAULT_STANCE_MAX_S), variants=(Variant.EYES_OPEN, Variant.EYES_CLOSED))


def _rating(id_: str, name: str, what: str, sport: bool = False) -> Measure:
    return Measure(id_, name, Kind.RATING, sided=False, source_what=what, high=10.0, sport=sport,
                   source_low=QT_TRANSLATE_NOOP("core.self_checks", "I can't"),
                   source_high=QT_TRANSLATE_NOOP("core.self_checks", "no trouble at all"))


RATINGS = (
    _rating("walking", QT_TRANSLATE_NOOP("core.self_checks", "Walking"),
            QT_TRANSLATE_NOOP("core.self_checks", "Walking on level ground for as long as you usually need to.")),
    _rating("stairs-up", QT_TRANSLATE_NOOP("core.self_checks", "Stairs up"),
            QT_TRANSLATE_NOOP("core.self_checks", "Going up a flight of stairs.")),
    _rating("stairs-down", QT_TRANSLATE_NOOP("core.self_checks", "Stairs down"),
            QT_TRANSLATE_NOOP("core.self_checks", "Coming down a flight of stairs.")),
    _rating("squatting", QT_TRANSLATE_NOOP("core.self_checks", "Squatting"),
            QT_TRANSLATE_NOOP("core.self_checks", "Squatting down low, as if to pick something up from the floor.")),
    _rating("tiptoe", QT_TRANSLATE_NOOP("core.self_checks", "Rising on tiptoe"),
            QT_TRANSLATE_NOOP("core.self_checks", "Rising up onto your toes on both feet.")),
    _rating("running-jumping", QT_TRANSLATE_NOOP("core.self_checks", "Running or jumping"),
            QT_TRANSLATE_NOOP("core.self_checks", "Running, hopping or jumping, if you are returning to sport."),
            sport=True),
)

OVERALL = Measure(
    "overall", QT_TRANSLATE_NOOP("core.self_checks", "Your ankle today"), Kind.PERCENT, sided=False,
    source_what=QT_TRANSLATE_NOOP("core.self_checks", "Your ankle today, as a percentage of normal (100 % is as it "
                                  "was before the trouble)."), high=100.0)

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


def side_name(side: str) -> str:
    """'left' or 'right' as a list item after a measure's name, in the user's language."""
    if side == "left":
        return translate("core.self_checks", "left", "side, after a measure's name: Knee-to-wall, left")
    if side == "right":
        return translate("core.self_checks", "right", "side, after a measure's name: Knee-to-wall, right")
    return side


def field_name(m: Measure, side: str = "", variant: Variant | str = Variant.NONE, english: bool = False) -> str:
    """'Knee-to-wall, left' / 'Single-leg stance, right, eyes closed' / 'Walking' (in the user's
    language; `english`: as files keep it whatever the language)."""
    variant = Variant(variant)
    parts = [m.source_name if english else m.name]
    if side:
        parts.append(side if english else side_name(side))
    label = variant.english if english else variant.label
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
    typed = text.strip()
    point = formats().decimal_point()
    raw = typed.replace(point, ".") if point != "." else typed
    raw = raw.replace(",", ".")  # a comma is read as the decimal sign in any language
    try:
        value = float(raw)
    except ValueError:
        if typed:
            message = translate("core.self_checks", "{field}: '{text}' is not a number.").format(
                field=where, text=typed)
        else:
            message = translate("core.self_checks", "{field}: nothing was entered.").format(field=where)
        raise CheckInputError(message, where) from None
    if not math.isfinite(value):
        raise CheckInputError(translate("core.self_checks", "{field}: '{text}' is not a number.").format(
            field=where, text=typed), where)
    if m.kind is Kind.DISTANCE:
        cm = to_cm(value, unit)
        if cm < m.low or cm > m.high + 1e-9:
            most = format_amount(from_cm(m.high, unit), unit.value)
            raise CheckInputError(translate(
                "core.self_checks", "{field}: {amount} is outside 0 to {most}, what this check measures.",
                "{amount} and {most}: a distance with its unit, 31 cm and 30 cm").format(
                    field=where, amount=format_amount(value, unit.value), most=most), where)
        return cm
    if m.kind is Kind.SECONDS:
        most = m.high if max_s is None else max_s
        if value < 0 or value > most + 1e-9:
            raise CheckInputError(translate(
                "core.self_checks", "{field}: {amount} is outside 0 to the {most} s maximum.",
                "{amount}: a time with its unit, 31 s; {most}: a number of seconds, 30").format(
                    field=where, amount=format_amount(value, "s"), most=formats().decimal(most, 6)), where)
        return round(value, 1)
    number = formats().decimal(value, 6)
    if value != int(value):
        raise CheckInputError(translate("core.self_checks", "{field}: {number} is not a whole number.").format(
            field=where, number=number), where)
    if value < m.low or value > m.high:
        raise CheckInputError(translate("core.self_checks", "{field}: {number} is outside {low} to {high}.").format(
            field=where, number=number, low=formats().decimal(m.low, 6), high=formats().decimal(m.high, 6)), where)
    return float(int(value))


def format_amount(value: float, unit: str) -> str:
    """'9 cm', '9.5 cm', '3.5 in', '12.3 s', '7/10', '60 %' (the decimal sign as the language has it)."""
    if unit == "/10":
        return f"{formats().decimal(value, 6)}/10"
    text = formats().decimal(round(value, 1), 1)
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
            return translate("core.self_checks", "could not do it: pain")
        m = BY_ID[self.measure]
        shown = from_cm(self.value, unit) if m.kind is Kind.DISTANCE else self.value
        text = format_amount(shown, m.unit_text(unit))
        if m.kind is Kind.SECONDS and self.limit_s is not None and self.value >= self.limit_s:
            text = translate("core.self_checks", "{time} (the maximum)", "{time}: 30 s").format(time=text)
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

_NUMBERS = {  # the counts `ago` spells out
    2: QT_TRANSLATE_NOOP("core.self_checks", "two"), 3: QT_TRANSLATE_NOOP("core.self_checks", "three"),
    4: QT_TRANSLATE_NOOP("core.self_checks", "four"), 5: QT_TRANSLATE_NOOP("core.self_checks", "five"),
    6: QT_TRANSLATE_NOOP("core.self_checks", "six"), 7: QT_TRANSLATE_NOOP("core.self_checks", "seven"),
    8: QT_TRANSLATE_NOOP("core.self_checks", "eight"), 9: QT_TRANSLATE_NOOP("core.self_checks", "nine"),
    10: QT_TRANSLATE_NOOP("core.self_checks", "ten"), 11: QT_TRANSLATE_NOOP("core.self_checks", "eleven"),
    12: QT_TRANSLATE_NOOP("core.self_checks", "twelve"),
}


def _spelt(n: int) -> str:
    return translate("core.self_checks", _NUMBERS[n])


def ago(then: date, now: date) -> str:
    """'three days ago', 'a week ago', 'four weeks ago', '3 months ago'."""
    days = (now - then).days
    if days <= 0:
        return translate("core.self_checks", "earlier today")
    if days == 1:
        return translate("core.self_checks", "yesterday", "a check's day, compared with today's")
    if days < 7:
        return translate("core.self_checks", "{number} days ago", "{number}: spelt out, two to six").format(
            number=_spelt(days))
    weeks = round(days / 7)
    if weeks <= 12:
        if weeks == 1:
            return translate("core.self_checks", "a week ago")
        return translate("core.self_checks", "{number} weeks ago", "{number}: spelt out, two to twelve").format(
            number=_spelt(weeks))
    months = round(days / 30.4)
    return translate("core.self_checks", "%n months ago", None, months)


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


def _difference(a: float, b: float, m: Measure, unit: Unit) -> tuple[str, int]:
    """How much `a` differs from `b` ('2 cm', '3 s', '1 point') and which way: 1 more, -1 less, 0 the same."""
    if m.kind is Kind.DISTANCE:
        a, b = from_cm(a, unit), from_cm(b, unit)
    d = round(a - b, 1)
    if d == 0:
        return "", 0
    points = round(abs(d))
    if m.kind is Kind.RATING:
        amount = translate("core.self_checks", "%n point(s)", "a difference on a 0-10 rating", points)
    elif m.kind is Kind.PERCENT:
        amount = translate("core.self_checks", "%n points", "a difference in percentage points", points)
    else:
        amount = format_amount(abs(d), m.unit_text(unit))
    return amount, 1 if d > 0 else -1


def _than_before(text: str, amount: str, sign: int, when: str) -> str:
    if sign > 0:
        return translate("core.self_checks", "{result}, {amount} more than {when}",
                         "{amount}: 2 cm; {when}: four weeks ago").format(result=text, amount=amount, when=when)
    if sign < 0:
        return translate("core.self_checks", "{result}, {amount} less than {when}",
                         "{amount}: 2 cm; {when}: four weeks ago").format(result=text, amount=amount, when=when)
    return translate("core.self_checks", "{result}, the same as {when}", "{when}: four weeks ago").format(
        result=text, when=when)


def _than_other_side(other: str, amount: str, sign: int) -> str:
    """'3 cm less than the right', 'the same as the left'."""
    if other == "right":
        if sign > 0:
            return translate("core.self_checks", "{amount} more than the right").format(amount=amount)
        if sign < 0:
            return translate("core.self_checks", "{amount} less than the right").format(amount=amount)
        return translate("core.self_checks", "the same as the right")
    if sign > 0:
        return translate("core.self_checks", "{amount} more than the left").format(amount=amount)
    if sign < 0:
        return translate("core.self_checks", "{amount} less than the left").format(amount=amount)
    return translate("core.self_checks", "the same as the left")


def describe(checks: list[SelfCheck], check: SelfCheck, measure_id: str, side: str = "",
             variant: Variant | str = Variant.NONE, unit: Unit = Unit.CM) -> str:
    """One result in words, beside the last check, the first one and the other side:
    'Left knee-to-wall: 9 cm (last time 8 cm), 2 cm more than four weeks ago; 3 cm less than the right.'"""
    m = BY_ID[measure_id]
    variant = Variant(variant)
    r = check.get(measure_id, side, variant)
    if r is None:
        return ""
    if side == "left":
        head = translate("core.self_checks", "Left {measure}", "{measure}: the measure's name, lower case").format(
            measure=m.name.lower())
    elif side == "right":
        head = translate("core.self_checks", "Right {measure}", "{measure}: the measure's name, lower case").format(
            measure=m.name.lower())
    else:
        head = m.name
    head = head[:1].upper() + head[1:]
    if variant.label:
        head += f" ({variant.label})"
    parts = [f"{head}: {r.text(unit)}"]
    earlier = [(d, x) for d, x in history_of(checks, r.key) if d < check.day]
    if len(earlier) >= 2:  # the one before, when it is not the first (which the change is told against)
        parts[0] = translate("core.self_checks", "{result} (last time {earlier})", "{earlier}: 8 cm").format(
            result=parts[0], earlier=earlier[-1][1].text(unit))
    if r.outcome is Outcome.MEASURED and earlier:
        first_day, first = earlier[0]
        when = ago(first_day, check.day)
        if first.outcome is Outcome.MEASURED and first.value is not None:
            amount, sign = _difference(r.value, first.value, m, unit)
            parts[0] = _than_before(parts[0], amount, sign, when)
        else:
            parts[0] = translate("core.self_checks", "{result}; {when} it could not be done for pain",
                                 "{when}: four weeks ago").format(result=parts[0], when=when)
    if side:
        other = check.get(measure_id, "right" if side == "left" else "left", variant)
        if other is not None:
            other_name = "right" if side == "left" else "left"
            if r.outcome is Outcome.MEASURED and other.outcome is Outcome.MEASURED:
                amount, sign = _difference(r.value, other.value, m, unit)
                parts.append(_than_other_side(other_name, amount, sign))
            elif other.outcome is Outcome.PAIN and r.outcome is Outcome.MEASURED:
                parts.append(translate("core.self_checks", "the right could not be done for pain")
                             if other_name == "right" else
                             translate("core.self_checks", "the left could not be done for pain"))
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
            out.append(translate("core.self_checks", "{field} has been lower at two checks in a row: worth "
                                 "mentioning to your therapist.", "{field}: Knee-to-wall, left").format(field=where))
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
    label = translate("core.self_checks", "Stand on the left leg") if side == "left" else \
        translate("core.self_checks", "Stand on the right leg")
    if variant.label:
        label = f"{label}, {variant.label}"
    done = translate("core.self_checks", "Done", "the stance timer's last phase")
    phases = (
        Phase(PhaseKind.LEAD_IN, translate("core.self_checks", "Get ready"), lead_in_s, 0, set_plan, leg,
              next_text=label),
        Phase(PhaseKind.HOLD, label, float(max_s), 1, set_plan, leg, next_text=done),
        Phase(PhaseKind.DONE, done, 0.0, 2, None, None),
    )
    return Plan(exercise=balance, prescription=Prescription(balance.id, 1, hold_s=int(max_s)),
                options=TimerOptions(lead_in_s=lead_in_s), phases=phases, sets=(set_plan,))


def stance_result(side: str, variant: Variant, achieved_s: float, max_s: float) -> CheckResult:
    """The stored result of a timed stance, to the tenth of a second (never above the maximum)."""
    value = min(round(achieved_s, 1), float(max_s))
    return CheckResult(SINGLE_LEG_STANCE.id, side, variant, value, Outcome.MEASURED, float(max_s))
