"""Headless subcommands: listings and exports that never open a window."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from rehab_desktop.core.exercises import Amount, Exercise, Library


def _amount_json(a: Amount | None) -> dict | None:
    if a is None:
        return None
    return {"low": a.low, "high": a.high, "default": a.default, "text": a.text(),
            "suggested": a.suggested, "up_to": a.up_to}


def exercise_json(ex: Exercise) -> dict:
    """The exercise as a JSON-ready dict (the stable shape of `exercises --json`)."""
    d = ex.dose
    return {
        "id": ex.id,
        "number": ex.number,
        "name": ex.name,
        "group": ex.group.name,
        "group_id": ex.group.id,
        "setup": ex.setup,
        "steps": list(ex.steps),
        "dose": {
            "summary": d.summary(),
            "sets": _amount_json(d.sets),
            "side": d.side.value,
            "note": d.note,
            "suggested": d.suggested,
            "movements": [
                {"key": m.key, "name": m.name, "kind": m.kind.value, "reps": _amount_json(m.reps),
                 "hold_s": _amount_json(m.hold), "steps": [m.first_step, m.last_step]}
                for m in d.movements
            ],
        },
        "equipment": [{"text": e.text, "needs": list(e.needs), "optional": e.optional} for e in ex.equipment],
        "cautions": list(ex.cautions),
        "progressions": list(ex.progressions),
        "emphasis": sorted(ex.emphasis),
    }


def list_exercises(library: Library, as_json: bool, out: TextIO = sys.stdout) -> int:
    if as_json:
        json.dump([exercise_json(e) for e in library.exercises], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    rows = [("ID", "NAME", "GROUP", "DOSE")]
    rows += [(e.id, e.name, e.group.name, e.dose.summary(mark=True)) for e in library.exercises]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r[:3], widths)) + "  " + r[3] + "\n")
    if any(e.dose.suggested for e in library.exercises):
        out.write("\n* the app's suggestion: the source article gives no figure\n")
    return 0


# -- writing exports (every command that writes a file uses these) ---------------------

def refuse_binary_on_terminal(out: str, what: str) -> bool:
    """True (after saying why) when `out` is `-` and standard output is a terminal: no PDF on a screen."""
    from rehab_desktop import APP_NAME
    from rehab_desktop.store.output import is_stdout, stdout_is_terminal

    if is_stdout(out) and stdout_is_terminal():
        print(f"{APP_NAME}: not writing {what} to the terminal; redirect it (> file.pdf), pipe it, or give a "
              "file name", file=sys.stderr)
        return True
    return False


def report_written(out: str, text: str) -> None:
    """Say what was written, unless the export itself went to standard output (where it would mix in)."""
    from rehab_desktop.store.output import is_stdout

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
        return 1
    print(f"{APP_NAME}: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
    return 1
