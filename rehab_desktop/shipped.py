"""Files shipped with the app (exercise library, icons, sounds): found in the installed package,
in the frozen build, or in the checkout's top-level resources/ folder when run from source."""

from __future__ import annotations

from pathlib import Path


def shipped(*parts: str) -> Path:
    """The shipped file or folder at `parts` under resources/ (for example `shipped("sounds")`)."""
    # pyproject.toml installs the top-level resources/ as rehab_desktop/resources, as does the
    # PyInstaller spec (whose modules' __file__ sits in the bundle's rehab_desktop/ folder); a
    # source checkout on PYTHONPATH has it one level up instead. A plain path, not
    # importlib.resources: that pulls in tempfile, shutil and zipfile, a tenth of the start.
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    base = installed if installed.is_dir() else here.parent / "resources"
    return base.joinpath(*parts)
