"""When a reminder is due: times of day on the local clock, which days, snoozes, and one reminder per slot.

Everything here works on the local wall time of an aware `now` (what the clock on the wall says where the
person is), so a reminder set for 18:00 comes at 18:00 across daylight-saving changes and after moving to
another time zone. A slot is one time on one local day ("2026-03-29 18:00"); the state remembers the last
slot that was shown (or found not worth showing), so each slot reminds once, a slot missed while the
laptop slept reminds once on waking if the day is not over, and several missed slots give one reminder,
not a pile. Yesterday's slots never remind.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.today import DayWork

DEFAULT_TIME = time(18, 0)
SNOOZE_CHOICES = (10, 30, 60, 120)  # minutes "Later" can mean; 30 unless the person chose another
DEFAULT_SNOOZE_MIN = 30
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # systemd's and settings.ini's names, never shown
POLL_S = 60.0  # the longest an open app waits between looks at the clock (a suspend stops its timers)


@dataclass(frozen=True)
class ReminderSettings:
    """What the person chose: no times is off; `weekdays` None means the days the plan has exercises."""

    times: tuple[time, ...] = ()
    weekdays: frozenset[int] | None = None  # 0 Monday .. 6 Sunday
    snooze_min: int = DEFAULT_SNOOZE_MIN

    @property
    def enabled(self) -> bool:
        return bool(self.times)

    def on_day(self, day: date) -> bool:
        """Whether `day` is one of the chosen days (with the plan's days, every day is: the plan decides)."""
        return self.weekdays is None or day.weekday() in self.weekdays


def parse_times(text: str) -> tuple[time, ...]:
    """'8:30, 18:00' -> (08:30, 18:00), sorted, without repeats; ValueError names the part it cannot read."""
    found: set[time] = set()
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        hours, sep, minutes = part.partition(":")
        if sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and 0 <= int(hours) <= 23 \
                and 0 <= int(minutes) <= 59:
            found.add(time(int(hours), int(minutes)))
        else:
            raise ValueError(translate("core.reminders", "'{part}' is not a time of day written like 08:30 or 18:00",
                                       "part: what was typed").format(part=part))
    return tuple(sorted(found))


def times_text(times: tuple[time, ...], sep: str = ", ") -> str:
    return sep.join(f"{t:%H:%M}" for t in times)


def parse_weekdays(text: str) -> frozenset[int] | None:
    """'' -> None (the plan's days); 'Mon,Wed' or '0,2' -> {0, 2}; ValueError names an unknown day."""
    if not text.strip():
        return None
    days: set[int] = set()
    for part in text.replace(",", " ").split():
        part = part.strip()
        if part.isdigit() and int(part) < 7:
            days.add(int(part))
        elif part[:3].title() in WEEKDAY_ABBR:
            days.add(WEEKDAY_ABBR.index(part[:3].title()))
        elif part:
            raise ValueError(f"'{part}' is not a day of the week")
    return frozenset(days)


def weekdays_text(days: frozenset[int] | None) -> str:
    return "" if days is None else " ".join(str(d) for d in sorted(days))


def slot_key(day: date, at: time) -> str:
    return f"{day.isoformat()} {at:%H:%M}"


def wall(now: datetime) -> datetime:
    """The local wall time of `now` without its zone: what is compared with the chosen times."""
    return now.replace(tzinfo=None, fold=0)


@dataclass(frozen=True)
class ReminderState:
    """What has been reminded: the last slot handled, and a snooze running until a local wall time today."""

    handled: str = ""  # slot key of the last slot shown, dismissed or passed over; "" none yet
    snoozed_until: str = ""  # "YYYY-MM-DDTHH:MM" local wall time; "" none

    def to_json(self) -> str:
        import json  # here and below: the window's start reads no reminder state, so it does not import json

        return json.dumps({"version": 1, "handled": self.handled, "snoozed_until": self.snoozed_until})

    @classmethod
    def from_json(cls, text: str) -> ReminderState:
        """The state in `text`; ValueError when it is not a state this version wrote."""
        import json

        data = json.loads(text)
        if not isinstance(data, dict) or not all(isinstance(data.get(k, ""), str)
                                                  for k in ("handled", "snoozed_until")):
            raise ValueError("not a reminder state")
        return cls(data.get("handled", ""), data.get("snoozed_until", ""))

    def snooze_end(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.snoozed_until) if self.snoozed_until else None
        except ValueError:
            return None


@dataclass(frozen=True)
class Due:
    """A reminder to show now: the slot it is for (a snooze's end counts as a slot of its own)."""

    slot: str
    snoozed: bool = False  # it comes back after "Later"


def latest_slot(now: datetime, settings: ReminderSettings) -> str | None:
    """Today's latest slot at or before `now`, on a chosen day; None before the first time of the day."""
    local = wall(now)
    passed = [t for t in settings.times if t <= local.time().replace(second=0, microsecond=0)]
    if not passed or not settings.on_day(local.date()):
        return None
    return slot_key(local.date(), passed[-1])


def check(now: datetime, settings: ReminderSettings, state: ReminderState, work: DayWork | None) -> Due | None:
    """The reminder due at `now`, if any. `work` is today's plan against today's history (None: no plan).

    Nothing is due on a day without planned exercises, once the day's plan is done, on a day not chosen,
    or for a slot already handled; a snooze that has run out is due again while the plan is not done."""
    if not settings.enabled or work is None or work.planned == 0 or not work.todo:
        return None
    slot = latest_slot(now, settings)
    if slot is not None and slot > state.handled:
        return Due(slot)
    end = state.snooze_end()
    local = wall(now)
    if end is not None and end.date() == local.date() and local >= end:
        return Due(f"snooze {state.snoozed_until}", snoozed=True)
    return None


def decide(state: ReminderState, now: datetime, settings: ReminderSettings, work: DayWork | None,
           quiet: bool = False) -> tuple[ReminderState, Due | None]:
    """One look at `now`: (the state to keep, the reminder to show or None). A due slot is marked shown (with
    `quiet`, a session under way, it is spent without a reminder); a slot with nothing left to do is passed
    over. Run it under ReminderLog.update so that the window and the checker never both show a slot."""
    found = check(now, settings, state, work)
    if found is not None:
        return shown(state, now, settings), None if quiet else found
    if work is None or not work.todo:
        return passed_over(state, now, settings), None
    return state, None


def shown(state: ReminderState, now: datetime, settings: ReminderSettings) -> ReminderState:
    """The state once a reminder was shown at `now` (or the person dismissed it): every slot up to now is
    handled, and a snooze that brought it back is over."""
    slot = latest_slot(now, settings)
    handled = max(state.handled, slot) if slot else state.handled
    return ReminderState(handled=handled, snoozed_until="")


def passed_over(state: ReminderState, now: datetime, settings: ReminderSettings) -> ReminderState:
    """The state when a slot came but there was nothing to remind of (the plan done, no exercises today):
    the slot is spent, so planning an exercise later that evening does not ring at once."""
    return shown(state, now, settings) if latest_slot(now, settings) else state


def snoozed(state: ReminderState, now: datetime, minutes: int) -> tuple[ReminderState, datetime | None]:
    """"Later": the reminder comes back `minutes` from now, on today's clock. Past midnight it does not (a
    new day has its own slots): the second value is then None."""
    local = wall(now).replace(second=0, microsecond=0)
    end = local + timedelta(minutes=max(1, minutes))
    if end.date() != local.date():
        return replace(state, snoozed_until=""), None
    return replace(state, snoozed_until=end.isoformat(timespec="minutes")), end


def next_event(now: datetime, settings: ReminderSettings, state: ReminderState) -> datetime | None:
    """The local wall time of the next slot or snooze end after `now` (within a week); None when off."""
    if not settings.enabled:
        return None
    local = wall(now)
    candidates = []
    end = state.snooze_end()
    if end is not None and end > local:
        candidates.append(end)
    for offset in range(8):
        day = local.date() + timedelta(days=offset)
        if not settings.on_day(day):
            continue
        later = [datetime.combine(day, t) for t in settings.times if datetime.combine(day, t) > local]
        if later:
            candidates.append(later[0])
            break
    return min(candidates) if candidates else None


def seconds_to_next_look(now: datetime, settings: ReminderSettings, state: ReminderState) -> float | None:
    """How long an open app waits before looking again: until the next slot, never more than POLL_S (after a
    suspend or a clock change it looks within a minute); None when reminders are off."""
    event = next_event(now, settings, state)
    if event is None:
        return None
    return max(1.0, min(POLL_S, (event - wall(now)).total_seconds()))


def reminder_text(work: DayWork, check_due: bool = False) -> tuple[str, str]:
    """(title, body) of the reminder, e.g. ('Ankle exercises: 4 planned today, about 12 minutes', ...);
    `check_due`: the weekly self-check is due as well, which the body says."""
    minutes = work.minutes_left
    length = translate("core.reminders", "%n minute(s)", "the reminder's title: about 12 minutes", minutes)
    planned, left = work.planned, work.left
    if left == planned:
        title = translate("core.reminders", "Ankle exercises: %n planned today, about {minutes}",
                          "minutes: '12 minutes'", planned).format(minutes=length)
    else:
        title = translate("core.reminders", "Ankle exercises: %n of {planned} still to do today, about {minutes}",
                          "%n: the exercises left; minutes: '7 minutes'", left).format(planned=planned, minutes=length)
    body = translate("core.reminders", "Start now opens today's session, ready to begin. Stop any exercise that hurts.",
                     "Start now: the notification's button")
    if check_due:
        body += " " + translate("core.reminders", "Your weekly self-check is due too: it is on the History page.")
    return title, body
