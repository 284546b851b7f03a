"""Today's plan against today's history, for the Plan page's Today box, the reminders and "Start now"."""

from __future__ import annotations

from datetime import date

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.phases import TimerOptions
from rehab_desktop.core.today import DayWork, SetsDone, day_work, sets_done
from rehab_desktop.store import HistoryRepo, Store, StoreError


def done_today(repo: HistoryRepo | None, day: date) -> SetsDone:
    """Completed sets per exercise, movement and side in the sessions history files under `day`."""
    if repo is None:
        return SetsDone()
    records = []
    for summary in repo.sessions_between(day, day):
        if summary.sets_completed:
            records += [s for ex in repo.session_detail(summary.id).exercises for s in ex.sets]
    return sets_done(records)


def todays_work(store: Store | None, library: Library, day: date,
                options: TimerOptions | None = None) -> DayWork | None:
    """What is left of `day`'s plan (None: no store, no plan, or it could not be read)."""
    if store is None:
        return None
    try:
        plan = store.plans.load(day)
        if plan is None:
            return None
        return day_work(plan, day, library, done_today(store.history, day), options)
    except StoreError:
        return None
