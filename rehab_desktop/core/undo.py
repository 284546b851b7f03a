"""An undo/redo history of whole snapshots, where a run of edits to one field counts as one step."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class UndoHistory(Generic[T]):
    """Snapshots before each change; `merge` keys fold consecutive edits of one thing into one step."""

    def __init__(self, limit: int = 50):
        self.limit = limit
        self._undo: list[T] = []
        self._redo: list[T] = []
        self._merge: object = None

    def remember(self, before: T, merge: object = None) -> None:
        """Keep `before` for undo, unless this change continues the last one (the same `merge` key)."""
        if merge is None or merge != self._merge:
            self._undo.append(before)
            del self._undo[:-self.limit]
            self._redo.clear()
        self._merge = merge

    def break_merge(self) -> None:
        """The next change starts a step of its own (another entry was chosen, say)."""
        self._merge = None

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self, current: T) -> T | None:
        """The state to go back to (keeping `current` for redo), or None when there is none."""
        if not self._undo:
            return None
        self._redo.append(current)
        self._merge = None
        return self._undo.pop()

    def redo(self, current: T) -> T | None:
        if not self._redo:
            return None
        self._undo.append(current)
        self._merge = None
        return self._redo.pop()
