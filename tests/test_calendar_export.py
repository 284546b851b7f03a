"""The calendar file as a user makes it: File > "Add the plan to my calendar…" in the window, and
`rehab-desktop plan ics` on the command line; read back with icalendar."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.plan_calendar import local_zone
from rehab_desktop.core.records import Prescription
from tests.test_first_use import dialog_opened


def _action(window, text: str):
    menu = window.menus.file
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def _said(pane) -> str:
    return " ".join(label.text() for label in pane.findChildren(QLabel))


def _saved_plan(store, today):
    plan = WeekPlan(name="Ana's plan, week 1")
    plan.add(0, Prescription("standing-calf-stretch", 2, None, 30))
    plan.add(0, Prescription("single-leg-balance", 2, None, 30))
    plan.add(3, Prescription("standing-calf-stretch", 2, None, 30))
    plan.start_if_new(today)  # as the Plan page does when a plan gets its first exercise
    return store.plans.save(plan, today)


def test_the_menu_asks_the_time_and_alarm_and_writes_the_plan(make_window, qtbot, tmp_path, monkeypatch):
    from rehab_desktop.ui.plan import calendar_export

    w = make_window()
    today = date.today()
    saved = _saved_plan(w.service.store, today)
    out = tmp_path / "plan.ics"
    monkeypatch.setattr(calendar_export, "ask_calendar_path", lambda parent: str(out))  # the file dialog
    w.plan_pane().plan = w.service.store.plans.load()

    seen = {}

    def answer(qtbot, dialog):
        seen["zone"] = dialog.zone_label.text()
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Start at
        assert dialog.focusWidget() is dialog.time
        dialog.time.setSelectedSection(dialog.time.Section.HourSection)  # as a click on the hours selects them
        qtbot.keyClicks(dialog.time, "07")
        dialog.time.setSelectedSection(dialog.time.Section.MinuteSection)
        qtbot.keyClicks(dialog.time, "30")
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Alarm
        assert dialog.focusWidget() is dialog.alarm
        qtbot.keyClick(dialog.alarm, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.alarm, Qt.Key.Key_Down)  # at the start, 5, then 10 minutes before
        qtbot.keyClick(dialog.alarm, Qt.Key.Key_Return)

    with dialog_opened(qtbot, answer=answer) as titles:
        _action(w, "Add the plan to my calendar\u2026").trigger()
    assert titles == ["Add the plan to my calendar"]
    assert out.exists(), _said(w.plan_pane())
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["RRULE"]["BYDAY"][0]) for e in events) == ["MO", "TH"]
    for e in events:
        start = e.decoded("DTSTART")
        assert (start.hour, start.minute) == (7, 30) and start.date() >= saved.starts_on
        assert e.walk("VALARM")[0].decoded("TRIGGER") == -timedelta(minutes=10)
        assert "Ana's plan, week 1" in str(e["DESCRIPTION"])
    monday = next(e for e in events if e["RRULE"]["BYDAY"] == ["MO"])
    assert str(monday["SUMMARY"]).startswith("Ankle exercises: 2 planned (about ")
    assert f"Saved {out} with 2 weekly events" in _said(w.plan_pane())
    zone = local_zone()  # the computer's zone, or the sentence saying there is none
    assert seen["zone"] == (f"Time zone: {zone}, this computer's." if zone else "Time zone: none is set on this "
                            "computer, so the events keep the same clock time wherever the calendar is.")

    # The choices are remembered for next time, and the UIDs stay: a second file updates the first.
    dialogs = []
    monkeypatch.setattr(calendar_export.CalendarDialog, "exec", lambda self: dialogs.append(
        (self.time.time().toString("HH:mm"), self.alarm.currentData())) or self.DialogCode.Accepted)
    second = tmp_path / "again.ics"
    monkeypatch.setattr(calendar_export, "ask_calendar_path", lambda parent: str(second))
    _action(w, "Add the plan to my calendar\u2026").trigger()
    assert dialogs == [("07:30", 10)]
    again = icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")
    assert {str(e["UID"]) for e in again} == {str(e["UID"]) for e in events}
    assert w.prefs.values.calendar_time == "07:30" and w.prefs.values.calendar_alarm == 10


def test_an_empty_plan_says_so_and_opens_no_dialog(make_window, monkeypatch):
    from rehab_desktop.ui.plan import calendar_export

    w = make_window()
    opened = []
    monkeypatch.setattr(calendar_export.CalendarDialog, "exec", lambda self: opened.append(self) or 0)
    assert w.plan_pane().export_calendar() is None
    assert not opened
    assert "The plan is empty: add exercises before adding it to a calendar." in _said(w.plan_pane())


def test_a_file_that_cannot_be_written_is_named_and_nothing_is_left(make_window, tmp_path):
    w = make_window()
    _saved_plan(w.service.store, date.today())
    pane = w.plan_pane()
    target = tmp_path / "missing" / "plan.ics"
    assert pane.export_calendar(str(target), exec_dialog=lambda dialog: True) is None
    assert f"The calendar file was not saved: Can't write {target}: the folder" in _said(pane)
    assert not target.parent.exists()


# -- the command line --------------------------------------------------------------------------

def cli(args, data, tmp_path, tz="Europe/Berlin"):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": tz}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", *args, "--data-dir", str(data)], cwd=tmp_path,
                          env=env, timeout=120, capture_output=True, text=True)


def test_plan_ics_writes_every_version_of_the_saved_plan(data_dir, tmp_path):
    from rehab_desktop.store import PlanRepo, open_database

    today = date.today()
    with open_database(data_dir) as db:
        plans = PlanRepo(db)
        old = WeekPlan(name="First", days=[[Prescription("standing-calf-stretch", 2, None, 30)]] + [[]] * 6)
        plans.start_version(old, today - timedelta(days=30))
        new = WeekPlan(name="Second", days=[[]] * 2 + [[Prescription("single-leg-balance", 2, None, 30)]] + [[]] * 4)
        plans.start_version(new, today)
        install = plans.install_id()
    out = tmp_path / "plan.ics"
    done = cli(["plan", "ics", str(out), "--time", "6:45", "--minutes", "15"], data_dir, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Wrote {out}: \u201cSecond\u201d, 2 weekly events (1 day a week from now on) "
                                  "at 06:45 (Europe/Berlin), alarm 15 min before.")
    events = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    first = (today - timedelta(days=30)).isoformat()
    assert set(events) == {f"mo-{first}-{install}@rehab-desktop", f"we-{today.isoformat()}-{install}@rehab-desktop"}
    ended = events[f"mo-{first}-{install}@rehab-desktop"]
    assert ended["RRULE"]["UNTIL"][0].astimezone().date() <= today  # the old Monday ends as the new plan begins
    assert str(ended["DTSTART"].params["TZID"]) == "Europe/Berlin"
    assert len(install) == 32  # the file's own random id, made once

    again = cli(["plan", "ics", "-", "--no-alarm", "--time-zone", "America/New_York"], data_dir, tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    streamed = icalendar.Calendar.from_ical(again.stdout.encode())
    assert {str(e["UID"]) for e in streamed.walk("VEVENT")} == set(events)
    assert streamed.walk("VALARM") == [] and [str(t["TZID"]) for t in streamed.walk("VTIMEZONE")] == \
        ["America/New_York"]


def test_plan_ics_refuses_bad_choices_by_name(data_dir, tmp_path):
    out = tmp_path / "plan.ics"
    for args, message in (
            (["--time", "25:61"], "'25:61' is not a time of day like 18:00"),
            (["--minutes", "-5"], "the alarm must be 0 to 1440 minutes before the start, not -5"),
            (["--time-zone", "Mars/Olympus"], "'Mars/Olympus' is not a time zone this computer knows"),
            (["--emphasis", "anterior"], "--emphasis goes with --program ID"),
            (["--program", "nope"], "unknown program 'nope'")):
        done = cli(["plan", "ics", str(out), *args], data_dir, tmp_path)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    done = cli(["plan", "ics", str(out)], data_dir, tmp_path)
    assert done.returncode == 2 and "there is no saved weekly plan yet" in done.stderr
    assert not out.exists()
    both = cli(["plan", "ics", str(out), "--minutes", "5", "--no-alarm"], data_dir, tmp_path)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_plan_ics_a_starter_program_in_the_machines_zone(data_dir, tmp_path):
    done = cli(["plan", "ics", "-", "--program", "early", "--emphasis", "posterior"], data_dir, tmp_path,
               tz="Asia/Tokyo")
    assert done.returncode == 0, done.stderr
    cal = icalendar.Calendar.from_ical(done.stdout.encode())
    events = cal.walk("VEVENT")
    assert len(events) == 7 and {str(e["DTSTART"].params["TZID"]) for e in events} == {"Asia/Tokyo"}
    assert all(str(e["UID"]).endswith("-program-early-posterior@rehab-desktop") for e in events)
    assert all(e.decoded("DTSTART").hour == 18 for e in events)
