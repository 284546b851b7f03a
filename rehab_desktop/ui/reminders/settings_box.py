"""Settings > Reminders: on or off, the times of day, which days, how long Later waits, and in one line
each how they arrive and what reminds while the app is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.reminders import SNOOZE_CHOICES, parse_times, parse_weekdays, times_text
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.preferences import PreferenceStore

PLAN_DAYS, CHOSEN_DAYS = "plan", "chosen"


def _capital(text: str) -> str:
    """A day's name as a list item starts (some languages write them in lower case)."""
    return text[:1].upper() + text[1:]


class ReminderBox(QGroupBox):
    """`arrive` says how reminders reach the person here; `background` what runs them while the app is
    closed (both one line, read when the box is built and again after a change)."""

    def __init__(self, prefs: PreferenceStore, arrive: Callable[[], str], background: Callable[[], str],
                 parent: QWidget | None = None):
        super().__init__(translate("ui.reminders.settings_box", "Reminders"), parent)
        self.prefs, self.arrive, self.background = prefs, arrive, background
        v = prefs.values
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.on = QCheckBox(translate("ui.reminders.settings_box", "Remind m&e to do the day's exercises"), self)
        self.on.setAccessibleName(translate("ui.reminders.settings_box", "Remind me to do the day's exercises"))
        self.on.setChecked(v.reminders)
        self.on.toggled.connect(self._toggled)
        form.addRow(self.on)

        self.times = QLineEdit(times_text(parse_times_or_default(v.reminder_times)), self)
        self.times.setAccessibleName(translate("ui.reminders.settings_box", "Reminder times"))
        self.times.setToolTip(translate("ui.reminders.settings_box",
                                        "One or more times of day on this computer's clock, for example 08:30, 18:00"))
        self.times.setPlaceholderText("18:00")
        self.times.editingFinished.connect(self._times_edited)
        times_label = QLabel(translate("ui.reminders.settings_box", "At t&imes:"), self)
        times_label.setBuddy(self.times)
        form.addRow(times_label, self.times)

        self.days = QComboBox(self)
        self.days.setAccessibleName(translate("ui.reminders.settings_box", "Reminder days"))
        self.days.addItem(translate("ui.reminders.settings_box", "The days the plan has exercises"), PLAN_DAYS)
        self.days.addItem(translate("ui.reminders.settings_box", "These days:"), CHOSEN_DAYS)
        chosen = _weekdays_or_none(v.reminder_days)
        self.days.setCurrentIndex(0 if chosen is None else 1)
        self.days.currentIndexChanged.connect(self._days_changed)
        days_label = QLabel(translate("ui.reminders.settings_box", "&Days:"), self)
        days_label.setBuddy(self.days)
        form.addRow(days_label, self.days)
        self.day_boxes: list[QCheckBox] = []
        holder = QWidget(self)
        row = FlowLayout(holder, spacing=8)
        for i in range(7):  # 0 = Monday
            box = QCheckBox(_capital(formats().weekday_name(i, short=True)), holder)
            box.setAccessibleName(_capital(formats().weekday_name(i)))
            box.setChecked(chosen is None or i in chosen)
            box.toggled.connect(self._days_changed)
            row.addWidget(box)
            self.day_boxes.append(box)
        self.day_row = holder
        form.addRow(holder)

        self.snooze = QComboBox(self)
        self.snooze.setAccessibleName(translate("ui.reminders.settings_box", "Later waits"))
        choices = sorted(set(SNOOZE_CHOICES) | {v.reminder_snooze})
        for minutes in choices:
            hours = minutes // 60
            self.snooze.addItem(translate("ui.reminders.settings_box", "%n minute(s)", None, minutes)
                                if minutes < 60 or minutes % 60 else
                                translate("ui.reminders.settings_box", "%n hour(s)", None, hours), minutes)
        self.snooze.setCurrentIndex(choices.index(v.reminder_snooze))
        self.snooze.currentIndexChanged.connect(lambda: self.prefs.update(reminder_snooze=self.snooze.currentData()))
        snooze_label = QLabel(translate("ui.reminders.settings_box", "&Later waits:"), self)
        snooze_label.setBuddy(self.snooze)
        form.addRow(snooze_label, self.snooze)

        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(translate("ui.reminders.settings_box", "Reminder times problem"))
        self.problem.hide()
        form.addRow(self.problem)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self._enable()
        self.refresh_status()

    # -- changes -------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        if on:
            self._times_edited()  # what is typed counts
        self.prefs.update(reminders=on and bool(parse_times_or_default(self.prefs.values.reminder_times)))
        self._enable()
        self.refresh_status()

    def _times_edited(self) -> None:
        try:
            times = parse_times(self.times.text())
        except ValueError as exc:
            saved = times_text(self._saved_times())
            if saved:
                text = translate("ui.reminders.settings_box", "{problem}. The reminder times stay {times}.",
                                 "problem: what is wrong with what was typed").format(problem=exc, times=saved)
            else:
                text = translate("ui.reminders.settings_box", "{problem}. The reminder times stay as they were.",
                                 "problem: what is wrong with what was typed").format(problem=exc)
            self.problem.setText(text)
            self.problem.show()
            return
        self.problem.hide()
        if not times:  # an empty field turns reminders off rather than keeping a hidden time
            self.times.setText(times_text(self._saved_times()))
            if self.on.isChecked():
                self.on.setChecked(False)
            return
        self.times.setText(times_text(times))
        self.prefs.update(reminder_times=times_text(times, sep=" "))
        self.refresh_status()

    def _saved_times(self):
        return parse_times_or_default(self.prefs.values.reminder_times)

    def _days_changed(self) -> None:
        chosen = self.days.currentData() == CHOSEN_DAYS
        self.day_row.setVisible(chosen)
        if chosen:
            days = [i for i, box in enumerate(self.day_boxes) if box.isChecked()]
            text = " ".join(str(d) for d in days) if days else ""  # no day ticked: back to the plan's days
        else:
            text = ""
        self.prefs.update(reminder_days=text)
        self._enable()
        self.refresh_status()

    def _enable(self) -> None:
        on = self.on.isChecked()
        for w in (self.times, self.days, self.snooze, *self.day_boxes):
            w.setEnabled(on)
        self.day_row.setVisible(self.days.currentData() == CHOSEN_DAYS)

    def refresh_status(self) -> None:
        lines = [self.arrive()]
        if self.prefs.values.reminders:
            lines.append(self.background())
        self.status.setText("\n".join(line for line in lines if line))


def parse_times_or_default(text: str):
    try:
        return parse_times(text)
    except ValueError:
        return ()


def _weekdays_or_none(text: str):
    try:
        return parse_weekdays(text)
    except ValueError:
        return None
