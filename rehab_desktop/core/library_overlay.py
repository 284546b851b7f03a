"""The exercise library in another language: resources/exercises.<lang>.toml gives its texts field by field.

The overlay holds words only. Ids, doses, sides, equipment tags and the emphasis of a variant stay the
library's; a text the overlay leaves out is shown in English. The user's own exercises are their own
words and are never in it. Its shape (docs/translating.md):

    schema = 1
    [credit]                 publisher, note (the article's title and author stay as they are)
    [guidance]               disclaimer, avoid, stop, tolerate, staging, benefits = [...]
    [groups.<group id>]      name, description
    [exercises.<id>]         name, key_instruction, purpose, setup, emphasis_note,
                             steps = [...], cautions = [...], progressions = [...], equipment = [...],
                             dose.note, dose.movements = [...] (the movements' names)
    [figures."<exercise id>" or figures."<exercise id>/<movement key>"]
                             alt (one sentence, with {side} where the English has it), labels = [...]

A list has as many items as the library's, in its order (equipment: one text per item, progressions:
one per variant). The overlay is checked whole before any of it is used: a problem raises a
LibraryError naming the file, the exercise (group, figure) and the field, and the caller keeps the
English library. The figures' part is applied by core/figure_data.py when the figures are first drawn.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rehab_desktop.core.exercises import Credit, Exercise, Group, Guidance, Library
from rehab_desktop.core.i18n import SOURCE_LANGUAGE
from rehab_desktop.core.library import LibraryError
from rehab_desktop.shipped import shipped

SCHEMA = 1
SECTIONS = ("schema", "credit", "guidance", "groups", "exercises", "figures")
CREDIT_TEXTS = ("publisher", "note")
GUIDANCE_TEXTS = ("disclaimer", "avoid", "stop", "tolerate", "staging")
GUIDANCE_LISTS = {"benefits": ("benefit", "benefits")}
GROUP_TEXTS = ("name", "description")
EXERCISE_TEXTS = ("name", "key_instruction", "purpose", "setup", "emphasis_note")
EXERCISE_LISTS = {"steps": ("step", "steps"), "cautions": ("caution", "cautions"),
                  "progressions": ("progression", "progressions"), "equipment": ("equipment item", "equipment items")}
DOSE_FIELDS = ("note", "movements")
FIGURE_FIELDS = ("alt", "labels")
LABEL_MAX = 30  # characters: a label is drawn beside the figure, on one line


def overlay_path(language: str) -> Path:
    """The shipped overlay for `language`: resources/exercises.<language>.toml (it may not exist)."""
    return shipped(f"exercises.{language}.toml")


class OverlayError(LibraryError):
    """A problem in an overlay file: the message names the file, the exercise, group or figure, and the field."""

    def __init__(self, source: str, message: str, kind: str | None = None, ident: str | None = None,
                 field: str | None = None):
        if kind in (None, "exercise"):
            super().__init__(source, message, ident, field)
        else:
            where = [source, f"{kind} '{ident}'"] + ([f"field '{field}'"] if field else [])
            ValueError.__init__(self, f"{': '.join(where)}: {message}")
            self.source, self.exercise_id, self.field = source, None, field
        self.kind = kind
        self.ident = ident


@dataclass(frozen=True)
class FigureText:
    """One figure's words in the overlay: None where it leaves the English."""

    alt: str | None = None
    labels: tuple[str, ...] | None = None


@dataclass(frozen=True)
class FigureTexts:
    """The overlay's figures part, checked for its shape; core/figure_data.py matches it to the figures."""

    source: str
    figures: dict[str, FigureText]

    def fail(self, figure: str, field: str | None, message: str) -> OverlayError:
        return OverlayError(self.source, message, "figure", figure, field)


def localize(library: Library, language: str, path: str | Path | None = None,
             transform: Callable[[str], str] | None = None) -> Library:
    """`library` with its texts in `language` from the overlay (or `path`); itself for English or no file.
    `transform`: applied to every text of the overlay (the layout tests' pseudo-translations).

    Raises LibraryError (nothing changed) when the overlay is malformed or does not fit the library."""
    overlay = _read(language, path)
    if overlay is None:
        return library
    if transform is not None:
        overlay.data = _mapped(overlay.data, transform)
    return overlay.apply(library)


def _mapped(value: Any, transform: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return transform(value)
    if isinstance(value, dict):
        return {k: v if k == "schema" else _mapped(v, transform) for k, v in value.items()}
    if isinstance(value, list):
        return [_mapped(v, transform) for v in value]
    return value


def figure_texts(language: str, path: str | Path | None = None) -> FigureTexts | None:
    """The figures' words in `language` (None: English, or no overlay); raises LibraryError."""
    overlay = _read(language, path)
    return None if overlay is None else overlay.figures()


def untranslated(library: Library, language: str, path: str | Path | None = None) -> list[str]:
    """Every text of the library the overlay leaves in English ("exercise 'x': field 'y'"); raises LibraryError."""
    overlay = _read(language, path)
    if overlay is not None:
        overlay.apply(library)  # checked whole first: raises LibraryError
    data = overlay.data if overlay is not None else {}
    missing = []

    def need(table: Any, key: str, english: Any, where: str, prefix: str = "") -> None:
        if english and not (isinstance(table, dict) and key in table):
            missing.append(f"{where}field '{prefix}{key}'")

    for key in CREDIT_TEXTS:
        need(data.get("credit"), key, getattr(library.credit, key), "", "credit.")
    for key in (*GUIDANCE_TEXTS, *GUIDANCE_LISTS):
        need(data.get("guidance"), key, getattr(library.guidance, key), "", "guidance.")
    groups = data.get("groups", {})
    for g in library.groups:
        for key in GROUP_TEXTS:
            need(groups.get(g.id), key, getattr(g, key), f"group '{g.id}': ")
    exercises = data.get("exercises", {})
    for e in library.builtin:
        table = exercises.get(e.id)
        where = f"exercise '{e.id}': "
        for key in (*EXERCISE_TEXTS, *EXERCISE_LISTS):
            need(table, key, _english_list(e, key) if key in EXERCISE_LISTS else getattr(e, key), where)
        dose = table.get("dose") if isinstance(table, dict) else None
        need(dose, "note", e.dose.note, where, "dose.")
        need(dose, "movements", _movement_names(e), where, "dose.")
    return missing


# ---------------------------------------------------------------- reading and checking


def _read(language: str, path: str | Path | None) -> _Overlay | None:
    if not language or language == SOURCE_LANGUAGE:
        return None
    file = Path(path) if path is not None else overlay_path(language)
    source = str(file)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OverlayError(source, f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise OverlayError(source, f"is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        kind, ident, field = _where_in_text(text, str(exc))
        raise OverlayError(source, f"is not valid TOML: {exc}", kind, ident, field) from exc
    overlay = _Overlay(source, data)
    overlay.check_top()
    return overlay


_LINE = re.compile(r"at line (\d+)")
_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*=")
_PART = re.compile(r'"([^"]*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')
_KINDS = {"exercises": "exercise", "groups": "group", "figures": "figure"}


def _where_in_text(text: str, message: str) -> tuple[str | None, str | None, str | None]:
    """(kind, id, field) of the table and key a TOML syntax error is in, from the line it names."""
    found = _LINE.search(message)
    if not found:
        return None, None, None
    header: list[str] = []
    key: list[str] = []
    for line in text.splitlines()[:int(found.group(1))]:
        if m := _HEADER.match(line):
            header = [a or b or c for a, b, c in _PART.findall(m.group(1))]
            key = []
        elif m := _KEY.match(line):
            key = [k.strip() for k in m.group(1).split(".")]
    if len(header) >= 2 and header[0] in _KINDS:
        return _KINDS[header[0]], header[1], ".".join(header[2:] + key) or None
    return None, None, ".".join(header + key) or None


def _english_list(e: Exercise, key: str) -> tuple[str, ...]:
    if key == "equipment":
        return tuple(q.text for q in e.equipment)
    if key == "progressions":
        return e.progressions
    return getattr(e, key)


def _movement_names(e: Exercise) -> tuple[str, ...]:
    """The movements' names when they have them (an exercise with one movement has none)."""
    names = tuple(m.name for m in e.dose.movements)
    return names if all(names) else ()


def _count(n: int, nouns: tuple[str, str]) -> str:
    return f"{n} {nouns[0] if n == 1 else nouns[1]}"


class _Overlay:
    def __init__(self, source: str, data: dict):
        self.source = source
        self.data = data

    def fail(self, message: str, kind: str | None = None, ident: str | None = None,
             field: str | None = None) -> OverlayError:
        return OverlayError(self.source, message, kind, ident, field)

    # ---------------------------------------------------------------- shape

    def check_top(self) -> None:
        for key in self.data:
            if key not in SECTIONS:
                raise self.fail(f"is not a part the overlay knows (known: {', '.join(SECTIONS)})", field=key)
        if "schema" not in self.data:
            raise self.fail(f"is missing (write schema = {SCHEMA} at the top)", field="schema")
        schema = self.data["schema"]
        if schema != SCHEMA or isinstance(schema, bool):
            raise self.fail(f"must be {SCHEMA}, the version this app reads, not {schema!r}", field="schema")

    def table(self, parent: dict, key: str, field: str, kind: str | None = None, ident: str | None = None) -> dict:
        value = parent.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(f"must be a table of texts, not {_what(value)}", kind, ident, field)
        return value

    def known(self, table: dict, keys, kind: str | None, ident: str | None, prefix: str = "") -> None:
        for key in table:
            if key not in keys:
                raise self.fail(f"is not a field the overlay knows here (known: {', '.join(keys)})",
                                kind, ident, prefix + key)

    def text(self, table: dict, key: str, english: str, kind: str | None, ident: str | None, field: str) -> str:
        if key not in table:
            return english
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {_what(value)}", kind, ident, field)
        if not value.strip():
            raise self.fail("must not be empty (leave the field out to show the English)", kind, ident, field)
        if not english:
            raise self.fail("has nothing to translate: the library has no text here", kind, ident, field)
        return value.strip()

    def texts(self, table: dict, key: str, english: tuple[str, ...], nouns: tuple[str, str], kind: str | None,
              ident: str | None, field: str) -> tuple[str, ...]:
        if key not in table:
            return english
        value = table[key]
        if not isinstance(value, list):
            raise self.fail(f"must be a list of texts, not {_what(value)}", kind, ident, field)
        if len(value) != len(english):
            raise self.fail(f"{_count(len(value), nouns)}, the library has {len(english)}.", kind, ident, field)
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(f"must be text, not {_what(item)}", kind, ident, f"{field}[{i + 1}]")
            if not item.strip():
                raise self.fail("must not be empty", kind, ident, f"{field}[{i + 1}]")
            out.append(item.strip())
        return tuple(out)

    # ---------------------------------------------------------------- the library

    def apply(self, library: Library) -> Library:
        credit = self.credit(library.credit)
        guidance = self.guidance(library.guidance)
        groups = self.groups(library.groups)
        raw = self.table(self.data, "exercises", "exercises")
        by_id = {e.id: e for e in library.builtin}
        for ex_id in raw:
            if ex_id not in by_id:
                why = " (your own exercises are not translated)" if library.get(ex_id) is not None else ""
                raise self.fail(f"is not in the library{why}", "exercise", ex_id)
        exercises = tuple(self.exercise(e, raw.get(e.id), groups) for e in library.builtin)
        self.check_figures(library)
        out = Library(tuple(groups.values()), exercises, guidance, credit, library.source)
        out.set_own(replace(e, group=groups.get(e.group.id, e.group)) for e in library.own)
        return out

    def credit(self, c: Credit) -> Credit:
        t = self.table(self.data, "credit", "credit")
        self.known(t, CREDIT_TEXTS, None, None, "credit.")
        return replace(c, **{k: self.text(t, k, getattr(c, k), None, None, f"credit.{k}") for k in CREDIT_TEXTS})

    def guidance(self, g: Guidance) -> Guidance:
        t = self.table(self.data, "guidance", "guidance")
        self.known(t, (*GUIDANCE_TEXTS, *GUIDANCE_LISTS), None, None, "guidance.")
        values: dict[str, Any] = {k: self.text(t, k, getattr(g, k), None, None, f"guidance.{k}")
                                  for k in GUIDANCE_TEXTS}
        for k, nouns in GUIDANCE_LISTS.items():
            values[k] = self.texts(t, k, getattr(g, k), nouns, None, None, f"guidance.{k}")
        return replace(g, **values)

    def groups(self, groups: tuple[Group, ...]) -> dict[str, Group]:
        raw = self.table(self.data, "groups", "groups")
        by_id = {g.id: g for g in groups}
        for gid in raw:
            if gid not in by_id:
                raise self.fail(f"is not in the library (its groups: {', '.join(by_id)})", "group", gid)
        out = {}
        for g in groups:
            t = self.table(raw, g.id, "", "group", g.id)
            self.known(t, GROUP_TEXTS, "group", g.id)
            out[g.id] = replace(g, **{k: self.text(t, k, getattr(g, k), "group", g.id, k) for k in GROUP_TEXTS})
        return out

    def exercise(self, e: Exercise, t: Any, groups: dict[str, Group]) -> Exercise:
        if t is None:
            return replace(e, group=groups[e.group.id])
        if not isinstance(t, dict):
            raise self.fail(f"must be a table of texts, not {_what(t)}", "exercise", e.id)
        self.known(t, (*EXERCISE_TEXTS, *EXERCISE_LISTS, "dose"), "exercise", e.id)
        values: dict[str, Any] = {k: self.text(t, k, getattr(e, k), "exercise", e.id, k) for k in EXERCISE_TEXTS}
        lists = {k: self.texts(t, k, _english_list(e, k), nouns, "exercise", e.id, k)
                 for k, nouns in EXERCISE_LISTS.items()}
        values["steps"] = lists["steps"]
        values["cautions"] = lists["cautions"]
        values["variants"] = tuple(replace(v, text=text) for v, text in zip(e.variants, lists["progressions"],
                                                                             strict=True))
        values["equipment"] = tuple(replace(q, text=text) for q, text in zip(e.equipment, lists["equipment"],
                                                                              strict=True))
        d = self.table(t, "dose", "dose", "exercise", e.id)
        self.known(d, DOSE_FIELDS, "exercise", e.id, "dose.")
        names = _movement_names(e)
        if "movements" in d and not names:
            raise self.fail("has nothing to translate: the exercise's one movement has no name",
                            "exercise", e.id, "dose.movements")
        names = self.texts(d, "movements", names, ("movement", "movements"), "exercise", e.id, "dose.movements")
        movements = tuple(replace(m, name=n) for m, n in zip(e.dose.movements, names, strict=True)) \
            if names else e.dose.movements
        dose = replace(e.dose, note=self.text(d, "note", e.dose.note, "exercise", e.id, "dose.note"),
                       movements=movements)
        return replace(e, group=groups[e.group.id], dose=dose, **values)

    # ---------------------------------------------------------------- the figures

    def figures(self) -> FigureTexts:
        raw = self.table(self.data, "figures", "figures")
        out = {}
        for name, t in raw.items():
            if not isinstance(t, dict):
                raise self.fail(f"must be a table of texts, not {_what(t)}", "figure", name)
            self.known(t, FIGURE_FIELDS, "figure", name)
            alt = self.text(t, "alt", "-", "figure", name, "alt") if "alt" in t else None
            labels = None
            if "labels" in t:
                count = len(t["labels"]) if isinstance(t["labels"], list) else 0
                labels = self.texts(t, "labels", ("-",) * count, ("label", "labels"), "figure", name, "labels")
                for i, label in enumerate(labels):
                    if len(label) > LABEL_MAX:
                        raise self.fail(f"is {len(label)} characters long: a label drawn beside the figure "
                                        f"takes at most {LABEL_MAX}", "figure", name, f"labels[{i + 1}]")
            out[name] = FigureText(alt, labels)
        return FigureTexts(self.source, out)

    def check_figures(self, library: Library) -> None:
        """The figures' part names exercises of the library and their movements (core/figure_data.py
        matches the rest, the labels and the {side} in each sentence, to the figures themselves)."""
        for name in self.figures().figures:
            ex_id, _, move = name.partition("/")
            e = library.get(ex_id)
            if e is None or e.own:
                raise self.fail("is not an exercise of the library (a figure is named '<exercise id>' or "
                                "'<exercise id>/<movement key>')", "figure", name)
            keys = [m.key for m in e.dose.movements]
            if move and move not in keys:
                raise self.fail(f"names no movement of '{ex_id}' (its movements: {', '.join(keys)})",
                                "figure", name)


def _what(value: Any) -> str:
    return f"{type(value).__name__} {value!r}"
