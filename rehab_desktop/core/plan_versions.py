"""Plans over time (Qt-free): each version of the weekly plan is in force from its start date until
the next version's, so a change made today never rewrites what was planned on earlier days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.plan import WeekPlan, short_dose
from rehab_desktop.core.records import Prescription


@dataclass(frozen=True)
class PlanTimeline:
    """Every version of the plan, oldest first; a version without a start date never started."""

    versions: tuple[WeekPlan, ...] = ()

    def __post_init__(self) -> None:
        ordered = sorted(self.versions, key=lambda p: p.starts_on or date.min)
        object.__setattr__(self, "versions", tuple(ordered))

    def in_force(self, day: date) -> WeekPlan | None:
        """The version that applies on `day`, or None before the first one starts."""
        found = None
        for plan in self.versions:
            if plan.starts_on is None or plan.starts_on <= day:
                found = plan
        return found

    def current(self, today: date) -> WeekPlan | None:
        """The version in force today, else the first one still to come (an imported plan from next week)."""
        return self.in_force(today) or next(iter(self.versions), None)

    def upcoming(self, today: date) -> list[WeekPlan]:
        """Versions that start after today."""
        return [p for p in self.versions if p.starts_on is not None and p.starts_on > today]

    def for_date(self, day: date) -> list[Prescription]:
        plan = self.in_force(day)
        return [] if plan is None else plan.for_date(day)

    def planned_days(self, first: date, last: date) -> set[date]:
        """Dates in first..last on which the version then in force had exercises."""
        out: set[date] = set()
        for i, plan in enumerate(self.versions):
            if plan.starts_on is None:
                continue
            nxt = next((p.starts_on for p in self.versions[i + 1:] if p.starts_on is not None), None)
            end = last if nxt is None else min(last, nxt - timedelta(days=1))
            if end >= max(first, plan.starts_on):
                out |= plan.planned_days(max(first, plan.starts_on), end)
        return out

    @property
    def started(self) -> list[WeekPlan]:
        return [p for p in self.versions if p.starts_on is not None]


def plan_changes(old: WeekPlan | None, new: WeekPlan, library: Library) -> list[str]:
    """What `new` changed from `old`, in a person's words: exercises added or dropped, doses raised."""
    def name(ex_id: str) -> str:
        ex = library.get(ex_id)
        return ex.name if ex is not None else ex_id

    if old is None:
        count = new.entry_count()
        if new.prescribed_by:
            return [translate("core.plan_versions", "First plan: %n exercise(s) a week, prescribed by {therapist}",
                              "{therapist}: a name", count).format(therapist=new.prescribed_by)]
        return [translate("core.plan_versions", "First plan: %n exercise(s) a week", None, count)]
    out = []
    before = {(wd, p.exercise_id): p for wd, day in enumerate(old.days) for p in day}
    after = {(wd, p.exercise_id): p for wd, day in enumerate(new.days) for p in day}
    old_ids, new_ids = set(old.exercise_ids()), set(new.exercise_ids())
    out += [translate("core.plan_versions", "{exercise} added").format(exercise=name(i))
            for i in new.exercise_ids() if i not in old_ids]
    out += [translate("core.plan_versions", "{exercise} dropped").format(exercise=name(i))
            for i in old.exercise_ids() if i not in new_ids]
    for ex_id in new.exercise_ids():
        if ex_id not in old_ids:
            continue
        days_before = {wd for wd, i in before if i == ex_id}
        days_after = {wd for wd, i in after if i == ex_id}
        if days_before != days_after:
            out.append(translate("core.plan_versions", "{exercise}: now on {days} (was {old_days})",
                                 "{days}, {old_days}: short weekday names, 'Mon, Thu'").format(
                exercise=name(ex_id), days=_days(days_after), old_days=_days(days_before)))
        doses_old = {_dose_words(before[(wd, ex_id)]) for wd in days_before}
        doses_new = {_dose_words(after[(wd, ex_id)]) for wd in days_after}
        if doses_old != doses_new:
            out.append(f"{name(ex_id)}: {' / '.join(sorted(doses_old))} \u2192 {' / '.join(sorted(doses_new))}")
    if new.prescribed_by != old.prescribed_by and new.prescribed_by:
        out.append(translate("core.plan_versions", "prescribed by {therapist}", "{therapist}: a name").format(
            therapist=new.prescribed_by))
    if new.name != old.name:
        out.append(translate("core.plan_versions", "renamed \u201c{name}\u201d", "the plan was renamed").format(
            name=new.name))
    return out or [translate("core.plan_versions", "no change to the exercises or doses")]


def _dose_words(p: Prescription) -> str:
    text = short_dose(p)
    if p.prescribed:
        return translate("core.plan_versions", "{dose} (prescribed)", "{dose}: '3\u00d712', '2\u00d730 s'").format(
            dose=text)
    return text


def _days(weekdays: set[int]) -> str:
    return ", ".join(formats().weekday_name(d, short=True) for d in sorted(weekdays)) or \
        translate("core.plan_versions", "no day")
