"""What runs `rehab-desktop remind` while the app is closed: a systemd user timer where systemd runs the
user session, else an XDG autostart entry that starts `remind --watch` at login; nothing on Windows/macOS.

Qt-free on purpose (stdlib only), so it can be tested and used without a display. Every systemctl call
goes through an injectable `run`, every file is written atomically, and a data folder other than the
default gets units of its own (a short hash of the folder in the names), so two folders never fight.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import time
from pathlib import Path

from rehab_desktop.core.i18n import translate  # Qt-free: the messages in the window's language
from rehab_desktop.core.reminders import WEEKDAY_ABBR  # systemd.time's names too, 0 = Monday

BASE_NAME = "rehab-desktop-reminder"
SYSTEMCTL_TIMEOUT_S = 15
KIND_SYSTEMD, KIND_AUTOSTART, KIND_NONE = "systemd", "autostart", "none"
_NO_BACKGROUND = {"win32": "Windows", "cygwin": "Windows", "darwin": "macOS"}

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


@dataclass(frozen=True)
class Installed:
    """What reminds while the app is closed: `kind` "systemd" | "autostart" | "none", its files, and one
    line for Settings. An autostart entry only starts at login: `start_watcher` says the caller should
    start the checker now (`start_watcher_now`)."""

    kind: str
    files: tuple[Path, ...]
    message: str

    @property
    def start_watcher(self) -> bool:
        return self.kind == KIND_AUTOSTART


class BackgroundError(Exception):
    """Installing or removing failed; `message` is one sentence naming what failed and the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# -- the command and the names -------------------------------------------------------------------------

def command_line() -> list[str]:
    """How to run the app from outside: the frozen executable, else this Python with `-m rehab_desktop`
    (the venv's interpreter works even when the console script is not on PATH)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "rehab_desktop"]


def _is_default_dir(data_dir: Path) -> bool:
    from rehab_desktop.paths import resolve_data_dir

    # environ={}: the platform's own folder, not one that REHAB_DESKTOP_DATA_DIR happens to name now.
    return _resolved(data_dir) == _resolved(resolve_data_dir(None, environ={}))


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve(strict=False)


def _stem(data_dir: Path) -> str:
    if _is_default_dir(data_dir):
        return BASE_NAME
    digest = hashlib.sha256(str(_resolved(data_dir)).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{BASE_NAME}-{digest[:8]}"


def unit_names(data_dir: Path) -> tuple[str, str]:
    """(service, timer) for `data_dir`: the plain names for the default folder, else with a hash suffix."""
    stem = _stem(data_dir)
    return f"{stem}.service", f"{stem}.timer"


def _env(env: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if env is None else env


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME", "")
    return Path(home) if home else Path.home()


def _config_home(env: Mapping[str, str]) -> Path:
    value = env.get("XDG_CONFIG_HOME", "")
    # The spec: a relative value is invalid and is ignored.
    return Path(value) if value and os.path.isabs(value) else _home(env) / ".config"


def _data_home(env: Mapping[str, str]) -> Path:
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else _home(env) / ".local" / "share"


def _unit_dir(env: Mapping[str, str]) -> Path:
    return _config_home(env) / "systemd" / "user"


def _unit_paths(data_dir: Path, env: Mapping[str, str]) -> tuple[Path, Path]:
    service, timer = unit_names(data_dir)
    return _unit_dir(env) / service, _unit_dir(env) / timer


def _autostart_path(data_dir: Path, env: Mapping[str, str]) -> Path:
    return _config_home(env) / "autostart" / f"{_stem(data_dir)}.desktop"


def _stamp_path(data_dir: Path, env: Mapping[str, str]) -> Path:
    """Where systemd keeps a Persistent timer's last run (left alone, a later install could fire at once)."""
    return _data_home(env) / "systemd" / "timers" / f"stamp-{unit_names(data_dir)[1]}"


# -- running systemctl ---------------------------------------------------------------------------------

def _default_run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=SYSTEMCTL_TIMEOUT_S, check=False)


def _call(run: Runner, args: list[str]):
    """Run `args`; (ok, why): why is the last line systemctl printed, or what kept it from running."""
    try:
        result = run(args)
    except FileNotFoundError:
        return False, translate("ui.reminders.background", "{program} was not found").format(program=args[0])
    except subprocess.TimeoutExpired:
        return False, translate("ui.reminders.background", "it did not answer within {seconds} s").format(
            seconds=SYSTEMCTL_TIMEOUT_S)
    except OSError as exc:
        return False, exc.strerror or str(exc)
    code = getattr(result, "returncode", 0)
    if code == 0:
        return True, ""
    out = " ".join(str(getattr(result, name, "") or "") for name in ("stderr", "stdout")).strip()
    last = out.splitlines()[-1].strip() if out else ""
    status = translate("ui.reminders.background", "exit status {code}").format(code=code)
    return False, status + (f": {last}" if last else "")


def _systemctl(*args: str) -> list[str]:
    return ["systemctl", "--user", *args]


def uses_systemd(env: Mapping[str, str] | None = None, *, run: Runner | None = None) -> bool:
    """Whether systemd runs this user's session: its private socket in $XDG_RUNTIME_DIR, or an answer
    from `systemctl --user is-system-running` (any state but "offline"; "degraded" exits non-zero)."""
    e = _env(env)
    runtime = e.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "systemd" / "private").exists():
        return True
    try:
        result = (run or _default_run)(_systemctl("is-system-running"))
    except (OSError, subprocess.SubprocessError):
        return False
    state = str(getattr(result, "stdout", "") or "").strip().splitlines()
    return bool(state) and state[0].strip() in {"initializing", "starting", "running", "degraded", "maintenance",
                                                "stopping"}


# -- quoting ------------------------------------------------------------------------------------------

_SYSTEMD_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=+,@")


def systemd_quote(arg: str) -> str:
    """One ExecStart word: bare when harmless, else in double quotes with C escapes; `%` and `$` doubled
    (systemd would read them as specifiers and variables)."""
    word = arg.replace("%", "%%").replace("$", "$$")
    if word and set(word) <= _SYSTEMD_SAFE | {"%", "$"}:
        return word
    escaped = (word.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
               .replace("\r", "\\r"))
    return f'"{escaped}"'


_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def desktop_exec_quote(arg: str) -> str:
    """One Exec word by the Desktop Entry spec: reserved characters put it in double quotes, where `"`,
    `` ` ``, `$` and `\\` take a backslash; `%` is doubled (field codes). The string escaping of the whole
    value comes on top (`_desktop_string`)."""
    word = arg.replace("%", "%%")
    if word and not set(word) & _EXEC_RESERVED:
        return word
    for ch in ("\\", '"', "`", "$"):
        word = word.replace(ch, "\\" + ch)
    return f'"{word}"'


def _desktop_string(value: str) -> str:
    """A desktop-entry string value: backslash, newline, tab and carriage return escaped."""
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _unit_text(text: str) -> str:
    """Free text for a unit file setting: one line, `%` doubled (specifiers), no trailing backslash."""
    return _one_line(text).replace("%", "%%").rstrip("\\")


# -- the files ----------------------------------------------------------------------------------------

def _remind_args(command: Sequence[str], data_dir: Path, watch: bool) -> list[str]:
    return [*command, "remind", *(["--watch"] if watch else []), "--data-dir", str(_resolved(data_dir))]


def on_calendar(times: Sequence[time], weekdays: Collection[int] | None) -> list[str]:
    """The OnCalendar values: one per time, "*-*-* 18:00:00", or "Mon,Wed *-*-* 18:00:00" with weekdays."""
    days = ""
    if weekdays:  # None or empty: every day (the checker then asks the plan)
        bad = [d for d in weekdays if not isinstance(d, int) or not 0 <= d <= 6]
        if bad:
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday), not {bad}")
        days = ",".join(WEEKDAY_ABBR[d] for d in sorted(set(weekdays))) + " "
    unique = sorted({t.replace(microsecond=0, tzinfo=None) for t in times})
    return [f"{days}*-*-* {t:%H:%M:%S}" for t in unique]


def service_text(command: Sequence[str], data_dir: Path) -> str:
    exec_start = " ".join(systemd_quote(a) for a in _remind_args(command, data_dir, watch=False))
    return (
        "# Written by rehab-desktop (Settings > Remind me); turning reminders off removes it.\n"
        "[Unit]\n"
        f"Description=Rehab Desktop exercise reminder ({_unit_text(str(_resolved(data_dir)))})\n"
        "\n"
        "[Service]\n"
        "Type=exec\n"
        f"ExecStart={exec_start}\n"
    )


def timer_text(data_dir: Path, times: Sequence[time], weekdays: Collection[int] | None) -> str:
    service, _timer = unit_names(data_dir)
    calendar = "".join(f"OnCalendar={value}\n" for value in on_calendar(times, weekdays))
    return (
        "# Written by rehab-desktop (Settings > Remind me); turning reminders off removes it.\n"
        "[Unit]\n"
        f"Description=Rehab Desktop exercise reminder times ({_unit_text(str(_resolved(data_dir)))})\n"
        "\n"
        "[Timer]\n"
        f"{calendar}"
        # A time missed while the computer was off or asleep comes on waking; `remind` decides whether
        # it is still worth showing.
        "Persistent=true\n"
        "AccuracySec=30s\n"
        f"Unit={service}\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def autostart_text(command: Sequence[str], data_dir: Path) -> str:
    exec_line = " ".join(desktop_exec_quote(a) for a in _remind_args(command, data_dir, watch=True))
    folder = _one_line(str(_resolved(data_dir)))
    return (
        "# Written by rehab-desktop (Settings > Remind me); turning reminders off removes it.\n"
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Rehab Desktop reminders\n"
        f"Comment={_desktop_string(f'Shows the exercise reminder at the chosen times (data: {folder})')}\n"
        f"Exec={_desktop_string(exec_line)}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temporary file next to `path`, then put it in place in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _unlink(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


# -- messages -----------------------------------------------------------------------------------------

def _systemd_message(timer: str) -> str:
    return translate("ui.reminders.background",
                     "When the app is closed, a systemd user timer ({timer}) shows them.").format(timer=timer)


def _autostart_message(path: Path) -> str:
    return translate("ui.reminders.background", "When the app is closed, an autostart entry starts a small background "
                     "checker at login ({file}).").format(file=path)


def _none_message(platform: str) -> str:
    where = _NO_BACKGROUND.get(platform)
    if where is None:
        return translate("ui.reminders.background", "Reminders need the app to be open on this system: reminding "
                         "while it is closed is not implemented on this system.")
    return translate("ui.reminders.background", "Reminders need the app to be open on this system: reminding while "
                     "it is closed is not implemented on {system}.", "system: Windows or macOS").format(system=where)


# -- install, remove, look --------------------------------------------------------------------------

def install(data_dir: Path, times: Sequence[time], weekdays: Collection[int] | None, *,
            command: list[str] | None = None, env: Mapping[str, str] | None = None, run: Runner | None = None,
            platform: str | None = None, systemd: bool | None = None) -> Installed:
    """Install (or update) what reminds at `times` on `weekdays` (0 = Monday; None = every day) while the
    app is closed. `systemd` None detects it (`uses_systemd`). The other kind, if left from before, goes.

    If systemctl fails, the units are taken away again (disabled, deleted, daemon reloaded) before
    BackgroundError is raised: nothing half-set-up is left behind, and nothing reminds from the background
    until it works (the app still reminds while it is open)."""
    data_dir = Path(data_dir)
    platform = sys.platform if platform is None else platform
    if platform in _NO_BACKGROUND:
        return Installed(KIND_NONE, (), _none_message(platform))
    if not times:
        raise ValueError("no reminder times to install (remove() turns reminders off)")
    e = _env(env)
    run = run or _default_run
    command = command_line() if command is None else list(command)
    if systemd is None:
        systemd = uses_systemd(e, run=run)
    if systemd:
        return _install_systemd(data_dir, times, weekdays, command, e, run)
    return _install_autostart(data_dir, command, e, run)


def _install_systemd(data_dir: Path, times: Sequence[time], weekdays: Collection[int] | None,
                     command: list[str], env: Mapping[str, str], run: Runner) -> Installed:
    service_path, timer_path = _unit_paths(data_dir, env)
    _service, timer = unit_names(data_dir)
    wanted = {service_path: service_text(command, data_dir), timer_path: timer_text(data_dir, times, weekdays)}
    was_there = timer_path.exists()
    changed = any(_read(path) != text for path, text in wanted.items())
    try:
        for path, text in wanted.items():
            _write_atomic(path, text)
    except OSError as exc:
        _teardown_systemd(data_dir, env, run, disable=was_there)
        raise BackgroundError(translate("ui.reminders.background", "Could not write {file}: {problem}.").format(
            file=exc.filename or timer_path, problem=exc.strerror or exc)) from exc
    steps = [_systemctl("daemon-reload"), _systemctl("enable", "--now", timer)]
    if was_there and changed:
        steps.append(_systemctl("restart", timer))  # so the new times count from now
    for args in steps:
        ok, why = _call(run, args)
        if not ok:
            _teardown_systemd(data_dir, env, run, disable=True)
            raise BackgroundError(translate("ui.reminders.background", "`{command}` failed ({problem}); {file} and "
                                            "its service were removed again.").format(
                command=shlex.join(args), problem=why, file=timer_path))
    autostart = _autostart_path(data_dir, env)
    _unlink(autostart)  # left from a session without systemd: one checker is enough
    return Installed(KIND_SYSTEMD, (service_path, timer_path), _systemd_message(timer))


def _install_autostart(data_dir: Path, command: list[str], env: Mapping[str, str], run: Runner) -> Installed:
    path = _autostart_path(data_dir, env)
    try:
        _write_atomic(path, autostart_text(command, data_dir))
    except OSError as exc:
        raise BackgroundError(translate("ui.reminders.background", "Could not write {file}: {problem}.").format(
            file=exc.filename or path, problem=exc.strerror or exc)) from exc
    if any(p.exists() for p in _unit_paths(data_dir, env)):
        # Units from a session that had systemd: their files go; systemctl may well not answer here.
        _teardown_systemd(data_dir, env, run, disable=True)
    return Installed(KIND_AUTOSTART, (path,), _autostart_message(path))


def _teardown_systemd(data_dir: Path, env: Mapping[str, str], run: Runner, *, disable: bool) -> list[Path]:
    """Best effort, errors ignored: disable the timer, delete the units and the stamp, reload."""
    if disable:
        _call(run, _systemctl("disable", "--now", unit_names(data_dir)[1]))
    removed = [p for p in (*_unit_paths(data_dir, env), _stamp_path(data_dir, env)) if _unlink(p)]
    _call(run, _systemctl("daemon-reload"))
    return removed


def remove(data_dir: Path, *, env: Mapping[str, str] | None = None, run: Runner | None = None,
           platform: str | None = None, systemd: bool | None = None) -> list[Path]:
    """Remove whatever reminds for `data_dir` while the app is closed (units and autostart entry alike);
    returns the files removed. The files go even when systemctl fails; then BackgroundError says so."""
    data_dir = Path(data_dir)
    e = _env(env)
    run = run or _default_run
    platform = sys.platform if platform is None else platform
    removed: list[Path] = []
    if _unlink(_autostart_path(data_dir, e)):
        removed.append(_autostart_path(data_dir, e))
    service_path, timer_path = _unit_paths(data_dir, e)
    if not (service_path.exists() or timer_path.exists()):
        return removed
    if platform in _NO_BACKGROUND:
        systemd = False
    elif systemd is None:
        systemd = uses_systemd(e, run=run)
    if not systemd:  # nothing to tell systemctl: just the files
        removed += [p for p in (service_path, timer_path, _stamp_path(data_dir, e)) if _unlink(p)]
        return removed
    timer = unit_names(data_dir)[1]
    ok_disable, why_disable = _call(run, _systemctl("disable", "--now", timer))
    removed += [p for p in (service_path, timer_path, _stamp_path(data_dir, e)) if _unlink(p)]
    ok_reload, why_reload = _call(run, _systemctl("daemon-reload"))
    if not ok_disable:
        raise BackgroundError(translate("ui.reminders.background", "`{command}` failed ({problem}); {file} was "
                                        "deleted, but the timer may run until the next login.").format(
            command=f"systemctl --user disable --now {timer}", problem=why_disable, file=timer_path))
    if not ok_reload:
        raise BackgroundError(translate("ui.reminders.background",
                                        "`{command}` failed ({problem}) after deleting {file}.").format(
            command="systemctl --user daemon-reload", problem=why_reload, file=timer_path))
    return removed


def installed(data_dir: Path, *, env: Mapping[str, str] | None = None) -> Installed | None:
    """What is installed for `data_dir` now (from the files; systemd is not asked), or None."""
    data_dir = Path(data_dir)
    e = _env(env)
    service_path, timer_path = _unit_paths(data_dir, e)
    if timer_path.exists():
        files = tuple(p for p in (service_path, timer_path) if p.exists())
        return Installed(KIND_SYSTEMD, files, _systemd_message(timer_path.name))
    autostart = _autostart_path(data_dir, e)
    if autostart.exists():
        return Installed(KIND_AUTOSTART, (autostart,), _autostart_message(autostart))
    return None


def start_watcher_now(command: Sequence[str], data_dir: Path, popen=subprocess.Popen):
    """Start `remind --watch` now, detached from the app (its own session, no stdio): the autostart entry
    only starts it at the next login. Returns the process."""
    args = _remind_args(command, Path(data_dir), watch=True)
    try:
        return popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)
    except OSError as exc:
        raise BackgroundError(translate("ui.reminders.background",
                                        "Could not start the background checker ({command}): {problem}.").format(
            command=shlex.join(args), problem=exc.strerror or exc)) from exc


def how_to_remove_by_hand(data_dir: Path, *, env: Mapping[str, str] | None = None) -> str:
    """The shell commands that show and remove, by hand, what `install` may have put in place."""
    e = _env(env)
    service_path, timer_path = _unit_paths(Path(data_dir), e)
    _service, timer = unit_names(Path(data_dir))
    autostart = _autostart_path(Path(data_dir), e)
    return "\n".join([
        "# With systemd (most Linux desktops):",
        f"systemctl --user list-timers {shlex.quote(timer)}",
        f"systemctl --user disable --now {shlex.quote(timer)}",
        f"rm -f {shlex.quote(str(service_path))} {shlex.quote(str(timer_path))}",
        "systemctl --user daemon-reload",
        "# Without systemd (an autostart entry that starts `remind --watch` at login):",
        f"rm -f {shlex.quote(str(autostart))}",
        "pgrep -af 'remind --watch'  # a checker still running: kill <its number>, or log out and in again",
    ])
