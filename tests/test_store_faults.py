"""A read-only folder and a full disk become StoreErrors a person can read; nothing done is lost meanwhile."""

from __future__ import annotations

import ctypes
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import rehab_desktop
from rehab_desktop.core.records import LegSide, SetRecord
from rehab_desktop.paths import history_path
from rehab_desktop.store import (
    Database,
    HistoryRepo,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnavailableError,
    open_database,
)
from rehab_desktop.store.errors import from_sqlite

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)
PACKAGE_ROOT = str(Path(rehab_desktop.__file__).resolve().parent.parent)

_OPEN_AND_REPORT = """
import json, sys
from rehab_desktop.store import StoreError, open_database
try:
    open_database(sys.argv[1]).close()
    print(json.dumps({"error": None}))
except StoreError as exc:
    print(json.dumps({"error": type(exc).__name__, "message": exc.message}))
"""


def a_set(n: int) -> SetRecord:
    start = T0 + timedelta(minutes=n)
    return SetRecord("sumo-squat", "main", LegSide.BOTH, n, 10, 10, None, None, start, start + timedelta(seconds=30))


def _drop_file_permission_overrides() -> None:
    """In the child before exec: without these capabilities even root obeys permission bits."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2, 3):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def open_in_read_only_folder(folder: Path) -> dict:
    """Open the store in a real read-only folder, in a child process that can't write there.

    chmod alone doesn't stop root (as tests and CI run here), so a root parent starts the child
    with the capabilities that bypass file permissions removed from its bounding set.
    """
    if sys.platform == "win32":
        pytest.skip("folder permission bits don't make a folder read-only on Windows")
    root = os.geteuid() == 0
    if root and sys.platform != "linux":
        pytest.skip("dropping root's permission overrides needs Linux")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")])))
    preexec = _drop_file_permission_overrides if root else None
    try:
        out = subprocess.run([sys.executable, "-c", _OPEN_AND_REPORT, str(folder)], env=env, capture_output=True,
                             text=True, timeout=60, preexec_fn=preexec)
    except subprocess.SubprocessError as exc:
        pytest.skip(f"cannot start a child without file-permission overrides: {exc}")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


@pytest.fixture
def read_only(tmp_path):
    folders = []

    def make(name: str) -> Path:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        folders.append(folder)
        folder.chmod(0o555)
        return folder

    yield make
    for folder in folders:
        folder.chmod(0o755)


def test_a_new_store_in_a_read_only_folder(read_only):
    folder = read_only("data")
    report = open_in_read_only_folder(folder)
    assert report["error"] == "StoreReadOnlyError"
    assert "read-only" in report["message"] and str(folder) in report["message"]
    assert list(folder.iterdir()) == []


def test_an_existing_store_in_a_read_only_folder(tmp_path, read_only):
    folder = tmp_path / "data"
    with open_database(folder) as db:
        HistoryRepo(db).open_session(T0)
    before = sorted(p.name for p in folder.iterdir())
    read_only("data")
    report = open_in_read_only_folder(folder)
    assert report["error"] == "StoreReadOnlyError" and "read-only" in report["message"]
    assert sorted(p.name for p in folder.iterdir()) == before


def test_a_data_dir_that_cannot_be_created(read_only):
    parent = read_only("parent")
    report = open_in_read_only_folder(parent / "rehab-desktop")
    assert report["error"] == "StoreReadOnlyError"


def test_a_file_turned_read_only_mid_session_keeps_the_sets_for_later(data_dir):
    with open_database(data_dir) as db:
        sid = HistoryRepo(db).open_session(T0)
    path = history_path(data_dir)
    # SQLite's own read-only mode gives the genuine SQLITE_READONLY a remounted disk would.
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    repo = HistoryRepo(Database(conn, path))
    with pytest.raises(StoreReadOnlyError) as caught:
        repo.record_set(sid, a_set(1))
    assert "read-only" in caught.value.message and "1 unsaved record kept" in caught.value.message
    with pytest.raises(StoreReadOnlyError):
        repo.record_pain_flag(sid, T0, 5)
    assert repo.pending_count == 2
    assert repo.get_session(sid).is_open  # reading still works: the history pane stays usable
    conn.close()


def test_a_full_disk_keeps_the_sets_and_saves_them_when_space_returns(data_dir):
    db = open_database(data_dir)
    repo = HistoryRepo(db)
    sid = repo.open_session(T0)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: SQLITE_FULL
    done = 0
    with pytest.raises(StoreFullError) as caught:
        for n in range(1, 5000):
            repo.record_set(sid, a_set(n))
            done = n
    assert "full" in caught.value.message and caught.value.pending == 1
    with pytest.raises(StoreFullError):
        repo.record_set(sid, a_set(done + 2))
    with pytest.raises(StoreFullError):
        repo.finish_session(sid, T0 + timedelta(hours=1))  # not kept: the caller asks again later
    assert repo.pending_count == 2
    assert repo.get_session(sid).sets_completed == done  # nothing half-written

    db.conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    assert repo.save_pending() == 2
    assert repo.pending_count == 0
    assert repo.get_session(sid).sets_completed == done + 2
    repo.finish_session(sid, T0 + timedelta(hours=1))
    assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_kept_sets_of_a_session_deleted_meanwhile_are_dropped(data_dir):
    with open_database(data_dir) as db:
        repo = HistoryRepo(db)
        first = repo.open_session(T0)
        second = repo.open_session(T0 + timedelta(days=1))
        pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
        db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreFullError):
            for n in range(1, 5000):
                repo.record_set(first, a_set(n))
        assert repo.pending_count == 1
        db.conn.execute("PRAGMA max_page_count = 1073741823")
        other = sqlite3.connect(db.path)
        other.execute("PRAGMA foreign_keys = ON")
        other.execute("DELETE FROM sessions WHERE id = ?", (first,))
        other.commit()
        other.close()
        repo.record_set(second, a_set(1))  # the kept set can never be saved now; this one is
        assert repo.pending_count == 0
        assert repo.get_session(second).sets_completed == 1


@pytest.mark.parametrize("message, kind", [
    ("database or disk is full", StoreFullError),
    ("attempt to write a readonly database", StoreReadOnlyError),
    ("unable to open database file", StoreUnavailableError),
    ("database is locked", StoreUnavailableError),
    ("disk I/O error", StoreUnavailableError),
    ("something else entirely", StoreError),
])
def test_sqlite_errors_become_messages(message, kind, tmp_path):
    error = from_sqlite(sqlite3.OperationalError(message), tmp_path / "history.sqlite3")
    assert type(error) is kind
    assert str(tmp_path) in error.message
