"""What the progression suggestions read and keep: each exercise's latest sessions, and the answers.

The rules themselves are in `core.suggestions`; this module only reads the history in the shape
they take (`ExerciseHistory`) and keeps what the person answered (table `suggestion_answers`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from rehab_desktop.core.records import Prescription
from rehab_desktop.store.db import Database
from rehab_desktop.store.times import to_utc_text

if TYPE_CHECKING:  # the rules' records are needed once suggestions are read, not at start-up
    from rehab_desktop.core.suggestions import Answer, ExerciseHistory, ExerciseSession

KEEP = 12  # the latest sessions read per exercise: more than any rule looks at

# One exercise's latest finished sessions, newest first, with what the rules need of each: the
# dose done, its completed and skipped sets, the session's pain, eased, a stop for pain, and the
# highest "It hurts" rating during the exercise. The sessions are chosen first, read newest first
# from the index on (exercise_id, started_at) until there are enough; their sets and flags are then
# found by session ('+' keeps SQLite off the exercise index, which at ten years would read every set
# of the exercise for each session: over 25 s).
_LATEST = """
WITH latest AS (
    SELECT e.session_id AS sid, e.started_at AS started, s.local_day AS day, e.sets, e.reps, e.hold_s,
           e.resistance, e.weight_kg, e.prescribed, e.prescribed_by, e.eased, s.pain_before, s.pain_after
    FROM session_exercises e JOIN sessions s ON s.id = e.session_id
    WHERE e.exercise_id = :ex AND s.state = 'finished'
    ORDER BY e.started_at DESC, e.session_id DESC  -- the index's order: the newest are read first, no sort
    LIMIT :keep)
SELECT l.sid, l.day, l.sets, l.reps, l.hold_s, l.resistance, l.weight_kg, l.prescribed, l.prescribed_by, l.eased,
       l.pain_before, l.pain_after,
       (SELECT count(*) FROM sets t WHERE t.session_id = l.sid AND +t.exercise_id = :ex AND t.status = 'completed'),
       (SELECT count(*) FROM sets t WHERE t.session_id = l.sid AND +t.exercise_id = :ex AND t.status = 'skipped'),
       (SELECT count(*) FROM pain_flags p WHERE p.session_id = l.sid AND p.exercise_id = :ex AND p.action = 'stop'),
       (SELECT max(rating) FROM pain_flags p WHERE p.session_id = l.sid AND p.exercise_id = :ex)
FROM latest l
ORDER BY l.started DESC, l.sid DESC
"""
# Every session with the exercise (counted in the index) but the open one, if it has it.
_COUNT = ("SELECT (SELECT count(*) FROM session_exercises WHERE exercise_id = :ex)"
          " - (SELECT count(*) FROM sessions s JOIN session_exercises e ON e.session_id = s.id"
          " WHERE s.state = 'open' AND e.exercise_id = :ex)")


class SuggestionRepo:
    """Reads the history for the suggestion rules, and keeps the person's answers."""

    def __init__(self, db: Database):
        self._db = db

    def histories(self, exercise_ids: Iterable[str], keep: int = KEEP) -> dict[str, ExerciseHistory]:
        """Each exercise's latest `keep` finished sessions (oldest first) and its count of them."""
        from rehab_desktop.core.suggestions import ExerciseHistory

        out = {}
        with self._db.reading() as conn:
            for ex in dict.fromkeys(exercise_ids):
                rows = conn.execute(_LATEST, {"ex": ex, "keep": keep}).fetchall()
                count = conn.execute(_COUNT, {"ex": ex}).fetchone()[0] if len(rows) >= keep else len(rows)
                out[ex] = ExerciseHistory(tuple(_session(ex, r) for r in reversed(rows)), count)
        return out

    def answers(self) -> list[Answer]:
        """Every answer, oldest first."""
        from rehab_desktop.core.suggestions import Answer, Reply

        with self._db.reading() as conn:
            rows = conn.execute("SELECT subject, rule, reply, local_day, sessions, detail FROM suggestion_answers"
                                " ORDER BY id").fetchall()
        return [Answer(r[0], r[1], Reply(r[2]), date.fromisoformat(r[3]), r[4], r[5]) for r in rows]

    def record(self, answer: Answer, at: datetime) -> None:
        """Keep one answer, committed before returning: given on `answer.day`, at the moment `at`."""
        row = (answer.subject, answer.rule, answer.reply.value, to_utc_text(at), answer.day.isoformat(),
               int(answer.sessions),
               str(answer.detail))
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO suggestion_answers (subject, rule, reply, answered_at, local_day, sessions,"
                         " detail) VALUES (?, ?, ?, ?, ?, ?, ?)", row)

    def accepted(self, subject: str, rule: str) -> list[str]:
        """The details of the answers accepting `rule`'s suggestions for `subject`, oldest first."""
        with self._db.reading() as conn:
            rows = conn.execute("SELECT detail FROM suggestion_answers WHERE subject = ? AND rule = ?"
                                " AND reply = 'accepted' ORDER BY id", (subject, rule)).fetchall()
        return [r[0] for r in rows]

    def forget_never(self) -> int:
        """Ask again about every exercise answered Never; returns how many answers went."""
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM suggestion_answers WHERE reply = 'never'").rowcount

    def never_count(self) -> int:
        with self._db.reading() as conn:
            return conn.execute("SELECT count(DISTINCT subject) FROM suggestion_answers"
                                " WHERE reply = 'never'").fetchone()[0]


def _session(exercise_id: str, r: sqlite3.Row | tuple) -> ExerciseSession:
    from rehab_desktop.core.suggestions import ExerciseSession

    dose = Prescription(exercise_id, r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8])
    return ExerciseSession(r[0], date.fromisoformat(r[1]), dose, r[12], r[13], r[10], r[11], bool(r[9]),
                           bool(r[14]), r[15])
