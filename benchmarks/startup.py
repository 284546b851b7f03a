"""Prints the time from process start to the main window's first paint, and peak memory,
beside a bare PySide6 window measured the same way in the same run.

    python benchmarks/startup.py [--runs 7]

Goal (issue 2): within 1.5x of the bare window on both figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj is w:
            print("shown", flush=True); app.removeEventFilter(self); QTimer.singleShot(0, w.close)
        return False
f = F(); app.installEventFilter(f)
w.show()
sys.exit(app.exec())
"""


def measure(cmd: list[str], env: dict) -> tuple[float, float]:
    """(milliseconds from spawn to the 'shown' line, peak RSS in MiB) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line = proc.stdout.readline()
    shown = (time.perf_counter() - t0) * 1000
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if "shown" not in line or proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} did not report a shown window (exit {proc.returncode}): {line!r}")
    return shown, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        app_cmd = [sys.executable, "-m", "rehab_desktop", "--smoke-test", "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        measure(app_cmd, env), measure(bare_cmd, env)  # warm the file cache for both
        results = {"bare": [], "app": []}
        for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
            results["bare"].append(measure(bare_cmd, env))
            results["app"].append(measure(app_cmd, env))
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, medians")
    med = {k: (statistics.median(t for t, _ in v), statistics.median(m for _, m in v)) for k, v in results.items()}
    for k in ("bare", "app"):
        print(f"  {k:5} window: {med[k][0]:7.0f} ms to first paint   {med[k][1]:6.1f} MiB peak RSS")
    print(f"  ratio app/bare: time {med['app'][0] / med['bare'][0]:.2f}x   memory {med['app'][1] / med['bare'][1]:.2f}x"
          "   (goal: at most 1.5x on both)")


if __name__ == "__main__":
    main()
