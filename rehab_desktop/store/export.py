"""CSV export of the whole history: one row per set, with its session's columns, written atomically."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from rehab_desktop.store.db import Database
from rehab_desktop.store.errors import from_os, from_sqlite

SESSION_COLUMNS = ("session_id", "session_started_at", "session_ended_at", "session_local_day", "session_state",
                   "pain_before", "pain_after", "effort", "notes")
DOSE_COLUMNS = ("exercise_id", "resistance", "weight_kg")
SET_COLUMNS = ("movement", "side", "set_number", "target_reps", "achieved_reps", "target_hold_s",
               "achieved_hold_s", "set_started_at", "set_ended_at", "set_status", "pain_flag", "pain_rating")
CSV_COLUMNS = SESSION_COLUMNS + DOSE_COLUMNS + SET_COLUMNS

# The set columns after movement hold only numbers, NULLs and values the schema's CHECKs limit
# to plain words and timestamps, so they never need CSV quoting. SQLite joins the integer and
# text runs itself (fewer Python objects per row: the export's main cost); the two REAL columns
# come back as floats so Python writes them as csv.writer would (repr, full precision).
_SETS_SQL = ("SELECT exercise_id, movement,"
             " side || ',' || set_number || ',' || IFNULL(target_reps, '') || ',' || IFNULL(achieved_reps, ''),"
             " target_hold_s, achieved_hold_s,"
             " started_at || ',' || ended_at || ',' || status || ',' || pain_flag || ',' || IFNULL(pain_rating, '')"
             " FROM sets WHERE session_id = ? ORDER BY started_at, id")


def export_history_csv(source: Database | str | os.PathLike[str], out_path: str | os.PathLike[str], *,
                       bom: bool = False) -> int:
    """Write every set to `out_path` as CSV (header row, csv-module standard quoting); returns data rows.

    Rows run in time order: the session's columns, the exercise's chosen dose, then the set's.
    A session without sets still gets one row (set columns empty), so its notes and ratings are
    kept. Times are UTC ISO-8601 as stored; `session_local_day` is the local calendar day.
    `source` is an open Database, or the path of a history file to read through a separate
    read-only connection (so a worker thread can export while the app keeps writing). The file
    appears only when complete: it is written beside `out_path`, then renamed over it. `bom`
    adds a UTF-8 byte order mark, which Windows spreadsheet programs need for non-ASCII notes.
    """
    out = Path(out_path).expanduser().absolute()
    own = not isinstance(source, Database)
    db_path = Path(source).absolute() if own else source.path
    tmp_name = None
    conn = None
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, isolation_level=None) if own else source.conn
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            conn.execute("BEGIN")  # one read snapshot for all the queries below
            try:
                rows = _write_rows(conn, f.write)
            finally:
                conn.execute("COMMIT")
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_name, 0o666 & ~umask)  # mkstemp's 0600 would surprise; behave like a new file
        os.replace(tmp_name, out)
        tmp_name = None
        return rows
    except sqlite3.Error as exc:
        raise from_sqlite(exc, db_path) from exc
    except OSError as exc:
        raise from_os(exc, out) from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
        if own and conn is not None:
            conn.close()


class _Renderer:
    """Renders fields exactly as csv.writer would, without the line end, for reuse as prefixes."""

    def __init__(self) -> None:
        self._buf = io.StringIO()
        # The default line end stays: csv quotes a field when it holds any of its characters.
        self._writer = csv.writer(self._buf)

    def __call__(self, fields: tuple[object, ...]) -> str:
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.writerow(fields)
        return self._buf.getvalue()[:-2]


def _write_rows(conn: sqlite3.Connection, write: Callable[[str], object]) -> int:
    # Streaming with prefixes: each session's columns and each exercise's dose are rendered once,
    # so the per-set work is one format; 250,000 sets stay well under the 2 s budget.
    render = _Renderer()
    write(render(CSV_COLUMNS) + "\r\n")
    doses: dict[tuple[int, str], str] = {}
    for sid, *dose in conn.execute("SELECT session_id, exercise_id, resistance, weight_kg FROM session_exercises"):
        doses[sid, dose[0]] = render(tuple(dose)) + ","
    heads: dict[tuple[str, str], str] = {}  # (exercise, movement) -> "dose...,movement," for one session
    empty_sets = "," * (len(DOSE_COLUMNS) + len(SET_COLUMNS) - 1)
    rows = 0
    sessions = conn.execute("SELECT id, started_at, ended_at, local_day, state, pain_before, pain_after, effort,"
                            " notes FROM sessions ORDER BY started_at, id").fetchall()
    for session in sessions:
        sid = session[0]
        prefix = render(session) + ","
        sets = conn.execute(_SETS_SQL, (sid,)).fetchall()
        if not sets:
            write(f"{prefix}{empty_sets}\r\n")
            rows += 1
            continue
        heads.clear()
        for row in sets:
            key = (row[0], row[1])
            if key not in heads:
                dose = doses.get((sid, row[0])) or render((row[0], "", None)) + ","  # no dose chosen
                heads[key] = f"{prefix}{dose}{render((row[1],))},"
        write("".join([f"{heads[r[0], r[1]]}{r[2]},{'' if r[3] is None else repr(r[3])},"
                       f"{'' if r[4] is None else repr(r[4])},{r[5]}\r\n" for r in sets]))
        rows += len(sets)
    return rows
