"""The app's own icon, loaded from the package's resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

APP_ICON = "rehab-desktop.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The window icon, drawn from the shipped SVG at the sizes window managers ask for."""
    data = (resources.files("rehab_desktop") / "resources" / "icons" / APP_ICON).read_bytes()
    # Rendered here from bytes rather than opened by path, so it needs neither a real file
    # (importlib.resources may hand out a zip member) nor Qt's SVG icon-engine plugin.
    renderer = QSvgRenderer(QByteArray(data))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon
