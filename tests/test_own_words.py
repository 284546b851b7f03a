"""Everything the user reads is the project's own wording: the article's facts carry over, its sentences do not.

The measure (tests/helpers/own_words.py) compares with the article itself, in ../shared/reference/.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from rehab_desktop.core.programs import EMPHASIS_NOTES, PROGRAMS, SUGGESTION_NOTE
from tests.helpers import own_words

ROOT = Path(__file__).resolve().parents[1]

# Sentences the app once shipped (issue 17 lists them) that followed the article too closely:
# the measure must catch every one.
TOO_CLOSE = [
    "Loosens the calf, which tends to get tight and sore with any ankle problem.",
    "Put a rolled towel under your calf so the foot can move freely.",
    "There should be little shaking or wobble, and no pain. If not, go back to the firm floor.",
    "Repeat, this time leading with the left foot. Keep switching the leading foot.",
    "Keep the stomach braced and the spine upright throughout.",
    "Weakness in this movement is common with anterior impingement.",
    # what to avoid, when to stop
    "In practice that usually means keeping away from the very ends of the ankle's movement, and from "
    "high-impact activity such as running and jumping, until your symptoms have settled.",
    "If your symptoms are not getting better, or are getting worse, contact your doctor soon.",
    "They may want further tests, such as an X-ray.",
    # the list of benefits
    "Less build-up of scar tissue",
    "Strength in the foot, ankle and lower leg for everyday life",
    "Better blood flow, which helps healing and eases swelling",
    "Steadier, better-moving joints, with less pain and irritation",
]


@pytest.mark.parametrize("text", TOO_CLOSE)
def test_the_measure_catches_what_the_app_used_to_say(text):
    assert own_words.check(text), text


def test_the_measure_lets_facts_and_plain_instructions_through():
    ok = ["Stand next to a wall, chair or counter you can hold.",  # the equipment, as the article names it
          "A foam pad or balance disc, to make it harder.",
          "Hold for 1–2 seconds at the top.",  # a dose is a fact
          "Ask your doctor or physical therapist whether these exercises suit you."]
    assert own_words.check_all(ok) == []


def library_texts(library) -> list[str]:
    texts = []
    for e in library.exercises:
        texts += [e.setup, e.purpose, *e.steps, *e.cautions, *e.progressions, e.emphasis_note, e.key_instruction,
                  e.dose.note, *(q.text for q in e.equipment)]
    g = library.guidance
    texts += [g.disclaimer, g.avoid, g.stop, g.tolerate, g.staging, *g.benefits,
              *(gr.description for gr in library.groups), library.credit.note]
    return texts


def facts(library) -> tuple[str, ...]:
    """Names may carry over word for word: the exercises', the groups' and the article's title."""
    c = library.credit
    return (*(e.name for e in library.exercises), *(g.name for g in library.groups), c.title, c.author)


def report(found) -> str:
    return "\n".join(str(f) for f in found)


def test_the_exercise_library(library):
    found = own_words.check_all(library_texts(library), facts(library))
    assert found == [], report(found)


def test_the_starter_programs(library):
    texts = [SUGGESTION_NOTE, *EMPHASIS_NOTES.values()]
    for p in PROGRAMS:
        texts += [p.name, p.summary, p.pattern, *(p.describe(e) for e in ("", "anterior", "posterior"))]
    found = own_words.check_all(texts, facts(library))
    assert found == [], report(found)


PLACEHOLDER = " xx "  # stands for an f-string's {value}: a word the article never uses


def source_strings(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            out.append("".join(v.value if isinstance(v, ast.Constant) else PLACEHOLDER for v in node.values))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node.value)
    return out


def test_every_string_in_the_app(library):
    """Window text, dialogs, menus, tooltips, messages, the welcome and About, the printed sheet's words."""
    files = sorted((ROOT / "rehab_desktop").rglob("*.py"))
    assert len(files) > 50
    texts = [s for f in files for s in source_strings(f) if len(own_words.words(s)) >= 3]
    assert any("Which ankle is affected" in t for t in texts)  # the welcome is among them
    found = own_words.check_all(texts, facts(library))
    assert found == [], report(found)


def test_the_printed_sheet(library, tmp_path):
    """The real PDF of the fullest starter week, as pdftotext reads it."""
    pdf = tmp_path / "week.pdf"
    env_cmd = [sys.executable, "-m", "rehab_desktop", "--data-dir", str(tmp_path / "data"),
               "plan", "pdf", str(pdf), "--program", "return-to-activity", "--emphasis", "posterior"]
    subprocess.run(env_cmd, check=True, cwd=ROOT, capture_output=True, timeout=120)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert "Sumo squat" in text and "Single-leg deadlift" in text
    # Columns and line ends break sentences: compare whole lines, and the page as one text.
    found = own_words.check_all([" ".join(text.split())], facts(library))
    assert found == [], report(found)


def test_the_readme_and_the_desktop_files(library):
    texts = [(ROOT / "README.md").read_text(encoding="utf-8"), (ROOT / "docs" / "ARCHITECTURE.md").read_text()]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "packaging" / "linux").glob("*.*") if
              p.suffix in (".xml", ".desktop")]
    found = own_words.check_all(texts, facts(library))
    assert found == [], report(found)


def test_the_figures_words(library):
    """Each figure's sentence for screen readers, and the short labels drawn on it."""
    from rehab_desktop.core.figures import load_figures

    book = load_figures()
    texts = [f.alt for f in book.figures] + [c.text for f in book.figures for c in f.cues if c.text]
    assert len(texts) >= 13
    found = own_words.check_all(texts, facts(library))
    assert found == [], report(found)
