"""Small pieces of the history pane: a figure tile and the inline notice bar with its one action (Undo, Open)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.style import current_step_colours, muted_text, scaled_font


class StatTile(QFrame):
    """A large figure with a caption under it, e.g. "12 days" over "current streak"."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("\u2014", self)
        self.value.setFont(scaled_font(self.font(), 1.5, bold=True))
        # Line breaks are written into captions instead of word wrap: a wrapping label's height
        # depends on its width, which the pane's minimum size can't account for.
        self.caption = QLabel(caption, self)
        self._tint()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 8, 14, 8)
        lay.setSpacing(0)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None, tip: str = "") -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.setToolTip(tip)
        self.setAccessibleName(f"{value} {self.caption.text()}".replace("\n", " "))
        self.setAccessibleDescription(tip)

    def _tint(self) -> None:
        # From the application palette: this widget's own carries the colour set here last time.
        pal = QGuiApplication.palette()
        pal.setColor(QPalette.ColorRole.WindowText, muted_text(pal))
        self.caption.setPalette(pal)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ApplicationPaletteChange:
            self._tint()


class NoticeBar(QFrame):
    """A one-line message inside the pane with an optional action button; stays until closed or replaced."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("\u2715")
        self.close_button.setAccessibleName(translate("ui.history.widgets", "Close message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self.action.clicked.connect(self._act)
        self._callback: Callable[[], None] | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 4, 6, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.action)
        lay.addWidget(self.close_button)
        self._tint()
        # Its room is kept while hidden, two lines high: a message appearing moves nothing under the pointer.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def sizeHint(self):
        """As wide as it likes; as high as two lines of text or the button (a longer text may add lines)."""
        hint = super().sizeHint()
        margins = self.layout().contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.frameWidth()
        text_width = max(1, self.width() - self.action.sizeHint().width() - self.close_button.sizeHint().width() - 40)
        lines = max(2 * self.fontMetrics().lineSpacing(), self.label.heightForWidth(text_width))
        hint.setHeight(max(lines, self.action.sizeHint().height(), self.close_button.sizeHint().height()) + frame)
        return hint

    def hasHeightForWidth(self) -> bool:
        return False  # its height is the sizeHint's, shown or hidden (the wrapping label would vary it)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setHeight(self.sizeHint().height())
        return hint

    def show_message(self, text: str, action: str = "", callback: Callable[[], None] | None = None) -> None:
        self.label.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.setAccessibleName(text)
        self.show()

    def dismiss(self) -> None:
        self._callback = None
        self.hide()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback is not None:
            callback()

    def _tint(self) -> None:
        pal = QGuiApplication.palette()
        background, _accent = current_step_colours(pal)
        pal.setColor(QPalette.ColorRole.Window, background)
        self.setPalette(pal)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.ApplicationPaletteChange:
            self._tint()
