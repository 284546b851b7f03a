"""Prints the time to work out the progression suggestions over 10 years of history.

Usage: python benchmarks/suggestions.py --data-dir DIR [--years N] [--runs N]
DIR is filled with N years of fake daily sessions (benchmarks/fake_history.py) and a starter plan
unless it already holds a history, which is then reused. Each run is what the Plan page and the
banner after a session do (ui/suggestions/service.py): each planned exercise's latest sessions
read from the store, the answers read, and core.suggestions.suggest. The Plan page opens with
this, so it should stay far under the 200 ms the History views are held to.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_history beside this file; it finds the package
from fake_history import fill_history  # noqa: E402

from rehab_desktop.paths import history_path  # noqa: E402

GOAL_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from rehab_desktop.core.library import load_library
    from rehab_desktop.core.programs import program
    from rehab_desktop.core.suggestions import suggest
    from rehab_desktop.store import Store, open_database

    library = load_library()
    today = date.today()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    if not history_path(args.data_dir).exists():
        stats = fill_history(args.data_dir, args.years, end=today - timedelta(days=1))
        print(f"generated {args.years:g} years: {stats.sessions} sessions, {stats.sets} sets")
    store = Store(open_database(args.data_dir))
    try:
        if store.plans.load(today) is None:
            start = today - timedelta(days=round(args.years * 365.25))
            store.plans.save(program("balance").build(library, starts_on=start), start)
        plan = store.plans.load(today)
        times, found, sessions = [], [], 0
        for _ in range(args.runs):
            began = time.perf_counter()
            histories = store.suggestions.histories(plan.exercise_ids())
            found = suggest(plan, library, histories, store.suggestions.answers(), today)
            times.append((time.perf_counter() - began) * 1000)
            sessions = sum(h.count for h in histories.values())
    finally:
        store.close()
    median = statistics.median(times)
    print(f"suggestions for {len(plan.exercise_ids())} planned exercises over {sessions} exercise-sessions: "
          f"median {median:.1f} ms of {args.runs} runs (min {min(times):.1f}, max {max(times):.1f}); "
          f"{len(found)} suggested; goal under {GOAL_MS:.0f} ms: {'met' if median < GOAL_MS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
