"""Small pictures of the exercise figures for the printed pages: the held pose, light, no labels, ~300 dpi."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from rehab_desktop.core.exercises import Exercise, Side
from rehab_desktop.core.figures import FigureSpec, Stage, build_frame, load_figures
from rehab_desktop.core.records import LegSide

THUMB_DPI = 300  # sharp on paper
THUMB_W_PT, THUMB_H_PT = 34.0, 32.0  # the printed week's picture beside each exercise


def thumbnail_spec(exercise: Exercise) -> FigureSpec | None:
    """The figure a page shows for `exercise`: its first movement's (inversion before eversion), or None."""
    book = load_figures()
    for move in exercise.dose.movements:
        spec = book.get(exercise.id, move.key)
        if spec is not None:
            return spec
    found = book.for_exercise(exercise.id)
    return found[0] if found else None


def thumbnail(exercise: Exercise, width_pt: float, height_pt: float) -> QImage | None:
    """The held pose on white, `width_pt` × `height_pt` at THUMB_DPI; None when the exercise has no figure
    (paper leaves the place empty rather than print a figure that shows nothing)."""
    spec = thumbnail_spec(exercise)
    if spec is None:
        return None
    side = LegSide.BOTH if exercise.dose.side is Side.BOTH else LegSide.LEFT
    return _drawn(spec, side, round(width_pt * THUMB_DPI / 72), round(height_pt * THUMB_DPI / 72))


@lru_cache(maxsize=64)
def _drawn(spec: FigureSpec, side: LegSide, width_px: int, height_px: int) -> QImage:
    from rehab_desktop.ui.common.style import light_palette
    from rehab_desktop.ui.figures.paint import render_image

    palette = light_palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))  # the paper, and the rim between limbs
    image = render_image(build_frame(spec, side, Stage.HELD), width_px, height_px, palette, labels=False,
                         background=True)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # opaque: no soft mask in the PDF


def has_thumbnails(exercises) -> bool:
    """Whether any of `exercises` has a figure to print (else the page keeps no room for one)."""
    return any(thumbnail_spec(ex) is not None for ex in exercises)


def draw_thumbnail(painter: QPainter, rect: QRectF, exercise: Exercise, width_pt: float, height_pt: float) -> bool:
    """Draw the exercise's picture into `rect` (device pixels, `width_pt` × `height_pt` on paper)."""
    image = thumbnail(exercise, width_pt, height_pt)
    if image is None:
        return False
    painter.drawImage(rect, image)
    return True


SUMMARY_W_PT, SUMMARY_H_PT = 24.0, 20.0  # the therapist summary's picture beside each exercise


def document_pictures(doc, exercises, width_pt: float = SUMMARY_W_PT, height_pt: float = SUMMARY_H_PT) -> dict:
    """Add each exercise's picture to `doc` (a QTextDocument laid out for a paint device) as an image
    resource; returns {exercise id: the `<img>` to put in the HTML} for those that have a figure."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    found = {}
    # QTextDocument sizes an image in 1/96 inch and scales it to the paint device itself.
    w, h = round(width_pt * 96 / 72), round(height_pt * 96 / 72)
    for ex in exercises:
        image = thumbnail(ex, width_pt, height_pt)
        if image is None:
            continue
        url = f"figure:{ex.id}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        found[ex.id] = f"<img src='{url}' width='{w}' height='{h}'>"
    return found
