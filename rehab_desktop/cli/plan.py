"""`rehab-desktop plan ...`: the weekly plan's starter programs and printable page, without a window."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rehab_desktop import APP_NAME
from rehab_desktop.core.exercises import Library

# Parsing the command line happens at every start of the window too, so the plan and program
# modules load only when a plan command runs; the choices below are checked against them.
EMPHASES = ("anterior", "posterior")


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `plan programs` and `plan pdf`; `parents` carry the shared --data-dir."""
    plan = sub.add_parser("plan", help="list starter programs or print the weekly plan, without opening a window")
    psub = plan.add_subparsers(dest="plan_command", metavar="COMMAND", required=True)
    progs = psub.add_parser("programs", parents=parents, help="list the starter programs (the app's suggestions)")
    progs.set_defaults(run=run_programs)
    pdf = psub.add_parser("pdf", parents=parents, help="write the week as a one-page PDF to tick off",
                          description="Write the saved weekly plan (or a starter program) as a printable PDF.")
    pdf.add_argument("out", metavar="OUT.pdf", help="the PDF file to write ('-' for standard output, not a terminal)")
    pdf.add_argument("--week", metavar="YYYY-MM-DD", type=_day,
                     help="print the week containing this date (default: this week)")
    pdf.add_argument("--page", choices=("a4", "letter"),
                     help="paper size, landscape (default: Letter where the system's locale uses it, else A4)")
    pdf.add_argument("--program", metavar="ID", help="print this starter program instead of the saved plan")
    pdf.add_argument("--emphasis", choices=EMPHASES, default="",
                     help="with --program: the anterior or posterior impingement emphasis")
    pdf.set_defaults(run=run_pdf)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-05-11") from None


def run_programs(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.core.programs import PROGRAMS, SUGGESTION_NOTE

    width = max(len(p.id) for p in PROGRAMS)
    for p in PROGRAMS:
        print(f"{p.id.ljust(width)}  {p.name}: {p.summary}")
    print(f"\nEach can lean towards anterior or posterior impingement: "
          f"plan pdf OUT.pdf --program ID --emphasis {'|'.join(EMPHASES)}.")
    print(SUGGESTION_NOTE)
    return 0


def _saved_plan(args, library: Library):
    """(the saved plan or None, exit code if reading failed): never creates or repairs a store."""
    from rehab_desktop.paths import history_path, resolve_data_dir
    from rehab_desktop.store import OwnExerciseRepo, PlanRepo, StoreError, open_database

    data_dir = resolve_data_dir(args.data_dir)
    if not history_path(data_dir).exists():
        return None, None
    try:
        # recover=False: this may run beside the app, so it never moves a damaged file itself.
        with open_database(data_dir, recover=False) as db:
            OwnExerciseRepo(db).load_into(library)  # the plan may name the user's own exercises
            return PlanRepo(db).load(), None
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return None, 1


def run_pdf(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import refuse_binary_on_terminal, report_failure, report_written
    from rehab_desktop.core.plan import week_start
    from rehab_desktop.core.programs import program, program_ids
    from rehab_desktop.store import OutputError

    if refuse_binary_on_terminal(args.out, "a PDF"):
        return 2
    if args.emphasis and not args.program:
        print(f"{APP_NAME}: --emphasis goes with --program ID", file=sys.stderr)
        return 2
    if args.program:
        prog = program(args.program)
        if prog is None:
            print(f"{APP_NAME}: unknown program '{args.program}'. Valid programs:\n  " + "\n  ".join(program_ids()),
                  file=sys.stderr)
            return 2
        plan = prog.build(library, args.emphasis)
    else:
        plan, failed = _saved_plan(args, library)
        if failed is not None:
            return failed
        if plan is None or plan.is_empty:
            print(f"{APP_NAME}: there is no saved weekly plan yet. Make one in the Plan tab, or print a starter "
                  f"program with --program ID ({', '.join(program_ids())}; see '{APP_NAME} plan programs').",
                  file=sys.stderr)
            return 2
    for problem in plan.validate(library):
        print(f"{APP_NAME}: warning: {problem.message}", file=sys.stderr)

    from rehab_desktop.ui.printing.headless import ensure_gui_app

    ensure_gui_app()
    from rehab_desktop.ui.printing.pages import default_page
    from rehab_desktop.ui.printing.week import write_pdf

    monday = week_start(args.week or date.today())
    page = args.page or default_page()
    try:
        result = write_pdf(args.out, plan, library, monday, page)
    except OutputError as exc:
        return report_failure(exc)
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    report_written(args.out, f"Wrote {args.out}: the week of "
                             f"{monday.isoformat()}, {result.rows} exercises, "
                             f"{'A4' if page == 'a4' else 'Letter'} landscape, {pages}.")
    return 0
