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
    ("sumo-squat", "Sumo squat", "functional", "2–3", Side.EACH, [("reps", "10–15", None)]),
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
    assert library["seated-ankle-rom"].emphasis == {"posterior"}


def test_programme_guidance_and_credit(library):
    g = library.guidance
    assert "not medical advice" in g.disclaimer
    assert "doctor" in g.stop and "X-ray" in g.stop
    assert "running" in g.avoid and "jumping" in g.avoid
    assert len(g.benefits) >= 5
    c = library.credit
    assert (c.title, c.author, c.date) == ("Ankle Impingement Exercises", "Jaydee Vykoukal, PT, DPT", "2021-03-01")
    assert c.text() == "\u201cAnkle Impingement Exercises\u201d by Jaydee Vykoukal, PT, DPT, 1 March 2021"


def test_instructions_are_the_projects_own_words(library):
    """No run of six words from the source article appears in the app's text."""
    import hashlib
    import re
    from pathlib import Path

    hashes = {line for line in (Path(__file__).parent / "data" / "article-6gram-sha1.txt").read_text().split()
              if not line.startswith("#")}
    assert len(hashes) > 2000
    texts = []
    for e in library.exercises:
        texts += [e.name, e.setup, e.purpose, *e.steps, *e.cautions, *e.progressions, e.emphasis_note,
                  e.key_instruction, e.dose.note, *(q.text for q in e.equipment)]
    g = library.guidance
    texts += [g.disclaimer, g.avoid, g.stop, g.staging, *g.benefits, *(gr.description for gr in library.groups)]
    copied = []
    for t in texts:
        w = re.findall(r"[a-z0-9]+", t.lower())
        runs = [" ".join(w[i:i + 6]) for i in range(len(w) - 5)]
        copied += [r for r in runs if hashlib.sha1(r.encode()).hexdigest()[:12] in hashes]
    assert copied == []
