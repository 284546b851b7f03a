"""The Plan and History pages at every screen size, text size and scheme: no sideways scrolling,
no text cut off, every button as wide as its text (issue 13, "Readable from the floor")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from tests.helpers import layout_checks, scenes  # --import-mode=importlib: tests/ is not on sys.path

MATRIX = [pytest.param(size, scale, theme, id=f"{size[0]}x{size[1]}-{round(scale * 100)}-{theme}")
          for size in scenes.SIZES for scale in scenes.SCALES for theme in scenes.THEMES]


@pytest.fixture
def restore_look(qapp):
    """The font, style and palette belong to the whole QApplication: put them back for the next test."""
    from rehab_desktop.ui.common import style

    yield
    style.apply_text_scale(qapp, 1.0)
    style.apply_theme(qapp, "system")


@pytest.fixture
def window_at(make_window, data_dir, qapp, restore_look):
    """The real window with a few weeks of history and a starter plan, at this size, text size and scheme."""
    def make(size, scale, theme):
        scenes.write_settings(data_dir, scale, theme)
        scenes.write_history(data_dir)
        w = make_window()
        scenes.size_window(w, size)
        qapp.processEvents()
        # A window that cannot be made this small is forced wider than the screen by a page.
        assert (w.width(), w.height()) == size, f"the window is {w.width()}x{w.height()}, not {size}"
        return w
    return make


def settle(qtbot, w, size) -> None:
    qtbot.wait(250)  # item views lay their rows out 100 ms after a resize; wrapping layouts take a few passes
    assert (w.width(), w.height()) == size, f"the page made the window {w.width()}x{w.height()}"


def page_problems(page: QWidget) -> list[str]:
    found = layout_checks.problems(page) + combos_cut(page)
    for button in page.findChildren(QPushButton):
        if button.isVisible() and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r}: {button.width()} px wide, wants {button.sizeHint().width()}")
    return found


def combos_cut(page: QWidget) -> list[str]:
    """Drop-down lists (not typed into) too narrow to show their current choice whole."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    cut = []
    for combo in page.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.fontMetrics().height())
        need = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
        # This measure runs a few px over Qt's own for a combo at its size hint: half a character's
        # slack keeps it to text really cut.
        if combo.width() + combo.fontMetrics().averageCharWidth() // 2 < need:
            cut.append(f"{combo.accessibleName()} {combo.currentText()!r}: {combo.width()} px wide, needs {need}")
    return cut


def rows_cut(view) -> list[str]:
    """Rows of a word-wrapping list shorter than their text wrapped at the list's width (the rest elided)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    plain = QStyledItemDelegate()
    cut = []
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        rect = view.visualRect(index)
        option.rect = QRect(0, 0, min(rect.width(), view.viewport().width() - rect.x()), 1)  # what is in view
        need = plain.sizeHint(option, index).height()
        if rect.height() < need:
            cut.append(f"{view.accessibleName()} row {row}: {rect.height()} px high, needs {need}")
    return cut


@pytest.mark.parametrize(("size", "scale", "theme"), MATRIX)
def test_plan_page_fits(window_at, qtbot, size, scale, theme):
    w = window_at(size, scale, theme)
    page = w.plan_pane()
    settle(qtbot, w, size)
    found = page_problems(page)
    assert found == [], "\n".join(found)
    # The side panels are there to be read and used, not squeezed to nothing.
    for part in (page.today_panel, page.print_box, page.dose_editor, page.view, page.today_panel.list):
        assert part.isVisible() and part.height() >= part.fontMetrics().height() * 2, part.accessibleName()
    for view in (page.view, page.today_panel.list):
        assert rows_cut(view) == []
    for button in (page.today_panel.start, *page.print_box.findChildren(QPushButton)):
        assert button.isVisible() and button.width() >= button.sizeHint().width()


@pytest.mark.parametrize(("size", "scale", "theme"), MATRIX)
def test_history_page_fits_on_both_tabs(window_at, qtbot, size, scale, theme):
    w = window_at(size, scale, theme)
    page = w.history_pane()
    settle(qtbot, w, size)
    assert page.tabs.currentIndex() == 0
    found = page_problems(page)
    assert found == [], "Sessions tab:\n" + "\n".join(found)
    for part in (page.calendar, page.list, page.detail.body):
        assert part.isVisible() and part.height() >= part.fontMetrics().height() * 3, part.accessibleName()
    page.tabs.setCurrentIndex(1)
    settle(qtbot, w, size)
    found = page_problems(page)
    assert found == [], "Progress tab:\n" + "\n".join(found)
    for chart in (page.progress.pain_chart, page.progress.minutes_chart, page.progress.exercise_chart,
                  page.progress.self_check_chart):
        assert chart.isVisible() and chart.width() >= 200 and chart.height() >= 120


def test_pages_change_shape_when_the_text_size_changes(window_at, qtbot, qapp):
    """The text size changed in Settings while a page is open: the page takes the shape of the new size."""
    from rehab_desktop.ui.common import style
    from rehab_desktop.ui.plan.layout import WIDE

    size = (1280, 800)
    w = window_at(size, 1.0, "light")
    plan = w.plan_pane()
    settle(qtbot, w, size)
    assert plan.arrangement.mode == WIDE
    style.apply_text_scale(qapp, 2.0)
    settle(qtbot, w, size)
    assert plan.arrangement.mode != WIDE
    found = page_problems(plan)
    assert found == [], "\n".join(found)
    history = w.history_pane()
    settle(qtbot, w, size)
    found = page_problems(history)
    assert found == [], "\n".join(found)
    assert history.splitter.orientation() == Qt.Orientation.Vertical
    style.apply_text_scale(qapp, 1.0)
    settle(qtbot, w, size)
    assert history.splitter.orientation() == Qt.Orientation.Horizontal
    assert page_problems(history) == []
    w.plan_pane()
    settle(qtbot, w, size)
    assert plan.arrangement.mode == WIDE and page_problems(plan) == []
