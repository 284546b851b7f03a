#!/usr/bin/env python3
"""Keep the translations in step with the code (docs/translating.md).

    python scripts/translations.py update            # extract: resources/translations/*.ts from the code
    python scripts/translations.py update --add fr   # start a new language
    python scripts/translations.py merge es FILE.json  # fill from [{context, source, comment?, translation}]
    python scripts/translations.py release           # compile every .ts into the .qm the app loads
    python scripts/translations.py status            # what is left to translate, per language

`update` runs `pyside6-lupdate` over every module under rehab_desktop/ (it finds `translate(...)` and
`QT_TRANSLATE_NOOP(...)` calls), then marks each source text holding %n as a plural, which lupdate's
Python reader does only when the count is a number written out. Translations already made are kept.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rehab_desktop"
FOLDER = ROOT / "resources" / "translations"
PLURAL_FORMS = {"es": 2, "fr": 2, "de": 2, "it": 2, "pt": 2, "nl": 2, "pl": 3, "ru": 3, "cs": 3, "ja": 1, "zh": 1}


def tool(name: str) -> str:
    """pyside6-lupdate or pyside6-lrelease beside this Python (the virtual environment), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def ts_path(language: str) -> Path:
    return FOLDER / f"rehab_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return FOLDER / f"rehab_desktop_{language}.qm"


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("rehab_desktop_") for p in FOLDER.glob("rehab_desktop_*.ts"))


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def extract(target: Path, language: str) -> None:
    """lupdate into `target`, then the plural fix; every translation already made is put back as it was
    (lupdate reads a plural it did not find as one back as a single string, so it is not trusted with them)."""
    kept = {key: copy.deepcopy(message.find("translation")) for key, message in messages(target).items()
            if not unfinished(message)} if target.exists() else {}
    files = [str(p.relative_to(ROOT)) for p in sources()]
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False) as listing:
        listing.write("\n".join(files))
    try:
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-target-language", language, f"@{listing.name}", "-ts", str(target)],
                       cwd=ROOT, check=True)
    finally:
        Path(listing.name).unlink()
    tree = ET.parse(target)
    fix_plurals(tree.getroot(), PLURAL_FORMS.get(language, 2))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            old = kept.get((name, message.findtext("source") or "", message.findtext("comment") or ""))
            if old is not None and (message.get("numerus") == "yes") == (old.find("numerusform") is not None):
                message.remove(message.find("translation"))
                message.append(old)
    write(tree, target)


def counted() -> set[tuple[str, str, str]]:
    """(context, source, comment) of every translate() call given a count: Qt looks these up as plurals
    (a count with a message that is not one finds no translation), with %n in the text or not."""
    found = set()
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                    and len(node.args) >= 4 and all(isinstance(a, ast.Constant) for a in node.args[:3])
                    and not (isinstance(node.args[3], ast.Constant) and node.args[3].value == -1)):
                found.add((node.args[0].value, node.args[1].value, node.args[2].value or ""))
    return found


def fix_plurals(root: ET.Element, forms: int) -> None:
    plural = counted()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _plural(message, forms, name, plural)


def _plural(message: ET.Element, forms: int, context: str, plural: set) -> None:
    source = message.findtext("source") or ""
    if message.get("numerus") != "yes" and ("%n" in source or
                                             (context, source, message.findtext("comment") or "") in plural):
        message.set("numerus", "yes")
        translation = message.find("translation")
        text = translation.text or ""
        translation.text = None
        for _ in range(forms):
            ET.SubElement(translation, "numerusform").text = text or None
        if text:
            translation.set("type", "unfinished")  # one text for every form: to be checked


def write(tree: ET.ElementTree, target: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> its <message>."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return not all((form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def merge(language: str, files: list[Path]) -> tuple[int, list[str]]:
    """Fill translations from JSON lists; returns how many were set and the entries that matched nothing."""
    target = ts_path(language)
    tree = ET.parse(target)
    index = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            index[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    done, missed = 0, []
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            key = (entry["context"], entry["source"], entry.get("comment") or "")
            message = index.get(key)
            if message is None:
                missed.append(f"{file.name}: {key[0]}: {key[1]!r}")
                continue
            translation = message.find("translation")
            value = entry["translation"]
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[-1]
            translation.attrib.pop("type", None)
            done += 1
    write(tree, target)
    return done, missed


def release(language: str, target: Path | None = None) -> Path:
    target = target or qm_path(language)
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts_path(language)), "-qm", str(target)],
                   check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update")
    up.add_argument("--add", metavar="LANG", help="start a translation for this language code")
    mg = sub.add_parser("merge")
    mg.add_argument("language")
    mg.add_argument("files", nargs="+", type=Path)
    sub.add_parser("release")
    sub.add_parser("status")
    args = parser.parse_args(argv)
    FOLDER.mkdir(parents=True, exist_ok=True)
    if args.command == "update":
        for language in sorted({*languages(), *([args.add] if args.add else [])}):
            extract(ts_path(language), language)
            print(f"{ts_path(language).relative_to(ROOT)}: {len(messages(ts_path(language)))} messages")
    elif args.command == "merge":
        done, missed = merge(args.language, args.files)
        print(f"{done} translations set")
        for line in missed:
            print("no such message:", line)
    elif args.command == "release":
        for language in languages():
            print(release(language).relative_to(ROOT))
    else:
        for language in languages():
            found = messages(ts_path(language))
            left = [key for key, message in found.items() if unfinished(message)]
            print(f"{language}: {len(found) - len(left)} of {len(found)} translated")
            for context, source, _ in left[:50]:
                print(f"  {context}: {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
