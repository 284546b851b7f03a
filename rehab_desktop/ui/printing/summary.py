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
    QFontMetricsF,
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
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
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
    writer.setTitle(translate("ui.printing.summary", "Home exercise summary, {dates}",
                              "the PDF's title; {dates}: the period, 4 \u2013 31 May 2026").format(
        dates=range_text(summary.first, summary.last)))
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
    if summary.patient:
        line = translate("ui.printing.summary", "{patient}, {dates}. Made on {day} with {app}. Not medical advice.",
                         "the footer: the patient's name, the period, the day it was made, the app's name")
    else:
        line = translate("ui.printing.summary", "{dates}. Made on {day} with {app}. Not medical advice.",
                         "the footer: the period, the day it was made, the app's name")
    number = translate("ui.printing.summary", "Page {page} of {pages}").format(page=page, pages=pages)
    # The line keeps clear of the page number, and takes two lines where a language makes it longer.
    room = rect.adjusted(0, -rect.height(), -(QFontMetricsF(small, painter.device()).horizontalAdvance(number)
                                              + 2 * QFontMetricsF(small, painter.device()).averageCharWidth()), 0)
    painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
                     line.format(patient=summary.patient, dates=range_text(summary.first, summary.last),
                                 day=day_text(summary.made_on), app=APP_DISPLAY_NAME))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, number)


def _document(summary: TherapistSummary, library: Library, writer: QPdfWriter, font: QFont, limits: _Limits,
              page_size: QSizeF) -> tuple[QTextDocument, list[_ChartObject]]:
    doc = _new_document(writer, font, page_size)
    shown = [ex for t in summary.exercises if (ex := library.get(t.exercise_id)) is not None]
    doc.setHtml(summary_html(summary, library, limits, pictures=document_pictures(doc, shown)))
    pain = pain_chart(summary.pain_days, summary.first, summary.last,
                      translate("ui.printing.summary", "No pain ratings in this period"))
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
        return translate("ui.printing.summary", "not rated")

    def one(v):
        return "\u2014" if v is None else formats().decimal(v, 1, trim=False)

    return translate("ui.printing.summary", "{before} before \u2192 {after} after",
                     "average pain before and after the sessions, 0\u201310").format(before=one(means.before),
                                                                                      after=one(means.after))


def _figures(s: TherapistSummary) -> list[tuple[str, str]]:
    a = s.adherence
    days = s.active_days
    if s.entered_by_hand:
        sessions = translate("ui.printing.summary", "{sessions} on %n day(s) ({by_hand} entered by hand)",
                             "{sessions}: how many sessions; {by_hand}: how many of them were entered by hand",
                             days).format(sessions=s.sessions, by_hand=s.entered_by_hand)
    else:
        sessions = translate("ui.printing.summary", "{sessions} on %n day(s)", "{sessions}: how many sessions",
                             days).format(sessions=s.sessions)
    rows = [(translate("ui.printing.summary", "Sessions"), sessions)]
    if a.expected:
        if a.with_plan:
            kept = translate("ui.printing.summary", "{kept} of {expected} planned days ({percent} %)")
        else:
            kept = translate("ui.printing.summary", "{kept} of {expected} days ({percent} %)")
        kept = kept.format(kept=a.kept, expected=a.expected, percent=round(100 * a.ratio))
    else:
        kept = translate("ui.printing.summary", "no days to count yet")
    rows.append((translate("ui.printing.summary", "Plan kept") if a.with_plan
                 else translate("ui.printing.summary", "Days with a session"), kept))
    weekly = s.active_minutes / s.weeks if s.weeks >= 1 else s.active_minutes
    rows.append((translate("ui.printing.summary", "Time in sets"),
                 translate("ui.printing.summary", "{total} in all, {weekly} a week on average",
                           "time spent doing sets: 3 h 10 min in all, 48 min a week on average").format(
                     total=minutes_text(s.active_minutes * 60), weekly=minutes_text(weekly * 60))))
    streak = s.streak_at_end.length
    rows.append((translate("ui.printing.summary", "Streak", "days in a row with a session"),
                 translate("ui.printing.summary", "%n day(s) at the end of the period; longest in it {longest}",
                           "{longest}: the longest streak in the period, in days", streak).format(
                     longest=s.longest_in_range.length)))
    if s.pain_first_week is not None:
        pain = translate("ui.printing.summary", "average {pain}; first week {first}, last week {last}",
                         "each is '4.0 before \u2192 2.5 after' or 'not rated'").format(
            pain=_pain(s.pain), first=_pain(s.pain_first_week), last=_pain(s.pain_last_week))
    else:
        pain = translate("ui.printing.summary", "average {pain}",
                         "'4.0 before \u2192 2.5 after' or 'not rated'").format(pain=_pain(s.pain))
    rows.append((translate("ui.printing.summary", "Pain (0\u201310)"), pain))
    rows.append((translate("ui.printing.summary", "Pain flags"),
                 translate("ui.printing.summary", "{count} (\u201cIt hurts\u201d pressed during a session)",
                           "\u201cIt hurts\u201d is the session window's button to report pain").format(
                     count=len(s.pain_flags))))
    n = len(s.self_checks)
    rows.append((translate("ui.printing.summary", "Self-checks"),
                 translate("ui.printing.summary", "%n in this period, shown after the notes",
                           "how many self-checks", n) if n
                 else translate("ui.printing.summary", "none in this period", "no self-checks")))
    return rows


def summary_html(s: TherapistSummary, library: Library, limits: _Limits | None = None,
                 pictures: dict[str, str] | None = None) -> str:
    """The summary as HTML for QTextDocument; every piece of stored or typed text is escaped.
    `pictures`: an exercise's figure as an `<img>` (thumbnails.document_pictures), beside its name."""
    limits = limits or _Limits(*_LIMITS[0])
    e = html.escape
    muted = "#444444"
    title = translate("ui.printing.summary", "Home exercise summary")
    out = [f"<h1 style='font-size:17pt; margin-bottom:2pt'>{e(title)}</h1>"
           f"<p style='font-size:12pt; margin-top:0'>{e(range_text(s.first, s.last))}</p>"]
    header = [(k, v) for k, v in ((translate("ui.printing.summary", "Patient"), s.patient),
                                  (translate("ui.printing.summary", "Therapist"), s.therapist)) if v]
    if s.plan_versions:
        if len(s.plan_versions) == 1:
            label = translate("ui.printing.summary", "Plan in force")
        else:
            label = translate("ui.printing.summary", "Plans in force")
        versions = version_text(s.plan_versions[0])
        for later in s.plan_versions[1:]:
            versions = translate("ui.printing.summary", "{earlier}; then {later}",
                                 "weekly plans in force one after the other in the period").format(
                earlier=versions, later=version_text(later))
        header.append((label, versions))
    if header:
        rows = "".join(f"<tr><td style='color:{muted}' width='28%'>{e(k)}</td><td>{e(v)}</td></tr>"
                       for k, v in header)
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2' style='margin-bottom:6pt'>{rows}</table>")
    if s.no_sessions:
        none = translate("ui.printing.summary", "No sessions were recorded in this period.")
        out.append(f"<p style='font-size:12pt'>{e(none)}</p>")
    rows = "".join(f"<tr><td style='color:{muted}' width='28%'>{e(k)}</td><td>{e(v)}</td></tr>"
                   for k, v in _figures(s))
    out.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{rows}</table>")
    out.append(f"<p align='center' style='margin-top:10pt'>{_MARKER}</p>")

    out.append(_heading(translate("ui.printing.summary", "Exercises and doses")))
    if s.exercises:
        pictures = pictures or {}
        pic = "<td width='6%'>{}</td>" if pictures else "{}"  # the figure, in a column of its own
        # With the figures, Sessions and Sets done give up the room: they hold short numbers.
        w = (24, 12, 17) if pictures else (27, 11, 21)
        heads = [e(h) for h in (
            translate("ui.printing.summary", "Exercise", "column heading"),
            translate("ui.printing.summary", "Sessions"),
            translate("ui.printing.summary", "Sets done", "column heading"),
            translate("ui.printing.summary", "Best", "column heading: the longest hold and the most reps"),
            translate("ui.printing.summary", "Last dose", "column heading"))]
        head = ("<thead><tr style='background-color:#e8e8e8'>" + pic.format("")
                + f"<th align='left' width='{w[0]}%'>{heads[0]}</th><th width='{w[1]}%'>{heads[1]}</th>"
                f"<th width='{w[2]}%'>{heads[2]}</th><th width='14%'>{heads[3]}</th>"
                f"<th align='left' width='27%'>{heads[4]}</th></tr></thead>")
        body = []
        for t in s.exercises:
            ex = library.get(t.exercise_id)
            best = []
            if t.best_hold_s and t.best_hold_s >= 5:
                best.append(translate("ui.printing.summary", "{seconds} hold", "the longest hold: 30 s hold").format(
                    seconds=seconds_text(t.best_hold_s)))
            reps = t.best_reps
            if reps:
                best.append(translate("ui.printing.summary", "%n reps", "the most reps in a set", reps))
            done = str(t.sets_completed)
            if t.sets_skipped:
                done = translate("ui.printing.summary", "{done} ({skipped} skipped)",
                                 "sets done and sets skipped").format(done=done, skipped=t.sets_skipped)
            dose = dose_text(t.last_dose)
            eased = t.eased_sessions
            if eased:
                dose = translate("ui.printing.summary", "{dose}; eased after pain in %n session(s)",
                                 "{dose}: the last dose, as 3 sets \u00d7 12 reps \u00b7 hold 2 s", eased).format(
                    dose=dose)
            body.append(f"<tr>{pic.format(pictures.get(t.exercise_id, ''))}<td>"
                        f"{e(ex.name if ex else t.exercise_id)}</td><td align='center'>{t.sessions}</td>"
                        f"<td align='center'>{e(done)}</td>"
                        f"<td align='center'>{e(', '.join(best) or '—')}</td>"
                        f"<td>{e(dose)}</td></tr>")
        out.append(f"<table width='100%' cellspacing='0' cellpadding='3'>{head}{''.join(body)}</table>")
    else:
        out.append(_paragraph(translate("ui.printing.summary", "None in this period.")))

    out.append(_heading(translate("ui.printing.summary", "Pain flags")))
    flags = s.pain_flags[-limits.flags:] if limits.flags else ()
    if flags:
        items = "".join(f"<tr><td width='28%'>{e(day_text(day))}</td><td>{e(flag_text(flag, library))}</td></tr>"
                        for day, flag in flags)
        out.append(f"<table width='100%' cellspacing='0' cellpadding='2'>{items}</table>")
    if len(flags) < len(s.pain_flags):
        left_out = len(s.pain_flags) - len(flags)
        out.append(f"<p style='color:{muted}'>" + e(translate(
            "ui.printing.summary", "%n earlier pain flags are not listed here; the CSV export has every one.", None,
            left_out)) + "</p>")
    elif not s.pain_flags:
        out.append(_paragraph(translate("ui.printing.summary", "None in this period.")))

    out.append(_heading(translate("ui.printing.summary", "Notes", "heading: the notes written after sessions")))
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
        left_out = len(s.notes) - len(notes)
        out.append(f"<p style='color:{muted}'>" + e(translate(
            "ui.printing.summary", "%n earlier notes are not shown here; the CSV export has every one.", None,
            left_out)) + "</p>")
    elif not s.notes:
        out.append(_paragraph(translate("ui.printing.summary", "No notes in this period.")))
    return "".join(out)


def _heading(text: str) -> str:
    return f"<h2 style='font-size:12.5pt; margin-top:10pt; margin-bottom:3pt'>{html.escape(text)}</h2>"


def _paragraph(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


# -- the self-checks ----------------------------------------------------------------------------


def self_checks_html(s: TherapistSummary, charts: int = 0) -> str:
    """The self-checks page: a row per measure, side and variant (first and latest in the period, the change),
    then the markers of `charts` charts."""
    e = html.escape

    def shown(result: tuple[str, str] | None) -> str:  # the value, its day under it
        return "\u2014" if result is None else f"{e(result[0])}<br><span style='color:#444444'>{e(result[1])}</span>"

    heads = [e(h) for h in (
        translate("ui.printing.summary", "Measure", "column heading of the self-checks"),
        translate("ui.printing.summary", "First in period", "column heading of the self-checks"),
        translate("ui.printing.summary", "Latest", "column heading of the self-checks"),
        translate("ui.printing.summary", "Change", "column heading of the self-checks"))]
    head = ("<thead><tr style='background-color:#e8e8e8'>"
            f"<th align='left' width='31%'>{heads[0]}</th><th align='left' width='23%'>{heads[1]}</th>"
            f"<th align='left' width='23%'>{heads[2]}</th><th align='left' width='23%'>{heads[3]}</th></tr></thead>")
    body = "".join(f"<tr><td>{e(name)}</td><td>{shown(first)}</td><td>{shown(latest)}</td><td>{e(change)}</td></tr>"
                   for name, first, latest, change in _check_rows(s))
    n = len(s.self_checks)
    if n > 1:
        taken = translate("ui.printing.summary", "%n check(s) taken at home in this period: the first and the latest "
                          "result of each measure, and the change between them.", None, n)
    else:
        taken = translate("ui.printing.summary", "%n check(s) taken at home in this period.", None, n)
    heading = translate("ui.printing.summary", "Self-checks")
    out = [f"<h2 style='font-size:12.5pt; margin-top:0; margin-bottom:2pt'>{e(heading)}</h2>",
           f"<p style='margin-top:0; margin-bottom:4pt'>{e(taken)}</p>",
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
        return translate("ui.printing.summary", "could not do it: pain", "the latest self-check was stopped by pain")
    if first.outcome is Outcome.PAIN or first.value is None:
        return translate("ui.printing.summary", "the first could not be done for pain")
    a, b = latest.value, first.value
    if m.kind is Kind.DISTANCE:
        a, b = from_cm(a, unit), from_cm(b, unit)
    d = round(a - b, 1)
    if d == 0:
        return translate("ui.printing.summary", "no change")
    if m.kind in (Kind.RATING, Kind.PERCENT):
        points = abs(d)
        if points == int(points):
            whole = int(points)
            amount = translate("ui.printing.summary", "%n point(s)", "a change in a rating", whole)
        else:
            amount = translate("ui.printing.summary", "{amount} points", "a change in a rating: 1.5 points").format(
                amount=formats().decimal(points, 1))
    else:
        amount = format_amount(abs(d), m.unit_text(unit))
    return f"{'+' if d > 0 else '-'}{amount}"


def _check_day(day: date, s: TherapistSummary) -> str:
    """'6 Nov', with the year when the period spans two."""
    month = formats().month_name(day.month, short=True)
    return f"{day.day} {month}" + (f" {day.year}" if s.first.year != s.last.year else "")


_SIDE_NAMES = {"left": QT_TRANSLATE_NOOP("ui.printing.summary", "Left"),  # a chart's lines, in its legend
               "right": QT_TRANSLATE_NOOP("ui.printing.summary", "Right")}
_SIDE_DAYS = {"left": QT_TRANSLATE_NOOP("ui.printing.summary", "left {days}"),  # the days pain stopped a check
              "right": QT_TRANSLATE_NOOP("ui.printing.summary", "right {days}")}


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
                pain.append(translate("ui.printing.summary", _SIDE_DAYS[side]).format(days=", ".join(stopped)))
            right = side == "right"  # dashed with square markers: the lines differ without colour
            lines.append(Series(translate("ui.printing.summary", _SIDE_NAMES[side]),
                                [(d, v) for d, v in points if v is not None], colour, dashed=right, square=right))
        if not any(line.points for line in lines):
            continue
        note = translate("ui.printing.summary", "Could not be done for pain: {days}.",
                         "{days}: the side and days, as 'left 6 Nov, 8 Nov; right 8 Nov'").format(
            days="; ".join(pain)) if pain else ""
        out.append(ChartSpec(f"{field_name(m, '', variant)} ({m.unit_text(unit)})", s.first, s.last, tuple(lines),
                             unit=m.unit_text(unit), note=note, trend=False))
    return out
