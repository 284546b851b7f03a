"""Store failures as exceptions whose message a person can read in the status bar."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from rehab_desktop.core.i18n import translate

# Primary SQLite result codes (the low byte of extended codes).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


class StoreError(Exception):
    """The history could not be read or written; `message` is fit to show the user."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.pending = 0  # records kept in memory for a retry, when the failed call keeps them

    def with_pending(self, count: int) -> StoreError:
        """Say in the message that `count` records wait in memory for the next save."""
        self.pending = count
        if count:
            self.message = translate("store.errors", "{message} %n unsaved record(s) kept; they will be saved at the "
                                     "next attempt.", "message: the error's own sentence", count).format(
                message=self.message)
            self.args = (self.message,)
        return self


class StoreReadOnlyError(StoreError):
    """The data folder or the file cannot be written."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full."""


class StoreUnavailableError(StoreError):
    """The file cannot be opened, is busy, or the disk reported an I/O error."""


class StoreCorruptError(StoreError):
    """Damage was found in the file while it was in use."""


class StoreTooNewError(StoreError):
    """The file was written by a newer version of the app; it was left untouched."""

    def __init__(self, path: Path, file_version: int, app_version: int):
        super().__init__(
            translate("store.errors", "The history file {path} was written by a newer version of rehab-desktop "
                      "(schema version {file_version}; this version knows up to {app_version}). It has not been "
                      "changed. Update rehab-desktop, or use a different data folder.").format(
                path=path, file_version=file_version, app_version=app_version),
            path,
        )
        self.file_version = file_version
        self.app_version = app_version


class MigrationError(StoreError):
    """Upgrading the file's schema failed; the file keeps its old version."""


class SessionNotFoundError(StoreError, LookupError):
    """No session has the given id (it may have been deleted)."""


def sqlite_code(exc: sqlite3.Error) -> int | None:
    """The primary SQLite result code of `exc`, or None when it carries none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether `exc` says the file is not a database or is malformed."""
    code = sqlite_code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def from_sqlite(exc: sqlite3.Error, path: Path) -> StoreError:
    """Translate a sqlite3 error into the StoreError subclass a person can act on."""
    code = sqlite_code(exc)
    text = str(exc).lower()
    folder = path.parent
    # Messages are matched too: errors raised by mocks or older Pythons carry no code.
    if code == _SQLITE_FULL or "disk is full" in text:
        return StoreFullError(translate(
            "store.errors", "Can't save to the history: the disk holding {folder} is full. Free some space.").format(
            folder=folder), path)
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return StoreReadOnlyError(translate(
            "store.errors", "Can't save to the history: {folder} (or the file {file} in it) is read-only.").format(
            folder=folder, file=path.name), path)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text:
        return StoreUnavailableError(translate(
            "store.errors", "The history file {path} is in use by another program; try again in a moment.").format(
            path=path), path)
    if is_damage(exc):
        return StoreCorruptError(translate(
            "store.errors", "The history file {path} is damaged ({reason}). Restart rehab-desktop to set it aside "
            "and start a fresh history.", "reason: what the system reported").format(path=path, reason=exc), path)
    if code == _SQLITE_CANTOPEN or "unable to open" in text:
        return StoreUnavailableError(translate("store.errors", "Can't open the history file {path} ({reason}).",
                                               "reason: what the system reported").format(path=path, reason=exc), path)
    if code == _SQLITE_IOERR or "disk i/o" in text:
        return StoreUnavailableError(translate("store.errors",
                                               "The disk reported an error reading or writing {path} ({reason}).",
                                               "reason: what the system reported").format(path=path, reason=exc), path)
    return StoreError(translate("store.errors", "The history file {path} could not be used ({reason}).",
                                "reason: what the system reported").format(path=path, reason=exc), path)


def from_os(exc: OSError, path: Path) -> StoreError:
    """Translate a file-system error met while preparing the store."""
    where = exc.filename or path
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreFullError(translate("store.errors", "Can't save to the history: the disk holding {folder} is "
                                        "full.").format(folder=where), path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreReadOnlyError(translate("store.errors", "Can't save to the history: {folder} is read-only.").format(
            folder=where), path)
    return StoreUnavailableError(translate("store.errors", "Can't use the history folder {folder} ({reason}).",
                                           "reason: what the system reported").format(
        folder=where, reason=exc.strerror or exc), path)
