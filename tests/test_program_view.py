"""History's Program view: each version of the weekly plan, newest first, with its start, where it came
from and what changed, read from the store as the page shows it."""

from __future__ import annotations

from datetime import UTC, date

import pytest
from PySide6.QtWidgets import QLabel

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import PlanRepo, Store
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.history.pane import HistoryPane
from rehab_desktop.ui.history.program_view import NO_PLAN

TODAY = date(2026, 5, 20)


def week(*monday: Prescription, wednesday: tuple[Prescription, ...] = (), **head) -> WeekPlan:
    return WeekPlan(days=[list(monday), [], list(wednesday), [], [], [], []], **head)


@pytest.fixture
def make_pane(qtbot, library, db):
    def make():
        service = StoreService(Store(db, tz=UTC))
        pane = HistoryPane(service, library, None, today=lambda: TODAY)
        qtbot.addWidget(pane)
        pane.resize(1200, 800)
        pane.show()
        pane.tabs.setCurrentWidget(pane.program)
        return pane, service
    return make


def shown(pane) -> list[str]:
    return [label.text() for label in pane.program.findChildren(QLabel) if label.isVisible()]


def test_without_a_plan_the_view_says_how_to_start(make_pane):
    pane, _ = make_pane()
    assert pane.tabs.tabText(pane.tabs.indexOf(pane.program)) == "Progr&am"
    assert NO_PLAN in shown(pane) and pane.program.texts() == []


def test_versions_newest_first_with_start_source_and_changes(make_pane, db):
    plans = PlanRepo(db)
    plans.save(week(Prescription("sumo-squat", 2, 10), starts_on=date(2026, 5, 4)), date(2026, 5, 4))
    plans.save(week(Prescription("sumo-squat", 3, 12), wednesday=(Prescription("ankle-dorsiflexion", 2, 10, 1),),
                    prescribed_by="Ana Ruiz", starts_on=date(2026, 5, 4)), date(2026, 5, 11))
    plans.save(week(Prescription("sumo-squat", 4, 30, prescribed=True, prescribed_by="Ana Ruiz"),
                    wednesday=(Prescription("ankle-dorsiflexion", 2, 10, 1),), prescribed_by="Ana Ruiz",
                    starts_on=date(2026, 5, 4)), date(2026, 5, 18))
    pane, _ = make_pane()
    newest, middle, first = pane.program.texts()
    assert newest.startswith("From Monday 18 May 2026 (in force now)\n")
    assert "Sumo squat: 3\u00d712 \u2192 4\u00d730 (prescribed)" in newest
    assert "Prescribed doses: Sumo squat 4\u00d730 prescribed by Ana Ruiz" in newest
    assert middle.startswith("From Monday 11 May 2026 (to 17 May 2026)\n")
    assert "\u2022 Ankle dorsiflexion added" in middle
    assert "Sumo squat: 2\u00d710 \u2192 3\u00d712" in middle and "Prescribed by Ana Ruiz" in middle
    assert first.startswith("From Monday 4 May 2026 (to 10 May 2026)\n") and "First plan: 1 exercise a week" in first
    # what a person sees on the page, in that order
    texts = shown(pane)
    assert texts.index(newest.split("\n")[0]) < texts.index(middle.split("\n")[0]) < texts.index(
        first.split("\n")[0])


def test_a_plan_saved_elsewhere_shows_when_the_view_is_next_shown(make_pane, db, qtbot):
    from rehab_desktop.store import Change

    pane, service = make_pane()
    pane.tabs.setCurrentIndex(0)  # Sessions: the Program view is hidden
    PlanRepo(db).save(week(Prescription("sumo-squat", 2, 10), starts_on=TODAY), TODAY)
    service.announce(Change(plan=True))
    pane.tabs.setCurrentWidget(pane.program)
    [only] = pane.program.texts()
    assert only.startswith("From Wednesday 20 May 2026 (in force now)") and "First plan" in only


def test_a_version_still_to_come_says_so(make_pane, db):
    PlanRepo(db).start_version(week(Prescription("sumo-squat", 2, 10), source="from-clinic.json"), date(2026, 6, 1))
    pane, _ = make_pane()
    [only] = pane.program.texts()
    assert only.startswith("From Monday 1 June 2026 (still to come)")
    assert "From the program file from-clinic.json" in only
