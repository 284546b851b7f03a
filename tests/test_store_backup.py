"""Backing up on request and restoring from a backup, keeping the current history aside."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rehab_desktop.store import HistoryRepo, StoreError, open_database
from rehab_desktop.store.backup import back_up, restore


def t(h):
    return datetime(2026, 5, 4, h, tzinfo=UTC)


def test_backup_then_restore_round_trip(data_dir):
    db = open_database(data_dir)
    repo = HistoryRepo(db)
    first = repo.open_session(t(9))
    repo.finish_session(first, t(10), notes="before the backup")
    copy = back_up(db)
    assert copy.parent.name == "backups" and copy.exists()
    second = repo.open_session(t(11))
    repo.finish_session(second, t(12), notes="after the backup")
    kept = restore(db, copy)
    # The same repo object still works, and now sees the backup's contents.
    notes = [s.notes for s in repo.sessions_between(t(0).date(), t(0).date())]
    assert notes == ["before the backup"]
    assert kept.exists() and kept.name.startswith("history-before-restore-")
    kept_db = HistoryRepo(open_database_file(kept))
    assert [s.notes for s in kept_db.sessions_between(t(0).date(), t(0).date())] == [
        "before the backup", "after the backup"]
    db.close()


def open_database_file(path):
    """Open a kept-aside file by copying it into a folder of its own."""
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp())
    shutil.copyfile(path, folder / "history.sqlite3")
    return open_database(folder)


def test_restore_refuses_a_non_backup_and_changes_nothing(data_dir, tmp_path):
    db = open_database(data_dir)
    repo = HistoryRepo(db)
    sid = repo.open_session(t(9))
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    with pytest.raises(StoreError, match="Nothing was changed|nothing was changed"):
        restore(db, junk)
    assert repo.get_session(sid).id == sid
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("history-before")) == []
    db.close()


def test_restore_refuses_a_backup_from_a_newer_app(data_dir, tmp_path):
    import sqlite3

    newer = tmp_path / "newer.sqlite3"
    con = sqlite3.connect(newer)
    con.execute("CREATE TABLE x (a)")
    con.execute("PRAGMA user_version = 999")
    con.commit()
    con.close()
    db = open_database(data_dir)
    with pytest.raises(StoreError, match="newer.*not restored"):
        restore(db, newer)
    HistoryRepo(db).open_session(t(9))  # still usable
    db.close()


def test_backup_to_a_chosen_file(data_dir, tmp_path):
    db = open_database(data_dir)
    HistoryRepo(db).open_session(t(9))
    target = back_up(db, tmp_path / "usb" / "ankle.sqlite3")
    assert target.exists() and not target.with_name("ankle.sqlite3.partial").exists()
    assert HistoryRepo(open_database_file(target)).unfinished_session() is not None
    db.close()
