"""The user's own exercises as data: one plain dict per exercise, the same shape as an exercise in
the library file (`resources/exercises.toml`), checked as strictly, with every problem named by
its field ("dose.movements[1].reps: ...").

The same dict is what the store keeps (as JSON) and what a program file carries, so an own
exercise written by the app, read back from the store or brought in from a therapist's file goes
through one reader and one writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rehab_desktop.core.exercises import (
    OWN_PREFIX,
    SAFETY_LIMITS,
    Amount,
    Exercise,
    Group,
    Movement,
    WorkKind,
)
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.library import _Parser

# Sides an own exercise offers, in the words the editor shows (every Side is accepted when read);
# the editor shows each with translate("core.own_exercises", label).
OWN_SIDES = (("each", QT_TRANSLATE_NOOP("core.own_exercises", "Each leg in turn")),
             ("affected", QT_TRANSLATE_NOOP("core.own_exercises", "One leg (the affected side)")),
             ("both", QT_TRANSLATE_NOOP("core.own_exercises", "Both legs together")))
MAX_NAME = 80
MAX_TEXT = 600  # one step, caution, set-up line or source line
MAX_ITEMS = 20  # steps, cautions, equipment items or progressions
_ID_RE = re.compile(r"^own-[a-z0-9]+(-[a-z0-9]+)*$")
_FIELDS = {"id", "name", "group", "key_instruction", "purpose", "setup", "steps", "cautions", "equipment",
           "progressions", "dose", "source_note", "based_on", "emphasis", "emphasis_note"}


class OwnExerciseError(ValueError):
    """An own exercise's data is not usable; `field` is where (a dotted path), `reason` what is wrong."""

    def __init__(self, field: str, reason: str):
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}" if field else reason)


class _OwnParser(_Parser):
    def __init__(self, prefix: str):
        super().__init__("")
        self.prefix = prefix

    def fail(self, field: str | None, message: str) -> OwnExerciseError:
        path = ".".join(p for p in (self.prefix, field or "") if p)
        return OwnExerciseError(path, message)


def exercise_from_dict(data: Any, groups: Iterable[Group], where: str = "") -> Exercise:
    """Read one own exercise; raises OwnExerciseError naming `where` + the field."""
    parser = _OwnParser(where)
    if not isinstance(data, dict):
        raise parser.fail(None, translate("core.own_exercises", "must be an object, not {found}").format(
            found=type(data).__name__))
    unknown = sorted(set(data) - _FIELDS)
    if unknown:
        raise parser.fail(unknown[0], translate("core.own_exercises", "is not a field of an exercise"))
    ex_id = data.get("id")
    if not isinstance(ex_id, str) or not _ID_RE.match(ex_id) or len(ex_id) > 64:
        raise parser.fail("id", translate("core.own_exercises", "must be an id like 'own-heel-walks' (lower case, "
                                                                "starting '{prefix}'), not {value}").format(
            prefix=OWN_PREFIX, value=_shown(ex_id)))
    parser.ex_id = ex_id
    by_id = {g.id: g for g in groups}
    exercise = parser.exercise(data, 0, by_id, own=True)
    _check_sizes(parser, exercise)
    return exercise


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """The dict `exercise_from_dict` reads back to an equal exercise (fields with no value left out)."""
    d: dict[str, Any] = {"id": exercise.id, "name": exercise.name, "group": exercise.group.id}
    for key in ("key_instruction", "purpose", "setup"):
        if getattr(exercise, key):
            d[key] = getattr(exercise, key)
    d["steps"] = list(exercise.steps)
    if exercise.cautions:
        d["cautions"] = list(exercise.cautions)
    if exercise.equipment:
        d["equipment"] = [{"text": e.text, **({"needs": list(e.needs)} if e.needs else {}),
                           **({"optional": True} if e.optional else {})} for e in exercise.equipment]
    if exercise.variants:
        d["progressions"] = [v.text if not v.emphasis else {"text": v.text, "emphasis": sorted(v.emphasis)}
                             for v in exercise.variants]
    if exercise.emphasis:
        d["emphasis"] = sorted(exercise.emphasis)
    if exercise.emphasis_note:
        d["emphasis_note"] = exercise.emphasis_note
    dose = exercise.dose
    dd: dict[str, Any] = {"sets": amount_text(dose.sets), "side": dose.side.value,
                          "movements": [_movement(m, len(dose.movements)) for m in dose.movements]}
    if dose.note:
        dd["note"] = dose.note
    if dose.min_tempo_s != 1:
        dd["min_tempo"] = dose.min_tempo_s
    d["dose"] = dd
    if exercise.source_note:
        d["source_note"] = exercise.source_note
    if exercise.based_on:
        d["based_on"] = exercise.based_on
    return d


def amount_text(amount: Amount) -> Any:
    """An Amount in the library file's words: 10, "10-15", "30+" or "up to 10" (a table when suggested)."""
    if amount.up_to:
        value: Any = f"up to {amount.high}"
    elif amount.high is None:
        value = f"{amount.low}+"
    elif amount.high == amount.low:
        value = amount.low
    else:
        value = f"{amount.low}-{amount.high}"
    return {"value": value, "suggested": True} if amount.suggested else value


def _movement(m: Movement, count: int) -> dict[str, Any]:
    d: dict[str, Any] = {"kind": m.kind.value}
    if count > 1 or m.name:
        d["name"] = m.name
        d["key"] = m.key
    if m.reps is not None:
        d["reps"] = amount_text(m.reps)
    if m.hold is not None:
        d["hold"] = amount_text(m.hold)
    d.update(first_step=m.first_step, last_step=m.last_step, work_step=m.work_step)
    if m.move_step and m.move_step != m.work_step:
        d["move_step"] = m.move_step
    if m.return_step and m.return_step != m.last_step:
        d["return_step"] = m.return_step
    return d


def new_id(name: str, taken: Iterable[str]) -> str:
    """A stable id for a new own exercise from its name: 'own-heel-walks', or 'own-heel-walks-2'."""
    import unicodedata  # only when an exercise of one's own is saved: not at every start

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = "-".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))[:40].strip("-") or "exercise"
    taken = set(taken)
    base = f"{OWN_PREFIX}{slug}"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def copy_of(exercise: Exercise, taken: Iterable[str]) -> dict[str, Any]:
    """A built-in (or own) exercise as a new own exercise's data, named '... (my copy)'."""
    d = exercise_to_dict(exercise)
    d["name"] = translate("core.own_exercises", "{name} (my copy)", "the name of a copied exercise").format(
        name=exercise.name)[:MAX_NAME]
    d["id"] = new_id(d["name"], taken)
    d["based_on"] = exercise.based_on or exercise.id
    d.pop("source_note", None)
    return d


def _check_sizes(parser: _OwnParser, ex: Exercise) -> None:
    if len(ex.name) > MAX_NAME:
        raise parser.fail("name", _too_long(len(ex.name), MAX_NAME))
    for key in ("steps", "cautions", "equipment", "variants"):
        items = getattr(ex, key)
        label = "progressions" if key == "variants" else key
        if len(items) > MAX_ITEMS:
            raise parser.fail(label, translate("core.own_exercises", "lists {count} items; at most {most}").format(
                count=len(items), most=MAX_ITEMS))
        for i, item in enumerate(items, start=1):
            text = item if isinstance(item, str) else item.text
            if len(text) > MAX_TEXT:
                raise parser.fail(f"{label}[{i}]", _too_long(len(text), MAX_TEXT))
    for key in ("setup", "key_instruction", "purpose", "source_note", "emphasis_note"):
        if len(getattr(ex, key)) > MAX_TEXT:
            raise parser.fail(key, _too_long(len(getattr(ex, key)), MAX_TEXT))
    if len(ex.dose.movements) > 2:
        raise parser.fail("dose.movements", translate(
            "core.own_exercises", "lists {count} movements; at most 2").format(count=len(ex.dose.movements)))
    _within(parser, "dose.sets", ex.dose.sets, SAFETY_LIMITS["sets"], "sets")
    for i, m in enumerate(ex.dose.movements, start=1):
        p = f"dose.movements[{i}]"
        if m.reps is not None:
            _within(parser, f"{p}.reps", m.reps, SAFETY_LIMITS["reps"], "reps")
        if m.hold is not None:
            _within(parser, f"{p}.hold", m.hold, SAFETY_LIMITS["hold_s"], "seconds")
        if m.kind is WorkKind.REPS and m.reps is None:
            raise parser.fail(f"{p}.reps", translate("core.own_exercises", "is missing"))


def _too_long(length: int, most: int) -> str:
    return translate("core.own_exercises", "is {length} characters long; at most {most}").format(
        length=length, most=most)


def _within(parser: _OwnParser, path: str, amount: Amount, limit: int, unit: str) -> None:
    if amount.max_choice <= limit:
        return
    if unit == "sets":
        text = translate("core.own_exercises", "{amount} sets is above {limit}, the most the app allows")
    elif unit == "reps":
        text = translate("core.own_exercises", "{amount} reps is above {limit}, the most the app allows")
    else:
        text = translate("core.own_exercises", "{amount} seconds is above {limit}, the most the app allows")
    raise parser.fail(path, text.format(amount=amount.max_choice, limit=limit))


def _shown(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else f"'{value[:40]}'"
