"""A private desktop for notification tests: its own session bus, an X server, dunst, and a log of every call.

`NotificationSession(folder)` starts dbus-daemon (no service activation: only what the test starts is there),
Xvfb, dbus-monitor (watching org.freedesktop.Notifications) and dunst; `env` is what a child needs to reach
them. dunst's context menu (`dunstctl context`) runs the configured dmenu with one line per action,
"#<label> (<summary>) [<id>,<key>]"; our dmenu stand-in prints the line ending in the key the test chose, so
`invoke("Start now")` presses that button as a person would.
"""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SETUP = "scripts/setup.sh test installs it"
PACKAGES = {"dbus-daemon": "dbus", "dbus-monitor": "dbus", "dbus-send": "dbus", "Xvfb": "xvfb",
            "dunst": "dunst", "dunstctl": "dunst"}
SERVICE = "org.freedesktop.Notifications"
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
DUNSTRC = """[global]
dmenu = {menu}
[urgency_low]
timeout = 0
[urgency_normal]
timeout = 0
[urgency_critical]
timeout = 0
"""
MENU = """#!/bin/sh
# dunst's dmenu: the action lines come on stdin; print the one the test chose.
want=$(cat '{choice}')
cat > '{seen}'
grep -F -- "$want" '{seen}' | tail -n 1
"""

HEADER = re.compile(r"^(method call|method return|signal|error) time=")
TOKEN = re.compile(r'^\s*(string "|(u?int(16|32|64)|byte|double|boolean|object path|signature|unix fd) |array \[|\]'
                   r'|dict entry\(|\)|struct \{|\}|variant\s)')


@dataclass
class NotifyCall:
    """One Notify call as dbus-monitor saw it."""

    app_name: str
    replaces_id: int
    icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict = field(default_factory=dict)
    timeout: int = -1


@dataclass
class Message:
    kind: str
    member: str
    args: list


def need(program: str) -> str:
    path = shutil.which(program)
    if not path:
        pytest.fail(f"{program} is missing: {SETUP} (Debian package {PACKAGES.get(program, program)})")
    return path


def _scalar(kind: str, text: str):
    if kind == "boolean":
        return text.strip() == "true"
    if kind == "double":
        return float(text)
    if kind in ("object path", "signature"):
        return text.strip().strip('"')
    return int(text)


def parse_args(lines: list[str]) -> list:
    """The arguments of one message from dbus-monitor's default (profile-less) output."""
    stack: list[list] = [[]]
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        while line.startswith("variant"):  # a variant prints its value on the same line
            line = line[len("variant"):].strip()
        if not line:
            continue
        if line.startswith('string "'):
            text = line[len('string "'):]
            while not (text.endswith('"') and (i >= len(lines) or TOKEN.match(lines[i]))):
                if i >= len(lines):
                    break
                text += "\n" + lines[i]
                i += 1
            stack[-1].append(text[:-1] if text.endswith('"') else text)
        elif line.startswith("array ["):
            stack.append([])
            if line.endswith("]"):
                done = stack.pop()
                stack[-1].append(done)
        elif line.startswith(("dict entry(", "struct {")):
            stack.append([])
        elif line in ("]", ")", "}") and len(stack) > 1:
            done = stack.pop()
            stack[-1].append(tuple(done) if line != "]" else done)
        else:
            kind, _, value = line.rpartition(" ")
            try:
                stack[-1].append(_scalar(kind, value))
            except ValueError:
                stack[-1].append(line)
    return stack[0]


def parse_monitor_log(text: str) -> list[Message]:
    messages: list[Message] = []
    header = None
    body: list[str] = []

    def flush():
        if header is not None:
            member = re.search(r"member=(\S+)", header)
            messages.append(Message(HEADER.match(header).group(1), member.group(1) if member else "",
                                    parse_args(body)))

    for line in text.split("\n"):
        if HEADER.match(line):
            flush()
            header, body = line, []
        elif header is not None:
            body.append(line)
    flush()
    return messages


class NotificationSession:
    """dbus-daemon + Xvfb + dbus-monitor + dunst, all stopped by close() (or leaving the `with`)."""

    def __init__(self, folder: Path, timeout: float = 30.0, with_dunst: bool = True):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self.monitor_log = self.folder / "monitor.log"
        self.choice = self.folder / "menu-choice.txt"
        self.menu_seen = self.folder / "menu-lines.txt"
        self._procs: list[subprocess.Popen] = []
        self._files = []
        for program in PACKAGES:
            need(program)
        try:
            self.address = self._start_bus()
            self.display = self._start_display()
            self.env = {"DBUS_SESSION_BUS_ADDRESS": self.address, "DISPLAY": self.display}
            self._start_monitor()
            if with_dunst:
                self._start_dunst()
        except BaseException:
            self.close()
            raise

    @classmethod
    def bus_only(cls, folder: Path) -> NotificationSession:
        """The same private bus, screen and monitor, with no notification server on it."""
        return cls(folder, with_dunst=False)

    # -- starting ---------------------------------------------------------------------

    def _spawn(self, args, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(args, start_new_session=True, **kw)
        self._procs.append(proc)
        return proc

    def _read_line(self, fd: int, what: str, proc: subprocess.Popen) -> str:
        got = b""
        end = time.monotonic() + self.timeout
        while not got.endswith(b"\n"):
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
            chunk = os.read(fd, 256) if ready else b""
            if not chunk:
                raise RuntimeError(f"{what} did not start (exit code {proc.poll()})")
            got += chunk
        return got.decode().strip()

    def _start_bus(self) -> str:
        config = self.folder / "session-bus.conf"
        config.write_text(BUS_CONFIG, encoding="utf-8")
        errors = open(self.folder / "dbus-daemon.log", "wb")  # noqa: SIM115 - closed in close()
        self._files.append(errors)
        bus = self._spawn([need("dbus-daemon"), f"--config-file={config}", "--print-address=1", "--nofork"],
                          stdout=subprocess.PIPE, stderr=errors)
        try:
            return self._read_line(bus.stdout.fileno(), "dbus-daemon", bus)
        except RuntimeError as exc:
            reason = (self.folder / "dbus-daemon.log").read_text(errors="replace").strip()
            pytest.skip(f"no session bus could start here: {exc}: {reason}")

    def _start_display(self) -> str:
        read, write = os.pipe()
        try:
            xvfb = self._spawn([need("Xvfb"), "-displayfd", str(write), "-screen", "0", "1280x900x24",
                                "-nolisten", "tcp"], pass_fds=(write,),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write)
            write = -1
            try:
                return f":{self._read_line(read, 'Xvfb', xvfb)}"
            except RuntimeError as exc:
                pytest.fail(f"{exc}: no virtual screen for dunst")
        finally:
            os.close(read)
            if write >= 0:
                os.close(write)

    def _child_env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
        return {**env, **self.env}

    def _start_monitor(self) -> None:
        log = open(self.monitor_log, "wb")  # noqa: SIM115 - closed in close()
        self._files.append(log)
        self._spawn([need("dbus-monitor"), "--address", self.address, f"interface='{SERVICE}'"],
                    stdout=log, stderr=subprocess.STDOUT, env=self._child_env())
        # Becoming a monitor makes the bus take its name away, and say so: then it sees everything after.
        self._wait(lambda: "member=NameLost" in self._log_text(), "dbus-monitor to start watching")

    def _start_dunst(self) -> None:
        menu = self.folder / "menu.sh"
        menu.write_text(MENU.format(choice=self.choice, seen=self.menu_seen), encoding="utf-8")
        menu.chmod(0o755)
        self.choice.write_text("no choice yet", encoding="utf-8")
        config = self.folder / "dunstrc"
        config.write_text(DUNSTRC.format(menu=menu), encoding="utf-8")
        log = open(self.folder / "dunst.log", "wb")  # noqa: SIM115 - closed in close()
        self._files.append(log)
        dunst = self._spawn([need("dunst"), "-config", str(config)], stdout=log, stderr=subprocess.STDOUT,
                            env=self._child_env())
        self._wait(lambda: dunst.poll() is None and self._service_owned(), "dunst to own " + SERVICE)

    def _service_owned(self) -> bool:
        out = self._send("--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                         "org.freedesktop.DBus.NameHasOwner", f"string:{SERVICE}")
        return "boolean true" in out

    def _send(self, *args: str) -> str:
        done = subprocess.run([need("dbus-send"), f"--bus={self.address}", *args], capture_output=True, text=True,
                              timeout=self.timeout)
        return done.stdout

    def _wait(self, condition, what: str, timeout: float | None = None):
        end = time.monotonic() + (timeout or self.timeout)
        while True:
            result = condition()
            if result:
                return result
            if time.monotonic() > end:
                pytest.fail(f"timed out waiting for {what}\ndunst: {self._text('dunst.log')}")
            time.sleep(0.05)  # polling other processes' state: nothing to wait on instead

    def _text(self, name: str) -> str:
        path = self.folder / name
        return path.read_text(errors="replace") if path.exists() else ""

    def _log_text(self) -> str:
        return self.monitor_log.read_text(encoding="utf-8", errors="replace")

    # -- what the test reads and does -------------------------------------------------

    def messages(self) -> list[Message]:
        return parse_monitor_log(self._log_text())

    def notify_calls(self) -> list[NotifyCall]:
        calls = []
        for m in self.messages():
            if m.kind == "method call" and m.member == "Notify" and len(m.args) >= 8:
                a = m.args
                hints = {entry[0]: entry[1] for entry in a[6] if isinstance(entry, tuple) and len(entry) == 2}
                calls.append(NotifyCall(a[0], a[1], a[2], a[3], a[4], list(a[5]), hints, a[7]))
        return calls

    def signals(self, member: str) -> list[list]:
        return [m.args for m in self.messages() if m.kind == "signal" and m.member == member]

    def wait_for_notify(self, count: int = 1, timeout: float | None = None) -> list[NotifyCall]:
        """The Notify calls so far, once there are at least `count`."""
        return self._wait(lambda: (calls := self.notify_calls()) and len(calls) >= count and calls,
                          f"{count} Notify call(s)", timeout)

    def invoke(self, label: str) -> str:
        """Choose the action labelled `label` on the newest notification from dunst's context menu; returns its key
        once dunst has sent ActionInvoked."""
        calls = self.notify_calls()
        assert calls, "no notification to act on"
        actions = calls[-1].actions
        labels = actions[1::2]
        assert label in labels, f"no action labelled {label!r}: {actions}"
        key = actions[2 * labels.index(label)]
        before = len(self.signals("ActionInvoked"))
        self.choice.write_text(f",{key}]", encoding="utf-8")
        self._dunstctl("context")
        self._wait(lambda: len(self.signals("ActionInvoked")) > before, f"dunst to invoke {label!r}")
        return key

    def invoke_default(self) -> None:
        """What clicking the notification's body does: dunst invokes its "default" action."""
        before = len(self.signals("ActionInvoked"))
        self._dunstctl("action", "0")
        self._wait(lambda: len(self.signals("ActionInvoked")) > before, "dunst to invoke the default action")

    def dismiss(self) -> None:
        """Close the newest notification as a person would (dunst then sends NotificationClosed, reason 2)."""
        before = len(self.signals("NotificationClosed"))
        self._dunstctl("close")
        self._wait(lambda: len(self.signals("NotificationClosed")) > before, "dunst to close the notification")

    def _dunstctl(self, *args: str) -> None:
        done = subprocess.run([need("dunstctl"), *args], env=self._child_env(), capture_output=True, text=True,
                              timeout=self.timeout)
        assert done.returncode == 0, f"dunstctl {' '.join(args)} failed: {done.stderr}"

    # -- stopping ---------------------------------------------------------------------

    def close(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self._procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
            if proc.stdout is not None:
                proc.stdout.close()
        self._procs.clear()
        for f in self._files:
            f.close()
        self._files.clear()

    def __enter__(self) -> NotificationSession:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
