"""Prints how long the history commands take over ten years of history, as whole commands, beside the
sqlite3 shell writing a similar join as CSV, in the same run.

    python benchmarks/history_commands.py [--runs 3] [--quick] [--data-dir DIR] [--years 10]

What is timed is what a person waits for at the terminal: from spawning the installed entry point
(`rehab-desktop history csv OUT.csv --data-dir DIR`, and `history pdf OUT.pdf`: the therapist
summary of the default period, the last four weeks) until it has exited, interpreter start-up,
imports and writing the file included. The reference is the sqlite3 shell (`sqlite3 -csv DB
"SELECT ..." > OUT.csv`, also a whole command) writing each set joined with its session and its
dose, local times included: about what `history csv` writes, without the app's pain-flag rows and
quoting rules. `rehab-desktop --version` is timed too: the start-up every command pays.
The runs are interleaved (sqlite3, csv, pdf, then again), after one warm-up of each; medians.
The peak memory of each command (ru_maxrss) is printed beside its time.

The history is made by benchmarks/fake_history.py (10 years: about 3,650 sessions and 266,000
sets) plus three plan versions, and kept in /tmp/rehab-bench/ten-years for later runs (the fill
takes a minute or two); --data-dir chooses another folder, reused when it holds a finished fill.
Goals (issue "Fast and light"): `history csv` under 3 s (it was 1.6 s beside the sqlite3 shell),
`history pdf` under 1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402

CSV_GOAL_S = 3.0
PDF_GOAL_S = 1.0
CACHE = bench.BENCH_CACHE / "ten-years"
MARKER = "bench-filled.json"  # written last: a folder without it holds an unfinished fill
HISTORY_FILE = "history.sqlite3"  # rehab_desktop.paths.history_path; read from the package when it is there

# The sets joined with their session and their dose, in the export's order, with the local times.
REFERENCE_SQL = """
SELECT 'set', s.id, s.started_at, s.ended_at, s.local_day, s.state, s.pain_before, s.pain_after, s.effort,
       s.notes, s.entered_by_hand, t.exercise_id, e.resistance, e.weight_kg, e.eased,
       t.movement, t.side, t.set_number, t.target_reps, t.achieved_reps, t.target_hold_s, t.achieved_hold_s,
       t.started_at, t.ended_at, t.status, t.pain_flag, t.pain_rating,
       e.sets, e.reps, e.hold_s, e.prescribed, e.prescribed_by, t.exercise_id LIKE 'own-%',
       datetime(s.started_at, printf('%+d minutes', s.utc_offset_min)),
       datetime(s.ended_at, printf('%+d minutes', s.utc_offset_min)),
       datetime(t.started_at, printf('%+d minutes', s.utc_offset_min)),
       datetime(t.ended_at, printf('%+d minutes', s.utc_offset_min))
FROM sets t
JOIN sessions s ON s.id = t.session_id
LEFT JOIN session_exercises e ON e.session_id = t.session_id AND e.exercise_id = t.exercise_id
ORDER BY s.started_at, s.id, t.started_at, t.id
"""


def history_file(data_dir: Path) -> Path:
    try:
        from rehab_desktop.paths import history_path
    except ImportError:
        return data_dir / HISTORY_FILE
    return history_path(data_dir)


def ensure_history(data_dir: Path = CACHE, years: float = 10.0) -> Path:
    """`data_dir` with `years` of fake history and three plan versions; made once, then reused."""
    marker = data_dir / MARKER
    if marker.exists():
        info = json.loads(marker.read_text())
        print(f"reusing the {info['years']:g}-year history in {data_dir} ({info['sets']} sets, "
              f"{info['sessions']} sessions, made {info['made']})")
        return data_dir
    if data_dir.exists() and history_file(data_dir).exists():
        if data_dir != CACHE:
            raise SystemExit(f"{data_dir} holds a history this script did not make; give an empty or new folder")
        shutil.rmtree(data_dir)  # an interrupted fill of the cache
    data_dir.mkdir(parents=True, exist_ok=True)
    from fake_history import fill_history

    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.programs import program
    from rehab_desktop.store import PlanRepo, open_database

    today = date.today()
    print(f"making {years:g} years of history in {data_dir} (once; later runs reuse it) ...", flush=True)
    stats = fill_history(data_dir, years, end=today - timedelta(days=1))
    library = load_library()
    with open_database(data_dir) as db:
        plans = PlanRepo(db)
        start = today - timedelta(days=round(years * 365.25))
        for key, starts in (("early", start), ("strength", start + timedelta(days=120)),
                            ("return-to-activity", today - timedelta(days=60))):
            plans.start_version(program(key).build(library, "anterior"), starts)
    print(f"  {stats.sessions} sessions, {stats.sets} sets in {stats.seconds:.1f} s; "
          f"{stats.db_bytes / 1e6:.1f} MB")
    bench.write_settings(data_dir)
    marker.write_text(json.dumps({"years": years, "sets": stats.sets, "sessions": stats.sessions,
                                  "made": today.isoformat()}))
    return data_dir


def whole_command(cmd: list[str], out: Path | None = None) -> tuple[float, float]:
    """(seconds from spawn to exit, peak MiB) of one command; `out`: where its standard output goes.

    The exit is waited for in a thread (the time is exact); meanwhile VmHWM is read from /proc every
    5 ms, the last reading before the exit being the peak (the rusage of a child started by a big
    parent is no good: Linux carries the parent's peak over into the child's ru_maxrss).
    """
    sink = open(out, "wb") if out else subprocess.DEVNULL  # noqa: SIM115 - closed below
    waited: dict = {}
    try:
        began = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.PIPE, cwd=bench.neutral_cwd(),
                                env=bench.child_env())

        def wait() -> None:
            # waitid(WNOWAIT): the exit is seen but the process stays readable until reaped below
            os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
            waited["took"] = time.perf_counter() - began

        waiter = threading.Thread(target=wait)
        waiter.start()
        peak = 0.0
        while waiter.is_alive():
            with contextlib.suppress(OSError, KeyError):  # a zombie already has no VmHWM line
                peak = max(peak, bench.vmhwm_mib(proc.pid))
            waiter.join(0.005)
        stderr = proc.communicate()[1]
    finally:
        if out:
            sink.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} ... failed (exit {proc.returncode}): {stderr.decode()[-500:]}")
    return waited["took"], peak


def run(runs: int, data_dir: Path, years: float = 10.0) -> dict:
    if shutil.which("sqlite3") is None:
        raise SystemExit("the sqlite3 shell is not installed (apt-get install sqlite3)")
    data_dir = ensure_history(data_dir, years)
    db = history_file(data_dir)
    app = bench.app_command()
    first_day = _first_day(db)
    with tempfile.TemporaryDirectory(prefix="rehab-bench-out-") as tmp:
        out = Path(tmp)
        jobs = {
            "sqlite3": (["sqlite3", "-readonly", "-csv", str(db), REFERENCE_SQL], out / "sqlite3.csv"),
            "csv": (app + ["history", "csv", str(out / "history.csv"), "--data-dir", str(data_dir)], None),
            "pdf": (app + ["history", "pdf", str(out / "summary.pdf"), "--data-dir", str(data_dir)], None),
            "pdf-all": (app + ["history", "pdf", str(out / "all.pdf"), "--data-dir", str(data_dir),
                               "--from", first_day], None),
            "version": (app + ["--version"], None),
        }
        for cmd, sink in jobs.values():  # warm-up: the file cache, and any migration of the history file
            whole_command(cmd, sink)
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in jobs}
        for _ in range(runs):
            for key, (cmd, sink) in jobs.items():
                times[key].append(whole_command(cmd, sink))
        sizes = {"sqlite3": (out / "sqlite3.csv").stat().st_size, "csv": (out / "history.csv").stat().st_size,
                 "pdf": (out / "summary.pdf").stat().st_size, "pdf-all": (out / "all.pdf").stat().st_size}
    med = {k: (bench.median([t for t, _ in v]), bench.median([m for _, m in v])) for k, v in times.items()}
    return {"runs": runs, "median": med, "max": {k: max(t for t, _ in v) for k, v in times.items()},
            "sizes": sizes, "db_mb": db.stat().st_size / 1e6, "first_day": first_day, "load": bench.load(),
            "sets": json.loads((data_dir / MARKER).read_text())["sets"]}


def _first_day(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT min(local_day) FROM sessions").fetchone()[0] or date.today().isoformat()


def report(r: dict) -> list[dict]:
    med, mx = r["median"], r["max"]
    print(f"history commands over {r['db_mb']:.0f} MB of history, {r['runs']} interleaved runs each, medians "
          f"(max); {r['load']}")
    lines = [("sqlite3", f"sqlite3 -csv, sets joined with sessions and doses ({r['sizes']['sqlite3'] / 1e6:.0f} MB)"),
             ("csv", f"rehab-desktop history csv ({r['sizes']['csv'] / 1e6:.0f} MB)"),
             ("pdf", f"rehab-desktop history pdf, last 4 weeks ({r['sizes']['pdf'] / 1e3:.0f} kB)"),
             ("pdf-all", f"rehab-desktop history pdf --from {r['first_day']} ({r['sizes']['pdf-all'] / 1e3:.0f} kB)"),
             ("version", "rehab-desktop --version (start-up alone)")]
    for key, label in lines:
        print(f"  {label:62} {med[key][0]:6.2f} s ({mx[key]:.2f})   peak {med[key][1]:5.0f} MiB")
    ratio = med["csv"][0] / med["sqlite3"][0]
    print(f"  csv / sqlite3: {ratio:.2f}x   goals: csv under {CSV_GOAL_S:g} s "
          f"({'met' if med['csv'][0] < CSV_GOAL_S else 'MISSED'}), pdf under {PDF_GOAL_S:g} s "
          f"({'met' if med['pdf'][0] < PDF_GOAL_S else 'MISSED'})")
    return [
        bench.row(f"10 years of history ({r['sets'] / 1000:.0f}k sets): `history csv`, whole command",
                  f"{med['csv'][0]:.2f} s",
                  f"sqlite3 shell {med['sqlite3'][0]:.2f} s ({ratio:.2f}x)", f"under {CSV_GOAL_S:g} s",
                  med["csv"][0] < CSV_GOAL_S, r["load"]),
        bench.row("10 years: `history pdf`, whole command", f"{med['pdf'][0]:.2f} s",
                  f"(whole history: {med['pdf-all'][0]:.2f} s)", f"under {PDF_GOAL_S:g} s",
                  med["pdf"][0] < PDF_GOAL_S, r["load"]),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one run of each")
    ap.add_argument("--data-dir", type=Path, default=CACHE, help=f"the history to use or make (default {CACHE})")
    ap.add_argument("--years", type=float, default=10.0, help="years of history to make (when it is made)")
    ap.add_argument("--json", type=Path, help="also write the table's rows here (for all.py)")
    args = ap.parse_args(argv)
    rows = report(run(1 if args.quick else args.runs, args.data_dir, args.years))
    bench.write_rows(args.json, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
