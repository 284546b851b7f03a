"""Expands an exercise's chosen dose into the ordered phases the timer engine runs through."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from rehab_desktop.core.exercises import SAFETY_LIMITS, Exercise, Movement, Side, WorkKind
from rehab_desktop.core.i18n import formats, translate
from rehab_desktop.core.records import LegSide, Prescription


class PhaseKind(StrEnum):
    """What a phase asks the person to do."""

    LEAD_IN = "lead-in"  # get into position before the first set
    HOLD = "hold"  # a timed hold that is the whole set (a stretch, a balance)
    MOVE = "move"  # paced rep: move into position
    REP_HOLD = "rep-hold"  # paced rep: hold at the end of the movement
    RETURN = "return"  # paced rep: come back to the start
    MANUAL_REPS = "manual-reps"  # open-ended: the person presses a key per rep
    REST = "rest"  # between two sets
    SWITCH_SIDE = "switch-side"  # change legs
    SWITCH_MOVEMENT = "switch-movement"  # change movement (inversion -> eversion)
    DONE = "done"  # terminal

    @property
    def is_work(self) -> bool:
        return self in _WORK_KINDS


_WORK_KINDS = frozenset({PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.REP_HOLD, PhaseKind.RETURN, PhaseKind.MANUAL_REPS})



def _verb(kind: PhaseKind) -> str:
    """The word a work phase's label starts with."""
    if kind is PhaseKind.MOVE:
        return translate("core.phases", "Move", "phase label: move into position")
    if kind is PhaseKind.RETURN:
        return translate("core.phases", "Return", "phase label: come back to the start")
    if kind is PhaseKind.MANUAL_REPS:
        return translate("core.phases", "Reps", "phase label: the person counts the repetitions")
    return translate("core.phases", "Hold", "phase label: a timed hold")


def set_heading(number: int, total: int) -> str:
    """'Set 2 of 3'."""
    return translate("core.phases", "Set {number} of {total}").format(number=number, total=total)


def rep_heading(rep: int, total: int) -> str:
    """'Rep 3 of 10'."""
    return translate("core.phases", "Rep {rep} of {total}").format(rep=rep, total=total)


def heading_patterns() -> tuple[str, ...]:
    """The shapes of set_heading and rep_heading, placeholders and all (to keep them on one line)."""
    return translate("core.phases", "Set {number} of {total}"), translate("core.phases", "Rep {rep} of {total}")


def next_done_text() -> str:
    """What the last phase before the end says comes next."""
    return translate("core.phases", "Next: Done")


def lead_text(side: LegSide, first: bool = False) -> str:
    """'Left foot leads', or with `first` 'Left foot leads first' (step-ups)."""
    if side is LegSide.RIGHT:
        return translate("core.phases", "Right foot leads first") if first else \
            translate("core.phases", "Right foot leads")
    return translate("core.phases", "Left foot leads first") if first else translate("core.phases", "Left foot leads")


@dataclass(frozen=True)
class TimerOptions:
    """How a dose is paced: lead-in, rests, cue lengths, rep tempo, manual counting and sides."""

    lead_in_s: float = 5.0
    rest_s: float = 30.0
    move_s: float = 2.0  # paced rep: seconds to move into position
    return_s: float = 2.0  # paced rep: seconds to come back
    switch_s: float = 10.0  # time to change legs (a band or pad has to move too)
    movement_change_s: float = 10.0  # time to re-rig the band between movements
    manual_reps: bool = False  # a key press per rep; per-rep holds are then left to the person
    first_side: LegSide = LegSide.LEFT  # where both ankles are affected: the side everything starts on
    affected_side: LegSide | None = None  # the affected ankle; BOTH: each side in turn; None: not said (first_side)

    @property
    def start_side(self) -> LegSide:
        """The side every exercise starts on: the affected one, else the chosen first side."""
        return self.affected_side if self.affected_side in (LegSide.LEFT, LegSide.RIGHT) else self.first_side

    def __post_init__(self) -> None:
        for name in ("lead_in_s", "rest_s", "switch_s", "movement_change_s"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        # A zero tempo would make a rep take no time at all and the paced mode meaningless.
        if self.move_s <= 0 or self.return_s <= 0:
            raise ValueError("move_s and return_s must be above 0 s")
        if self.first_side not in (LegSide.LEFT, LegSide.RIGHT):
            raise ValueError("first_side must be left or right")
        if self.affected_side not in (None, LegSide.LEFT, LegSide.RIGHT, LegSide.BOTH):
            raise ValueError("affected_side must be left, right, both or None")


@dataclass(frozen=True)
class StartAt:
    """A set to begin at, leaving out the ones before it (what is left of a half-done exercise)."""

    movement: str  # movement key
    side: LegSide
    number: int


@dataclass(frozen=True)
class SetPlan:
    """One set of one movement on one side: what its SetRecord reports against."""

    movement: Movement
    side: LegSide  # BOTH for both-feet and alternating exercises
    number: int  # 1-based, counted per movement and side
    total: int
    target_reps: int | None  # None for holds; alternating: step-ups in the set, both feet
    target_hold_s: float | None  # the hold, or the pause at the end of each rep
    shown: tuple[int, int] | None = None  # "Set 2 of 3" counted over both sides (Side.SWITCH_EACH_SET)
    lead: LegSide | None = None  # alternating: the foot that leads the set's first rep
    pad: bool = False  # Side.SWITCH_EACH_SET: `side` is the foot the pad is under

    @property
    def heading(self) -> str:
        number, total = self.shown or (self.number, self.total)
        return set_heading(number, total)

    @property
    def side_text(self) -> str:
        """'Left leg', 'Both legs', 'Right foot on the pad' or 'Right foot leads first'."""
        if self.lead is not None:
            return lead_text(self.lead, first=True)
        if self.pad:
            return translate("core.phases", "Right foot on the pad") if self.side is LegSide.RIGHT else \
                translate("core.phases", "Left foot on the pad")
        return self.side.label

    @property
    def switch_text(self) -> str:
        """The cue that leads into this set from the other side: 'Switch to right leg'."""
        right = self.side is LegSide.RIGHT
        if self.pad:
            return translate("core.phases", "Move the pad under the right foot") if right else \
                translate("core.phases", "Move the pad under the left foot")
        if self.side is LegSide.BOTH:
            return translate("core.phases", "Switch to both legs")
        return translate("core.phases", "Switch to right leg") if right else \
            translate("core.phases", "Switch to left leg")


@dataclass(frozen=True)
class Phase:
    """One step of the timeline with everything the widget shows while it runs."""

    kind: PhaseKind
    label: str  # "Hold · Left leg · Set 2 of 3"
    duration_s: float | None  # nominal seconds; None: open-ended (manual reps)
    block: int  # phases of one set's work share a block; skip and back move by blocks
    set: SetPlan | None  # the set this phase works, or the one it leads into; None for done
    side: LegSide | None  # the set's side (the switch cue: the side being switched to)
    lead: LegSide | None = None  # alternating reps: the foot that leads this rep
    rep: int | None = None  # 1-based rep within the set
    rep_total: int | None = None
    step: int | None = None  # 1-based instruction step to highlight
    next_text: str = ""  # "Next: Rest 30 s"

    @property
    def set_number(self) -> int | None:
        return self.set.number if self.set else None

    @property
    def set_total(self) -> int | None:
        return self.set.total if self.set else None

    @property
    def movement_key(self) -> str | None:
        return self.set.movement.key if self.set else None

    @property
    def movement_name(self) -> str | None:
        return self.set.movement.name if self.set else None

    @property
    def rep_text(self) -> str:
        """'Rep 3 of 10', or '' outside reps."""
        return rep_heading(self.rep, self.rep_total) if self.rep else ""


@dataclass(frozen=True)
class PlanTotals:
    """Counts and planned time of an expansion."""

    duration_s: float  # all timed phases; manual-rep phases add nothing
    phases: int  # including the final DONE phase
    work_phases: int
    sets: int  # SetRecords a full run emits
    reps: int  # every rep of every set, paced or manual
    open_ended_phases: int  # manual-rep phases, whose length is the person's


@dataclass(frozen=True)
class Plan:
    """An exercise's dose expanded into phases, with the inputs that produced it."""

    exercise: Exercise
    prescription: Prescription  # as run: clamped into the exercise's ranges
    options: TimerOptions
    phases: tuple[Phase, ...]
    sets: tuple[SetPlan, ...]
    start: StartAt | None = None  # the set it begins at when earlier ones were left out
    eased: bool = False  # the dose was made easier after "It hurts" (and may lie below the ranges)

    @property
    def exercise_id(self) -> str:
        return self.exercise.id

    def block_start(self, block: int) -> int:
        """Index of the first phase of `block`."""
        return next(i for i, p in enumerate(self.phases) if p.block == block)

    def totals(self) -> PlanTotals:
        return plan_totals(self)


def plan_totals(plan: Plan) -> PlanTotals:
    """Planned duration and phase, set and rep counts of `plan`."""
    phases = plan.phases
    work = [p for p in phases if p.kind.is_work]
    return PlanTotals(
        duration_s=sum(p.duration_s or 0.0 for p in phases),
        phases=len(phases),
        work_phases=len(work),
        sets=len(plan.sets),
        reps=sum(s.target_reps or 0 for s in plan.sets),
        open_ended_phases=sum(p.duration_s is None for p in phases),
    )


def default_prescription(exercise: Exercise) -> Prescription:
    """The dose a person gets without choosing: each Amount's default (low end, or N for 'up to N')."""
    first = exercise.dose.movements[0]
    return Prescription(
        exercise_id=exercise.id,
        sets=exercise.dose.sets.default,
        reps=first.reps.default if first.reps else None,
        hold_s=first.hold.default if first.hold else None,
    )


def expand(exercise: Exercise, prescription: Prescription | None = None,
           options: TimerOptions | None = None, start: StartAt | None = None, eased: bool = False) -> Plan:
    """Turn `exercise` at `prescription` (default: default_prescription) into a Plan.

    Chosen figures outside the exercise's ranges are clamped into them, so a remembered choice
    survives a library update that narrows a range. An `eased` dose (made easier after "It
    hurts") may go below a range's low end; only the top is held. With `start`, the plan leaves
    out every set before that one (a get-ready leads into it); a `start` the plan doesn't have is
    ignored.
    """
    options = options or TimerOptions()
    prescription = prescription or default_prescription(exercise)
    if prescription.exercise_id != exercise.id:
        raise ValueError(f"prescription is for '{prescription.exercise_id}', not '{exercise.id}'")
    return _Expander(exercise, prescription, options, start, eased).plan()


def other_side(side: LegSide) -> LegSide:
    return LegSide.RIGHT if side is LegSide.LEFT else LegSide.LEFT


def _secs(value: float) -> str:
    return formats().decimal(value, places=2)


@dataclass
class _Block:
    kind: PhaseKind  # LEAD_IN, REST, SWITCH_SIDE, SWITCH_MOVEMENT, DONE, or HOLD for any work
    set: SetPlan | None
    duration_s: float = 0.0


class _Expander:
    def __init__(self, exercise: Exercise, prescription: Prescription, options: TimerOptions,
                 start: StartAt | None = None, eased: bool = False):
        self.ex = exercise
        slowest = float(exercise.dose.min_tempo_s)  # the band work is never paced faster than this
        if options.move_s < slowest or options.return_s < slowest:
            options = replace(options, move_s=max(options.move_s, slowest), return_s=max(options.return_s, slowest))
        self.opt = options
        self.start = start
        self.started_at: StartAt | None = None  # `start`, once found in the plan
        self.eased = eased
        dose = exercise.dose

        free = prescription.prescribed  # the therapist's dose: the safety limits, not the article's ranges

        def clamp(amount, value: int, limit: int) -> int:
            if free:
                return max(1, min(limit, int(value)))
            return max(1, min(amount.max_choice, int(value))) if eased else amount.clamp(value)

        self.sets = clamp(dose.sets, prescription.sets, SAFETY_LIMITS["sets"])
        self.multi = len(dose.movements) > 1
        # One prescription covers every movement; each movement clamps it to its own range.
        self.reps = {m.key: (clamp(m.reps, prescription.reps, SAFETY_LIMITS["reps"])
                             if prescription.reps is not None else m.reps.default)
                     for m in dose.movements if m.reps}
        self.holds = {m.key: (clamp(m.hold, prescription.hold_s, SAFETY_LIMITS["hold_s"])
                              if prescription.hold_s is not None else m.hold.default)
                      for m in dose.movements if m.hold}
        first = dose.movements[0]
        self.prescription = Prescription(
            exercise.id, self.sets, self.reps.get(first.key), self.holds.get(first.key),
            prescription.resistance, prescription.weight_kg, prescription.prescribed,
            prescription.prescribed_by.strip() if prescription.prescribed else "",
        )

    def set_plan(self, m: Movement, side: LegSide, number: int, total: int | None = None,
                 shown: tuple[int, int] | None = None) -> SetPlan:
        total = self.sets if total is None else total
        rule = self.ex.dose.side
        # Step-ups: every set's first rep is led by the start side's foot (the affected one, if one is).
        extra = dict(shown=shown, pad=rule is Side.SWITCH_EACH_SET,
                     lead=self.opt.start_side if rule is Side.ALTERNATING else None)
        if m.kind is WorkKind.HOLD:
            return SetPlan(m, side, number, total, None, float(self.holds[m.key]), **extra)
        reps = self.reps[m.key]
        if rule is Side.ALTERNATING:
            reps *= 2  # N step-ups leading with each foot
        hold = self.holds.get(m.key)
        return SetPlan(m, side, number, total, reps, float(hold) if hold is not None else None, **extra)

    def blocks(self) -> list[_Block]:
        opt, rule = self.opt, self.ex.dose.side
        work: list[_Block] = []  # work and cue blocks; rests and lead-in are added after

        def add_work(m: Movement, side: LegSide, number: int, total: int | None = None,
                     shown: tuple[int, int] | None = None) -> None:
            work.append(_Block(PhaseKind.HOLD, self.set_plan(m, side, number, total, shown)))

        first = opt.start_side
        if rule is Side.AFFECTED and opt.affected_side is LegSide.BOTH:
            rule = Side.EACH  # both ankles affected: each side in turn
        for mi, m in enumerate(self.ex.dose.movements):
            if mi:
                work.append(_Block(PhaseKind.SWITCH_MOVEMENT, None, opt.movement_change_s))
            if rule is Side.EACH:
                for si, side in enumerate((first, other_side(first))):
                    if si:
                        work.append(_Block(PhaseKind.SWITCH_SIDE, None, opt.switch_s))
                    for n in range(1, self.sets + 1):
                        add_work(m, side, n)
            elif rule is Side.SWITCH_EACH_SET:
                # The sets are counted over both feet; each side numbers its own (records, resume).
                sides = [first if n % 2 else other_side(first) for n in range(1, self.sets + 1)]
                for n, side in enumerate(sides, 1):
                    if n > 1:
                        work.append(_Block(PhaseKind.SWITCH_SIDE, None, opt.switch_s))
                    add_work(m, side, sides[:n].count(side), sides.count(side), (n, self.sets))
            elif rule is Side.EACH_PER_SET:
                for n in range(1, self.sets + 1):
                    add_work(m, first, n)
                    work.append(_Block(PhaseKind.SWITCH_SIDE, None, opt.switch_s))
                    add_work(m, other_side(first), n)
            else:
                side = first if rule is Side.AFFECTED else LegSide.BOTH
                for n in range(1, self.sets + 1):
                    add_work(m, side, n)

        if self.start is not None:
            at = self.start
            begin = next((i for i, b in enumerate(work) if b.kind is PhaseKind.HOLD and
                          (b.set.movement.key, b.set.side, b.set.number) == (at.movement, at.side, at.number)), 0)
            if begin:
                self.started_at = at
            work = work[begin:]
        out: list[_Block] = []
        if opt.lead_in_s > 0:
            out.append(_Block(PhaseKind.LEAD_IN, None, opt.lead_in_s))
        for b in work:
            # A rest goes between two back-to-back sets; a switch cue between them replaces it,
            # since the other leg or movement rests the muscles that just worked.
            if b.kind is PhaseKind.HOLD and out and out[-1].kind is PhaseKind.HOLD and opt.rest_s > 0:
                out.append(_Block(PhaseKind.REST, None, opt.rest_s))
            out.append(b)
        out.append(_Block(PhaseKind.DONE, None))
        # Non-work blocks lead into the next set: that is the side and step they show.
        upcoming = None
        for b in reversed(out):
            if b.kind is PhaseKind.HOLD:
                upcoming = b.set
            elif b.kind is not PhaseKind.DONE:
                b.set = upcoming
        return out

    def plan(self) -> Plan:
        blocks = self.blocks()
        phases: list[Phase] = []
        for i, b in enumerate(blocks):
            nxt = self.next_text(blocks[i + 1]) if i + 1 < len(blocks) else ""
            phases.extend(self.block_phases(i, b, nxt))
        sets = tuple(b.set for b in blocks if b.kind is PhaseKind.HOLD)
        return Plan(self.ex, self.prescription, self.opt, tuple(phases), sets, self.started_at, self.eased)

    def where(self, s: SetPlan, lead: LegSide | None = None) -> list[str]:
        parts = [s.movement.name] if self.multi else []
        # A rep names the foot that leads it; elsewhere step-ups name the foot that leads first.
        parts.append(lead_text(lead) if lead is not None else s.side_text)
        parts.append(s.heading)
        return parts

    def next_text(self, b: _Block) -> str:
        if b.kind is PhaseKind.REST:
            return translate("core.phases", "Next: Rest {seconds} s").format(seconds=_secs(b.duration_s))
        if b.kind is PhaseKind.SWITCH_SIDE:
            return translate("core.phases", "Next: {change}", "what the next phase asks: switch to the other leg, "
                             "or move the pad").format(change=b.set.switch_text)
        if b.kind is PhaseKind.SWITCH_MOVEMENT:
            return translate("core.phases", "Next: Change to {movement}", "a movement's name, in lower case").format(
                movement=b.set.movement.name.lower())
        if b.kind is PhaseKind.DONE:
            return next_done_text()
        parts = self.where(b.set)
        text = ", ".join([parts[0]] + [p[0].lower() + p[1:] for p in parts[1:]])
        return translate("core.phases", "Next: {set}",
                         "the next set: its side and number, 'Left leg, set 2 of 3'").format(set=text)

    def block_phases(self, i: int, b: _Block, nxt: str) -> list[Phase]:
        s = b.set
        if b.kind is PhaseKind.DONE:
            return [Phase(PhaseKind.DONE, translate("core.phases", "Done", "phase label: the exercise is over"), 0.0, i,
                          None, None)]
        if b.kind is not PhaseKind.HOLD:
            label = {
                PhaseKind.LEAD_IN: lambda: " · ".join([translate("core.phases", "Get ready", "phase label"),
                                                       *self.where(s)]),
                PhaseKind.REST: lambda: translate("core.phases", "Rest", "phase label"),
                PhaseKind.SWITCH_SIDE: lambda: s.switch_text,
                PhaseKind.SWITCH_MOVEMENT: lambda: translate("core.phases", "Change to {movement}",
                                                             "a movement's name, in lower case").format(
                    movement=s.movement.name.lower()),
            }[b.kind]()
            return [Phase(b.kind, label, b.duration_s, i, s, s.side, step=s.movement.first_step, next_text=nxt)]

        m = s.movement
        common = dict(block=i, set=s, side=s.side, step=m.work_step, next_text=nxt)
        if m.kind is WorkKind.HOLD:
            return [Phase(PhaseKind.HOLD, " · ".join([_verb(PhaseKind.HOLD), *self.where(s)]), s.target_hold_s,
                          **common)]
        total = s.target_reps
        if self.opt.manual_reps:
            label = " · ".join([_verb(PhaseKind.MANUAL_REPS), *self.where(s)])
            return [Phase(PhaseKind.MANUAL_REPS, label, None, rep_total=total, **common)]
        out = []
        for rep in range(1, total + 1):
            lead = (s.lead if rep % 2 else other_side(s.lead)) if s.lead is not None else None
            kinds = [(PhaseKind.MOVE, self.opt.move_s)]
            if s.target_hold_s:
                kinds.append((PhaseKind.REP_HOLD, s.target_hold_s))
            kinds.append((PhaseKind.RETURN, self.opt.return_s))
            for kind, dur in kinds:
                label = " · ".join([_verb(kind), *self.where(s, lead)])
                # The highlighted step follows the phase: moving, holding at the end, coming back.
                step = {PhaseKind.MOVE: m.step_moving, PhaseKind.RETURN: m.step_returning}.get(kind, m.work_step)
                out.append(Phase(kind, label, float(dur), lead=lead, rep=rep, rep_total=total,
                                 **{**common, "step": step}))
        return out
