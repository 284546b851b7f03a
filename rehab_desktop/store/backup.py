"""Backing up the history (by hand or weekly, into a folder the user may choose), listing and pruning
the backups in a folder, and restoring the history from one (keeping the current file aside)."""

from __future__ import annotations

import contextlib
import errno
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rehab_desktop.core.i18n import translate
from rehab_desktop.paths import HISTORY_FILE
from rehab_desktop.store.db import (
    _SIDE_FILES,
    BACKUP_DIR,
    Database,
    _free_name,
    _stamp,
    connect_read_only,
    open_database,
)
from rehab_desktop.store.errors import (
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreUnavailableError,
    from_os,
    sqlite_code,
)

WEEK = timedelta(days=7)
KEEP_DEFAULT = 5
MANUAL, AUTOMATIC, UPGRADE, BEFORE_RESTORE, OTHER = "manual", "automatic", "upgrade", "before-restore", "other"
# history-backup-20261201T180400Z.sqlite3 (by hand), history-auto-… (weekly), history-v3-… (before an upgrade),
# history-before-restore-… (the history a restore replaced); "-2" and on when two share a second.
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<kind>backup|auto|before-restore|v\d+)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")
_KINDS = {"backup": MANUAL, "auto": AUTOMATIC, "before-restore": BEFORE_RESTORE}


@dataclass(frozen=True)
class BackupFile:
    """One backup in a folder: where it is, when it was made (aware, UTC), and how."""

    path: Path
    made: datetime
    kind: str  # MANUAL, AUTOMATIC, UPGRADE (before a schema upgrade), BEFORE_RESTORE, or OTHER (not our name)

    @property
    def automatic(self) -> bool:
        return self.kind == AUTOMATIC


def _now(clock: Callable[[], datetime] | None) -> datetime:
    return (clock or (lambda: datetime.now(UTC)))()


def default_backup_folder(data_dir: str | Path) -> Path:
    """Where backups go unless the user chose a folder: `<data dir>/backups`."""
    return Path(data_dir) / BACKUP_DIR


def _describe(entry: Path) -> BackupFile:
    m = _NAME.match(entry.name)
    if m:
        with contextlib.suppress(ValueError):
            made = datetime.strptime(m["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return BackupFile(entry, made, _KINDS.get(m["kind"], UPGRADE))
    return BackupFile(entry, datetime.fromtimestamp(entry.stat().st_mtime, UTC), OTHER)


def list_backups(folder: str | Path) -> list[BackupFile]:
    """The history backups (`*.sqlite3`) in `folder`, newest first; [] when the folder is missing.

    When each was made comes from the UTC stamp in its name, else from the file's modification time.
    The history file itself is not listed (when the data folder is the backup folder).
    """
    found = []
    try:
        entries = list(Path(folder).glob("*.sqlite3"))
    except OSError:
        return []
    for entry in entries:
        with contextlib.suppress(OSError):
            if entry.is_file() and entry.name != HISTORY_FILE:
                found.append(_describe(entry))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def _automatic(folder: str | Path, stem: str) -> list[BackupFile]:
    return [b for b in list_backups(folder) if b.automatic and _NAME.match(b.path.name)["stem"] == stem]


def prune(folder: str | Path, keep: int = KEEP_DEFAULT, *, stem: str = "history") -> list[Path]:
    """Remove the app's own automatic backups in `folder` beyond the newest `keep`; returns what went.

    Backups made by hand, those taken before an upgrade and files the app did not name are never touched.
    """
    gone = []
    for old in _automatic(folder, stem)[max(1, keep):]:
        with contextlib.suppress(OSError):  # one that cannot go now goes at the next prune
            old.path.unlink()
            gone.append(old.path)
    return gone


def weekly_backup_due(folder: str | Path, now: datetime, *, stem: str = "history") -> bool:
    """Whether an automatic backup is due: none in `folder`, or the newest is 7 days old or more.

    One stamped more than a day in the future (a clock that was wrong) does not put the next one off.
    """
    newest = _automatic(folder, stem)
    if not newest:
        return True
    age = now - newest[0].made
    return age >= WEEK or age < -timedelta(days=1)


def _has_records(db: Database) -> bool:
    try:
        return bool(db.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 FROM plans)").fetchone()[0])
    except sqlite3.Error:
        return True  # let the backup itself say what is wrong


def auto_back_up(db: Database, folder: str | Path | None, now: datetime, keep: int = KEEP_DEFAULT) -> Path | None:
    """The weekly backup: when one is due (and there is a history to keep), back up into `folder`
    (None: the default) as history-auto-<stamp> and prune the automatic ones to the newest `keep`.

    Returns the new file, or None when none was due. Raises StoreError when it cannot be written.
    """
    where = Path(folder) if folder else default_backup_folder(db.data_dir)
    if not weekly_backup_due(where, now, stem=db.path.stem) or not _has_records(db):
        return None
    made = back_up(db, folder=folder, automatic=True, clock=lambda: now)
    prune(where, keep, stem=db.path.stem)
    return made


def auto_back_up_file(history: str | Path, folder: str | Path | None, now: datetime,
                      keep: int = KEEP_DEFAULT) -> Path | None:
    """`auto_back_up` of the history file at `history` on a read-only connection of its own, so that
    it can run on a thread of its own while the window goes on using its connection."""
    history = Path(history)
    try:
        conn = connect_read_only(history)
    except sqlite3.Error as exc:
        raise _write_failed(exc, Path(folder) if folder else default_backup_folder(history.parent)) from exc
    try:
        return auto_back_up(Database(conn, history), folder, now, keep)
    finally:
        conn.close()


def _write_failed(exc: OSError | sqlite3.Error, folder: Path) -> StoreError:
    """Why a backup could not be written into `folder`, in words that name it (the history is unharmed)."""
    code = sqlite_code(exc) if isinstance(exc, sqlite3.Error) else None
    number = exc.errno if isinstance(exc, OSError) else None
    text = str(exc).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or code == 13 or "disk is full" in text:
        return StoreFullError(translate("store.backup", "Couldn't back up to {folder}: the disk is full. Your history "
                                        "is unchanged.").format(folder=folder), folder)
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or code in (3, 8) or "readonly" in text \
            or "read-only" in text:
        return StoreReadOnlyError(translate("store.backup", "Couldn't back up to {folder}: the folder can't be written "
                                            "to. Your history is unchanged.").format(folder=folder), folder)
    reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    return StoreUnavailableError(translate("store.backup", "Couldn't back up to {folder} ({reason}). Your history is "
                                           "unchanged.", "reason: what the system reported").format(
        folder=folder, reason=reason), folder)


def back_up(db: Database, dest: str | Path | None = None, *, folder: str | Path | None = None,
            automatic: bool = False, clock: Callable[[], datetime] | None = None) -> Path:
    """Copy the open history (a consistent snapshot, -wal included) and return where it went.

    `dest` is a file; otherwise the copy goes into `folder` (None: `<data dir>/backups`, created when
    missing; a chosen folder must exist: a USB stick that is not plugged in is not quietly replaced by
    an empty folder) as history-backup-<UTC stamp>.sqlite3, or history-auto-… when `automatic`.
    """
    if dest is not None:
        target = Path(dest)
        where = target.parent
        where_made = True
    else:
        where = Path(folder) if folder else default_backup_folder(db.data_dir)
        where_made = not folder  # only the default folder is ours to create
        if folder and not where.is_dir():
            raise StoreUnavailableError(translate(
                "store.backup", "Couldn't back up to {folder}: the folder is not there (is the disk or USB stick "
                "connected?). Your history is unchanged.").format(folder=where), where)
        kind = "auto" if automatic else "backup"
        target = None
    try:
        if where_made:
            where.mkdir(parents=True, exist_ok=True)
        if target is None:
            target = _free_name(where, f"{db.path.stem}-{kind}-{_stamp(_now(clock))}", db.path.suffix)
    except OSError as exc:
        raise _write_failed(exc, where) from exc
    partial = target.with_name(target.name + ".partial")
    try:
        out = sqlite3.connect(partial)
        try:
            db.conn.backup(out)
        finally:
            out.close()
        partial.replace(target)  # never a half-written file under the real name
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise _write_failed(exc, where) from exc
    return target


def _self_contained(path: Path) -> None:
    """Fold any -wal into `path` and leave it one file, with no side files beside it."""
    if any(Path(f"{path}{s}").exists() for s in _SIDE_FILES):
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # checkpoints the -wal (or rolls back a -journal)
        finally:
            con.close()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if wal.exists() and wal.stat().st_size == 0:  # nothing in it; a -wal with pages left in it stays
        wal.unlink()
    if not wal.exists():
        shm.unlink(missing_ok=True)  # only an index into the -wal


def restore(db: Database, source: str | Path, *, clock: Callable[[], datetime] | None = None) -> Path:
    """Make the backup `source` the history. The backup is checked first (a damaged or newer file is
    refused and nothing changes); the current file is kept aside as history-before-restore-<stamp>,
    one self-contained file, whose path is returned. `db` is reopened in place, so repositories
    holding it keep working; no -wal or -shm of the replaced history is left in the data folder."""
    source = Path(source)
    if not source.is_file():
        raise StoreError(translate("store.backup", "There is no backup file at {path}.").format(path=source), source)
    with tempfile.TemporaryDirectory(dir=db.data_dir) as tmp:
        staged = Path(tmp) / db.path.name
        try:
            check = connect_read_only(source)
            try:
                out = sqlite3.connect(staged)
                try:
                    check.backup(out)  # a consistent copy, even of a backup that has its own -wal
                finally:
                    out.close()
            finally:
                check.close()
        except sqlite3.Error as exc:
            raise StoreError(translate("store.backup", "{path} is not a history backup that can be read ({reason}). "
                                       "Nothing was changed.", "reason: what the system reported").format(
                path=source, reason=exc), source) from exc
        except OSError as exc:
            raise from_os(exc, source) from exc
        try:
            open_database(tmp, recover=False, verify=True).close()  # refuses newer files, upgrades older ones
        except StoreError as exc:
            raise StoreError(translate("store.backup", "{message} That backup was not restored; nothing was changed.",
                                       "message: the error's own sentence").format(message=exc.message),
                             source) from exc
        kept = _free_name(db.data_dir, f"{db.path.stem}-before-restore-{_stamp(_now(clock))}", db.path.suffix)
        with contextlib.suppress(sqlite3.Error):
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the kept copy: everything in the main file
        db.close()
        try:
            for suffix in ("", *_SIDE_FILES):
                current = Path(f"{db.path}{suffix}")
                if current.exists():
                    current.replace(Path(f"{kept}{suffix}"))
            with contextlib.suppress(OSError, sqlite3.Error):
                _self_contained(kept)
            shutil.copyfile(staged, db.path)
        finally:
            fresh = open_database(db.data_dir)  # the restored file, or whatever is there if the copy failed
            db.conn, db.version = fresh.conn, fresh.version
    return kept


__all__ = ["AUTOMATIC", "BEFORE_RESTORE", "KEEP_DEFAULT", "MANUAL", "OTHER", "UPGRADE", "WEEK", "BackupFile",
           "auto_back_up", "back_up", "default_backup_folder", "list_backups", "prune", "restore", "weekly_backup_due"]
