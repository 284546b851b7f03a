"""What has been reminded (core.reminders.ReminderState), in `reminders.json` beside the history.

The open app and the background checker may look at the same minute: every decision is taken under one
lock on `reminders.lock`, reading and writing the state inside it, so one of them shows a slot and the
other finds it handled. The file is small and rewritten whole (a temporary file, then a rename), and a
damaged one counts as no reminders yet: at worst one reminder comes again."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from rehab_desktop.core.reminders import ReminderState

STATE_FILE = "reminders.json"
LOCK_FILE = "reminders.lock"
T = TypeVar("T")


class ReminderLog:
    def __init__(self, data_dir: str | os.PathLike[str]):
        self.folder = Path(data_dir)
        self.path = self.folder / STATE_FILE

    def read(self) -> ReminderState:
        try:
            return ReminderState.from_json(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ReminderState()

    def update(self, decide: Callable[[ReminderState], tuple[ReminderState, T]]) -> T:
        """Run `decide(state) -> (new state, result)` under the lock, save the new state if it changed, and
        return the result. A folder that cannot be written still decides (nothing is remembered)."""
        with self._locked():
            state = self.read()
            new, result = decide(state)
            if new != state:
                self._write(new)
            return result

    def _write(self, state: ReminderState) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(state.to_json())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / LOCK_FILE, "a+b")  # noqa: SIM115 (closed by the with below)
        except OSError:
            yield
            return
        with handle:
            _lock(handle)
            try:
                yield
            finally:
                _unlock(handle)


if sys.platform == "win32":  # pragma: no cover - the lock on Windows
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
