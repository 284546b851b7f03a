"""Qt-free persistence: the history database, its migrations, repositories and CSV export.

Everything outside the store imports from here, never from the modules inside (a test checks).
"""

from rehab_desktop.store.db import Database, open_database
from rehab_desktop.store.errors import (
    MigrationError,
    SessionNotFoundError,
    StoreCorruptError,
    StoreError,
    StoreFullError,
    StoreReadOnlyError,
    StoreTooNewError,
    StoreUnavailableError,
)
from rehab_desktop.store.facade import Change, Store
from rehab_desktop.store.history import HistoryRepo
from rehab_desktop.store.migrations import LATEST_VERSION
from rehab_desktop.store.models import (
    DeletedSession,
    ExerciseInSession,
    PainAction,
    PainFlag,
    SessionDetail,
    SessionState,
    SessionSummary,
)

# Exports and plans are loaded on first use (PEP 562): the window's start-up needs neither.
_LAZY = {
    "CSV_COLUMNS": "export", "export_history_csv": "export",
    "PlanRepo": "plans", "OwnExerciseRepo": "own_exercises",
    "OutputError": "output", "open_output": "output", "is_stdout": "output", "stdout_is_terminal": "output",
    "DayPain": "stats_queries", "HistoryStats": "stats_queries",
    "PainMeans": "summary", "TherapistSummary": "summary", "build_summary": "summary",
    "month_bounds": "times",
    "ReminderLog": "reminder_log",
    "SuggestionRepo": "suggestions",
    "SelfCheckRepo": "self_checks", "export_self_checks_csv": "self_checks", "self_check_rows": "self_checks",
    "DoseSteps": "dose_steps", "read_dose_steps": "dose_steps",
    "BackupFile": "backup", "default_backup_folder": "backup", "list_backups": "backup",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"rehab_desktop.store.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rehab_desktop.store' has no attribute {name!r}")

__all__ = [
    "BackupFile", "default_backup_folder", "list_backups",
    "DoseSteps", "read_dose_steps",
    "CSV_COLUMNS", "LATEST_VERSION", "Change", "Database", "DayPain", "DeletedSession", "ExerciseInSession",
    "HistoryRepo", "HistoryStats", "MigrationError", "OutputError", "OwnExerciseRepo",
    "PainAction", "PainFlag", "PainMeans", "PlanRepo", "ReminderLog", "SelfCheckRepo", "SuggestionRepo",
    "export_self_checks_csv", "self_check_rows",
    "SessionDetail", "SessionNotFoundError", "SessionState", "SessionSummary", "Store", "StoreCorruptError",
    "StoreError", "StoreFullError", "StoreReadOnlyError", "StoreTooNewError", "StoreUnavailableError",
    "TherapistSummary", "build_summary", "export_history_csv", "is_stdout", "month_bounds", "open_database",
    "open_output", "stdout_is_terminal",
]
