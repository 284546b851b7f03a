"""A suggestion as the person meets it: what the history shows and the question, the rule in one
muted sentence, and its buttons (the Accept words, Not now, Never for this exercise). The Plan page
lists every current one; after a session a banner shows those for the exercises just done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.common.flow import FlowLayout

if TYPE_CHECKING:  # the banner is built with the window; what it shows is read after a session
    from rehab_desktop.core.suggestions import Suggestion
    from rehab_desktop.ui.suggestions.service import SuggestionService


def _label(text: str, parent: QWidget, muted: bool = False) -> QLabel:
    out = QLabel(text, parent)
    out.setTextFormat(Qt.TextFormat.PlainText)
    out.setWordWrap(True)  # (its size policy is left as word wrap makes it: height for width)
    if muted:
        out.setForegroundRole(QPalette.ColorRole.Mid)
    return out


class SuggestionCard(QFrame):
    """One suggestion and its buttons; `answered` once any of them was used and the answer kept."""

    answered = Signal()

    def __init__(self, s: Suggestion, service: SuggestionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggestion, self.service = s, service
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ui.suggestions.cards", "Suggestion: {title}",
                                         "an exercise's name, or Your plan").format(title=s.title))
        why = translate("ui.suggestions.cards", "Why: {reason}", "the rule's sentence").format(reason=s.because)
        self.setAccessibleDescription(f"{s.text} {why}")
        self.text = _label(s.text, self)
        self.text.setAccessibleName(s.text)
        self.because = _label(why, self, muted=True)
        self.buttons: dict[str, QPushButton] = {}
        row_holder = QWidget(self)
        self.row = row = FlowLayout(row_holder, spacing=8)
        self.row_holder = row_holder
        if s.accept_label:
            self._button("accept", s.accept_label,
                         translate("ui.suggestions.cards", "Change the plan from today") if s.dose_to or s.program
                         else translate("ui.suggestions.cards", "Keep the dose as it is"),
                         lambda: service.accept(s), row, row_holder)
        later = service.prefs.thresholds().later_sessions
        self._button("later", translate("ui.suggestions.cards", "Not now"),
                     translate("ui.suggestions.cards", "Ask again after %n more session(s)", None, later),
                     lambda: service.later(s), row, row_holder)
        if s.can_never:
            self._button("never", translate("ui.suggestions.cards", "Never for this exercise") if s.subject != "stage"
                         else translate("ui.suggestions.cards", "Never for the plan"),
                         translate("ui.suggestions.cards", "No more suggestions to step up here (Settings > "
                                                           "Suggestions can ask again)"),
                         lambda: service.never(s), row, row_holder)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(4)
        lay.addWidget(self.text)
        lay.addWidget(self.because)
        lay.addWidget(row_holder)

    def _button(self, key: str, text: str, tip: str, act: Callable[[], bool], row: FlowLayout,
                parent: QWidget) -> None:
        b = QPushButton(text, parent)
        b.setToolTip(tip)
        b.setAccessibleName(translate("ui.suggestions.cards", "{button}: {title}",
                                      "a button's words: an exercise's name, or Your plan").format(
            button=text, title=self.suggestion.title))
        b.clicked.connect(lambda: self.answered.emit() if act() else None)
        row.addWidget(b)
        self.buttons[key] = b


class SuggestionList(QWidget):
    """The Plan page's list: the first current suggestion, the others a click away; nothing at all
    when there is none. It reads the service again when it changes, while the page is shown (else at
    the next show)."""

    def __init__(self, service: SuggestionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setAccessibleName(translate("ui.suggestions.cards", "Suggestions from your history"))
        self.title = _label(translate("ui.suggestions.cards", "Suggestions from your history"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setToolTip(translate("ui.suggestions.cards", "The app's suggestions, from the sessions you "
                                                                "recorded: they never raise a dose after pain. Stop "
                                                                "any exercise that hurts."))
        self.more = QPushButton("", self)
        self.more.setCheckable(True)
        self.more.toggled.connect(self._show_cards)
        head = QWidget(self)
        head_row = FlowLayout(head, spacing=8)
        head_row.addWidget(self.title)
        head_row.addWidget(self.more)
        self.cards: list[SuggestionCard] = []
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 6)
        self._lay.setSpacing(6)
        self._lay.addWidget(head)
        self._stale = True
        service.changed.connect(self.reload)
        self.setVisible(False)
        # Hidden while there is nothing to suggest, so it hears of the page being shown from its parent.
        if parent is not None:
            parent.installEventFilter(self)
        self.load()

    def reload(self) -> None:
        """Read the suggestions again now if the page is shown, else when it is next shown."""
        self._stale = True
        if self.parentWidget() is None or self.parentWidget().isVisible():
            self.load()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parentWidget() and self._stale:
            self.load()
        return False

    def load(self) -> None:
        self._stale = False
        for card in self.cards:
            self._lay.removeWidget(card)
            card.deleteLater()
        self.cards = [SuggestionCard(s, self.service, self) for s in self.service.current()]
        for card in self.cards:
            self._lay.addWidget(card)
        self._show_cards(self.more.isChecked())
        self.setVisible(bool(self.cards))

    def _show_cards(self, all_of_them: bool) -> None:
        rest = len(self.cards) - 1
        for i, card in enumerate(self.cards):
            card.setVisible(i == 0 or all_of_them)
        self.more.setVisible(rest > 0)
        self.more.setText(translate("ui.suggestions.cards", "Show only the first") if all_of_them else
                          translate("ui.suggestions.cards", "Show %n more suggestion(s)", None, rest))


class SuggestionBanner(QFrame):
    """After a session: the suggestions for its exercises, one at a time, across the top of the window.

    Short, so that the page under it keeps its room at large text: the rule's sentence is behind
    "Why?" (and in the accessible description), the other suggestions on the Plan page."""

    show_all = Signal()  # "N more on the Plan page": the Plan page

    def __init__(self, service: SuggestionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setObjectName("suggestionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAccessibleName(translate("ui.suggestions.cards", "Suggestion after the session"))
        self.pending: list[Suggestion] = []
        self.card: SuggestionCard | None = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(4, 2, 4, 2)
        self.hide()

    def offer(self, subjects: set[str]) -> None:
        """Show what the history now suggests for these exercises (and the stage), if anything."""
        self.pending = self.service.current(set(subjects) | {"stage"})
        self._show_next()

    def dismiss(self) -> None:
        self.pending = []
        self._show_next()

    def _show_next(self) -> None:
        if self.card is not None:
            self._lay.removeWidget(self.card)
            self.card.deleteLater()
            self.card = None
        if not self.pending:
            self.hide()
            return
        card = self.card = SuggestionCard(self.pending[0], self.service, self)
        card.setFrameShape(QFrame.Shape.NoFrame)
        card.answered.connect(self._answered)
        card.because.hide()
        why = QPushButton(translate("ui.suggestions.cards", "Why?"), card.row_holder)
        why.setCheckable(True)
        why.setToolTip(card.suggestion.because)
        why.setAccessibleName(translate("ui.suggestions.cards", "Why this suggestion"))
        why.toggled.connect(card.because.setVisible)
        card.row.addWidget(why)
        card.buttons["why"] = why
        rest = len(self.pending) - 1
        if rest:
            more = QPushButton(translate("ui.suggestions.cards", "%n more on the Plan page", None, rest),
                               card.row_holder)
            more.setToolTip(translate("ui.suggestions.cards", "The Plan page lists every suggestion"))
            more.clicked.connect(self._show_all)
            card.row.addWidget(more)
            card.buttons["more"] = more
        close = QPushButton(translate("ui.suggestions.cards", "Close"), card.row_holder)
        close.setAccessibleName(translate("ui.suggestions.cards", "Close the suggestion"))
        close.setToolTip(translate("ui.suggestions.cards", "It stays on the Plan page"))
        close.clicked.connect(self.dismiss)
        card.row.addWidget(close)
        card.buttons["close"] = close
        self._lay.addWidget(card)
        self.setAccessibleDescription(card.accessibleDescription())
        self.show()

    def _answered(self) -> None:
        self.pending = self.pending[1:]
        self._show_next()

    def _show_all(self) -> None:
        self.dismiss()
        self.show_all.emit()
