"""Fast whole-text matching for extractors.

Python's ``re`` finds a pattern quickly only when the pattern starts with a literal: it then jumps
between occurrences of that literal (about 1 ms per MB). A leading ``\\b``, ``re.I`` or an
alternation of different words turns that off, and the engine tries a match at every character
(15-30 ms per MB, per pattern; a corpus posting is about 8 KB). So word patterns here run over
:func:`lowered` text without ``re.I``, each starting with a literal, and :func:`word_matches`
checks the left word boundary itself and merges several patterns' matches the way one
alternation would (leftmost first, no overlaps).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable
from functools import lru_cache


def lowered(text: str) -> str:
    """``text.lower()`` with every offset kept: characters whose lower case is longer stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _starts_word(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_")


def word_matches(patterns: Iterable[re.Pattern], text: str) -> list[re.Match]:
    """Leftmost non-overlapping matches of ``patterns`` that start at a word boundary.

    Equivalent to one ``\\b(?:p1|p2|...)`` alternation: at equal starts the earlier pattern wins.
    """
    found = []
    for order, pattern in enumerate(patterns):
        found.extend((m.start(), order, m) for m in pattern.finditer(text) if _starts_word(text, m.start()))
    if not found:
        return []
    found.sort(key=lambda entry: (entry[0], entry[1]))
    kept, end = [], -1
    for start, _, match in found:
        if start >= end:
            kept.append(match)
            end = match.end()
    return kept


# Besides ASCII capitals, these are the only characters ``re.IGNORECASE`` matches to an ASCII letter
# (Kelvin sign "K" already lower-cases to "k").


@lru_cache(maxsize=4)
def folded(text: str) -> str:
    """:func:`lowered` text in which a ``re.I`` match of an ASCII word is always that word in lower
    case, offsets kept: ``keyword in folded(text)`` is a safe pre-check for a ``re.I`` pattern.
    Cached: the extractors and rules of one posting share it."""
    return _caseless_ascii(lowered(text))


def _caseless_ascii(low: str) -> str:
    if low.isascii():
        return low
    # Three replace() calls, not str.translate: translate walks a non-ASCII string character by
    # character in Python-object steps (~0.7 ms per posting), replace() is a C search per character.
    return low.replace("İ", "i").replace("ı", "i").replace("ſ", "s")


def keyword_positions(text: str, keywords: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of each keyword in ``text``."""
    found = []
    for keyword in keywords:
        i = text.find(keyword)
        while i >= 0:
            found.append(i)
            i = text.find(keyword, i + 1)
    found.sort()
    return found


# Bytes translation for the scans below: ASCII digits -> "0", ASCII letters (lower case) and "_"
# stay, everything else (punctuation, spaces, and "?", which stands for any non-ASCII character
# after encode("ascii", "replace")) -> " ". One byte per character, so offsets are kept.
_SCAN_TABLE = bytes(
    48 if 48 <= i <= 57 else i if (97 <= i <= 122 or i == 95) else (i + 32) if 65 <= i <= 90 else 32 for i in range(256)
)
_RUN = re.compile(rb"00*")  # starts with a literal: a fast scan


@lru_cache(maxsize=4)
def scan_bytes(text: str) -> bytes:
    """``text`` as one byte per character for fast literal scans: digits are "0", ASCII letters
    are lower case, every other character (any non-ASCII one included) is a space. Cached per posting."""
    return text.encode("ascii", "replace").translate(_SCAN_TABLE)


@lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``re.finditer(r"\\d+", text)``, found by a fast scan (``\\d+`` is tried at
    every character). Cached: dates and pay both read them."""
    if not text.isascii() and any(c.isdecimal() for c in set(text) if not c.isascii()):
        return tuple(m.span() for m in re.finditer(r"\d+", text))  # a non-ASCII digit: the plain way
    return tuple(m.span() for m in _RUN.finditer(scan_bytes(text)))


def fold(text: str) -> str:
    """:func:`folded` without its cache, for short texts such as one item or line (caching those
    would push the whole posting's text out of :func:`folded`'s small cache)."""
    return _caseless_ascii(lowered(text))


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern]:
    """A function returning ``re.compile(pattern, flags)``, compiled on the first call only: a
    module's big patterns then cost nothing at import, nor in a run whose pre-checks never need them."""
    return functools.cache(lambda: re.compile(pattern, flags))


@lru_cache(maxsize=4)
def line_starts(text: str) -> list[int]:
    """The offset where each ``\\n``-separated line of ``text`` starts. Cached per posting text and
    built in C (a line's start is the lengths of the lines before it plus their newlines): the
    experience extractor and two requirement rules each needed it, through a Python step per line."""
    lengths = list(map(len, text.split("\n")))
    del lengths[-1]
    return list(map(operator.add, itertools.accumulate(lengths, initial=0), range(len(lengths) + 1)))
