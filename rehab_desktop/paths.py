"""Where the app keeps the user's files: --data-dir, else REHAB_DESKTOP_DATA_DIR, else platformdirs."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from rehab_desktop import APP_NAME

ENV_DATA_DIR = "REHAB_DESKTOP_DATA_DIR"
HISTORY_FILE = "history.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None,
                     environ: Mapping[str, str] | None = None) -> Path:
    """The data dir to use; resolving creates nothing (opening the store does).

    An empty `explicit` or environment value counts as unset, so `--data-dir ""` or an exported
    but empty variable falls through to the default instead of meaning the current directory.
    """
    if explicit is not None and str(explicit).strip():
        return Path(explicit).expanduser().absolute()
    env = os.environ if environ is None else environ
    value = env.get(ENV_DATA_DIR, "").strip()
    if value:
        return Path(value).expanduser().absolute()
    # Imported here so that code which only ever passes a dir never needs platformdirs.
    import platformdirs

    # user_data_dir, not user_state_dir or a cache dir: the history is the user's record.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def history_path(data_dir: str | os.PathLike[str]) -> Path:
    """The history database's file inside `data_dir`."""
    return Path(data_dir) / HISTORY_FILE
