"""Settings > Suggestions: on or off, and how cautious, the defaults named as the app's own."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from rehab_desktop.core.i18n import translate
from rehab_desktop.core.suggestions import MAX_PAIN_RANGE, PAIN_RISE_RANGE, SESSIONS_RANGE, Thresholds
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.suggestions.service import SuggestionService

DEFAULTS = Thresholds()


class SuggestionBox(QGroupBox):
    def __init__(self, prefs: PreferenceStore, service: SuggestionService | None, parent: QWidget | None = None):
        super().__init__(translate("ui.suggestions.settings_box", "Suggestions"), parent)
        self.prefs, self.service = prefs, service
        v = prefs.values
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.on = QCheckBox(translate("ui.suggestions.settings_box", "Suggest when to m&ove on, stay or ease"), self)
        self.on.setAccessibleName(translate("ui.suggestions.settings_box", "Suggest when to move on, stay or ease"))
        self.on.setToolTip(translate("ui.suggestions.settings_box",
                                     "From the sessions you recorded: on the Plan page and after a session"))
        self.on.setChecked(v.suggestions)
        self.on.toggled.connect(self._toggled)
        form.addRow(self.on)
        # The suffixes follow the number in the box: "3 sessions", "2 of 10", "2 points".
        self.sessions = self._spin("suggest_sessions", SESSIONS_RANGE,
                                   translate("ui.suggestions.settings_box", " sessions", "after a number in a box"),
                                   translate("ui.suggestions.settings_box", "Sessions in a row that went well"))
        self.max_pain = self._spin("suggest_max_pain", MAX_PAIN_RANGE,
                                   translate("ui.suggestions.settings_box", " of 10", "after a pain rating in a box"),
                                   translate("ui.suggestions.settings_box", "Highest pain afterwards"))
        self.pain_rise = self._spin("suggest_pain_rise", PAIN_RISE_RANGE,
                                    translate("ui.suggestions.settings_box", " points", "after a number in a box"),
                                    translate("ui.suggestions.settings_box", "Pain rise that calls for easing"))
        captions = (translate("ui.suggestions.settings_box", "Se&ssions in a row that went well:"),
                    translate("ui.suggestions.settings_box", "Highest pain after&wards:"),
                    translate("ui.suggestions.settings_box", "Pain rise that &calls for easing:"))
        for text, spin in zip(captions, (self.sessions, self.max_pain, self.pain_rise), strict=True):
            caption = QLabel(text, self)
            caption.setBuddy(spin)
            caption.setWordWrap(True)
            form.addRow(caption, spin)
        d = DEFAULTS
        self.note = QLabel(translate("ui.suggestions.settings_box", "The app's own defaults, not the article's: "
                                     "{sessions} sessions, pain {max_pain} or less afterwards, a rise of {rise} "
                                     "points. The article gives the ranges and says pain is the limit; your therapist "
                                     "may set these differently.").format(sessions=d.sessions, max_pain=d.max_pain,
                                                                          rise=d.pain_rise), self)
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.ask_again = QPushButton(translate("ui.suggestions.settings_box", "Ask a&gain about every exercise"), self)
        self.ask_again.setToolTip(translate("ui.suggestions.settings_box",
                                            "Exercises answered \u201cNever\u201d get suggestions again"))
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
        self.status.setText(translate("ui.suggestions.settings_box", "Answered \u201cNever\u201d: %n exercise(s).",
                                      None, nevers) if nevers else "")
        self.status.setVisible(bool(nevers))

    def _ask_again(self) -> None:
        n = self.service.forget_never() if self.service is not None else 0
        self._sync()
        self.status.setText(translate("ui.suggestions.settings_box", "Suggestions come again for %n exercise(s).",
                                      None, n))
        self.status.setVisible(True)
