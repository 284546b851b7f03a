"""The exercise library and the figures in another language: resources/exercises.<lang>.toml, an overlay of
texts checked whole before any of it is used (a bad one names the file, the id and the field, and the
English library stays)."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from rehab_desktop.core import i18n
from rehab_desktop.core import library_overlay as overlay_module
from rehab_desktop.core.exercises import Exercise
from rehab_desktop.core.figure_data import _load_figures, alt_text, load_figures, localize_figures
from rehab_desktop.core.library import LibraryError
from rehab_desktop.core.library_overlay import (
    LABEL_MAX,
    figure_texts,
    localize,
    overlay_path,
    untranslated,
)
from rehab_desktop.core.records import LegSide
from tests.helpers import own_words
from tests.test_own_words import facts, library_texts

SHIPPED = overlay_path("es").read_text(encoding="utf-8")
ENGLISH_BOOK = load_figures(language="en")


@pytest.fixture(scope="module")
def spanish(library):
    return localize(library, "es")


def broken(tmp_path, old: str, new: str) -> str:
    """The shipped Spanish overlay with `old` replaced (once) by `new`, in a file of the same name."""
    assert SHIPPED.count(old) >= 1, old
    path = tmp_path / "exercises.es.toml"
    path.write_text(SHIPPED.replace(old, new, 1), encoding="utf-8")
    return str(path)


def written(tmp_path, text: str) -> str:
    path = tmp_path / "exercises.es.toml"
    path.write_text("schema = 1\n" + text, encoding="utf-8")
    return str(path)


# ---------------------------------------------------------------- the shipped Spanish


def test_the_spanish_overlay_is_shipped_and_found_like_the_library():
    path = overlay_path("es")
    assert path.name == "exercises.es.toml" and path.is_file()
    assert path.parent == overlay_path("fr").parent


def test_the_spanish_overlay_passes_its_checks_and_leaves_nothing_in_english(library, spanish):
    assert untranslated(library, "es") == []
    assert untranslated(library, "xx")  # no overlay: everything is still English (the list is not vacuous)
    assert spanish is not library and len(spanish.exercises) == len(library.exercises)
    for en, es in zip(library.builtin, spanish.builtin, strict=True):
        pairs = [(en.name, es.name), (en.key_instruction, es.key_instruction), (en.purpose, es.purpose),
                 (en.setup, es.setup), (en.emphasis_note, es.emphasis_note), (en.dose.note, es.dose.note),
                 *zip(en.steps, es.steps, strict=True), *zip(en.cautions, es.cautions, strict=True),
                 *zip(en.progressions, es.progressions, strict=True),
                 *((a.text, b.text) for a, b in zip(en.equipment, es.equipment, strict=True)),
                 *((a.name, b.name) for a, b in zip(en.dose.movements, es.dose.movements, strict=True))]
        for english, translated in pairs:
            assert bool(english) == bool(translated), (en.id, english)
            assert not english or translated != english, (en.id, english)
    for en, es in zip(library.groups, spanish.groups, strict=True):
        assert (en.id == es.id) and en.name != es.name and en.description != es.description
    g, h = library.guidance, spanish.guidance
    for name in ("disclaimer", "avoid", "stop", "tolerate", "staging"):
        assert getattr(h, name) and getattr(h, name) != getattr(g, name), name
    assert len(h.benefits) == len(g.benefits) and not set(h.benefits) & set(g.benefits)
    c, d = library.credit, spanish.credit
    assert (d.title, d.author, d.date) == (c.title, c.author, c.date)  # the article's title and author stay
    assert d.publisher != c.publisher and d.note != c.note


def test_the_spanish_keeps_ids_doses_sides_equipment_tags_and_emphasis(library, spanish):
    assert spanish.ids == library.ids and [g.id for g in spanish.groups] == [g.id for g in library.groups]
    for en, es in zip(library.builtin, spanish.builtin, strict=True):
        assert (es.id, es.number, es.group.id, es.emphasis) == (en.id, en.number, en.group.id, en.emphasis)
        assert (es.dose.sets, es.dose.side, es.dose.min_tempo_s) == (en.dose.sets, en.dose.side, en.dose.min_tempo_s)
        for a, b in zip(en.dose.movements, es.dose.movements, strict=True):
            assert (a.key, a.kind, a.reps, a.hold, a.first_step, a.last_step, a.work_step, a.move_step,
                    a.return_step) == (b.key, b.kind, b.reps, b.hold, b.first_step, b.last_step, b.work_step,
                                       b.move_step, b.return_step)
        assert [(q.needs, q.optional) for q in es.equipment] == [(q.needs, q.optional) for q in en.equipment]
        assert [v.emphasis for v in es.variants] == [v.emphasis for v in en.variants]
        assert es.group is spanish.groups[[g.id for g in spanish.groups].index(es.group.id)]
    assert spanish["seated-ankle-rom"].suits("posterior") and spanish["ankle-dorsiflexion"].suits("anterior")
    assert [m.name for m in spanish["ankle-inversion-eversion"].dose.movements] == ["Inversión", "Eversión"]
    # the numbers of a dose and the equipment's measures carry over into the words
    assert "10–20" in spanish["seated-ankle-rom"].dose.note and "30 cm" in spanish["posterior-ankle-mobility"].setup
    assert "1,5–2,5 kg" in spanish["single-leg-deadlift"].progressions[0]
    assert library["sumo-squat"].name == "Sumo squat"  # the English library is untouched


def test_every_exercise_field_the_library_has_is_one_the_overlay_knows():
    """A new text field in core/exercises.py must be added to the overlay too (or listed here as not a text)."""
    not_texts = {"id", "number", "group", "dose", "emphasis", "own", "source_note", "hidden", "based_on", "variants"}
    known = {*overlay_module.EXERCISE_TEXTS, *overlay_module.EXERCISE_LISTS}
    assert {f.name for f in fields(Exercise)} - not_texts == known - {"progressions"}


def test_the_figures_in_spanish_cover_every_figure_and_label():
    texts = figure_texts("es")
    assert set(texts.figures) == {f.name for f in ENGLISH_BOOK.figures}
    book = localize_figures(ENGLISH_BOOK, "es")
    for en, es in zip(ENGLISH_BOOK.figures, book.figures, strict=True):
        assert es.name == en.name and es.alt != en.alt and es.keys is en.keys
        assert es.alt.endswith(".") and len(es.alt.split()) >= 8, es.name
        assert ("{side}" in es.alt) == ("{side}" in en.alt), es.name
        for a, b in zip(en.cues, es.cues, strict=True):
            assert (a.kind, a.at, a.to, a.offset, a.when) == (b.kind, b.at, b.to, b.offset, b.when)
            if a.kind == "label":
                assert b.text != a.text, es.name
                # drawn beside the figure: short, about as long as the English
                assert len(b.text) <= LABEL_MAX and len(b.text) <= len(a.text) + 8, b.text


def test_the_figures_follow_the_installed_language():
    assert load_figures() is ENGLISH_BOOK
    assert load_figures(language="es").get("standing-calf-stretch").cues[1].text == "rodilla recta"

    class Spanish(i18n.Formats):
        language = "es"

    i18n.install(None, Spanish())
    try:
        assert load_figures().get("sumo-squat").cues[-1].text == "peso en los talones"
    finally:
        i18n.install(None)
    assert load_figures().get("sumo-squat").cues[-1].text == "weight in the heels"


def test_the_side_in_a_figures_sentence_is_a_translated_word():
    words = {"left": "izquierda", "right": "derecha", "working": "que trabaja", "other": "contraria"}
    seen = []

    def lookup(context, text, disambiguation, n):
        seen.append((context, text, disambiguation))
        return words[text] if context == "core.figure_data" else text

    spec = load_figures(language="es").get("standing-calf-stretch")
    i18n.install(lookup)
    try:
        left, right = alt_text(spec, LegSide.LEFT), alt_text(spec, LegSide.RIGHT)
        both = alt_text(spec, LegSide.BOTH)
    finally:
        i18n.install(None)
    assert "la pierna izquierda" in left and "la pantorrilla izquierda" in left and "derecha" not in left
    assert "la pierna derecha" in right and "la pierna que trabaja" in both
    assert {c for c, _t, _d in seen} == {"core.figure_data"}
    assert "left" in alt_text(ENGLISH_BOOK.get("standing-calf-stretch"), LegSide.LEFT)  # English as before


# ---------------------------------------------------------------- English, no file, field by field


def test_english_or_no_overlay_gives_the_library_itself(library, tmp_path):
    bad = written(tmp_path, "[exercises.nothing-like-it]\nname = 'x'\n")
    assert localize(library, "en") is library
    assert localize(library, "en", bad) is library  # English reads no overlay at all
    assert localize(library, "") is library
    assert localize(library, "xx") is library  # no resources/exercises.xx.toml
    assert localize(library, "es", tmp_path / "missing.toml") is library
    assert figure_texts("en") is None and figure_texts("xx") is None
    assert localize_figures(ENGLISH_BOOK, "xx") is ENGLISH_BOOK


def test_each_field_left_out_stays_english(library, tmp_path):
    path = written(tmp_path, '[exercises.sumo-squat]\nname = "Sentadilla sumo"\n'
                             'cautions = ["Peso en los talones; pecho alto.", "Rodillas como las puntas."]\n'
                             '[groups.balance]\ndescription = "Equilibrio."\n'
                             '[guidance]\nstop = "Pare si duele."\n')
    es = localize(library, "es", path)
    squat, en = es["sumo-squat"], library["sumo-squat"]
    assert squat.name == "Sentadilla sumo" and squat.cautions[1] == "Rodillas como las puntas."
    assert squat.steps == en.steps and squat.setup == en.setup and squat.progressions == en.progressions
    assert squat.dose.note == en.dose.note and [q.text for q in squat.equipment] == [q.text for q in en.equipment]
    assert es["single-leg-balance"] == replace(library["single-leg-balance"], group=es["single-leg-balance"].group)
    balance = next(g for g in es.groups if g.id == "balance")
    assert balance.description == "Equilibrio." and balance.name == "Balance"
    assert es["single-leg-balance"].group is balance
    assert es.guidance.stop == "Pare si duele." and es.guidance.avoid == library.guidance.avoid
    assert es.credit == library.credit
    assert "exercise 'sumo-squat': field 'steps'" in untranslated(library, "es", path)
    assert "exercise 'sumo-squat': field 'name'" not in untranslated(library, "es", path)


def test_a_figure_left_out_or_a_field_of_it_stays_english(tmp_path):
    path = written(tmp_path, '[figures.sumo-squat]\nlabels = ["rodillas sobre los dedos", "peso en los talones"]\n'
                             '[figures.one-sided-lunge]\nalt = "Zancada con la pierna {side} delante."\n')
    book = localize_figures(ENGLISH_BOOK, "es", path)
    squat, en_squat = book.get("sumo-squat"), ENGLISH_BOOK.get("sumo-squat")
    assert [c.text for c in squat.cues if c.text] == ["rodillas sobre los dedos", "peso en los talones"]
    assert squat.alt == en_squat.alt
    lunge = book.get("one-sided-lunge")
    assert lunge.alt.startswith("Zancada") and lunge.cues == ENGLISH_BOOK.get("one-sided-lunge").cues
    assert book.get("standing-calf-stretch") is ENGLISH_BOOK.get("standing-calf-stretch")


def test_own_exercises_are_kept_as_they_are_in_the_spanish_groups(library):
    from rehab_desktop.core.own_exercises import exercise_from_dict

    own = exercise_from_dict({"id": "own-heel-walks", "name": "Heel walks", "group": "balance",
                              "steps": ["Walk on your heels."], "dose": {"sets": "2", "side": "both", "movements": [
                                  {"kind": "reps", "reps": "10"}]}}, library.groups)
    library.set_own([own])
    es = localize(library, "es")
    mine = es["own-heel-walks"]
    assert mine.own and mine.name == "Heel walks" and mine.steps == ("Walk on your heels.",)
    assert mine.group.name == "Equilibrio"
    assert es.ids == library.ids and es.own == (mine,)


# ---------------------------------------------------------------- a bad overlay


BAD = [
    # (what the shipped overlay gets instead, the id and the field the message must name)
    ("unknown id", "[exercises.sumo-squat]\n", "[exercises.sumo-squatt]\n", "exercise 'sumo-squatt'", None,
     "is not in the library"),
    ("unknown field", 'name = "Sentadilla sumo"\n', 'name = "Sentadilla sumo"\nsumary = "x"\n',
     "exercise 'sumo-squat'", "field 'sumary'", "is not a field the overlay knows"),
    ("one step short", '  "Busque la estabilidad con los pies separados.",\n', "", "exercise 'sumo-squat'",
     "field 'steps'", "4 steps, the library has 5."),
    ("a caution too many", '  "Mantenga el tronco erguido.",\n', '  "Mantenga el tronco erguido.",\n  "Otra.",\n',
     "exercise 'one-sided-lunge'", "field 'cautions'", "3 cautions, the library has 2."),
    ("a number for text", 'name = "Sentadilla sumo"', "name = 12", "exercise 'sumo-squat'", "field 'name'",
     "must be text, not int 12"),
    ("a number in a list", '  "Suba de lado.",\n', "  2,\n", "exercise 'balance-pad-step-ups'",
     "field 'progressions[2]'", "must be text"),
    ("an empty text", 'name = "Sentadilla sumo"', 'name = " "', "exercise 'sumo-squat'", "field 'name'",
     "must not be empty"),
    ("a list for text", 'name = "Sentadilla sumo"', 'name = ["Sentadilla", "sumo"]', "exercise 'sumo-squat'",
     "field 'name'", "must be text"),
    ("TOML syntax", '  "Pecho alto; baje hasta donde le resulte cómodo.",\n',
     '  "Pecho alto; baje hasta donde le resulte cómodo.\n', "exercise 'sumo-squat'", "field 'steps'",
     "is not valid TOML"),
    ("TOML syntax in a group", 'name = "Fuerza"', 'name = "Fuerza', "group 'strength'", "field 'name'",
     "is not valid TOML"),
    ("unknown group", "[groups.balance]", "[groups.balanse]", "group 'balanse'", None, "is not in the library"),
    ("unknown group field", 'name = "Equilibrio"', 'nombre = "Equilibrio"', "group 'balance'", "field 'nombre'",
     "is not a field"),
    ("a benefit short", '  "Frenar la formación de tejido cicatricial",\n', "", None, "field 'guidance.benefits'",
     "4 benefits, the library has 5."),
    ("the title", "[credit]\n", '[credit]\ntitle = "Ejercicios"\n', None, "field 'credit.title'", "is not a field"),
    ("no schema", "schema = 1\n", "", None, "field 'schema'", "is missing"),
    ("a later schema", "schema = 1\n", "schema = 2\n", None, "field 'schema'", "must be 1"),
    ("an unknown part", "schema = 1\n", "schema = 1\n[programs]\nx = 'y'\n", None, "field 'programs'",
     "is not a part"),
    ("a dose figure", 'dose.note = "10 zancadas', 'dose.sets = "3"\ndose.note = "10 zancadas',
     "exercise 'one-sided-lunge'", "field 'dose.sets'", "is not a field"),
    ("a name for a movement that has none", 'name = "Sentadilla sumo"',
     'name = "Sentadilla sumo"\ndose.movements = ["Sentadilla"]', "exercise 'sumo-squat'", "field 'dose.movements'",
     "has nothing to translate"),
    ("a movement short", 'dose.movements = ["Inversión", "Eversión"]', 'dose.movements = ["Inversión"]',
     "exercise 'ankle-inversion-eversion'", "field 'dose.movements'", "1 movement, the library has 2."),
    ("a text the English has not", 'name = "Sentadilla sumo"', 'name = "Sentadilla sumo"\nemphasis_note = "x"',
     "exercise 'sumo-squat'", "field 'emphasis_note'", "the library has no text here"),
    ("an own exercise", "[exercises.sumo-squat]\n", "[exercises.own-heel-walks]\nname = 'x'\n"
     "[exercises.sumo-squat]\n", "exercise 'own-heel-walks'", None, "is not in the library"),
    ("a figure of no exercise", "[figures.sumo-squat]", "[figures.sumo-squatt]", "figure 'sumo-squatt'", None,
     "is not an exercise of the library"),
    ("a figure of no movement", '[figures."ankle-inversion-eversion/eversion"]',
     '[figures."ankle-inversion-eversion/eversio"]', "figure 'ankle-inversion-eversion/eversio'", None,
     "names no movement"),
    ("an unknown figure field", 'labels = ["espalda recta"]', 'label = ["espalda recta"]',
     "figure 'single-leg-deadlift'", "field 'label'", "is not a field"),
    ("a long label", '"espalda recta"', '"la espalda se mantiene bien recta todo el tiempo"',
     "figure 'single-leg-deadlift'", "field 'labels[1]'", "at most 30"),
    ("a number for a label", '"espalda recta"', "7", "figure 'single-leg-deadlift'", "field 'labels[1]'",
     "must be text"),
]


@pytest.mark.parametrize(("old", "new", "ident", "field", "says"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_a_bad_overlay_names_the_file_the_id_and_the_field_and_the_english_stays(library, tmp_path, old, new,
                                                                                  ident, field, says):
    path = broken(tmp_path, old, new)
    shown = library
    with pytest.raises(LibraryError) as caught:
        shown = localize(library, "es", path)
    message = str(caught.value)
    assert message.startswith(path + ": "), message
    assert "exercises.es.toml" in message
    for part in (ident, field, says):
        assert part is None or part in message, message
    if ident and field:
        assert f"{ident}: {field}: " in message, message
    assert shown is library and library["sumo-squat"].name == "Sumo squat"
    assert caught.value.field == (field.split("'")[1] if field else None)


def test_the_message_reads_as_the_library_s_own(library, tmp_path):
    path = broken(tmp_path, '  "Busque la estabilidad con los pies separados.",\n', "")
    with pytest.raises(LibraryError) as caught:
        localize(library, "es", path)
    assert str(caught.value) == f"{path}: exercise 'sumo-squat': field 'steps': 4 steps, the library has 5."
    assert caught.value.exercise_id == "sumo-squat" and caught.value.source == path


def test_a_file_that_is_not_utf8_or_not_readable(library, tmp_path):
    path = tmp_path / "exercises.es.toml"
    path.write_bytes(b"schema = 1\n[guidance]\nstop = \"\xff\"\n")
    with pytest.raises(LibraryError, match="exercises.es.toml: is not UTF-8 text"):
        localize(library, "es", path)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(LibraryError, match="folder.toml: cannot be read"):
        localize(library, "es", folder)


FIGURE_MISFITS = [
    ('[figures.sumo-squat]\nlabels = ["rodillas sobre los dedos"]\n', "figure 'sumo-squat': field 'labels': "
     "1 label, the figure has 2."),
    ('[figures.ankle-dorsiflexion]\nlabels = ["tobillo"]\n', "figure 'ankle-dorsiflexion': field 'labels': "
     "1 label, the figure has 0."),
    ('[figures.sumo-squat]\nalt = "Sentadilla sumo con un pie sobre el cojín."\n',
     "figure 'sumo-squat': field 'alt': must name the side with {side}"),
    ('[figures.foam-pad-toe-raises]\nalt = "De puntillas sobre la pierna {side}."\n',
     "figure 'foam-pad-toe-raises': field 'alt': must not hold {side}"),
    ('[figures.ankle-inversion-eversion]\nalt = "Un tobillo, la pierna {side}."\n',
     "figure 'ankle-inversion-eversion': is not one of the figures"),
]


@pytest.mark.parametrize(("text", "says"), FIGURE_MISFITS)
def test_figure_words_that_do_not_fit_the_figures_are_named(tmp_path, text, says):
    path = written(tmp_path, text)
    with pytest.raises(LibraryError) as caught:
        localize_figures(ENGLISH_BOOK, "es", path)
    assert str(caught.value) == f"{path}: {says}" or str(caught.value).startswith(f"{path}: {says}")


def test_figures_whose_words_do_not_fit_are_drawn_in_english(tmp_path, monkeypatch, capsys):
    path = written(tmp_path, '[figures.sumo-squat]\nlabels = ["rodillas sobre los dedos"]\n')
    monkeypatch.setattr(overlay_module, "overlay_path", lambda language: tmp_path / "exercises.es.toml")
    try:
        book = load_figures(language="xx")
    finally:
        _load_figures.cache_clear()
    assert book is ENGLISH_BOOK
    err = capsys.readouterr().err
    assert f"{path}: figure 'sumo-squat': field 'labels'" in err and "the figures stay in English" in err


# ---------------------------------------------------------------- the project's own words


def test_the_spanish_is_the_project_s_own_wording(spanish):
    """The same measure as the English (tests/test_own_words.py) over every Spanish text: the library's and
    the figures' sentences and labels."""
    book = localize_figures(ENGLISH_BOOK, "es")
    texts = library_texts(spanish) + [e.name for e in spanish.exercises] + [g.name for g in spanish.groups]
    texts += [m.name for e in spanish.exercises for m in e.dose.movements if m.name]
    texts += [spanish.credit.publisher] + [f.alt for f in book.figures]
    texts += [c.text for f in book.figures for c in f.cues if c.text]
    assert len(texts) > 150
    found = own_words.check_all(texts, facts(spanish))
    assert found == [], "\n".join(str(f) for f in found)
