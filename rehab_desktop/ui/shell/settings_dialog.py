"""The settings dialog: sound and voice, timer, appearance, reminders, the therapist summary's names, the data
folder, and backups (where, how often, restore)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.store import Change, StoreError
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.elided import ElidedLabel
from rehab_desktop.ui.common.flow import FlowLayout
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.common.store_service import StoreService
from rehab_desktop.ui.common.wheel import wheel_only_when_focused
from rehab_desktop.ui.shell.restore_dialog import RestoreDialog
from rehab_desktop.ui.timer.cues import CuePlayer, Speaker


def _form(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
    return form


AFFECTED_CHOICES = (("Left", "left"), ("Right", "right"), ("Both", "both"))


# What the engines are called where people meet them (Qt's own names are short codes).
ENGINE_NAMES = {"speechd": "speech-dispatcher", "sapi": "Windows SAPI", "winrt": "Windows",
                "darwin": "macOS", "flite": "Flite"}


class SettingsDialog(QDialog):
    """Every change applies at once and is kept; Close just closes."""

    def __init__(self, prefs: PreferenceStore, cues: CuePlayer, service: StoreService,
                 session_open: Callable[[], bool] = lambda: False, parent=None, reminders=None, suggestions=None):
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
        if reminders is not None:  # ui/reminders/schedule.py: says how reminders arrive and what runs them
            from rehab_desktop.ui.reminders.settings_box import ReminderBox

            self.reminder_box = ReminderBox(prefs, reminders.arrive_text, reminders.background_text, page)
            lay.addWidget(self.reminder_box)
        from rehab_desktop.ui.suggestions.settings_box import SuggestionBox

        self.suggestion_box = SuggestionBox(prefs, suggestions, page)  # without the service: no "Ask again" count
        lay.addWidget(self.suggestion_box)
        lay.addWidget(self._summary_box(page))
        lay.addWidget(self._data_box(page))
        self.backup_box = self._backup_box(page)
        lay.addWidget(self.backup_box)
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

    def done(self, result: int) -> None:
        """A name still being typed when the dialog closes is kept too."""
        self.prefs.update(patient_name=self.patient_name.text().strip(),
                          therapist_name=self.therapist_name.text().strip())
        super().done(result)

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
            self.engine.addItem(ENGINE_NAMES.get(e, e), e)
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
        self.figure_motion = self._check("&Moving pictures, in step with the timer", "figure_motion", box)
        self.figure_motion.setAccessibleName("Moving pictures, in step with the timer")
        self.figure_motion.setToolTip("Off: each picture stays still in the held position. The pictures are "
                                      "also still when the computer is set to reduce motion.")
        self.figure_thumbnails = self._check("Small &pictures in the exercise list", "figure_thumbnails", box)
        self.figure_thumbnails.setAccessibleName("Small pictures in the exercise list")
        form.addRow(self.figure_motion)
        form.addRow(self.figure_thumbnails)
        return box

    def _summary_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("For your therapist\u2019s summary", parent)
        form = _form(box)
        note = QLabel("Both optional. They appear only on the therapist summary you print or save, nowhere else.", box)
        note.setWordWrap(True)
        form.addRow(note)
        for name, label, attr in (("patient_name", "&Your name", "patient_name"),
                                  ("therapist_name", "Your &therapist\u2019s name", "therapist_name")):
            edit = QLineEdit(getattr(self.prefs.values, name), box)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setMaxLength(80)
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(lambda e=edit, n=name: self.prefs.update(**{n: e.text().strip()}))
            setattr(self, attr, edit)
            title = QLabel(label, box)
            title.setBuddy(edit)
            form.addRow(title, edit)
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
        v.addWidget(where)
        v.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _backup_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Backups", parent)
        v = QVBoxLayout(box)
        v.addWidget(QLabel("Backups go to:", box))
        self.folder_label = ElidedLabel("", box)  # a long path is cut in the middle; the tooltip has it whole
        v.addWidget(self.folder_label)
        self.choose_button = self._button("C&hoose folder\u2026", "Choose the backup folder", self.choose_folder, box)
        self.default_button = self._button("Use the &usual folder", "Back up to the usual folder in the data folder",
                                           lambda: self._set_folder(""), box)
        folder_row = FlowLayout(spacing=8)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        v.addLayout(folder_row)
        self.weekly = QCheckBox("Back up &automatically every week", box)
        self.weekly.setAccessibleName("Back up automatically every week")
        self.weekly.setChecked(self.prefs.values.backup_weekly)
        self.weekly.toggled.connect(self._weekly_toggled)
        v.addWidget(self.weekly)
        self.keep = QSpinBox(box)
        self.keep.setAccessibleName("Automatic backups to keep")
        self.keep.setRange(1, 20)
        self.keep.setValue(self.prefs.values.backup_keep)
        self.keep.valueChanged.connect(lambda n: self.prefs.update(backup_keep=n))
        self.keep_label = QLabel("&Keep the last", box)
        self.keep_label.setBuddy(self.keep)
        self.keep.setToolTip("The oldest automatic backups beyond these are removed; those made by hand never are.")
        keep_tail = QLabel("automatic backups", box)
        keep_tail.setWordWrap(True)
        keep_row = QHBoxLayout()
        st = self.weekly.style()
        indent = (st.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self.weekly)
                  + st.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self.weekly))
        keep_row.setContentsMargins(indent, 0, 0, 0)  # under the check box's text
        keep_row.addWidget(self.keep_label)
        keep_row.addWidget(self.keep)
        keep_row.addWidget(keep_tail, 1)
        self.keep_tail = keep_tail
        v.addLayout(keep_row)
        self.backup_button = self._button("Back up &now", "Back up now", self.back_up, box)
        self.restore_button = self._button("&Restore from a backup\u2026", "Restore from a backup",
                                           self.choose_restore, box)
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(self.service.available)
        actions = FlowLayout(spacing=8)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        v.addLayout(actions)
        self.data_note = QLabel(box)
        self.data_note.setWordWrap(True)
        self._note("" if self.service.available else "History is off, so there is nothing to back up.")
        v.addWidget(self.data_note)
        self._show_folder()
        self._weekly_toggled(self.weekly.isChecked())
        return box

    def _button(self, text: str, name: str, slot: Callable[[], None], parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _show_folder(self) -> None:
        folder = str(self.prefs.backup_folder())
        self.folder_label.set_full_text(folder)
        self.folder_label.setAccessibleName(f"Backup folder: {folder}")
        self.default_button.setEnabled(bool(self.prefs.values.backup_folder))

    def _set_folder(self, folder: str) -> None:
        self.prefs.update(backup_folder=folder)
        self._show_folder()
        self._note(f"Backups now go to {self.prefs.backup_folder()}.")

    def _weekly_toggled(self, on: bool) -> None:
        if on != self.prefs.values.backup_weekly:
            self.prefs.update(backup_weekly=on)
        for w in (self.keep, self.keep_label, self.keep_tail):
            w.setEnabled(on)

    # -- actions -------------------------------------------------------------------

    def _note(self, text: str) -> None:
        """Say how the backup went, on screen and to a screen reader (a named label is read by its name)."""
        self.data_note.setText(text)
        self.data_note.setAccessibleName(f"Backup status: {text}" if text else "Backup status")

    def choose_folder(self) -> None:
        current = self.prefs.backup_folder()
        folder = QFileDialog.getExistingDirectory(self, "Choose the backup folder",
                                                  str(current if current.is_dir() else Path.home()))
        if folder:
            self._set_folder(str(Path(folder)))

    def back_up(self) -> None:
        try:
            path = self.service.store.back_up(self.prefs.values.backup_folder or None)
        except StoreError as exc:
            self._note(f"The backup failed: {exc.message}")
            return
        self._note(f"Backed up to {path}")

    def choose_restore(self) -> None:
        if self.session_open():
            self._note("Finish the session first: restoring replaces the whole history.")
            return
        picker = RestoreDialog(self.prefs.backup_folder(), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        answer = QMessageBox.question(
            self, "Restore the history?",
            f"Replace your history with this backup?\n\n{picker.chosen}\n\nThe history you have now is kept as "
            "a file in the data folder, so nothing is lost.")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(str(picker.chosen))

    def restore(self, path: str) -> None:
        try:
            kept = self.service.store.restore(path)
        except StoreError as exc:
            self._note(exc.message)
            return
        self._note(f"Restored. The history you had before is kept as {kept.name}.")
        self.service.announce(Change(everything=True))
