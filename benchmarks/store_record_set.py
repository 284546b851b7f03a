"""Prints the median time to record one set (goal: at most 5 ms) and the database size after a year.

Usage: python benchmarks/store_record_set.py [--sets N] [--dir DIR]
Each set is its own committed transaction, as in the app; it runs with the app's setting
(synchronous=FULL: the WAL is synced at every commit) and, for comparison, NORMAL.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_history beside this file; it finds the package
from fake_history import fill_history  # noqa: E402

from rehab_desktop.core.records import LegSide, Prescription, SetRecord  # noqa: E402
from rehab_desktop.paths import history_path  # noqa: E402
from rehab_desktop.store import HistoryRepo, open_database  # noqa: E402


def time_record_set(data_dir: Path, sets: int, synchronous: str) -> list[float]:
    """Seconds per record_set call, for `sets` sets in one new session on the store in `data_dir`."""
    with open_database(data_dir, synchronous=synchronous) as db:
        repo = HistoryRepo(db)
        start = datetime.now(UTC)
        sid = repo.open_session(start, pain_before=3)
        repo.ensure_exercise(sid, Prescription("ankle-plantarflexion", 3, 12, 2, "green"), start)
        took = []
        for n in range(1, sets + 1):
            t = start + timedelta(seconds=45 * n)
            record = SetRecord("ankle-plantarflexion", "main", LegSide.LEFT if n % 2 else LegSide.RIGHT,
                               (n + 1) // 2, 12, 12, 2.0, 2.0, t, t + timedelta(seconds=40))
            began = time.perf_counter()
            repo.record_set(sid, record)
            took.append(time.perf_counter() - began)
        repo.finish_session(sid, start + timedelta(hours=1), pain_after=2, effort=5)
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, default=300)
    parser.add_argument("--dir", type=Path, help="where to work (default: a temporary folder on /tmp's disk)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        year = Path(tmp) / "one-year"
        stats = fill_history(year, 1.0, end=date(2026, 4, 30))
        size = history_path(year).stat().st_size
        print(f"a simulated year: {stats.sessions} sessions, {stats.sets} sets, {stats.pain_flags} pain flags; "
              f"database {size / 1e6:.1f} MB ({size / stats.sets:.0f} bytes a set, indexes included)")
        for synchronous in ("FULL", "NORMAL"):
            took = time_record_set(year, args.sets, synchronous)
            ms = sorted(t * 1000 for t in took)
            note = " (the app's setting)" if synchronous == "FULL" else ""
            print(f"record_set, synchronous={synchronous}{note}: median {statistics.median(ms):.2f} ms, "
                  f"p95 {ms[int(len(ms) * 0.95)]:.2f} ms, max {ms[-1]:.2f} ms over {len(ms)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
