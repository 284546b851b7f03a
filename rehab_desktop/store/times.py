"""Timestamps as stored: fixed-width UTC ISO-8601 text, so text order is time order."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo


def to_utc_text(moment: datetime) -> str:
    """'2026-05-10T14:03:22.123Z' (milliseconds, truncated) from a timezone-aware datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got {moment!r}")
    # isoformat with an explicit timespec always writes the fraction, truncated, zero-padded.
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def from_utc_text(text: str, offset_min: int | None = None) -> datetime:
    """The aware datetime for stored `text`, shown at `offset_min` minutes east of UTC if given."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if offset_min:
        moment = moment.astimezone(timezone(timedelta(minutes=offset_min)))
    return moment


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
