"""Prints the time from process start to the main window's first paint, and the peak memory up
to that moment, beside a bare PySide6 window measured the same way in the same run.

    python benchmarks/startup.py [--runs 7] [--quick]

The app is the installed entry point (`rehab-desktop --smoke-test --data-dir TMP`, which prints a
line at its first paint and quits), started from an empty folder so that the source tree is not on
sys.path and the installed, compiled modules load, as when a user starts it; the bare window is
`python -c` of a 1280x800 QWidget that prints the same kind of line at its first paint. Both run on
Qt's offscreen platform. Time is measured by this process, from spawning the child to reading that
line; memory is the child's own VmHWM (peak resident set) at that moment. The app runs as on any
start after the first (the first-run welcome is not part of it); sound and speech start after the
first paint, so they are reported separately, as the whole run's peak. One warm-up of each, then
the runs interleaved (bare, app, bare, app...); medians, ratios and the load average.
Goal (issue 2, and "Fast and light": time to first paint, offscreen): within 1.5x of the bare window.

A third window is printed beside them for scale, not for the goal: the bare window that first loads
every Qt class the app's first window uses (found by running the app once and reading the PySide6
names in its loaded modules), building none of them. Each Qt class creates its Python enum types when
first loaded (the Qt namespace alone: about 80 enums, 15 ms), so this is the part of the start that no
change to the app's own code can remove.
The same on a real X server is benchmarks/xvfb_window.py.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402

GOAL_RATIO = 1.5

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
class W(QWidget):
    painted = False
    def paintEvent(self, ev):
        super().paintEvent(ev)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.report)
    def report(self):
        hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
        print(f"window shown; peak memory {hwm:.1f} MiB", flush=True)
        QTimer.singleShot(0, self.close)
w = W(); w.resize(1280, 800)
w.show()
sys.exit(app.exec())
"""


QT_CLASSES = r"""
import sys
sys.argv = ["rehab-desktop", "--smoke-test", "--data-dir", sys.argv[1]]
from rehab_desktop.app import main
main()
seen = set()
for name, module in list(sys.modules.items()):
    if name.startswith("rehab_desktop"):
        for value in vars(module).values():
            owner = getattr(value, "__module__", "") or ""
            if (isinstance(value, type) and owner.startswith("PySide6.Qt") and owner.count(".") == 1
                    and "." not in value.__qualname__):
                seen.add(f"{owner}.{value.__name__}")
print(" ".join(sorted(seen | {"PySide6.QtCore.Qt"})))
"""

WITH_CLASSES = r"""
import importlib, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
for path in sys.argv[1].split():
    module, _, name = path.rpartition(".")
    getattr(importlib.import_module(module), name)
""" + BARE.split("app = QApplication(sys.argv[:1])", 1)[1]


def qt_classes(env: dict, data: str) -> str:
    """The Qt classes named in the app's modules once its first window is painted."""
    out = subprocess.run([sys.executable, "-c", QT_CLASSES, data], env=env, capture_output=True, text=True,
                         cwd=bench.neutral_cwd(), timeout=120)
    if out.returncode != 0:
        raise SystemExit(f"could not list the app's Qt classes: {out.stderr[-500:]}")
    return out.stdout.splitlines()[-1]


def measure(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """(ms from spawn to the 'shown' line, peak MiB until then, peak MiB over the whole run) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            cwd=bench.neutral_cwd())
    line = proc.stdout.readline()
    shown = (time.perf_counter() - t0) * 1000
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    match = re.search(r"peak memory ([\d.]+) MiB", line)
    if "shown" not in line or not match or proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} did not report a shown window (exit {proc.returncode}): {line!r}")
    return shown, float(match[1]), usage.ru_maxrss / 1024


def run(runs: int, warm: bool = True) -> dict:
    env = bench.child_env(QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as data:
        bench.write_settings(Path(data))  # an everyday start, not the first
        app_cmd = bench.app_command() + ["--smoke-test", "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        classes = qt_classes(env, data)
        qt_cmd = [sys.executable, "-c", WITH_CLASSES, classes]
        if warm:
            measure(app_cmd, env), measure(bare_cmd, env), measure(qt_cmd, env)  # warm the file cache
        results = {"bare": [], "qt": [], "app": []}
        for _ in range(runs):  # interleaved, so drift in machine load hits all alike
            results["bare"].append(measure(bare_cmd, env))
            results["qt"].append(measure(qt_cmd, env))
            results["app"].append(measure(app_cmd, env))
    return {"results": results, "runs": runs, "load": bench.load(), "classes": len(classes.split())}


def report(r: dict) -> list[dict]:
    results = r["results"]
    print(f"platform: offscreen, {r['runs']} runs each, medians; {r['load']}")
    med = {k: tuple(statistics.median(x[i] for x in v) for i in range(3)) for k, v in results.items()}
    for k in ("bare", "qt", "app"):
        print(f"  {k:5} window: {med[k][0]:7.0f} ms to first paint   {med[k][1]:6.1f} MiB peak RSS until then"
              f"   ({med[k][2]:.1f} MiB over the whole run)")
    t_ratio, m_ratio = med["app"][0] / med["bare"][0], med["app"][1] / med["bare"][1]
    q_ratio = med["qt"][0] / med["bare"][0]
    print(f"  ratio app/bare: time {t_ratio:.2f}x   memory {m_ratio:.2f}x   (goal: at most {GOAL_RATIO}x)")
    print(f"  the bare window with the app's {r['classes']} Qt classes loaded (none built): time {q_ratio:.2f}x,"
          f" memory {med['qt'][1] / med['bare'][1]:.2f}x the bare window")
    return [bench.row("time to first paint, offscreen", f"{med['app'][0]:.0f} ms",
                      f"bare window {med['bare'][0]:.0f} ms ({t_ratio:.2f}x); with the app's Qt classes loaded "
                      f"{med['qt'][0]:.0f} ms ({q_ratio:.2f}x)", f"at most {GOAL_RATIO}x",
                      t_ratio <= GOAL_RATIO, r["load"])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="one run each, no warm-up")
    ap.add_argument("--json", type=Path, help="also write the table's row here (for all.py)")
    args = ap.parse_args(argv)
    r = run(1, warm=False) if args.quick else run(args.runs)
    bench.write_rows(args.json, report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
