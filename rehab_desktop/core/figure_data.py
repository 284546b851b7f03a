"""The exercise figures as data: resources/figures.toml read and checked into keyframes,
equipment, bands and cues per exercise and movement (a bad file is named with its field).

The words on a figure (its sentence for screen readers and its labels) come in the installed language
from the library's overlay, resources/exercises.<lang>.toml (core/library_overlay.py), matched here
to the figures: a label for each label, {side} where the English has it. A Spanish sentence puts
{side} after a feminine noun ("la pierna {side}"): the side words agree with it.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

from rehab_desktop import APP_NAME
from rehab_desktop.core.figure_body import SIDES, ArmSpec, KeySpec, LegSpec, Vec
from rehab_desktop.core.i18n import SOURCE_LANGUAGE, formats, translate
from rehab_desktop.core.library import LibraryError
from rehab_desktop.core.records import LegSide
from rehab_desktop.shipped import shipped

DATA_FILE = "figures.toml"
VIEWS = ("side", "front", "top")
EQUIPMENT = ("box", "wall", "chair", "step", "pad", "roll", "anchor", "table")
CUE_KINDS = ("arrow", "glow", "label")


class Stage(StrEnum):
    """Where in a movement the figure is."""

    START = "start"  # the start pose
    MOVE = "move"  # going out, start to end (t 0..1)
    HELD = "held"  # at the end pose, held
    RETURN = "return"  # coming back, end to start (t 0..1)
    EASY = "easy"  # resting between sets: standing or sitting easy, the equipment in place


class FigureError(ValueError):
    """figures.toml is malformed; the message names the file, the figure and the field."""

    def __init__(self, source: str, message: str, figure: str | None = None, field_name: str | None = None):
        where = [source] + ([f"figure '{figure}'"] if figure else [])
        where += [f"field '{field_name}'"] if field_name else []
        super().__init__(f"{': '.join(where)}: {message}")


@dataclass(frozen=True)
class Solid:
    kind: str
    center: Vec
    size: Vec
    role: str = "equipment"


@dataclass(frozen=True)
class Band:
    path: tuple[Vec | str, ...]  # points and body points ("instep_w"), anchor to hands


@dataclass(frozen=True)
class Cue:
    kind: str  # arrow, glow, label
    at: Vec | str
    to: Vec | str | None = None  # arrow and glow: the other end (a point, a body point or an offset)
    offset: tuple[float, float] = (0.0, 0.0)  # label: screen offset from `at`, in height units
    text: str = ""
    when: tuple[Stage, ...] = tuple(Stage)


@dataclass(frozen=True, eq=False)  # compared (and cached) by identity: it holds dicts
class FigureSpec:
    """One exercise movement's figure: view, keyframes (start, any middles, end), equipment, cues."""

    exercise: str
    movement: str  # movement key, "" for every movement of the exercise
    view: str
    keys: tuple[KeySpec, ...]
    rest: KeySpec | None
    solids: tuple[Solid, ...]
    bands: tuple[Band, ...]
    cues: tuple[Cue, ...]
    alt: str
    highlight: str = "leg"  # leg | foot
    camera: tuple[float, float] = (0.0, 0.0)  # the view turned: degrees towards the front, and down
    key_names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.exercise}/{self.movement}" if self.movement else self.exercise


class FigureBook:
    """Every figure, found by exercise and movement."""

    def __init__(self, figures: list[FigureSpec]):
        self.figures = figures
        self._by = {(f.exercise, f.movement): f for f in figures}

    def get(self, exercise_id: str, movement: str = "") -> FigureSpec | None:
        return self._by.get((exercise_id, movement)) or self._by.get((exercise_id, ""))

    def for_exercise(self, exercise_id: str) -> list[FigureSpec]:
        return [f for f in self.figures if f.exercise == exercise_id]


def load_figures(path: str | None = None, language: str | None = None) -> FigureBook:
    """Read the shipped figures (or `path`); raises FigureError naming the file and field.

    The shipped figures' words are in `language` (default: the one installed, core.i18n.formats()),
    from its overlay; an overlay that does not fit leaves them in English and says why on stderr."""
    return _load_figures(path, formats().language if language is None else language)


@lru_cache(maxsize=4)
def _load_figures(path: str | None, language: str) -> FigureBook:
    book = _read_figures(path)
    if path is not None or language == SOURCE_LANGUAGE:
        return book
    try:
        return localize_figures(book, language)
    except LibraryError as exc:
        print(f"{APP_NAME}: {exc} (the figures stay in English)", file=sys.stderr)
        return book


@lru_cache(maxsize=2)
def _read_figures(path: str | None = None) -> FigureBook:
    source = path or str(shipped(DATA_FILE))
    try:
        raw = Path(path).read_bytes() if path else shipped(DATA_FILE).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise FigureError(source, f"cannot be read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise FigureError(source, f"is not valid TOML ({exc})") from exc
    figures = [_figure(source, i, raw_fig) for i, raw_fig in enumerate(data.get("figure", []))]
    return FigureBook(figures)


_PLACEHOLDERS = ("{side}", "{other}")


def localize_figures(book: FigureBook, language: str, path: str | None = None) -> FigureBook:
    """`book` with the words of the overlay for `language` (or `path`): the same book for English or no
    overlay. Raises LibraryError, naming the file, the figure and the field, when they do not fit."""
    from rehab_desktop.core.library_overlay import figure_texts  # an English start never reads an overlay

    texts = figure_texts(language, path)
    if texts is None or not texts.figures:
        return book
    names = {f.name for f in book.figures}
    for name in texts.figures:
        if name not in names:
            raise texts.fail(name, None, f"is not one of the figures (they are: {', '.join(sorted(names))})")
    out = []
    for spec in book.figures:
        given = texts.figures.get(spec.name)
        if given is None:
            out.append(spec)
            continue
        alt, cues = spec.alt, spec.cues
        if given.alt is not None:
            for mark in _PLACEHOLDERS:
                if mark in spec.alt and mark not in given.alt:
                    raise texts.fail(spec.name, "alt", f"must name the side with {mark}, as the English does")
                if mark in given.alt and mark not in spec.alt:
                    raise texts.fail(spec.name, "alt", f"must not hold {mark}: the English has none to fill")
            alt = given.alt
        if given.labels is not None:
            count = sum(c.kind == "label" for c in spec.cues)
            if len(given.labels) != count:
                nouns = "label" if len(given.labels) == 1 else "labels"
                raise texts.fail(spec.name, "labels", f"{len(given.labels)} {nouns}, the figure has {count}.")
            words = iter(given.labels)
            cues = tuple(replace(c, text=next(words)) if c.kind == "label" else c for c in spec.cues)
        out.append(replace(spec, alt=alt, cues=cues))
    return FigureBook(out)


def _vec(source: str, fig: str, name: str, value: Any, n: int = 3) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) != n or not all(isinstance(v, int | float) for v in value):
        raise FigureError(source, f"must be a list of {n} numbers", fig, name)
    return tuple(float(v) for v in value)


def _point(source: str, fig: str, name: str, value: Any) -> Vec | str:
    return value if isinstance(value, str) else _vec(source, fig, name, value)


# Each limb setting that is a list: how many numbers it holds (0: a point or a body point's name).
_LIMB_VECTORS = {LegSpec: {"plant": 2, "hip": 3, "knee_pole": 3},
                 ArmSpec: {"shoulder": 2, "reach": 0, "elbow_pole": 3, "hand": 3}}


def _limb(source: str, fig: str, where: str, cls: type, raw: dict):
    values = dict(raw)
    for k, n in _LIMB_VECTORS[cls].items():
        if k in values:
            values[k] = _point(source, fig, f"{where}.{k}", values[k]) if n == 0 else \
                _vec(source, fig, f"{where}.{k}", values[k], n)
    try:
        return cls(**values)
    except TypeError as exc:
        raise FigureError(source, f"unknown setting ({exc})", fig, where) from exc


def _key(source: str, fig: str, name: str, raw: dict) -> KeySpec:
    if not isinstance(raw, dict) or "pelvis" not in raw:
        raise FigureError(source, "needs a pelvis position", fig, f"{name}.pelvis")
    legs = {s: _limb(source, fig, f"{name}.legs.{s}", LegSpec, raw.get("legs", {}).get(s, {})) for s in SIDES}
    arms = {s: _limb(source, fig, f"{name}.arms.{s}", ArmSpec, raw.get("arms", {}).get(s, {})) for s in SIDES}
    extra = {k: float(raw[k]) for k in ("yaw", "trunk", "trunk_side", "head") if k in raw}
    return KeySpec(pelvis=_vec(source, fig, f"{name}.pelvis", raw["pelvis"]), legs=legs, arms=arms, **extra)


def _figure(source: str, index: int, raw: dict) -> FigureSpec:
    fig = str(raw.get("exercise", f"#{index + 1}"))
    if "movement" in raw:
        fig = f"{fig}/{raw['movement']}"
    view = raw.get("view")
    if view not in VIEWS:
        raise FigureError(source, f"must be one of {', '.join(VIEWS)}", fig, "view")
    names = raw.get("order", ["start", "end"])
    keys_raw = raw.get("keys", {})
    for n in names:
        if n not in keys_raw:
            raise FigureError(source, "is missing", fig, f"keys.{n}")
    keys = tuple(_key(source, fig, f"keys.{n}", keys_raw[n]) for n in names)
    rest = _key(source, fig, "keys.rest", keys_raw["rest"]) if "rest" in keys_raw else None
    solids = []
    for i, s in enumerate(raw.get("equipment", [])):
        kind = s.get("kind")
        if kind not in EQUIPMENT:
            raise FigureError(source, f"must be one of {', '.join(EQUIPMENT)}", fig, f"equipment[{i}].kind")
        solids.append(Solid(kind, _vec(source, fig, f"equipment[{i}].at", s.get("at")),
                            _vec(source, fig, f"equipment[{i}].size", s.get("size")),
                            "pad" if kind == "pad" else "equipment"))
    bands = tuple(Band(tuple(_point(source, fig, f"band[{i}].path", p) for p in b.get("path", [])))
                  for i, b in enumerate(raw.get("band", [])))
    cues = []
    for i, c in enumerate(raw.get("cue", [])):
        kind = c.get("kind")
        if kind not in CUE_KINDS:
            raise FigureError(source, f"must be one of {', '.join(CUE_KINDS)}", fig, f"cue[{i}].kind")
        when = tuple(Stage(w) for w in c.get("when", [s.value for s in Stage]))
        cues.append(Cue(kind, _point(source, fig, f"cue[{i}].at", c.get("at")),
                        _point(source, fig, f"cue[{i}].to", c["to"]) if "to" in c else None,
                        _vec(source, fig, f"cue[{i}].offset", c.get("offset", [0, 0]), 2), str(c.get("text", "")),
                        when))
    alt = raw.get("alt")
    if not isinstance(alt, str) or not alt.strip():
        raise FigureError(source, "needs one sentence describing the figure", fig, "alt")
    return FigureSpec(str(raw.get("exercise", "")), str(raw.get("movement", "")), view, keys, rest,
                      tuple(solids), bands, tuple(cues), alt, str(raw.get("highlight", "leg")),
                      _vec(source, fig, "camera", raw.get("camera", [0, 0]), 2), tuple(names))


def alt_text(spec: FigureSpec, side: LegSide) -> str:
    """The figure in one sentence, for screen readers."""
    if side is LegSide.LEFT:
        word = translate("core.figure_data", "left", "a figure's sentence: the left leg, hand or calf")
        other = translate("core.figure_data", "right", "a figure's sentence: the right leg, hand or calf")
    elif side is LegSide.RIGHT:
        word = translate("core.figure_data", "right", "a figure's sentence: the right leg, hand or calf")
        other = translate("core.figure_data", "left", "a figure's sentence: the left leg, hand or calf")
    else:  # no side chosen: "the working leg", "the other leg"
        word = translate("core.figure_data", "working", "a figure's sentence: the working leg")
        other = translate("core.figure_data", "other", "a figure's sentence: the other leg, after the noun")
    return spec.alt.replace("{side}", word).replace("{other}", other)
