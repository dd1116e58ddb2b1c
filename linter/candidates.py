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
