"""`--self-check PDF`: play a cue sound, speak a cue and print the weekly plan to a PDF file, the way the
window does each of them, then say what happened and quit.

A check of a build: the packaging tests run it in the frozen app, to know that what the bundle leaves out
(packaging/rehab-desktop.spec) was not needed for sound, speech or printing. It also answers the first
question of a bug report about them. No window opens (Qt's offscreen platform unless QT_QPA_PLATFORM says
otherwise), the user's data folder is never read, and each part has a deadline.

Speech uses the engine the app would use; where there is none, Qt's mock engine if it can be found (a
test tool the build never ships: the tests point QT_PLUGIN_PATH at one). The output, one line per part:

    sound: done.wav played to its end through the sound server
    speech: the mock engine said "Done. Well done."
    pdf: printed the weekly plan (Early stage ...) to week.pdf: 1 page

Exit status 0 when all three worked, 1 when one did not (its line says why).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from rehab_desktop.core.cues import cue_for_event
from rehab_desktop.core.exercises import Library
from rehab_desktop.core.timer_events import ExerciseCompleted

SOUND_TIMEOUT_S = 10.0  # a cue lasts at most about a second
SPEECH_TIMEOUT_S = 20.0  # speech-dispatcher may have to be started first (ssip.SPAWN_TIMEOUT_S)
PROGRAM = "early"  # the starter program whose week is printed


def run_self_check(pdf_path: str, library: Library) -> int:
    from rehab_desktop.ui.printing.headless import ensure_gui_app

    ensure_gui_app()
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.timer.cues import MOCK_ENGINE, CuePlayer, available_engines, choose_engine

    cue = cue_for_event(ExerciseCompleted("self-check", (), 0.0))  # the last cue: a sound and words
    with tempfile.TemporaryDirectory(prefix="rehab-self-check-") as folder:
        prefs = PreferenceStore(Path(folder))  # a new user's settings: sound and voice on, nothing muted
        engine = None  # what the app would choose
        if not choose_engine(prefs.values.speech_engine) and MOCK_ENGINE in available_engines(allow_mock=True):
            engine = MOCK_ENGINE  # no real engine here: the mock shows that the speech module works
        player = CuePlayer(prefs, engine=engine)
        player.prepare()
        results = [_sound(player, cue.sound), _speech(player, cue.speech)]
        player.deleteLater()
    results.append(_pdf(pdf_path, library))
    for ok, line in results:
        print(line, file=sys.stdout if ok else sys.stderr, flush=True)
    return 0 if all(ok for ok, _ in results) else 1


def _wait(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run Qt's event loop until `done()` or the deadline; whether it was done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)
    return True


def _sound(player, sound) -> tuple[bool, str]:
    """Play `sound` as the timer does, and wait for the sound bank the player chose to finish it."""
    from rehab_desktop.ui.timer.cues import QtSounds
    from rehab_desktop.ui.timer.pulse import PulseSounds

    name = f"{sound.value}.wav"
    bank = player._sounds  # the bank prepare() chose for this system: what the timer plays through
    if bank.problem:
        return False, f"sound: {name} not played: {bank.problem}"
    if isinstance(bank, PulseSounds):
        before = bank.played
        player.play(sound)
        if not _wait(lambda: bank.played > before or bool(bank.problem), SOUND_TIMEOUT_S):
            return False, f"sound: {name} did not finish within {SOUND_TIMEOUT_S:.0f} s"
        if bank.played > before:
            return True, f"sound: {name} played to its end through the sound server"
        return False, f"sound: {name} not played: {bank.problem}"
    if isinstance(bank, QtSounds):
        effect = bank._effects.get(sound)
        if effect is None:
            return False, f"sound: {name} not played: Qt Multimedia has no sound for it"
        if not _wait(lambda: effect.status() in (effect.Status.Ready, effect.Status.Error), SOUND_TIMEOUT_S):
            return False, f"sound: {name} did not load within {SOUND_TIMEOUT_S:.0f} s"
        seen: list[bool] = []
        effect.playingChanged.connect(lambda: seen.append(effect.isPlaying()))
        player.play(sound)
        finished = _wait(lambda: seen[-2:] == [True, False] or effect.status() == effect.Status.Error,
                         SOUND_TIMEOUT_S)
        if finished and effect.status() != effect.Status.Error:
            return True, f"sound: {name} played to its end through Qt Multimedia"
        return False, f"sound: {name} not played through Qt Multimedia (status {effect.status().name})"
    player.play(sound)
    return True, f"sound: {name} handed to {type(bank).__name__} (its end is not known here)"


def _speech(player, text: str) -> tuple[bool, str]:
    """Say `text` as the timer does, and wait until the engine has said it (or, for speech-dispatcher,
    has taken it)."""
    from rehab_desktop.ui.timer.cues import SPEECHD

    engine = player.engine
    if not engine:
        return False, "speech: not spoken: there is no speech engine here"
    if engine == SPEECHD:
        player.say(text)  # said once the daemon answers
        if not _wait(lambda: player.speech_known, SPEECH_TIMEOUT_S):
            return False, f"speech: speech-dispatcher did not answer within {SPEECH_TIMEOUT_S:.0f} s"
        if not player.speech_available:
            return False, f"speech: not spoken: {player._speaker.problem}"
        return True, f'speech: speech-dispatcher took "{text}"'
    speaker = player._speaker  # a Speaker (Qt Text to Speech), started by prepare()
    if not player.speech_available:
        return False, f"speech: not spoken: {speaker.problem if speaker else 'the engine did not start'}"
    from PySide6.QtTextToSpeech import QTextToSpeech

    words: list[str] = []
    states: list[QTextToSpeech.State] = []
    speaker.tts.sayingWord.connect(lambda word, *_rest: words.append(word))
    speaker.tts.stateChanged.connect(states.append)
    player.say(text)
    spoke = _wait(lambda: QTextToSpeech.State.Speaking in states
                  and speaker.tts.state() in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error), SPEECH_TIMEOUT_S)
    name = "the mock engine" if engine == "mock" else f"the {engine} engine"
    if not spoke or speaker.tts.state() == QTextToSpeech.State.Error:
        return False, f'speech: {name} did not say "{text}" within {SPEECH_TIMEOUT_S:.0f} s'
    return True, f'speech: {name} said "{text}"' + (f" ({' '.join(words)})" if words else "")


def _pdf(path: str, library: Library) -> tuple[bool, str]:
    """Print a starter program's week through Qt's print support to a PDF file, as the print dialog's
    Print to File does."""
    from PySide6.QtPrintSupport import QPrinter

    from rehab_desktop.core.plan import week_start
    from rehab_desktop.core.programs import program
    from rehab_desktop.ui.printing.pages import default_page
    from rehab_desktop.ui.printing.week import page_layout, render_week

    plan = program(PROGRAM).build(library)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(Path(path).resolve()))
    printer.setPageLayout(page_layout(default_page()))
    printer.setDocName(f"Weekly plan: {plan.name}")
    try:
        result = render_week(printer, plan, library, week_start(date.today()))
    except OSError as exc:
        return False, f"pdf: the weekly plan was not printed to {path}: {exc}"
    del printer  # the file is complete once the printer is gone
    try:
        written = Path(path).read_bytes()[:5] == b"%PDF-"
    except OSError as exc:
        return False, f"pdf: {path} cannot be read back: {exc.strerror}"
    if not written:
        return False, f"pdf: {path} is not a PDF file"
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    return True, f"pdf: printed the weekly plan ({plan.name}) to {path}: {pages}"
