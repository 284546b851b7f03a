"""The main window: assembles the panes, menus and shortcuts; owns no domain logic."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from rehab_desktop import APP_DISPLAY_NAME, APP_NAME
from rehab_desktop.core.clock import zone_following_now
from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.timer import EngineState
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.exercises.browser import BrowserPane
from rehab_desktop.ui.exercises.instructions import InstructionView
from rehab_desktop.ui.figures.motion import FigureSettings
from rehab_desktop.ui.figures.reduced_motion import DesktopMotion
from rehab_desktop.ui.session.bar import SessionBar
from rehab_desktop.ui.session.controller import SessionController
from rehab_desktop.ui.session.coordinator import SessionCoordinator
from rehab_desktop.ui.session.questions import Ask, ask_with_message_box
from rehab_desktop.ui.shell.exercise_page import ExercisePage
from rehab_desktop.ui.shell.menus import build_menus
from rehab_desktop.ui.timer.actions import TimerActions
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.cues import CuePlayer
from rehab_desktop.ui.timer.panel import TimerPanel

if TYPE_CHECKING:  # built on first use: start-up imports neither
    from rehab_desktop.ui.history.pane import HistoryPane
    from rehab_desktop.ui.plan.pane import PlanPane


@dataclass(frozen=True)
class Reminders:
    """What the reminder schedule uses from outside: the local clock, the module that installs the
    background checker or a function that imports it when first needed (None: nothing is installed),
    and a maker of the desktop notifier (None: the banner only)."""

    wall: Callable[[], datetime] | None = None
    background: object | None = None
    notifier_factory: Callable[[], object] | None = None


@dataclass(frozen=True)
class Pages:
    """Builders for the pages beyond the exercises, each given the window as parent."""

    plan: Callable[[QWidget], PlanPane]
    history: Callable[[QWidget], HistoryPane]


class MainWindow(QMainWindow):
    """Browser on the left, instructions in the middle, the timer on the right."""

    shown = Signal()
    first_painted = Signal()  # once, just after the window first reached the screen

    def __init__(self, library: Library, prefs: PreferenceStore, service: StoreService, controller: TimerController,
                 cues: CuePlayer, session: SessionController, pages: Pages, speed: float = 1.0,
                 ask: Ask = ask_with_message_box, motion: DesktopMotion | None = None,
                 reminders: Reminders | None = None, suggestions=None, parent=None):
        """`pages` builds the Plan and History pages the first time each is opened; `ask` puts the
        session's questions (on closing, say) to the person; `motion` is the desktop's wish for
        less motion (None: none); `reminders` how the reminder schedule reads the clock, installs the
        background checker and sends notifications (None: the real ones)."""
        super().__init__(parent)
        self.library = library
        self.prefs = prefs
        self.service = service
        self.controller = controller
        self.cues = cues
        self.session = session
        self.speed = speed
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(APP_DISPLAY_NAME)

        self.figures = FigureSettings(prefs, motion, parent=self)
        self.browser = BrowserPane(library, self, self.figures)
        self.instructions = InstructionView(library, self, prefs, self.figures, controller)
        self.timer_panel = TimerPanel(controller, prefs, self, self.figures)
        self.session_bar = SessionBar(session, library, self)
        self.exercise_page = ExercisePage(self.browser, self.instructions, self.timer_panel, self.session_bar, self)
        self.splitter = self.exercise_page.splitter
        self.timer_area = self.exercise_page.timer_area
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(translate("ui.shell.main_window", "Sections"))
        self.pages.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pages.addTab(self.exercise_page, translate("ui.shell.main_window", "&Exercises", "page tab"))
        self._page_factories: dict[int, object] = {}
        self.page_actions: list[QAction] = []
        self.pages.currentChanged.connect(self._create_page)
        from rehab_desktop.ui.reminders.banner import ReminderBanner

        self.reminder_banner = ReminderBanner(self)  # a due reminder, above every page
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reminder_banner)
        self.suggestions = suggestions  # ui/suggestions/service.py: what the history suggests (None: nothing)
        self.suggestion_banner = None
        if suggestions is not None:
            from rehab_desktop.ui.suggestions.cards import SuggestionBanner

            self.suggestion_banner = SuggestionBanner(suggestions, self)  # after a session, above every page
            column.addWidget(self.suggestion_banner)
            suggestions.apply = lambda s: self.page(self.plan_index).accept_suggestion(s)
            suggestions.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.suggestion_banner.show_all.connect(self.plan_pane)
            session.finished.connect(self._session_finished)
            self.instructions.taken_progressions = suggestions.taken_progressions
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.browser.exercise_selected.connect(self.show_exercise)
        self.browser.exercise_activated.connect(lambda _id: self.focus_instructions())
        self.timer_actions = TimerActions(controller, cues, self, self.figures)
        self.timer_actions.follow_changed.connect(self._countdown_seen)
        self.addActions(self.timer_actions.all())
        self.timer_panel.follow_along_requested.connect(self.timer_actions.toggle_follow_along)
        controller.step_changed.connect(self._follow_step)
        controller.plan_loaded.connect(self._plan_loaded)
        controller.notice.connect(self.show_notice)
        cues.notice.connect(self.show_notice)
        self.sessions = SessionCoordinator(self, library, prefs, controller, session, cues, self.timer_panel,
                                           self.session_bar, ask, self)
        self.addActions(self.sessions.all())
        # It hurts (H) and Next exercise (N) in follow-along too; Space may start the queued routine.
        self.timer_actions.extra_actions += [self.sessions.hurts, self.sessions.next_exercise]
        self.timer_actions.space = self.sessions.space
        self.timer_panel.toggle_handler = self.sessions.space
        session.changed.connect(lambda: self.browser.set_queued(session.model.queue_positions()))
        from rehab_desktop.ui.exercises.own_actions import OwnExercises

        self.own_exercises = OwnExercises(library, service, self.dialog_parent, self)
        self.own_exercises.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.own_exercises.saved.connect(self.select_exercise)
        from rehab_desktop.ui.selfcheck.launcher import SelfChecks

        self.self_checks = SelfChecks(self, self.dialog_parent, self)
        self.browser.self_check.requested.connect(self.self_checks.take)
        self.self_checks.refresh_due()
        self.browser.own_requested.connect(self._own_requested)
        service.changed.connect(self._store_changed)
        self.plan_index = self.add_page(translate("ui.shell.main_window", "&Plan", "page tab"),
                                        lambda: pages.plan(self), "Ctrl+2")
        self.history_index = self.add_page(translate("ui.shell.main_window", "Hist&ory", "page tab"),
                                           lambda: pages.history(self), "Ctrl+3")
        self.menus = build_menus(self)
        from rehab_desktop.ui.reminders.schedule import ReminderSchedule

        r = reminders or Reminders()
        self.reminders = ReminderSchedule(prefs, service, library, self.reminder_banner, self.start_today,
                                          self.in_front, r.wall or zone_following_now, r.background,
                                          r.notifier_factory, self, in_session=lambda: self.session.is_open)
        self.reminders.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._painted = False
        self._fitted = False
        self._laid_out = False
        # Queued, so whoever else waits for the first paint (the smoke test) hears of it first.
        self.first_painted.connect(lambda: QTimer.singleShot(0, self._after_first_paint))

        self.pages.currentChanged.connect(self._page_changed)
        self.statusBar().showMessage(translate("ui.shell.main_window", "Choose an exercise. Ctrl+F searches; "
                                               "Right and Left move through the steps."), 8000)
        self._restore_state()

    # -- pages ---------------------------------------------------------------------

    def add_page(self, title: str, factory, shortcut: str = "") -> int:
        """Add a tab whose widget `factory()` builds the first time it is opened (start-up stays short)."""
        holder = QWidget(self)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        index = self.pages.addTab(holder, title)
        self._page_factories[index] = factory
        if shortcut:
            act = QAction(title.replace("&", ""), self)
            act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda: self.pages.setCurrentIndex(index))
            self.addAction(act)
            self.page_actions.append(act)  # the View menu lists them
        return index

    def _page_changed(self, index: int) -> None:
        # The timer's single keys (Space, S, B, H...) belong to the Exercises page, where the timer
        # is; on the Plan and History pages Space and Insert keep their usual meanings.
        on_exercises = index == 0
        self.timer_actions.set_active(on_exercises)
        self.sessions.set_active(on_exercises)

    def page(self, index: int) -> QWidget:
        """The page's widget, created now if it has not been yet."""
        self._create_page(index)
        holder = self.pages.widget(index)
        return holder.layout().itemAt(0).widget() if holder.layout() and holder.layout().count() else holder

    def _create_page(self, index: int) -> None:
        factory = self._page_factories.pop(index, None)
        if factory is not None:
            self.pages.widget(index).layout().addWidget(factory())

    def show_guide(self) -> None:
        from rehab_desktop.ui.exercises.guide import show_guide  # imported on first use: keeps start-up short

        show_guide(self.library, self)

    def plan_pane(self) -> PlanPane:
        """The Plan page, opened (and built, the first time)."""
        self.pages.setCurrentIndex(self.plan_index)
        return self.page(self.plan_index)

    def history_pane(self) -> HistoryPane:
        """The History page, opened (and built, the first time)."""
        self.pages.setCurrentIndex(self.history_index)
        return self.page(self.history_index)

    def run_routine(self, doses: list, starts: dict) -> None:
        """Run these exercises in turn from the Exercises page (the plan's "Start today's session")."""
        self.sessions.run_routine(doses, starts)

    def start_today(self, work) -> None:
        """Today's session ready on the Exercises page (`work`: a core.today.DayWork, or None without a plan):
        what is left of the day's plan queued and its first exercise shown; Space begins."""
        if self.isMinimized():  # from a notification: the window comes forward
            self.showNormal()
        self.raise_()
        self.activateWindow()
        if work is None or not work.planned:
            self.show_exercises()
            self.show_notice(translate("ui.shell.main_window",
                                       "Nothing is planned for today. The Plan page (Ctrl+2) sets up your week."))
            return
        if not work.todo:
            self.show_exercises()
            planned = work.planned
            self.show_notice(translate("ui.shell.main_window", "All %n of today's exercises are done. Well done.",
                                       None, planned))
            return
        self.sessions.queue_routine(list(work.todo), dict(work.starts))
        n = work.left
        self.show_notice(translate("ui.shell.main_window", "Today's session is ready: %n exercise(s), about "
                                   "{minutes} min. Press Space to begin.", None, n).format(minutes=work.minutes_left))

    def in_front(self) -> bool:
        """Whether the person is looking at this window (a reminder then needs only the banner)."""
        return self.isVisible() and self.isActiveWindow() and not self.isMinimized()

    # -- what the session coordinator asks of the window ---------------------------

    def show_exercises(self) -> None:
        self.pages.setCurrentIndex(0)

    def shown_exercise(self) -> Exercise | None:
        return self.instructions.exercise

    def dialog_parent(self) -> QWidget:
        """Where a dialog opens: over the full-screen follow-along when it is up."""
        return self.timer_actions.follow_window or self

    # -- dialogs ---------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.prefs.data_dir

    def show_settings(self) -> None:
        from rehab_desktop.ui.shell.settings_dialog import SettingsDialog

        SettingsDialog(self.prefs, self.cues, self.service, lambda: self.session.is_open, self,
                       reminders=self.reminders, suggestions=self.suggestions).exec()

    def show_shortcuts(self) -> None:
        from rehab_desktop.ui.shell.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _session_finished(self, session_id: int) -> None:
        """What the history suggests now for the exercises just done, in the banner."""
        from rehab_desktop.store import StoreError

        if self.service.store is None:
            return
        try:
            done = {e.exercise_id for e in self.service.store.history.session_detail(session_id).exercises}
        except StoreError:
            return
        self.suggestion_banner.offer(done)

    def show_about(self) -> None:
        from rehab_desktop.ui.shell.welcome import show_about

        show_about(self.library, str(self.data_dir), self)

    def _welcome(self) -> None:
        from rehab_desktop.ui.shell.welcome import WelcomeDialog

        WelcomeDialog(self.library, self.prefs, self).exec()

    def focus_list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.exercise_page.show_pane(self.browser)
        self.browser.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_instructions(self) -> None:
        self.pages.setCurrentIndex(0)
        self.exercise_page.show_pane(self.instructions)
        self.instructions.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_exercise(self, exercise_id: str) -> None:
        ex = self.library.get(exercise_id)
        if ex is None:
            return
        self.instructions.show_exercise(ex)
        self.sessions.exercise_chosen(ex)  # the timer follows, or asks in its pane
        if self.controller.exercise is ex and self.controller.in_progress:
            self._follow_step(self.controller.snapshot().phase.step)
        self._update_title()

    def _plan_loaded(self, _plan) -> None:
        self._update_title()

    def _follow_step(self, step: int | None) -> None:
        """The instructions follow the timer's phase when they show the timer's exercise."""
        if step is not None and self.instructions.exercise is self.controller.exercise:
            self.instructions.set_step(step)
            if self.cues.read_steps and self.controller.state is EngineState.RUNNING:
                self.cues.say(self.instructions.exercise.steps[step - 1], queue=True)

    def _update_title(self) -> None:
        # The app's name goes last, once: Qt adds the display name to a title that does not end with it.
        ex = self.instructions.exercise
        parts = [ex.name] if ex else []
        if self.speed != 1.0:
            parts.append(translate("ui.shell.main_window", "[timer speed \u00d7{speed}]", "the --speed factor")
                         .format(speed=formats().decimal(self.speed, places=3)))
        self.setWindowTitle(" ".join(parts) + " \u2014 " + APP_DISPLAY_NAME if parts else APP_DISPLAY_NAME)

    def show_notice(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _own_requested(self, action: str, exercise_id: str) -> None:
        own = self.own_exercises
        {"add": lambda _id: own.add(), "copy": own.copy, "edit": own.edit, "remove": own.remove}[action](exercise_id)

    def _store_changed(self, change) -> None:
        if change.exercises or change.everything:
            if change.everything and self.service.store is not None:
                self.service.store.exercises.load_into(self.library)  # a restored backup has its own
            self.browser.reload_library()

    def select_exercise(self, exercise_id: str) -> bool:
        return self.browser.select(exercise_id)

    # -- state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry, splitter = self.prefs.window_state()
        restored = geometry is not None and self.restoreGeometry(geometry)
        # A window saved on a bigger screen, or at a larger text size, must still fit this one.
        if not restored or not self.screen().availableGeometry().contains(self.frameGeometry()):
            self._default_geometry()
        if splitter is not None:
            self.exercise_page.restore_sizes(splitter)

    def _default_geometry(self) -> None:
        """First run: most of the screen, centred, so the text is large without a maximised window."""
        screen = self.screen().availableGeometry()
        if screen.height() < 900 or screen.width() < 1400:  # a laptop: every pixel helps the type
            self.setGeometry(screen)
            return
        self.resize(int(screen.width() * 0.85), int(screen.height() * 0.88))
        self.move(screen.center() - self.rect().center())

    def save_state(self) -> None:
        self.prefs.save_window_state(self.saveGeometry(), self.exercise_page.saved_sizes())

    def stop_now(self, exit_code: int) -> None:
        """Quit without questions (a signal from outside: see stop_signals.py), keeping what can be kept."""
        import sys

        from PySide6.QtWidgets import QApplication

        kept = self.sessions.stop_quietly()
        self.save_state()
        self.hide()  # the pages save what they keep on hiding (session notes, say)
        if kept:
            print(f"{APP_NAME}: stopped; the open session is kept, to resume next time.", file=sys.stderr)
        QApplication.exit(exit_code)

    def closeEvent(self, event) -> None:
        if not self.sessions.may_close():  # an open session or unsaved sets: the person decides
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this frame is on screen

    def _after_first_paint(self) -> None:
        """Work that need not delay the window: reminders, the first-run welcome. Sound and speech
        start with the first cue (ui/timer/cues.py), not here: a window that is only read stays light."""
        self.reminders.start()
        from rehab_desktop.ui.shell.welcome import needs_welcome

        if needs_welcome(self.prefs):
            self._welcome()

    def _fit_to_screen(self) -> None:
        """Keep the whole frame (title bar included) on the screen."""
        avail, frame, inner = self.screen().availableGeometry(), self.frameGeometry(), self.geometry()
        if not avail.contains(frame):
            self.setGeometry(avail.adjusted(inner.x() - frame.x(), inner.y() - frame.y(),
                                            inner.right() - frame.right(), inner.bottom() - frame.bottom()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._countdown_seen()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._countdown_seen()

    def _countdown_seen(self) -> None:
        """Minimised or hidden, the countdown is not drawn and the timer wakes only for its cues; the
        follow-along window, when open, shows it."""
        actions = getattr(self, "timer_actions", None)  # a state change while the window is being built
        if actions is None:
            return
        follow = actions.follow_window
        seen = (self.isVisible() and not self.isMinimized()) or (follow is not None and follow.isVisible())
        self.controller.set_seen(seen)

    def setVisible(self, visible: bool) -> None:
        if visible and not self._laid_out:
            self._laid_out = True
            self._lay_out_before_showing()
        super().setVisible(visible)

    def _lay_out_before_showing(self) -> None:
        """Give the Exercises page its final size while the window is still hidden. A tab widget lays out
        its pages only once shown, from a first guess of their size; the page's panes then passed through
        four or five widths before the first frame, each a new layout of every instruction label (about
        3 ms each). Sized here, each pane gets its width once, as the window appears; a guess that is a
        few pixels off costs one more layout, no more. The window is first made (its frame is then known
        where the platform knows it before showing) and fitted to the screen, for the same reason."""
        self.winId()
        self._fit_to_screen()  # again when shown (showEvent): some platforms know the frame only then
        self.layout().activate()
        self.centralWidget().layout().activate()
        holder = self.exercise_page.parentWidget()  # the tab widget's page stack
        holder.setGeometry(self.pages.rect().adjusted(0, self.pages.tabBar().sizeHint().height(), 0, 0))
        if holder.layout() is not None:
            holder.layout().activate()
        self.exercise_page.arrange_hidden()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._countdown_seen()
        if not self._fitted:
            self._fitted = True
            self._fit_to_screen()
        if not self.browser.view.hasFocus():
            self.browser.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.shown.emit()
