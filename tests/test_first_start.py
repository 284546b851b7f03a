"""The first minutes at a terminal: no display, a closed pipe, Ctrl+C, exports before the first start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rehab_desktop import app as app_module


def run_without_display(args: list[str], tmp_path, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path / "data"), *args],
                          cwd=tmp_path, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120)


@pytest.mark.parametrize("args", [[], ["--smoke-test"], ["--exercise", "standing-calf-stretch"]])
def test_without_a_display_the_window_says_so_plainly(tmp_path, args):
    out = run_without_display(args, tmp_path)
    assert out.returncode == 2
    assert out.stderr.startswith("rehab-desktop: no display found")
    assert "ssh -X" in out.stderr and "'history csv|pdf'" in out.stderr
    assert "xcb" not in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "data").exists()  # nothing was set up for a window that never opened


@pytest.mark.parametrize("args", [["exercises"], ["plan", "programs"], ["history", "csv", "-"],
                                  ["plan", "pdf", "week.pdf", "--program", "early"]])
def test_the_commands_work_without_a_display(tmp_path, args):
    out = run_without_display(args, tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "qt." not in out.stderr


@pytest.mark.parametrize("args", [["exercises", "--json"], ["exercises"], ["plan", "programs"],
                                  ["history", "csv", "-"]])
def test_a_reader_that_went_away_ends_quietly_with_141(tmp_path, args):
    """`rehab-desktop exercises --json | head`: the reader is gone before the command writes."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        out = run_without_display(args, tmp_path, stdout=write_end)
    finally:
        os.close(write_end)
    assert out.returncode == 141
    assert out.stderr == "" or out.stderr.startswith("rehab-desktop: no history yet")
    assert "Traceback" not in out.stderr and "BrokenPipe" not in out.stderr


def test_ctrl_c_ends_a_command_quietly_with_130(monkeypatch, capsys):
    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr("rehab_desktop.cli.exercises.list_exercises", interrupted)
    assert app_module.main(["exercises"]) == 130
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == "\n"  # the shell's ^C, then a clean line


def test_an_everyday_start_keeps_the_terminal_quiet(tmp_path):
    """Sound and speech report themselves at every start, working or not; the window says what matters."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path / "d"), "--smoke-test"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("window shown after ")
    assert out.stderr == ""
