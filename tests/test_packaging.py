"""Packaging: the one-folder app as a user gets it (built with PyInstaller, then run), and the
Linux desktop entry, AppStream metainfo and icons checked by the tools distributions use."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import struct
import subprocess
import sys
import time
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
MAX_FOLDER_MB = 200  # 173 MB when written; the unpruned build was 213 MB, with WebEngine it is ~500 MB

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
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


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
                       (("plan", "pdf", "--program", "early"), "week.pdf")):
        out = tmp_path / name
        proc = run_frozen(frozen, *args[:2], str(out), *args[2:], "--data-dir", data)
        assert proc.returncode == 0 and out.stat().st_size > 0, f"{args}: {proc.stderr[-3000:]}"
    assert (tmp_path / "week.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.packaging
def test_frozen_smoke_test_offscreen(frozen, tmp_path):
    proc = run_frozen(frozen, "--smoke-test", "--data-dir", str(tmp_path / "data"),
                      env={"QT_DEBUG_PLUGINS": "1"})
    assert proc.returncode == 0, proc.stderr[-5000:]
    assert re.search(r"^window shown after \d+ ms; peak memory [\d.]+ MiB$", proc.stdout, re.MULTILINE), proc.stdout
    assert "No QtMultimedia backends found" not in proc.stderr  # the FFmpeg plugin loaded
    # Plugins of ours that Qt found but could not load (a missing or broken bundled library).
    failed = [line for line in proc.stderr.splitlines()
              if "cannot load" in line and str(frozen) in line
              and not any(lib in line for lib in OPTIONAL_SYSTEM_LIBS)]
    assert failed == [], "\n".join(failed)


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
        plugins + "multimedia/libffmpegmediaplugin.so",
        plugins + "printsupport/libcupsprintersupport.so",
        plugins + "imageformats/libqsvg.so",
        plugins + "iconengines/libqsvgicon.so",
        internal + "PySide6/QtMultimedia.abi3.so",
        internal + "PySide6/QtTextToSpeech.abi3.so",
        internal + "PySide6/QtPrintSupport.abi3.so",
        internal + "PySide6/QtSvg.abi3.so",
    ]
    assert [f for f in must_have if f not in files] == []
    base = shipped()
    for path in _walk(base):
        assert f"{internal}rehab_desktop/resources/{path}" in files, f"resource {path} is not in the build"

    forbidden = re.compile(r"qtexttospeech_(mock|speechd)|WebEngine|QtQuick|QtQml|Qt3D|QtCharts|QtGraphs|QtPdf|"
                           r"VirtualKeyboard|/qml/|/translations/|libgtk|libqgtk3|"
                           r"/libcups\.|/libspeechd\.|/libavahi|/libgnutls", re.IGNORECASE)
    assert sorted(f for f in files if forbidden.search(f)) == []
    assert folder_mb(frozen) < MAX_FOLDER_MB


@pytest.mark.packaging
def test_frozen_folder_links_cups_only_from_its_print_plugin(frozen):
    """CUPS is the system's: only the plugin Qt loads on first print may need it, never what starts the app."""
    linking = sorted(p.relative_to(frozen).as_posix() for p in frozen.rglob("*.so*")
                     if p.is_file() and not p.is_symlink() and b"libcups.so.2\0" in p.read_bytes())
    assert linking == ["_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"]


def _system_cups() -> list[str]:
    """The files the dynamic loader would open for libcups.so.2 here (none on a machine without CUPS)."""
    ldconfig = shutil.which("ldconfig", path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin") or "ldconfig"
    cache = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
    return sorted({os.path.realpath(line.rsplit("=>", 1)[1].strip()) for line in cache.splitlines()
                   if line.strip().startswith("libcups.so.2 ")})


def _without_cups(argv: list[str]) -> list[str]:
    """`argv` in a private mount namespace in which every libcups.so.2 is /dev/null: a computer without
    CUPS as the loader sees it, for this one process tree, gone when it ends (the system is untouched)."""
    hide = "".join(f"mount --bind /dev/null {shlex.quote(lib)} && " for lib in _system_cups())
    namespace = ["unshare", "--mount"] if os.geteuid() == 0 else ["unshare", "--map-root-user", "--mount"]
    return [*namespace, "sh", "-c", hide + 'exec "$@"', "sh", *argv]


@pytest.mark.packaging
def test_frozen_app_runs_on_a_computer_without_cups(frozen, tmp_path):
    loads = ("import ctypes\ntry:\n    ctypes.CDLL('libcups.so.2')\n"
             "except OSError:\n    print('hidden')\nelse:\n    print('loads')")
    probe = subprocess.run(_without_cups([sys.executable, "-c", loads]), capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here to hide libcups in (unshare): {probe.stderr[-500:]}")
    assert probe.stdout.strip() == "hidden"  # in there, nothing can load CUPS

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
