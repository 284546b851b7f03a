"""Looks at the running app the way a screen reader does, through AT-SPI, and prints what it finds.

    dbus-run-session -- /usr/bin/python3 atspi_probe.py -- APP_COMMAND...

Run with the system Python (pyatspi comes from the Debian package python3-pyatspi), on a display
(Xvfb) and inside a session bus of its own. It starts the accessibility bus, starts APP_COMMAND
(the app, which prints "ready" once painted, with the standing calf stretch loaded), and prints
one JSON object a line:

    {"bus": "up"}                          the accessibility bus answered
    {"skip": REASON}                       it could not start: nothing else follows
    {"page": NAME, "controls": N, "unnamed": [...], "vague_roles": [...], "countdown": {...}}
                                           one walk of what is on screen (a page or a dialog)
    {"announcements": [...]}               what the app announced after Space started the timer
    {"scale": {...}}                       the "It hurts" dialog's 0-10 pain scale as it is exposed
    {"error": TEXT, "app_stderr": TEXT}    anything else that went wrong

An "unnamed" entry is a control on screen (anything focusable, and every button, field, tab,
list row and cell) with no accessible name; a "vague_roles" entry is a focusable one whose role
says nothing ("filler", "unknown"). A container that hands the focus to a child of its own (a
tab widget to its tab bar) is not a control: the child is. Each gives its role, its path of parents, its text and its
description, so that a failure says what to fix. The probe stops the app and the bus before exiting.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time

READY_S = 40  # the app's first paint, on a slow machine
BUS_S = 15
STEP_S = 10  # a key press taking effect
ANNOUNCE_S = 15  # Space to the rest after the first hold, at --speed 20 about 3 s
PAGES = (("Exercises", "ctrl+1"), ("Plan", "ctrl+2"), ("History", "ctrl+3"))
# Roles that say nothing about what a focusable control is.
VAGUE_ROLES = {"invalid", "unknown", "filler", "redundant object", "extended"}
# Roles a person acts on or reads as an item: each needs a name, focusable or not.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button", "slider",
    "text", "entry", "password text", "page tab", "list item", "tree item", "table cell", "menu item",
    "check menu item", "radio menu item", "link", "dial",
}
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher",
             "/usr/lib/at-spi2/at-spi-bus-launcher")


def emit(**obj) -> None:
    print(json.dumps(obj), flush=True)


def pump(seconds: float) -> None:
    """Let GLib deliver what arrived on the bus (the AT-SPI events) for up to `seconds`."""
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.01)


def until(what: str, deadline_s: float, probe):
    """Poll `probe()` until it returns something true (delivering events meanwhile), or raise."""
    end = time.monotonic() + deadline_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > end:
            raise TimeoutError(f"timed out after {deadline_s:.0f} s waiting for {what}")
        pump(0.05)


# -- the bus and the app ---------------------------------------------------------------------------

def start_bus() -> subprocess.Popen | None:
    """Start at-spi-bus-launcher on this session bus; None (after a "skip" line) if it cannot."""
    launcher = next((p for p in LAUNCHERS if os.path.exists(p)), shutil.which("at-spi-bus-launcher"))
    if not launcher:
        raise RuntimeError("at-spi-bus-launcher is not installed: scripts/setup.sh test installs at-spi2-core")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        emit(skip="no session bus: the probe must run inside dbus-run-session")
        return None
    proc = subprocess.Popen([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    from gi.repository import Gio, GLib

    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)

    def address():
        if proc.poll() is not None:
            raise RuntimeError(f"at-spi-bus-launcher exited with {proc.returncode}: "
                               f"{proc.stderr.read().decode(errors='replace').strip()}")
        try:
            reply = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                      GLib.VariantType("(s)"), Gio.DBusCallFlags.NO_AUTO_START, 1000, None)
        except GLib.Error:
            return None
        return reply.unpack()[0]

    try:
        until("the accessibility bus (org.a11y.Bus)", BUS_S, address)
    except (TimeoutError, RuntimeError) as exc:
        proc.kill()
        emit(skip=f"the AT-SPI bus did not start: {exc}")
        return None
    return proc


class App:
    """The app's process; its output is read on threads, so waiting for a line has a deadline."""

    def __init__(self, command: list[str]):
        env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
               "REHAB_DESKTOP_ANNOUNCE": "1"}
        self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.errors: list[str] = []
        threading.Thread(target=self._read, args=(self.proc.stdout, self.lines.put), daemon=True).start()
        threading.Thread(target=self._read, args=(self.proc.stderr, self.errors.append), daemon=True).start()

    @staticmethod
    def _read(stream, put) -> None:
        for line in stream:
            put(line.rstrip("\n"))
        put(None)

    def wait_for_line(self, text: str, deadline_s: float) -> None:
        end = time.monotonic() + deadline_s
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, end - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"the app did not print {text!r} within {deadline_s:.0f} s") from None
            if line is None:
                raise RuntimeError(f"the app exited ({self.proc.poll()}) before printing {text!r}")
            if line == text:
                return

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# -- the tree --------------------------------------------------------------------------------------

def describe(node) -> str:
    try:
        role, name = node.getRoleName(), (node.name or "").strip()
    except Exception:  # gone already
        return "(gone)"
    return f"{role} {name!r}" if name else role


def text_of(node) -> str:
    """What a sighted person reads on the control, where AT-SPI has it (the Text interface)."""
    try:
        text = node.queryText()
        return text.getText(0, min(text.characterCount, 80))
    except Exception:  # no Text interface: nothing to show
        return ""


def walk(root, pyatspi):
    """(node, path of parents, states) for `root` and everything showing under it, depth first."""
    stack = [(root, ())]
    while stack:
        node, path = stack.pop()
        try:
            states = node.getState()
            count = node.childCount
        except Exception:  # a node that went away while we walked
            continue
        if node is not root and not states.contains(pyatspi.STATE_SHOWING):
            continue  # a hidden page's controls are not on screen; its own walk finds them
        yield node, path, states
        here = (*path, describe(node))
        for i in reversed(range(min(count, 2000))):  # bounded: a table's cells are children too
            try:
                child = node.getChildAtIndex(i)
            except Exception:  # likewise
                continue
            if child is not None:
                stack.append((child, here))


def survey(root, pyatspi) -> dict:
    """The controls on screen under `root`, and the ones a screen reader could not name."""
    controls, unnamed, vague, countdown, pictures = 0, [], [], None, []
    for node, path, states in walk(root, pyatspi):
        role = node.getRoleName()
        name = (node.name or "").strip()
        if name.startswith("Countdown"):
            countdown = {"role": role, "name": name}
        if role == "image":  # the exercise figures: a screen reader reads their one sentence
            pictures.append({"name": name, "path": " > ".join(path[1:])})
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        if not focusable and role not in CONTROL_ROLES:
            continue
        if focusable and role in VAGUE_ROLES and hands_focus_on(node, pyatspi):
            continue  # a tab widget, say: the focus goes to its tab bar, which is checked in its turn
        controls += 1
        entry = {"role": role, "name": name, "path": " > ".join(path[1:]), "text": text_of(node),
                 "description": (node.description or "").strip(), "focusable": focusable}
        if not name:
            unnamed.append(entry)
        elif focusable and role in VAGUE_ROLES:
            vague.append(entry)
    return {"controls": controls, "unnamed": unnamed, "vague_roles": vague, "countdown": countdown,
            "pictures": pictures}


def hands_focus_on(node, pyatspi) -> bool:
    """Whether a container passes the focus to a child of its own (Qt's focus proxy, as a tab
    widget's tab bar): a focusable child with a role of its own is the control, not the container."""
    for child in node:
        try:
            if (child is not None and child.getState().contains(pyatspi.STATE_FOCUSABLE)
                    and child.getRoleName() not in VAGUE_ROLES):
                return True
        except Exception:  # gone while we looked
            continue
    return False


def find_app(pyatspi, pid: int):
    desktop = pyatspi.Registry.getDesktop(0)

    def look():
        for i in range(desktop.childCount):
            try:
                child = desktop.getChildAtIndex(i)
                if child is not None and child.get_process_id() == pid and child.childCount > 0:
                    return child
            except Exception:  # an application leaving the bus
                continue
        return None

    return until(f"the app (pid {pid}) on the AT-SPI desktop", READY_S, look)


def find(root, pyatspi, test):
    return next((node for node, _path, _states in walk(root, pyatspi) if test(node)), None)


def selected_section(app_node, pyatspi) -> str | None:
    """The selected tab of the window's own tab bar ("Sections"), not of a tab bar inside a page."""
    sections = find(app_node, pyatspi, lambda n: (n.name or "") == "Sections")
    for tabs in sections or ():
        if tabs is not None and tabs.getRoleName() == "page tab list":
            for tab in tabs:
                if tab is not None and tab.getState().contains(pyatspi.STATE_SELECTED):
                    return (tab.name or "").replace("&", "").strip()
    return None


def scale_of(dialog, pyatspi) -> dict | None:
    """The 0-10 scale in a dialog: the row's role, name and description, and its buttons' names."""
    row = find(dialog, pyatspi, lambda n: (n.name or "").endswith("scale of 0 to 10"))
    if row is None:
        return None
    buttons = [c for c in row if c is not None]
    return {"role": row.getRoleName(), "name": row.name, "description": row.description,
            "buttons": [{"role": b.getRoleName(), "name": b.name, "description": b.description} for b in buttons]}


# -- driving it ------------------------------------------------------------------------------------

def press_keys(pid: int, keys: str) -> None:
    """Type `keys` (xdotool names) into the app's main window, as a person at the keyboard does."""
    windows = until("the app's window", STEP_S, lambda: subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)], capture_output=True, text=True).stdout.split())
    win = windows[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", win], check=True, timeout=STEP_S)
    subprocess.run(["xdotool", "key", "--window", win, *keys.split()], check=True, timeout=STEP_S)


def listen_for_announcements(pyatspi) -> queue.Queue:
    """Subscribe to object:announcement; Qt sends only the events someone is listening to."""
    heard: queue.Queue = queue.Queue()

    def on_event(event) -> None:
        heard.put({"type": event.type, "text": str(event.any_data), "source": describe(event.source)})

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    return heard


def collect_announcements(heard: queue.Queue) -> list[dict]:
    """What arrives until the first rest begins (the phase after the first hold), or the deadline."""
    got: list[dict] = []
    end = time.monotonic() + ANNOUNCE_S
    while time.monotonic() < end:
        pump(0.05)
        while not heard.empty():
            got.append(heard.get())
        if any(a["text"].startswith("Rest") for a in got):
            break
    return got


def probe(app: App, pyatspi) -> None:
    app.wait_for_line("ready", READY_S)
    app_node = find_app(pyatspi, app.proc.pid)
    heard = listen_for_announcements(pyatspi)
    pid = app.proc.pid
    for page, keys in PAGES:
        press_keys(pid, keys)
        until(f"the {page} page to be shown", STEP_S, lambda p=page: selected_section(app_node, pyatspi) == p)
        emit(page=page, **survey(app_node, pyatspi))
    press_keys(pid, "ctrl+1")
    until("the Exercises page to be shown", STEP_S, lambda: selected_section(app_node, pyatspi) == "Exercises")
    pump(0.2)
    while not heard.empty():  # anything said before Space is not the timer's
        heard.get()
    press_keys(pid, "space")
    emit(announcements=collect_announcements(heard))
    emit(page="Exercises, timer running", **survey(app_node, pyatspi))
    press_keys(pid, "h")
    dialog = until("the It hurts dialog", STEP_S, lambda: find(
        app_node, pyatspi, lambda n: n.getRoleName() == "dialog" and n.name == "It hurts"))
    emit(page="It hurts dialog", **survey(dialog, pyatspi))
    emit(scale=scale_of(dialog, pyatspi))


def main() -> int:
    args = sys.argv[1:]
    command = args[args.index("--") + 1:] if "--" in args else args
    try:
        bus = start_bus()
    except RuntimeError as exc:
        emit(error=str(exc))
        return 1
    if bus is None:
        return 0
    emit(bus="up")
    import pyatspi  # once the bus is up: it connects on first use

    app = App(command)
    try:
        probe(app, pyatspi)
    except Exception as exc:  # reported to the test, which fails with it
        emit(error=f"{type(exc).__name__}: {exc}", app_stderr="\n".join(app.errors[-30:]))
    finally:
        app.stop()
        bus.terminate()
        try:
            bus.wait(timeout=5)
        except subprocess.TimeoutExpired:
            bus.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
