"""CSV export of the whole history: a row per set and per pain flag between sets, with the session's columns."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from rehab_desktop.store.db import Database, connect_read_only
from rehab_desktop.store.errors import from_sqlite
from rehab_desktop.store.output import open_output

ROW_TYPE_COLUMNS = ("row_type",)  # "set", "pain" (an "It hurts" between sets) or "session" (nothing else in it)
SESSION_COLUMNS = ("session_id", "session_started_at", "session_ended_at", "session_local_day", "session_state",
                   "pain_before", "pain_after", "effort", "notes", "entered_by_hand")
DOSE_COLUMNS = ("exercise_id", "resistance", "weight_kg", "dose_eased")
SET_COLUMNS = ("movement", "side", "set_number", "target_reps", "achieved_reps", "target_hold_s",
               "achieved_hold_s", "set_started_at", "set_ended_at", "set_status", "pain_flag", "pain_rating",
               "pain_flag_at", "pain_action")
# Added later, so appended: the dose done (as chosen for the session), whether the therapist
# prescribed it, whether the exercise is the user's own, and the times in the session's local time
# ('YYYY-MM-DD HH:MM:SS', which spreadsheets read as a date and time).
DOSE_DONE_COLUMNS = ("dose_sets", "dose_reps", "dose_hold_s", "dose_prescribed", "dose_prescribed_by",
                     "own_exercise")
LOCAL_TIME_COLUMNS = ("session_started_local", "session_ended_local", "set_started_local", "set_ended_local")
CSV_COLUMNS = ROW_TYPE_COLUMNS + SESSION_COLUMNS + DOSE_COLUMNS + SET_COLUMNS + DOSE_DONE_COLUMNS + LOCAL_TIME_COLUMNS

# A stored UTC time at the session's offset; the parameter is the modifier, e.g. '+120 minutes'
# (datetime() with a ready modifier costs half of strftime() with printf(): 250,000 sets twice).
_LOCAL = "datetime({}, ?)"

# The set columns after movement hold only numbers, NULLs and values the schema's CHECKs limit
# to plain words and timestamps, so they never need CSV quoting. SQLite joins the integer and
# text runs itself (fewer Python objects per row: the export's main cost); the two REAL columns
# come back as floats so Python writes them as csv.writer would (repr, full precision).
_SETS_SQL = ("SELECT exercise_id, movement,"
             " side || ',' || set_number || ',' || IFNULL(target_reps, '') || ',' || IFNULL(achieved_reps, ''),"
             " target_hold_s, achieved_hold_s,"
             " started_at || ',' || ended_at || ',' || status || ',' || pain_flag || ',' || IFNULL(pain_rating, ''),"
             f" {_LOCAL.format('started_at')} || ',' || {_LOCAL.format('ended_at')}"
             " FROM sets WHERE session_id = ? ORDER BY started_at, id")
# A session with pain flags takes the plain path: each column on its own, so flags can be matched to sets.
_SETS_PLAIN_SQL = ("SELECT exercise_id, movement, side, set_number, target_reps, achieved_reps, target_hold_s,"
                   " achieved_hold_s, started_at, ended_at, status, pain_flag, pain_rating,"
                   f" {_LOCAL.format('started_at')}, {_LOCAL.format('ended_at')}"
                   " FROM sets WHERE session_id = ? ORDER BY started_at, id")
_FLAGS_SQL = ("SELECT session_id, at, rating, exercise_id, movement, side, set_number, action"
              " FROM pain_flags ORDER BY session_id, at, id")


def export_history_csv(source: Database | str | os.PathLike[str], out_path: str | os.PathLike[str], *,
                       bom: bool = True) -> int:
    """Write the whole history to `out_path` as CSV (header row, csv-module quoting); returns data rows.

    Rows run in time order within each session: one per set (`row_type` "set"), one per "It
    hurts" that fell between sets or came twice in one set ("pain"), and one for a session with
    neither ("session"), so every session, set and pain flag in the store is in the file. A pain
    flag given during a set is on that set's row (`pain_flag`, `pain_rating`, `pain_flag_at`,
    `pain_action`). Times are UTC ISO-8601 as stored; `session_local_day` is the local calendar
    day, and the `*_local` columns (the last ones) give the session's and the set's times at the
    session's UTC offset. The `dose_*` columns after the set's are the dose done, as chosen for the
    session (`dose_eased`: made easier after "It hurts"); `own_exercise` is 1 for the user's own.
    `source` is an open Database, or the path of a history file to read through a separate
    read-only connection (so a worker thread can export while the app keeps writing).
    `out_path` is written by `store.output.open_output` (`-` is standard output; a new or
    regular file appears only when complete). `bom` adds a UTF-8 byte order mark, which
    Windows spreadsheet programs need for non-ASCII notes (on by default, standard output too,
    so a pipe gets the same bytes as a file; Python reads it with encoding "utf-8-sig").
    """
    own = not isinstance(source, Database)
    db_path = Path(source).absolute() if own else source.path
    conn = None
    try:
        conn = connect_read_only(db_path, isolation_level=None) if own else source.conn
        conn.execute("BEGIN")  # one read snapshot for all the queries below
        try:
            # Read the first query before opening the output: a damaged file fails without touching it.
            conn.execute("SELECT count(*) FROM sessions").fetchone()
            with open_output(out_path, encoding="utf-8-sig" if bom else "utf-8") as f:
                return _write_rows(conn, f.write)
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise from_sqlite(exc, db_path) from exc
    finally:
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
    done: dict[tuple[int, str], str] = {}  # the DOSE_DONE_COLUMNS, each followed by a comma
    for sid, *dose in conn.execute("SELECT session_id, exercise_id, resistance, weight_kg, eased, sets, reps,"
                                   " hold_s, prescribed, prescribed_by FROM session_exercises"):
        doses[sid, dose[0]] = render(tuple(dose[:4])) + ","
        done[sid, dose[0]] = render((*dose[4:], int(dose[0].startswith("own-")))) + ","
    flags: dict[int, list[tuple]] = {}
    for row in conn.execute(_FLAGS_SQL):
        flags.setdefault(row[0], []).append(row[1:])

    def dose_of(sid: int, exercise_id: str | None) -> str:
        return doses.get((sid, exercise_id)) or render((exercise_id or "", "", None, None)) + ","  # no dose chosen

    def done_of(sid: int, exercise_id: str | None) -> str:
        own = "" if exercise_id is None else int(exercise_id.startswith("own-"))
        return done.get((sid, exercise_id)) or f",,,,,{own},"

    heads: dict[tuple[str, str], str] = {}  # (exercise, movement) -> "dose...,movement," for one session
    tails: dict[str, str] = {}  # exercise -> ",dose done...,session local times," for one session
    empty_sets = "," * (len(DOSE_COLUMNS) + len(SET_COLUMNS) + len(DOSE_DONE_COLUMNS))
    rows = 0
    sessions = conn.execute("SELECT id, started_at, ended_at, local_day, state, pain_before, pain_after, effort,"
                            " notes, entered_by_hand, utc_offset_min,"
                            " datetime(started_at, printf('%+d minutes', utc_offset_min)),"
                            " IFNULL(datetime(ended_at, printf('%+d minutes', utc_offset_min)), '')"
                            " FROM sessions ORDER BY started_at, id").fetchall()
    for session in sessions:
        sid, offset = session[0], f"{session[10]:+d} minutes"
        prefix = render(session[:10]) + ","
        local = f"{session[11]},{session[12]},"
        if sid in flags:
            lines = _session_with_flags(conn, sid, offset, flags[sid], render, prefix, local, dose_of, done_of)
            write("".join(lines))
            rows += len(lines)
            continue
        sets = conn.execute(_SETS_SQL, (offset, offset, sid)).fetchall()
        if not sets:
            write(f"session,{prefix}{empty_sets}{local},\r\n")
            rows += 1
            continue
        heads.clear()
        tails.clear()
        for row in sets:
            key = (row[0], row[1])
            if key not in heads:
                heads[key] = f"set,{prefix}{dose_of(sid, row[0])}{render((row[1],))},"
            if row[0] not in tails:
                tails[row[0]] = f",,,{done_of(sid, row[0])}{local}"
        write("".join([f"{heads[r[0], r[1]]}{r[2]},{'' if r[3] is None else repr(r[3])},"
                       f"{'' if r[4] is None else repr(r[4])},{r[5]}{tails[r[0]]}{r[6]}\r\n" for r in sets]))
        rows += len(sets)
    return rows


def _session_with_flags(conn: sqlite3.Connection, sid: int, offset: str, flags: list[tuple], render: _Renderer,
                        prefix: str, local: str, dose_of: Callable[[int, str | None], str],
                        done_of: Callable[[int, str | None], str]) -> list[str]:
    """The rows of a session that has pain flags: each flag on the set it interrupted, or on a row of its own."""
    sets = conn.execute(_SETS_PLAIN_SQL, (offset, offset, sid)).fetchall()
    on_set: dict[int, tuple] = {}  # index in `sets` -> the flag shown on that set's row
    own: list[tuple] = []
    for flag in flags:
        at, _rating, exercise_id, movement, side, number, _action = flag
        # A flag that names its set; a movement or side left unnamed matches any (older records).
        candidates = [i for i, s in enumerate(sets) if i not in on_set and number is not None
                      and (s[0], s[3]) == (exercise_id, number) and movement in (None, s[1]) and side in (None, s[2])]
        # The set whose time holds the press; else one the timer marked as interrupted by pain.
        pick = next((i for i in candidates if sets[i][8] <= at <= sets[i][9]), None)
        if pick is None:
            pick = next((i for i in candidates if sets[i][11]), None)
        if pick is None:
            own.append(flag)
        else:
            on_set[pick] = flag
    timed: list[tuple[str, int, str]] = []
    for i, s in enumerate(sets):
        flag = on_set.get(i)
        pain = (1, flag[1], flag[0], flag[6] or "") if flag else (s[11], s[12], "", "")
        line = (f"set,{prefix}{dose_of(sid, s[0])}{render((*s[1:11], *pain))},{done_of(sid, s[0])}{local}"
                f"{s[13]},{s[14]}\r\n")
        timed.append((s[8], 0, line))
    for at, rating, exercise_id, movement, side, number, action in own:
        fields = (movement, side, number, None, None, None, None, None, None, None, 1, rating, at, action or "")
        timed.append((at, 1, f"pain,{prefix}{dose_of(sid, exercise_id)}{render(fields)},{done_of(sid, exercise_id)}"
                              f"{local},\r\n"))
    timed.sort(key=lambda t: (t[0], t[1]))
    return [line for _t, _k, line in timed]
