"""Save dialogs open in Documents, or the folder last saved to; never where the app was started."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from rehab_desktop.ui.common import save_dialog


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    """Answers each save dialog with the next path (or cancels with ""); records where it opened."""
    opened: list[Path] = []
    answers: list[str] = []

    def fake(parent, title, start, pattern):
        opened.append(Path(start).parent)
        return (answers.pop(0) if answers else ""), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    monkeypatch.setattr(save_dialog, "_last_folder", None)
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    return opened, answers


def documents(monkeypatch, folder: Path | None) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _loc: str(folder) if folder else ""))


def test_the_first_save_opens_in_documents_then_in_the_last_folder(make_window, qapp, dialogs, monkeypatch,
                                                                   tmp_path):
    opened, answers = dialogs
    docs = tmp_path / "Documents"
    docs.mkdir()
    documents(monkeypatch, docs)
    w = make_window()
    usb = tmp_path / "usb-stick"
    usb.mkdir()
    answers.append(str(usb / "history"))  # no .csv typed: it is added
    w.history_pane().exports.export_csv()
    assert opened[0] == docs and (usb / "history.csv").exists()
    w.plan_pane().print_box.export_pdf()  # cancelled: nothing written
    assert opened[1] == usb
    assert all(Path.cwd() != folder for folder in opened)


def test_without_a_documents_folder_it_opens_in_home(qapp, dialogs, monkeypatch, tmp_path):
    opened, _ = dialogs
    documents(monkeypatch, tmp_path / "no-such-folder")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert save_dialog.ask_save_path(None, "Save", "x.pdf", "PDF files (*.pdf)", ".pdf") is None
    assert opened == [tmp_path]
