"""The weekly plan as an iCalendar file (RFC 5545) for the person's own calendar (Qt-free).

One weekly event per planned weekday of each plan version, from the version's first such day until the
next version begins, at the chosen time on the local wall clock (the event carries the time zone, so
18:00 stays 18:00 across a daylight-saving change). Each event's UID names the plan, the version's start
and the weekday, so a file exported again after a change updates the events an earlier one added; its
SEQUENCE grows with the moment of export, which is what calendars compare before taking an update.
The text, escaping, folding and time zones are the icalendar library's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.phases import TimerOptions, expand
from rehab_desktop.core.plan import WeekPlan, clamp_dose, dose_text
from rehab_desktop.core.records import Prescription

DEFAULT_TIME = time(18, 0)
ALARM_CHOICES = (0, 5, 10, 15, 30, 60)  # minutes before the start the app offers; any 0..MAX_ALARM_MIN is taken
MAX_ALARM_MIN = 24 * 60
UID_DOMAIN = "rehab-desktop"
PRODID = "-//rehab-desktop//Weekly plan//EN"
_WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class CalendarError(ValueError):
    """A choice the calendar file cannot take (a time zone that does not exist, an alarm out of range)."""


@dataclass(frozen=True)
class CalendarChoices:
    """What the person chose: the time of day, the alarm (minutes before the start; None: no alarm) and the
    time zone (an IANA name such as 'Europe/Berlin'; '' for floating local time, the same clock reading
    wherever the calendar is)."""

    start: time = DEFAULT_TIME
    alarm_min: int | None = 0
    zone: str = ""

    def __post_init__(self) -> None:
        if self.alarm_min is not None and not 0 <= self.alarm_min <= MAX_ALARM_MIN:
            raise CalendarError(translate("core.plan_calendar", "the alarm must be 0 to {most} minutes before the "
                                          "start, not {value}").format(most=MAX_ALARM_MIN, value=self.alarm_min))
        if self.zone:
            _zone(self.zone)


@dataclass(frozen=True)
class CalendarEvent:
    """One weekday of one plan version, as it goes into the file."""

    uid: str
    weekday: int  # 0 Monday .. 6 Sunday
    first: date  # the first day it happens
    last: date | None  # the last day it may happen (the day before the next version), None: no end
    minutes: int  # how long the day's exercises take, about
    exercises: int  # how many are planned that day
    summary: str
    description: str


def local_zone() -> str:
    """The computer's time zone as an IANA name ('' when it has none that a calendar would know)."""
    try:
        from tzlocal import get_localzone_name, reload_localzone

        reload_localzone()  # read afresh: the computer may have moved zones since the last export
        name = get_localzone_name() or ""
    except Exception:  # no zone configured, or one tzlocal cannot name: fall back to floating local time
        return ""
    try:
        _zone(name)
    except CalendarError:
        return ""
    return name


def _zone(name: str):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CalendarError(translate("core.plan_calendar", "'{zone}' is not a time zone this computer knows "
                                      "(a name like Europe/Berlin)").format(zone=name)) from None


def parse_time(text: str) -> time:
    """'18:00' or '7:30' as a time of day; raises CalendarError naming the text."""
    try:
        hours, minutes = text.strip().split(":")
        if len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
            raise ValueError
        return time(int(hours), int(minutes))
    except ValueError:
        raise CalendarError(translate("core.plan_calendar", "'{text}' is not a time of day like 18:00").format(
            text=text)) from None


def day_summary(exercises: int, minutes: int) -> str:
    """The event's title: 'Ankle exercises: 4 planned (about 12 min)'."""
    return translate("core.plan_calendar", "Ankle exercises: %n planned (about {minutes} min)",
                     "a calendar event's title; minutes: a whole number", exercises).format(minutes=minutes)


def plan_events(versions: Sequence[WeekPlan], library: Library, scope: str, today: date,
                options: TimerOptions | None = None) -> list[CalendarEvent]:
    """The events for `versions` (oldest first; one that never started starts `today`), each weekday of a
    version ending the day before the next version starts. `scope` names the plan in every UID."""
    dated = sorted(((v.starts_on or today, v) for v in versions), key=lambda pair: pair[0])
    events = []
    seconds: dict[Prescription, float] = {}  # a dose's timed length, laid out once however often it is planned
    for i, (starts, plan) in enumerate(dated):
        ends = next((s for s, _ in dated[i + 1:] if s > starts), None)
        if i + 1 < len(dated) and dated[i + 1][0] == starts:
            continue  # two versions from the same day: the later one is the one in force
        # A version that never started (a starter program) is named without a date, so the same program
        # exported on another day updates its events rather than adding a second set.
        key = f"{plan.starts_on.isoformat()}-{scope}" if plan.starts_on is not None else scope
        for weekday in range(7):
            event = _day_event(plan, weekday, starts, ends, library, key, options, seconds)
            if event is not None:
                events.append(event)
    return events


def _day_event(plan: WeekPlan, weekday: int, starts: date, ends: date | None, library: Library, key: str,
               options: TimerOptions | None, seconds: dict[Prescription, float]) -> CalendarEvent | None:
    doses = plan.entries(weekday)
    if not doses:
        return None
    first = starts + timedelta(days=(weekday - starts.weekday()) % 7)
    if ends is not None and first >= ends:
        return None  # the next version begins before this weekday comes round
    for dose in doses:  # as the timer runs the day (today.day_work, nothing done yet): each dose in its ranges
        ex = library.get(dose.exercise_id)
        if ex is not None and dose not in seconds:
            seconds[dose] = expand(ex, clamp_dose(ex, dose), options).totals().duration_s
    minutes = max(1, round(sum(seconds.get(dose, 0.0) for dose in doses) / 60))
    lines = [translate("core.plan_calendar", "{plan}, {day}:", "the first line of a calendar event; plan: the plan's "
                       "name; day: a weekday").format(plan=plan.name, day=formats().weekday_name(weekday))]
    for dose in doses:
        ex = library.get(dose.exercise_id)
        if ex is None:
            lines.append(translate("core.plan_calendar", "\u2022 {id} (not in the exercise library)").format(
                id=dose.exercise_id))
        else:
            lines.append(f"\u2022 {ex.name}: {dose_text(ex, clamp_dose(ex, dose))}")
    if plan.notes.strip():
        lines.append("")
        lines.append(translate("core.plan_calendar", "Notes: {notes}", "the plan's notes").format(notes=plan.notes))
    lines.append("")
    lines.append(translate("core.plan_calendar", "Stop any exercise that hurts."))
    return CalendarEvent(
        uid=f"{_WEEKDAY_CODES[weekday].lower()}-{key}@{UID_DOMAIN}",
        weekday=weekday, first=first, last=None if ends is None else ends - timedelta(days=1), minutes=minutes,
        exercises=len(doses), summary=day_summary(len(doses), minutes), description="\n".join(lines))


def calendar_bytes(events: Sequence[CalendarEvent], choices: CalendarChoices, stamp: datetime, scope: str,
                   name: str = "") -> bytes:
    """The iCalendar file for `events` (of the plan `scope` names); `stamp` (aware) is the moment of export."""
    from icalendar import Alarm, Calendar, Event

    stamp = stamp.astimezone(UTC)
    zone = _zone(choices.zone) if choices.zone else None
    title = name or translate("core.plan_calendar", "Ankle exercises", "the calendar's name")
    cal = Calendar.new(prodid=PRODID, name=title, uid=f"calendar-{scope}@{UID_DOMAIN}")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60))
    for e in events:
        start = datetime.combine(e.first, choices.start, tzinfo=zone)
        ev = Event.new(uid=e.uid, summary=e.summary, description=e.description, start=start,
                       end=start + timedelta(minutes=e.minutes), stamp=stamp, last_modified=stamp, sequence=sequence)
        rule: dict = {"freq": "weekly", "byday": _WEEKDAY_CODES[e.weekday]}
        if e.last is not None:
            until = datetime.combine(e.last, time(23, 59, 59), tzinfo=zone)
            # RFC 5545: with a zone the end is given in UTC; floating times keep floating ends.
            rule["until"] = until.astimezone(UTC) if zone is not None else until
        ev.add("rrule", rule)
        ev.add("class", "PRIVATE")  # a shared calendar shows others the time, not the exercises
        if choices.alarm_min is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", e.summary)
            alarm.add("trigger", timedelta(minutes=-choices.alarm_min))
            ev.add_component(alarm)
        cal.add_component(ev)
    if zone is not None and events:
        firsts = [e.first for e in events]
        lasts = [e.last or e.first for e in events]
        cal.add_missing_timezones(first_date=min(firsts) - timedelta(days=366),
                                  last_date=max(*lasts, stamp.date()) + timedelta(days=20 * 366))
    return cal.to_ical()


def program_scope(program_id: str, emphasis: str = "") -> str:
    """A starter program's part of its events' UIDs (no history file to name it)."""
    return f"program-{program_id}" + (f"-{emphasis}" if emphasis else "")
