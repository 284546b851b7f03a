"""Qt-free persistence: the history database, its migrations, repositories and CSV export."""

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
from rehab_desktop.store.export import CSV_COLUMNS, export_history_csv
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
from rehab_desktop.store.plans import PlanRepo

__all__ = [
    "CSV_COLUMNS", "LATEST_VERSION", "Database", "DeletedSession", "ExerciseInSession", "HistoryRepo",
    "MigrationError", "PainAction", "PainFlag", "PlanRepo", "SessionDetail", "SessionNotFoundError", "SessionState",
    "SessionSummary", "StoreCorruptError", "StoreError", "StoreFullError", "StoreReadOnlyError",
    "StoreTooNewError", "StoreUnavailableError", "export_history_csv", "open_database",
]
