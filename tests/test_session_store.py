"""What migration 3 stores: the open session's place, eased doses, and sessions entered by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.core.session import Session, logged_sets
from rehab_desktop.store import HistoryRepo, open_database
from rehab_desktop.store.migrations import MIGRATIONS

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)


def test_version_2_file_gains_the_new_columns_and_keeps_its_sessions(data_dir):
    with open_database(data_dir, migrations=MIGRATIONS[:2]) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0)
        repo.record_set(sid, SetRecord("sumo-squat", "main", LegSide.BOTH, 1, 10, 10, None, None, T0,
                                       T0 + timedelta(seconds=40)))
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        open_one = repo.unfinished_session()
        assert open_one.id == sid and open_one.sets_completed == 1
        assert open_one.position == "" and not open_one.entered_by_hand
        assert db.backup_path is not None and db.backup_path.exists()


def test_position_is_kept_with_the_open_session_and_cleared_when_it_ends(data_dir, library):
    s = Session(library)
    s.queue(Prescription("standing-calf-stretch", 2, None, 30))
    s.queue(Prescription("sumo-squat", 2, 10))
    s.begin(in_progress=False)
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0)
        repo.save_position(sid, s.position_text())
    with open_database(data_dir) as db:  # a new start, after a crash
        repo = HistoryRepo(db, tz=UTC)
        back = Session.resumed(library, repo.unfinished_session().position)
        assert [e.exercise_id for e in back.entries] == ["standing-calf-stretch", "sumo-squat"]
        repo.finish_session(sid, T0 + timedelta(minutes=5))
        assert repo.get_session(sid).position == ""


def test_an_eased_dose_is_marked_and_stays_marked(data_dir):
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0)
        repo.ensure_exercise(sid, Prescription("ankle-dorsiflexion", 3, 15), T0)
        repo.ensure_exercise(sid, Prescription("ankle-dorsiflexion", 2, 10), T0, eased=True)
        repo.ensure_exercise(sid, Prescription("ankle-dorsiflexion", 2, 10), T0)  # a later reload of the same
        (ex,) = repo.session_detail(sid).exercises
        assert ex.eased and (ex.dose.sets, ex.dose.reps) == (2, 10)


def test_a_session_logged_by_hand_is_finished_and_marked(data_dir, library):
    calf = library["standing-calf-stretch"]
    dose = Prescription(calf.id, 2, None, 30)
    at = datetime(2026, 5, 9, 18, 0, tzinfo=UTC)
    records = logged_sets(calf, dose, 2, at)
    assert len(records) == 4 and {r.side for r in records} == {LegSide.LEFT, LegSide.RIGHT}  # each leg
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.log_session(at, [dose], records, pain_before=2, pain_after=1, notes="at the gym")
        s = repo.get_session(sid)
        assert s.entered_by_hand and not s.is_open and s.sets_completed == 4
        assert (s.pain_before, s.pain_after, s.notes) == (2, 1, "at the gym")
        assert repo.unfinished_session() is None
        (ex,) = repo.session_detail(sid).exercises
        assert ex.dose == dose and ex.sets[0].achieved_hold_s == 30


def test_logging_refuses_a_bad_rating_and_writes_nothing(data_dir, library):
    calf = library["standing-calf-stretch"]
    dose = Prescription(calf.id, 2, None, 30)
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        with pytest.raises(ValueError, match="pain_after"):
            repo.log_session(T0, [dose], logged_sets(calf, dose, 1, T0), pain_after=11)
        assert repo.session_days(T0.date(), T0.date()) == []


def test_the_sumo_squats_sets_are_counted_in_all_when_logged_and_in_the_history(data_dir, library):
    """3 sets in all, the pad under the other foot each set: '2 done' is two sets, shown '2 of 3'."""
    from rehab_desktop.core.phases import TimerOptions
    from rehab_desktop.core.session import sets_done_text

    sumo = library["sumo-squat"]
    dose = Prescription(sumo.id, 3, 12)
    records = logged_sets(sumo, dose, 2, T0, TimerOptions(affected_side=LegSide.RIGHT))
    assert [(r.side, r.set_number) for r in records] == [(LegSide.RIGHT, 1), (LegSide.LEFT, 1)]
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.log_session(T0, [dose], records)
        (ex,) = repo.session_detail(sid).exercises
        assert repo.get_session(sid).sets_completed == 2
        assert sets_done_text(sumo, ex.dose, list(ex.sets)) == "2 of 3"
        all_three = logged_sets(sumo, dose, 3, T0, TimerOptions(affected_side=LegSide.RIGHT))
        assert sets_done_text(sumo, dose, all_three) == "3 of 3"


def test_an_affected_side_exercise_has_twice_the_sets_with_both_ankles(library):
    from rehab_desktop.core.phases import TimerOptions
    from rehab_desktop.core.session import sets_done_text

    rom = library["seated-ankle-rom"]
    dose = Prescription(rom.id, 2, 5, 10)
    right = logged_sets(rom, dose, 2, T0, TimerOptions(affected_side=LegSide.RIGHT))
    assert [(r.side, r.set_number) for r in right] == [(LegSide.RIGHT, 1), (LegSide.RIGHT, 2)]
    assert sets_done_text(rom, dose, right) == "2 of 2"
    both = logged_sets(rom, dose, 2, T0, TimerOptions(affected_side=LegSide.BOTH, first_side=LegSide.RIGHT))
    assert [r.side for r in both] == [LegSide.RIGHT, LegSide.RIGHT, LegSide.LEFT, LegSide.LEFT]
    assert sets_done_text(rom, dose, both) == "4 of 4"
    # Stopped after the first side: with both ankles affected, half of it is done, not all.
    assert sets_done_text(rom, dose, both[:2], both_ankles=True) == "2 of 4"
