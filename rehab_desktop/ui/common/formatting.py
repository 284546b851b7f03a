"""Words for dates, times, durations, doses and pain flags, as the history and the therapist summary write them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import PainAction, PainFlag


def day_text(day: date) -> str:
    """'4 May 2026' (no leading zero, on every platform)."""
    return f"{day.day} {day:%B %Y}"


def short_day(day: date) -> str:
    """'Mon 4 May'."""
    return f"{day:%a} {day.day} {day:%b}"


def long_day(day: date) -> str:
    """'Monday 4 May 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def range_text(first: date, last: date) -> str:
    """'4 – 31 May 2026', '28 April – 3 May 2026' or '28 December 2025 – 3 January 2026'."""
    if first == last:
        return day_text(first)
    if first.year != last.year:
        return f"{day_text(first)} \u2013 {day_text(last)}"
    if first.month != last.month:
        return f"{first.day} {first:%B} \u2013 {day_text(last)}"
    return f"{first.day} \u2013 {day_text(last)}"


def clock_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"


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
        return "\u2014" if v is None else f"{v:g}" if isinstance(v, int) else f"{v:.1f}".rstrip("0").rstrip(".")

    return f"{one(before)} \u2192 {one(after)}"


def seconds_text(value: float | None) -> str:
    """'30 s', '28.5 s'."""
    if value is None:
        return "\u2014"
    return f"{value:.0f} s" if abs(value - round(value)) < 0.05 else f"{value:.1f} s"


def dose_text(dose: Prescription | None) -> str:
    """'3 sets × 12 reps · hold 2 s · red band', '2 sets · hold 30 s · 2.5 kg'."""
    if dose is None:
        return "no dose chosen"
    parts = [f"{dose.sets} set{'s' if dose.sets != 1 else ''}"]
    if dose.reps:
        parts[0] += f" \u00d7 {dose.reps} reps"
    if dose.hold_s:
        parts.append(f"hold {dose.hold_s} s")
    if dose.resistance:
        parts.append(f"{dose.resistance} band" if " " not in dose.resistance.strip() else dose.resistance)
    if dose.weight_kg is not None:
        parts.append(f"{dose.weight_kg:g} kg")
    return " \u00b7 ".join(parts)


_ACTIONS = {PainAction.STOP: "stopped the session", PainAction.SKIP: "skipped the exercise",
            PainAction.EASIER: "went on at an easier dose", PainAction.CONTINUE: "carried on"}


def flag_text(flag: PainFlag, library: Library) -> str:
    """'07:23 · Single-leg deadlift, left leg, set 2 · pain 6/10 · went on at an easier dose'."""
    where = []
    if flag.exercise_id:
        ex = library.get(flag.exercise_id)
        where.append(ex.name if ex else flag.exercise_id)
    if flag.side is not None and flag.side.value != "both":
        where.append(flag.side.label.lower())
    if flag.set_number:
        where.append(f"set {flag.set_number}")
    parts = [clock_text(flag.at), ", ".join(where) or "between exercises", f"pain {flag.rating}/10"]
    if flag.action is not None:
        parts.append(_ACTIONS[flag.action])
    return " \u00b7 ".join(parts)
