"""Finds text that follows the source article too closely (the facts may carry over, the wording not).

Two measures, both over lightly stemmed words ("rolled" and "roll" are one word):
- a run of RUN consecutive words that also appears in the article ("and sore with any ankle");
- a sentence most of whose words occur in one article sentence in the same order (the longest
  common subsequence): a sentence rebuilt from the article's, with a word changed here and
  there ("Repeat, this time leading with the left foot" against "Repeat the sequence, this time
  leading with your left foot").
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# The source article sits beside the repository, in ../shared/reference/ (CI has it there too);
# REHAB_REFERENCE_DIR points elsewhere.
REFERENCE = Path(os.environ.get("REHAB_REFERENCE_DIR")
                 or Path(__file__).resolve().parents[2].parent / "shared" / "reference")
ARTICLE = REFERENCE / "ankle-impingement-exercises.md"

RUN = 5  # consecutive shared words
LCS_WORDS = 6  # a sentence sharing at least this many words, in order, with one article sentence ...
LCS_SHARE = 0.5  # ... that make up at least this share of the sentence

# Facts that carry over word for word: equipment, places on the body, who to ask. Numbers are
# facts too (doses). Each is replaced by a marker that matches nothing in the article.
FACT_PHRASES = (
    "foam pad or balance disc", "wall, chair or counter", "chair or wall", "doctor or physical therapist",
    "front of the ankle", "back of the ankle", "range of motion", "ankle impingement",
)
_STOP = (
    "a an the and or but of to in on at for with as by from into onto up down out over under your you it its "
    "this that these those is are be been being will can may should do does not no so if then than there their "
    "they them we our us one each all any both more most very just also")
STOPWORDS = frozenset(_STOP.split())
CONTENT = 3  # an in-order match must include at least this many words that are not stop words
LCS_CLOSE = 0.7  # ... unless it makes up this share of the sentence: then stop words count too
KEY_WORDS = 4  # the sentence's own content words (not stop words) in the article's order: at least this many ...
KEY_SHARE = 0.5  # ... making up this share of them, or
KEY_LONG = 7  # this many whatever the share (a long sentence rebuilt idea by idea)

_SPLIT = re.compile(r"[.!?;:\n\u2022()\[\]{}|\u2014]+|\s[-\u2013]\s")


@dataclass(frozen=True)
class Finding:
    text: str  # the app's sentence
    source: str  # the article's sentence it follows
    why: str  # "run: and sore with any ankle" or "order: 7 of 8 words"

    def __str__(self) -> str:
        return f"{self.why}\n    app:     {self.text}\n    article: {self.source}"


def stem(word: str) -> str:
    for suffix in ("ing", "ed", "es"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def words(text: str) -> list[str]:
    return [stem(w) for w in re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'s", ""))]


@cache
def _facts() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(words(f)) for f in FACT_PHRASES)


def _mask(w: list[str], extra: tuple[tuple[str, ...], ...] = ()) -> list[str]:
    """`w` with fact phrases and numbers replaced by a marker."""
    out = ["\x00" if x.isdigit() else x for x in w]
    for f in _facts() + extra:
        for i in range(len(out) - len(f) + 1):
            if tuple(out[i:i + len(f)]) == f:
                out[i:i + len(f)] = ["\x00"] * len(f)
    return out


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(text) if len(words(s)) >= 2]


@cache
def article() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The article's sentences with their words; the reference note above the rule is not the article."""
    if not ARTICLE.is_file():
        raise FileNotFoundError(f"the source article is needed to compare with: {ARTICLE} is missing "
                                "(set REHAB_REFERENCE_DIR to the folder that holds it)")
    body = ARTICLE.read_text(encoding="utf-8").split("-" * 20, 1)[1]
    return tuple((s, tuple(words(s))) for s in sentences(body))


@cache
def _runs() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for s, w in article():
        for i in range(len(w) - RUN + 1):
            out.setdefault(tuple(w[i:i + RUN]), s)
    return out


def _lcs(a: list[str], b: tuple[str, ...]) -> list[str]:
    """The longest common subsequence of two word lists."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out[::-1]


def check(text: str, facts: tuple[str, ...] = ()) -> list[Finding]:
    """What in `text` follows the article too closely, one finding per sentence at most.

    `facts`: more phrases that may carry over word for word (the exercise and group names).
    """
    found = []
    runs = _runs()
    extra = tuple(tuple(words(f)) for f in facts)
    for s in sentences(text):
        w = _mask(words(s), extra)
        hit = next((tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1) if tuple(w[i:i + RUN]) in runs), None)
        if hit:
            found.append(Finding(s, runs[hit], "run: " + " ".join(hit)))
            continue
        if len(w) < LCS_WORDS:
            continue
        hit = _in_order(w)
        if hit:
            found.append(Finding(s, *hit))
    return found


def _content(w) -> list[str]:
    return [x for x in w if x not in STOPWORDS and x != "\x00"]


def _in_order(w: list[str]) -> tuple[str, str] | None:
    """(article sentence, why) when the sentence follows one article sentence word by word in order."""
    mine, key = Counter(w), _content(w)
    for src, sw in article():
        if sum((mine & Counter(sw)).values()) < KEY_WORDS:
            continue
        common = _lcs(w, sw)
        n, n_content = len(common), len(_content(common))
        if n >= LCS_WORDS and (n >= LCS_CLOSE * len(w) or (n >= LCS_SHARE * len(w) and n_content >= CONTENT)):
            return src, f"order: {n} of {len(w)} words ({' '.join(common)})"
        common = _lcs(key, tuple(_content(sw)))
        if len(common) >= KEY_LONG or (len(common) >= KEY_WORDS and len(common) >= KEY_SHARE * len(key)):
            return src, f"ideas: {len(common)} of {len(key)} words ({' '.join(common)})"
    return None


def check_all(texts, facts: tuple[str, ...] = ()) -> list[Finding]:
    out: list[Finding] = []
    seen = set()
    for t in texts:
        if t and t not in seen:
            seen.add(t)
            out += check(t, facts)
    return out
