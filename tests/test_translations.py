"""The translations are whole and in step with the code: what a Spanish-speaking user would meet as an
English word in a Spanish window, a crash on a missing placeholder, or a stale compiled file."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "translations.py"
PACKAGE = ROOT / "rehab_desktop"
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
TAG = re.compile(r"</?\w+[^>]*>")


def _script():
    spec = importlib.util.spec_from_file_location("translations_script", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _script()


def test_spanish_is_shipped():
    assert tool.languages() == ["es"]
    assert tool.qm_path("es").is_file()


def test_the_ts_files_hold_exactly_what_the_code_marks(tmp_path):
    """Run the extraction into a copy: no message the code marks is missing and none is left over."""
    for language in tool.languages():
        copy = tmp_path / tool.ts_path(language).name
        shutil.copy(tool.ts_path(language), copy)
        tool.extract(copy, language)
        have, fresh = set(tool.messages(tool.ts_path(language))), set(tool.messages(copy))
        assert sorted(fresh - have) == [], "run: python scripts/translations.py update"
        assert sorted(have - fresh) == [], "run: python scripts/translations.py update"


def test_every_message_is_translated():
    for language in tool.languages():
        left = [f"{c}: {s!r}" for (c, s, _), m in tool.messages(tool.ts_path(language)).items() if tool.unfinished(m)]
        assert left == []


def _forms(message) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_translations_keep_the_placeholders_tags_and_one_mnemonic():
    problems = []
    for language in tool.languages():
        for (context, source, _), message in tool.messages(tool.ts_path(language)).items():
            forms = _forms(message)
            if message.get("numerus") == "yes" and len(forms) != tool.PLURAL_FORMS.get(language, 2):
                problems.append(f"{context}: {source!r}: {len(forms)} plural forms")
            for text in forms:
                if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
                if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                    problems.append(f"{context}: {source!r} -> {text!r}: markup differs")
                if ("%n" in source) != ("%n" in text):
                    problems.append(f"{context}: {source!r} -> {text!r}: %n")
                if text.replace("&&", "").count("&") != source.replace("&&", "").count("&"):
                    problems.append(f"{context}: {source!r} -> {text!r}: mnemonics differ")
    assert problems == []


def test_the_compiled_files_are_up_to_date(tmp_path):
    for language in tool.languages():
        fresh = tool.release(language, tmp_path / f"{language}.qm")
        assert fresh.read_bytes() == tool.qm_path(language).read_bytes(), "run: python scripts/translations.py release"


def _calls():
    """Every translate(...) and QT_TRANSLATE_NOOP(...) call in the package, with where it is."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP", "tr"):
                    yield path.relative_to(ROOT), node, name


def test_every_marked_string_is_one_the_extractor_can_read():
    """lupdate reads literal texts only, and silently drops a call whose count is an expression."""
    problems = []
    for path, node, name in _calls():
        where = f"{path}:{node.lineno}"
        if name == "tr":
            problems.append(f"{where}: self.tr() takes the subclass's name as context; use translate()")
            continue
        if isinstance(node.func, ast.Attribute) and name == "translate" and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication"):
            continue  # another object's translate (a QTranslator's own)
        args = node.args
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]]
        if len(args) < 2 or not literal[0] or (name == "QT_TRANSLATE_NOOP" and not literal[1]):
            problems.append(f"{where}: context and text must be written out")
            continue
        if not literal[1]:  # a value marked with QT_TRANSLATE_NOOP, looked up where shown
            continue
        if not args[0].value.startswith(("ui.", "core.", "store.", "app")):
            problems.append(f"{where}: context {args[0].value!r} is not a module path")
        if len(args) > 2 and not (isinstance(args[2], ast.Constant) and (args[2].value is None or
                                                                          isinstance(args[2].value, str))):
            problems.append(f"{where}: the comment must be written out")
        if len(args) > 3 and not isinstance(args[3], (ast.Name, ast.Constant)):
            problems.append(f"{where}: the count must be a plain name (lupdate drops the call otherwise)")
        if node.keywords:
            problems.append(f"{where}: keyword arguments are not read by lupdate")
        if "%n" in args[1].value and name == "translate" and len(args) < 4:
            problems.append(f"{where}: %n without a count")
    assert problems == []


def test_nothing_is_translated_at_import_time():
    """A module-level translate() runs before the language is installed and stays English."""
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for stmt in tree.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                body = [s for s in stmt.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))] \
                    if isinstance(stmt, ast.ClassDef) else []
            else:
                body = [stmt]
            for part in body:
                for node in ast.walk(part):
                    if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) \
                            == "translate" and not isinstance(node.func, ast.Attribute):
                        problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert problems == []


@pytest.fixture
def english_again(qapp):
    from rehab_desktop.ui.common import i18n

    yield
    i18n.install(qapp, "en", pseudo="")


def test_spanish_installs_and_english_comes_back(qapp, english_again):
    from datetime import date

    from rehab_desktop.core.i18n import formats, translate
    from rehab_desktop.ui.common import i18n

    installed = i18n.install(qapp, "es", pseudo="")
    assert installed.language == "es" and len(installed.translators) == 2  # ours and Qt's qtbase_es
    assert formats().long_day(date(2026, 5, 4)) == "lunes, 4 de mayo de 2026"
    assert formats().decimal(2.5) == "2,5"
    assert translate("ui.common.i18n", "d MMMM yyyy", "date pattern: 4 May 2026") != "d MMMM yyyy"
    i18n.install(qapp, "en", pseudo="")
    assert formats().long_day(date(2026, 5, 4)) == "Monday 4 May 2026"
    assert formats().decimal(2.5) == "2.5"


def test_the_system_language_is_used_when_shipped():
    from PySide6.QtCore import QLocale

    from rehab_desktop.ui.common import i18n

    assert i18n.resolve("", QLocale("es_MX")) == "es"
    assert i18n.resolve("", QLocale("de_DE")) == "en"
    assert i18n.resolve("en", QLocale("es_ES")) == "en"
    assert i18n.resolve("xx", QLocale("fr_FR")) == "en"


def test_english_plurals_without_a_translator():
    from rehab_desktop.core.i18n import english

    assert english("%n set(s) left", 1) == "1 set left"
    assert english("%n set(s) left", 0) == "0 sets left"
    assert english("%n match(es)", 2) == "2 matches"
    assert english("Hold (s)", -1) == "Hold (s)"
