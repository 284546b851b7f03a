"""Own exercises as data: every built-in one copies losslessly, a bad dict names its field, ids are
slugs of the name, and the library takes own exercises in (hidden ones for the history only)."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from rehab_desktop.core.exercises import OWN_PREFIX
from rehab_desktop.core.library import LibraryError, load_library, parse_library
from rehab_desktop.core.own_exercises import (
    OwnExerciseError,
    copy_of,
    exercise_from_dict,
    exercise_to_dict,
    new_id,
)
from rehab_desktop.shipped import shipped

SHIPPED = shipped("exercises.toml").read_bytes()
BUILTIN = load_library()

HEEL_WALKS = {
    "id": "own-heel-walks",
    "name": "Heel walks",
    "group": "strength",
    "steps": ["Stand tall, toes lifted.", "Walk on your heels across the room."],
    "dose": {"sets": "2-3", "side": "both", "movements": [{"kind": "reps", "reps": "10-15"}]},
}


def facts(ex):
    return (ex.steps, ex.dose.summary(), ex.dose, ex.cautions, ex.equipment, ex.variants, ex.key_instruction,
            ex.setup, ex.purpose, ex.emphasis, ex.emphasis_note, ex.group)


@pytest.mark.parametrize("exercise_id", BUILTIN.ids)
def test_every_built_in_exercise_survives_being_copied_and_read_back(exercise_id):
    original = BUILTIN[exercise_id]
    data = copy_of(original, BUILTIN.ids)
    assert data["id"].startswith(OWN_PREFIX) and data["id"] not in BUILTIN.ids
    assert data["name"] == f"{original.name} (my copy)" and data["based_on"] == original.id

    mine = exercise_from_dict(data, BUILTIN.groups)
    assert mine.own and not mine.hidden and mine.based_on == original.id
    assert mine.name == f"{original.name} (my copy)"
    assert facts(mine) == facts(original)

    again = exercise_to_dict(mine)
    assert again == data  # the dict the store keeps comes back the same
    back = exercise_from_dict(again, BUILTIN.groups)
    assert back == mine
    assert back.dose.summary() == original.dose.summary()


def test_copying_twice_gives_a_second_id_and_a_copy_of_a_copy_keeps_the_original():
    calf = BUILTIN["standing-calf-stretch"]
    first = copy_of(calf, BUILTIN.ids)
    second = copy_of(calf, [*BUILTIN.ids, first["id"]])
    assert first["id"] == "own-standing-calf-stretch-my-copy"
    assert second["id"] == "own-standing-calf-stretch-my-copy-2"
    mine = exercise_from_dict(first, BUILTIN.groups)
    assert copy_of(mine, [first["id"], second["id"]])["based_on"] == "standing-calf-stretch"


def test_an_own_exercise_needs_only_name_group_steps_and_dose():
    ex = exercise_from_dict(HEEL_WALKS, BUILTIN.groups)
    assert (ex.id, ex.name, ex.group.id, ex.steps) == ("own-heel-walks", "Heel walks", "strength",
                                                        tuple(HEEL_WALKS["steps"]))
    assert ex.dose.summary() == "10–15 reps · 2–3 sets · both feet together"
    assert ex.cautions == () and ex.setup == "" and ex.key_instruction == ""
    assert exercise_to_dict(ex)["dose"]["movements"][0]["reps"] == "10-15"


def _with(**changes):
    def change(d):
        for path, value in changes.items():
            *parents, key = path.split("__")
            target = d
            for p in parents:
                target = target[int(p)] if p.isdigit() else target[p]
            if value is _DROP:
                del target[key]
            else:
                target[key] = value
    return change


_DROP = object()
_ID_HELP = "id: must be an id like 'own-heel-walks' (lower case, starting 'own-'), not "
_THREE = [{"kind": "reps", "reps": 10, "name": n} for n in ("In", "Out", "Up")]

BAD = [
    ("unknown field", _with(colour="red"), "colour: is not a field of an exercise"),
    ("id without prefix", _with(id="heel-walks"), _ID_HELP + "'heel-walks'"),
    ("id in capitals", _with(id="own-Heel-Walks"), _ID_HELP + "'own-Heel-Walks'"),
    ("id missing", _with(id=_DROP), _ID_HELP + "None"),
    ("name missing", _with(name=_DROP), "name: is missing"),
    ("name blank", _with(name="   "), "name: must not be empty"),
    ("name too long", _with(name="x" * 81), "name: is 81 characters long; at most 80"),
    ("no steps", _with(steps=[]), "steps: must list at least one item"),
    ("three movements", _with(dose__movements=_THREE), "dose.movements: lists 3 movements; at most 2"),
    ("sets above 10", _with(dose__sets="2-40"), "dose.sets: 40 sets is above 10, the most the app allows"),
    ("reps above 50", _with(dose__movements__0__reps=60),
     "dose.movements[1].reps: 60 reps is above 50, the most the app allows"),
    ("hold above 300", _with(dose__movements=[{"kind": "hold", "hold": "200-400"}]),
     "dose.movements[1].hold: 400 seconds is above 300, the most the app allows"),
    ("open hold doubling past 300", _with(dose__movements=[{"kind": "hold", "hold": "200+"}]),
     "dose.movements[1].hold: 400 seconds is above 300, the most the app allows"),
    ("step too long", _with(steps=["Stand tall.", "x" * 601]), "steps[2]: is 601 characters long; at most 600"),
    ("unknown group", _with(group="cardio"),
     "group: names unknown group 'cardio' (known: flexibility, strength, balance, functional)"),
    ("steps not a list", _with(steps="Walk on your heels."), "steps: must be a list, not str 'Walk on your heels.'"),
    ("name not text", _with(name=3), "name: must be a str, not int 3"),
]


@pytest.mark.parametrize("change, message", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_a_bad_own_exercise_names_its_field_and_what_is_wrong(change, message):
    data = copy.deepcopy(HEEL_WALKS)
    change(data)
    with pytest.raises(OwnExerciseError) as err:
        exercise_from_dict(data, BUILTIN.groups)
    assert str(err.value) == message
    assert err.value.field == message.split(":", 1)[0]


def test_the_limits_themselves_are_allowed():
    data = copy.deepcopy(HEEL_WALKS)
    _with(dose__sets=10, dose__movements=[{"kind": "reps", "reps": 50, "hold": 300}],
          steps=["x" * 600], name="y" * 80)(data)
    ex = exercise_from_dict(data, BUILTIN.groups)
    assert ex.dose.sets.max_choice == 10 and ex.dose.movements[0].reps.high == 50
    assert ex.dose.movements[0].hold.high == 300


def test_where_prefixes_every_field_and_the_whole_exercise():
    data = copy.deepcopy(HEEL_WALKS)
    data["dose"]["sets"] = "2-40"
    with pytest.raises(OwnExerciseError) as err:
        exercise_from_dict(data, BUILTIN.groups, where="exercises[2]")
    assert str(err.value) == "exercises[2].dose.sets: 40 sets is above 10, the most the app allows"
    assert err.value.field == "exercises[2].dose.sets"
    assert err.value.reason == "40 sets is above 10, the most the app allows"
    with pytest.raises(OwnExerciseError) as err:
        exercise_from_dict(["not", "an", "exercise"], BUILTIN.groups, where="exercises[2]")
    assert str(err.value) == "exercises[2]: must be an object, not list"
    with pytest.raises(OwnExerciseError) as err:
        exercise_from_dict("Heel walks", BUILTIN.groups)
    assert str(err.value) == "must be an object, not str"


@pytest.mark.parametrize("name, taken, expected", [
    ("Heel walks", [], "own-heel-walks"),
    ("  Heel   walks!! ", [], "own-heel-walks"),
    ("Élévation du talon", [], "own-elevation-du-talon"),
    ("Heel walks", ["own-heel-walks"], "own-heel-walks-2"),
    ("Heel walks", ["own-heel-walks", "own-heel-walks-2"], "own-heel-walks-3"),
    ("Heel walks", ["own-heel-walks-2"], "own-heel-walks"),
    ("", [], "own-exercise"),
    ("   ", ["own-exercise"], "own-exercise-2"),
    ("!!! ???", [], "own-exercise"),
    ("a" * 70, [], "own-" + "a" * 40),
])
def test_new_id_is_a_slug_of_the_name_unique_among_the_taken(name, taken, expected):
    got = new_id(name, taken)
    assert got == expected
    data = dict(copy.deepcopy(HEEL_WALKS), id=got)
    assert exercise_from_dict(data, BUILTIN.groups).id == got  # always an id the reader accepts


def test_set_own_lists_visible_ones_and_get_still_finds_hidden_ones():
    library = load_library()
    walks = exercise_from_dict(HEEL_WALKS, library.groups)
    old = replace(exercise_from_dict(dict(HEEL_WALKS, id="own-old-one", name="Old one"), library.groups),
                  hidden=True)
    library.set_own([walks, old])
    assert library.ids == [*BUILTIN.ids, "own-heel-walks"]
    assert [e.id for e in library.in_group("strength")][-1] == "own-heel-walks"
    assert "own-old-one" not in [e.id for e in library.in_group("strength")]
    assert library.get("own-old-one") is old and library["own-heel-walks"] is walks
    assert library.own == (walks, old)
    assert [e.id for e in library.builtin] == BUILTIN.ids

    library.set_own([])  # all removed: back to the article's list
    assert library.ids == BUILTIN.ids and library.get("own-heel-walks") is None and library.own == ()


def test_set_own_refuses_an_exercise_that_is_not_an_own_one():
    library = load_library()
    with pytest.raises(ValueError, match="'sumo-squat' is not an own exercise"):
        library.set_own([library["sumo-squat"]])
    with pytest.raises(ValueError, match="'heel-walks' is not an own exercise"):
        library.set_own([replace(library["sumo-squat"], id="heel-walks", own=True)])
    assert library.ids == BUILTIN.ids  # a refused change leaves the list as it was


def test_no_built_in_id_starts_with_the_own_prefix():
    assert BUILTIN.ids and not [i for i in BUILTIN.ids if i.startswith(OWN_PREFIX)]
    assert not any(e.own for e in BUILTIN.exercises)


def test_a_library_file_with_an_own_prefixed_id_is_refused():
    old = b'id = "sumo-squat"'
    assert SHIPPED.count(old) == 1
    raw = SHIPPED.replace(old, b'id = "own-sumo-squat"')
    with pytest.raises(LibraryError) as err:
        parse_library(raw, "x.toml")
    position = BUILTIN.ids.index("sumo-squat") + 1
    assert str(err.value) == (f"x.toml: field 'exercises[{position}].id': must not start with 'own-'"
                              " (kept for your own exercises)")
    assert err.value.field == f"exercises[{position}].id"
    assert parse_library(SHIPPED, "x.toml").ids == BUILTIN.ids  # the unchanged file loads
