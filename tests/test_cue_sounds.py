"""The cue sounds through a real sound server: a private PulseAudio with a silent sink, reached the
way the app reaches the desktop's (libpulse's simple API, from a thread), and the window told once,
without waiting, when no server answers."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from rehab_desktop.core.cues import Sound
from rehab_desktop.shipped import shipped
from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.timer import cues as cues_module
from rehab_desktop.ui.timer.pulse import NO_SERVER, PulseSounds


@pytest.fixture
def sound_server(tmp_path, monkeypatch):
    """A PulseAudio daemon of this test's own, with a sink that plays into nothing. Started with
    --daemonize, which returns once the daemon is ready to be reached."""
    assert shutil.which("pulseaudio"), "pulseaudio is missing: scripts/setup.sh test installs it"
    home = tmp_path / "pa"
    home.mkdir()
    sock = home / "native"
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home), "XDG_CONFIG_HOME": str(home)}
    started = subprocess.run(
        ["pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--disable-shm=true",
         "-L", "module-null-sink sink_name=silent",
         "-L", f"module-native-protocol-unix socket={sock} auth-anonymous=1"],
        env=env, capture_output=True, text=True, timeout=60)
    assert started.returncode == 0, f"the test's sound server did not start: {started.stderr}"
    monkeypatch.setenv("PULSE_SERVER", f"unix:{sock}")
    try:
        yield sock
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=60)


def test_cues_play_to_the_end_through_the_sound_server(sound_server, qtbot):
    problems = []
    sounds = PulseSounds(shipped("sounds"), problems.append)
    sounds.play(Sound.TICK)
    sounds.play(Sound.PHASE)
    qtbot.waitUntil(lambda: sounds.played == 2, timeout=15000)  # the silent sink plays in real time
    assert problems == [] and sounds.problem == ""
    sounds.close()


def test_the_first_cue_starts_the_sound_server_client_not_qt_multimedia(sound_server, qtbot, tmp_path):
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), engine="mock")
    assert not player.prepared
    player.play(Sound.PHASE)  # the first Space
    assert isinstance(player._sounds, PulseSounds)
    qtbot.waitUntil(lambda: player._sounds.played == 1, timeout=15000)


def test_no_sound_server_is_said_once_and_nothing_waits(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody-here'}")
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), engine="mock")
    notices = []
    player.notice.connect(notices.append)
    with qtbot.waitSignal(player.notice, timeout=10000):
        player.play(Sound.PHASE)
        player.play(Sound.TICK)
    qtbot.waitUntil(lambda: player._sounds.problem == NO_SERVER)
    player.play(Sound.TICK)
    qtbot.waitUntil(lambda: player._sounds._queue.empty())
    assert notices.count(NO_SERVER) == 1
