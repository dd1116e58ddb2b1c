"""Where the job is, for pay-transparency laws: a city named like a province or state is a city."""

from __future__ import annotations

import postlint
import pytest

CASES = [
    ("Ontario, California", ["US-CA"]),
    ("Ontario, CA 91761", ["US-CA"]),
    ("Ontario, California, USA", ["US-CA"]),
    ("Toronto, Ontario", ["CA-ON"]),
    ("Toronto, Ontario, Canada", ["CA-ON"]),
    ("Kansas City, Missouri", ["US-MO"]),
    ("Washington, DC", ["US-DC"]),
    ("Seattle, Washington", ["US-WA"]),
    ("Remote (California, Oregon, Washington)", ["US-CA", "US-OR", "US-WA"]),
    ("Remote in Texas, Florida or Georgia", ["US-FL", "US-GA", "US-TX"]),
]


@pytest.mark.parametrize(("where", "codes"), CASES, ids=[c[0] for c in CASES])
def test_location_gives_the_right_jurisdictions(where: str, codes: list[str]) -> None:
    [posting] = postlint.parse_text(f"Warehouse Lead\nLocation: {where}\nFull-time.\n", "job.txt")
    assert sorted(j.code for j in posting.facts.jurisdictions) == codes
