"""Shared pieces of the benchmarks that run rehab-desktop as a separate process, as a user starts it.

- `app_command()`: the installed entry point (`.venv/bin/rehab-desktop`), run from a neutral
  folder (`neutral_cwd()`) so the source tree is never on sys.path and the installed, compiled
  modules are what runs.
- `Xvfb`: a private X server on a free display (Xvfb picks the number itself, -displayfd), with a
  private D-Bus session bus beside it, as a desktop session has; `env()` gives a child both. The
  services the bus starts on demand get a home folder of their own (not this user's).
- `MapWatcher`: waits for a process's top-level window to be mapped. It talks to the X server
  through libX11 (ctypes): SubstructureNotify is selected on the root window *before* the child
  is spawned, and the MapNotify of a window whose _NET_WM_PID is the child's pid ends the wait.
  With no window manager, Qt's top-level windows are children of the root, so the root sees
  their MapNotify. The event is read as soon as the X server sends it (select() on the X
  connection, no polling interval), so the figure is precise to well under a millisecond on
  top of the server's own scheduling; it is the moment the server mapped the window, before
  the first frame's pixels arrive.
- /proc readers: peak memory (VmHWM), CPU time (utime + stime in clock ticks, SC_CLK_TCK: 10 ms
  steps on Linux), per thread too, and `CpuWindow` to measure a share over a span of time.
- `load()`: the load average, printed with every figure (other work on the machine skews them).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")
SCREEN = "1280x800x24"
BENCH_CACHE = Path(tempfile.gettempdir()) / "rehab-bench"  # kept between runs: the ten-year history, builds

# The bare PySide6 window the app is compared with: a 1280x800 QWidget shown, nothing else.
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget()
w.resize(1280, 800)
w.show()
sys.exit(app.exec())
"""


# -- small things ----------------------------------------------------------------------


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def row(figure: str, app: str, reference: str, goal: str, met: bool | None, load_text: str) -> dict:
    """One line of all.py's table: `met` None where there is nothing to judge (not measured here)."""
    return {"figure": figure, "app": app, "reference": reference, "goal": goal, "met": met, "load": load_text}


def write_rows(path: Path | None, rows: list[dict]) -> None:
    """The rows for all.py (--json PATH), when asked for."""
    if path is not None:
        import json

        path.write_text(json.dumps(rows, indent=1))


def app_command() -> list[str]:
    """The installed entry point beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).with_name("rehab-desktop")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("rehab-desktop")
    if found is None:
        raise SystemExit("rehab-desktop is not installed: run `.venv/bin/pip install --no-deps .` first")
    return [found]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


_NEUTRAL: tempfile.TemporaryDirectory | None = None


def neutral_cwd() -> str:
    """An empty folder to start children in: neither the source tree nor anything else is importable from it."""
    global _NEUTRAL
    if _NEUTRAL is None:
        _NEUTRAL = tempfile.TemporaryDirectory(prefix="rehab-bench-cwd-")
    return _NEUTRAL.name


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment without what would change how the child runs (Qt platform, display,
    a session bus, the source tree on PYTHONPATH), plus `extra`."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "PYTHONPATH",
                        "XAUTHORITY")}
    env.update(extra)
    return env


def write_settings(data_dir: Path, extra: str = "") -> Path:
    """An everyday start: the first-run welcome already seen. `extra`: more INI text."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.ini").write_text("[app]\nwelcomed=true\n" + extra)
    return data_dir


# -- /proc -----------------------------------------------------------------------------


def _status_kib(pid: int | str, key: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise KeyError(key)


def vmhwm_mib(pid: int) -> float:
    """Peak resident memory of the process so far, MiB."""
    return _status_kib(pid, "VmHWM") / 1024


def _stat_ticks(path: str) -> int:
    with open(path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)


def cpu_ticks(pid: int) -> int:
    """utime + stime of the whole process (threads that already ended included), clock ticks."""
    return _stat_ticks(f"/proc/{pid}/stat")


def thread_ticks(pid: int) -> dict[int, tuple[str, int]]:
    """tid -> (thread name, utime + stime in clock ticks) for the threads alive now."""
    out = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            out[int(task.name)] = (name, _stat_ticks(str(task / "stat")))
        except (OSError, ValueError, IndexError):
            continue  # it ended meanwhile
    return out


@dataclass
class CpuShare:
    """CPU over one span: the share of one core, and where it went, thread by thread."""

    ticks: int
    seconds: float
    threads: dict[str, int] = field(default_factory=dict)  # thread name (numbered when repeated) -> ticks

    @property
    def percent(self) -> float:
        return 100 * self.ticks / CLK_TCK / self.seconds


class CpuWindow:
    """Reads a process's CPU ticks now and again later: `CpuWindow(pid)` ... `.stop()`."""

    def __init__(self, pid: int):
        self.pid = pid
        # The process's total is read before the threads here and after them in stop(), so that the
        # threads never add up to more than the total (a tick may land between two readings).
        self.ticks0 = cpu_ticks(pid)
        self.threads0 = thread_ticks(pid)
        self.t0 = time.monotonic()

    def stop(self) -> CpuShare:
        threads1 = thread_ticks(self.pid)
        ticks = cpu_ticks(self.pid)
        seconds = time.monotonic() - self.t0
        per: dict[str, int] = {}
        for tid, (name, t1) in sorted(threads1.items()):
            t0 = self.threads0.get(tid, (name, 0))[1]
            key, n = name, 2
            while key in per:
                key, n = f"{name} #{n}", n + 1
            per[key] = t1 - t0
        gone = (ticks - self.ticks0) - sum(per.values())  # threads that ended within the span
        if gone > 0:
            per["(threads that ended meanwhile)"] = gone
        return CpuShare(ticks - self.ticks0, seconds, per)


def format_threads(shares: Sequence[CpuShare]) -> list[str]:
    """Lines of a per-thread table over several spans added up: name, ticks, share of a core."""
    total_s = sum(s.seconds for s in shares)
    per: dict[str, int] = {}
    for s in shares:
        for name, ticks in s.threads.items():
            per[name] = per.get(name, 0) + ticks
    lines = []
    for name, ticks in sorted(per.items(), key=lambda kv: -kv[1]):
        lines.append(f"      {name:32} {ticks * 1000 // CLK_TCK:6d} ms   {100 * ticks / CLK_TCK / total_s:6.3f} %")
    return lines


# -- processes -------------------------------------------------------------------------


def spawn(cmd: Sequence[str], env: dict[str, str], log: Path | None = None) -> subprocess.Popen:
    """Start `cmd` in its own process group from a neutral folder; output to `log` (or nowhere)."""
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed with the process
    try:
        return subprocess.Popen(list(cmd), env=env, cwd=neutral_cwd(), stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    finally:
        if log:
            out.close()


def stop(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM to the process group started with it (the app quits keeping what it can), then SIGKILL."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # anything it left behind in its group
    if proc.poll() is None:
        proc.wait(5)


def sleep_until(deadline: float) -> None:
    """Sleep until time.monotonic() reaches `deadline`."""
    left = deadline - time.monotonic()
    if left > 0:
        time.sleep(left)


# -- X server and session bus ----------------------------------------------------------


class Xvfb:
    """`with Xvfb() as x:` a private X server (1280x800x24) and session bus for the children."""

    def __init__(self, screen: str = SCREEN):
        self.screen = screen
        self.display = ""
        self.server: subprocess.Popen | None = None
        self.bus: subprocess.Popen | None = None
        self.bus_address = ""
        self._home: tempfile.TemporaryDirectory | None = None

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            raise SystemExit("Xvfb is not installed (apt-get install xvfb)")
        read, write = os.pipe()
        self.server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", self.screen,
                                        "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read, 16) if ready else b""
            if not chunk:
                os.close(read)
                self.__exit__()
                raise SystemExit("Xvfb did not start")
            number += chunk
        os.close(read)
        self.display = ":" + number.decode().strip()
        if shutil.which("dbus-daemon"):
            # The services the bus starts on demand (dconf, the accessibility bus...) get a home and a
            # runtime folder of their own: nothing of theirs lands where other sessions on this machine look.
            self._home = tempfile.TemporaryDirectory(prefix="rehab-bench-bus-")
            run_dir = Path(self._home.name, "run")
            run_dir.mkdir(mode=0o700)
            env = child_env(DISPLAY=self.display, HOME=self._home.name, XDG_RUNTIME_DIR=str(run_dir))
            self.bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                        start_new_session=True)
            self.bus_address = self.bus.stdout.readline().strip()
        return self

    def env(self, **extra: str) -> dict[str, str]:
        env = child_env(DISPLAY=self.display, **extra)
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        return env

    def __exit__(self, *exc: object) -> None:
        for proc in (self.bus, self.server):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        if self.bus is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.bus.pid, signal.SIGTERM)  # what it started on demand, in its process group
        if self._home is not None:
            self._home.cleanup()


class _MapEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                ("override_redirect", ctypes.c_int)]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", _MapEvent), ("pad", ctypes.c_long * 24)]


_MAP_NOTIFY = 19
_SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
_XA_CARDINAL = 6
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


class MapWatcher:
    """Watches the root window of `display` for top-level windows being mapped (see the module's text).

    Create it before spawning the child, then `wait(pid)`.
    """

    def __init__(self, display: str):
        name = ctypes.util.find_library("X11")
        if name is None:
            raise SystemExit("libX11 not found")
        x = self.x = ctypes.CDLL(name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int,
            ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XDeleteProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        # A window that is gone by the time its pid is asked for must not end this process (Xlib's default).
        self._on_error = _ERROR_HANDLER(lambda _display, _event: 0)
        x.XSetErrorHandler(self._on_error)
        self.dpy = x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open display {display}")
        self.root = x.XDefaultRootWindow(self.dpy)
        self.pid_atom = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)
        x.XSelectInput(self.dpy, self.root, _SUBSTRUCTURE_NOTIFY_MASK)
        x.XSync(self.dpy, 0)
        self.fd = x.XConnectionNumber(self.dpy)

    def window_pid(self, window: int) -> int | None:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self.x.XGetWindowProperty(self.dpy, window, self.pid_atom, 0, 1, 0, _XA_CARDINAL,
                                           ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count),
                                           ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return None
        try:
            return ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if count.value else None
        finally:
            self.x.XFree(data)

    def delete_root_property(self, name: str) -> None:
        """Remove a property of the root window (GTK keeps its chosen visuals there: GDK_VISUALS)."""
        self.x.XDeleteProperty(self.dpy, self.root, self.x.XInternAtom(self.dpy, name.encode(), 0))
        self.x.XSync(self.dpy, 0)

    def drain(self) -> None:
        """Forget the events so far (windows of processes measured before)."""
        event = _XEvent()
        while self.x.XPending(self.dpy):
            self.x.XNextEvent(self.dpy, ctypes.byref(event))

    def wait(self, pids: int | Sequence[int], timeout: float = 60.0) -> tuple[int, float]:
        """(window id, time.perf_counter() when its MapNotify arrived) of the first top-level window that
        one of `pids` maps; raises TimeoutError."""
        wanted = {pids} if isinstance(pids, int) else set(pids)
        event = _XEvent()
        deadline = time.monotonic() + timeout
        while True:
            while self.x.XPending(self.dpy):
                self.x.XNextEvent(self.dpy, ctypes.byref(event))
                at = time.perf_counter()
                if (event.type == _MAP_NOTIFY and not event.xmap.override_redirect
                        and self.window_pid(event.xmap.window) in wanted):
                    return event.xmap.window, at
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no window of {sorted(wanted)} was mapped in {timeout:.0f} s")
            select.select([self.fd], [], [], min(left, 1.0))

    def close(self) -> None:
        if self.dpy:
            self.x.XCloseDisplay(self.dpy)
            self.dpy = None


@contextlib.contextmanager
def xsession(screen: str = SCREEN) -> Iterator[tuple[Xvfb, MapWatcher]]:
    with Xvfb(screen) as server:
        watcher = MapWatcher(server.display)
        try:
            yield server, watcher
        finally:
            watcher.close()


@contextlib.contextmanager
def sound_server() -> Iterator[str]:
    """A PulseAudio of this run's own with a sink that plays into nothing, named in PULSE_SERVER for the
    children while it runs, so the cue sounds really play (as on a desktop) without a sound card.
    Yields what it is, in words ("" when pulseaudio is not installed: the sounds then stay silent)."""
    if shutil.which("pulseaudio") is None:
        yield ""
        return
    with tempfile.TemporaryDirectory(prefix="rehab-bench-pulse-") as home:
        sock = Path(home) / "native"
        env = {**os.environ, "HOME": home, "XDG_RUNTIME_DIR": home, "XDG_CONFIG_HOME": home}
        started = subprocess.run(["pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--disable-shm=true",
                                  "-L", "module-null-sink sink_name=silent",
                                  "-L", f"module-native-protocol-unix socket={sock} auth-anonymous=1"],
                                 env=env, capture_output=True, text=True, timeout=60)
        if started.returncode != 0:
            yield ""
            return
        before = os.environ.get("PULSE_SERVER")
        os.environ["PULSE_SERVER"] = f"unix:{sock}"
        try:
            yield "a PulseAudio of this run's own, with a silent sink"
        finally:
            if before is None:
                os.environ.pop("PULSE_SERVER", None)
            else:
                os.environ["PULSE_SERVER"] = before
            subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=60)


def xdotool(display: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["xdotool", *args], env=child_env(DISPLAY=display), capture_output=True, text=True,
                          timeout=20)


def press(display: str, window: int, key: str) -> None:
    """Give `window` the keyboard focus and press `key` through XTEST, as a keyboard would."""
    if shutil.which("xdotool") is None:
        raise SystemExit("xdotool is not installed (apt-get install xdotool)")
    done = xdotool(display, "windowfocus", "--sync", str(window), "key", "--clearmodifiers", key)
    if done.returncode != 0:
        raise RuntimeError(f"xdotool failed: {done.stderr.strip()}")
