"""Composition root: command line -> paths -> library -> store -> main window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rehab_desktop import APP_DISPLAY_NAME, APP_NAME, __version__
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.library import LibraryError, load_library

if TYPE_CHECKING:  # the window's modules load only when a window opens: the commands stay light
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.core.exercises import Library
    from rehab_desktop.store import Store
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane
    from rehab_desktop.ui.plan.pane import PlanPane
    from rehab_desktop.ui.shell.main_window import MainWindow, Reminders
    from rehab_desktop.ui.shell.single_instance import SingleInstance
    from rehab_desktop.ui.timer.cues import SoundBank

_T0 = time.perf_counter()


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 1000")
    return value


class _NotPlain(Exception):
    """The quick parse met something it cannot judge alone (see parse_args)."""


class _WindowOptionsParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _NotPlain(message)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line. A start of the window (options only) is read without building every command's
    parser (about 5 ms of each start); a command, --help or anything wrong is read by the whole parser,
    which says what is wrong in its usual words."""
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except _NotPlain:
        rest = ["?"]
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; with `commands` False, only the window's options (no --help, and errors raise
    _NotPlain) for parse_args' quick reading."""
    p = (argparse.ArgumentParser if commands else _WindowOptionsParser)(
        add_help=commands,
        prog=APP_NAME,
        description="Follow-along home exercise program for ankle impingement. "
                    "With no command, opens the window.",
        epilog="Not medical advice: check with your doctor or physical therapist, and stop any exercise that hurts.",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help="where history and settings live (default: $REHAB_DESKTOP_DATA_DIR, "
                        "else the platform's user data folder)")
    p.add_argument("--exercise", metavar="ID", help="open the window with this exercise selected")
    p.add_argument("--today", action="store_true",
                   help="open the window on today's session from the weekly plan, ready to press Space "
                        "(what a reminder's Start now does); raises a running window the same way")
    p.add_argument("--library", metavar="FILE",
                   help="use this exercise library file (TOML, same format as the built-in one) instead")
    p.add_argument("--speed", metavar="FACTOR", type=_positive_float, default=1.0,
                   help="run every timer FACTOR times faster (for demonstrations)")
    p.add_argument("--verbose", action="store_true",
                   help="also print what Qt, the sound system and the speech engine report (for a bug report)")
    p.add_argument("--smoke-test", action="store_true",
                   help="open the window, report that it was shown, and quit (for packaging checks)")
    p.add_argument("--self-check", metavar="PDF", help="play a cue sound, speak one cue and print the weekly plan "
                   "to the PDF file PDF, report each, and quit (to check a build; no window opens)")
    if not commands:
        return p
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # Commands accept --data-dir after their name too; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="where history and settings live")
    from rehab_desktop import cli

    cli.register(sub, [common])
    return p


def main(argv: list[str] | None = None) -> int:
    """Exit codes: 0 done, 1 failed (after a message), 2 wrong use or no display, 130 Ctrl+C,
    141 the reader of standard output went away (`| head`), 143 asked to stop (SIGTERM)."""
    try:
        code = _main(argv)
        sys.stdout.flush()  # inside the try: a reader that left shows up here, not at exit
        return code
    except BrokenPipeError:
        _discard_stdout()
        return 128 + 13  # SIGPIPE, as a shell command that met a closed pipe
    except KeyboardInterrupt:
        print(file=sys.stderr)  # the terminal's ^C stays on a line of its own
        return 128 + 2  # SIGINT


def _discard_stdout() -> None:
    """Nothing more can reach the reader; keep Python's flush at exit from complaining too."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _main(argv: list[str] | None) -> int:
    args = parse_args(argv)
    try:
        library = load_library(args.library)
    except LibraryError as exc:
        return _fatal(str(exc), gui=args.command is None and not args.smoke_test)
    if args.command is not None:
        return args.run(args, library)
    # An own exercise's id is known once the history file is open (its check is in build_main_window).
    if args.exercise and library.get(args.exercise) is None and not args.exercise.startswith("own-"):
        print(f"{APP_NAME}: unknown exercise id '{args.exercise}'. Valid ids:\n  " + "\n  ".join(library.ids),
              file=sys.stderr)
        return 2
    if args.self_check:  # sound, speech and printing as the window does them, without one (ui/shell/self_check.py)
        from rehab_desktop.ui.shell.self_check import run_self_check
        return run_self_check(args.self_check, library)
    return run_gui(args, library)


def _fatal(message: str, gui: bool, shown: str | None = None) -> int:
    """`message` to the terminal, in English; with `gui`, a dialog too, saying `shown` (default: `message`)."""
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    if gui and not no_display():
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_DISPLAY_NAME, translate("app", "{app} cannot start.\n\n{problem}").format(
            app=APP_DISPLAY_NAME, problem=shown or message))
        del app
    return 1


NO_DISPLAY = (
    "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.\n"
    "Start it from your desktop session, or over ssh use 'ssh -X' so the window opens on your screen.\n"
    "Without a display these commands work: 'exercises', 'history csv|pdf', 'plan ...' "
    "(see '{app} --help')."
)


def no_display() -> bool:
    """On Linux and the BSDs, whether there is no display to open a window on (Qt would abort)."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace, library: Library) -> int:
    if no_display():
        print(f"{APP_NAME}: " + NO_DISPLAY.format(app=APP_NAME), file=sys.stderr)
        return 2
    from rehab_desktop.ui.common.pyside_startup import lighten_import_hook

    lighten_import_hook()  # before any window module is imported
    if not args.verbose:
        # Qt's multimedia back end reports missing optional libraries at every start; that is noise to a user.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.text2speech*=false")
        _quiet_qt_messages()
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.paths import resolve_data_dir
    from rehab_desktop.ui.shell.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir = resolve_data_dir(args.data_dir)
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        answered = instance.ask_running_instance_to_show(today=args.today)
        _restore_qt_messages()  # before Python winds down, as at the end of a run (see there)
        if answered:
            print(f"{APP_NAME} is already running for {data_dir}; brought its window to the front.")
            return 0
        from rehab_desktop.ui.common import i18n
        from rehab_desktop.ui.common.preferences import PreferenceStore

        i18n.install(app, PreferenceStore(data_dir).values.language)  # the dialog in the window's language
        return _fatal(f"another copy is using {data_dir} and did not answer. Close it and try again.", gui=True,
                      shown=translate("app", "Another copy is using {folder} and did not answer. Close it and try "
                                      "again.").format(folder=data_dir))
    from rehab_desktop.ui.reminders.schedule import default_notifier
    from rehab_desktop.ui.shell.main_window import Reminders

    window = build_main_window(app, library, data_dir, exercise_id=args.exercise, speed=args.speed,
                               reminders=Reminders(background=_reminder_background, notifier_factory=default_notifier))
    from rehab_desktop.ui.shell.stop_signals import StopSignals

    stops = StopSignals(window.stop_now, window)  # Ctrl+C, kill, a closed terminal: quit, keep the session
    instance.activation_requested.connect(lambda: _bring_to_front(window))
    instance.today_requested.connect(window.reminders.start_now)
    if args.smoke_test:  # first: what it reports is the first frame, not the work that follows it
        _quit_after_first_paint(app, window)
    if args.today:
        window.first_painted.connect(window.reminders.start_now)
    window.first_painted.connect(instance.listen)
    if os.environ.get("REHAB_DESKTOP_ANNOUNCE"):  # for tests that drive a real process
        _announce(window, instance, os.environ["REHAB_DESKTOP_ANNOUNCE"])
    window.show()
    try:
        return app.exec()
    finally:
        stops.uninstall()
        instance.release()
        _restore_qt_messages()


def _reminder_background():
    """The installer of the background reminder checker, imported when reminders first need it."""
    from rehab_desktop.ui.reminders import background

    return background


# Said at every start by the sound system or the speech plug-in, working or not; the window itself says
# when sound or speech is off (Settings and a notice), so the terminal stays quiet.
_NOISE = ("PulseAudioService:", "Error loading text-to-speech plug-in", "This plugin does not support",
          "No QtMultimedia backends found")  # the bundle leaves FFmpeg out on Linux: sounds go to pulse.py
_handler = None  # kept alive: Qt holds only a pointer to it


def _quiet_qt_messages() -> None:
    global _handler
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, context, message: str) -> None:
        category = context.category or ""
        if kind is not QtMsgType.QtFatalMsg and (
                message.startswith(_NOISE) or category.startswith(("qt.multimedia", "qt.text2speech"))):
            return
        print(message if category in ("", "default") else f"{category}: {message}", file=sys.stderr)

    _handler = handler
    qInstallMessageHandler(handler)


def _restore_qt_messages() -> None:
    """Qt's own handler again before Python winds down: what Qt says while unloading its plug-ins
    must not call into Python code that is going away (a crash, seen in the frozen build)."""
    global _handler
    if _handler is not None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
        _handler = None


def _bring_to_front(window: MainWindow) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


def _announce(window: MainWindow, instance: SingleInstance, where: str) -> None:
    """Print 'ready' once the window is up, 'raised' when another launch asked for it, and 'today: ' with
    the status line once today's session was made ready. `where` "1": standard output; else a file to
    append to (the app started by a reminder has no output of its own)."""
    def say(text: str) -> None:
        if where == "1":
            print(text, flush=True)
        else:
            with open(where, "a", encoding="utf-8") as f:
                f.write(text + "\n")

    window.first_painted.connect(lambda: say("ready"))
    instance.activation_requested.connect(lambda: say("raised"))
    window.reminders.today_ready.connect(lambda: say("today: " + window.statusBar().currentMessage()))


def _quit_after_first_paint(app: QApplication, window: MainWindow) -> None:
    """--smoke-test: report the time from process start to the first paint, and the peak memory
    until then, then quit."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        ms = 1000 * (time.perf_counter() - _T0)
        print(f"window shown after {ms:.0f} ms; peak memory {_peak_rss_mib():.1f} MiB", flush=True)
        QTimer.singleShot(0, window.close)

    window.first_painted.connect(report)


def _peak_rss_mib() -> float:
    """The process's peak resident memory so far (Linux: VmHWM; elsewhere the rusage maximum)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_main_window(app: QApplication, library: Library, data_dir: Path, exercise_id: str | None = None,
                      speed: float = 1.0, speech_engine: str | None = None, sounds: SoundBank | None = None,
                      clock: Callable[[], float] | None = None,
                      wall: Callable[[], datetime] | None = None, ask=None, motion=None,
                      reminders: Reminders | None = None) -> MainWindow:
    """Wire every part together and return the (not yet shown) main window.

    Tests pass `speech_engine="mock"`, a fake `sounds` player, a fake monotonic `clock` and, where
    the day matters, a fixed `wall` clock (aware local time: what "today" is and sets are stamped with),
    an `ask` that answers the window's questions (see ui/session/questions.py), a fixed `motion`
    (ui/figures/reduced_motion.py: whether the desktop asks for less motion; None: ask the desktop), and
    `reminders` (ui/shell/main_window.py; None: reminders on `wall`, shown in the window only, nothing
    installed: the app passes the real notifier and background installer).
    """
    from rehab_desktop.core.clock import local_now
    from rehab_desktop.ui.common import icons, style
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.session.controller import SessionController
    from rehab_desktop.ui.shell.main_window import MainWindow, Pages
    from rehab_desktop.ui.timer.controller import TimerController
    from rehab_desktop.ui.timer.cues import CuePlayer

    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.rehab_desktop.RehabDesktop")  # packaging/linux/<this>.desktop
    app.setWindowIcon(icons.app_icon())
    prefs = PreferenceStore(data_dir)
    from rehab_desktop.ui.common import i18n

    installed = i18n.install(app, prefs.values.language)  # before anything with words is built
    library, library_message = i18n.localize_library(library, installed)
    appearance = style.Appearance(app, prefs)  # before the window, so it is built at the chosen text size
    store, store_message = open_store(data_dir)
    store_message = store_message or library_message
    if store is not None:
        store_message = _own_exercises(store, library) or store_message
    service = StoreService(store)

    wall = wall or local_now

    def today() -> date:
        return wall().astimezone().date()  # the local day, as the history files sessions

    cues = CuePlayer(prefs, engine=speech_engine, sounds=sounds)
    controller = TimerController(cues, speed=speed, clock=clock, wall=wall)
    session = SessionController(service, library, wall=wall)
    from rehab_desktop.ui.suggestions.service import SuggestionService

    suggestions = SuggestionService(service, library, prefs, today, wall)
    pages = Pages(plan=lambda parent: _plan_page(parent, service, library, prefs, today, suggestions),
                  history=lambda parent: _history_page(parent, service, library, prefs, today))
    from rehab_desktop.ui.figures.reduced_motion import DesktopMotion
    from rehab_desktop.ui.session.questions import ask_with_message_box

    desktop_motion = motion if motion is not None else DesktopMotion.detect()
    from rehab_desktop.ui.shell.main_window import Reminders

    if reminders is None:
        reminders = Reminders(wall=wall)
    elif reminders.wall is None and wall is not local_now:
        reminders = Reminders(wall, reminders.background, reminders.notifier_factory)
    window = MainWindow(library, prefs, service, controller, cues, session, pages, speed=speed,
                        ask=ask or ask_with_message_box, motion=desktop_motion, reminders=reminders,
                        suggestions=suggestions)
    if motion is None:  # the portal is asked once the window is on screen (its answer comes when it comes)
        window.first_painted.connect(desktop_motion.ask_portal)
    for part in (prefs, appearance, service, cues, controller, session, desktop_motion, suggestions):
        part.setParent(window)  # they live, and stop, with the window
    if not window.select_exercise(exercise_id or library.exercises[0].id):
        window.select_exercise(library.exercises[0].id)
        store_message = translate("app", "There is no exercise of your own with the id '{id}'.").format(
            id=exercise_id)
    if store_message:
        window.show_notice(store_message)
    from rehab_desktop.ui.shell.weekly_backup import schedule_weekly_backup

    schedule_weekly_backup(window, prefs, service, wall)  # after the first paint, once a week
    return window


def open_store(data_dir: Path) -> tuple[Store | None, str | None]:
    """(Store or None, message for the user or None): the app runs without history if it must."""
    from rehab_desktop.store import Store, StoreError, open_database

    try:
        db = open_database(data_dir)
    except StoreError as exc:
        return None, translate("app", "History is off: {problem} The timer works as usual.").format(
            problem=exc.message)
    return Store(db), db.notice


def _own_exercises(store: Store, library: Library) -> str | None:
    """The user's own exercises into the one library; a message when they could not be read."""
    from rehab_desktop.store import StoreError

    try:
        store.exercises.load_into(library)
    except StoreError as exc:
        return translate("app", "{problem} The exercises of the article are all there.").format(problem=exc.message)
    return None


def _history_page(window: MainWindow, service: StoreService, library: Library, prefs: PreferenceStore,
                  today: Callable[[], date]) -> HistoryPane:
    """The history review, with the weekly plan's days for adherence and missed-day marks."""
    from rehab_desktop.ui.history.pane import HistoryPane

    pane = HistoryPane(service, library, prefs, parent=window, today=today)
    pane.self_check.take_requested.connect(window.self_checks.take)
    return pane


def _plan_page(window: MainWindow, service: StoreService, library: Library, prefs: PreferenceStore,
               today: Callable[[], date], suggestions=None) -> PlanPane:
    """The weekly plan; "Start today's session" runs as a routine on the exercises page; the history's
    suggestions at its top."""
    from rehab_desktop.ui.plan.pane import PlanPane

    pane = PlanPane(service, library, prefs, parent=window, today=today, suggestions=suggestions)
    pane.start_routine.connect(window.run_routine)
    return pane
