"""The shipped library carries every exercise of the article with its dose facts."""

from __future__ import annotations

import pytest

from rehab_desktop.core.exercises import Side, WorkKind

# (id, name, group id, sets, side, [(kind, reps, hold)]) straight from exercise-facts.md;
# amounts are written as the app shows them: "10-15" ranges, "30+" open, "up to 10" caps.
FACTS = [
    ("standing-calf-stretch", "Standing calf stretch", "flexibility", "2–3", Side.EACH, [("hold", None, "30+")]),
    ("seated-ankle-rom", "Seated ankle range of motion", "flexibility", "2–3", Side.AFFECTED,
     [("reps", "up to 10", "10–20")]),
    ("posterior-ankle-mobility", "Posterior ankle mobility (band mobilisation)", "flexibility", "2–3", Side.AFFECTED,
     [("reps", "10", "3")]),
    ("ankle-inversion-eversion", "Ankle inversion and eversion", "strength", "2–3", Side.AFFECTED,
     [("reps", "10", "1"), ("reps", "10", "1")]),
    ("ankle-plantarflexion", "Ankle plantarflexion", "strength", "2–3", Side.EACH, [("reps", "10–15", "1–2")]),
    ("ankle-dorsiflexion", "Ankle dorsiflexion", "strength", "2–3", Side.EACH, [("reps", "10–15", "1–2")]),
    ("single-leg-balance", "Single-leg balance", "balance", "2–3", Side.EACH, [("hold", None, "30–60")]),
    ("balance-pad-step-ups", "Balance pad step-ups", "balance", "2–3", Side.ALTERNATING, [("reps", "10", "1")]),
    ("foam-pad-toe-raises", "Foam pad toe raises", "balance", "2–3", Side.BOTH, [("reps", "10–15", None)]),
    ("single-leg-deadlift", "Single-leg deadlift", "functional", "2–3", Side.EACH, [("reps", "10–15", None)]),
    ("one-sided-lunge", "One-sided lunge", "functional", "2–3", Side.EACH_PER_SET, [("reps", "10", None)]),
    ("sumo-squat", "Sumo squat", "functional", "2–3", Side.SWITCH_EACH_SET, [("reps", "10–15", None)]),
]


def test_all_twelve_in_article_order(library):
    assert [e.id for e in library.exercises] == [f[0] for f in FACTS]
    assert [e.number for e in library.exercises] == list(range(1, 13))
    assert [g.name for g in library.groups] == [
        "Range of motion & flexibility", "Strength", "Balance", "Functional training"]


@pytest.mark.parametrize("ex_id, name, group, sets, side, movements", FACTS, ids=[f[0] for f in FACTS])
def test_dose_facts(library, ex_id, name, group, sets, side, movements):
    ex = library[ex_id]
    assert ex.name == name
    assert ex.group.id == group
    assert ex.dose.sets.text() == sets
    assert ex.dose.side is side
    assert len(ex.dose.movements) == len(movements)
    for m, (kind, reps, hold) in zip(ex.dose.movements, movements, strict=True):
        assert m.kind is WorkKind(kind)
        assert (m.reps.text() if m.reps else None) == reps
        assert (m.hold.text() if m.hold else None) == hold
    assert ex.setup and len(ex.steps) >= 3 and ex.cautions and ex.equipment


def test_ranges_stay_ranges(library):
    calf = library["standing-calf-stretch"].dose.movements[0].hold
    assert (calf.low, calf.high, calf.default) == (30, None, 30)
    plantar = library["ankle-plantarflexion"].dose.movements[0]
    assert (plantar.reps.low, plantar.reps.high, plantar.reps.default) == (10, 15, 10)
    assert (plantar.hold.low, plantar.hold.high) == (1, 2)
    rom = library["seated-ankle-rom"].dose.movements[0]
    assert rom.reps.up_to and rom.reps.high == 10 and rom.reps.default == 10
    assert (rom.hold.low, rom.hold.high) == (10, 20)


def test_app_suggestions_are_marked_and_article_figures_are_not(library):
    mob = library["posterior-ankle-mobility"].dose
    assert mob.suggested and mob.sets.suggested
    assert all(a.suggested for a in (mob.movements[0].reps, mob.movements[0].hold))
    inv = library["ankle-inversion-eversion"].dose
    assert [m.name for m in inv.movements] == ["Inversion", "Eversion"]
    assert all(m.hold.suggested and not m.reps.suggested for m in inv.movements)
    assert not inv.sets.suggested
    assert library["balance-pad-step-ups"].dose.movements[0].hold.suggested
    article_only = [e for e in library.exercises
                    if e.id not in ("posterior-ankle-mobility", "ankle-inversion-eversion", "balance-pad-step-ups")]
    assert not any(e.dose.suggested for e in article_only)
    assert "*" in mob.summary(mark=True) and "*" not in mob.summary()


def test_inversion_eversion_steps_split_by_movement(library):
    inv, ev = library["ankle-inversion-eversion"].dose.movements
    assert (inv.first_step, inv.last_step) == (1, 3)
    assert (ev.first_step, ev.last_step) == (4, 5)
    steps = library["ankle-inversion-eversion"].steps
    assert steps[inv.first_step - 1].startswith("Inversion")
    assert steps[ev.first_step - 1].startswith("Eversion")


def test_dose_summaries(library):
    assert library["standing-calf-stretch"].dose.summary() == "Hold 30+ s · 2–3 sets · each leg"
    assert library["single-leg-balance"].dose.summary() == "Hold 30–60 s · 2–3 sets · each leg"
    assert library["seated-ankle-rom"].dose.summary() == "Hold 10–20 s, up to 10 times · 2–3 sets · affected side"
    assert (library["balance-pad-step-ups"].dose.summary()
            == "10 reps each side · hold 1 s · 2–3 sets · alternating legs")
    assert library["foam-pad-toe-raises"].dose.summary() == "10–15 reps · 2–3 sets · both feet together"


def test_equipment_and_emphasis(library):
    band = {e.id for e in library.exercises if not e.possible_without({"band"})}
    assert band == {"ankle-inversion-eversion", "ankle-plantarflexion", "ankle-dorsiflexion"}
    # The mobilisation takes a strap or a loop band: missing one of them is fine, missing both is not.
    assert library["posterior-ankle-mobility"].possible_without({"band"})
    assert not library["posterior-ankle-mobility"].possible_without({"band", "strap"})
    assert not library["foam-pad-toe-raises"].possible_without({"pad"})
    assert library["single-leg-balance"].possible_without({"pad"})  # the floor will do
    assert library["single-leg-deadlift"].possible_without({"weights"})  # weights only progress it
    assert library["ankle-dorsiflexion"].emphasis == {"anterior"}
    # Only the plantarflexion variant of the seated stretch is singled out for posterior impingement.
    rom = library["seated-ankle-rom"]
    assert rom.emphasis == frozenset() and rom.suits("posterior") and not rom.suits("anterior")
    assert [v.text.split(":")[0] for v in rom.variants if v.emphasis] == ["Plantarflexion"]
    assert {e.id for e in library.exercises if e.suits("posterior")} == {"seated-ankle-rom"}
    for e in library.exercises:  # a tagged variant says so in its own text
        assert all(f"{tag} impingement" in v.text for v in e.variants for tag in v.emphasis)


FUNCTIONAL_SUPPORT = ("wall", "chair", "counter")


@pytest.mark.parametrize("ex_id", ["single-leg-deadlift", "one-sided-lunge", "sumo-squat"])
def test_functional_exercises_list_equipment_the_same_way(library, ex_id):
    """The pad and any support are optional for all three; nobody is filtered out for lacking a pad."""
    ex = library[ex_id]
    pads = [q for q in ex.equipment if "pad" in q.needs]
    assert len(pads) == 1 and pads[0].optional and "start on the floor" in pads[0].text
    support = [q for q in ex.equipment if any(w in q.text.lower() for w in FUNCTIONAL_SUPPORT)]
    assert all(q.optional and not q.needs for q in support)
    assert ex.possible_without({"band", "strap", "step", "pad", "weights"})
    assert ex.required_tags() == []


def test_the_equipment_filter_on_every_exercise(library):
    """What hiding each piece of equipment leaves, as the browser's filter computes it."""
    without = {tag: {e.id for e in library.exercises if not e.possible_without({tag})}
               for tag in ("band", "strap", "step", "pad", "weights")}
    assert without == {
        "band": {"ankle-inversion-eversion", "ankle-plantarflexion", "ankle-dorsiflexion"},
        "strap": set(),  # the mobilisation takes a loop band instead
        "step": {"posterior-ankle-mobility"},
        "pad": {"balance-pad-step-ups", "foam-pad-toe-raises"},
        "weights": set(),
    }


def test_safety_wording_in_the_steps(library):
    mob = library["posterior-ankle-mobility"]
    assert "pinches at the front of the ankle" in mob.steps[mob.dose.movements[0].work_step - 1]
    calf = library["standing-calf-stretch"]
    assert not any("lock" in t.lower() for t in (*calf.steps, *calf.cautions, calf.key_instruction))
    step_variant, pf_variant = calf.progressions[1], calf.progressions[2]
    assert "rail or the wall" in step_variant
    assert "Plantarflexion stretch" in pf_variant and "back of the ankle" in pf_variant and "Hold" in pf_variant
    for ex_id in ("single-leg-balance", "balance-pad-step-ups"):
        assert "wall, chair or counter" in library[ex_id].steps[0]
    # Step-ups name no foot: the timer says which one leads, from the affected side.
    assert not any(w in s.lower() for s in library["balance-pad-step-ups"].steps for w in ("left", "right"))


def test_programme_guidance_and_credit(library):
    g = library.guidance
    assert "not medical advice" in g.disclaimer
    assert "doctor" in g.stop and "X-ray" in g.stop and "fracture" in g.stop and "bone spur" in g.stop
    assert "stop it" in g.stop and "therapist" in g.stop
    assert "before or after" in g.tolerate
    assert "runs" in g.avoid and "jumps" in g.avoid
    assert len(g.benefits) >= 5
    c = library.credit
    assert (c.title, c.author, c.date) == ("Ankle Impingement Exercises", "Jaydee Vykoukal, PT, DPT", "2021-03-01")
    assert c.text() == "\u201cAnkle Impingement Exercises\u201d by Jaydee Vykoukal, PT, DPT, 1 March 2021"
