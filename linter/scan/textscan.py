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
import re
from collections.abc import Callable, Iterable


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


def folded(text: str) -> str:
    """:func:`lowered` text in which a ``re.I`` match of an ASCII word is always that word in lower
    case, offsets kept: ``keyword in folded(text)`` is a safe pre-check for a ``re.I`` pattern."""
    return _caseless_ascii(lowered(text))


fold = folded  # the name the extractors use for short texts (one item, one line)


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


def scan_bytes(text: str) -> bytes:
    """``text`` as one byte per character for fast literal scans: digits are "0", ASCII letters
    are lower case, every other character (any non-ASCII one included) is a space."""
    return text.encode("ascii", "replace").translate(_SCAN_TABLE)


def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``re.finditer(r"\\d+", text)``, found by a fast scan (``\\d+`` is tried at
    every character)."""
    if not text.isascii() and any(c.isdecimal() for c in set(text) if not c.isascii()):
        return tuple(m.span() for m in re.finditer(r"\d+", text))  # a non-ASCII digit: the plain way
    return tuple(m.span() for m in _RUN.finditer(scan_bytes(text)))


# Sentence ends as parse and readability find them: a stop, closing quotes or brackets, whitespace,
# then what may open a sentence.
SENTENCE_END = r"[.!?][\"')\]’”]*\s+(?=[\"'(\[“‘]?[A-Z0-9])"


def sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``re.finditer(SENTENCE_END, text)``, in order."""
    return [match.span() for match in _sentence_end().finditer(text)]


def lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern]:
    """A function returning ``re.compile(pattern, flags)``, compiled on the first call only: a
    module's big patterns then cost nothing at import, nor in a run whose pre-checks never need them."""
    return functools.cache(lambda: re.compile(pattern, flags))


_sentence_end = lazy(SENTENCE_END)


# -- data files -------------------------------------------------------------------------------------
def package_data(package: str, name: str) -> str:
    """The text of the data file ``name`` ("data/pay.toml") shipped in ``package``."""
    from importlib import resources

    return resources.files(package).joinpath(name).read_text("utf-8")


_TOML_KEY = re.compile(r"([A-Za-z0-9_-]+)[ \t]*=[ \t]*(.*)")
_TOML_HEADER = re.compile(r"(\[\[?)([A-Za-z0-9_-]+)(\]\]?)")
_TOML_INT = re.compile(r"[+-]?(?:0|[1-9][0-9]*)")
_TOML_FLOAT = re.compile(r"[+-]?(?:0|[1-9][0-9]*)\.[0-9]+")
_TOML_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TOML_LIST_END = re.compile(r",\s*\]$")


class _NotPlain(Exception):
    """The text uses TOML beyond the plain subset :func:`load_toml` reads itself."""


def load_toml(text: str) -> dict:
    """``tomllib.loads(text)``, read about five times faster when ``text`` is plain TOML like
    postlint's data files: ``[table]`` and ``[[array]]`` headers with bare names, bare keys,
    whole-line comments, and values that are strings without escapes, lists of them (possibly over
    several lines, one trailing comma allowed), integers, decimals, booleans or dates. tomllib is pure Python
    and reads character by character; these values are read by ``json`` (C) line by line. Anything
    else (an escape, a float, a comment after a value, a duplicate key) is left to tomllib, so the
    result, errors included, is always tomllib's. A test checks every shipped data file."""
    try:
        return _plain_toml(text)
    except (_NotPlain, ValueError):
        import tomllib

        return tomllib.loads(text)


def _plain_toml(text: str) -> dict:
    import datetime
    import json

    if "\\" in text or "\r" in text:
        raise _NotPlain
    root: dict = {}
    table = root
    lines = iter(text.split("\n"))
    for line in lines:
        line = line.strip()
        if not line or line[0] == "#":
            continue
        if line[0] == "[":
            header = _TOML_HEADER.fullmatch(line)
            if header is None or len(header[1]) != len(header[3]):
                raise _NotPlain
            name = header[2]
            if len(header[1]) == 2:
                tables = root.setdefault(name, [])
                if type(tables) is not list:
                    raise _NotPlain
                tables.append(table := {})
            else:
                if name in root:
                    raise _NotPlain
                root[name] = table = {}
            continue
        pair = _TOML_KEY.fullmatch(line)
        if pair is None or pair[1] in table:
            raise _NotPlain
        raw = pair[2]
        if raw[0] == "[" and raw[-1] != "]":  # a list over several lines, up to a line ending in "]"
            parts = [raw]
            for part in lines:
                part = part.strip()
                if part and part[0] != "#":
                    parts.append(part)
                if part.endswith("]"):
                    break
            raw = _TOML_LIST_END.sub("]", " ".join(parts))
        if raw[0] == '"' and raw.find('"', 1) == len(raw) - 1 and raw.isprintable():
            value = raw[1:-1]  # no escape in the text, no control character: the string as written
        elif raw[0] in '"[':
            value = json.loads(raw)
            if type(value) is list and not all(type(v) is str for v in value):
                raise _NotPlain
        elif raw in ("true", "false"):
            value = raw == "true"
        elif _TOML_INT.fullmatch(raw):
            value = int(raw)
        elif _TOML_FLOAT.fullmatch(raw):
            value = float(raw)
        elif _TOML_DATE.fullmatch(raw):
            value = datetime.date.fromisoformat(raw)
        else:
            raise _NotPlain
        table[pair[1]] = value
    return root
