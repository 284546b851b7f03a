"""A real process killed with SIGKILL mid-session keeps every set it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

import rehab_desktop
from rehab_desktop.store import HistoryRepo, open_database

PACKAGE_ROOT = str(Path(rehab_desktop.__file__).resolve().parent.parent)

# The child: opens a session and records sets, printing a marker after each commit. In "hold"
# mode it then starts writing one more set inside an open transaction and waits to be killed.
CHILD = r"""
import sys
from datetime import datetime, timedelta, timezone
from rehab_desktop.core.records import LegSide, SetRecord
from rehab_desktop.store import HistoryRepo, open_database

data_dir, mode, hold_after = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = open_database(data_dir)
repo = HistoryRepo(db, tz=timezone.utc)
t0 = datetime(2026, 5, 10, 8, 0, tzinfo=timezone.utc)
sid = repo.open_session(t0, pain_before=4)
print("session", sid, flush=True)
n = 0
while True:
    n += 1
    start = t0 + timedelta(seconds=40 * n)
    side = LegSide.LEFT if n % 2 else LegSide.RIGHT
    repo.record_set(sid, SetRecord("sumo-squat", "main", side, (n + 1) // 2, 10, 10, None, None, start,
                                   start + timedelta(seconds=30)))
    print("committed", n, flush=True)
    if mode == "hold" and n == hold_after:
        db.conn.execute("BEGIN IMMEDIATE")  # the set in progress, never committed
        db.conn.execute("INSERT INTO sets (session_id, exercise_id, movement, side, set_number, started_at,"
                        " ended_at, status) VALUES (?, 'sumo-squat', 'main', 'both', 99,"
                        " '2026-05-10T09:00:00.000Z', '2026-05-10T09:00:30.000Z', 'completed')", (sid,))
        print("in progress", flush=True)
        sys.stdin.readline()  # wait here to be killed
"""


def run_and_kill(data_dir: Path, mode: str, kill_after: int) -> tuple[int, int]:
    """Start the child, wait for its markers (never sleeping), SIGKILL it; returns (session id, last marker)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")])))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), mode, str(kill_after)], env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(60, child.kill)  # only if the child hangs: the test then fails below
    watchdog.start()
    try:
        sid, last = None, 0
        wanted = "in progress" if mode == "hold" else f"committed {kill_after}"
        for line in child.stdout:
            line = line.strip()
            if line.startswith("session"):
                sid = int(line.split()[1])
            elif line.startswith("committed"):
                last = int(line.split()[1])
            if line == wanted:
                child.send_signal(signal.SIGKILL)
                break
        else:
            pytest.fail(f"child ended early: {child.wait()} {child.stderr.read()}")
        # The child may have committed (and printed) a few more sets before the signal landed.
        for line in child.stdout:
            if line.startswith("committed"):
                last = int(line.split()[1])
        assert child.wait() == -signal.SIGKILL
    finally:
        watchdog.cancel()
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
    return sid, last


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_while_a_set_is_in_progress(data_dir):
    sid, last = run_and_kill(data_dir, "hold", 7)
    assert last == 7
    with open_database(data_dir) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        repo = HistoryRepo(db)
        unfinished = repo.unfinished_session()
        assert unfinished is not None and unfinished.id == sid and unfinished.pain_before == 4
        sets = repo.session_detail(sid).exercises[0].sets
        assert [s.set_number for s in sets] == [1, 1, 2, 2, 3, 3, 4]  # all 7, and not the 8th in progress
        assert repo.month_days(2026, 5) == [date(2026, 5, 10)]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_at_an_arbitrary_moment_while_recording(data_dir):
    sid, last = run_and_kill(data_dir, "run", 25)
    with open_database(data_dir) as db:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        repo = HistoryRepo(db)
        summary = repo.unfinished_session()
        assert summary.id == sid
        # Every set announced as committed is there; at most the one being written is not.
        assert last <= summary.sets_completed <= last + 1
