"""The timer's keyboard actions (Space, Enter, S, B, R, F/F11, M) and the follow-along window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.timer import EngineState, PhaseKind
from rehab_desktop.ui.timer.controller import TimerController
from rehab_desktop.ui.timer.cues import CuePlayer


class TimerActions(QObject):
    """QActions shared by the main window and the follow-along window.

    They are window shortcuts added to both windows, so they act wherever the person is, but not
    in dialogs. A focused text field keeps its typed letters: Qt lets line edits claim plain
    keys first (ShortcutOverride), so typing "s" in the search field never skips a set.
    """

    follow_changed = Signal()  # the follow-along window opened or closed

    def __init__(self, controller: TimerController, cues: CuePlayer, window: QWidget, figures=None):
        """`figures` (FigureSettings): the follow-along window shows the exercise's figure too."""
        super().__init__(window)
        self.controller = controller
        self.cues = cues
        self.window = window
        self.follow_window = None
        self.figures = figures
        self.extra_actions: list[QAction] = []  # others' keys that must also work in follow-along mode
        self.active = True
        self.space = controller.toggle  # what Space means; the session may give it more to do

        def act(text: str, keys: list[str], slot) -> QAction:
            a = QAction(text, window)
            a.setShortcuts([QKeySequence(k) for k in keys])
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            return a

        self.toggle = act(translate("ui.timer.actions", "&Start or pause"), ["Space"], lambda: self.space())
        self.count = act(translate("ui.timer.actions", "&Count a rep"), ["Return", "Enter"], controller.count_rep)
        self.skip = act(translate("ui.timer.actions", "S&kip"), ["S"], controller.skip)
        self.back = act(translate("ui.timer.actions", "&Back"), ["B"], controller.back)
        self.restart = act(translate("ui.timer.actions", "&Restart"), ["R"], controller.restart)
        self.more = act(translate("ui.timer.actions", "Add 5 seconds"), ["+", "="], lambda: controller.add_time(5))
        self.less = act(translate("ui.timer.actions", "Take off 5 seconds"), ["-"], lambda: controller.add_time(-5))
        self.follow = act(translate("ui.timer.actions", "&Follow along (full screen)"), ["F", "F11"],
                          self.toggle_follow_along)
        self.mute = act(translate("ui.timer.actions", "&Mute"), ["M"], self.toggle_mute)
        self.mute.setCheckable(True)
        self.mute.setChecked(cues.muted)
        # Enter only counts reps while a manual-reps set runs; otherwise it keeps its usual meaning.
        self.count.setEnabled(False)
        controller.changed.connect(self._on_change)

    def all(self) -> list[QAction]:
        return [self.toggle, self.count, self.skip, self.back, self.restart, self.more, self.less,
                self.follow, self.mute]

    def set_active(self, active: bool) -> None:
        """Keys on or off (off while another page than the timer's is shown)."""
        self.active = active
        for a in self.all():
            if a is not self.count:
                a.setEnabled(active)
        snap = self.controller.snapshot()
        if snap is not None:
            self._on_change(snap)

    def _on_change(self, snap) -> None:
        manual = snap.phase.kind is PhaseKind.MANUAL_REPS and snap.state is EngineState.RUNNING
        enabled = manual and self.active
        if self.count.isEnabled() != enabled:
            self.count.setEnabled(enabled)

    def toggle_mute(self) -> None:
        muted = self.cues.toggle_mute()
        self.mute.setChecked(muted)

    def toggle_follow_along(self) -> None:
        if self.follow_window is not None:
            self.follow_window.close()
            return
        from rehab_desktop.ui.timer.follow_along import FollowAlongWindow

        w = FollowAlongWindow(self.controller, self.window, self.figures)
        w.addActions(self.all() + self.extra_actions)
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        w.closed.connect(self._follow_closed)
        self.follow_window = w
        w.setGeometry(self.window.screen().geometry())  # also where no window manager sizes it
        w.showFullScreen()
        w.activateWindow()
        self.follow_changed.emit()

    def _follow_closed(self) -> None:
        self.follow_window = None
        self.follow_changed.emit()
        self.window.activateWindow()
