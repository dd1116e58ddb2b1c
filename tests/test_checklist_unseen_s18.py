"""Checklists of postings shaped like the samples of session 18 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

FIELDS_AFTER_A_BAR = """Marketing Analyst

Location: Anywhere in the US or Canada | Location Preferences - Boston, Austin, Seattle | Travel Amount 10 - 20%

Requirements
- Two years of SQL experience
"""

PLACES_AFTER_A_BAR = """Marketing Analyst

Location: Boston, MA | Remote

Requirements
- Two years of SQL experience
"""


def test_a_location_value_stops_at_the_next_field_of_its_line() -> None:
    c = text_context(FIELDS_AFTER_A_BAR)
    assert c.location == "Anywhere in the US or Canada"
    advice = " | ".join(raw(c.before_you_apply))
    assert "Confirm you can work from anywhere in the US or Canada" in advice
    assert "Travel Amount" not in advice and "relocation" not in advice
    # a bar between a place and a way of working keeps both
    kept = text_context(PLACES_AFTER_A_BAR).location
    assert "Boston, MA" in kept and "Remote" in kept
