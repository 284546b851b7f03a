"""Prints what the exercise figures cost an open window that nobody touches: the app's CPU share
while the browsing loop plays, and after it has come to rest.

    python benchmarks/figure_cpu.py [--window 20]

Starts the app as a user starts it (`python -m rehab_desktop --exercise standing-calf-stretch`, a
fresh data folder that has seen the welcome) and reads the process's CPU time from /proc: over the
first `--window` seconds after start-up settles (the loop plays: LOOP_CYCLES times LOOP_S), and over
the same length once it has rested. Run it under Xvfb (DISPLAY set) to paint a real window; without
a display it uses the offscreen platform. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def share(pid: int, seconds: float) -> float:
    c0, t0 = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return 100 * (cpu_seconds(pid) - c0) / (time.monotonic() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--window", type=float, default=20.0, help="seconds each share is measured over")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from rehab_desktop.core.figures import LOOP_S
    from rehab_desktop.ui.figures.motion import LOOP_CYCLES

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as data:
        Path(data, "settings.ini").write_text("[app]\nwelcomed=true\n")
        child = subprocess.Popen([sys.executable, "-m", "rehab_desktop", "--data-dir", data,
                                  "--exercise", "standing-calf-stretch"], env=env, cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            time.sleep(3.0)  # first paint, sound and speech start-up, the figures read
            start = time.monotonic()
            playing = share(child.pid, min(args.window, LOOP_CYCLES * LOOP_S - 4))
            time.sleep(max(0.0, LOOP_CYCLES * LOOP_S + 2 - (time.monotonic() - start)))
            resting = share(child.pid, args.window)
        finally:
            child.terminate()
            child.wait(10)
    where = "Xvfb" if env.get("DISPLAY") else "offscreen"
    print(f"figures, browsing ({where}): loop playing {playing:.2f} % of a core; "
          f"after {LOOP_CYCLES} loops ({LOOP_CYCLES * LOOP_S:.0f} s), at rest {resting:.2f} %")


if __name__ == "__main__":
    main()
