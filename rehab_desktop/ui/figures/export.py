"""The exercise figures as files: one figure as SVG (vector) or PNG, a contact sheet of them all, and
every figure written into a folder (`rehab-desktop exercises --pictures DIR`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.core.exercises import Library, Side
from rehab_desktop.core.figures import FigureBook, FigureSpec, Frame, Stage, alt_text, build_frame
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.records import LegSide
from rehab_desktop.store import OutputError, open_output
from rehab_desktop.ui.figures.paint import FigureColours, paint_frame, render_image

FIGURE_PX = 400  # one figure's square picture at scale 1
CELL_PX = 192  # one picture on the contact sheet at scale 1: six across make it about 1200 px wide
# (file name, stage, t): the poses written as files, and the three the contact sheet shows per side
FILE_POSES = (("start", Stage.START, 0.0), ("end", Stage.MOVE, 1.0), ("held", Stage.HELD, 0.0))
SHEET_POSES = (("start", Stage.START, 0.0), ("middle", Stage.MOVE, 0.5), ("held", Stage.HELD, 0.0))
POSE_WORDS = {"start": QT_TRANSLATE_NOOP("ui.figures.export", "start"),  # shown as translate("ui.figures.export", ...)
              "end": QT_TRANSLATE_NOOP("ui.figures.export", "end of the movement"),
              "held": QT_TRANSLATE_NOOP("ui.figures.export", "held"),
              "middle": QT_TRANSLATE_NOOP("ui.figures.export", "halfway")}
CONTACT_SHEET, CONTACT_SHEET_DARK = "contact-sheet.png", "contact-sheet-dark.png"


def ordered(book: FigureBook, library: Library) -> list[FigureSpec]:
    """The figures in the library's order (and each exercise's movements in theirs), any others after."""
    rank = {}
    for i, ex in enumerate(library.exercises):
        for j, m in enumerate(ex.dose.movements):
            rank[(ex.id, m.key)] = (i, j)
        rank[(ex.id, "")] = (i, -1)
    last = (len(library.exercises), 0)
    return sorted(book.figures, key=lambda f: rank.get((f.exercise, f.movement), last))


def figure_sides(spec: FigureSpec, library: Library) -> tuple[LegSide, ...]:
    """The sides a figure is drawn for: both legs together for a both-feet exercise, else left and right."""
    ex = library.get(spec.exercise)
    if ex is not None and ex.dose.side is Side.BOTH:
        return (LegSide.BOTH,)
    return (LegSide.LEFT, LegSide.RIGHT)


def figure_title(spec: FigureSpec, library: Library) -> str:
    """The exercise's name, and the movement's when it has several ("Ankle inversion and eversion: eversion")."""
    ex = library.get(spec.exercise)
    if ex is None:
        return spec.name
    if not spec.movement:
        return ex.name
    move = next((m for m in ex.dose.movements if m.key == spec.movement), None)
    return f"{ex.name}: {(move.name if move and move.name else spec.movement).lower()}"


def file_stem(spec: FigureSpec, side: LegSide, pose: str) -> str:
    """A stable, readable file name without its extension: `ankle-inversion-eversion-eversion_right_start`."""
    name = f"{spec.exercise}-{spec.movement}" if spec.movement else spec.exercise
    return f"{name}_{side.value}_{pose}"


def svg_bytes(frame: Frame, size: int, palette: QPalette, title: str, description: str, labels: bool = True) -> bytes:
    """The figure as an SVG document `size` px square, drawn as vectors, its title the figure's alt text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(QSize(size, size))
    svg.setResolution(96)  # CSS pixels: the picture is `size` px wide wherever it is shown
    svg.setViewBox(QRectF(0, 0, size, size))
    svg.setTitle(title)
    svg.setDescription(description)
    painter = QPainter(svg)
    paint_frame(painter, QRectF(0, 0, size, size), frame, FigureColours.from_palette(palette, background=True),
                labels=labels)
    painter.end()
    buffer.close()
    return bytes(data)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("the PNG could not be encoded")
    buffer.close()
    return bytes(data)


def _palette(dark: bool) -> QPalette:
    from rehab_desktop.ui.common.style import dark_palette, light_palette

    return dark_palette() if dark else light_palette()


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(9, round(px)))
    font.setBold(bold)
    return font


def contact_sheet(book: FigureBook, library: Library, dark: bool = False, scale: float = 1.0) -> QImage:
    """Every figure on one image: a row each, captioned with its name, showing the start, halfway and
    held poses for the left and then the right leg (both legs together where the exercise is done so)."""
    from rehab_desktop.ui.common.style import muted_text

    palette = _palette(dark)
    specs = ordered(book, library)
    cell, pad = round(CELL_PX * scale), round(12 * scale)
    gap = round(16 * scale)  # between the left leg's three and the right leg's
    caption_h, head_h = round(28 * scale), round(52 * scale)
    width = 2 * pad + 6 * cell + gap
    height = pad + head_h + len(specs) * (caption_h + cell) + pad
    image = QImage(width, max(height, head_h + 2 * pad), QImage.Format.Format_ARGB32_Premultiplied)
    window, text, muted = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), \
        muted_text(palette)
    image.fill(window)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    colours = FigureColours.from_palette(palette, background=False)

    def x_of(column: int) -> int:
        return pad + column * cell + (gap if column >= 3 else 0)

    align = Qt.AlignmentFlag
    for group, first in ((translate("ui.figures.export", "Left leg"), 0),
                         (translate("ui.figures.export", "Right leg"), 3)):
        p.setFont(_font(17 * scale, bold=True))
        p.setPen(text)
        p.drawText(QRectF(x_of(first), pad, 3 * cell, head_h / 2), align.AlignCenter, group)
        p.setFont(_font(14 * scale))
        p.setPen(muted)
        for i, (pose, _, _) in enumerate(SHEET_POSES):
            p.drawText(QRectF(x_of(first + i), pad + head_h / 2, cell, head_h / 2), align.AlignCenter,
                       translate("ui.figures.export", POSE_WORDS[pose]))
    p.setPen(QColor(muted))
    p.drawLine(pad, pad + head_h - 1, width - pad, pad + head_h - 1)
    middle = x_of(3) - gap // 2
    p.drawLine(middle, pad, middle, height - pad)  # the left leg's three, then the right leg's
    y = pad + head_h
    for spec in specs:
        sides = figure_sides(spec, library)
        p.setFont(_font(16 * scale, bold=True))
        p.setPen(text)
        caption = figure_title(spec, library)
        if sides == (LegSide.BOTH,):
            caption = translate("ui.figures.export", "{figure} (both feet together)", "an exercise's name").format(
                figure=caption)
        p.drawText(QRectF(pad, y, width - 2 * pad, caption_h), align.AlignLeft | align.AlignBottom, caption)
        y += caption_h
        for s, side in enumerate(sides):
            for i, (_, stage, t) in enumerate(SHEET_POSES):
                rect = QRectF(x_of(3 * s + i), y, cell, cell).adjusted(3 * scale, 3 * scale, -3 * scale, -3 * scale)
                paint_frame(p, rect, build_frame(spec, side, stage, t), colours, labels=False)
        y += cell
    p.end()
    return image.convertToFormat(QImage.Format.Format_RGB32)  # opaque: a smaller PNG


@dataclass
class PicturesResult:
    """What `write_pictures` wrote: file names in the folder, the figures, and exercises still without one."""

    folder: Path
    files: list[str] = field(default_factory=list)
    figures: int = 0
    without: list[str] = field(default_factory=list)  # exercise ids with no figure yet


def picture_files(book: FigureBook, library: Library, scale: float = 1.0) -> Iterable[tuple[str, bytes]]:
    """(file name, contents) for every figure, movement, side and pose (SVG and PNG), and both contact sheets."""
    light = _palette(False)
    size = round(FIGURE_PX * scale)
    for spec in ordered(book, library):
        title = figure_title(spec, library)
        for side in figure_sides(spec, library):
            alt = alt_text(spec, side)
            for pose, stage, t in FILE_POSES:
                frame = build_frame(spec, side, stage, t)
                stem = file_stem(spec, side, pose)
                if side is LegSide.BOTH:
                    leg = translate("ui.figures.export", "both legs")
                elif side is LegSide.RIGHT:
                    leg = translate("ui.figures.export", "right leg")
                else:
                    leg = translate("ui.figures.export", "left leg")
                description = translate("ui.figures.export", "{figure}, {leg}, {pose}. Drawn by {app}.",
                                        "a picture's description: the exercise, the leg, the pose ('held'), the app's "
                                        "name").format(figure=title, leg=leg,
                                                       pose=translate("ui.figures.export", POSE_WORDS[pose]),
                                                       app=APP_DISPLAY_NAME)
                yield f"{stem}.svg", svg_bytes(frame, size, light, alt, description)
                yield f"{stem}.png", png_bytes(render_image(frame, size, size, light, labels=True, background=True))
    yield CONTACT_SHEET, png_bytes(contact_sheet(book, library, dark=False, scale=scale))
    yield CONTACT_SHEET_DARK, png_bytes(contact_sheet(book, library, dark=True, scale=scale))


def check_folder(folder: str | os.PathLike[str]) -> tuple[Path, bool]:
    """(the folder to write into, whether it was made now: only its last part may be missing); raises
    OutputError naming it when it is not a folder or can't be written (a trial file is made and removed)."""
    path = Path(os.fspath(folder)).expanduser()
    name = os.fspath(folder)
    if path.exists() and not path.is_dir():
        raise OutputError(translate("ui.figures.export", "Can't write pictures into {folder}: it is a file, not a "
                                    "folder.").format(folder=name), name)
    if not path.exists():
        if not path.parent.is_dir():
            raise OutputError(translate("ui.figures.export", "Can't write pictures into {folder}: the folder {parent} "
                                        "does not exist.").format(folder=name, parent=path.parent), name)
        try:
            path.mkdir()
        except OSError as exc:
            raise OutputError(translate("ui.figures.export", "Can't make the folder {folder}: {reason}.",
                                        "the reason: 'permission denied'").format(folder=name, reason=_why(exc)),
                              name) from exc
        return path, True
    try:
        fd, trial = tempfile.mkstemp(prefix=".rehab-desktop-", dir=path)
        os.close(fd)
        os.unlink(trial)
    except OSError as exc:
        raise OutputError(translate("ui.figures.export", "Can't write pictures into {folder}: {reason}.",
                                    "the reason: 'permission denied'").format(folder=name, reason=_why(exc)),
                          name) from exc
    return path, False


def _why(exc: OSError) -> str:
    import errno

    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("ui.figures.export", "permission denied")
    if exc.errno == errno.EROFS:
        return translate("ui.figures.export", "it is read-only")
    if exc.errno == errno.ENOSPC:
        return translate("ui.figures.export", "the disk is full")
    return exc.strerror or str(exc)


def write_pictures(folder: str | os.PathLike[str], book: FigureBook, library: Library,
                   scale: float = 1.0) -> PicturesResult:
    """Write every figure and the contact sheets into `folder` (see store.output: each file whole or not at
    all). Nothing is written when the folder is refused; when a file fails part way, the files this call
    made are removed again. Raises OutputError naming the folder or file."""
    path, made = check_folder(folder)
    result = PicturesResult(path, figures=len(book.figures),
                            without=[ex.id for ex in library.exercises if not book.for_exercise(ex.id)])
    try:
        drawn = list(picture_files(book, library, scale))  # all drawn first: a drawing error writes nothing
    except BaseException:
        if made:
            path.rmdir()
        raise
    new: list[Path] = []
    try:
        for name, data in drawn:
            target = path / name
            existed = target.exists()
            with open_output(target) as f:
                f.write(data)
            if not existed:
                new.append(target)
            result.files.append(name)
    except OutputError:
        for target in new:
            target.unlink(missing_ok=True)
        if made and not any(path.iterdir()):
            path.rmdir()
        raise
    return result
