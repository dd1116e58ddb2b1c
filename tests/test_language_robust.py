"""The language, readability and structure rules and their facts never raise on odd input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import postlint

PIECES = list("abcXYZ !\"“”-–.,:;\n\t#*0123456789ßé漢\u200b\U0001F600") + [
    "WE ARE ", "HIRING ", "native English speaker ", "lift 50 lbs ", "he ", "his or her ", "candidate ",
    "culture fit ", "beer ", "Benefits\n", "- ", "ninja ", "Requirements\n", "!! ", "https://x.y/z ", "a@b.c ",
]
ODD = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=150, deadline=None)
@given(ODD)
def test_rules_survive_random_text(text):
    findings = postlint.check_text(text, config={"select": ["LANG", "READ", "STRUCT"]})
    for f in findings:
        assert f.span.line >= 1 and f.span.column >= 1


def test_huge_line_is_handled():
    text = "Engineer\n" + ("word " * 50_000) + "\n" + ("A" * 100_000)
    postings = postlint.parse_text(text)
    assert postings[0].facts.readability.total_words >= 50_000
    postlint.check_text(text, config={"select": ["LANG", "READ", "STRUCT"]})
