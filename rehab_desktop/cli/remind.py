"""`rehab-desktop remind [--watch]`: show the day's reminder when one is due (what the desktop runs while
the app is closed); the work is in ui/reminders/checker.py, which needs Qt for the notification."""

from __future__ import annotations

import argparse

from rehab_desktop.core.exercises import Library


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "remind", parents=parents,
        help="show today's exercise reminder if one is due (run by the desktop while the app is closed)",
        description="Check whether a reminder is due now (Settings > Remind me) and show it as a desktop "
                    "notification with Start now and Later. Nothing is shown when today's plan is done, on a "
                    "day without planned exercises, for a time already reminded, or while the app is open "
                    "(it shows the reminder itself). The systemd user timer or autostart entry that the app "
                    "installs runs this.")
    p.add_argument("--watch", action="store_true",
                   help="keep running and check at each reminder time (what the autostart entry starts where "
                        "there is no systemd user session)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, library: Library) -> int:
    from rehab_desktop.ui.reminders.checker import run_checker

    return run_checker(args, library)
