"""Reminders while the window is open: the banner at the chosen time with Start now and Later, a desktop
notification only when the window is not in front, Settings turning them on and off (installing and
removing the background checker), and "Start now" leaving today's session ready for Space."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.timer import EngineState
from rehab_desktop.store import ReminderLog

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY_6PM = datetime(2026, 12, 3, 18, 0, tzinfo=BERLIN)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def plan_today(window, day: date, ids=("seated-ankle-rom", "standing-calf-stretch")) -> None:
    plan = WeekPlan()
    for exercise_id in ids:
        plan.add(day.weekday(), Prescription(exercise_id, sets=1))
    window.service.store.plans.save(plan, today=day - timedelta(days=7))


def remind_at(window, times="18:00") -> None:
    window.prefs.update(reminders=True, reminder_times=times)


def reminding_window(make_window, now: datetime):
    """A window on `now`'s clock with two exercises planned that day and a reminder at 18:00."""
    clock = Clock(now)
    w = make_window(wall=clock)
    plan_today(w, now.date())
    remind_at(w)
    return w, clock


def test_the_banner_comes_at_the_time_and_start_now_leaves_todays_session_ready_for_space(make_window, qtbot, library):
    clock = Clock(THURSDAY_6PM - timedelta(minutes=1))
    w = make_window(wall=clock)
    plan_today(w, clock.now.date())
    remind_at(w)
    assert not w.reminders.look() and not w.reminder_banner.isVisible()  # 17:59
    clock.now = THURSDAY_6PM
    assert w.reminders.look()
    banner = w.reminder_banner
    assert banner.isVisible()
    assert banner.text.text().startswith("Ankle exercises: 2 planned today, about ")
    assert not w.reminders.look()  # the same slot never twice
    w.pages.setCurrentIndex(w.plan_index)
    qtbot.mouseClick(banner.start, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert w.pages.currentIndex() == 0  # the Exercises page, on the first of today's exercises
    assert w.instructions.exercise.id == "seated-ankle-rom"
    assert [d.exercise_id for d in w.session.routine] == ["seated-ankle-rom", "standing-calf-stretch"]
    assert w.controller.state is not EngineState.RUNNING  # ready, not started
    assert "Press Space to begin" in w.statusBar().currentMessage()
    w.browser.view.setFocus()
    qtbot.keyClick(w.browser.view, Qt.Key.Key_Space)
    assert w.controller.state is EngineState.RUNNING
    assert w.controller.exercise.id == "seated-ankle-rom"


def test_later_brings_it_back_after_the_chosen_minutes(make_window, qtbot):
    w, clock = reminding_window(make_window, THURSDAY_6PM)
    w.prefs.update(reminder_snooze=10)
    assert w.reminders.look()
    assert w.reminder_banner.later.text().replace("&", "") == "Later (10 min)"
    qtbot.mouseClick(w.reminder_banner.later, Qt.MouseButton.LeftButton)
    assert not w.reminder_banner.isVisible()
    assert "18:10" in w.statusBar().currentMessage()
    clock.now = THURSDAY_6PM + timedelta(minutes=9)
    assert not w.reminders.look()
    clock.now = THURSDAY_6PM + timedelta(minutes=10)
    assert w.reminders.look() and w.reminder_banner.isVisible()


def test_closing_the_banner_ends_that_reminder(make_window, qtbot):
    w, clock = reminding_window(make_window, THURSDAY_6PM)
    assert w.reminders.look()
    qtbot.mouseClick(w.reminder_banner.close_button, Qt.MouseButton.LeftButton)
    clock.now += timedelta(hours=2)
    assert not w.reminders.look() and not w.reminder_banner.isVisible()


def test_no_reminder_on_a_day_without_exercises_or_when_off(make_window):
    clock = Clock(THURSDAY_6PM)
    w = make_window(wall=clock)
    plan_today(w, clock.now.date() + timedelta(days=1))  # Friday only
    remind_at(w)
    assert not w.reminders.look()
    clock.now += timedelta(days=1)
    w.prefs.update(reminders=False)
    assert not w.reminders.look()
    w.prefs.update(reminders=True)
    assert w.reminders.look()


class FakeNotifier(QObject):
    action_invoked = Signal(str)
    closed = Signal()

    def __init__(self):
        super().__init__()
        self.shown: list[tuple[str, str]] = []
        self.closes = 0

    def show(self, title, body, later_label="Later"):
        self.shown.append((title, later_label))
        return True

    def close(self):
        self.closes += 1


def test_a_desktop_notification_only_when_the_window_is_not_in_front(qtbot, qapp, library, data_dir, clock, sounds):
    from rehab_desktop.app import build_main_window
    from rehab_desktop.ui.shell.main_window import Reminders

    notifier = FakeNotifier()
    wall = Clock(THURSDAY_6PM)
    w = build_main_window(qapp, library, data_dir, speech_engine="mock", sounds=sounds, clock=clock,
                          reminders=Reminders(wall=wall, notifier_factory=lambda: notifier))
    qtbot.addWidget(w)
    w.prefs.update(welcomed=True)
    plan_today(w, wall.now.date())
    remind_at(w, "08:00 18:00")
    w.show()
    w.showMinimized()
    assert w.reminders.look()
    assert notifier.shown == [(f"{w.reminder_banner.text.text().split('. ')[0]}", "Later (30 min)")]
    notifier.action_invoked.emit("start")  # Start now in the notification
    assert [d.exercise_id for d in w.session.routine] == ["seated-ankle-rom", "standing-calf-stretch"]
    assert not w.reminder_banner.isVisible() and notifier.closes == 1


def test_a_window_in_front_shows_only_the_banner(make_window):
    w = make_window(wall=Clock(THURSDAY_6PM))
    assert w.in_front()  # made active by the fixture
    assert w.reminders.notifier_factory is None  # and tests never reach the real desktop


class FakeBackground:
    BackgroundError = RuntimeError

    def __init__(self):
        self.calls = []

    def install(self, data_dir, times, weekdays):
        self.calls.append(("install", [f"{t:%H:%M}" for t in times], weekdays))
        return SimpleNamespace(kind="systemd", message="When the app is closed, a systemd user timer shows them.")

    def remove(self, data_dir):
        self.calls.append(("remove",))
        return []

    def installed(self, data_dir):
        return None

    def command_line(self):
        return ["rehab-desktop"]


def test_settings_turn_reminders_on_and_off_and_install_the_background_checker(qtbot, qapp, library, data_dir,
                                                                                clock, sounds):
    from rehab_desktop.app import build_main_window
    from rehab_desktop.ui.reminders.settings_box import ReminderBox
    from rehab_desktop.ui.shell.main_window import Reminders
    from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

    background = FakeBackground()
    w = build_main_window(qapp, library, data_dir, speech_engine="mock", sounds=sounds, clock=clock,
                          reminders=Reminders(wall=Clock(THURSDAY_6PM), background=background))
    qtbot.addWidget(w)
    dialog = SettingsDialog(w.prefs, w.cues, w.service, parent=w, reminders=w.reminders)
    qtbot.addWidget(dialog)
    box: ReminderBox = dialog.reminder_box
    assert not box.on.isChecked() and not box.times.isEnabled()  # off by default
    box.on.setChecked(True)
    assert background.calls[-1] == ("install", ["18:00"], None)
    box.times.setText("8:30, 18:00")
    box.times.editingFinished.emit()
    assert box.times.text() == "08:30, 18:00"
    assert background.calls[-1] == ("install", ["08:30", "18:00"], None)
    box.days.setCurrentIndex(1)
    for i, day in enumerate(box.day_boxes):
        day.setChecked(i in (0, 2))
    assert background.calls[-1] == ("install", ["08:30", "18:00"], frozenset({0, 2}))
    box.times.setText("25:00")
    box.times.editingFinished.emit()
    assert not box.problem.isHidden() and "'25:00' is not a time of day" in box.problem.text()
    assert w.prefs.values.reminder_times == "08:30 18:00"  # kept
    box.on.setChecked(False)
    assert background.calls[-1] == ("remove",)
    assert "in this window" in box.status.text()


def test_the_welcome_offers_reminders_in_one_line(make_window, qtbot):
    from rehab_desktop.ui.shell.welcome import WelcomeDialog

    w = make_window()
    dialog = WelcomeDialog(w.library, w.prefs, w)
    qtbot.addWidget(dialog)
    assert not dialog.remind.isChecked()
    assert dialog.remind.text() == "Remind me at 18:00 on exercise days"
    dialog.remind.setChecked(True)
    dialog.accept()
    assert w.prefs.values.reminders and w.prefs.reminder_settings().times


def test_the_open_app_and_the_checker_share_one_log(make_window, data_dir):
    w, clock = reminding_window(make_window, THURSDAY_6PM)
    assert w.reminders.look()
    assert ReminderLog(Path(data_dir)).read().handled == "2026-12-03 18:00"


def test_the_checker_shows_the_next_slot_itself_while_a_reminder_waits_unanswered(qapp, library, data_dir, tmp_path):
    """systemd starts no second `remind` while one runs: an 08:30 reminder left unanswered must not
    swallow the 18:00 one."""
    from rehab_desktop.store import Store, open_database
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.reminders.checker import Checker

    morning = THURSDAY_6PM.replace(hour=8, minute=30)
    with open_database(data_dir) as db:
        plan = WeekPlan()
        plan.add(morning.weekday(), Prescription("seated-ankle-rom", sets=1))
        Store(db).plans.save(plan, today=morning.date() - timedelta(days=7))
    prefs = PreferenceStore(data_dir)
    prefs.update(reminders=True, reminder_times="08:30 18:00")
    clock = Clock(morning)
    notifier, said, quits = FakeNotifier(), [], []
    checker = Checker(Path(data_dir), library, prefs, notifier, watch=False, now=clock, say=said.append,
                      quit_with=quits.append)
    checker.look()
    assert len(notifier.shown) == 1 and checker.give_up.isActive()
    clock.now = THURSDAY_6PM - timedelta(minutes=1)
    checker._still_waiting()
    assert len(notifier.shown) == 1
    clock.now = THURSDAY_6PM
    checker._still_waiting()  # the minute's look while it waits
    assert len(notifier.shown) == 2 and notifier.closes == 1
    assert ReminderLog(Path(data_dir)).read().handled == "2026-12-03 18:00"
    notifier.closed.emit()
    qapp.processEvents()
    assert quits == [0]


def test_no_reminder_while_a_session_is_under_way(make_window):
    clock = Clock(THURSDAY_6PM - timedelta(minutes=5))
    w = make_window(wall=clock)
    plan_today(w, clock.now.date())
    remind_at(w)
    w.sessions.space()  # the timer starts: a session opens
    assert w.session.is_open
    clock.now = THURSDAY_6PM
    assert not w.reminders.look() and not w.reminder_banner.isVisible()
    assert ReminderLog(Path(w.prefs.data_dir)).read().handled == "2026-12-03 18:00"  # spent, not saved for later
