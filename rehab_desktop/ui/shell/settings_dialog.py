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

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.store import Change, StoreError
from rehab_desktop.ui.common import i18n, style
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


# Which ankle is affected (the texts are looked up with translate where the choice is built).
AFFECTED_CHOICES = ((QT_TRANSLATE_NOOP("ui.shell.settings_dialog", "Left"), "left"),
                    (QT_TRANSLATE_NOOP("ui.shell.settings_dialog", "Right"), "right"),
                    (QT_TRANSLATE_NOOP("ui.shell.settings_dialog", "Both"), "both"))


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
        self.setWindowTitle(translate("ui.shell.settings_dialog", "Settings"))
        self.setAccessibleName(translate("ui.shell.settings_dialog", "Settings"))

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
        # A Tab stop of its own: Page Up and Page Down scroll it.
        scroll.setAccessibleName(translate("ui.shell.settings_dialog", "Settings page"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("ui.shell.settings_dialog", "Close the settings"))
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
        box = QGroupBox(translate("ui.shell.settings_dialog", "Sound and voice"), parent)
        form = _form(box)
        c, prefs = self.cues, self.prefs
        self.sound = self._check(translate("ui.shell.settings_dialog", "Sound effects (ticks and chimes)"), "sound",
                                 box)
        self.voice = self._check(translate("ui.shell.settings_dialog", "Spoken cues (side, set, what to do)"), "voice",
                                 box)
        self.read_steps = self._check(translate("ui.shell.settings_dialog", "Read each step aloud"), "read_steps", box)
        self.engine = QComboBox(box)
        self.engine.setAccessibleName(translate("ui.shell.settings_dialog", "Speech engine"))
        engines = Speaker.engines()
        self.engine.addItem(translate("ui.shell.settings_dialog", "Default", "the speech engine"), "")
        for e in engines:
            self.engine.addItem(ENGINE_NAMES.get(e, e), e)
        self.engine.setCurrentIndex(max(0, self.engine.findData(prefs.values.speech_engine)))
        self.engine_note = QLabel(translate("ui.shell.settings_dialog", "The new engine is used from the next start."),
                                  box)
        self.engine_note.hide()
        self.engine.currentIndexChanged.connect(
            lambda: (prefs.update(speech_engine=self.engine.currentData()), self.engine_note.show()))
        self.voice_combo = QComboBox(box)
        self.voice_combo.setAccessibleName(translate("ui.shell.settings_dialog", "Voice"))
        self._fill_voices()
        self.voice_combo.textActivated.connect(lambda name: prefs.update(voice_name=name))
        # Whether the voices speak the app's language (ui/timer/cues.py; empty when they do, or not known yet).
        self.speech_note = QLabel("", box)
        self.speech_note.setWordWrap(True)
        self._show_speech_note()
        c.speech_ready.connect(self._speech_ready)  # the engine may still be starting
        self.rate = QSlider(Qt.Orientation.Horizontal, box)
        self.rate.setAccessibleName(translate("ui.shell.settings_dialog", "Speaking rate"))
        self.rate.setRange(-10, 10)
        self.rate.setValue(round(prefs.values.speech_rate * 10))
        self.rate.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate.valueChanged.connect(lambda v: prefs.update(speech_rate=v / 10))
        test = QPushButton(translate("ui.shell.settings_dialog", "Test the voice"), box)
        test.setAccessibleName(translate("ui.shell.settings_dialog", "Test the voice"))
        test.clicked.connect(lambda: c.say(translate("ui.shell.settings_dialog",
                                                     "Right leg. Set 2 of 3. Hold for 30 seconds.",
                                                     "spoken when the voice is tested")))
        form.addRow(self.sound)
        form.addRow(self.voice)
        form.addRow(self.read_steps)
        form.addRow(translate("ui.shell.settings_dialog", "Speech engine"), self.engine)
        form.addRow(self.engine_note)
        form.addRow(translate("ui.shell.settings_dialog", "Voice"), self.voice_combo)
        form.addRow(self.speech_note)
        rate_row = QHBoxLayout()
        rate_row.addWidget(QLabel(translate("ui.shell.settings_dialog", "Slower", "speaking rate"), box))
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(QLabel(translate("ui.shell.settings_dialog", "Faster", "speaking rate"), box))
        form.addRow(translate("ui.shell.settings_dialog", "Speaking rate"), rate_row)
        form.addRow(test)
        return box

    def _speech_ready(self) -> None:
        self._fill_voices()
        self._show_speech_note()

    def _show_speech_note(self) -> None:
        """What the speech engine says about the app's language (the timer's CuePlayer.speech_language_note)."""
        text = self.cues.speech_language_note()
        self.speech_note.setText(text)
        self.speech_note.setVisible(bool(text))

    def _fill_voices(self) -> None:
        voices = self.cues.voices()
        self.voice_combo.clear()
        self.voice_combo.setEnabled(bool(voices))
        if not voices:
            self.voice_combo.addItem(translate("ui.shell.settings_dialog", "Starting the speech engine\u2026")
                                     if not self.cues.speech_known
                                     else translate("ui.shell.settings_dialog", "No voices available"))
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
        box = QGroupBox(translate("ui.shell.settings_dialog", "Timer"), parent)
        form = _form(box)
        self.lead_in = self._seconds("lead_in_s", 60, box, translate("ui.shell.settings_dialog", "Get-ready time"))
        self.rest = self._seconds("rest_s", 300, box, translate("ui.shell.settings_dialog", "Rest between sets"))
        affected = tuple((translate("ui.shell.settings_dialog", text), value) for text, value in AFFECTED_CHOICES)
        self.affected = self._choice("affected_side", affected, translate("ui.shell.settings_dialog", "Affected ankle"),
                                     box)
        self.first = self._choice("first_side", ((translate("ui.shell.settings_dialog", "Left leg"), "left"),
                                                 (translate("ui.shell.settings_dialog", "Right leg"), "right")),
                                  translate("ui.shell.settings_dialog", "With both ankles, start with"), box)
        form.addRow(translate("ui.shell.settings_dialog", "Get-ready time"), self.lead_in)
        form.addRow(translate("ui.shell.settings_dialog", "Rest between sets*", "the * points to the footnote"),
                    self.rest)
        form.addRow(translate("ui.shell.settings_dialog", "Affected ankle"), self.affected)
        form.addRow(translate("ui.shell.settings_dialog", "With both ankles, start with"), self.first)
        self.first_label = form.labelForField(self.first)
        # One ankle: every exercise starts on it, so the first-side choice only applies to both.
        self.side_note = QLabel("", box)
        self.side_note.setWordWrap(True)
        form.addRow(self.side_note)
        self.affected.currentIndexChanged.connect(self._sync_first_side)
        self._sync_first_side()
        footnote = QLabel(translate("ui.shell.settings_dialog",
                                    "* The app's suggestion: the article gives no rest time."), box)
        footnote.setWordWrap(True)
        form.addRow(footnote)
        return box

    def _sync_first_side(self) -> None:
        both = self.affected.currentData() == "both"
        self.first.setEnabled(both)
        self.first_label.setEnabled(both)
        self.first.setToolTip("" if both else translate(
            "ui.shell.settings_dialog", "Exercises start on the affected ankle; this applies when both are."))
        if both:
            text = translate("ui.shell.settings_dialog", "Exercises for the affected side work each side in turn; "
                             "everything starts on the side chosen above, and step-ups lead with that foot.")
        elif self.affected.currentData() == "left":
            text = translate("ui.shell.settings_dialog", "Every exercise starts on the left side, and step-ups lead "
                             "with the left foot; the choice above is for when both ankles are affected.")
        else:
            text = translate("ui.shell.settings_dialog", "Every exercise starts on the right side, and step-ups lead "
                             "with the right foot; the choice above is for when both ankles are affected.")
        self.side_note.setText(text)

    def _appearance_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("ui.shell.settings_dialog", "Appearance"), parent)
        form = _form(box)
        self.theme = self._choice("theme", ((translate("ui.shell.settings_dialog", "Follow the system"), "system"),
                                            (translate("ui.shell.settings_dialog", "Light", "colour scheme"), "light"),
                                            (translate("ui.shell.settings_dialog", "Dark", "colour scheme"), "dark")),
                                  translate("ui.shell.settings_dialog", "Colour scheme"), box)
        self.text_size = QSpinBox(box)
        self.text_size.setAccessibleName(translate("ui.shell.settings_dialog", "Text size"))
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(self.prefs.values.text_scale * 100))
        self.text_size.setKeyboardTracking(False)
        # The window applies the new size (and scheme) when the preference changes.
        self.text_size.valueChanged.connect(lambda percent: self.prefs.update(text_scale=percent / 100))
        form.addRow(translate("ui.shell.settings_dialog", "Colour scheme"), self.theme)
        form.addRow(translate("ui.shell.settings_dialog", "Text size"), self.text_size)
        self.language = self._language_choice(box)
        form.addRow(translate("ui.shell.settings_dialog", "Language"), self.language)
        form.addRow(self.language_note)
        self.figure_motion = self._check(translate("ui.shell.settings_dialog",
                                                   "&Moving pictures, in step with the timer"), "figure_motion", box)
        self.figure_motion.setAccessibleName(translate("ui.shell.settings_dialog",
                                                       "Moving pictures, in step with the timer"))
        self.figure_motion.setToolTip(translate("ui.shell.settings_dialog", "Off: each picture stays still in the held "
                                                "position. The pictures are also still when the computer is set to "
                                                "reduce motion."))
        self.figure_thumbnails = self._check(translate("ui.shell.settings_dialog",
                                                       "Small &pictures in the exercise list"),
                                             "figure_thumbnails", box)
        self.figure_thumbnails.setAccessibleName(translate("ui.shell.settings_dialog",
                                                           "Small pictures in the exercise list"))
        form.addRow(self.figure_motion)
        form.addRow(self.figure_thumbnails)
        return box

    def _language_choice(self, box: QWidget) -> QComboBox:
        """The app's language: the system's (naming the one it comes to), or one of those the app ships, each
        in its own words; used from the next start (the window's words are built in the language of the start)."""
        combo = QComboBox(box)
        combo.setAccessibleName(translate("ui.shell.settings_dialog", "Language"))
        system = i18n.resolve("")
        combo.addItem(translate("ui.shell.settings_dialog", "System language ({language})",
                                "the language it comes to, in its own words").format(
            language=i18n.NATIVE_NAMES.get(system, system)), "")
        for code in i18n.shipped_languages():
            combo.addItem(i18n.NATIVE_NAMES.get(code, code), code)
        combo.setCurrentIndex(max(0, combo.findData(self.prefs.values.language)))
        self.language_note = QLabel(translate("ui.shell.settings_dialog",
                                              "The new language is used from the next start."), box)
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        combo.currentIndexChanged.connect(self._language_chosen)
        return combo

    def _language_chosen(self) -> None:
        self.prefs.update(language=self.language.currentData())
        self.language_note.show()

    def _summary_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("ui.shell.settings_dialog", "For your therapist\u2019s summary"), parent)
        form = _form(box)
        note = QLabel(translate("ui.shell.settings_dialog", "Both optional. They appear only on the therapist summary "
                                "you print or save, nowhere else."), box)
        note.setWordWrap(True)
        form.addRow(note)
        names = (("patient_name", translate("ui.shell.settings_dialog", "&Your name"), "patient_name"),
                 ("therapist_name", translate("ui.shell.settings_dialog", "Your &therapist\u2019s name"),
                  "therapist_name"))
        for name, label, attr in names:
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
        box = QGroupBox(translate("ui.shell.settings_dialog", "Your data"), parent)
        v = QVBoxLayout(box)
        where = QLabel(translate("ui.shell.settings_dialog", "History and settings are kept in:\n{folder}").format(
            folder=self.data_dir), box)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        # A named label is read by its name alone.
        where.setAccessibleName(translate("ui.shell.settings_dialog", "Data folder: {folder}").format(
            folder=self.data_dir))
        open_button = QPushButton(translate("ui.shell.settings_dialog", "Open the folder"), box)
        open_button.setAccessibleName(translate("ui.shell.settings_dialog", "Open the data folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir))))
        v.addWidget(where)
        v.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _backup_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("ui.shell.settings_dialog", "Backups"), parent)
        v = QVBoxLayout(box)
        v.addWidget(QLabel(translate("ui.shell.settings_dialog", "Backups go to:"), box))
        self.folder_label = ElidedLabel("", box)  # a long path is cut in the middle; the tooltip has it whole
        v.addWidget(self.folder_label)
        self.choose_button = self._button(translate("ui.shell.settings_dialog", "C&hoose folder\u2026"),
                                          translate("ui.shell.settings_dialog", "Choose the backup folder"),
                                          self.choose_folder, box)
        self.default_button = self._button(translate("ui.shell.settings_dialog", "Use the &usual folder"),
                                           translate("ui.shell.settings_dialog",
                                                     "Back up to the usual folder in the data folder"),
                                           lambda: self._set_folder(""), box)
        folder_row = FlowLayout(spacing=8)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        v.addLayout(folder_row)
        self.weekly = QCheckBox(translate("ui.shell.settings_dialog", "Back up &automatically every week"), box)
        self.weekly.setAccessibleName(translate("ui.shell.settings_dialog", "Back up automatically every week"))
        self.weekly.setChecked(self.prefs.values.backup_weekly)
        self.weekly.toggled.connect(self._weekly_toggled)
        v.addWidget(self.weekly)
        self.keep = QSpinBox(box)
        self.keep.setAccessibleName(translate("ui.shell.settings_dialog", "Automatic backups to keep"))
        self.keep.setRange(1, 20)
        self.keep.setValue(self.prefs.values.backup_keep)
        self.keep.valueChanged.connect(lambda n: self.prefs.update(backup_keep=n))
        # "Keep the last [3] automatic backups": the label, the number, and the words after it.
        self.keep_label = QLabel(translate("ui.shell.settings_dialog", "&Keep the last", "before the number"), box)
        self.keep_label.setBuddy(self.keep)
        self.keep.setToolTip(translate("ui.shell.settings_dialog", "The oldest automatic backups beyond these are "
                                       "removed; those made by hand never are."))
        keep_tail = QLabel(translate("ui.shell.settings_dialog", "automatic backups", "after the number"), box)
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
        self.backup_button = self._button(translate("ui.shell.settings_dialog", "Back up &now"),
                                          translate("ui.shell.settings_dialog", "Back up now"), self.back_up, box)
        self.restore_button = self._button(translate("ui.shell.settings_dialog", "&Restore from a backup\u2026"),
                                           translate("ui.shell.settings_dialog", "Restore from a backup"),
                                           self.choose_restore, box)
        for b in (self.backup_button, self.restore_button):
            b.setEnabled(self.service.available)
        actions = FlowLayout(spacing=8)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        v.addLayout(actions)
        self.data_note = QLabel(box)
        self.data_note.setWordWrap(True)
        self._note("" if self.service.available else translate("ui.shell.settings_dialog",
                                                                "History is off, so there is nothing to back up."))
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
        self.folder_label.setAccessibleName(translate("ui.shell.settings_dialog", "Backup folder: {folder}").format(
            folder=folder))
        self.default_button.setEnabled(bool(self.prefs.values.backup_folder))

    def _set_folder(self, folder: str) -> None:
        self.prefs.update(backup_folder=folder)
        self._show_folder()
        self._note(translate("ui.shell.settings_dialog", "Backups now go to {folder}.").format(
            folder=self.prefs.backup_folder()))

    def _weekly_toggled(self, on: bool) -> None:
        if on != self.prefs.values.backup_weekly:
            self.prefs.update(backup_weekly=on)
        for w in (self.keep, self.keep_label, self.keep_tail):
            w.setEnabled(on)

    # -- actions -------------------------------------------------------------------

    def _note(self, text: str) -> None:
        """Say how the backup went, on screen and to a screen reader (a named label is read by its name)."""
        self.data_note.setText(text)
        self.data_note.setAccessibleName(translate("ui.shell.settings_dialog", "Backup status: {status}").format(
            status=text) if text else translate("ui.shell.settings_dialog", "Backup status"))

    def choose_folder(self) -> None:
        current = self.prefs.backup_folder()
        folder = QFileDialog.getExistingDirectory(
            self, translate("ui.shell.settings_dialog", "Choose the backup folder"),
            str(current if current.is_dir() else Path.home()))
        if folder:
            self._set_folder(str(Path(folder)))

    def back_up(self) -> None:
        try:
            path = self.service.store.back_up(self.prefs.values.backup_folder or None)
        except StoreError as exc:
            self._note(translate("ui.shell.settings_dialog", "The backup failed: {problem}").format(
                problem=exc.message))
            return
        self._note(translate("ui.shell.settings_dialog", "Backed up to {path}").format(path=path))

    def choose_restore(self) -> None:
        if self.session_open():
            self._note(translate("ui.shell.settings_dialog",
                                 "Finish the session first: restoring replaces the whole history."))
            return
        picker = RestoreDialog(self.prefs.backup_folder(), self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
            return
        answer = QMessageBox.question(
            self, translate("ui.shell.settings_dialog", "Restore the history?"),
            translate("ui.shell.settings_dialog", "Replace your history with this backup?\n\n{file}\n\nThe history "
                      "you have now is kept as a file in the data folder, so nothing is lost.").format(
                file=picker.chosen))
        if answer == QMessageBox.StandardButton.Yes:
            self.restore(str(picker.chosen))

    def restore(self, path: str) -> None:
        try:
            kept = self.service.store.restore(path)
        except StoreError as exc:
            self._note(exc.message)
            return
        self._note(translate("ui.shell.settings_dialog",
                             "Restored. The history you had before is kept as {file}.").format(file=kept.name))
        self.service.announce(Change(everything=True))
