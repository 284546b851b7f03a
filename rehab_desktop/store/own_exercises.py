"""The user's own exercises in the history file: kept as core.own_exercises' dicts (JSON).

A removed exercise that the history names is hidden, not deleted, so past sessions still read
with its name; one that was never done, and is in no plan version, is deleted outright.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.own_exercises import OwnExerciseError, exercise_from_dict, exercise_to_dict
from rehab_desktop.store.db import Database
from rehab_desktop.store.errors import StoreError
from rehab_desktop.store.times import to_utc_text


class OwnExerciseRepo:
    """Read and write own exercises; `load_into(library)` puts them in the app's one library."""

    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None):
        self._db = db
        self._now = clock or (lambda: datetime.now(UTC))

    def load(self, library: Library) -> list[Exercise]:
        """Every own exercise (hidden ones too), in the order they were added.

        A row that no longer reads (a newer app wrote a field this one does not know) raises a
        StoreError naming the exercise and the field, rather than being dropped without a word.
        """
        with self._db.reading() as conn:
            rows = conn.execute("SELECT id, definition, hidden FROM own_exercises ORDER BY created_at, id").fetchall()
        if not rows:
            return []
        import json  # here and in write_own(): a history with no exercises of one's own never needs it

        out = []
        for ex_id, text, hidden in rows:
            try:
                ex = exercise_from_dict(json.loads(text), library.groups, where=f"own exercise '{ex_id}'")
            except (ValueError, OwnExerciseError) as exc:
                raise StoreError(translate("store.own_exercises", "Your own exercise '{id}' in {path} cannot be read: "
                                           "{reason}", "id: the exercise's id; reason: what is wrong with it").format(
                    id=ex_id, path=self._db.path, reason=exc)) from exc
            out.append(_with(ex, hidden=bool(hidden)))
        return out

    def load_into(self, library: Library) -> None:
        library.set_own(self.load(library))

    def save(self, exercise: Exercise) -> None:
        """Add `exercise`, or replace the one with its id (showing it again if it was hidden)."""
        with self._db.transaction() as conn:
            write_own(conn, exercise, self._now())

    def is_used(self, exercise_id: str) -> bool:
        """Whether any session or any plan version names the exercise."""
        with self._db.reading() as conn:
            return _used(conn, exercise_id)

    def remove(self, exercise_id: str) -> str:
        """Remove an own exercise: 'hidden' when history or a plan names it, else 'deleted'."""
        with self._db.transaction() as conn:
            if _used(conn, exercise_id):
                conn.execute("UPDATE own_exercises SET hidden = 1, updated_at = ? WHERE id = ?",
                             (to_utc_text(self._now()), exercise_id))
                return "hidden"
            conn.execute("DELETE FROM own_exercises WHERE id = ?", (exercise_id,))
            return "deleted"


def write_own(conn: sqlite3.Connection, exercise: Exercise, now: datetime) -> None:
    """Add or replace one own exercise inside the caller's transaction."""
    if not exercise.own:
        raise ValueError(f"'{exercise.id}' is a built-in exercise: copy it to change it")
    import json

    text = json.dumps(exercise_to_dict(exercise), ensure_ascii=False, sort_keys=True)
    stamp = to_utc_text(now)
    conn.execute("INSERT INTO own_exercises (id, definition, hidden, created_at, updated_at)"
                 " VALUES (?, ?, 0, ?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition,"
                 " hidden = 0, updated_at = excluded.updated_at", (exercise.id, text, stamp, stamp))


def _used(conn: sqlite3.Connection, exercise_id: str) -> bool:
    return any(conn.execute(f"SELECT 1 FROM {table} WHERE exercise_id = ? LIMIT 1", (exercise_id,)).fetchone()
               for table in ("sets", "session_exercises", "plan_exercises"))


def _with(ex: Exercise, **changes) -> Exercise:
    from dataclasses import replace

    return replace(ex, **changes)
