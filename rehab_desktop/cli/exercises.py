"""`rehab-desktop exercises`: the exercise library as text or JSON, or its figures as pictures, without a window."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from rehab_desktop import APP_NAME
from rehab_desktop.core.exercises import Amount, Exercise, Library


def register(sub: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `exercises [--json | --pictures DIR [--scale FACTOR]]`."""
    ex = sub.add_parser("exercises", help="list the exercise library, or write its figures as pictures, "
                                          "without opening a window",
                        description="List the exercise library, or with --pictures write every exercise figure "
                                    "as SVG and PNG files.")
    what = ex.add_mutually_exclusive_group()
    what.add_argument("--json", action="store_true", help="print a JSON list of objects")
    what.add_argument("--pictures", metavar="DIR",
                      help="write every figure (each movement and leg; start, end and held) as SVG and PNG into "
                           "DIR, with contact-sheet.png and contact-sheet-dark.png showing them all")
    ex.add_argument("--scale", metavar="FACTOR", type=_scale, default=1.0,
                    help="with --pictures: picture size (1 = 400 px figures and a 1200 px wide contact sheet; "
                         "0.5 to 4)")
    ex.set_defaults(run=run)


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError("must be from 0.5 to 4")
    return value


def run(args: argparse.Namespace, library: Library) -> int:
    if args.pictures == "-":
        print(f"{APP_NAME}: --pictures writes many files: give a folder, not '-'", file=sys.stderr)
        return 2
    if args.pictures is not None:
        return write_pictures(args.pictures, library, args.scale)
    if args.scale != 1.0:
        print(f"{APP_NAME}: --scale goes with --pictures DIR", file=sys.stderr)
        return 2
    return list_exercises(library, args.json)


def write_pictures(folder: str, library: Library, scale: float = 1.0) -> int:
    """Draw every figure into `folder` with a window-less Qt, and say what was written."""
    from rehab_desktop.cli.reporting import report_failure
    from rehab_desktop.core.figure_data import FigureError, load_figures
    from rehab_desktop.store import OutputError

    try:
        book = load_figures()
    except FigureError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    from rehab_desktop.ui.printing.headless import ensure_gui_app

    app = ensure_gui_app()  # noqa: F841 - fonts and painting need it, no window opens
    from rehab_desktop.ui.figures.export import CONTACT_SHEET, CONTACT_SHEET_DARK
    from rehab_desktop.ui.figures.export import write_pictures as write

    try:
        result = write(folder, book, library, scale)
    except OutputError as exc:
        return report_failure(exc)
    svgs = sum(name.endswith(".svg") for name in result.files)
    pngs = sum(name.endswith(".png") for name in result.files) - 2
    figures = f"{result.figures} figure{'s' if result.figures != 1 else ''}"
    print(f"Wrote {svgs} SVG and {pngs} PNG pictures of {figures}, and {CONTACT_SHEET} and {CONTACT_SHEET_DARK}, "
          f"to {folder}")
    if result.without:
        print(f"No figure yet for {len(result.without)} exercise{'s' if len(result.without) != 1 else ''}: "
              f"{', '.join(result.without)}")
    return 0


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
