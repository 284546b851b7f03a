"""The exercise library's domain model: exercises, their doses, groups and program guidance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, formats, translate


class Side(StrEnum):
    """How an exercise's sets are spread over the legs."""

    EACH = "each"  # every set on one leg, then every set on the other
    EACH_PER_SET = "each-per-set"  # within each set: one leg, then the other
    ALTERNATING = "alternating"  # the leading foot alternates rep by rep, N reps on each side
    BOTH = "both"  # both legs work together
    AFFECTED = "affected"  # only the affected (injured) side
    SWITCH_EACH_SET = "switch-each-set"  # the sets in all, not per leg; the other foot works each new set

    @property
    def label(self) -> str:
        return translate("core.exercises", _SIDE_LABELS[self])


_SIDE_LABELS = {
    Side.EACH: QT_TRANSLATE_NOOP("core.exercises", "each leg"),
    Side.EACH_PER_SET: QT_TRANSLATE_NOOP("core.exercises", "each leg"),
    Side.ALTERNATING: QT_TRANSLATE_NOOP("core.exercises", "alternating legs"),
    Side.BOTH: QT_TRANSLATE_NOOP("core.exercises", "both feet together"),
    Side.AFFECTED: QT_TRANSLATE_NOOP("core.exercises", "affected side"),
    Side.SWITCH_EACH_SET: QT_TRANSLATE_NOOP("core.exercises", "the pad under the other foot each set"),
}


# The most any dose may be, prescribed or not: no hold longer than 5 minutes, no more than 10 sets,
# no more than 50 reps. A therapist's prescription may leave the article's ranges, never these.
SAFETY_LIMITS = {"sets": 10, "reps": 50, "hold_s": 300}

LONG_HOLD_S = 5  # a per-rep hold this long reads as "hold N s, M times" rather than "M reps"


class WorkKind(StrEnum):
    """Whether a movement is a timed hold or a number of repetitions."""

    HOLD = "hold"
    REPS = "reps"


@dataclass(frozen=True)
class Amount:
    """A dose figure: exact (10), a range (10–15), open-ended (30+) or a cap (up to 10)."""

    low: int
    high: int | None  # None: open-ended, "or more"
    default: int
    suggested: bool = False  # the app's suggestion: the article gives no figure
    up_to: bool = False  # "up to high": fewer is fine, the default is the cap

    @property
    def max_choice(self) -> int:
        """Largest value a person may choose (open-ended amounts allow up to double)."""
        return self.high if self.high is not None else self.low * 2

    def clamp(self, value: int) -> int:
        return max(self.low, min(self.max_choice, int(value)))

    def text(self, mark: bool = False) -> str:
        """'10', '10–15', '30+' or 'up to 10'; with `mark`, a '*' flags the app's suggestion."""
        if self.up_to:
            out = translate("core.exercises", "up to {most}", "a dose figure: up to 10 (reps or seconds)").format(
                most=self.high)
        elif self.high is None:
            out = f"{self.low}+"
        elif self.high == self.low:
            out = f"{self.low}"
        else:
            out = f"{self.low}–{self.high}"
        return out + ("*" if mark and self.suggested else "")


@dataclass(frozen=True)
class Movement:
    """One movement of an exercise; most exercises have one, inversion/eversion has two."""

    key: str
    name: str  # empty for an exercise's only movement
    kind: WorkKind
    reps: Amount | None  # repetitions per set (per side for alternating exercises)
    hold: Amount | None  # seconds: the whole hold, or the pause at the end of each rep
    first_step: int  # 1-based range of the steps that describe this movement
    last_step: int
    work_step: int  # the step to show while the movement is being worked (a paced rep: its hold)
    move_step: int = 0  # paced reps: the step to show while moving into position (0: work_step)
    return_step: int = 0  # paced reps: the step to show while coming back (0: last_step)

    @property
    def step_moving(self) -> int:
        return self.move_step or self.work_step

    @property
    def step_returning(self) -> int:
        return self.return_step or self.last_step

    def summary(self, mark: bool = False, per_side: bool = False) -> str:
        """'Hold 30+ s', '10–15 reps · hold 1–2 s' or 'Hold 10–20 s, up to 10 times'."""
        # {reps} and {hold} are figures such as 10, 10–15, 30+ or "up to 10" (with a * for the app's suggestion).
        if self.kind is WorkKind.HOLD:
            return translate("core.exercises", "Hold {hold} s").format(hold=self.hold.text(mark))
        reps = self.reps.text(mark)
        if self.hold is not None and self.hold.low >= LONG_HOLD_S:
            hold = self.hold.text(mark)
            if per_side:
                return translate("core.exercises", "Hold {hold} s, {reps} times each side").format(hold=hold, reps=reps)
            return translate("core.exercises", "Hold {hold} s, {reps} times").format(hold=hold, reps=reps)
        if self.hold is None:
            if per_side:
                return translate("core.exercises", "{reps} reps each side").format(reps=reps)
            return translate("core.exercises", "{reps} reps").format(reps=reps)
        hold = self.hold.text(mark)
        if per_side:
            return translate("core.exercises", "{reps} reps each side · hold {hold} s").format(reps=reps, hold=hold)
        return translate("core.exercises", "{reps} reps · hold {hold} s").format(reps=reps, hold=hold)


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do."""

    sets: Amount
    side: Side
    movements: tuple[Movement, ...]
    note: str = ""  # plain-words restatement for shapes a summary cannot carry
    min_tempo_s: int = 1  # the slowest paced-rep tempo allowed (the band work is "slow and controlled")

    @property
    def suggested(self) -> bool:
        """True when any figure is the app's suggestion rather than the article's."""
        amounts = [self.sets]
        for m in self.movements:
            amounts += [a for a in (m.reps, m.hold) if a is not None]
        return any(a.suggested for a in amounts)

    def summary(self, mark: bool = False) -> str:
        """One line such as 'Hold 30+ s · 2–3 sets · each leg'; `mark` stars suggested figures."""
        per_side = self.side is Side.ALTERNATING
        head = self.movements[0].summary(mark, per_side)
        sets = self.sets.text(mark)
        in_all = self.side is Side.SWITCH_EACH_SET
        if len(self.movements) > 1:
            names = self.movements[0].name.lower()
            for m in self.movements[1:]:
                names = translate("core.exercises", "{earlier}, then {next}",
                                  "movement names in order: inversion, then eversion").format(
                    earlier=names, next=m.name.lower())
            head = translate("core.exercises", "{movements}: {dose}").format(movements=names, dose=head)
            sets = (translate("core.exercises", "{sets} sets in all each") if in_all
                    else translate("core.exercises", "{sets} sets each")).format(sets=sets)
        else:
            sets = (translate("core.exercises", "{sets} sets in all") if in_all
                    else translate("core.exercises", "{sets} sets")).format(sets=sets)
        head = head[0].upper() + head[1:]
        return f"{head} · {sets} · {self.side.label}"


@dataclass(frozen=True)
class Equipment:
    """An item an exercise uses; `needs` lists tags of which any one will do."""

    text: str
    needs: tuple[str, ...] = ()
    optional: bool = False


@dataclass(frozen=True)
class Group:
    """One of the article's four exercise groups, in program order."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class Exercise:
    """One exercise, with everything the instruction view, timer and printouts need."""

    id: str
    number: int
    name: str
    group: Group
    key_instruction: str
    purpose: str
    setup: str
    steps: tuple[str, ...]
    dose: Dose
    equipment: tuple[Equipment, ...]
    cautions: tuple[str, ...]
    variants: tuple[Variant, ...]  # progressions and variants, in the order shown
    emphasis: frozenset[str] = frozenset()  # "anterior" / "posterior" where the source says so
    emphasis_note: str = ""
    own: bool = False  # the user's own exercise (stored in the history file), not the article's
    source_note: str = ""  # own exercises: where it came from ("from my therapist, 3 Nov")
    hidden: bool = False  # an own exercise removed while history names it: kept for the history only
    based_on: str = ""  # own exercises copied from a built-in one: its id

    @property
    def progressions(self) -> tuple[str, ...]:
        return tuple(v.text for v in self.variants)

    def suits(self, emphasis: str) -> bool:
        """Whether the source singles out this exercise, or one of its variants, for `emphasis`."""
        return emphasis in self.emphasis or any(emphasis in v.emphasis for v in self.variants)

    def required_tags(self) -> list[tuple[str, ...]]:
        """Each entry is a need: satisfied when the user has any tag in it."""
        return [e.needs for e in self.equipment if e.needs and not e.optional]

    def possible_without(self, missing: set[str]) -> bool:
        """Whether a person lacking the `missing` equipment tags can still do this."""
        return all(any(tag not in missing for tag in need) for need in self.required_tags())

    def search_text(self) -> str:
        parts = [self.name, self.setup, *self.steps, *(e.text for e in self.equipment)]
        return "\n".join(parts).casefold()


@dataclass(frozen=True)
class Variant:
    """A progression or variant of an exercise; `emphasis` when the source singles out this variant."""

    text: str
    emphasis: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Credit:
    """The source article the library's facts come from."""

    title: str
    author: str
    date: str  # ISO date
    publisher: str
    note: str

    def text(self) -> str:
        from datetime import date

        d = date.fromisoformat(self.date)
        return translate("core.exercises", "\u201c{title}\u201d by {author}, {date}",
                         "the source article: its title, author and date").format(
            title=self.title, author=self.author, date=formats().day_month_year(d))


@dataclass(frozen=True)
class Guidance:
    """Program-wide advice: what to avoid, when to stop, staging, benefits, the disclaimer."""

    disclaimer: str
    avoid: str
    stop: str  # what to do when it hurts or does not improve
    staging: str
    benefits: tuple[str, ...]
    tolerate: str = ""  # when an exercise is hard to tolerate: other treatments around it


# Tag -> the item in the equipment filter's words: marked here, shown with `equipment_label(tag)`.
EQUIPMENT_TAGS = {
    "band": QT_TRANSLATE_NOOP("core.exercises", "Resistance band"),
    "strap": QT_TRANSLATE_NOOP("core.exercises", "Stretch strap"),
    "step": QT_TRANSLATE_NOOP("core.exercises", "Step or stool"),
    "pad": QT_TRANSLATE_NOOP("core.exercises", "Foam pad or balance disc"),
    "weights": QT_TRANSLATE_NOOP("core.exercises", "Hand weights"),
}


def equipment_label(tag: str) -> str:
    """An equipment tag's item in the user's language: 'Resistance band'."""
    return translate("core.exercises", EQUIPMENT_TAGS[tag])


OWN_PREFIX = "own-"  # every own exercise's id starts so; no built-in id does (the loader checks)


@dataclass(eq=False)
class Library:
    """The whole exercise library: the article's exercises in its order, then the user's own.

    One object for the whole app. The article's part never changes; the user's own exercises are
    swapped in with `set_own` (after the store changed them), so every holder sees the same list.
    `exercises` and `ids` list what can be chosen; `get` also finds a removed own exercise that
    the history still names (`hidden`).
    """

    groups: tuple[Group, ...]
    exercises: tuple[Exercise, ...]
    guidance: Guidance
    credit: Credit
    source: str = ""  # the file it was loaded from, for messages
    _by_id: dict[str, Exercise] = field(default_factory=dict, repr=False)
    builtin: tuple[Exercise, ...] = field(default=(), repr=False)
    own: tuple[Exercise, ...] = field(default=(), repr=False)  # every own exercise, hidden ones too

    def __post_init__(self) -> None:
        self.builtin = tuple(e for e in self.exercises if not e.own)
        self.set_own(e for e in self.exercises if e.own)

    def set_own(self, exercises: Iterable[Exercise]) -> None:
        """Replace the user's own exercises (hidden ones included) with `exercises`."""
        own = tuple(exercises)
        seen: set[str] = set()
        for e in own:
            if not e.own or not e.id.startswith(OWN_PREFIX):
                raise ValueError(f"'{e.id}' is not an own exercise")
            if e.id in seen:
                raise ValueError(f"'{e.id}' is listed twice")
            seen.add(e.id)
        self.own = own
        self.exercises = self.builtin + tuple(e for e in own if not e.hidden)
        self._by_id = {e.id: e for e in (*self.builtin, *own)}

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.exercises]

    def in_group(self, group_id: str) -> list[Exercise]:
        return [e for e in self.exercises if e.group.id == group_id]
