"""Prints the time from switching to History > Dose changes (the steps view) to the view painted, over 10 years.

Usage: python benchmarks/steps_view.py --data-dir DIR [--years N] [--runs N] [--scale S]
DIR is filled with N years of fake daily sessions (benchmarks/fake_history.py), a starter plan and a
few accepted suggestions unless it already holds a history, which is then reused. The real main
window is built as the app builds it (app.build_main_window) on Qt's offscreen platform at 1280x800;
each run leaves the tab, marks its data stale as a change in the history does, and switches back:
the query, the cards and their first paint. Goal: under 200 ms (the median), for the period the tab
opens with (the last 12 weeks, printed first) and for every other period the chooser offers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_history beside this file; it finds the package
from fake_history import fill_history  # noqa: E402

from rehab_desktop.paths import history_path  # noqa: E402

GOAL_MS = 200.0


def _fill(data_dir: Path, years: float, library) -> None:
    from rehab_desktop.core.programs import program
    from rehab_desktop.core.suggestions import STAGE, Answer, Reply
    from rehab_desktop.store import Store, open_database

    today = date.today()
    stats = fill_history(data_dir, years, end=today - timedelta(days=1))
    print(f"generated {years:g} years: {stats.sessions} sessions, {stats.sets} sets in {stats.seconds:.1f} s")
    with open_database(data_dir) as db:
        store = Store(db)
        store.plans.start_version(program("strength").build(library, "anterior"),
                                  today - timedelta(days=round(years * 365.25)))
        accepted = ((300, "ankle-dorsiflexion", "3 \u00d7 10 to 3 \u00d7 12"), (200, STAGE, "Strength"),
                    (40, "ankle-dorsiflexion", "3 \u00d7 12 to 3 \u00d7 14"))
        for back, subject, detail in accepted:
            at = datetime.now(UTC) - timedelta(days=back)
            store.suggestions.record(Answer(subject, "step-up", Reply.ACCEPTED, at.date(), 10, detail), at)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, required=True, help="folder to fill (or reuse)")
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0, help="text size (1, 1.5 or 2)")
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from rehab_desktop.app import build_main_window
    from rehab_desktop.core.library import load_library
    from rehab_desktop.ui.common.chart_specs import DEFAULT_RANGE, RANGES
    from rehab_desktop.ui.history.steps_view import StepsChart

    library = load_library()
    if history_path(args.data_dir).exists():
        print(f"reusing the history already in {args.data_dir}")
    else:
        _fill(args.data_dir, args.years, library)
    (args.data_dir / "settings.ini").write_text(
        f"[app]\nwelcomed=true\n\n[appearance]\ntext_scale={args.scale}\ntheme=light\n", encoding="utf-8")

    class Paints(QObject):
        """Counts the steps charts' paint events: a run counts only once the view is painted."""

        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and isinstance(obj, StepsChart):
                Paints.count += 1
            return False

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paints = Paints()
    app.installEventFilter(paints)
    window = build_main_window(app, library, args.data_dir, speech_engine="mock")
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    app.processEvents()
    pane = window.history_pane()
    app.processEvents()
    view = pane.steps
    bar = pane.scroll.verticalScrollBar()  # at large text the page scrolls: the tabs brought into sight
    bar.setValue(bar.maximum())
    app.processEvents()

    def switch() -> float:
        pane.tabs.setCurrentIndex(0)
        app.processEvents()
        view.reload()  # hidden: marked stale, loaded on the next show, as after a recorded session
        Paints.count = 0
        began = time.perf_counter()
        pane.tabs.setCurrentWidget(view)
        app.processEvents()  # the show loads; the layout and the first paint follow
        took = time.perf_counter() - began
        if Paints.count == 0:
            raise SystemExit("the steps view was not painted")
        return took

    over = False
    order = [DEFAULT_RANGE] + [i for i in range(len(RANGES)) if i != DEFAULT_RANGE]
    for index in order:
        view.range_box.setCurrentIndex(index)
        switch()  # warm: the first show builds fonts and caches
        times = [switch() for _ in range(args.runs)]
        median = 1000 * statistics.median(times)
        cards = len(view.cards)
        steps = sum(len(c.chart.data.steps) for c in view.cards.values())
        over |= median > GOAL_MS
        verdict = "OVER GOAL" if median > GOAL_MS else "ok"
        print(f"switch to the steps tab, {RANGES[index][0]:14} {cards} cards, {steps:3} steps: median {median:.0f} ms"
              f" of {args.runs} runs (max {1000 * max(times):.0f} ms)   goal under {GOAL_MS:.0f} ms: {verdict}")
    window.close()
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
