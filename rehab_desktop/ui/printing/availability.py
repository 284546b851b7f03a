"""Whether this computer can print on paper, and if not, the sentence that says so.

On Linux, Qt prints through CUPS: its printsupport plugin links the system's libcups.so.2, and where
that library is missing Qt leaves the plugin out and every QPrinter silently becomes a PDF writer.
The frozen build leaves libcups to the system (packaging/rehab-desktop.spec), so a computer without
CUPS runs the app, prints nothing, and is told so. Saving a PDF (QPdfWriter) never needs CUPS.
"""

from __future__ import annotations

import ctypes
import sys

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

NO_CUPS = QT_TRANSLATE_NOOP(
    "ui.printing.availability",
    "Printing is not available on this computer (the CUPS printing system is not installed). "
    "You can export the week as a PDF instead and print that elsewhere.")


def cups_installed() -> bool:
    """True when the CUPS client library the Qt plugin needs can be loaded (as the plugin would load it)."""
    try:
        ctypes.CDLL("libcups.so.2")
    except OSError:
        return False
    return True


def printing_unavailable() -> str | None:
    """None when Qt can print here; otherwise why not, in a sentence for the person at the computer."""
    if sys.platform.startswith("linux") and not cups_installed():
        return translate("ui.printing.availability", NO_CUPS)
    return None
