"""Clocks for the timer engine: a monotonic one that sees suspend, and an aware wall clock."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import datetime


def suspend_aware_clock() -> Callable[[], float]:
    """A monotonic clock in seconds that, where the platform offers one, keeps counting during suspend."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return lambda: time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin" and hasattr(time, "CLOCK_MONOTONIC"):
        # macOS's CLOCK_MONOTONIC counts sleep; time.monotonic() there does not.
        return lambda: time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic


def local_now() -> datetime:
    return datetime.now().astimezone()


def zone_following_now() -> datetime:
    """Local time in the zone the system is set to now, for a process that runs for days (the reminders):
    Python reads the zone once at start, so a time zone changed since (a trip, the settings) is read again
    from TZ or /etc/localtime. Elsewhere, or when the zone cannot be named, the zone read at start."""
    import os

    name = os.environ.get("TZ", "").lstrip(":")
    if not name and sys.platform != "win32":
        try:
            target = os.path.realpath("/etc/localtime")
        except OSError:
            target = ""
        _, sep, name = target.partition("/zoneinfo/")
        name = name if sep else ""
    if name:
        try:
            from zoneinfo import ZoneInfo

            return datetime.now(ZoneInfo(name))
        except (ValueError, OSError, KeyError, ImportError):
            pass
    return local_now()
