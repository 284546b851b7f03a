"""Backing up the history on request, and restoring it from a backup (keeping the current file aside)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from rehab_desktop.store.db import _SIDE_FILES, BACKUP_DIR, Database, _free_name, _stamp, open_database
from rehab_desktop.store.errors import StoreError, from_os, from_sqlite


def _now(clock: Callable[[], datetime] | None) -> datetime:
    return (clock or (lambda: datetime.now(UTC)))()


def back_up(db: Database, dest: str | Path | None = None, *, clock: Callable[[], datetime] | None = None) -> Path:
    """Copy the open history (a consistent snapshot, -wal included) to `dest`, by default
    `<data dir>/backups/history-backup-<UTC stamp>.sqlite3`; returns where it went."""
    if dest is None:
        folder = db.data_dir / BACKUP_DIR
        target = _free_name(folder, f"{db.path.stem}-backup-{_stamp(_now(clock))}", db.path.suffix)
    else:
        target = Path(dest)
        folder = target.parent
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        out = sqlite3.connect(partial)
        try:
            db.conn.backup(out)
        finally:
            out.close()
        partial.replace(target)  # never a half-written file under the real name
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise from_os(exc, target) from exc
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise from_sqlite(exc, target) from exc
    return target


def restore(db: Database, source: str | Path, *, clock: Callable[[], datetime] | None = None) -> Path:
    """Make the backup `source` the history. The backup is checked first (a damaged or newer file is
    refused and nothing changes); the current file is kept aside as history-before-restore-<stamp>,
    whose path is returned. `db` is reopened in place, so repositories holding it keep working."""
    source = Path(source)
    if not source.is_file():
        raise StoreError(f"There is no backup file at {source}.", source)
    with tempfile.TemporaryDirectory(dir=db.data_dir) as tmp:
        staged = Path(tmp) / db.path.name
        try:
            check = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                out = sqlite3.connect(staged)
                try:
                    check.backup(out)  # a consistent copy, even of a backup that has its own -wal
                finally:
                    out.close()
            finally:
                check.close()
        except sqlite3.Error as exc:
            raise StoreError(f"{source} is not a history backup that can be read ({exc}). "
                             "Nothing was changed.", source) from exc
        except OSError as exc:
            raise from_os(exc, source) from exc
        try:
            open_database(tmp, recover=False, verify=True).close()  # refuses newer files, upgrades older ones
        except StoreError as exc:
            raise StoreError(f"{exc.message} That backup was not restored; nothing was changed.", source) from exc
        kept = _free_name(db.data_dir, f"{db.path.stem}-before-restore-{_stamp(_now(clock))}", db.path.suffix)
        db.close()
        try:
            for suffix in ("", *_SIDE_FILES):
                current = Path(f"{db.path}{suffix}")
                if current.exists():
                    current.replace(Path(f"{kept}{suffix}"))
            shutil.copyfile(staged, db.path)
        finally:
            fresh = open_database(db.data_dir)  # the restored file, or whatever is there if the copy failed
            db.conn, db.version = fresh.conn, fresh.version
    return kept
