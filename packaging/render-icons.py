"""Render the app icon's PNG sizes (and the Windows .ico and macOS .icns) from its SVG sources.

The outputs are committed, so a build never needs this script. Run it after changing an SVG:

    QT_QPA_PLATFORM=offscreen python packaging/render-icons.py

It needs PySide6 (the app's own dependency) for rendering; the .ico and .icns are written only
when Pillow is importable (a throwaway venv is fine: Pillow is not a project dependency).
Sizes 16 and 24 come from a simplified drawing that stays legible at that scale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.rehab_desktop.RehabDesktop"
ROOT = Path(__file__).resolve().parent.parent
FULL_SVG = ROOT / "resources" / "icons" / "rehab-desktop.svg"
SMALL_SVG = ROOT / "packaging" / "linux" / "icons" / "rehab-desktop-small.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_SIZES = (16, 24)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        sys.exit(f"render-icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 -- QImage and QSvgRenderer want one
    images: dict[int, QImage] = {}
    for size in SIZES:
        images[size] = render(SMALL_SVG if size in SMALL_SIZES else FULL_SVG, size)
        out = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(png_bytes(images[size]))
        print(f"wrote {out.relative_to(ROOT)}")
        if size <= 256:  # the app's own window icon: PNGs load without QtSvg at start-up
            own = FULL_SVG.parent / f"rehab-desktop-{size}.png"
            own.write_bytes(png_bytes(images[size]))
            print(f"wrote {own.relative_to(ROOT)}")
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(FULL_SVG.read_bytes())
    print(f"wrote {scalable.relative_to(ROOT)}")

    try:
        from io import BytesIO

        from PIL import Image
    except ImportError:
        print("render-icons: Pillow is not installed; .ico and .icns left as they are", file=sys.stderr)
        return 0
    pil = {size: Image.open(BytesIO(png_bytes(image))).convert("RGBA") for size, image in images.items()}
    ico = ROOT / "packaging" / "windows" / "rehab-desktop.ico"
    # Pillow writes each requested size from the image it is given, so hand it the largest
    # and the sharper small renderings through append_images.
    pil[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                  append_images=[pil[s] for s in ICO_SIZES if s != 256])
    print(f"wrote {ico.relative_to(ROOT)}")
    icns = ROOT / "packaging" / "macos" / "rehab-desktop.icns"
    pil[512].save(icns, format="ICNS", append_images=[pil[s] for s in ICNS_SIZES if s != 512])
    print(f"wrote {icns.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
