"""When a reminder is due, on a fake clock: times, days, done plans, snooze, sleep, DST, a new time zone,
and one reminder per slot when the open app and the background checker look at the same minute."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.reminders import (
    Due,
    ReminderSettings,
    ReminderState,
    check,
    next_event,
    parse_times,
    parse_weekdays,
    passed_over,
    reminder_text,
    seconds_to_next_look,
    shown,
    snoozed,
)
from rehab_desktop.core.today import DayWork, SetsDone, day_work
from rehab_desktop.store import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
DOSE = Prescription("ankle-alphabet", sets=1)
TODO = DayWork(planned=4, done=0, partly=0, todo=(DOSE,) * 4, starts={}, seconds_left=12 * 60)
DONE = DayWork(planned=4, done=4, partly=0, todo=(), starts={}, seconds_left=0)
REST_DAY = DayWork(planned=0, done=0, partly=0, todo=(), starts={}, seconds_left=0)
EVENING = ReminderSettings(times=(time(18, 0),))
TWICE = ReminderSettings(times=(time(8, 30), time(18, 0)))


def at(y, mo, d, h, mi, zone=BERLIN, fold=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone, fold=fold)


# Thursday 3 December 2026.
@pytest.mark.parametrize(("now", "settings", "work", "due"), [
    (at(2026, 12, 3, 17, 59), EVENING, TODO, None),  # not yet
    (at(2026, 12, 3, 18, 0), EVENING, TODO, "2026-12-03 18:00"),  # on the minute
    (at(2026, 12, 3, 18, 0), EVENING, DONE, None),  # today's plan is done
    (at(2026, 12, 3, 18, 0), EVENING, REST_DAY, None),  # nothing planned today
    (at(2026, 12, 3, 18, 0), EVENING, None, None),  # no plan at all
    (at(2026, 12, 3, 18, 0), ReminderSettings(), TODO, None),  # reminders off
    (at(2026, 12, 3, 18, 0), ReminderSettings((time(18, 0),), frozenset({0, 2})), TODO, None),  # Thursday not chosen
    (at(2026, 12, 3, 18, 0), ReminderSettings((time(18, 0),), frozenset({3})), TODO, "2026-12-03 18:00"),
    (at(2026, 12, 3, 12, 0), TWICE, TODO, "2026-12-03 08:30"),  # the morning slot, seen at noon
    (at(2026, 12, 3, 23, 59), TWICE, TODO, "2026-12-03 18:00"),  # asleep through both: one, the latest
    (at(2026, 12, 4, 0, 5), TWICE, TODO, None),  # yesterday's slots never remind
])
def test_due_or_not(now, settings, work, due):
    found = check(now, settings, ReminderState(), work)
    assert (found.slot if found else None) == due


def test_each_slot_reminds_once_and_the_next_slot_again():
    state = ReminderState()
    first = check(at(2026, 12, 3, 8, 30), TWICE, state, TODO)
    assert first == Due("2026-12-03 08:30")
    state = shown(state, at(2026, 12, 3, 8, 30), TWICE)
    assert check(at(2026, 12, 3, 8, 31), TWICE, state, TODO) is None
    assert check(at(2026, 12, 3, 17, 59), TWICE, state, TODO) is None
    assert check(at(2026, 12, 3, 18, 0), TWICE, state, TODO) == Due("2026-12-03 18:00")


def test_missed_slots_after_sleep_give_one_reminder_on_waking():
    state = ReminderState(handled="2026-12-02 18:00")  # yesterday evening's was shown
    waking = at(2026, 12, 3, 19, 40)  # asleep from 07:00 to 19:40: both of today's slots passed
    assert check(waking, TWICE, state, TODO) == Due("2026-12-03 18:00")
    state = shown(state, waking, TWICE)
    assert state.handled == "2026-12-03 18:00"
    assert check(waking + timedelta(minutes=1), TWICE, state, TODO) is None  # not a pile: the 08:30 one is gone too


def test_a_slot_with_nothing_to_do_is_spent():
    state = passed_over(ReminderState(), at(2026, 12, 3, 18, 0), EVENING)  # done by 18:00
    assert check(at(2026, 12, 3, 20, 0), EVENING, state, TODO) is None  # an exercise planned at 20:00: no ring


def test_snooze_brings_it_back_once_after_the_chosen_minutes():
    state = shown(ReminderState(), at(2026, 12, 3, 18, 0), EVENING)
    state, until = snoozed(state, at(2026, 12, 3, 18, 1), 30)
    assert until == datetime(2026, 12, 3, 18, 31)
    assert check(at(2026, 12, 3, 18, 30), EVENING, state, TODO) is None
    again = check(at(2026, 12, 3, 18, 31), EVENING, state, TODO)
    assert again is not None and again.snoozed
    assert check(at(2026, 12, 3, 18, 31), EVENING, state, DONE) is None  # done meanwhile: no second reminder
    state = shown(state, at(2026, 12, 3, 18, 31), EVENING)
    assert check(at(2026, 12, 3, 19, 0), EVENING, state, TODO) is None


def test_a_snooze_does_not_cross_midnight():
    state, until = snoozed(ReminderState(handled="2026-12-03 18:00"), at(2026, 12, 3, 23, 50), 30)
    assert until is None and state.snoozed_until == ""
    old = ReminderState(handled="2026-12-03 18:00", snoozed_until="2026-12-03T23:55")
    assert check(at(2026, 12, 4, 0, 1), EVENING, old, TODO) is None


def test_daylight_saving_keeps_the_wall_clock_time():
    # Berlin: clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    for day in (date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30), date(2026, 10, 25)):
        assert check(at(day.year, day.month, day.day, 17, 59), EVENING, ReminderState(), TODO) is None
        assert check(at(day.year, day.month, day.day, 18, 0), EVENING, ReminderState(), TODO) is not None
    # 18:00 in Berlin is 16:00 UTC in summer and 17:00 UTC in winter: the wall time is what counts.
    summer = datetime(2026, 3, 30, 16, 0, tzinfo=ZoneInfo("UTC")).astimezone(BERLIN)
    assert check(summer, EVENING, ReminderState(), TODO) == Due("2026-03-30 18:00")


def test_a_time_in_the_spring_gap_comes_just_after_it_and_the_repeated_hour_rings_once():
    night = ReminderSettings(times=(time(2, 30),))
    # 02:30 does not exist on 29 March in Berlin: the reminder comes at 03:00, when the clock has passed it.
    assert check(at(2026, 3, 29, 1, 59), night, ReminderState(), TODO) is None
    assert check(at(2026, 3, 29, 3, 0), night, ReminderState(), TODO) == Due("2026-03-29 02:30")
    # 02:30 happens twice on 25 October: one reminder.
    first = at(2026, 10, 25, 2, 30, fold=0)
    state = shown(ReminderState(), first, night)
    assert check(at(2026, 10, 25, 2, 30, fold=1), night, state, TODO) is None


def test_a_new_time_zone_follows_the_local_clock_without_repeating_a_slot():
    state = shown(ReminderState(), at(2026, 12, 3, 18, 0), EVENING)  # shown at 18:00 in Berlin
    # Flying west the same day: 18:00 in New York is the same local slot, already handled.
    assert check(datetime(2026, 12, 3, 18, 0, tzinfo=NEW_YORK), EVENING, state, TODO) is None
    # The next day in New York it comes at 18:00 New York time, not at noon (18:00 Berlin).
    assert check(datetime(2026, 12, 4, 12, 0, tzinfo=NEW_YORK), EVENING, state, TODO) is None
    assert check(datetime(2026, 12, 4, 18, 0, tzinfo=NEW_YORK), EVENING, state, TODO) == Due("2026-12-04 18:00")


def test_the_open_app_looks_again_at_the_next_slot_and_at_least_every_minute():
    assert seconds_to_next_look(at(2026, 12, 3, 17, 59), EVENING, ReminderState()) == 60
    assert seconds_to_next_look(datetime(2026, 12, 3, 17, 59, 30, tzinfo=BERLIN), EVENING, ReminderState()) == 30
    assert seconds_to_next_look(at(2026, 12, 3, 18, 0), ReminderSettings(), ReminderState()) is None
    # The next event is tomorrow's slot, or a snooze's end when that is sooner.
    assert next_event(at(2026, 12, 3, 18, 0), EVENING, ReminderState()) == datetime(2026, 12, 4, 18, 0)
    state, _ = snoozed(ReminderState(), at(2026, 12, 3, 18, 0), 10)
    assert next_event(at(2026, 12, 3, 18, 0), EVENING, state) == datetime(2026, 12, 3, 18, 10)
    mondays = ReminderSettings((time(9, 0),), frozenset({0}))
    assert next_event(at(2026, 12, 3, 18, 0), mondays, ReminderState()) == datetime(2026, 12, 7, 9, 0)


def test_reading_what_the_person_typed():
    assert parse_times("18:00, 8:30 18:00") == (time(8, 30), time(18, 0))
    assert parse_times("") == ()
    with pytest.raises(ValueError, match="'25:00' is not a time of day"):
        parse_times("08:00, 25:00")
    with pytest.raises(ValueError, match="'6pm'"):
        parse_times("6pm")
    assert parse_weekdays("") is None
    assert parse_weekdays("Mon, wed,6") == frozenset({0, 2, 6})
    with pytest.raises(ValueError, match="'Funday'"):
        parse_weekdays("Funday")


def test_the_reminder_says_how_many_and_how_long():
    assert reminder_text(TODO)[0] == "Ankle exercises: 4 planned today, about 12 minutes"
    partly = DayWork(planned=4, done=1, partly=1, todo=(DOSE,) * 3, starts={}, seconds_left=7 * 60)
    assert reminder_text(partly)[0] == "Ankle exercises: 3 of 4 still to do today, about 7 minutes"


def test_todays_work_comes_from_the_plan_and_what_history_shows(library):
    plan = WeekPlan()
    thursday = date(2026, 12, 3)
    for exercise in library.exercises[:3]:
        plan.add(thursday.weekday(), Prescription(exercise.id, sets=1))
    work = day_work(plan, thursday, library, SetsDone())
    assert (work.planned, work.left, work.finished) == (3, 3, False)
    assert work.minutes_left >= 1
    assert day_work(plan, thursday + timedelta(days=1), library, SetsDone()).planned == 0


def test_two_lookers_at_the_same_minute_show_one_reminder(tmp_path):
    """The open app and the background checker decide under one lock: one of them shows the slot."""
    now = at(2026, 12, 3, 18, 0)
    shows = []
    start = threading.Barrier(8)

    def look():
        start.wait()

        def decide(state):
            due = check(now, EVENING, state, TODO)
            return (shown(state, now, EVENING), due) if due else (state, None)

        if ReminderLog(tmp_path).update(decide):
            shows.append(1)

    threads = [threading.Thread(target=look) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(shows) == 1
    assert ReminderLog(tmp_path).read().handled == "2026-12-03 18:00"


def test_a_damaged_state_file_counts_as_nothing_reminded(tmp_path):
    (tmp_path / "reminders.json").write_text("{not json", encoding="utf-8")
    assert ReminderLog(tmp_path).read() == ReminderState()
    ReminderLog(tmp_path).update(lambda s: (ReminderState(handled="2026-12-03 18:00"), None))
    assert ReminderLog(tmp_path).read().handled == "2026-12-03 18:00"
