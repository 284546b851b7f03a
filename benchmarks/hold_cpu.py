"""Prints the CPU share of the app while a hold counts down on a real X server, and its peak memory
with the timer running, beside Workrave run on the same X server in the same run.

    python benchmarks/hold_cpu.py [--runs 3] [--quick] [--settle 2] [--seconds 20]

The app is started as a user starts it: the installed entry point `rehab-desktop --exercise
single-leg-balance --data-dir TMP`, from an empty folder, on a private Xvfb (1280x800x24) with a
private D-Bus session bus and, where pulseaudio is installed, a PulseAudio of the run's own whose
sink plays into nothing (so the cue sounds really play, as on a desktop); the data folder has only
seen the welcome, so sound and speech are as the app ships them (both on: they start with the first
cue). Once its window is mapped (and 3 s more), Space is pressed into it with xdotool (keyboard
focus, then a key through XTEST). Speech needs speech-dispatcher, an optional package: where it is
missing the cues are shown, not spoken (the app's side of speech is a socket and a thread). The timer
first counts down its get-ready (the lead-in, 5 s by default), then the hold (30 s by default);
after the lead-in and `--settle` seconds of the hold, CPU is read from /proc/PID/stat (utime +
stime, clock ticks of 10 ms) over `--seconds`, per thread too (/proc/PID/task/*/stat and comm),
and the X server's own CPU over the same span (it copies every frame the app paints). Peak memory
is VmHWM from /proc/PID/status at the end of that span (the hold has run settle + seconds). Should
the default hold be shorter than settle + seconds, the data folder asks for a longer one (within
the exercise's range). Each run then waits for the hold to end and checks the history file: a
finished set whose start and end enclose the measured span proves the span was inside the hold.

Workrave, when installed, runs on the same X server with a fresh home folder: after its window is
mapped and 2 s, its CPU over the same length and its VmHWM at the end; the pointer is moved every
half second meanwhile, so that its break timers run (it counts only while someone is active; the
timers' elapsed time is read over D-Bus before and after when dbus-send is there). It runs twice
each time: first as the first GTK program on the X server (the root window's GDK_VISUALS property
deleted before it), then again. The first GTK 3 program on a display loads OpenGL (Mesa's
software driver, with LLVM: some 50 MiB) to choose its visuals and leaves them in that property;
every later one reads them instead. The first start is what the issue's 94 MiB is; the second is
Workrave on a desktop where any GTK program has run before (about 41 MiB).

Goals (issue "Fast and light"): at most 0.5 % of one core while a hold counts down (Workrave: 0.2 %
with its timers running); peak memory with a timer running below Workrave's (94 MiB; judged against
Workrave's first start, measured here, as the issue's figure was).
"""

from __future__ import annotations

import argparse
import math
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402

CPU_GOAL = 0.5  # % of one core
WORKRAVE_ISSUE = (94.0, 0.2)  # MiB, % : the issue's figures
EXERCISE = "single-leg-balance"
STARTUP_SETTLE_S = 3.0  # after the map: the first paint, then sound and speech start up


def timer_defaults() -> tuple[float, float, int]:
    """(lead-in s, the exercise's default hold s, its longest hold s) as the installed app has them."""
    try:
        from rehab_desktop.core.library import load_library
        from rehab_desktop.ui.common.preferences import Preferences
    except ImportError:
        return 5.0, 30.0, 60
    hold = load_library()[EXERCISE].dose.movements[0].hold
    return Preferences().lead_in_s, float(hold.default), int(hold.high)


def cue_devices(server: bench.Xvfb, sound_server: str) -> str:
    """What the app finds to make sound and speak with here (its defaults are both on)."""
    probe = ("import sys\nfrom PySide6.QtGui import QGuiApplication\napp = QGuiApplication(sys.argv[:1])\n"
             "from rehab_desktop.ui.timer.cues import choose_engine\n"
             "print(choose_engine('') or '-')\n")
    done = subprocess.run([sys.executable, "-c", probe], env=server.env(QT_LOGGING_RULES="*=false"),
                          cwd=bench.neutral_cwd(), capture_output=True, text=True, timeout=60)
    try:
        engine = done.stdout.split()[-1]
    except IndexError:
        return "sound and speech: could not be probed"
    sound = (f"the cue sounds play through {sound_server}" if sound_server
             else "no sound server (the cue sounds stay silent)")
    speech = f"speech engine '{engine}'" if engine != "-" else "no speech engine (spoken cues stay silent)"
    return f"sound and speech on (the app's defaults); here: {sound}, {speech}"


def _utc(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def app_hold(server: bench.Xvfb, watcher: bench.MapWatcher, root: Path, n: int, settle: float, seconds: float,
             lead_in: float, hold: float, extra_settings: str) -> dict:
    data = bench.write_settings(root / f"data-{n}", extra_settings)
    log = root / f"app-{n}.log"
    watcher.drain()
    proc = bench.spawn(bench.app_command() + ["--exercise", EXERCISE, "--data-dir", str(data)], server.env(), log)
    try:
        window, _ = watcher.wait(proc.pid)
        time.sleep(STARTUP_SETTLE_S)
        bench.press(server.display, window, "space")
        pressed = time.monotonic()
        bench.sleep_until(pressed + lead_in + settle)
        xserver = bench.CpuWindow(server.server.pid)
        cpu = bench.CpuWindow(proc.pid)
        began = time.time()
        time.sleep(seconds)
        share, x_share = cpu.stop(), xserver.stop()
        ended = time.time()
        hwm = bench.vmhwm_mib(proc.pid)
        bench.sleep_until(pressed + lead_in + hold + 2.0)  # the hold has ended and its set is written
        if proc.poll() is not None:
            raise SystemExit(f"the app exited early ({proc.returncode}); see {log}")
        with sqlite3.connect(f"file:{data / 'history.sqlite3'}?mode=ro", uri=True) as conn:
            sets = conn.execute("SELECT started_at, ended_at FROM sets WHERE exercise_id = ?", (EXERCISE,)).fetchall()
        verified = any(_utc(a) <= began and _utc(b) >= ended for a, b in sets)
    finally:
        bench.stop(proc)
    return {"cpu": share, "xserver": x_share, "hwm": hwm, "verified": verified, "sets": len(sets)}


def _workrave_elapsed(env: dict) -> str:
    if shutil.which("dbus-send") is None:
        return "?"
    said = []
    for timer in ("microbreak", "restbreak"):
        done = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.workrave.Workrave",
                               "/org/workrave/Workrave/Core", "org.workrave.CoreInterface.GetTimerElapsed",
                               f"string:{timer}"], env=env, capture_output=True, text=True, timeout=10)
        said.append(done.stdout.split()[-1] if done.returncode == 0 and done.stdout.split() else "?")
    return "/".join(said)


def workrave(server: bench.Xvfb, watcher: bench.MapWatcher, root: Path, n: str, seconds: float,
             first: bool) -> dict:
    """Workrave's CPU and VmHWM; `first`: as the first GTK program on the X server."""
    home = root / f"workrave-home-{n}"
    home.mkdir()
    env = server.env(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    if first:
        watcher.delete_root_property("GDK_VISUALS")
    watcher.drain()
    proc = bench.spawn(["workrave"], env, root / f"workrave-{n}.log")
    try:
        watcher.wait(proc.pid, timeout=60)
        time.sleep(2.0)
        before = _workrave_elapsed(env)
        moves = []
        for i in range(math.ceil(seconds * 2)):
            moves += ["mousemove", str(300 + 200 * (i % 2)), "300", "sleep", "0.5"]
        mover = subprocess.Popen(["xdotool", *moves], env=bench.child_env(DISPLAY=server.display),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cpu = bench.CpuWindow(proc.pid)
        time.sleep(seconds)
        share = cpu.stop()
        hwm = bench.vmhwm_mib(proc.pid)
        mover.kill()
        mover.wait()
        after = _workrave_elapsed(env)
        if proc.poll() is not None:
            raise SystemExit(f"Workrave exited early ({proc.returncode})")
    finally:
        bench.stop(proc)
    return {"cpu": share, "hwm": hwm, "elapsed": f"{before} -> {after}"}


def run(runs: int, settle: float, seconds: float) -> dict:
    lead_in, hold, longest = timer_defaults()
    extra = ""
    if hold < settle + seconds + 1:
        hold = float(min(longest, math.ceil(settle + seconds + 1)))
        extra = f"\n[dose]\n{EXERCISE}\\hold={int(hold)}\n"
        if hold < settle + seconds + 1:
            raise SystemExit(f"settle + seconds must stay under the longest hold, {longest} s")
    has_workrave = shutil.which("workrave") is not None
    out: dict = {"app": [], "workrave": [], "workrave_again": [], "hold": hold, "lead_in": lead_in, "seconds": seconds,
                 "settle": settle, "has_workrave": has_workrave, "runs": runs, "longer_dose": bool(extra)}
    with (tempfile.TemporaryDirectory(prefix="rehab-bench-hold-") as tmp, bench.sound_server() as sound,
          bench.xsession() as (server, watcher)):
        out["cues"] = cue_devices(server, sound)
        root = Path(tmp)
        for n in range(runs):  # interleaved: the app, then Workrave
            out["app"].append(app_hold(server, watcher, root, n, settle, seconds, lead_in, hold, extra))
            if has_workrave:
                out["workrave"].append(workrave(server, watcher, root, f"{n}-first", seconds, True))
                out["workrave_again"].append(workrave(server, watcher, root, f"{n}-again", seconds, False))
    out["load"] = bench.load()
    return out


def report(r: dict) -> list[dict]:
    app, wr = r["app"], r["workrave"]
    cpu = bench.median([x["cpu"].percent for x in app])
    hwm = bench.median([x["hwm"] for x in app])
    xcpu = bench.median([x["xserver"].percent for x in app])
    print(f"hold CPU under Xvfb {bench.SCREEN}: `rehab-desktop --exercise {EXERCISE}`, Space pressed; "
          f"{r['runs']} runs, medians; {r['load']}")
    print(f"  {r['cues']}")
    dose = f"{r['hold']:.0f} s hold " + ("(a longer dose set in settings.ini)" if r["longer_dose"] else "(the default)")
    print(f"  {r['lead_in']:.0f} s get-ready, then a {dose}; CPU from {r['settle']:g} s into the hold over "
          f"{r['seconds']:g} s")
    shares = ", ".join(f"{x['cpu'].percent:.2f}" for x in app)
    unverified = sum(not x["verified"] for x in app)
    hwms = ", ".join(f"{x['hwm']:.1f}" for x in app)
    print(f"  app: {cpu:.2f} % of one core ({shares}); X server meanwhile {xcpu:.2f} %; VmHWM after the hold ran "
          f"{r['settle'] + r['seconds']:g} s: {hwm:.1f} MiB ({hwms})")
    print("  every measured span lay inside a recorded hold" if not unverified else
          f"  WARNING: {unverified} run(s) found no recorded set enclosing the span (was Space taken?)")
    print("  where the app's CPU went, all runs added up (thread: CPU time, share of one core):")
    print("\n".join(bench.format_threads([x["cpu"] for x in app])))
    if wr:
        again = r["workrave_again"]
        wr_cpu = bench.median([x["cpu"].percent for x in wr])
        wr_hwm = bench.median([x["hwm"] for x in wr])
        again_cpu = bench.median([x["cpu"].percent for x in again])
        again_hwm = bench.median([x["hwm"] for x in again])
        for label, runs_, c, m in (("first GTK program on the X server", wr, wr_cpu, wr_hwm),
                                   ("started again (GTK's visuals kept on the root window)", again, again_cpu,
                                    again_hwm)):
            shares_ = ", ".join(f"{x['cpu'].percent:.2f}" for x in runs_)
            hwms = ", ".join(f"{x['hwm']:.1f}" for x in runs_)
            print(f"  Workrave, {label}: {c:.2f} % of one core ({shares_}), VmHWM {m:.1f} MiB ({hwms}); "
                  f"its timers ran (micro/rest break elapsed s: {'; '.join(x['elapsed'] for x in runs_)})")
        ref_cpu = f"Workrave here {wr_cpu:.2f} % (started again {again_cpu:.2f} %; issue: {WORKRAVE_ISSUE[1]} %)"
        ref_mem = (f"Workrave here {wr_hwm:.1f} MiB as the first GTK program on the display, {again_hwm:.1f} MiB "
                   f"started again (issue: {WORKRAVE_ISSUE[0]:.0f} MiB)")
        mem_limit = wr_hwm
    else:
        print(f"  Workrave: not installed here; the issue's figure: {WORKRAVE_ISSUE[0]:.0f} MiB, "
              f"{WORKRAVE_ISSUE[1]} %")
        ref_cpu = f"Workrave {WORKRAVE_ISSUE[1]} % (the issue's; not installed here)"
        ref_mem = f"Workrave {WORKRAVE_ISSUE[0]:.0f} MiB (the issue's; not installed here)"
        mem_limit = WORKRAVE_ISSUE[0]
    print(f"  goals: CPU at most {CPU_GOAL} % ({'met' if cpu <= CPU_GOAL else 'MISSED'}); memory below Workrave "
          f"({'met' if hwm < mem_limit else 'MISSED'})")
    memory = bench.row("peak memory with a timer running, sound and speech on", f"{hwm:.1f} MiB", ref_mem,
                       "below Workrave", hwm < mem_limit, r["load"])
    if wr:
        memory["workrave_mib"] = (wr_hwm, again_hwm)  # all.py puts them beside the everyday start too
    return [
        memory,
        bench.row("CPU while a hold counts down, real X server (Xvfb), app started as a user starts it",
                  f"{cpu:.2f} %", ref_cpu, f"at most {CPU_GOAL} %", cpu <= CPU_GOAL and not unverified, r["load"]),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--settle", type=float, default=2.0, help="seconds into the hold before measuring (default 2)")
    ap.add_argument("--seconds", type=float, default=20.0, help="seconds measured (default 20)")
    ap.add_argument("--quick", action="store_true", help="one run over 10 s")
    ap.add_argument("--json", type=Path, help="also write the table's rows here (for all.py)")
    args = ap.parse_args(argv)
    r = run(1, args.settle, 10.0) if args.quick else run(args.runs, args.settle, args.seconds)
    bench.write_rows(args.json, report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
