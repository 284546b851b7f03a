"""A dose the therapist prescribed may leave the article's ranges but never the safety limits; the plan,
the timer, the saved place and the history all keep it as prescribed, and by whom."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from rehab_desktop.core.exercises import SAFETY_LIMITS
from rehab_desktop.core.phases import TimerOptions, expand
from rehab_desktop.core.plan import clamp_dose, dose_problems, dose_text, prescribed_text, safety_problems
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.session import Session, logged_sets
from rehab_desktop.store import HistoryRepo, open_database

CALF = "standing-calf-stretch"  # hold 30+ s (at most 60), 2-3 sets, each leg
ANA_90 = Prescription(CALF, 2, None, 90, prescribed=True, prescribed_by="Ana")
T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)


def test_clamp_keeps_a_prescribed_90_s_hold_and_pulls_an_unprescribed_one_into_the_range(library):
    calf = library[CALF]
    assert calf.dose.movements[0].hold.max_choice == 60
    assert clamp_dose(calf, ANA_90) == ANA_90
    assert clamp_dose(calf, replace(ANA_90, prescribed=False, prescribed_by="")).hold_s == 60
    # A name typed with spaces is kept tidy; a dose that is not prescribed carries no name.
    assert clamp_dose(calf, replace(ANA_90, prescribed_by="  Ana  ")).prescribed_by == "Ana"
    assert clamp_dose(calf, replace(ANA_90, prescribed=False)).prescribed_by == ""


def test_clamp_holds_even_a_prescribed_dose_to_the_safety_limits(library):
    calf, flexion = library[CALF], library["ankle-plantarflexion"]
    assert clamp_dose(calf, Prescription(CALF, 40, None, 400, prescribed=True)) == \
        Prescription(CALF, SAFETY_LIMITS["sets"], None, SAFETY_LIMITS["hold_s"], prescribed=True)
    got = clamp_dose(flexion, Prescription(flexion.id, 5, 60, 5, prescribed=True, prescribed_by="Ana"))
    assert (got.sets, got.reps, got.hold_s, got.prescribed) == (5, SAFETY_LIMITS["reps"], 5, True)
    got = clamp_dose(flexion, Prescription(flexion.id, 5, 60, 5))  # not prescribed: the article's ranges
    assert (got.sets, got.reps, got.hold_s) == (3, 15, 2)


def test_safety_problems_say_what_is_over_the_limit():
    assert safety_problems(Prescription(CALF, 40, 60, 400, prescribed=True)) == [
        "40 sets is above 10, the most the app allows",
        "60 reps is above 50, the most the app allows",
        "400 s hold is above 300, the most the app allows",
    ]
    assert safety_problems(Prescription(CALF, 10, 50, 300, prescribed=True)) == []
    assert safety_problems(ANA_90) == []


def test_dose_problems_hold_a_prescribed_dose_to_the_safety_limits_only(library):
    calf = library[CALF]
    assert dose_problems(calf, ANA_90) == []
    assert dose_problems(calf, replace(ANA_90, prescribed=False)) == ["90 s hold is outside 30\u201360"]
    assert dose_problems(calf, replace(ANA_90, hold_s=400)) == ["400 s hold is above 300, the most the app allows"]


def test_dose_text_says_who_prescribed_it(library):
    calf = library[CALF]
    assert dose_text(calf, ANA_90) == "2 sets \u00d7 90 s hold, each leg, prescribed by Ana"
    assert dose_text(calf, replace(ANA_90, prescribed_by="")).endswith(", prescribed by your therapist")
    assert "prescribed" not in dose_text(calf, replace(ANA_90, prescribed=False, hold_s=60))
    assert prescribed_text(replace(ANA_90, prescribed=False)) == ""


def test_the_timer_runs_a_prescribed_dose_outside_the_range_as_given(library):
    calf = library[CALF]
    plan = expand(calf, replace(ANA_90, sets=4), TimerOptions())
    assert len(plan.sets) == 8  # 4 sets on each leg, though the article says 2-3
    assert {s.target_hold_s for s in plan.sets} == {90.0}
    assert {s.total for s in plan.sets} == {4}
    works = [p for p in plan.phases if p.kind.is_work]
    assert len(works) == 8 and {p.duration_s for p in works} == {90.0}
    assert plan.prescription == replace(ANA_90, sets=4)  # as run: prescribed, by Ana

    unprescribed = expand(calf, replace(ANA_90, sets=4, prescribed=False, prescribed_by=""), TimerOptions())
    assert len(unprescribed.sets) == 6 and {s.target_hold_s for s in unprescribed.sets} == {60.0}


def test_the_timer_runs_prescribed_reps_for_every_movement(library):
    band = library["ankle-inversion-eversion"]  # 10 reps, 2-3 sets each way, hold 1 s
    plan = expand(band, Prescription(band.id, 4, 20, 3, prescribed=True), TimerOptions())
    assert {(s.movement.key, s.target_reps, s.target_hold_s) for s in plan.sets} == \
        {("inversion", 20, 3.0), ("eversion", 20, 3.0)}
    assert len(plan.sets) == 8


def test_the_timer_holds_a_prescribed_dose_to_the_safety_limits(library):
    calf = library[CALF]
    plan = expand(calf, Prescription(CALF, 40, None, 400, prescribed=True), TimerOptions())
    assert len(plan.sets) == 2 * SAFETY_LIMITS["sets"]
    assert {s.target_hold_s for s in plan.sets} == {float(SAFETY_LIMITS["hold_s"])}
    assert (plan.prescription.sets, plan.prescription.hold_s) == (10, 300)
    flexion = library["ankle-plantarflexion"]
    plan = expand(flexion, Prescription(flexion.id, 2, 80, 1, prescribed=True), TimerOptions())
    assert {s.target_reps for s in plan.sets} == {SAFETY_LIMITS["reps"]}


def test_the_saved_place_keeps_a_prescribed_dose(library):
    s = Session(library)
    s.queue(ANA_90)
    s.queue(Prescription("sumo-squat", 2, 12))
    s.begin(in_progress=False)
    back = Session.resumed(library, s.position_text())
    assert [e.dose for e in back.entries] == [ANA_90, Prescription("sumo-squat", 2, 12)]
    entry = back.resume_entry()
    assert entry.dose == ANA_90  # still 90 s, still Ana's: not pulled back into 30-60 on resuming
    assert dose_text(library[CALF], entry.dose).endswith("prescribed by Ana")


def test_the_saved_place_of_the_loaded_exercise_keeps_a_prescribed_dose(library):
    s = Session(library)
    s.timer_loaded(replace(ANA_90, prescribed_by=""), None)
    back = Session.resumed(library, s.position_text())
    assert back.loaded.dose == replace(ANA_90, prescribed_by="")
    assert back.loaded.dose.prescribed


@pytest.fixture
def history(data_dir):
    with open_database(data_dir) as db:
        yield HistoryRepo(db, tz=UTC)


def test_the_history_keeps_a_prescribed_dose_and_who_prescribed_it(history):
    sid = history.open_session(T0)
    history.ensure_exercise(sid, ANA_90, T0)
    (ex,) = history.session_detail(sid).exercises
    assert ex.dose == ANA_90 and ex.dose.prescribed and ex.dose.prescribed_by == "Ana"
    assert history.last_dose(CALF) == ANA_90
    assert history.last_doses()[CALF] == ANA_90


def test_a_later_unprescribed_dose_replaces_the_mark(history):
    sid = history.open_session(T0)
    history.ensure_exercise(sid, ANA_90, T0)
    history.ensure_exercise(sid, Prescription(CALF, 2, None, 30), T0)
    (ex,) = history.session_detail(sid).exercises
    assert not ex.dose.prescribed and ex.dose.prescribed_by == ""
    assert history.last_dose(CALF) == Prescription(CALF, 2, None, 30)


def test_the_newest_session_decides_the_last_dose(history):
    first = history.open_session(T0)
    history.ensure_exercise(first, Prescription(CALF, 2, None, 30), T0)
    history.finish_session(first, T0 + timedelta(minutes=10))
    later = T0 + timedelta(days=1)
    second = history.open_session(later)
    history.ensure_exercise(second, ANA_90, later)
    assert history.last_dose(CALF) == ANA_90


def test_a_session_logged_by_hand_keeps_a_prescribed_dose(history, library):
    calf = library[CALF]
    at = datetime(2026, 5, 9, 18, 0, tzinfo=UTC)
    records = logged_sets(calf, ANA_90, 2, at)
    assert {r.side for r in records} == {LegSide.LEFT, LegSide.RIGHT}
    sid = history.log_session(at, [ANA_90], records)
    (ex,) = history.session_detail(sid).exercises
    assert ex.dose == ANA_90 and ex.sets[0].achieved_hold_s == 90
    assert history.last_dose(CALF).prescribed_by == "Ana"


def test_the_mark_survives_closing_and_reopening_the_file(data_dir):
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0)
        repo.ensure_exercise(sid, ANA_90, T0)
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        assert repo.session_detail(sid).exercises[0].dose == ANA_90


def test_undoing_a_deleted_session_brings_the_prescribed_dose_back(history):
    sid = history.open_session(T0)
    history.ensure_exercise(sid, ANA_90, T0)
    history.finish_session(sid, T0 + timedelta(minutes=10))
    deleted = history.delete_session(sid)
    assert history.last_dose(CALF) is None
    history.restore_session(deleted)
    assert history.session_detail(sid).exercises[0].dose == ANA_90
