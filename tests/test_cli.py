"""The command line, run as a user runs it: the installed program, from another directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC
from pathlib import Path

from rehab_desktop import __version__


def run(args, tmp_path, env=None, timeout=60):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "rehab_desktop", *args], capture_output=True, text=True,
                          cwd=tmp_path, env=full_env, timeout=timeout)


def test_entry_point_is_installed_and_runs_from_elsewhere(tmp_path):
    exe = shutil.which("rehab-desktop", path=str(Path(sys.executable).parent))
    assert exe, "the rehab-desktop program is not installed beside this Python"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 0
    assert out.stdout.strip() == f"rehab-desktop {__version__}"


def test_help_lists_options_and_commands(tmp_path):
    out = run(["--help"], tmp_path)
    assert out.returncode == 0
    for word in ("--data-dir", "--exercise", "--speed", "--version", "exercises", "Not medical advice"):
        assert word in out.stdout


def test_exercises_table(tmp_path, library):
    out = run(["exercises"], tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "GROUP", "DOSE"]
    for ex in library.exercises:
        line = next(li for li in lines if li.startswith(ex.id + " "))
        assert ex.name in line and ex.group.name in line
        assert ex.dose.summary(mark=True) in line
    assert "app's suggestion" in out.stdout


def test_exercises_json(tmp_path, library):
    out = run(["exercises", "--json"], tmp_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [d["id"] for d in data] == library.ids
    calf = data[0]
    assert {"id", "name", "group", "steps", "dose"} <= calf.keys()
    assert calf["group"] == "Range of motion & flexibility"
    assert calf["dose"]["summary"] == "Hold 30+ s · 2–3 sets · each leg"
    assert calf["dose"]["sets"]["low"] == 2 and calf["dose"]["sets"]["high"] == 3
    assert calf["dose"]["movements"][0]["hold_s"] == {"low": 30, "high": None, "default": 30, "text": "30+",
                                                      "suggested": False, "up_to": False}
    inv = next(d for d in data if d["id"] == "ankle-inversion-eversion")
    assert [m["name"] for m in inv["dose"]["movements"]] == ["Inversion", "Eversion"]
    assert len(calf["steps"]) == 5


def test_unknown_exercise_lists_valid_ids_and_exits_2(tmp_path, library):
    out = run(["--exercise", "calf-raise", "--data-dir", str(tmp_path / "d")], tmp_path)
    assert out.returncode == 2
    assert "unknown exercise id 'calf-raise'" in out.stderr
    for ex_id in library.ids:
        assert ex_id in out.stderr
    assert not (tmp_path / "d").exists()  # nothing was created for a bad command line


def test_bad_speed_is_refused(tmp_path):
    out = run(["--speed", "fast"], tmp_path)
    assert out.returncode == 2 and "'fast' is not a number" in out.stderr


WINDOW_STARTS = [[], ["--smoke-test"], ["--data-dir", "d", "--exercise", "sumo-squat", "--today"],
                 ["--speed=3", "--verbose", "--library", "x.toml"], ["--self-check", "out.pdf", "--data-dir=d"]]


def test_a_window_start_reads_its_options_as_the_whole_parser_does():
    """The window's start reads its options without building every command's parser (app.parse_args):
    what it reads must be what the whole parser reads."""
    from rehab_desktop.app import build_parser, parse_args

    for argv in WINDOW_STARTS:
        assert parse_args(argv) == build_parser().parse_args(argv), argv
    assert parse_args(["exercises", "--json"]).command == "exercises"
    assert parse_args(["--data-dir", "d", "plan", "programs"]).data_dir == "d"


def test_wrong_window_options_are_named_by_the_whole_parser(tmp_path):
    out = run(["--bogus"], tmp_path)
    assert out.returncode == 2
    assert "usage: rehab-desktop" in out.stderr and "COMMAND" in out.stderr  # the whole usage, commands too
    assert "unrecognized arguments: --bogus" in out.stderr
    out = run(["--exercise"], tmp_path)
    assert out.returncode == 2 and "--exercise: expected one argument" in out.stderr


def test_window_opens_on_chosen_exercise_with_data_dir_from_env(tmp_path):
    data = tmp_path / "from-env"
    out = run(["--smoke-test", "--exercise", "sumo-squat"], tmp_path, env={"REHAB_DESKTOP_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    assert "window shown" in out.stdout
    assert "Traceback" not in out.stderr
    assert (data / "settings.ini").exists()


def test_history_csv_command_round_trips_awkward_notes(tmp_path):
    import csv
    from datetime import datetime

    from rehab_desktop.core.records import LegSide, SetRecord
    from rehab_desktop.store import HistoryRepo, open_database

    data = tmp_path / "data"
    notes = 'Sore, but "better" than last week;\nnext time: lighter band. Ünïcödé ✓'
    with open_database(data) as db:
        repo = HistoryRepo(db)
        t = datetime(2026, 5, 4, 9, tzinfo=UTC)
        sid = repo.open_session(t, pain_before=4)
        repo.record_set(sid, SetRecord("single-leg-balance", "main", LegSide.LEFT, 1, None, None, 30.0, 30.0, t, t))
        repo.finish_session(sid, t, pain_after=2, effort=6, notes=notes)
    out = run(["history", "csv", str(tmp_path / "h.csv"), "--data-dir", str(data)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Wrote 1 row to" in out.stdout
    with open(tmp_path / "h.csv", newline="", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert row["notes"] == notes
    assert (row["exercise_id"], row["side"], row["pain_before"], row["achieved_hold_s"]) == (
        "single-leg-balance", "left", "4", "30.0")


def test_history_csv_without_history_is_the_empty_export(tmp_path):
    """A folder the app never opened exports the same header-only file as one it opened once."""
    never = run(["history", "csv", str(tmp_path / "never.csv"), "--data-dir", str(tmp_path / "empty")], tmp_path)
    assert never.returncode == 0, never.stderr
    assert "no history yet" in never.stderr and "Wrote 0 rows" in never.stdout
    assert not (tmp_path / "empty").exists()  # an export creates nothing in the data folder
    from rehab_desktop.store import open_database

    open_database(tmp_path / "opened").close()  # what the app's first start leaves
    once = run(["history", "csv", str(tmp_path / "once.csv"), "--data-dir", str(tmp_path / "opened")], tmp_path)
    assert once.returncode == 0, once.stderr
    header = (tmp_path / "once.csv").read_bytes()
    assert header.startswith(b"\xef\xbb\xbfrow_type,session_id,") and header.count(b"\n") == 1  # with a BOM
    assert (tmp_path / "never.csv").read_bytes() == header
