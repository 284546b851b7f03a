"""Words for dates, times, durations, doses and pain flags, as the history and the therapist summary write them.

Dates, times and decimals follow the chosen locale (core.i18n.formats()); the words are translated.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import PainAction, PainFlag


def day_text(day: date) -> str:
    """'4 May 2026' (no leading zero, on every platform)."""
    return formats().day_month_year(day)


def short_day(day: date) -> str:
    """'Mon 4 May'."""
    return formats().short_day(day)


def long_day(day: date) -> str:
    """'Monday 4 May 2026'."""
    return formats().long_day(day)


def range_text(first: date, last: date) -> str:
    """'4 – 31 May 2026', '28 April – 3 May 2026' or '28 December 2025 – 3 January 2026'."""
    if first == last:
        return day_text(first)
    if first.year != last.year:
        return translate("ui.common.formatting", "{first} \u2013 {last}",
                         "dates from one year to the next: 28 December 2025 \u2013 3 January 2026").format(
            first=day_text(first), last=day_text(last))
    if first.month != last.month:
        return translate("ui.common.formatting", "{first} \u2013 {last}",
                         "dates in one year: {first} is a day and month (28 April), {last} a full date "
                         "(3 May 2026)").format(first=formats().day_month(first), last=day_text(last))
    return translate("ui.common.formatting", "{first} \u2013 {last}",
                     "dates in one month: {first} is the first day's number (4), {last} a full date "
                     "(31 May 2026)").format(first=first.day, last=day_text(last))


def clock_text(moment: datetime | time) -> str:
    """'18:05'."""
    return formats().clock(moment.time() if isinstance(moment, datetime) else moment)


def minutes_text(span: timedelta | float | None) -> str:
    """'36 min', '1 h 05 min', '< 1 min', or '—' when unknown."""
    if span is None:
        return "\u2014"
    seconds = span.total_seconds() if isinstance(span, timedelta) else float(span)
    minutes = round(seconds / 60)
    if seconds > 0 and minutes == 0:
        return "< 1 min"
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def pain_text(before: float | None, after: float | None) -> str:
    """'5 \u2192 3', '5 \u2192 \u2014' or '\u2014' when neither was given."""
    if before is None and after is None:
        return "\u2014"

    def one(v: float | None) -> str:
        return "\u2014" if v is None else formats().decimal(v, 1)

    return f"{one(before)} \u2192 {one(after)}"


def seconds_text(value: float | None) -> str:
    """'30 s', '28.5 s'."""
    if value is None:
        return "\u2014"
    places = 0 if abs(value - round(value)) < 0.05 else 1
    return f"{formats().decimal(value, places, trim=False)} s"


def dose_text(dose: Prescription | None) -> str:
    """'3 sets × 12 reps · hold 2 s · red band', '2 sets · hold 30 s · 2.5 kg'."""
    if dose is None:
        return translate("ui.common.formatting", "no dose chosen")
    sets = dose.sets
    if dose.reps:
        parts = [translate("ui.common.formatting", "%n set(s) \u00d7 {reps} reps",
                           "{reps}: repetitions in each set", sets).format(reps=dose.reps)]
    else:
        parts = [translate("ui.common.formatting", "%n set(s)", None, sets)]
    if dose.hold_s:
        parts.append(translate("ui.common.formatting", "hold {seconds} s").format(seconds=dose.hold_s))
    if dose.resistance:
        parts.append(translate("ui.common.formatting", "{resistance} band",
                               "an exercise band's colour as the person typed it: red band").format(
            resistance=dose.resistance) if " " not in dose.resistance.strip() else dose.resistance)
    if dose.weight_kg is not None:
        parts.append(f"{formats().decimal(dose.weight_kg, 3)} kg")
    return " \u00b7 ".join(parts)


_ACTIONS = {PainAction.STOP: QT_TRANSLATE_NOOP("ui.common.formatting", "stopped the session"),
            PainAction.SKIP: QT_TRANSLATE_NOOP("ui.common.formatting", "skipped the exercise"),
            PainAction.EASIER: QT_TRANSLATE_NOOP("ui.common.formatting", "went on at an easier dose"),
            PainAction.CONTINUE: QT_TRANSLATE_NOOP("ui.common.formatting", "carried on")}


def flag_text(flag: PainFlag, library: Library) -> str:
    """'07:23 · Single-leg deadlift, left leg, set 2 · pain 6/10 · went on at an easier dose'."""
    where = []
    if flag.exercise_id:
        ex = library.get(flag.exercise_id)
        where.append(ex.name if ex else flag.exercise_id)
    if flag.side is not None and flag.side.value != "both":
        where.append(flag.side.label.lower())
    if flag.set_number:
        where.append(translate("ui.common.formatting", "set {number}", "which set of the exercise: set 2").format(
            number=flag.set_number))
    parts = [clock_text(flag.at), ", ".join(where) or translate("ui.common.formatting", "between exercises"),
             translate("ui.common.formatting", "pain {rating}/10").format(rating=flag.rating)]
    if flag.action is not None:
        parts.append(translate("ui.common.formatting", _ACTIONS[flag.action]))
    return " \u00b7 ".join(parts)
