"""Application look: text size, light and dark palettes, and the few colours derived from them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

from rehab_desktop.ui.common.glyphs import TEXT_ONLY, glyph_icon, has_glyph
from rehab_desktop.ui.common.indicators import draw_indicator
from rehab_desktop.ui.common.preferences import PreferenceStore

BASE_POINT_SIZE = 14.0  # readable from two metres at 100 %


def apply_text_scale(app: QApplication, scale: float) -> None:
    """Set the application font to the base size times `scale` (1.0–2.0), controls grown to match."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * max(1.0, min(2.0, scale)))
    app.setFont(font)
    style = app.style()
    if not isinstance(style, AppStyle) or abs(style.scale - text_scale(app)) > 1e-6:
        apply_style(app)


def text_scale(app: QApplication | None = None) -> float:
    app = app or QApplication.instance()
    return app.font().pointSizeF() / BASE_POINT_SIZE


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A copy of `base` `factor` times larger, optionally bold."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str = "system") -> bool:
    """Apply 'system', 'light' or 'dark'; returns True when the result is dark."""
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    if not isinstance(app.style(), AppStyle):
        apply_style(app)  # its glyphs and check boxes are what read on a dark palette
    app.setPalette(dark_palette() if dark else light_palette())
    return dark


class Appearance(QObject):
    """Keeps the application's look as the preferences say: scheme and text size now, and again
    whenever they change or (for "Follow the system") when the desktop switches light and dark."""

    def __init__(self, app: QApplication, prefs: PreferenceStore, parent: QObject | None = None):
        super().__init__(parent)
        self.app, self.prefs = app, prefs
        apply_theme(app, prefs.values.theme)
        apply_text_scale(app, prefs.values.text_scale)
        prefs.changed.connect(self._prefs_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _prefs_changed(self, names: frozenset) -> None:
        if "theme" in names:
            apply_theme(self.app, self.prefs.values.theme)
        if "text_scale" in names:
            apply_text_scale(self.app, self.prefs.values.text_scale)

    def _scheme_changed(self, _scheme) -> None:
        if self.prefs.values.theme == "system":
            apply_theme(self.app, "system")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def light_palette() -> QPalette:
    p = QPalette()
    _fill(p, window="#f4f4f2", base="#ffffff", alt="#eef0f2", text="#1b1d1f", button="#e9eaec",
          highlight="#1f5fa8", highlighted_text="#ffffff", link="#1f5fa8", mid_text="#555b61",
          tooltip="#ffffe6")
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    _fill(p, window="#202326", base="#17191b", alt="#262a2e", text="#eceef0", button="#2e3236",
          highlight="#4d8fd6", highlighted_text="#0c0d0e", link="#8cbcf0", mid_text="#a7adb3",
          tooltip="#2e3236")
    return p


def _fill(p: QPalette, *, window, base, alt, text, button, highlight, highlighted_text, link, mid_text, tooltip):
    R = QPalette.ColorRole
    for role, value in [
        (R.Window, window), (R.WindowText, text), (R.Base, base), (R.AlternateBase, alt),
        (R.Text, text), (R.Button, button), (R.ButtonText, text), (R.BrightText, "#ff5555"),
        (R.Highlight, highlight), (R.HighlightedText, highlighted_text), (R.Link, link),
        (R.LinkVisited, link), (R.ToolTipBase, tooltip), (R.ToolTipText, text),
        (R.PlaceholderText, mid_text), (R.Mid, mid_text),
    ]:
        p.setColor(role, QColor(value))
    disabled = QColor(mid_text)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)


def muted_text(palette: QPalette) -> QColor:
    """Secondary text colour that keeps enough contrast in both schemes."""
    return palette.color(QPalette.ColorRole.Mid)


def caution_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, border) for the caution box."""
    if is_dark(palette):
        return QColor("#3a2d12"), QColor("#d9a43a")
    return QColor("#fff4d6"), QColor("#b7791f")


def current_step_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, accent) for the emphasised instruction step."""
    if is_dark(palette):
        return QColor("#1d3550"), QColor("#6aa8ea")
    return QColor("#e3eefb"), QColor("#1f5fa8")


def backdrop(widget) -> QColor:
    """The colour behind `widget`: that of the nearest ancestor that fills its background (or the
    window's). A widget that paints it itself can be opaque, so nothing behind it repaints with it."""
    w = widget.parentWidget()
    while w is not None and not w.autoFillBackground() and not w.isWindow():
        w = w.parentWidget()
    source = w or widget
    return source.palette().color(source.backgroundRole())


def fit_to_screen(widget, width: int, height: int) -> None:
    """Size a dialog for the current text size (`width`×`height` at 100 %), never beyond the screen."""
    scale = text_scale()
    screen = widget.screen().availableGeometry()
    widget.resize(min(int(width * scale), int(screen.width() * 0.95)),
                  min(int(height * scale), int(screen.height() * 0.92)))


class AppStyle(QProxyStyle):
    """Fusion with indicators and button glyphs that read in both schemes (see indicators, glyphs).

    Only painting and icon look-ups pass through Python here; the layout's metrics stay in C++.
    """

    _INDICATORS = {QStyle.PrimitiveElement.PE_IndicatorCheckBox: False,
                   QStyle.PrimitiveElement.PE_IndicatorRadioButton: True}

    def __init__(self):
        super().__init__("Fusion")
        self.scale = 1.0

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        radio = self._INDICATORS.get(element)
        if radio is None:
            super().drawPrimitive(element, option, painter, widget)
        else:
            draw_indicator(option, painter, radio)

    def standardIcon(self, standard_icon, option=None, widget=None) -> QIcon:
        if standard_icon in TEXT_ONLY:
            return QIcon()  # dialog buttons in words alone (Qt's pictures there are dark or red)
        if has_glyph(standard_icon):
            return glyph_icon(standard_icon, lambda: super(AppStyle, self).standardIcon(standard_icon, option, widget))
        return super().standardIcon(standard_icon, option, widget)


class ScaledStyle(AppStyle):
    """AppStyle with check boxes, radio buttons, scroll bars and small icons grown with the text size."""

    _SCALED = {
        QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        QStyle.PixelMetric.PM_ScrollBarExtent, QStyle.PixelMetric.PM_SmallIconSize,
        QStyle.PixelMetric.PM_ButtonIconSize, QStyle.PixelMetric.PM_SliderThickness,
        QStyle.PixelMetric.PM_SliderLength, QStyle.PixelMetric.PM_SliderControlThickness,
    }

    def __init__(self, scale: float):
        super().__init__()
        self.scale = scale

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        base = super().pixelMetric(metric, option, widget)
        return round(base * self.scale) if metric in self._SCALED else base


def apply_style(app: QApplication) -> None:
    """(Re)install the app's style, its metrics scaled for text sizes above 100 %.

    At 100 % no Python pixelMetric(): Fusion's controls suit 14 pt text, and a Python
    pixelMetric(), called thousands of times while a window is laid out, costs start-up time.
    """
    scale = text_scale(app)
    app.setStyle(ScaledStyle(scale) if scale > 1.0 + 1e-6 else AppStyle())
