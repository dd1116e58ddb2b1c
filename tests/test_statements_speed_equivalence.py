"""The statements extractor's sentence split must be the one of the break pattern it replaced."""

from __future__ import annotations

import random
import re

from postlint.extract import statements

# The pattern _line_sentences split lines with before (led by a lookbehind: tried at every character).
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"')\]’”]*\s+(?=[\"'(\[“‘]?[A-Z0-9])")


def _line_sentences_plain(line: str, offset: int):
    start = 0
    if "." in line or "!" in line or "?" in line:
        for match in _SENTENCE_BREAK.finditer(line):
            yield offset + start, offset + match.start(), line[start : match.start()]
            start = match.end()
    if line[start:].strip():
        yield offset + start, offset + len(line), line[start:]


_PIECES = ["We are an equal opportunity employer", "you will build", "Apply now", "e.g.", "U.S.", "Dr.", "3.5", "!",
           "?", ".", "...", "?!", '"', "'", ")", "]", "’", "”", "“", "‘", "(", "[", " ", "  ", "\t", "\u00a0", "\u2003",
           "A", "Z", "a", "9", "É", "é", "x", "-", ";", "The role.", "Great!", "Why?", ".)", '."', "!’ "]


def test_line_sentences_equal_the_break_pattern_split():
    rng = random.Random(13)
    for _ in range(5000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        offset = rng.randint(0, 500)
        assert list(statements._line_sentences(line, offset)) == list(_line_sentences_plain(line, offset)), line
