"""Starter weekly programs, the app's suggestions built from the article's staging (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rehab_desktop.core.exercises import Exercise, Library
from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from rehab_desktop.core.plan import EMPHASES, WeekPlan, clamp_dose, default_dose, dose_amounts
from rehab_desktop.core.records import Prescription

# The texts below are English sources, marked for translation: show them with translate("core.programs", text)
# (or the functions and methods here, which do).
SUGGESTION_NOTE = QT_TRANSLATE_NOOP(
    "core.programs",
    "A starter program is the app's suggestion: the article gives the exercises and their doses "
    "but no weekly schedule, and the balance stage between the band work and the functional "
    "training is the app's staging. It is not medical advice; ask your physical therapist to "
    "adjust it to you.")

# Groups of exercises the programs are made of, by library id, in the order they are done.
_FLEX = ("standing-calf-stretch", "seated-ankle-rom", "posterior-ankle-mobility")
_FLEX_LIGHT = ("standing-calf-stretch", "seated-ankle-rom")  # the rest day keeps the daily stretches
_STRENGTH = ("ankle-inversion-eversion", "ankle-plantarflexion", "ankle-dorsiflexion")
_BALANCE = ("single-leg-balance", "balance-pad-step-ups", "foam-pad-toe-raises")
_FUNCTIONAL = ("single-leg-deadlift", "one-sided-lunge", "sumo-squat")

# Exercises whose end position is the foot pointed down (plantarflexion), the direction the
# article names the most sensitive in posterior impingement. The posterior emphasis keeps them
# (the article does) and says when to stop; the library's cautions say the same.
POINTED_FOOT = ("ankle-plantarflexion", "foam-pad-toe-raises")
POSTERIOR_CAUTION = QT_TRANSLATE_NOOP("core.programs",
                                      "Stop if pointing the foot down pinches at the back of the ankle.")

EMPHASIS_NOTES = {  # the posterior note ends with POSTERIOR_CAUTION's words
    "anterior": QT_TRANSLATE_NOOP(
        "core.programs",
        "Anterior emphasis (the app's choice of order): ankle dorsiflexion comes first on every strength "
        "day, because the article notes that people with anterior impingement often find it weak. It "
        "starts at the program's dose, like the rest; raise it in the plan as it gets easier."),
    "posterior": QT_TRANSLATE_NOOP(
        "core.programs",
        "Posterior emphasis (the app's choice of order): seated ankle range of motion comes first every "
        "day; its plantarflexion variant is the one the article singles out for posterior impingement, "
        "so add it gently. Ankle plantarflexion and foam pad toe raises stay in, as in the article: "
        "stop if pointing the foot down pinches at the back of the ankle, and ask your therapist before "
        "going on with them."),
}


def suggestion_note() -> str:
    """SUGGESTION_NOTE in the user's language."""
    return translate("core.programs", SUGGESTION_NOTE)


def emphasis_note(emphasis: str) -> str:
    """The note on an emphasis ('anterior', 'posterior') in the user's language; '' for none."""
    return translate("core.programs", EMPHASIS_NOTES[emphasis]) if emphasis in EMPHASIS_NOTES else ""


@dataclass(frozen=True)
class Program:
    """A starter week: which groups go on which weekdays, and how hard (low or high end of each range).

    `name`, `summary` and `pattern` are English sources; `shown_name()` and the others give them translated."""

    id: str
    name: str
    summary: str  # one line, for `plan programs`
    pattern: str  # the weekly pattern in words
    days: tuple[tuple[tuple[str, ...], ...], ...]  # per weekday: the groups done, in order
    level: str = "low"  # "low": every range's low end; "high": the top of sets and reps

    def shown_name(self) -> str:
        return translate("core.programs", self.name)

    def shown_summary(self) -> str:
        return translate("core.programs", self.summary)

    def shown_pattern(self) -> str:
        return translate("core.programs", self.pattern)

    def title(self, emphasis: str = "") -> str:
        """'Early stage', or 'Early stage, anterior emphasis', in the user's language."""
        if emphasis == "anterior":
            return translate("core.programs", "{program}, anterior emphasis", "{program}: a starter program's "
                             "name").format(program=self.shown_name())
        if emphasis == "posterior":
            return translate("core.programs", "{program}, posterior emphasis", "{program}: a starter program's "
                             "name").format(program=self.shown_name())
        return self.shown_name()

    def describe(self, emphasis: str = "", note: bool = True) -> str:
        """The program in a few sentences, with its emphasis and (with `note`) the suggestion note."""
        parts = [translate("core.programs", "{summary}.", "a program's one-line summary ended as a sentence").format(
            summary=self.shown_summary()), self.shown_pattern()]
        if emphasis:
            parts.append(emphasis_note(emphasis))
        if note:
            parts.append(suggestion_note())
        return " ".join(parts)

    def build(self, library: Library, emphasis: str = "", starts_on: date | None = None) -> WeekPlan:
        """The program as a WeekPlan over `library` (exercises it lacks are left out)."""
        if emphasis not in ("", *EMPHASES):
            raise ValueError(f"emphasis must be anterior or posterior, not {emphasis!r}")
        name = translate("core.programs", "{program} (the app's suggestion)", "a new plan's name; {program}: a "
                         "starter program's name, maybe with its emphasis").format(program=self.title(emphasis))
        plan = WeekPlan(name=name, starts_on=starts_on, program=self.id, emphasis=emphasis)
        for weekday, groups in enumerate(self.days):
            ids = [ex_id for group in groups for ex_id in group]
            if emphasis == "anterior" and any(g is _STRENGTH for g in groups):
                ids.remove("ankle-dorsiflexion")
                ids.insert(ids.index(_STRENGTH[0]), "ankle-dorsiflexion")
            elif emphasis == "posterior" and "seated-ankle-rom" in ids:
                ids.remove("seated-ankle-rom")
                ids.insert(0, "seated-ankle-rom")
            for ex_id in ids:
                ex = library.get(ex_id)
                if ex is not None:
                    plan.add(weekday, _dose(ex, self.level))
        return plan


def _dose(ex: Exercise, level: str) -> Prescription:
    """The low end of every range, or for "high" the top of sets and reps (holds stay at the low end)."""
    base = default_dose(ex)
    if level != "high":
        return base
    sets, reps, _ = dose_amounts(ex)
    top = lambda a: a.high if a is not None and a.high is not None else None  # noqa: E731 - open-ended stays low
    return clamp_dose(ex, Prescription(ex.id, top(sets) or base.sets,
                                       top(reps) or base.reps, base.hold_s))


_REST = (_FLEX_LIGHT,)
PROGRAMS: tuple[Program, ...] = (
    Program(
        "early", QT_TRANSLATE_NOOP("core.programs", "Early stage"),
        QT_TRANSLATE_NOOP("core.programs", "Flexibility every day and gentle band strengthening, for the start of "
                                           "recovery"),
        QT_TRANSLATE_NOOP("core.programs", "Stretches daily; the four-way band routine on Monday, Wednesday and "
                                           "Friday at the low end of each range; Sunday is a rest day with only the "
                                           "two easiest stretches."),
        ((_FLEX, _STRENGTH), (_FLEX,), (_FLEX, _STRENGTH), (_FLEX,), (_FLEX, _STRENGTH), (_FLEX,), _REST),
    ),
    Program(
        "strength", QT_TRANSLATE_NOOP("core.programs", "Strength"),
        QT_TRANSLATE_NOOP("core.programs", "Daily flexibility with the band routine built up to the top of its "
                                           "ranges"),
        QT_TRANSLATE_NOOP("core.programs", "Stretches daily; the band routine on Monday, Wednesday and Friday at "
                                           "the top of its set and repetition ranges, with the days between for "
                                           "stretching; Sunday is a rest day."),
        ((_FLEX, _STRENGTH), (_FLEX,), (_FLEX, _STRENGTH), (_FLEX,), (_FLEX, _STRENGTH), (_FLEX,), _REST),
        level="high",
    ),
    Program(
        "balance", QT_TRANSLATE_NOOP("core.programs", "Balance"),
        QT_TRANSLATE_NOOP("core.programs", "Adds the balance exercises once stretching and strengthening feel "
                                           "comfortable (a stage of the app's own: the article only says the "
                                           "functional work comes last)"),
        QT_TRANSLATE_NOOP("core.programs", "Stretches daily; the band routine on Monday, Wednesday and Friday; "
                                           "balance work on Tuesday, Thursday and Saturday; Sunday is a rest day."),
        ((_FLEX, _STRENGTH), (_FLEX, _BALANCE), (_FLEX, _STRENGTH), (_FLEX, _BALANCE), (_FLEX, _STRENGTH),
         (_FLEX, _BALANCE), _REST),
    ),
    Program(
        "return-to-activity", QT_TRANSLATE_NOOP("core.programs", "Return to activity"),
        QT_TRANSLATE_NOOP("core.programs", "Functional training for the last stage, before going back to sport or "
                                           "demanding activity"),
        QT_TRANSLATE_NOOP("core.programs", "Stretches daily; strength on Monday and Thursday, balance on Tuesday "
                                           "and Friday, functional training on Wednesday and Saturday; Sunday is a "
                                           "rest day."),
        ((_FLEX, _STRENGTH), (_FLEX, _BALANCE), (_FLEX, _FUNCTIONAL), (_FLEX, _STRENGTH), (_FLEX, _BALANCE),
         (_FLEX, _FUNCTIONAL), _REST),
    ),
)

_BY_ID = {p.id: p for p in PROGRAMS}


def program(program_id: str) -> Program | None:
    return _BY_ID.get(program_id)


def program_ids() -> list[str]:
    return [p.id for p in PROGRAMS]
