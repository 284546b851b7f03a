"""Speaking through speech-dispatcher (Linux) over its own protocol, SSIP, off the window's thread.

Qt's speechd plug-in would do this, but measured on Debian 12 it holds the window still for about
two seconds while its client library reads the list of 1,500 espeak-ng voices one byte at a time
(Python's lock is held all the while, so a worker thread does not help), and it waits for ever on a
daemon whose audio output hangs. This client talks to the same daemon from a thread of its own:
every call returns at once, every answer has a deadline, and a daemon that stops answering turns
spoken cues off with one message instead of freezing the window or the exit.

SSIP (the Speech Synthesis Interface Protocol) is line based: a command ends with CRLF, the answer
is one or more lines "NNN-text" closed by a line "NNN text", where NNN starting with 2 means done.
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

ANSWER_TIMEOUT_S = 5.0  # a healthy daemon answers in milliseconds; listing voices takes about 0.3 s
SPAWN_TIMEOUT_S = 10.0
NO_ANSWER = QT_TRANSLATE_NOOP("ui.timer.ssip", "The speech service did not answer: spoken cues are off.")
NOT_STARTED = QT_TRANSLATE_NOOP("ui.timer.ssip", "The speech service could not be started: spoken cues are off.")


class SsipError(Exception):
    """The daemon is not there, went away or stopped answering."""


class SsipRefused(SsipError):
    """The daemon answered, but said no (an unknown voice, say): it still works."""


def socket_path(environ: dict[str, str] | None = None) -> Path | None:
    """Where this user's speech-dispatcher listens, as its own client library works it out
    (None for an address this client does not speak: a TCP one)."""
    env = os.environ if environ is None else environ
    address = env.get("SPEECHD_ADDRESS", "")
    if address:
        method, _, rest = address.partition(":")
        return Path(rest) if method == "unix_socket" and rest else None
    runtime = env.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


def installed() -> bool:
    """Whether speech-dispatcher can be used here (its program is installed, or one is running)."""
    path = socket_path()
    return bool(shutil.which(os.environ.get("SPEECHD_CMD") or "speech-dispatcher")) or bool(path and path.exists())


def spawn_daemon(path: Path) -> None:
    """Start this user's speech-dispatcher as its client library would (it goes on in the
    background and stops by itself once no program has used it for a while)."""
    program = os.environ.get("SPEECHD_CMD") or shutil.which("speech-dispatcher")
    if not program:
        raise SsipError("speech-dispatcher is not installed")
    try:
        subprocess.run([program, "--spawn", "--communication-method", "unix_socket", "--socket-path", str(path)],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       start_new_session=True, timeout=SPAWN_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SsipError(f"speech-dispatcher did not start: {exc}") from exc


class Connection:
    """One SSIP conversation on a Unix socket; every read has a deadline."""

    def __init__(self, path: Path, timeout_s: float = ANSWER_TIMEOUT_S):
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(timeout_s)
        self._buffer = b""
        try:
            self._sock.connect(str(path))
        except OSError:
            self._sock.close()
            raise

    def command(self, line: str) -> list[str]:
        """Send one command; return the answer's text lines. Raises SsipError on a refusal or silence."""
        return self._exchange(line.encode("utf-8") + b"\r\n")

    def speak(self, text: str) -> None:
        self.command("SPEAK")
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        body = "\r\n".join("." + ln if ln.startswith(".") else ln for ln in lines)  # a lone "." ends the text
        self._exchange(body.encode("utf-8") + b"\r\n.\r\n")

    def _exchange(self, data: bytes) -> list[str]:
        try:
            self._sock.sendall(data)
            lines = []
            while True:
                line = self._read_line()
                code, sep, text = line[:3], line[3:4], line[4:]
                lines.append(text)
                if sep != "-":
                    if not code.startswith("2"):
                        raise SsipRefused(f"speech-dispatcher refused: {line}")
                    return lines[:-1] or lines
        except TimeoutError as exc:
            raise SsipError("speech-dispatcher did not answer") from exc
        except OSError as exc:
            raise SsipError(f"speech-dispatcher went away: {exc}") from exc

    def _read_line(self) -> str:
        while b"\r\n" not in self._buffer:
            chunk = self._sock.recv(65536)
            if not chunk:
                raise SsipError("speech-dispatcher closed the connection")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\r\n", 1)
        return line.decode("utf-8", "replace")

    def close(self) -> None:
        try:
            self._sock.settimeout(0.2)
            self._sock.sendall(b"QUIT\r\n")
        except OSError:
            pass
        self._sock.close()


class SsipSpeaker:
    """Speaks through speech-dispatcher from a worker thread.

    `on_ready(problem)` is called once from the worker: "" when speaking works (`voices` is then
    filled), or the reason it does not. `on_problem(problem)` is called if it stops working later.

    It speaks `language` ("es": SET SELF LANGUAGE es, and the daemon picks a voice for it);
    `language_ok` says whether the daemon lists a voice for it (None until it has answered). One
    that has none says nothing: the words must not be read by another language's voice.
    """

    def __init__(self, on_ready: Callable[[str], None], on_problem: Callable[[str], None] | None = None, *,
                 path: Path | None = None, language: str = "en", timeout_s: float | None = None,
                 spawn: Callable[[Path], None] = spawn_daemon):
        self.problem = ""
        self._voices: list[tuple[str, str]] = []  # (name, language)
        self._ready = False
        self._on_ready = on_ready
        self._on_problem = on_problem or (lambda _p: None)
        self._path = path if path is not None else socket_path()
        self._language = language.split("-")[0].split("_")[0].lower()
        self.language_ok: bool | None = None
        self._timeout_s = ANSWER_TIMEOUT_S if timeout_s is None else timeout_s
        self._spawn = spawn
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, daemon=True, name="speech-dispatcher")
        self._thread.start()

    # -- the window's side: every call returns at once -------------------------------------

    @property
    def available(self) -> bool:
        return self._ready and not self.problem

    @property
    def language(self) -> str:
        """The language it speaks ("en", "es")."""
        return self._language

    def voices(self) -> list[str]:
        """The voices for the app's language; espeak-ng's "+variant" copies only if there is nothing else."""
        if not self.available or not self.language_ok:
            return []
        names = [n for n, lang in self._voices if _language_of(lang) == self._language]
        plain = [n for n in names if "+" not in n]
        return plain or names

    def set_voice(self, name: str) -> None:
        if name in self.voices():
            self._jobs.put(("command", f"SET SELF SYNTHESIS_VOICE {name}"))

    def set_rate(self, rate: float) -> None:
        self._jobs.put(("command", f"SET SELF RATE {round(100 * max(-1.0, min(1.0, rate)))}"))

    def say(self, text: str, queue: bool = False) -> None:
        if self.available and self.language_ok and text:
            if not queue:
                self._jobs.put(("command", "CANCEL SELF"))  # interrupts anything still being said
            self._jobs.put(("speak", text))

    def stop(self) -> None:
        if self.available:
            self._jobs.put(("command", "CANCEL SELF"))

    def close(self) -> None:
        """Hang up without waiting (a daemon that has stopped answering cannot hold the exit)."""
        self._jobs.put(("close", ""))

    # -- the worker ------------------------------------------------------------------------

    def _connect(self) -> Connection:
        if self._path is None:
            raise SsipError("SPEECHD_ADDRESS names a kind of address this app does not use")
        try:
            return Connection(self._path, self._timeout_s)
        except OSError:
            pass  # no daemon yet (or a socket left by one that has gone): start one, as libspeechd does
        self._path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._spawn(self._path)
        try:
            return Connection(self._path, self._timeout_s)
        except OSError as exc:
            raise SsipError(f"no speech-dispatcher at {self._path}: {exc}") from exc

    def _run(self) -> None:
        try:
            conn = self._connect()
        except SsipError:
            self.problem = translate("ui.timer.ssip", NOT_STARTED)
            self._on_ready(self.problem)
            return
        refused = False
        try:
            conn.command('SET SELF CLIENT_NAME "rehab-desktop:cues:main"')
            try:
                conn.command(f"SET SELF LANGUAGE {self._language}")
            except SsipRefused:  # English: the daemon's default voice speaks; another language: none does
                refused = True
            listed = conn.command("LIST SYNTHESIS_VOICES")
        except SsipError:
            self.problem = translate("ui.timer.ssip", NO_ANSWER)
            conn.close()
            self._on_ready(self.problem)
            return
        self._voices = [(f[0], f[1]) for f in (ln.split("\t") for ln in listed) if len(f) >= 2]
        self.language_ok = self._language == SOURCE_LANGUAGE or (
            not refused and any(_language_of(lang) == self._language for _name, lang in self._voices))
        self._ready = True
        self._on_ready("")
        while True:
            kind, arg = self._jobs.get()
            if kind == "close":
                break
            try:
                conn.speak(arg) if kind == "speak" else conn.command(arg)
            except SsipRefused:
                continue
            except SsipError:
                self.problem = translate("ui.timer.ssip", NO_ANSWER)
                self._on_problem(self.problem)
                break
        conn.close()


def _language_of(code: str) -> str:
    """'es' for a voice's language 'es', 'es-419' or 'es_ES'."""
    return code.replace("_", "-").split("-")[0].lower()
