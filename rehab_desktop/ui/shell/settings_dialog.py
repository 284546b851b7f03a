"""The settings dialog: sound and voice, timer, appearance, and the data folder with backup and restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
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

from rehab_desktop.ui.common import style
from rehab_desktop.ui.timer.cues import CuePlayer, Speaker


def _form(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
    return form


def flag(settings: QSettings, key: str, default: bool) -> bool:
    return str(settings.value(key, default)).lower() in ("true", "1")


class SettingsDialog(QDialog):
    """Every change applies at once and is kept; Close just closes."""

    timer_options_changed = Signal()
    history_restored = Signal()

    def __init__(self, settings: QSettings, cues: CuePlayer, data_dir: Path, db=None, session_open=lambda: False,
                 parent=None):
        super().__init__(parent)
        self.settings = settings
        self.cues = cues
        self.data_dir = Path(data_dir)
        self.db = db
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        style.fit_to_screen(self, 780, 720)

    # -- sections ------------------------------------------------------------------

    def _check(self, text: str, key: str, default: bool, parent: QWidget, on_change=None) -> QCheckBox:
        box = QCheckBox(text, parent)
        box.setAccessibleName(text)
        box.setChecked(flag(self.settings, key, default))
        box.toggled.connect(on_change or (lambda on: self.settings.setValue(key, on)))
        return box

    def _sound_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Sound and voice", parent)
        form = _form(box)
        c = self.cues
        self.sound = self._check("Sound effects (ticks and chimes)", "cues/sound", True, box,
                                 lambda on: c.set_option("sound", on))
        self.voice = self._check("Spoken cues (side, set, what to do)", "cues/voice", True, box,
                                 lambda on: c.set_option("voice", on))
        self.read_steps = self._check("Read each step aloud", "cues/read_steps", False, box,
                                      lambda on: c.set_option("read_steps", on))
        self.engine = QComboBox(box)
        self.engine.setAccessibleName("Speech engine")
        engines = Speaker.engines()
        self.engine.addItem("Default", "")
        for e in engines:
            self.engine.addItem(e, e)
        current = str(self.settings.value("cues/engine", ""))
        self.engine.setCurrentIndex(max(0, self.engine.findData(current)))
        self.engine_note = QLabel("The new engine is used from the next start.", box)
        self.engine_note.hide()
        self.engine.currentIndexChanged.connect(
            lambda: (self.settings.setValue("cues/engine", self.engine.currentData()), self.engine_note.show()))
        self.voice_combo = QComboBox(box)
        self.voice_combo.setAccessibleName("Voice")
        self._fill_voices()
        c.speech_ready.connect(self._fill_voices)  # the engine may still be starting
        self.voice_combo.textActivated.connect(lambda name: c.set_option("voice_name", name))
        self.rate = QSlider(Qt.Orientation.Horizontal, box)
        self.rate.setAccessibleName("Speaking rate")
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(float(self.settings.value("cues/rate", 0.0)) * 10))
        self.rate.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate.valueChanged.connect(lambda v: c.set_option("rate", v / 10))
        test = QPushButton("Test the voice", box)
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
        chosen = str(self.settings.value("cues/voice_name", ""))
        if chosen in voices:
            self.voice_combo.setCurrentText(chosen)

    def _seconds(self, key: str, default: int, maximum: int, parent: QWidget, name: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setAccessibleName(name)
        spin.setRange(0, maximum)
        spin.setSuffix(" s")
        spin.setValue(int(float(self.settings.value(key, default))))
        spin.valueChanged.connect(lambda v: (self.settings.setValue(key, v), self.timer_options_changed.emit()))
        return spin

    def _timer_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Timer", parent)
        form = _form(box)
        self.lead_in = self._seconds("timer/lead_in_s", 5, 60, box, "Get-ready time")
        self.rest = self._seconds("timer/rest_s", 30, 300, box, "Rest between sets")
        self.affected = QComboBox(box)
        self.affected.setAccessibleName("Affected ankle")
        for text, value in (("Left", "left"), ("Right", "right")):
            self.affected.addItem(text, value)
        self.affected.setCurrentIndex(max(0, self.affected.findData(self.settings.value("timer/affected_side", "left"))))
        self.affected.currentIndexChanged.connect(
            lambda: (self.settings.setValue("timer/affected_side", self.affected.currentData()),
                     self.timer_options_changed.emit()))
        self.first = QComboBox(box)
        self.first.setAccessibleName("Start with")
        for text, value in (("Left leg", "left"), ("Right leg", "right")):
            self.first.addItem(text, value)
        self.first.setCurrentIndex(max(0, self.first.findData(self.settings.value("timer/first_side", "left"))))
        self.first.currentIndexChanged.connect(
            lambda: (self.settings.setValue("timer/first_side", self.first.currentData()),
                     self.timer_options_changed.emit()))
        form.addRow("Get-ready time", self.lead_in)
        form.addRow("Rest between sets", self.rest)
        form.addRow("Affected ankle", self.affected)
        form.addRow("Exercises on each leg start with", self.first)
        return box

    def _appearance_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Appearance", parent)
        form = _form(box)
        self.theme = QComboBox(box)
        self.theme.setAccessibleName("Colour scheme")
        for text, value in (("Follow the system", "system"), ("Light", "light"), ("Dark", "dark")):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self.settings.value("appearance/theme", "system"))))
        self.theme.currentIndexChanged.connect(self._apply_theme)
        self.text_size = QSpinBox(box)
        self.text_size.setAccessibleName("Text size")
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(float(self.settings.value("appearance/text_scale", 1.0)) * 100))
        self.text_size.setKeyboardTracking(False)
        self.text_size.valueChanged.connect(self._apply_text_size)
        form.addRow("Colour scheme", self.theme)
        form.addRow("Text size", self.text_size)
        return box

    def _data_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Your data", parent)
        v = QVBoxLayout(box)
        where = QLabel(f"History and settings are kept in:\n{self.data_dir}", box)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        where.setAccessibleName("Data folder")
        open_button = QPushButton("Open the folder", box)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        self.backup_button = QPushButton("Back up the history now", box)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton("Restore from a backup\u2026", box)
        self.restore_button.clicked.connect(self.choose_restore)
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(self.db is not None)
        self.data_note = QLabel("" if self.db is not None else "History is off, so there is nothing to back up.", box)
        self.data_note.setWordWrap(True)
        self.data_note.setAccessibleName("Backup status")
        row = QVBoxLayout()  # stacked: three long labels side by side overflow at large text sizes
        for b in (open_button, self.backup_button, self.restore_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        v.addWidget(where)
        v.addLayout(row)
        v.addWidget(self.data_note)
        return box

    # -- actions -------------------------------------------------------------------

    def _apply_theme(self) -> None:
        value = self.theme.currentData()
        self.settings.setValue("appearance/theme", value)
        from PySide6.QtWidgets import QApplication

        style.apply_theme(QApplication.instance(), value)

    def _apply_text_size(self, percent: int) -> None:
        from PySide6.QtWidgets import QApplication

        self.settings.setValue("appearance/text_scale", percent / 100)
        style.apply_text_scale(QApplication.instance(), percent / 100)

    def back_up(self) -> None:
        from rehab_desktop.store import StoreError
        from rehab_desktop.store.backup import back_up

        try:
            path = back_up(self.db)
        except StoreError as exc:
            self.data_note.setText(f"The backup failed: {exc.message}")
            return
        self.data_note.setText(f"Backed up to {path}")

    def choose_restore(self) -> None:
        if self.session_open():
            self.data_note.setText("Finish the session first: restoring replaces the whole history.")
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
        from rehab_desktop.store import StoreError
        from rehab_desktop.store.backup import restore

        try:
            kept = restore(self.db, path)
        except StoreError as exc:
            self.data_note.setText(exc.message)
            return
        self.data_note.setText(f"Restored. The history you had before is kept as {kept.name}.")
        self.history_restored.emit()
