"""Settings > Suggestions: on or off, and how cautious, the defaults named as the app's own."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from rehab_desktop.core.suggestions import MAX_PAIN_RANGE, PAIN_RISE_RANGE, SESSIONS_RANGE, Thresholds
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.suggestions.service import SuggestionService

DEFAULTS = Thresholds()


class SuggestionBox(QGroupBox):
    def __init__(self, prefs: PreferenceStore, service: SuggestionService | None, parent: QWidget | None = None):
        super().__init__("Suggestions", parent)
        self.prefs, self.service = prefs, service
        v = prefs.values
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.on = QCheckBox("Suggest when to m&ove on, stay or ease", self)
        self.on.setAccessibleName("Suggest when to move on, stay or ease")
        self.on.setToolTip("From the sessions you recorded: on the Plan page and after a session")
        self.on.setChecked(v.suggestions)
        self.on.toggled.connect(self._toggled)
        form.addRow(self.on)
        self.sessions = self._spin("suggest_sessions", SESSIONS_RANGE, " sessions", "Sessions in a row that went well")
        self.max_pain = self._spin("suggest_max_pain", MAX_PAIN_RANGE, " of 10", "Highest pain afterwards")
        self.pain_rise = self._spin("suggest_pain_rise", PAIN_RISE_RANGE, " points", "Pain rise that calls for easing")
        for text, spin in (("Se&ssions in a row that went well:", self.sessions),
                           ("Highest pain after&wards:", self.max_pain),
                           ("Pain rise that &calls for easing:", self.pain_rise)):
            caption = QLabel(text, self)
            caption.setBuddy(spin)
            caption.setWordWrap(True)
            form.addRow(caption, spin)
        d = DEFAULTS
        self.note = QLabel(f"The app's own defaults, not the article's: {d.sessions} sessions, pain {d.max_pain} "
                           f"or less afterwards, a rise of {d.pain_rise} points. The article gives the ranges and says "
                           "pain is the limit; your therapist may set these differently.", self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.ask_again = QPushButton("Ask a&gain about every exercise", self)
        self.ask_again.setToolTip("Exercises answered \u201cNever\u201d get suggestions again")
        self.ask_again.clicked.connect(self._ask_again)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        form.addRow(self.ask_again)
        form.addRow(self.status)
        self._sync()

    def _spin(self, name: str, limits: tuple[int, int], suffix: str, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(*limits)
        spin.setSuffix(suffix)
        spin.setValue(getattr(self.prefs.values, name))
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(lambda value: self.prefs.update(**{name: int(value)}))
        return spin

    def _toggled(self, on: bool) -> None:
        self.prefs.update(suggestions=on)
        self._sync()

    def _sync(self) -> None:
        on = self.on.isChecked()
        for w in (self.sessions, self.max_pain, self.pain_rise):
            w.setEnabled(on)
        nevers = self.service.never_count() if self.service is not None else 0
        self.ask_again.setEnabled(on and nevers > 0)
        self.status.setText(f"Answered \u201cNever\u201d: {nevers} {'exercise' if nevers == 1 else 'exercises'}."
                            if nevers else "")
        self.status.setVisible(bool(nevers))

    def _ask_again(self) -> None:
        n = self.service.forget_never() if self.service is not None else 0
        self._sync()
        self.status.setText(f"Suggestions come again for {n} {'exercise' if n == 1 else 'exercises'}.")
        self.status.setVisible(True)
