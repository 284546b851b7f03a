"""Questions the session asks the person (keep or finish, retry or lose), behind one small function type.

The window is given an `Ask`; the app passes `ask_with_message_box`, tests pass one that answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from rehab_desktop.ui.session.controller import SessionController

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


def ask_before_closing(ask: Ask, parent: QWidget, session: SessionController, pause: Callable[[], None],
                       finish: Callable[[], bool], notice: Callable[[str], None]) -> bool:
    """Before the window closes: sets not written yet are retried or knowingly let go, and an open
    session is finished, kept for later, or the close is cancelled. True when the window may close."""
    s = session
    while s.pending_count:
        n = s.pending_count
        where = s.repo.db.path if s.repo is not None else "the history file"
        answer = ask(parent, "Sets not saved yet",
                     f"{n} set{'s' if n != 1 else ''} or pain rating{'s' if n != 1 else ''} could not be "
                     f"written to {where}.\n\n{s.last_error or 'The disk refused the write.'}\n\n"
                     "Free some space or fix the folder, then try again. If you quit now they are lost.",
                     [("retry", "Try again"), ("lose", f"Quit and lose {n}"), ("cancel", "Cancel")], "cancel")
        if answer == "cancel":
            return False
        if answer == "lose":
            break
        if s.retry_pending():
            notice("Saved the kept sets.")
    if not s.is_open or s.repo is None:  # without a history file there is nothing to keep or finish
        return True
    pause()
    done = f"{s.sets_done} set{'' if s.sets_done == 1 else 's'}"
    answer = ask(parent, "The session is still open",
                 f"{done} done since {s.started_at:%H:%M}. Finish the session now, or keep it to resume at the "
                 "same exercise and set next time?",
                 [("finish", "Finish now\u2026"), ("keep", "Keep it for later"), ("cancel", "Cancel")], "cancel")
    if answer == "finish":
        return finish()
    if answer == "keep":
        s.save_position()
        return True
    return False
