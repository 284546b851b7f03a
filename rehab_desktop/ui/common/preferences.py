"""The user's preferences: every settings.ini key with its type and default, read and written here only."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from rehab_desktop.core.exercises import Exercise
from rehab_desktop.core.records import LegSide, Prescription
from rehab_desktop.core.reminders import ReminderSettings, parse_times, parse_weekdays
from rehab_desktop.core.timer import TimerOptions

if TYPE_CHECKING:
    from rehab_desktop.core.suggestions import Thresholds

SETTINGS_FILE = "settings.ini"
THEMES = ("system", "light", "dark")
SIDES = ("left", "right")
AFFECTED = ("left", "right", "both")
PAGES = ("", "a4", "letter")  # "" = the paper usual where the computer is (Letter in the US, else A4)
TIMER_FIELDS = frozenset({"lead_in_s", "rest_s", "affected_side", "first_side"})  # what timer_options() reads


@dataclass(frozen=True)
class Preferences:
    """What the user chose; a field's default is what a new user gets."""

    theme: str = "system"
    text_scale: float = 1.0  # 1.0 to 2.0: the settings dialog's 100 % to 200 %
    lead_in_s: float = 5.0
    rest_s: float = 30.0
    affected_side: str = "left"  # left, right or both
    first_side: str = "left"  # with both ankles affected: the side every exercise starts on
    tempo: int = 2  # seconds to move into and back from a paced rep
    manual_reps: bool = False
    sound: bool = True
    voice: bool = True
    read_steps: bool = False
    muted: bool = False
    speech_engine: str = ""  # "" = the platform's default engine
    speech_rate: float = 0.0  # -1.0 to 1.0
    voice_name: str = ""
    print_page: str = ""
    chart_range: int = -1  # index into the history charts' ranges; -1 = their default
    chart_exercise: str = ""
    welcomed: bool = False
    language: str = ""  # "" = the system's language when the app has it, else English; "en", "es", ...
    backup_folder: str = ""  # "" = <data dir>/backups
    backup_weekly: bool = True
    backup_keep: int = 5  # automatic backups kept (1 to 20)
    figure_motion: bool = True  # the figures move in step with the timer; False: each holds the end position
    figure_thumbnails: bool = True  # a small still of each exercise's figure in the list
    patient_name: str = ""  # printed only in the therapist summary's header
    therapist_name: str = ""
    reminders: bool = False  # "Remind me": off until the person turns it on
    reminder_times: str = "18:00"  # times of day, "08:30 18:00" (kept while reminders are off)
    reminder_days: str = ""  # "" = the days the plan has exercises; else weekdays "0 2 4" (0 = Monday)
    reminder_snooze: int = 30  # minutes "Later" waits
    suggestions: bool = True  # suggest when to move on, stay or ease, from the history
    suggest_sessions: int = 3  # sessions in a row that must have gone well (the app's default)
    suggest_max_pain: int = 2  # the highest pain after a session that still counts as going well
    suggest_pain_rise: int = 2  # pain after this much above pain before counts as a rise
    check_unit: str = "cm"  # knee-to-wall distances typed and shown in cm or in (inches)
    check_interval: int = 7  # days from one self-check to the next being due
    check_stance_max: int = 30  # seconds a timed single-leg stance stops at (30 or 60)
    check_eyes_closed: bool = False  # also time the stance with eyes closed
    check_sport: bool = False  # also rate running or jumping (for those returning to sport)
    check_affected_first: bool = True  # test the affected side first (else the other side first)
    calendar_time: str = ""  # the calendar file's start time, "18:00"; "" = the first reminder time, else 18:00
    calendar_alarm: int = 0  # minutes before the start its alarm goes off; -1 = no alarm


# Field -> key in settings.ini. Keys never change once shipped: existing files must keep working.
KEYS = {
    "theme": "appearance/theme", "text_scale": "appearance/text_scale",
    "lead_in_s": "timer/lead_in_s", "rest_s": "timer/rest_s", "affected_side": "timer/affected_side",
    "first_side": "timer/first_side", "tempo": "timer/tempo", "manual_reps": "timer/manual_reps",
    "sound": "cues/sound", "voice": "cues/voice", "read_steps": "cues/read_steps", "muted": "cues/muted",
    "speech_engine": "cues/engine", "speech_rate": "cues/rate", "voice_name": "cues/voice_name",
    "print_page": "plan/page", "chart_range": "history/chart_range", "chart_exercise": "history/chart_exercise",
    "welcomed": "app/welcomed", "language": "app/language",
    "backup_folder": "backup/folder", "backup_weekly": "backup/weekly", "backup_keep": "backup/keep",
    "figure_motion": "figures/motion", "figure_thumbnails": "figures/thumbnails",
    "patient_name": "summary/patient_name", "therapist_name": "summary/therapist_name",
    "reminders": "reminders/on", "reminder_times": "reminders/times", "reminder_days": "reminders/days",
    "reminder_snooze": "reminders/snooze_min",
    "suggestions": "suggestions/on", "suggest_sessions": "suggestions/sessions",
    "suggest_max_pain": "suggestions/max_pain", "suggest_pain_rise": "suggestions/pain_rise",
    "check_unit": "self_check/unit", "check_interval": "self_check/interval_days",
    "check_stance_max": "self_check/stance_max_s", "check_eyes_closed": "self_check/eyes_closed",
    "check_sport": "self_check/sport", "check_affected_first": "self_check/affected_first",
    "calendar_time": "calendar/time", "calendar_alarm": "calendar/alarm",
}
CHECK_UNITS = ("cm", "in")  # core.self_checks.Unit's values
CHECK_INTERVALS = (7, 14, 28)  # core.self_checks.INTERVAL_CHOICES
CHECK_STANCE_MAX = (30, 60)  # core.self_checks.STANCE_MAX_CHOICES (a test holds these equal)
_CHOICES = {"theme": THEMES, "affected_side": AFFECTED, "first_side": SIDES, "print_page": PAGES,
            "check_unit": CHECK_UNITS, "check_interval": CHECK_INTERVALS, "check_stance_max": CHECK_STANCE_MAX}
_LIMITS = {"text_scale": (1.0, 2.0), "lead_in_s": (0.0, 600.0), "rest_s": (0.0, 600.0), "tempo": (1, 5),
           "speech_rate": (-1.0, 1.0), "chart_range": (-1, 100), "backup_keep": (1, 20),
           "reminder_snooze": (5, 240), "calendar_alarm": (-1, 24 * 60),
           # core.suggestions' SESSIONS_RANGE, MAX_PAIN_RANGE and PAIN_RISE_RANGE (a test holds them equal; that
           # module is not needed before the first paint)
           "suggest_sessions": (2, 8), "suggest_max_pain": (0, 5), "suggest_pain_rise": (1, 5)}
_DEFAULTS = Preferences()
_TYPES = {f.name: type(getattr(_DEFAULTS, f.name)) for f in fields(Preferences)}


def _parse(name: str, raw: object):
    """`raw` from the file as the field's type, or the default when it is missing or unreadable."""
    default = getattr(_DEFAULTS, name)
    if raw is None:
        return default
    kind = _TYPES[name]
    try:
        if kind is bool:
            value = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("true", "1", "yes")
        elif kind is int:
            value = int(float(raw))
        elif kind is float:
            value = float(raw)
        elif isinstance(raw, list):  # a hand-edited value with commas reads back as a list
            value = " ".join(str(part).strip() for part in raw)
        else:
            value = str(raw)
    except (TypeError, ValueError):
        return default
    if name in _CHOICES and value not in _CHOICES[name]:
        return default
    if name in _LIMITS:
        low, high = _LIMITS[name]
        value = kind(max(low, min(high, value)))
    return value


def _opt_int(raw: object) -> int | None:
    try:
        return int(float(raw)) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None


class PreferenceStore(QObject):
    """settings.ini read once into `values`; `update()` checks, writes and says what changed."""

    changed = Signal(frozenset)  # names of the Preferences fields that changed

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._file = QSettings(str(self.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.values = Preferences(**{name: _parse(name, self._file.value(key)) for name, key in KEYS.items()})

    def update(self, **changes) -> None:
        """Set and keep the named fields (unknown names are a bug: TypeError)."""
        new = dataclasses.replace(self.values, **changes)
        cleaned = {name: _parse(name, getattr(new, name)) for name in changes}
        differ = frozenset(n for n, v in cleaned.items() if v != getattr(self.values, n))
        self.values = dataclasses.replace(self.values, **cleaned)
        for name in changes:
            self._file.setValue(KEYS[name], cleaned[name])
        self._file.sync()
        if differ:
            self.changed.emit(differ)

    # -- derived -------------------------------------------------------------------

    def timer_options(self) -> TimerOptions:
        """Get-ready, rest and sides as the timer engine takes them."""
        v = self.values
        return TimerOptions(lead_in_s=v.lead_in_s, rest_s=v.rest_s, first_side=LegSide(v.first_side),
                            affected_side=LegSide(v.affected_side))  # BOTH: each side in turn

    def reminder_settings(self) -> ReminderSettings:
        """The reminders as core.reminders takes them: no times while "Remind me" is off (or unreadable)."""
        v = self.values
        try:
            times = parse_times(v.reminder_times) if v.reminders else ()
            days = parse_weekdays(v.reminder_days)
        except ValueError:
            return ReminderSettings()
        return ReminderSettings(times=times, weekdays=days, snooze_min=v.reminder_snooze)

    def thresholds(self) -> Thresholds:
        """How cautious the progression suggestions are, as core.suggestions takes it."""
        from rehab_desktop.core.suggestions import Thresholds

        v = self.values
        return Thresholds(sessions=v.suggest_sessions, max_pain=v.suggest_max_pain, pain_rise=v.suggest_pain_rise)

    def backup_folder(self) -> Path:
        """Where backups go: the folder the user chose, else `<data dir>/backups`."""
        from rehab_desktop.store import default_backup_folder

        return Path(self.values.backup_folder) if self.values.backup_folder else default_backup_folder(self.data_dir)

    # -- the dose last chosen per exercise -----------------------------------------

    def chosen_dose(self, exercise: Exercise) -> Prescription:
        """The dose last chosen for `exercise` in the timer, else its default number of sets.

        Reps and hold are None where none was chosen: the timer then takes each movement's default,
        and it brings every figure within the movement's range.
        """
        key = f"dose/{exercise.id}"
        sets = _opt_int(self._file.value(f"{key}/sets"))
        sets = exercise.dose.sets.clamp(sets if sets is not None else exercise.dose.sets.default)
        return Prescription(exercise.id, sets,
                            _opt_int(self._file.value(f"{key}/reps")), _opt_int(self._file.value(f"{key}/hold")))

    def remember_dose(self, dose: Prescription) -> None:
        key = f"dose/{dose.exercise_id}"
        self._file.setValue(f"{key}/sets", dose.sets)
        for name, value in (("reps", dose.reps), ("hold", dose.hold_s)):
            if value is not None:
                self._file.setValue(f"{key}/{name}", value)
        self._file.sync()

    # -- window layout -------------------------------------------------------------

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """(geometry, splitter state) as last saved, or None where there is none."""
        def read(key: str) -> QByteArray | None:
            value = self._file.value(key)
            return value if isinstance(value, QByteArray) else None

        return read("window/geometry"), read("window/splitter")

    def save_window_state(self, geometry: QByteArray, splitter: QByteArray) -> None:
        self._file.setValue("window/geometry", geometry)
        self._file.setValue("window/splitter", splitter)
        self._file.sync()
