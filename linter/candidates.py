"""Run a slow pattern only where a match can start.

A pattern that begins with a lookbehind, ``\\b``, ``re.I`` letters or an alternation of words is
tried by ``re`` at every character of the text (see :mod:`postlint.textscan`). When cheap literal
scans can list every position where such a pattern could match (a superset is enough),
:func:`finditer_at` gives exactly what ``pattern.finditer(text)`` gives while trying only those
positions. The pattern itself is unchanged, so its meaning (case folding, word boundaries,
alternation order) is unchanged too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from postlint.textscan import lowered

# Characters that re.IGNORECASE matches to an ASCII letter although their lower case is not that
# letter (the Kelvin sign already lowers to "k"): dotted and dotless I, long s.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@lru_cache(maxsize=4)
def folded(text: str) -> str:
    """``text`` lower-cased offset for offset, so that wherever a ``re.I`` pattern matches an ASCII
    literal in ``text``, that literal in lower case stands at the same offset in ``folded(text)``.
    Cached: the extractors of one posting share it."""
    low = lowered(text)
    # translate() is slow; these characters are rare.
    return low.translate(_FOLD) if "İ" in low or "ı" in low or "ſ" in low else low


def literal_starts(haystack: str, literals: Iterable[str]) -> set[int]:
    """Every offset where one of ``literals`` occurs in ``haystack``, overlapping ones included."""
    starts = set()
    find = haystack.find
    for literal in literals:
        at = find(literal)
        while at >= 0:
            starts.add(at)
            at = find(literal, at + 1)
    return starts


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, given ``starts``: every offset where a match may begin. For
    patterns that never match the empty string.

    finditer tries each offset in turn and resumes after each match; offsets not in ``starts``
    cannot match, so trying only ``starts`` in order finds the same matches. ``match(text, pos)``
    sees the text before ``pos``, so lookbehinds and ``\\b`` read as in a whole-text search.
    """
    resume = 0
    match = pattern.match
    for start in sorted(starts):
        if start < resume or start < 0:
            continue
        found = match(text, start)
        if found is not None:
            yield found
            resume = found.end()
