"""How a reminder reaches the desktop: the freedesktop notification service over D-Bus, else a tray icon's message."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, Signal, Slot

from rehab_desktop import APP_DISPLAY_NAME
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

BACKEND_DESKTOP = "desktop"
BACKEND_TRAY = "tray"
BACKEND_WINDOW = "window"

ACTION_START = "start"
ACTION_LATER = "later"
ACTION_DEFAULT = "default"  # the notification's body clicked

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
CALL_TIMEOUT_MS = 3000  # a stuck notification daemon costs at most this, never a frozen window
URGENCY_NORMAL = 1

_DESCRIPTIONS = {  # looked up with translate() when shown
    BACKEND_DESKTOP: QT_TRANSLATE_NOOP("ui.reminders.notify", "Reminders appear as desktop notifications."),
    BACKEND_TRAY: QT_TRANSLATE_NOOP("ui.reminders.notify", "Reminders appear as a message from the app's icon in the "
                                    "system tray (this desktop has no notification service)."),
    BACKEND_WINDOW: QT_TRANSLATE_NOOP("ui.reminders.notify", "Reminders appear only in this window, while it is open: "
                                      "this desktop has no notification service or tray."),
}


def _session_bus():
    """The session bus connection, or None when there is none (not Linux, no address, nothing listening)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    from PySide6.QtDBus import QDBusConnection

    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def _call(bus, service: str, path: str, interface: str, method: str, args: list, timeout_ms: int):
    """The reply's arguments, or None when the call failed or was not answered within `timeout_ms`."""
    from PySide6.QtDBus import QDBus, QDBusMessage

    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(args)
    reply = bus.call(message, QDBus.CallMode.Block, max(1, int(timeout_ms)))
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    return list(reply.arguments())


def notification_service_available(timeout_ms: int = 1000) -> bool:
    """Whether the session bus has (or can start) org.freedesktop.Notifications; each question waits at most
    `timeout_ms`."""
    bus = _session_bus()
    if bus is None:
        return False
    daemon = ("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus")
    owned = _call(bus, *daemon, "NameHasOwner", [SERVICE], timeout_ms)
    if owned and owned[0] is True:
        return True
    activatable = _call(bus, *daemon, "ListActivatableNames", [], timeout_ms)
    return bool(activatable) and SERVICE in (activatable[0] or ())


def backend_in_use(tray_possible: bool) -> str:
    """Which way a reminder would reach this desktop now: BACKEND_DESKTOP, BACKEND_TRAY or BACKEND_WINDOW."""
    if notification_service_available():
        return BACKEND_DESKTOP
    if tray_possible:
        from PySide6.QtWidgets import QSystemTrayIcon

        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            return BACKEND_TRAY
    return BACKEND_WINDOW


def describe_backend(name: str) -> str:
    """One plain line for Settings saying where reminders appear."""
    return translate("ui.reminders.notify", _DESCRIPTIONS.get(name, _DESCRIPTIONS[BACKEND_WINDOW]))


def later_text(minutes: int) -> str:
    """The notification's Later button: 'Later (30 min)'."""
    return translate("ui.reminders.notify", "Later ({minutes} min)", "a notification's button").format(minutes=minutes)


def plain_text(text: str) -> str:
    """`text` made safe for a server that reads the body as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Typed:
    """D-Bus uint32 and byte values, which PySide6 cannot express: its int always marshals as int32, and
    QDBusArgument's only int overload writes a uint16. Qt's own QDBusArgument::operator<<(uint / uchar) is
    called instead; Qt copies such an argument into a message as the one value it holds."""

    _writers: tuple | None = None

    @classmethod
    def _load(cls) -> tuple:
        if cls._writers is None:
            import ctypes

            import shiboken6
            from PySide6 import QtDBus

            lib = ctypes.CDLL(QtDBus.__file__)  # its dependencies, libQt6DBus among them, are searched too
            writers = []
            # QDBusArgument::operator<<(uint) and operator<<(uchar), Itanium C++ names
            for symbol, ctype in (("_ZN13QDBusArgumentlsEj", ctypes.c_uint32),
                                  ("_ZN13QDBusArgumentlsEh", ctypes.c_ubyte)):
                write = lib[symbol]
                write.restype = ctypes.c_void_p
                write.argtypes = [ctypes.c_void_p, ctype]
                writers.append(write)
            cls._writers = (shiboken6.getCppPointer, *writers)
        return cls._writers

    @classmethod
    def _make(cls, which: int, value: int):
        from PySide6.QtDBus import QDBusArgument

        pointer_of, *writers = cls._load()
        argument = QDBusArgument()
        writers[which](pointer_of(argument)[0], value)
        return argument

    @classmethod
    def uint32(cls, value: int):
        return cls._make(0, value)

    @classmethod
    def byte(cls, value: int):
        return cls._make(1, value)


class DesktopNotifier(QObject):
    """One reminder at a time on the freedesktop notification service, with Start now, Later and Open."""

    action_invoked = Signal(str)  # ACTION_START, ACTION_LATER or ACTION_DEFAULT
    closed = Signal()  # dismissed, expired or closed by the server without an action

    def __init__(self, app_name: str = APP_DISPLAY_NAME, desktop_entry: str = "io.github.rehab_desktop.RehabDesktop",
                 icon: str = "io.github.rehab_desktop.RehabDesktop", parent=None):
        super().__init__(parent)
        self.app_name = app_name
        self.desktop_entry = desktop_entry
        self.icon = icon
        self._id: int | None = None
        self._handled: set[int] = set()  # ids that had an action (or that we closed): their close is not news
        self._bus = _session_bus()
        if self._bus is not None:
            for name in ("ActionInvoked", "NotificationClosed"):
                self._bus.connect(SERVICE, PATH, INTERFACE, name, self, "1_on_signal(QDBusMessage)")

    @property
    def notification_id(self) -> int | None:
        return self._id

    def show(self, title: str, body: str, later_label: str | None = None) -> bool:
        """Show (or replace) the reminder; True when the server gave it an id."""
        if self._bus is None:
            return False
        actions = [ACTION_START, translate("ui.reminders.notify", "Start now", "a notification's button"),
                   ACTION_LATER, later_label or translate("ui.reminders.notify", "Later", "a notification's button"),
                   ACTION_DEFAULT, translate("ui.reminders.notify", "Open", "a notification's default action")]
        try:
            replaces = _Typed.uint32(self._id or 0)
            hints = {"desktop-entry": self.desktop_entry, "urgency": _Typed.byte(URGENCY_NORMAL)}
        except (OSError, AttributeError):  # a Qt build without those symbols: no way to call Notify correctly
            return False
        reply = _call(self._bus, SERVICE, PATH, INTERFACE, "Notify",
                      [self.app_name, replaces, self.icon, title, plain_text(body), actions, hints, -1],
                      CALL_TIMEOUT_MS)
        if not reply or not isinstance(reply[0], int) or reply[0] <= 0:
            return False
        self._id = reply[0]
        self._handled.discard(self._id)
        return True

    def close(self) -> None:
        """Take the reminder off the desktop (no `closed` follows: the caller knows)."""
        if self._bus is None or self._id is None:
            return
        from PySide6.QtDBus import QDBusMessage

        try:
            target = _Typed.uint32(self._id)
        except (OSError, AttributeError):
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, "CloseNotification")
        message.setArguments([target])
        self._bus.send(message)  # no reply awaited: nothing to wait for
        self._handled.add(self._id)
        self._id = None

    @Slot("QDBusMessage")
    def _on_signal(self, message) -> None:
        args = message.arguments()
        if len(args) < 2 or not isinstance(args[0], int):
            return
        nid = args[0]
        if message.member() == "ActionInvoked":
            if nid != self._id:
                return
            self._handled.add(nid)
            self.action_invoked.emit(str(args[1]))
        elif message.member() == "NotificationClosed":
            if nid in self._handled:
                self._handled.discard(nid)
                if nid == self._id:
                    self._id = None
                return
            if nid != self._id:
                return
            self._id = None
            self.closed.emit()


class TrayNotifier(QObject):
    """The reminder as a message from a system tray icon (desktops without a notification service)."""

    action_invoked = Signal(str)  # only ACTION_DEFAULT: the message clicked
    closed = Signal()  # never emitted: a tray message does not say when it goes

    def __init__(self, icon, app_name: str = APP_DISPLAY_NAME, parent=None):
        super().__init__(parent)
        from PySide6.QtWidgets import QSystemTrayIcon

        self._tray = QSystemTrayIcon(icon, self)
        self._tray.setToolTip(app_name)
        self._tray.messageClicked.connect(self._clicked)

    @property
    def notification_id(self) -> int | None:
        return None

    def show(self, title: str, body: str, later_label: str | None = None) -> bool:
        """Show the message (Later is not offered: a tray message has no buttons)."""
        from PySide6.QtWidgets import QSystemTrayIcon

        self._tray.show()
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15000)
        return True

    def close(self) -> None:
        self._tray.hide()

    @Slot()
    def _clicked(self) -> None:
        self.action_invoked.emit(ACTION_DEFAULT)
