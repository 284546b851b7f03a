"""File > "Add the plan to my calendar…": the time and alarm asked for, then the plan written as an iCalendar
file (core.plan_calendar) through the store's one way of writing a user's file."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QTimeEdit, QWidget

from rehab_desktop.core import plan_calendar as pc
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import TimerOptions
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.store import OutputError, open_output
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.save_dialog import ask_save_path
from rehab_desktop.ui.common.style import fit_to_screen
from rehab_desktop.ui.plan.dialogs import plain_label, scrolled_body


def remembered_start(prefs: PreferenceStore) -> time:
    """The time chosen last time, else the first reminder time (when reminders are on), else 18:00."""
    v = prefs.values
    for text in (v.calendar_time, v.reminder_times.split()[0] if v.reminders and v.reminder_times.split() else ""):
        if text:
            try:
                return pc.parse_time(text)
            except pc.CalendarError:
                continue
    return pc.DEFAULT_TIME


class CalendarDialog(QDialog):
    """When the exercises start each day and when the alarm goes off; the time zone is the computer's."""

    def __init__(self, start: time, alarm_min: int | None, zone: str, parent=None):
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(translate("ui.plan.calendar_export", "Add the plan to my calendar"))
        self.setAccessibleName(self.windowTitle())
        body, lay, outer = scrolled_body(self)  # at large text the words scroll; the buttons stay in view
        lay.addWidget(plain_label(translate(
            "ui.plan.calendar_export",
            "One weekly event for each day of your plan, at the time you choose, with that day's exercises and "
            "doses. Open the saved file with your calendar app. When the plan changes, save and open it again: "
            "the events are updated, not doubled."), body))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # a time is short
        self.time = QTimeEdit(QTime(start.hour, start.minute), body)
        self.time.setAccessibleName(translate("ui.plan.calendar_export", "Start at"))
        form.addRow(translate("ui.plan.calendar_export", "&Start at:"), self.time)
        self.alarm = QComboBox(body)
        self.alarm.setAccessibleName(translate("ui.plan.calendar_export", "Alarm"))
        for minutes in pc.ALARM_CHOICES:
            text = translate("ui.plan.calendar_export", "At the start") if minutes == 0 else \
                translate("ui.plan.calendar_export", "%n minute(s) before", None, minutes)
            self.alarm.addItem(text, minutes)
        if alarm_min is not None and alarm_min not in pc.ALARM_CHOICES:  # a figure given on the command line
            self.alarm.addItem(translate("ui.plan.calendar_export", "%n minute(s) before", None, alarm_min), alarm_min)
        self.alarm.addItem(translate("ui.plan.calendar_export", "No alarm"), -1)
        self.alarm.setCurrentIndex(max(0, self.alarm.findData(-1 if alarm_min is None else alarm_min)))
        form.addRow(translate("ui.plan.calendar_export", "&Alarm:"), self.alarm)
        lay.addLayout(form)
        # A sentence of its own rather than a form row: a wrapped label in a form row was cut at large text.
        zone_text = translate("ui.plan.calendar_export", "Time zone: {zone}, this computer's.").format(zone=zone) \
            if zone else translate("ui.plan.calendar_export", "Time zone: none is set on this computer, so the events "
                                                              "keep the same clock time wherever the calendar is.")
        self.zone_label = plain_label(zone_text, body)
        self.zone_label.setAccessibleName(translate("ui.plan.calendar_export", "Time zone"))
        lay.addWidget(self.zone_label)
        lay.addWidget(plain_label(translate(
            "ui.plan.calendar_export",
            "The events hold your exercises: anyone who can read that calendar can read them. They are marked "
            "private, so a shared calendar shows others only the time."), body))
        lay.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ui.plan.calendar_export", "Save the calendar file\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        fit_to_screen(self, 640, 370)

    def choices(self) -> pc.CalendarChoices:
        t = self.time.time()
        alarm = self.alarm.currentData()
        return pc.CalendarChoices(time(t.hour(), t.minute()), None if alarm == -1 else int(alarm), self.zone)


def write_calendar(path: str, versions: list[WeekPlan], library: Library, scope: str, choices: pc.CalendarChoices,
                   today: date, options: TimerOptions | None = None, now: datetime | None = None) -> int:
    """Write the calendar file for the plan's `versions` to `path`; the number of events. Raises OutputError."""
    events = pc.plan_events(versions, library, scope, today, options)
    data = pc.calendar_bytes(events, choices, now or datetime.now(UTC), scope)
    with open_output(path) as f:
        f.write(data)
    return len(events)


def ask_calendar_path(parent: QWidget) -> str | None:
    name = translate("ui.plan.calendar_export", "ankle-exercises", "the calendar file's name, without .ics")
    return ask_save_path(parent, translate("ui.plan.calendar_export", "Save the calendar file"), f"{name}.ics",
                         translate("ui.plan.calendar_export", "Calendar files (*.ics)"), ".ics")


__all__ = ["CalendarDialog", "OutputError", "ask_calendar_path", "remembered_start", "write_calendar"]
