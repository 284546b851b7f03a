"""The weekly automatic backup, made once the window is on screen, on a thread of its own: copying
a large history to a slow USB stick takes seconds (10 years, 56 MiB: 0.14 s to a local disk,
`benchmarks/backup_time.py`), and the window must not wait for it."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from rehab_desktop.core.i18n import translate
from rehab_desktop.store import StoreError
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService


def run_weekly_backup(prefs: PreferenceStore, service: StoreService, now: Callable[[], datetime],
                      notice: Callable[[str], None]) -> Path | None:
    """Make the automatic backup when one is due; a failure is one calm notice line, never a dialog.
    Safe on any thread (the store reads the file on a connection of its own)."""
    if not service.available or not prefs.values.backup_weekly:
        return None
    v = prefs.values
    try:
        return service.store.auto_back_up(v.backup_folder or None, now(), v.backup_keep)
    except StoreError as exc:
        notice(translate("ui.shell.weekly_backup", "The weekly backup was not made. {problem}").format(
            problem=exc.message))
        return None


class WeeklyBackup(QObject):
    """Runs `run_weekly_backup` on a worker thread; `told` brings its notice back to the window's thread."""

    told = Signal(str)
    done = Signal(object)  # the new backup's path, or None

    def __init__(self, prefs: PreferenceStore, service: StoreService, now: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self._args = (prefs, service, now)

    def start(self) -> None:
        threading.Thread(target=self._run, daemon=True, name="weekly-backup").start()

    def _run(self) -> None:
        prefs, service, now = self._args
        made = run_weekly_backup(prefs, service, now, self._tell)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            self.done.emit(made)

    def _tell(self, text: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.told.emit(text)


def schedule_weekly_backup(window, prefs: PreferenceStore, service: StoreService,
                           now: Callable[[], datetime]) -> WeeklyBackup:
    """Start it just after the window's first paint (after the sound and speech start)."""
    job = WeeklyBackup(prefs, service, now, window)
    job.told.connect(window.show_notice)
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, job.start))
    return job
