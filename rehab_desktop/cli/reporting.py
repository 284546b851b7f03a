"""How every export command reports: no binary on a terminal, what was written, a failure's exit code."""

from __future__ import annotations

import sys


def refuse_binary_on_terminal(out: str, what: str) -> bool:
    """True (after saying why) when `out` is `-` and standard output is a terminal: no PDF on a screen."""
    from rehab_desktop import APP_NAME
    from rehab_desktop.store import is_stdout, stdout_is_terminal

    if is_stdout(out) and stdout_is_terminal():
        print(f"{APP_NAME}: not writing {what} to the terminal; redirect it (> file.pdf), pipe it, or give a "
              "file name", file=sys.stderr)
        return True
    return False


def report_written(out: str, text: str) -> None:
    """Say what was written, unless the export itself went to standard output (where it would mix in)."""
    from rehab_desktop.store import is_stdout

    if not is_stdout(out):
        print(text)


def report_failure(exc: Exception) -> int:
    """The exit code for a failed export, after the message; a reader that stopped early (`| head`) is quiet."""
    import errno
    import os

    from rehab_desktop import APP_NAME

    cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
    if isinstance(cause, OSError) and cause.errno == errno.EPIPE:
        # Nothing more can reach the reader; keep Python's own flush at exit from complaining too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + 13  # SIGPIPE, as a shell command that met a closed pipe
    print(f"{APP_NAME}: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
    return 1
