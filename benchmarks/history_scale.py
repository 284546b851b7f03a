"""Prints the history pane's figures at scale: opening it, switching months, charts, CSV export and the therapist PDF.

Usage: python benchmarks/history_scale.py --data-dir DIR [--years N]
(history_commands.py keeps a ten-year folder in /tmp/rehab-bench/ten-years: --data-dir it to reuse it.)
DIR is filled with N years of fake daily sessions (benchmarks/fake_history.py) unless it already
holds a history, which is then reused as it is. Everything runs in this process on Qt's offscreen
platform, as the app builds it (Fusion, light theme, 14 pt text). Goals from issue 5 at 10 years:
pane open <= 300 ms, month switch <= 50 ms, CSV <= 2 s, therapist PDF <= 1 s.
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


def median_ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms, max {max(samples) * 1000:.0f} ms"


def report(data_dir: Path, years: float) -> None:
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.core.library import load_library
    from rehab_desktop.store import Store, export_history_csv, open_database
    from rehab_desktop.store.stats_queries import HistoryStats
    from rehab_desktop.store.summary import build_summary
    from rehab_desktop.ui.common import style
    from rehab_desktop.ui.common.preferences import PreferenceStore
    from rehab_desktop.ui.common.store_service import StoreService
    from rehab_desktop.ui.history.pane import HistoryPane
    from rehab_desktop.ui.printing.summary import write_summary_pdf

    if history_path(data_dir).exists():
        print(f"reusing the history already in {data_dir}")
    else:
        stats = fill_history(data_dir, years)
        print(f"generated {years:g} years: {stats.sessions} sessions, {stats.sets} sets, {stats.pain_flags} pain "
              f"flags in {stats.seconds:.1f} s; database {stats.db_bytes / 1e6:.1f} MB")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    style.apply_theme(app, "light")
    style.apply_text_scale(app, 1.0)
    library = load_library()
    db = open_database(data_dir)
    service = StoreService(Store(db))  # what the window gives the pane: the store behind its service
    prefs = PreferenceStore(data_dir)
    today = date.today()

    def open_pane() -> tuple[float, HistoryPane]:
        began = time.perf_counter()
        pane = HistoryPane(service, library, prefs)
        pane.resize(1280, 700)
        pane.show()
        app.processEvents()  # lays out and paints the first frame
        return time.perf_counter() - began, pane

    first_open, pane = open_pane()
    pane.close()
    pane.deleteLater()
    opens = []
    for _ in range(5):
        took, pane = open_pane()
        opens.append(took)
        pane.close()
        pane.deleteLater()
        app.processEvents()
    print(f"pane open (construct + first show + data load, 1280x700): first {first_open * 1000:.0f} ms, "
          f"then {median_ms(opens)}")

    took, pane = open_pane()
    switches = []
    for _ in range(24):
        began = time.perf_counter()
        pane.calendar.showPreviousMonth()
        app.processEvents()
        switches.append(time.perf_counter() - began)
    print(f"month switch (marks, session list, newest session's detail, repaint), 24 months back: "
          f"{median_ms(switches)}")

    began = time.perf_counter()
    pane.tabs.setCurrentWidget(pane.progress)
    app.processEvents()
    print(f"progress tab first shown (3 charts, last 12 weeks): {(time.perf_counter() - began) * 1000:.0f} ms")
    for index in range(pane.progress.range_box.count()):
        began = time.perf_counter()
        pane.progress.range_box.setCurrentIndex(index)
        app.processEvents()
        print(f"  charts over '{pane.progress.range_box.itemText(index)}': "
              f"{(time.perf_counter() - began) * 1000:.0f} ms")
    pane.progress.range_box.setCurrentIndex(1)
    pane.close()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "history.csv"
        csv_times, rows = [], 0
        for _ in range(3):
            began = time.perf_counter()
            rows = export_history_csv(db, out)
            csv_times.append(time.perf_counter() - began)
        print(f"CSV export ({rows} rows, {out.stat().st_size / 1e6:.1f} MB): "
              f"median {statistics.median(csv_times):.2f} s, max {max(csv_times):.2f} s")
        span = HistoryStats(db).span()
        periods = [("last 4 weeks (the default)", today - timedelta(days=27), today),
                   ("last year", today - timedelta(days=364), today)]
        if span is not None:
            periods.append(("whole history", span[0], today))
        for label, first, last in periods:
            times, pages = [], 0
            for _ in range(3):
                began = time.perf_counter()
                summary = build_summary(HistoryStats(db), first, last, today, order=library.ids)
                pages = write_summary_pdf(summary, library, Path(tmp) / "summary.pdf")
                times.append(time.perf_counter() - began)
            print(f"therapist PDF, {label} ({pages} pages): {median_ms(times)}")
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder to fill (or reuse)")
    parser.add_argument("--years", type=float, default=10.0)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    report(args.data_dir, args.years)
    return 0


if __name__ == "__main__":
    sys.exit(main())
