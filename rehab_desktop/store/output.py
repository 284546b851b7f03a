"""Writing a file the user chose (an export): standard output, write-through for devices, atomic otherwise.

Every export goes through `open_output`, so the rules hold everywhere:
- `-` streams to standard output;
- a target that exists and is not a regular file (a FIFO, a character device such as
  /dev/null, a terminal, /dev/stdout) is written through, as `cp` would, never replaced;
- a symlink is followed: the file it points to is written and the link stays a link;
- a new or regular file is written beside itself and renamed over the old one when complete,
  so a failed export never leaves half a file where a good one was. An existing file keeps
  its permission bits.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from rehab_desktop.core.i18n import translate

STDOUT = "-"


class OutputError(Exception):
    """A user-chosen file could not be written; `message` names it and is fit to show."""

    def __init__(self, message: str, target: str = ""):
        super().__init__(message)
        self.message = message
        self.target = target


def is_stdout(target: str | os.PathLike[str]) -> bool:
    return os.fspath(target) == STDOUT


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (where a binary file such as a PDF makes no sense)."""
    try:
        return os.isatty(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return False


def describe_failure(target: str | os.PathLike[str], exc: OSError) -> str:
    """A sentence naming `target` and what went wrong writing it."""
    name = "standard output" if is_stdout(target) else os.fspath(target)  # the former only on the command line
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return translate("store.output", "Can't write {file}: the disk is full.").format(file=name)
    if code == errno.EROFS:
        return translate("store.output", "Can't write {file}: the disk or folder is read-only.").format(file=name)
    if code in (errno.EACCES, errno.EPERM):
        return translate("store.output", "Can't write {file}: permission denied.").format(file=name)
    if code == errno.EISDIR:
        return _is_folder(name)
    if code in (errno.ENOENT, errno.ENOTDIR):
        return translate("store.output", "Can't write {file}: the folder {folder} does not exist.").format(
            file=name, folder=Path(name).parent)
    return translate("store.output", "Can't write {file}: {reason}.", "reason: what the system reported").format(
        file=name, reason=exc.strerror or exc)


def _is_folder(name: str | os.PathLike[str]) -> str:
    return translate("store.output", "Can't write {file}: it is a folder. Choose a file name.").format(file=name)


def _kind(target: Path) -> tuple[str, os.stat_result | None]:
    """'new', 'regular', 'folder' or 'special' (written through), with the stat of what it names."""
    try:
        st = os.stat(target)  # follows symlinks
    except (FileNotFoundError, NotADirectoryError):
        return "new", None  # creating it says why when the folder is missing
    except OSError as exc:
        raise OutputError(describe_failure(target, exc), os.fspath(target)) from exc
    if stat.S_ISDIR(st.st_mode):
        return "folder", st
    return ("regular" if stat.S_ISREG(st.st_mode) else "special"), st


def _replace_target(target: Path, st: os.stat_result | None) -> Path | None:
    """The path to rename a finished temporary file onto, or None to write `target` through.

    A symlink (or a chain of them) is resolved, so the file it points to is replaced and the link
    stays. A "magic" link such as /dev/stdout -> /proc/self/fd/1 -> a file resolves to a name
    that may not be the same file (deleted, or renamed since it was opened): then write through.
    """
    if not target.is_symlink():
        return target
    real = Path(os.path.realpath(target))
    if st is None:  # a dangling link: create the file it names
        return real
    try:
        rst = os.stat(real)
    except OSError:
        return None
    return real if (rst.st_dev, rst.st_ino) == (st.st_dev, st.st_ino) else None


@contextmanager
def open_output(target: str | os.PathLike[str], *, encoding: str | None = None) -> Iterator[IO]:
    """Open `target` for writing as the module note says; text with `encoding`, else binary.

    The file is complete when the `with` block ends without an exception; an exception leaves
    any existing file as it was. Text mode writes line ends as given (newline=""). Raises
    OutputError (with a message naming the target) for anything the file system refuses.
    """
    if is_stdout(target):
        sys.stdout.flush()
        yield from _wrapped(sys.stdout.buffer, encoding, target, close=False)
        return
    path = Path(os.fspath(target)).expanduser()
    kind, st = _kind(path)
    if kind == "folder":
        raise OutputError(_is_folder(target), os.fspath(target))
    final = None if kind == "special" else _replace_target(path, st)
    if final is None:  # write through: a FIFO, a device, or a magic link
        try:
            f = open(path, "wb")  # noqa: SIM115 - closed by _wrapped
        except OSError as exc:
            raise OutputError(describe_failure(target, exc), os.fspath(target)) from exc
        yield from _wrapped(f, encoding, target, close=True)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    except OSError as exc:
        raise OutputError(describe_failure(target, exc), os.fspath(target)) from exc
    done = False
    try:
        with os.fdopen(fd, "wb") as f:
            yield from _wrapped(f, encoding, target, close=False, sync=True)
        if st is not None:
            mode = stat.S_IMODE(st.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # mkstemp's 0600 would surprise: behave like a new file
        try:
            os.chmod(tmp, mode)
            os.replace(tmp, final)
        except OSError as exc:
            raise OutputError(describe_failure(target, exc), os.fspath(target)) from exc
        done = True
    finally:
        if not done:
            Path(tmp).unlink(missing_ok=True)


def _wrapped(raw: IO[bytes], encoding: str | None, target, *, close: bool, sync: bool = False) -> Iterator[IO]:
    """Yield `raw` (or a text layer over it), then flush (and fsync); OSErrors become OutputError."""
    text = io.TextIOWrapper(raw, encoding=encoding, newline="", write_through=False) if encoding else None
    try:
        try:
            yield text if text is not None else raw
            if text is not None:
                text.flush()
            raw.flush()
            if sync:
                os.fsync(raw.fileno())
        except OSError as exc:
            raise OutputError(describe_failure(target, exc), os.fspath(target)) from exc
    finally:
        if text is not None:
            with suppress(OSError, ValueError):
                text.detach()  # the caller's stream (stdout) stays open
        if close:
            with suppress(OSError):
                raw.close()
