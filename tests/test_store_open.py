"""Opening the store: migrations, backups, newer files refused untouched, damaged files set aside."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from rehab_desktop.core.records import LegSide, SetRecord
from rehab_desktop.paths import ENV_DATA_DIR, history_path, resolve_data_dir
from rehab_desktop.store import (
    LATEST_VERSION,
    HistoryRepo,
    MigrationError,
    StoreCorruptError,
    StoreTooNewError,
    open_database,
)
from rehab_desktop.store.migrations import MIGRATIONS, Migration

T0 = datetime(2026, 5, 10, 7, 30, tzinfo=UTC)
CLOCK = lambda: datetime(2026, 5, 10, 12, 0, 0, tzinfo=UTC)  # noqa: E731


def fill(data_dir: Path, sets: int = 3) -> int:
    """A closed store holding one session with `sets` sets; returns the session id."""
    with open_database(data_dir) as db:
        repo = HistoryRepo(db, tz=UTC)
        sid = repo.open_session(T0, pain_before=4)
        for n in range(1, sets + 1):
            start = T0 + timedelta(seconds=30 * n)
            repo.record_set(sid, SetRecord("sumo-squat", "main", LegSide.BOTH, n, 10, 10, None, None, start,
                                           start + timedelta(seconds=20)))
        repo.close_session(sid)
    return sid


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_data_dir_resolution_order(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    assert resolve_data_dir(tmp_path / "arg", environ={ENV_DATA_DIR: str(tmp_path / "env")}) == tmp_path / "arg"
    assert resolve_data_dir(None, environ={ENV_DATA_DIR: str(tmp_path / "env")}) == tmp_path / "env"
    assert resolve_data_dir("", environ={ENV_DATA_DIR: " "}).name == "rehab-desktop"  # blank means unset
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-os-environ"))
    assert resolve_data_dir() == tmp_path / "from-os-environ"
    assert history_path(tmp_path).name == "history.sqlite3"


def test_migrations_are_numbered_in_order():
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == LATEST_VERSION


def test_a_new_store_is_created_at_the_latest_version(tmp_path):
    data_dir = tmp_path / "not" / "there" / "yet"
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.migrated_from == 0
        assert db.backup_path is None and db.recovered_from is None and db.notice is None
        c = db.conn
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"sessions", "session_exercises", "sets", "pain_flags"} <= tables
    with open_database(data_dir) as db:  # opening again changes nothing
        assert db.version == LATEST_VERSION and db.migrated_from is None
    assert not (data_dir / "backups").exists()


def test_an_empty_file_is_a_new_store(data_dir):
    history_path(data_dir).touch()
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.recovered_from is None


def test_a_backup_is_taken_before_migrating(data_dir):
    sid = fill(data_dir)
    step = Migration(LATEST_VERSION + 1, "test step", ("ALTER TABLE sessions ADD COLUMN mood TEXT",))
    with open_database(data_dir, migrations=MIGRATIONS + (step,), clock=CLOCK) as db:
        assert db.version == LATEST_VERSION + 1 and db.migrated_from == LATEST_VERSION
        assert db.backup_path == data_dir / "backups" / f"history-v{LATEST_VERSION}-20260510T120000Z.sqlite3"
        assert HistoryRepo(db).get_session(sid).sets_completed == 3
    backup = sqlite3.connect(db.backup_path)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert backup.execute("SELECT count(*) FROM sets").fetchone()[0] == 3
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    backup.close()


def test_a_failed_migration_leaves_the_file_at_its_version(data_dir):
    fill(data_dir)
    good = Migration(LATEST_VERSION + 1, "fine", ("CREATE TABLE plan_days (id INTEGER PRIMARY KEY)",))
    bad = Migration(LATEST_VERSION + 2, "broken", ("CREATE TABLE plan_entries (id INTEGER PRIMARY KEY)",
                                                   "INSERT INTO no_such_table VALUES (1)"))
    with pytest.raises(MigrationError) as caught:
        open_database(data_dir, migrations=MIGRATIONS + (good, bad), clock=CLOCK)
    assert "backups" in caught.value.message and f"version {LATEST_VERSION + 1}" in caught.value.message
    conn = sqlite3.connect(history_path(data_dir))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1  # each step commits alone
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "plan_days" in names and "plan_entries" not in names
    assert conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 3
    conn.close()


def test_a_table_rebuilding_migration_runs_with_foreign_keys_off(data_dir):
    fill(data_dir)

    def rebuild_sessions(conn):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()[0]
        conn.execute(sql.replace("CREATE TABLE sessions", "CREATE TABLE sessions_new", 1))
        conn.execute("INSERT INTO sessions_new SELECT * FROM sessions")
        conn.execute("DROP TABLE sessions")  # with foreign keys on, this would cascade-delete every set
        conn.execute("ALTER TABLE sessions_new RENAME TO sessions")

    rebuild = Migration(LATEST_VERSION + 1, "rebuild sessions", apply=rebuild_sessions, rebuilds_tables=True)
    with open_database(data_dir, migrations=MIGRATIONS + (rebuild,)) as db:
        assert db.conn.execute("SELECT count(*) FROM sets").fetchone()[0] == 3
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_newer_file_is_refused_and_left_byte_for_byte(data_dir):
    fill(data_dir)
    conn = sqlite3.connect(history_path(data_dir))
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    conn.close()  # the last connection checkpoints and removes the -wal
    before = snapshot(data_dir)
    assert list(before) == ["history.sqlite3"]
    with pytest.raises(StoreTooNewError) as caught:
        open_database(data_dir)
    message = caught.value.message
    assert str(history_path(data_dir)) in message
    assert f"version {LATEST_VERSION + 3}" in message and f"up to {LATEST_VERSION}" in message
    assert (caught.value.file_version, caught.value.app_version) == (LATEST_VERSION + 3, LATEST_VERSION)
    assert snapshot(data_dir) == before  # no -wal, -shm, -journal or backup either


def test_a_newer_version_waiting_in_a_crashed_wal_is_refused_untouched(data_dir, tmp_path):
    fill(data_dir)
    live = sqlite3.connect(history_path(data_dir), isolation_level=None)
    live.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")  # committed to the -wal only
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("history.sqlite3", "history.sqlite3-wal"):  # what a kill -9 would leave behind
        shutil.copy2(data_dir / name, crashed / name)
    live.close()
    with open(crashed / "history.sqlite3", "rb") as f:
        assert int.from_bytes(f.read(100)[60:64], "big") == LATEST_VERSION  # the header alone looks fine
    before = snapshot(crashed)
    with pytest.raises(StoreTooNewError):
        open_database(crashed)
    assert snapshot(crashed) == before


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n" * 50, os.urandom(8192)],
                         ids=["empty-wal", "text", "random"])
def test_a_file_that_is_not_a_database_is_set_aside(data_dir, content):
    path = history_path(data_dir)
    path.write_bytes(content or b"x" * 4096)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    Path(f"{path}-shm").write_bytes(b"stale shm")
    original = path.read_bytes()
    with open_database(data_dir, clock=CLOCK) as db:
        kept = db.recovered_from
        assert kept == data_dir / "history-damaged-20260510T120000Z.sqlite3"
        assert kept.read_bytes() == original
        assert Path(f"{kept}-wal").read_bytes() == b"stale wal"  # kept together, still paired
        assert Path(f"{kept}-shm").read_bytes() == b"stale shm"
        assert str(kept) in db.notice
        assert db.version == LATEST_VERSION
        HistoryRepo(db).open_session(T0)  # a fresh, working store


def test_a_truncated_file_is_set_aside(data_dir):
    fill(data_dir, sets=400)
    path = history_path(data_dir)
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2)
    with open_database(data_dir, clock=CLOCK) as db:
        assert db.recovered_from is not None and db.recovered_from.stat().st_size == size // 2
        assert db.damage


def test_a_foreign_sqlite_file_is_set_aside(data_dir):
    conn = sqlite3.connect(history_path(data_dir))
    conn.execute("CREATE TABLE sessions (whatever TEXT)")
    conn.commit()
    conn.close()
    with open_database(data_dir) as db:
        assert db.recovered_from is not None and "not a rehab-desktop history" in db.notice


def test_damage_found_in_use_is_set_aside_at_the_next_start(data_dir):
    fill(data_dir, sets=400)
    path = history_path(data_dir)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sets'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:  # header and schema intact, the sets table's root page wrecked
        f.seek((root - 1) * page)
        f.write(b"\xff" * page)
    db = open_database(data_dir)  # header, size and schema look fine: a quick start
    assert db.recovered_from is None
    with pytest.raises(StoreCorruptError) as caught:
        HistoryRepo(db).sessions_between(T0.date(), T0.date())
    assert "Restart" in caught.value.message
    db.close()
    with open_database(data_dir) as again:
        assert again.recovered_from is not None and again.notice
    with open_database(data_dir) as third:  # and only once
        assert third.recovered_from is None


def test_without_recovery_a_damaged_file_is_reported_and_left(data_dir):
    path = history_path(data_dir)
    path.write_bytes(b"not a database" * 100)
    with pytest.raises(StoreCorruptError):
        open_database(data_dir, recover=False)
    assert sorted(p.name for p in data_dir.iterdir()) == ["history.sqlite3"]


def test_verify_runs_a_full_check_on_request(data_dir):
    fill(data_dir)
    with open_database(data_dir, verify=True) as db:
        assert db.recovered_from is None
