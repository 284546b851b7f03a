"""Runs every figure of the issue "Fast and light" and prints the whole table in Markdown, with the load.

    python benchmarks/all.py [--runs 3] [--quick] [--skip-bundle] [--data-dir DIR] [--bundle-dist DIR]
                             [--build-bundle]

Each figure is its own script in this folder, run here one after the other (never two at once, so
they do not disturb each other) as a separate process with this interpreter (the venv's: the
installed app is what is measured); their own output is shown as they go, and the table comes at
the end: figure | rehab-desktop | reference | goal | met? | load average when it was measured.
Every reference (the bare PySide6 window, Workrave, the sqlite3 shell) is measured in the same run
as the app, interleaved with it; the figures are medians of --runs runs.

    startup.py           time to first paint, offscreen, beside a bare PySide6 window
    xvfb_window.py       time to a mapped window and everyday memory under Xvfb, beside the bare
                         window; CPU of the idle window
    hold_cpu.py          CPU while a hold counts down under Xvfb (the app as a user starts it, Space
                         pressed) and peak memory with the timer running, beside Workrave
    timer_cpu.py         CPU while a hold counts down, offscreen, in-process
    timer_accuracy.py    how late a 60 s hold's end is noticed
    history_commands.py  `history csv` and `history pdf` over ten years, whole commands, beside the
                         sqlite3 shell (--data-dir: the ten-year folder, made once and kept)
    bundle_size.py       the one-folder bundle's size (dist/, or --bundle-dist; --build-bundle
                         builds one first into /tmp/rehab-bench/dist unless --bundle-dist says where)

--quick: one short run of each (a smoke test of the suite, not figures to quote). A script that
fails is shown as failed in its rows and the rest go on; the exit status is 1 then.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _xvfb as bench  # noqa: E402

# The table's rows in the order: (script, index of the row in its output).
ORDER = [("startup.py", 0), ("xvfb_window.py", 0), ("xvfb_window.py", 1), ("hold_cpu.py", 0), ("hold_cpu.py", 1),
         ("timer_cpu.py", 0), ("xvfb_window.py", 2), ("timer_accuracy.py", 0), ("history_commands.py", 0),
         ("history_commands.py", 1), ("bundle_size.py", 0)]
FIGURES = {  # what a row says when its script failed
    ("startup.py", 0): "time to first paint, offscreen",
    ("xvfb_window.py", 0): "time to a visible window under Xvfb",
    ("xvfb_window.py", 1): "peak memory of an everyday start (10 s, nothing pressed)",
    ("hold_cpu.py", 0): "peak memory with a timer running, sound and speech on",
    ("hold_cpu.py", 1): "CPU while a hold counts down, real X server (Xvfb), app started as a user starts it",
    ("timer_cpu.py", 0): "CPU while a hold counts down, offscreen",
    ("xvfb_window.py", 2): "CPU of an idle window, nothing running, under Xvfb",
    ("timer_accuracy.py", 0): "a 60 s hold ends after its deadline by",
    ("history_commands.py", 0): "10 years of history: `history csv`, whole command",
    ("history_commands.py", 1): "10 years: `history pdf`, whole command",
    ("bundle_size.py", 0): "one-folder bundle (packaging/build-linux.sh) size",
}


def scripts(args: argparse.Namespace) -> list[tuple[str, list[str]]]:
    runs = ["--quick"] if args.quick else ["--runs", str(args.runs)]
    todo = [("startup.py", runs), ("xvfb_window.py", runs), ("hold_cpu.py", runs), ("timer_cpu.py", runs),
            ("timer_accuracy.py", runs), ("history_commands.py", runs + ["--data-dir", str(args.data_dir)])]
    if not args.skip_bundle:
        bundle = []
        if args.bundle_dist:
            bundle += ["--dist", str(args.bundle_dist)]
        if args.build_bundle:
            bundle.append("--build")
        todo.append(("bundle_size.py", bundle))
    return todo


def run_script(name: str, extra: list[str], out_dir: Path) -> tuple[list[dict] | None, float]:
    """Run one script, its output shown as it comes; its rows, or None when it failed."""
    rows_file = out_dir / (name + ".json")
    print(f"\n## {name} {' '.join(extra)}\n", flush=True)
    began = time.monotonic()
    done = subprocess.run([sys.executable, str(HERE / name), *extra, "--json", str(rows_file)], cwd=HERE.parent)
    took = time.monotonic() - began
    print(f"({name}: {took:.0f} s, exit {done.returncode})", flush=True)
    if done.returncode != 0 or not rows_file.exists():
        return None, took
    return json.loads(rows_file.read_text()), took


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def table(results: dict[str, list[dict] | None], skipped_bundle: bool) -> tuple[list[str], bool]:
    lines = ["| figure | rehab-desktop | reference | goal | met? | load (1, 5, 15 min) |",
             "| --- | --- | --- | --- | --- | --- |"]
    failed = False
    hold_rows = results.get("hold_cpu.py") or []
    workrave = hold_rows[0].get("workrave_mib") if hold_rows else None
    for key in ORDER:
        name, index = key
        if name == "bundle_size.py" and skipped_bundle:
            lines.append(f"| {FIGURES[key]} | skipped (--skip-bundle) | | at most 130 MB | |  |")
            continue
        rows = results.get(name)
        if rows is None or index >= len(rows):
            failed = True
            lines.append(f"| {FIGURES[key]} | FAILED ({name}) | | | no |  |")
            continue
        r = rows[index]
        reference = r["reference"]
        if workrave and key == ("xvfb_window.py", 1):
            reference = reference.replace("Workrave 94 MiB", f"Workrave here {workrave[0]:.1f} MiB first on the "
                                          f"display, {workrave[1]:.1f} MiB again (issue: 94 MiB)")
        met = {True: "yes", False: "**no**", None: "-"}[r["met"]]
        load = r["load"].removeprefix("load average ").split(" (")[0]
        lines.append(f"| {cell(r['figure'])} | {cell(r['app'])} | {cell(reference)} | {cell(r['goal'])} | {met} "
                     f"| {load} |")
    return lines, failed


def installed_stamp() -> tuple[str, float]:
    """Where the installed app is, and when its files last changed (a reinstall during the run shows)."""
    import importlib.util

    spec = importlib.util.find_spec("rehab_desktop")
    if spec is None or spec.origin is None:
        return "not importable here", 0.0
    folder = Path(spec.origin).parent
    return str(folder), max(p.stat().st_mtime for p in folder.rglob("*.py"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="runs of each figure, medians (default 3)")
    ap.add_argument("--quick", action="store_true", help="one short run of each: a smoke test of the suite")
    ap.add_argument("--skip-bundle", action="store_true", help="leave out the bundle's size")
    ap.add_argument("--data-dir", type=Path, default=bench.BENCH_CACHE / "ten-years",
                    help="the ten-year history, made there once and reused (default /tmp/rehab-bench/ten-years)")
    ap.add_argument("--bundle-dist", type=Path, help="where the bundle is (default dist/ of this repository)")
    ap.add_argument("--build-bundle", action="store_true", help="build the bundle first (packaging/build-linux.sh)")
    args = ap.parse_args(argv)
    print(f"# rehab-desktop, issue \"Fast and light\": all figures, {date.today().isoformat()}")
    print(f"{'quick smoke run (one short run each)' if args.quick else f'{args.runs} runs each, medians'}; "
          f"app: {' '.join(bench.app_command())}; {bench.load()}")
    where, stamp = installed_stamp()
    print(f"installed app: {where}, its files last changed {time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(stamp))}")
    began = time.monotonic()
    results: dict[str, list[dict] | None] = {}
    changed: list[str] = []  # the scripts that ran on an install newer than the first
    with tempfile.TemporaryDirectory(prefix="rehab-bench-all-") as tmp:
        for name, extra in scripts(args):
            results[name], _ = run_script(name, extra, Path(tmp))
            if installed_stamp()[1] != stamp:
                changed.append(name)
    lines, failed = table(results, args.skip_bundle)
    print(f"\n## Table ({date.today().isoformat()}, {time.monotonic() - began:.0f} s in all; at the end: "
          f"{bench.load()})\n")
    print("\n".join(lines))
    if changed:
        print(f"\nWARNING: the installed app was reinstalled during this run (by {changed[0]}'s end, at "
              f"{time.strftime('%H:%M:%S', time.localtime(installed_stamp()[1]))}): the figures of "
              f"{', '.join(changed)} may come from the newer version.")
    return 1 if failed or any(v is None for v in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
