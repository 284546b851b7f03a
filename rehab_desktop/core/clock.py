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
