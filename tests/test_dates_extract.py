"""Date facts: every format the dates issue names is read, with its span, role and value.

The postings here are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import random

import postlint
import pytest
from postlint.engine import Engine
from postlint.engine.config import Config, validate
from postlint.extract import reference_date

D = dt.date


_ENGINES: dict[str, Engine] = {}


def engine_for(config: dict) -> Engine:
    """One engine per configuration: building an engine (the rule registry) costs more than a check."""
    key = repr(sorted(config.items()))
    if key not in _ENGINES:
        _ENGINES[key] = Engine(Config(settings=validate(dict(config), "test")))
    return _ENGINES[key]


def facts(text: str, path: str = "<text>", **config):
    postings = engine_for(config).check_text(text, path).postings
    assert len(postings) == 1, [p.title for p in postings]
    return postings[0].facts


def dates_of(text: str, **config):
    return facts(text, **config).dates


def one(text: str, **config):
    mentions = dates_of(text, **config).mentions
    assert len(mentions) == 1, [m.raw for m in mentions]
    return mentions[0]


def spanned(text: str, mention) -> str:
    """The words of the text a mention's span covers (single-line spans)."""
    line = text.split("\n")[mention.span.line - 1]
    return line[mention.span.column - 1 : mention.span.end_column - 1]


TITLE = "Data Analyst\n"


@pytest.mark.parametrize(
    "written,expected",
    [
        ("2026-04-06", D(2026, 4, 6)),               # ISO
        ("2026/04/06", D(2026, 4, 6)),               # ISO with slashes
        ("10-30-15", D(2015, 10, 30)),               # US numeric, two-digit year
        ("10/30/2015", D(2015, 10, 30)),             # US numeric
        ("4-18-14", D(2014, 4, 18)),                 # one-digit month
        ("31/10/2025", D(2025, 10, 31)),             # day-first, unambiguous: 31 is no month
        ("31.10.2025", D(2025, 10, 31)),             # dotted day-first
        ("November 12, 2015", D(2015, 11, 12)),      # month name
        ("NOVEMBER 12, 2015", D(2015, 11, 12)),      # ALL CAPS
        ("Nov 12, 2015", D(2015, 11, 12)),           # abbreviation
        ("Sept. 3, 2026", D(2026, 9, 3)),            # abbreviation with a dot
        ("March 3rd, 2026", D(2026, 3, 3)),          # ordinal
        ("3rd of March 2026", D(2026, 3, 3)),        # day first, ordinal
        ("12 November 2015", D(2015, 11, 12)),       # day first
        ("APRIL20, 2017", D(2017, 4, 20)),           # missing space, a typo seen in real bulletins
    ],
)
def test_formats(written: str, expected: dt.date) -> None:
    text = f"{TITLE}Applications close {written}.\n"
    m = one(text)
    assert m.value == expected
    assert spanned(text, m) == written
    assert m.role == "closing"


def test_month_year_has_month_precision() -> None:
    m = one(f"{TITLE}The project runs until Jan 2027 at least.\n")
    assert (m.value, m.last, m.precision) == (D(2027, 1, 1), D(2027, 1, 31), "month")


def test_ambiguous_numeric_follows_date_order_config() -> None:
    text = f"{TITLE}Applications close 05/06/2025.\n"
    assert one(text).value == D(2025, 5, 6)
    assert one(text, **{"date-order": "DMY"}).value == D(2025, 6, 5)
    # the text decides when one number cannot be a month, whatever the config says
    assert one(f"{TITLE}Applications close 10/30/2015.\n", **{"date-order": "DMY"}).value == D(2015, 10, 30)


@pytest.mark.parametrize(
    "sentence,role",
    [
        ("Applications must be received by THURSDAY, NOVEMBER 12, 2015.", "closing"),
        ("Application deadline: 2026-03-31", "closing"),
        ("This posting closes on 2026-03-31.", "closing"),
        ("Valid Through: May 6, 2026", "closing"),
        ("Open Date: 10-30-15", "posted"),
        ("Posted on April 6, 2026", "posted"),
        ("Date Posted: April 6, 2026", "posted"),
        ("Start date: June 1, 2026", "start"),
        ("An internship starting June 1, 2026 in Denver.", "start"),
        ("We expect a September 1, 2026 start date.", "start"),
        ("The written test will be held on June 1, 2026.", "other"),
        ("Candidates must submit the online test by June 1, 2026.", "other"),
    ],
)
def test_roles_from_words_around(sentence: str, role: str) -> None:
    assert one(f"{TITLE}{sentence}\n").role == role


def test_role_from_deadline_heading() -> None:
    text = f"{TITLE}APPLICATION DEADLINE\n\nAll materials must arrive by Friday, May 1, 2026.\n"
    assert one(text).role == "closing"
    text = f"{TITLE}APPLICATION DEADLINE\n\nThe written test will be held on Saturday, May 9, 2026.\n"
    assert one(text).role == "other"


def test_role_from_a_cue_alone_on_the_line_above() -> None:
    text = f"{TITLE}We analyse data.\nClosing Date\n\n2026-08-28\n"
    assert one(text).role == "closing"
    text = f"{TITLE}End Date: July 31, 2026 (16 days left to apply)\n"
    assert one(text).role == "closing"


def test_weekday_attached_to_date() -> None:
    text = f"{TITLE}Applications must be received by THURSDAY, NOVEMBER 12, 2015.\n"
    m = one(text)
    assert m.weekday == "THURSDAY" and m.weekday_matches is True
    assert spanned(text, m) == "THURSDAY, NOVEMBER 12, 2015"
    wrong = one(f"{TITLE}Applications must be received by FRIDAY, NOVEMBER 12, 2015.\n")
    assert wrong.weekday_matches is False
    after = one(f"{TITLE}Applications close November 12, 2015 (Thu).\n")
    assert after.weekday == "Thu" and after.weekday_matches is True


@pytest.mark.parametrize(
    "written,start,end",
    [
        ("September-December 2026", D(2026, 9, 1), D(2026, 12, 31)),
        ("June 1 - August 15, 2026", D(2026, 6, 1), D(2026, 8, 15)),
        ("Jan 2027 to Apr 2027", D(2027, 1, 1), D(2027, 4, 30)),
        ("November - January 2027", D(2026, 11, 1), D(2027, 1, 31)),  # a year-less start wraps back
        ("2026-06-01 through 2026-08-28", D(2026, 6, 1), D(2026, 8, 28)),
        ("June 1-15, 2026", D(2026, 6, 1), D(2026, 6, 15)),
    ],
)
def test_ranges(written: str, start: dt.date, end: dt.date) -> None:
    text = f"{TITLE}The internship runs {written}.\n"
    dates = dates_of(text)
    assert len(dates.ranges) == 1
    r = dates.ranges[0]
    assert (r.start.value, r.end.last) == (start, end)
    assert r.kind == "term" and (r.start.role, r.end.role) == ("start", "end")
    assert spanned(text, r) == written


def test_application_window_range_ends_in_closing_date() -> None:
    text = f"{TITLE}Applications will be accepted from 8:00 a.m. Tuesday, May 5, 2026 to 5:00 p.m. Thursday, May 7, 2026.\n"
    dates = dates_of(text)
    assert [r.kind for r in dates.ranges] == ["application"]
    assert dates.closing.value == D(2026, 5, 7)


def test_seasons() -> None:
    dates = dates_of("Fall Software Intern\nJoin our Summer internship or the Fall 2026 cohort. It was a long winter.\n")
    got = [(s.season, s.year, s.in_title) for s in dates.seasons]
    assert got == [("fall", None, True), ("summer", None, False), ("fall", 2026, False)]


@pytest.mark.parametrize(
    "sentence,amount,unit",
    [
        ("This is a 12-week internship.", 12, "week"),
        ("A two-year fixed term appointment.", 2, "year"),
        ("We offer a 6 month contract.", 6, "month"),
        ("The contract is for 6 months.", 6, "month"),
        ("Duration: 10 weeks", 10, "week"),
    ],
)
def test_durations(sentence: str, amount: float, unit: str) -> None:
    durations = dates_of(f"{TITLE}{sentence}\n").durations
    assert [(d.amount, d.unit) for d in durations] == [(amount, unit)]


def test_durations_of_requirements_are_not_the_jobs() -> None:
    text = f"{TITLE}Requirements\n- Completion of a four-year apprenticeship program\n- 6 months of appointment\n"
    assert dates_of(text).durations == []


@pytest.mark.parametrize(
    "sentence,low,high,kind",
    [
        ("Ability to work full time (40 hours/week) in the fall.", 40, 40, "full-time"),
        ("This part-time role is 20 hrs per week.", 20, 20, "part-time"),
        ("A part-time (24h) position.", 24, 24, "part-time"),
        ("Full-time employment (38.5 h / week).", 38.5, 38.5, "full-time"),
    ],
)
def test_hours_and_employment_type(sentence: str, low: float, high: float, kind: str) -> None:
    employment = facts(f"{TITLE}{sentence}\n").employment
    assert [(h.minimum, h.maximum) for h in employment.hours] == [(low, high)]
    assert employment.has(kind)


def test_employment_type_about_experience_is_not_the_jobs() -> None:
    employment = facts(f"{TITLE}Two years of full-time paid experience as an analyst.\n").employment
    assert employment.types == []
    assert [(t.type, t.about_job) for t in employment.other] == [("full-time", False)]


def test_front_matter_keys_with_spans_on_their_lines() -> None:
    text = "---\ntitle: Data Analyst\nopens: 2026-04-01\ncloses: '2026-04-30'\ndeadline: 2026-05-02\n---\n# Data Analyst\nWe analyse data.\n"
    dates = dates_of(text)
    got = {(m.role, m.value, m.span.line) for m in dates.mentions}
    assert got == {("posted", D(2026, 4, 1), 3), ("closing", D(2026, 4, 30), 4), ("closing", D(2026, 5, 2), 5)}
    assert all(m.source == "front-matter" for m in dates.mentions)
    closes = next(m for m in dates.mentions if m.span.line == 4)
    assert spanned(text, closes) == "2026-04-30"


def test_year_less_dates_take_the_posting_year_when_unambiguous() -> None:
    dates = dates_of(f"{TITLE}Posted April 6, 2026. Apply by June 12.\n")
    closing = dates.closing
    assert (closing.value, closing.year_source) == (D(2026, 6, 12), "context")
    # two years named and no posted date: the year stays unknown
    dates = dates_of(f"{TITLE}Founded in March 2019, rebuilt in May 2021. Apply by June 12.\n")
    assert dates.closing is None or dates.closing.value is None


def test_posted_fact_and_reference_date() -> None:
    postings = postlint.parse_text(f"{TITLE}Open Date: 04-18-14\nApply now.\n", config={"today": "2026-11-25"})
    posting = postings[0]
    assert posting.facts.posted == D(2014, 4, 18)
    assert reference_date(posting) == D(2014, 4, 18)
    other = postlint.parse_text(f"{TITLE}Apply now.\n", config={"today": "2026-11-25"})[0]
    assert other.facts.posted is None and reference_date(other) == D(2026, 11, 25)


@pytest.mark.parametrize(
    "written,reason",
    [
        ("February 30, 2026", "February has 28 days"),
        ("February 30", "February has 29 days"),
        ("2026-02-29", "not a leap year"),
        ("2026-13-01", "no month 13"),
        ("13/13/2026", "no month 13"),
    ],
)
def test_invalid_dates_are_kept_with_the_reason(written: str, reason: str) -> None:
    m = one(f"{TITLE}Applications close {written}.\n")
    assert m.value is None and reason in m.invalid


@pytest.mark.parametrize(
    "sentence",
    [
        "You may 5 times a day need to check.",
        "See https://example.org/files/Institutions%2008-21-08.pdf for the list.",
        "Version 1.2.3 shipped; call 555-123-4567.",
        "Up to 40 hours per week, 30% travel.",
        "Serial 12/12/0000 of the part.",
        "Duties fall within the role of the team.",
    ],
)
def test_not_dates(sentence: str) -> None:
    dates = dates_of(f"{TITLE}{sentence}\n")
    assert dates.mentions == [] and dates.seasons == []


@pytest.mark.parametrize(
    "sentence", ["Positions are open until filled.", "Applications are accepted on a rolling basis.",
                 "This examination may close without prior notice.", "There is no application deadline."],
)
def test_ongoing_statements(sentence: str) -> None:
    assert len(dates_of(f"{TITLE}{sentence}\n").ongoing) == 1


def test_jurisdictions_from_config_and_location() -> None:
    dates = dates_of(f"{TITLE}Location: Denver, CO\n", jurisdictions=["us-ny"])
    assert dates.jurisdictions == ["US-NY", "US-CO"]
    dates = dates_of(f"{TITLE}Location: Denver, CO\n", **{"infer-jurisdictions": False})
    assert dates.jurisdictions == []


def test_extraction_survives_random_text() -> None:
    engine = engine_for({})
    rng = random.Random(5)
    alphabet = "0123456789/-.,: aAmMyJjuneFebTHURSDAY\n\t–—年月日é\u200b\U0001F600()"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        engine.check_text(text)
    result = engine.check_text("June 1 - " * 5000 + "\n" + "1/" * 20000)
    assert not result.errors


def test_parse_command_shows_date_facts(tmp_path) -> None:
    import json

    from conftest import run_cli

    posting = tmp_path / "analyst.txt"
    posting.write_text("Data Analyst\nOpen Date: 04-18-14\nApplications must be received by THURSDAY, MAY 1, 2014.\n", "utf-8")
    code, out, err = run_cli("parse", str(posting))
    assert code == 0, err
    dates = json.loads(out)[0]["facts"]["dates"]
    assert (dates["posted_date"], dates["closing_date"]) == ("2014-04-18", "2014-05-01")
    assert [(m["role"], m["span"]["line"], m["weekday"]) for m in dates["mentions"]] == [("posted", 2, None), ("closing", 3, "THURSDAY")]


def test_duration_with_a_year_less_start() -> None:
    dates = dates_of(f"{TITLE}Posted April 6, 2026. A 12-week internship starting June 1.\n")
    assert [(d.amount, d.unit) for d in dates.durations] == [(12, "week")]
    start = dates.with_role("start")
    assert [(m.value, m.year_source) for m in start] == [(D(2026, 6, 1), "context")]
    assert dates.start_date == D(2026, 6, 1)


# -- the fast scans find what the plain patterns find ------------------------------------------------

def _plain_date_matches(text: str) -> list[tuple[int, int]]:
    from postlint.extract import dates

    found, end = [], 0
    for candidate in dates._DATE_START().finditer(text):
        if candidate.start() < end:
            continue
        match = dates._DATE().match(text, candidate.start())
        if match:
            end = match.end()
            found.append(match.span())
    return found


_SCAN_TEXTS = [
    "Internship of 12 WEEKS; six-month contract; Duration: 3 Mo. A twenty-four-week program, a twenty-week role.",
    "OPEN UNTIL FILLED. Applications are accepted until sufficient. No deadline to apply. Rolling basis.",
    "Summer 2026 internship; SPRING semester; fall 2027; the duties fall within the role",
    "a2026-01-01 Jan 5 jan 5 MAY 20, 2026, Thursday, 11/12/2015 31.10.2025 June 1-15, 2026 Sept-Dec 2026",
    "see www.example.com/2026-01-01 and HTTPS://a.b/May-1 before Jan 5",
    "\u017fummer internship, \u0131ntern, open unt\u0130l filled, 12 week\u017f, Jan 1",  # letters re.I folds to ASCII
    "5 years of experience. " * 40 + "A 6-month contract. " + "x " * 200 + "contract for 6 months",
    "Co-op program for 4 months; fixed-term contract of 12 months; apprenticeship will last approximately "
    "twenty-four months. Contract length: 6 months. A 12-week paid summer research internship; "
    "internship (lasting about 10 weeks) and role runs for 3 mos; 1234 weeks; éterm: 5 months; x12 weeks",
    "a 12 wee\u212ak internship of 3 months",  # the Kelvin sign, lowered to an ASCII "k"
    # Starts the candidate filters keep or drop: months glued to a connector, a month after a day
    # (ordinal, "of", up to 3 spaces, a no-break space), dotted and dashed numbers, weekdays.
    "Mayto June 2026; juneTHRU july; sepuntil oct; Jan.15 and jan_15, Jan15 2026; 12th   of   March; "
    "3rd of\u00a0May 2026; 5 of may; 1-2 days; 12/3; 5. item; 5.6.2026; May\u2013June; june\u2014july 2026; "
    "May   - June; May, 2026; may be 5; Sat, the 3rd of May; Tues., Jan 5; 1st\tJan; 2nd  of\nFeb; "
    "Monday 5 June; months, monitoring, marketing 5 mayor 2026",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
def test_fast_scans_match_the_plain_patterns(text: str) -> None:
    from postlint.extract import dates
    from postlint.scan.textscan import lowered

    low = lowered(text)
    assert [m.span() for m in dates._date_matches(text, low)] == _plain_date_matches(text)
    assert [m.span() for m in dates._season_matches(text, low)] == [m.span() for m in dates._SEASON().finditer(text)]
    assert [m.span() for m in dates._duration_matches(text, low)] == [m.span() for m in dates._DURATION().finditer(text)]
    assert [m.span() for m in dates._ongoing_matches(text, low)] == [m.span() for m in dates._ONGOING().finditer(text)]
    assert [m.span() for m in dates._URL_LOWERED.finditer(low)] == [m.span() for m in dates._URL().finditer(text)]


_ONGOING_PIECES = ["open until filled", "Open Until the position is filled", "until filled", "UNTIL FILLED", "untill",
                   "until", "Until further notice", "on a rolling basis", "Rolling applications", "rolling", "rollings",
                   "applications are ongoing", "Recruitment remains ongoing", "ongoing basis", "ongoing", "ongoings",
                   "continuous recruitment", "Continuously open", "continuou", "continuousness", "continuously",
                   "no application deadline", "No deadline for applications", "deadlines", "deadline",
                   "may close without notice", "may be closed at any time without prior notice", "without",
                   "withouts", "accepted until sufficient", "until a sufficient number", "remains open until",
                   "may final close without prior notice", "open", "is", "no", "notice", "filled", "_", "2", "é",
                   "-", "'", "’", ".", ",", "\n", "\u212a", "x"]


def test_ongoing_matches_equal_the_plain_pattern() -> None:
    """The ongoing scan (windows around the index's whole words) finds what the pattern finds."""
    import random

    from postlint.extract import dates
    from postlint.scan.textscan import lowered

    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(_ONGOING_PIECES) + rng.choice(["", " ", "  ", "\n", ". "])
                       for _ in range(rng.randint(1, 30)))
        fast = [m.span() for m in dates._ongoing_matches(text, lowered(text))]
        assert fast == [m.span() for m in dates._ONGOING().finditer(text)], text


def test_scan_windows_are_wider_than_the_longest_match() -> None:
    """The windowed scans are exact only while a match (plus the character after it) fits the margin."""
    import re._parser

    from postlint.extract import dates

    for pattern, margin in ((dates._DURATION(), dates._DURATION_MARGIN), (dates._ONGOING(), dates._ONGOING_MARGIN)):
        longest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
        assert longest + 2 <= margin


def _space_scan_date_matches(text: str) -> list[tuple[int, int]]:
    """The date scan as it was before name starts came from the word index: every month or
    weekday prefix after a space of scan_bytes, then the same filters."""
    import bisect
    import re

    from postlint.extract import dates
    from postlint.scan.textscan import digit_runs, lowered, scan_bytes

    low = lowered(text)
    space_name = re.compile(rb" (?:j(?:an|u[nl])|f(?:eb|ri)|m(?:a[ry]|on)|a(?:pr|ug)|s(?:ep|at|un)|oct|nov|dec|t(?:ue|hu)|wed)")
    names = [m.start() + 1 for m in space_name.finditer(scan_bytes(text))]
    if re.match("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun", low):
        names.insert(0, 0)
    if not text.isascii():
        names = [at for at in names if dates._starts_word(text, at)]
    digits = []
    for start, end in digit_runs(text):  # a day before a month: one of those names within 8 characters
        size = end - start
        if size > 4 or size == 3 or end == len(text):
            continue
        after = text[end]
        if after in "-/" or (size <= 2 and after == "."):
            if end + 1 < len(text) and text[end + 1].isdecimal() and dates._starts_word(text, start):
                digits.append(start)
        elif size <= 2 and (after in "sSnNrRtT" or after.isspace()):
            i = bisect.bisect_right(names, end)
            if i < len(names) and names[i] <= end + 8 and dates._starts_word(text, start):
                digits.append(start)
    starts = sorted(digits + [at for at in names if dates._may_start_name_date(low, at)])
    return [m.span() for m in dates._matches_at(dates._DATE(), text, starts)]


def test_name_starts_from_the_word_index_find_what_the_space_scan_found() -> None:
    """Name starts come from the word index (runs that are a month, a weekday or a month glued to a
    connector): on texts built from date pieces, near misses and glue, the date scan finds what it
    found when every month or weekday prefix after a space of scan_bytes was tried, and what the
    plain pattern finds."""
    from postlint.extract import dates
    from postlint.scan.textscan import lowered

    rng = random.Random(11)
    pieces = [
        *dates._MONTH_FORMS, *dates._WEEKDAY_FORMS, "Juneto", "mayTHRU", "sepuntil", "junetoaugust", "Mayto",
        "marketing", "months", "monday's", "sundays", "mayor", "Decemberto", "junetomorrow", "janthru",
        "to", "through", "thru", "until", "of", "the", "and", "between", "5", "12", "31", "2026", "1st", "3rd",
        "12th", "2026-04-06", "11/12/2015", "31.10.2025", "15", "may be", "May,", "may.", "MAY -", "4th", "22nd",
        "of", "OF", "may 5", "may\u00a0\u00a05", "may    5", "may, 5", "may.,", "may,.", "mayday",
    ]
    glue = [" ", " ", " ", "  ", "", ".", ", ", "-", "–", "/", "_", "é", "\u00a0", "\n", "x", "5", "\u0665"]
    for _ in range(6000):
        text = "".join(
            (piece.upper() if rng.random() < 0.2 else piece.capitalize() if rng.random() < 0.3 else piece) + rng.choice(glue)
            for piece in rng.choices(pieces, k=rng.randint(1, 12))
        )
        found = [m.span() for m in dates._date_matches(text, lowered(text))]
        assert found == _space_scan_date_matches(text) == _plain_date_matches(text), text
    for text in ("x _Mon, June 5", "a_mon 5 June", "_may 5", "x éMon, June 5", "5mon, June 5"):
        assert [m.span() for m in dates._date_matches(text, lowered(text))] == _space_scan_date_matches(text)


def test_a_priority_or_first_review_date_is_not_the_closing_date() -> None:
    import postlint

    text = (
        "Elections Clerk\nPosted: January 5, 2026\n"
        "Priority deadline: February 1, 2026. Applications will be accepted until the position is filled.\n"
        "For full consideration, apply by February 10, 2026.\n"
        "Duties\n- Prepare ballots.\n"
    )
    [posting] = postlint.parse_text(text, "job.txt")
    assert posting.facts.dates.closing is None
    assert posting.facts.dates.ongoing
    codes = [f.code for f in postlint.check_text(text, config={"select": ["DATE"], "today": "2026-03-01"}, path="job.txt")]
    assert "DATE006" not in codes  # not expired: applications are still accepted
    later = text.replace("For full consideration, apply by", "Applications must be received by")
    [posting] = postlint.parse_text(later, "job.txt")
    assert posting.facts.dates.closing_date.isoformat() == "2026-02-10"


def test_a_first_review_date_in_an_open_until_filled_posting_is_no_deadline() -> None:
    import postlint

    text = ("Elections Director\n\nThe position is open until filled with first review of applications on "
            "October 9, 2023. It may close at any time after that date.\n")
    dates = postlint.parse_text(text)[0].facts.dates
    assert dates.closing is None and dates.ongoing
    findings = postlint.check_text(text, config={"select": ["DATE006"], "today": "2026-01-01"}, path="job.txt")
    assert findings == []
    # a plain "applications accepted until" date is still the deadline
    text = "Elections Director\n\nApplications are accepted until October 9, 2023.\n"
    assert postlint.parse_text(text)[0].facts.dates.closing_date.isoformat() == "2023-10-09"
