"""The desktop notification against a real server (dunst) on a private session bus under Xvfb: one Notify call
with the reminder's text and its Start now / Later / Open actions; what the person presses comes back as an
action; dismissing it comes back as closed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rehab_desktop.ui.reminders.notify import (
    BACKEND_DESKTOP,
    BACKEND_TRAY,
    BACKEND_WINDOW,
    describe_backend,
)
from tests.helpers.notification_session import NotificationSession  # --import-mode=importlib

TITLE = "Ankle exercises: 4 planned today, about 12 minutes"
BODY = "Stop any exercise that hurts & tell your physio <today>."
CHILD = f"""
import sys
from PySide6.QtCore import QCoreApplication
from rehab_desktop.ui.reminders.notify import DesktopNotifier, notification_service_available

app = QCoreApplication([])
print("available" if notification_service_available() else "unavailable", flush=True)
notifier = DesktopNotifier()
notifier.action_invoked.connect(lambda key: (print(key, flush=True), app.quit()))
notifier.closed.connect(lambda: (print("closed", flush=True), app.quit()))
print("shown" if notifier.show({TITLE!r}, {BODY!r}) else "not shown", notifier.notification_id, flush=True)
sys.exit(app.exec())
"""


@pytest.fixture
def session(tmp_path):
    with NotificationSession(tmp_path / "session") as s:
        yield s


def child_env(extra: dict) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    return {**env, **extra, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def child(session, lines):
    """A process showing the reminder; yields (process, its output lines) once the notification is up."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=child_env(session.env))
    out = lines(proc.stdout)
    try:
        assert out.next() == "available"
        shown = out.next()
        assert shown.startswith("shown "), shown
        yield proc, out
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_one_notification_with_the_text_and_the_three_actions(session, child):
    proc, out = child
    calls = session.wait_for_notify(1)
    assert len(calls) == 1
    call = calls[0]
    assert call.summary == TITLE
    assert call.body == "Stop any exercise that hurts &amp; tell your physio &lt;today&gt;."  # plain text, escaped
    assert call.actions == ["start", "Start now", "later", "Later", "default", "Open"]
    assert call.replaces_id == 0 and call.timeout == -1
    assert call.app_name == "Rehab Desktop"
    assert call.hints["desktop-entry"] == "io.github.rehab_desktop.RehabDesktop"
    assert call.hints["urgency"] == 1


def test_start_now_comes_back_as_start(session, child):
    proc, out = child
    session.wait_for_notify(1)
    assert session.invoke("Start now") == "start"
    assert out.next() == "start"
    assert proc.wait(timeout=30) == 0
    assert len(session.notify_calls()) == 1


def test_later_comes_back_as_later(session, child):
    proc, out = child
    session.wait_for_notify(1)
    session.invoke("Later")
    assert out.next() == "later"
    assert proc.wait(timeout=30) == 0


def test_clicking_the_notification_comes_back_as_default(session, child):
    proc, out = child
    session.wait_for_notify(1)
    session.invoke_default()
    assert out.next() == "default"


def test_dismissing_comes_back_as_closed(session, child):
    proc, out = child
    session.wait_for_notify(1)
    session.dismiss()
    assert out.next() == "closed"
    assert proc.wait(timeout=30) == 0


def test_the_close_that_follows_an_action_is_not_also_closed(session, lines):
    """Servers close a notification after its action (here the person dismisses it next): that close is not news."""
    code = CHILD.replace("notifier.action_invoked.connect(lambda key: (print(key, flush=True), app.quit()))", """
from PySide6.QtCore import QTimer
def gone():
    if notifier.notification_id is None:
        print("gone", flush=True)
        app.quit()
watch = QTimer(interval=50, timeout=gone)
notifier.action_invoked.connect(lambda key: (print(key, flush=True), watch.start()))""")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=child_env(session.env))
    out = lines(proc.stdout)
    try:
        assert out.next() == "available"
        assert out.next().startswith("shown ")
        session.wait_for_notify(1)
        session.invoke("Later")
        assert out.next() == "later"
        session.dismiss()
        assert out.next() == "gone"  # not "closed"
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_the_service_is_found_on_the_bus_and_not_without_one(session):
    probe = "from rehab_desktop.ui.reminders.notify import notification_service_available as a; print(a())"
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                           env=child_env(session.env))
    assert found.stdout.strip() == "True", found.stderr
    no_bus = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            env=child_env({}))
    assert no_bus.stdout.strip() == "False", no_bus.stderr


def test_without_the_service_show_says_so_and_nothing_hangs(session, tmp_path):
    """A bus where nobody owns the service: the window is where reminders appear, and show() says it failed."""
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from rehab_desktop.ui.reminders.notify import DesktopNotifier, backend_in_use\n"
            "app = QCoreApplication([])\n"
            "print(backend_in_use(tray_possible=False), DesktopNotifier().show('t', 'b'))\n")
    # A second, empty bus: the first one's dunst stays for the other tests.
    with NotificationSession.bus_only(tmp_path / "empty") as empty:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                              env=child_env({"DBUS_SESSION_BUS_ADDRESS": empty.address}))
    assert done.stdout.split() == ["window", "False"], done.stderr


def test_settings_lines_say_where_reminders_appear():
    assert describe_backend(BACKEND_DESKTOP) == "Reminders appear as desktop notifications."
    assert describe_backend(BACKEND_TRAY) == ("Reminders appear as a message from the app's icon in the system tray "
                                              "(this desktop has no notification service).")
    assert describe_backend(BACKEND_WINDOW) == ("Reminders appear only in this window, while it is open: "
                                                "this desktop has no notification service or tray.")
