"""Prints the store's figures at 10 years of history: generating it, opening, month queries, CSV export.

Usage: python benchmarks/store_scale.py [--years N] [--data-dir DIR]
Budgets from the issues: history pane opens in 300 ms and switches months in 50 ms (the store's
share is shown here), and the CSV export of 10 years (about 250,000 sets) takes at most 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_history beside this file; it finds the package
from fake_history import fill_history  # noqa: E402

from rehab_desktop.paths import history_path  # noqa: E402
from rehab_desktop.store import HistoryRepo, export_history_csv, open_database  # noqa: E402
from rehab_desktop.store.times import month_bounds  # noqa: E402

END = date(2026, 4, 30)


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    """Median seconds of `repeat` calls, and the last result."""
    took, result = [], None
    for _ in range(repeat):
        began = time.perf_counter()
        result = fn()
        took.append(time.perf_counter() - began)
    return statistics.median(took), result


def months_back(n: int) -> list[tuple[int, int]]:
    months, y, m = [], END.year, END.month
    for _ in range(n):
        months.append((y, m))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return months


def report(data_dir: Path, years: float) -> None:
    stats = fill_history(data_dir, years, end=END)
    size = history_path(data_dir).stat().st_size
    print(f"generate {years:g} years: {stats.sessions} sessions, {stats.sets} sets, {stats.pain_flags} pain flags "
          f"in {stats.seconds:.2f} s; database {size / 1e6:.1f} MB")
    t, _ = timed(lambda: open_database(data_dir).close())
    print(f"open_database: {t * 1000:.1f} ms")
    db = open_database(data_dir)
    repo = HistoryRepo(db)

    def open_pane():  # what a history pane needs first: this month's marks and sessions, the latest detail
        first, last = month_bounds(END.year, END.month)
        sessions = repo.sessions_between(first, last)
        return repo.month_days(END.year, END.month), sessions, repo.session_detail(sessions[-1].id)

    t, _ = timed(open_pane)
    print(f"pane's first load (month marks + month's sessions + one detail): {t * 1000:.1f} ms")
    switch = []
    for y, m in months_back(24):
        began = time.perf_counter()
        repo.month_days(y, m)
        repo.sessions_between(*month_bounds(y, m))
        switch.append(time.perf_counter() - began)
    print(f"switch month (marks + sessions), over 24 months: median {statistics.median(switch) * 1000:.1f} ms, "
          f"max {max(switch) * 1000:.1f} ms")
    t, days = timed(lambda: repo.session_days(date(1900, 1, 1), END))
    print(f"every session day ({len(days)}, for streaks): {t * 1000:.1f} ms")
    t, year = timed(lambda: repo.sessions_between(date(END.year - 1, END.month, 1), END), 3)
    print(f"a year of session summaries ({len(year)}): {t * 1000:.1f} ms")
    t, every = timed(lambda: repo.sessions_between(date(1900, 1, 1), END), 3)
    print(f"every session summary ({len(every)}, counts and active time from every set): {t * 1000:.1f} ms")
    t, sets = timed(lambda: repo.exercise_sets("ankle-plantarflexion"), 3)
    print(f"one exercise's sets over all years ({len(sets)}): {t * 1000:.1f} ms")
    t, _ = timed(lambda: repo.last_doses())
    print(f"last dose of every exercise: {t * 1000:.1f} ms")
    t, _ = timed(lambda: db.conn.execute("PRAGMA quick_check").fetchall(), 1)
    print(f"full quick_check (only run at open after damage was seen): {t * 1000:.0f} ms")
    db.close()
    out = data_dir / "export.csv"
    t, rows = timed(lambda: export_history_csv(history_path(data_dir), out), 5)
    print(f"CSV export of {rows} rows ({out.stat().st_size / 1e6:.1f} MB): median {t:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--data-dir", type=Path, help="a new folder to fill (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.data_dir is not None:
        report(args.data_dir, args.years)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report(Path(tmp), args.years)
    return 0


if __name__ == "__main__":
    sys.exit(main())
