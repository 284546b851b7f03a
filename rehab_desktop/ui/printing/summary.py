"""The therapist summary as a PDF: one or two pages of figures, the pain chart, exercises, pain flags and notes,
then the self-checks (their table and charts) and the progression by exercise (ui.printing.progression), each on
pages of its own."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from rehab_desktop import APP_DISPLAY_NAME, __version__
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.self_checks import (
    KNEE_TO_WALL,
    MEASURES,
    SIDES,
    SINGLE_LEG_STANCE,
    CheckResult,
    Kind,
    Measure,
    Outcome,
    Unit,
    Variant,
    field_name,
    format_amount,
    from_cm,
    series,
)
from rehab_desktop.store import PainMeans, TherapistSummary
from rehab_desktop.ui.common.chart_paint import ChartColours, ChartSpec, Series, paint_chart
from rehab_desktop.ui.common.chart_specs import BLUE, ORANGE, pain_chart
from rehab_desktop.ui.common.formatting import (
    clock_text,
    day_text,
    dose_text,
    flag_text,
    minutes_text,
    range_text,
    seconds_text,
)
from rehab_desktop.ui.printing.pages import page_size
from rehab_desktop.ui.printing.pdf_file import write_pdf_file
from rehab_desktop.ui.printing.progression import progression_html, version_text
from rehab_desktop.ui.printing.thumbnails import document_pictures

DPI = 300
_CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 5
_MARKER = "[[pain-chart]]"
_CHECK_MARKERS = ("[[check-chart-1]]", "[[check-chart-2]]")  # knee-to-wall, single-leg stance (those measured)
_BODY_PT = 10.0
# Limits tried in turn until the page count is at most two: (pain flags, notes, characters per note).
_LIMITS = ((40, 30, 600), (16, 12, 300), (10, 8, 200), (6, 4, 140), (3, 2, 90), (0, 0, 0))


@dataclass(frozen=True)
class _Limits:
    flags: int
    notes: int
    note_chars: int


class _ChartObject(QPyTextObject):
    """Paints a chart where the document holds its placeholder, as vectors (sharp on paper).

    QPyTextObject is PySide's QObject + QTextObjectInterface: a Python class can't declare the
    interface itself, and the layout would silently skip it.
    """

    def __init__(self, spec: ChartSpec, size: QSizeF, font: QFont):
        super().__init__()
        self.spec, self.size, self.font = spec, size, font

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:
        return self.size

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:
        # paint_chart sets clips of its own, which would free a chart of another page from this page's clip.
        if painter.hasClipping() and not painter.clipBoundingRect().intersects(rect):
            return
        paint_chart(painter, QRectF(rect), self.spec, ChartColours.for_print(), self.font)


def write_summary_pdf(summary: TherapistSummary, library: Library, out_path: str | os.PathLike[str],
                      page: str = "a4") -> int:
    """Write the summary to `out_path` (see store.output: complete or not at all); returns the page count.

    Needs a running QGuiApplication for fonts (`ui.headless.ensure_gui_app()` without a window).
    Raises OutputError when the file can't be written.
    """
    return write_pdf_file(out_path, lambda writer: _render(summary, library, writer, page))


def _render(summary: TherapistSummary, library: Library, writer: QPdfWriter, page: str) -> int:
    writer.setResolution(DPI)
    writer.setTitle(f"Home exercise summary, {range_text(summary.first, summary.last)}")
    writer.setCreator(f"{APP_DISPLAY_NAME} {__version__}")
    writer.setPageLayout(QPageLayout(page_size(page), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter))
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(_BODY_PT)
    # No "fi"/"fl" ligatures: text copied or searched in the PDF should read as typed ("pain flags").
    font.setFeature(QFont.Tag("liga"), 0)
    width, height = writer.width(), writer.height()
    footer_h = int(DPI * 0.22)
    body = QSizeF(width, height - footer_h)
    for limits in _LIMITS:
        doc, handlers = _document(summary, library, writer, font, _Limits(*limits), body)
        if doc.pageCount() <= 2:
            break
    docs = [doc]
    if summary.self_checks:  # on pages of their own, so they never take the room of the notes
        checks, check_handlers = _checks_document(summary, writer, font, body)  # painters kept while drawing
        docs.append(checks)
    table_html = progression_html(summary, library)
    if table_html:
        docs.append(_plain_document(table_html, writer, font, body))
    painter = QPainter(writer)
    pages = sum(d.pageCount() for d in docs)
    page_no = 0
    for d in docs:
        for n in range(d.pageCount()):
            if page_no:
                writer.newPage()
            page_no += 1
            painter.save()
            painter.translate(0, -n * body.height())
            d.drawContents(painter, QRectF(0, n * body.height(), width, body.height()))
            painter.restore()
            _footer(painter, font, QRectF(0, height - footer_h * 0.7, width, footer_h * 0.7), page_no, pages,
                    summary)
    painter.end()
    return pages


def _plain_document(text: str, writer: QPdfWriter, font: QFont, page_size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    small = QFont(font)
    small.setPointSizeF(_BODY_PT * 0.85)  # nine columns across the page
    doc.setDefaultFont(small)
    doc.setDocumentMargin(0)
    doc.setPageSize(page_size)
    doc.setHtml(text)
    return doc


def _footer(painter: QPainter, font: QFont, rect: QRectF, page: int, pages: int, summary: TherapistSummary) -> None:
    small = QFont(font)
    small.setPointSizeF(_BODY_PT * 0.8)
    painter.setFont(small)
    painter.setPen(ChartColours.for_print().muted)
    who = f"{summary.patient}, " if summary.patient else ""
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{who}{range_text(summary.first, summary.last)}. Made on {day_text(summary.made_on)} with "
                     f"{APP_DISPLAY_NAME}. Not medical advice.")
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"Page {page} of {pages}")


def _document(summary: TherapistSummary, library: Library, writer: QPdfWriter, font: QFont, limits: _Limits,
              page_size: QSizeF) -> tuple[QTextDocument, list[_ChartObject]]:
    doc = _new_document(writer, font, page_size)
    shown = [ex for t in summary.exercises if (ex := library.get(t.exercise_id)) is not None]
    doc.setHtml(summary_html(summary, library, limits, pictures=document_pictures(doc, shown)))
    pain = pain_chart(summary.pain_days, summary.first, summary.last, "No pain ratings in this period")
    return doc, _place_charts(doc, [(_MARKER, pain, QSizeF(page_size.width(), DPI * 1.75))], font)


def _checks_document(summary: TherapistSummary, writer: QPdfWriter, font: QFont,
                     page_size: QSizeF) -> tuple[QTextDocument, list[_ChartObject]]:
    """The self-checks' table and charts, from a new page."""
    doc = _new_document(writer, font, page_size)
    charts = _check_charts(summary)
    doc.setHtml(self_checks_html(summary, len(charts)))
    # Across the page like the pain chart: side by side, a title and its legend don't fit on one line.
    size = QSizeF(page_size.width(), DPI * 1.6)
    return doc, _place_charts(doc, [(marker, spec, size) for marker, spec in zip(_CHECK_MARKERS, charts,
                                                                                 strict=False)], font)


def _new_document(writer: QPdfWriter, font: QFont, page_size: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # points in the HTML become the right size on the page
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(page_size)
    return doc


def _place_charts(doc: QTextDocument, charts: list[tuple[str, ChartSpec, QSizeF]], font: QFont) -> list[_ChartObject]:
    """Each chart painted where the document holds its marker; the painters, to be kept while the document is."""
    chart_font = QFont(font)
    chart_font.setPointSizeF(_BODY_PT * 0.95)
    handlers = [_ChartObject(spec, size, chart_font) for _marker, spec, size in charts]
    for n, ((marker, _spec, _size), handler) in enumerate(zip(charts, handlers, strict=True)):
        doc.documentLayout().registerHandler(_CHART_OBJECT + n, handler)
        cursor = doc.find(marker)
        if not cursor.isNull():
            fmt = QTextCharFormat()
            fmt.setObjectType(_CHART_OBJECT + n)
            cursor.insertText("\ufffc", fmt)
    # The edits relay out only part of the document; blocks after later tables were left unplaced.
    doc.markContentsDirty(0, doc.characterCount())
    return handlers


def _pain(means: PainMeans | None) -> str:
    if means is None or (means.before is None and means.after is None):
        return "not rated"

    def one(v):
        return "\u2014" if v is None else f"{v:.1f}"

    return f"{one(means.before)} before \u2192 {one(means.after)} after"


def _figures(s: TherapistSummary) -> list[tuple[str, str]]:
    a = s.adherence
    by_hand = f" ({s.entered_by_hand} entered by hand)" if s.entered_by_hand else ""
    rows = [("Sessions", f"{s.sessions} on {s.active_days} day{'s' if s.active_days != 1 else ''}{by_hand}")]
    if a.expected:
        kept = f"{a.kept} of {a.expected} {'planned days' if a.with_plan else 'days'} ({round(100 * a.ratio)} %)"
    else:
        kept = "no days to count yet"
    rows.append(("Plan kept" if a.with_plan else "Days with a session", kept))
    weekly = s.active_minutes / s.weeks if s.weeks >= 1 else s.active_minutes
    rows.append(("Time in sets", f"{minutes_text(s.active_minutes * 60)} in all, "
                                 f"{minutes_text(weekly * 60)} a week on average"))
    rows.append(("Streak", f"{s.streak_at_end.length} day{'s' if s.streak_at_end.length != 1 else ''} at the end of "
                           f"the period; longest in it {s.longest_in_range.length}"))
    pain = f"average {_pain(s.pain)}"
    if s.pain_first_week is not None:
        pain += f"; first week {_pain(s.pain_first_week)}, last week {_pain(s.pain_last_week)}"
    rows.append(("Pain (0\u201310)", pain))
    rows.append(("Pain flags", f"{len(s.pain_flags)} (\u201cIt hurts\u201d pressed during a session)"))
    n = len(s.self_checks)
    rows.append(("Self-checks", f"{n} in this period, shown after the notes" if n else "none in this period"))
    return rows


def summary_html(s: TherapistSummary, library: Library, limits: _Limits | None = None,
                 pictures: dict[str, str] | None = None) -> str:
    """The summary as HTML for QTextDocument; every piece of stored or typed text is escaped.
    `pictures`: an exercise's figure as an `<img>` (thumbnails.document_pictures), beside its name."""
    limits = limits or _Limits(*_LIMITS[0])
    e = html.escape
    muted = "#444444"
    out = [f"<h1 style='font-size:17pt; margin-bottom:2pt'>Home exercise summary</h1>"
           f"<p style='font-size:12pt; margin-top:0'>{e(range_text(s.first, s.last))}</p>"]
    header = [(k, v) for k, v in (("Patient", s.patient), ("Therapist", s.therapist)) if v]
    if s.plan_versions:
        label = "Plan in force" if len(s.plan_versions) == 1 else "Plans in force"
        header.append((label, "; then ".join(version_text(p) for p in s.plan_versions)))
    if header:
        rows = "".join(f"<tr><td style='color:{muted}' width='28%'>{e(k)}</td><td>{e(v)}</td></tr>"
                       for k, v in header)
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2' style='margin-bottom:6pt'>{rows}</table>")
    if s.no_sessions:
        out.append("<p style='font-size:12pt'>No sessions were recorded in this period.</p>")
    rows = "".join(f"<tr><td style='color:{muted}' width='28%'>{e(k)}</td><td>{e(v)}</td></tr>"
                   for k, v in _figures(s))
    out.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>")
    out.append(f"<p align='center' style='margin-top:10pt'>{_MARKER}</p>")

    out.append("<h2 style='font-size:12.5pt; margin-top:10pt; margin-bottom:3pt'>Exercises and doses</h2>")
    if s.exercises:
        pictures = pictures or {}
        pic = "<td width='6%'>{}</td>" if pictures else "{}"  # the figure, in a column of its own
        # With the figures, Sessions and Sets done give up the room: they hold short numbers.
        w = (24, 12, 17) if pictures else (27, 11, 21)
        head = ("<thead><tr style='background-color:#e8e8e8'>" + pic.format("")
                + f"<th align='left' width='{w[0]}%'>Exercise</th><th width='{w[1]}%'>Sessions</th>"
                f"<th width='{w[2]}%'>Sets done</th><th width='14%'>Best</th>"
                "<th align='left' width='27%'>Last dose</th></tr></thead>")
        body = []
        for t in s.exercises:
            ex = library.get(t.exercise_id)
            best = [seconds_text(t.best_hold_s) + " hold"] if t.best_hold_s and t.best_hold_s >= 5 else []
            best += [f"{t.best_reps} reps"] if t.best_reps else []
            skipped = f" ({t.sets_skipped} skipped)" if t.sets_skipped else ""
            eased = ""
            if t.eased_sessions:
                eased = f"; eased after pain in {t.eased_sessions} session{'s' if t.eased_sessions != 1 else ''}"
            body.append(f"<tr>{pic.format(pictures.get(t.exercise_id, ''))}<td>"
                        f"{e(ex.name if ex else t.exercise_id)}</td><td align='center'>{t.sessions}</td>"
                        f"<td align='center'>{t.sets_completed}{e(skipped)}</td>"
                        f"<td align='center'>{e(', '.join(best) or '—')}</td>"
                        f"<td>{e(dose_text(t.last_dose) + eased)}</td></tr>")
        out.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{head}{''.join(body)}</table>")
    else:
        out.append("<p>None in this period.</p>")

    out.append("<h2 style='font-size:12.5pt; margin-top:10pt; margin-bottom:3pt'>Pain flags</h2>")
    flags = s.pain_flags[-limits.flags:] if limits.flags else ()
    if flags:
        items = "".join(f"<tr><td width='28%'>{e(day_text(day))}</td><td>{e(flag_text(flag, library))}</td></tr>"
                        for day, flag in flags)
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2'>{items}</table>")
    if len(flags) < len(s.pain_flags):
        out.append(f"<p style='color:{muted}'>{len(s.pain_flags) - len(flags)} earlier pain flags are not "
                   "listed here; the CSV export has every one.</p>")
    elif not s.pain_flags:
        out.append("<p>None in this period.</p>")

    out.append("<h2 style='font-size:12.5pt; margin-top:10pt; margin-bottom:3pt'>Notes</h2>")
    notes = s.notes[-limits.notes:] if limits.notes else ()
    rows = []
    for note in notes:
        text = note.text.strip()
        if len(text) > limits.note_chars:
            text = text[:limits.note_chars].rstrip() + "\u2026"
        body = "<br>".join(e(line) for line in text.splitlines())
        rows.append(f"<tr><td width='28%'>{e(day_text(note.day))}, {e(clock_text(note.started_at))}</td>"
                    f"<td>{body}</td></tr>")
    if rows:
        # Table rows move to the next page whole, so a note is never split from its date.
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")
    if len(notes) < len(s.notes):
        out.append(f"<p style='color:{muted}'>{len(s.notes) - len(notes)} earlier notes are not shown here; the CSV "
                   "export has every one.</p>")
    elif not s.notes:
        out.append("<p>No notes in this period.</p>")
    return "".join(out)


# -- the self-checks ----------------------------------------------------------------------------


def self_checks_html(s: TherapistSummary, charts: int = 0) -> str:
    """The self-checks page: a row per measure, side and variant (first and latest in the period, the change),
    then the markers of `charts` charts."""
    e = html.escape

    def shown(result: tuple[str, str] | None) -> str:  # the value, its day under it
        return "\u2014" if result is None else f"{e(result[0])}<br><span style='color:#444444'>{e(result[1])}</span>"

    head = ("<thead><tr style='background-color:#e8e8e8'><th align='left' width='31%'>Measure</th>"
            "<th align='left' width='23%'>First in period</th><th align='left' width='23%'>Latest</th>"
            "<th align='left' width='23%'>Change</th></tr></thead>")
    body = "".join(f"<tr><td>{e(name)}</td><td>{shown(first)}</td><td>{shown(latest)}</td><td>{e(change)}</td></tr>"
                   for name, first, latest, change in _check_rows(s))
    n = len(s.self_checks)
    out = ["<h2 style='font-size:12.5pt; margin-top:0; margin-bottom:2pt'>Self-checks</h2>",
           f"<p style='margin-top:0; margin-bottom:4pt'>{n} check{'s' if n != 1 else ''} taken at home in this period"
           + (": the first and the latest result of each measure, and the change between them.</p>" if n > 1
              else ".</p>"),
           f"<table width='100%' cellspacing='0' cellpadding='3'>{head}{body}</table>"]
    out += [f"<p align='center' style='margin-top:12pt'>{marker}</p>" for marker in _CHECK_MARKERS[:charts]]
    return "".join(out)


def _check_rows(s: TherapistSummary) -> list[tuple[str, tuple[str, str], tuple[str, str] | None, str]]:
    """(measure, first in the period, latest, change) for each measure, side and variant measured, in the
    order of core.self_checks.MEASURES; a result is (value, day). Measured once: no latest, no change."""
    unit = Unit(s.check_unit)
    measured: dict[tuple[str, str, str], list[tuple[date, CheckResult]]] = {}
    for c in sorted(s.self_checks, key=lambda c: (c.day, c.taken_at)):  # as history_of, in one pass for all
        for r in c.results:
            measured.setdefault(r.key, []).append((c.day, r))
    rows = []
    for m in MEASURES:
        for variant in m.variants:
            for side in SIDES if m.sided else ("",):
                results = measured.get((m.id, side, variant.value))
                if not results:
                    continue
                (day0, first), (day1, latest) = results[0], results[-1]
                shown = (first.text(unit), _check_day(day0, s))
                if len(results) == 1:
                    rows.append((field_name(m, side, variant), shown, None, "\u2014"))
                else:
                    rows.append((field_name(m, side, variant), shown, (latest.text(unit), _check_day(day1, s)),
                                 _change(m, first, latest, unit)))
    return rows


def _change(m: Measure, first: CheckResult, latest: CheckResult, unit: Unit) -> str:
    """'+2 cm', '-1.5 s', '+1 point', 'no change', or in words where pain stopped a check."""
    if latest.outcome is Outcome.PAIN or latest.value is None:
        return "could not do it: pain"
    if first.outcome is Outcome.PAIN or first.value is None:
        return "the first could not be done for pain"
    a, b = latest.value, first.value
    if m.kind is Kind.DISTANCE:
        a, b = from_cm(a, unit), from_cm(b, unit)
    d = round(a - b, 1)
    if d == 0:
        return "no change"
    if m.kind in (Kind.RATING, Kind.PERCENT):
        amount = f"{abs(d):g} point{'' if abs(d) == 1 else 's'}"
    else:
        amount = format_amount(abs(d), m.unit_text(unit))
    return f"{'+' if d > 0 else '-'}{amount}"


def _check_day(day: date, s: TherapistSummary) -> str:
    """'6 Nov', with the year when the period spans two."""
    return f"{day.day} {day:%b}" + (f" {day.year}" if s.first.year != s.last.year else "")


def _check_charts(s: TherapistSummary) -> list[ChartSpec]:
    """Knee-to-wall and single-leg stance with eyes open over the period, left and right as two lines
    (each only when it has a figure: the table tells a check that pain stopped)."""
    unit = Unit(s.check_unit)
    out = []
    for m, variant in ((KNEE_TO_WALL, Variant.NONE), (SINGLE_LEG_STANCE, Variant.EYES_OPEN)):
        lines, pain = [], []
        for side, colour in zip(SIDES, (BLUE, ORANGE), strict=True):
            points = series(list(s.self_checks), (m.id, side, variant.value), unit)
            if stopped := [_check_day(d, s) for d, v in points if v is None]:
                pain.append(f"{side} {', '.join(stopped)}")
            right = side == "right"  # dashed with square markers: the lines differ without colour
            lines.append(Series(side.capitalize(), [(d, v) for d, v in points if v is not None], colour,
                                dashed=right, square=right))
        if not any(line.points for line in lines):
            continue
        note = f"Could not be done for pain: {'; '.join(pain)}." if pain else ""
        out.append(ChartSpec(f"{field_name(m, '', variant)} ({m.unit_text(unit)})", s.first, s.last, tuple(lines),
                             unit=m.unit_text(unit), note=note, trend=False))
    return out
