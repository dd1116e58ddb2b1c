"""Adversarial posting texts: one pattern the extractors look for, repeated to any size.

Each kind is a function of a size in bytes that returns a text of about that size. The units are
written to hit what the stages scan for (amounts, ranges, dates, headings, bullets, requirements,
long lines, deep nesting), so a pattern that is quadratic in the number of matches, or in the
length of one line, shows up as time per 100 KB that grows with the size.

    from adversarial import KINDS
    text = KINDS["pay-ranges-one-line"](100_000)
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str, size: int, head: str = "# Staff Engineer\n\n", joiner: str = "") -> str:
    count = max(1, (size - len(head)) // (len(unit) + len(joiner)))
    return head + joiner.join([unit] * count)


def _numbered(make: Callable[[int], str], size: int, head: str = "# Staff Engineer\n\n", joiner: str = "\n") -> str:
    parts, used, i = [head], len(head), 0
    while used < size:
        part = make(i) + joiner
        parts.append(part)
        used += len(part)
        i += 1
    return "".join(parts)


_TECH = ("Python", "Java", "Go", "Rust", "Kubernetes", "AWS", "React", "SQL", "Terraform", "Kafka")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")

KINDS: dict[str, Callable[[int], str]] = {
    # Pay: the case (one line of "$1,000 - $2,000" ranges), and the same on many lines.
    "pay-ranges-one-line": lambda n: _repeat("$1,000 - $2,000 ", n),
    "pay-ranges-lines": lambda n: _repeat("Pay: $1,000 - $2,000 per month.\n", n),
    "amounts-one-line": lambda n: _repeat("$1,000 ", n),
    "amounts-with-periods": lambda n: _repeat("$45 per hour, $90,000 a year, 120k/yr, ", n),
    # As many figures as fit: one every 3 characters, bare or each behind a pay label.
    "amounts-dense-one-line": lambda n: _repeat("$1 ", n),
    "labelled-amounts-one-line": lambda n: _repeat("Pay: $1 ", n),
    "bare-numbers-one-line": lambda n: _repeat("1,000 2,000 ", n),
    "dashes-and-numbers": lambda n: _repeat("10 - 20 - ", n),
    # Dates: single dates, ranges, weekdays, seasons, numeric dates, on one line and on many.
    "dates-one-line": lambda n: _numbered(lambda i: f"{_MONTHS[i % 12]} {i % 28 + 1}, 2026", n, joiner=" "),
    "date-ranges-one-line": lambda n: _repeat("June 1 - June 30, 2026 ", n),
    "weekday-dates-lines": lambda n: _repeat("Starts Monday, June 3, 2026.\n", n),
    "numeric-dates-one-line": lambda n: _repeat("03/04/2026 - 05/06/2026 ", n),
    "seasons-one-line": lambda n: _repeat("Summer 2026 (June - August) ", n),
    # Structure: headings, bullets, nesting, labels.
    "headings": lambda n: _repeat("## Requirements\n\n", n),
    "headings-no-blank": lambda n: _numbered(lambda i: f"## Section {i}", n),
    "bullets": lambda n: _repeat("- 5+ years of Python experience\n", n),
    # Every line different, so no per-line memo helps.
    "bullets-varied": lambda n: _numbered(lambda i: f"- {i % 15 + 1}+ years of {_TECH[i % len(_TECH)]} (item {i})", n),
    "pay-lines-varied": lambda n: _numbered(lambda i: f"Pay: ${1000 + i:,} - ${2000 + 3 * i:,} per month (band {i}).", n),
    "dates-lines-varied": lambda n: _numbered(lambda i: f"Apply by {_MONTHS[i % 12]} {i % 28 + 1}, {2000 + i % 40}; starts {i % 12 + 1}/{i % 28 + 1}/2027.", n),
    "nested-lists": lambda n: _numbered(lambda i: "  " * (i % 40) + f"- item {i}", n),
    "deep-nesting": lambda n: _numbered(lambda i: "  " * i + "- deeper", n),
    "label-lines": lambda n: _repeat("Location: Denver, CO\n", n),
    "front-matter-like": lambda n: _repeat("---\ntitle: Engineer\n---\n", n, head=""),
    # Prose: long lines, requirement sentences, technologies, language rules.
    "one-long-line-words": lambda n: _repeat("word ", n),
    "one-long-token": lambda n: "# Staff Engineer\n\n" + "a" * n,
    "long-sentence-no-stop": lambda n: _repeat("you will work with the team and ", n),
    "years-of-experience": lambda n: _repeat("5+ years of experience in Python and 3 years of Go. ", n),
    "technology-list": lambda n: _repeat("Python, Java, Go, Rust, Kubernetes, AWS, React, ", n),
    "or-chains": lambda n: _repeat("Python or Java or ", n),
    "parentheses": lambda n: _repeat("(", n // 2) + _repeat(")", n // 2, head=""),
    "punctuation-runs": lambda n: _repeat("!?.;:,", n),
    "hype-words": lambda n: _repeat("rockstar ninja guru ", n),
    "hype-and-asking": lambda n: _repeat("rockstar you are ", n),
    "exclusionary-phrases": lambda n: _repeat("young and energetic recent graduate digital native ", n),
    "gendered": lambda n: _repeat("He will lead his team. ", n),
    "urls-emails": lambda n: _repeat("https://example.com/jobs/1 jobs@example.com ", n),
    "many-postings": lambda n: _numbered(lambda i: f"# Engineer {i}\n\nPay: $100 per hour.\n", n, head=""),
    "blank-lines": lambda n: "# Staff Engineer\n" + "\n" * n,
    "unicode-mix": lambda n: _repeat("€1.000–€2.000 naïve café — ", n),
}
