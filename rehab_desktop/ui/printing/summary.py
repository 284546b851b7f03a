"""The therapist summary as a PDF: one or two pages of figures, the pain chart, exercises, pain flags and notes,
then the progression by exercise (ui.printing.progression) on pages of its own."""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

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
from rehab_desktop.store import PainMeans, TherapistSummary
from rehab_desktop.ui.common.chart_paint import ChartColours, ChartSpec, paint_chart
from rehab_desktop.ui.common.chart_specs import pain_chart
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
_BODY_PT = 10.0
# Limits tried in turn until the page count is at most two: (pain flags, notes, characters per note).
_LIMITS = ((40, 30, 600), (16, 12, 300), (10, 8, 200), (6, 4, 140), (3, 2, 90), (0, 0, 0))


@dataclass(frozen=True)
class _Limits:
    flags: int
    notes: int
    note_chars: int


class _ChartObject(QPyTextObject):
    """Paints the pain chart where the document holds its placeholder, as vectors (sharp on paper).

    QPyTextObject is PySide's QObject + QTextObjectInterface: a Python class can't declare the
    interface itself, and the layout would silently skip it.
    """

    def __init__(self, spec: ChartSpec, size: QSizeF, font: QFont):
        super().__init__()
        self.spec, self.size, self.font = spec, size, font

    def intrinsicSize(self, doc, pos, fmt) -> QSizeF:
        return self.size

    def drawObject(self, painter, rect, doc, pos, fmt) -> None:
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
        doc, handler = _document(summary, library, writer, font, _Limits(*limits), body)
        if doc.pageCount() <= 2:
            break
    docs = [doc]
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
              page_size: QSizeF) -> tuple[QTextDocument, _ChartObject]:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # points in the HTML become the right size on the page
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setPageSize(page_size)
    chart_font = QFont(font)
    chart_font.setPointSizeF(_BODY_PT * 0.95)
    spec = pain_chart(summary.pain_days, summary.first, summary.last, "No pain ratings in this period")
    handler = _ChartObject(spec, QSizeF(page_size.width(), DPI * 1.75), chart_font)
    doc.documentLayout().registerHandler(_CHART_OBJECT, handler)
    shown = [ex for t in summary.exercises if (ex := library.get(t.exercise_id)) is not None]
    doc.setHtml(summary_html(summary, library, limits, pictures=document_pictures(doc, shown)))
    cursor = doc.find(_MARKER)
    if not cursor.isNull():
        fmt = QTextCharFormat()
        fmt.setObjectType(_CHART_OBJECT)
        cursor.insertText("\ufffc", fmt)
        # The edit relays out only part of the document; blocks after later tables were left unplaced.
        doc.markContentsDirty(0, doc.characterCount())
    return doc, handler


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
    if s.empty:
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
