"""The history pane: past sessions (placeholder until the review is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class HistoryPane(QWidget):
    """Placeholder: the session review arrives with issue 5."""

    def __init__(self, repo, library, settings, parent=None):
        super().__init__(parent)
        self.repo = repo
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("History review is being built.", self))
        lay.addStretch(1)
