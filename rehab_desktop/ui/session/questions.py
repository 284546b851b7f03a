"""Questions the session asks the person (keep or finish, retry or lose), behind one small function type.

The window is given an `Ask`; the app passes `ask_with_message_box`, tests pass one that answers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.ui.session.controller import SessionController

# ask(parent, title, text, [(key, button text), ...], key that Esc means) -> the chosen key
Ask = Callable[[QWidget, str, str, Sequence[tuple[str, str]], str], str]


def ask_with_message_box(parent: QWidget, title: str, text: str, choices: Sequence[tuple[str, str]],
                         escape: str) -> str:
    """A message box with one button per choice, the first one the default; Esc gives `escape`."""
    from PySide6.QtWidgets import QMessageBox  # the Qt class loads when a first question is asked, not at the start

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
        where = s.repo.db.path if s.repo is not None else translate("ui.session.questions", "the history file")
        why = s.last_error or translate("ui.session.questions", "The disk refused the write.")
        text = translate("ui.session.questions", "%n set(s) or pain rating(s) could not be written to {file}."
                         "\n\n{error}\n\nFree some space or fix the folder, then try again. If you quit now they are "
                         "lost.", "{file}: a path; {error}: why, a sentence", n).format(file=where, error=why)
        answer = ask(parent, translate("ui.session.questions", "Sets not saved yet"), text,
                     [("retry", translate("ui.session.questions", "Try again")),
                      ("lose", translate("ui.session.questions", "Quit and lose %n", None, n)),
                      ("cancel", translate("ui.session.questions", "Cancel"))], "cancel")
        if answer == "cancel":
            return False
        if answer == "lose":
            break
        if s.retry_pending():
            notice(translate("ui.session.questions", "Saved the kept sets."))
    if not s.is_open or s.repo is None:  # without a history file there is nothing to keep or finish
        return True
    pause()
    done = s.sets_done
    text = translate("ui.session.questions", "%n set(s) done since {time}. Finish the session now, or keep it to "
                     "resume at the same exercise and set next time?", "{time}: 18:05", done).format(
                         time=formats().clock(s.started_at.time()))
    answer = ask(parent, translate("ui.session.questions", "The session is still open"), text,
                 [("finish", translate("ui.session.questions", "Finish now\u2026")),
                  ("keep", translate("ui.session.questions", "Keep it for later")),
                  ("cancel", translate("ui.session.questions", "Cancel"))], "cancel")
    if answer == "finish":
        return finish()
    if answer == "keep":
        s.save_position()
        return True
    return False
