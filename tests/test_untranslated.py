"""No word on screen escapes translation: the app runs under a translation that marks every string it
looks up (REHAB_DESKTOP_PSEUDO=mark, ui/common/i18n.py), every page, tab, menu and dialog is opened, and
any text a person could read (label, button, tooltip, accessible name, list row, header, menu entry)
without the mark fails, unless it is data: numbers, exercise ids, the library's own texts (translated by
the overlay file, tests/test_library_overlay.py) and the app's name."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from rehab_desktop.ui.common.i18n import MARK
from tests.helpers import scenes

ROOT = Path(__file__).resolve().parent.parent
NOT_WORDS = re.compile(r"^[\W\d_]*$|^[\d\s.,:/+\u2212\u2013\u2014\u00d7%-]*(s|min|h|kg|cm|in)?$")
# Dates are the locale's (formats(), QLocale), not translated strings: under "mark" they are English.
DATE_WORDS = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(day|sday|nesday|rsday|urday)?\b|"
                        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
VOICES = {"Anne", "Bob"}  # Qt's mock speech engine's voices: names the engine gives
PAPER = {"A4"}
SHORTCUT = re.compile(r"^((Ctrl|Shift|Alt|Meta)\+)*"
                      r"(F\d+|[A-Z0-9,/+.]|Space|Return|Enter|Esc|Del|Backspace|PgUp|PgDown)$")


def _library_texts() -> set[str]:
    """Every string in the shipped library and figure files: data, translated by the overlay."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for name in ("exercises.toml", "figures.toml"):
        walk(tomllib.loads((ROOT / "resources" / name).read_text(encoding="utf-8")))
    return found


DATA = _library_texts() | {"rehab-desktop", "Rehab Desktop", "English", "Espa\u00f1ol"}


def is_data(text: str) -> bool:
    text = text.replace("&", "").strip()
    if not text or MARK in text or NOT_WORDS.match(text) or SHORTCUT.match(text):
        return True
    stripped = re.sub(r"^[\d\W]+", "", text).strip()  # "1. Stand facing a wall": a numbered step
    if text in DATA or stripped in DATA or text in VOICES | PAPER or text.startswith("/"):
        return True
    if DATE_WORDS.search(text) and NOT_WORDS.match(DATE_WORDS.sub("", text).replace("\u00b7", "")):
        return True
    return bool(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", text))  # an exercise id


def texts_of(top: QWidget):
    """(where, text) for everything a person can read or hear in `top`."""
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        kind = type(w).__name__
        for what, value in (("tooltip", w.toolTip()), ("accessible name", w.accessibleName()),
                            ("accessible description", w.accessibleDescription()),
                            ("window title", w.windowTitle() if w.isWindow() else "")):
            yield f"{kind} {what}", value
        if isinstance(w, QLabel):
            yield kind, re.sub(r"<[^>]+>", " ", w.text())
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, (QLineEdit, QTextEdit)):
            yield f"{kind} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{kind} item", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{kind} tab", w.tabText(i)
                yield f"{kind} tab tooltip", w.tabToolTip(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(w.model(), kind)
        elif isinstance(w, QMenu):
            yield from menu_texts(w)
    for action in top.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _model_texts(model, kind, parent=QModelIndex(), depth=0):
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model's (private in PySide): one column
        columns = 1
    for section in range(columns):
        yield f"{kind} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{kind} row", value
            if depth < 2 and _has_children(model, index):
                yield from _model_texts(model, kind, index, depth + 1)


def _has_children(model, index) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list model's (private in PySide): no children
        return False


def menu_texts(menu: QMenu):
    yield "menu", menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield "menu entry", action.text()
        if action.menu():
            yield from menu_texts(action.menu())


def escaped(pairs) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in pairs if isinstance(text, str) and not is_data(text)})


@pytest.fixture
def marked(monkeypatch, qapp, data_dir):
    from rehab_desktop.ui.common import i18n

    monkeypatch.setenv(i18n.PSEUDO_ENV, "mark")
    scenes.write_settings(data_dir, 1.0, "light")
    scenes.write_history(data_dir)
    yield
    i18n.install(qapp, "en", pseudo="")


def open_and_read(qapp, opener) -> list[tuple[str, str]]:
    """Run `opener` (which may open a modal dialog), read every new top-level window, close them."""
    before = set(QApplication.topLevelWidgets())
    found: list[tuple[str, str]] = []

    def read() -> None:
        for top in QApplication.topLevelWidgets():
            if top not in before and top.isVisible():
                found.extend(texts_of(top))
                if isinstance(top, QDialog):
                    top.reject()
                else:
                    top.close()

    QTimer.singleShot(0, read)
    opener()
    qapp.processEvents()
    read()
    return found


def test_every_page_and_menu_is_translated(marked, make_window, qtbot, qapp, clock):
    w = make_window(exercise_id="standing-calf-stretch")
    found = list(texts_of(w))
    for menu in w.menuBar().findChildren(QMenu):
        found.extend(menu_texts(menu))
    for index in range(w.pages.count()):
        w.pages.setCurrentIndex(index)
        qapp.processEvents()
        found.extend(texts_of(w))
    history = w.history_pane()
    tabs = history.findChild(QTabBar)
    for index in range(tabs.count() if tabs else 0):
        tabs.setCurrentIndex(index)
        qapp.processEvents()
        found.extend(texts_of(w))
    w.pages.setCurrentIndex(0)
    for scene in ("routine", "reps", "follow"):  # the timer running, a routine, the full-screen view
        top = scenes.show(scene, w, qapp, clock)
        found.extend(texts_of(top))
        if top is not w:
            top.close()
    left = escaped(found)
    assert left == [], "\n".join(left)


def test_every_dialog_is_translated(marked, make_window, qtbot, qapp):
    w = make_window(exercise_id="standing-calf-stretch")
    found = []
    for opener in (w.show_settings, w.show_shortcuts, w.show_about, w.show_guide, w.self_checks.take,
                   w.own_exercises.add, lambda: w.history_pane().log_session()):
        found.extend(open_and_read(qapp, opener))
    left = escaped(found)
    assert left == [], "\n".join(left)


def test_the_mark_is_what_the_check_looks_for(marked, make_window, qapp):
    """The check could not pass by accident: a plain English label fails it, the window's own pass."""
    w = make_window()
    assert escaped([("QLabel", "Start the hold")]) == ["QLabel: 'Start the hold'"]
    assert any(MARK in text for _, text in texts_of(w))
