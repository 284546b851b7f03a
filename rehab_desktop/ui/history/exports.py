"""Exports from the history pane: the CSV of every set, and the therapist summary PDF for a chosen period."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.store import OutputError, Store, StoreError, build_summary, export_history_csv
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.printing.pages import PAGE_SIZES, default_page
from rehab_desktop.ui.printing.summary import write_summary_pdf

# Summary periods offered: label (English; shown through translate) and days back from today (None: since the
# first session).
PERIODS = ((QT_TRANSLATE_NOOP("ui.history.exports", "Last 4 weeks"), 28),
           (QT_TRANSLATE_NOOP("ui.history.exports", "Last 6 weeks"), 42),
           (QT_TRANSLATE_NOOP("ui.history.exports", "Last 3 months"), 91),
           (QT_TRANSLATE_NOOP("ui.history.exports", "Since the first session"), None),
           (QT_TRANSLATE_NOOP("ui.history.exports", "Custom"), -1))


class SummaryDialog(QDialog):
    """Choose the summary's period and paper size."""

    def __init__(self, today: date, earliest: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.history.exports", "Therapist summary"))
        self.today, self.earliest = today, earliest
        self.period = QComboBox(self)
        for label, _days in PERIODS:
            self.period.addItem(translate("ui.history.exports", label))
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            # The app's own pattern for '4 May 2026' (ui.common.i18n), so the language orders it as it does.
            edit.setDisplayFormat(translate("ui.common.i18n", "d MMMM yyyy", "date pattern: 4 May 2026"))
            edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.page = QComboBox(self)
        self.page.addItem("A4", "a4")
        self.page.addItem(translate("ui.history.exports", "US Letter", "a paper size"), "letter")
        self.page.setCurrentIndex(self.page.findData(default_page()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("ui.history.exports", "&Period:"), self.period)
        form.addRow(translate("ui.history.exports", "&From:"), self.first)
        form.addRow(translate("ui.history.exports", "&To:"), self.last)
        form.addRow(translate("ui.history.exports", "P&aper:"), self.page)
        form.addRow(buttons)
        self.period.currentIndexChanged.connect(self._preset)
        self._preset(0)

    def _preset(self, index: int) -> None:
        days = PERIODS[index][1]
        custom = days == -1
        for edit in (self.first, self.last):
            edit.setEnabled(custom)
        if custom:
            return
        first, last = S.range_ending(self.today, days, self.earliest)
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))

    def choice(self) -> tuple[date, date, str]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        return min(first, last), max(first, last), self.page.currentData()


class HistoryExports(QObject):
    """Runs the pane's exports and reports each outcome as a message (with a file to open, if any)."""

    message = Signal(str, str, object)  # text, action label, callback

    def __init__(self, store: Store, library: Library, planned_days: S.PlannedDays | None,
                 today: Callable[[], date], parent: QWidget, prefs: PreferenceStore | None = None):
        super().__init__(parent)
        self.store, self.library, self.planned_days, self.today = store, library, planned_days, today
        self.window = parent
        self.prefs = prefs  # None: settings.ini is read afresh when a summary is written

    def _preferences(self) -> PreferenceStore:
        return self.prefs if self.prefs is not None else PreferenceStore(self.store.data_dir, self)

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        from rehab_desktop.ui.common.save_dialog import ask_save_path

        return ask_save_path(self.window, title, name, pattern, Path(name).suffix) or ""

    def export_csv(self, path: str | None = None) -> int | None:
        """Every set as CSV, as `rehab-desktop history csv` writes it; asks where when `path` is None."""
        path = path or self._ask_path(translate("ui.history.exports", "Export history as CSV"),
                                      f"rehab-history-{self.today().isoformat()}.csv",
                                      translate("ui.history.exports", "CSV files (*.csv)"))
        if not path:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rows = export_history_csv(self.store.db, path)
        except (StoreError, OutputError) as exc:
            self.message.emit(translate("ui.history.exports", "The CSV was not written. {reason}",
                                        "reason: the error's own sentence").format(reason=exc.message), "", None)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.emit(translate("ui.history.exports", "Wrote %n row(s) to {path}.", None, rows).format(path=path),
                          "", None)
        return rows

    def export_summary(self, path: str | None = None, first: date | None = None, last: date | None = None,
                       page: str | None = None) -> int | None:
        """The therapist summary PDF; asks for the period and the file when they are not given."""
        today = self.today()
        stats = self.store.stats
        if first is None or last is None:
            span = stats.span()
            dialog = SummaryDialog(today, span[0] if span else None, self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            first, last, page = dialog.choice()
        page = page if page in PAGE_SIZES else default_page()
        path = path or self._ask_path(translate("ui.history.exports", "Save therapist summary"),
                                      f"rehab-summary-{last.isoformat()}.pdf",
                                      translate("ui.history.exports", "PDF files (*.pdf)"))
        if not path:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prefs = self._preferences()
            summary = build_summary(stats, first, last, today, self.planned_days, order=self.library.ids,
                                    timeline=self.store.plans.timeline(), library=self.library,
                                    options=prefs.timer_options(), patient=prefs.values.patient_name,
                                    therapist=prefs.values.therapist_name, check_unit=prefs.values.check_unit)
            if prefs is not self.prefs:
                prefs.deleteLater()
            pages = write_summary_pdf(summary, self.library, path, page)
        except (StoreError, OutputError) as exc:
            self.message.emit(translate("ui.history.exports", "The summary was not written. {reason}",
                                        "reason: the error's own sentence").format(reason=exc.message), "", None)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        url = QUrl.fromLocalFile(str(Path(path).absolute()))
        self.message.emit(translate("ui.history.exports", "Saved the therapist summary (%n page(s)) to {path}.", None,
                                    pages).format(path=path),
                          translate("ui.history.exports", "Open", "opens the file just saved"),
                          lambda: QDesktopServices.openUrl(url))
        return pages

