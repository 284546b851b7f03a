"""Words in the user's language, without Qt.

Every user-visible sentence in the app goes through `translate(context, text)`: in `ui/` as much as in
`core/` and `store/`, so there is one way to mark a string and one place it is looked up. `pyside6-lupdate`
finds these calls by their name (`scripts/update_translations.py`; docs/translating.md). Until the
window installs Qt's lookup (`install`), and in the command line and Qt-free tests, `translate` gives
the English source text.

The rules a source text follows:
- Context: the module's dotted path under `rehab_desktop`, written out in each call ("ui.timer.panel").
- Placeholders are named and filled afterwards: `translate(ctx, "Set {n} of {total}").format(...)`.
- Counts use Qt's plurals: `translate(ctx, "%n set(s)", None, count)`, `count` a plain name. In English
  "(s)" (or "(es)") is dropped for one and kept, without brackets, for any other count.
- A string kept in a table at import time is marked with `QT_TRANSLATE_NOOP(ctx, text)` and looked up
  with `translate(ctx, value)` where it is shown.

Dates and numbers follow the chosen locale through `formats()`: the window installs QLocale's names and
separators; without it they are English ("Monday 4 May 2026", "2.5").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, time

Lookup = Callable[[str, str, "str | None", int], str]

SOURCE_LANGUAGE = "en"  # the language the source texts, the library and the figures are written in

_PLURAL = re.compile(r"\((e?s)\)")
_lookup: Lookup | None = None


def english(text: str, n: int = -1) -> str:
    """The source text as English shows it: '%n set(s)' with n = 1 is '1 set', with n = 3 '3 sets'."""
    if n < 0:
        return text
    text = _PLURAL.sub("" if n == 1 else r"\1", text)
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language (English when no translation is installed or has it)."""
    if _lookup is None:
        return english(text, n)
    found = _lookup(context, text, disambiguation, n)
    if n >= 0 and found == text.replace("%n", str(n)):  # Qt's answer when the translation has no entry
        return english(text, n)
    return found or english(text, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name lupdate looks for
    """Marks `text` for translation where it is defined; `translate(context, text)` shows it."""
    return text


class Formats:
    """Names of days and months, dates and decimals, in English; the window installs its locale's."""

    language = "en"
    _DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    _MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")

    def weekday_name(self, weekday: int, short: bool = False) -> str:
        """0 = Monday: 'Monday', short 'Mon'."""
        name = self._DAYS[weekday]
        return name[:3] if short else name

    def month_name(self, month: int, short: bool = False) -> str:
        """1 = January: 'January', short 'Jan'."""
        name = self._MONTHS[month - 1]
        return name[:3] if short else name

    def day_month(self, day: date) -> str:
        """'4 May'."""
        return f"{day.day} {self.month_name(day.month)}"

    def day_month_year(self, day: date) -> str:
        """'4 May 2026'."""
        return f"{day.day} {self.month_name(day.month)} {day.year}"

    def month_year(self, day: date) -> str:
        """'May 2026'."""
        return f"{self.month_name(day.month)} {day.year}"

    def long_day(self, day: date) -> str:
        """'Monday 4 May 2026'."""
        return f"{self.weekday_name(day.weekday())} {self.day_month_year(day)}"

    def weekday_day_month(self, day: date) -> str:
        """'Monday 4 May'."""
        return f"{self.weekday_name(day.weekday())} {self.day_month(day)}"

    def short_day(self, day: date) -> str:
        """'Mon 4 May'."""
        return f"{self.weekday_name(day.weekday(), True)} {day.day} {self.month_name(day.month, True)}"

    def clock(self, moment: time) -> str:
        """'18:05' (24-hour, as the app has always shown times)."""
        return f"{moment.hour:02d}:{moment.minute:02d}"

    def decimal(self, value: float, places: int = 1, trim: bool = True) -> str:
        """'2.5' ('2,5' where a comma is the decimal sign); with `trim`, '3.0' is '3'."""
        text = f"{value:.{places}f}"
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        return text

    def decimal_point(self) -> str:
        return "."


_formats: Formats = Formats()


def formats() -> Formats:
    """The chosen locale's names and separators."""
    return _formats


def install(lookup: Lookup | None, locale_formats: Formats | None = None) -> None:
    """Called by the window's composition root with Qt's lookup and its locale (None: English again)."""
    global _lookup, _formats
    _lookup = lookup
    _formats = locale_formats or Formats()
