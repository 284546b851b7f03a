"""Loads and validates the exercise library from its TOML data file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from rehab_desktop.core.exercises import (
    EQUIPMENT_TAGS,
    OWN_PREFIX,
    Amount,
    Credit,
    Dose,
    Equipment,
    Exercise,
    Group,
    Guidance,
    Library,
    Movement,
    Side,
    Variant,
    WorkKind,
)
from rehab_desktop.core.i18n import translate
from rehab_desktop.shipped import shipped

DATA_FILE = "exercises.toml"
_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_AMOUNT_RE = re.compile(r"^\s*(?:(?P<upto>up to)\s+(?P<cap>\d+)"
                        r"|(?P<low>\d+)\s*(?:(?P<plus>\+)|[-\u2013]\s*(?P<high>\d+))?)\s*$")


class LibraryError(ValueError):
    """The data file is malformed; the message names the file, the exercise and the field."""

    def __init__(self, source: str, message: str, exercise_id: str | None = None, field: str | None = None):
        self.source = source
        self.exercise_id = exercise_id
        self.field = field
        where = [source]
        if exercise_id:
            where.append(translate("core.library", "exercise '{id}'").format(id=exercise_id))
        if field:
            where.append(translate("core.library", "field '{field}'", "a field of the library file").format(
                field=field))
        super().__init__(f"{': '.join(where)}: {message}")


def default_source() -> str:
    return str(shipped(DATA_FILE))


def load_library(path: str | Path | None = None) -> Library:
    """Read the shipped library (or `path`) and return it, or raise LibraryError."""
    if path is None:
        ref = shipped(DATA_FILE)
        source = default_source()
        try:
            raw = ref.read_bytes()
        except OSError as exc:
            raise LibraryError(source, _cannot_read(exc)) from exc
    else:
        source = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise LibraryError(source, _cannot_read(exc)) from exc
    return parse_library(raw, source)


def parse_library(raw: bytes, source: str) -> Library:
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise LibraryError(source, translate("core.library", "is not UTF-8 text ({reason} at byte {byte})").format(
            reason=exc.reason, byte=exc.start)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise LibraryError(source, translate("core.library", "is not valid TOML: {error}").format(error=exc)) from exc
    return _Parser(source).library(data)


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.ex_id: str | None = None

    def fail(self, field: str | None, message: str) -> LibraryError:
        return LibraryError(self.source, message, self.ex_id, field)

    def get(self, table: dict, key: str, kind: type | tuple, path: str, required: bool = True, default: Any = None):
        if key not in table:
            if required:
                raise self.fail(path, translate("core.library", "is missing"))
            return default
        value = table[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = [k.__name__ for k in ((kind,) if isinstance(kind, type) else kind)]
            wanted = names[0]
            for other in names[1:]:
                wanted = translate("core.library", "{kind} or {other}", "two kinds of value: str or int").format(
                    kind=wanted, other=other)
            # The kinds are Python's names: str, int, float, bool, list, dict.
            message = (translate("core.library", "must be an {kind}, not {found} {value}") if wanted[0] in "aeiou"
                       else translate("core.library", "must be a {kind}, not {found} {value}"))
            raise self.fail(path, message.format(kind=wanted, found=type(value).__name__, value=repr(value)))
        return value

    def text(self, table: dict, key: str, path: str, required: bool = True) -> str:
        value = self.get(table, key, str, path, required, "")
        if required and not value.strip():
            raise self.fail(path, translate("core.library", "must not be empty"))
        return value.strip()

    def texts(self, table: dict, key: str, path: str, required: bool = True) -> tuple[str, ...]:
        items = self.get(table, key, list, path, required, [])
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{path}[{i + 1}]", translate("core.library", "must be non-empty text"))
            out.append(item.strip())
        if required and not out:
            raise self.fail(path, translate("core.library", "must list at least one item"))
        return tuple(out)

    def emphases(self, table: dict, path: str) -> frozenset[str]:
        tags = self.texts(table, "emphasis", path, required=False)
        for tag in tags:
            if tag not in ("anterior", "posterior"):
                raise self.fail(path, translate(
                    "core.library", "must be 'anterior' or 'posterior', not '{tag}'").format(tag=tag))
        return frozenset(tags)

    def variants(self, e: dict) -> tuple[Variant, ...]:
        """`progressions`: each a text, or a table with `text` and the `emphasis` that variant suits."""
        out = []
        for i, item in enumerate(self.get(e, "progressions", list, "progressions", False, [])):
            p = f"progressions[{i + 1}]"
            if isinstance(item, dict):
                out.append(Variant(self.text(item, "text", f"{p}.text"), self.emphases(item, f"{p}.emphasis")))
            elif isinstance(item, str) and item.strip():
                out.append(Variant(item.strip()))
            else:
                raise self.fail(p, translate("core.library", "must be non-empty text or a table with 'text'"))
        return tuple(out)

    def library(self, data: dict) -> Library:
        groups_raw = self.get(data, "groups", list, "groups")
        groups: dict[str, Group] = {}
        for i, g in enumerate(groups_raw):
            p = f"groups[{i + 1}]"
            if not isinstance(g, dict):
                raise self.fail(p, translate("core.library", "must be a table"))
            gid = self.text(g, "id", f"{p}.id")
            if gid in groups:
                raise self.fail(f"{p}.id", translate("core.library", "repeats group id '{id}'").format(id=gid))
            groups[gid] = Group(gid, self.text(g, "name", f"{p}.name"), self.text(g, "description", f"{p}.description"))

        exercises = []
        seen: set[str] = set()
        for i, e in enumerate(self.get(data, "exercises", list, "exercises")):
            self.ex_id = None
            if not isinstance(e, dict):
                raise self.fail(f"exercises[{i + 1}]", translate("core.library", "must be a table"))
            ex_id = e.get("id")
            if not isinstance(ex_id, str) or not _ID_RE.match(ex_id):
                raise self.fail(f"exercises[{i + 1}].id", translate(
                    "core.library", "must be a lower-case id like 'sumo-squat', not {value}").format(value=repr(ex_id)))
            if ex_id in seen:
                raise self.fail(f"exercises[{i + 1}].id",
                                translate("core.library", "repeats exercise id '{id}'").format(id=ex_id))
            if ex_id.startswith(OWN_PREFIX):
                raise self.fail(f"exercises[{i + 1}].id", translate(
                    "core.library", "must not start with '{prefix}' (kept for your own exercises)").format(
                    prefix=OWN_PREFIX))
            seen.add(ex_id)
            self.ex_id = ex_id
            exercises.append(self.exercise(e, i + 1, groups))
        self.ex_id = None
        if not exercises:
            raise self.fail("exercises", translate("core.library", "must list at least one exercise"))

        c = self.get(data, "credit", dict, "credit")
        credit = Credit(
            title=self.text(c, "title", "credit.title"),
            author=self.text(c, "author", "credit.author"),
            date=self.date(c, "date", "credit.date"),
            publisher=self.text(c, "publisher", "credit.publisher", required=False),
            note=self.text(c, "note", "credit.note", required=False),
        )
        gd = self.get(data, "guidance", dict, "guidance")
        guidance = Guidance(
            disclaimer=self.text(gd, "disclaimer", "guidance.disclaimer"),
            avoid=self.text(gd, "avoid", "guidance.avoid"),
            stop=self.text(gd, "stop", "guidance.stop"),
            staging=self.text(gd, "staging", "guidance.staging"),
            benefits=self.texts(gd, "benefits", "guidance.benefits"),
            tolerate=self.text(gd, "tolerate", "guidance.tolerate"),
        )
        return Library(tuple(groups.values()), tuple(exercises), guidance, credit, self.source)

    def date(self, table: dict, key: str, path: str) -> str:
        from datetime import date

        value = table.get(key)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                pass
        raise self.fail(path, translate("core.library", "must be a date like 2021-03-01, not {value}").format(
            value=repr(value)))

    def exercise(self, e: dict, number: int, groups: dict[str, Group], own: bool = False) -> Exercise:
        """One exercise table. `own`: the user's own exercise, where only name, group, steps and
        dose are required (set-up, key line and cautions may be left out)."""
        group_id = self.text(e, "group", "group")
        if group_id not in groups:
            raise self.fail("group", translate("core.library", "names unknown group '{group}' (known: {known})").format(
                group=group_id, known=", ".join(groups)))
        steps = self.texts(e, "steps", "steps")
        dose = self.dose(self.get(e, "dose", dict, "dose"), len(steps))
        equipment = []
        for i, item in enumerate(self.get(e, "equipment", list, "equipment", required=False, default=[])):
            p = f"equipment[{i + 1}]"
            if not isinstance(item, dict):
                raise self.fail(p, translate("core.library", "must be a table with 'text'"))
            needs = tuple(self.texts(item, "needs", f"{p}.needs", required=False))
            for tag in needs:
                if tag not in EQUIPMENT_TAGS:
                    raise self.fail(f"{p}.needs", translate(
                        "core.library", "unknown equipment tag '{tag}' (known: {known})").format(
                        tag=tag, known=", ".join(EQUIPMENT_TAGS)))
            equipment.append(Equipment(self.text(item, "text", f"{p}.text"), needs,
                                       bool(self.get(item, "optional", bool, f"{p}.optional", False, False))))
        emphasis = self.emphases(e, "emphasis")
        return Exercise(
            id=self.ex_id,
            number=number,
            name=self.text(e, "name", "name"),
            group=groups[group_id],
            key_instruction=self.text(e, "key_instruction", "key_instruction", required=not own),
            purpose=self.text(e, "purpose", "purpose", required=False),
            setup=self.text(e, "setup", "setup", required=not own),
            steps=steps,
            dose=dose,
            equipment=tuple(equipment),
            cautions=self.texts(e, "cautions", "cautions", required=not own),
            variants=self.variants(e),
            emphasis=emphasis,
            emphasis_note=self.text(e, "emphasis_note", "emphasis_note", required=False),
            own=own,
            source_note=self.text(e, "source_note", "source_note", required=False) if own else "",
            based_on=self.text(e, "based_on", "based_on", required=False) if own else "",
        )

    def amount(self, table: dict, key: str, path: str, required: bool = True) -> Amount | None:
        if key not in table:
            if required:
                raise self.fail(path, translate("core.library", "is missing"))
            return None
        value, suggested = table[key], False
        if isinstance(value, dict):
            suggested = value.get("suggested", False)
            if not isinstance(suggested, bool):
                raise self.fail(f"{path}.suggested", translate("core.library", "must be true or false"))
            if "value" not in value:
                raise self.fail(f"{path}.value", translate("core.library", "is missing"))
            value = value["value"]
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        m = _AMOUNT_RE.match(value) if isinstance(value, str) else None
        if not m:
            raise self.fail(path, translate(
                "core.library", "must be a figure like 10, \"10-15\", \"30+\" or \"up to 10\", not {value}").format(
                value=repr(value)))
        if m["upto"]:
            cap = int(m["cap"])
            amount = Amount(1, cap, cap, suggested, up_to=True)
        else:
            low = int(m["low"])
            high = None if m["plus"] else int(m["high"] or low)
            if high is not None and high < low:
                raise self.fail(path, translate("core.library", "has its range the wrong way round ({value})").format(
                    value=repr(value)))
            amount = Amount(low, high, low, suggested)
        if amount.low <= 0:
            raise self.fail(path, translate("core.library", "must be at least 1, not {value}").format(
                value=repr(value)))
        return amount

    def dose(self, d: dict, step_count: int) -> Dose:
        side_raw = self.text(d, "side", "dose.side")
        try:
            side = Side(side_raw)
        except ValueError:
            choices = ", ".join(s.value for s in Side)
            raise self.fail("dose.side", translate("core.library", "must be one of {choices}, not '{side}'").format(
                choices=choices, side=side_raw)) from None
        movements = []
        raw_moves = self.get(d, "movements", list, "dose.movements")
        if not raw_moves:
            raise self.fail("dose.movements", translate("core.library", "must list at least one movement"))
        for i, mv in enumerate(raw_moves):
            p = f"dose.movements[{i + 1}]"
            if not isinstance(mv, dict):
                raise self.fail(p, translate("core.library", "must be a table"))
            kind_raw = self.text(mv, "kind", f"{p}.kind")
            try:
                kind = WorkKind(kind_raw)
            except ValueError:
                raise self.fail(f"{p}.kind", translate("core.library", "must be 'hold' or 'reps', not '{kind}'").format(
                    kind=kind_raw)) from None
            reps = self.amount(mv, "reps", f"{p}.reps", required=kind is WorkKind.REPS)
            hold = self.amount(mv, "hold", f"{p}.hold", required=kind is WorkKind.HOLD)
            if kind is WorkKind.HOLD and reps is not None:
                raise self.fail(f"{p}.reps", translate(
                    "core.library", "does not apply to a hold; use kind = \"reps\" with a hold per rep"))
            first = self.step_no(mv, "first_step", f"{p}.first_step", step_count, 1)
            last = self.step_no(mv, "last_step", f"{p}.last_step", step_count, step_count)
            work = self.step_no(mv, "work_step", f"{p}.work_step", step_count, last)
            if not first <= work <= last:
                raise self.fail(f"{p}.work_step", _between(first, last))
            move = self.step_no(mv, "move_step", f"{p}.move_step", step_count, work)
            back = self.step_no(mv, "return_step", f"{p}.return_step", step_count, last)
            for field, value in (("move_step", move), ("return_step", back)):
                if not first <= value <= last:
                    raise self.fail(f"{p}.{field}", _between(first, last))
            name = self.text(mv, "name", f"{p}.name", required=len(raw_moves) > 1)
            key = self.text(mv, "key", f"{p}.key", required=False) or (name.lower().replace(" ", "-") or "main")
            movements.append(Movement(key, name, kind, reps, hold, first, last, work, move, back))
        return Dose(
            sets=self.amount(d, "sets", "dose.sets"),
            side=side,
            movements=tuple(movements),
            note=self.text(d, "note", "dose.note", required=False),
            min_tempo_s=self.min_tempo(d),
        )

    def min_tempo(self, d: dict) -> int:
        value = self.get(d, "min_tempo", int, "dose.min_tempo", required=False, default=1)
        if isinstance(value, bool) or not 1 <= value <= 5:
            raise self.fail("dose.min_tempo", translate(
                "core.library", "must be a whole number of seconds from 1 to 5, not {value}").format(value=repr(value)))
        return value

    def step_no(self, table: dict, key: str, path: str, count: int, default: int) -> int:
        value = self.get(table, key, int, path, required=False, default=default)
        if not 1 <= value <= count:
            raise self.fail(path, translate(
                "core.library", "must be a step number from 1 to {count}, not {value}").format(
                count=count, value=value))
        return value


def _cannot_read(exc: OSError) -> str:
    return translate("core.library", "cannot be read ({reason})", "the reason is the system's").format(
        reason=exc.strerror or exc)


def _between(first: int, last: int) -> str:
    # first_step and last_step are the file's field names: kept as they are.
    return translate("core.library", "must lie between first_step {first} and last_step {last}").format(
        first=first, last=last)
