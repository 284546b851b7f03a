"""The weekly plan pane (placeholder until the plan editor is built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlanPane(QWidget):
    """Placeholder: the weekly plan arrives with issue 6."""

    def __init__(self, repo, library, settings, parent=None):
        super().__init__(parent)
        self.repo = repo
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("The weekly plan is being built.", self))
        lay.addStretch(1)
