"""When the next self-check is due, and the one quiet line that says so. Apart from the measures
(`core.self_checks`), so that the window's first frame can say it without loading them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehab_desktop.core.i18n import formats, translate

DEFAULT_INTERVAL_DAYS = 7
INTERVAL_CHOICES = (7, 14, 28)


@dataclass(frozen=True)
class DueStatus:
    last: date | None
    due_on: date
    due: bool

    def line(self, today: date) -> str:
        """One quiet line for the History page: 'Last self-check 27 Nov; the next is due today'."""
        if self.last is None:
            return translate("core.self_check_due",
                             "Self-check: not taken yet. It takes about ten minutes, once a week.")
        last = _day(self.last, today)
        if self.due and self.due_on >= today:
            return translate("core.self_check_due", "Last self-check {last}; the next is due today.",
                             "{last}: 27 Nov, today or yesterday").format(last=last)
        if self.due:
            return translate("core.self_check_due", "Last self-check {last}; the next is due now.",
                             "{last}: 27 Nov, today or yesterday").format(last=last)
        return translate("core.self_check_due", "Last self-check {last}; the next is due {due}.",
                         "{last}: 27 Nov, today or yesterday; {due}: 4 Dec or tomorrow").format(
                             last=last, due=_day(self.due_on, today))

    def short(self, today: date) -> str:
        """For the browser's Self-check group: 'not taken yet', 'due today', 'next on 8 Dec'."""
        if self.last is None:
            return translate("core.self_check_due", "not taken yet")
        if self.due:
            return translate("core.self_check_due", "due today") if self.due_on >= today else \
                translate("core.self_check_due", "due now")
        if self.due_on > today + timedelta(days=1):
            return translate("core.self_check_due", "next on {day}", "{day}: 8 Dec").format(
                day=_day(self.due_on, today))
        return translate("core.self_check_due", "next tomorrow")


def due_status(today: date, last: date | None, interval_days: int = DEFAULT_INTERVAL_DAYS) -> DueStatus:
    """Due from `interval_days` after the last check (at once when there is none)."""
    if last is None:
        return DueStatus(None, today, True)
    due_on = last + timedelta(days=max(1, interval_days))
    return DueStatus(last, due_on, today >= due_on)


def remind_due(today: date, last: date | None, interval_days: int = DEFAULT_INTERVAL_DAYS) -> bool:
    """Whether the exercise reminder should also say a check is due: only for someone who has taken one
    (a person who never chose to does not hear about it every day)."""
    return last is not None and due_status(today, last, interval_days).due


def _day(d: date, today: date) -> str:
    """'today', 'yesterday', 'tomorrow', '27 Nov', '27 Nov 2025'."""
    if d == today:
        return translate("core.self_check_due", "today")
    if d == today - timedelta(days=1):
        return translate("core.self_check_due", "yesterday")
    if d == today + timedelta(days=1):
        return translate("core.self_check_due", "tomorrow")
    text = f"{d.day} {formats().month_name(d.month, short=True)}"
    return text if d.year == today.year else f"{text} {d.year}"
