"""Prints how long `plan ics` takes as a whole command, beside `plan pdf` of the same saved plan, in one run.

    python benchmarks/plan_ics.py [--runs 7] [--versions 52]

The saved plan is the starter programs in turn, a new version every week for a year (--versions), so
the calendar file holds every version's weekdays, each ending where the next begins: the most a year of
weekly changes gives. What is timed is what a person waits for at the terminal: from spawning the
installed entry point (`rehab-desktop plan ics OUT.ics --data-dir DIR`) until it has exited, start-up and
writing the file included; `plan pdf OUT.pdf` (the week's sheet, drawn with Qt) is the reference, the
other plan export a person already knows. Interleaved after one warm-up of each; medians, peak memory
(VmHWM) beside each. No goal is set: the figure is kept so that a change that makes it slow is seen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _xvfb as bench  # noqa: E402
from history_commands import whole_command  # noqa: E402


def make_plan(data_dir: Path, versions: int) -> None:
    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.programs import PROGRAMS
    from rehab_desktop.store import PlanRepo, open_database

    library = load_library()
    first = date.today() - timedelta(days=7 * (versions - 1))
    with open_database(data_dir) as db:
        plans = PlanRepo(db)
        for i in range(versions):
            plans.start_version(PROGRAMS[i % len(PROGRAMS)].build(library, ""), first + timedelta(days=7 * i))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--versions", type=int, default=52)
    args = parser.parse_args()
    app = bench.app_command()
    with tempfile.TemporaryDirectory(prefix="rehab-bench-ics-") as tmp:
        data_dir = Path(tmp) / "data"
        make_plan(data_dir, args.versions)
        commands = {"plan ics": [*app, "plan", "ics", str(Path(tmp) / "plan.ics"), "--data-dir", str(data_dir)],
                    "plan pdf": [*app, "plan", "pdf", str(Path(tmp) / "plan.pdf"), "--data-dir", str(data_dir)]}
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for cmd in commands.values():
            whole_command(cmd)  # warm-up: the disk cache, compiled modules
        for _ in range(args.runs):
            for name, cmd in commands.items():
                figures[name].append(whole_command(cmd))
        events = (Path(tmp) / "plan.ics").read_bytes().count(b"BEGIN:VEVENT")
        size = (Path(tmp) / "plan.ics").stat().st_size
    print(f"{args.versions} weekly plan versions: {events} events, {size / 1024:.0f} KiB; {bench.load()}")
    medians = {}
    for name, runs in figures.items():
        medians[name] = bench.median([t for t, _ in runs])
        print(f"  {name:9} {medians[name] * 1000:6.0f} ms   {bench.median([m for _, m in runs]):5.1f} MiB peak"
              f"   (median of {len(runs)})")
    print(f"  ratio plan ics / plan pdf: {medians['plan ics'] / medians['plan pdf']:.2f}x")


if __name__ == "__main__":
    main()
