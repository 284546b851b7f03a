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
    """Add `plan programs`, `plan pdf`, `plan ics`, `plan export` and `plan import`; `parents` carry the shared
    --data-dir."""
    plan = sub.add_parser("plan", help="list starter programs, print, export or import the weekly plan, "
                                       "without opening a window")
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
    ics = psub.add_parser("ics", parents=parents, help="write the plan as a calendar file (iCalendar) to import",
                          description="Write one weekly event per planned weekday, at the time given, with each "
                                      "exercise's dose in the event and an alarm. Importing a newer file updates "
                                      "the events an earlier one added.")
    ics.add_argument("out", metavar="OUT.ics", help="the calendar file to write ('-' for standard output)")
    ics.add_argument("--time", metavar="HH:MM", default="18:00",
                     help="when the exercises start each day, on the local clock (default 18:00)")
    alarm = ics.add_mutually_exclusive_group()
    alarm.add_argument("--minutes", metavar="N", type=int, default=0,
                       help="the alarm goes off N minutes before the start (default 0: at the start)")
    alarm.add_argument("--no-alarm", action="store_true", help="events without an alarm")
    ics.add_argument("--time-zone", metavar="ZONE",
                     help="the time zone the time is in, like Europe/Berlin (default: this computer's)")
    ics.add_argument("--program", metavar="ID", help="this starter program from today instead of the saved plan")
    ics.add_argument("--emphasis", choices=EMPHASES, default="",
                     help="with --program: the anterior or posterior impingement emphasis")
    ics.set_defaults(run=run_ics)
    exp = psub.add_parser("export", parents=parents, help="write the saved plan as a program file (JSON)",
                          description="Write the plan in force today, with its doses, the own exercises it uses "
                                      "and who prescribed it, as a program file (docs/program-format.md).")
    exp.add_argument("out", metavar="FILE", help="the program file to write ('-' for standard output)")
    exp.set_defaults(run=run_export)
    imp = psub.add_parser("import", parents=parents, help="make a program file the plan from a date you pick",
                          description="Read a program file, show what it changes, and make it the plan from "
                                      "--from (default today). Earlier plans and the history stay as they were.")
    imp.add_argument("file", metavar="FILE", help="the program file to read ('-' for standard input)")
    imp.add_argument("--from", dest="starts_on", metavar="YYYY-MM-DD", type=_day,
                     help="the first day of the imported plan: today (the default) or later")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change; write nothing")
    imp.set_defaults(run=run_import)


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
    return _read_plans(args, library, lambda plans: plans.load(), None)


def _read_plans(args, library: Library, read, missing):
    """(read(PlanRepo) over the history file, or `missing` without one; exit code if reading failed). Never
    creates or repairs a store; the user's own exercises are loaded into `library` first (a plan may name them)."""
    from rehab_desktop.paths import history_path, resolve_data_dir
    from rehab_desktop.store import OwnExerciseRepo, PlanRepo, StoreError, open_database

    data_dir = resolve_data_dir(args.data_dir)
    if not history_path(data_dir).exists():
        return missing, None
    try:
        # recover=False: this may run beside the app, so it never moves a damaged file itself.
        with open_database(data_dir, recover=False) as db:
            OwnExerciseRepo(db).load_into(library)
            return read(PlanRepo(db)), None
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return None, 1


def _starter(args, library: Library):
    """(--program's plan at --emphasis, None), or (None, exit code 2) after naming what is wrong."""
    from rehab_desktop.core.programs import program, program_ids

    if not args.program:
        print(f"{APP_NAME}: --emphasis goes with --program ID", file=sys.stderr)
        return None, 2
    prog = program(args.program)
    if prog is None:
        print(f"{APP_NAME}: unknown program '{args.program}'. Valid programs:\n  " + "\n  ".join(program_ids()),
              file=sys.stderr)
        return None, 2
    return prog.build(library, args.emphasis), None


def run_pdf(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import refuse_binary_on_terminal, report_failure, report_written
    from rehab_desktop.core.plan import week_start
    from rehab_desktop.core.programs import program_ids
    from rehab_desktop.store import OutputError

    if refuse_binary_on_terminal(args.out, "a PDF"):
        return 2
    if args.program or args.emphasis:
        plan, failed = _starter(args, library)
        if failed is not None:
            return failed
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


def run_ics(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import report_failure, report_written
    from rehab_desktop.core import plan_calendar as pc
    from rehab_desktop.core.programs import program_ids
    from rehab_desktop.store import OutputError, open_output

    try:
        start = pc.parse_time(args.time)
        zone = pc.local_zone() if args.time_zone is None else args.time_zone
        choices = pc.CalendarChoices(start, None if args.no_alarm else args.minutes, zone)
    except pc.CalendarError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 2
    today = date.today()
    if args.program or args.emphasis:
        plan, failed = _starter(args, library)
        if failed is not None:
            return failed
        versions, scope, name = [plan], pc.program_scope(args.program, args.emphasis), plan.name
    else:
        found, failed = _read_plans(args, library, lambda plans: (list(plans.timeline().versions),
                                                                  plans.install_id()), ([], ""))
        if failed is not None:
            return failed
        versions, scope = found
        if not any(not v.is_empty for v in versions):
            print(f"{APP_NAME}: there is no saved weekly plan yet. Make one in the Plan tab, or use a starter "
                  f"program with --program ID ({', '.join(program_ids())}; see '{APP_NAME} plan programs').",
                  file=sys.stderr)
            return 2
        name = next((v.name for v in reversed(versions) if (v.starts_on or today) <= today), versions[-1].name)
    for plan in versions:
        for problem in plan.validate(library):
            print(f"{APP_NAME}: warning: {problem.message}", file=sys.stderr)
    events = pc.plan_events(versions, library, scope, today, _timer_options(args))
    data = pc.calendar_bytes(events, choices, _export_time(), scope)
    try:
        with open_output(args.out) as f:
            f.write(data)
    except OutputError as exc:
        return report_failure(exc)
    days = len({e.weekday for e in events if e.last is None or e.last >= today})
    where = choices.zone or "local time, no time zone"
    alarm = ("no alarm" if choices.alarm_min is None else "alarm at the start" if choices.alarm_min == 0
             else f"alarm {choices.alarm_min} min before")
    report_written(args.out, f"Wrote {args.out}: \u201c{name}\u201d, {len(events)} weekly event"
                             f"{'s' if len(events) != 1 else ''} ({days} day{'s' if days != 1 else ''} a week from "
                             f"now on) at {start.strftime('%H:%M')} ({where}), {alarm}.")
    return 0


def _timer_options(args):
    """The timer's get-ready, rest and sides from settings.ini (the defaults when there is none)."""
    from rehab_desktop.paths import resolve_data_dir
    from rehab_desktop.ui.common.preferences import SETTINGS_FILE, PreferenceStore

    data_dir = resolve_data_dir(args.data_dir)
    return PreferenceStore(data_dir).timer_options() if (data_dir / SETTINGS_FILE).exists() else None


def _export_time():
    """When an export happens (tests put a fixed moment here)."""
    from datetime import UTC, datetime

    return datetime.now(UTC)


def run_export(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.cli.reporting import report_failure, report_written
    from rehab_desktop.core.program_file import ProgramError, exported_stamp, program_to_text
    from rehab_desktop.store import OutputError, open_output

    plan, failed = _saved_plan(args, library)
    if failed is not None:
        return failed
    if plan is None or plan.is_empty:
        print(f"{APP_NAME}: there is no saved weekly plan to export yet. Make one in the Plan tab, or import a "
              f"program file with '{APP_NAME} plan import FILE'.", file=sys.stderr)
        return 2
    try:
        text = program_to_text(plan, library, exported_stamp(_export_time()))
    except ProgramError as exc:
        print(f"{APP_NAME}: cannot export the plan: {exc}", file=sys.stderr)
        return 1
    try:
        with open_output(args.out, encoding="utf-8") as f:
            f.write(text)
    except OutputError as exc:
        return report_failure(exc)
    own = sum(1 for i in plan.exercise_ids() if (ex := library.get(i)) is not None and ex.own)
    count = plan.entry_count()
    report_written(args.out, f"Wrote {args.out}: the plan \u201c{plan.name}\u201d, {count} exercise"
                             f"{'s' if count != 1 else ''} a week"
                             + (f", with {own} own exercise{'s' if own != 1 else ''}" if own else "") + ".")
    return 0


def _read_file(name: str) -> tuple[bytes | None, str]:
    """The program file's bytes (standard input for '-'), refused by size before reading; else a reason."""
    import os

    from rehab_desktop.core.program_file import MAX_BYTES, ProgramError, check_size

    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            st = os.stat(name)
            if os.path.isdir(name):
                return None, "is a folder, not a program file"
            check_size(st.st_size)
            with open(name, "rb") as f:
                raw = f.read(MAX_BYTES + 1)  # a FIFO or a growing file says nothing of its size
        check_size(len(raw))
    except ProgramError as exc:
        return None, str(exc)
    except FileNotFoundError:
        return None, "no such file"
    except PermissionError:
        return None, "cannot be read: permission denied"
    except OSError as exc:
        return None, f"cannot be read: {exc.strerror or exc}"
    return raw, ""


def run_import(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.core.program_file import ProgramError, own_changes, program_changes, read_program
    from rehab_desktop.paths import history_path, resolve_data_dir
    from rehab_desktop.store import OwnExerciseRepo, PlanRepo, StoreError, open_database

    today = date.today()
    starts_on = args.starts_on or today
    if starts_on < today:
        print(f"{APP_NAME}: --from {starts_on.isoformat()} is in the past: an imported plan starts today "
              f"({today.isoformat()}) or later, so the days already lived keep the plan they had", file=sys.stderr)
        return 2
    shown = "standard input" if args.file == "-" else args.file
    raw, reason = _read_file(args.file)
    if raw is None:
        print(f"{APP_NAME}: {shown}: {reason}", file=sys.stderr)
        return 1
    try:  # checked in full before the store is opened (or made): a bad file writes nothing
        program = read_program(raw, library, source=args.file)
    except ProgramError as exc:
        print(f"{APP_NAME}: {shown}: {exc}", file=sys.stderr)
        return 1
    data_dir = resolve_data_dir(args.data_dir)
    if args.dry_run and not history_path(data_dir).exists():
        _print_preview(shown, starts_on, program_changes(program, None, library, starts_on))
        print("Dry run: nothing was written.")
        return 0
    try:
        # recover=False: this may run beside the app, so a damaged file is refused, never moved aside here.
        with open_database(data_dir, recover=False) as db:
            if args.dry_run:  # SQLite itself refuses every write now, even the statistics kept on closing
                db.conn.execute("PRAGMA query_only = ON")
            own_repo = OwnExerciseRepo(db)
            own_repo.load_into(library)
            plans = PlanRepo(db)
            timeline = plans.timeline()
            current = timeline.in_force(starts_on)
            replaced = [p for p in timeline.versions if p.starts_on is not None and p.starts_on >= starts_on]
            changes = own_changes(program, library)
            _print_preview(shown, starts_on, program_changes(program, current, library, starts_on, replaced))
            if args.dry_run:
                print("Dry run: nothing was written.")
                return 0
            if (current is not None and current.same_content(program.plan) and not changes
                    and all(p is current for p in replaced)):
                print(f"Nothing to import: {shown} is already the plan then; nothing was written.")
                return 0
            plans.start_version(program.plan, starts_on, own=[ex for ex, _what in changes])  # one transaction
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return 1
    count = program.plan.entry_count()
    added = sum(1 for _ex, what in changes if what == "added")
    changed = sum(1 for _ex, what in changes if what == "changed")
    extra = "".join(f", {n} own exercise{'s' if n != 1 else ''} {what}" for n, what in
                    ((added, "added"), (changed, "changed")) if n)
    print(f"Imported {shown}: the plan from {starts_on.isoformat()}, {count} exercise{'s' if count != 1 else ''} "
          f"a week{extra}. Earlier plans and your history are as they were.")
    return 0


def _print_preview(shown: str, starts_on: date, lines: list[str]) -> None:
    print(f"Importing {shown} as the plan from {starts_on.isoformat()}:")
    for line in lines:
        print(f"  {line}")
