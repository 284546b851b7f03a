"""PDF exports: drawn into memory with QPdfWriter, then written like every export (store.output)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPdfWriter

from rehab_desktop.core.i18n import translate
from rehab_desktop.store import OutputError, open_output

T = TypeVar("T")


def write_pdf_file(target: str | os.PathLike[str], draw: Callable[[QPdfWriter], T]) -> T:
    """Run `draw(writer)` on a QPdfWriter, then write the PDF to `target`; returns what `draw` returned.

    Drawing in memory first means a PDF that fails to draw never touches the target, and the
    file rules (standard output, devices written through, symlinks followed, atomic replace)
    are the same as for the CSV. Raises OutputError when the file can't be written.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    result = draw(writer)
    del writer  # the PDF is complete only once the writer is gone
    buffer.close()
    pdf = bytes(data)
    if not pdf.startswith(b"%PDF-"):
        raise OutputError(translate("ui.printing.pdf_file", "The PDF for {file} could not be drawn.").format(
            file=os.fspath(target)), os.fspath(target))
    with open_output(target) as f:
        f.write(pdf)
    return result
