"""Questions the session asks the person (keep or finish, retry or lose), behind one small function type.

The window is given an `Ask`; the app passes `ask_with_message_box`, tests pass one that answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

# ask(parent, title, text, [(key, button text), ...], key that Esc means) -> the chosen key
Ask = Callable[[QWidget, str, str, Sequence[tuple[str, str]], str], str]


def ask_with_message_box(parent: QWidget, title: str, text: str, choices: Sequence[tuple[str, str]],
                         escape: str) -> str:
    """A message box with one button per choice, the first one the default; Esc gives `escape`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    buttons = {}
    for i, (key, label) in enumerate(choices):
        role = QMessageBox.ButtonRole.RejectRole if key == escape else QMessageBox.ButtonRole.AcceptRole
        b = box.addButton(label, role)
        buttons[b] = key
        if i == 0:
            box.setDefaultButton(b)
        if key == escape:
            box.setEscapeButton(b)
    box.exec()
    return buttons.get(box.clickedButton(), escape)
