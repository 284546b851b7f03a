"""`rehab-desktop exercises`: the exercise library as text or JSON, without opening a window."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from rehab_desktop.core.exercises import Amount, Exercise, Library


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `exercises [--json]`."""
    ex = sub.add_parser("exercises", help="list the exercise library without opening a window")
    ex.add_argument("--json", action="store_true", help="print a JSON list of objects")
    ex.set_defaults(run=lambda args, library: list_exercises(library, args.json))


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
            "min_tempo_s": d.min_tempo_s,  # paced reps never go faster than this, each way
            "movements": [
                {"key": m.key, "name": m.name, "kind": m.kind.value, "reps": _amount_json(m.reps),
                 "hold_s": _amount_json(m.hold), "steps": [m.first_step, m.last_step]}
                for m in d.movements
            ],
        },
        "equipment": [{"text": e.text, "needs": list(e.needs), "optional": e.optional} for e in ex.equipment],
        "cautions": list(ex.cautions),
        "progressions": list(ex.progressions),
        "variant_emphasis": {v.text: sorted(v.emphasis) for v in ex.variants if v.emphasis},
        "emphasis": sorted(ex.emphasis),
    }


def list_exercises(library: Library, as_json: bool, out: TextIO = sys.stdout) -> int:
    import json  # here, not at the top: every start registers this command, few run it

    if as_json:
        json.dump([exercise_json(e) for e in library.exercises], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    rows = [("ID", "NAME", "GROUP", "DOSE")]
    rows += [(e.id, e.name, e.group.name, e.dose.summary(mark=True)) for e in library.exercises]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for r in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(r[:3], widths, strict=True)) + "  " + r[3] + "\n")
    if any(e.dose.suggested for e in library.exercises):
        out.write("\n* the app's suggestion: the source article gives no figure\n")
    return 0
