"""Ctrl+C in the terminal, `kill` and a closed terminal stop the window at once, without a
traceback or a question, with the shell's exit codes, and an open session is kept to resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

HELPER = Path(__file__).parent / "helpers" / "run_app.py"


def env():
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REHAB_DESKTOP_ANNOUNCE": "1"}


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_the_window_stops_at_a_signal_with_the_shells_exit_code(tmp_path, lines, sig, code):
    child = subprocess.Popen([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    try:
        assert lines(child.stdout).next() == "ready"
        child.send_signal(sig)  # nothing else happens in the window: the signal alone must wake it
        _, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == code
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    again = subprocess.Popen([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path), "--smoke-test"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env())
    out, _ = again.communicate(timeout=60)
    assert again.returncode == 0 and "window shown" in out  # the folder was let go: it starts again


def test_kill_mid_session_keeps_the_session_to_resume(tmp_path, lines):
    from rehab_desktop.store import HistoryRepo, open_database

    child = subprocess.Popen([sys.executable, str(HELPER), str(tmp_path), "standing-calf-stretch", "20"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    out = lines(child.stdout)
    try:
        assert out.next() == "started"
        assert out.next() == "set 1"
        child.send_signal(signal.SIGTERM)  # the timer is running: no "keep it?" question may hold the exit
        _, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 143
    assert "the open session is kept, to resume next time" in err
    with open_database(tmp_path) as db:
        repo = HistoryRepo(db)
        kept = repo.unfinished_session()
        assert kept is not None
        assert '"loaded":{' in kept.position  # the timer's place, for "Resume it"
        sets = [s for e in repo.session_detail(kept.id).exercises for s in e.sets]
        assert len(sets) >= 1
