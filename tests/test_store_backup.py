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


# -- a chosen folder, the list, pruning, the weekly backup --------------------------------------------

from datetime import timedelta  # noqa: E402

from rehab_desktop.store.backup import (  # noqa: E402
    AUTOMATIC,
    BEFORE_RESTORE,
    MANUAL,
    OTHER,
    UPGRADE,
    auto_back_up,
    list_backups,
    prune,
    weekly_backup_due,
)


def at(day, hour=18, minute=4):
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def with_a_session(data_dir):
    db = open_database(data_dir)
    repo = HistoryRepo(db)
    repo.finish_session(repo.open_session(t(9)), t(10), notes="one")
    return db


def test_backup_into_a_chosen_folder_is_named_by_kind_and_listed_newest_first(data_dir, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    db = with_a_session(data_dir)
    by_hand = back_up(db, folder=usb, clock=lambda: at(1))
    weekly = back_up(db, folder=usb, automatic=True, clock=lambda: at(8))
    assert by_hand.name == "history-backup-20261201T180400Z.sqlite3"
    assert weekly.name == "history-auto-20261208T180400Z.sqlite3"
    assert not (data_dir / "backups").exists()  # nothing went to the default folder
    (usb / "history-v3-20261115T090000Z.sqlite3").write_bytes(b"")  # taken before an upgrade
    renamed = usb / "ankle copy.sqlite3"
    renamed.write_bytes(b"")
    import os

    os.utime(renamed, (at(3).timestamp(), at(3).timestamp()))
    (usb / "notes.txt").write_text("not a backup")
    (usb / "history.sqlite3").write_bytes(b"")  # the data folder chosen as the backup folder: not listed
    (usb / "history-before-restore-20261102T090000Z.sqlite3").write_bytes(b"")
    listed = list_backups(usb)
    assert [(b.path.name, b.made, b.kind) for b in listed] == [
        ("history-auto-20261208T180400Z.sqlite3", at(8), AUTOMATIC),
        ("ankle copy.sqlite3", at(3), OTHER),  # no stamp in its name: its modification time
        ("history-backup-20261201T180400Z.sqlite3", at(1), MANUAL),
        ("history-v3-20261115T090000Z.sqlite3", datetime(2026, 11, 15, 9, tzinfo=UTC), UPGRADE),
        ("history-before-restore-20261102T090000Z.sqlite3", datetime(2026, 11, 2, 9, tzinfo=UTC), BEFORE_RESTORE),
    ]
    assert list_backups(tmp_path / "not there") == []
    db.close()


def test_prune_removes_only_the_oldest_automatic_backups(data_dir, tmp_path):
    folder = tmp_path / "sync"
    folder.mkdir()
    db = with_a_session(data_dir)
    autos = [back_up(db, folder=folder, automatic=True, clock=lambda d=d: at(d)) for d in range(1, 9)]
    manual = back_up(db, folder=folder, clock=lambda: at(1, 8))
    foreign = folder / "history-auto-notes.sqlite3"  # not a name the app writes
    foreign.write_bytes(b"mine")
    gone = prune(folder, keep=3)
    assert sorted(gone) == sorted(autos[:5])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [a.name for a in autos[5:]] + [manual.name, foreign.name])
    assert prune(folder, keep=3) == []
    db.close()


def test_weekly_backup_is_due_after_seven_days_or_when_there_is_none(data_dir, tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    assert weekly_backup_due(folder, at(1))
    db = with_a_session(data_dir)
    back_up(db, folder=folder, clock=lambda: at(1))  # one by hand does not count as the weekly one
    assert weekly_backup_due(folder, at(1))
    back_up(db, folder=folder, automatic=True, clock=lambda: at(1))
    assert not weekly_backup_due(folder, at(1))
    assert not weekly_backup_due(folder, at(8) - timedelta(seconds=1))
    assert weekly_backup_due(folder, at(8))
    assert weekly_backup_due(folder, at(1) - timedelta(days=3))  # stamped in the future: the clock was wrong
    db.close()


def test_auto_back_up_makes_one_a_week_and_keeps_the_last_few(data_dir):
    db = with_a_session(data_dir)
    folder = data_dir / "backups"
    made = [auto_back_up(db, None, at(1) + timedelta(days=d), keep=2) for d in range(0, 30)]
    weekly = [m for m in made if m is not None]
    assert [m.name for m in weekly] == [f"history-auto-202612{d:02d}T180400Z.sqlite3" for d in (1, 8, 15, 22, 29)]
    assert sorted(p.name for p in folder.iterdir()) == [weekly[-2].name, weekly[-1].name]
    assert HistoryRepo(open_database_file(weekly[-1])).sessions_between(t(0).date(), t(0).date())[0].notes == "one"
    db.close()


def test_no_weekly_backup_of_an_empty_history(data_dir):
    db = open_database(data_dir)
    assert auto_back_up(db, None, at(1)) is None
    assert not (data_dir / "backups").exists()
    db.close()


def test_a_missing_chosen_folder_is_named_and_not_created(data_dir, tmp_path):
    db = with_a_session(data_dir)
    stick = tmp_path / "media" / "usb"
    with pytest.raises(StoreError, match=f"Couldn't back up to {stick}: the folder is not there"):
        back_up(db, folder=stick)
    with pytest.raises(StoreError, match="not there"):
        auto_back_up(db, stick, at(1))
    assert not stick.exists() and not (tmp_path / "media").exists()
    HistoryRepo(db).open_session(t(11))  # the history is still in use
    db.close()


def test_a_read_only_or_full_folder_is_named_and_leaves_nothing(data_dir, tmp_path, monkeypatch):
    import errno
    import os
    import sqlite3

    db = with_a_session(data_dir)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if not os.access(locked, os.W_OK):  # root may write anywhere
            with pytest.raises(StoreError, match=f"Couldn't back up to {locked}: the folder can't be written"):
                back_up(db, folder=locked)
    finally:
        locked.chmod(0o700)

    real_connect = sqlite3.connect

    def connect(path, *a, **k):
        if str(path).endswith(".partial"):
            (tmp_path / "full" / "x.partial").write_bytes(b"half")
            raise sqlite3.OperationalError("database or disk is full")
        return real_connect(path, *a, **k)

    full = tmp_path / "full"
    full.mkdir()
    monkeypatch.setattr("rehab_desktop.store.backup.sqlite3.connect", connect)
    with pytest.raises(StoreError, match=f"Couldn't back up to {full}: the disk is full"):
        back_up(db, folder=full)
    monkeypatch.undo()
    assert [p.name for p in full.iterdir()] == ["x.partial"]  # only what the test itself wrote
    err = OSError(errno.ENOSPC, "No space left on device")
    from rehab_desktop.store.backup import _write_failed

    assert "disk is full" in _write_failed(err, full).message
    assert HistoryRepo(db).sessions_between(t(0).date(), t(0).date())[0].notes == "one"
    db.close()


def test_restore_leaves_one_kept_file_and_no_side_files(data_dir):
    db = open_database(data_dir)
    repo = HistoryRepo(db)
    repo.finish_session(repo.open_session(t(9)), t(10), notes="in the backup")
    copy = back_up(db, clock=lambda: at(1))
    db.conn.execute("PRAGMA wal_autocheckpoint=0")  # what follows stays in the -wal
    repo.finish_session(repo.open_session(t(11)), t(12), notes="only in the wal")
    wal = data_dir / "history.sqlite3-wal"
    assert wal.stat().st_size > 0
    before = {p.name for p in data_dir.iterdir()}
    kept = restore(db, copy, clock=lambda: at(2))
    assert [s.notes for s in repo.sessions_between(t(0).date(), t(0).date())] == ["in the backup"]
    after = {p.name for p in data_dir.iterdir()}
    assert kept.name == "history-before-restore-20261202T180400Z.sqlite3"
    assert after - before == {kept.name}  # the kept file, and nothing beside it
    assert not any(n.startswith(kept.name) and n != kept.name for n in after)
    db.close()
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "settings.ini") == [
        "backups", kept.name, "history.sqlite3"]
    assert [s.notes for s in HistoryRepo(open_database_file(kept)).sessions_between(t(0).date(), t(0).date())] \
        == ["in the backup", "only in the wal"]  # the kept file alone holds what was in the -wal


@pytest.mark.parametrize("folder", ["Physio #2", "50% done?", "café 3"])
def test_a_data_folder_with_uri_characters_backs_up_restores_and_exports(tmp_path, folder, library):
    """The read-only connections (weekly backup, restore check, CSV, summary) open the right file even
    when the folder's name holds characters that mean something in a file: URI."""
    from datetime import date

    from rehab_desktop.core.records import LegSide, SetRecord
    from rehab_desktop.store import HistoryStats, build_summary, export_history_csv
    from rehab_desktop.store.backup import auto_back_up_file

    data = tmp_path / folder
    data.mkdir()
    db = open_database(data)
    repo = HistoryRepo(db)
    sid = repo.open_session(t(9))
    repo.record_set(sid, SetRecord("sumo-squat", "main", LegSide.BOTH, 1, 10, 10, None, None, t(9), t(10)))
    repo.finish_session(sid, t(10), notes="kept")
    (data / "usb").mkdir()
    weekly = auto_back_up_file(db.path, data / "usb", t(11))
    assert weekly is not None and weekly.is_file()
    assert export_history_csv(db.path, tmp_path / "out.csv") == 1  # the set's row
    assert "kept" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    day = t(9).astimezone().date()
    summary = build_summary(HistoryStats(db), day, day, date(2026, 5, 5), library=library)
    assert summary.sessions == 1
    # The progression is read on a read-only connection of its own, in a thread.
    assert [(p.exercise_id, p.rows[0].sets_done) for p in summary.progression] == [("sumo-squat", 1)]
    repo.finish_session(repo.open_session(t(12)), t(13), notes="later")
    restore(db, weekly)
    assert [s.notes for s in repo.sessions_between(day, day)] == ["kept"]
    db.close()
