"""`rehab-desktop history ...`: exports of the session history, without opening a window."""

from __future__ import annotations

import argparse
import contextlib
import sys

from rehab_desktop import APP_NAME
from rehab_desktop.core.exercises import Library


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `history csv` (and the other formats); `parents` carry the shared --data-dir."""
    history = sub.add_parser("history", help="export your session history without opening a window")
    hsub = history.add_subparsers(dest="history_command", metavar="FORMAT", required=True)
    csv_p = hsub.add_parser("csv", parents=parents, help="every set with its session's columns, as CSV")
    csv_p.add_argument("out", metavar="OUT.csv", help="file to write ('-' for standard output)")
    csv_p.set_defaults(run=run_csv)
    checks_p = hsub.add_parser("checks", parents=parents,
                               help="the weekly self-checks, one row per measure, side and day, as CSV",
                               description="Write every self-check result as CSV: knee-to-wall, single-leg "
                                           "stance and the ratings, one row per measure, side and day.")
    checks_p.add_argument("out", metavar="OUT.csv", help="file to write ('-' for standard output)")
    checks_p.add_argument("--unit", choices=("cm", "in"),
                          help="knee-to-wall distances in centimetres or inches (default: the one in Settings)")
    checks_p.set_defaults(run=run_checks)
    pdf_p = hsub.add_parser("pdf", parents=parents, help="a one- or two-page summary for your therapist, as PDF",
                            description="Write the therapist summary: adherence, the pain chart, exercises and "
                                        "doses, pain flags and notes, the self-checks and the progression. The "
                                        "period defaults to the 4 weeks up to today.")
    pdf_p.add_argument("out", metavar="OUT.pdf", help="file to write ('-' for standard output, not a terminal)")
    pdf_p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=_iso_date,
                       help="first day to include (default: 27 days before --to)")
    pdf_p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", type=_iso_date,
                       help="last day to include (default: today)")
    pdf_p.add_argument("--page", choices=("a4", "letter"),
                       help="paper size (default: Letter in the US and Canada, else A4)")
    pdf_p.add_argument("--patient", metavar="NAME",
                       help="the patient's name for the header (default: the one in Settings, if any)")
    pdf_p.add_argument("--therapist", metavar="NAME",
                       help="the therapist's name for the header (default: the one in Settings, if any)")
    pdf_p.set_defaults(run=run_pdf)


def _iso_date(text: str):
    """argparse type: a calendar date written YYYY-MM-DD; argparse names the option in its message."""
    from datetime import date

    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date written YYYY-MM-DD, e.g. 2026-05-04") from None


def _open_store(args, cleanup: contextlib.ExitStack, library: Library):
    """The history of --data-dir, read without moving or creating anything; None after a message.

    A folder the app never used gives an empty history (kept in a temporary folder that
    `cleanup` removes), so the export is the same header-only file as after a first start.
    """
    from rehab_desktop.paths import history_path, resolve_data_dir
    from rehab_desktop.store import OwnExerciseRepo, StoreError, open_database

    data_dir = resolve_data_dir(args.data_dir)
    if not history_path(data_dir).exists():
        print(f"{APP_NAME}: no history yet in {data_dir}; the export is empty", file=sys.stderr)
        import tempfile  # only here: the window's start need not load it

        data_dir = cleanup.enter_context(tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-empty-"))
    try:
        # recover=False: an export may run beside the app, so it never moves a damaged file itself.
        db = open_database(data_dir, recover=False)
        OwnExerciseRepo(db).load_into(library)  # the user's own exercises are named like the others
        return db
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return None


def _write(db, work):
    """Run `work(db)` with the store closed afterwards; (its result, 0), or (None, 1) after a message."""
    from rehab_desktop.cli.reporting import report_failure
    from rehab_desktop.store import OutputError, StoreError

    try:
        with db:
            return work(db), 0
    except (StoreError, OutputError) as exc:
        return None, report_failure(exc)


def run_csv(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import report_written
    from rehab_desktop.store import export_history_csv

    with contextlib.ExitStack() as cleanup:
        db = _open_store(args, cleanup, library)
        if db is None:
            return 1
        rows, failed = _write(db, lambda d: export_history_csv(d, args.out))
    if failed:
        return failed
    report_written(args.out, f"Wrote {rows} row{'' if rows == 1 else 's'} to {args.out}")
    return 0


def run_checks(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import report_written
    from rehab_desktop.core.self_checks import Unit
    from rehab_desktop.store import export_self_checks_csv

    unit = Unit(args.unit or _check_unit(args))
    with contextlib.ExitStack() as cleanup:
        db = _open_store(args, cleanup, library)
        if db is None:
            return 1
        rows, failed = _write(db, lambda d: export_self_checks_csv(d, args.out, unit=unit))
    if failed:
        return failed
    report_written(args.out, f"Wrote {rows} self-check result{'' if rows == 1 else 's'} to {args.out}")
    return 0


def _check_unit(args) -> str:
    """The knee-to-wall unit chosen in Settings (cm when there are no settings yet)."""
    from rehab_desktop.paths import resolve_data_dir
    from rehab_desktop.ui.common.preferences import SETTINGS_FILE, PreferenceStore

    data_dir = resolve_data_dir(args.data_dir)
    return PreferenceStore(data_dir).values.check_unit if (data_dir / SETTINGS_FILE).exists() else "cm"


def run_pdf(args: argparse.Namespace, library: Library) -> int:
    from datetime import date, timedelta

    first, last = args.first, args.last or date.today()
    if first is None:
        first = last - timedelta(days=27)
    if first > last:
        print(f"{APP_NAME}: history pdf: --from ({first}) is after --to ({last})", file=sys.stderr)
        return 2
    from rehab_desktop.cli.reporting import refuse_binary_on_terminal, report_written

    if refuse_binary_on_terminal(args.out, "a PDF"):
        return 2
    from rehab_desktop.store import HistoryStats, PlanRepo, build_summary
    from rehab_desktop.ui.printing.headless import ensure_gui_app

    app = ensure_gui_app()  # noqa: F841 - fonts and painting need it, no window opens
    from rehab_desktop.ui.common.formatting import range_text
    from rehab_desktop.ui.printing.pages import default_page
    from rehab_desktop.ui.printing.summary import write_summary_pdf

    patient, therapist, options, check_unit = _settings(args)

    def work(d) -> int:
        plans = PlanRepo(d)
        summary = build_summary(HistoryStats(d), first, last, date.today(), plans.planned_days,
                                order=library.ids, timeline=plans.timeline(), library=library, options=options,
                                patient=patient, therapist=therapist, check_unit=check_unit)
        return write_summary_pdf(summary, library, args.out, args.page or default_page())

    with contextlib.ExitStack() as cleanup:
        db = _open_store(args, cleanup, library)
        if db is None:
            return 1
        pages, failed = _write(db, work)
    if failed:
        return failed
    report_written(args.out, f"Wrote the therapist summary for {range_text(first, last)} "
                             f"({pages} page{'s' if pages != 1 else ''}) to "
                             f"{args.out}")
    return 0


def _settings(args):
    """The names for the summary's header (the options, else Settings), the timer's sides and the self-checks'
    unit (cm when there are no settings) from settings.ini."""
    from rehab_desktop.paths import resolve_data_dir
    from rehab_desktop.ui.common.preferences import SETTINGS_FILE, PreferenceStore

    data_dir = resolve_data_dir(args.data_dir)
    prefs = PreferenceStore(data_dir) if (data_dir / SETTINGS_FILE).exists() else None
    values = prefs.values if prefs is not None else None
    patient = args.patient if args.patient is not None else (values.patient_name if values else "")
    therapist = args.therapist if args.therapist is not None else (values.therapist_name if values else "")
    return (patient, therapist, prefs.timer_options() if prefs is not None else None,
            values.check_unit if values else "cm")
