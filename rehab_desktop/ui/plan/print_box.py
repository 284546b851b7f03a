"""The plan pane's printing controls: which week, which paper, notes, print preview and PDF export."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.plan import WeekPlan, week_start
from rehab_desktop.store import OutputError
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.printing.availability import printing_unavailable
from rehab_desktop.ui.printing.pages import PAGE_SIZES, default_page
from rehab_desktop.ui.printing.week import page_layout, render_week, write_pdf

NOTES_LIMIT = 300  # characters of notes the printed week has room for


class PrintBox(QGroupBox):
    """Prints or exports the plan handed in by `current_plan()`, asked at each preview and export so
    that text still being typed is on the page; reports through `message`."""

    message = Signal(str)

    def __init__(self, library: Library, prefs: PreferenceStore, today: Callable[[], date],
                 current_plan: Callable[[], WeekPlan], parent=None):
        super().__init__(translate("ui.plan.print_box", "Print the week"), parent)
        self.library, self.prefs, self.today, self.current_plan = library, prefs, today, current_plan
        self.setAccessibleName(self.title())
        lay = QVBoxLayout(self)
        row = FlowLayout()
        self.week_combo = QComboBox(self)
        self.week_combo.setAccessibleName(translate("ui.plan.print_box", "Week to print"))
        monday = week_start(today())
        for n in range(2):
            first, last = monday + timedelta(weeks=n), monday + timedelta(weeks=n, days=6)
            span = _span(first, last)
            text = (translate("ui.plan.print_box", "This week: {days}", "{days}: '4\u201310 May'") if n == 0 else
                    translate("ui.plan.print_box", "Next week: {days}", "{days}: '11\u201317 May'"))
            self.week_combo.addItem(text.format(days=span))
        self.page_combo = QComboBox(self)
        self.page_combo.setAccessibleName(translate("ui.plan.print_box", "Paper size"))
        for key in PAGE_SIZES:
            self.page_combo.addItem("A4" if key == "a4" else translate("ui.plan.print_box", "Letter", "paper size"),
                                    key)
        saved = prefs.values.print_page or default_page()
        self.page_combo.setCurrentIndex(max(0, self.page_combo.findData(saved)))
        self.page_combo.currentIndexChanged.connect(lambda: prefs.update(print_page=self.page()))
        # Each shows its whole label: the week on a line of its own (the longest), the notes and the
        # paper beside each other, the paper going under the notes when the box is narrow.
        for combo in (self.week_combo, self.page_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lay.addWidget(self.week_combo)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setAccessibleName(translate("ui.plan.print_box", "Notes for the printout"))
        self.notes_edit.setPlaceholderText(self.notes_edit.accessibleName())
        self.notes_edit.setMaxLength(NOTES_LIMIT)  # what the sheet has room for; the count below says so
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # it gets the room
        row.addWidget(self.notes_edit)
        row.addWidget(self.page_combo)
        lay.addLayout(row)
        self.notes_count = QLabel(self)  # shown near the limit, so a cut is never silent
        self.notes_count.setWordWrap(True)
        self.notes_count.setVisible(False)
        lay.addWidget(self.notes_count)
        self.notes_edit.textChanged.connect(self._count_notes)
        QWidget.setTabOrder(self.week_combo, self.notes_edit)  # Tab goes in reading order
        QWidget.setTabOrder(self.notes_edit, self.page_combo)
        buttons = QVBoxLayout()  # one above the other: the pane stays narrow enough for large text
        for text, name, slot in ((translate("ui.plan.print_box", "Pr&int preview\u2026"),
                                  translate("ui.plan.print_box", "Print preview of the week"), self.print_preview),
                                 (translate("ui.plan.print_box", "E&xport PDF\u2026"),
                                  translate("ui.plan.print_box", "Export the week as a PDF file"),
                                  lambda: self.export_pdf())):
            button = QPushButton(text, self)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        lay.addLayout(buttons)

    def week(self) -> date:
        """The Monday of the week chosen for printing."""
        return week_start(self.today()) + timedelta(weeks=self.week_combo.currentIndex())

    def page(self) -> str:
        return self.page_combo.currentData()

    def preview_dialog(self) -> QPrintPreviewDialog:
        """Qt's print preview of the week on the chosen paper (landscape); not yet shown."""
        plan, monday = self.current_plan(), self.week()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.page()))
        printer.setDocName(translate("ui.plan.print_box", "Weekly plan: {name}").format(name=plan.name))
        dialog = QPrintPreviewDialog(printer, self.window())
        dialog.setWindowTitle(translate("ui.plan.print_box", "Print the weekly plan"))
        dialog.resize(self.window().size() * 0.9)  # a whole landscape page, readable, at first sight
        dialog.printer_ = printer  # the dialog does not own its printer: keep it alive as long as the dialog
        dialog.paintRequested.connect(lambda device: render_week(device, plan, self.library, monday))
        return dialog

    def print_preview(self) -> None:
        """The preview to print from, or where this computer cannot print, a line saying so."""
        unavailable = printing_unavailable()
        if unavailable:
            self.message.emit(unavailable)  # its Print button would only have asked for a PDF file name
            return
        dialog = self.preview_dialog()
        dialog.exec()
        dialog.deleteLater()

    def _count_notes(self, text: str) -> None:
        n = len(text)
        full = n >= NOTES_LIMIT
        self.notes_count.setText(
            translate("ui.plan.print_box", "{count} of {limit} characters: the sheet has room for no more.").format(
                count=n, limit=NOTES_LIMIT) if full else
            translate("ui.plan.print_box", "{count} of {limit} characters").format(count=n, limit=NOTES_LIMIT))
        self.notes_count.setVisible(n >= NOTES_LIMIT - 50)
        self.notes_edit.setAccessibleDescription(
            self.notes_count.text() if self.notes_count.isVisibleTo(self)
            else translate("ui.plan.print_box", "Up to {limit} characters").format(limit=NOTES_LIMIT))

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the week to `path` (asking where when None); returns the file written, or None."""
        plan, monday = self.current_plan(), self.week()
        if path is None:
            from rehab_desktop.ui.common.save_dialog import ask_save_path

            name = re.sub(r'[\\/:*?"<>|]+', "-", plan.name).strip() or translate("ui.plan.print_box", "Weekly plan",
                                                                                 "a file's name")
            path = ask_save_path(self.window(), translate("ui.plan.print_box", "Export the week as PDF"),
                                 f"{name} {monday}.pdf", translate("ui.plan.print_box", "PDF files (*.pdf)"), ".pdf")
            if not path:
                return None
        try:
            result = write_pdf(path, plan, self.library, monday, self.page())
        except OutputError as exc:
            self.message.emit(translate("ui.plan.print_box", "The PDF could not be written. {reason}").format(
                reason=exc.message))
            return None
        pages, day = result.pages, formats().day_month(monday)
        self.message.emit(translate("ui.plan.print_box", "Saved the week of {day} as {path} (%n pages).",
                                    "{day}: '4 May'; more than one page", pages).format(day=day, path=path)
                          if pages > 1 else
                          translate("ui.plan.print_box", "Saved the week of {day} as {path} (one page).",
                                    "{day}: '4 May'").format(day=day, path=path))
        return path


def _span(first: date, last: date) -> str:
    """'4–10 May', or across two months '27 Apr – 3 May'."""
    f = formats()
    if first.month == last.month:
        return translate("ui.plan.print_box", "{first}\u2013{last} {month}", "days of a week in one month: "
                         "'4\u201310 May'; {month}: a short month name").format(
            first=first.day, last=last.day, month=f.month_name(last.month, short=True))
    return translate("ui.plan.print_box", "{first} {first_month} \u2013 {last} {last_month}", "days of a week across "
                     "two months: '27 Apr \u2013 3 May'; the months: short month names").format(
        first=first.day, first_month=f.month_name(first.month, short=True), last=last.day,
        last_month=f.month_name(last.month, short=True))
