"""Rules read only the zones they declare (Rule.zones): findings inside other zones are dropped."""

from __future__ import annotations

import postlint
from postlint.engine.registry import builtin_registry
from postlint.model import SectionKind

LONG = " ".join(["the team reviews every ballot envelope by hand"] * 6) + "."

POSTING = f"""Elections Clerk
Duties
- {LONG.capitalize()}
Privacy Notice
{LONG.capitalize()}
"""


def test_a_long_sentence_counts_in_the_duties_not_in_a_notice() -> None:
    findings = postlint.check_text(POSTING, config={"select": ["READ002"]}, path="job.txt")
    assert [f.span.line for f in findings] == [3]


def test_a_rule_that_reads_everywhere_sees_the_notice_too() -> None:
    from postlint.rules.readability import LongSentence

    class EverywhereLongSentence(LongSentence):
        zones = None

    engine = postlint.engine.Engine(postlint.engine.Config(settings=postlint.engine.Settings(select=["READ002"])))
    engine.active = [(EverywhereLongSentence(), options, severity) for _, options, severity in engine.active]
    assert [f.span.line for f in engine.check_text(POSTING, "job.txt").findings] == [3, 5]


def test_dates_in_an_application_questionnaire_are_not_the_postings_dates() -> None:
    text = """Elections Clerk
Opening Date: 03/10/2026
Closing Date: 03/24/2026
Duties
- Prepare ballots for the spring election.

01

    Did you serve on active duty during the period 8/2/90 - 1/2/92?

        Yes
        No

02

    Do you have a valid driver's license?

        Yes
        No
"""
    codes = [f.code for f in postlint.check_text(text, config={"select": ["DATE"], "today": "2026-03-12"}, path="job.txt")]
    assert "DATE003" not in codes


def test_rule_docs_say_which_zones_a_rule_skips() -> None:
    from postlint.cli import rule_docs

    registry = builtin_registry()
    assert "except application-questions, notices" in rule_docs(registry.rules["READ002"])
    assert "Reads:" not in rule_docs(registry.rules["LANG001"])
    assert all(r.zones is None or SectionKind.REQUIREMENTS in r.zones for r in registry.rules.values())
