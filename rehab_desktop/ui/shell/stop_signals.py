"""Ctrl+C in the terminal, `kill` and a closed terminal stop the window the way a user would want:
at once, without questions, keeping an open session to resume next time.

Python runs its signal handlers only between bytecodes, and Qt's event loop runs in C++, so a
signal alone would wait for the next mouse move. The handler's wake-up byte goes to a pipe that a
QSocketNotifier watches, which wakes the loop at once (the recipe Qt's own documentation gives for
Unix signals). Windows takes only a socket there; the socket module is imported for it alone.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = tuple(s for s in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None)


class StopSignals(QObject):
    """Calls `stop(exit_code)` (128 + the signal's number) on the window's thread when one arrives."""

    def __init__(self, stop: Callable[[int], None], parent: QObject | None = None):
        super().__init__(parent)
        self._stop = stop
        self._reader, self._writer = _wake_pair()
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._handle) for s in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._signum: int | None = None
        self._stopping = False

    def _handle(self, signum: int, _frame) -> None:
        # Only note it: a Python handler runs between any two bytecodes, even halfway through an
        # import, so the stopping itself waits for the event loop (_drain, woken by the byte).
        if self._signum is None:
            self._signum = signum

    def _drain(self) -> None:
        """Python code runs here, so the handler above has just run; read the wake-up bytes and stop."""
        try:
            while _read(self._reader):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        if self._signum is not None and not self._stopping:
            self._stopping = True
            self._stop(128 + self._signum)

    def uninstall(self) -> None:
        """Give the signals back (a second Ctrl+C while Python winds down then stops it as usual)."""
        self._notifier.setEnabled(False)
        for s, previous in self._previous.items():
            signal.signal(s, previous if previous is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        for end in (self._reader, self._writer):
            _close(end)


if os.name == "nt":
    import socket

    _sockets: dict[int, socket.socket] = {}

    def _wake_pair() -> tuple[int, int]:
        pair = socket.socketpair()
        for end in pair:
            end.setblocking(False)
            _sockets[end.fileno()] = end
        return pair[0].fileno(), pair[1].fileno()

    def _read(fd: int) -> bytes:
        return _sockets[fd].recv(64)

    def _close(fd: int) -> None:
        _sockets.pop(fd).close()
else:
    def _wake_pair() -> tuple[int, int]:
        return os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)

    def _read(fd: int) -> bytes:
        return os.read(fd, 64)

    _close = os.close
