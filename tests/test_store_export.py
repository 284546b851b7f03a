"""CSV export: awkward notes round-trip, output identical to the csv module's, every pain flag, atomic replacement."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.store import CSV_COLUMNS, Database, HistoryRepo, StoreError, export_history_csv, open_database

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)
AWKWARD = [
    'commas, and "quotes", and\nnew lines',
    "Windows\r\nline end, and a lone\rreturn",
    "ünïcödé — ✓ 🎉 日本語",
    '"',
    "None",  # must not vanish: the fast path formats NULLs as text "None" and strips them
    "  leading and trailing spaces  ",
    "",
    "x" * 5000,
]

# The obvious way to write the same file, with csv.writer over one join: the reference.
_REFERENCE_SQL = """
SELECT CASE WHEN t.id IS NULL THEN 'session' ELSE 'set' END,
       s.id, s.started_at, s.ended_at, s.local_day, s.state, s.pain_before, s.pain_after, s.effort, s.notes,
       s.entered_by_hand,
       t.exercise_id, coalesce(e.resistance, CASE WHEN t.id IS NOT NULL THEN '' END), e.weight_kg, e.eased,
       t.movement, t.side, t.set_number, t.target_reps, t.achieved_reps, t.target_hold_s, t.achieved_hold_s,
       t.started_at, t.ended_at, t.status, t.pain_flag, t.pain_rating, NULL, NULL,
       e.sets, e.reps, e.hold_s, e.prescribed, e.prescribed_by,
       CASE WHEN t.id IS NOT NULL THEN t.exercise_id GLOB 'own-*' END,
       strftime('%Y-%m-%d %H:%M:%S', s.started_at, printf('%+d minutes', s.utc_offset_min)),
       strftime('%Y-%m-%d %H:%M:%S', s.ended_at, printf('%+d minutes', s.utc_offset_min)),
       strftime('%Y-%m-%d %H:%M:%S', t.started_at, printf('%+d minutes', s.utc_offset_min)),
       strftime('%Y-%m-%d %H:%M:%S', t.ended_at, printf('%+d minutes', s.utc_offset_min))
FROM sessions s LEFT JOIN sets t ON t.session_id = s.id
LEFT JOIN session_exercises e ON e.session_id = s.id AND e.exercise_id = t.exercise_id
ORDER BY s.started_at, s.id, t.started_at, t.id
"""


@pytest.fixture
def filled(data_dir):
    """A store with a session per awkward note, two sets each, one set with no dose, one empty session."""
    db = open_database(data_dir)
    repo = HistoryRepo(db, tz=UTC)
    for i, note in enumerate(AWKWARD):
        start = T0 + timedelta(days=i)
        sid = repo.open_session(start, pain_before=i % 11)
        repo.ensure_exercise(sid, Prescription("ankle-plantarflexion", 2, 12, 2, 'green, "medium"', 2.5), start)
        for n in (1, 2):
            t = start + timedelta(minutes=n)
            repo.record_set(sid, SetRecord("ankle-plantarflexion", "main", LegSide.LEFT, n, 12, 11 + n % 2, 2.0,
                                           1.875, t, t + timedelta(seconds=31.25)))
        repo.record_set(sid, SetRecord("single-leg-balance", "main", LegSide.RIGHT, 1, None, None, 30.0, 0.1 + 0.2,
                                       start + timedelta(minutes=5), start + timedelta(minutes=5, seconds=1),
                                       SetStatus.SKIPPED, True, 7))
        repo.finish_session(sid, start + timedelta(minutes=10), pain_after=1, effort=5, notes=note)
    repo.close_session(repo.open_session(T0 + timedelta(days=100)))  # no sets at all
    yield db
    db.close()


def test_awkward_notes_round_trip(filled, tmp_path):
    out = tmp_path / "history.csv"
    rows = export_history_csv(filled, out)
    assert rows == len(AWKWARD) * 3 + 1
    with open(out, newline="", encoding="utf-8-sig") as f:
        read = list(csv.DictReader(f))
    assert tuple(read[0]) == CSV_COLUMNS
    assert len(read) == rows
    assert [r["notes"] for r in read[:-1:3]] == AWKWARD
    first = read[0]
    assert (first["exercise_id"], first["resistance"], first["weight_kg"]) == ("ankle-plantarflexion",
                                                                              'green, "medium"', "2.5")
    assert (first["side"], first["set_number"], first["achieved_hold_s"], first["set_status"]) == (
        "left", "1", "1.875", "completed")
    assert first["session_started_at"] == "2026-05-10T07:30:00.000Z" and first["session_local_day"] == "2026-05-10"
    assert (first["dose_sets"], first["dose_reps"], first["dose_hold_s"], first["dose_prescribed"],
            first["own_exercise"]) == ("2", "12", "2", "0", "0")
    assert (first["session_started_local"], first["set_started_local"]) == ("2026-05-10 07:30:00",
                                                                          "2026-05-10 07:31:00")
    skipped = read[2]
    assert (skipped["resistance"], skipped["pain_flag"], skipped["pain_rating"]) == ("", "1", "7")
    assert skipped["achieved_hold_s"] == repr(0.1 + 0.2)  # full precision, as csv.writer writes floats
    assert read[-1]["exercise_id"] == "" and read[-1]["session_state"] == "finished"


def test_output_is_exactly_what_csv_writer_writes(filled, tmp_path):
    out = tmp_path / "history.csv"
    export_history_csv(filled, out)
    expected = io.StringIO(newline="")
    writer = csv.writer(expected)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(filled.conn.execute(_REFERENCE_SQL))
    assert out.read_bytes() == expected.getvalue().encode("utf-8-sig")


def test_export_from_a_path_uses_its_own_read_only_connection(filled, tmp_path):
    out = tmp_path / "from-path.csv"
    assert export_history_csv(filled.path, out) == len(AWKWARD) * 3 + 1
    assert out.read_text(encoding="utf-8-sig").startswith("row_type,session_id,")


def test_bom_for_spreadsheets(filled, tmp_path):
    """A file gets a byte order mark by default (spreadsheets then read UTF-8); bom=False leaves it out."""
    out = tmp_path / "excel.csv"
    export_history_csv(filled, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfrow_type,session_id,")
    export_history_csv(filled, out, bom=False)
    assert out.read_bytes().startswith(b"row_type,session_id,")


def test_a_failed_export_leaves_the_old_file_and_no_litter(data_dir, tmp_path):
    out = tmp_path / "out" / "history.csv"
    out.parent.mkdir()
    out.write_text("previous export\n")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreError):
        export_history_csv(broken, out)
    assert out.read_text() == "previous export\n"
    assert [p.name for p in out.parent.iterdir()] == ["history.csv"]


def test_an_empty_history_exports_just_the_header(data_dir, tmp_path):
    with open_database(data_dir) as db:
        assert export_history_csv(db, tmp_path / "empty.csv") == 0
    assert (tmp_path / "empty.csv").read_bytes() == (",".join(CSV_COLUMNS) + "\r\n").encode("utf-8-sig")


def test_the_export_is_one_consistent_snapshot(filled, tmp_path):
    """A write by another connection in the middle of the export doesn't tear it."""
    path = filled.path
    expected = export_history_csv(path, tmp_path / "before.csv")

    class MeddledWith(sqlite3.Connection):
        calls = 0

        def execute(self, *args):
            MeddledWith.calls += 1
            if MeddledWith.calls == 5:  # a few sessions in
                other = sqlite3.connect(path, isolation_level=None)
                other.execute("DELETE FROM sets")
                other.close()
            return super().execute(*args)

    conn = sqlite3.connect(path, isolation_level=None, factory=MeddledWith)
    assert export_history_csv(Database(conn, path), tmp_path / "during.csv") == expected
    conn.close()
    assert MeddledWith.calls > 5
    assert (tmp_path / "during.csv").read_bytes() == (tmp_path / "before.csv").read_bytes()
    assert export_history_csv(path, tmp_path / "after.csv") == len(AWKWARD) + 1


def _counts_in_store(db) -> tuple[int, int, int]:
    one = lambda sql: db.conn.execute(sql).fetchone()[0]  # noqa: E731
    return (one("SELECT count(*) FROM sessions"), one("SELECT count(*) FROM sets"),
            one("SELECT count(*) FROM pain_flags"))


def test_every_session_set_and_pain_flag_is_in_the_csv(data_dir, tmp_path):
    from rehab_desktop.store import PainAction

    db = open_database(data_dir)
    repo = HistoryRepo(db, tz=UTC)
    ex = "standing-calf-stretch"

    def hold(sid, side, n, start, seconds=30.0, **kw):
        repo.record_set(sid, SetRecord(ex, "main", side, n, None, None, 30.0, seconds, start,
                                       start + timedelta(seconds=seconds), **kw))

    # 1: a flag during a set (on that set's row), one during the rest after it, one during the
    # switch to the other leg, and two in one set (the second gets a row of its own).
    sid = repo.open_session(T0, pain_before=2)
    repo.ensure_exercise(sid, Prescription(ex, 2, None, 30), T0)
    repo.record_pain_flag(sid, T0 + timedelta(seconds=10), 4, exercise_id=ex, movement="main", side=LegSide.LEFT,
                          set_number=1, action=PainAction.CONTINUE)
    hold(sid, LegSide.LEFT, 1, T0, pain_flag=True, pain_rating=4)
    repo.record_pain_flag(sid, T0 + timedelta(seconds=45), 5, exercise_id=ex, action=PainAction.CONTINUE)  # rest
    hold(sid, LegSide.LEFT, 2, T0 + timedelta(seconds=60))
    repo.record_pain_flag(sid, T0 + timedelta(seconds=95), 6, exercise_id=ex, action=PainAction.EASIER)  # switch
    for at, rating in ((110, 6), (120, 7)):
        repo.record_pain_flag(sid, T0 + timedelta(seconds=at), rating, exercise_id=ex, movement="main",
                              side=LegSide.RIGHT, set_number=1, action=PainAction.CONTINUE)
    hold(sid, LegSide.RIGHT, 1, T0 + timedelta(seconds=100), pain_flag=True, pain_rating=7)
    repo.finish_session(sid, T0 + timedelta(minutes=5), pain_after=3)
    # 2: started, rated, stopped, no set at all. 3: only notes. 4: only a flag (it hurt at once).
    repo.finish_session(repo.open_session(T0 + timedelta(days=1), pain_before=6), T0 + timedelta(days=1, minutes=1))
    repo.finish_session(repo.open_session(T0 + timedelta(days=2)), T0 + timedelta(days=2, minutes=1),
                        notes="Too sore today, walked instead.")
    sid = repo.open_session(T0 + timedelta(days=3))
    repo.record_pain_flag(sid, T0 + timedelta(days=3, seconds=5), 8, exercise_id=ex, action=PainAction.STOP)
    repo.close_session(sid)

    out = tmp_path / "history.csv"
    export_history_csv(db, out)
    with open(out, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    counted = (len({r["session_id"] for r in rows}), sum(r["row_type"] == "set" for r in rows),
               sum(r["pain_flag"] == "1" for r in rows))
    assert counted == _counts_in_store(db) == (4, 3, 6)
    first = [r for r in rows if r["session_id"] == "1"]
    assert [(r["row_type"], r["side"], r["set_number"], r["pain_rating"]) for r in first] == [
        ("set", "left", "1", "4"), ("pain", "", "", "5"), ("set", "left", "2", ""), ("pain", "", "", "6"),
        ("set", "right", "1", "6"), ("pain", "right", "1", "7")]
    assert first[0]["pain_flag_at"] == "2026-05-10T07:30:10.000Z" and first[0]["pain_action"] == "continue"
    assert first[3]["pain_action"] == "easier" and first[3]["exercise_id"] == ex
    assert first[2]["pain_flag"] == "0" and first[2]["pain_flag_at"] == ""
    others = [(r["row_type"], r["pain_before"], r["notes"], r["pain_rating"]) for r in rows if r["session_id"] != "1"]
    assert others == [("session", "6", "", ""), ("session", "", "Too sore today, walked instead.", ""),
                      ("pain", "", "", "8")]
    db.close()
