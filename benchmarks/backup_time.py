"""How long the weekly backup holds the window: one automatic backup of a 10-year history.

Usage: python benchmarks/backup_time.py [--years N]
Prints the history's size and the median time of `auto_back_up` (a full SQLite online backup into
a fresh folder) over five runs. It runs on the window's thread just after the first paint, once a week.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_history import fill_history  # noqa: E402

from rehab_desktop.store.backup import auto_back_up  # noqa: E402
from rehab_desktop.store.db import open_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        fill_history(data, args.years)
        db = open_database(data)
        size = (data / "history.sqlite3").stat().st_size / 2**20
        times = []
        for i in range(5):
            folder = Path(tmp) / f"backups-{i}"
            folder.mkdir()
            t0 = time.perf_counter()
            made = auto_back_up(db, folder, datetime.now(UTC))
            times.append(time.perf_counter() - t0)
            assert made is not None
        db.close()
    print(f"{args.years} years of history ({size:.1f} MiB): weekly backup {1000 * statistics.median(times):.0f} ms "
          f"(median of 5; min {1000 * min(times):.0f} ms)")


if __name__ == "__main__":
    main()
