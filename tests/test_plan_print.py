"""The printed week: read back from the PDF (names, doses, days, fonts), one page for twelve exercises, plain text."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from rehab_desktop.core.plan import WEEKDAY_ABBR, WeekPlan, clamp_dose, default_dose, dose_text
from rehab_desktop.core.programs import program
from rehab_desktop.core.records import Prescription
from rehab_desktop.store.output import OutputError
from rehab_desktop.ui.printing.week import MIN_POINT_SIZE, page_layout, render_week, write_pdf

MONDAY = date(2026, 5, 11)


@pytest.fixture(autouse=True)
def gui_app(qapp):
    return qapp


def flat(text: str) -> str:
    """PDF text as one line: ligatures and line breaks (the sheet wraps long text) undone."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def read_pdf(path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), flat(" ".join(page.extract_text() for page in reader.pages))


def full_week(library) -> WeekPlan:
    """All twelve exercises, each on some days, with doses that differ from day to day."""
    plan = program("return-to-activity").build(library)
    plan.name = "<b>x</b> & co"
    plan.notes = "Bring the <i>red</i> band & a towel"
    squat = library["sumo-squat"]
    plan.set_dose(5, [p.exercise_id for p in plan.entries(5)].index("sumo-squat"),
                  clamp_dose(squat, Prescription("sumo-squat", 3, 15)))
    return plan


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_twelve_exercises_print_legibly_with_their_cautions(tmp_path, library, page):
    """All twelve, each with its short caution whole: they take two pages rather than cut a caution."""
    plan = full_week(library)
    out = tmp_path / f"week-{page}.pdf"
    result = write_pdf(str(out), plan, library, MONDAY, page)
    assert (result.pages, result.rows, result.skipped) == (2, 12, [])
    assert result.smallest_pt >= MIN_POINT_SIZE >= 9
    pages, text = read_pdf(out)
    assert pages == 2 and "page 2 of 2" in text
    for ex in library.exercises:
        assert flat(f"Careful: {ex.cautions[0]}") in text, ex.id
    assert len(text) > 1500, "no text came back: were fonts found?"
    for ex in library.exercises:
        assert ex.name in text, ex.name
        first_dose = next(p for day in plan.days for p in day if p.exercise_id == ex.id)
        assert flat(dose_text(ex, first_dose, mark=True)) in text, ex.id
    for abbr in WEEKDAY_ABBR:
        assert abbr in text
    assert "Week of Monday 11 May \u2013 17 May 2026" in text
    assert "3\u00d715" in text  # Saturday's sumo squat differs from its usual dose
    assert "Pain today, 0\u201310" in text
    assert "Stop any exercise that hurts." in text
    assert flat(library.guidance.avoid) in text
    assert flat(library.credit.text()) in text
    assert "Return to activity" in text and "not medical advice" in text


def test_user_text_reaches_the_page_as_typed_not_as_markup(tmp_path, library):
    out = tmp_path / "week.pdf"
    write_pdf(str(out), full_week(library), library, MONDAY, "a4")
    _, text = read_pdf(out)
    assert "Weekly plan: <b>x</b> & co" in text
    assert "Bring the <i>red</i> band & a towel" in text
    assert PdfReader(str(out)).metadata.title == "Weekly plan: <b>x</b> & co"


def test_page_sizes_are_landscape(tmp_path, library):
    plan = WeekPlan(days=[[default_dose(library["sumo-squat"])]] + [[] for _ in range(6)])
    for page, (w, h) in (("a4", (842, 595)), ("letter", (792, 612))):
        out = tmp_path / f"{page}.pdf"
        write_pdf(str(out), plan, library, MONDAY, page)
        box = PdfReader(str(out)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (w, h)
    with pytest.raises(ValueError):
        page_layout("a3")


def test_unknown_exercises_are_left_off_and_reported(tmp_path, library):
    plan = WeekPlan()
    plan.add(0, Prescription("calf-raise", 2, 10))
    plan.add(0, default_dose(library["single-leg-balance"]))
    result = write_pdf(str(tmp_path / "w.pdf"), plan, library, MONDAY)
    assert result.rows == 1 and result.skipped == ["calf-raise"]


def test_a_longer_library_carries_on_to_another_page(tmp_path, library):
    from dataclasses import replace

    from rehab_desktop.core.exercises import Library

    extra = tuple(replace(ex, id=f"{ex.id}-2", name=f"{ex.name} again") for ex in library.exercises)
    big = Library(library.groups, library.exercises + extra, library.guidance, library.credit)
    plan = WeekPlan()
    for day in range(7):
        for ex in big.exercises[day::3]:
            plan.add(day, default_dose(ex))
    assert len(plan.exercise_ids()) == 24
    out = tmp_path / "long.pdf"
    result = write_pdf(str(out), plan, big, MONDAY)
    assert result.pages >= 2 and result.rows == 24
    pages, text = read_pdf(out)
    assert pages == result.pages and f"page {pages} of {pages}" in text and "Sumo squat again" in text


def test_an_unwritable_path_is_named(tmp_path, library):
    with pytest.raises(OutputError, match="missing-folder"):
        write_pdf(str(tmp_path / "missing-folder" / "w.pdf"), full_week(library), library, MONDAY)


def test_the_same_drawing_goes_to_a_printer(tmp_path, library, qapp):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(page_layout("letter"))
    result = render_week(printer, full_week(library), library, MONDAY)
    del printer
    assert result.pages == 2
    pages, text = read_pdf(tmp_path / "printer.pdf")
    assert pages == 2 and "Single-leg deadlift" in text


@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_long_name_across_a_year_end_is_printed_whole(tmp_path, library, page):
    plan = program("return-to-activity").build(library, "anterior")  # the longest starter name
    out = tmp_path / "year-end.pdf"
    result = write_pdf(str(out), plan, library, date(2026, 12, 28), page)
    assert result.pages == 2 and result.smallest_pt >= MIN_POINT_SIZE
    _, text = read_pdf(out)
    assert f"Weekly plan: {plan.name}" in text
    assert "Week of Monday 28 December 2026 \u2013 3 January 2027" in text


@pytest.mark.parametrize("emphasis", ["anterior", "posterior"])
def test_the_sheet_carries_the_emphasis_note_and_says_what_is_on_it(tmp_path, library, emphasis):
    from rehab_desktop.core.programs import EMPHASIS_NOTES

    plan = program("early").build(library, emphasis)
    out = tmp_path / "early.pdf"
    result = write_pdf(str(out), plan, library, MONDAY, "a4")
    assert result.pages == 1  # the early stage's six exercises, cautions and all, on one page
    _, text = read_pdf(out)
    assert flat(EMPHASIS_NOTES[emphasis]) in text
    for ex_id in plan.exercise_ids():
        assert flat(f"Careful: {library[ex_id].cautions[0]}") in text, ex_id
    # The footer's claims: the cautions above, the app's own figures starred, the guidance in full.
    assert "the short cautions above" in text
    assert "30 s* rest between sets" in text and "2 s* out and back" in text
    assert flat(library.guidance.stop) in text and flat(library.guidance.tolerate) in text
