"""Prints the time to gather and write the therapist summary PDF, progression tables included, over 10 years.

Usage: python benchmarks/summary_pdf.py --data-dir DIR [--years N] [--runs N]
DIR is filled with N years of fake daily sessions (benchmarks/fake_history.py) and three plan
versions unless it already holds a history, which is then reused. Each run is what the window and
`history pdf` do: build_summary with the plan's timeline (the planned sets of every day) and
write_summary_pdf. Goal: under one second for the whole history. Runs on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_history beside this file; it finds the package
from fake_history import fill_history  # noqa: E402

from rehab_desktop.paths import history_path  # noqa: E402

GOAL_S = 1.0


def _fill(data_dir: Path, years: float, library) -> None:
    from rehab_desktop.core.programs import program
    from rehab_desktop.store import PlanRepo, open_database

    today = date.today()
    stats = fill_history(data_dir, years, end=today - timedelta(days=1))
    print(f"generated {years:g} years: {stats.sessions} sessions, {stats.sets} sets in {stats.seconds:.1f} s")
    with open_database(data_dir) as db:
        plans = PlanRepo(db)
        start = today - timedelta(days=round(years * 365.25))
        for key, starts in (("early", start), ("strength", start + timedelta(days=120)),
                            ("return-to-activity", today - timedelta(days=60))):
            plan = program(key).build(library, "anterior")
            plans.start_version(plan, starts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder to fill (or reuse)")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)

    from rehab_desktop.ui.printing.headless import ensure_gui_app

    ensure_gui_app()
    from rehab_desktop.core.library import load_library
    from rehab_desktop.store import HistoryStats, PlanRepo, build_summary, open_database
    from rehab_desktop.ui.printing.summary import write_summary_pdf

    library = load_library()
    if history_path(args.data_dir).exists():
        print(f"reusing the history already in {args.data_dir}")
    else:
        _fill(args.data_dir, args.years, library)
    today = date.today()
    over = False
    with open_database(args.data_dir) as db, tempfile.TemporaryDirectory() as tmp:
        span = HistoryStats(db).span()
        periods = [("last 4 weeks (the default)", today - timedelta(days=27)),
                   ("last year", today - timedelta(days=364))]
        if span is not None:
            periods.append(("whole history", span[0]))
        write_summary_pdf(build_summary(HistoryStats(db), today, today, today), library, Path(tmp) / "warm.pdf")
        for label, first in periods:
            times, gather, pages = [], [], 0
            for _ in range(args.runs):
                began = time.perf_counter()
                plans = PlanRepo(db)
                summary = build_summary(HistoryStats(db), first, today, today, plans.planned_days, order=library.ids,
                                        timeline=plans.timeline(), library=library, patient="Jo Bloggs",
                                        therapist="Dr Okafor")
                gathered = time.perf_counter()
                pages = write_summary_pdf(summary, library, Path(tmp) / "summary.pdf")
                times.append(time.perf_counter() - began)
                gather.append(gathered - began)
            worst = max(times)
            over |= worst > GOAL_S
            rows = len(summary.progression[0].rows) if summary.progression else 0
            print(f"{label:27} {pages} pages, {len(summary.progression)} exercises x {rows} rows: "
                  f"median {1000 * statistics.median(times):.0f} ms (gathering {1000 * statistics.median(gather):.0f}"
                  f" ms), max {1000 * worst:.0f} ms   goal {1000 * GOAL_S:.0f} ms: "
                  f"{'OVER GOAL' if worst > GOAL_S else 'ok'}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
