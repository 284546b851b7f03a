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

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.store import BackupFile, list_backups
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.elided import ElidedLabel

# What made each kind of backup, after its date in the list (looked up with translate when shown).
KIND_WORDS = {"automatic": QT_TRANSLATE_NOOP("ui.shell.restore_dialog", "automatic"),
              "manual": QT_TRANSLATE_NOOP("ui.shell.restore_dialog", "made by hand"),
              "upgrade": QT_TRANSLATE_NOOP("ui.shell.restore_dialog", "before an update"),
              "before-restore": QT_TRANSLATE_NOOP("ui.shell.restore_dialog", "the history before a restore")}


def made_text(moment: datetime) -> str:
    """'Tuesday 1 December 2026, 18:04', in local time."""
    local = moment.astimezone()
    day = formats().long_day(local.date())
    return f"{day[:1].upper() + day[1:]}, {formats().clock(local.time())}"


def row_text(backup: BackupFile) -> str:
    """'Tuesday 1 December 2026, 18:04 · automatic' (a file the app did not name: its file name)."""
    kind = KIND_WORDS.get(backup.kind)
    return f"{made_text(backup.made)} \u00b7 {translate('ui.shell.restore_dialog', kind) if kind else backup.path.name}"


class RestoreDialog(QDialog):
    """Lists the backups in `folder`, newest first; `chosen` is the file picked, once accepted."""

    def __init__(self, folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.chosen: Path | None = None
        self.setWindowTitle(translate("ui.shell.restore_dialog", "Restore the history"))
        self.setAccessibleName(translate("ui.shell.restore_dialog", "Restore the history"))
        self.backups = list_backups(self.folder)
        heading = QLabel(translate("ui.shell.restore_dialog", "Backups in:") if self.backups
                         else translate("ui.shell.restore_dialog", "There are no backups in:"), self)
        where = ElidedLabel(str(self.folder), self)
        where.setAccessibleName(translate("ui.shell.restore_dialog", "Backup folder: {folder}").format(
            folder=self.folder))
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("ui.shell.restore_dialog", "Backups, newest first"))
        self.list.setWordWrap(True)
        for backup in self.backups:
            item = QListWidgetItem(row_text(backup), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(str(backup.path))
        self.list.setVisible(bool(self.backups))
        heading.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(translate("ui.shell.restore_dialog", "&Restore this one"), self)
        self.restore_button.setAccessibleName(translate("ui.shell.restore_dialog", "Restore this backup"))
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(translate("ui.shell.restore_dialog", "&Other file\u2026"), self)
        self.other_button.setAccessibleName(translate("ui.shell.restore_dialog", "Restore from another file"))
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
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ui.shell.restore_dialog", "Restore the history from a file"), str(start),
            translate("ui.shell.restore_dialog", "History backups (*.sqlite3);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()
