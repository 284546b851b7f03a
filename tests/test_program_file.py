"""The program file: `plan export` and `plan import`, through `rehab_desktop.app.main` as the command line runs them.

`exported_at` is the one thing that differs between two exports of the same plan; the round trip
fixes it (`cli.plan._export_time`), so the same plan gives the same bytes.
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from rehab_desktop.app import main
from rehab_desktop.cli import plan as cli_plan
from rehab_desktop.core.own_exercises import exercise_from_dict
from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.program_file import MAX_BYTES, ProgramError, program_to_text, read_program
from rehab_desktop.core.records import Prescription
from rehab_desktop.store import HistoryRepo, OwnExerciseRepo, PlanRepo, open_database

SCHEMA = Path(__file__).resolve().parent.parent / "docs" / "program.schema.json"
MOMENT = datetime(2026, 5, 11, 9, 30, tzinfo=UTC)
TODAY = date.today()
HEEL = {"id": "own-heel-walks", "name": "Heel <b>walks</b> & co", "group": "strength",
        "steps": ["Stand tall.", "Walk on your heels, toes up."],
        "dose": {"sets": "2-3", "side": "both", "movements": [{"kind": "reps", "reps": "10-20"}]},
        "source_note": "from my therapist"}


@pytest.fixture(autouse=True)
def fixed_moment(monkeypatch):
    monkeypatch.setattr(cli_plan, "_export_time", lambda: MOMENT)


def heel(library, **changes):
    return exercise_from_dict({**HEEL, **changes}, library.groups)


def the_plan(name="Ana's program", starts_on=date(2026, 1, 5)):
    plan = WeekPlan(name=name, starts_on=starts_on, notes="Ice after, <i>not</i> before.",
                    prescribed_by="Ana Ruiz", prescribed_on=date(2026, 1, 2))
    plan.add(0, Prescription("ankle-dorsiflexion", 3, 12, 2, "green band"))
    plan.add(1, Prescription("own-heel-walks", 2, 15))
    plan.add(1, Prescription("single-leg-balance", 8, None, 200, "", None, True, "Ana Ruiz"))  # prescribed
    plan.add(3, Prescription("sumo-squat", 2, 10, None, "", 5.5))
    return plan


def make_store(data_dir, library, plan=None, own=True, session_on=None):
    with open_database(data_dir) as db:
        if own:
            OwnExerciseRepo(db).save(heel(library))
        if plan is not None:
            PlanRepo(db).save(plan, plan.starts_on)
        if session_on is not None:
            from rehab_desktop.core.records import LegSide, SetRecord

            repo = HistoryRepo(db, tz=UTC)
            t = datetime(session_on.year, session_on.month, session_on.day, 9, tzinfo=UTC)
            sid = repo.open_session(t, pain_before=4)
            repo.record_set(sid, SetRecord("single-leg-balance", "main", LegSide.LEFT, 1, None, None, 30.0, 30.0, t,
                                           t + timedelta(seconds=30)))
            repo.finish_session(sid, t + timedelta(minutes=1), pain_after=2, notes="ok")


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` (the store and anything beside it) by its checksum."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def cli(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def export_file(tmp_path, capsys, data_dir, name="program.json") -> Path:
    target = tmp_path / name
    code, out, err = cli(capsys, "plan", "export", str(target), "--data-dir", str(data_dir))
    assert code == 0, err
    return target


def good_dict(library) -> dict:
    return json.loads(program_to_text(the_plan(), _with_heel(library), "2026-05-11T09:30:00Z"))


def _with_heel(library):
    library.set_own([heel(library)])
    return library


# --- export and the round trip ---------------------------------------------------------------------

def test_round_trip_through_a_fresh_store_gives_the_same_file(tmp_path, capsys, library):
    first_dir, second_dir = tmp_path / "first", tmp_path / "second"
    make_store(first_dir, library, the_plan())
    first = export_file(tmp_path, capsys, first_dir, "first.json")

    code, out, err = cli(capsys, "plan", "import", str(first), "--data-dir", str(second_dir))
    assert code == 0, err
    assert "exercise added to your own: Heel <b>walks</b> & co" in out
    assert f"Imported {first}: the plan from {TODAY.isoformat()}, 4 exercises a week, 1 own exercise added." in out

    second = export_file(tmp_path, capsys, second_dir, "second.json")
    assert second.read_bytes() == first.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert text.endswith("}\n") and '"exported_at": "2026-05-11T09:30:00Z"' in text
    assert "Heel <b>walks</b> & co" in text  # UTF-8 and markup kept as written, never escaped or read
    with open_database(second_dir) as db:
        plan = PlanRepo(db).load()
        assert plan.starts_on == TODAY and plan.source == "first.json"
        assert plan.days[1][1] == Prescription("single-leg-balance", 8, None, 200, "", None, True, "Ana Ruiz")
        assert plan.prescribed_by == "Ana Ruiz" and plan.prescribed_on == date(2026, 1, 2)
        assert plan.name == "Ana's program" and plan.notes == "Ice after, <i>not</i> before."
        own = OwnExerciseRepo(db).load(library)
        assert [e.id for e in own] == ["own-heel-walks"] and own[0].name == "Heel <b>walks</b> & co"


def test_the_exported_file_follows_the_schema(tmp_path, capsys, library):
    make_store(tmp_path / "d", library, the_plan())
    data = json.loads(export_file(tmp_path, capsys, tmp_path / "d").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert list(data) == ["format", "version", "name", "notes", "prescribed_by", "prescribed_on", "exported_at",
                          "emphasis", "program", "exercises", "days"]
    assert list(data["days"]) == ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    bad = copy.deepcopy(data)
    bad["days"]["tuesday"][1]["dose"]["sets"] = 40
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(bad)


def test_export_to_standard_output_and_without_a_plan(tmp_path, capsys, library):
    make_store(tmp_path / "d", library, the_plan())
    code, out, err = cli(capsys, "plan", "export", "-", "--data-dir", str(tmp_path / "d"))
    assert code == 0, err
    assert json.loads(out)["format"] == "rehab-desktop-program"
    code, out, err = cli(capsys, "plan", "export", str(tmp_path / "x.json"), "--data-dir", str(tmp_path / "none"))
    assert code == 2 and "no saved weekly plan to export" in err
    assert not (tmp_path / "x.json").exists() and not (tmp_path / "none").exists()


# --- the preview and what is written ---------------------------------------------------------------

def test_dry_run_shows_the_changes_and_writes_nothing(tmp_path, capsys, library):
    data_dir = tmp_path / "d"
    old = WeekPlan(name="Mine", starts_on=date(2026, 1, 5))
    old.add(0, Prescription("ankle-dorsiflexion", 2, 10, 1))
    old.add(2, Prescription("standing-calf-stretch", 2, None, 30))
    make_store(data_dir, library, old, own=False)
    path = tmp_path / "p.json"
    path.write_text(json.dumps(good_dict(library)), encoding="utf-8")
    before = fingerprint(data_dir)

    code, out, err = cli(capsys, "plan", "import", str(path), "--dry-run", "--data-dir", str(data_dir))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"Importing {path} as the plan from {TODAY.isoformat()}:"
    head = f"  new plan \u201cAna's program\u201d from {TODAY.isoformat()}, prescribed by Ana Ruiz on 2026-01-02"
    assert head in lines
    assert "  Ankle dorsiflexion: 2\u00d710 \u2192 3\u00d712" in lines  # a dose different from the current plan
    assert "  Heel <b>walks</b> & co added" in lines and "  Standing calf stretch dropped" in lines
    assert "  exercise added to your own: Heel <b>walks</b> & co" in lines
    assert lines[-1] == "Dry run: nothing was written."
    assert fingerprint(data_dir) == before

    fresh = tmp_path / "fresh"
    code, out, err = cli(capsys, "plan", "import", str(path), "--dry-run", "--data-dir", str(fresh))
    assert code == 0, err
    assert "First plan: 4 exercises a week, prescribed by Ana Ruiz" in out
    assert not fresh.exists()  # no store is made for a dry run


def test_from_in_the_past_is_refused(tmp_path, capsys, library):
    data_dir = tmp_path / "d"
    make_store(data_dir, library, the_plan())
    path = tmp_path / "p.json"
    path.write_text(json.dumps(good_dict(library)), encoding="utf-8")
    before = fingerprint(data_dir)
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    code, out, err = cli(capsys, "plan", "import", str(path), "--from", yesterday, "--data-dir", str(data_dir))
    assert code == 2
    assert err == (f"rehab-desktop: --from {yesterday} is in the past: an imported plan starts today "
                   f"({TODAY.isoformat()}) or later, so the days already lived keep the plan they had\n")
    assert fingerprint(data_dir) == before


def test_import_keeps_history_and_earlier_versions(tmp_path, capsys, library):
    data_dir = tmp_path / "d"
    old = WeekPlan(name="Mine", starts_on=date(2026, 1, 5))
    old.add(0, Prescription("ankle-dorsiflexion", 2, 10, 1))
    make_store(data_dir, library, old, own=False, session_on=TODAY - timedelta(days=2))
    with open_database(data_dir) as db:
        later = old.copy()
        later.add(4, Prescription("sumo-squat", 2, 10))
        PlanRepo(db).start_version(later, TODAY + timedelta(days=20))  # a version still to come
    path = tmp_path / "p.json"
    path.write_text(json.dumps(good_dict(library)), encoding="utf-8")
    tomorrow = TODAY + timedelta(days=1)

    code, out, err = cli(capsys, "plan", "import", str(path), "--from", tomorrow.isoformat(),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert f"  replaces the plan \u201cMine\u201d from {(TODAY + timedelta(days=20)).isoformat()}" in out
    with open_database(data_dir) as db:
        versions = PlanRepo(db).timeline().versions
        assert [(p.name, p.starts_on) for p in versions] == [("Mine", date(2026, 1, 5)), ("Ana's program", tomorrow)]
        assert versions[0].same_content(old)  # the earlier version as it was
        assert PlanRepo(db).load(TODAY).name == "Mine" and PlanRepo(db).load(tomorrow).name == "Ana's program"
        assert len(HistoryRepo(db, tz=UTC).sessions_between(TODAY - timedelta(days=9), TODAY)) == 1


def test_an_own_exercise_with_the_same_id_is_replaced_only_after_the_preview_says_so(tmp_path, capsys, library):
    data_dir = tmp_path / "d"
    with open_database(data_dir) as db:
        OwnExerciseRepo(db).save(heel(library, name="My heel walks", steps=["Walk on heels."]))
    path = tmp_path / "p.json"
    path.write_text(json.dumps(good_dict(library)), encoding="utf-8")
    code, out, err = cli(capsys, "plan", "import", str(path), "--dry-run", "--data-dir", str(data_dir))
    assert code == 0, err
    line = ("  changes your own exercise Heel <b>walks</b> & co (own-heel-walks): the file's version replaces yours")
    assert line in out.splitlines()
    code, out, err = cli(capsys, "plan", "import", str(path), "--data-dir", str(data_dir))
    assert code == 0 and line in out.splitlines() and "1 own exercise changed" in out
    with open_database(data_dir) as db:
        assert OwnExerciseRepo(db).load(library)[0].name == "Heel <b>walks</b> & co"
    # the same content again: no change to the exercise, and the same plan is not added twice
    code, out, err = cli(capsys, "plan", "import", str(path), "--data-dir", str(data_dir))
    assert code == 0 and "own exercise" not in out and "Nothing to import" in out
    with open_database(data_dir) as db:
        assert len(PlanRepo(db).timeline().versions) == 1


# --- bad files -------------------------------------------------------------------------------------

def _set(path: str, value):
    def change(d):
        *head, last = path.split(".")
        target = d
        for part in head:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DROP:
            del target[last if not last.isdigit() else int(last)]
        else:
            target[int(last) if last.isdigit() else last] = value
        return d
    return change


_DROP = object()

BAD = [
    ("format", _set("format", "something-else"),
     'format: is "something-else", so this is not a rehab-desktop program file (expected "rehab-desktop-program")'),
    ("no format", _set("format", _DROP),
     'format: is missing, so this is not a rehab-desktop program file (expected "rehab-desktop-program")'),
    ("newer version", _set("version", 2), "version: 2 is newer than this app reads (up to 1); update rehab-desktop "
                                          "to import it"),
    ("unknown exercise", _set("days.monday.0.exercise", "ankle-moonwalk"),
     "days.monday[1].exercise: 'ankle-moonwalk' is not an exercise this app knows (see 'rehab-desktop exercises')"),
    ("own not included", _set("exercises", []),
     "days.tuesday[1].exercise: 'own-heel-walks' is an own exercise that is not in the file's \"exercises\""),
    ("duplicate on a day", _set("days.tuesday.1.exercise", "own-heel-walks"),
     "days.tuesday[2].exercise: 'own-heel-walks' is already on tuesday (days.tuesday[1]); a day lists each "
     "exercise once"),
    ("duplicate own ids", lambda d: {**d, "exercises": d["exercises"] * 2},
     "exercises[2].id: 'own-heel-walks' is listed twice (also exercises[1])"),
    ("above the safety limit", _set("days.tuesday.1.dose.sets", 40), "days.tuesday[2].dose.sets: 40 is above 10"),
    ("hold above the limit", _set("days.tuesday.1.dose.hold_s", 301), "days.tuesday[2].dose.hold_s: 301 is above 300"),
    ("zero reps", _set("days.monday.0.dose.reps", 0), "days.monday[1].dose.reps: 0 is below 1"),
    ("outside the range", _set("days.monday.0.dose.reps", 20),
     "days.monday[1].dose.reps: 20 lies outside Ankle dorsiflexion's range 10\u201315; if a therapist prescribed "
     "it, mark the dose \"prescribed\": true"),
    ("reps for a hold", _set("days.tuesday.1.dose.reps", 10),
     "days.tuesday[2].dose.reps: must be null: Single-leg balance (single-leg-balance) has no repetitions"),
    ("not a number", _set("days.monday.0.dose.sets", "3"), 'days.monday[1].dose.sets: must be a whole number, not "3"'),
    ("own exercise's own dose", _set("exercises.0.dose.sets", 40),
     "exercises[1].dose.sets: 40 sets is above 10, the most the app allows"),
    ("unknown field", _set("days.monday.0.dose.tempo", 3),
     "days.monday[1].dose.tempo: is not a field of a dose (known: sets, reps, hold_s, resistance, weight_kg, "
     "prescribed, prescribed_by)"),
    ("not a day", _set("days.funday", []),
     "days.funday: is not a day of the week (monday, tuesday, ... sunday, in lower case)"),
    ("bad date", _set("prescribed_on", "2 Jan 2026"),
     'prescribed_on: must be a date like "2026-05-11" or null, not "2 Jan 2026"'),
    ("by without prescribed", _set("days.monday.0.dose.prescribed_by", "Ana"),
     "days.monday[1].dose.prescribed_by: names who prescribed the dose, but \"prescribed\" is false; "
     "set \"prescribed\": true"),
    ("a name on two lines", _set("name", "Ana\n<script>"), "name: contains a control character (U+000A); it must be "
                                                           "one line"),
]


@pytest.mark.parametrize(("change", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_file_is_refused_by_its_field_and_nothing_is_written(tmp_path, capsys, library, change, message):
    data_dir = tmp_path / "d"
    make_store(data_dir, library, the_plan("Mine"))
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(change(good_dict(library)), ensure_ascii=False), encoding="utf-8")
    before = fingerprint(data_dir)
    code, out, err = cli(capsys, "plan", "import", str(path), "--data-dir", str(data_dir))
    assert (code, out, err) == (1, "", f"rehab-desktop: {path}: {message}\n")
    assert fingerprint(data_dir) == before


RAW = [
    ("invalid JSON", b'{"format": "rehab-desktop-program",\n  "version": 1\n  "days": {}}',
     "is not valid JSON: Expecting ',' delimiter at line 3, column 3"),
    ("duplicate keys", b'{"format": "rehab-desktop-program", "version": 1, "days": {}, "days": {}}',
     "is not usable JSON: the key 'days' appears twice in one object"),
    ("not UTF-8", b'{"format": "rehab-desktop-program", "name": "\xff"}', "is not UTF-8 text (byte 46 cannot be read)"),
    ("a list", b"[]", 'must be a JSON object with "format": "rehab-desktop-program", not a list'),
]


@pytest.mark.parametrize(("raw", "message"), [r[1:] for r in RAW], ids=[r[0] for r in RAW])
def test_a_file_that_is_not_a_program_is_refused(tmp_path, capsys, library, raw, message):
    data_dir = tmp_path / "d"
    make_store(data_dir, library, the_plan("Mine"))
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    before = fingerprint(data_dir)
    code, out, err = cli(capsys, "plan", "import", str(path), "--data-dir", str(data_dir))
    assert (code, out, err) == (1, "", f"rehab-desktop: {path}: {message}\n")
    assert fingerprint(data_dir) == before


def test_a_50_mb_file_is_refused_by_its_size_before_it_is_read(tmp_path, capsys, library, monkeypatch):
    data_dir = tmp_path / "d"
    make_store(data_dir, library, the_plan("Mine"))
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to the test's disk
    before = fingerprint(data_dir)
    real_open = open

    def no_reading(file, *args, **kw):
        assert Path(file) != path, "the file was opened although its size alone refuses it"
        return real_open(file, *args, **kw)

    monkeypatch.setattr("builtins.open", no_reading)
    code, out, err = cli(capsys, "plan", "import", str(path), "--data-dir", str(data_dir))
    monkeypatch.undo()
    assert (code, out) == (1, "")
    assert err == f"rehab-desktop: {path}: the file is 50 MB; a program file may be at most 2 MB\n"
    assert fingerprint(data_dir) == before
    with pytest.raises(ProgramError, match="at most 2 MB"):
        read_program(b" " * (MAX_BYTES + 1), library)


def test_a_missing_file_and_a_store_never_made(tmp_path, capsys):
    code, out, err = cli(capsys, "plan", "import", str(tmp_path / "nope.json"), "--data-dir", str(tmp_path / "d"))
    assert (code, out, err) == (1, "", f"rehab-desktop: {tmp_path / 'nope.json'}: no such file\n")
    assert not (tmp_path / "d").exists()


def test_markup_is_kept_as_plain_text(library):
    data = good_dict(library)
    data["name"] = "<b>Week</b> <img src=x onerror=alert(1)>"
    data["exercises"][0]["name"] = "<a href='x'>Heel</a>"
    library.set_own(())
    program = read_program(json.dumps(data).encode(), library, "p.json")
    assert program.plan.name == "<b>Week</b> <img src=x onerror=alert(1)>"
    assert program.exercises[0].name == "<a href='x'>Heel</a>"


def test_the_documented_example_follows_the_schema_and_imports(library):
    text = (SCHEMA.parent / "program-format.md").read_text(encoding="utf-8")
    block = text.split("```json\n", 1)[1].split("```", 1)[0]
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(json.loads(block))
    program = read_program(block.encode(), library, "example.json")
    assert program.plan.entry_count() == 3 and [e.id for e in program.exercises] == ["own-heel-walks"]
    assert program.prescribed_by == "Ana Ruiz" and program.prescribed_on == date(2026, 5, 8)
