"""Choosing the backup to restore: the backups in the backup folder by when they were made, or a file elsewhere."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rehab_desktop.store import BackupFile, list_backups
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.elided import ElidedLabel
from rehab_desktop.ui.common.formatting import clock_text, long_day

KIND_WORDS = {"automatic": "automatic", "manual": "made by hand", "upgrade": "before an update",
              "before-restore": "the history before a restore"}


def made_text(moment: datetime) -> str:
    """'Tuesday 1 December 2026, 18:04', in local time."""
    local = moment.astimezone()
    return f"{long_day(local.date())}, {clock_text(local)}"


def row_text(backup: BackupFile) -> str:
    """'Tuesday 1 December 2026, 18:04 · automatic' (a file the app did not name: its file name)."""
    return f"{made_text(backup.made)} \u00b7 {KIND_WORDS.get(backup.kind, backup.path.name)}"


class RestoreDialog(QDialog):
    """Lists the backups in `folder`, newest first; `chosen` is the file picked, once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.chosen: Path | None = None
        self.setWindowTitle("Restore the history")
        self.setAccessibleName("Restore the history")
        self.backups = list_backups(self.folder)
        heading = QLabel("Backups in:" if self.backups else "There are no backups in:", self)
        where = ElidedLabel(str(self.folder), self)
        where.setAccessibleName(f"Backup folder: {self.folder}")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Backups, newest first")
        self.list.setWordWrap(True)
        for backup in self.backups:
            item = QListWidgetItem(row_text(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
        self.list.setVisible(bool(self.backups))
        heading.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton("&Restore this one", self)
        self.restore_button.setAccessibleName("Restore this backup")
        self.restore_button.setDefault(True)
        self.other_button = QPushButton("&Other file\u2026", self)
        self.other_button.setAccessibleName("Restore from another file")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._take_selected)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other)
        self.list.itemDoubleClicked.connect(lambda _item: self._take_selected())
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(bool(self.backups))
        if self.backups:
            self.list.setCurrentRow(0)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(where)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        (self.list if self.backups else self.other_button).setFocus()
        style.fit_to_screen(self, 560, 420)

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _take_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def choose_other(self) -> None:
        start = self.folder if self.folder.is_dir() else Path.home()
        path, _ = QFileDialog.getOpenFileName(self, "Restore the history from a file", str(start),
                                              "History backups (*.sqlite3);;All files (*)")
        if path:
            self.chosen = Path(path)
            self.accept()
