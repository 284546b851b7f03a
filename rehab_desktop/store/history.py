"""The history repository: record sessions, doses, sets and pain flags as they happen; read them back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import TypeVar

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.store.db import Database
from rehab_desktop.store.errors import SessionNotFoundError, StoreError
from rehab_desktop.store.models import (
    DeletedSession,
    ExerciseInSession,
    PainAction,
    PainFlag,
    SessionDetail,
    SessionState,
    SessionSummary,
)
from rehab_desktop.store.times import from_utc_text, local_start, month_bounds, to_utc_text

T = TypeVar("T")

_SUMMARY_SQL = """
SELECT s.id, s.started_at, s.ended_at, s.utc_offset_min, s.local_day, s.state,
       s.pain_before, s.pain_after, s.effort, s.notes,
       count(DISTINCT CASE WHEN t.status = 'completed' THEN t.exercise_id END),
       count(CASE WHEN t.status = 'completed' THEN 1 END),
       count(CASE WHEN t.status = 'skipped' THEN 1 END),
       (SELECT count(*) FROM pain_flags p WHERE p.session_id = s.id),
       total(CASE WHEN t.status = 'completed'
                  THEN max(julianday(t.ended_at) - julianday(t.started_at), 0) END) * 86400.0,
       s.entered_by_hand, s.position
FROM sessions s LEFT JOIN sets t ON t.session_id = s.id
WHERE {where}
GROUP BY s.id
ORDER BY s.started_at, s.id
"""

_SET_COLUMNS = ("exercise_id, movement, side, set_number, target_reps, achieved_reps, target_hold_s, "
                "achieved_hold_s, started_at, ended_at, status, pain_flag, pain_rating")
_INSERT_SET = f"INSERT INTO sets (session_id, {_SET_COLUMNS}) VALUES (?, {', '.join('?' * 13)})"
_INSERT_FLAG = ("INSERT INTO pain_flags (session_id, at, rating, exercise_id, movement, side, set_number, action)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_DOSE_COLUMNS = "exercise_id, sets, reps, hold_s, resistance, weight_kg, prescribed, prescribed_by"
_INSERT_DOSE = ("INSERT INTO session_exercises (session_id, exercise_id, position, sets, reps, hold_s,"
                " resistance, weight_kg, started_at, eased, prescribed, prescribed_by)"
                " VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1"
                " FROM session_exercises WHERE session_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)")
# The latest moment anything happened in a session: where a session closed after a crash ends.
_LAST_ACTIVITY = """
SELECT max(m) FROM (
    SELECT started_at AS m FROM sessions WHERE id = :id
    UNION ALL SELECT max(ended_at) FROM sets WHERE session_id = :id
    UNION ALL SELECT max(at) FROM pain_flags WHERE session_id = :id
    UNION ALL SELECT max(ended_at) FROM session_exercises WHERE session_id = :id)
"""


class HistoryRepo:
    """Sessions, chosen doses, sets and pain flags, over an open Database.

    Every write is its own transaction, committed before the call returns. A set or pain flag
    that can't be written (full disk, read-only folder) raises a StoreError but is kept in
    memory and written first by the next successful write (or `save_pending`), so a timer that
    shows the error and carries on loses nothing while the app keeps running.
    `tz` is the zone whose calendar days sessions are filed under (None: the computer's zone).
    Not thread-safe: use it from one thread.
    """

    def __init__(self, db: Database, tz: tzinfo | None = None):
        self._db = db
        self._tz = tz
        self._pending: list[tuple[str, tuple[object, ...]]] = []

    @property
    def db(self) -> Database:
        """The open database, for read-only queries kept in their own modules (`store.stats_queries`)."""
        return self._db

    # --- during a session -------------------------------------------------------------------

    def open_session(self, started_at: datetime, pain_before: int | None = None) -> int:
        """Start a session and return its id.

        Any session still open (left by a crash and neither resumed nor closed) is closed first,
        ending at its last recorded activity: at most one session is ever open.
        """
        day, offset = local_start(started_at, self._tz)
        row = (to_utc_text(started_at), day, offset, _rating(pain_before, "pain_before"))

        def work(conn: sqlite3.Connection) -> int:
            for (stale,) in conn.execute("SELECT id FROM sessions WHERE state = 'open'").fetchall():
                self._close(conn, stale, None)
            cur = conn.execute("INSERT INTO sessions (started_at, local_day, utc_offset_min, pain_before)"
                               " VALUES (?, ?, ?, ?)", row)
            return int(cur.lastrowid)

        return self._write(work)

    def set_pain_before(self, session_id: int, rating: int | None) -> None:
        """Record (or clear) the 0-10 pain rating given before the session; it may come late."""
        self._update(session_id, "pain_before = ?", (_rating(rating, "pain_before"),))

    def ensure_exercise(self, session_id: int, dose: Prescription, started_at: datetime,
                        eased: bool = False) -> None:
        """Record the dose chosen for an exercise in this session.

        The first call adds the exercise at the next position; later calls (e.g. "continue at
        an easier dose", with `eased`) replace the dose and keep the position and start time.
        Once eased, an exercise stays marked eased in this session.
        """
        _check_dose(dose)
        row = (session_id, dose.exercise_id, session_id, dose.sets, dose.reps, dose.hold_s, dose.resistance,
               dose.weight_kg, to_utc_text(started_at), int(bool(eased)), int(dose.prescribed),
               dose.prescribed_by if dose.prescribed else "")

        def work(conn: sqlite3.Connection) -> None:
            self._require(conn, session_id)
            conn.execute(
                _INSERT_DOSE + " ON CONFLICT (session_id, exercise_id) DO UPDATE SET sets = excluded.sets,"
                " reps = excluded.reps, hold_s = excluded.hold_s, resistance = excluded.resistance,"
                " weight_kg = excluded.weight_kg, eased = max(eased, excluded.eased),"
                " prescribed = excluded.prescribed, prescribed_by = excluded.prescribed_by", row)

        self._write(work)

    def save_position(self, session_id: int, position: str) -> None:
        """Keep where an open session's timer is (core.session's text), for resuming after a crash."""
        self._update(session_id, "position = ?", (str(position),))

    def log_session(self, started_at: datetime, doses: Sequence[Prescription], records: Sequence[SetRecord], *,
                    pain_before: int | None = None, pain_after: int | None = None, effort: int | None = None,
                    notes: str = "") -> int:
        """Record, in one transaction, a session done away from the timer; it is marked entered by hand.

        `doses` are the exercises done, `records` their sets (see core.session.logged_sets).
        Returns the new session's id.
        """
        for dose in doses:
            _check_dose(dose)
        day, offset = local_start(started_at, self._tz)
        head = (to_utc_text(started_at), to_utc_text(started_at), day, offset, _rating(pain_before, "pain_before"),
                _rating(pain_after, "pain_after"), _rating(effort, "effort"), str(notes))

        def work(conn: sqlite3.Connection) -> int:
            sid = int(conn.execute(
                "INSERT INTO sessions (started_at, ended_at, local_day, utc_offset_min, pain_before, pain_after,"
                " effort, notes, state, entered_by_hand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'finished', 1)",
                head).lastrowid)
            for dose in doses:
                conn.execute(_INSERT_DOSE, (sid, dose.exercise_id, sid, dose.sets, dose.reps, dose.hold_s,
                                            dose.resistance, dose.weight_kg, to_utc_text(started_at), 0,
                                            int(dose.prescribed), dose.prescribed_by if dose.prescribed else ""))
            rows = [_set_row(sid, r) for r in records]
            conn.executemany(_INSERT_SET, rows)
            conn.execute("UPDATE sessions SET ended_at = coalesce((SELECT max(ended_at) FROM sets"
                         " WHERE session_id = ?), started_at) WHERE id = ?", (sid, sid))
            conn.execute("UPDATE session_exercises SET ended_at = (SELECT max(t.ended_at) FROM sets t"
                         " WHERE t.session_id = session_exercises.session_id"
                         " AND t.exercise_id = session_exercises.exercise_id) WHERE session_id = ?", (sid,))
            return sid

        return self._write(work)

    def record_set(self, session_id: int, record: SetRecord) -> None:
        """Commit one set (completed or skipped) before returning; see the class note on failures."""
        self._write(None, ("set", _set_row(session_id, record)))

    def record_pain_flag(self, session_id: int, at: datetime, rating: int, *, exercise_id: str | None = None,
                         movement: str | None = None, side: LegSide | None = None, set_number: int | None = None,
                         action: PainAction | None = None) -> None:
        """Commit a press of "It hurts" with its 0-10 rating, during a set or between sets.

        Call it once, when the rating (and, if already known, the chosen action) is in. This is
        the record of pain flags that history and summaries list; `SetRecord.pain_flag` only
        marks the set it interrupted.
        """
        if _rating(rating, "rating") is None:
            raise ValueError("a pain flag needs a 0-10 rating")
        if set_number is not None and set_number < 1:
            raise ValueError(f"set_number counts from 1, got {set_number}")
        row = (session_id, to_utc_text(at), rating, exercise_id, movement,
               None if side is None else LegSide(side).value, set_number,
               None if action is None else PainAction(action).value)
        self._write(None, ("flag", row))

    @property
    def pending_count(self) -> int:
        """Sets and pain flags kept in memory because writing them failed; warn before quitting."""
        return len(self._pending)

    def save_pending(self) -> int:
        """Try again to write kept sets and pain flags; returns how many were written."""
        count = len(self._pending)
        if count:
            self._write(None)
        return count

    def finish_session(self, session_id: int, ended_at: datetime, *, pain_after: int | None = None,
                       effort: int | None = None, notes: str | None = None) -> None:
        """End a session with the closing questions; `notes` None keeps the notes already there."""
        values = (to_utc_text(ended_at), _rating(pain_after, "pain_after"), _rating(effort, "effort"))
        sql = "state = 'finished', position = '', ended_at = ?, pain_after = ?, effort = ?"
        if notes is not None:
            sql, values = sql + ", notes = ?", values + (str(notes),)
        self._update(session_id, sql, values)

    def close_session(self, session_id: int, ended_at: datetime | None = None) -> None:
        """End a session without the closing questions (after a crash); by default at its last activity."""
        end = None if ended_at is None else to_utc_text(ended_at)
        self._write(lambda conn: self._close(conn, session_id, end))

    def unfinished_session(self) -> SessionSummary | None:
        """The session left open (by a crash or a closed window), to offer resuming or closing it.

        Resuming needs nothing from the store: keep recording to its id (`session_detail` shows
        which sets are done). Closing is `close_session`.
        """
        found = self._summaries("s.state = 'open'", ())
        return found[-1] if found else None

    # --- reviewing ----------------------------------------------------------------------------

    def get_session(self, session_id: int) -> SessionSummary:
        found = self._summaries("s.id = ?", (session_id,))
        if not found:
            raise SessionNotFoundError(_no_session(session_id), self._db.path)
        return found[0]

    def sessions_between(self, first_day: date, last_day: date) -> list[SessionSummary]:
        """Sessions that started on local days first_day..last_day (inclusive), oldest first."""
        return self._summaries("s.local_day BETWEEN ? AND ?", (first_day.isoformat(), last_day.isoformat()))

    def session_days(self, first_day: date, last_day: date) -> list[date]:
        """The local days in first_day..last_day with at least one session: calendar marks, streaks."""
        with self._db.reading() as conn:
            rows = conn.execute("SELECT DISTINCT local_day FROM sessions WHERE local_day BETWEEN ? AND ?"
                                " ORDER BY local_day", (first_day.isoformat(), last_day.isoformat())).fetchall()
        return [date.fromisoformat(day) for (day,) in rows]

    def month_days(self, year: int, month: int) -> list[date]:
        """The days of a month with at least one session."""
        return self.session_days(*month_bounds(year, month))

    def session_detail(self, session_id: int) -> SessionDetail:
        """A session with its exercises (dose, sets in order) and its pain flags."""
        summary = self.get_session(session_id)
        offset = int(summary.started_at.utcoffset().total_seconds() // 60)
        with self._db.reading() as conn:
            doses = conn.execute(f"SELECT {_DOSE_COLUMNS}, position, started_at, ended_at, eased FROM session_exercises"
                                 " WHERE session_id = ? ORDER BY position", (session_id,)).fetchall()
            sets = conn.execute(f"SELECT {_SET_COLUMNS} FROM sets WHERE session_id = ? ORDER BY started_at, id",
                                (session_id,)).fetchall()
            flags = conn.execute("SELECT id, session_id, at, rating, exercise_id, movement, side, set_number, action"
                                 " FROM pain_flags WHERE session_id = ? ORDER BY at, id", (session_id,)).fetchall()
        by_exercise: dict[str, list[SetRecord]] = {}
        for row in sets:
            by_exercise.setdefault(row[0], []).append(_set_record(row, offset))
        exercises = [ExerciseInSession(r[0], r[8], _dose(r), _time(r[9], offset), _time(r[10], offset),
                                       tuple(by_exercise.pop(r[0], ())), bool(r[11])) for r in doses]
        # Sets recorded without a chosen dose still show, after the others, in the order first done.
        for exercise_id, records in by_exercise.items():
            exercises.append(ExerciseInSession(exercise_id, len(exercises) + 1, None, records[0].started_at,
                                               max(r.ended_at for r in records), tuple(records)))
        pain = tuple(PainFlag(r[0], r[1], from_utc_text(r[2], offset), r[3], r[4], r[5],
                              None if r[6] is None else LegSide(r[6]), r[7],
                              None if r[8] is None else PainAction(r[8])) for r in flags)
        return SessionDetail(summary, tuple(exercises), pain)

    def exercise_sets(self, exercise_id: str, since: datetime | None = None,
                      until: datetime | None = None) -> list[SetRecord]:
        """Every set of one exercise in time order (optionally since <= start < until): progress charts."""
        low = "" if since is None else to_utc_text(since)
        high = "~" if until is None else to_utc_text(until)  # '~' sorts after any timestamp
        cols = ", ".join(f"t.{c.strip()}" for c in _SET_COLUMNS.split(","))
        with self._db.reading() as conn:
            rows = conn.execute(f"SELECT {cols}, s.utc_offset_min FROM sets t JOIN sessions s ON s.id = t.session_id"
                                " WHERE t.exercise_id = ? AND t.started_at >= ? AND t.started_at < ?"
                                " ORDER BY t.started_at, t.id", (exercise_id, low, high)).fetchall()
        return [_set_record(r, r[13]) for r in rows]

    def last_dose(self, exercise_id: str) -> Prescription | None:
        """The dose chosen the last time this exercise was done, to preselect it in the timer."""
        with self._db.reading() as conn:
            row = conn.execute(f"SELECT {_DOSE_COLUMNS} FROM session_exercises WHERE exercise_id = ?"
                               " ORDER BY started_at DESC, id DESC LIMIT 1", (exercise_id,)).fetchone()
        return None if row is None else _dose(row)

    def last_doses(self) -> dict[str, Prescription]:
        """The last chosen dose of every exercise ever done, by exercise id."""
        with self._db.reading() as conn:
            # SQLite takes the bare columns from the row that holds the max().
            rows = conn.execute(f"SELECT {_DOSE_COLUMNS}, max(coalesce(started_at, '')) FROM session_exercises"
                                " GROUP BY exercise_id").fetchall()
        return {row[0]: _dose(row) for row in rows}

    def update_notes(self, session_id: int, notes: str) -> None:
        self._update(session_id, "notes = ?", (str(notes),))

    def delete_session(self, session_id: int) -> DeletedSession:
        """Delete a session and everything in it; keep the result to undo with `restore_session`."""
        summary = self.get_session(session_id)

        def work(conn: sqlite3.Connection) -> DeletedSession:
            tables = []
            for table, key in (("sessions", "id"), ("session_exercises", "session_id"), ("sets", "session_id"),
                               ("pain_flags", "session_id")):
                cur = conn.execute(f"SELECT * FROM {table} WHERE {key} = ? ORDER BY id", (session_id,))
                tables.append((table, tuple(d[0] for d in cur.description), tuple(cur.fetchall())))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))  # the rest cascades
            return DeletedSession(summary, tuple(tables))

        return self._write(work)

    def restore_session(self, deleted: DeletedSession) -> int:
        """Undo `delete_session`: the session comes back with the same id and contents."""

        def work(conn: sqlite3.Connection) -> int:
            for table, columns, rows in deleted.rows:
                if table == "sessions":
                    rows = tuple(tuple(self._restorable(conn, dict(zip(columns, r, strict=True)), deleted).values())
                                 for r in rows)
                elif "id" in columns:  # child rows take fresh ids; nothing refers to them
                    keep = [i for i, c in enumerate(columns) if c != "id"]
                    columns, rows = tuple(columns[i] for i in keep), tuple(tuple(r[i] for i in keep) for r in rows)
                marks = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return deleted.summary.id

        return self._write(work)

    # --- internals ----------------------------------------------------------------------------

    def _write(self, work: Callable[[sqlite3.Connection], T] | None,
               item: tuple[str, tuple[object, ...]] | None = None) -> T:
        """Run `work` in one transaction, after writing any kept sets and flags (and `item`)."""
        if item is not None:
            self._pending.append(item)
        try:
            with self._db.transaction() as conn:
                dropped = self._flush(conn)
                result = work(conn) if work is not None else None
        except SessionNotFoundError:
            raise
        except StoreError as exc:
            exc.with_pending(len(self._pending))
            raise
        except BaseException:
            if item is not None:  # a bug in the call, not the disk: don't retry it forever
                self._pending = [kept for kept in self._pending if kept is not item]
            raise
        self._pending.clear()
        if item is not None and any(d is item for d in dropped):
            raise SessionNotFoundError(_no_session(item[1][0]), self._db.path)
        return result  # type: ignore[return-value]

    def _flush(self, conn: sqlite3.Connection) -> list[tuple[str, tuple[object, ...]]]:
        dropped = []
        for item in self._pending:
            kind, row = item
            try:
                if kind == "set":
                    conn.execute(_INSERT_SET, row)
                    # The exercise's end follows its last set; a no-op if no dose was chosen.
                    conn.execute("UPDATE session_exercises SET ended_at = max(coalesce(ended_at, ''), ?)"
                                 " WHERE session_id = ? AND exercise_id = ?", (row[10], row[0], row[1]))
                else:
                    conn.execute(_INSERT_FLAG, row)
            except sqlite3.IntegrityError:
                # Inputs are checked before queueing, so this is the foreign key: the session was
                # deleted (or never existed). Such a row can never be written; drop it.
                dropped.append(item)
        return dropped

    def _update(self, session_id: int, assignments: str, values: Sequence[object]) -> None:
        def work(conn: sqlite3.Connection) -> None:
            if conn.execute(f"UPDATE sessions SET {assignments} WHERE id = ?", (*values, session_id)).rowcount == 0:
                raise SessionNotFoundError(_no_session(session_id), self._db.path)

        self._write(work)

    def _require(self, conn: sqlite3.Connection, session_id: int) -> None:
        if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
            raise SessionNotFoundError(_no_session(session_id), self._db.path)

    def _close(self, conn: sqlite3.Connection, session_id: int, ended_at: str | None) -> None:
        self._require(conn, session_id)
        if ended_at is None:
            ended_at = conn.execute(_LAST_ACTIVITY, {"id": session_id}).fetchone()[0]
        conn.execute("UPDATE sessions SET state = 'finished', position = '', ended_at = coalesce(ended_at, ?)"
                     " WHERE id = ?",
                     (ended_at, session_id))

    def _restorable(self, conn: sqlite3.Connection, row: dict[str, object], deleted: DeletedSession) -> dict:
        """An open session comes back closed if another session has been opened meanwhile."""
        if row["state"] == "open" and conn.execute("SELECT 1 FROM sessions WHERE state = 'open'").fetchone():
            times = [row["started_at"]] + [r[cols.index("ended_at")] for t, cols, rs in deleted.rows
                                           if t == "sets" for r in rs]
            row.update(state="finished", ended_at=max(times))
        return row

    def _summaries(self, where: str, params: tuple[object, ...]) -> list[SessionSummary]:
        with self._db.reading() as conn:
            rows = conn.execute(_SUMMARY_SQL.format(where=where), params).fetchall()
        return [_summary(r) for r in rows]


def _rating(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValueError(f"{name} must be a whole number from 0 to 10, got {value!r}")
    return value


def _check_dose(dose: Prescription) -> None:
    if not dose.exercise_id:
        raise ValueError("a dose needs an exercise id")
    if dose.sets < 1 or (dose.reps is not None and dose.reps < 1) or (dose.hold_s is not None and dose.hold_s < 0) \
            or (dose.weight_kg is not None and dose.weight_kg < 0):
        raise ValueError(f"dose out of range: {dose!r}")


def _set_row(session_id: int, r: SetRecord) -> tuple[object, ...]:
    """The sets row for `r`, checked here so a bad record fails at once, not at a later retry."""
    if not r.exercise_id or r.set_number < 1:
        raise ValueError(f"set record needs an exercise id and a set number from 1: {r!r}")
    for name in ("target_reps", "achieved_reps", "target_hold_s", "achieved_hold_s"):
        if (getattr(r, name) or 0) < 0:
            raise ValueError(f"{name} must not be negative: {r!r}")
    return (session_id, r.exercise_id, r.movement, LegSide(r.side).value, r.set_number, r.target_reps,
            r.achieved_reps, r.target_hold_s, r.achieved_hold_s, to_utc_text(r.started_at),
            to_utc_text(r.ended_at), SetStatus(r.status).value, int(bool(r.pain_flag)),
            _rating(r.pain_rating, "pain_rating"))


def _time(text: str | None, offset: int) -> datetime | None:
    return None if text is None else from_utc_text(text, offset)


_SIDES = {side.value: side for side in LegSide}  # dict lookups: Enum() calls cost on 25,000-set charts
_STATUSES = {status.value: status for status in SetStatus}


def _set_record(row: Sequence, offset: int) -> SetRecord:
    return SetRecord(row[0], row[1], _SIDES[row[2]], row[3], row[4], row[5], row[6], row[7],
                     from_utc_text(row[8], offset), from_utc_text(row[9], offset), _STATUSES[row[10]],
                     bool(row[11]), row[12])


def _dose(row: Sequence) -> Prescription:
    return Prescription(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7] or "")


def _summary(r: Sequence) -> SessionSummary:
    offset = r[3]
    return SessionSummary(
        id=r[0], started_at=from_utc_text(r[1], offset), ended_at=_time(r[2], offset),
        local_day=date.fromisoformat(r[4]), state=SessionState(r[5]), pain_before=r[6], pain_after=r[7],
        effort=r[8], notes=r[9], exercise_count=r[10], sets_completed=r[11], sets_skipped=r[12],
        pain_flag_count=r[13], active_s=round(r[14], 3), entered_by_hand=bool(r[15]), position=r[16] or "")


def _no_session(session_id: int) -> str:
    return translate("store.history", "There is no session {id} in the history.", "id: the session's number").format(
        id=session_id)
