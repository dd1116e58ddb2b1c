"""E005: a document that is not a job posting gets one finding and no other."""

from __future__ import annotations

import postlint

NOT_A_POSTING = (
    "Page not found\n"
    "The page you were looking for has moved. Try the search box or go back home.\n"
    "Home | Newsroom | Events | Contact\n"
    "We use cookies to improve your experience.\n"
)


def test_a_page_that_is_not_a_posting_gets_only_e005() -> None:
    findings = postlint.check_text(NOT_A_POSTING, config={"select": ["ALL"]}, path="page.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "does not read as a job posting" in findings[0].message


def test_ignoring_e005_lints_the_page_as_before() -> None:
    codes = {f.code for f in postlint.check_text(NOT_A_POSTING, config={"select": ["ALL"], "ignore": ["E005"]}, path="page.txt")}
    assert "E005" not in codes and {"PAY001", "STRUCT001"} <= codes


def test_a_posting_with_few_job_words_is_still_a_posting() -> None:
    text = "Barista\nMake coffee for our morning regulars.\nPay: $17 per hour\n"
    codes = {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}
    assert "E005" not in codes


def test_labels_above_the_title_are_the_postings_labels() -> None:
    [posting] = postlint.parse_text("**Location:** Leeds, UK\n# Warehouse Associate\nPick and pack orders.\n", "job.md")
    assert posting.title == "Warehouse Associate"
    assert [(label.name, label.value) for label in posting.labels] == [("Location", "Leeds, UK")]


def test_a_tiny_posting_that_only_talks_about_pay_is_a_posting() -> None:
    text = "# Barista\n\nHarbour Cafe is hiring a barista in Portland, OR.\n\nCompetitive pay.\n"
    codes = [f.code for f in postlint.check_text(text, config={"select": ["PAY"]}, path="job.md")]
    assert "E005" not in codes and "PAY002" in codes
