"""`rehab-desktop remind` against a real notification daemon (dunst) on a private session bus under Xvfb:
exactly one notification per due time with the right text and both actions; Start now opens the app on
today's session; Later keeps it coming back; the open app makes the checker stand aside."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time as clock
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import Store, open_database
from tests.helpers.notification_session import NotificationSession

TODAY_IDS = ("seated-ankle-rom", "standing-calf-stretch")


def midday_zone() -> str:
    """A fixed zone where it is about noon now, so the test's 'now' is never near midnight."""
    offset = 12 - datetime.now(ZoneInfo("UTC")).hour
    if offset == 0:
        return "Etc/UTC"
    return f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"  # Etc/GMT-3 is three hours ahead of UTC


@pytest.fixture
def session(tmp_path):
    s = NotificationSession(tmp_path / "session")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def reminded(tmp_path):
    """A data folder with two exercises planned today and a reminder a minute ago, in a midday zone."""
    zone = midday_zone()
    now = datetime.now(ZoneInfo(zone))
    data = tmp_path / "data"
    data.mkdir()
    with open_database(data) as db:
        plan = WeekPlan()
        for exercise_id in TODAY_IDS:
            plan.add(now.weekday(), Prescription(exercise_id, sets=1))
        Store(db).plans.save(plan, today=now.date() - timedelta(days=7))
    at = (now - timedelta(minutes=1)).strftime("%H:%M")
    (data / "settings.ini").write_text(
        f"[app]\nwelcomed=true\n\n[reminders]\non=true\ntimes={at}\nsnooze_min=10\n", encoding="utf-8")
    return data, zone


def child_env(session: NotificationSession, zone: str, announce: str = "") -> dict:
    env = {**os.environ, **session.env, "TZ": zone, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REHAB_DESKTOP_ANNOUNCE", None)
    if announce:
        env["REHAB_DESKTOP_ANNOUNCE"] = announce
    return env


def remind(data, env, lines):
    proc = subprocess.Popen([sys.executable, "-m", "rehab_desktop", "remind", "--data-dir", str(data)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    return proc, lines(proc.stdout)


def wait_for_file_line(path, prefix: str, timeout: float = 60.0) -> str:
    """The first line of `path` starting with `prefix` (the app started by Start now appends to it)."""
    deadline = clock.monotonic() + timeout
    while clock.monotonic() < deadline:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith(prefix):
                    return line
        clock.sleep(0.1)  # polling a file another process writes; nothing to wait on instead
    pytest.fail(f"{path} never had a line starting {prefix!r}")


def stop_app(data) -> None:
    lock = data / "rehab-desktop.lock"
    if lock.exists():
        pid = int(lock.read_text().split()[0])
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)


def test_a_due_time_gives_exactly_one_notification_and_start_now_opens_todays_session(
        session, reminded, lines, tmp_path):
    data, zone = reminded
    announce = tmp_path / "app-said.txt"
    env = child_env(session, zone, announce=str(announce))
    proc, out = remind(data, env, lines)
    try:
        assert out.next().startswith("rehab-desktop: reminder shown: Ankle exercises: 2 planned today, about ")
        calls = session.wait_for_notify(1)
        assert len(calls) == 1
        call = calls[0]
        assert call.summary.startswith("Ankle exercises: 2 planned today, about ")
        assert call.summary.endswith("minutes")
        assert "Stop any exercise that hurts" in call.body
        assert "self-check" not in call.body  # never taken: the reminder does not bring it up
        keys = call.actions[0::2]
        assert {"start", "later", "default"} <= set(keys)
        assert call.actions[call.actions.index("start") + 1] == "Start now"
        assert call.actions[call.actions.index("later") + 1] == "Later (10 min)"
        # The same minute again: already reminded, nothing new on the desktop.
        again = subprocess.run([sys.executable, "-m", "rehab_desktop", "remind", "--data-dir", str(data)],
                               capture_output=True, text=True, env=env, timeout=60)
        assert again.returncode == 0 and "no reminder is due now" in again.stdout
        session.invoke("Start now")
        assert out.next() == "rehab-desktop: opening today's session."
        assert proc.wait(timeout=30) == 0
        line = wait_for_file_line(announce, "today: ")
        assert "Today's session is ready: 2 exercises" in line and "Press Space to begin" in line
        assert len(session.notify_calls()) == 1
    finally:
        stop_app(data)
        if proc.poll() is None:
            proc.kill()


def test_later_keeps_the_checker_waiting_to_remind_again(session, reminded, lines):
    data, zone = reminded
    proc, out = remind(data, child_env(session, zone), lines)
    try:
        assert out.next().startswith("rehab-desktop: reminder shown:")
        session.wait_for_notify(1)
        session.invoke("Later (10 min)")
        line = out.next()
        assert line.startswith("rehab-desktop: the reminder comes back at ")
        back = datetime.strptime(line.rsplit(" ", 1)[-1].rstrip("."), "%H:%M").time()
        expected = (datetime.now(ZoneInfo(zone)) + timedelta(minutes=10)).time()
        gap = abs(datetime.combine(datetime.min, back) - datetime.combine(datetime.min, expected))
        assert gap <= timedelta(minutes=1)
        assert proc.poll() is None  # still there to bring it back
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_dismissing_the_notification_ends_the_check(session, reminded, lines):
    data, zone = reminded
    proc, out = remind(data, child_env(session, zone), lines)
    try:
        assert out.next().startswith("rehab-desktop: reminder shown:")
        session.wait_for_notify(1)
        session.dismiss()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_with_the_app_open_the_checker_stands_aside(session, reminded, lines):
    data, zone = reminded
    env = child_env(session, zone, announce="1")
    app = subprocess.Popen([sys.executable, "-m", "rehab_desktop", "--data-dir", str(data)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert lines(app.stdout).next() == "ready"
        result = subprocess.run([sys.executable, "-m", "rehab_desktop", "remind", "--data-dir", str(data)],
                                capture_output=True, text=True, env=child_env(session, zone), timeout=60)
        assert result.returncode == 0
        assert "the app is open; it shows the reminder itself" in result.stdout
    finally:
        app.terminate()
        app.wait(timeout=30)
    # The window reminded itself (its banner, and a notification if it was not in front): never a second one.
    assert len(session.notify_calls()) <= 1


def test_without_a_notification_service_it_says_so(reminded, tmp_path):
    data, zone = reminded
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")}
    env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path}/no-bus-here"
    env["TZ"] = zone
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run([sys.executable, "-m", "rehab_desktop", "remind", "--data-dir", str(data)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert "no notification service or tray" in result.stderr
