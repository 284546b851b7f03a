"""CSV export: awkward notes round-trip, output identical to the csv module's, atomic replacement."""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.store import CSV_COLUMNS, Database, HistoryRepo, StoreError, export_history_csv, open_database

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=timezone.utc)
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
SELECT s.id, s.started_at, s.ended_at, s.local_day, s.state, s.pain_before, s.pain_after, s.effort, s.notes,
       t.exercise_id, coalesce(e.resistance, CASE WHEN t.id IS NOT NULL THEN '' END), e.weight_kg,
       t.movement, t.side, t.set_number, t.target_reps, t.achieved_reps, t.target_hold_s, t.achieved_hold_s,
       t.started_at, t.ended_at, t.status, t.pain_flag, t.pain_rating
FROM sessions s LEFT JOIN sets t ON t.session_id = s.id
LEFT JOIN session_exercises e ON e.session_id = s.id AND e.exercise_id = t.exercise_id
ORDER BY s.started_at, s.id, t.started_at, t.id
"""


@pytest.fixture
def filled(data_dir):
    """A store with a session per awkward note, two sets each, one set with no dose, one empty session."""
    db = open_database(data_dir)
    repo = HistoryRepo(db, tz=timezone.utc)
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
    with open(out, newline="", encoding="utf-8") as f:
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
    assert out.read_bytes() == expected.getvalue().encode("utf-8")


def test_export_from_a_path_uses_its_own_read_only_connection(filled, tmp_path):
    out = tmp_path / "from-path.csv"
    assert export_history_csv(filled.path, out) == len(AWKWARD) * 3 + 1
    assert out.read_text(encoding="utf-8").startswith("session_id,")


def test_bom_for_spreadsheets(filled, tmp_path):
    out = tmp_path / "excel.csv"
    export_history_csv(filled, out, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsession_id,")


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
    assert (tmp_path / "empty.csv").read_bytes() == (",".join(CSV_COLUMNS) + "\r\n").encode()


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
