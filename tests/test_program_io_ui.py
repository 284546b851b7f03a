"""A program file from the window: File > Export the program, and Import a program with its preview."""

from __future__ import annotations

import hashlib
import json

from rehab_desktop.core.plan import WeekPlan
from rehab_desktop.core.records import Prescription
from rehab_desktop.paths import history_path


def heel_walks(library):
    from rehab_desktop.core.own_exercises import exercise_from_dict

    return exercise_from_dict({"id": "own-heel-walks", "name": "Heel walks", "group": "strength",
                               "steps": ["Stand tall.", "Walk on your heels."],
                               "dose": {"sets": "2-3", "side": "both",
                                        "movements": [{"kind": "reps", "reps": "10-20"}]}},
                              library.groups)


def test_a_plan_exported_from_one_window_is_imported_into_another_after_its_preview(make_window, library, tmp_path,
                                                                                     data_dir, qapp):
    w = make_window()
    store = w.service.store
    store.exercises.save(heel_walks(library))
    store.exercises.load_into(library)
    plan = WeekPlan(name="From Ana <b>", prescribed_by="Ana Ruiz")
    plan.add(0, Prescription("own-heel-walks", 2, 12))
    plan.add(2, Prescription("standing-calf-stretch", 2, None, 90, prescribed=True, prescribed_by="Ana Ruiz"))
    store.plans.save(plan)
    pane = w.plan_pane()
    pane.plan = store.plans.load()
    out = tmp_path / "program.json"
    assert pane.export_program(str(out)) == str(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "rehab-desktop-program" and data["exercises"][0]["id"] == "own-heel-walks"
    w.close()

    library.set_own(())
    other = data_dir.parent / "other"
    other.mkdir()
    from rehab_desktop.app import build_main_window  # a second person's window, on their own data folder

    w2 = build_main_window(qapp, library, other, speech_engine="mock")
    try:
        pane2 = w2.plan_pane()
        seen = []

        def accept(preview):
            seen.extend(preview.lines())
            return True

        assert pane2.import_program(str(out), exec_preview=accept)
        assert seen[0].startswith("New plan \u201cFrom Ana <b>\u201d from ")
        assert "Exercise added to your own: Heel walks" in seen
        assert pane2.plan.name == "From Ana <b>" and pane2.plan.entries(2)[0].hold_s == 90
        assert pane2.plan.entries(2)[0].prescribed_by == "Ana Ruiz"
        assert library.get("own-heel-walks") is not None and w2.browser.model.index_of("own-heel-walks").isValid()
    finally:
        w2.close()
        w2.deleteLater()


def test_a_bad_program_file_names_the_field_and_writes_nothing(make_window, tmp_path, data_dir):
    w = make_window()
    pane = w.plan_pane()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "rehab-desktop-program", "version": 1, "name": "x",
                               "days": {"tuesday": [{"exercise": "no-such-exercise", "dose": {"sets": 2}}]}}))
    before = hashlib.sha256(history_path(data_dir).read_bytes()).hexdigest()
    assert not pane.import_program(str(bad), exec_preview=lambda preview: True)
    assert hashlib.sha256(history_path(data_dir).read_bytes()).hexdigest() == before
    assert "bad.json was not imported: days.tuesday[1]" in _said(pane)


def _said(pane) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in pane.findChildren(QLabel))
