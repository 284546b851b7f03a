"""Plays the timer's sounds and speaks its cues, and degrades to silence when it cannot.

Cues are spoken in the window's language, with a voice for it. An engine that has none for that
language says nothing at all (never the words in another language's voice): the window shows every
cue anyway, as it does with spoken cues off, and `CuePlayer.speech_language_note()` says why.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from rehab_desktop.core.cues import Sound
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate
from rehab_desktop.shipped import shipped
from rehab_desktop.ui.common.preferences import PreferenceStore

if TYPE_CHECKING:
    from rehab_desktop.ui.timer import ssip

MOCK_ENGINE = "mock"  # Qt's test engine: used by tests, never offered to a user
SPEECHD = "speechd"
RATES = {QT_TRANSLATE_NOOP("ui.timer.cues", "Slower"): -0.3, QT_TRANSLATE_NOOP("ui.timer.cues", "Normal"): 0.0,
         QT_TRANSLATE_NOOP("ui.timer.cues", "Faster"): 0.3}  # shown as translate("ui.timer.cues", name)


def speech_language() -> str:
    """The language cues are spoken in: the window's ("es"), English until one is installed."""
    from rehab_desktop.ui.common import i18n

    installed = i18n.current()
    return installed.language if installed is not None else SOURCE_LANGUAGE


# The languages the app speaks, named as in the middle of a sentence (QLocale's own names add the country).
LANGUAGE_NAMES = {"en": QT_TRANSLATE_NOOP("ui.timer.cues", "English"),
                  "es": QT_TRANSLATE_NOOP("ui.timer.cues", "Spanish")}


def language_name(language: str) -> str:
    """The language's name in the window's language: 'Spanish', in Spanish 'español'."""
    if language in LANGUAGE_NAMES:
        return translate("ui.timer.cues", LANGUAGE_NAMES[language])
    return QLocale.languageToString(QLocale(language).language())


class SoundBank(Protocol):
    """Plays the cue sounds; `problem` says why it cannot ("" when it can)."""

    problem: str

    def play(self, sound: Sound) -> None: ...


class QtSounds:
    """The three cue sounds as preloaded QSoundEffects, so the first play has no lag."""

    def __init__(self, parent: QObject):
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self.problem = ""
        self._effects: dict[Sound, QSoundEffect] = {}
        if not QMediaDevices.audioOutputs():
            self.problem = translate("ui.timer.cues", "No sound device was found: the timer's sounds are off.")
            return
        folder = shipped("sounds")
        for sound in Sound:
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{sound.value}.wav")))
            effect.setVolume(0.8)
            self._effects[sound] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects) and not any(e.status() == e.Status.Error for e in self._effects.values())

    def play(self, sound: Sound) -> None:
        effect = self._effects.get(sound)
        if effect is not None and effect.status() != effect.Status.Error:
            effect.play()


def available_engines(allow_mock: bool = False) -> list[str]:
    """The speech engines here, the platform's default first. On Linux "speechd" is this app's own
    client of speech-dispatcher (see ssip.py), offered when the daemon is installed, rather than
    Qt's plug-in of that name (which needs libspeechd and holds the window still while it starts)."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    engines = [e for e in QTextToSpeech.availableEngines() if e != SPEECHD and (e != MOCK_ENGINE or allow_mock)]
    from rehab_desktop.ui.timer import ssip  # sockets and a thread: imported when speech is first wanted

    if sys.platform.startswith("linux") and ssip.installed():
        engines.insert(0, SPEECHD)
    return engines


def choose_engine(requested: str, allow_mock: bool = False) -> str:
    """The engine to start: the requested one if present, else the first (never the mock one
    unless a test asks); '' when there is none. Naming it stops Qt falling back to its mock."""
    engines = available_engines(allow_mock)
    return requested if requested in engines else (engines[0] if engines else "")


class Speaker:
    """Qt Text-to-Speech with a chosen engine, voice and rate, speaking `language`.

    `language_ok`: whether the engine has a voice for the language (None when no engine started).
    English is spoken by whatever voice there is, as it always was."""

    def __init__(self, parent: QObject, engine: str = "", language: str = SOURCE_LANGUAGE):
        from PySide6.QtTextToSpeech import QTextToSpeech

        self.problem = ""
        self.tts = None
        self.language = language
        self.language_ok: bool | None = None
        if not engine:
            self.problem = translate("ui.timer.cues", "No speech engine could start: spoken cues are off.")
            return
        self.tts = QTextToSpeech(engine, parent)
        if self.tts.state() == QTextToSpeech.State.Error:
            self.problem = translate("ui.timer.cues", "No speech engine could start: spoken cues are off.")
            if "--verbose" in sys.argv:  # the window says spoken cues are off; the reason is for bug reports
                print(f"rehab-desktop: speech engine '{engine}': {self.tts.errorString() or 'no reason given'}",
                      file=sys.stderr)
            return
        self.language_ok = self._choose_locale()

    def _choose_locale(self) -> bool:
        """Speak in the language: the engine's locale for it (the window's country first, es_MX before es_ES
        for a Mexican desktop), or a voice for it. False when it has neither."""
        wanted = QLocale(self.language).language()
        if self.tts.locale().language() == wanted:
            return True
        matches = [loc for loc in self.tts.availableLocales() if loc.language() == wanted]
        if matches:
            here = QLocale().territory()
            self.tts.setLocale(next((loc for loc in matches if loc.territory() == here), matches[0]))
            return True
        voice = next((v for v in self.tts.availableVoices() if v.locale().language() == wanted), None)
        if voice is not None:
            self.tts.setVoice(voice)
            return True
        return self.language == SOURCE_LANGUAGE

    @staticmethod
    def engines() -> list[str]:
        """Engines a person may choose from (never the mock one)."""
        return available_engines()

    @property
    def available(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self.tts is not None and self.tts.state() != QTextToSpeech.State.Error

    def _voices(self) -> list:
        """The engine's voices that speak the language (English: every voice of its locale, as ever)."""
        if not self.available or not self.language_ok:
            return []
        voices = self.tts.availableVoices()
        if self.language == SOURCE_LANGUAGE:
            return voices
        wanted = QLocale(self.language).language()
        return [v for v in voices if v.locale().language() == wanted]

    def voices(self) -> list[str]:
        """The voices for the language (none when the engine has no voice for it)."""
        names = [v.name() for v in self._voices()]
        # espeak-ng lists every voice again with each of its variants ("English+Alex"): offer the
        # plain voices, which are plenty, unless the variants are all there is.
        plain = [n for n in names if "+" not in n]
        return plain or names

    def set_voice(self, name: str) -> None:
        for v in self._voices():  # a voice chosen for another language is not used for this one
            if v.name() == name:
                self.tts.setVoice(v)
                return

    def set_rate(self, rate: float) -> None:
        if self.available:
            self.tts.setRate(max(-1.0, min(1.0, rate)))

    def say(self, text: str, queue: bool = False) -> None:
        if self.available and self.language_ok:
            if queue:
                self.tts.enqueue(text)
            else:
                self.tts.say(text)  # interrupts anything still being said: the voice never lags

    def stop(self) -> None:
        if self.available:
            self.tts.stop()


class CuePlayer(QObject):
    """Turns cues into sound and speech according to the user's settings."""

    notice = Signal(str)  # a one-time message for the status bar
    spoke = Signal(str)  # what was said (also when the engine is unavailable), for tests and captions
    played = Signal(str)  # the sound played
    speech_ready = Signal()  # the speech engine has started, or it will not
    _ssip_ready = Signal(str)  # from speech-dispatcher's thread: "" when it speaks, else why not
    _ssip_lost = Signal(str)  # from that thread: it stopped answering
    _sound_problem = Signal(str)  # from the sound thread (pulse.py): the sound server did not answer

    def __init__(self, prefs: PreferenceStore, engine: str | None = None, sounds: SoundBank | None = None,
                 parent: QObject | None = None, language: str | None = None):
        """`language`: what the cues are spoken in (default: the window's, as speech_language())."""
        super().__init__(parent)
        self._language = language
        self.prefs = prefs
        # Only a caller (a test) may pick the mock engine; a settings file never can.
        self._test_engine = engine == MOCK_ENGINE
        self._engine = engine if engine is not None else prefs.values.speech_engine
        self._sounds = sounds
        self._speaker: Speaker | ssip.SsipSpeaker | None = None  # once started (or given up)
        self._starting: ssip.SsipSpeaker | None = None
        self._told: set[str] = set()
        self._waiting: str | None = None  # said before speech-dispatcher answered: said once it does
        self.prepared = False
        prefs.changed.connect(self._prefs_changed)

    # -- settings ------------------------------------------------------------------

    @property
    def sound_on(self) -> bool:
        return self.prefs.values.sound

    @property
    def voice_on(self) -> bool:
        return self.prefs.values.voice

    @property
    def read_steps(self) -> bool:
        return self.prefs.values.read_steps

    @property
    def muted(self) -> bool:
        return self.prefs.values.muted

    def _prefs_changed(self, names: frozenset) -> None:
        """A new voice or rate applies to the next word; muting or turning speech off stops it now."""
        if ("muted" in names and self.muted) or ("voice" in names and not self.voice_on):
            self._waiting = None
        if self._speaker is None:
            return
        v = self.prefs.values
        if "voice_name" in names:
            self._speaker.set_voice(v.voice_name)
        if "speech_rate" in names:
            self._speaker.set_rate(v.speech_rate)
        if ("muted" in names and v.muted) or ("voice" in names and not v.voice):
            self._speaker.stop()

    def toggle_mute(self) -> bool:
        self.prefs.update(muted=not self.muted)
        return self.muted

    @property
    def language(self) -> str:
        """The language the cues are spoken in ("en", "es")."""
        return self._language or speech_language()

    @property
    def engine(self) -> str:
        """The speech engine `prepare()` starts ("" when the platform has none)."""
        return choose_engine(self._engine, allow_mock=self._test_engine)

    # -- devices -------------------------------------------------------------------

    def prepare(self) -> None:
        """Load the sounds and start the speech engine: on first use (the first cue, the voice
        list), so a window that only browses never loads Qt Multimedia or reaches the daemon.

        speech-dispatcher comes up a moment later, from a thread of its own (see ssip.py); the
        window never waits for it, and what was to be said meanwhile is said once it answers.
        """
        if self.prepared:
            return
        self.prepared = True
        if self._sounds is None:
            self._sounds = self._make_sounds()
        engine = self.engine
        if engine != SPEECHD:
            self._speech_started(Speaker(self, engine, self.language))
            return
        self._ssip_ready.connect(self._ssip_started)
        self._ssip_lost.connect(self._tell)
        from rehab_desktop.ui.timer import ssip

        self._starting = ssip.SsipSpeaker(self._ssip_ready.emit, self._ssip_lost.emit, language=self.language)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._starting.close)  # hang up; never wait for the daemon at exit

    def _make_sounds(self) -> SoundBank:
        """On Linux the sound server's own simple API (pulse.py: no Qt Multimedia, about 20 MiB
        less); elsewhere, or without libpulse, Qt Multimedia."""
        from rehab_desktop.ui.timer.pulse import PulseSounds

        if not PulseSounds.available():
            return QtSounds(self)
        self._sound_problem.connect(self._tell)
        sounds = PulseSounds(shipped("sounds"), self._sound_problem.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(sounds.close)
        return sounds

    def _ssip_started(self, problem: str) -> None:
        speaker, self._starting = self._starting, None
        if speaker is not None:
            self._speech_started(speaker)

    def _speech_started(self, speaker: Speaker | ssip.SsipSpeaker) -> None:
        self._speaker = speaker
        if speaker.available:
            if self.prefs.values.voice_name:
                speaker.set_voice(self.prefs.values.voice_name)
            speaker.set_rate(self.prefs.values.speech_rate)
        waiting, self._waiting = self._waiting, None
        if waiting is not None and self.speech_language_ok() and not self.muted and self.voice_on:
            speaker.say(waiting)  # the first cue, said while the engine was still starting
        no_sound, no_voice = bool(self._sounds.problem), bool(speaker.problem)
        if no_sound and no_voice:  # one message: the status bar shows one at a time
            self._tell(translate("ui.timer.cues", "The timer runs silently: no sound device was found and no speech "
                                 "engine could start."))
        else:
            note = self.speech_language_note() if self.voice_on else ""
            self._tell(self._sounds.problem or speaker.problem or note)
        self.speech_ready.emit()

    def _tell(self, message: str) -> None:
        if message and message not in self._told:
            self._told.add(message)
            self.notice.emit(message)

    def voices(self) -> list[str]:
        self.prepare()
        return self._speaker.voices() if self._speaker else []

    @property
    def speech_known(self) -> bool:
        """Whether the speech engine has started or given up (it starts after the first paint)."""
        return self._speaker is not None

    @property
    def speech_available(self) -> bool:
        return bool(self._speaker and self._speaker.available)

    def speech_language_ok(self) -> bool | None:
        """Whether the speech engine has a voice for the cues' language: None until it has started (or
        when none could start: `speech_available` says so), then True or False. English is always True."""
        if self._speaker is None or not self._speaker.available:
            return None
        return self._speaker.language_ok

    def speech_language_note(self) -> str:
        """Why cues are shown and not spoken, when the engine has no voice for the language ("" otherwise)."""
        if self.speech_language_ok() is not False:
            return ""
        return translate("ui.timer.cues", "The speech engine has no {language} voice: cues are shown, not spoken.",
                         "the language's name, written as in the middle of a sentence").format(
            language=language_name(self._speaker.language))

    # -- playing -------------------------------------------------------------------

    def play(self, sound: Sound | None) -> None:
        if sound is None or self.muted or not self.sound_on:
            return
        self.prepare()
        self._sounds.play(sound)
        self.played.emit(sound.value)

    def say(self, text: str, queue: bool = False) -> None:
        """Speak `text`, cutting off what is still being said unless `queue`."""
        if not text or self.muted or not self.voice_on:
            return
        self.prepare()
        if self.speech_language_ok() is False:
            return  # no voice for the language: the cue is shown only, as with spoken cues off
        if self._speaker is not None:
            self._speaker.say(text, queue)
        elif queue and self._waiting is not None:  # speech-dispatcher is still being reached: keep the latest
            self._waiting = f"{self._waiting} {text}"
        else:
            self._waiting = text
        self.spoke.emit(text)
