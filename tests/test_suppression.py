"""Inline suppression comments."""

from __future__ import annotations

import postlint

SELECT = {"select": ["PAY001", "E003"]}


def found(text: str, path: str = "job.md") -> list[tuple[str, int]]:
    return [(f.code, f.span.line) for f in postlint.check_text(text, config=SELECT, path=path)]


def test_html_comment_before_the_block_suppresses_it() -> None:
    text = "<!-- postlint: disable=PAY001 -->\nData Engineer\nWe build pipelines.\n"
    assert found(text) == []


def test_hash_comment_and_trailing_comment() -> None:
    assert found("# postlint: disable=PAY001\nData Engineer\nWe build pipelines.\n", "job.txt") == []
    assert found("Data Engineer <!-- postlint: disable=PAY -->\nWe build pipelines.\n") == []


def test_comment_only_covers_the_next_block() -> None:
    text = "Data Engineer\n\n<!-- postlint: disable=PAY001 -->\nWe build pipelines.\n"
    assert found(text) == [("PAY001", 1)]


def test_disable_file_and_disable_all() -> None:
    assert found("Data Engineer\nWe build pipelines.\n\n<!-- postlint: disable-file=PAY001 -->\n") == []
    assert found("<!-- postlint: disable -->\nData Engineer\nWe build pipelines.\n") == []


def test_other_codes_are_not_suppressed() -> None:
    text = "<!-- postlint: disable=E002 -->\nData Engineer\nWe build pipelines.\n"
    assert found(text) == [("PAY001", 2)]


def test_unknown_code_in_a_comment_is_reported() -> None:
    text = "<!-- postlint: disable=PAY01X -->\nData Engineer\nWe build pipelines.\n"
    findings = postlint.check_text(text, config=SELECT, path="job.md")
    assert [(f.code, f.span.line) for f in findings] == [("E003", 1), ("PAY001", 2)]
    assert "PAY01X" in findings[0].message


def test_directive_line_is_not_taken_as_the_title() -> None:
    [posting] = postlint.parse_text("# postlint: disable=PAY001\nData Engineer\nBody.\n", "job.md")
    assert posting.title == "Data Engineer"
