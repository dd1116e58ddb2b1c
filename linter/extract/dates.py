"""Dates: every date mention with its span, role and value; ranges, seasons, durations, deadlines.

One pass of one combined pattern finds the date expressions of a posting (ISO, US and day-first
numeric, month names and abbreviations in any case, ordinals, month-year, bare month ranges);
front-matter keys (opens, closes, date, deadline) are read from the parsed front matter. Roles come
from the words just before a date on its line ("received by" -> closing, "Open Date:" -> posted,
"starting" -> start), else from its section heading ("APPLICATION DEADLINE"). Consecutive dates
joined by "-", "to", "through" or "until" form a range. A year-less date takes its year from its
range partner, else from the posting when the posting names exactly one year, else from the posted
date (the first such date on or after it). Nothing here raises on odd input: patterns are linear,
and every value is built through :func:`_make_date`, which reports impossible dates instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from ..model import Posting, SectionKind, Span, internal
from ..scan.candidates import finditer_at, literal_starts, word_index
from ..scan.textscan import digit_runs, lazy, lowered, scan_bytes

if TYPE_CHECKING:
    from . import ExtractContext

Role = Literal["posted", "closing", "start", "end", "other"]
Precision = Literal["day", "month"]
YearSource = Literal["explicit", "range", "context", "posted"]
SeasonName = Literal["spring", "summer", "fall", "winter"]

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# Misspellings seen in real postings; reading them lets their weekdays and deadlines be checked.
_MONTHS.update({"feburary": 2, "febuary": 2, "februrary": 2, "septemeber": 9, "novemeber": 11, "decemeber": 12})
_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
# Words that are also ordinary English: matched only when capitalised ("May 1", not "may 1").
_LOWERCASE_AMBIGUOUS = {"may", "mar", "march", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sat", "sun", "wed", "mon", "fri"}


# Patterns below that only run when a cheap pre-scan finds something (or only on rare text) are
# compiled on first use (textscan.lazy): they cost nothing in a run that never needs them.
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary|urary|uary|rurary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?|temeber)?|oct(?:ober)?|nov(?:ember|emeber)?|dec(?:ember|emeber)?)"
_WEEKDAY = r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?:19|20|21)\d\d"
_WD_BEFORE = rf"(?:(?P<wd>{_WEEKDAY})\.?,?\s{{1,3}}(?:the\s)?)?"
_DATE = lazy(
    # 2026-04-06, 2026/04/06
    rf"(?<![\w/.-])(?P<iso_y>{_YEAR4})(?P<iso_sep>[-/])(?P<iso_m>\d{{1,2}})(?P=iso_sep)(?P<iso_d>\d{{1,2}})(?![\d/]|-\d)"
    # [Thursday, ]11/12/2015, 10-30-15, 31.10.2025
    rf"|{_WD_BEFORE.replace('wd>', 'wdn>')}(?<![\w/.-])(?P<n_a>\d{{1,2}})(?P<n_sep>[-/])(?P<n_b>\d{{1,2}})(?P=n_sep)(?P<n_y>\d{{4}}|\d{{2}})(?![\d/]|-\d|\.\d)"
    rf"|(?<![\w/.-])(?P<dot_a>\d{{1,2}})\.(?P<dot_b>\d{{1,2}})\.(?P<dot_y>{_YEAR4})(?![\d.]\d)"
    # June 1-15, 2026 (a range of days in one month)
    rf"|\b(?P<dr_m>{_MONTH})\.?\s{{1,3}}(?P<dr_a>\d{{1,2}}){_ORD}\s{{0,2}}(?:-|–|—|to|through)\s{{0,2}}(?P<dr_b>\d{{1,2}}){_ORD}\b(?![:.,]?\d|\s?(?:%|hours?|hrs?|years?|months?|weeks?|days?|am\b|pm\b|a\.m|p\.m))(?:,?\s{{1,3}}(?P<dr_y>{_YEAR4})\b)?"
    # [Thursday, ]November 12[th][, 2015]
    rf"|{_WD_BEFORE.replace('wd>', 'wdm>')}\b(?P<md_m>{_MONTH})\.?(?P<md_gap>\s{{0,3}})(?P<md_d>\d{{1,2}}){_ORD}\b(?!:\d|\s?(?:%|percent|hours?|hrs?|years?|months?|weeks?|days?|am\b|pm\b|a\.m|p\.m))(?:,?\s{{1,3}}(?P<md_y>{_YEAR4})\b)?"
    # [Thursday, ][the ]12[th] [of] November[,] [2015]
    rf"|{_WD_BEFORE.replace('wd>', 'wdd>')}\b(?P<dm_d>\d{{1,2}}){_ORD}\s{{1,3}}(?:of\s)?(?P<dm_m>{_MONTH})\b\.?(?:,?\s{{1,3}}(?P<dm_y>{_YEAR4})\b)?"
    # September-December 2026, June to August
    rf"|\b(?P<mr_a>{_MONTH})\.?(?:,?\s{{1,3}}(?P<mr_ya>{_YEAR4}))?\s{{0,3}}(?P<mr_to>-|–|—|to|through|thru|until)\s{{0,3}}(?P<mr_b>{_MONTH})\b\.?(?:,?\s{{1,3}}(?P<mr_yb>{_YEAR4})\b)?"
    # Jan 2027
    rf"|\b(?P<my_m>{_MONTH})\.?,?\s{{1,3}}(?P<my_y>{_YEAR4})\b",
    re.I,
)  # compiled on first use (4 ms): a posting without a digit or a month name never needs it
# Every alternative of _DATE starts at a digit or a month or weekday name after a non-word character.
_DATE_START = lazy(r"(?<!\w)(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))", re.I)
# The same starts found fast: digit runs in the text (see textscan), names in the posting's word
# index (see _name_starts); the word boundary is checked apart.
_URL = lazy(r"(?:https?://|www\.)\S+", re.I)
_URL_LOWERED = re.compile(r"(?:https?://|www\.)\S+")  # _URL over lowered text
# Characters other than ASCII letters that re.I matches to an ASCII letter (İ and ı to i, ſ to s)
# and that lowered() does not turn into it. The literal pre-scans over lowered text below could miss
# a match where one occurs, so such a (rare) posting takes the plain full-pattern path.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
_WEEKDAY_AFTER = lazy(rf"\s{{0,2}}\((?P<wd>{_WEEKDAY})\.?\)", re.I)
# What may sit between the two ends of a range: a connector, with clock times and "midnight" around it.
_TIME = r"(?:\d{1,2}(?::\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)|midnight|noon)"
_RANGE_GAP = lazy(
    rf"^\s{{0,3}}(?:{_TIME}\s{{0,3}})?,?\s{{0,3}}(?:-|–|—|to|through|thru|until|till)\s{{1,3}}(?:{_TIME},?\s{{0,3}})?(?:on\s)?$|^\s?[-–—]\s?$",
    re.I,
)
_BETWEEN_GAP = lazy(r"^\s{1,3}and\s{1,3}$", re.I)
_BETWEEN_BEFORE = lazy(r"\bbetween\s{1,3}$", re.I)
_DIGIT = re.compile(r"\d")
_DATE_STARTS_LINE = lazy(rf"^\s*(?:[-*]\s+)?(?:\d|{_WEEKDAY}\b|{_MONTH}\b)", re.I)
_YEAR_IN = lazy(r"(?:19|20)\d\d")

# "Date:" alone on its line (its colon makes it a label, not a heading), and the longest line read
# as a date alone ("Wednesday, September 30, 2026").
_BARE_DATE_LABEL = re.compile(r"[ \t*_#]*date[ \t*_]*:[ \t*_]*", re.I)
_DATE_ALONE = 32

# Role cues in the text before a date, nearest wins. One pattern with a named group per role.
_CUES = lazy(
    r"(?P<posted>\b(?:open(?:ing)? date|date posted|posted(?: on| date)?|posting date|date of posting|published|"
    r"issue date|date issued|opens(?: on)?|open from|exam(?:ination)? open)\b)"
    r"|(?P<closing>\b(?:deadline|closing date|close date|(?:final )?filing (?:date|deadline)|closes(?: on)?|closing on|close(?: on)?|valid through|valid until|"
    r"expires?(?: on)?|expiration date|no later than|due(?: date| by| on)?|last (?:day|date) to apply(?: for (?:this |the )?job)?|apply by|apply before|"
    r"(?:appl\w*|submi\w*|receiv\w*|fil(?:e|ed|ing)|accept\w*|questionnaires?)\b[^.:;]{0,40}?\b(?:by|before|until|through|thru)|"
    r"must be received)\b)"
    r"|(?P<start>\b(?:start(?:ing)?(?: date)?|starts|start on|begins|will begin|commenc\w*|available from|"
    r"join(?:ing)? (?:us )?(?:on|in))\b)"
    r"|(?P<end>\b(?:end(?:ing)?(?: date)?|ends|finish(?:es|ing)?|until|through|concludes?)\b)",
    re.I,
)
# A date after which applications are still taken, only reviewed later or with lower priority.
_REVIEW_DATE = lazy(
    r"\b(?:priority (?:deadline|date|consideration|filing|screening)|first review|initial review|"
    r"(?:full|first|priority) consideration|review (?:of applications )?(?:will )?begins?|screening (?:will )?begins?|"
    r"first round of (?:review|screening|interviews))\b",
    re.I,
)
_SENTENCE_BREAK = lazy(r"(?<![ap]\.m)(?<![AP]\.M)[.!?;]\s+(?=[A-Z(])|\n")  # not in "5 p.m. EST"
_HEADING_ROLES: list[tuple[re.Pattern, Role]] = [
    (re.compile(r"deadline|closing date|how long|filing period|filing date", re.I), "closing"),
    (re.compile(r"start date", re.I), "start"),
]
_ONGOING = lazy(
    r"\b(?:open until (?:the position is )?filled|until (?:the position is )?filled|on a rolling basis|rolling (?:basis|applications|admissions)|"
    r"(?:applications?|recruitment|recruiting|hiring|review) (?:is |are |remains? )ongoing|ongoing (?:basis|recruitment|posting|application)|continuous(?:ly)? (?:open|filing|recruitment|posting)|"
    r"no (?:application |closing )deadline|no deadline (?:to apply|for applications)|may (?:be )?close[d]? (?:at any time )?without (?:prior )?notice|"
    r"until (?:a )?sufficient (?:number|numbers|applications)|accepted until sufficient|remains? open until|until further notice|"
    r"may (?:final )?close without (?:prior )?notice)\b",
    re.I,
)
_SEASON = lazy(
    r"\b(?P<season>spring|summer|fall|autumn|winter)\b(?:\s{1,3}(?P<year>(?:19|20)\d\d)\b)?"
    r"(?P<attach>\s{1,3}(?:(?:19|20)\d\d\s{1,3})?(?:[\w/-]{1,30}\s{1,3}){0,3}?"
    r"(?:intern(?:ship)?s?|co-?op|program(?:me)?|term|semester|session|cohort|placement|fellowship|start|hire|class|position|role)\b)?",
    re.I,
)
_SEASON_WORDS = re.compile(r"spring|summer|fall|autumn|winter")  # where a _SEASON match can start, in lowered text
_SEASON_NAMES = frozenset(("spring", "summer", "fall", "autumn", "winter"))
_SPACE_SEASON = re.compile(rb" (?:spring|summer|fall|autumn|winter)")  # the same after a space, in scan_bytes
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20,
    "twenty-four": 24,
}
_NUMBER = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|eighteen|twenty(?:-four)?)"
_UNIT = r"(?P<unit>week|month|year|wk|mo)s?"
_TERM_NOUN = r"(?:internship|intern|program(?:me)?|contract|assignment|term|fixed[- ]term|appointment|placement|co-?op|project|engagement|fellowship|role|position|secondment|residency|apprenticeship)"
_DURATION_ADJECTIVE = (
    r"(?:paid|unpaid|long|full[- ]time|part[- ]time|fixed|remote|hybrid|summer|fall|autumn|winter|spring|"
    r"research|graduate|student|engineering|software|data|temporary|consulting|contract|internship)"
)
_DURATION = lazy(
    # "12-week internship", "two-year fixed term", "6 month contract"
    rf"\b{_NUMBER}[- ]{_UNIT}[- ](?:{_DURATION_ADJECTIVE}[- ]){{0,2}}{_TERM_NOUN}\b"
    # "internship of 12 weeks", "contract for 6 months", "internship lasts 10 weeks"
    rf"|\b{_TERM_NOUN}\s(?:\w{{1,15}}\s){{0,2}}?(?:of|for|lasting|lasts|runs for|will last|duration of)\s(?:about\s|approximately\s)?{_NUMBER.replace('<n>', '<n2>')}\s{_UNIT.replace('<unit>', '<unit2>')}\b"
    # "Duration: 6 months"
    rf"|\b(?:duration|length|contract length|term)\s?:\s{{0,3}}{_NUMBER.replace('<n>', '<n3>')}\s{_UNIT.replace('<unit>', '<unit3>')}\b",
    re.I,
)
# Every _DURATION match holds a number, then "-" or a space, then a unit ("12-week", "six months").
# A posting without one has no duration; around each one, _DURATION is tried only where a match
# holding it can start: at the number, or at a term word at most _DURATION_MARGIN before it (the
# longest match is 91 characters; tests check the margin).
_UNIT_AFTER_GAP = lazy(r"[-\s](?:week|month|year|wk|mo)")  # over lowered text
_KELVIN = "\u212a"
_NUMBER_WORD_ENDS = tuple(_NUMBER_WORDS)
# A unit as a whole word (_UNIT, then "[- ]" or "\b"), after a space of scan_bytes (see _space_units):
# without the many " mo..." ("more", "most") that are no unit.
_UNIT_WORDS = frozenset(("week", "weeks", "month", "months", "year", "years", "wk", "wks", "mo", "mos"))
# What a _DURATION match that does not start at its number starts with: a _TERM_NOUN ("co-op" as
# "co", "fixed-term" as "fixed"), or "duration", "length", "contract", "term"; after a space of
# scan_bytes (a word start: literal-led, so only spaces are tried), or at the start of the text.
_DURATION_WORDS = (
    "internship", "intern", "programme", "program", "contract", "assignment", "term", "fixed", "appointment",
    "placement", "coop", "co", "project", "engagement", "fellowship", "role", "position", "secondment",
    "residency", "apprenticeship", "duration", "length",
)
_SPACE_DURATION_WORD = lazy(  # only near a duration unit
    rb" (?:a(?:ppointment|pprenticeship|ssignment)|co|duration|engagement|f(?:ellowship|ixed)|intern"
    rb"|length|p(?:ro(?:gram|ject)|lacement|osition)|r(?:ole|esidency)|secondment|term)"
)
_DURATION_MARGIN = 100
# Every _ONGOING alternative holds one of these words; most postings hold none. Longest match: 46.
# Every _ONGOING match holds one of these as a whole word: after \b or a space, before a space or
# \b ("open until filled", "continuously open", "no closing deadline", "close without notice").
_ONGOING_WORDS = frozenset(("until", "rolling", "ongoing", "continuous", "continuously", "deadline", "without"))
_ONGOING_MARGIN = 50
# Durations written in requirements ("completion of a four-year apprenticeship") are not the job's.
_COMPLETED_BEFORE = lazy(r"(?:complet\w*|graduat\w*|finish\w*|degree|diploma)\b[^.;]{0,30}$", re.I)
_UNIT_DAYS = {"week": 7.0, "wk": 7.0, "month": 30.44, "mo": 30.44, "year": 365.25}
_FRONT_MATTER_ROLES: dict[str, Role] = {
    "opens": "posted", "open": "posted", "date": "posted", "posted": "posted", "date_posted": "posted",
    "closes": "closing", "close": "closing", "deadline": "closing", "valid_through": "closing",
}
_FRONT_MATTER_KEY = lazy(r"^\s*(%s)\s*:\s*\S" % "|".join(_FRONT_MATTER_ROLES), re.I)  # front matter only
# A range is the job's term when its sentence speaks of the job, and not of a test, interview or event.
_TERM_WORDS = lazy(
    r"\b(?:work\w*|job|position|role|intern\w*|co-?op|contract\w*|assignment|employment|program(?:me)?|placement|"
    r"term|cohort|fellowship|appointment|dates?|duration|period|start\w*|you will|you'll|available)\b",
    re.I,
)
_EVENT_WORDS = lazy(
    r"\b(?:interview\w*|test\w*|exam\w*|assessment|webinar|info(?:rmation)? session|class(?:es)?|training|"
    r"workshop|event|conference|orientation|fair|FCA|score|essay|session|held|administered|appeals?)\b",
    re.I,
)
_TEST_WORDS = lazy(r"\b(?:tests?|essays?|assessments?|interviews?)\b", re.I)
_APPLICATION_WORDS = lazy(r"\b(?:applications?|apply|submi\w*|filing|accept\w*|deadline|clos(?:e|es|ing))\b", re.I)
_CUE_AFTER = lazy(r"[\s,]{0,3}(?:\(|as (?:the|our) )?(start(?:ing)? date|end date|deadline|closing date|application deadline)\b", re.I)


@dataclass(slots=True, kw_only=True)
class DateMention:
    """One date in the text: its words, span, role and value (None when it cannot exist)."""

    raw: str
    span: Span
    role: Role = "other"
    source: Literal["text", "front-matter"] = "text"
    value: dt.date | None = None  # The first day it names
    last: dt.date | None = None  # The last day it names (= value for a day)
    precision: Precision = "day"
    year_source: YearSource | None = None  # Where the year came from; None when unknown
    weekday: str | None = None  # A weekday written next to the date, as written
    weekday_span: Span | None = None
    invalid: str | None = None  # Why the date cannot exist, when it cannot
    in_range: bool = False
    cue: str | None = None  # The words that gave the role ('received by', 'Open Date')
    # Internal parts, kept for year inference; not part of the public JSON.
    month: int | None = internal(default=None)
    day: int | None = internal(default=None)
    start: int = internal(default=0)
    end: int = internal(default=0)

    @property
    def weekday_matches(self) -> bool | None:
        """Whether the written weekday is the date's weekday (None when there is nothing to compare)."""
        if self.weekday is None or self.value is None or self.precision != "day":
            return None
        return _WEEKDAYS.get(self.weekday.lower().rstrip(".")) == self.value.weekday()


@dataclass(slots=True, kw_only=True)
class DateRange:
    """Two dates joined by "-", "to", "through" ...: an application window or a job's term."""

    raw: str
    span: Span
    start: DateMention
    end: DateMention
    # The application window, the job's term, or other (a test period, an interview week).
    kind: Literal["application", "term", "other"] = "other"

    @property
    def reversed(self) -> bool:
        return self.start.value is not None and self.end.last is not None and self.end.last < self.start.value

    @property
    def days(self) -> int | None:
        if self.start.value is None or self.end.last is None or self.reversed:
            return None
        return (self.end.last - self.start.value).days + 1


@dataclass(slots=True, kw_only=True)
class SeasonMention:
    season: SeasonName
    raw: str
    span: Span
    year: int | None = None
    in_title: bool = False


@dataclass(slots=True, kw_only=True)
class DurationMention:
    raw: str
    span: Span
    amount: float
    unit: Literal["week", "month", "year"]

    @property
    def days(self) -> float:
        return self.amount * _UNIT_DAYS[self.unit]


@dataclass(slots=True, kw_only=True)
class OngoingStatement:
    """Words saying applications have no fixed deadline ("open until filled", "ongoing")."""

    raw: str
    span: Span


@dataclass(slots=True, kw_only=True)
class Dates:
    mentions: list[DateMention] = field(default_factory=list)
    ranges: list[DateRange] = field(default_factory=list)
    seasons: list[SeasonMention] = field(default_factory=list)
    durations: list[DurationMention] = field(default_factory=list)
    ongoing: list[OngoingStatement] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)  # Active jurisdictions: the codes of Facts.jurisdictions
    hemisphere: Literal["north", "south"] = "north"  # Config `hemisphere`, for seasons

    # Derived values written to JSON (`postlint parse`, checklists) next to the fields.
    __json_properties__ = ("posted_date", "closing_date", "start_date")

    @property
    def posted_date(self) -> dt.date | None:
        """The posted/open date (see :attr:`posted`), for JSON readers such as the checklist."""
        return self.posted.value if self.posted else None

    @property
    def closing_date(self) -> dt.date | None:
        """The last day to apply (the latest closing date stated), when one is stated."""
        closing = self.closing
        return (closing.last or closing.value) if closing else None

    @property
    def start_date(self) -> dt.date | None:
        """The job's first stated start date, when one is stated."""
        starts = self.with_role("start")
        return starts[0].value if starts else None

    def with_role(self, role: Role) -> list[DateMention]:
        return [m for m in self.mentions if m.role == role and m.value is not None]

    @property
    def posted(self) -> DateMention | None:
        """The posting's posted/open date: front matter first, else the first one in the text."""
        posted = self.with_role("posted")
        front = [m for m in posted if m.source == "front-matter"]
        return (front or posted or [None])[0]

    @property
    def closing(self) -> DateMention | None:
        """The latest closing date (an application window's end counts)."""
        closing = self.with_role("closing")
        return max(closing, key=lambda m: m.last or m.value) if closing else None

    @property
    def term_ranges(self) -> list[DateRange]:
        return [r for r in self.ranges if r.kind == "term"]


# -- building dates ----------------------------------------------------------------------------------

def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:  # two-digit years: 00-69 -> 2000s, 70-99 -> 1900s
        return 2000 + value if value < 70 else 1900 + value
    return value


def _make_date(year: int | None, month: int, day: int | None) -> tuple[dt.date | None, str | None]:
    """The date, or None and why it cannot exist (month 13, February 30, 2026-02-29)."""
    if not 1 <= month <= 12:
        return None, f"there is no month {month}"
    if day is None:
        return (dt.date(year, month, 1) if year else None), None
    limit = calendar.monthrange(year if year else 2000, month)[1]  # 2000 is a leap year: Feb 29 exists
    if not 1 <= day <= limit:
        name = calendar.month_name[month]
        if year and month == 2 and day == 29:
            return None, f"{year} is not a leap year, so February 29, {year} does not exist"
        return None, f"{name} has {limit} days, so {name} {day} does not exist"
    return (dt.date(year, month, day) if year else None), None


def _is_lowercase_word(word: str) -> bool:
    return word.islower() and word.rstrip(".").lower() in _LOWERCASE_AMBIGUOUS


def _month(word: str) -> int:
    return _MONTHS[word.rstrip(".").lower()]


def _numeric_order(a: int, b: int, order: str) -> tuple[int, int]:
    """(month, day) from two numbers: the text decides when one cannot be a month, else config."""
    if a > 12 and b <= 12:
        return b, a
    if b > 12 and a <= 12:
        return a, b
    return (b, a) if order == "DMY" else (a, b)


def _starts_word(text: str, start: int) -> bool:
    """No word character (as ``\\w`` means it) right before ``start``."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_")


def _folds(text: str) -> bool:
    return any(c in text for c in _FOLDS_TO_ASCII)


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` when every match can only start at one of ``starts`` (sorted):
    the pattern is tried at those positions only, leftmost first, without overlaps."""
    end = 0
    for position in starts:
        if position < end:
            continue
        match = pattern.match(text, position)
        if match:
            end = match.end()
            yield match


_WORD_RUN = re.compile(r"\w*")


def _matches_near(pattern: re.Pattern, text: str, anchors: list[int], margin: int):
    """``pattern.finditer(text)`` when every match contains one of ``anchors`` and is shorter than
    ``margin`` (and ``pattern`` has no lookahead): the pattern runs only in the windows ``margin``
    around the anchors. Lookbehinds and ``\\b`` still see the text before a window; a window ends
    after the word it would cut, so a ``\\b`` at its end sees the real boundary (a cut word read as
    a boundary gave a spurious match before it unless that match held an anchor of its own)."""
    windows: list[list[int]] = []
    word_end = _WORD_RUN.match
    for anchor in sorted(anchors):
        low, high = max(0, anchor - margin), word_end(text, min(len(text), anchor + margin)).end()
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])
    for low, high in windows:
        yield from pattern.finditer(text, low, high)


def _date_matches(text: str, low: str):
    """``_DATE.finditer(text)``, but tried only where a date can start (a digit, a month or weekday
    name): the same matches, several times faster than letting the big pattern try every position.
    ``low`` is ``lowered(text)``."""
    if _folds(text):
        starts = [m.start() for m in _DATE_START().finditer(text)]
    else:
        starts = _digit_starts(text, low) + [at for at in _name_starts(text, low) if _may_start_name_date(low, at)]
        if not starts:
            return iter(())
        starts.sort()
    return _matches_at(_DATE(), text, starts)


def _digit_starts(text: str, low: str) -> list[int]:
    """Digit runs where an alternative of _DATE can start: 1-2 digits before "-", "/", ".", an
    ordinal suffix or a space, or 4 before "-" or "/" (a run of 3 or 5+ digits never starts one).

    Most such runs start no date ("5 years", "2-3 days", "No. 1."), and a failed try of _DATE costs
    ~2 us, so each is checked further against what must follow: after "-", "/" or "." a digit (the
    numeric and ISO forms); after an ordinal suffix or a space ("12th of May", "5 June") the rest of
    the one alternative that can match there (_DAY_MONTH_TAIL, over ``low``)."""
    starts = []
    size_text = len(text)
    tail = _DAY_MONTH_TAIL().match
    for start, end in digit_runs(text):
        size = end - start
        if size > 4 or size == 3 or end == size_text:
            continue
        after = text[end]
        if after in "-/" or (size <= 2 and after == "."):
            if end + 1 < size_text and text[end + 1].isdecimal() and _starts_word(text, start):
                starts.append(start)
        elif size <= 2 and (after in _AFTER_DAY or after.isspace()):
            if tail(low, end) and _starts_word(text, start):
                starts.append(start)
    return starts


# What follows the day of a "12th of May" date (_DATE's dm alternative, the only one that can
# start at 1-2 digits followed by a letter or a space), over lowered text: no re.I, led by a set.
_DAY_MONTH_TAIL = lazy(rf"{_ORD}\s{{1,3}}(?:of\s)?{_MONTH}\b")


_AFTER_DAY = frozenset("sSnNrRtT")  # "1st", "2nd", "3rd", "4th" (any case: _DATE is re.I)


def _name_starts(text: str, low: str) -> list[int]:
    """Month and weekday names after a non-word character: the runs of ASCII letters that are a
    month or weekday as _DATE spells it, or a month glued to a range connector ("juneto", "mayto
    august"), looked up in the posting's shared word index (a set intersection, then a literal find
    per name present: most postings hold two or three, "may" first) instead of a pattern tried at
    every space of the text (~50 us per posting).

    These are the starts where _DATE can match at a name: its month alternatives need the month
    followed by ".", a space, a digit, a comma, a dash or a connector, and a connector glued to it
    must be followed by the end of the run or by a month ending it; a weekday needs a space after
    it. (Other runs starting with a name, "marketing", "months", were tried before and never
    matched.) The character before is no word character (the index only knows it is no ASCII
    letter). The text holds none of _FOLDS_TO_ASCII (the caller's check), so the index's folded
    text is ``low``."""
    words = word_index(text).words
    present = _NAME_FORMS.intersection(words)
    glued = _glued_names()
    if not glued.isdisjoint(words):  # most postings hold none: one pass over their words
        present |= glued.intersection(words)
    if not present:
        return []
    index = word_index(text)
    starts: list[int] = []
    for word in present:
        if word == "may":  # mostly the verb ("may be"): only where a date can follow (see _MAY_DATE)
            starts.extend(m.start() for m in _MAY_DATE().finditer(low))
        else:
            starts.extend(index.run_starts(word))
    starts.sort()
    return [at for at in starts if _starts_word(text, at)]


# What a name start's run of letters must be for _DATE to match there: a month or weekday as
# _MONTH/_WEEKDAY spell it, or (in a month range written without spaces, "June-to"... "Mayto") a
# month glued to its connector.
_MONTH_FORMS = frozenset(
    "jan january feb february feburary febuary februrary mar march apr april may jun june jul july aug "
    "august sep sept september septemeber oct october nov november novemeber dec december decemeber".split()
)
_WEEKDAY_FORMS = frozenset(_WEEKDAYS)
_CONNECTORS = ("to", "through", "thru", "until")
_LETTER_RUN = re.compile(r"[a-z]*")
# "may" as a whole run of letters followed by what _may_start_name_date requires after a month
# (".", ",", up to 3 spaces, then a digit, a dash or a connector's first letter), over lowered text;
# led by the word itself, so re finds it by a literal scan. Most "may"s are the verb: this skips
# them without a Python step each.
_MAY_DATE = lazy(r"may(?<![a-z]may)(?![a-z])\.?,?\s{0,3}[\d\-\u2013\u2014tu]")
# The runs of letters where _DATE can match at a name (see _name_starts): a month or weekday, a
# month glued to a connector, and that followed by the month ending the range ("junetoaugust").
_NAME_FORMS = _MONTH_FORMS | _WEEKDAY_FORMS


@cache  # 3,720 strings (~0.6 ms): built on first use, not at import
def _glued_names() -> frozenset[str]:
    glued = [month + connector for month in _MONTH_FORMS for connector in _CONNECTORS]
    return frozenset(glued).union(*(map(start.__add__, _MONTH_FORMS) for start in glued))  # joined in C


def _may_start_name_date(low: str, at: int) -> bool:
    """Whether _DATE can match at a month or weekday name start ``at`` (of ``lowered`` text; a
    superset): most name starts are ordinary words ("may be", "months", "marketing"), and a failed
    try of _DATE costs ~2 us.

    After a month, every month alternative has an optional "." (and "," before a year), at most 3
    spaces, then a digit, a dash or a connector (to, through, thru, until); a weekday starts a date
    only as a whole word."""
    end = _LETTER_RUN.match(low, at).end()
    run = low[at:end]
    if run in _WEEKDAY_FORMS:
        return True
    if run not in _MONTH_FORMS:
        # A month glued to its range connector ("juneto"), the only way a longer run can match.
        if "to" not in run and "thr" not in run and "unt" not in run:
            return False  # most runs ("months", "marketing"): no connector at all
        return any(run.startswith(form) and run.startswith(_CONNECTORS, len(form)) for form in _MONTH_FORMS
                   if form[:3] == run[:3])
    n = len(low)
    if end < n and low[end] == ".":
        end += 1
    if end < n and low[end] == ",":
        end += 1
    for _ in range(3):
        if end < n and low[end].isspace():
            end += 1
    return end < n and (low[end].isdecimal() or low[end] in "-\u2013\u2014tu")


class _Scanner:
    def __init__(self, posting: Posting, context: "ExtractContext | None") -> None:
        self.posting = posting
        self.text = posting.text
        self.low = lowered(self.text)
        self.order = context.date_order if context else "MDY"
        self.mentions: list[DateMention] = []
        self.ranges: list[DateRange] = []
        self.front_matter_lines: set[int] = set()

    def span(self, start: int, end: int) -> Span:
        return self.posting.span_at(start, end)

    # -- front matter ------------------------------------------------------------------------------
    def front_matter(self) -> None:
        fm = self.posting.front_matter
        if not fm:
            return
        for key, value in fm.items():
            role = _FRONT_MATTER_ROLES.get(str(key).lower())
            if role is None:
                continue
            date = _front_matter_date(value)
            if date is None:
                continue
            line = self._front_matter_line(str(key))
            if line is None:
                continue
            number, text = line
            self.front_matter_lines.add(number)
            raw = text.split(":", 1)[1].strip().strip("'\"")
            col = text.find(raw, text.find(":") + 1)
            span = Span(line=number, column=col + 1, end_line=number, end_column=col + len(raw) + 1)
            self.mentions.append(
                DateMention(raw=raw, span=span, role=role, source="front-matter", value=date, last=date, year_source="explicit")
            )

    def _front_matter_line(self, key: str) -> tuple[int, str] | None:
        for line in self.posting.lines:
            found = _FRONT_MATTER_KEY().match(line.text)
            if found and found.group(1).lower() == key.lower():
                return line.number, line.text
        return None

    # -- text --------------------------------------------------------------------------------------
    def scan(self) -> None:
        if _folds(self.text):
            urls = [(m.start(), m.end()) for m in _URL().finditer(self.text)]
        else:
            # Every URL starts with "http" or "www.": tried only there (literal scans).
            starts = literal_starts(self.low, ("http", "www."))
            urls = [(m.start(), m.end()) for m in finditer_at(_URL_LOWERED, self.low, starts)]
        for match in _date_matches(self.text, self.low):
            if any(a <= match.start() < b for a, b in urls):
                continue  # "...Institutions%2008-21-08.pdf" is a file name, not a date
            self._add(match)
        self.mentions.sort(key=lambda m: (m.span.line, m.span.column))

    def _add(self, match: re.Match) -> None:
        g = match.groupdict()
        span = self.span(match.start(), match.end())
        if span.line in self.front_matter_lines:
            return
        if g["mr_a"]:
            self._month_range(match)
            return
        if g["dr_m"]:
            self._day_range(match)
            return
        weekday = g["wdn"] or g["wdm"] or g["wdd"]
        if weekday and _is_lowercase_word(weekday):
            weekday = None
        year: int | None = None
        precision: Precision = "day"
        if g["iso_y"]:
            year, month, day = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        elif g["n_a"]:
            a, b = int(g["n_a"]), int(g["n_b"])
            if a > 31 or b > 31 or a == 0 or b == 0:
                return
            month, day = _numeric_order(a, b, self.order)
            year = _year(g["n_y"])
            if not 1900 <= year <= 2199:
                return  # "12/12/0000" is a placeholder or a code
        elif g["dot_a"]:
            a, b = int(g["dot_a"]), int(g["dot_b"])
            if a > 31 or b > 31 or a == 0 or b == 0:
                return
            month, day = _numeric_order(a, b, "DMY")  # dotted dates are a day-first convention
            year = int(g["dot_y"])
        elif g["md_m"]:
            if _is_lowercase_word(g["md_m"]):
                return
            month, day = _month(g["md_m"]), int(g["md_d"])
            if day == 0 or day > 31 or (not g["md_gap"] and not g["md_y"]):
                return  # "APRIL20, 2017" is a date with a typo; "MAY20" alone is more likely a code
            year = int(g["md_y"]) if g["md_y"] else None
        elif g["dm_m"]:
            if _is_lowercase_word(g["dm_m"]):
                return
            month, day = _month(g["dm_m"]), int(g["dm_d"])
            if day == 0 or day > 31:
                return
            year = int(g["dm_y"]) if g["dm_y"] else None
        else:  # month-year
            if _is_lowercase_word(g["my_m"]):
                return
            month, day, year, precision = _month(g["my_m"]), None, int(g["my_y"]), "month"
        start, end = match.start(), match.end()
        weekday_start = None
        if weekday:
            weekday_start = start
            start = self._skip_weekday(match)
        else:
            after = _WEEKDAY_AFTER().match(self.text, end)
            if after and not _is_lowercase_word(after.group("wd")):
                weekday = after.group("wd")
                weekday_start = after.start("wd")
        mention = self._mention(start, end, year, month, day, precision)
        if weekday:
            mention.weekday = weekday
            ws = weekday_start if weekday_start is not None else start
            mention.weekday_span = self.span(ws, ws + len(weekday))
            if weekday_start is not None and weekday_start < start:
                mention.span = self.span(weekday_start, end)
                mention.raw = self.text[weekday_start:end]
                mention.start = weekday_start
        self.mentions.append(mention)

    def _skip_weekday(self, match: re.Match) -> int:
        """Where the date proper starts, after a leading weekday."""
        for name in ("n_a", "md_m", "dm_d"):
            if match.group(name):
                return match.start(name)
        return match.start()

    def _mention(self, start: int, end: int, year: int | None, month: int, day: int | None, precision: Precision) -> DateMention:
        mention = DateMention(
            raw=self.text[start:end], span=self.span(start, end), precision=precision,
            month=month, day=day, start=start, end=end, year_source="explicit" if year else None,
        )
        self._resolve(mention, year)
        return mention

    @staticmethod
    def _resolve(mention: DateMention, year: int | None) -> None:
        value, invalid = _make_date(year, mention.month or 0, mention.day)
        mention.invalid = invalid
        mention.value = value
        if value is not None:
            mention.last = value if mention.precision == "day" else value.replace(day=calendar.monthrange(value.year, value.month)[1])

    def _month_range(self, match: re.Match) -> None:
        g = match.groupdict()
        if _is_lowercase_word(g["mr_a"]) or _is_lowercase_word(g["mr_b"]):
            return
        ya = int(g["mr_ya"]) if g["mr_ya"] else None
        yb = int(g["mr_yb"]) if g["mr_yb"] else None
        first = self._mention(match.start("mr_a"), match.end("mr_ya") if ya else match.end("mr_a"), ya, _month(g["mr_a"]), None, "month")
        second = self._mention(match.start("mr_b"), match.end(), yb, _month(g["mr_b"]), None, "month")
        first.in_range = second.in_range = True
        self.mentions.extend([first, second])
        self.ranges.append(DateRange(raw=match.group(0), span=self.span(match.start(), match.end()), start=first, end=second))

    def _day_range(self, match: re.Match) -> None:
        g = match.groupdict()
        a, b = int(g["dr_a"]), int(g["dr_b"])
        if _is_lowercase_word(g["dr_m"]) or not (1 <= a <= 31 and 1 <= b <= 31):
            return
        month = _month(g["dr_m"])
        year = int(g["dr_y"]) if g["dr_y"] else None
        first = self._mention(match.start("dr_m"), match.end("dr_a"), year, month, a, "day")
        second = self._mention(match.start("dr_b"), match.end(), year, month, b, "day")
        first.in_range = second.in_range = True
        self.mentions.extend([first, second])
        self.ranges.append(DateRange(raw=match.group(0), span=self.span(match.start(), match.end()), start=first, end=second))

    # -- ranges ------------------------------------------------------------------------------------
    def link_ranges(self) -> None:
        text_mentions = [m for m in self.mentions if m.source == "text"]
        for a, b in zip(text_mentions, text_mentions[1:]):
            if a.in_range or b.in_range or b.start - a.end > 40:
                continue
            gap = self.text[a.end:b.start]
            joined = _RANGE_GAP().match(gap)
            if not joined and _BETWEEN_GAP().match(gap):
                joined = _BETWEEN_BEFORE().search(self.text[max(0, a.start - 12):a.start])
            if not joined:
                continue
            a.in_range = b.in_range = True
            self.ranges.append(DateRange(raw=self.text[a.start:b.end], span=self.span(a.start, b.end), start=a, end=b))
        self.ranges.sort(key=lambda r: (r.span.line, r.span.column))

    # -- years -------------------------------------------------------------------------------------
    def infer_years(self) -> None:
        for r in self.ranges:  # a year-less end of a range takes its partner's year
            a, b = r.start, r.end
            if a.year_source is None and b.year_source is not None and b.value is not None:
                year = b.value.year
                if a.month and b.month and (a.month > b.month):
                    year -= 1  # "November - January 2027" starts in 2026
                self._set_year(a, year, "range")
            elif b.year_source is None and a.year_source is not None and a.value is not None:
                year = a.value.year
                if a.month and b.month and b.month < a.month:
                    year += 1
                self._set_year(b, year, "range")
        years = {m.value.year for m in self.mentions if m.year_source == "explicit" and m.value is not None}
        posted = next((m.value for m in self.mentions if m.role == "posted" and m.value is not None), None)
        for m in self.mentions:
            if m.year_source is not None or m.month is None or m.invalid:
                continue
            if len(years) == 1:
                self._set_year(m, next(iter(years)), "context")
            elif posted is not None:
                year = posted.year
                candidate, _ = _make_date(year, m.month, m.day)
                if candidate is not None and candidate < posted - dt.timedelta(days=31):
                    year += 1
                self._set_year(m, year, "posted")

    def _set_year(self, mention: DateMention, year: int, source: YearSource) -> None:
        mention.year_source = source
        self._resolve(mention, year)

    # -- roles -------------------------------------------------------------------------------------
    def assign_roles(self) -> None:
        for m in self.mentions:
            if m.source == "front-matter" or m.in_range:
                continue
            role, m.cue = self._role_before(m.start)
            if role is None:
                role, m.cue = self._role_after(m.end)
            if role is None:
                role, m.cue = self._role_from_line_above(m.span.line)
            if role == "closing" and _REVIEW_DATE().search(self._sentence_after(m.end)):
                # "Applications submitted by February 23rd will be part of the first round of review":
                # the first review, applications go on
                role, m.cue = None, None
            if role == "end" and _APPLICATION_WORDS().search(self._sentence_after(m.end)):
                role = "closing"  # "End Date: July 31, 2026 (16 days left to apply)"
            if role is None and not _EVENT_WORDS().search(self._sentence_before(m.start) + self._sentence_after(m.end)):
                role = self._heading_role(m.span.line)  # "APPLICATION DEADLINE" heading, unless a test date
            m.role = role or "other"
        for r in self.ranges:
            role, cue = self._role_before(r.start.start)
            sentence = self._sentence_before(r.start.start) + r.raw + self._sentence_after(r.end.end)
            if role is None and not _EVENT_WORDS().search(sentence):
                role = self._heading_role(r.span.line)
            r.start.cue = r.end.cue = cue
            # ("Application Appeal Period: December 2, 2019 through December 6, 2019": after the
            # closing date, a step of the selection, not the window to apply in)
            if role == "closing" or (role is None and _APPLICATION_WORDS().search(self._sentence_before(r.start.start))
                                     and not _EVENT_WORDS().search(self._sentence_before(r.start.start))):
                r.kind = "application"
                r.start.role, r.end.role = "other", "closing"
            elif role == "posted":
                r.kind = "application"
                r.start.role, r.end.role = "posted", "closing"
            elif _EVENT_WORDS().search(sentence) or not _TERM_WORDS().search(sentence):
                r.kind = "other"  # an interview week, a test period, a past cohort: not this job's dates
            else:
                r.kind = "term"
                r.start.role, r.end.role = "start", "end"

    def _sentence_before(self, start: int) -> str:
        prefix = self.text[max(0, start - 90):start]
        breaks = list(_SENTENCE_BREAK().finditer(prefix))
        return prefix[breaks[-1].end():] if breaks else prefix

    def _sentence_after(self, end: int) -> str:
        suffix = self.text[end:end + 90]
        stop = _SENTENCE_BREAK().search(suffix)
        return suffix[: stop.start()] if stop else suffix

    def _role_after(self, end: int) -> tuple[Role | None, str | None]:
        """A role named right after the date: "a September 1, 2026 start date"."""
        cue = _CUE_AFTER().match(self.text, end)
        if cue is None:
            return None, None
        word = cue.group(1).lower()
        role: Role = "start" if word.startswith("start") else "end" if word.startswith("end") else "closing"
        return role, cue.group(1)

    def _role_before(self, start: int) -> tuple[Role | None, str | None]:
        """The role the nearest cue before ``start`` (same sentence) gives, and the cue's words."""
        return _role_before(self._sentence_before(start))

    def _role_from_line_above(self, line: int) -> tuple[Role | None, str | None]:
        """A cue alone on the nearest non-blank line above, when the date starts its own line:
        "Closing Date" / (blank) / "2026-08-28"."""
        text = self.posting.line_text(line)
        number = line - 1
        while number >= self.posting.first_line and not self.posting.line_text(number).strip():
            number -= 1
        raw_above = self.posting.line_text(number)
        above = raw_above.strip().strip("*#:_ ")
        if not above or len(above) > 40 or not _DATE_STARTS_LINE().match(text):
            return None, None
        if _BARE_DATE_LABEL.fullmatch(raw_above) and len(text.strip()) <= _DATE_ALONE:
            # A career page's "Date:" / (blank) / "Jun 6, 2020": a label that names no other date
            # before a line that is only a date is the posting's date.
            return "posted", above
        cues = list(_CUES().finditer(above))
        if not cues or cues[-1].end() != len(above):
            return None, None  # the line above must end with its cue ("Estimated Application Deadline")
        cue = cues[-1]
        return next(name for name in ("posted", "closing", "start", "end") if cue.group(name)), above  # type: ignore[return-value]

    def _heading_role(self, line: int) -> Role | None:
        for section in self.posting.sections:
            if section.heading and section.span.line <= line <= section.span.end_line:
                for pattern, role in _HEADING_ROLES:
                    if pattern.search(section.heading):
                        return role
        return None


# A clock time (`_TIME`, with its zone: "5 p.m. EST") or a bare "16:00"
_TIME_OF_DAY = re.compile(rf"\b{_TIME}(?:\s+[A-Z]{{2,4}}\b)?|\b\d{{1,2}}:\d\d\b", re.I)


def _role_before(prefix: str) -> tuple[Role | None, str | None]:
    """The role the nearest cue in ``prefix`` (the sentence before a date) gives, and the cue's
    words."""
    best: tuple[int, Role, str] | None = None
    for cue in _CUES().finditer(prefix):
        role = next(name for name in ("posted", "closing", "start", "end") if cue.group(name))
        if best is None or cue.end() >= best[0]:
            best = (cue.end(), role, cue.group(0))  # type: ignore[assignment]
    if best is None:
        return None, None
    end, role, words = best
    if role == "closing" and _TEST_WORDS().search(words):
        return None, None  # "submit the multiple-choice test online by July 1": a test's deadline, not the posting's
    if role in ("closing", "start") and _REVIEW_DATE().search(prefix):
        # "priority deadline", "for full consideration apply by": reviews start, applications go on
        # ("First review of applicants will begin on March 31": no start of the job either)
        return None, None
    if role == "end" and _APPLICATION_WORDS().search(prefix):
        if _REVIEW_DATE().search(prefix):
            return None, None  # "open until filled with first review of applications on June 1": no deadline
        return "closing", words  # "applications accepted until June 1" is a deadline, not a job's end
    between = prefix[end:]
    if role == "closing":
        between = _TIME_OF_DAY.sub("", between)  # "no later than 4:00pm on Tuesday, September 20th": the hour is the deadline's
    if len(between) > 45 or _DIGIT.search(between):
        return None, None  # the cue belongs to something else said in between
    return role, words


def _front_matter_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _season_matches(text: str, low: str):
    if _folds(text):
        return _SEASON().finditer(text)
    # A _SEASON match is a whole ASCII word (word boundaries on both sides): the posting's shared word index says
    # whether it has one at all, and only 1-2% of postings do.
    if _SEASON_NAMES.isdisjoint(word_index(text).words):
        return iter(())
    # As in _name_starts: a season word after a space of scan_bytes, checked against the text.
    starts = [m.start() + 1 for m in _SPACE_SEASON.finditer(scan_bytes(text))]
    if _SEASON_WORDS.match(low):
        starts.insert(0, 0)
    if not text.isascii():
        starts = [at for at in starts if _starts_word(text, at)]
    return _matches_at(_SEASON(), text, starts) if starts else iter(())


def _seasons(posting: Posting, low: str) -> list[SeasonMention]:
    text = posting.text
    title_line = posting.title_span.line if posting.title_span else None
    found = []
    for match in _season_matches(text, low):
        span = posting.span_at(match.start(), match.end())
        in_title = span.line == title_line
        if not (match.group("year") or match.group("attach") or in_title):
            continue
        written = match.group("season")
        attach_words = len(_YEAR_IN().sub(" ", match.group("attach") or "").split())
        if written.islower() and not match.group("year") and attach_words != 1:
            continue  # "duties fall within the role" is a verb; "summer internship" and "fall 2026" are seasons
        word = written.lower()
        name: SeasonName = "fall" if word == "autumn" else word  # type: ignore[assignment]
        year = match.group("year")
        if year is None and match.group("attach"):
            inner = _YEAR_IN().search(match.group("attach"))
            year = inner.group(0) if inner else None
        end = match.end("year") if match.group("year") else match.end("season")
        found.append(
            SeasonMention(season=name, raw=text[match.start():end], span=posting.span_at(match.start(), end),
                          year=int(year) if year else None, in_title=in_title)
        )
    return found


def _duration_matches(text: str, low: str):
    if _folds(text):
        return _DURATION().finditer(text)
    if _KELVIN in text:  # lowers to an ASCII "k" that scan_bytes does not have: the plain way
        gaps = [m.start() for m in _UNIT_AFTER_GAP().finditer(low)]
    else:  # a whole unit word after a space of scan_bytes (any non-word character), then the gap checked in the text
        gaps = [at for at in _space_units(text) if low[at] == "-" or low[at].isspace()]
    anchors = [
        at for at in gaps
        if at and (low[at - 1].isdecimal() or low.endswith(_NUMBER_WORD_ENDS, 0, at))
    ]
    return finditer_at(_DURATION(), text, _duration_starts(text, low, anchors)) if anchors else iter(())


def _space_units(text: str) -> list[int]:
    """Where a space of scan_bytes precedes a whole unit word: the starts of
    ``rb" (?:weeks?|months?|years?|wks?|mos?)(?![a-z0-9_])"`` over scan_bytes. Such a word is a whole
    run of ASCII letters, so only the unit words the posting's shared word index holds (usually one
    or two of the ten) are looked for, each by a literal ``find`` (that pattern, tried at every
    space, cost ~30 us per posting)."""
    present = _UNIT_WORDS.intersection(word_index(text).words)
    if not present:
        return []
    scan = scan_bytes(text)
    found = []
    for word in present:
        needle = b" " + word.encode("ascii")
        width = len(needle)
        at = scan.find(needle)
        while at >= 0:
            if scan[at + width : at + width + 1] in (b" ", b""):  # not followed by [a-z0-9_]
                found.append(at)
            at = scan.find(needle, at + width)
    found.sort()
    return found


def _duration_starts(text: str, low: str, anchors: list[int]) -> list[int]:
    """Where a _DURATION match holding one of ``anchors`` (a gap before a unit) may start: at the
    number just before the gap ("12-week", "six months"), or at a term word (an internship,
    "Duration:") at most _DURATION_MARGIN before it (every match is shorter). Trying the pattern
    at those few offsets finds what a search of the text finds, for a fraction of the work."""
    starts = set()
    scan = scan_bytes(text)
    for gap in anchors:
        starts.update(at for at in range(max(0, gap - 3), gap) if low[at].isdecimal())
        if low.endswith(_NUMBER_WORD_ENDS, 0, gap):
            starts.update(gap - len(word) for word in _NUMBER_WORD_ENDS if low.endswith(word, 0, gap))
        # (A word starts after a non-word character: a space of scan_bytes, where a non-ASCII
        # letter is a space too, so the pattern's \b still decides.)
        reach = gap - _DURATION_MARGIN
        if reach <= 0 and low.startswith(_DURATION_WORDS):
            starts.add(0)
        starts.update(m.start() + 1 for m in _SPACE_DURATION_WORD().finditer(scan, max(0, reach - 1), gap))
    return sorted(starts)


def _durations(posting: Posting, low: str) -> list[DurationMention]:
    found = []
    text = posting.text
    skip_sections = None  # the requirements sections' line ranges: read only when a duration is found
    for match in _duration_matches(text, low):
        if _COMPLETED_BEFORE().search(text[max(0, match.start() - 60):match.start()]):
            continue
        span = posting.span_at(match.start(), match.end())
        if skip_sections is None:
            skip_sections = [
                (section.span.line, section.span.end_line) for section in posting.sections
                if section.kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
            ]
        if any(first <= span.line <= last for first, last in skip_sections):
            continue
        n = match.group("n") or match.group("n2") or match.group("n3")
        unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
        amount = float(n) if n.isdigit() else float(_NUMBER_WORDS.get(n.lower(), 0))
        if amount <= 0:
            continue
        unit = {"wk": "week", "mo": "month"}.get(unit, unit)
        found.append(DurationMention(raw=match.group(0), span=span, amount=amount, unit=unit))  # type: ignore[arg-type]
    return found


def _ongoing_matches(text: str, low: str):
    if _folds(text):
        return _ONGOING().finditer(text)
    # The anchors are those words' places, from the posting's shared word index: a word the posting
    # lacks (most postings hold two of the seven) costs a set lookup, not a scan of the text. (The
    # text has none of _FOLDS_TO_ASCII, so a match's words are runs of ASCII letters of the folded
    # text, which the index holds.)
    index = word_index(text)
    anchors = [at for word in _ONGOING_WORDS.intersection(index.words) for at in index.run_starts(word)]
    return _matches_near(_ONGOING(), text, anchors, _ONGOING_MARGIN) if anchors else iter(())


def _ongoing(posting: Posting, low: str) -> list[OngoingStatement]:
    return [
        OngoingStatement(raw=m.group(0), span=posting.span_at(m.start(), m.end()))
        for m in _ongoing_matches(posting.text, low)
        # ("authorized to work in the United States on a full-time, ongoing basis": the right to work, not the deadline)
        if not (m.group(0).lower().startswith("ongoing basis") and _WORK_RIGHT_BEFORE().search(posting.text, max(0, m.start() - 100), m.start()))
    ]


_WORK_RIGHT_BEFORE = lazy(r"\b(?:authori[sz]ed|eligible|permitted|entitled|legally able) to work\b|\b(?:full|part)[- ]time,?\s*$", re.I)


def extract(posting: Posting, context: "ExtractContext | None" = None, location: Any = None) -> Dates:
    scanner = _Scanner(posting, context)
    scanner.front_matter()
    scanner.scan()
    scanner.link_ranges()
    scanner.assign_roles()
    scanner.infer_years()
    dates = Dates(
        mentions=scanner.mentions,
        ranges=scanner.ranges,
        seasons=_seasons(posting, scanner.low),
        durations=_durations(posting, scanner.low),
        ongoing=_ongoing(posting, scanner.low),
    )
    dates.hemisphere = context.hemisphere if context else "north"
    return dates
