"""Spoken cues in the user's language: a voice for it, or no speech at all (never the words read by another
language's voice), with a note saying so; and the timer's words in a language other than English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from rehab_desktop.core import i18n as core_i18n
from rehab_desktop.ui.common import i18n
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.timer import cues as cues_module
from rehab_desktop.ui.timer.cues import CuePlayer
from tests.test_speech_dispatcher import VOICES, FakeSpeechd

SPANISH_NOTE = "The speech engine has no Spanish voice: cues are shown, not spoken."


def mock_locales(qapp) -> list[QLocale]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    tts = QTextToSpeech(cues_module.MOCK_ENGINE)
    try:
        return list(tts.availableLocales())
    finally:
        tts.deleteLater()


def started(qtbot, player: CuePlayer) -> CuePlayer:
    with qtbot.waitSignal(player.speech_ready, timeout=10000):
        player.prepare()
    return player


@pytest.fixture
def not_installed(monkeypatch):
    """No language installed, as in a test that builds no window: the cues are English."""
    monkeypatch.setattr(i18n, "_installed", None)


# -- Qt Text to Speech (the mock engine) ------------------------------------------------------


def test_english_is_spoken_as_before(qtbot, qapp, tmp_path, sounds, not_installed):
    player = started(qtbot, CuePlayer(PreferenceStore(tmp_path), engine="mock", sounds=sounds))
    assert player.language == "en"
    assert player.speech_language_ok() is True and player.speech_language_note() == ""
    tts = player._speaker.tts
    assert tts.locale().language() == QLocale.Language.English
    assert player.voices()  # the mock engine's English voices
    speaking = qtbot.waitSignal(tts.stateChanged, check_params_cb=lambda state: state == type(state).Speaking)
    with speaking, qtbot.waitSignal(player.spoke) as said:
        player.say("Rest. 30 seconds.")
    assert said.args == ["Rest. 30 seconds."]


def test_the_language_is_the_windows(monkeypatch, qapp, tmp_path):
    monkeypatch.setattr(i18n, "_installed", i18n.Installed("es", QLocale("es_ES"), []))
    assert cues_module.speech_language() == "es"
    assert CuePlayer(PreferenceStore(tmp_path), engine="mock").language == "es"
    monkeypatch.setattr(i18n, "_installed", None)
    assert cues_module.speech_language() == "en"


def test_speech_language_is_unknown_until_the_engine_starts(qapp, tmp_path, sounds):
    player = CuePlayer(PreferenceStore(tmp_path), engine="mock", sounds=sounds, language="es")
    assert player.speech_language_ok() is None and player.speech_language_note() == ""


def test_no_spanish_voice_means_cues_are_shown_not_spoken(qtbot, qapp, tmp_path, sounds):
    # Qt's mock engine speaks English, Norwegian Bokmål and Finnish: no Spanish (what this test needs)
    assert not any(loc.language() == QLocale.Language.Spanish for loc in mock_locales(qapp))
    prefs = PreferenceStore(tmp_path)
    prefs.update(voice_name="Bob")  # an English voice chosen before: never used for Spanish
    player = CuePlayer(prefs, engine="mock", sounds=sounds, language="es")
    notices = []
    player.notice.connect(notices.append)
    started(qtbot, player)
    assert player.speech_available  # the engine works; it has no voice for the language
    assert player.speech_language_ok() is False
    assert player.speech_language_note() == SPANISH_NOTE
    assert notices == [SPANISH_NOTE]  # said once in the status bar as well
    assert player.voices() == []  # no English voice offered for Spanish cues
    tts = player._speaker.tts
    with qtbot.assertNotEmitted(player.spoke), qtbot.assertNotEmitted(tts.stateChanged):
        player.say("Prepárese. Pierna izquierda. Serie 1 de 2.")
        player.say("Descanso.", queue=True)
    assert tts.state() == type(tts.state()).Ready


def test_a_language_the_engine_has_is_spoken_with_its_voice(qtbot, qapp, tmp_path, sounds):
    """The mock engine has Norwegian Bokmål: the cues take its locale and voices, not the English ones."""
    assert any(loc.language() == QLocale.Language.NorwegianBokmal for loc in mock_locales(qapp))
    prefs = PreferenceStore(tmp_path)
    prefs.update(voice_name="Bob")
    player = started(qtbot, CuePlayer(prefs, engine="mock", sounds=sounds, language="nb"))
    tts = player._speaker.tts
    assert player.speech_language_ok() is True and player.speech_language_note() == ""
    assert tts.locale().language() == QLocale.Language.NorwegianBokmal
    assert tts.voice().locale().language() == QLocale.Language.NorwegianBokmal  # not "Bob"
    assert "Bob" not in player.voices() and player.voices()
    with qtbot.waitSignal(tts.stateChanged, check_params_cb=lambda state: state == type(state).Speaking):
        player.say("Hvile.")


def test_no_engine_at_all_is_not_a_language_problem(qtbot, qapp, tmp_path, sounds, monkeypatch):
    monkeypatch.setattr(cues_module, "available_engines", lambda allow_mock=False: [])
    player = started(qtbot, CuePlayer(PreferenceStore(tmp_path), sounds=sounds, language="es"))
    assert not player.speech_available
    assert player.speech_language_ok() is None and player.speech_language_note() == ""


# -- speech-dispatcher --------------------------------------------------------------------


@pytest.fixture
def speechd_path(tmp_path, monkeypatch):
    path = tmp_path / "speech-dispatcher" / "speechd.sock"
    path.parent.mkdir()
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    return path


def ssip_player(qtbot, prefs, sounds, language: str) -> CuePlayer:
    player = CuePlayer(prefs, sounds=sounds, language=language)
    assert player.engine == cues_module.SPEECHD
    return player


def test_speech_dispatcher_is_asked_for_the_language(qtbot, tmp_path, sounds, speechd_path):
    daemon = FakeSpeechd(speechd_path)
    try:
        player = ssip_player(qtbot, PreferenceStore(tmp_path), sounds, "es")
        with qtbot.waitSignal(player.speech_ready, timeout=10000):
            player.say("Prepárese.")  # the first cue: said once the daemon answers
            assert player.speech_language_ok() is None  # still starting
        assert "SET SELF LANGUAGE es" in daemon.commands
        assert player.speech_language_ok() is True and player.speech_language_note() == ""
        assert player.voices() == ["Spanish (Spain)"]
        player.say("Descanso.")
        assert daemon.wait_for(lambda d: d.spoken == ["Prepárese.", "Descanso."])
    finally:
        daemon.close()


def test_speech_dispatcher_without_a_voice_for_the_language_says_nothing(qtbot, tmp_path, sounds, speechd_path):
    daemon = FakeSpeechd(speechd_path, voices=[v for v in VOICES if not v[1].startswith("es")])
    try:
        prefs = PreferenceStore(tmp_path)
        player = ssip_player(qtbot, prefs, sounds, "es")
        with qtbot.waitSignal(player.speech_ready, timeout=10000):
            player.say("Prepárese.")  # kept while the daemon is reached, then dropped: no voice for it
        assert player.speech_language_ok() is False
        assert player.speech_language_note() == SPANISH_NOTE
        assert player.voices() == []
        with qtbot.assertNotEmitted(player.spoke):
            player.say("Descanso.")
        prefs.update(speech_rate=0.3)  # a command after the cues: the daemon takes commands in order
        assert daemon.wait_for(lambda d: "SET SELF RATE 30" in d.commands)
        assert "SPEAK" not in daemon.commands and daemon.spoken == []
    finally:
        daemon.close()


def test_speech_dispatcher_in_english_speaks_as_before(qtbot, tmp_path, sounds, speechd_path, not_installed):
    daemon = FakeSpeechd(speechd_path, voices=[v for v in VOICES if v[1].startswith("es")])  # no English voice listed
    try:
        player = CuePlayer(PreferenceStore(tmp_path), sounds=sounds)
        started(qtbot, player)
        assert "SET SELF LANGUAGE en" in daemon.commands
        assert player.speech_language_ok() is True  # the daemon's default voice speaks English, as it always did
        player.say("Rest.")
        assert daemon.wait_for(lambda d: d.spoken == ["Rest."])
    finally:
        daemon.close()


# -- the timer's words in another language ------------------------------------------------


@pytest.fixture
def spanish_words():
    """A few of the timer's words in Spanish, through core's own lookup (no compiled translation needed)."""
    words = {"Set {number} of {total}": "Serie {number} de {total}", "Left leg": "Pierna izquierda",
             "Right leg": "Pierna derecha", "Hold": "Mantener", "Switch to right leg": "Cambie a la pierna derecha",
             "Next: {change}": "Siguiente: {change}"}
    core_i18n.install(lambda context, text, disambiguation, n: words.get(text, text))
    yield words
    core_i18n.install(None)


def test_the_timer_speaks_and_shows_the_translation(library, spanish_words):
    from rehab_desktop.core.cues import cue_for_event
    from rehab_desktop.core.phases import PhaseKind, expand
    from rehab_desktop.core.timer_events import PhaseStarted
    from rehab_desktop.ui.timer.panel import keep_together

    plan = expand(library.get("standing-calf-stretch"))
    hold = next(p for p in plan.phases if p.kind is PhaseKind.HOLD)
    assert hold.label == "Mantener · Pierna izquierda · Serie 1 de 2"
    assert keep_together(hold.label) == "Mantener · Pierna\u00a0izquierda · Serie\u00a01\u00a0de\u00a02"
    switch = next(p for p in plan.phases if p.kind is PhaseKind.SWITCH_SIDE)
    assert switch.label == "Cambie a la pierna derecha"
    assert "Serie 1 de 2." in cue_for_event(PhaseStarted(0, hold, 0.0)).speech
