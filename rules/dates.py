"""Date rules (DATE): dates that contradict each other, cannot exist, or have passed.

Every rule reads ``posting.facts.dates`` (and the employment facts for DATE007); none re-parses text.
"""

from __future__ import annotations

import datetime as dt
import re

from postlint.extract.dates import DateMention, DateRange
from postlint.model import Severity
from postlint.rule import WRITTEN_ZONES, Field, Rule, RuleOptions

_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
# Northern-hemisphere months of each season; "allowed" adds the edge months postings commonly use.
_SEASON_MONTHS = {
    "fall": ((9, 10, 11, 12), (8,)),
    "spring": ((1, 2, 3, 4, 5), ()),
    "summer": ((5, 6, 7, 8), ()),
    "winter": ((12, 1, 2), ()),
}


def _fmt(date: dt.date | None) -> str:
    return date.isoformat() if date else "?"


def _season_months(season: str, hemisphere: str) -> set[int]:
    core, extra = _SEASON_MONTHS[season]
    months = set(core) | set(extra)
    if hemisphere == "south":
        months = {(m + 5) % 12 + 1 for m in months}
    return months


def _season_label(season: str, hemisphere: str) -> str:
    core, _ = _SEASON_MONTHS[season]
    if hemisphere == "south":
        core = tuple((m + 5) % 12 + 1 for m in core)
    return f"{_MONTH_NAMES[core[0]]}-{_MONTH_NAMES[core[-1]]}"


def _share_in_season(r: DateRange, months: set[int]) -> float:
    """The share of a range's days that fall in the given months."""
    start, end = r.start.value, r.end.last
    if start is None or end is None or end < start:
        return 1.0
    total = inside = 0
    day = start
    step = dt.timedelta(days=1)
    while day <= end and total < 800:
        total += 1
        inside += day.month in months
        day += step
    return inside / total if total else 1.0


def _years(r: DateRange) -> set[int]:
    return {d.year for d in (r.start.value, r.end.last) if d is not None}


class SeasonMonthMismatch(Rule):
    """What it checks: a season ("Fall internship", "Summer 2026") and an explicit month range for
    the job in the same posting that do not agree: fewer than half the range's days fall in the
    season. Fall/Autumn is September-December (August allowed), Spring January-May, Summer
    May-August, Winter December-February; `hemisphere = "south"` shifts them by six months.

    Why it matters: applicants plan terms, leases and visas around these dates; when the title says
    one period and the body another, they cannot tell which is true and some will not apply.

    Example: "Fall Software Engineering Intern ... the internship runs June-August 2026."

    Instead: make them agree: "Fall 2026 internship (September - December 2026)", or rename the
    posting after the real period ("Summer 2026 internship").
    """

    code, name, severity = "DATE001", "season-month-mismatch", Severity.WARNING
    summary = "A season and the stated months disagree"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        dates = posting.facts.dates
        hemisphere = dates.hemisphere
        ranges = [r for r in dates.term_ranges if r.start.value and r.end.last and not r.reversed]
        for season in dates.seasons:
            same_period = [r for r in ranges if season.year is None or season.year in _years(r)]
            if not same_period:
                continue
            months = _season_months(season.season, hemisphere)
            if any(_share_in_season(r, months) >= 0.5 for r in same_period):
                continue
            r = same_period[0]
            yield self.finding(
                r.span,
                f"'{r.raw}' is not in {season.raw.strip()} (line {season.span.line}): "
                f"{season.season} is {_season_label(season.season, hemisphere)}",
                instead=f"make the season and the months agree, e.g. '{season.raw.strip()} "
                f"({_season_label(season.season, hemisphere)})', or name the season the months fall in",
            )


class ReversedRange(Rule):
    """What it checks: a date range whose end comes before its start ("June 30 - June 1, 2026",
    "2026-09-01 to 2026-03-01").

    Why it matters: a reversed range is a typo in a date applicants rely on; nobody can tell which
    end is wrong.

    Example: "The contract runs from March 1, 2027 to January 15, 2027."

    Instead: put the earlier date first and check both ends: "January 15, 2027 - March 1, 2027".
    """

    code, name, severity = "DATE002", "reversed-range", Severity.ERROR
    summary = "A date range ends before it starts"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        for r in posting.facts.dates.ranges:
            if r.reversed:
                yield self.finding(
                    r.span,
                    f"'{r.raw}' ends ({_fmt(r.end.last)}) before it starts ({_fmt(r.start.value)})",
                    instead="put the earlier date first and check both ends",
                )


class DateOrder(Rule):
    """What it checks: dates whose roles put them in an impossible order: a closing date before the
    posted/open date, a start date before the posted date, an end date before the start date.

    Why it matters: one of the two dates is wrong, and applicants cannot know which; a deadline
    before the opening makes the posting look closed on the day it opens.

    Example: "Open Date: 04-18-14 ... Applications must be received by THURSDAY, MAY 1, 2013."

    Instead: correct the wrong date so that posted <= closing, posted <= start and start <= end.
    """

    code, name, severity = "DATE003", "date-order", Severity.ERROR
    summary = "Closing, start or end date in an impossible order"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        dates = posting.facts.dates
        posted = dates.posted
        if posted is not None and posted.value is not None:
            closing = dates.closing
            if closing is not None and (closing.last or closing.value) < posted.value:
                yield self.finding(
                    closing.span,
                    f"closing date {_fmt(closing.last)} ('{closing.raw}') is before the posted/open date "
                    f"{_fmt(posted.value)} ('{posted.raw}', line {posted.span.line})",
                    instead="correct the deadline or the open date so the deadline comes after the opening",
                )
            for start in dates.with_role("start"):
                if start.last < posted.value and _explicit(start) and _definite_start(start):
                    yield self.finding(
                        start.span,
                        f"start date {_fmt(start.value)} ('{start.raw}') is before the posted date "
                        f"{_fmt(posted.value)} ('{posted.raw}', line {posted.span.line})",
                        instead="correct the start date or the posted date",
                    )
        starts = [m for m in dates.with_role("start") if not m.in_range]
        for end in dates.with_role("end"):
            if end.in_range:
                continue  # a range's own order is DATE002
            earlier = [s for s in starts if s.span.line <= end.span.line and s.value > end.last]
            if earlier:
                start = earlier[-1]
                yield self.finding(
                    end.span,
                    f"end date {_fmt(end.last)} ('{end.raw}') is before the start date {_fmt(start.value)} "
                    f"('{start.raw}', line {start.span.line})",
                    instead="correct the start or the end date",
                )


def _definite_start(mention: DateMention) -> bool:
    """A start day ("starting June 1, 2026", "Start date: 2026-06-01"), not a vague month ("starting in July")."""
    return mention.precision == "day" or bool(mention.cue and _START_LABEL.search(mention.cue))


_START_LABEL = re.compile(r"start(?:ing)? date|commenc", re.I)


def _explicit(mention: DateMention) -> bool:
    """Whether the year was written (or taken from a range partner) rather than guessed."""
    return mention.year_source in ("explicit", "range")


class WeekdayMismatch(Rule):
    """What it checks: a weekday written next to a date ("Thursday, November 12, 2015") that is not
    that date's weekday.

    Why it matters: applicants cannot tell whether the weekday or the date is right, and deadlines
    written this way are usually copied from an older posting with only one half updated.

    Example: "Applications must be received by FRIDAY, NOVEMBER 12, 2015." (November 12, 2015 was a
    Thursday.)

    Instead: fix the weekday or the date so they agree, or drop the weekday: "by November 12, 2015".
    """

    code, name, severity = "DATE004", "weekday-mismatch", Severity.ERROR
    summary = "The weekday written next to a date is not that date's weekday"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        for m in posting.facts.dates.mentions:
            if m.weekday_matches is False and m.year_source in ("explicit", "range", "context"):
                actual = m.value.strftime("%A")
                yield self.finding(
                    m.span,
                    f"'{m.raw}': {_fmt(m.value)} is a {actual}, not a {m.weekday.strip('.').capitalize()}",
                    instead=f"'{actual}, {m.value.strftime('%B')} {m.value.day}, {m.value.year}', or correct the date",
                )


class InvalidDate(Rule):
    """What it checks: a date that does not exist: February 30, a month 13, February 29 of a year
    that is not a leap year.

    Why it matters: an impossible date is a typo in a deadline or a start date; applicants have to
    guess what was meant.

    Example: "Applications close 2026-02-29."

    Instead: write the real date: "Applications close 2026-02-28."
    """

    code, name, severity = "DATE005", "invalid-date", Severity.ERROR
    summary = "A date that does not exist"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        for m in posting.facts.dates.mentions:
            if m.invalid:
                yield self.finding(m.span, f"'{m.raw}' is not a date: {m.invalid}", instead="write the intended, existing date")


class ExpiredPostingOptions(RuleOptions):
    grace_days: int = Field(default=0, ge=0, description="Days after the closing date before the posting counts as expired")


class ExpiredPosting(Rule):
    """What it checks: a posting whose closing date (the latest one it states) is before today.
    Today is `--today` / config `today`, else the real date; a posting judged as of another day can
    pin `today` in its config.

    Why it matters: a live posting past its deadline wastes applicants' time, and job boards and
    Google require expired postings to be taken down or marked as expired.

    Example: "Applications must be received by May 1, 2014." checked on 2026-11-25.

    Instead: take the posting down, or move the deadline to a future date (or say the posting stays
    open until filled).
    """

    code, name, severity = "DATE006", "expired-posting", Severity.WARNING
    summary = "The closing date has passed"
    Options = ExpiredPostingOptions

    def check(self, posting, options):
        closing = posting.facts.dates.closing
        today = posting.facts.today
        if closing is None or not _explicit(closing):
            return
        last = closing.last or closing.value
        if last + dt.timedelta(days=options.grace_days) < today:
            days = (today - last).days
            ago = f"{days} days" if days < 365 else f"{days / 365.25:.1f} years"
            yield self.finding(
                closing.span,
                f"applications closed on {_fmt(last)} ('{closing.raw}'), {ago} before today ({_fmt(today)}): "
                "this posting has expired (set `today` to lint it as of another date)",
                instead="take the posting down, or move the deadline to a future date",
            )


class HoursEmploymentOptions(RuleOptions):
    full_time_min_hours: float = Field(default=30, gt=0, description="Fewer hours/week than this is not full time")
    part_time_max_hours: float = Field(default=40, gt=0, description="This many hours/week or more is not part time")


class HoursEmploymentMismatch(Rule):
    """What it checks: a full-time job stated with fewer than `full-time-min-hours` (default 30)
    hours a week, or a part-time job with `part-time-max-hours` (default 40) or more, when the type
    and the hours are said together (same line) or in the posting's employment-type and hours labels.

    Why it matters: hours decide pay, benefits eligibility and whether applicants can combine the
    job with study or other work; a contradiction makes them guess.

    Example: "Full-time position, 20 hours per week."

    Instead: make the type match the hours: "Part-time position, 20 hours per week", or
    "Full-time position, 40 hours per week".
    """

    code, name, severity = "DATE007", "hours-employment-mismatch", Severity.WARNING
    summary = "Full-time or part-time contradicts the hours per week"
    Options = HoursEmploymentOptions

    def check(self, posting, options):
        employment = posting.facts.employment
        types = [t for t in employment.types if t.about_job and t.type in ("full-time", "part-time")]
        for hours in employment.hours:
            kind = _paired_type(hours, types, employment.hours)
            if kind is None:
                continue
            if kind.type == "full-time" and hours.maximum < options.full_time_min_hours:
                yield self.finding(
                    hours.span,
                    f"'{hours.raw}' is fewer than {options.full_time_min_hours:g} hours a week, but the job is '{kind.raw}'",
                    instead="call it part-time, or state the full-time hours",
                )
            elif kind.type == "part-time" and hours.minimum >= options.part_time_max_hours:
                yield self.finding(
                    hours.span,
                    f"'{hours.raw}' is {options.part_time_max_hours:g} or more hours a week, but the job is '{kind.raw}'",
                    instead="call it full-time, or state the part-time hours",
                )


def _paired_type(hours, types, all_hours):
    """The employment type said with these hours: on the same line, within 40 characters, and with
    no other hours figure in between ("full time (40 hours/week) or half time (20 hours a week)")."""
    best = None
    for t in types:
        if t.span.line != hours.span.line:
            continue
        left, right = sorted((t.span.end_column, hours.span.column)) if t.span.column < hours.span.column else sorted((hours.span.end_column, t.span.column))
        if right - left > 40:
            continue
        if any(h is not hours and h.span.line == hours.span.line and left <= h.span.column < right for h in all_hours):
            continue
        if best is None or right - left < best[0]:
            best = (right - left, t)
    return best[1] if best else None


class DurationMismatchOptions(RuleOptions):
    tolerance: float = Field(default=0.25, gt=0, description="Allowed relative difference between duration and range")


class DurationMismatch(Rule):
    """What it checks: a stated duration of the job ("12-week internship", "6-month contract") and
    the explicit date range of the job that differ by more than 25% (`tolerance`).

    Why it matters: applicants plan around both numbers; when they disagree, one of them is wrong
    and the applicant cannot know which.

    Example: "A 12-week internship, June 1 - December 15, 2026." (28 weeks)

    Instead: make the duration and the dates agree: "A 12-week internship, June 1 - August 21, 2026".
    """

    code, name, severity = "DATE008", "duration-mismatch", Severity.WARNING
    summary = "A stated duration disagrees with the stated dates"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire
    Options = DurationMismatchOptions

    def check(self, posting, options):
        dates = posting.facts.dates
        ranges = [r for r in dates.term_ranges if r.days]
        if not ranges:
            return
        for duration in dates.durations:
            stated = duration.days
            if any(abs(r.days - stated) <= options.tolerance * stated for r in ranges):
                continue
            r = min(ranges, key=lambda r: abs(r.span.line - duration.span.line))
            weeks = r.days / 7
            yield self.finding(
                duration.span,
                f"'{duration.raw}' does not match '{r.raw}' (line {r.span.line}), which is {r.days} days "
                f"(about {weeks:.0f} weeks)",
                instead="make the duration and the dates agree",
            )


class DeadlineMissing(Rule):
    """What it checks: a posting for an active jurisdiction that requires an application deadline
    (Colorado, US-CO, since 2024-01-01) that states neither a closing date nor that applications are
    ongoing ("open until filled", "accepted on a rolling basis"). Active jurisdictions are config
    `jurisdictions` plus, with `infer-jurisdictions`, those the posting's location names (as for PAY010).

    Why it matters: Colorado's pay-transparency rules may require postings to give the date
    applications are expected to close, or to say that they are accepted on an ongoing basis.
    This is not legal advice.

    Example: "Location: Denver, CO ... Compensation: $90,000 - $110,000 per year." and no deadline.

    Instead: add "Applications close 2026-03-31." or "Applications are accepted on an ongoing basis."
    """

    code, name, severity = "DATE009", "deadline-missing", Severity.WARNING
    summary = "A jurisdiction may require an application deadline and none is stated"

    _REQUIRING = {"US-CO": dt.date(2024, 1, 1)}

    def check(self, posting, options):
        from postlint.extract import reference_date

        dates = posting.facts.dates
        if dates.closing is not None or dates.ongoing:
            return
        when = reference_date(posting)
        required = [c for c in dates.jurisdictions if c in self._REQUIRING and when >= self._REQUIRING[c]]
        if required:
            yield self.finding(
                posting.anchor(),
                f"no application deadline and no 'ongoing' statement: {', '.join(required)} may require one",
                instead='"Applications close 2026-03-31." or "Applications are accepted on an ongoing basis."',
            )
