"""Program guidance: what to avoid, when to stop, how the groups build up, and the source."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rehab_desktop.core.exercises import Library
from rehab_desktop.ui.exercises.instructions import credit_html


def guide_html(library: Library) -> str:
    g = library.guidance
    e = html.escape
    groups = "".join(f"<li><b>{e(gr.name)}</b>: {e(gr.description)}</li>" for gr in library.groups)
    benefits = "".join(f"<li>{e(b)}</li>" for b in g.benefits)
    return (
        f"<h2>Before you start</h2><p><b>{e(g.disclaimer)}</b></p>"
        f"<h2>Stop and get help</h2><p>{e(g.stop)}</p>"
        f"<h2>What to avoid</h2><p>{e(g.avoid)}</p>"
        f"<h2>How the program builds up</h2><p>{e(g.staging)}</p><ul>{groups}</ul>"
        f"<h2>What the exercises are for</h2><ul>{benefits}</ul>"
        f"<h2>Source</h2><p>{credit_html(library.credit)}</p>"
    )


class GuideDialog(QDialog):
    """A readable page of the program-wide guidance."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Program guidance")
        self.setAccessibleName("Program guidance")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName("Program guidance text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_html(library))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.resize(760, 640)


def show_guide(library: Library, parent: QWidget) -> None:
    GuideDialog(library, parent).exec()
