"""Prints, on a real X server (Xvfb 1280x800x24), the time from spawning the app to its window being
mapped, the peak memory of an everyday start after 10 s, and the CPU of the idle window over 20 s,
beside a bare PySide6 window started and measured the same way in the same run.

    python benchmarks/xvfb_window.py [--runs 3] [--quick] [--idle-runs 1]

The app is started as a user starts it: the installed entry point `rehab-desktop --exercise
single-leg-balance --data-dir TMP`, from an empty folder, on a private Xvfb with a private D-Bus
session bus, with a data folder whose settings.ini says the welcome was seen (an everyday start,
not the first). The bare window is `python -c` showing a 1280x800 QWidget (benchmarks/_xvfb.py).
Runs are interleaved (bare, app, bare, app...) after one warm-up of each; medians and ratios.

- Time to a visible window: wall time from just before spawning to the X server's MapNotify of the
  process's top-level window (libX11 through ctypes, the root's SubstructureNotify selected before
  the spawn: precise to well under a millisecond; see _xvfb.MapWatcher).
- Everyday memory: VmHWM from /proc/PID/status 10 s after the spawn, nothing pressed (sound and
  speech have started up by then).
- Idle CPU: utime + stime from /proc/PID/stat over 20 s with nothing pressed, once the exercise
  figure's browsing loop has come to rest (it plays LOOP_CYCLES times after the start, then holds
  still); the CPU while the loop plays, from 10 s on, is printed beside it. Clock ticks are 10 ms,
  so 20 s resolve 0.05 %.

Goals (issue "Fast and light"): map time and everyday memory at most 1.5x the bare window; the idle
window at 0 % over 20 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402

GOAL_RATIO = 1.5
MEMORY_AT_S = 10.0
IDLE_S = 20.0


def loop_seconds() -> float:
    """How long the browsing figure loop plays after the start (the installed app's own figures)."""
    try:
        from rehab_desktop.core.figures import LOOP_S
        from rehab_desktop.ui.figures.motion import LOOP_CYCLES
    except ImportError:
        return 30.0
    return LOOP_CYCLES * LOOP_S


def one_run(cmd: list[str], server: bench.Xvfb, watcher: bench.MapWatcher, idle_s: float | None,
            idle_after: float) -> dict:
    """Map time, VmHWM at 10 s and, when `idle_s`, the CPU from 10 s to `idle_after` and then over `idle_s`."""
    watcher.drain()
    began = time.perf_counter()
    start = time.monotonic()
    proc = bench.spawn(cmd, server.env())
    try:
        _, mapped = watcher.wait(proc.pid)
        out = {"map_ms": (mapped - began) * 1000}
        bench.sleep_until(start + MEMORY_AT_S)
        out["hwm"] = bench.vmhwm_mib(proc.pid)
        if idle_s:
            playing = bench.CpuWindow(proc.pid)
            bench.sleep_until(start + idle_after)
            out["playing"] = playing.stop()
            idle = bench.CpuWindow(proc.pid)
            time.sleep(idle_s)
            out["idle"] = idle.stop()
        if proc.poll() is not None:
            raise SystemExit(f"{cmd[0]} exited early ({proc.returncode})")
    finally:
        bench.stop(proc)
    return out


def run(runs: int, idle_runs: int = 1, idle_s: float = IDLE_S, warm: bool = True) -> dict:
    loop = loop_seconds()
    with tempfile.TemporaryDirectory(prefix="rehab-bench-") as tmp, bench.xsession() as (server, watcher):
        data = bench.write_settings(Path(tmp) / "data")
        cmds = {"bare": bench.bare_command(),
                "app": bench.app_command() + ["--exercise", "single-leg-balance", "--data-dir", str(data)]}
        if warm:
            for cmd in cmds.values():
                one_run(cmd, server, watcher, None, 0)
        results: dict[str, list[dict]] = {"bare": [], "app": []}
        for i in range(runs):
            for key, cmd in cmds.items():
                idle = idle_s if i < idle_runs else None
                # The app's idle span starts after its figure loop rests; the bare window's right at 10 s.
                after = MEMORY_AT_S + (loop + 5.0 if key == "app" else 0.0)
                results[key].append(one_run(cmd, server, watcher, idle, after))
    return {"results": results, "runs": runs, "loop_s": loop, "idle_s": idle_s, "load": bench.load()}


def report(r: dict) -> list[dict]:
    res = r["results"]
    med = {k: {"map_ms": bench.median([x["map_ms"] for x in v]), "hwm": bench.median([x["hwm"] for x in v])}
           for k, v in res.items()}
    idle = {k: [x["idle"] for x in v if "idle" in x] for k, v in res.items()}
    playing = {k: [x["playing"] for x in v if "playing" in x] for k, v in res.items()}
    t_ratio = med["app"]["map_ms"] / med["bare"]["map_ms"]
    m_ratio = med["app"]["hwm"] / med["bare"]["hwm"]
    print(f"Xvfb {bench.SCREEN}, {r['runs']} interleaved runs each, medians; {r['load']}")
    for k in ("bare", "app"):
        maps = ", ".join(f"{x['map_ms']:.0f}" for x in res[k])
        print(f"  {k:4} window: mapped after {med[k]['map_ms']:6.0f} ms ({maps})   VmHWM at {MEMORY_AT_S:.0f} s: "
              f"{med[k]['hwm']:6.1f} MiB")
    print(f"  ratio app/bare: map time {t_ratio:.2f}x   everyday memory {m_ratio:.2f}x   (goal: at most "
          f"{GOAL_RATIO}x on both)")
    idle_pct = {k: bench.median([s.percent for s in v]) for k, v in idle.items()}
    if idle["app"]:
        play = bench.median([s.percent for s in playing["app"]])
        print(f"  idle CPU over {r['idle_s']:.0f} s, nothing pressed: app {idle_pct['app']:.3f} % "
              f"({sum(s.ticks for s in idle['app'])} ticks), bare {idle_pct['bare']:.3f} %   (goal: 0)")
        print(f"  (app while its figure loop plays, {MEMORY_AT_S:.0f} s to {MEMORY_AT_S + r['loop_s'] + 5:.0f} s: "
              f"{play:.2f} %)")
        busy = [line for line in bench.format_threads(idle["app"]) if not line.rstrip().endswith(" 0.000 %")]
        if busy:
            print("    idle app threads that used CPU:")
            print("\n".join(busy))
    rows = [
        bench.row("time to a visible window under Xvfb", f"{med['app']['map_ms']:.0f} ms",
                  f"bare window {med['bare']['map_ms']:.0f} ms ({t_ratio:.2f}x)", f"at most {GOAL_RATIO}x",
                  t_ratio <= GOAL_RATIO, r["load"]),
        bench.row("peak memory of an everyday start (10 s, nothing pressed)", f"{med['app']['hwm']:.1f} MiB",
                  f"bare window {med['bare']['hwm']:.1f} MiB ({m_ratio:.2f}x); Workrave 94 MiB",
                  f"at most {GOAL_RATIO}x the bare window", m_ratio <= GOAL_RATIO, r["load"]),
    ]
    if idle["app"]:
        rows.append(bench.row(f"CPU of an idle window, nothing running, under Xvfb ({r['idle_s']:.0f} s)",
                              f"{idle_pct['app']:.2f} %", f"bare window {idle_pct['bare']:.2f} %",
                              f"0 over {IDLE_S:.0f} s", idle_pct["app"] == 0, r["load"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--idle-runs", type=int, default=1, help="runs that also measure the idle CPU (default 1)")
    ap.add_argument("--quick", action="store_true", help="one run, no warm-up, idle CPU over 5 s")
    ap.add_argument("--json", type=Path, help="also write the table's rows here (for all.py)")
    args = ap.parse_args(argv)
    r = run(1, 1, idle_s=5.0, warm=False) if args.quick else run(args.runs, args.idle_runs)
    bench.write_rows(args.json, report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
