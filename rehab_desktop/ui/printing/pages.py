"""Paper sizes for everything the app prints: A4 or Letter, and which one is usual where the computer is.

"Where the computer is" is the chosen locale: the default QLocale, which ui.common.i18n.install sets (the
system's, or the chosen language's where the system's is another one); without it, the system's.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Letter where the measures are metric but the paper is not (QLocale gives the US customary system to the US).
_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                       QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia}


def default_page(locale: QLocale | None = None) -> str:
    """'letter' where Letter paper is the norm for `locale` (by default the chosen locale, QLocale()), else 'a4'."""
    locale = QLocale() if locale is None else locale
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "letter" if locale.territory() in _LETTER_TERRITORIES else "a4"


def page_size(page: str) -> QPageSize:
    """The QPageSize for 'a4' or 'letter'; anything else is a ValueError that names the choices."""
    if page not in PAGE_SIZES:
        raise ValueError(f"page must be one of {', '.join(PAGE_SIZES)}, not {page!r}")
    return QPageSize(PAGE_SIZES[page])
