"""Prescribed doses as a person sees them: the plan's dose editor asks once about a figure outside the
article's range, keeps a prescribed one within the safety limits, and the mark follows the dose into the
plan's list, the timer and the printed week; and plan versions as the plan page and calendar show them."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.core.stats import DayMark
from rehab_desktop.store import PlanRepo, Store
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.history.pane import HistoryPane
from rehab_desktop.ui.plan.pane import NEW_VERSION, PlanPane
from rehab_desktop.ui.printing.week import PRESCRIBED_LEGEND

WEDNESDAY = date(2026, 5, 13)


@pytest.fixture
def make_pane(qtbot, data_dir, library):
    def make(repo, today=WEDNESDAY):
        pane = PlanPane(StoreService(Store(repo.db, tz=UTC)), library, PreferenceStore(data_dir),
                        today=lambda: today)
        qtbot.addWidget(pane)
        pane.resize(1280, 720)
        with qtbot.waitActive(pane):
            pane.show()
            pane.activateWindow()
        return pane
    return make


class Asked:
    """Answers the pane's questions with `answer`, and keeps what was asked."""

    def __init__(self, answer: bool):
        self.answer, self.texts = answer, []

    def __call__(self, title: str, text: str) -> bool:
        self.texts.append(text)
        return self.answer


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def row_text(pane, row=0) -> str:
    return pane.model.data(pane.model.index(row))


def with_squats(make_pane, repo):
    pane = make_pane(repo)
    pane.add_exercise("sumo-squat")  # 2-3 sets of 10-15 reps
    pane.view.setCurrentIndex(pane.model.index(0))
    return pane, pane.dose_editor


def test_a_figure_outside_the_range_asks_once_and_yes_keeps_it_as_prescribed(qtbot, make_pane, repo, db):
    pane, editor = with_squats(make_pane, repo)
    pane.confirm = asked = Asked(True)
    assert not editor.prescribed.isChecked() and not editor.prescriber.isEnabled()
    type_into(qtbot, editor.reps, "40")
    assert len(asked.texts) == 1 and "40 reps is outside the article's range" in asked.texts[0]
    assert "10\u201315" in asked.texts[0] and "Did your therapist prescribe this dose?" in asked.texts[0]
    assert editor.prescribed.isChecked() and editor.prescriber.isEnabled()
    assert editor.reps.value() == 40 and (editor.reps.minimum(), editor.reps.maximum()) == (1, 50)
    assert (editor.sets.minimum(), editor.sets.maximum()) == (1, 10)
    assert "prescribed by your therapist" in editor.note.text() and "at most 10 sets, 50 reps" in editor.note.text()
    assert "40 reps" in row_text(pane) and "prescribed by your therapist" in row_text(pane)
    assert PlanRepo(db).load().entries(2)[0] == Prescription("sumo-squat", 2, 40, None, prescribed=True)

    editor.prescriber.setFocus()
    qtbot.keyClicks(editor.prescriber, "Ana Ruiz")
    qtbot.keyClick(editor.prescriber, Qt.Key.Key_Return)
    assert row_text(pane).endswith("prescribed by Ana Ruiz")
    assert "prescribed by Ana Ruiz" in editor.note.text()
    assert PlanRepo(db).load().entries(2)[0].prescribed_by == "Ana Ruiz"

    type_into(qtbot, editor.sets, "5")  # already prescribed: no question
    assert len(asked.texts) == 1 and editor.sets.value() == 5

    type_into(qtbot, editor.reps, "60")  # past the safety limit, prescribed or not
    assert editor.reps.value() == 50
    assert editor.caution.isVisible() and "60 reps is above 50, the most the app allows" in editor.caution.text()
    assert PlanRepo(db).load().entries(2)[0] == Prescription("sumo-squat", 5, 50, None, prescribed=True,
                                                             prescribed_by="Ana Ruiz")

    pane.view.setCurrentIndex(pane.model.index(0))  # shown again from the plan: still prescribed
    pane.show_plan()
    assert editor.prescribed.isChecked() and editor.prescriber.text() == "Ana Ruiz" and editor.reps.value() == 50


def test_no_keeps_the_dose_in_the_range_and_is_not_asked_again(qtbot, make_pane, repo, db):
    pane, editor = with_squats(make_pane, repo)
    pane.confirm = asked = Asked(False)
    type_into(qtbot, editor.reps, "40")
    assert len(asked.texts) == 1 and not editor.prescribed.isChecked()
    assert editor.reps.value() == 15 and editor.caution.isVisible()
    assert "kept at 15" in editor.caution.text() and "Prescribed by my therapist" in editor.caution.text()
    type_into(qtbot, editor.sets, "6")
    assert len(asked.texts) == 1 and editor.sets.value() == 3  # asked once: then kept in range with the reason
    assert "6 sets is outside" in editor.caution.text()
    assert "prescribed" not in row_text(pane)
    assert PlanRepo(db).load().entries(2)[0] == Prescription("sumo-squat", 3, 15, None)


def test_the_box_widens_the_ranges_and_unticking_brings_the_dose_back(qtbot, make_pane, repo, db):
    pane, editor = with_squats(make_pane, repo)
    pane.confirm = asked = Asked(False)
    editor.prescribed.click()
    assert editor.prescriber.isEnabled() and (editor.reps.minimum(), editor.reps.maximum()) == (1, 50)
    type_into(qtbot, editor.reps, "30")
    assert asked.texts == [] and editor.reps.value() == 30
    assert "30 reps" in row_text(pane) and "prescribed by your therapist" in row_text(pane)
    editor.prescribed.click()
    assert (editor.reps.minimum(), editor.reps.maximum()) == (10, 15) and editor.reps.value() == 15
    assert "prescribed" not in row_text(pane) and "prescribed" not in editor.note.text()
    assert PlanRepo(db).load().entries(2)[0] == Prescription("sumo-squat", 2, 15, None)


def test_the_timer_keeps_a_prescribed_dose_and_says_who(make_window, library):
    w = make_window(exercise_id="ankle-dorsiflexion")  # 2-3 sets of 10-15 reps, hold 1-2 s
    dose = Prescription("ankle-dorsiflexion", 4, 25, 2, prescribed=True, prescribed_by="Ana Ruiz")
    w.timer_panel.load_exercise(library["ankle-dorsiflexion"], dose)
    chooser = w.timer_panel.dose
    assert (chooser.sets.value(), chooser.reps.value()) == (4, 25)
    assert (chooser.reps.minimum(), chooser.reps.maximum()) == (1, 50) and chooser.reps.isEnabled()
    assert chooser.note.isVisible() and "Prescribed by Ana Ruiz" in chooser.note.text()
    assert "prescribed by Ana Ruiz" in chooser.reps.toolTip()
    got = w.controller.plan.prescription
    assert (got.sets, got.reps, got.prescribed, got.prescribed_by) == (4, 25, True, "Ana Ruiz")
    w.timer_panel.load_exercise(library["ankle-dorsiflexion"], Prescription("ankle-dorsiflexion", 4, 25, 2))
    assert (chooser.sets.value(), chooser.reps.value()) == (3, 15)  # not prescribed: the article's ranges
    assert "Prescribed" not in chooser.note.text()


def test_the_printed_week_marks_a_prescribed_dose_with_a_key(qtbot, make_pane, repo, tmp_path):
    pane, editor = with_squats(make_pane, repo)
    pane.confirm = Asked(True)
    type_into(qtbot, editor.reps, "40")
    editor.prescriber.setText("Ana Ruiz")
    editor.prescriber.editingFinished.emit()
    path = pane.export_pdf(str(tmp_path / "week.pdf"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "prescribed by Ana Ruiz \u2020" in text.replace("\u00a0", " ")
    assert " ".join(PRESCRIBED_LEGEND.split()[:6]) in text


def test_the_printed_week_has_no_key_without_a_prescribed_dose(qtbot, make_pane, repo, tmp_path):
    pane, _editor = with_squats(make_pane, repo)
    text = " ".join(p.extract_text() for p in PdfReader(pane.export_pdf(str(tmp_path / "w.pdf"))).pages)
    assert "\u2020" not in text


def test_a_change_to_a_plan_from_an_earlier_day_applies_from_today(qtbot, make_pane, repo, db, library):
    PlanRepo(db).save(WeekPlan(days=[[Prescription("sumo-squat", 2, 10)], [], [], [], [], [], []],
                               starts_on=date(2026, 5, 4)), date(2026, 5, 4))
    pane = make_pane(repo)
    assert not pane.message.isVisible()
    pane.add_exercise("sumo-squat", weekday=2)
    assert pane.message.isVisible() and pane.message.text() == NEW_VERSION
    versions = PlanRepo(db).timeline().versions
    assert [v.starts_on for v in versions] == [date(2026, 5, 4), WEDNESDAY]
    assert versions[0].entries(2) == [] and len(versions[1].entries(2)) == 1  # Monday 4 May keeps its plan


def test_the_calendar_rings_planned_days_up_to_today_only(qtbot, library, db):
    def planned(first, last):
        return {first + timedelta(days=n) for n in range((last - first).days + 1) if first + timedelta(days=n)
                >= date(2026, 5, 1)}

    pane = HistoryPane(StoreService(Store(db, tz=UTC)), library, None, planned_days=planned,
                       today=lambda: WEDNESDAY)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    assert pane.calendar.marks_on(date(2026, 5, 12)) == (DayMark.MISSED,)
    assert pane.calendar.marks_on(WEDNESDAY) == (DayMark.PLANNED,)
    assert all(pane.calendar.marks_on(WEDNESDAY + timedelta(days=n)) == () for n in range(1, 20))


def test_leaving_the_box_after_typing_asks_too(qtbot, make_pane, repo, db):
    pane, editor = with_squats(make_pane, repo)
    pane.confirm = asked = Asked(True)
    editor.sets.setFocus()
    editor.sets.selectAll()
    qtbot.keyClicks(editor.sets, "4")
    qtbot.keyClick(editor.sets, Qt.Key.Key_Tab)
    assert len(asked.texts) == 1 and "4 sets is outside" in asked.texts[0]
    assert editor.sets.value() == 4 and editor.prescribed.isChecked()
    assert PlanRepo(db).load().entries(2)[0] == Prescription("sumo-squat", 4, 10, None, prescribed=True)
