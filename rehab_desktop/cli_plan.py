"""`rehab-desktop plan ...`: the weekly plan's programs and printable page, without a window."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Placeholder until the weekly plan (issue 6) lands: registers nothing yet."""
