"""One running app per data folder: a lock file beside the data, and request files to raise it.

A later launch finds the lock held and drops a one-line request file ("show" or "today") into the
data folder; the running app watches the folder (inotify on Linux: no timer, no thread), answers by
deleting the file, and comes to the front. No sockets: the network module and the Kerberos and TLS
libraries it links stay out of the running app (about 3 MiB).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK_NAME = "rehab-desktop.lock"
REQUEST_PREFIX = "rehab-desktop-request-"  # + the asking process's id; the line is "show" or "today"
STALE_REQUEST_S = 30.0  # a request older than this was left by a launch that gave up: removed unread


class SingleInstance(QObject):
    """Holds the data folder's lock; tells the first instance to come forward when a second starts."""

    activation_requested = Signal()
    today_requested = Signal()  # a later launch asked for today's session (--today, a reminder's Start now)

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # A lock left by a crashed process is stale as soon as that process is gone; Qt checks the
        # process id (and host), so there is no need to wait for an age.
        self.lock.setStaleLockTime(0)
        self.watcher: QFileSystemWatcher | None = None  # started by listen()

    def acquire(self) -> bool:
        """True when this process is the one running for the folder (it then listens for others)."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # a folder we cannot write: no lock possible, and the store will say why
        # Another copy holds the lock: False. A permission problem: run, the store reports the folder.
        return self.lock.tryLock(100) or self.lock.error() != QLockFile.LockError.LockFailedError

    def listen(self) -> None:
        """Start answering later launches (called after the first paint), and answer any that asked
        while this one was starting."""
        if self.watcher is not None or not self.lock.isLocked():
            return
        self.watcher = QFileSystemWatcher([str(self.data_dir)], self)
        self.watcher.directoryChanged.connect(self._answer)
        self._answer()

    def _answer(self, _path: str = "") -> None:
        now = time.time()
        try:
            requests = [p for p in self.data_dir.iterdir() if p.name.startswith(REQUEST_PREFIX)]
        except OSError:
            return
        for path in requests:
            try:
                fresh = now - path.stat().st_mtime < STALE_REQUEST_S
                line = path.read_text(encoding="utf-8").strip() if fresh else ""
                path.unlink()  # the answer: the asking launch sees its file gone
            except OSError:
                continue  # being written (it appears whole, by rename) or already answered
            if not fresh:
                continue
            self.activation_requested.emit()
            if line == "today":
                self.today_requested.emit()

    def ask_running_instance_to_show(self, timeout_ms: int = 2000, today: bool = False) -> bool:
        """From a second launch: ask the first to come to the front (with `today`, on today's session);
        False if it did not answer."""
        request = self.data_dir / f"{REQUEST_PREFIX}{os.getpid()}"
        partial = self.data_dir / f".rehab-desktop-asking-{os.getpid()}"  # not a request until renamed
        try:
            partial.write_text("today\n" if today else "show\n", encoding="utf-8")
            os.replace(partial, request)  # whole or not at all: the first never reads half a line
        except OSError:
            return False
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            if not request.exists():
                return True
            time.sleep(0.02)
        try:
            request.unlink()  # no answer: take the request back, so it does not act later
        except OSError:
            return True  # it was answered just now
        return False

    def release(self) -> None:
        if self.watcher is not None:
            self.watcher.removePaths(self.watcher.directories())
        self.lock.unlock()
