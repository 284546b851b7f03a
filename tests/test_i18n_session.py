"""The session strip, its dialogs and the weekly self-check in a language other than English (issue 24):
every word they show goes through the translation, and numbers are read and shown with the locale's
decimal sign."""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from rehab_desktop.core import i18n as core_i18n
from rehab_desktop.core import self_checks as S
from rehab_desktop.ui.common import i18n

WORDLESS = re.compile(r"[\d\s.,:=/%s()\u00b7\u2026-]*|cm|in")  # numbers and units need no translation


class CommaFormats(core_i18n.Formats):
    """A locale whose decimal sign is not a point."""

    def __init__(self, point: str = ","):
        self.point = point

    def decimal(self, value: float, places: int = 1, trim: bool = True) -> str:
        return super().decimal(value, places, trim).replace(".", self.point)

    def decimal_point(self) -> str:
        return self.point


@pytest.fixture
def comma():
    core_i18n.install(None, CommaFormats())
    yield
    core_i18n.install(None)


@pytest.fixture
def marked(qapp):
    """Every translated string marked, as REHAB_DESKTOP_PSEUDO=mark does; English again afterwards."""
    i18n.install(qapp, "en", pseudo="mark")
    yield i18n.MARK
    i18n.install(qapp, "en", pseudo="")


def check(day: date, *results: S.CheckResult, cid: int = 1) -> S.SelfCheck:
    return S.SelfCheck(cid, day, datetime.combine(day, datetime.min.time(), UTC), results)


# -- numbers in the locale's own way ----------------------------------------------------------------


def test_a_typed_decimal_takes_the_locales_sign_and_a_comma_still_works(comma):
    assert S.parse_value(S.KNEE_TO_WALL, "9,5", side="left") == 9.5
    core_i18n.install(None, CommaFormats("\u066b"))  # the Arabic decimal separator
    assert S.parse_value(S.KNEE_TO_WALL, "9\u066b5", side="left") == 9.5
    assert S.parse_value(S.KNEE_TO_WALL, "9,5", side="left") == 9.5
    assert S.parse_value(S.KNEE_TO_WALL, "9.5", side="left") == 9.5


def test_values_and_refusals_show_the_locales_decimal_sign(comma):
    assert S.format_amount(9.5, "cm") == "9,5 cm" and S.format_amount(9.0, "cm") == "9 cm"
    assert S.CheckResult("single-leg-stance", "left", S.Variant.EYES_OPEN, 12.3).text() == "12,3 s"
    with pytest.raises(S.CheckInputError) as caught:
        S.parse_value(S.RATINGS[0], "7,5")
    assert caught.value.message == "Walking: 7,5 is not a whole number."
    with pytest.raises(S.CheckInputError) as caught:
        S.parse_value(S.KNEE_TO_WALL, "12", side="left", unit=S.Unit.INCH)
    assert "12 in is outside 0 to 11,8 in" in caught.value.message
    first = check(date(2026, 11, 6), S.CheckResult("knee-to-wall", "left", value=7.0), cid=1)
    now = check(date(2026, 12, 4), S.CheckResult("knee-to-wall", "left", value=9.5), cid=2)
    assert S.describe([first, now], now, "knee-to-wall", "left") == \
        "Left knee-to-wall: 9,5 cm, 2,5 cm more than four weeks ago."


def test_the_stance_clock_shows_the_locales_decimal_sign(qapp, comma, library):
    from rehab_desktop.ui.selfcheck.stance import StanceTimer

    timer = StanceTimer(library.get("single-leg-balance"), time.monotonic, lambda: datetime.now(UTC))
    assert timer.time.text() == "0,0 s"


# -- every word translated ------------------------------------------------------------------------


def test_the_self_check_words_in_core_are_translated(marked):
    assert S.KNEE_TO_WALL.name.startswith(marked) and S.KNEE_TO_WALL.source_name == "Knee-to-wall"
    assert all(step.startswith(marked) for step in S.SINGLE_LEG_STANCE.steps)
    assert S.Variant.EYES_CLOSED.label.startswith(marked)
    assert S.field_name(S.KNEE_TO_WALL, "left", english=True) == "Knee-to-wall, left"
    with pytest.raises(S.CheckInputError) as caught:
        S.parse_value(S.KNEE_TO_WALL, "abc", side="left")
    assert caught.value.message.startswith(marked)
    due = S.due_status(date(2026, 12, 4), date(2026, 12, 1))
    assert due.line(date(2026, 12, 4)).startswith(marked) and due.short(date(2026, 12, 4)).startswith(marked)


def shown_texts(root: QWidget) -> list[str]:
    """What a person reads or hears of `root`: texts, items, tooltips, accessible names and descriptions."""
    out = [root.windowTitle(), root.accessibleName()]
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        out += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
    return [t for t in out if t and not WORDLESS.fullmatch(t)]


def untranslated(root: QWidget, mark: str, data: tuple[str, ...] = ()) -> list[str]:
    return [t for t in shown_texts(root) if mark not in t and t not in data]


def test_the_session_strip_and_its_dialogs_have_no_english_left(qapp, marked, library, tmp_path):
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.session.bar import SessionBar
    from rehab_desktop.ui.session.controller import SessionController
    from rehab_desktop.ui.session.pain_dialogs import FinishDialog, PainDialog
    from rehab_desktop.ui.session.routine_dialog import RoutineDialog

    prefs = PreferenceStore(tmp_path)
    session = SessionController(StoreService(None), library, wall=lambda: datetime(2026, 5, 4, 18, 5))
    bar = SessionBar(session, library)
    assert untranslated(bar, marked) == []
    session.open()
    for ex in library.exercises[:2]:
        session.add_to_routine(prefs.chosen_dose(ex))
    bar.refresh()
    assert marked in bar.status.text() and marked in bar.routine_label.text()
    stop = library.guidance.stop  # the library's words: translated by its overlay
    assert untranslated(PainDialog("Sumo squat", stop), marked, (stop,)) == []
    assert untranslated(PainDialog("Sumo squat", stop, exercising=False), marked, (stop,)) == []
    assert untranslated(FinishDialog("3 sets", pain_now=4), marked, ("3 sets",)) == []
    assert untranslated(RoutineDialog(session, library), marked) == []


def test_the_self_check_has_no_english_left(qapp, marked, library, tmp_path):
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.selfcheck.dialog import SelfCheckDialog
    from rehab_desktop.ui.selfcheck.page import SelfCheckPane

    prefs = PreferenceStore(tmp_path)
    dialog = SelfCheckDialog(None, library, prefs, wall=lambda: datetime(2026, 12, 4, 17, 0, tzinfo=UTC),
                             clock=time.monotonic)
    for index in range(4):
        dialog.go(index)
        assert marked in dialog.heading.text()
    assert untranslated(dialog, marked) == []
    pane = SelfCheckPane(None, prefs, lambda: date(2026, 12, 4))
    pane.load()
    assert untranslated(pane, marked) == []


def test_a_spanish_locale_reads_and_shows_a_comma(qapp, library):
    """The window's own QLocale formats: a typed '9,5' is 9.5 cm and is shown '9,5 cm' back."""
    from rehab_desktop.ui.common.i18n import QtFormats

    core_i18n.install(None, QtFormats(QLocale("es_ES")))
    try:
        assert S.parse_value(S.KNEE_TO_WALL, "9,5", side="right") == 9.5
        assert S.CheckResult("knee-to-wall", "right", value=9.5).text() == "9,5 cm"
    finally:
        core_i18n.install(None)
