"""Paper sizes for everything the app prints: A4 or Letter, and which one is usual where the computer is."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                       QLocale.Country.Philippines, QLocale.Country.Chile, QLocale.Country.Colombia}


def default_page() -> str:
    """'letter' where Letter paper is the norm (from the system locale), else 'a4'."""
    return "letter" if QLocale.system().territory() in _LETTER_TERRITORIES else "a4"


def page_size(page: str) -> QPageSize:
    """The QPageSize for 'a4' or 'letter'; anything else is a ValueError that names the choices."""
    if page not in PAGE_SIZES:
        raise ValueError(f"page must be one of {', '.join(PAGE_SIZES)}, not {page!r}")
    return QPageSize(PAGE_SIZES[page])
