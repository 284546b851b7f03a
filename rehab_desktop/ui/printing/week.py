"""The printable week: exercises by days with boxes to tick, drawn with QPainter for PDF and printers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.phases import TimerOptions
from rehab_desktop.core.plan import WeekPlan, dose_text, short_dose, week_dates
from rehab_desktop.core.programs import EMPHASIS_NOTES, program
from rehab_desktop.core.records import Prescription
from rehab_desktop.ui.printing.pages import page_size
from rehab_desktop.ui.printing.pdf_file import write_pdf_file
from rehab_desktop.ui.printing.thumbnails import THUMB_H_PT, THUMB_W_PT, draw_thumbnail, has_thumbnails

MIN_POINT_SIZE = 9.0  # nothing on the sheet is smaller: legible on a fridge door
MARGIN_MM = 9.0
_INK, _MUTED, _RULE, _SHADE = QColor("#111111"), QColor("#444444"), QColor("#777777"), QColor("#ececec")
_CAUTION_FILL, _CAUTION_EDGE = QColor("#fff4d6"), QColor("#b7791f")
# Tried in turn until every row fits on the page: (text points, most lines for the name, how-to and kit).
_STEPS = ((10.0, 4), (9.5, 3), (9.0, 3))
_TIGHT_LINES = 2  # then rows drop to this many lines, one by one
_TITLE_SIZES = (16.0, 14.0, 12.0)  # the plan's name on a line of its own; at the last, it wraps


def page_layout(page: str = "a4") -> QPageLayout:
    """Landscape A4 or Letter with the sheet's margins."""
    return QPageLayout(page_size(page), QPageLayout.Orientation.Landscape,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


@dataclass
class PrintResult:
    """What was drawn: page count, exercise rows, left-out entries and the smallest text size used."""

    pages: int = 0
    rows: int = 0
    skipped: list[str] = field(default_factory=list)  # ids not in the library
    smallest_pt: float = 99.0


@dataclass(frozen=True)
class _Row:
    exercise: Exercise
    dose: Prescription  # the dose on most of its days, printed in the Dose column
    cells: tuple[Prescription | None, ...]  # per weekday


def sheet_rows(plan: WeekPlan, library: Library) -> tuple[list[_Row], list[str]]:
    """One row per exercise (in plan order) with its doses by day, and the ids the library lacks."""
    rows, skipped = [], []
    for ex_id in plan.exercise_ids():
        ex = library.get(ex_id)
        if ex is None:
            skipped.append(ex_id)
            continue
        cells = tuple(next((p for p in plan.entries(d) if p.exercise_id == ex_id), None) for d in range(7))
        common = Counter(c for c in cells if c is not None).most_common(1)[0][0]
        rows.append(_Row(ex, common, cells))
    return rows, skipped


def write_pdf(path: str, plan: WeekPlan, library: Library, monday: date, page: str = "a4") -> PrintResult:
    """Write the week as a PDF to `path` (`-`: standard output); raises OutputError when it can't be written."""
    def draw(writer: QPdfWriter) -> PrintResult:
        writer.setPageLayout(page_layout(page))
        writer.setTitle(translate("ui.printing.week", "Weekly plan: {name}").format(name=plan.name))
        writer.setCreator(APP_DISPLAY_NAME)
        return render_week(writer, plan, library, monday)

    return write_pdf_file(path, draw)


def render_week(device: QPagedPaintDevice, plan: WeekPlan, library: Library, monday: date) -> PrintResult:
    """Draw the week onto `device` (a QPdfWriter or QPrinter whose page layout is set), page by page."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("ui.printing.week",
                                "could not start drawing on the page (is the file or printer writable?)"))
    try:
        return _Sheet(painter, device, plan, library, monday).draw()
    finally:
        painter.end()


class _Sheet:
    """Lays out and draws the sheet; all measures in points, converted to device pixels on use."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, plan: WeekPlan, library: Library, monday: date):
        self.p, self.device, self.plan, self.library, self.monday = painter, device, plan, library, monday
        self.u = device.logicalDpiY() / 72.0
        rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
        self.w, self.h = rect.width(), rect.height()
        self.family = QGuiApplication.font().family()
        self.result = PrintResult()

    # -- fonts and text ------------------------------------------------------------------------

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont(self.family)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setItalic(italic)
        # Without ligatures the PDF's text reads back (and searches) as typed: "affected", not "a\ufb00ected".
        f.setFeature(QFont.Tag("liga"), 0)
        self.result.smallest_pt = min(self.result.smallest_pt, pt)
        return f

    def layout(self, text: str, font: QFont, width: float, max_lines: int, bold_chars: int = 0,
               muted_from: int | None = None, bold_spans: tuple[tuple[int, int], ...] = (),
               muted_to: int | None = None, keep_chars: int = 0) -> QTextLayout:
        """`text` wrapped to `width` points in at most `max_lines` lines (cut at a word, with '…').

        The first `bold_chars` characters are bold, and so is each (start, length) of `bold_spans`;
        from `muted_from` (up to `muted_to`, else the end) the text is grey italic. The first
        `keep_chars` characters are never cut: they take more lines instead.
        """
        cut = text
        while True:
            lay = QTextLayout(cut, font, self.device)
            opt = QTextOption()
            opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            lay.setTextOption(opt)
            ranges = []
            if bold_chars:
                fmt = QTextCharFormat()
                fmt.setFontWeight(QFont.Weight.Bold)
                ranges.append(_range(0, min(bold_chars, len(cut)), fmt))
            if muted_from is not None and muted_from < len(cut):
                fmt = QTextCharFormat()
                fmt.setFontItalic(True)
                fmt.setForeground(_MUTED)
                end = len(cut) if muted_to is None else min(muted_to, len(cut))
                ranges.append(_range(muted_from, end - muted_from, fmt))
            for start, length in bold_spans:
                if start < len(cut):
                    fmt = QTextCharFormat()
                    fmt.setFontWeight(QFont.Weight.Bold)
                    ranges.append(_range(start, min(length, len(cut) - start), fmt))
            lay.setFormats(ranges)
            lay.beginLayout()
            y, lines = 0.0, 0
            while (line := lay.createLine()).isValid():
                line.setLineWidth(width * self.u)
                line.setPosition(QPointF(0, y))
                y += line.height()
                lines += 1
            lay.endLayout()
            if lines <= max_lines or len(cut) <= max(bold_chars + 1, keep_chars):
                return lay
            words = cut.rstrip("\u2026").split(" ")
            cut = " ".join(words[:-1]).rstrip(",;:.\u2014 ") + "\u2026"
            if len(cut.rstrip("\u2026")) <= keep_chars:
                cut = text[:keep_chars]  # the kept part whole, with its own full stop

    def height(self, lay: QTextLayout) -> float:
        return lay.boundingRect().height() / self.u

    def text(self, x: float, y: float, text: str, font: QFont, colour: QColor = _INK,
             width: float | None = None, align=Qt.AlignmentFlag.AlignLeft) -> float:
        """One line of plain text with its top at y (elided to `width`); returns its height in points."""
        fm = QFontMetricsF(font, self.device)
        if width is not None:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, width * self.u)
        self.p.setFont(font)
        self.p.setPen(colour)
        box = QRectF(x * self.u, y * self.u, (width or self.w - x) * self.u, fm.height())
        self.p.drawText(box, int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextSingleLine), text)
        return fm.height() / self.u

    def draw_layout(self, lay: QTextLayout, x: float, y: float, colour: QColor = _INK) -> None:
        self.p.setPen(colour)
        lay.draw(self.p, QPointF(x * self.u, y * self.u))

    def box(self, x: float, y: float, w: float, h: float, pen: QColor | None = _RULE, fill: QColor | None = None,
            width_pt: float = 0.6) -> None:
        self.p.setPen(Qt.PenStyle.NoPen if pen is None else QPen(pen, width_pt * self.u))
        self.p.setBrush(Qt.BrushStyle.NoBrush if fill is None else fill)
        self.p.drawRect(QRectF(x * self.u, y * self.u, w * self.u, h * self.u))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: QColor = _RULE, width_pt: float = 0.6) -> None:
        self.p.setPen(QPen(colour, width_pt * self.u))
        self.p.drawLine(QPointF(x1 * self.u, y1 * self.u), QPointF(x2 * self.u, y2 * self.u))

    # -- the sheet -------------------------------------------------------------------------------

    def draw(self) -> PrintResult:
        rows, self.result.skipped = sheet_rows(self.plan, self.library)
        self.result.rows = len(rows)
        self.thumb = THUMB_W_PT + 4 if has_thumbnails(r.exercise for r in rows) else 0.0  # the figure's room
        day_w = 36.0
        dose_w = 140.0 if self.w > 760 else 130.0
        self.cols = (self.w - 7 * day_w - dose_w, dose_w, day_w)
        fixed = self.header_height() + self.column_header_height() + self.pain_row_height() + self.footer_height()
        room = self.h - fixed
        for pt, lines in _STEPS:
            laid = [self.lay_row(r, pt, lines) for r in rows]
            if sum(h for h, *_ in laid) <= room:
                break
        else:
            # Still too tall: rows give up their third line one at a time, those saving most first,
            # so only as many instructions are cut short as the page needs.
            tight = [self.lay_row(r, _STEPS[-1][0], _TIGHT_LINES) for r in rows]
            total = sum(h for h, *_ in laid)
            for i in sorted(range(len(rows)), key=lambda i: tight[i][0] - laid[i][0]):
                if total <= room:
                    break
                total += tight[i][0] - laid[i][0]
                laid[i] = tight[i]
        pages, page = [], []
        used = 0.0
        for item in laid:  # at the smallest step, rows that still don't fit go on to another page
            if page and used + item[0] > room:
                pages.append(page)
                page, used = [], 0.0
            page.append(item)
            used += item[0]
        pages.append(page)
        for n, page in enumerate(pages):
            if n:
                self.device.newPage()
            self.draw_page(page, n + 1, len(pages))
        self.result.pages = len(pages)
        return self.result

    def draw_page(self, laid: list, number: int, total: int) -> None:
        y = self.draw_header(number, total)
        y = self.draw_column_header(y)
        for height, row, name_lay, dose_lay in laid:
            self.draw_row(y, height, row, name_lay, dose_lay)
            y += height
        y = self.draw_pain_row(y)
        self.draw_footer()

    # header: title, week dates, how to use the sheet

    def header_parts(self, number: int = 1, total: int = 1) -> tuple[str, QFont, str, QFont, bool]:
        """(title, its font, week dates, their font, whether the dates need a line of their own)."""
        days = week_dates(self.monday)
        first, last = days[0], days[-1]
        f = formats()
        start = f.day_month(first) if first.year == last.year else f.day_month_year(first)
        dates = translate("ui.printing.week", "Week of Monday {first} \u2013 {last}",
                          "{first}: the Monday (11 May; 28 December 2025 when the week ends in the next year); "
                          "{last}: the Sunday with its year (17 May 2026)").format(
            first=start, last=f.day_month_year(last))
        if total > 1:
            dates += "  \u00b7  " + translate("ui.printing.week", "page {number} of {total}").format(
                number=number, total=total)
        date_font = self.font(11.0)
        title = translate("ui.printing.week", "Weekly plan: {name}").format(name=self.plan.name)
        beside = self.w - self.advance(dates, date_font) - 16
        for own_line, room, sizes in ((False, beside, (16.0, 15.0, 14.0, 13.0)), (True, self.w, _TITLE_SIZES)):
            for pt in sizes:  # a long name gets smaller type, then the dates move below it, then it wraps
                font = self.font(pt, bold=True)
                if self.advance(title, font) <= room:
                    return title, font, dates, date_font, own_line
        return title, font, dates, date_font, True

    def title_layout(self) -> QTextLayout | None:
        """The title wrapped over lines of its own, whole, when it is too long for one line; else None."""
        title, font, *_ = self.header_parts()
        if self.advance(title, font) <= self.w:
            return None
        return self.layout(title, font, self.w, 99, keep_chars=len(title))

    def advance(self, text: str, font: QFont) -> float:
        return QFontMetricsF(font, self.device).horizontalAdvance(text) / self.u

    def dates_top(self) -> float:
        """Where the week's dates start when they have a line of their own, under the title."""
        wrapped = self.title_layout()
        return 21.0 if wrapped is None else 2.0 + self.height(wrapped) + 3.0

    def header_height(self) -> float:
        own_line = self.header_parts()[4]
        return (self.dates_top() + 18.0 if own_line else 24.0) + self.height(self.how_layout()) + 8.0

    def draw_header(self, number: int, total: int) -> float:
        title, font, dates, date_font, own_line = self.header_parts(number, total)
        pt = font.pointSizeF()
        if own_line:
            wrapped = self.title_layout()
            if wrapped is None:
                self.text(0, 16.0 - pt, title, font, width=self.w)
            else:  # a name too long for a line wraps; it is never cut
                self.draw_layout(wrapped, 0, 2.0)
            self.text(0, self.dates_top(), dates, date_font, width=self.w)
            how_top = self.dates_top() + 18.0
        else:
            date_w = self.advance(dates, date_font) + 4
            self.text(0, 16.0 - pt, title, font, width=self.w - date_w - 12)
            self.text(self.w - date_w, 4, dates, date_font, width=date_w, align=Qt.AlignmentFlag.AlignRight)
            how_top = 24.0
        self.draw_layout(self.how_layout(), 0, how_top, _MUTED)
        return self.header_height()

    def how_layout(self) -> QTextLayout:
        how = translate("ui.printing.week",
                        "Tick a box each time you do an exercise, and write down your pain each day.")
        prog = program(self.plan.program)
        if prog is not None:
            changed = prog.build(self.library, self.plan.emphasis).days != self.plan.days
            if changed:
                started = translate("ui.printing.week", "Started from the starter program \u201c{program}\u201d, "
                                    "the app's suggestion, not medical advice, and changed since.")
            else:
                started = translate("ui.printing.week", "Started from the starter program \u201c{program}\u201d, "
                                    "the app's suggestion, not medical advice.")
            how = started.format(program=prog.title(self.plan.emphasis)) + " " + how
            if self.plan.emphasis in EMPHASIS_NOTES:
                how += " " + translate("core.programs", EMPHASIS_NOTES[self.plan.emphasis])
        return self.layout(how, self.font(9.0), self.w, 4)

    # column header: Exercise | Dose | Mon 11 May ...

    def column_header_height(self) -> float:
        return 27.0

    def draw_column_header(self, y: float) -> float:
        name_w, dose_w, day_w = self.cols
        h = self.column_header_height()
        self.box(0, y, self.w, h, pen=None, fill=_SHADE)
        bold = self.font(10.0, bold=True)
        self.text(4, y + 7, translate("ui.printing.week", "Exercise \u2014 how to do it, and what you need"), bold,
                  width=name_w - 8)
        self.text(name_w + 4, y + 7, translate("ui.printing.week", "Dose", "column heading"), bold,
                  width=dose_w - 8)
        small = self.font(9.0)
        for i, day in enumerate(week_dates(self.monday)):
            x = name_w + dose_w + i * day_w
            name = formats().weekday_name(i, short=True)
            self.text(x, y + 2, name[:1].upper() + name[1:], bold, width=day_w, align=Qt.AlignmentFlag.AlignHCenter)
            self.text(x, y + 14, f"{day.day}", small, width=day_w, align=Qt.AlignmentFlag.AlignHCenter)
        self.line(0, y + h, self.w, y + h, _INK, 0.9)
        return y + h

    # exercise rows

    def lay_row(self, row: _Row, pt: float, lines: int):
        name_w, dose_w, _ = self.cols
        ex = row.exercise
        head = f"{ex.name} \u2014 {ex.key_instruction}"
        careful_label = translate("ui.printing.week", "Careful:", "before an exercise's caution on the sheet")
        careful = f" {careful_label} {ex.cautions[0]}"
        kit = "; ".join(e.text for e in ex.equipment if not e.optional) or translate("ui.printing.week",
                                                                                  "nothing special")
        # One paragraph, so a tight page cuts the list of equipment first, then the caution,
        # and the instruction last. The caution is in ink, its lead-in bold; the kit is grey.
        need = translate("ui.printing.week", "You need: {equipment}").format(equipment=kit)
        text = f"{head}{careful} {need}"
        name_lay = self.layout(text, self.font(pt), name_w - 8 - self.thumb, lines, bold_chars=len(ex.name),
                               bold_spans=((len(head) + 1, len(careful_label)),),
                               muted_from=len(head) + len(careful) + 1, keep_chars=len(head) + len(careful))
        dose_words = dose_text(ex, row.dose, mark=True) + (f" {PRESCRIBED_MARK}" if row.dose.prescribed else "")
        dose_lay = self.layout(_keep_units(dose_words), self.font(pt), dose_w - 8, 4)
        varied = any(c is not None and c != row.dose for c in row.cells)
        cell_h = 13.0 + (11.0 if varied else 0.0)
        height = max(self.height(name_lay), self.height(dose_lay), cell_h,
                     THUMB_H_PT if self.thumb and has_thumbnails([ex]) else 0) + 5.0
        return height, row, name_lay, dose_lay

    def draw_row(self, y: float, height: float, row: _Row, name_lay, dose_lay) -> None:
        name_w, dose_w, day_w = self.cols
        u = self.u
        draw_thumbnail(self.p, QRectF(4 * u, (y + 2.5) * u, THUMB_W_PT * u, THUMB_H_PT * u), row.exercise,
                       THUMB_W_PT, THUMB_H_PT)
        self.draw_layout(name_lay, 4 + self.thumb, y + 2.5)
        self.draw_layout(dose_lay, name_w + 4, y + 2.5)
        small = self.font(9.0)
        for i, cell in enumerate(row.cells):
            x = name_w + dose_w + i * day_w
            if cell is None:
                self.box(x + 0.5, y + 0.5, day_w - 1, height - 1, pen=None, fill=_SHADE)
                continue
            side = 12.0
            self.box(x + (day_w - side) / 2, y + 3, side, side, pen=_INK, width_pt=0.9)
            if cell != row.dose:
                self.text(x, y + 3 + side + 1, short_dose(cell) + (PRESCRIBED_MARK if cell.prescribed else ""),
                          small, width=day_w,
                          align=Qt.AlignmentFlag.AlignHCenter)
        self.line(0, y + height, self.w, y + height)
        for i in range(8):
            x = name_w + dose_w + i * day_w
            self.line(x, y, x, y + height)
        self.line(name_w, y, name_w, y + height)

    # the day's pain

    def pain_row_height(self) -> float:
        return 24.0

    def draw_pain_row(self, y: float) -> float:
        name_w, dose_w, day_w = self.cols
        h = self.pain_row_height()
        self.line(0, y, self.w, y, _INK, 0.9)
        self.text(4, y + 6, translate("ui.printing.week", "Pain today, 0\u201310"), self.font(10.0, bold=True),
                  width=name_w - 8)
        self.text(name_w + 4, y + 6, translate("ui.printing.week", "0 = none, 10 = worst"), self.font(9.0), _MUTED,
                  width=dose_w - 8)
        for i in range(7):
            x = name_w + dose_w + i * day_w
            self.box(x + 6, y + 4, day_w - 12, h - 8, pen=_INK, width_pt=0.9)
        self.line(0, y + h, self.w, y + h, _INK, 0.9)
        return y + h

    # footer: stop-if-it-hurts, notes, credit

    def footer_lays(self):
        g, credit = self.library.guidance, self.library.credit
        stop = translate("ui.printing.week", "Stop any exercise that hurts.")
        caution = self.layout(f"{stop} {g.avoid} {g.stop} {g.tolerate}", self.font(9.0),
                              self.w - 16, 6, bold_chars=len(stop))
        notes = None
        if self.plan.notes.strip():
            label = translate("ui.printing.week", "Notes:", "before the plan's notes on the sheet")
            notes = self.layout(f"{label} " + " ".join(self.plan.notes.split()), self.font(9.0), self.w, 2,
                                bold_chars=len(label))
        rest, tempo = TimerOptions().rest_s, TimerOptions().move_s
        source = translate(
            "ui.printing.week",
            "Exercises, doses and the short cautions above from {credit}, in {app}'s own words. * the app's "
            "suggestion where the article gives no figure; so are the timer's {rest} s* rest between sets and "
            "{tempo} s* out and back on paced reps (both can be changed). Not medical advice.",
            "{credit}: the article the exercises come from; {app}: the app's name; {rest} and {tempo}: seconds").format(
            credit=credit.text(), app=APP_DISPLAY_NAME, rest=formats().decimal(rest, 2),
            tempo=formats().decimal(tempo, 2))
        prescribed = any(p.prescribed for day in self.plan.days for p in day)
        if prescribed:  # the one-line key to the mark
            source = translate("ui.printing.week", PRESCRIBED_LEGEND) + " " + source
        return caution, notes, self.layout(source, self.font(9.0), self.w, 4 if prescribed else 3)

    def footer_height(self) -> float:
        caution, notes, source = self.footer_lays()
        return (self.height(caution) + 10 + (self.height(notes) + 3 if notes else 0)
                + self.height(source) + 8)

    def draw_footer(self) -> None:
        caution, notes, source = self.footer_lays()
        y = self.h - self.height(source)
        self.draw_layout(source, 0, y, _MUTED)
        if notes is not None:
            y -= self.height(notes) + 3
            self.draw_layout(notes, 0, y)
        box_h = self.height(caution) + 6
        y -= box_h + 4
        self.box(0, y, self.w, box_h, pen=_CAUTION_EDGE, fill=_CAUTION_FILL, width_pt=0.9)
        self.draw_layout(caution, 8, y + 3)


PRESCRIBED_MARK = "\u2020"  # a dagger after a dose the person's therapist prescribed
PRESCRIBED_LEGEND = QT_TRANSLATE_NOOP("ui.printing.week", "\u2020 prescribed by your therapist: their dose, kept as "
                                      "given within the app's safety limits rather than the article's ranges.")


def _keep_units(text: str) -> str:
    """No line break between a figure and its unit ('3* s', '10 reps'; in Spanish too: '10 repeticiones')."""
    return re.sub(r"(\d\*?) (s|sets?|reps|times|kg|series?|repeticiones|repetici\u00f3n|veces|vez)\b", "\\1\u00a0\\2",
                  text)


def _range(start: int, length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    r = QTextLayout.FormatRange()
    r.start, r.length, r.format = start, length, fmt
    return r
