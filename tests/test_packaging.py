"""Packaging: the one-folder app as a user gets it (built with PyInstaller, then run), and the
Linux desktop entry, AppStream metainfo and icons checked by the tools distributions use."""

from __future__ import annotations

import array
import contextlib
import json
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest

import rehab_desktop
from rehab_desktop.shipped import shipped

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.rehab_desktop.RehabDesktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# A bundled plugin may fail to load only for want of these system libraries, the clients of system
# services that the build leaves to the system (LEFT_TO_SYSTEM in packaging/rehab-desktop.spec):
# speech-dispatcher's and CUPS's.
OPTIONAL_SYSTEM_LIBS = ("libcups.so.2",)
# MB of 10^6 bytes: 128 MB since the FFmpeg back end, OpenSSL and the symbol tables were left out (174 MB
# before; the unpruned build was 223 MB, with WebEngine it is ~520 MB).
MAX_FOLDER_MB = 130

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build")


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: scripts/setup.sh test installs it (Debian: desktop-file-utils, appstream)"
    return path


# --- the one-folder build ------------------------------------------------------------------


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """Build the app once per test session with this interpreter; returns dist/rehab-desktop."""
    if not sys.platform.startswith("linux"):
        pytest.skip("packaging/build-linux.sh builds the Linux app")
    out = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    build = subprocess.run(
        ["bash", str(PACKAGING / "build-linux.sh"), "--python", sys.executable,
         "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        cwd=out, capture_output=True, text=True, timeout=1200,  # another folder on purpose
    )
    assert build.returncode == 0, f"build failed:\n{build.stdout[-4000:]}\n{build.stderr[-8000:]}"
    folder = out / "dist" / "rehab-desktop"
    print(f"\none-folder build: {time.monotonic() - started:.0f} s, {folder_mb(folder):.0f} MB")
    return folder


def folder_mb(folder: Path) -> float:
    """The folder's size in MB (10^6 bytes), each file once (not the symlinks to them)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run_frozen(folder: Path, *args: str, env: dict | None = None, timeout: float = 120):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    env.pop("REHAB_DESKTOP_DATA_DIR", None)
    return subprocess.run([str(folder / "rehab-desktop"), *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=folder.parent)


@pytest.mark.packaging
def test_frozen_version(frozen):
    proc = run_frozen(frozen, "--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"rehab-desktop {rehab_desktop.__version__}"


@pytest.mark.packaging
def test_frozen_lists_the_exercises_from_its_own_resources(frozen, library):
    proc = run_frozen(frozen, "exercises", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [e["id"] for e in json.loads(proc.stdout)] == list(library.ids)
    table = run_frozen(frozen, "exercises")
    assert table.returncode == 0 and "Standing calf stretch" in table.stdout


@pytest.mark.packaging
def test_frozen_commands_write_their_files(frozen, tmp_path):
    """The store loads its modules on first use, which PyInstaller does not see: these failed with
    ModuleNotFoundError (rehab_desktop.store.output) until the spec listed every module of the app."""
    data = str(tmp_path / "data")
    for args, name in ((("history", "csv"), "h.csv"), (("history", "pdf"), "h.pdf"),
                       (("plan", "pdf", "--program", "early"), "week.pdf"),
                       (("plan", "ics", "--program", "early", "--time-zone", "Europe/Berlin"), "week.ics")):
        out = tmp_path / name
        proc = run_frozen(frozen, *args[:2], str(out), *args[2:], "--data-dir", data)
        assert proc.returncode == 0 and out.stat().st_size > 0, f"{args}: {proc.stderr[-3000:]}"
    assert (tmp_path / "week.pdf").read_bytes()[:5] == b"%PDF-"
    calendar = (tmp_path / "week.ics").read_bytes()  # icalendar and the zone rules came along
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin" in calendar and calendar.count(b"BEGIN:VEVENT") == 7


@pytest.mark.packaging
def test_frozen_smoke_test_offscreen(frozen, tmp_path):
    proc = run_frozen(frozen, "--smoke-test", "--data-dir", str(tmp_path / "data"),
                      env={"QT_DEBUG_PLUGINS": "1"})
    assert proc.returncode == 0, proc.stderr[-5000:]
    assert re.search(r"^window shown after \d+ ms; peak memory [\d.]+ MiB$", proc.stdout, re.MULTILINE), proc.stdout
    assert unloadable_plugins(proc.stderr, frozen) == []


def unloadable_plugins(stderr: str, folder: Path) -> list[str]:
    """QT_DEBUG_PLUGINS lines for plugins of the build that Qt found but could not load (a missing or broken
    bundled library), other than for want of a library the system may lack (OPTIONAL_SYSTEM_LIBS)."""
    return [line for line in stderr.splitlines()
            if "cannot load" in line and str(folder) in line and not any(lib in line for lib in OPTIONAL_SYSTEM_LIBS)]


@pytest.mark.packaging
def test_frozen_opens_a_real_x11_window(frozen, tmp_path):
    assert shutil.which("xvfb-run"), "xvfb-run is missing: scripts/setup.sh test installs xvfb and xauth"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "REHAB_DESKTOP_DATA_DIR")}
    proc = subprocess.run(["xvfb-run", "-a", str(frozen / "rehab-desktop"), "--smoke-test",
                           "--data-dir", str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-5000:]
    assert "window shown after" in proc.stdout


@pytest.mark.packaging
def test_frozen_folder_ships_what_is_needed_and_nothing_it_must_not(frozen):
    files = {p.relative_to(frozen).as_posix() for p in frozen.rglob("*")}
    internal = "_internal/"
    plugins = internal + "PySide6/Qt/plugins/"
    must_have = [
        plugins + "platforms/libqxcb.so",
        plugins + "platforms/libqoffscreen.so",
        plugins + "platforms/libqwayland.so",
        plugins + "printsupport/libcupsprintersupport.so",
        plugins + "imageformats/libqsvg.so",
        plugins + "iconengines/libqsvgicon.so",
        internal + "PySide6/QtMultimedia.abi3.so",
        internal + "PySide6/QtTextToSpeech.abi3.so",
        internal + "PySide6/QtPrintSupport.abi3.so",
        internal + "PySide6/QtSvg.abi3.so",
        internal + "PySide6/Qt/translations/qtbase_es.qm",  # Qt's own dialogs in the shipped Spanish
    ]
    assert [f for f in must_have if f not in files] == []
    # hashlib's own SHA-256 (the reminder units' names), used since OpenSSL's _hashlib is left out.
    assert any(re.fullmatch(internal + r"python3\.\d+/lib-dynload/_sha256\.[^/]+\.so", f) for f in files)
    base = shipped()
    for path in _walk(base):
        assert f"{internal}rehab_desktop/resources/{path}" in files, f"resource {path} is not in the build"

    # Left out on purpose (packaging/rehab-desktop.spec says why each is safe); QtQuick and QtQml came
    # only with Qt Multimedia's FFmpeg back end, and libssl and libcrypto with Python's ssl and _hashlib.
    forbidden = re.compile(r"qtexttospeech_(mock|speechd)|WebEngine|Qt6?Quick|Qt6?Qml|Qt3D|QtCharts|QtGraphs|QtPdf|"
                           r"VirtualKeyboard|/qml/|PySide6/Qt/translations/(?!qtbase_es\.qm$)|libgtk|libqgtk3|"
                           r"/plugins/multimedia/|/libav(codec|format|util)\.|/libsw(scale|resample)\.|FFmpegStub|"
                           r"/libssl\.|/libcrypto\.|/_ssl\.|/_hashlib\.|/plugins/(tls|xcbglintegrations)/|"
                           r"/_multiprocessing\.|/libcups\.|/libspeechd\.|/libavahi|/libgnutls", re.IGNORECASE)
    assert sorted(f for f in files if forbidden.search(f)) == []
    assert folder_mb(frozen) < MAX_FOLDER_MB


@pytest.mark.packaging
def test_frozen_folder_links_cups_only_from_its_print_plugin(frozen):
    """CUPS is the system's: only the plugin Qt loads on first print may need it, never what starts the app."""
    linking = sorted(p.relative_to(frozen).as_posix() for p in frozen.rglob("*.so*")
                     if p.is_file() and not p.is_symlink() and b"libcups.so.2\0" in p.read_bytes())
    assert linking == ["_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"]


def _system_libs(soname: str) -> list[str]:
    """The files the dynamic loader would open for `soname` here (none on a machine without it)."""
    ldconfig = shutil.which("ldconfig", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin") or "ldconfig"
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    return sorted({os.path.realpath(line.rsplit("=>", 1)[1].strip()) for line in cache.splitlines()
                   if line.strip().startswith(soname + " ")})


def _without(sonames: tuple[str, ...], argv: list[str]) -> list[str]:
    """`argv` in a private mount namespace in which every copy of `sonames` is /dev/null: a computer without
    them as the loader sees it, for this one process tree, gone when it ends (the system is untouched)."""
    hide = "".join(f"mount --bind /dev/null {shlex.quote(lib)} && " for name in sonames for lib in _system_libs(name))
    namespace = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "--map-root-user", "--mount"]
    return [*namespace, "sh", "-c", hide + 'exec "$@"', "sh", *argv]


def _without_cups(argv: list[str]) -> list[str]:
    return _without(("libcups.so.2",), argv)


def _skip_unless_libraries_can_be_hidden(soname: str) -> None:
    loads = (f"import ctypes\ntry:\n    ctypes.CDLL({soname!r})\n"
             "except OSError:\n    print('hidden')\nelse:\n    print('loads')")
    probe = subprocess.run(_without((soname,), [sys.executable, "-c", loads]), capture_output=True, text=True,
                           timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here to hide {soname} in (unshare): {probe.stderr[-500:]}")
    assert probe.stdout.strip() == "hidden"  # in there, nothing can load it


@pytest.mark.packaging
def test_frozen_app_runs_on_a_computer_without_cups(frozen, tmp_path):
    _skip_unless_libraries_can_be_hidden("libcups.so.2")

    def run(*args: str, **env: str):
        proc = subprocess.run(_without_cups([str(frozen / "rehab-desktop"), *args]), capture_output=True,
                              text=True, timeout=120, cwd=tmp_path,
                              env={**{k: v for k, v in os.environ.items() if k != "REHAB_DESKTOP_DATA_DIR"},
                                   "QT_QPA_PLATFORM": "offscreen", **env})
        assert proc.returncode == 0, f"{args}: {proc.stderr[-5000:]}"
        return proc

    assert run("--version").stdout.strip() == f"rehab-desktop {rehab_desktop.__version__}"
    assert json.loads(run("exercises", "--json").stdout)
    run("plan", "pdf", str(tmp_path / "week.pdf"), "--program", "early",  # a PDF needs no printing system
        "--data-dir", str(tmp_path / "data"))
    assert (tmp_path / "week.pdf").read_bytes()[:5] == b"%PDF-"
    shown = run("--smoke-test", "--data-dir", str(tmp_path / "data"), QT_DEBUG_PLUGINS="1")
    assert "window shown after" in shown.stdout
    failed = [line for line in shown.stderr.splitlines()
              if "cannot load" in line and str(frozen) in line]
    assert failed == [], "\n".join(failed)


# --- sound, speech and printing in the trimmed build ------------------------------------------

SOUND_TOOLS = "scripts/setup.sh test installs it (Debian: pulseaudio, which brings pulseaudio-utils)"
CUE = "Done. Well done."  # the cue --self-check gives: the timer's last, with the sound done.wav
RATE = 44100  # what the test's sound server records at (done.wav's own rate)


@contextlib.contextmanager
def sound_server(folder: Path):
    """A PulseAudio server of this test's own, with one null sink, and a recording of all that is played to
    it. Yields (what a client's environment needs to reach it, the recording: raw s16le mono at RATE)."""
    programs = {name: shutil.which(name) for name in ("pulseaudio", "parec", "pactl")}
    assert all(programs.values()), f"{[n for n, p in programs.items() if not p]} missing: {SOUND_TOOLS}"
    folder.mkdir(parents=True)
    socket_path = folder / "native"
    server_env = {**os.environ, "HOME": str(folder), "PULSE_RUNTIME_PATH": str(folder / "run"),
                  "PULSE_STATE_PATH": str(folder / "state")}
    client = {"PULSE_SERVER": f"unix:{socket_path}"}
    recording = folder / "sink.raw"
    started = []
    try:
        with open(folder / "server.log", "wb") as log:
            started.append(subprocess.Popen(
                [programs["pulseaudio"], "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                 "--log-target=stderr", "-L", "module-null-sink sink_name=test_sink",
                 "-L", f"module-native-protocol-unix socket={socket_path} auth-anonymous=1"],
                env=server_env, stdin=subprocess.DEVNULL, stdout=log, stderr=log))
        def pactl(*args: str) -> str:
            return subprocess.run([programs["pactl"], *args], env={**os.environ, **client}, capture_output=True,
                                  text=True, timeout=10).stdout.strip()

        _wait_until(lambda: pactl("list", "short", "sinks"),
                    lambda: "the sound server did not start: " + (folder / "server.log").read_text(errors="replace"))
        with open(recording, "wb") as out:
            started.append(subprocess.Popen(
                [programs["parec"], "-d", "test_sink.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
                 "--channels=1"], env={**os.environ, **client}, stdout=out, stderr=subprocess.DEVNULL))
        _wait_until(lambda: pactl("list", "short", "source-outputs"),
                    lambda: "the recording of the sound server did not start")
        yield client, recording
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_until(done, message, timeout: float = 15.0) -> None:
    """Wait for `done()` to be true; at the deadline, fail with `message()`."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, message()[-3000:]
        time.sleep(0.1)


def loud_seconds(samples: array.array, threshold: int = 1000) -> float:
    """How long the sound is louder than `threshold` (of 32767) in all, in seconds at RATE."""
    return sum(1 for s in samples if abs(s) > threshold) / RATE


def with_mock_speech(frozen: Path, folder: Path) -> Path:
    """The build as it is, plus Qt's mock speech engine: the one-folder app, its files hard-linked (copied
    where they cannot be), with the build interpreter's libqtexttospeech_mock added to its speech plugins.

    The build never ships the mock (a test tool), and its runtime hook sets QT_PLUGIN_PATH to its own
    plugins, so the mock cannot be pointed to from outside."""
    import PySide6

    mock = Path(PySide6.__file__).parent / "Qt" / "plugins" / "texttospeech" / "libqtexttospeech_mock.so"
    assert mock.is_file(), f"{mock} is missing: PySide6 ships it with QtTextToSpeech"

    def link(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    copy = folder / frozen.name
    shutil.copytree(frozen, copy, symlinks=True, copy_function=link)
    plugins = copy / "_internal" / "PySide6" / "Qt" / "plugins" / "texttospeech"
    plugins.mkdir(exist_ok=True)
    shutil.copy2(mock, plugins / mock.name)
    return copy


def self_check(folder: Path, tmp_path: Path, pdf: Path, env: dict,
               without: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`rehab-desktop --self-check PDF` in `folder`, offscreen, with no speech-dispatcher unless `env` brings
    one (its program not found, no socket where it would listen), none of the system's `without` libraries,
    and Qt saying which plugins it loads."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**{k: v for k, v in os.environ.items() if k != "REHAB_DESKTOP_DATA_DIR"}, "QT_QPA_PLATFORM": "offscreen",
           "XDG_RUNTIME_DIR": str(runtime), "SPEECHD_CMD": str(tmp_path / "no-speech-dispatcher"),
           "SPEECHD_ADDRESS": "", "QT_DEBUG_PLUGINS": "1", **env}
    argv = [str(folder / "rehab-desktop"), "--self-check", str(pdf)]
    return subprocess.run(_without(without, argv) if without else argv, capture_output=True, text=True, env=env,
                          timeout=180, cwd=folder.parent)


def assert_played_done_wav(recording: Path) -> None:
    """What the sound server was given is done.wav, all of it (at the players' volume, 0.8)."""
    with wave.open(str(shipped("sounds", "done.wav")), "rb") as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (RATE, 1, 2)
        wav = array.array("h", w.readframes(w.getnframes()))
    data = recording.read_bytes()
    heard = array.array("h", data[: len(data) // 2 * 2])
    expected = loud_seconds(array.array("h", (int(s * 0.8) for s in wav)))
    assert loud_seconds(heard) > 0.8 * expected, \
        f"the sound server played {loud_seconds(heard):.2f} s of sound; done.wav has {expected:.2f} s"


def printed_week(pdf: Path) -> tuple[int, str]:
    """(pages, text with single spaces) of a printed week, as a PDF reader finds them."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    return len(reader.pages), " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.packaging
def test_frozen_app_plays_speaks_and_prints(frozen, tmp_path, library):
    """The trimmed build, as the timer and the print dialog use it: a cue sound reaches the sound server
    and plays to its end, the cue's words reach the speech engine (Qt's mock, as this computer has no
    other), and the weekly plan prints to a PDF that holds the week."""
    from rehab_desktop.core.programs import program

    app = with_mock_speech(frozen, tmp_path / "with-mock")
    pdf = tmp_path / "printed week.pdf"
    with sound_server(tmp_path / "sound") as (client, recording):
        proc = self_check(app, tmp_path, pdf, client)
        time.sleep(0.3)  # the recording's last buffer
    assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr[-5000:]}"
    lines = proc.stdout.splitlines()

    # The sound: played to its end, as the player says, and what the server was given is the sound itself.
    assert re.fullmatch(r"sound: done\.wav played to its end through (the sound server|Qt Multimedia)", lines[0]), lines
    assert_played_done_wav(recording)

    # The words: each reached the engine.
    assert lines[1] == f'speech: the mock engine said "{CUE}" (Done Well done)', lines

    # The PDF: printed through Qt's print support, the week's exercises in it.
    match = re.fullmatch(r"pdf: printed the weekly plan \((.+)\) to (.+): (\d+) pages?", lines[2])
    assert match and match[2] == str(pdf), lines
    pages, text = printed_week(pdf)
    plan = program("early").build(library)
    assert pages == int(match[3]) >= 1
    assert f"Weekly plan: {plan.name}" in text
    names = [library[i].name for i in plan.exercise_ids()]
    assert names and [n for n in names if n not in text] == []
    assert len(lines) == 3, lines
    assert unloadable_plugins(proc.stderr, app) == []
    assert "libqtexttospeech_mock" in proc.stderr  # the engine that spoke was the test's, found where Qt looks


@pytest.mark.packaging
def test_frozen_app_plays_through_qt_multimedia_without_its_ffmpeg_back_end(frozen, tmp_path):
    """Where the system has no libpulse-simple the cues play through Qt Multimedia's QSoundEffect, which
    needs none of the FFmpeg back end the build leaves out (with QtQuick and QtQml): Qt says there is no
    back end, and the sound still reaches the server, all of it."""
    _skip_unless_libraries_can_be_hidden("libpulse-simple.so.0")
    app = with_mock_speech(frozen, tmp_path / "with-mock")
    with sound_server(tmp_path / "sound") as (client, recording):
        proc = self_check(app, tmp_path, tmp_path / "week.pdf", client, without=("libpulse-simple.so.0",))
        time.sleep(0.3)
    assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr[-5000:]}"
    assert proc.stdout.splitlines()[0] == "sound: done.wav played to its end through Qt Multimedia", proc.stdout
    assert "No QtMultimedia backends found" in proc.stderr
    assert_played_done_wav(recording)
    assert unloadable_plugins(proc.stderr, app) == []


@pytest.mark.packaging
def test_frozen_app_speaks_through_speech_dispatcher(frozen, tmp_path):
    """The real engine where there is one: the cue goes to speech-dispatcher (a stand-in on its socket)."""
    from tests.test_speech_dispatcher import FakeSpeechd

    runtime = tmp_path / "runtime"
    (runtime / "speech-dispatcher").mkdir(parents=True, mode=0o700)
    daemon = FakeSpeechd(runtime / "speech-dispatcher" / "speechd.sock")
    try:
        with sound_server(tmp_path / "sound") as (client, _recording):
            proc = self_check(frozen, tmp_path, tmp_path / "week.pdf", client)
        assert proc.returncode == 0, f"{proc.stdout}\n{proc.stderr[-5000:]}"
        assert f'speech: speech-dispatcher took "{CUE}"' in proc.stdout.splitlines(), proc.stdout
        assert daemon.wait_for(lambda d: CUE in d.spoken), daemon.commands
    finally:
        daemon.close()

def _walk(node, prefix=""):
    for child in node.iterdir():
        if child.name == "__pycache__":
            continue
        if child.is_dir():
            yield from _walk(child, f"{prefix}{child.name}/")
        else:
            yield prefix + child.name


# --- Linux desktop integration ---------------------------------------------------------------


@linux_only
def test_desktop_entry_is_valid():
    desktop = LINUX / f"{APP_ID}.desktop"
    proc = subprocess.run([tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert proc.returncode == 0 and "error" not in proc.stdout.lower(), proc.stdout + proc.stderr
    text = desktop.read_text()
    assert f"Icon={APP_ID}\n" in text and "Exec=rehab-desktop\n" in text


@linux_only
def test_metainfo_is_valid():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    proc = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = metainfo.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f'<release version="{rehab_desktop.__version__}"' in text


@linux_only
def test_installed_tree_is_valid(tmp_path):
    """The files where a distribution package or `make install` would put them."""
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(LINUX / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(LINUX / "icons" / "hicolor", share / "icons" / "hicolor")
    proc = subprocess.run([tool("appstreamcli"), "validate-tree", "--no-net", str(tmp_path)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_icon_png_sizes_and_scalable_copy():
    hicolor = LINUX / "icons" / "hicolor"
    for size in ICON_SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    svg = shipped("icons", "rehab-desktop.svg")
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == svg.read_bytes(), \
        "run packaging/render-icons.py after changing the icon"
    assert (PACKAGING / "windows" / "rehab-desktop.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "macos" / "rehab-desktop.icns").read_bytes()[:4] == b"icns"


def test_window_icon_and_desktop_file_name(make_window, qapp):
    make_window(show=False)
    assert qapp.desktopFileName() == APP_ID  # Wayland app id, and how desktops find the .desktop file
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(256, 256).width() == 256
