"""Prints the time from process start to the main window's first paint, and the peak memory up
to that moment, beside a bare PySide6 window measured the same way in the same run.

    python benchmarks/startup.py [--runs 7]

Time is measured by this process, from spawning the child to reading the line the child prints
from its first paint; memory is the child's own VmHWM (peak resident set) at that moment. The
app runs as on any start after the first (the first-run welcome is not part of it); sound and
speech start after the first paint, so they are reported separately, as the whole run's peak.
Goal (issue 2): within 1.5x of the bare window on both figures.
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


def measure(cmd: list[str], env: dict) -> tuple[float, float, float]:
    """(ms from spawn to the 'shown' line, peak MiB until then, peak MiB over the whole run) of one run."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    line = proc.stdout.readline()
    shown = (time.perf_counter() - t0) * 1000
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    match = re.search(r"peak memory ([\d.]+) MiB", line)
    if "shown" not in line or not match or proc.returncode != 0:
        raise SystemExit(f"{cmd[:3]} did not report a shown window (exit {proc.returncode}): {line!r}")
    return shown, float(match[1]), usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        Path(data, "settings.ini").write_text("[app]\nwelcomed=true\n")  # an everyday start, not the first
        app_cmd = [sys.executable, "-m", "rehab_desktop", "--smoke-test", "--data-dir", data]
        bare_cmd = [sys.executable, "-c", BARE]
        measure(app_cmd, env), measure(bare_cmd, env)  # warm the file cache for both
        results = {"bare": [], "app": []}
        for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
            results["bare"].append(measure(bare_cmd, env))
            results["app"].append(measure(app_cmd, env))
    print(f"platform: {env['QT_QPA_PLATFORM']}, {args.runs} runs each, medians")
    med = {k: tuple(statistics.median(r[i] for r in v) for i in range(3)) for k, v in results.items()}
    for k in ("bare", "app"):
        print(f"  {k:5} window: {med[k][0]:7.0f} ms to first paint   {med[k][1]:6.1f} MiB peak RSS until then"
              f"   ({med[k][2]:.1f} MiB over the whole run)")
    print(f"  ratio app/bare: time {med['app'][0] / med['bare'][0]:.2f}x   memory {med['app'][1] / med['bare'][1]:.2f}x"
          "   (goal: at most 1.5x on both)")


if __name__ == "__main__":
    main()
