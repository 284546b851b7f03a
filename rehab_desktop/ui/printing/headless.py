"""A Qt application for command-line work that renders (PDFs) but never opens a window."""

from __future__ import annotations

import os
import sys


def ensure_gui_app():
    """Return the running QGuiApplication, or start one on the offscreen platform.

    Command-line exports draw with QPainter and need fonts, but must work over ssh and in CI
    where there is no display: they use Qt's offscreen platform unless told otherwise.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app
