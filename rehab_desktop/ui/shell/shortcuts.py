"""Help > Keyboard shortcuts: every key the window answers to, read from its own actions."""

from __future__ import annotations

import html

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rehab_desktop.core.i18n import translate


def plain(text: str) -> str:
    """An action's text as read: no mnemonic marks, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("\u2026").strip()


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for each action of the window that has a key, in menu order first."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def add(action: QAction) -> None:
        if id(action) in seen or not action.shortcuts() or not action.text():
            return
        seen.add(id(action))
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        rows.append((plain(action.text()), keys))

    menubar = window.menuBar() if hasattr(window, "menuBar") else None
    for top in menubar.actions() if menubar else []:
        for action in top.menu().actions() if top.menu() else []:
            add(action)
    for action in window.findChildren(QAction):
        add(action)
    return rows


def shortcuts_html(window: QWidget) -> str:
    cell = "<tr><td style='padding-right:24px'>{}</td><td><b>{}</b></td></tr>"
    rows = "".join(cell.format(html.escape(what), html.escape(keys)) for what, keys in shortcut_rows(window))
    title = translate("ui.shell.shortcuts", "Keyboard shortcuts")
    how = translate("ui.shell.shortcuts", "Alt with an underlined letter opens that menu, page or button.")
    return f"<h3>{html.escape(title)}</h3><table>{rows}</table><p>{html.escape(how)}</p>"


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(translate("ui.shell.shortcuts", "Keyboard shortcuts"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(translate("ui.shell.shortcuts", "Keyboard shortcuts"))
        self.text.setHtml(shortcuts_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 45, self.fontMetrics().height() * 30)
