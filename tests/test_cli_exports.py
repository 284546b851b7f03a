"""Every command that writes a file, run as a user runs it: `-`, symlinks, FIFOs, /dev/null, a terminal."""

from __future__ import annotations

import os
import pty
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest

from rehab_desktop.core.records import LegSide, SetRecord

COMMANDS = {  # the exports, each with the bytes its output starts with
    "history csv": (["history", "csv"], b"\xef\xbb\xbfrow_type,session_id,"),  # a BOM, for spreadsheets
    "history pdf": (["history", "pdf"], b"%PDF-"),
    "plan pdf": (["plan", "pdf", "--program", "early"], b"%PDF-"),
    "plan ics": (["plan", "ics", "--program", "early"], b"BEGIN:VCALENDAR\r\n"),
}


@pytest.fixture(autouse=True)
def devices_guard():
    """Fail, and put things right, if an export replaced /dev/null or /dev/stdout (the bug this file pins)."""
    yield
    null, out = os.lstat("/dev/null"), os.lstat("/dev/stdout")
    broken = []
    if not stat.S_ISCHR(null.st_mode):
        broken.append("/dev/null")
        if os.geteuid() == 0:
            os.unlink("/dev/null")
            os.mknod("/dev/null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            os.chmod("/dev/null", 0o666)
    if not stat.S_ISLNK(out.st_mode):
        broken.append("/dev/stdout")
        if os.geteuid() == 0:
            os.unlink("/dev/stdout")
            os.symlink("/proc/self/fd/1", "/dev/stdout")
    assert not broken, f"an export replaced {' and '.join(broken)}"


@pytest.fixture
def data(tmp_path):
    from rehab_desktop.store import HistoryRepo, open_database

    data = tmp_path / "data"
    with open_database(data) as db:
        repo = HistoryRepo(db)
        t = datetime.now(UTC) - timedelta(days=1)
        sid = repo.open_session(t, pain_before=4)
        repo.record_set(sid, SetRecord("single-leg-balance", "main", LegSide.LEFT, 1, None, None, 30.0, 30.0, t,
                                       t + timedelta(seconds=30)))
        repo.finish_session(sid, t + timedelta(minutes=1), pain_after=2, notes="ok")
    return data


def cli(args, data, cwd, **kw):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", *args, "--data-dir", str(data)], cwd=cwd, env=env,
                          timeout=120, **kw)


def command(name, target):
    words, _start = COMMANDS[name]
    return [*words[:2], target, *words[2:]]


def test_history_csv_to_a_pipe_is_the_same_bytes_as_to_a_file(data, tmp_path):
    piped = cli(["history", "csv", "-"], data, tmp_path, capture_output=True)
    assert piped.returncode == 0, piped.stderr
    assert piped.stderr == b""  # nothing said in the stream's way
    to_file = cli(["history", "csv", str(tmp_path / "h.csv")], data, tmp_path, capture_output=True, text=True)
    assert to_file.returncode == 0 and "Wrote 1 row to" in to_file.stdout
    assert piped.stdout == (tmp_path / "h.csv").read_bytes() and piped.stdout.count(b"\r\n") == 2
    named = cli(["history", "csv", "/dev/stdout"], data, tmp_path, capture_output=True)  # the old way round
    assert named.returncode == 0 and named.stdout.startswith(piped.stdout)


@pytest.mark.parametrize("name", COMMANDS)
def test_dash_streams_to_standard_output(name, data, tmp_path):
    out = cli(command(name, "-"), data, tmp_path, capture_output=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(COMMANDS[name][1]) and out.stderr == b""


@pytest.mark.parametrize("name", ["history pdf", "plan pdf"])
def test_a_pdf_is_not_written_to_a_terminal(name, data, tmp_path):
    leader, follower = pty.openpty()
    try:
        out = cli(command(name, "-"), data, tmp_path, stdout=follower, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(follower)
        os.close(leader)
    assert out.returncode == 2 and "not writing a PDF to the terminal" in out.stderr


@pytest.mark.parametrize("name", COMMANDS)
def test_a_symlink_is_written_through_and_stays_a_link(name, data, tmp_path):
    real = tmp_path / "real"
    real.write_bytes(b"old")
    link = tmp_path / "link"
    link.symlink_to("real")
    out = cli(command(name, str(link)), data, tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert link.is_symlink() and os.readlink(link) == "real"
    assert real.read_bytes().startswith(COMMANDS[name][1])


@pytest.mark.parametrize("name", COMMANDS)
def test_a_fifo_is_written_through_and_stays_a_fifo(name, data, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    out = cli(command(name, str(fifo)), data, tmp_path, capture_output=True, text=True)
    if out.returncode:  # nothing opened the FIFO: let the reader go
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    reader.join(30)
    assert out.returncode == 0, out.stderr
    assert got and got[0].startswith(COMMANDS[name][1])
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("name", COMMANDS)
def test_dev_null_works_and_is_untouched(name, data, tmp_path):
    before = os.lstat("/dev/null")
    out = cli(command(name, "/dev/null"), data, tmp_path, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.parametrize("name", COMMANDS)
def test_a_missing_folder_is_named_and_nothing_is_written(name, data, tmp_path):
    target = tmp_path / "no-such-folder" / "out"
    out = cli(command(name, str(target)), data, tmp_path, capture_output=True, text=True)
    assert out.returncode == 1
    assert f"Can't write {target}: the folder {target.parent} does not exist." in out.stderr
    assert not target.parent.exists()
