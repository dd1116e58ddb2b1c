"""Which jurisdictions a posting is in: from config, and from where the job is.

A place counts when it is where the work happens: a location label or front-matter location
("Location: Denver, CO"), or a "City, ST" or state name on a line that talks about where the job is
("based in", "open to candidates in Colorado", "on-site in Seattle, WA"). A city named elsewhere
(an office list in "About us", an address to mail documents to) does not count, and "Remote (US)"
names no state, so it activates nothing.

This module only says where the posting is. Whether a jurisdiction's law applies (known code,
in force on the posting date) is decided by the rules that read ``rules/data/jurisdictions.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from ..model import Posting, Span
from ..scan.candidates import word_index
from ..scan.textscan import fold, lazy
from .location import US_STATES

if TYPE_CHECKING:
    from . import ExtractContext

_STATE_NAMES = {
    "Alabama": "AL", "Alaska": "AK", "Arizona": "AZ", "Arkansas": "AR", "California": "CA", "Colorado": "CO",
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Hawaii": "HI", "Idaho": "ID",
    "Illinois": "IL", "Indiana": "IN", "Iowa": "IA", "Kansas": "KS", "Kentucky": "KY", "Louisiana": "LA",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "Minnesota": "MN",
    "Mississippi": "MS", "Missouri": "MO", "Montana": "MT", "Nebraska": "NE", "Nevada": "NV",
    "New Hampshire": "NH", "New Jersey": "NJ", "New Mexico": "NM", "New York": "NY", "North Carolina": "NC",
    "North Dakota": "ND", "Ohio": "OH", "Oklahoma": "OK", "Oregon": "OR", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX",
    "Utah": "UT", "Vermont": "VT", "Virginia": "VA", "Washington": "WA", "West Virginia": "WV",
    "Wisconsin": "WI", "Wyoming": "WY", "District of Columbia": "DC", "Washington, DC": "DC", "Washington DC": "DC",
}
_PROVINCES = {
    "British Columbia": "BC", "Ontario": "ON", "Alberta": "AB", "Quebec": "QC", "Québec": "QC", "Manitoba": "MB",
    "Saskatchewan": "SK", "Nova Scotia": "NS", "New Brunswick": "NB", "Newfoundland": "NL",
    "Prince Edward Island": "PE",
}
_PROVINCE_CODES = "BC ON AB QC MB SK NS NB NL PE".split()
_NYC = lazy(r"\b(?:New York City|NYC|Manhattan|Brooklyn|Queens|the Bronx|Staten Island|New York,\s*NY)\b")
_CITY_PROVINCE = lazy(r"\b[A-Z][a-z]+(?:[ .][A-Z][a-z]+){0,2},\s*(?P<prov>%s)\b" % "|".join(_PROVINCE_CODES))
_CITY_STATE = lazy(r"\b[A-Z][a-z]+(?:[ .-][A-Z][a-z]+){0,2},\s*(?P<state>%s)\b" % "|".join(US_STATES))
# Longest names first, so "West Virginia" is not read as "Virginia" and "Washington, DC" not as WA.
_PLACE_NAME = lazy(
    r"\b(?P<name>%s)\b" % "|".join(re.escape(n) for n in sorted({**_STATE_NAMES, **_PROVINCES}, key=len, reverse=True))
)
# A line that says where the job is, or who may apply from where.
_WHERE = lazy(
    r"\b(?:locat\w*|based\b|office\b|on-?site|in-?office|hybrid|remote\w*|candidates?\s+(?:in|from|located|based|residing)"
    r"|resid\w*|live\s+in|living\s+in|work\s+from|workable\s+from|duty\s+station|position\s+is\s+in"
    r"|open\s+to\b|applicants?\s+(?:in|from))",
    re.I,
)
# Mailing addresses, "about us" office lists and privacy notices: a place named here is not where
# this job is.
_NOT_WHERE = lazy(
    r"\b(?:mail\w*|send|P\.?O\.? Box|offices?\s+(?:in|across)\s+\w+\s*(?:,|and)|headquarter\w*|HQ|team\s+spans"
    r"|notice\s+to|for\s+(?:jobs|roles|positions|applicants)\s+(?:located|based)\s+in|if\s+(?:you|this\s+role)\s+(?:are|is)\s+(?:located|based)"
    # a privacy notice for a state's residents ("California residents: the information we may gather")
    r"|privacy|personal\s+(?:information|data)|information\s+we\s+(?:may\s+)?(?:collect|gather|process|use))\b",
    re.I,
)


# Literals (in fold() text) one of which every _WHERE match holds: a line without any is passed
# over without running _WHERE, which starts with "\b" and so tries every position.
_WHERE_WORDS = ("locat", "based", "office", "site", "hybrid", "remote", "candidate", "resid", "live", "living",
                "work", "duty", "position", "open", "applicant")


# The company's own places ("our plants are located in ...", "the company has facilities based in
# ..."): where it operates, not where this job is, unless the line speaks of the job ("this role
# can be based at any of our offices ...").
_COMPANY_PLACES = lazy(
    r"\b(?:our|its|company's|company’s|we\s+operate|we\s+have|has)\s+(?:\w+\s+){0,2}?(?:plants|facilities|factories|"
    r"sites|locations|offices|stores|branches|campuses|warehouses|mills|hospitals|clinics|restaurants|"
    r"distribution\s+centers|operations)\b",
    re.I,
)
_THIS_JOB = lazy(r"\b(?:this|the)\s+(?:role|position|job|opening)\b|\byou(?:'ll|’ll)?\b|\bcandidates?\b", re.I)


def _says_where(line: str) -> bool:
    low = fold(line)
    if not (any(w in low for w in _WHERE_WORDS) and _WHERE().search(line) is not None):
        return False
    return _COMPANY_PLACES().search(line) is None or _THIS_JOB().search(line) is not None


# What _codes_for cannot find a code without: a comma before two capitals (", CO", ", BC"), a New
# York City name, or a state or province name at the start of a word (each of its patterns reads
# them after "\b"). The comma's tail is a lookahead: it starts the line it is on, even when the
# capitals are on the next one.
_COMMA_HINT = re.compile(r",(?=\s*[A-Z]{2})")  # led by a literal: a fast scan
_HINT_NAMES = ("NYC", "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island", "New York", *_STATE_NAMES, *_PROVINCES)
_LEADING_LETTERS = re.compile(r"[a-z]*")
_WHERE_LABEL = re.compile(r"locat|office|based|where|duty station|remote", re.I)


@lru_cache(maxsize=1)
def _hint_keys() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The hint names by the run of ASCII letters they start with, in lower case ("north" for "North
    Dakota"), and the names to find by a C scan instead: those whose first word is short and common
    ("New", "NYC"), listing whose every occurrence would cost more."""
    keyed: dict[str, list[str]] = {}
    scanned: dict[str, list[str]] = {}
    for name in _HINT_NAMES:
        key = _LEADING_LETTERS.match(name.lower()).group()
        if len(key) > 3:
            keyed.setdefault(key, []).append(name)
        else:  # by the first word as written ("New"): one scan for the five "New ..." names
            scanned.setdefault(name[: len(key)], []).append(name)
    return ({key: tuple(names) for key, names in keyed.items()},
            {prefix: tuple(names) for prefix, names in scanned.items()})


def _hint_line_starts(text: str) -> list[int]:
    """The offsets of the lines of ``text`` that hold a hint, in order. Names are looked up in the
    posting's word index (shared with location, statements and the language rules): one regex
    search for 70 names tried at every capital letter cost more than the rest of this extractor.

    A name found only inside a word ("Ohioan") starts no line here; _codes_for finds no code in
    such a line anyway."""
    hints = [match.start() for match in _COMMA_HINT.finditer(text)]
    keyed, scanned = _hint_keys()
    index = word_index(text)
    for key in keyed.keys() & index.words:
        names = keyed[key]
        hints.extend(at for at in index.run_starts(key) if text.startswith(names, at))
    for prefix, names in scanned.items():
        if prefix.lower() not in index.words:  # the prefix is a whole run of letters in each name
            continue
        at = text.find(prefix)
        while at >= 0:
            if text.startswith(names, at):
                hints.append(at)
            at = text.find(prefix, at + 1)
    return sorted({text.rfind("\n", 0, at) + 1 for at in hints})


@dataclass(slots=True, kw_only=True)
class JurisdictionMention:
    code: str
    reason: Literal["config", "location"]
    raw: str = ""
    span: Span | None = None


# What a match of each pattern of _codes_for holds (all are case-sensitive): when a text holds none,
# the pattern is neither searched nor, in a posting where no text holds one, compiled.
_NYC_WORDS = ("New York", "NYC", "Manhattan", "Brooklyn", "Queens", "the Bronx", "Staten Island")
_PLACE_NAMES = tuple({**_STATE_NAMES, **_PROVINCES})


def _is_city(text: str, start: int, end: int) -> bool:
    """A place name in the city's position: followed by a comma and a state or province (its name
    or a two-letter code), and not itself after a comma (where it would be the state)."""
    if text.startswith(" City", end):
        return True  # "Kansas City", "Iowa City"
    if re.search(r"[,(]\s*$", text[max(0, start - 3) : start]):
        return False
    after = _AFTER_COMMA.match(text, end)
    if after is None or not (after.group(1) in _PLACE_NAMES or re.fullmatch(r"[A-Z]{2}", after.group(1))):
        return False
    # "California, Oregon and Washington" lists states; "Ontario, California 91761" is a city.
    listed = _LIST_GOES_ON.match(text, after.end())
    return listed is None or listed.group(1) in _COUNTRIES


_AFTER_COMMA = re.compile(r"\s*,\s*([A-Z][a-z]+(?: [A-Z][a-z]+)*|[A-Z]{2})\b")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)([A-Z][A-Za-z]+(?: [A-Z][a-z]+)*)")
_COUNTRIES = frozenset({"USA", "US", "United States", "United States of America", "Canada", "America"})


def _codes_for(text: str) -> list[str]:
    codes = []
    if any(map(text.__contains__, _NYC_WORDS)) and _NYC().search(text):
        codes += ["US-NY-NYC", "US-NY"]
    if _COMMA_HINT.search(text):  # ", XX": the state or province code after the city's comma
        for match in _CITY_STATE().finditer(text):
            state = match.group("state")
            if state == "WA" and re.search(r"Washington,\s*$", text[: match.start("state")]) and "DC" in text:
                continue
            codes.append(f"US-{state}")
        for match in _CITY_PROVINCE().finditer(text):
            codes.append(f"CA-{match.group('prov')}")
    if not any(map(text.__contains__, _PLACE_NAMES)):
        return codes
    for match in _PLACE_NAME().finditer(text):
        name = match.group("name")
        if name == "Washington" and re.match(r"\s*,?\s*D\.?C\.?\b", text[match.end() :]):
            codes.append("US-DC")
            continue
        if _is_city(text, match.start(), match.end()):
            continue  # "Ontario, California", "Ontario, CA": a city named like a province or state
        if name in _PROVINCES:
            codes.append(f"CA-{_PROVINCES[name]}")
        elif name == "Washington" and re.match(r"\s*,?\s*D\.?C\.?\b", text[match.end() :]):
            codes.append("US-DC")
        else:
            codes.append(f"US-{_STATE_NAMES[name]}")
    return codes


def extract(posting: Posting, context: "ExtractContext | None" = None) -> list[JurisdictionMention]:
    found: list[JurisdictionMention] = []
    seen: set[str] = set()

    def add(code: str, reason, raw: str = "", span: Span | None = None) -> None:
        if code not in seen:
            seen.add(code)
            found.append(JurisdictionMention(code=code, reason=reason, raw=raw, span=span))

    for code in (context.jurisdictions if context else []):
        add(code.strip().upper(), "config")
    if context is not None and not context.infer_jurisdictions:
        return found
    for label in posting.labels:
        if _WHERE_LABEL.search(label.name):
            for code in _codes_for(label.value):
                add(code, "location", label.value, label.value_span)
    front = posting.front_matter.get("location")
    if isinstance(front, str):
        for code in _codes_for(front):
            add(code, "location", front, posting.anchor())
    # Only lines that can name a place are read (a line yields codes only then): one quick search
    # of the whole text instead of the slow _WHERE search on every line.
    text = posting.text
    for offset in _hint_line_starts(text):
        end = text.find("\n", offset)
        body = text[offset:] if end < 0 else text[offset:end]  # the line's text: posting.text joins them
        if body and len(body) < 400 and _says_where(body) and not _NOT_WHERE().search(body):
            for code in _codes_for(body):
                add(code, "location", body.strip(), posting.span_at(offset, offset + len(body)))
    return found
