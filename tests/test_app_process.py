"""The app as separate processes: one instance per data folder, and a kill -9 loses no finished set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

HELPER = Path(__file__).parent / "helpers" / "run_app.py"


def env():
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REHAB_DESKTOP_ANNOUNCE": "1"}


def start_app(data_dir, *extra):
    return subprocess.Popen([sys.executable, "-m", "rehab_desktop", "--data-dir", str(data_dir), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env())


def test_second_launch_raises_the_first_and_exits(tmp_path, lines):
    first = start_app(tmp_path)
    out = lines(first.stdout)
    try:
        assert out.next() == "ready"
        second = subprocess.run([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path)],
                                capture_output=True, text=True, env=env(), timeout=60)
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert out.next() == "raised"  # the first window came to the front
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_reminders_start_now_brings_the_running_window_to_todays_session(tmp_path, lines):
    first = start_app(tmp_path)
    out = lines(first.stdout)
    try:
        assert out.next() == "ready"
        second = subprocess.run([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path), "--today"],
                                capture_output=True, text=True, env=env(), timeout=60)
        assert second.returncode == 0 and "already running" in second.stdout
        assert out.next() == "raised"
        assert out.next().startswith("today: ")  # today's session made ready in the running window
        assert not [p for p in tmp_path.iterdir() if "request" in p.name or "asking" in p.name]  # answered
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_request_left_by_a_launch_that_gave_up_is_cleared_not_acted_on(tmp_path, qtbot):
    from rehab_desktop.ui.shell.single_instance import REQUEST_PREFIX, SingleInstance

    old = tmp_path / f"{REQUEST_PREFIX}12345"
    old.write_text("today\n")
    os.utime(old, (1_000_000, 1_000_000))  # long ago
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    asked = []
    instance.activation_requested.connect(lambda: asked.append("show"))
    instance.listen()
    assert not old.exists() and asked == []
    fresh = tmp_path / f"{REQUEST_PREFIX}777"
    with qtbot.waitSignal(instance.activation_requested):  # the folder is watched: no polling
        fresh.write_text("show\n")
    assert not fresh.exists()
    instance.release()


def test_a_crashed_instance_leaves_no_lock_behind(tmp_path, lines):
    first = start_app(tmp_path)
    assert lines(first.stdout).next() == "ready"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert (tmp_path / "rehab-desktop.lock").exists()  # the stale lock is still there...
    again = start_app(tmp_path)
    try:
        assert lines(again.stdout).next() == "ready"  # ...and is taken over
    finally:
        again.terminate()
        again.wait(timeout=30)


def test_kill_9_mid_session_keeps_completed_sets(tmp_path, library, lines):
    from rehab_desktop.store import HistoryRepo, open_database

    child = subprocess.Popen([sys.executable, str(HELPER), str(tmp_path), "standing-calf-stretch", "20"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env())
    out = lines(child.stdout)
    try:
        assert out.next() == "started"
        assert out.next() == "set 1"
        assert out.next() == "set 2"
        child.send_signal(signal.SIGKILL)  # in the middle of the next rest or set
    finally:
        child.kill()
        child.wait(timeout=30)
    with open_database(tmp_path) as db:
        repo = HistoryRepo(db)
        unfinished = repo.unfinished_session()
        assert unfinished is not None  # offered for resuming at the next start
        detail = repo.session_detail(unfinished.id)
        sets = [s for e in detail.exercises for s in e.sets]
        assert len(sets) >= 2
        assert all(s.exercise_id == "standing-calf-stretch" for s in sets)
        assert [s.set_number for s in sets[:2]] == [1, 2]
        assert detail.exercises[0].dose.sets == 2  # the chosen dose was kept too
