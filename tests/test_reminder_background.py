"""What reminds while the app is closed (ui/reminders/background.py): the systemd user timer, the autostart
entry, and nothing on Windows/macOS. systemctl is a recording fake here; the real systemd is never touched.
Where systemd-analyze is installed, it reads the written units and their OnCalendar values."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from rehab_desktop.paths import resolve_data_dir
from rehab_desktop.ui.reminders import background as bg

COMMAND = ["/opt/rehab/bin/python", "-m", "rehab_desktop"]


class Systemctl:
    """A recording stand-in for subprocess.run: `fail` is a word whose command fails."""

    def __init__(self, fail: str | None = None, stdout: str = "running\n"):
        self.calls: list[list[str]] = []
        self.fail = fail
        self.stdout = stdout

    def __call__(self, args):
        self.calls.append(list(args))
        if self.fail and self.fail in args:
            return subprocess.CompletedProcess(args, 1, "", f"Failed to {self.fail} unit: Access denied\n")
        return subprocess.CompletedProcess(args, 0, self.stdout, "")

    def commands(self) -> list[str]:
        return [" ".join(c[2:]) for c in self.calls if c[:2] == ["systemctl", "--user"]]


@pytest.fixture
def env(tmp_path):
    return {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_RUNTIME_DIR": str(tmp_path / "run")}


@pytest.fixture
def units(env):
    return Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"


def _turn_on(data_dir, env, run, times=(time(8, 30), time(18, 0)), weekdays=None, command=COMMAND):
    return bg.install(data_dir, list(times), weekdays, command=command, env=env, run=run, platform="linux",
                      systemd=True)


def _setting(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(key + "=")]


def _desktop_unescape(value: str) -> str:
    """The string level of a desktop entry value (\\s \\n \\t \\r \\\\)."""
    table = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: table.get(m.group(1), "\\" + m.group(1)), value)


# -- systemd ------------------------------------------------------------------------------------------

def test_turning_on_writes_the_two_units_and_enables_the_timer(data_dir, env, units):
    run = Systemctl()
    result = _turn_on(data_dir, env, run)
    service, timer = bg.unit_names(data_dir)
    assert result.kind == "systemd"
    assert result.files == (units / service, units / timer)
    assert result.message == f"When the app is closed, a systemd user timer ({timer}) shows them."
    assert not result.start_watcher
    timer_text = (units / timer).read_text(encoding="utf-8")
    assert _setting(timer_text, "OnCalendar") == ["*-*-* 08:30:00", "*-*-* 18:00:00"]
    assert _setting(timer_text, "Persistent") == ["true"]
    assert _setting(timer_text, "AccuracySec") == ["30s"]
    assert _setting(timer_text, "Unit") == [service]
    assert "[Install]\nWantedBy=timers.target\n" in timer_text
    service_text = (units / service).read_text(encoding="utf-8")
    assert _setting(service_text, "Type") == ["exec"]
    assert _setting(service_text, "Description")
    exec_start = shlex.split(_setting(service_text, "ExecStart")[0])
    assert exec_start == [*COMMAND, "remind", "--data-dir", str(data_dir.resolve())]
    assert run.commands() == ["daemon-reload", f"enable --now {timer}"]
    assert sorted(p.name for p in units.iterdir()) == sorted([service, timer])  # no temporary files left
    assert bg.installed(data_dir, env=env) == result


def test_explicit_weekdays_go_into_each_calendar_line(data_dir, env, units):
    _turn_on(data_dir, env, Systemctl(), weekdays={2, 0})
    text = (units / bg.unit_names(data_dir)[1]).read_text(encoding="utf-8")
    assert _setting(text, "OnCalendar") == ["Mon,Wed *-*-* 08:30:00", "Mon,Wed *-*-* 18:00:00"]


def test_every_day_when_no_weekdays_are_given():
    assert bg.on_calendar([time(18, 0), time(7, 5, 30), time(18, 0)], None) == ["*-*-* 07:05:30",
                                                                                "*-*-* 18:00:00"]
    assert bg.on_calendar([time(9, 0)], set(range(7))) == ["Mon,Tue,Wed,Thu,Fri,Sat,Sun *-*-* 09:00:00"]
    with pytest.raises(ValueError, match="0 \\(Monday\\) to 6"):
        bg.on_calendar([time(9, 0)], {7})


def test_changing_the_times_rewrites_the_timer_and_restarts_it(data_dir, env, units):
    _turn_on(data_dir, env, Systemctl())
    run = Systemctl()
    _turn_on(data_dir, env, run, times=[time(7, 0)], weekdays=[4])
    timer = bg.unit_names(data_dir)[1]
    assert _setting((units / timer).read_text(encoding="utf-8"), "OnCalendar") == ["Fri *-*-* 07:00:00"]
    assert run.commands() == ["daemon-reload", f"enable --now {timer}", f"restart {timer}"]
    same = Systemctl()
    _turn_on(data_dir, env, same, times=[time(7, 0)], weekdays=[4])
    assert same.commands() == ["daemon-reload", f"enable --now {timer}"]  # nothing changed: no restart


def test_turning_off_disables_the_timer_and_removes_both_files(data_dir, env, units):
    _turn_on(data_dir, env, Systemctl())
    service, timer = bg.unit_names(data_dir)
    stamp = Path(env["XDG_DATA_HOME"]) / "systemd" / "timers" / f"stamp-{timer}"
    stamp.parent.mkdir(parents=True)
    stamp.write_text("")
    run = Systemctl()
    removed = bg.remove(data_dir, env=env, run=run, platform="linux", systemd=True)
    assert removed == [units / service, units / timer, stamp]
    assert run.commands() == [f"disable --now {timer}", "daemon-reload"]
    assert list(units.iterdir()) == []
    assert bg.installed(data_dir, env=env) is None
    again = Systemctl()
    assert bg.remove(data_dir, env=env, run=again, platform="linux", systemd=True) == []
    assert again.calls == []  # nothing there: systemctl is not bothered


def test_a_data_dir_with_spaces_and_odd_characters_is_quoted_for_systemd(tmp_path, env, units):
    data_dir = tmp_path / "my rehab data"
    data_dir.mkdir()
    command = ["/opt/my apps/python3", "-m", "rehab_desktop"]
    _turn_on(data_dir, env, Systemctl(), command=command)
    text = (units / bg.unit_names(data_dir)[0]).read_text(encoding="utf-8")
    line = _setting(text, "ExecStart")[0]
    assert line.startswith('"/opt/my apps/python3" -m rehab_desktop remind --data-dir "')
    assert shlex.split(line) == [*command, "remind", "--data-dir", str(data_dir.resolve())]
    # What shlex cannot show: specifiers and variables are doubled, quotes and backslashes escaped.
    assert bg.systemd_quote("50%$HOME") == "50%%$$HOME"
    assert bg.systemd_quote('a "b"\\c') == '"a \\"b\\"\\\\c"'
    assert bg.systemd_quote("") == '""'


def test_a_failing_systemctl_raises_a_clear_error_and_leaves_no_units(data_dir, env, units):
    run = Systemctl(fail="enable")
    with pytest.raises(bg.BackgroundError) as caught:
        _turn_on(data_dir, env, run)
    service, timer = bg.unit_names(data_dir)
    message = caught.value.message
    assert f"`systemctl --user enable --now {timer}` failed" in message
    assert "Access denied" in message
    assert str(units / timer) in message and "removed again" in message
    assert str(caught.value) == message
    assert not (units / service).exists() and not (units / timer).exists()
    assert run.commands() == ["daemon-reload", f"enable --now {timer}", f"disable --now {timer}", "daemon-reload"]
    assert bg.installed(data_dir, env=env) is None


def test_a_missing_systemctl_is_named(data_dir, env):
    def run(args):
        raise FileNotFoundError(2, "No such file or directory", args[0])

    with pytest.raises(bg.BackgroundError, match="systemctl was not found"):
        _turn_on(data_dir, env, run)


def test_removing_says_so_when_systemctl_fails_but_deletes_the_files(data_dir, env, units):
    _turn_on(data_dir, env, Systemctl())
    with pytest.raises(bg.BackgroundError, match="disable --now .* failed .*was deleted"):
        bg.remove(data_dir, env=env, run=Systemctl(fail="disable"), platform="linux", systemd=True)
    assert list(units.iterdir()) == []


# -- autostart ----------------------------------------------------------------------------------------

def test_without_systemd_an_autostart_entry_starts_the_watcher(tmp_path, env):
    data_dir = tmp_path / "data with space"
    data_dir.mkdir()
    run = Systemctl()
    command = ["/opt/my apps/python3", "-m", "rehab_desktop"]
    result = bg.install(data_dir, [time(18, 0)], None, command=command, env=env, run=run, platform="linux",
                        systemd=False)
    entry = Path(env["XDG_CONFIG_HOME"]) / "autostart" / (bg.unit_names(data_dir)[0][:-len(".service")]
                                                          + ".desktop")
    assert result.kind == "autostart" and result.start_watcher
    assert result.files == (entry,)
    assert result.message == ("When the app is closed, an autostart entry starts a small background checker "
                              f"at login ({entry}).")
    text = entry.read_text(encoding="utf-8")
    for line in ("[Desktop Entry]", "Type=Application", "Name=Rehab Desktop reminders", "NoDisplay=true",
                 "X-GNOME-Autostart-enabled=true"):
        assert line in text.splitlines()
    assert _setting(text, "Comment")
    exec_line = _desktop_unescape(_setting(text, "Exec")[0])
    assert exec_line.startswith('"/opt/my apps/python3" -m rehab_desktop remind --watch --data-dir "')
    assert shlex.split(exec_line) == [*command, "remind", "--watch", "--data-dir", str(data_dir.resolve())]
    assert run.calls == []
    assert bg.installed(data_dir, env=env) == result
    assert bg.remove(data_dir, env=env, run=run, platform="linux", systemd=False) == [entry]
    assert not entry.exists()
    assert bg.installed(data_dir, env=env) is None


def test_desktop_entry_quoting_follows_the_spec():
    assert bg.desktop_exec_quote("/usr/bin/python3") == "/usr/bin/python3"
    assert bg.desktop_exec_quote("a b") == '"a b"'
    assert bg.desktop_exec_quote('x"$`\\y') == '"x\\"\\$\\`\\\\y"'
    assert bg.desktop_exec_quote("100%") == "100%%"  # a field code otherwise


def test_switching_kinds_leaves_only_one_checker(data_dir, env, units):
    bg.install(data_dir, [time(18, 0)], None, command=COMMAND, env=env, run=Systemctl(), platform="linux",
               systemd=False)
    assert bg.installed(data_dir, env=env).kind == "autostart"
    _turn_on(data_dir, env, Systemctl())
    now = bg.installed(data_dir, env=env)
    assert now.kind == "systemd"
    assert not list((Path(env["XDG_CONFIG_HOME"]) / "autostart").iterdir())
    bg.install(data_dir, [time(18, 0)], None, command=COMMAND, env=env, run=Systemctl(), platform="linux",
               systemd=False)
    assert bg.installed(data_dir, env=env).kind == "autostart"
    assert list(units.iterdir()) == []


def test_start_watcher_now_starts_it_detached(data_dir):
    seen = {}

    def popen(args, **kwargs):
        seen.update(args=args, **kwargs)
        return "process"

    assert bg.start_watcher_now(COMMAND, data_dir, popen=popen) == "process"
    assert seen["args"] == [*COMMAND, "remind", "--watch", "--data-dir", str(data_dir.resolve())]
    assert seen["start_new_session"] is True
    assert seen["stdin"] == seen["stdout"] == seen["stderr"] == subprocess.DEVNULL

    def broken(args, **kwargs):
        raise FileNotFoundError(2, "No such file or directory")

    with pytest.raises(bg.BackgroundError, match="Could not start the background checker"):
        bg.start_watcher_now(COMMAND, data_dir, popen=broken)


# -- elsewhere, detection, names ------------------------------------------------------------------------

@pytest.mark.parametrize("platform, name", [("win32", "Windows"), ("darwin", "macOS")])
def test_windows_and_macos_install_nothing(data_dir, env, platform, name):
    run = Systemctl()
    result = bg.install(data_dir, [time(18, 0)], None, command=COMMAND, env=env, run=run, platform=platform)
    assert result.kind == "none" and result.files == ()
    assert result.message.startswith("Reminders need the app to be open on this system")
    assert f"not implemented on {name}" in result.message
    assert run.calls == []
    assert not Path(env["XDG_CONFIG_HOME"]).exists()
    assert bg.remove(data_dir, env=env, run=run, platform=platform) == []


def test_systemd_is_detected_by_its_socket_or_by_asking(tmp_path, env):
    private = Path(env["XDG_RUNTIME_DIR"]) / "systemd" / "private"
    asked = Systemctl(stdout="offline\n")
    assert not bg.uses_systemd(env, run=asked)
    assert asked.calls == [["systemctl", "--user", "is-system-running"]]
    assert bg.uses_systemd(env, run=Systemctl(stdout="running\n"))
    assert bg.uses_systemd(env, run=lambda args: subprocess.CompletedProcess(args, 1, "degraded\n", ""))
    assert not bg.uses_systemd(env, run=lambda args: subprocess.CompletedProcess(
        args, 1, "", "Failed to connect to bus: No medium found\n"))

    def missing(args):
        raise FileNotFoundError(2, "No such file or directory", "systemctl")

    assert not bg.uses_systemd(env, run=missing)
    private.parent.mkdir(parents=True)
    private.touch()
    never = Systemctl()
    assert bg.uses_systemd(env, run=never) and never.calls == []


def test_install_detects_systemd_when_not_told(data_dir, env):
    run = Systemctl(stdout="running\n")
    result = bg.install(data_dir, [time(18, 0)], None, command=COMMAND, env=env, run=run, platform="linux")
    assert result.kind == "systemd"
    assert run.commands()[0] == "is-system-running"


def test_the_default_data_dir_gets_the_plain_names_and_others_a_suffix(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("REHAB_DESKTOP_DATA_DIR", str(tmp_path / "elsewhere"))  # not "the default"
    default = resolve_data_dir(None, environ={})
    assert bg.unit_names(default) == ("rehab-desktop-reminder.service", "rehab-desktop-reminder.timer")
    one, two = bg.unit_names(tmp_path / "one"), bg.unit_names(tmp_path / "two")
    assert re.fullmatch(r"rehab-desktop-reminder-[0-9a-f]{8}\.service", one[0])
    assert one[1] == one[0].replace(".service", ".timer")
    assert one != two and bg.unit_names(tmp_path / "one") == one
    assert bg.unit_names(tmp_path / "x" / ".." / "one") == one  # the resolved folder counts


def test_command_line_is_the_frozen_executable_or_this_python(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert bg.command_line() == [sys.executable, "-m", "rehab_desktop"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert bg.command_line() == [sys.executable]


def test_how_to_remove_by_hand_names_the_real_files(data_dir, env):
    service, timer = bg.unit_names(data_dir)
    text = bg.how_to_remove_by_hand(data_dir, env=env)
    assert f"systemctl --user disable --now {timer}" in text
    assert str(Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user" / service) in text
    assert str(Path(env["XDG_CONFIG_HOME"]) / "autostart") in text


def test_the_module_needs_no_qt():
    code = ("import sys\nimport rehab_desktop.ui.reminders.background\n"
            "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


# -- what systemd itself makes of the units (systemd-analyze is installed on the machine these were written on)

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_reads_the_calendar_and_verifies_the_units(tmp_path, env, units):
    data_dir = tmp_path / "data 100% $HOME"
    data_dir.mkdir()
    _turn_on(data_dir, env, Systemctl(), weekdays={0, 2, 6}, command=[sys.executable, "-m", "rehab_desktop"])
    service, timer = bg.unit_names(data_dir)
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)  # verify sets up a user manager's runtime folder in it
    for value in _setting((units / timer).read_text(encoding="utf-8"), "OnCalendar"):
        out = subprocess.run([SYSTEMD_ANALYZE, "calendar", value], capture_output=True, text=True, timeout=30)
        assert out.returncode == 0, out.stderr
        assert f"Normalized form: {value}" in out.stdout
    out = subprocess.run([SYSTEMD_ANALYZE, "--user", "verify", str(units / service), str(units / timer)],
                         capture_output=True, text=True, timeout=60,
                         env={"PATH": "/usr/bin:/bin", **env})
    assert out.returncode == 0, out.stdout + out.stderr
    problems = [line for line in (out.stdout + out.stderr).splitlines() if bg.BASE_NAME in line]
    assert problems == []
