"""The main window: assembles the panes, menus and shortcuts; owns no domain logic."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.core.exercises import Library
from rehab_desktop.ui.browser import BrowserPane
from rehab_desktop.ui.instructions import InstructionView
from rehab_desktop.ui.style import scaled_font


class TimerPlaceholder(QFrame):
    """The place kept for the hold/rep timer widget."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timerPlaceholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Timer area")
        lay = QVBoxLayout(self)
        title = QLabel("Timer", self)
        title.setFont(scaled_font(self.font(), 1.3, bold=True))
        body = QLabel("The hold and repetition timer goes here.", self)
        body.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(body)
        lay.addStretch(1)


class MainWindow(QMainWindow):
    """Browser on the left, instructions in the middle, the timer on the right."""

    shown = Signal()

    def __init__(self, library: Library, settings: QSettings, timer_widget: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setAccessibleName(APP_DISPLAY_NAME)

        self.browser = BrowserPane(library, self)
        self.instructions = InstructionView(library, self)
        self.timer_area = timer_widget or TimerPlaceholder(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w, stretch in ((self.browser, 0), (self.instructions, 1), (self.timer_area, 0)):
            self.splitter.addWidget(w)
            self.splitter.setStretchFactor(self.splitter.indexOf(w), stretch)
        self.setCentralWidget(self.splitter)
        self.browser.exercise_selected.connect(self.show_exercise)
        self.browser.exercise_activated.connect(lambda _id: self.instructions.setFocus())

        self._build_menus()
        self.statusBar().showMessage("Choose an exercise. Ctrl+F searches; Right and Left move through the steps.", 8000)
        self._restore_state()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        view = bar.addMenu("&View")
        search = QAction("&Search exercises", self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.browser.focus_search)
        view.addAction(search)
        to_list = QAction("Exercise &list", self)
        to_list.setShortcut(QKeySequence("Ctrl+L"))
        to_list.triggered.connect(lambda: self.browser.view.setFocus(Qt.FocusReason.ShortcutFocusReason))
        view.addAction(to_list)
        to_steps = QAction("&Instructions", self)
        to_steps.setShortcut(QKeySequence("Ctrl+I"))
        to_steps.triggered.connect(lambda: self.instructions.setFocus(Qt.FocusReason.ShortcutFocusReason))
        view.addAction(to_steps)
        self.view_menu = view
        self.addActions([search, to_list, to_steps, quit_action])

        help_menu = bar.addMenu("&Help")
        guide = QAction("Program &guidance", self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self.help_menu = help_menu
        self.addAction(guide)

    def show_guide(self) -> None:
        from rehab_desktop.ui.guide import show_guide  # imported on first use: keeps start-up short

        show_guide(self.library, self)

    def show_exercise(self, exercise_id: str) -> None:
        ex = self.library.get(exercise_id)
        if ex is not None:
            self.instructions.show_exercise(ex)
            self.setWindowTitle(f"{ex.name} \u2014 {APP_DISPLAY_NAME}")

    def select_exercise(self, exercise_id: str) -> bool:
        return self.browser.select(exercise_id)

    # -- state ---------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        splitter = self.settings.value("window/splitter")
        self._splitter_restored = isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)

    def _default_geometry(self) -> None:
        """First run: most of the screen, centred, so the text is large without a maximised window."""
        screen = self.screen().availableGeometry()
        w = max(min(screen.width(), 1000), int(screen.width() * 0.85))
        h = max(min(screen.height(), 700), int(screen.height() * 0.88))
        self.resize(min(w, screen.width()), min(h, screen.height()))
        self.move(screen.center() - self.rect().center())

    def _default_splitter_sizes(self) -> None:
        w = self.splitter.width()
        self.splitter.setSizes([int(w * 0.28), int(w * 0.42), int(w * 0.30)])

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            self._default_splitter_sizes()
        if not self.browser.view.hasFocus():
            self.browser.view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.shown.emit()
