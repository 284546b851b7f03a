"""The weekly automatic backup, made once the window is on screen so it never delays the first paint."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer

from rehab_desktop.store import StoreError
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService


def run_weekly_backup(prefs: PreferenceStore, service: StoreService, now: Callable[[], datetime],
                      notice: Callable[[str], None]) -> Path | None:
    """Make the automatic backup when one is due; a failure is one calm notice line, never a dialog."""
    if not service.available or not prefs.values.backup_weekly:
        return None
    v = prefs.values
    try:
        return service.store.auto_back_up(v.backup_folder or None, now(), v.backup_keep)
    except StoreError as exc:
        notice(f"The weekly backup was not made. {exc.message}")
        return None


def schedule_weekly_backup(window, prefs: PreferenceStore, service: StoreService,
                           now: Callable[[], datetime]) -> None:
    """Run it just after the window's first paint (after the sound and speech start)."""
    window.first_painted.connect(
        lambda: QTimer.singleShot(0, window, lambda: run_weekly_backup(prefs, service, now, window.show_notice)))
