"""`rehab-desktop remind`: the reminder while the app is closed.

Run by the systemd user timer at each chosen time (and on waking for a time missed in a suspend), or kept
running from the autostart entry with `--watch`. It reads the plan and today's history without changing
them, decides through the same ReminderLog as the open app (one reminder per slot), and shows the
notification. It then waits for the answer: Start now (or a click on the notification) opens the app on
today's session, Later brings the reminder back after the chosen minutes, closing it ends the day's slot.
While the app is open it stands aside: the window shows the reminder itself."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer

from rehab_desktop import APP_NAME
from rehab_desktop.core.clock import zone_following_now
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.reminders import (
    decide,
    next_event,
    reminder_text,
    seconds_to_next_look,
    snoozed,
    wall,
)
from rehab_desktop.core.today import DayWork
from rehab_desktop.paths import history_path, resolve_data_dir
from rehab_desktop.store import ReminderLog
from rehab_desktop.ui.common.preferences import SETTINGS_FILE, PreferenceStore
from rehab_desktop.ui.shell.single_instance import LOCK_NAME  # held by the open window

LONGEST_WAIT_S = 12 * 3600  # an unanswered notification is given up after this (the day's slot stays spent)
# While a notification waits for its answer, the clock is read this often: the next slot of the day is then
# shown by this process (systemd does not start a second one while this one runs), and a suspend is noticed.
WAITING_LOOK_S = 60


def app_is_open(data_dir: Path) -> bool:
    """Whether a window is running for `data_dir` (it holds the lock; a crashed one's lock is stale)."""
    if not (data_dir / LOCK_NAME).exists():
        return False
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def read_work(data_dir: Path, library: Library, day, prefs: PreferenceStore) -> DayWork | None:
    """Today's plan against today's history, read without creating, moving or repairing anything."""
    from rehab_desktop.store import OwnExerciseRepo, Store, StoreError, open_database
    from rehab_desktop.ui.common.today_work import todays_work

    if not history_path(data_dir).exists():
        return None
    try:
        with open_database(data_dir, recover=False) as db:
            OwnExerciseRepo(db).load_into(library)
            return todays_work(Store(db), library, day, prefs.timer_options())
    except StoreError:
        return None


def read_check_due(data_dir: Path, day, prefs: PreferenceStore) -> bool:
    """Whether the reminder should say the weekly self-check is due on `day` (core.self_checks.remind_due;
    read like read_work: nothing created or moved)."""
    from rehab_desktop.core.self_checks import remind_due
    from rehab_desktop.store import Store, StoreError, open_database

    if not history_path(data_dir).exists():
        return False
    try:
        with open_database(data_dir, recover=False) as db:
            return remind_due(day, Store(db).self_checks.last_day(), prefs.values.check_interval)
    except StoreError:
        return False


def open_app_on_today(data_dir: Path, popen=subprocess.Popen) -> None:
    """Start the window on today's session (a running one is raised on it instead), detached from us."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "rehab_desktop"]
    popen([*command, "--today", "--data-dir", str(data_dir)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
          stderr=subprocess.DEVNULL, start_new_session=True)


class Checker(QObject):
    """Looks once (`watch` False: quits when that reminder's life is over) or at every slot (`watch`)."""

    def __init__(self, data_dir: Path, library: Library, prefs: PreferenceStore, notifier, watch: bool,
                 now: Callable[[], datetime] = zone_following_now, open_app=open_app_on_today, say=print,
                 quit_with: Callable[[int], None] = QCoreApplication.exit):
        super().__init__()
        self.data_dir, self.library, self.prefs, self.notifier = data_dir, library, prefs, notifier
        self.watch, self.now, self.open_app, self.say, self.quit_with = watch, now, open_app, say, quit_with
        self.log = ReminderLog(data_dir)
        self.showing = False
        self.exit_code = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.look)
        self.give_up = QTimer(self)  # while a notification waits: the next slot, or giving up
        self.give_up.setInterval(WAITING_LOOK_S * 1000)
        self.give_up.timeout.connect(self._still_waiting)
        self.shown_at: datetime | None = None
        self.next_slot: datetime | None = None
        notifier.action_invoked.connect(self._action)
        notifier.closed.connect(self._closed)

    def look(self) -> None:
        self.showing = False  # a snooze that ran out: this look decides again
        self.prefs = PreferenceStore(self.data_dir)  # the settings may have changed since the last look
        settings = self.prefs.reminder_settings()
        now = self.now()
        if not settings.enabled:
            self.say(f"{APP_NAME}: reminders are off (Settings > Remind me).")
            self.watch = False  # turned off: a watcher has nothing left to do
            return self._done()
        if app_is_open(self.data_dir):
            if not self.watch:
                self.say(f"{APP_NAME}: the app is open; it shows the reminder itself.")
            return self._wait(now)
        work = read_work(self.data_dir, self.library, wall(now).date(), self.prefs)

        due = self.log.update(lambda state: decide(state, now, settings, work))
        if due is None:
            if not self.watch:
                self.say(f"{APP_NAME}: no reminder is due now.")
            return self._wait(now)
        title, body = reminder_text(work, read_check_due(self.data_dir, wall(now).date(), self.prefs))
        from rehab_desktop.ui.reminders.notify import later_text

        if not self.notifier.show(title, body, later_label=later_text(settings.snooze_min)):
            self.say(f"{APP_NAME}: the reminder could not be shown: the notification service did not answer.")
            self.exit_code = 1
            return self._done()
        self.say(f"{APP_NAME}: reminder shown: {title}")
        self.showing = True
        self.shown_at = wall(now)
        self.next_slot = next_event(now, settings, self.log.read())
        self.give_up.start()

    def _wait(self, now: datetime) -> None:
        if not self.watch and not self.showing:
            return self._done()
        wait = seconds_to_next_look(now, self.prefs.reminder_settings(), self.log.read())
        self.timer.start(int((wait if wait is not None else 60.0) * 1000))

    def _action(self, key: str) -> None:
        from rehab_desktop.ui.reminders.notify import ACTION_LATER

        self.showing = False
        self.give_up.stop()
        if key == ACTION_LATER:
            now = self.now()
            minutes = self.prefs.values.reminder_snooze
            until = self.log.update(lambda state: snoozed(state, now, minutes))
            if until is None:
                self.say(f"{APP_NAME}: no more reminders today.")
                return self._after()
            self.say(f"{APP_NAME}: the reminder comes back at {until:%H:%M}.")
            self.showing = True  # a snooze keeps a single check running until it ends
            self.timer.start(int(max(1.0, min(60.0, (until - wall(now)).total_seconds())) * 1000))
            return
        self.say(f"{APP_NAME}: opening today's session.")
        self.open_app(self.data_dir)
        self._after()

    def _closed(self) -> None:
        self.showing = False
        self.give_up.stop()
        self._after()

    def _still_waiting(self) -> None:
        """Unanswered so far: at the next slot look again (the new reminder replaces this one); after
        LONGEST_WAIT_S give up."""
        local = wall(self.now())
        if self.next_slot is not None and local >= self.next_slot:
            self.give_up.stop()
            self.notifier.close()  # the new slot's reminder, if one is due, comes fresh
            self.look()
        elif self.shown_at is not None and (local - self.shown_at).total_seconds() >= LONGEST_WAIT_S:
            self.give_up.stop()
            self.showing = False
            self.notifier.close()
            self._after()

    def _after(self) -> None:
        if self.watch:
            self._wait(self.now())
        else:
            self._done()

    def _done(self) -> None:
        if not self.watch:
            QTimer.singleShot(0, lambda: self.quit_with(self.exit_code))


def run_checker(args: argparse.Namespace, library: Library) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    if not (data_dir / SETTINGS_FILE).exists():
        print(f"{APP_NAME}: reminders are off (Settings > Remind me).")
        return 0
    watching = _one_watcher(data_dir) if args.watch else None
    if args.watch and watching is None:
        print(f"{APP_NAME}: a reminder checker is already running for {data_dir}.")
        return 0
    app = _application()
    from rehab_desktop.ui.common import i18n

    i18n.install(app, PreferenceStore(data_dir).values.language)  # the notification in the window's language
    from rehab_desktop.ui.reminders.schedule import default_notifier

    notifier = default_notifier()
    if notifier is None:
        print(f"{APP_NAME}: there is no notification service or tray here, so reminders show only in the "
              "app's window while it is open.", file=sys.stderr)
        return 1
    checker = Checker(data_dir, library, PreferenceStore(data_dir), notifier, watch=args.watch)
    QTimer.singleShot(0, checker.look)
    from rehab_desktop.ui.shell.stop_signals import StopSignals

    stops = StopSignals(lambda code: QCoreApplication.exit(code), checker)
    try:
        return app.exec()
    finally:
        stops.uninstall()
        del app


def _one_watcher(data_dir: Path):
    """The open lock file that makes this the one `--watch` for `data_dir` (held until the process ends);
    None when another holds it. Where there is no such lock (Windows), every watcher runs."""
    try:
        import fcntl
    except ImportError:
        return open(os.devnull)  # noqa: SIM115 (held for the process's life)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handle = open(data_dir / "reminders-watch.lock", "a+b")  # noqa: SIM115 (held for the process's life)
    except OSError:
        return open(os.devnull)  # noqa: SIM115
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def _application() -> QCoreApplication:
    """A window-less application where a notification service is reachable; with a display, one that can also
    show the tray's message."""
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.text2speech*=false")
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"):
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
    else:
        app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    return app
