"""The store as the panes get it: the Qt-free facade (or None when history is off) and one signal
that says what each write changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from rehab_desktop.store import Change, Store


class StoreService(QObject):
    """Built once by the composition root; whoever writes announces, every view listens to `changed`."""

    changed = Signal(object)  # a store Change

    def __init__(self, store: Store | None, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store

    @property
    def available(self) -> bool:
        return self.store is not None

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
