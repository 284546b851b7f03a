"""Whether the desktop asks for less motion, read without holding up the window.

GNOME keeps it as `org.gnome.desktop.interface enable-animations`, which the freedesktop settings
portal hands out over D-Bus; newer portals also say `org.freedesktop.appearance reduced-motion`.
Without a portal, GTK's own settings.ini (`gtk-enable-animations`) and KDE's kdeglobals
(`AnimationDurationFactor=0`) say the same. Any one of them asking is enough.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings")
PORTAL_KEYS = (("org.gnome.desktop.interface", "enable-animations"), ("org.freedesktop.appearance", "reduced-motion"))
PORTAL_TIMEOUT_MS = 500


class DesktopMotion(QObject):
    """The desktop's wish for less motion; `changed(reduced)` when an answer changes it.

    Built as `DesktopMotion(reduced)` it is a fixed answer (what tests inject); `detect()` reads
    the desktop's settings files at once and `ask_portal()` asks the portal without waiting."""

    changed = Signal(bool)

    def __init__(self, reduced: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._sources: dict[str, bool] = {"given": reduced}
        self._watchers: list = []

    @property
    def reduced(self) -> bool:
        return any(self._sources.values())

    def set_source(self, source: str, reduced: bool) -> None:
        """Record what one source says (a file, a portal key); emit `changed` when the answer changes."""
        before = self.reduced
        self._sources[source] = reduced
        if self.reduced != before:
            self.changed.emit(self.reduced)

    @classmethod
    def detect(cls, parent: QObject | None = None, config_home: Path | None = None) -> DesktopMotion:
        """A DesktopMotion from the settings files (fast: two small files); the portal is asked later."""
        motion = cls(parent=parent)
        if sys.platform.startswith("linux"):
            home = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
            motion.set_source("gtk", gtk_says_reduced(home / "gtk-3.0" / "settings.ini")
                              or gtk_says_reduced(home / "gtk-4.0" / "settings.ini"))
            motion.set_source("kde", kde_says_reduced(home / "kdeglobals"))
        return motion

    def ask_portal(self, timeout_ms: int = PORTAL_TIMEOUT_MS) -> None:
        """Ask the settings portal (asynchronously; no answer within `timeout_ms` leaves things as they are)."""
        if not sys.platform.startswith("linux") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            return
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for namespace, key in PORTAL_KEYS:
            msg = QDBusMessage.createMethodCall(*PORTAL, "Read")
            msg.setArguments([namespace, key])
            watcher = QDBusPendingCallWatcher(bus.asyncCall(msg, timeout_ms), self)
            watcher.finished.connect(lambda w, k=key: self._answered(w, k))
            self._watchers.append(watcher)

    def _answered(self, watcher, key: str) -> None:
        reply = watcher.reply()
        watcher.deleteLater()
        if watcher in self._watchers:
            self._watchers.remove(watcher)
        if watcher.isError() or not reply.arguments():
            return  # no portal, or it does not know this key
        value = _unwrap(reply.arguments()[0])
        if key == "enable-animations" and isinstance(value, bool):
            self.set_source("portal-gnome", not value)
        elif key == "reduced-motion" and isinstance(value, int) and not isinstance(value, bool):
            self.set_source("portal", value == 1)  # 0: no preference, 1: reduce


def _unwrap(value):
    """Settings.Read answers a variant inside a variant; take out the plain value."""
    for _ in range(3):
        inner = getattr(value, "variant", None)
        if inner is None:
            break
        value = inner()
    return value


def _ini(path: Path, case_sensitive: bool = False):
    """The INI file at `path` read (a ConfigParser), or None when it is missing or does not read.
    Most desktops have neither file, so the start does not import configparser for them."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    import configparser

    parser = configparser.ConfigParser(strict=False, interpolation=None)
    if case_sensitive:
        parser.optionxform = str
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return parser


def gtk_says_reduced(path: Path) -> bool:
    """True when a GTK settings.ini turns animations off (`gtk-enable-animations=false` or 0)."""
    parser = _ini(path)
    if parser is None:
        return False
    value = parser.get("Settings", "gtk-enable-animations", fallback="").strip().lower()
    return value in ("false", "0", "no", "off")


def kde_says_reduced(path: Path) -> bool:
    """True when KDE's kdeglobals sets `AnimationDurationFactor=0` (animations off)."""
    parser = _ini(path, case_sensitive=True)  # KDE's keys are case-sensitive
    if parser is None:
        return False
    try:
        factor = float(parser.get("KDE", "AnimationDurationFactor", fallback="1"))
    except ValueError:
        return False
    return factor <= 0.0
