"""Timestamps as stored: fixed-width UTC ISO-8601 text, so text order is time order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache


def to_utc_text(moment: datetime) -> str:
    """'2026-05-10T14:03:22.123Z' (milliseconds, truncated) from a timezone-aware datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got {moment!r}")
    # isoformat with an explicit timespec always writes the fraction, truncated, zero-padded.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def from_utc_text(text: str, offset_min: int | None = None) -> datetime:
    """The aware datetime for stored `text`, shown at `offset_min` minutes east of UTC if given."""
    moment = datetime.fromisoformat(text)  # Python 3.11 reads the trailing Z
    return moment.astimezone(_zone(offset_min)) if offset_min else moment


@lru_cache(maxsize=64)
def _zone(offset_min: int) -> timezone:
    # Cached: reading 25,000 sets for a progress chart would otherwise build 50,000 of them.
    return timezone(timedelta(minutes=offset_min))


def local_start(moment: datetime, tz: tzinfo | None = None) -> tuple[str, int]:
    """The local calendar day ('YYYY-MM-DD') of `moment` and its UTC offset in minutes.

    `tz` None means the computer's own zone, with its daylight-saving rules for that date.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got {moment!r}")
    local = moment.astimezone(tz)
    offset = local.utcoffset() or timedelta(0)
    return local.date().isoformat(), int(offset.total_seconds() // 60)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)
