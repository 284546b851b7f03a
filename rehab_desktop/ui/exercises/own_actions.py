"""Adding, copying, editing and removing the user's own exercises: the dialogs, the store write,
the one library updated, and the change announced so every view shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.own_exercises import copy_of
from rehab_desktop.store import Change, StoreError
from rehab_desktop.ui.common.store_service import StoreService

if TYPE_CHECKING:  # the form is imported the first time it opens
    from rehab_desktop.ui.exercises.own_editor import OwnExerciseDialog


class OwnExercises(QObject):
    """What the Exercises menu and the list's context menu do with own exercises."""

    saved = Signal(str)  # the id of the exercise added or changed: the window shows it
    message = Signal(str)  # a line for the status bar

    def __init__(self, library: Library, service: StoreService, parent_widget: Callable[[], QWidget],
                 parent: QObject | None = None, exec_dialog: Callable[[OwnExerciseDialog], bool] | None = None,
                 confirm: Callable[[str, str], bool] | None = None):
        super().__init__(parent)
        self.library = library
        self.service = service
        self._parent = parent_widget
        self._exec = exec_dialog or (lambda d: d.exec() == d.DialogCode.Accepted)
        self._confirm = confirm or self._ask

    @property
    def available(self) -> bool:
        return self.service.store is not None

    def add(self) -> None:
        from rehab_desktop.ui.exercises.own_editor import OwnExerciseDialog

        self._edit(OwnExerciseDialog(self.library, self._parent()))

    def copy(self, exercise_id: str) -> None:
        ex = self.library.get(exercise_id)
        if ex is None:
            return
        taken = [e.id for e in (*self.library.builtin, *self.library.own)]
        from rehab_desktop.ui.exercises.own_editor import OwnExerciseDialog

        self._edit(OwnExerciseDialog(self.library, self._parent(), start=copy_of(ex, taken)))

    def edit(self, exercise_id: str) -> None:
        ex = self.library.get(exercise_id)
        if ex is None or not ex.own:
            return
        from rehab_desktop.ui.exercises.own_editor import OwnExerciseDialog

        self._edit(OwnExerciseDialog(self.library, self._parent(), editing=ex))

    def remove(self, exercise_id: str) -> None:
        ex = self.library.get(exercise_id)
        store = self.service.store
        if ex is None or not ex.own or store is None:
            return
        used = store.exercises.is_used(ex.id)
        detail = (translate("ui.exercises.own_actions", "Your history and plans that name it keep its name; it is no "
                                                        "longer offered.")
                  if used else translate("ui.exercises.own_actions", "It has never been done, so it is deleted."))
        if not self._confirm(translate("ui.exercises.own_actions", "Remove \u201c{name}\u201d?",
                                       "an exercise's name").format(name=ex.name), detail):
            return
        try:
            how = store.exercises.remove(ex.id)
            store.exercises.load_into(self.library)
        except StoreError as exc:
            self.message.emit(exc.message)
            return
        self.service.announce(Change(exercises=True))
        self.message.emit(translate("ui.exercises.own_actions", "\u201c{name}\u201d removed (kept in your history)",
                                    "an exercise's name").format(name=ex.name) if how == "hidden"
                          else translate("ui.exercises.own_actions", "\u201c{name}\u201d removed",
                                         "an exercise's name").format(name=ex.name))

    def _edit(self, dialog: OwnExerciseDialog) -> None:
        store = self.service.store
        if store is None:
            self.message.emit(translate("ui.exercises.own_actions",
                                        "Your own exercises are kept with the history, which is off."))
            return
        if not self._exec(dialog):
            return
        exercise = dialog.exercise()
        try:
            store.exercises.save(exercise)
            store.exercises.load_into(self.library)
        except StoreError as exc:
            self.message.emit(exc.message)
            return
        self.service.announce(Change(exercises=True))
        self.message.emit(translate("ui.exercises.own_actions", "\u201c{name}\u201d saved with your own exercises",
                                    "an exercise's name").format(name=exercise.name))
        self.saved.emit(exercise.id)

    def _ask(self, question: str, detail: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # loaded when first asked: not at the start

        box = QMessageBox(QMessageBox.Icon.Question, translate("ui.exercises.own_actions", "Remove exercise"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self._parent())
        box.setInformativeText(detail)
        return box.exec() == QMessageBox.StandardButton.Yes
