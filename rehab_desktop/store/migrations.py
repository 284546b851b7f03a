"""The history database's schema as an ordered list of migrations; only ever append to it.

Version N of the schema is the result of applying MIGRATIONS[0..N-1] in order; the version
lives in PRAGMA user_version. Never edit a migration that has shipped: a user's file already
went through it. Add a new one instead.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

# A UTC timestamp as written by store.times.to_utc_text; checked so text order stays time order.
_TS = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9].[0-9][0-9][0-9]Z'"


@dataclass(frozen=True)
class Migration:
    """One step of the schema: statements (and optionally Python) run in one transaction."""

    version: int
    description: str
    statements: tuple[str, ...] = ()
    apply: Callable[[sqlite3.Connection], None] | None = None  # for data changes SQL can't express
    # A step that rebuilds a table (create new, copy, drop old, rename) needs foreign keys off
    # while it runs; the runner then checks PRAGMA foreign_key_check before committing.
    rebuilds_tables: bool = False


_V1 = (
    f"""
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, so an undone delete gets its id back
        started_at TEXT NOT NULL CHECK (started_at GLOB {_TS}),
        ended_at TEXT CHECK (ended_at IS NULL OR ended_at GLOB {_TS}),
        local_day TEXT NOT NULL CHECK (local_day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        utc_offset_min INTEGER NOT NULL DEFAULT 0 CHECK (utc_offset_min BETWEEN -1080 AND 1080),
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        effort INTEGER CHECK (effort BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finished'))
    )
    """,
    "CREATE INDEX sessions_by_day ON sessions (local_day, started_at)",
    # At most one open session: the next start offers to resume or close it.
    "CREATE UNIQUE INDEX sessions_one_open ON sessions (state) WHERE state = 'open'",
    f"""
    CREATE TABLE session_exercises (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
        position INTEGER NOT NULL CHECK (position >= 1),
        sets INTEGER NOT NULL CHECK (sets >= 1),
        reps INTEGER CHECK (reps >= 1),
        hold_s INTEGER CHECK (hold_s >= 0),
        resistance TEXT NOT NULL DEFAULT '',
        weight_kg REAL CHECK (weight_kg >= 0),
        started_at TEXT CHECK (started_at IS NULL OR started_at GLOB {_TS}),
        ended_at TEXT CHECK (ended_at IS NULL OR ended_at GLOB {_TS}),
        UNIQUE (session_id, exercise_id)
    )
    """,
    # Last chosen dose per exercise and per-exercise dose (resistance, weight) over time.
    "CREATE INDEX session_exercises_by_exercise ON session_exercises (exercise_id, started_at)",
    f"""
    CREATE TABLE sets (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
        movement TEXT NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('left', 'right', 'both')),
        set_number INTEGER NOT NULL CHECK (set_number >= 1),
        target_reps INTEGER CHECK (target_reps >= 0),
        achieved_reps INTEGER CHECK (achieved_reps >= 0),
        target_hold_s REAL CHECK (target_hold_s >= 0),
        achieved_hold_s REAL CHECK (achieved_hold_s >= 0),
        -- No end >= start check: a wall clock stepped back mid-set must not cost the set.
        started_at TEXT NOT NULL CHECK (started_at GLOB {_TS}),
        ended_at TEXT NOT NULL CHECK (ended_at GLOB {_TS}),
        status TEXT NOT NULL CHECK (status IN ('completed', 'skipped')),
        pain_flag INTEGER NOT NULL DEFAULT 0 CHECK (pain_flag IN (0, 1)),
        pain_rating INTEGER CHECK (pain_rating BETWEEN 0 AND 10)
    )
    """,
    # Session detail and the CSV export read a session's sets in time order without sorting.
    "CREATE INDEX sets_by_session ON sets (session_id, started_at)",
    "CREATE INDEX sets_by_exercise ON sets (exercise_id, started_at)",
    # Every press of "It hurts", also between sets; where in the session it happened, if anywhere.
    f"""
    CREATE TABLE pain_flags (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        at TEXT NOT NULL CHECK (at GLOB {_TS}),
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
        exercise_id TEXT,
        movement TEXT,
        side TEXT CHECK (side IS NULL OR side IN ('left', 'right', 'both')),
        set_number INTEGER CHECK (set_number >= 1),
        action TEXT CHECK (action IS NULL OR action IN ('stop', 'skip', 'easier', 'continue'))
    )
    """,
    "CREATE INDEX pain_flags_by_session ON pain_flags (session_id, at)",
)

_DAY = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"

_V2 = (
    # The weekly plan. One row today (the saved plan); a table rather than settings so a later
    # version can keep several plans, or past ones, without another rebuild.
    f"""
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        starts_on TEXT CHECK (starts_on IS NULL OR starts_on GLOB {_DAY}),
        notes TEXT NOT NULL DEFAULT '',
        program TEXT NOT NULL DEFAULT '',  -- the starter program it began from, '' if built by hand
        emphasis TEXT NOT NULL DEFAULT '' CHECK (emphasis IN ('', 'anterior', 'posterior')),
        updated_at TEXT NOT NULL CHECK (updated_at GLOB {_TS})
    )
    """,
    # One row per exercise on a weekday, with its dose (the same columns as session_exercises).
    # No foreign key to an exercise table: ids come from the library file and never change.
    """
    CREATE TABLE plan_exercises (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),  -- 0 Monday ... 6 Sunday
        position INTEGER NOT NULL CHECK (position >= 1),
        exercise_id TEXT NOT NULL CHECK (exercise_id <> ''),
        sets INTEGER NOT NULL CHECK (sets >= 1),
        reps INTEGER CHECK (reps >= 1),
        hold_s INTEGER CHECK (hold_s >= 0),
        resistance TEXT NOT NULL DEFAULT '',
        weight_kg REAL CHECK (weight_kg >= 0),
        UNIQUE (plan_id, weekday, position),
        UNIQUE (plan_id, weekday, exercise_id)
    )
    """,
)

_V3 = (
    # Where an open session's timer is (its routine, entry, dose, side and set), saved with each
    # change so a crash resumes there; JSON written by core.session, '' when there is none.
    "ALTER TABLE sessions ADD COLUMN position TEXT NOT NULL DEFAULT ''",
    # A session logged after the fact from the History page rather than timed.
    "ALTER TABLE sessions ADD COLUMN entered_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (entered_by_hand IN (0, 1))",
    # The dose was made easier after "It hurts"; the row holds the easier dose.
    "ALTER TABLE session_exercises ADD COLUMN eased INTEGER NOT NULL DEFAULT 0 CHECK (eased IN (0, 1))",
)

_V4 = (
    # The user's own exercises: the definition is core.own_exercises' dict as JSON (the shape of an
    # exercise in the library file). A removed one that history names stays, hidden.
    f"""
    CREATE TABLE own_exercises (
        id TEXT PRIMARY KEY CHECK (id GLOB 'own-?*'),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        created_at TEXT NOT NULL CHECK (created_at GLOB {_TS}),
        updated_at TEXT NOT NULL CHECK (updated_at GLOB {_TS})
    )
    """,
    # Plans over time: each plans row is a version, in force from its starts_on until the next
    # version's; who prescribed it, when, and where it came from (a program file's name, or '').
    "ALTER TABLE plans ADD COLUMN prescribed_by TEXT NOT NULL DEFAULT ''",
    f"ALTER TABLE plans ADD COLUMN prescribed_on TEXT CHECK (prescribed_on IS NULL OR prescribed_on GLOB {_DAY})",
    "ALTER TABLE plans ADD COLUMN source TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX plans_by_start ON plans (starts_on, id)",
    # A dose the user's therapist prescribed (it may lie outside the article's ranges), and by whom.
    "ALTER TABLE plan_exercises ADD COLUMN prescribed INTEGER NOT NULL DEFAULT 0 CHECK (prescribed IN (0, 1))",
    "ALTER TABLE plan_exercises ADD COLUMN prescribed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE session_exercises ADD COLUMN prescribed INTEGER NOT NULL DEFAULT 0 CHECK (prescribed IN (0, 1))",
    "ALTER TABLE session_exercises ADD COLUMN prescribed_by TEXT NOT NULL DEFAULT ''",
)

_V5 = (
    # What the person answered to a progression suggestion (core.suggestions): Accept, Not now or
    # Never, for an exercise (subject = its id) or the program's stage (subject = 'stage'); the
    # subject's finished sessions at that moment (Not now asks again two sessions later); and for
    # an accepted one what changed, in words, for the Steps chart's marks.
    f"""
    CREATE TABLE suggestion_answers (
        id INTEGER PRIMARY KEY,
        subject TEXT NOT NULL CHECK (subject <> ''),
        rule TEXT NOT NULL CHECK (rule <> ''),
        reply TEXT NOT NULL CHECK (reply IN ('accepted', 'later', 'never')),
        answered_at TEXT NOT NULL CHECK (answered_at GLOB {_TS}),
        local_day TEXT NOT NULL CHECK (local_day GLOB {_DAY}),
        sessions INTEGER NOT NULL CHECK (sessions >= 0),
        detail TEXT NOT NULL DEFAULT ''
    )
    """,
    "CREATE INDEX suggestion_answers_by_subject ON suggestion_answers (subject, id)",
)

_V6 = (
    # The weekly self-checks (core.self_checks): a check is taken on a local day; each result is one
    # measure on one side (or none) in one variant, written the moment it is entered. A value is in
    # the stored unit (cm, seconds, 0-10, percent); "could not do it: pain" has no value.
    f"""
    CREATE TABLE self_checks (
        id INTEGER PRIMARY KEY,
        taken_at TEXT NOT NULL CHECK (taken_at GLOB {_TS}),
        local_day TEXT NOT NULL CHECK (local_day GLOB {_DAY})
    )
    """,
    f"""
    CREATE TABLE self_check_results (
        id INTEGER PRIMARY KEY,
        check_id INTEGER NOT NULL REFERENCES self_checks (id) ON DELETE CASCADE,
        measure TEXT NOT NULL CHECK (measure <> ''),
        side TEXT NOT NULL DEFAULT '' CHECK (side IN ('', 'left', 'right')),
        variant TEXT NOT NULL DEFAULT '',
        value REAL CHECK (value IS NULL OR value >= 0),
        outcome TEXT NOT NULL CHECK (outcome IN ('measured', 'pain')),
        limit_s REAL CHECK (limit_s IS NULL OR limit_s > 0),
        entered_at TEXT NOT NULL CHECK (entered_at GLOB {_TS}),
        CHECK ((outcome = 'pain') = (value IS NULL)),
        UNIQUE (check_id, measure, side, variant)
    )
    """,
    "CREATE INDEX self_checks_by_day ON self_checks (local_day, id)",
)

_V7 = (
    # Facts about this history file itself, one row each. `install_id` is random and made once: the
    # calendar file's events are named by it (core.plan_calendar), so importing a newer file updates the
    # events an earlier one added rather than doubling them; a backup restored keeps it.
    """
    CREATE TABLE app_meta (
        key TEXT PRIMARY KEY CHECK (key <> ''),
        value TEXT NOT NULL
    )
    """,
)


def _new_install_id(conn: sqlite3.Connection) -> None:
    import uuid

    conn.execute("INSERT INTO app_meta (key, value) VALUES ('install_id', ?)", (uuid.uuid4().hex,))


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sessions, chosen doses, sets and pain flags", _V1),
    Migration(2, "the weekly plan", _V2),
    Migration(3, "the open session's position, sessions entered by hand, eased doses", _V3),
    Migration(4, "own exercises, plan versions, prescribed doses", _V4),
    Migration(5, "answers to progression suggestions", _V5),
    Migration(6, "weekly self-checks", _V6),
    Migration(7, "the file's own id (for the calendar's events)", _V7, _new_install_id),
)

LATEST_VERSION = MIGRATIONS[-1].version


def apply_migrations(conn: sqlite3.Connection, current: int,
                     migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring `conn` from version `current` to the last of `migrations`; returns the new version.

    Each step commits on its own, so a failure leaves the file at the last good version (and
    the exception propagates). `conn` must be in autocommit mode (isolation_level=None).
    """
    for i, migration in enumerate(migrations, start=1):
        if migration.version != i:
            raise ValueError(f"migration versions must run 1, 2, 3...; found {migration.version} at {i}")
    for migration in migrations[current:]:
        if migration.rebuilds_tables:
            conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction, so before BEGIN
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in migration.statements:
                conn.execute(statement)
            if migration.apply is not None:
                migration.apply(conn)
            if migration.rebuilds_tables and conn.execute("PRAGMA foreign_key_check").fetchone():
                raise sqlite3.IntegrityError(f"migration {migration.version} broke foreign keys")
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if migration.rebuilds_tables:
                conn.execute("PRAGMA foreign_keys = ON")
        current = migration.version
    return current
