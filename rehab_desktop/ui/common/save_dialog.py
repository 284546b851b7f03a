"""Where a save dialog opens: the folder last saved to, else Documents, else home; never the
folder the app happened to be started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None  # for this run: the folder of the last file saved


def start_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def ask_save_path(parent: QWidget, title: str, name: str, pattern: str, suffix: str) -> str | None:
    """The file the person chose (with `suffix` added if they left it off), or None when cancelled."""
    global _last_folder
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / name), pattern)
    if not path:
        return None
    if not path.lower().endswith(suffix):
        path += suffix
    _last_folder = Path(path).parent
    return path
