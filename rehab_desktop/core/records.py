"""Plain records that pass between the timer engine, the session service and the history store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from rehab_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class LegSide(StrEnum):
    """Which leg a set was done on."""

    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"

    @property
    def label(self) -> str:
        return translate("core.records", _LEG_LABELS[self.value])


_LEG_LABELS = {"left": QT_TRANSLATE_NOOP("core.records", "Left leg"),
               "right": QT_TRANSLATE_NOOP("core.records", "Right leg"),
               "both": QT_TRANSLATE_NOOP("core.records", "Both legs")}


class SetStatus(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Prescription:
    """The dose a person chose for one exercise: within the exercise's ranges, or (when their
    therapist prescribed it) anywhere within the safety limits (`core.plan.SAFETY_LIMITS`)."""

    exercise_id: str
    sets: int
    reps: int | None = None  # per set (per side for alternating exercises); None for holds
    hold_s: int | None = None  # the hold, or the pause at the end of each rep
    resistance: str = ""  # band colour or strength, free text
    weight_kg: float | None = None
    prescribed: bool = False  # the user says their therapist prescribed this dose
    prescribed_by: str = ""  # who, when the user named them


@dataclass(frozen=True)
class SetRecord:
    """One set as it happened; committed to the store the moment it completes."""

    exercise_id: str
    movement: str  # Movement.key: "main", "inversion", "eversion"
    side: LegSide
    set_number: int  # 1-based, counted per movement and side
    target_reps: int | None
    achieved_reps: int | None
    target_hold_s: float | None
    achieved_hold_s: float | None
    started_at: datetime  # timezone-aware
    ended_at: datetime
    status: SetStatus = SetStatus.COMPLETED
    pain_flag: bool = False
    pain_rating: int | None = None  # 0-10 when the person pressed "It hurts"
