"""Read-only aggregate queries over the history for statistics, progress charts and the therapist summary.

Everything here groups in SQL by local day (or exercise), so a chart over ten years reads a few
thousand rows rather than a quarter of a million sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.stats import DayTally, session_counts
from rehab_desktop.store.db import Database
from rehab_desktop.store.models import PainAction, PainFlag
from rehab_desktop.store.times import from_utc_text

# The one definition of a counted session (core.stats explains it): finished, at least one set
# completed, timed or entered by hand. _PARTLY: a counted session with a skipped set as well.
_COUNTED = ("s.state = 'finished' AND EXISTS (SELECT 1 FROM sets c WHERE c.session_id = s.id"
            " AND c.status = 'completed')")
_PARTLY = "EXISTS (SELECT 1 FROM sets k WHERE k.session_id = s.id AND k.status = 'skipped')"


@dataclass(frozen=True)
class DayPain:
    """A day's mean pain ratings over its finished sessions (None when none was given)."""

    day: date
    before: float | None
    after: float | None


@dataclass(frozen=True)
class ExerciseDay:
    """One exercise on one day: mean achieved and target figures of its completed sets, and the dose used."""

    day: date
    hold_s: float | None
    target_hold_s: float | None
    reps: float | None
    target_reps: float | None
    weight_kg: float | None
    resistance: str


@dataclass(frozen=True)
class ExerciseTotal:
    """One exercise over a period: how often, how much, the best figures and the last dose chosen."""

    exercise_id: str
    sessions: int
    sets_completed: int
    sets_skipped: int
    best_hold_s: float | None
    best_reps: int | None
    last_dose: Prescription | None
    active_s: float = 0.0  # time spent in its completed sets
    eased_sessions: int = 0  # sessions in which its dose was made easier after "It hurts"


@dataclass(frozen=True)
class DayNote:
    """A session's notes with when the session started."""

    session_id: int
    day: date
    started_at: datetime
    text: str


class HistoryStats:
    """Aggregates for one open Database; cheap to create, holds no state of its own."""

    def __init__(self, db: Database):
        self._db = db

    @property
    def path(self) -> Path:
        """The history file these figures are read from."""
        return self._db.path

    @property
    def db(self) -> Database:
        """The open history these figures are read from (the summary reads the self-checks on it too)."""
        return self._db

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        """The rows of one query on the open connection (store errors as StoreError)."""
        with self._db.reading() as conn:
            return conn.execute(sql, params).fetchall()

    def span(self) -> tuple[date, date] | None:
        """The first and last local day with any session, or None for an empty history."""
        row = self.read("SELECT min(local_day), max(local_day) FROM sessions")[0]
        return None if row[0] is None else (date.fromisoformat(row[0]), date.fromisoformat(row[1]))

    def day_tallies(self, first: date, last: date) -> dict[date, DayTally]:
        """Counted sessions per local day in first..last, fully and partly done (see core.stats)."""
        rows = self.read(f"SELECT s.local_day, total(NOT {_PARTLY}), total({_PARTLY}) FROM sessions s"
                          f" WHERE s.local_day BETWEEN ? AND ? AND {_COUNTED} GROUP BY s.local_day",
                          _days(first, last))
        return {date.fromisoformat(day): DayTally(int(done), int(partly)) for day, done, partly in rows}

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        """Counted sessions per local day in first..last, partly done ones included (`day_tallies`)."""
        return session_counts(self.day_tallies(first, last))

    def pain_by_day(self, first: date, last: date) -> list[DayPain]:
        rows = self.read("SELECT local_day, avg(pain_before), avg(pain_after) FROM sessions"
                          " WHERE local_day BETWEEN ? AND ? AND state = 'finished'"
                          " AND (pain_before IS NOT NULL OR pain_after IS NOT NULL)"
                          " GROUP BY local_day ORDER BY local_day", _days(first, last))
        return [DayPain(date.fromisoformat(d), b, a) for d, b, a in rows]

    def active_seconds_by_day(self, first: date, last: date) -> dict[date, float]:
        """Seconds spent in completed sets per local day (as `SessionSummary.active_s` counts them)."""
        rows = self.read("SELECT s.local_day, total(max(julianday(t.ended_at) - julianday(t.started_at), 0))"
                          " * 86400.0 FROM sessions s JOIN sets t ON t.session_id = s.id"
                          " WHERE s.local_day BETWEEN ? AND ? AND t.status = 'completed'"
                          " GROUP BY s.local_day", _days(first, last))
        return {date.fromisoformat(d): secs for d, secs in rows}

    def exercise_by_day(self, exercise_id: str, first: date, last: date) -> list[ExerciseDay]:
        """One exercise's figures per local day in first..last, oldest first."""
        # Sets are found through their exercise index; started_at is UTC, so the bounds are widened
        # by a day each way and the local day decides. CROSS JOIN keeps SQLite from scanning sessions.
        low, high = _utc_bounds(first, last)
        sets = self.read(
            "SELECT s.local_day, avg(t.achieved_hold_s), avg(t.target_hold_s), avg(t.achieved_reps),"
            " avg(t.target_reps) FROM sets t CROSS JOIN sessions s ON s.id = t.session_id"
            " WHERE t.exercise_id = ? AND t.started_at >= ? AND t.started_at < ? AND t.status = 'completed'"
            " AND s.local_day BETWEEN ? AND ? GROUP BY s.local_day", (exercise_id, low, high, *_days(first, last)))
        doses = self.read(
            "SELECT s.local_day, max(e.weight_kg), max(e.resistance) FROM session_exercises e"
            " CROSS JOIN sessions s ON s.id = e.session_id WHERE e.exercise_id = ? AND e.started_at >= ?"
            " AND e.started_at < ? AND s.local_day BETWEEN ? AND ? GROUP BY s.local_day",
            (exercise_id, low, high, *_days(first, last)))
        by_day = {d: (w, r or "") for d, w, r in doses}
        out = []
        for d, hold, target_hold, reps, target_reps in sets:
            weight, resistance = by_day.get(d, (None, ""))
            out.append(ExerciseDay(date.fromisoformat(d), hold, target_hold, reps, target_reps, weight, resistance))
        return out

    def exercises_done(self) -> list[str]:
        """Ids of every exercise with at least one recorded set."""
        return [r[0] for r in self.read("SELECT DISTINCT exercise_id FROM sets")]

    def exercise_totals(self, first: date, last: date) -> list[ExerciseTotal]:
        """Per exercise done in first..last: sessions, sets, best figures, time in sets and the last dose chosen.

        One pass over the sets (the summary's total time comes from here too): at ten years this is
        the costliest query the summary makes, about 0.4 s.
        """
        days = _days(first, last)
        rows = self.read(
            "SELECT t.exercise_id, count(DISTINCT t.session_id), total(t.status = 'completed'),"
            " total(t.status = 'skipped'), max(CASE WHEN t.status = 'completed' THEN t.achieved_hold_s END),"
            " max(CASE WHEN t.status = 'completed' THEN t.achieved_reps END),"
            " total(CASE WHEN t.status = 'completed' THEN max(julianday(t.ended_at) - julianday(t.started_at), 0)"
            " END) * 86400.0 FROM sessions s JOIN sets t ON t.session_id = s.id WHERE s.local_day BETWEEN ? AND ?"
            " GROUP BY t.exercise_id", days)
        # SQLite takes the bare columns from the row that holds the max().
        doses = self.read(
            "SELECT e.exercise_id, e.sets, e.reps, e.hold_s, e.resistance, e.weight_kg,"
            " max(coalesce(e.started_at, '') || printf('%012d', e.id))"
            " FROM sessions s JOIN session_exercises e ON e.session_id = s.id"
            " WHERE s.local_day BETWEEN ? AND ? GROUP BY e.exercise_id", days)
        last_dose = {r[0]: Prescription(*r[:6]) for r in doses}
        eased = dict(self.read(
            "SELECT e.exercise_id, count(*) FROM sessions s JOIN session_exercises e ON e.session_id = s.id"
            " WHERE s.local_day BETWEEN ? AND ? AND e.eased = 1 GROUP BY e.exercise_id", days))
        return [ExerciseTotal(ex, n, int(done), int(skipped), hold, reps, last_dose.get(ex), active, eased.get(ex, 0))
                for ex, n, done, skipped, hold, reps, active in rows]

    def entered_by_hand(self, first: date, last: date) -> int:
        """Counted sessions in first..last that were logged after the fact rather than timed."""
        rows = self.read(f"SELECT count(*) FROM sessions s WHERE s.local_day BETWEEN ? AND ?"
                          f" AND s.entered_by_hand = 1 AND {_COUNTED}", _days(first, last))
        return rows[0][0]

    def pain_flags(self, first: date, last: date) -> list[tuple[date, PainFlag]]:
        """Every "It hurts" in sessions that started in first..last, with the session's local day, in time order."""
        rows = self.read(
            "SELECT s.local_day, s.utc_offset_min, p.id, p.session_id, p.at, p.rating, p.exercise_id, p.movement,"
            " p.side, p.set_number, p.action FROM sessions s JOIN pain_flags p ON p.session_id = s.id"
            " WHERE s.local_day BETWEEN ? AND ? ORDER BY p.at, p.id", _days(first, last))
        return [(date.fromisoformat(r[0]),
                 PainFlag(r[2], r[3], from_utc_text(r[4], r[1]), r[5], r[6], r[7],
                          None if r[8] is None else LegSide(r[8]), r[9],
                          None if r[10] is None else PainAction(r[10]))) for r in rows]

    def notes(self, first: date, last: date) -> list[DayNote]:
        """Sessions in first..last whose notes are not blank, oldest first."""
        rows = self.read("SELECT id, local_day, started_at, utc_offset_min, notes FROM sessions"
                          " WHERE local_day BETWEEN ? AND ? AND trim(notes) <> '' ORDER BY started_at, id",
                          _days(first, last))
        return [DayNote(sid, date.fromisoformat(d), from_utc_text(at, off), text) for sid, d, at, off, text in rows]


def _days(first: date, last: date) -> tuple[str, str]:
    return first.isoformat(), last.isoformat()


def _utc_bounds(first: date, last: date) -> tuple[str, str]:
    """Stored-timestamp text bounds that surely hold every moment of local days first..last anywhere on Earth."""
    return (first - timedelta(days=1)).isoformat(), (last + timedelta(days=2)).isoformat()
