"""`rehab-desktop plan ...` run as a user runs it: a subprocess, from another folder, no window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

from pypdf import PdfReader

from rehab_desktop.core.plan import WeekPlan, default_dose
from rehab_desktop.core.programs import program_ids
from rehab_desktop.store import PlanRepo, open_database


def run(args, cwd, timeout=90, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    if not env:
        full_env.pop("REHAB_DESKTOP_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "rehab_desktop", "plan", *args], capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=timeout)


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def test_programs_lists_ids_with_one_line_each(tmp_path):
    out = run(["programs"], tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    for prog_id in program_ids():
        line = next(li for li in lines if li.startswith(prog_id + " "))
        assert len(line.split(None, 1)[1]) > 20
    assert "--emphasis anterior|posterior" in out.stdout
    assert "app's suggestion" in out.stdout and "not medical advice" in out.stdout


def test_pdf_of_a_starter_program_without_any_store(tmp_path):
    data = tmp_path / "data"
    out = run(["pdf", "week.pdf", "--program", "return-to-activity", "--week", "2026-05-13", "--page", "letter",
               "--data-dir", str(data)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Wrote week.pdf: the week of 2026-05-11, 12 exercises, Letter landscape, 2 pages." in out.stdout
    reader = PdfReader(str(tmp_path / "week.pdf"))
    assert len(reader.pages) == 2 and round(float(reader.pages[0].mediabox.width)) == 792
    text = pdf_text(tmp_path / "week.pdf")
    assert "Sumo squat" in text and "Week of Monday 11 May \u2013 17 May 2026" in text
    assert not data.exists()  # reading a program needs no store, and none is made


def test_pdf_with_emphasis(tmp_path):
    out = run(["pdf", "p.pdf", "--program", "early", "--emphasis", "posterior", "--page", "a4"], tmp_path)
    assert out.returncode == 0, out.stderr
    text = pdf_text(tmp_path / "p.pdf")
    assert "posterior emphasis" in text and "Ankle plantarflexion" in text  # kept, with its caution


def test_pdf_of_the_saved_plan(tmp_path, library):
    data = tmp_path / "data"
    plan = WeekPlan(name="Fridge & <b>sheet</b>", starts_on=date(2026, 5, 11))
    plan.add(0, default_dose(library["single-leg-balance"]))
    plan.add(3, default_dose(library["sumo-squat"]))
    with open_database(data) as db:
        PlanRepo(db).save(plan)
    out = run(["pdf", "saved.pdf", "--week", "2026-05-11", "--data-dir", str(data)], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "2 exercises" in out.stdout
    text = pdf_text(tmp_path / "saved.pdf")
    assert "Weekly plan: Fridge & <b>sheet</b>" in text
    assert "Single-leg balance" in text and "Sumo squat" in text and "Ankle dorsiflexion" not in text


def test_the_data_dir_may_come_from_the_environment(tmp_path, library):
    data = tmp_path / "env-data"
    plan = WeekPlan()
    plan.add(6, default_dose(library["standing-calf-stretch"]))
    with open_database(data) as db:
        PlanRepo(db).save(plan)
    out = run(["pdf", "env.pdf"], tmp_path, env={"REHAB_DESKTOP_DATA_DIR": str(data)})
    assert out.returncode == 0, out.stderr
    assert "Standing calf stretch" in pdf_text(tmp_path / "env.pdf")


def test_no_saved_plan_and_no_program_is_a_clear_exit_2(tmp_path):
    data = tmp_path / "data"
    out = run(["pdf", "x.pdf", "--data-dir", str(data)], tmp_path)
    assert out.returncode == 2
    assert "no saved weekly plan" in out.stderr and "--program" in out.stderr
    assert not (tmp_path / "x.pdf").exists() and not data.exists()
    with open_database(data):  # a store with history but no plan says the same
        pass
    out = run(["pdf", "x.pdf", "--data-dir", str(data)], tmp_path)
    assert out.returncode == 2 and "no saved weekly plan" in out.stderr


def test_unknown_program_lists_the_valid_ones(tmp_path):
    out = run(["pdf", "x.pdf", "--program", "marathon"], tmp_path)
    assert out.returncode == 2
    assert "unknown program 'marathon'" in out.stderr
    for prog_id in program_ids():
        assert prog_id in out.stderr


def test_bad_arguments(tmp_path):
    assert run(["pdf", "x.pdf", "--week", "13/05/2026", "--program", "early"], tmp_path).returncode == 2
    assert run(["pdf", "x.pdf", "--page", "a3", "--program", "early"], tmp_path).returncode == 2
    out = run(["pdf", "x.pdf", "--emphasis", "anterior"], tmp_path)
    assert out.returncode == 2 and "--program" in out.stderr
    out = run(["pdf", str(tmp_path / "no" / "such" / "x.pdf"), "--program", "early"], tmp_path)
    assert out.returncode == 1 and "Can't write" in out.stderr and "does not exist" in out.stderr


def test_the_command_lines_emphasis_choices_are_the_plans():
    from rehab_desktop.cli import plan as cli_plan
    from rehab_desktop.core.plan import EMPHASES

    assert cli_plan.EMPHASES == EMPHASES
