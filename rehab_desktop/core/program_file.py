"""The program file (Qt-free): the weekly plan with its doses, the own exercises it uses and who
prescribed it, as one versioned JSON file a therapist's tool can write (docs/program-format.md).

Reading is strict and every problem is named by its field (`days.tuesday[2].dose.sets: 40 is
above 10`), so a bad file is refused whole before anything is written. Names and notes are kept
as plain text: nothing here interprets markup. Writing is deterministic (fixed key order, days
Monday first, own exercises by id, two-space indent, UTF-8 kept as is, a final newline), so a file
read into a fresh store and exported again with the same `exported_at` gives the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import Any

from rehab_desktop.core.exercises import SAFETY_LIMITS, Amount, Exercise, Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate
from rehab_desktop.core.own_exercises import OwnExerciseError, exercise_from_dict, exercise_to_dict
from rehab_desktop.core.plan import EMPHASES, WEEKDAYS, WeekPlan, default_name, dose_amounts
from rehab_desktop.core.plan_versions import plan_changes
from rehab_desktop.core.records import Prescription

FORMAT = "rehab-desktop-program"
VERSION = 1
MAX_BYTES = 2 * 1024 * 1024  # a real program is a few kB; a bigger file is refused before it is read
MAX_NAME = 80
MAX_NOTES = 2000
MAX_RESISTANCE = 80
MAX_PER_DAY = 30
MAX_WEIGHT_KG = 200.0
DAY_KEYS = tuple(d.lower() for d in WEEKDAYS)  # the file's keys: never translated
_TOP = ("format", "version", "name", "notes", "prescribed_by", "prescribed_on", "exported_at", "emphasis",
        "program", "exercises", "days")
_ENTRY = ("exercise", "dose")
_DOSE = ("sets", "reps", "hold_s", "resistance", "weight_kg", "prescribed", "prescribed_by")
_FIGURES = {"sets": "sets", "reps": "reps", "hold_s": "hold_s"}


class ProgramError(ValueError):
    """A program file that cannot be used: `field` is where (a dotted path, '' for the whole file)."""

    def __init__(self, field: str, reason: str):
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}" if field else reason)


@dataclass(frozen=True)
class Program:
    """A program file's content, checked: the plan (without a start date) and the own exercises it carries."""

    plan: WeekPlan
    exercises: tuple[Exercise, ...] = ()
    exported_at: str | None = None

    @property
    def prescribed_by(self) -> str:
        return self.plan.prescribed_by

    @property
    def prescribed_on(self) -> date | None:
        return self.plan.prescribed_on


# --- writing ------------------------------------------------------------------------------------

def exported_stamp(moment: datetime) -> str:
    """'2026-05-11T09:30:00Z': a UTC moment to the second, as `exported_at` is written."""
    from datetime import UTC

    return moment.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def program_dict(plan: WeekPlan, library: Library, exported_at: str | None) -> dict[str, Any]:
    """The file's content as a dict in its fixed key order.

    Doses are written as the timer runs them (`WeekPlan.with_doses`: each one in its exercise's
    ranges, or within the safety limits when prescribed), so every file written here reads back.
    """
    plan = plan.with_doses(library)
    own: dict[str, Exercise] = {}
    days: dict[str, list[dict[str, Any]]] = {}
    for wd, key in enumerate(DAY_KEYS):
        out = []
        for i, p in enumerate(plan.days[wd], start=1):
            ex = library.get(p.exercise_id)
            if ex is None:
                raise ProgramError(f"days.{key}[{i}].exercise", translate(
                    "core.program_file", "'{id}' is not in the exercise library").format(id=p.exercise_id))
            if ex.own:
                own[ex.id] = ex
            out.append({"exercise": p.exercise_id, "dose": {
                "sets": p.sets, "reps": p.reps, "hold_s": p.hold_s, "resistance": p.resistance,
                "weight_kg": p.weight_kg, "prescribed": p.prescribed, "prescribed_by": p.prescribed_by}})
        days[key] = out
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": plan.name,
        "notes": plan.notes,
        "prescribed_by": plan.prescribed_by,
        "prescribed_on": None if plan.prescribed_on is None else plan.prescribed_on.isoformat(),
        "exported_at": exported_at,
        "emphasis": plan.emphasis,
        "program": plan.program,
        "exercises": [exercise_to_dict(own[i]) for i in sorted(own)],
        "days": days,
    }


def program_to_text(plan: WeekPlan, library: Library, exported_at: str | None) -> str:
    """The program file's text (write it as UTF-8); `exported_at` as `exported_stamp` gives it, or None."""
    return json.dumps(program_dict(plan, library, exported_at), ensure_ascii=False, indent=2) + "\n"


# --- reading ------------------------------------------------------------------------------------

def check_size(size: int) -> None:
    """Refuse a file by its size alone, before reading it."""
    if size > MAX_BYTES:
        raise ProgramError("", translate("core.program_file", "the file is {size}; a program file may be at most "
                                         "{limit}", "{size}, {limit}: '3.5 MB'").format(size=_size(size),
                                                                                    limit=_size(MAX_BYTES)))


def read_program(raw: bytes, library: Library, source: str = "") -> Program:
    """Check a program file's bytes against the library (built-in exercises and its groups).

    Raises ProgramError naming the field. `source` (the file's name) is kept as the plan's `source`.
    """
    check_size(len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProgramError("", translate("core.program_file", "is not UTF-8 text (byte {position} cannot be read)",
                                         "said of the file").format(position=exc.start + 1)) from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise ProgramError("", translate("core.program_file", "is not usable JSON: the key '{key}' appears twice in "
                                         "one object", "said of the file").format(key=exc.key)) from None
    except json.JSONDecodeError as exc:
        raise ProgramError("", translate("core.program_file", "is not valid JSON: {error} at line {line}, column "
                                         "{column}", "said of the file; {error}: the JSON reader's words, in "
                                         "English").format(error=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise ProgramError("", translate("core.program_file", "is not usable JSON: it is nested too deeply",
                                         "said of the file")) from None
    if not isinstance(data, dict):
        raise ProgramError("", translate("core.program_file", "must be a JSON object with \"format\": \"{format}\", "
                                         "not {kind}", "said of the file; {kind}: 'a list', 'text'...").format(
            format=FORMAT, kind=_kind(data)))
    fmt = data.get("format")
    if fmt != FORMAT:
        if "format" not in data:
            why = translate("core.program_file", "is missing, so this is not a rehab-desktop program file "
                                                 "(expected \"{format}\")", "said of the field \"format\"")
        else:
            why = translate("core.program_file", "is {value}, so this is not a rehab-desktop program file "
                                                 "(expected \"{format}\")", "said of the field \"format\"")
        raise ProgramError("format", why.format(value=_shown(fmt), format=FORMAT))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ProgramError("version", translate("core.program_file", "{version} is newer than this app reads (up "
                                                "to {supported}); update rehab-desktop to import it").format(
            version=version, supported=VERSION))
    if version != VERSION or isinstance(version, bool):
        raise ProgramError("version", _missing() if "version" not in data else translate(
            "core.program_file", "must be {supported}, not {value}", "said of the file's version").format(
            supported=VERSION, value=_shown(version)))
    _no_unknown(data, _TOP, "", translate("core.program_file", "is not a field of a program file (known: {known})",
                                          "{known}: the file's field names"))

    name = _text(data, "name", "name", MAX_NAME, one_line=True) or default_name()
    notes = _text(data, "notes", "notes", MAX_NOTES)
    prescribed_by = _text(data, "prescribed_by", "prescribed_by", MAX_NAME, one_line=True)
    prescribed_on = _date(data.get("prescribed_on"), "prescribed_on")
    exported_at = data.get("exported_at")
    if exported_at is not None and (not isinstance(exported_at, str) or len(exported_at) > 40):
        raise ProgramError("exported_at", translate("core.program_file", "must be a date and time like "
                                                    "\"2026-05-11T09:30:00Z\" or null, not {value}").format(
            value=_shown(exported_at)))
    emphasis = _text(data, "emphasis", "emphasis", 20)
    if emphasis not in ("", *EMPHASES):
        raise ProgramError("emphasis", translate("core.program_file", "must be \"\", \"anterior\" or \"posterior\", "
                                                 "not {value}").format(value=_shown(emphasis)))
    program = _text(data, "program", "program", MAX_NAME, one_line=True)

    own = _own_exercises(data.get("exercises", []), library)
    known = {e.id: e for e in library.builtin} | {e.id: e for e in own}
    days = _days(data.get("days"), known)
    plan = WeekPlan(name=name, notes=notes, program=program, emphasis=emphasis, days=days,
                    prescribed_by=prescribed_by, prescribed_on=prescribed_on,
                    source=PurePath(source).name if source and source != "-" else "")
    return Program(plan, tuple(own), exported_at)


def _own_exercises(raw: Any, library: Library) -> list[Exercise]:
    if not isinstance(raw, list):
        raise ProgramError("exercises", translate("core.program_file", "must be a list of your own exercises, not "
                                                  "{kind}", "{kind}: 'an object', 'text'...").format(kind=_kind(raw)))
    out: list[Exercise] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw, start=1):
        where = f"exercises[{i}]"
        try:
            ex = exercise_from_dict(item, library.groups, where=where)
        except OwnExerciseError as exc:
            raise ProgramError(exc.field, exc.reason) from None
        if ex.id in seen:
            raise ProgramError(f"{where}.id", translate("core.program_file", "'{id}' is listed twice (also "
                                                        "exercises[{index}])").format(id=ex.id, index=seen[ex.id]))
        seen[ex.id] = i
        out.append(ex)
    return out


def _days(raw: Any, known: dict[str, Exercise]) -> list[list[Prescription]]:
    if raw is None:
        raise ProgramError("days", _missing())
    if not isinstance(raw, dict):
        raise ProgramError("days", translate("core.program_file", "must be an object with a list for each day "
                                                                  "(monday to sunday), not {kind}",
                                             "the day names are the file's keys: keep them in English").format(
            kind=_kind(raw)))
    for key in raw:
        if key not in DAY_KEYS:
            raise ProgramError(f"days.{key}", translate("core.program_file", "is not a day of the week (monday, "
                                                                             "tuesday, ... sunday, in lower case)",
                                                        "the day names are the file's keys: keep them in English"))
    days: list[list[Prescription]] = []
    for key in DAY_KEYS:
        entries = raw.get(key, [])
        path = f"days.{key}"
        if not isinstance(entries, list):
            raise ProgramError(path, translate("core.program_file", "must be a list of exercises, not {kind}").format(
                kind=_kind(entries)))
        if len(entries) > MAX_PER_DAY:
            count = len(entries)
            raise ProgramError(path, translate("core.program_file", "lists %n exercises; at most {limit}", None,
                                               count).format(limit=MAX_PER_DAY))
        day: list[Prescription] = []
        where_first: dict[str, int] = {}
        for i, entry in enumerate(entries, start=1):
            p = f"{path}[{i}]"
            if not isinstance(entry, dict):
                raise ProgramError(p, translate("core.program_file", "must be an object with \"exercise\" and "
                                                                     "\"dose\", not {kind}").format(kind=_kind(entry)))
            _no_unknown(entry, _ENTRY, p, translate("core.program_file", "is not a field of a day's entry (known: "
                                                                         "{known})", "{known}: the file's field names"))
            ex_id = entry.get("exercise")
            if not isinstance(ex_id, str):
                raise ProgramError(f"{p}.exercise", _missing() if "exercise" not in entry else translate(
                    "core.program_file", "must be an exercise id, not {value}").format(value=_shown(ex_id)))
            ex = known.get(ex_id)
            if ex is None:
                why = (translate("core.program_file", "'{id}' is an own exercise that is not in the file's "
                                                      "\"exercises\"") if ex_id.startswith("own-")
                       else translate("core.program_file", "'{id}' is not an exercise this app knows (see "
                                                           "'rehab-desktop exercises')"))
                raise ProgramError(f"{p}.exercise", why.format(id=ex_id[:64]))
            if ex_id in where_first:
                raise ProgramError(f"{p}.exercise", translate(
                    "core.program_file", "'{id}' is already on {day} ({where}); a day lists each exercise once",
                    "{day}: the file's key for the day, 'monday'; {where}: 'days.monday[1]'").format(
                    id=ex_id, day=key, where=f"{path}[{where_first[ex_id]}]"))
            where_first[ex_id] = i
            day.append(_dose(entry.get("dose"), ex, f"{p}.dose"))
        days.append(day)
    return days


def _dose(raw: Any, ex: Exercise, path: str) -> Prescription:
    if raw is None:
        raise ProgramError(path, _missing())
    if not isinstance(raw, dict):
        raise ProgramError(path, translate("core.program_file", "must be an object with \"sets\" and the exercise's "
                                                                "reps or hold, not {kind}").format(kind=_kind(raw)))
    _no_unknown(raw, _DOSE, path, translate("core.program_file", "is not a field of a dose (known: {known})",
                                            "{known}: the file's field names"))
    prescribed = raw.get("prescribed", False)
    if not isinstance(prescribed, bool):
        raise ProgramError(f"{path}.prescribed", translate("core.program_file", "must be true or false, not "
                                                                                "{value}").format(value=_shown(prescribed)))
    sets_range, reps_range, hold_range = dose_amounts(ex)
    figures: dict[str, int | None] = {}
    for key, amount in (("sets", sets_range), ("reps", reps_range), ("hold_s", hold_range)):
        figures[key] = _figure(raw, key, amount, ex, prescribed, path)
    resistance = _text(raw, "resistance", f"{path}.resistance", MAX_RESISTANCE, one_line=True).strip()
    weight = raw.get("weight_kg")
    if weight is not None:
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise ProgramError(f"{path}.weight_kg", translate("core.program_file", "must be a number of kilograms or "
                                                                                   "null, not {value}").format(
                value=_shown(weight)))
        if not 0 <= weight <= MAX_WEIGHT_KG:
            raise ProgramError(f"{path}.weight_kg", translate("core.program_file", "{value} is outside "
                                                                                   "0\u2013{limit} kg").format(
                value=formats().decimal(weight, places=3), limit=formats().decimal(MAX_WEIGHT_KG, places=3)))
        weight = float(weight)
    by = _text(raw, "prescribed_by", f"{path}.prescribed_by", MAX_NAME, one_line=True).strip()
    if by and not prescribed:
        raise ProgramError(f"{path}.prescribed_by", translate("core.program_file", "names who prescribed the dose, "
                                                                                   "but \"prescribed\" is false; set "
                                                                                   "\"prescribed\": true"))
    return Prescription(ex.id, figures["sets"] or 1, figures["reps"], figures["hold_s"], resistance, weight,
                        prescribed, by)


def _figure(raw: dict, key: str, amount: Amount | None, ex: Exercise, prescribed: bool, path: str) -> int | None:
    field = f"{path}.{key}"
    value = raw.get(key)
    if amount is None:
        if value is not None:
            why = (translate("core.program_file", "must be null: {exercise} ({id}) has no repetitions")
                   if key == "reps" else translate("core.program_file", "must be null: {exercise} ({id}) has no hold"))
            raise ProgramError(field, why.format(exercise=ex.name, id=ex.id))
        return None
    if value is None:
        raise ProgramError(field, _missing() if key not in raw else translate(
            "core.program_file", "must be a whole number for {exercise}, not null").format(exercise=ex.name))
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProgramError(field, translate("core.program_file", "must be a whole number, not {value}").format(
            value=_shown(value)))
    limit = SAFETY_LIMITS[_FIGURES[key]]
    if value < 1:
        raise ProgramError(field, translate("core.program_file", "{value} is below 1").format(value=value))
    if value > limit:
        raise ProgramError(field, translate("core.program_file", "{value} is above {limit}").format(
            value=value, limit=limit))
    if not prescribed and amount.clamp(value) != value:
        raise ProgramError(field, translate("core.program_file", "{value} lies outside {exercise}'s range "
                                                                 "{low}\u2013{high}; if a therapist prescribed it, "
                                                                 "mark the dose \"prescribed\": true").format(
            value=value, exercise=ex.name, low=amount.low, high=amount.max_choice))
    return value


# --- the preview --------------------------------------------------------------------------------

class _Names:
    """The library as seen with the file's own exercises in it, for naming exercises."""

    def __init__(self, program: Program, library: Library):
        self._own = {e.id: e for e in program.exercises}
        self._library = library

    def get(self, ex_id: str) -> Exercise | None:
        return self._own.get(ex_id) or self._library.get(ex_id)


def own_changes(program: Program, library: Library) -> list[tuple[Exercise, str]]:
    """The file's own exercises that change the user's: (exercise, 'added' | 'changed' | 'shown')."""
    out = []
    for ex in program.exercises:
        mine = next((e for e in library.own if e.id == ex.id), None)
        if mine is None:
            out.append((ex, "added"))
        elif exercise_to_dict(mine) != exercise_to_dict(ex):
            out.append((ex, "changed"))
        elif mine.hidden:
            out.append((ex, "shown"))
    return out


def program_changes(program: Program, current_plan: WeekPlan | None, library: Library,
                    starts_on: date | None = None, replaces: tuple[WeekPlan, ...] | list[WeekPlan] = ()) -> list[str]:
    """What importing `program` does, one line each, for the preview: the new plan (from when, by whom),
    what changes against `current_plan` (the plan otherwise in force then), own exercises added or
    changed, and any plan still to come that it replaces. Nothing is written here."""
    plan = program.plan
    if starts_on:
        head = translate("core.program_file", "new plan \u201c{name}\u201d from {day}", "{day}: '2026-05-11'").format(
            name=plan.name, day=starts_on.isoformat())
    else:
        head = translate("core.program_file", "new plan \u201c{name}\u201d").format(name=plan.name)
    by, on = plan.prescribed_by, plan.prescribed_on.isoformat() if plan.prescribed_on else ""
    if by and on:
        head += translate("core.program_file", ", prescribed by {therapist} on {day}",
                          "follows 'new plan \u201c...\u201d'; {therapist}: a name; {day}: '2026-05-11'").format(
            therapist=by, day=on)
    elif by:
        head += translate("core.program_file", ", prescribed by {therapist}", "follows 'new plan \u201c...\u201d'; "
                          "{therapist}: a name").format(therapist=by)
    elif on:
        head += translate("core.program_file", ", prescribed on {day}", "follows 'new plan \u201c...\u201d'; {day}: "
                          "'2026-05-11'").format(day=on)
    lines = [head]
    lines += plan_changes(current_plan, plan, _Names(program, library))  # type: ignore[arg-type]
    for ex, what in own_changes(program, library):
        if what == "added":
            line = translate("core.program_file", "exercise added to your own: {exercise}")
        elif what == "changed":
            line = translate("core.program_file", "changes your own exercise {exercise} ({id}): the file's version "
                                                  "replaces yours")
        else:
            line = translate("core.program_file", "your own exercise {exercise} is shown in the list again")
        lines.append(line.format(exercise=ex.name, id=ex.id))
    for old in replaces:
        lines.append(translate("core.program_file", "replaces the plan \u201c{name}\u201d from {day}",
                               "{day}: '2026-05-11'").format(name=old.name, day=old.starts_on)
                     if old.starts_on else
                     translate("core.program_file", "replaces the plan \u201c{name}\u201d").format(name=old.name))
    return lines


# --- helpers ------------------------------------------------------------------------------------

class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key[:40])
        out[key] = value
    return out


def _missing() -> str:
    return translate("core.program_file", "is missing", "said of a field of the file")


def _no_unknown(data: dict, allowed: tuple[str, ...], path: str, reason: str) -> None:
    """`reason`: 'is not a field of ... (known: {known})', translated."""
    unknown = [k for k in data if k not in allowed]
    if unknown:
        field = f"{path}.{unknown[0]}" if path else unknown[0]
        raise ProgramError(field[:120], reason.format(known=", ".join(allowed)))


def _text(data: dict, key: str, path: str, limit: int, default: str = "", one_line: bool = False) -> str:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ProgramError(path, translate("core.program_file", "must be text, not {value}").format(
            value=_shown(value)))
    if len(value) > limit:
        length = len(value)
        raise ProgramError(path, translate("core.program_file", "is %n characters long; at most {limit}", None,
                                           length).format(limit=limit))
    bad = next((c for c in value if (ord(c) < 32 and c not in ("\n", "\t")) or (one_line and c in "\n\t")), None)
    if bad is not None:
        why = (translate("core.program_file", "contains a control character ({code}); it must be one line",
                         "{code}: 'U+000A'") if bad in "\n\t" else
               translate("core.program_file", "contains a control character ({code})", "{code}: 'U+0007'"))
        raise ProgramError(path, why.format(code=f"U+{ord(bad):04X}"))
    return value


def _date(value: Any, path: str) -> date | None:
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ProgramError(path, translate("core.program_file", "must be a date like \"2026-05-11\" or null, not "
                                                            "{value}").format(value=_shown(value)))


_KINDS = {  # what a JSON value is, as the messages say after 'not'
    dict: QT_TRANSLATE_NOOP("core.program_file", "an object"), list: QT_TRANSLATE_NOOP("core.program_file", "a list"),
    str: QT_TRANSLATE_NOOP("core.program_file", "text"), bool: QT_TRANSLATE_NOOP("core.program_file", "true or false"),
    int: QT_TRANSLATE_NOOP("core.program_file", "a number"), float: QT_TRANSLATE_NOOP("core.program_file", "a number"),
    type(None): "null",
}


def _kind(value: Any) -> str:
    kind = _KINDS.get(type(value))
    return type(value).__name__ if kind is None else translate("core.program_file", kind)


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value[:40] + ("\u2026" if len(value) > 40 else ""), ensure_ascii=False)
    if isinstance(value, dict | list):
        return _kind(value)
    return json.dumps(value)


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{formats().decimal(n / (1024 * 1024), places=1)} MB"
    return translate("core.program_file", "%n bytes", None, n)
