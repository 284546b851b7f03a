"""The settings dialog: sound and voice, timer, appearance, and the data folder with backup and restore."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.store import Change, StoreError
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.common.wheel import wheel_only_when_focused
from rehab_desktop.ui.timer.cues import CuePlayer, Speaker


def _form(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
    return form


AFFECTED_CHOICES = (("Left", "left"), ("Right", "right"), ("Both", "both"))


class SettingsDialog(QDialog):
    """Every change applies at once and is kept; Close just closes."""

    def __init__(self, prefs: PreferenceStore, cues: CuePlayer, service: StoreService,
                 session_open: Callable[[], bool] = lambda: False, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.cues = cues
        self.data_dir = prefs.data_dir
        self.service = service
        self.session_open = session_open
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")

        page = QWidget(self)
        lay = QVBoxLayout(page)
        lay.addWidget(self._sound_box(page))
        lay.addWidget(self._timer_box(page))
        lay.addWidget(self._appearance_box(page))
        lay.addWidget(self._data_box(page))
        lay.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName("Settings page")  # a Tab stop of its own: Page Up and Page Down scroll it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the settings")
        self.scroll = scroll
        wheel_only_when_focused(page)  # scrolling the page never changes a setting under the pointer
        style.fit_to_screen(self, 780, 720)

    # -- sections ------------------------------------------------------------------

    def _check(self, text: str, name: str, parent: QWidget) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setAccessibleName(text)
        box.setChecked(getattr(self.prefs.values, name))
        box.toggled.connect(lambda on: self.prefs.update(**{name: on}))
        return box

    def _choice(self, name: str, items: tuple[tuple[str, str], ...], accessible: str, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(accessible)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(getattr(self.prefs.values, name))))
        combo.currentIndexChanged.connect(lambda: self.prefs.update(**{name: combo.currentData()}))
        return combo

    def _sound_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Sound and voice", parent)
        form = _form(box)
        c, prefs = self.cues, self.prefs
        self.sound = self._check("Sound effects (ticks and chimes)", "sound", box)
        self.voice = self._check("Spoken cues (side, set, what to do)", "voice", box)
        self.read_steps = self._check("Read each step aloud", "read_steps", box)
        self.engine = QComboBox(box)
        self.engine.setAccessibleName("Speech engine")
        engines = Speaker.engines()
        self.engine.addItem("Default", "")
        for e in engines:
            self.engine.addItem(e, e)
        self.engine.setCurrentIndex(max(0, self.engine.findData(prefs.values.speech_engine)))
        self.engine_note = QLabel("The new engine is used from the next start.", box)
        self.engine_note.hide()
        self.engine.currentIndexChanged.connect(
            lambda: (prefs.update(speech_engine=self.engine.currentData()), self.engine_note.show()))
        self.voice_combo = QComboBox(box)
        self.voice_combo.setAccessibleName("Voice")
        self._fill_voices()
        c.speech_ready.connect(self._fill_voices)  # the engine may still be starting
        self.voice_combo.textActivated.connect(lambda name: prefs.update(voice_name=name))
        self.rate = QSlider(Qt.Orientation.Horizontal, box)
        self.rate.setAccessibleName("Speaking rate")
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(prefs.values.speech_rate * 10))
        self.rate.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate.valueChanged.connect(lambda v: prefs.update(speech_rate=v / 10))
        test = QPushButton("Test the voice", box)
        test.setAccessibleName("Test the voice")
        test.clicked.connect(lambda: c.say("Right leg. Set 2 of 3. Hold for 30 seconds."))
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(self.read_steps)
        form.addRow("Speech engine", self.engine)
        form.addRow(self.engine_note)
        form.addRow("Voice", self.voice_combo)
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel("Slower", box))
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(QLabel("Faster", box))
        form.addRow("Speaking rate", rate_row)
        form.addRow(test)
        return box

    def _fill_voices(self) -> None:
        voices = self.cues.voices()
        self.voice_combo.clear()
        self.voice_combo.setEnabled(bool(voices))
        if not voices:
            self.voice_combo.addItem("Starting the speech engine\u2026" if not self.cues.speech_known
                                     else "No voices available")
            return
        self.voice_combo.addItems(voices)
        chosen = self.prefs.values.voice_name
        if chosen in voices:
            self.voice_combo.setCurrentText(chosen)

    def _seconds(self, name: str, maximum: int, parent: QWidget, accessible: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setAccessibleName(accessible)
        spin.setRange(0, maximum)
        spin.setSuffix(" s")
        spin.setValue(int(getattr(self.prefs.values, name)))
        spin.valueChanged.connect(lambda v: self.prefs.update(**{name: float(v)}))
        return spin

    def _timer_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Timer", parent)
        form = _form(box)
        self.lead_in = self._seconds("lead_in_s", 60, box, "Get-ready time")
        self.rest = self._seconds("rest_s", 300, box, "Rest between sets")
        self.affected = self._choice("affected_side", AFFECTED_CHOICES, "Affected ankle", box)
        self.first = self._choice("first_side", (("Left leg", "left"), ("Right leg", "right")),
                                  "With both ankles, start with", box)
        form.addRow("Get-ready time", self.lead_in)
        form.addRow("Rest between sets*", self.rest)
        form.addRow("Affected ankle", self.affected)
        form.addRow("With both ankles, start with", self.first)
        self.first_label = form.labelForField(self.first)
        # One ankle: every exercise starts on it, so the first-side choice only applies to both.
        self.side_note = QLabel("", box)
        self.side_note.setWordWrap(True)
        form.addRow(self.side_note)
        self.affected.currentIndexChanged.connect(self._sync_first_side)
        self._sync_first_side()
        footnote = QLabel("* The app's suggestion: the article gives no rest time.", box)
        footnote.setWordWrap(True)
        form.addRow(footnote)
        return box

    def _sync_first_side(self) -> None:
        both = self.affected.currentData() == "both"
        self.first.setEnabled(both)
        self.first_label.setEnabled(both)
        self.first.setToolTip("" if both else "Exercises start on the affected ankle; this applies when both are.")
        if both:
            text = ("Exercises for the affected side work each side in turn; everything starts on the side chosen "
                    "above, and step-ups lead with that foot.")
        else:
            side = self.affected.currentText().lower()
            text = (f"Every exercise starts on the {side} side, and step-ups lead with the {side} foot; the "
                    "choice above is for when both ankles are affected.")
        self.side_note.setText(text)

    def _appearance_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Appearance", parent)
        form = _form(box)
        self.theme = self._choice("theme", (("Follow the system", "system"), ("Light", "light"), ("Dark", "dark")),
                                  "Colour scheme", box)
        self.text_size = QSpinBox(box)
        self.text_size.setAccessibleName("Text size")
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(self.prefs.values.text_scale * 100))
        self.text_size.setKeyboardTracking(False)
        # The window applies the new size (and scheme) when the preference changes.
        self.text_size.valueChanged.connect(lambda percent: self.prefs.update(text_scale=percent / 100))
        form.addRow("Colour scheme", self.theme)
        form.addRow("Text size", self.text_size)
        return box

    def _data_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Your data", parent)
        v = QVBoxLayout(box)
        where = QLabel(f"History and settings are kept in:\n{self.data_dir}", box)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        where.setAccessibleName(f"Data folder: {self.data_dir}")  # a named label is read by its name alone
        open_button = QPushButton("Open the folder", box)
        open_button.setAccessibleName("Open the data folder")
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        self.backup_button = QPushButton("Back up the history now", box)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton("Restore from a backup\u2026", box)
        self.restore_button.clicked.connect(self.choose_restore)
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(self.service.available)
            b.setAccessibleName(b.text().rstrip("\u2026"))
        self.data_note = QLabel(box)
        self.data_note.setWordWrap(True)
        self._note("" if self.service.available else "History is off, so there is nothing to back up.")
        row = QVBoxLayout()  # stacked: three long labels side by side overflow at large text sizes
        for b in (open_button, self.backup_button, self.restore_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        v.addWidget(where)
        v.addLayout(row)
        v.addWidget(self.data_note)
        return box

    # -- actions -------------------------------------------------------------------

    def _note(self, text: str) -> None:
        """Say how the backup went, on screen and to a screen reader (a named label is read by its name)."""
        self.data_note.setText(text)
        self.data_note.setAccessibleName(f"Backup status: {text}" if text else "Backup status")

    def back_up(self) -> None:
        try:
            path = self.service.store.back_up()
        except StoreError as exc:
            self._note(f"The backup failed: {exc.message}")
            return
        self._note(f"Backed up to {path}")

    def choose_restore(self) -> None:
        if self.session_open():
            self._note("Finish the session first: restoring replaces the whole history.")
            return
        start = self.data_dir / "backups"
        path, _ = QFileDialog.getOpenFileName(self, "Restore the history from a backup",
                                              str(start if start.exists() else self.data_dir),
                                              "History backups (*.sqlite3);;All files (*)")
        if not path:
            return
        answer = QMessageBox.question(
            self, "Restore the history?",
            "Replace your history with this backup?\n\nThe history you have now is kept as a file in "
            "the data folder, so nothing is lost.")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(path)

    def restore(self, path: str) -> None:
        try:
            kept = self.service.store.restore(path)
        except StoreError as exc:
            self._note(exc.message)
            return
        self._note(f"Restored. The history you had before is kept as {kept.name}.")
        self.service.announce(Change(everything=True))
