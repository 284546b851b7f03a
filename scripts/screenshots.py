"""Write screenshots of the layout matrix: every screen size x text size x scheme x scene.

    .venv/bin/python scripts/screenshots.py OUT_DIR [--sizes 1280x800,...] [--scales 1,1.5,2]
                                                    [--themes light,dark] [--scenes idle,routine,...]
                                                    [--language es]

Each screen size runs in its own Xvfb display of that size (as a laptop of that size would show
the window: filling the screen), and each picture is the whole screen, named like
`1280x800-150-dark-routine.png`. The scenes are the ones the layout tests measure
(tests/helpers/scenes.py). Needs Xvfb (the test set-up installs it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.helpers import scenes  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--sizes", default=",".join(f"{w}x{h}" for w, h in scenes.SIZES))
    p.add_argument("--scales", default=",".join(f"{s:g}" for s in scenes.SCALES))
    p.add_argument("--themes", default=",".join(scenes.THEMES))
    p.add_argument("--scenes", default=",".join(scenes.SCENES))
    p.add_argument("--language", default="", help="the app's language (settings.ini's [app] language)")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        return shoot(args)
    if shutil.which("Xvfb") is None:
        print("screenshots: Xvfb is not installed (scripts/setup.sh test installs it)", file=sys.stderr)
        return 2
    status = 0
    for size in args.sizes.split(","):
        status |= under_xvfb(size, [sys.executable, __file__, str(args.out), "--child", "--sizes", size,
                                    "--scales", args.scales, "--themes", args.themes, "--scenes", args.scenes,
                                    "--language", args.language])
    return status


def under_xvfb(size: str, command: list[str]) -> int:
    display = next(n for n in range(91, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if time.monotonic() > deadline or xvfb.poll() is not None:
                print(f"screenshots: Xvfb did not start for {size}", file=sys.stderr)
                return 1
            time.sleep(0.05)
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return subprocess.call(command, env=env)
    finally:
        xvfb.terminate()
        xvfb.wait()


class SilentSounds:
    available = True
    problem = ""

    def play(self, sound) -> None:
        pass


class StillClock:
    """A timer clock that moves only when a scene says so."""

    def __init__(self):
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def pass_time(self, update, seconds: float, step: float = 1.0) -> None:
        while seconds > 1e-9:
            dt = min(step, seconds)
            self.t += dt
            update()
            seconds -= dt


def shoot(args) -> int:
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.app import build_main_window
    from rehab_desktop.core.library import load_library

    app = QApplication.instance() or QApplication([sys.argv[0]])
    library = load_library()
    size = tuple(int(v) for v in args.sizes.split("x"))
    for scale in (float(s) for s in args.scales.split(",")):
        for theme in args.themes.split(","):
            for scene in args.scenes.split(","):
                with tempfile.TemporaryDirectory() as tmp:
                    data_dir = Path(tmp)
                    scenes.write_settings(data_dir, scale, theme, args.language)
                    if scene in ("plan", "history"):
                        scenes.write_history(data_dir)
                    clock = StillClock()
                    w = build_main_window(app, library, data_dir, speech_engine="mock", sounds=SilentSounds(),
                                          clock=clock, ask=lambda *a: "keep")
                    w.show()
                    settle(app)
                    top = scenes.show(scene, w, app, clock)
                    settle(app)
                    lang = f"-{args.language}" if args.language else ""
                    out = args.out / f"{size[0]}x{size[1]}-{round(scale * 100)}-{theme}-{scene}{lang}.png"
                    app.primaryScreen().grabWindow(0).save(str(out))
                    print(out, flush=True)
                    if top is not w:
                        top.close()
                    w.session.cancel() if hasattr(w.session, "cancel") else None
                    w.sessions.may_close = lambda: True
                    w.close()
                    w.deleteLater()
                    settle(app)
    return 0


def settle(app) -> None:
    """Let the window reach the screen and lay itself out."""
    deadline = time.monotonic() + 0.6
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
