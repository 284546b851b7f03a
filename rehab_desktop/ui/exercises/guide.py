"""Program guidance: what to avoid, when to stop, how the groups build up, and the source."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rehab_desktop.core.exercises import Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.ui.exercises.instructions import credit_html


def guide_html(library: Library) -> str:
    g = library.guidance
    e = html.escape
    groups = "".join(f"<li><b>{e(gr.name)}</b>: {e(gr.description)}</li>" for gr in library.groups)
    benefits = "".join(f"<li>{e(b)}</li>" for b in g.benefits)
    heads = [e(h) for h in (translate("ui.exercises.guide", "Before you start"),
                            translate("ui.exercises.guide", "Stop and get help"),
                            translate("ui.exercises.guide", "What to avoid"),
                            translate("ui.exercises.guide", "How the program builds up"),
                            translate("ui.exercises.guide", "What the exercises are for"),
                            translate("ui.exercises.guide", "Source", "a heading: where the exercises come from"))]
    return (
        f"<h2>{heads[0]}</h2><p><b>{e(g.disclaimer)}</b></p>"
        f"<h2>{heads[1]}</h2><p>{e(g.stop)}</p>"
        f"<h2>{heads[2]}</h2><p>{e(g.avoid)}</p>"
        f"<h2>{heads[3]}</h2><p>{e(g.staging)}</p><ul>{groups}</ul>"
        f"<h2>{heads[4]}</h2><ul>{benefits}</ul>"
        f"<h2>{heads[5]}</h2><p>{credit_html(library.credit)}</p>"
    )


class GuideDialog(QDialog):
    """A readable page of the program-wide guidance."""

    def __init__(self, library: Library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ui.exercises.guide", "Program guidance"))
        self.setAccessibleName(translate("ui.exercises.guide", "Program guidance"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("ui.exercises.guide", "Program guidance text"))
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
