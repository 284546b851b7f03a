"""Plans over time: a change made today is the plan from today; the days already lived keep theirs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_desktop.core.library import load_library
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.plan_versions import PlanTimeline, plan_changes
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import PlanRepo, open_database

MON = date(2026, 11, 2)  # a Monday
WED = MON + timedelta(days=2)
CLOCK = lambda: datetime(2026, 11, 4, 9, 0, tzinfo=UTC)  # noqa: E731


@pytest.fixture
def db(data_dir):
    with open_database(data_dir, clock=CLOCK) as database:
        yield database


def every_day(sets: int = 2) -> WeekPlan:
    plan = WeekPlan(starts_on=MON)
    for wd in range(7):
        plan.add(wd, Prescription("ankle-dorsiflexion", sets, 10, 2))
    return plan


def test_a_plan_changed_on_wednesday_keeps_monday_and_tuesday_as_planned(db):
    repo = PlanRepo(db)
    repo.save(every_day(), today=MON)
    week = (MON, MON + timedelta(days=6))
    before = repo.planned_days(*week)
    changed = every_day()
    for wd in range(7):  # from Wednesday: exercises on Monday only
        if wd:
            changed.days[wd] = []
    stored = repo.save(changed, today=WED)
    assert stored.starts_on == WED
    after = repo.planned_days(*week)
    assert {MON, MON + timedelta(days=1)} <= after  # the days already lived keep their plan
    assert after == {MON, MON + timedelta(days=1)}  # and from Wednesday only Mondays are planned
    assert before == set(week[0] + timedelta(days=i) for i in range(7))
    timeline = repo.timeline()
    assert [v.starts_on for v in timeline.versions] == [MON, WED]
    assert repo.load(on=MON + timedelta(days=1)).entry_count() == 7
    assert repo.load(on=WED).entry_count() == 1


def test_changes_on_the_day_a_version_started_replace_it_and_an_undo_drops_it(db):
    repo = PlanRepo(db)
    repo.save(every_day(), today=MON)
    repo.save(every_day(3), today=WED)
    repo.save(every_day(4), today=WED)  # the same day again: still two versions
    assert len(repo.timeline().versions) == 2
    assert repo.load(on=WED).entries(0)[0].sets == 4
    repo.save(every_day(), today=WED)  # undone back to Monday's plan: no copy of it is kept
    assert [v.starts_on for v in repo.timeline().versions] == [MON]
    repo.save(every_day(), today=WED)  # saving the same plan again adds nothing
    assert len(repo.timeline().versions) == 1


def test_an_imported_plan_starts_on_its_day_and_replaces_only_later_versions(db):
    repo = PlanRepo(db)
    repo.save(every_day(), today=MON)
    later = every_day(3)
    later.prescribed_by, later.source = "Ana Ruiz", "program.json"
    next_monday = MON + timedelta(days=7)
    repo.start_version(later, next_monday)
    assert repo.load(on=WED).entries(0)[0].sets == 2  # this week keeps its plan
    upcoming = repo.load(on=next_monday)
    assert upcoming.entries(0)[0].sets == 3 and upcoming.prescribed_by == "Ana Ruiz"
    assert upcoming.source == "program.json"
    repo.start_version(every_day(5), next_monday)  # imported again for the same day: replaced
    assert [v.starts_on for v in repo.timeline().versions] == [MON, next_monday]


def test_prescribed_doses_are_kept_with_who_prescribed_them(db):
    repo = PlanRepo(db)
    plan = WeekPlan(starts_on=MON)
    plan.add(0, Prescription("standing-calf-stretch", 2, None, 90, prescribed=True, prescribed_by="Ana Ruiz"))
    repo.save(plan, today=MON)
    dose = repo.load(on=MON).entries(0)[0]
    assert dose.hold_s == 90 and dose.prescribed and dose.prescribed_by == "Ana Ruiz"


def test_what_changed_between_versions_is_said_in_words():
    library = load_library()
    old = every_day()
    new = every_day(3)
    new.days[1] = []
    new.add(0, Prescription("single-leg-balance", 2, None, 30))
    new.prescribed_by = "Ana Ruiz"
    words = plan_changes(old, new, library)
    assert "Single-leg balance added" in words
    assert any("2\u00d710 \u2192 3\u00d710" in w for w in words)
    assert any("now on Mon, Wed" in w for w in words)
    assert "prescribed by Ana Ruiz" in words
    assert plan_changes(None, old, library)[0].startswith("First plan: 7 exercises a week")


def test_a_timeline_before_its_first_version_plans_nothing():
    timeline = PlanTimeline((every_day(),))
    assert timeline.in_force(MON - timedelta(days=1)) is None
    assert timeline.for_date(MON - timedelta(days=1)) == []
    assert timeline.planned_days(MON - timedelta(days=7), MON) == {MON}
    assert timeline.current(MON - timedelta(days=30)) is timeline.versions[0]  # the one to come
