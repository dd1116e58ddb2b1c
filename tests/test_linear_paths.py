"""Lookups that replaced a scan per match (bench/linear_time.py found them quadratic) answer what
the scan answered."""

from __future__ import annotations

import random

import postlint
from postlint.extract.pay import _SectionIndex

_LINES = ["## Compensation", "## Salary", "## Requirements", "# Engineer", "Pay: $40 per hour", "Salary: $90,000",
          "Location: Denver", "Base pay: $1,000 - $2,000 per month", "- $50,000 a year", "We pay well.", "", "text"]


def test_the_heading_over_a_line_is_the_last_range_holding_it():
    rng = random.Random(3)
    overlapping = 0
    for _ in range(200):
        text = "# Role\n" + "\n".join(rng.choice(_LINES) for _ in range(rng.randint(1, 80)))
        for posting in postlint.parse_text(text, config={"split": "none"}):
            index = _SectionIndex(posting)
            first, last = posting.first_line, posting.first_line + len(posting.lines)
            for line in range(first - 1, last + 2):
                hits = [h for a, b, h in index.ranges if a <= line <= b]
                assert index.heading(line) == (hits[-1] if hits else None), (text, line)
            overlapping += any(a2 <= b1 and a1 <= b2 and h1 != h2 for i, (a1, b1, h1) in enumerate(index.ranges)
                               for a2, b2, h2 in index.ranges[i + 1:])
    assert overlapping > 20  # the order of ranges matters in many of these postings


# -- pay: many figures on a line (bench/adversarial.py's amounts kinds) ---------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PAY_PIECES = ["$1", "$1,000", "€2.500", "USD 40", "120k", "1", "Pay: ", "Salary: ", "bonus", "signing bonus",
               "401k match", "per hour", "/hr", " a year", " - ", " to ", " and ", "up to ", "from ", "for 3 months",
               "equity", "stipend", "base salary", "Compensation", "pay range", ", ", ". ", "\n", " ", "Dental",
               "\u017f", "\u212a", "İ", "(", ")", ":", "+"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PAY_PIECES), min_size=1, max_size=400))
def test_pay_classes_are_the_same_whether_class_words_are_found_once_or_per_figure(pieces):
    """With many figures pay finds where class words may stand once for the text (_KindWords);
    every mention (class, period, bounds, span) is the one found testing each figure's windows."""
    from postlint.extract import pay

    posting = postlint.parse_text("# Role\n\n" + "".join(pieces), config={"split": "none"})[0]
    limit = pay._MANY_FIGURES
    try:
        pay._MANY_FIGURES = 10**9
        one_by_one = pay.extract(posting)
        pay._MANY_FIGURES = 0
        assert pay.extract(posting) == one_by_one
    finally:
        pay._MANY_FIGURES = limit
