"""The history pane: figures, a month calendar with the month's sessions, a session's detail, charts, exports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.core import stats as S
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.store import Change, DeletedSession, StoreError, month_bounds
from rehab_desktop.ui.common.formatting import clock_text, day_text, long_day
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.common.style import scaled_font
from rehab_desktop.ui.history.calendar import CalendarLegend, HistoryCalendar, grid_range
from rehab_desktop.ui.history.exports import HistoryExports
from rehab_desktop.ui.history.layout import Figures, FitScrollArea, Sessions
from rehab_desktop.ui.history.program_view import ProgramView
from rehab_desktop.ui.history.progress import ProgressView
from rehab_desktop.ui.history.session_detail import SessionDetailView
from rehab_desktop.ui.history.session_list import SessionListModel, SessionListView
from rehab_desktop.ui.history.steps_view import StepsView
from rehab_desktop.ui.history.widgets import NoticeBar, StatTile

ADHERENCE_DAYS = 28  # the figures' "last 4 weeks"
_NO_HISTORY = QT_TRANSLATE_NOOP(
    "ui.history.pane", "History is unavailable: the history file could not be opened, so past sessions can't be "
    "shown. The message in the status bar says why. The timer works as usual.")


class HistoryPane(QWidget):
    """Past sessions to review, edit and export; call `refresh()` whenever a session changes elsewhere."""

    def __init__(self, service: StoreService, library: Library, prefs: PreferenceStore | None, parent=None,
                 planned_days: S.PlannedDays | None = None, today: Callable[[], date] = date.today):
        """`planned_days` defaults to the weekly plan's days (tests give their own)."""
        super().__init__(parent)
        store = service.store
        self.service = service
        self.repo = store.history if store is not None else None
        self.library = library
        self.prefs = prefs
        self.planned_days = planned_days or (store.plans.planned_days if store is not None else None)
        self.today = today
        self.stats = store.stats if store is not None else None
        self.deleted: DeletedSession | None = None
        self._loaded = self._stale = False
        self._select_next: int | None = None  # the session to select when a reload waits for the next show
        self._selecting = False  # the list's selection is being set: the detail follows once, at the end
        self._announcing = False  # this pane's own change is going out: it has already shown it
        self._unsaved: dict[int, str] = {}  # notes typed whose saving failed, put back when shown again
        self.setAccessibleName(translate("ui.history.pane", "History"))
        lay = QVBoxLayout(self)
        if self.repo is None:
            message = QLabel(translate("ui.history.pane", _NO_HISTORY), self)
            message.setWordWrap(True)
            message.setFont(scaled_font(self.font(), 1.15))
            message.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lay.addWidget(message, 1)
            self.notice = None
            return
        self.scroll = scroll = FitScrollArea(self)
        self.content = content = QWidget(scroll)
        self._build(QVBoxLayout(content))
        scroll.setWidget(content)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(scroll)
        self.refresh()
        service.changed.connect(self._store_changed)

    def _store_changed(self, change: Change) -> None:
        """A set recorded, a plan saved, a backup restored: reload (when next shown, if hidden)."""
        if change.everything:
            self.deleted = None  # an undo would bring back a session into a different history
            self._unsaved.clear()
        elif self._announcing:
            return  # this pane wrote it and already shows it; reloading now would move the selection under it
        self.refresh()

    def _announce(self, change: Change) -> None:
        self._announcing = True
        try:
            self.service.announce(change)
        finally:
            self._announcing = False

    # -- building ----------------------------------------------------------------------------

    def _build(self, lay: QVBoxLayout) -> None:
        self.week_tile = StatTile(_week_caption(0), self)
        self.streak_tile = StatTile(_current_caption(), self)
        self.longest_tile = StatTile(_longest_caption(), self)
        self.adherence_tile = StatTile(_active_caption(), self)
        self.exports = HistoryExports(self.service.store, self.library, self.planned_days, self.today, self,
                                      prefs=self.prefs)
        self.csv_button = QPushButton(translate("ui.history.pane", "Export &CSV\u2026"), self)
        self.pdf_button = QPushButton(translate("ui.history.pane", "Therapist summar&y (PDF)\u2026"), self)
        self.log_button = QPushButton(translate("ui.history.pane", "&Log a session\u2026"), self)
        self.log_button.setToolTip(translate("ui.history.pane", "Enter a session you did without the timer"))
        self.log_button.clicked.connect(self.log_session)
        self.csv_button.clicked.connect(lambda: self.exports.export_csv())
        self.pdf_button.clicked.connect(lambda: self.exports.export_summary())
        self.exports.message.connect(self._show_message)
        # The figures with their buttons beside them, or wrapped below at large text (layout.Figures).
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        tiles = (self.week_tile, self.streak_tile, self.longest_tile, self.adherence_tile)
        grid = QGridLayout()
        top.addLayout(grid, 1)
        top.addSpacing(12)
        buttons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        for button, name in ((self.log_button, translate("ui.history.pane", "Log a session done without the timer")),
                             (self.csv_button, translate("ui.history.pane", "Export every set as a CSV file")),
                             (self.pdf_button, translate("ui.history.pane", "Therapist summary as a PDF file"))):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        lay.addLayout(top)
        self.figures = Figures(top, grid, tiles, buttons, (self.log_button, self.csv_button, self.pdf_button))
        self.notice = NoticeBar(self)
        lay.addWidget(self.notice)

        self.calendar = HistoryCalendar(self)
        self.legend = CalendarLegend(self)
        self.model = SessionListModel(self)
        self.list = SessionListView(self.model, self)
        self.month_label = QLabel(self)
        self.month_label.setBuddy(self.list)
        self.detail = SessionDetailView(
            self.library, self, lambda: self.prefs is not None and self.prefs.values.affected_side == "both")
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.calendar)
        left_lay.addWidget(self.legend)
        left_lay.addWidget(self.month_label)
        left_lay.addWidget(self.list, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.progress = ProgressView(self.stats, self.library, self.prefs, self.today, self,
                                     checks=self.service.store.self_checks.checks if self.service.available else None)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Mnemonics chosen not to clash with the window's (&Plan, &Sound, &Timer, &History...).
        self.tabs.addTab(self.splitter, translate("ui.history.pane", "Sess&ions", "a tab of the History page"))
        self.tabs.addTab(self.progress, translate("ui.history.pane", "P&rogress", "a tab of the History page"))
        store = self.service.store
        self.program = ProgramView(store.plans.timeline if store is not None else None, self.library, self.today, self)
        self.tabs.addTab(self.program, translate("ui.history.pane", "Progr&am", "a tab of the History page"))
        # Each exercise's dose as steps over time; no letter of "Steps" is free on this page
        # (&Sound, &Timer, &Exercises, &Plan).
        self.steps = StepsView(store.db if store is not None else None, self.stats, self._plan_ids, self.library,
                               self.today, self)
        self.tabs.addTab(self.steps, translate("ui.history.pane", "Dose cha&nges", "a tab of the History page"))
        from rehab_desktop.ui.selfcheck.page import SelfCheckPane

        self.self_check = SelfCheckPane(store.self_checks if store is not None else None, self.prefs, self.today,
                                        self)
        self.self_check.message.connect(self._show_message)
        self.tabs.addTab(self.self_check, translate("ui.history.pane", "Self-chec&k", "a tab of the History page"))
        lay.addWidget(self.tabs, 1)
        self.sessions_layout = Sessions(self.splitter, self.calendar, self.list, self.detail, self.detail.body)

        today = self.today()
        self.calendar.setCurrentPage(today.year, today.month)
        self.calendar.select_day(today)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.activated.connect(self._day_clicked)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail.save_notes_requested.connect(self._save_notes)
        self.detail.delete_requested.connect(self._delete)
        self.list.delete_pressed.connect(self.detail.delete_button.click)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.repo is not None and self._stale:
            self.refresh(self._select_next)
        if self.repo is not None:
            self._arrange()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._save_pending_notes()  # another page, or the window closing: typing is kept

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.repo is not None:
            self._arrange()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.repo is not None:
            QTimer.singleShot(0, self, self._arrange)  # once every part has its new font and size hints

    def _arrange(self) -> None:
        """Fit the page's parts to its width at the current text size (the width a vertical bar leaves)."""
        m = self.content.layout().contentsMargins()
        width = self.width() - m.left() - m.right() - self.scroll.verticalScrollBar().sizeHint().width()
        self.figures.arrange(width)
        self.sessions_layout.arrange(width, self.isVisible())
        self.progress.arrange(width)
        self.scroll.refit()

    # -- loading -----------------------------------------------------------------------------

    def refresh(self, select: int | None = None, now: bool = False) -> None:
        """Reload figures, the shown month, the selected session (or `select`) and the charts from the store.

        While the pane is hidden (a session is being recorded on another tab) this only notes that
        it must reload, and the reload happens when it is next shown; `now` (the pane's own actions,
        whose result the person is about to see) reloads at once all the same.
        """
        if self.repo is None:
            return
        if not self.isVisible() and self._loaded and not now:
            self._stale = True
            if select is not None:
                self._select_next = select
            return
        self._stale = False
        self._select_next = None
        self._loaded = True
        keep = select if select is not None else self.selected_session_id()
        self._save_pending_notes()
        self._load_figures()
        self.load_month(self.calendar.yearShown(), self.calendar.monthShown(), select=keep)
        self.progress.reload()
        self.program.reload()
        self.steps.reload()
        self.self_check.reload()

    def _plan_ids(self) -> list[str]:
        """The exercises of the plan in force today, in plan order (none without a plan)."""
        store = self.service.store
        plan = store.plans.load(self.today()) if store is not None else None
        return plan.exercise_ids() if plan is not None else []

    def _planned(self, first: date, last: date) -> set[date] | None:
        return self.planned_days(first, last) if self.planned_days is not None else None

    def _load_figures(self) -> None:
        today = self.today()
        tallies = self.stats.day_tallies(date(1900, 1, 1), today)
        counts = S.session_counts(tallies)
        planned = self._planned(min(counts, default=today), today) if counts else self._planned(today, today)
        current = S.current_streak(counts, today, planned)
        longest = S.longest_streak(counts, today, planned)
        week = S.sessions_in_week(counts, today)
        monday = S.week_start(today)
        partly = sum(t.partly for d, t in tallies.items() if monday <= d <= today)
        if partly:
            tip = translate("ui.history.pane", "From {day} to today, %n of them partly done",
                            "the sessions this week; day: '4 May 2026'", partly).format(day=day_text(monday))
        else:
            tip = translate("ui.history.pane", "From {day} to today", "day: '4 May 2026'").format(day=day_text(monday))
        self.week_tile.set(str(week), _week_caption(week), tip)
        self.streak_tile.set(_days(current.length), _current_caption(),
                             translate("ui.history.pane", "Since {day}", "the streak's first day: '4 May 2026'").format(
                                 day=day_text(current.first)) if current.first else "")
        self.longest_tile.set(_days(longest.length), _longest_caption(),
                              translate("ui.history.pane", "{first} to {last}", "two days: '4 May 2026'").format(
                                  first=day_text(longest.first), last=day_text(longest.last))
                              if longest.first else "")
        first = today - timedelta(days=ADHERENCE_DAYS - 1)
        a = S.adherence(counts, first, today, today, self._planned(first, today))
        value = "\u2014" if a.ratio is None else f"{round(100 * a.ratio)} %"
        if a.with_plan:
            caption = translate("ui.history.pane", "planned days kept,\nlast 4 weeks", "a figure's caption, two lines")
            tip = translate("ui.history.pane", "{kept} of {expected} planned days").format(kept=a.kept,
                                                                                          expected=a.expected)
        else:
            caption = _active_caption()
            tip = translate("ui.history.pane", "{kept} of {expected} days").format(kept=a.kept, expected=a.expected)
        self.adherence_tile.set(value, caption, tip)

    def load_month(self, year: int, month: int, select: int | None = None) -> None:
        """Show a month: calendar marks and its sessions; select `select` (a session id) or the newest."""
        first, last = month_bounds(year, month)
        today = self.today()
        # The whole grid, the days of the months either side too, counted as the figures count.
        grid_first, grid_last = grid_range(year, month)
        tallies = self.stats.day_tallies(grid_first, grid_last)
        # Planned rings up to today only: the days ahead follow whichever plan will be in force then.
        planned = (self._planned(grid_first, min(grid_last, today)) or set()) if grid_first <= today else set()
        if (self.calendar.yearShown(), self.calendar.monthShown()) != (year, month):
            self.calendar.blockSignals(True)
            self.calendar.setCurrentPage(year, month)
            self.calendar.blockSignals(False)
        self.calendar.set_marks(S.day_marks(tallies, planned, grid_first, grid_last, today))
        sessions = self.repo.sessions_between(first, last)
        self.model.set_sessions(sessions)
        n = len(sessions)
        month = formats().month_year(first)
        self.month_label.setText(
            translate("ui.history.pane", "{month}: %n session(s)", "month: 'May 2026'", n).format(
                month=month[:1].upper() + month[1:]) if n else
            translate("ui.history.pane", "No sessions in {month}", "month: 'May 2026'").format(month=month))
        row = self.model.row_of(select) if select is not None else -1
        if row < 0 and n:
            row = 0
        if row >= 0:
            self._select_row(row)
        else:
            empty = (translate("ui.history.pane", "No sessions yet. Finished sessions appear here, with their "
                               "exercises, pain ratings and notes.")
                     if self.stats.span() is None else
                     translate("ui.history.pane", "No sessions in {month}.", "month: 'May 2026'").format(month=month))
            self.detail.show_detail(None, empty)

    def _select_row(self, row: int) -> None:
        """Select the list's `row`, scroll it into view and show that session's detail: the one way the
        selection is set, so the list, the detail and the calendar always name the same session."""
        index = self.model.index(row, 0)
        self._selecting = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._selecting = False
        self.list.scrollTo(index)
        self._show_row(row)

    def selected_session_id(self) -> int | None:
        return self.detail.detail.summary.id if self.repo is not None and self.detail.detail else None

    def listed_session_id(self) -> int | None:
        """The session the list has selected (what the person sees highlighted)."""
        if self.repo is None:
            return None
        rows = self.list.selectionModel().selectedRows()
        return self.model.session(rows[0].row()).id if rows else None

    # -- reacting ----------------------------------------------------------------------------

    def _page_changed(self, year: int, month: int) -> None:
        self._save_pending_notes()
        self.load_month(year, month)

    def _day_clicked(self, qdate) -> None:
        day = qdate.toPython()
        for row in range(self.model.rowCount()):
            if self.model.session(row).local_day == day:
                self.list.selectRow(row)
                return

    def _row_changed(self, current, _previous=None) -> None:
        if current.isValid() and not self._selecting:
            self._show_row(current.row())

    def _show_row(self, row: int) -> None:
        self._save_pending_notes()
        summary = self.model.session(row)
        try:
            detail = self.repo.session_detail(summary.id)
        except StoreError as exc:
            self.detail.show_detail(None, translate("ui.history.pane", "This session can't be shown: {reason}",
                                                    "reason: the error's own sentence").format(reason=exc.message))
            self._show_message(exc.message)
            return
        self.detail.show_detail(detail, typed=self._unsaved.get(summary.id))
        if self.calendar.selected_day() != summary.local_day:
            self.calendar.blockSignals(True)
            self.calendar.select_day(summary.local_day)
            self.calendar.blockSignals(False)

    def _save_pending_notes(self) -> None:
        """Notes typed but not saved are kept when the person moves on (a polished app never drops typing)."""
        if self.repo is not None and self.detail.notes_modified():
            self._save_notes(self.detail.detail.summary.id, self.detail.notes.toPlainText(), quiet=True)

    def _save_notes(self, session_id: int, text: str, quiet: bool = False) -> None:
        try:
            self.repo.update_notes(session_id, text)
        except StoreError as exc:
            # Kept, and put back in the box when the session is shown again: typing is never dropped.
            self._unsaved[session_id] = text
            self._show_message(translate("ui.history.pane", "The notes were not saved: {reason} What you typed is "
                                         "kept; save it again later.", "reason: the error's own sentence").format(
                reason=exc.message))
            return
        self._unsaved.pop(session_id, None)
        self.detail.mark_notes_saved()
        if not quiet:
            self._show_message(translate("ui.history.pane", "Notes saved."))
        self._announce(Change.of_sessions(session_id))

    def _delete(self, session_id: int) -> None:
        summary = self.detail.detail.summary
        when = translate("ui.history.pane", "{day} at {time}", "day: 'Monday 4 May 2026'; time: '18:05'").format(
            day=long_day(summary.local_day), time=clock_text(summary.started_at))
        if not self.confirm_delete(when, summary.sets_completed):
            return
        self.detail.mark_notes_saved()  # the notes go with the session; nothing to save
        self._remove(session_id, translate("ui.history.pane", "Deleted the session of {when}.",
                                           "when: 'Monday 4 May 2026 at 18:05'").format(when=when))

    def _remove(self, session_id: int, message: str) -> None:
        """Delete a session, select the one that takes its place in the list, and offer to undo."""
        row = self.model.row_of(session_id)
        after = self.model.session(row + 1).id if 0 <= row < self.model.rowCount() - 1 else None
        before = self.model.session(row - 1).id if row > 0 else None
        try:
            self.deleted = self.repo.delete_session(session_id)
        except StoreError as exc:
            self._show_message(translate("ui.history.pane", "The session was not deleted: {reason}",
                                         "reason: the error's own sentence").format(reason=exc.message))
            return
        self._unsaved.pop(session_id, None)
        self.refresh(select=after if after is not None else before, now=True)
        self.notice.show_message(message, _undo(), self.undo_delete)
        self._announce(Change.of_sessions(session_id))

    def confirm_delete(self, when: str, sets: int) -> bool:
        """Ask before deleting (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("ui.history.pane", "Delete session"),
                          translate("ui.history.pane", "Delete the session of {when}?\n\nIts {sets} completed sets, "
                                    "pain ratings and notes will be removed. You can undo this straight after.",
                                    "when: 'Monday 4 May 2026 at 18:05'; sets: a number").format(when=when, sets=sets),
                          parent=self)
        delete = box.addButton(translate("ui.history.pane", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def undo_delete(self) -> None:
        deleted, self.deleted = self.deleted, None
        if deleted is None:
            return
        try:
            session_id = self.repo.restore_session(deleted)
        except StoreError as exc:
            self._show_message(translate("ui.history.pane", "The session could not be restored: {reason}",
                                         "reason: the error's own sentence").format(reason=exc.message))
            return
        self._show_month_of(deleted.summary.local_day)
        self.refresh(select=session_id, now=True)
        self._show_message(translate("ui.history.pane", "Session restored."))
        self._announce(Change.of_sessions(session_id))

    def _show_month_of(self, day: date) -> None:
        self._save_pending_notes()
        self.calendar.blockSignals(True)
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.blockSignals(False)

    def undo_log(self, session_id: int) -> None:
        """Take back a session just logged by hand (the notice's Undo); Undo again brings it back."""
        try:
            when = self.repo.get_session(session_id)
        except StoreError as exc:
            self._show_message(translate("ui.history.pane", "The session was not removed: {reason}",
                                         "reason: the error's own sentence").format(reason=exc.message))
            return
        self._show_month_of(when.local_day)
        self.refresh(now=True)
        self._remove(session_id, translate("ui.history.pane", "Removed the session logged for {day} at {time}.",
                                           "day: 'Monday 4 May 2026'; time: '18:05'").format(
            day=long_day(when.local_day), time=clock_text(when.started_at)))

    def log_session(self) -> int | None:
        """Ask for a session done without the timer and record it, marked as entered by hand; its id."""
        if self.repo is None:
            return None
        from rehab_desktop.ui.history.log_dialog import LogSessionDialog, record_logged

        doses = {ex.id: self.prefs.chosen_dose(ex) for ex in self.library.exercises} if self.prefs else {}
        dialog = LogSessionDialog(self.library, doses, self.today(), datetime.now().time(), self)
        if not dialog.exec() or dialog.result_value is None:
            return None
        v = dialog.result_value
        try:
            sid = record_logged(self.repo, self.library, v, self.prefs.timer_options() if self.prefs else None)
        except StoreError as exc:
            self._show_message(translate("ui.history.pane", "The session was not saved: {reason}",
                                         "reason: the error's own sentence").format(reason=exc.message))
            return None
        self._show_month_of(v.started_at.date())
        self.refresh(select=sid, now=True)
        self._show_message(translate("ui.history.pane", "Logged the session of {day}, marked as entered by hand.",
                                     "day: 'Monday 4 May 2026'").format(day=long_day(v.started_at.date())),
                           _undo(), lambda: self.undo_log(sid))
        self._announce(Change.of_sessions(sid))
        return sid

    def _show_message(self, text: str, action: str = "", callback=None) -> None:
        self.notice.show_message(text, action, callback)


def _undo() -> str:
    """The notice's action, as it has always read."""
    return translate("ui.history.pane", "&Undo", "the notice's button: brings back what was just deleted")


def _days(n: int) -> str:
    return translate("ui.history.pane", "%n day(s)", "a streak's length", n)


# The figures' captions: two short lines each (written, not wrapped: see widgets.StatTile).
def _week_caption(week: int) -> str:
    return translate("ui.history.pane", "session(s)\nthis week", "a figure's caption, two lines", week)


def _current_caption() -> str:
    return translate("ui.history.pane", "current\nstreak", "a figure's caption, two lines")


def _longest_caption() -> str:
    return translate("ui.history.pane", "longest\nstreak", "a figure's caption, two lines")


def _active_caption() -> str:
    return translate("ui.history.pane", "days active,\nlast 4 weeks", "a figure's caption, two lines")
