"""A malformed library file gets a message naming the file, the exercise and the field."""

from __future__ import annotations

import subprocess
import sys

import pytest

from rehab_desktop.core.library import LibraryError, load_library
from rehab_desktop.shipped import shipped

SHIPPED = (shipped("exercises.toml")).read_text(encoding="utf-8")


def broken(tmp_path, old: str, new: str, count: int = 1):
    assert old in SHIPPED, old
    path = tmp_path / "my-library.toml"
    path.write_text(SHIPPED.replace(old, new, count), encoding="utf-8")
    return path


CASES = [
    # (what is changed, replacement, exercise id expected in the message, field expected)
    ('hold = "30+"', 'hold = "thirty"', "standing-calf-stretch", "dose.movements[1].hold"),
    ('side = "alternating"', 'side = "sideways"', "balance-pad-step-ups", "dose.side"),
    ('group = "strength"\nkey_instruction = "Band around', 'group = "strenght"\nkey_instruction = "Band around',
     "ankle-plantarflexion", "group"),
    ('sets = "2-3"\nside = "each-per-set"', 'sets = "3-2"\nside = "each-per-set"', "one-sided-lunge", "dose.sets"),
    ('reps = "10-15"\nwork_step = 2', 'reps = "10-15"\nwork_step = 9', "foam-pad-toe-raises",
     "dose.movements[1].work_step"),
    ('needs = ["band"]', 'needs = ["elastic"]', "ankle-inversion-eversion", "equipment[1].needs"),
    ('name = "Sumo squat"', 'name = ""', "sumo-squat", "name"),
    ('kind = "hold"\nhold = "30-60"', 'kind = "hover"\nhold = "30-60"', "single-leg-balance", "dose.movements[1].kind"),
    # the band work's slowest tempo: a whole number of seconds from 1 to 5
    ("min_tempo = 2", "min_tempo = 0", "ankle-inversion-eversion", "dose.min_tempo"),
    ("min_tempo = 2", "min_tempo = 6", "ankle-inversion-eversion", "dose.min_tempo"),
    ("min_tempo = 2", 'min_tempo = "slow"', "ankle-inversion-eversion", "dose.min_tempo"),
    ("min_tempo = 2", "min_tempo = 2.5", "ankle-inversion-eversion", "dose.min_tempo"),
    ("min_tempo = 2", "min_tempo = true", "ankle-inversion-eversion", "dose.min_tempo"),
]


@pytest.mark.parametrize("old, new, ex_id, field", CASES, ids=[c[3] + ":" + c[2] for c in CASES])
def test_message_names_file_exercise_and_field(tmp_path, old, new, ex_id, field):
    path = broken(tmp_path, old, new)
    with pytest.raises(LibraryError) as err:
        load_library(path)
    msg = str(err.value)
    assert str(path) in msg
    assert f"exercise '{ex_id}'" in msg
    assert f"field '{field}'" in msg
    assert err.value.exercise_id == ex_id and err.value.field == field


def test_duplicate_id_and_missing_steps(tmp_path):
    path = broken(tmp_path, 'id = "sumo-squat"', 'id = "one-sided-lunge"')
    with pytest.raises(LibraryError, match=r"repeats exercise id 'one-sided-lunge'"):
        load_library(path)
    first_step = '[\n  "Get steady in the wide stance.",'
    path = broken(tmp_path, f"steps = {first_step}", f"stepz = {first_step}")
    with pytest.raises(LibraryError, match=r"exercise 'sumo-squat': field 'steps': is missing"):
        load_library(path)


def test_not_toml_and_not_utf8(tmp_path):
    path = tmp_path / "lib.toml"
    path.write_text("[[exercises]\nid = ", encoding="utf-8")
    with pytest.raises(LibraryError, match=r"lib.toml: is not valid TOML: .*line 1"):
        load_library(path)
    path.write_bytes(b"name = '\xff\xfe'")
    with pytest.raises(LibraryError, match="is not UTF-8"):
        load_library(path)
    with pytest.raises(LibraryError, match="cannot be read"):
        load_library(tmp_path / "missing.toml")


def test_app_reports_bad_file_without_traceback(tmp_path):
    path = broken(tmp_path, 'hold = "30+"', 'hold = "thirty"')
    result = subprocess.run([sys.executable, "-m", "rehab_desktop", "--library", str(path), "exercises"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{path}: exercise 'standing-calf-stretch': field 'dose.movements[1].hold'" in result.stderr
    assert result.stdout == ""


def test_min_tempo_says_what_it_wants_and_defaults_to_one_second(tmp_path):
    with pytest.raises(LibraryError, match=r"whole number of seconds from 1 to 5, not 0"):
        load_library(broken(tmp_path, "min_tempo = 2", "min_tempo = 0"))
    library = load_library(broken(tmp_path, "min_tempo = 2", "min_tempo = 3"))
    assert library["ankle-inversion-eversion"].dose.min_tempo_s == 3
    assert library["ankle-plantarflexion"].dose.min_tempo_s == 2  # only the first one was changed
    assert library["single-leg-deadlift"].dose.min_tempo_s == 1  # not given: any tempo the timer offers
