"""Reminders while the app is open: it looks at the clock at each chosen time (and at least once a minute,
so a slot missed in a suspend comes on waking), shows the banner, and a desktop notification too when the
window is not the one in front. Turning reminders on or off in Settings installs or removes what runs
`rehab-desktop remind` while the app is closed (background.py).

While the app runs, the background checker stands aside (it sees the app's lock); both decide through
the same ReminderLog under its lock, so a slot is shown once whoever looks first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.reminders import decide, reminder_text, seconds_to_next_look, snoozed
from rehab_desktop.core.today import DayWork
from rehab_desktop.store import ReminderLog
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.common.today_work import todays_work
from rehab_desktop.ui.reminders.banner import ReminderBanner

REMINDER_FIELDS = frozenset({"reminders", "reminder_times", "reminder_days", "reminder_snooze"})


class ReminderSchedule(QObject):
    """`start_today(work)` queues today's session in the window; `in_front()` says whether the person
    is looking at the window; `wall` is the local time (following time-zone changes); `in_session()`
    whether a session is open (its slot then passes without a reminder)."""

    message = Signal(str)  # for the status bar
    background_changed = Signal(str)  # what runs the reminders while the app is closed, in a line
    today_ready = Signal()  # Start now (or --today) put today's session in the window

    def __init__(self, prefs: PreferenceStore, service: StoreService, library: Library, banner: ReminderBanner,
                 start_today: Callable[[DayWork | None], None], in_front: Callable[[], bool],
                 wall: Callable[[], datetime], background=None, notifier_factory=None, parent=None,
                 in_session: Callable[[], bool] = lambda: False):
        super().__init__(parent)
        self.prefs, self.service, self.library, self.banner = prefs, service, library, banner
        self.start_today_in_window, self.in_front, self.wall = start_today, in_front, wall
        self.in_session = in_session  # a session under way: the person is at it, a reminder would only nag
        self._background = background  # () -> the module that installs the systemd timer or autostart entry
        self.notifier_factory = notifier_factory  # () -> DesktopNotifier | TrayNotifier | None
        self.notifier = None
        self.log = ReminderLog(prefs.data_dir)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.look)
        self.shown_title = ""
        banner.start_requested.connect(self.start_now)
        banner.later_requested.connect(self.later)
        prefs.changed.connect(self._prefs_changed)
        service.changed.connect(self._store_changed)

    @property
    def background(self):
        """The module that installs what reminds while the app is closed (None: nothing is
        installed), imported the first time it is needed, not at start-up."""
        if callable(self._background):  # a module is not callable: the maker of one is
            self._background = self._background()
        return self._background

    # -- looking at the clock ------------------------------------------------------

    def start(self) -> None:
        """Begin looking (after the first paint)."""
        self.look()

    def look(self) -> bool:
        """Show the reminder when one is due now; True when it was shown. Then wait for the next look."""
        settings = self.prefs.reminder_settings()
        now = self.wall()
        work = self._work(now) if settings.enabled else None
        due = None
        if settings.enabled:
            busy = self.in_session()
            due = self.log.update(lambda state: decide(state, now, settings, work, quiet=busy))
        if due is not None:
            self._show(work, settings.snooze_min)
        elif work is None or not work.todo:
            self._withdraw()  # done (or nothing today): a waiting reminder has nothing left to say
        self._wait(now)
        return due is not None

    def _work(self, now: datetime) -> DayWork | None:
        return todays_work(self.service.store, self.library, now.date(), self.prefs.timer_options())

    def _wait(self, now: datetime) -> None:
        wait = seconds_to_next_look(now, self.prefs.reminder_settings(), self.log.read())
        self.timer.stop()
        if wait is not None:
            self.timer.start(int(wait * 1000))

    def _show(self, work: DayWork, snooze_min: int) -> None:
        title, body = reminder_text(work, self._check_due())
        self.shown_title = title
        self.banner.show_reminder(title, snooze_min)
        if not self.in_front():  # a banner in a window behind others reaches no one
            notifier = self._notifier()
            if notifier is not None:
                from rehab_desktop.ui.reminders.notify import later_text

                notifier.show(title, body, later_label=later_text(snooze_min))

    def _check_due(self) -> bool:
        """The weekly self-check is due today too (the notification's body says so)."""
        store = self.service.store
        if store is None:
            return False
        from rehab_desktop.core.self_checks import remind_due

        return remind_due(self.wall().date(), store.self_checks.last_day(), self.prefs.values.check_interval)

    def _withdraw(self) -> None:
        self.banner.hide()
        if self.notifier is not None:
            self.notifier.close()

    def _notifier(self):
        if self.notifier is None and self.notifier_factory is not None:
            self.notifier = self.notifier_factory()
            if self.notifier is not None:
                self.notifier.setParent(self)
                self.notifier.action_invoked.connect(self._action)
        return self.notifier

    def _action(self, key: str) -> None:
        from rehab_desktop.ui.reminders.notify import ACTION_LATER

        if key == ACTION_LATER:
            self.later()
        else:  # Start now, or the notification itself clicked
            self.start_now()

    # -- what the person answers ---------------------------------------------------

    def start_now(self) -> None:
        self._withdraw()
        self.start_today_in_window(self._work(self.wall()))
        self.today_ready.emit()

    def later(self) -> None:
        self._withdraw()
        now = self.wall()
        minutes = self.prefs.values.reminder_snooze
        until = self.log.update(lambda state: snoozed(state, now, minutes))
        if until is None:
            self.message.emit(translate("ui.reminders.schedule", "No more reminders today: the day ends before then."))
        else:
            self.message.emit(translate("ui.reminders.schedule", "The reminder comes back at {time}.").format(
                time=formats().clock(until.time())))
        self._wait(now)

    # -- changes -------------------------------------------------------------------

    def _store_changed(self, change) -> None:
        if (change.history or change.everything) and self.banner.isVisible():
            work = self._work(self.wall())
            if work is None or not work.todo:
                self._withdraw()

    def _prefs_changed(self, names: frozenset) -> None:
        if names & REMINDER_FIELDS:
            self.apply_background()
            self._wait(self.wall())

    def arrive_text(self) -> str:
        """How reminders reach the person on this desktop, in a line (for Settings)."""
        if self.notifier_factory is None:
            return translate("ui.reminders.schedule", "Reminders appear in this window while it is open.")
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from rehab_desktop.ui.reminders.notify import backend_in_use, describe_backend

        return describe_backend(backend_in_use(tray_possible=isinstance(QCoreApplication.instance(), QApplication)))

    def background_text(self) -> str:
        """What reminds while the app is closed, in a line (for Settings)."""
        if self.background is None:
            return translate("ui.reminders.schedule",
                             "While the app is closed there are no reminders (nothing is installed to run them).")
        found = self.background.installed(Path(self.prefs.data_dir))
        if found is None:
            return translate("ui.reminders.schedule",
                             "While the app is closed there are no reminders: nothing could be installed to run them.")
        return found.message

    def apply_background(self) -> None:
        """Install (or remove) what reminds while the app is closed, to match the settings."""
        if self.background is None:
            return
        settings = self.prefs.reminder_settings()
        data_dir = Path(self.prefs.data_dir)
        try:
            if settings.enabled:
                result = self.background.install(data_dir, settings.times, settings.weekdays)
                if result.kind == "autostart":
                    self.background.start_watcher_now(self.background.command_line(), data_dir)
                text = result.message
            else:
                self.background.remove(data_dir)
                text = ""
        except self.background.BackgroundError as exc:
            text = translate("ui.reminders.schedule", "Reminders come only while the app is open: {problem}").format(
                problem=exc.message)
            self.message.emit(text)
        self.background_changed.emit(text)


def default_notifier():
    """The desktop's notification service, else a tray icon's message, else None (the banner only)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.ui.reminders.notify import (
        BACKEND_DESKTOP,
        BACKEND_TRAY,
        DesktopNotifier,
        TrayNotifier,
        backend_in_use,
    )

    kind = backend_in_use(tray_possible=isinstance(QCoreApplication.instance(), QApplication))
    if kind == BACKEND_DESKTOP:
        return DesktopNotifier()
    if kind == BACKEND_TRAY:
        return TrayNotifier(QApplication.windowIcon())
    return None
