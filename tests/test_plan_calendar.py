"""The weekly plan as an iCalendar file: read back by icalendar and by vobject (an independent parser), which
must agree on every event a calendar would show: weekdays, local start across daylight saving, alarm, texts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from rehab_desktop.core import plan_calendar as pc
from rehab_desktop.core.plan import WeekPlan, dose_text
from rehab_desktop.core.records import Prescription

BERLIN = "Europe/Berlin"
STAMP = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
TRICKY = 'Ana\'s plan, "week 1"; ankle \u2013 M\u00fcller\\Pe\u00f1a'
TRICKY_NOTES = ('Ice after; not before.\nCall Dr. \u00c5se, "Tuesday", if it swells\\throbs;\n'
                'Gracias \u2013 \u00a1\u00e1nimo!')


def balance(sets=2, hold=30, resistance=""):
    return Prescription("single-leg-balance", sets, None, hold, resistance)


def calf():
    return Prescription("standing-calf-stretch", 2, None, 30)


def week(**days) -> list[list[Prescription]]:
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    return [list(days.get(n, [])) for n in names]


def plan(starts_on=date(2026, 3, 2), name="My weekly plan", notes="", **days) -> WeekPlan:
    return WeekPlan(name=name, starts_on=starts_on, notes=notes, days=week(**days))


def write(library, versions, choices=None, stamp=STAMP, scope="abc123", today=date(2026, 3, 10)) -> bytes:
    events = pc.plan_events(versions, library, scope, today)
    return pc.calendar_bytes(events, choices or pc.CalendarChoices(time(18, 0), 0, BERLIN), stamp, scope)


def read_both(data: bytes) -> tuple[list, list]:
    """(icalendar's events, vobject's events), each sorted by UID."""
    ical = sorted(icalendar.Calendar.from_ical(data).walk("VEVENT"), key=lambda e: str(e["UID"]))
    vcal = vobject.readOne(data.decode("utf-8"))
    vevents = sorted(vcal.vevent_list, key=lambda e: e.uid.value)
    return ical, vevents


def _byday(rule_text: str) -> str:
    return dict(part.split("=") for part in rule_text.split(";"))["BYDAY"]


def test_one_weekly_event_per_planned_day_and_none_for_a_rest_day(library):
    p = plan(mon=[balance(), calf()], wed=[calf()], fri=[balance()])
    ical, vevents = read_both(write(library, [p]))
    assert len(ical) == len(vevents) == 3
    for a, b in zip(ical, vevents, strict=True):
        assert str(a["UID"]) == b.uid.value
        # Both readers see the same weekday, once a week, from the first such day of the plan.
        assert a["RRULE"]["FREQ"] == ["WEEKLY"] and b.rrule.value.startswith("FREQ=WEEKLY")
        assert a["RRULE"]["BYDAY"] == [_byday(b.rrule.value)]
        assert a.decoded("DTSTART") == b.dtstart.value
        assert a.decoded("DTSTART").weekday() == ("MO", "TU", "WE", "TH", "FR", "SA", "SU").index(
            _byday(b.rrule.value))
        assert a.decoded("DTSTART").time() == b.dtstart.value.time() == time(18, 0)
        assert str(a["SUMMARY"]) == b.summary.value
        assert str(a["DESCRIPTION"]) == b.description.value
        assert a.walk("VALARM")[0].decoded("TRIGGER") == b.valarm.trigger.value == timedelta(0)
        assert str(a["CLASS"]) == b.getChildValue("class") == "PRIVATE"
    days = {_byday(b.rrule.value) for b in vevents}
    assert days == {"MO", "WE", "FR"}
    monday = next(b for b in vevents if _byday(b.rrule.value) == "MO")
    assert monday.dtstart.value == datetime(2026, 3, 2, 18, 0, tzinfo=monday.dtstart.value.tzinfo)
    assert BERLIN in repr(monday.dtstart.value.tzinfo)  # vobject made the zone from the file's VTIMEZONE


def test_the_title_length_and_description_say_what_the_day_holds(library):
    p = plan(mon=[balance(), calf()])
    (event,), _ = read_both(write(library, [p]))
    length = event.decoded("DTEND") - event.decoded("DTSTART")
    minutes = round(length.total_seconds() / 60)
    assert str(event["SUMMARY"]) == f"Ankle exercises: 2 planned (about {minutes} min)"
    # Two sets a leg of a 30 s balance and of a 30 s stretch, with get-readies, switches and rests: over 4 min.
    assert 4 <= minutes <= 15
    text = str(event["DESCRIPTION"]).splitlines()
    b, c = library["single-leg-balance"], library["standing-calf-stretch"]
    assert text[0] == "My weekly plan, Monday:"
    assert f"\u2022 {b.name}: {dose_text(b, balance())}" in text
    assert f"\u2022 {c.name}: {dose_text(c, calf())}" in text
    assert text[-1] == "Stop any exercise that hurts."


def test_names_and_notes_with_commas_semicolons_quotes_accents_and_newlines_round_trip_exactly(library):
    p = plan(name=TRICKY, notes=TRICKY_NOTES, tue=[balance(resistance='red band; "light", soft')])
    events = pc.plan_events([p], library, "abc123", date(2026, 3, 10))
    data = pc.calendar_bytes(events, pc.CalendarChoices(time(7, 30), 5, BERLIN), STAMP, "abc123")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded, as RFC 5545 wants
    (a,), (b,) = read_both(data)
    assert str(a["DESCRIPTION"]) == b.description.value == events[0].description
    lines = b.description.value.split("\n")
    assert lines[0] == f"{TRICKY}, Tuesday:"
    assert 'red band; "light", soft' in lines[1]
    assert f"Notes: {TRICKY_NOTES}" in b.description.value
    assert str(a["SUMMARY"]) == b.summary.value == events[0].summary


def test_the_start_keeps_its_local_time_across_a_daylight_saving_change(library):
    # Berlin moves its clocks forward on 29 March 2026 and back on 25 October: 18:00 stays 18:00.
    p = plan(starts_on=date(2026, 3, 16), thu=[calf()])
    (a,), (b,) = read_both(write(library, [p]))
    starts = [d for d in b.getrruleset() if d < datetime(2026, 11, 30, tzinfo=UTC)]
    assert starts[0].date() == date(2026, 3, 19) and len(starts) > 30
    zone = ZoneInfo(BERLIN)
    assert {d.astimezone(zone).time() for d in starts} == {time(18, 0)}
    offsets = {d.astimezone(zone).utcoffset() for d in starts}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # the same wall time, either side of the change
    march, april = starts[1], starts[2]  # 26 March (winter time), 2 April (summer time)
    assert (march.astimezone(UTC).hour, april.astimezone(UTC).hour) == (17, 16)
    assert a["DTSTART"].params["TZID"] == BERLIN
    tz = icalendar.Calendar.from_ical(write(library, [p])).walk("VTIMEZONE")
    assert [str(t["TZID"]) for t in tz] == [BERLIN]


def test_a_version_ends_the_day_before_the_next_begins_and_a_dropped_day_stops(library):
    first = plan(starts_on=date(2026, 3, 2), mon=[calf()], thu=[balance()])
    second = plan(starts_on=date(2026, 4, 15), mon=[calf(), balance()])  # a Wednesday; Thursday dropped
    ical, vevents = read_both(write(library, [first, second]))
    assert len(ical) == len(vevents) == 3
    by_uid = {b.uid.value: b for b in vevents}
    old_mon, old_thu = by_uid["mo-2026-03-02-abc123@rehab-desktop"], by_uid["th-2026-03-02-abc123@rehab-desktop"]
    new_mon = by_uid["mo-2026-04-15-abc123@rehab-desktop"]
    assert list(old_mon.getrruleset())[-1].date() == date(2026, 4, 13)
    assert list(old_thu.getrruleset())[-1].date() == date(2026, 4, 9)
    assert new_mon.dtstart.value.date() == date(2026, 4, 20) and "UNTIL" not in new_mon.rrule.value
    assert "2 planned" in new_mon.summary.value and "1 planned" in old_mon.summary.value
    # The end is given in UTC, as RFC 5545 wants beside a TZID, and both readers agree on it.
    until = next(a for a in ical if str(a["UID"]) == old_mon.uid.value)["RRULE"]["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset() == timedelta(0)


def test_exporting_again_after_a_change_updates_the_same_events(library):
    """Same UIDs, a higher SEQUENCE and a newer DTSTAMP: what a calendar needs to replace rather than add."""
    first = plan(starts_on=date(2026, 3, 2), mon=[calf()], thu=[balance()])
    before, _ = read_both(write(library, [first], stamp=STAMP))
    second = plan(starts_on=date(2026, 4, 15), mon=[calf(), balance()])
    after, _ = read_both(write(library, [first, second], stamp=STAMP + timedelta(days=36)))
    uids_before, uids_after = {str(e["UID"]) for e in before}, {str(e["UID"]) for e in after}
    assert uids_before <= uids_after and len(uids_after - uids_before) == 1
    for old in before:
        new = next(e for e in after if e["UID"] == old["UID"])
        assert int(new["SEQUENCE"]) > int(old["SEQUENCE"]) and new.decoded("DTSTAMP") > old.decoded("DTSTAMP")
        assert "UNTIL" in new["RRULE"] and "UNTIL" not in old["RRULE"]  # the old days now end
    again, _ = read_both(write(library, [first, second], stamp=STAMP + timedelta(days=36)))
    assert [e.to_ical() for e in again] == [e.to_ical() for e in after]  # nothing random in the events


def test_a_starter_program_has_no_date_in_its_uids_so_another_day_updates_it(library):
    p = WeekPlan(name="Early", days=week(mon=[calf()]))
    monday = pc.plan_events([p], library, pc.program_scope("early"), date(2026, 3, 10))
    later = pc.plan_events([p], library, pc.program_scope("early"), date(2026, 3, 12))
    assert [e.uid for e in monday] == [e.uid for e in later] == ["mo-program-early@rehab-desktop"]
    assert (monday[0].first, later[0].first) == (date(2026, 3, 16), date(2026, 3, 16))
    anterior = pc.plan_events([p], library, pc.program_scope("early", "anterior"), date(2026, 3, 10))
    assert anterior[0].uid == "mo-program-early-anterior@rehab-desktop"


def test_the_alarm_minutes_before_or_no_alarm(library):
    p = plan(mon=[calf()])
    (a,), (b,) = read_both(write(library, [p], pc.CalendarChoices(time(18, 0), 15, BERLIN)))
    assert a.walk("VALARM")[0].decoded("TRIGGER") == b.valarm.trigger.value == timedelta(minutes=-15)
    assert str(a.walk("VALARM")[0]["ACTION"]) == b.valarm.action.value == "DISPLAY"
    (a,), (b,) = read_both(write(library, [p], pc.CalendarChoices(time(18, 0), None, BERLIN)))
    assert a.walk("VALARM") == [] and not hasattr(b, "valarm")


def test_without_a_time_zone_the_times_float(library):
    data = write(library, [plan(mon=[calf()])], pc.CalendarChoices(time(6, 45), 0, ""))
    (a,), (b,) = read_both(data)
    assert b"VTIMEZONE" not in data and b"TZID" not in data
    assert a.decoded("DTSTART") == b.dtstart.value == datetime(2026, 3, 2, 6, 45)


def test_bad_choices_are_named():
    with pytest.raises(pc.CalendarError, match="'Mars/Olympus' is not a time zone"):
        pc.CalendarChoices(time(18, 0), 0, "Mars/Olympus")
    with pytest.raises(pc.CalendarError, match="'25:00' is not a time of day"):
        pc.parse_time("25:00")
    with pytest.raises(pc.CalendarError, match="'6pm' is not a time of day"):
        pc.parse_time("6pm")
    with pytest.raises(pc.CalendarError, match="0 to 1440 minutes"):
        pc.CalendarChoices(time(18, 0), 2000, "")
    assert pc.parse_time(" 7:05 ") == time(7, 5)


def test_an_exercise_missing_from_the_library_is_named_not_dropped(library):
    p = plan(mon=[calf(), Prescription("gone-exercise", 2, 10, None)])
    (event,) = pc.plan_events([p], library, "s", date(2026, 3, 10))
    assert event.exercises == 2 and "\u2022 gone-exercise (not in the exercise library)" in event.description


def test_the_local_zone_is_named_from_tz(monkeypatch):
    monkeypatch.setenv("TZ", "America/Chicago")
    assert pc.local_zone() == "America/Chicago"
    monkeypatch.setenv("TZ", "Nowhere/Special")
    assert pc.local_zone() == ""  # an unknown zone: floating local times rather than a wrong zone


def test_a_days_length_is_what_the_plan_page_and_reminder_say_it_takes(library):
    """The same estimate as today.day_work (the Plan page's "about N min" and the reminder's) on that day."""
    from rehab_desktop.core.phases import TimerOptions
    from rehab_desktop.core.records import LegSide
    from rehab_desktop.core.today import SetsDone, day_work

    p = plan(mon=[balance(), calf(), Prescription("ankle-dorsiflexion", 3, 15, 1)], wed=[calf()],
             sat=[Prescription("sumo-squat", 2, 10, None), balance(3, 45)])
    for options in (None, TimerOptions(lead_in_s=10, rest_s=60, affected_side=LegSide.BOTH)):
        events = pc.plan_events([p, plan(starts_on=date(2026, 3, 30), **{"mon": [calf()]})], library, "s",
                                date(2026, 3, 10), options)
        assert len(events) == 4
        for e in events:
            expected = day_work(p if e.first < date(2026, 3, 30) else plan(mon=[calf()]), e.first, library,
                                SetsDone(), options).minutes_left
            assert e.minutes == expected, e
        assert len({e.minutes for e in events}) > 1
