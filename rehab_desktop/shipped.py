"""Files shipped with the app (exercise library, icons, sounds): found in the installed package,
in the frozen build, or in the checkout's top-level resources/ folder when run from source."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def shipped(*parts: str) -> Traversable:
    """The shipped file or folder at `parts` under resources/ (for example `shipped("sounds")`)."""
    # pyproject.toml installs the top-level resources/ as rehab_desktop/resources, as does the
    # PyInstaller spec; a source checkout on PYTHONPATH has it one level up instead.
    installed = resources.files("rehab_desktop") / "resources"
    base = installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
