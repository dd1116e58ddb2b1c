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
