"""Settings > Appearance > Language, and the note on the speech engine's language (issue 24)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from rehab_desktop.ui.common import i18n
from rehab_desktop.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture
def two_languages(monkeypatch):
    """English and Spanish shipped, whether or not the .qm files are compiled yet."""
    monkeypatch.setattr(i18n, "shipped_languages", lambda: ["en", "es"])


def dialog_for(w, qtbot):
    d = SettingsDialog(w.prefs, w.cues, w.service, lambda: w.session.is_open, w)
    qtbot.addWidget(d)
    return d


def items(combo) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_language_choice_lists_the_system_language_and_each_shipped_one(make_window, qtbot, two_languages):
    w = make_window()
    d = dialog_for(w, qtbot)
    system = i18n.NATIVE_NAMES[i18n.resolve("")]
    assert items(d.language) == [(f"System language ({system})", ""), ("English", "en"), ("Espa\u00f1ol", "es")]
    assert d.language.accessibleName() == "Language"
    assert d.language.currentIndex() == 0  # nothing chosen yet: the system's
    assert d.language_note.isHidden()


def test_choosing_spanish_is_kept_for_the_next_start_and_says_so(make_window, qtbot, two_languages):
    w = make_window()
    d = dialog_for(w, qtbot)
    d.show()
    d.language.setCurrentIndex(d.language.findData("es"))
    assert QSettings(str(w.data_dir / "settings.ini"), QSettings.Format.IniFormat).value("app/language") == "es"
    assert w.prefs.values.language == "es"
    assert d.language_note.isVisible()
    assert d.language_note.text() == "The new language is used from the next start."
    d2 = dialog_for(w, qtbot)  # opened again, it shows what was chosen
    assert d2.language.currentData() == "es" and d2.language_note.isHidden()
    d2.language.setCurrentIndex(0)
    assert w.prefs.values.language == ""


def test_without_translations_only_english_is_offered(make_window, qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "shipped_languages", lambda: ["en"])
    w = make_window()
    d = dialog_for(w, qtbot)
    assert items(d.language) == [("System language (English)", ""), ("English", "en")]


def test_the_speech_language_note_shows_when_the_engine_has_one(make_window, qtbot, monkeypatch):
    w = make_window()
    note = {"text": ""}
    monkeypatch.setattr(type(w.cues), "speech_language_note", lambda self: note["text"], raising=False)
    d = dialog_for(w, qtbot)
    d.show()
    assert d.speech_note.isHidden()
    note["text"] = "No Spanish voice is installed: the cues are spoken in English."
    w.cues.speech_ready.emit()  # the engine has started: the note is read again
    assert d.speech_note.isVisible() and d.speech_note.text() == note["text"]
    note["text"] = ""
    w.cues.speech_ready.emit()
    assert d.speech_note.isHidden()

