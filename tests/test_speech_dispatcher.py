"""Spoken cues through speech-dispatcher: the app's own SSIP client, against a stand-in daemon on a
real Unix socket (one that answers as speech-dispatcher 0.11 does, one that never answers, one
that goes away), and the window and the exit never waiting for it."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from rehab_desktop.ui.common.preferences import PreferenceStore
from rehab_desktop.ui.timer import cues as cues_module
from rehab_desktop.ui.timer import ssip

VOICES = [("English (Great Britain)", "en", "none"), ("English (Great Britain)+Alex", "en", "Alex"),
          ("English (America)", "en-US", "none"), ("Spanish (Spain)", "es", "none")]


class FakeSpeechd:
    """Listens at `path` and answers SSIP as speech-dispatcher does, recording what it was told.
    `silent`: accepts and never answers (a daemon whose audio output hangs)."""

    def __init__(self, path: Path, silent: bool = False, voices=VOICES):
        self.path, self.silent, self.voices = path, silent, voices
        self.commands: list[str] = []
        self.spoken: list[str] = []
        self.changed = threading.Condition()
        self.conns: list[socket.socket] = []
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(4)
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.conns.append(conn)
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            for raw in reader:
                line = raw.decode().rstrip("\r\n")
                if self.silent:
                    self._note(line)
                    continue
                if line == "SPEAK":
                    conn.sendall(b"230 OK RECEIVING DATA\r\n")
                    body = []
                    for data in reader:
                        text = data.decode().rstrip("\r\n")
                        if text == ".":
                            break
                        body.append(text[1:] if text.startswith("..") else text)
                    conn.sendall(b"225-1\r\n225 OK MESSAGE QUEUED\r\n")
                    self.spoken.append("\n".join(body))
                    self._note("SPEAK")
                    continue
                self._note(line)
                if line == "LIST SYNTHESIS_VOICES":
                    conn.sendall(b"".join(f"249-{n}\t{lang}\t{v}\r\n".encode() for n, lang, v in self.voices)
                                 + b"249 OK VOICE LIST SENT\r\n")
                elif line.startswith("SET SELF SYNTHESIS_VOICE") and line[25:] not in [v[0] for v in self.voices]:
                    conn.sendall(b"409 ERR RANGE\r\n")
                elif line == "QUIT":
                    conn.sendall(b"231 HAPPY HACKING\r\n")
                    return
                else:
                    conn.sendall(b"200 OK\r\n")
        except OSError:
            return
        finally:
            conn.close()

    def _note(self, line: str) -> None:
        with self.changed:
            self.commands.append(line)
            self.changed.notify_all()

    def wait_for(self, predicate, timeout: float = 10.0) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: predicate(self), timeout)

    def close(self) -> None:
        self.server.close()
        for c in self.conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            c.close()


@pytest.fixture
def sock_path(tmp_path):
    return tmp_path / "speech-dispatcher" / "speechd.sock"


@pytest.fixture
def daemon(sock_path):
    sock_path.parent.mkdir()
    fake = FakeSpeechd(sock_path)
    yield fake
    fake.close()


def start(path: Path, **kw) -> tuple[ssip.SsipSpeaker, threading.Event, list[str]]:
    ready, told = threading.Event(), []
    speaker = ssip.SsipSpeaker(lambda problem: (told.append(problem), ready.set()),
                               lambda problem: told.append(problem), path=path, **kw)
    assert ready.wait(10), "the speaker never reported"
    return speaker, ready, told


def test_it_speaks_interrupting_what_is_still_being_said(daemon, sock_path):
    speaker, _, told = start(sock_path)
    assert told == [""] and speaker.available
    assert speaker.voices() == ["English (Great Britain)", "English (America)"]  # English, no espeak variants
    assert daemon.commands[:3] == ['SET SELF CLIENT_NAME "rehab-desktop:cues:main"', "SET SELF LANGUAGE en",
                                   "LIST SYNTHESIS_VOICES"]
    speaker.set_rate(0.3)
    speaker.set_voice("English (America)")
    speaker.set_voice("Klingon")  # not a voice here: nothing is sent
    speaker.say("Hold. Ten seconds.")
    speaker.say("Rest.", queue=True)
    speaker.say(".5 of a rep\nnext line")  # a line starting with "." must not end the text early
    assert daemon.wait_for(lambda d: len(d.spoken) == 3)
    assert daemon.spoken == ["Hold. Ten seconds.", "Rest.", ".5 of a rep\nnext line"]
    assert daemon.commands[3:] == ["SET SELF RATE 30", "SET SELF SYNTHESIS_VOICE English (America)",
                                   "CANCEL SELF", "SPEAK", "SPEAK", "CANCEL SELF", "SPEAK"]
    speaker.close()
    assert daemon.wait_for(lambda d: d.commands[-1] == "QUIT")


def test_a_refused_command_does_not_turn_speech_off(daemon, sock_path):
    speaker, _, told = start(sock_path)
    speaker._jobs.put(("command", "SET SELF SYNTHESIS_VOICE Nobody"))  # the daemon says no (409)
    speaker.say("Rest.")
    assert daemon.wait_for(lambda d: d.spoken == ["Rest."])
    assert speaker.available and told == [""]


def test_a_daemon_that_never_answers_gives_up_with_one_message(sock_path):
    sock_path.parent.mkdir()
    stuck = FakeSpeechd(sock_path, silent=True)
    speaker, _, told = start(sock_path, timeout_s=0.3)
    assert told == [ssip.NO_ANSWER]
    assert not speaker.available and speaker.voices() == []
    speaker.say("Rest.")  # nothing is queued for a daemon that is not there
    assert stuck.wait_for(lambda d: "QUIT" in d.commands)  # it hangs up
    assert stuck.commands == ['SET SELF CLIENT_NAME "rehab-desktop:cues:main"', "QUIT"]
    stuck.close()


def test_no_daemon_yet_starts_one_like_its_client_library(sock_path):
    started = []

    def spawn(path: Path) -> None:
        started.append(path)
        started.append(FakeSpeechd(path))  # the daemon is up when --spawn returns

    speaker, _, told = start(sock_path, spawn=spawn)
    assert started[0] == sock_path and told == [""] and speaker.available
    started[1].close()


def test_the_daemon_cannot_be_started(sock_path):
    def spawn(path: Path) -> None:
        raise ssip.SsipError("speech-dispatcher is not installed")

    speaker, _, told = start(sock_path, spawn=spawn)
    assert told == [ssip.NOT_STARTED] and not speaker.available


def test_the_daemon_going_away_mid_session_is_told(sock_path):
    sock_path.parent.mkdir()
    fake = FakeSpeechd(sock_path)
    ready, lost = threading.Event(), []
    speaker = ssip.SsipSpeaker(lambda p: ready.set(), lambda p: lost.append(p), path=sock_path, timeout_s=1)
    assert ready.wait(10) and speaker.available
    fake.close()  # killed, or its audio output died
    speaker.say("Rest.")
    speaker._thread.join(10)  # the worker ends once it has told
    assert lost == [ssip.NO_ANSWER] and not speaker.available


def test_the_socket_is_found_where_speech_dispatcher_puts_it(tmp_path, monkeypatch):
    runtime = ssip.socket_path({"XDG_RUNTIME_DIR": "/run/user/1000"})
    assert runtime == Path("/run/user/1000/speech-dispatcher/speechd.sock")
    assert ssip.socket_path({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}) == Path("/tmp/s.sock")
    assert ssip.socket_path({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None
    monkeypatch.setenv("HOME", str(tmp_path))
    assert ssip.socket_path({}) == tmp_path / ".cache" / "speech-dispatcher" / "speechd.sock"


# -- the window's side ----------------------------------------------------------------------


def test_the_timer_speaks_through_speech_dispatcher(qtbot, tmp_path, sounds, daemon, sock_path, monkeypatch):
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock_path}")
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), sounds=sounds)
    assert player.engine == "speechd"  # the daemon is there: it is the default on Linux
    assert "speechd" in cues_module.Speaker.engines()
    with qtbot.waitSignal(player.speech_ready, timeout=10000):
        player.prepare()
    assert player.speech_available
    assert player.voices() == ["English (Great Britain)", "English (America)"]
    player.say("Hold. Ten seconds.")
    assert daemon.wait_for(lambda d: d.spoken == ["Hold. Ten seconds."])


def test_the_first_cue_is_spoken_when_speech_starts_with_it(qtbot, tmp_path, sounds, daemon, sock_path, monkeypatch):
    """Speech starts with the first cue, not with the window: what that cue says is not lost while
    the daemon is reached, and it is said once, then the next cues as usual."""
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock_path}")
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), sounds=sounds)
    assert not player.prepared  # nothing is started before a cue is wanted
    with qtbot.waitSignal(player.speech_ready, timeout=10000):
        player.say("Get ready. Left leg. Set 1 of 2.")  # the first Space
        assert not player.speech_known
    assert daemon.wait_for(lambda d: d.spoken == ["Get ready. Left leg. Set 1 of 2."])
    player.say("Hold for 30 seconds.")
    assert daemon.wait_for(lambda d: d.spoken[1:] == ["Hold for 30 seconds."])


def test_a_first_cue_muted_while_speech_starts_is_not_said_later(qtbot, tmp_path, sounds, daemon, sock_path,
                                                                 monkeypatch):
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock_path}")
    prefs = PreferenceStore(tmp_path)
    player = cues_module.CuePlayer(prefs, sounds=sounds)
    with qtbot.waitSignal(player.speech_ready, timeout=10000):
        player.say("Get ready.")
        prefs.update(muted=True)  # M pressed at once
    prefs.update(muted=False)
    player.say("Rest.")
    assert daemon.wait_for(lambda d: d.spoken == ["Rest."])


def test_a_speech_service_that_never_answers_leaves_the_window_free(qtbot, tmp_path, sounds, sock_path,
                                                                     monkeypatch):
    sock_path.parent.mkdir()
    stuck = FakeSpeechd(sock_path, silent=True)
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{sock_path}")
    monkeypatch.setattr(ssip, "ANSWER_TIMEOUT_S", 0.5)
    player = cues_module.CuePlayer(PreferenceStore(tmp_path), sounds=sounds)
    notices = []
    player.notice.connect(notices.append)
    with qtbot.waitSignal(player.speech_ready, timeout=15000):
        player.prepare()  # returns at once: the daemon is reached from a thread of its own
        assert not player.speech_known
        player.say("Rest.")  # nothing to speak with yet, and no waiting either
    assert notices == ["The speech service did not answer: spoken cues are off."]
    assert player.speech_known and not player.speech_available
    stuck.close()


def test_the_app_exits_at_once_with_a_stuck_speech_service(tmp_path, sock_path):
    """A real process: the window's speech reaches a daemon that never answers, then the app quits.
    Quitting must not wait for the daemon (it would wait for ever)."""
    sock_path.parent.mkdir()
    stuck = FakeSpeechd(sock_path, silent=True)
    script = textwrap.dedent(f"""
        import sys, threading
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QApplication
        from rehab_desktop.ui.common.preferences import PreferenceStore
        from rehab_desktop.ui.timer.cues import CuePlayer
        app = QApplication([])
        player = CuePlayer(PreferenceStore({str(tmp_path)!r}))
        class Relay(QObject):
            quit = Signal()
        relay = Relay()
        relay.quit.connect(app.quit)
        player.prepare()
        threading.Thread(target=lambda: (sys.stdin.readline(), relay.quit.emit()), daemon=True).start()
        app.exec()
        print("engine", player.engine, "known", player.speech_known, flush=True)
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "SPEECHD_ADDRESS": f"unix_socket:{sock_path}", "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1]), "HOME": str(tmp_path)}
    child = subprocess.Popen([sys.executable, "-c", script], env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert stuck.wait_for(lambda d: d.commands == ['SET SELF CLIENT_NAME "rehab-desktop:cues:main"'])
        out, err = child.communicate("quit\n", timeout=30)  # the greeting is unanswered: quit now
    finally:
        child.kill()
        stuck.close()
    assert child.returncode == 0, err
    assert "engine speechd known False" in out
