"""Both colour schemes meet WCAG 2.1 contrast: 4.5:1 for text, 3:1 for borders, focus frames, icons and the ring.

Every pair is read from the palettes and colour functions the app paints with, so a colour
changed there is measured here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QRadioButton, QStyle, QStyleOptionButton

from rehab_desktop.core.phases import PhaseKind
from rehab_desktop.ui.common import style
from rehab_desktop.ui.common.contrast import NON_TEXT, TEXT, blend, luminance, ratio
from rehab_desktop.ui.common.indicators import focus_colour, indicator_border, indicator_mark
from rehab_desktop.ui.timer.countdown import phase_colour

R = QPalette.ColorRole
G = QPalette.ColorGroup
PALETTES = {"light": style.light_palette, "dark": style.dark_palette}
GLYPHS = (QStyle.StandardPixmap.SP_MediaPlay, QStyle.StandardPixmap.SP_MediaPause,
          QStyle.StandardPixmap.SP_MediaSkipBackward, QStyle.StandardPixmap.SP_MediaSkipForward,
          QStyle.StandardPixmap.SP_BrowserReload, QStyle.StandardPixmap.SP_TitleBarMaxButton,
          QStyle.StandardPixmap.SP_FileDialogBack, QStyle.StandardPixmap.SP_ArrowForward)  # last two: Qt's, recoloured


def hexa(colour: QColor) -> str:
    return colour.name()


def c(p: QPalette, role: QPalette.ColorRole, group: QPalette.ColorGroup = G.Active) -> str:
    return hexa(p.color(group, role))


@pytest.fixture(autouse=True)
def light_and_normal_size(qapp):
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)
    yield
    style.apply_theme(qapp, "light")
    style.apply_text_scale(qapp, 1.0)


# -- the measure itself ----------------------------------------------------------------

def test_contrast_follows_the_wcag_definition():
    assert luminance("#000000") == 0 and luminance("#ffffff") == pytest.approx(1.0)
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#777777") == pytest.approx(1.0)
    assert ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the well-known lightest grey for text
    assert ratio("#fff", "#000") == ratio((0, 0, 0), (255, 255, 255))  # order and notation do not matter
    assert blend("#ffffff", "#000000", 0.5) == (128, 128, 128)


# -- text ------------------------------------------------------------------------------

def text_pairs(p: QPalette) -> list[tuple[str, str, str]]:
    caution_bg, _ = style.caution_colours(p)
    step_bg, _ = style.current_step_colours(p)
    muted = hexa(style.muted_text(p))
    return [
        ("window text on window", c(p, R.WindowText), c(p, R.Window)),
        ("text on base", c(p, R.Text), c(p, R.Base)),
        ("text on alternate rows", c(p, R.Text), c(p, R.AlternateBase)),
        ("button text on button", c(p, R.ButtonText), c(p, R.Button)),
        ("selected text on selection", c(p, R.HighlightedText), c(p, R.Highlight)),
        ("tool tip", c(p, R.ToolTipText), c(p, R.ToolTipBase)),
        ("muted text on window", muted, c(p, R.Window)),
        ("muted text on base", muted, c(p, R.Base)),
        ("muted text on alternate rows", muted, c(p, R.AlternateBase)),
        ("muted text on button", muted, c(p, R.Button)),
        ("placeholder on base", c(p, R.PlaceholderText), c(p, R.Base)),
        ("link on base", c(p, R.Link), c(p, R.Base)),
        ("link on window", c(p, R.Link), c(p, R.Window)),
        ("visited link on base", c(p, R.LinkVisited), c(p, R.Base)),
        ("text in the caution box", c(p, R.WindowText), hexa(caution_bg)),
        ("muted text in the caution box", muted, hexa(caution_bg)),
        ("text of the current step", c(p, R.Text), hexa(step_bg)),
        ("muted text in the current step", muted, hexa(step_bg)),
    ]


@pytest.mark.parametrize("theme", PALETTES)
def test_text_is_at_least_4_5_to_1(theme):
    p = PALETTES[theme]()
    low = [(name, fg, bg, round(ratio(fg, bg), 2)) for name, fg, bg in text_pairs(p) if ratio(fg, bg) < TEXT]
    assert low == []


@pytest.mark.parametrize("theme", PALETTES)
def test_disabled_text_stays_readable(theme):
    """WCAG exempts controls that cannot be used; the app still keeps their text at 3:1 or more."""
    p = PALETTES[theme]()
    for role, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button)):
        assert ratio(c(p, role, G.Disabled), c(p, bg, G.Disabled)) >= NON_TEXT, role


# -- things that are not text ----------------------------------------------------------

@pytest.mark.parametrize("theme", PALETTES)
def test_borders_focus_and_indicators_are_at_least_3_to_1(theme):
    p = PALETTES[theme]()
    caution_bg, caution_border = style.caution_colours(p)
    step_bg, step_accent = style.current_step_colours(p)
    pairs = [
        ("check box outline on window", indicator_border(p), p.color(R.Window)),
        ("check box outline on its box", indicator_border(p), p.color(R.Base)),
        ("tick in its box", indicator_mark(p), p.color(R.Base)),
        ("focus frame on window", focus_colour(p), p.color(R.Window)),
        ("focus frame on base", focus_colour(p), p.color(R.Base)),
        ("focus frame on button", focus_colour(p), p.color(R.Button)),
        ("app's focus bar (highlight) on window", p.color(R.Highlight), p.color(R.Window)),
        ("app's focus bar (highlight) on base", p.color(R.Highlight), p.color(R.Base)),
        ("caution border on window", caution_border, p.color(R.Window)),
        ("caution border on its box", caution_border, caution_bg),
        ("current-step accent on base", step_accent, p.color(R.Base)),
        ("current-step accent on window", step_accent, p.color(R.Window)),
        ("current-step accent beside its box", step_accent, step_bg),
        ("icon on button", p.color(R.ButtonText), p.color(R.Button)),
    ]
    low = [(name, hexa(a), hexa(b), round(ratio(hexa(a), hexa(b)), 2)) for name, a, b in pairs
           if ratio(hexa(a), hexa(b)) < NON_TEXT]
    assert low == []


KINDS = {"work": PhaseKind.HOLD, "rest": PhaseKind.REST, "get ready": PhaseKind.LEAD_IN, "done": PhaseKind.DONE}


@pytest.mark.parametrize("theme", PALETTES)
@pytest.mark.parametrize("kind", KINDS)
def test_countdown_ring_stands_out_from_the_window(theme, kind):
    p = PALETTES[theme]()
    assert ratio(hexa(phase_colour(KINDS[kind], p)), c(p, R.Window)) >= NON_TEXT


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("theme", PALETTES)
def test_words_under_the_digits_read_as_text(theme, kind):
    """"Ready", "Paused" and the phase name are written in the phase colour: text, so 4.5:1."""
    p = PALETTES[theme]()
    assert ratio(hexa(phase_colour(KINDS[kind], p)), c(p, R.Window)) >= TEXT


# -- what is painted -------------------------------------------------------------------

def strongest_contrast(image: QImage, against: str) -> float:
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                best = max(best, ratio(pixel.name(), against))
    return best


@pytest.mark.parametrize("theme", PALETTES)
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_an_unticked_indicator_is_visible_on_the_window(qapp, qtbot, theme, kind):
    style.apply_theme(qapp, theme)
    box = kind("Read each step aloud")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if kind is QCheckBox
               else QStyle.SubElement.SE_RadioButtonIndicator)
    indicator = box.style().subElementRect(element, option, box)
    image = box.grab(indicator).toImage()
    window = c(qapp.palette(), R.Window)
    assert strongest_contrast(image, window) >= NON_TEXT


@pytest.mark.parametrize("theme", PALETTES)
def test_button_glyphs_are_drawn_in_the_button_text_colour(qapp, theme):
    style.apply_theme(qapp, theme)
    p = qapp.palette()
    for glyph in GLYPHS:
        image = qapp.style().standardIcon(glyph).pixmap(QSize(32, 32)).toImage()
        assert strongest_contrast(image, c(p, R.Button)) >= NON_TEXT, glyph
        solid = {image.pixelColor(x, y).name() for y in range(32) for x in range(32)
                 if image.pixelColor(x, y).alpha() == 255}
        assert solid == {c(p, R.ButtonText)}, glyph


def test_dialog_buttons_are_words_without_dark_pictures(qapp, qtbot):
    style.apply_theme(qapp, "dark")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    for button in box.buttons():
        assert button.icon().isNull() and button.text()


def test_an_icon_set_once_follows_the_next_theme(qapp):
    """The timer's buttons get their icons when built; switching the scheme later still recolours them."""
    icon = qapp.style().standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward)

    def colours(i: QIcon) -> set[str]:
        image = i.pixmap(QSize(24, 24)).toImage()
        return {image.pixelColor(x, y).name() for y in range(24) for x in range(24)
                if image.pixelColor(x, y).alpha() == 255}

    assert colours(icon) == {c(style.light_palette(), R.ButtonText)}
    style.apply_theme(qapp, "dark")
    assert colours(icon) == {c(style.dark_palette(), R.ButtonText)}
    disabled = icon.pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert disabled.pixelColor(12, 12).name() == c(qapp.palette(), R.ButtonText, G.Disabled)
