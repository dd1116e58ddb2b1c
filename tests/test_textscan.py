"""The text views the pre-checks search: offsets kept, re.I matches of ASCII words found in lower case."""

from __future__ import annotations

import re

import pytest

from postlint.textscan import folded, lowered


@pytest.mark.parametrize(
    "text",
    ["Plain ASCII Posting", "İstanbul office, DİYARBAKIR", "ſalary and benefits", "Kelvin \u212a", "ıI straße ǅ"],
)
def test_folded_keeps_offsets_and_finds_every_re_i_match_of_an_ascii_word(text: str) -> None:
    low = folded(text)
    assert len(low) == len(text) == len(lowered(text))
    for word in ("istanbul", "diyarbakir", "salary", "k", "ii", "strasse"):
        for match in re.finditer(re.escape(word), text, re.I):
            assert low[match.start() : match.end()] == word
