"""A session's routine and where the timer is in it: the Qt-free model the window shows and drives.

The window asks this model what Space, a new selection in the list, Next or "It hurts: easier"
mean now, and feeds it every timer event. It answers with plain results (an entry to load, a
choice to offer, or a `Refused` with a reason to show) and keeps a position that the store saves
with each change, so a crash, a kill or a closed window resumes at the same exercise, side and
set with the rest of the routine still queued.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import translate
from rehab_desktop.core.phases import PhaseKind, StartAt, TimerOptions, expand
from rehab_desktop.core.records import LegSide, Prescription, SetRecord
from rehab_desktop.core.timer_events import Event, PhaseStarted

POSITION_VERSION = 1  # of the saved position's layout; an unknown version resumes without a position


@dataclass(frozen=True)
class Entry:
    """One exercise of the session's routine at the dose it runs (the chosen one, or eased in pain)."""

    dose: Prescription
    eased: bool = False  # the dose was made easier after "It hurts"
    start: StartAt | None = None  # where a partly done entry goes on (earlier sets are not run again)

    @property
    def exercise_id(self) -> str:
        return self.dose.exercise_id


@dataclass(frozen=True)
class Refused:
    """A request the session cannot carry out now, and why, in words for the person."""

    reason: str

    def __bool__(self) -> bool:
        return False


class SpaceMeans(StrEnum):
    """What the Space bar does now."""

    START_ROUTINE = "start-routine"  # a routine is queued and nothing is being timed
    TOGGLE = "toggle"  # start, pause or resume the timer's exercise


class Selection(StrEnum):
    """What choosing an exercise in the list does to the timer."""

    FOLLOW = "follow"  # nothing is under way: the timer loads it
    SAME = "same"  # it is the timer's exercise already
    ASK = "ask"  # a set is running or paused: keep timing the current one, or switch


class Session:
    """The routine (one exercise, a hand-picked queue or the plan's day) and the timer's place in it.

    `entries` is the routine in order; `index` the entry being run (-1: queued, not started;
    len(entries): all done). `loaded` is what the timer has, inside the routine or on its own, and
    `at` the set in progress or next (None before anything ran, or once the exercise is done).
    """

    def __init__(self, library: Library):
        self.library = library
        self.entries: list[Entry] = []
        self.index = -1
        self.loaded: Entry | None = None
        self.at: StartAt | None = None
        self.complete = False  # the loaded exercise reached its end
        self.last_rating: int | None = None  # the last pain rating given in the session

    # -- what is where -----------------------------------------------------------------

    @property
    def running_routine(self) -> bool:
        return 0 <= self.index < len(self.entries)

    @property
    def routine_done(self) -> bool:
        return bool(self.entries) and self.index >= len(self.entries)

    @property
    def queued(self) -> bool:
        """A routine waits to be started."""
        return bool(self.entries) and self.index < 0

    def upcoming(self) -> list[Entry]:
        """The entries still to come after the one being run (all of them before the start)."""
        return self.entries[self.index + 1:] if self.index < len(self.entries) else []

    def queue_positions(self) -> dict[str, int]:
        """Exercise id -> 1-based place in the routine, for marks in the exercise list."""
        return {e.exercise_id: i + 1 for i, e in enumerate(self.entries)}

    # -- the timer's exercise ----------------------------------------------------------

    def timer_loaded(self, dose: Prescription, start: StartAt | None, eased: bool = False) -> Entry:
        """The timer was given `dose` (starting at `start`; `eased` after "It hurts"): keep in step with it.

        It becomes the loaded exercise, and the routine's current entry when it is that exercise.
        """
        entry = Entry(dose, eased, start)
        self._replace_loaded(entry)
        self._fresh()
        return entry

    def choose(self, exercise_id: str, in_progress: bool) -> Selection:
        """The person picked `exercise_id` in the list; `in_progress`: a set runs or is paused."""
        if self.loaded is not None and self.loaded.exercise_id == exercise_id:
            return Selection.SAME
        # A routine under way (its next exercise waiting for Space, or just resumed) is not given up
        # by browsing the list: that is asked too.
        return Selection.ASK if in_progress or self.running_routine else Selection.FOLLOW

    def switch_to(self, dose: Prescription) -> Entry:
        """Time `dose`'s exercise now instead of the one under way (whose unfinished set is not counted).

        In a routine the new exercise takes the current place, and the interrupted one comes
        right after it, going on from the set it was at.
        """
        old, at, complete = self.loaded, self.at, self.complete
        new = Entry(dose)
        if self.running_routine and old is not None:
            later = [e for e in self.entries[self.index + 1:] if e.exercise_id != dose.exercise_id]
            back = [] if complete else [replace(old, start=at)]
            self.entries = self.entries[:self.index] + [new] + back + later
        self.loaded = new
        self._fresh()
        return new

    def ease(self, exercise: Exercise) -> Entry | Refused:
        """Make the timer's exercise easier from the set that was interrupted (or the next one)."""
        from rehab_desktop.core.plan import easier_dose  # only in pain: start-up needs none of the plan

        if self.loaded is None or self.loaded.exercise_id != exercise.id:
            return Refused(translate("core.session", "There is no exercise on the timer to make easier."))
        lighter = easier_dose(exercise, self.loaded.dose)
        if lighter == self.loaded.dose:
            return Refused(translate("core.session", "{exercise} is already at its easiest dose. Skip it, or stop for "
                                     "today.").format(exercise=exercise.name))
        eased = Entry(lighter, eased=True, start=self.at)
        self._replace_loaded(eased)
        return eased

    # -- the routine -------------------------------------------------------------------

    def queue(self, dose: Prescription) -> int | Refused:
        """Add an exercise at the end of the routine; returns its 1-based place."""
        ex = self.library.get(dose.exercise_id)
        if ex is None:
            return Refused(translate("core.session", "'{exercise}' is not in the exercise library.",
                                     "{exercise}: the exercise's id").format(exercise=dose.exercise_id))
        if any(e.exercise_id == dose.exercise_id for e in self.entries[max(self.index, 0):]):
            return Refused(translate("core.session", "{exercise} is already in the routine.").format(exercise=ex.name))
        if self.routine_done:  # a finished routine makes room for a new one
            self.entries, self.index = [], -1
        self.entries.append(Entry(dose))
        return len(self.entries)

    def set_routine(self, doses: list[Prescription], starts: dict[str, StartAt] | None = None) -> list[Entry]:
        """Replace the routine (the plan's day, say), not yet started; unknown exercises are left out."""
        starts = starts or {}
        self.entries = [Entry(d, start=starts.get(d.exercise_id)) for d in doses
                        if self.library.get(d.exercise_id) is not None]
        self.index = -1
        return list(self.entries)

    def remove(self, place: int) -> Entry | Refused:
        """Take the entry at 0-based `place` out of what is still to come."""
        if not self.index < place < len(self.entries):
            return Refused(translate("core.session", "Only exercises still to come can be taken out of the routine."))
        return self.entries.pop(place)

    def move(self, place: int, to: int) -> int | Refused:
        """Move an entry still to come to 0-based `to` (kept among those still to come)."""
        first = self.index + 1
        if not first <= place < len(self.entries):
            return Refused(translate("core.session", "Only exercises still to come can be moved."))
        to = max(first, min(len(self.entries) - 1, to))
        entry = self.entries.pop(place)
        self.entries.insert(to, entry)
        return to

    def clear(self) -> None:
        """Forget the routine; the timer keeps its exercise."""
        self.entries, self.index = [], -1

    def space(self, in_progress: bool) -> SpaceMeans:
        return SpaceMeans.START_ROUTINE if self.queued and not in_progress else SpaceMeans.TOGGLE

    def begin(self, in_progress: bool) -> Entry | Refused:
        """Start the queued routine. With an exercise under way, it becomes the routine's first entry
        and goes on where it is (the caller keeps the timer as it is)."""
        if not self.entries:
            return Refused(translate("core.session", "The routine is empty: add exercises with Ctrl+Enter first."))
        if self.running_routine:
            return Refused(translate("core.session", "The routine is already running."))
        if self.routine_done:
            self.entries = [replace(e, start=None, eased=False) for e in self.entries]
        if in_progress and self.loaded is not None:
            rest = [e for e in self.entries if e.exercise_id != self.loaded.exercise_id]
            self.entries = [self.loaded, *rest]
            self.index = 0
            return self.loaded
        self.index = 0
        self.loaded = self.entries[0]
        self._fresh()
        return self.loaded

    def advance(self) -> Entry | None:
        """Go to the routine's next entry (the one under way is left as it is); None when none is left."""
        if self.queued:
            entry = self.begin(in_progress=False)
            return entry or None
        if not self.running_routine:
            return None
        self.index += 1
        if self.index >= len(self.entries):
            return None
        self.loaded = self.entries[self.index]
        self._fresh()
        return self.loaded

    def has_next(self) -> bool:
        return self.queued or (self.running_routine and self.index + 1 < len(self.entries))

    # -- following the timer -----------------------------------------------------------

    def observe(self, event: Event) -> bool:
        """Track the timer's position from its events; True when the saved position must change."""
        if not isinstance(event, PhaseStarted):
            return False
        phase = event.phase
        before = (self.at, self.complete)
        if phase.kind is PhaseKind.DONE:
            self.complete, self.at = True, None
        elif phase.set is not None:
            s = phase.set
            self.complete, self.at = False, StartAt(s.movement.key, s.side, s.number)
        return (self.at, self.complete) != before

    def stopped(self) -> None:
        """The session ended: nothing is queued or loaded any more."""
        self.clear()
        self.loaded = None
        self._fresh()

    def _replace_loaded(self, entry: Entry) -> None:
        if self.running_routine and self.entries[self.index].exercise_id == entry.exercise_id:
            self.entries[self.index] = entry
        self.loaded = entry

    def _fresh(self) -> None:
        self.at, self.complete = None, False

    # -- saving and resuming -----------------------------------------------------------

    def position_text(self) -> str:
        """The routine and the place in it, as the store keeps it with the open session."""
        loaded = None
        if self.loaded is not None:
            # What is left of the loaded exercise: from the set in progress, or nothing once it is done.
            loaded = _entry_dict(replace(self.loaded, start=self.at or self.loaded.start))
            loaded["complete"] = self.complete
        import json  # here and in resumed(): a start with no session to resume does not import json

        return json.dumps({"version": POSITION_VERSION, "entries": [_entry_dict(e) for e in self.entries],
                           "index": self.index, "loaded": loaded, "last_rating": self.last_rating},
                          separators=(",", ":"))

    @classmethod
    def resumed(cls, library: Library, text: str) -> Session:
        """A session put back from `position_text()`; what no longer fits the library is left out."""
        s = cls(library)
        try:
            if not text:
                return s
            import json

            data = json.loads(text)
            if not isinstance(data, dict) or data.get("version") != POSITION_VERSION:
                return s
            entries = [_entry(library, d) for d in data.get("entries", [])]
            index = int(data.get("index", -1))
            loaded = _entry(library, data["loaded"]) if data.get("loaded") else None
            complete = bool(data["loaded"].get("complete")) if loaded else False
            rating = data.get("last_rating")
        except (ValueError, TypeError, KeyError, AttributeError):
            return s  # a damaged position: the session resumes, the timer starts afresh
        kept = [e for e in entries if e is not None]
        if len(kept) != len(entries):  # an exercise left the library: keep the place among the rest
            index = sum(1 for e in entries[:max(index, 0)] if e is not None) if index >= 0 else -1
        s.entries, s.index = kept, max(-1, min(index, len(kept)))
        s.last_rating = rating if isinstance(rating, int) and 0 <= rating <= 10 else None
        if loaded is not None:
            s.loaded, s.at, s.complete = replace(loaded, start=None), loaded.start, complete
        return s

    def resume_entry(self, done: frozenset[tuple[str, LegSide, int]] = frozenset(),
                     options: TimerOptions | None = None) -> Entry | None:
        """What the timer loads on resuming: the entry in progress, from its set, or the routine's next.

        `done` holds the loaded exercise's sets the history has as completed (movement, side,
        number): a set finished just before a crash, whose place was not saved yet, is not done again.
        """
        if self.loaded is None:
            return None
        if not self.complete and done:
            ex = self.library[self.loaded.exercise_id]
            left = [st for st in expand(ex, self.loaded.dose, options, self.at).sets
                    if (st.movement.key, st.side, st.number) not in done]
            if left:
                self.at = StartAt(left[0].movement.key, left[0].side, left[0].number)
            else:
                self.complete, self.at = True, None
        if self.complete:
            last = self.loaded
            nxt = self.advance() if self.running_routine else None
            if nxt is not None:
                return nxt
            self.loaded = replace(last, start=None)  # all done: it waits, to be started again if wanted
            self._fresh()
            return self.loaded
        return replace(self.loaded, start=self.at)


def _entry_dict(e: Entry) -> dict:
    d = {"exercise": e.dose.exercise_id, "sets": e.dose.sets, "reps": e.dose.reps, "hold_s": e.dose.hold_s,
         "resistance": e.dose.resistance, "weight_kg": e.dose.weight_kg, "eased": e.eased}
    if e.dose.prescribed:
        d.update(prescribed=True, prescribed_by=e.dose.prescribed_by)
    if e.start is not None:
        d["start"] = {"movement": e.start.movement, "side": e.start.side.value, "set": e.start.number}
    return d


def _entry(library: Library, d: dict) -> Entry | None:
    ex = library.get(d["exercise"])
    if ex is None:
        return None
    from rehab_desktop.core.plan import clamp_dose  # resuming only: start-up needs none of the plan

    dose = Prescription(ex.id, int(d["sets"]), _opt_int(d.get("reps")), _opt_int(d.get("hold_s")),
                        str(d.get("resistance") or ""), d.get("weight_kg"),
                        bool(d.get("prescribed")), str(d.get("prescribed_by") or ""))
    eased = bool(d.get("eased"))
    if not eased:  # an eased dose may lie below the ranges, as the timer runs it
        dose = clamp_dose(ex, dose)
    start = None
    if d.get("start"):
        st = d["start"]
        start = StartAt(str(st["movement"]), LegSide(st["side"]), int(st["set"]))
    return Entry(dose, eased, start)


def _opt_int(value) -> int | None:
    return None if value is None else int(value)


def logged_sets(exercise: Exercise, dose: Prescription, sets_done: int, at: datetime,
                options: TimerOptions | None = None) -> list[SetRecord]:
    """The sets of an exercise entered by hand: the first `sets_done` sets of each movement and side,
    done as planned, stamped `at` (no time in sets: it was not timed)."""
    if sets_done < 0:
        raise ValueError("sets done cannot be negative")
    plan = expand(exercise, dose, options)
    # Sets counted over both feet (the sumo squat) are done in plan order: "2 done" is the first two.
    done = [s for s in plan.sets if (s.shown[0] if s.shown else s.number) <= sets_done]
    return [SetRecord(exercise.id, s.movement.key, s.side, s.number, s.target_reps, s.target_reps,
                      s.target_hold_s, s.target_hold_s, at, at) for s in done]


def planned_set_count(exercise: Exercise | None, dose: Prescription | None, records: list[SetRecord],
                      both_ankles: bool = False) -> int:
    """How many sets a dose asks for: sets x movements x legs, as the timer lays them out.

    Without a dose, the sets recorded; without the exercise (gone from the library), by the sides
    and movements recorded. An affected-side exercise counts both sides when the records have
    both, or when `both_ankles` says so (the setting now: a session stopped before the second
    side has only the first side's sets to go by).
    """
    if dose is None:
        return len(records)
    if exercise is None:
        return dose.sets * max(1, len({(r.movement, r.side) for r in records}))
    from rehab_desktop.core.exercises import Side

    side = exercise.dose.side
    # An affected-side exercise works each side in turn when both ankles are affected.
    both = side is Side.AFFECTED and (both_ankles or {r.side.value for r in records} >= {"left", "right"})
    legs = 2 if side in (Side.EACH, Side.EACH_PER_SET) or both else 1
    return dose.sets * len(exercise.dose.movements) * legs


def sets_done_text(exercise: Exercise | None, dose: Prescription | None, records: list[SetRecord],
                   both_ankles: bool = False) -> str:
    """'3 of 4'; when the exercise was started again in the same session, '4 of 4, and 2 more' (never '6 of 4')."""
    planned = planned_set_count(exercise, dose, records, both_ankles)
    completed = [r for r in records if r.status.value == "completed"]
    distinct = len({(r.movement, r.side, r.set_number) for r in completed})
    counted = min(distinct, planned)
    more = len(completed) - counted
    if more:
        return translate("core.session", "{done} of {planned}, and {more} more",
                         "sets done of the sets planned, and more sets done again").format(
                             done=counted, planned=planned, more=more)
    return translate("core.session", "{done} of {planned}", "sets done of the sets planned").format(
        done=counted, planned=planned)
