"""Schema version 4: own exercises, plan versions and prescribed doses; every earlier file opens with its data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from rehab_desktop.core.library import load_library
from rehab_desktop.core.own_exercises import copy_of, exercise_from_dict
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.store import HistoryRepo, OwnExerciseRepo, PlanRepo, StoreError, open_database
from rehab_desktop.store.migrations import LATEST_VERSION, MIGRATIONS

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)


def old_store(data_dir, version: int) -> int:
    """A closed store at `version` holding a session with two sets and (from v2) a plan, written
    as that version's app wrote them; returns the session's id."""
    with open_database(data_dir, migrations=MIGRATIONS[:version]) as db:
        conn = db.conn
        sid = conn.execute("INSERT INTO sessions (started_at, local_day, state, pain_before)"
                           " VALUES ('2026-05-10T07:30:00.000Z', '2026-05-10', 'finished', 3)").lastrowid
        conn.execute("INSERT INTO session_exercises (session_id, exercise_id, position, sets, reps, hold_s,"
                     " started_at) VALUES (?, 'ankle-dorsiflexion', 1, 2, 10, 2, '2026-05-10T07:30:00.000Z')", (sid,))
        for n in (1, 2):
            conn.execute("INSERT INTO sets (session_id, exercise_id, movement, side, set_number, target_reps,"
                         " achieved_reps, started_at, ended_at, status) VALUES (?, 'ankle-dorsiflexion', 'main',"
                         " 'left', ?, 10, 10, '2026-05-10T07:31:00.000Z', '2026-05-10T07:32:00.000Z', 'completed')",
                         (sid, n))
        if version >= 2:
            pid = conn.execute("INSERT INTO plans (name, starts_on, updated_at) VALUES ('Mine', '2026-05-04',"
                               " '2026-05-04T07:00:00.000Z')").lastrowid
            conn.execute("INSERT INTO plan_exercises (plan_id, weekday, position, exercise_id, sets, reps, hold_s)"
                         " VALUES (?, 0, 1, 'ankle-dorsiflexion', 2, 10, 2)", (pid,))
    return sid


@pytest.mark.parametrize("version", range(1, LATEST_VERSION))
def test_every_earlier_version_opens_with_its_history_and_plan(data_dir, version):
    sid = old_store(data_dir, version)
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.migrated_from == version
        detail = HistoryRepo(db, tz=UTC).session_detail(sid)
        assert [s.set_number for s in detail.exercises[0].sets] == [1, 2]
        dose = detail.exercises[0].dose
        assert dose == Prescription("ankle-dorsiflexion", 2, 10, 2) and not dose.prescribed
        plans = PlanRepo(db).timeline().versions
        if version >= 2:
            assert len(plans) == 1 and plans[0].starts_on == date(2026, 5, 4)
            assert plans[0].entries(0) == [Prescription("ankle-dorsiflexion", 2, 10, 2)]
            assert plans[0].prescribed_by == "" and plans[0].source == ""
        else:
            assert plans == ()
        assert OwnExerciseRepo(db).load(load_library()) == []


def test_a_file_from_a_newer_app_is_refused(data_dir):
    with open_database(data_dir) as db:
        db.conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        open_database(data_dir)


@pytest.fixture
def library():
    return load_library()


def own(library, name="Heel walks", **changes):
    data = {"id": "own-heel-walks", "name": name, "group": "strength",
            "steps": ["Stand tall.", "Walk on your heels, toes up."],
            "dose": {"sets": "2-3", "side": "both", "movements": [{"kind": "reps", "reps": "10-20"}]},
            "source_note": "from my therapist, 3 Nov", **changes}
    return exercise_from_dict(data, library.groups)


def test_own_exercises_are_kept_and_read_back_into_the_library(data_dir, library):
    with open_database(data_dir) as db:
        repo = OwnExerciseRepo(db)
        repo.save(own(library))
        copy = exercise_from_dict(copy_of(library["standing-calf-stretch"], library.ids), library.groups)
        repo.save(copy)
        repo.load_into(library)
    assert [e.id for e in library.exercises][-2:] == ["own-heel-walks", "own-standing-calf-stretch-my-copy"]
    heel = library["own-heel-walks"]
    assert heel.own and heel.source_note == "from my therapist, 3 Nov" and heel.group.id == "strength"
    assert library["own-standing-calf-stretch-my-copy"].based_on == "standing-calf-stretch"
    assert not library["standing-calf-stretch"].own  # the built-in one is untouched


def test_editing_an_own_exercise_replaces_it(data_dir, library):
    with open_database(data_dir) as db:
        repo = OwnExerciseRepo(db)
        repo.save(own(library))
        repo.save(own(library, name="Heel walks, slow"))
        assert [e.name for e in repo.load(library)] == ["Heel walks, slow"]


def test_removing_an_own_exercise_with_history_hides_it_and_history_still_names_it(data_dir, library):
    with open_database(data_dir) as db:
        repo, history = OwnExerciseRepo(db), HistoryRepo(db, tz=UTC)
        repo.save(own(library))
        sid = history.open_session(T0)
        history.ensure_exercise(sid, Prescription("own-heel-walks", 2, 10), T0)
        history.record_set(sid, SetRecord("own-heel-walks", "main", LegSide.BOTH, 1, 10, 10, None, None,
                                          T0, T0 + timedelta(seconds=30)))
        assert repo.remove("own-heel-walks") == "hidden"
        repo.load_into(library)
    assert "own-heel-walks" not in library.ids  # not offered any more
    assert library.get("own-heel-walks").name == "Heel walks"  # but the history still names it


def test_removing_an_unused_own_exercise_deletes_it(data_dir, library):
    with open_database(data_dir) as db:
        repo = OwnExerciseRepo(db)
        repo.save(own(library))
        assert repo.remove("own-heel-walks") == "deleted"
        assert repo.load(library) == []


def test_a_built_in_exercise_cannot_be_saved_as_an_own_one(data_dir, library):
    with open_database(data_dir) as db, pytest.raises(ValueError, match="copy it"):
        OwnExerciseRepo(db).save(library["standing-calf-stretch"])


def test_an_own_exercise_the_app_cannot_read_is_named_not_dropped(data_dir, library):
    with open_database(data_dir) as db:
        repo = OwnExerciseRepo(db)
        repo.save(own(library))
        bad = json.dumps({"id": "own-heel-walks", "name": "x", "group": "strength", "steps": ["a"],
                          "colour": "red", "dose": {"sets": 2, "side": "both",
                                                    "movements": [{"kind": "reps", "reps": 10}]}})
        db.conn.execute("UPDATE own_exercises SET definition = ?", (bad,))
        with pytest.raises(StoreError, match="own exercise 'own-heel-walks'.colour: is not a field"):
            repo.load(library)
