"""The exercise library's code-built words (doses, sides, problems, suggestions) are looked up when shown."""

from __future__ import annotations

import pytest

from rehab_desktop.core import i18n
from rehab_desktop.core.exercises import equipment_label
from rehab_desktop.core.library import LibraryError, load_library, parse_library
from rehab_desktop.core.own_exercises import copy_of
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.suggestions import DOSE_RANGE, Thresholds, dose_words

MARK = "\u27e6"


@pytest.fixture
def marked():
    """Every looked-up text comes back marked, as with the 'mark' pseudo-translation."""
    seen: list[tuple[str, str]] = []

    def lookup(context, text, disambiguation, n):
        seen.append((context, text))
        return MARK + i18n.english(text, n)

    i18n.install(lookup)
    try:
        yield seen
    finally:
        i18n.install(None)


def test_english_is_unchanged_without_a_translation():
    library = load_library()
    assert library.exercises[0].dose.summary() == "Hold 30+ s \u00b7 2\u20133 sets \u00b7 each leg"
    assert LegSide.LEFT.label == "Left leg"
    assert equipment_label("band") == "Resistance band"
    assert dose_words(Prescription("x", 2, 10, 2), hold=True) == "2 \u00d7 10, hold 2 s"


def test_texts_are_looked_up_at_use_time(marked):
    library = load_library()
    summary = library.exercises[0].dose.summary()
    assert summary.count(MARK) >= 2, summary  # the movement's words, the sets and the side
    assert LegSide.RIGHT.label == MARK + "Right leg"
    assert equipment_label("pad").startswith(MARK)
    assert DOSE_RANGE.explain(Thresholds()).startswith(MARK)
    assert copy_of(library.exercises[0], [])["name"].startswith(MARK)
    assert library.credit.text().startswith(MARK)
    with pytest.raises(LibraryError) as err:
        parse_library(b"groups = 3", "f.toml")
    assert str(err.value) == f"f.toml: {MARK}field 'groups': {MARK}must be a list, not int 3"
