"""What the suggestions read and keep in the history file: each exercise's latest finished sessions as
the rules take them, the answers (which survive a reopen, a kill and an old file's upgrade)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from rehab_desktop.core.records import LegSide, Prescription, SetRecord, SetStatus
from rehab_desktop.core.suggestions import Answer, Reply
from rehab_desktop.store import PainAction, Store, open_database
from rehab_desktop.store.migrations import LATEST_VERSION
from rehab_desktop.store.suggestions import _LATEST
from tests.test_store_own_and_v4 import old_store  # --import-mode=importlib: tests/ is not on sys.path

T0 = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
DORSI = "ankle-dorsiflexion"


def a_set(n: int, at: datetime, status=SetStatus.COMPLETED, ex=DORSI) -> SetRecord:
    return SetRecord(ex, "main", LegSide.LEFT, n, 10, 10 if status is SetStatus.COMPLETED else 3, 1, 1, at,
                     at + timedelta(seconds=40), status)


def timed_session(store: Store, at: datetime, *, sets=2, skipped=0, eased=False, stop_rating=None, hurt=None,
                  pain=(1, 1), finish=True) -> int:
    repo = store.history
    sid = repo.open_session(at, pain_before=pain[0])
    repo.ensure_exercise(sid, Prescription(DORSI, 2, 10, 1), at)
    if eased:
        repo.ensure_exercise(sid, Prescription(DORSI, 2, 5, 1), at, eased=True)
    for n in range(1, sets + 1):
        repo.record_set(sid, a_set(n, at + timedelta(minutes=n)))
    for n in range(skipped):
        repo.record_set(sid, a_set(sets + n + 1, at + timedelta(minutes=9), SetStatus.SKIPPED))
    if hurt is not None:
        repo.record_pain_flag(sid, at + timedelta(minutes=5), hurt, exercise_id=DORSI, action=PainAction.CONTINUE)
    if stop_rating is not None:
        repo.record_pain_flag(sid, at + timedelta(minutes=6), stop_rating, exercise_id=DORSI, action=PainAction.STOP)
    if finish:
        repo.finish_session(sid, at + timedelta(minutes=20), pain_after=pain[1])
    return sid


def test_histories_read_each_session_as_the_rules_take_it(data_dir):
    with open_database(data_dir) as db:
        store = Store(db, tz=UTC)
        plain = timed_session(store, T0, pain=(2, 3))
        skipped = timed_session(store, T0 + timedelta(days=2), sets=1, skipped=1)
        eased = timed_session(store, T0 + timedelta(days=4), eased=True, hurt=4)
        stopped = timed_session(store, T0 + timedelta(days=6), sets=1, stop_rating=7)
        timed_session(store, T0 + timedelta(days=8), finish=False)  # still open: not counted
        h = store.suggestions.histories([DORSI, "sumo-squat"])
    got = h[DORSI]
    assert got.count == 4 and [s.session_id for s in got.sessions] == [plain, skipped, eased, stopped]  # oldest first
    first, second, third, fourth = got.sessions
    assert (first.day, first.dose, first.sets_done, first.pain_before, first.pain_after, first.rise) == (
        date(2026, 11, 2), Prescription(DORSI, 2, 10, 1), 2, 2, 3, 1)
    assert (second.sets_done, second.sets_skipped) == (1, 1)
    assert third.eased and third.dose.reps == 5 and third.hurt == 4 and not third.stopped
    assert fourth.stopped and fourth.hurt == 7
    assert h["sumo-squat"].sessions == () and h["sumo-squat"].count == 0


def test_the_latest_are_kept_and_all_are_counted(data_dir):
    with open_database(data_dir) as db:
        store = Store(db, tz=UTC)
        ids = [timed_session(store, T0 + timedelta(days=k)) for k in range(15)]
        got = store.suggestions.histories([DORSI], keep=12)[DORSI]
    assert got.count == 15 and [s.session_id for s in got.sessions] == ids[3:]
    assert got.since(14) == got.sessions[-1:]  # the sessions after the first 14 of them


def test_answers_are_kept_in_order_and_survive_a_reopen(data_dir):
    with open_database(data_dir) as db:
        repo = Store(db, tz=UTC).suggestions
        repo.record(Answer(DORSI, "dose-range", Reply.ACCEPTED, date(2026, 11, 10), 3, "2 × 10 to 2 × 12"), T0)
        repo.record(Answer("single-leg-balance", "own-progression", Reply.NEVER, date(2026, 11, 11), 5), T0)
        repo.record(Answer("stage", "next-stage", Reply.LATER, date(2026, 11, 12), 40), T0 + timedelta(days=1))
    with open_database(data_dir) as db:
        repo = Store(db, tz=UTC).suggestions
        answers = repo.answers()
        assert [(a.subject, a.reply, a.sessions, a.detail) for a in answers] == [
            (DORSI, Reply.ACCEPTED, 3, "2 × 10 to 2 × 12"), ("single-leg-balance", Reply.NEVER, 5, ""),
            ("stage", Reply.LATER, 40, "")]
        assert answers[0].day == date(2026, 11, 10)  # the day it was answered
        assert repo.accepted(DORSI, "dose-range") == ["2 × 10 to 2 × 12"]
        assert repo.never_count() == 1
        assert repo.forget_never() == 1
        assert [a.reply for a in repo.answers()] == [Reply.ACCEPTED, Reply.LATER]


def test_an_answer_is_on_disk_the_moment_it_is_given(data_dir, tmp_path):
    """A child process records an answer and is killed -9 at once: the answer is there."""
    code = ("import os, signal, sys\n"
            "from datetime import UTC, date, datetime\n"
            "from rehab_desktop.core.suggestions import Answer, Reply\n"
            "from rehab_desktop.store import Store, open_database\n"
            f"db = open_database({str(data_dir)!r})\n"
            "Store(db, tz=UTC).suggestions.record(Answer('ankle-dorsiflexion', 'dose-range', Reply.ACCEPTED,"
            " date(2026, 11, 2), 3, '2 × 10 to 2 × 12'), datetime(2026, 11, 2, tzinfo=UTC))\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    env = {"PYTHONPATH": str(Path(__file__).resolve().parent.parent), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, timeout=60)
    assert done.returncode == -9, done.stderr
    with open_database(data_dir) as db:
        assert [a.detail for a in Store(db).suggestions.answers()] == ["2 × 10 to 2 × 12"]


def test_an_older_file_gets_the_answers_table_and_keeps_its_history(data_dir):
    sid = old_store(data_dir, 4)
    with open_database(data_dir) as db:
        assert db.version == LATEST_VERSION and db.migrated_from == 4
        store = Store(db, tz=UTC)
        assert store.suggestions.answers() == []
        (only,) = store.suggestions.histories([DORSI])[DORSI].sessions
        assert only.session_id == sid and only.sets_done == 2 and only.pain_before == 3


def test_a_bad_reply_never_reaches_the_file(data_dir):
    with open_database(data_dir) as db:
        try:
            db.conn.execute("INSERT INTO suggestion_answers (subject, rule, reply, answered_at, local_day, sessions)"
                            " VALUES ('x', 'dose-range', 'maybe', '2026-11-02T17:00:00.000Z', '2026-11-02', 1)")
        except sqlite3.IntegrityError:
            pass
        else:
            raise AssertionError("the table took a reply that is not accepted, later or never")


def test_the_latest_sessions_find_their_sets_by_session_not_by_exercise():
    """At ten years, reading an exercise's sets through the exercise index for each session took over
    25 s; through the session index it takes milliseconds (benchmarks/suggestions.py)."""
    conn = sqlite3.connect(":memory:")
    from rehab_desktop.store.migrations import apply_migrations

    conn.isolation_level = None
    apply_migrations(conn, 0)
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + _LATEST, {"ex": DORSI, "keep": 12})]
    uses = [line for line in plan if line.startswith("SEARCH t ")]
    assert uses and all("sets_by_session" in line for line in uses), plan
