"""The printed week and the therapist summary in Spanish: names of days and months, decimals and words from the
chosen language, and paper that follows the chosen locale (Letter in the US, else A4)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from rehab_desktop.core import i18n as core_i18n
from rehab_desktop.store.stats_queries import HistoryStats
from rehab_desktop.store.summary import build_summary
from rehab_desktop.ui.common import formatting, i18n
from rehab_desktop.ui.common.i18n import QtFormats
from rehab_desktop.ui.printing.pages import default_page
from rehab_desktop.ui.printing.summary import write_summary_pdf
from rehab_desktop.ui.printing.week import write_pdf
from tests.test_plan_print import MONDAY, full_week, read_pdf
from tests.test_summary_pdf import FIRST, LAST, fill, pdf_text


@pytest.fixture(autouse=True)
def english_again(qapp):
    """Every test ends in English, whatever it installed."""
    yield
    core_i18n.install(None)
    i18n.install(qapp, "en", pseudo="")


def spanish_names():
    """Spanish day and month names and decimals, the patterns untranslated ('d MMMM yyyy')."""
    core_i18n.install(None, QtFormats(QLocale("es_ES")))


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def test_formatting_takes_the_locale_names_and_decimals():
    spanish_names()
    assert "mayo" in formatting.day_text(date(2026, 5, 4))
    assert "lunes" in formatting.long_day(date(2026, 5, 4))
    assert "lun" in formatting.short_day(date(2026, 5, 4))
    assert "abril" in formatting.range_text(date(2026, 4, 28), date(2026, 5, 3))
    assert formatting.pain_text(5, 2.5) == "5 \u2192 2,5"
    assert formatting.seconds_text(28.5) == "28,5 s"
    core_i18n.install(None)  # and back: exactly the English of before
    assert formatting.range_text(date(2026, 4, 28), date(2026, 5, 3)) == "28 April \u2013 3 May 2026"
    assert formatting.range_text(date(2026, 5, 4), date(2026, 5, 31)) == "4 \u2013 31 May 2026"
    assert formatting.long_day(date(2026, 5, 4)) == "Monday 4 May 2026"
    assert formatting.short_day(date(2026, 5, 4)) == "Mon 4 May"
    assert formatting.pain_text(5, 2.5) == "5 \u2192 2.5"


def test_the_week_prints_spanish_day_and_month_names(tmp_path, library):
    spanish_names()
    out = tmp_path / "week.pdf"
    write_pdf(str(out), full_week(library), library, MONDAY, "a4")
    _pages, text = read_pdf(out)
    found = words(text)
    assert {"Lun", "Mar", "Jue", "Vie", "mayo"} <= found  # the day columns, capitalised, and the week's dates
    assert not {"Mon", "Tue", "Thu", "Fri", "May"} & found


def test_the_summary_prints_spanish_dates_and_decimals(tmp_path, history, library):
    fill(history)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids)
    spanish_names()
    out = tmp_path / "summary.pdf"
    write_summary_pdf(s, library, out, "a4")
    text, _pages = pdf_text(out)
    found = words(text)
    assert {"abril", "mayo"} <= found and not {"April", "May"} & found
    assert re.search(r"\d,\d before", text), "the pain averages with a decimal comma"
    assert not re.search(r"\d\.\d before", text)


def test_with_spanish_installed_the_printed_words_are_spanish(qapp, tmp_path, history, library):
    fill(history)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids)
    i18n.install(qapp, "es", pseudo="")
    week = tmp_path / "week.pdf"
    write_pdf(str(week), full_week(library), library, MONDAY, "a4")
    _pages, week_text = read_pdf(week)
    assert "Plan semanal" in week_text and "Weekly plan" not in week_text
    assert "Dolor hoy" in week_text and "Pain today" not in week_text
    summary = tmp_path / "summary.pdf"
    write_summary_pdf(s, library, summary, "a4")
    text, _pages = pdf_text(summary)
    assert "Resumen de ejercicios en casa" in text and "Home exercise summary" not in text
    assert "de mayo de 2026" in text and "No es consejo m\u00e9dico" in text


@pytest.mark.parametrize("name, page", [("en_US", "letter"), ("es_US", "letter"), ("en_CA", "letter"),
                                        ("es_MX", "letter"), ("es_ES", "a4"), ("en_GB", "a4"), ("de_DE", "a4")])
def test_the_usual_paper_follows_the_chosen_locale(name, page):
    QLocale.setDefault(QLocale(name))  # as i18n.install sets it
    assert default_page() == page
    assert default_page(QLocale(name)) == page


def test_the_installed_language_decides_the_paper(qapp, tmp_path, history, library):
    """i18n.install sets the default locale; the summary printed on "the usual paper" takes its size."""
    for choice in ("en", "es"):
        installed = i18n.install(qapp, choice, pseudo="")
        assert QLocale().name() == installed.locale.name()
        assert default_page() == default_page(installed.locale)
    fill(history)
    s = build_summary(HistoryStats(history.db), FIRST, LAST, LAST, order=library.ids)
    for name, size in (("en_US", (612, 792)), ("es_ES", (595, 842))):
        QLocale.setDefault(QLocale(name))
        out = tmp_path / f"summary-{name}.pdf"
        write_summary_pdf(s, library, out, default_page())
        box = pdf_text(out)[1][0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
