"""Own exercises in the window: added, copied, edited and removed from the list, shown and timed like
the article's, and a form with a problem names the field and keeps what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rehab_desktop.ui.exercises.model import ExerciseIdRole
from rehab_desktop.ui.exercises.own_editor import OwnExerciseDialog


def fill(dialog: OwnExerciseDialog, name="Heel walks", steps="Stand tall.\nWalk on your heels, toes up.") -> None:
    dialog.name.setText(name)
    dialog.group.setCurrentIndex(dialog.group.findData("strength"))
    dialog.side.setCurrentIndex(dialog.side.findData("both"))
    dialog.first.kind.setCurrentIndex(dialog.first.kind.findData("reps"))
    dialog.first.reps.low.setValue(10)
    dialog.first.reps.high.setValue(20)
    dialog.first.steps.setPlainText(steps)
    dialog.source.setText("from my therapist, 3 Nov")


def accepting(edit=fill):
    seen = []

    def run(dialog: OwnExerciseDialog) -> bool:
        edit(dialog)
        dialog.accept()
        seen.append(dialog)
        return dialog.exercise() is not None

    run.seen = seen
    return run


def rows(window) -> dict[str, str]:
    """Exercise id -> the dose line the list shows under its name."""
    from rehab_desktop.ui.exercises.model import DoseRole

    model, out = window.browser.model, {}
    for r in range(model.rowCount()):
        g = model.item(r)
        for c in range(g.rowCount()):
            out[g.child(c).data(ExerciseIdRole)] = g.child(c).data(DoseRole)
    return out


def test_an_exercise_of_my_own_appears_in_the_list_marked_and_opens_like_the_others(make_window):
    w = make_window()
    w.own_exercises._exec = accepting()
    w.own_exercises.add()
    assert rows(w)["own-heel-walks"].startswith("Your own \u00b7 10\u201320 reps")
    assert w.browser.current_id() == "own-heel-walks"  # it is shown at once
    texts = " ".join(label.text() for label in w.instructions.findChildren(QLabel))
    assert "Walk on your heels, toes up." in texts and "from my therapist, 3 Nov" in texts
    assert "Heel walks" in w.statusBar().currentMessage()
    assert w.controller.exercise.id == "own-heel-walks"  # the timer has it, ready for Space


def test_it_is_still_there_at_the_next_start(make_window, library):
    w = make_window()
    w.own_exercises._exec = accepting()
    w.own_exercises.add()
    w.close()
    library.set_own(())  # as a fresh start has it
    again = make_window()
    assert "own-heel-walks" in rows(again)


def test_a_built_in_exercise_is_copied_not_changed(make_window, library):
    w = make_window()
    w.own_exercises._exec = accepting(lambda d: None)
    w.own_exercises.copy("standing-calf-stretch")
    copy = library["own-standing-calf-stretch-my-copy"]
    assert copy.name == "Standing calf stretch (my copy)" and copy.steps == library["standing-calf-stretch"].steps
    assert copy.dose.summary() == library["standing-calf-stretch"].dose.summary()
    assert not library["standing-calf-stretch"].own


def test_a_form_with_a_problem_names_the_field_and_keeps_what_was_typed(make_window):
    w = make_window()
    run = accepting(lambda d: fill(d, steps=""))
    w.own_exercises._exec = run
    w.own_exercises.add()
    dialog = run.seen[0]
    assert dialog.exercise() is None and dialog.problem.text() == "Steps: must list at least one item"
    assert dialog.name.text() == "Heel walks"
    assert "own-heel-walks" not in rows(w)


def test_editing_changes_it_and_removing_one_with_history_keeps_its_name(make_window, library):
    w = make_window()
    w.own_exercises._exec = accepting()
    w.own_exercises.add()
    w.own_exercises._exec = accepting(lambda d: d.name.setText("Heel walks, slowly"))
    w.own_exercises.edit("own-heel-walks")
    assert library["own-heel-walks"].name == "Heel walks, slowly"
    store = w.service.store
    from datetime import UTC, datetime

    from rehab_desktop.core.records import Prescription

    sid = store.history.open_session(datetime(2026, 11, 3, 9, tzinfo=UTC))
    store.history.ensure_exercise(sid, Prescription("own-heel-walks", 2, 10), datetime(2026, 11, 3, 9, tzinfo=UTC))
    w.own_exercises._confirm = lambda question, detail: "keep its name" in detail
    w.own_exercises.remove("own-heel-walks")
    assert "own-heel-walks" not in rows(w)
    assert library.get("own-heel-walks").name == "Heel walks, slowly"  # the history still names it
    assert "kept in your history" in w.statusBar().currentMessage()


def test_every_built_in_exercise_copied_through_the_form_keeps_its_steps_and_dose(qtbot, library):
    from rehab_desktop.core.own_exercises import copy_of

    for ex in library.builtin:
        dialog = OwnExerciseDialog(library, None, start=copy_of(ex, library.ids))
        qtbot.addWidget(dialog)
        copy = dialog.check()
        assert copy is not None, (ex.id, dialog.problem.text())
        assert (copy.steps, copy.dose, copy.cautions, copy.equipment) == (ex.steps, ex.dose, ex.cautions, ex.equipment)


def test_an_own_exercise_can_be_added_to_the_plan_once_it_exists(make_window):
    w = make_window()
    pane = w.plan_pane()
    assert pane.add_combo.findData("own-heel-walks") == -1
    w.own_exercises._exec = accepting()
    w.own_exercises.add()
    assert pane.add_combo.findData("own-heel-walks") >= 0  # offered at once, without a restart
    assert pane.add_exercise("own-heel-walks", 0)
    assert "own-heel-walks" in pane.plan.exercise_ids()


def test_the_command_line_can_open_an_own_exercise(make_window, library, data_dir):
    from rehab_desktop.app import build_parser
    from rehab_desktop.core.own_exercises import exercise_from_dict
    from rehab_desktop.store import OwnExerciseRepo, open_database

    with open_database(data_dir) as db:
        OwnExerciseRepo(db).save(exercise_from_dict(
            {"id": "own-heel-walks", "name": "Heel walks", "group": "strength", "steps": ["Walk on your heels."],
             "dose": {"sets": 2, "side": "both", "movements": [{"kind": "reps", "reps": 10}]}}, library.groups))
    assert build_parser().parse_args(["--exercise", "own-heel-walks"]).exercise == "own-heel-walks"
    w = make_window(exercise_id="own-heel-walks")
    assert w.browser.current_id() == "own-heel-walks"
    missing = make_window(exercise_id="own-nothing")
    assert missing.browser.current_id() == library.exercises[0].id
