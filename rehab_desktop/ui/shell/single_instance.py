"""One running app per data folder: a lock file beside the data, and a local socket to raise it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

LOCK_NAME = "rehab-desktop.lock"


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and data folder (the folder path may be long or odd)."""
    try:  # CPython's own SHA-1: hashlib's would map OpenSSL's libcrypto (3 MiB) for this one name
        from _sha1 import sha1
    except ImportError:
        from hashlib import sha1
    digest = sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    uid = os.getuid() if hasattr(os, "getuid") else os.getlogin()
    return f"rehab-desktop-{uid}-{digest}"


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
        self.server = None  # QLocalServer, started by listen()

    def acquire(self) -> bool:
        """True when this process is the one running for the folder (it then listens for others)."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # a folder we cannot write: no lock possible, and the store will say why
        # Another copy holds the lock: False. A permission problem: run, the store reports the folder.
        return self.lock.tryLock(100) or self.lock.error() != QLockFile.LockError.LockFailedError

    def listen(self) -> None:
        """Start answering later launches (called after the first paint: QtNetwork takes time to load)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a crashed instance's socket file would block listen()
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(name)

    def _on_connection(self) -> None:
        conn = self.server.nextPendingConnection()
        request = b""
        if conn is not None:
            # The other launch writes its one line as soon as it is connected.
            if conn.bytesAvailable() or conn.waitForReadyRead(500):
                request = bytes(conn.readLine().data()).strip()
            conn.disconnectFromServer()
            conn.deleteLater()
        self.activation_requested.emit()
        if request == b"today":
            self.today_requested.emit()

    def ask_running_instance_to_show(self, timeout_ms: int = 2000, today: bool = False) -> bool:
        """From a second launch: ask the first to come to the front (with `today`, on today's session);
        False if it did not answer."""
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(server_name(self.data_dir))
        ok = sock.waitForConnected(timeout_ms)
        if ok:
            sock.write(b"today\n" if today else b"show\n")
            sock.waitForBytesWritten(timeout_ms)
            sock.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
