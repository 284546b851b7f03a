"""The wrapping row layout remembers the heights it worked out (Qt asks for the same width many times
while a window is laid out), and forgets them the moment anything in it changes."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from rehab_desktop.ui.common.flow import FlowLayout


def test_heights_follow_longer_text_hidden_and_added_items(qtbot, qapp):
    w = QWidget()
    qtbot.addWidget(w)
    lay = FlowLayout(w)
    buttons = [QPushButton(f"Button {i}") for i in range(4)]
    for b in buttons:
        lay.addWidget(b)
    w.show()
    one_width = lay.heightForWidth(300)
    assert lay.heightForWidth(300) == one_width  # asked again: the same answer
    for b in buttons:
        b.setText(b.text() * 3)  # longer labels wrap onto more lines
    longer = lay.heightForWidth(300)
    assert longer > one_width
    for b in buttons[1:]:
        b.hide()
    fewer = lay.heightForWidth(300)
    assert fewer < longer
    lay.addWidget(QPushButton("One more, with a label too long to share a line with the first"))
    qapp.processEvents()  # Qt shows a widget added to a shown window from the event loop
    assert lay.heightForWidth(300) > fewer
