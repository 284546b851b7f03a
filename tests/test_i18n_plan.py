"""The weekly plan's words go through core.i18n: English as before, and another language's when one is installed."""

from __future__ import annotations

import pytest

from rehab_desktop.core import i18n
from rehab_desktop.core.plan import WeekPlan, default_dose, default_name, dose_text, prescribed_text
from rehab_desktop.core.plan_versions import plan_changes
from rehab_desktop.core.programs import SUGGESTION_NOTE, program
from rehab_desktop.core.records import Prescription

SPANISH = {  # (context, source): translation, or [singular, plural] for a count
    ("core.plan", "%n{mark} set(s) \u00d7 {work}"): ["%n{mark} serie \u00d7 {work}", "%n{mark} series \u00d7 {work}"],
    ("core.plan", "%n{mark} reps"): ["%n{mark} repetici\u00f3n", "%n{mark} repeticiones"],
    ("core.plan", "prescribed by {therapist}"): "prescrita por {therapist}",
    ("core.plan", "My weekly plan"): "Mi plan semanal",
    ("core.plan", "{day}, exercise {number}: '{id}' is not in the exercise library"):
        "{day}, ejercicio {number}: \u201c{id}\u201d no est\u00e1 en la biblioteca de ejercicios",
    ("core.plan_versions", "First plan: %n exercise(s) a week"):
        ["Primer plan: %n ejercicio a la semana", "Primer plan: %n ejercicios a la semana"],
    ("core.plan_versions", "{exercise}: now on {days} (was {old_days})"): "{exercise}: ahora {days} (antes {old_days})",
    ("core.programs", "Early stage"): "Etapa inicial",
    ("core.programs", "{program}, anterior emphasis"): "{program}, \u00e9nfasis anterior",
    ("core.programs", "{program} (the app's suggestion)"): "{program} (sugerencia de la aplicaci\u00f3n)",
}


class SpanishDays(i18n.Formats):
    language = "es"
    _DAYS = ("lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo")

    def weekday_name(self, weekday: int, short: bool = False) -> str:
        name = self._DAYS[weekday]
        return name[:3] if short else name


def lookup(context, text, disambiguation, n):
    found = SPANISH.get((context, text))
    if isinstance(found, list):
        return found[0 if n == 1 else 1].replace("%n", str(n))
    return found or (text.replace("%n", str(n)) if n >= 0 else text)


@pytest.fixture
def spanish():
    i18n.install(lookup, SpanishDays())
    yield
    i18n.install(None)


def test_english_is_as_it_was(library):
    calf, squat = library["standing-calf-stretch"], library["sumo-squat"]
    assert dose_text(calf, default_dose(calf)) == "2 sets \u00d7 30 s hold, each leg"
    one = Prescription(squat.id, 1, 12, None, "red band", 2.5, True, "Ana")
    assert dose_text(squat, one) == "1 set in all \u00d7 12 reps, the pad under the other foot each set, red band, " \
                                    "2.5 kg, prescribed by Ana"
    assert WeekPlan().name == default_name() == "My weekly plan"
    assert program("early").title("anterior") == "Early stage, anterior emphasis"
    assert program("early").describe("", note=False) + " " + SUGGESTION_NOTE == program("early").describe("")


def test_doses_and_plans_in_another_language(library, spanish):
    sumo, ankle = library["sumo-squat"], library["ankle-plantarflexion"]
    text = dose_text(ankle, Prescription(ankle.id, 1, 12, None, prescribed=True, prescribed_by="Ana"))
    assert text.startswith("1 serie \u00d7 12 repeticiones") and text.endswith("prescrita por Ana")
    assert dose_text(sumo, default_dose(sumo)).startswith("2 sets in all \u00d7 10 repeticiones")  # one untranslated
    assert WeekPlan().name == "Mi plan semanal"
    assert prescribed_text(Prescription(ankle.id, 1, prescribed=True, prescribed_by="Ana")) == "prescrita por Ana"

    plan = WeekPlan(days=[[Prescription("no-such-exercise", 2, 10)], [], [], [], [], [], []])
    assert plan.validate(library)[0].message.startswith("Lunes, ejercicio 1: \u201cno-such-exercise\u201d")

    first = program("early").build(library, "anterior")
    assert first.name == "Etapa inicial, \u00e9nfasis anterior (sugerencia de la aplicaci\u00f3n)"
    count = first.entry_count()
    assert plan_changes(None, first, library) == [f"Primer plan: {count} ejercicios a la semana"]
    moved = first.copy()
    moved.days[1] = list(moved.days[0])
    moved.days[0] = []
    changes = plan_changes(first, moved, library)
    assert "Ankle plantarflexion: ahora mar, mi\u00e9, vie (antes lun, mi\u00e9, vie)" in changes
