"""`rehab-desktop history ...`: exports of the session history, without opening a window."""

from __future__ import annotations

import argparse
import sys

from rehab_desktop import APP_NAME


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `history csv` (and the other formats); `parents` carry the shared --data-dir."""
    history = sub.add_parser("history", help="export your session history without opening a window")
    hsub = history.add_subparsers(dest="history_command", metavar="FORMAT", required=True)
    csv_p = hsub.add_parser("csv", parents=parents, help="every set with its session's columns, as CSV")
    csv_p.add_argument("out", metavar="OUT.csv", help="file to write ('-' for standard output)")
    csv_p.set_defaults(run=run_csv)


def _open_store(args):
    """The history of --data-dir, read without moving or creating anything; None after a message."""
    from rehab_desktop.paths import history_path, resolve_data_dir
    from rehab_desktop.store import StoreError, open_database

    data_dir = resolve_data_dir(args.data_dir)
    if not history_path(data_dir).exists():
        print(f"{APP_NAME}: no history yet in {data_dir}", file=sys.stderr)
        return None
    try:
        # recover=False: an export may run beside the app, so it never moves a damaged file itself.
        return open_database(data_dir, recover=False)
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return None


def run_csv(args, library) -> int:
    from rehab_desktop.store import StoreError, export_history_csv

    db = _open_store(args)
    if db is None:
        return 1
    try:
        with db:
            out = "/dev/stdout" if args.out == "-" else args.out
            rows = export_history_csv(db, out)
    except StoreError as exc:
        print(f"{APP_NAME}: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{APP_NAME}: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if args.out != "-":
        print(f"Wrote {rows} rows to {args.out}")
    return 0
