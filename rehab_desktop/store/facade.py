"""The store as the app uses it: one object over the history file (sessions, plans, statistics,
backups, pending writes), and the record of what a write changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_desktop.store.db import Database
from rehab_desktop.store.history import HistoryRepo

if TYPE_CHECKING:
    from rehab_desktop.store.own_exercises import OwnExerciseRepo
    from rehab_desktop.store.plans import PlanRepo
    from rehab_desktop.store.self_checks import SelfCheckRepo
    from rehab_desktop.store.stats_queries import HistoryStats
    from rehab_desktop.store.suggestions import SuggestionRepo


@dataclass(frozen=True)
class Change:
    """What a write changed, so each view reloads only what it shows."""

    sessions: frozenset[int] = frozenset()  # sessions written (a set, a note, a deletion or its undo)
    plan: bool = False  # the weekly plan was saved
    exercises: bool = False  # the user's own exercises were added, changed or removed (the library is updated)
    self_checks: bool = False  # a self-check result was entered, changed or removed
    everything: bool = False  # the whole history was replaced (restored from a backup)

    @classmethod
    def of_sessions(cls, *ids: int) -> Change:
        return cls(sessions=frozenset(ids))

    @property
    def history(self) -> bool:
        """Sessions (or everything) changed: figures, calendars and lists that show them are stale."""
        return bool(self.sessions) or self.everything


class Store:
    """Every repository over one open history file; built once by the composition root."""

    def __init__(self, db: Database, tz: tzinfo | None = None):
        self.db = db
        self.tz = tz  # the zone whose calendar days sessions and checks are filed under (None: the computer's)
        self.history = HistoryRepo(db, tz=tz)

    # Plans and statistics are first needed when their page opens, not at start-up.
    @cached_property
    def plans(self) -> PlanRepo:
        from rehab_desktop.store.plans import PlanRepo

        return PlanRepo(self.db)

    @cached_property
    def exercises(self) -> OwnExerciseRepo:
        from rehab_desktop.store.own_exercises import OwnExerciseRepo

        return OwnExerciseRepo(self.db)

    @cached_property
    def stats(self) -> HistoryStats:
        from rehab_desktop.store.stats_queries import HistoryStats

        return HistoryStats(self.db)

    @cached_property
    def self_checks(self) -> SelfCheckRepo:
        from rehab_desktop.store.self_checks import SelfCheckRepo

        return SelfCheckRepo(self.db, self.tz)

    @cached_property
    def suggestions(self) -> SuggestionRepo:
        from rehab_desktop.store.suggestions import SuggestionRepo

        return SuggestionRepo(self.db)

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    @property
    def pending_count(self) -> int:
        """Records the disk refused, kept in memory for the next successful write."""
        return self.history.pending_count

    def save_pending(self) -> int:
        return self.history.save_pending()

    def back_up(self, folder: str | Path | None = None) -> Path:
        """A copy of the history in `folder` (None: the data folder's backups/); raises StoreError."""
        from rehab_desktop.store.backup import back_up

        return back_up(self.db, folder=folder)

    def auto_back_up(self, folder: str | Path | None, now: datetime, keep: int) -> Path | None:
        """The weekly backup into `folder` when one is due, keeping the newest `keep`; raises StoreError.
        It reads the file on a connection of its own, so any thread may call it."""
        from rehab_desktop.store.backup import auto_back_up_file

        return auto_back_up_file(self.db.path, folder, now, keep)

    def restore(self, path: str | Path) -> Path:
        """Replace the history with the backup at `path`; returns where the old history was kept."""
        from rehab_desktop.store.backup import restore

        return restore(self.db, path)

    def close(self) -> None:
        self.db.close()
