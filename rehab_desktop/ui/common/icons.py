"""The app's own icon, loaded from the package's resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from rehab_desktop.shipped import shipped

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window icon at the sizes window managers ask for.

    Pre-rendered PNGs (packaging/render-icons.py writes them from the SVG), read as bytes so no
    real file is needed (importlib.resources may hand out a zip member): start-up needs neither
    QtSvg nor any rendering, and decoding seven small PNGs takes about a millisecond.
    """
    folder = shipped("icons")
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((folder / f"rehab-desktop-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
