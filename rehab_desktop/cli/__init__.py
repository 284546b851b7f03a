"""Headless subcommands (no window): the exercise list, history exports, the weekly plan, the reminder check."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add every subcommand; each sets `run(args, library) -> exit code`."""
    from rehab_desktop.cli import exercises, history, plan, remind

    exercises.register(sub, parents)
    history.register(sub, parents)
    plan.register(sub, parents)
    remind.register(sub, parents)
