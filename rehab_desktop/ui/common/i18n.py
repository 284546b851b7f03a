"""The user's language: which one, its translators installed before the first window, and its locale.

`install(app, choice)` picks the language ("" = the system's when a translation exists, else English),
loads the app's `rehab_desktop_<lang>.qm` and Qt's own `qtbase_<lang>.qm` (so the print and file dialogs
match), sets the default `QLocale` (dates, decimals, paper size) and hands core's `translate` and
`formats` to Qt. English needs no translator and loads none.

`REHAB_DESKTOP_PSEUDO=long|rtl|mark` swaps in a pseudo-translation for layout tests: every string made
40 % longer, the same laid out right to left, or every string marked so a test can find one that
escaped translation (docs/translating.md).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, Qt, QTime, QTranslator

from rehab_desktop.core import i18n
from rehab_desktop.core.i18n import SOURCE_LANGUAGE, translate
from rehab_desktop.shipped import shipped

CTX = "ui.common.i18n"
NATIVE_NAMES = {"en": "English", "es": "Espa\u00f1ol"}  # each language in its own words, as the choice shows it
PSEUDO_ENV = "REHAB_DESKTOP_PSEUDO"
MARK = "\u27e6"  # what the "mark" pseudo-translation puts before every translated string
STRETCH = 0.4


def shipped_languages() -> list[str]:
    """English and every language with a compiled translation in the package."""
    folder = shipped("translations")
    found = sorted(p.stem.removeprefix("rehab_desktop_") for p in folder.glob("rehab_desktop_*.qm")) \
        if folder.is_dir() else []
    return [SOURCE_LANGUAGE, *[lang for lang in found if lang != SOURCE_LANGUAGE]]


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to use for the preference `choice` ("" = the system's first one that is shipped)."""
    languages = shipped_languages()
    if choice in languages:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in languages:
            return lang
    return SOURCE_LANGUAGE


class QtFormats(i18n.Formats):
    """Day and month names, dates and decimals from a QLocale, in the patterns the translation gives."""

    def __init__(self, locale: QLocale):
        self.locale = locale
        self.language = locale.name().split("_")[0]

    def weekday_name(self, weekday: int, short: bool = False) -> str:
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self.locale.dayName(weekday + 1, kind)

    def month_name(self, month: int, short: bool = False) -> str:
        kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return self.locale.monthName(month, kind)

    def _date(self, day: date, pattern: str) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    # QLocale's patterns (d, dddd, MMMM, yyyy; quoted text kept): a translation orders them as its language does.
    def day_month(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "d MMMM", "date pattern: 4 May"))

    def day_month_year(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "d MMMM yyyy", "date pattern: 4 May 2026"))

    def month_year(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "MMMM yyyy", "date pattern: May 2026"))

    def long_day(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "dddd d MMMM yyyy", "date pattern: Monday 4 May 2026"))

    def weekday_day_month(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "dddd d MMMM", "date pattern: Monday 4 May"))

    def short_day(self, day: date) -> str:
        return self._date(day, translate("ui.common.i18n", "ddd d MMM", "date pattern: Mon 4 May"))

    def clock(self, moment: time) -> str:
        return self.locale.toString(QTime(moment.hour, moment.minute), "HH:mm")

    def decimal(self, value: float, places: int = 1, trim: bool = True) -> str:
        text = self.locale.toString(float(value), "f", places)
        point = self.locale.decimalPoint()
        if trim and point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def decimal_point(self) -> str:
        return self.locale.decimalPoint()


class PseudoTranslator(QTranslator):
    """Every string stretched by 40 % ("long", "rtl") or marked ("mark"); placeholders are kept as they are."""

    def __init__(self, mode: str, parent=None):
        super().__init__(parent)
        self.mode = mode

    def isEmpty(self) -> bool:  # noqa: N802 -- Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or (disambiguation or "").startswith("date pattern"):  # QLocale's, not words
            return None
        if n >= 0:
            source = i18n.english(source, n)
        if self.mode == "mark":
            return MARK + source
        return source + " " + "\u00b7" * max(1, math.ceil(len(source) * STRETCH) - 1)


@dataclass
class Installed:
    language: str
    locale: QLocale
    translators: list[QTranslator]
    pseudo: str = ""


_installed: Installed | None = None


def install(app: QCoreApplication, choice: str = "", pseudo: str | None = None) -> Installed:
    """Install the language for preference `choice` before any window is built (again: replaces the last)."""
    global _installed
    if _installed is not None:
        for old in _installed.translators:
            app.removeTranslator(old)
    pseudo = os.environ.get(PSEUDO_ENV, "") if pseudo is None else pseudo
    language = resolve(choice)
    translators: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"rehab_desktop_{language}", str(shipped("translations"))):
            translators.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    if pseudo in ("long", "rtl", "mark"):
        translators.append(PseudoTranslator(pseudo, app))
    for translator in translators:
        app.installTranslator(translator)
    system = QLocale.system()
    if language == SOURCE_LANGUAGE:
        locale = system if system.language() in (QLocale.Language.English, QLocale.Language.C) \
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        # The system's country where it has one for this language (es_US prints on Letter), else the language's own.
        locale = system if system.name().split("_")[0] == language else \
            QLocale(QLocale(language).language(), system.territory())
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if pseudo == "rtl" else
                               Qt.LayoutDirection.LeftToRight)
    if translators:
        i18n.install(QCoreApplication.translate,
                     QtFormats(locale) if language != SOURCE_LANGUAGE else None)
    else:
        i18n.install(None)
    _installed = Installed(language, locale, translators, pseudo if pseudo in ("long", "rtl", "mark") else "")
    return _installed


def current() -> Installed | None:
    return _installed


def localize_library(library, installed: Installed):
    """(the library in the installed language, a problem to show or ""): English is kept when the overlay
    file is damaged. A --library file of one's own has no overlay. Under the pseudo-translations the
    library is the Spanish one, the longest shipped ("mark": every text marked as well)."""
    if installed.language == SOURCE_LANGUAGE and not installed.pseudo:
        return library, ""  # the library's own words: nothing to read, nothing more to import at start-up
    from rehab_desktop.core.library import LibraryError, default_source
    from rehab_desktop.core.library_overlay import localize

    if library.source != default_source():
        return library, ""
    language, transform = installed.language, None
    if installed.pseudo:
        language = "es"
        transform = (lambda text: MARK + text) if installed.pseudo == "mark" else None
    try:
        return localize(library, language, transform=transform), ""
    except LibraryError as exc:
        return library, str(exc)
