"""Opening the history database safely: probe, refuse newer files, set damaged ones aside, back up, migrate."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from rehab_desktop.core.i18n import translate
from rehab_desktop.paths import history_path
from rehab_desktop.store.errors import (
    MigrationError,
    StoreCorruptError,
    StoreError,
    StoreTooNewError,
    from_os,
    from_sqlite,
    is_damage,
)
from rehab_desktop.store.migrations import MIGRATIONS, Migration, apply_migrations

_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
BACKUP_DIR = "backups"
# Left beside the file when damage shows up in use, so the next start checks it fully (a full
# check of 10 years takes most of a second, too long for every start).
DAMAGE_MARK = ".damaged"


class _Damaged(Exception):
    """The file is not a usable history database (internal: triggers setting it aside)."""


class Database:
    """An open history database: its connection, its file, and what happened while opening it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, recovered_from: Path | None = None,
                 damage: str = "", backup_path: Path | None = None, migrated_from: int | None = None):
        self.conn = conn
        self.path = path
        self.recovered_from = recovered_from  # where a damaged file was moved before starting afresh
        self.damage = damage  # what was wrong with it
        self.backup_path = backup_path  # the copy taken before a schema upgrade
        self.migrated_from = migrated_from  # the version it was upgraded from, if it was
        self.version: int = conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @property
    def notice(self) -> str | None:
        """What the user should be told about opening, e.g. where a damaged file went; else None."""
        if self.recovered_from is not None:
            return translate("store.db", "The history file was damaged ({damage}) and has been kept as {path}. A new, "
                             "empty history was started.", "damage: what was wrong with it").format(
                damage=self.damage, path=self.recovered_from)
        return None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any error.

        sqlite3 errors leave as StoreError subclasses; IntegrityError (a broken constraint is a
        programming error, not the user's disk) is re-raised unchanged.
        """
        conn = self.conn
        try:
            # IMMEDIATE takes the write lock up front, so a busy file fails here, not at COMMIT.
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # SQLite may already have rolled back (on SQLITE_FULL)
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.IntegrityError):
                raise self._translate(exc) from exc
            raise

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """Read access whose sqlite3 errors leave as StoreError subclasses."""
        try:
            yield self.conn
        except sqlite3.Error as exc:
            raise self._translate(exc) from exc

    def _translate(self, exc: sqlite3.Error) -> StoreError:
        error = from_sqlite(exc, self.path)
        if isinstance(error, StoreCorruptError):
            with contextlib.suppress(OSError):  # the message still tells the user; the next start won't know
                Path(f"{self.path}{DAMAGE_MARK}").touch()
        return error

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")  # cheap; keeps query plans good as data grows
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_database(data_dir: str | os.PathLike[str], *, migrations: tuple[Migration, ...] = MIGRATIONS,
                  synchronous: str = "FULL", verify: bool | None = None, recover: bool = True,
                  clock: Callable[[], datetime] | None = None) -> Database:
    """Open (creating if needed) `<data_dir>/history.sqlite3` at the latest schema version.

    Raises StoreTooNewError without writing anything when the file is from a newer app, and
    other StoreError subclasses when the folder or disk can't be used. A damaged file is moved
    aside and a fresh one started (see `Database.recovered_from` and `Database.notice`), unless
    `recover` is False (say, for a command-line export while the app may be running), which
    raises StoreCorruptError instead. Every open checks the header, size and schema; `verify`
    True adds SQLite's quick_check of every page, None does so only when the size looks wrong
    or damage was met in use last time, False never.
    `migrations` is for tests; `clock` stamps backup and set-aside names (UTC now by default).
    The connection belongs to the calling thread; work elsewhere (a CSV export in a worker)
    should open its own, e.g. `export_history_csv(db.path, ...)`.
    """
    if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
        raise ValueError(f"unknown synchronous setting {synchronous!r}")
    path = history_path(data_dir)
    now = clock or (lambda: datetime.now(UTC))
    latest = migrations[-1].version

    def damaged(damage: _Damaged) -> Database:
        if not recover:
            raise StoreCorruptError(translate("store.db", "The history file {path} is damaged ({damage}).",
                                              "damage: what was wrong with it").format(path=path, damage=damage),
                                    path) from damage
        return _recover(path, str(damage), migrations, synchronous, now)

    try:
        version, suspect = _probe(path) if path.exists() else (None, False)
    except _Damaged as damage:
        return damaged(damage)
    except OSError as exc:
        raise from_os(exc, path) from exc
    if version is not None and version > latest:
        raise StoreTooNewError(path, version, latest)  # before anything could write to it
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # An unnamed temporary file proves the folder is writable without leaving anything behind;
        # SQLite would otherwise say only "unable to open database file".
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        raise from_os(exc, path) from exc
    try:
        return _open_and_migrate(path, migrations, synchronous, now, True if suspect else verify)
    except _Damaged as damage:
        return damaged(damage)


def _probe(path: Path) -> tuple[int | None, bool]:
    """The file's user_version (None for an empty file), read without writing a byte, and
    whether its size looks wrong. Raises _Damaged for a file that is plainly not a database.
    """
    size = path.stat().st_size
    if size == 0:
        return None, False  # SQLite treats an empty file as a new database
    with open(path, "rb") as f:
        header = f.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise _Damaged(translate("store.db", "not a SQLite database", "what is wrong with a damaged history file"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _Damaged(translate("store.db", "its header is invalid", "what is wrong with a damaged history file"))
    pages = int.from_bytes(header[28:32], "big")
    # The header's page count is trusted only when its change counter says it is current. Even
    # then a short file only raises suspicion: another process (a command-line export beside the
    # running app) may be mid-checkpoint, so SQLite, reading under its locks, has the last word.
    counted = pages and header[24:28] == header[92:96]
    suspect = bool(size % page_size or (counted and size < pages * page_size))
    version = int.from_bytes(header[60:64], "big", signed=True)
    if any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal")):
        # After a crash, committed changes (maybe a newer version's upgrade) can sit in the
        # -wal file, which the header doesn't show. Reading them needs SQLite to write an index,
        # so look at a copy rather than the user's files.
        version = _probe_copy(path, version)
    return version, suspect


def _probe_copy(path: Path, fallback: int) -> int:
    """user_version as SQLite sees it with the -wal applied, read from a copy; `fallback` if it can't."""
    try:
        with tempfile.TemporaryDirectory(prefix="rehab-desktop-probe-") as tmp:
            copy = Path(tmp) / path.name
            shutil.copyfile(path, copy)
            for suffix in ("-wal", "-journal"):
                side = Path(f"{path}{suffix}")
                if side.exists():
                    shutil.copyfile(side, f"{copy}{suffix}")
            conn = sqlite3.connect(copy, isolation_level=None)
            try:
                return conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
    except (OSError, sqlite3.Error):
        # A copy taken while another process writes may be torn: never judge damage from it.
        return fallback


def connect_read_only(path: str | os.PathLike[str], **kwargs) -> sqlite3.Connection:
    """A connection that can only read the SQLite file at `path` (never creating it), for a thread or a
    copy of its own. The path goes in as a file: URI with its characters escaped, so a folder named
    like "Physio #2" or "50% done" opens the right file. `kwargs` go to sqlite3.connect."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True, **kwargs)


def _connect(path: Path, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL in WAL mode syncs the log at every commit: a completed set survives a power cut,
        # not only a killed process, and at one commit per set the cost is invisible.
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_size_limit = 4194304")  # don't leave a huge -wal behind
    except BaseException:
        conn.close()
        raise
    return conn


def _open_and_migrate(path: Path, migrations: tuple[Migration, ...], synchronous: str,
                      now: Callable[[], datetime], verify: bool | None = False) -> Database:
    mark = Path(f"{path}{DAMAGE_MARK}")
    if verify is None:
        verify = mark.exists()
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = _connect(path, synchronous)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise _Damaged(str(exc)) from exc
        raise from_sqlite(exc, path) from exc
    try:
        version, objects = _check(conn, verify and existed)
        if verify:
            mark.unlink(missing_ok=True)
        latest = migrations[-1].version
        if version > latest:  # only reachable if another process upgraded it meanwhile
            raise StoreTooNewError(path, version, latest)
        backup = None
        if version < latest:
            if version > 0:
                backup = _backup(conn, path, version, now())
            elif objects:
                raise _Damaged(translate("store.db", "it is not a rehab-desktop history file",
                                         "what is wrong with a damaged history file"))
            _migrate(conn, path, version, migrations, backup)
        return Database(conn, path, backup_path=backup, migrated_from=version if version < latest else None)
    except sqlite3.Error as exc:
        conn.close()
        raise from_sqlite(exc, path) from exc
    except BaseException:
        conn.close()
        raise


def _migrate(conn: sqlite3.Connection, path: Path, version: int, migrations: tuple[Migration, ...],
             backup: Path | None) -> None:
    try:
        apply_migrations(conn, version, migrations)
    except Exception as exc:
        if isinstance(exc, sqlite3.Error):
            error = from_sqlite(exc, path)
            if type(error) is not StoreError and not isinstance(error, StoreCorruptError):
                raise error from exc  # the disk or folder, not the migration, is at fault
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if backup:
            text = translate("store.db", "Upgrading the history file {path} failed ({reason}); it was left at version "
                             "{version}. A copy from before the upgrade is in {backup}.",
                             "reason: what the system reported; backup: a file")
        else:
            text = translate("store.db", "Upgrading the history file {path} failed ({reason}); it was left at version "
                             "{version}.", "reason: what the system reported")
        raise MigrationError(text.format(path=path, reason=exc, version=version, backup=backup), path) from exc


def _check(conn: sqlite3.Connection, verify: bool) -> tuple[int, int]:
    """The schema version and object count (reading the schema), after quick_check if `verify`."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if verify and objects:
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise _Damaged(problem)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise _Damaged(str(exc)) from exc
        raise
    return version, objects


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", *_SIDE_FILES)):
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def _backup(conn: sqlite3.Connection, path: Path, version: int, moment: datetime) -> Path:
    """Copy the database with SQLite's backup API (consistent, includes the -wal) before upgrading."""
    folder = path.parent / BACKUP_DIR
    target = _free_name(folder, f"{path.stem}-v{version}-{_stamp(moment)}", path.suffix)
    try:
        folder.mkdir(exist_ok=True)
        dest = sqlite3.connect(target)
        try:
            conn.backup(dest)
        finally:
            dest.close()
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        error = from_os(exc, path) if isinstance(exc, OSError) else from_sqlite(exc, path)
        raise type(error)(translate("store.db", "Couldn't back up the history before upgrading it, so it was not "
                                    "upgraded. {reason}", "reason: the error's own sentence").format(
            reason=error.message), path) from exc
    return target


def _recover(path: Path, damage: str, migrations: tuple[Migration, ...], synchronous: str,
             now: Callable[[], datetime]) -> Database:
    """Move the damaged file (and its -wal/-shm/-journal, keeping their pairing) aside; start afresh."""
    kept = _free_name(path.parent, f"{path.stem}-damaged-{_stamp(now())}", path.suffix)
    try:
        for suffix in _SIDE_FILES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, f"{kept}{suffix}")
        os.replace(path, kept)
        Path(f"{path}{DAMAGE_MARK}").unlink(missing_ok=True)
    except OSError as exc:
        raise from_os(exc, path) from exc
    try:
        db = _open_and_migrate(path, migrations, synchronous, now)
    except _Damaged as again:  # a fresh file can't be damaged; don't loop if it somehow is
        raise StoreError(translate("store.db", "A new history file {path} could not be created ({reason}).",
                                   "reason: what was wrong").format(path=path, reason=again), path) from again
    db.recovered_from, db.damage = kept, damage
    return db
