"""Print every sentence of an exercise library that follows the source article too closely.

    PYTHONPATH=. .venv/bin/python scripts/own_words_report.py [LIBRARY.toml]

Reads the article from ../shared/reference/ (or REHAB_REFERENCE_DIR), like tests/test_own_words.py,
which runs the same measure on everything the user reads. Prints the findings and their count.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from tests.helpers import own_words

SKIP = {"id", "group", "side", "kind", "needs", "credit"}  # ids, tags and the article's own title


def texts(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for k, v in node.items() if k not in SKIP for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/exercises.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    names = tuple(e["name"] for e in data["exercises"]) + tuple(g["name"] for g in data["groups"])
    found = own_words.check_all(texts(data), names)
    for f in found:
        print(f)
    print(f"{len(found)} sentences of {path} follow the article too closely")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
