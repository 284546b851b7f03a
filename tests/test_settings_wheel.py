"""The mouse wheel over the settings scrolls the page; it changes a control only once that control has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

from rehab_desktop.ui.common import style
from rehab_desktop.ui.shell.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def light_and_normal_size(qapp):
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)
    yield
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)


def small_dialog(w, qtbot) -> SettingsDialog:
    """The settings shown (never exec()'d), short enough that the page has to scroll."""
    d = SettingsDialog(w.prefs, w.cues, w.service, lambda: w.session.is_open, w)
    qtbot.addWidget(d)
    d.resize(520, 320)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)  # the widgets learn it an event after the window does
    assert d.scroll.verticalScrollBar().maximum() > 0
    return d


def wheel_down(target: QWidget, notches: int = 1) -> None:
    """One wheel notch towards the user with the pointer over the middle of `target`, from the window
    system: Qt delivers it to whatever is under the pointer (a spin box's text field, say) and passes
    it up from there, as it does a real one."""
    window = target.window()
    at = target.mapTo(window, target.rect().center())
    assert window.childAt(at) in (target, *target.findChildren(QWidget))  # nothing covers it
    QTest.wheelEvent(window.windowHandle(), QPointF(at), QPoint(0, -120 * notches))


def test_an_unfocused_combo_box_scrolls_the_page_and_keeps_the_colour_scheme(make_window, qtbot, qapp):
    w = make_window()
    d = small_dialog(w, qtbot)
    bar = d.scroll.verticalScrollBar()
    d.scroll.ensureWidgetVisible(d.theme)
    before_scroll, before_theme = bar.value(), d.theme.currentData()
    assert not d.theme.hasFocus()
    wheel_down(d.theme)
    assert d.theme.currentData() == before_theme == "system"
    assert not style.is_dark(qapp.palette())
    assert bar.value() > before_scroll  # the page moved instead
    assert not d.theme.hasFocus()  # the wheel does not hand out the focus either


def test_an_unfocused_spin_box_and_slider_scroll_the_page(make_window, qtbot):
    w = make_window()
    d = small_dialog(w, qtbot)
    bar = d.scroll.verticalScrollBar()
    for control in (d.rate, d.lead_in):
        d.scroll.ensureWidgetVisible(control, 0, 0)
        scrolled, value = bar.value(), control.value()
        wheel_down(control)
        assert control.value() == value
        assert bar.value() > scrolled


def test_a_focused_combo_box_takes_the_wheel(make_window, qtbot, qapp):
    w = make_window()
    d = small_dialog(w, qtbot)
    d.scroll.ensureWidgetVisible(d.theme)
    d.theme.setFocus(Qt.FocusReason.TabFocusReason)
    assert d.theme.hasFocus()
    bar = d.scroll.verticalScrollBar()
    scrolled = bar.value()
    wheel_down(d.theme)
    assert d.theme.currentData() == "light"  # "Follow the system" -> "Light": the next item
    assert bar.value() == scrolled


def test_a_clicked_spin_box_takes_the_wheel(make_window, qtbot):
    w = make_window()
    d = small_dialog(w, qtbot)
    d.scroll.ensureWidgetVisible(d.rest)
    qtbot.mouseClick(d.rest.findChild(QWidget, "qt_spinbox_lineedit"), Qt.MouseButton.LeftButton)
    assert d.rest.hasFocus()
    before = d.rest.value()
    wheel_down(d.rest)
    assert d.rest.value() == before - 1


def test_every_settings_control_waits_for_a_click_or_tab(make_window, qtbot):
    w = make_window()
    d = small_dialog(w, qtbot)
    controls = [c for c in d.findChildren(QWidget) if isinstance(c, (QAbstractSpinBox, QComboBox, QAbstractSlider))
                and not isinstance(c, QScrollBar)]
    assert len(controls) >= 8
    assert {c.focusPolicy() for c in controls} == {Qt.FocusPolicy.StrongFocus}
