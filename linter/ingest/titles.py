"""Is a posting's first line a title, and where is a better one?

A posting's first line is its title on most job boards, but scraped pages often open with a generic
heading ("Description", "Introduction"), page chrome ("Home", "Skip to Main Content", "- County
Home"), an organisation or place ("Board of Elections", a school's name above its list of jobs) or a
first sentence ("The incumbent of this position serves as ..."). Such a line names no role or reads
as a sentence. A better title is then looked for in the posting: a title label ("Job Title: ..."), a
short title-case line that names a role near the top, or — only when the file holds one posting —
the words of the file name ("2019-12-Dec-12-elections-specialist.txt").
"""

from __future__ import annotations

import functools
import re
from pathlib import PurePath

from ..scan.textscan import load_toml, package_data
from .headings import classify_heading
from .split import ROLE_WORDS, TITLE_QUALIFIER, _title_case, role_noun

# Role nouns a title may end in besides the splitter's (kept out of ROLE_WORDS on purpose: there a
# word decides where a posting starts, here only which line of a posting is its title).
TITLE_ROLE_WORDS = ROLE_WORDS | frozenset(
    """registrar deputy liaison generalist secretary worker aide counselor counsellor therapist
    paralegal investigator auditor cashier receptionist superintendent commissioner treasurer
    recorder judge official staff crew tutor coach educator pharmacist physician surgeon dentist
    bookkeeper estimator surveyor dispatcher custodian janitor guard deputy marshal sheriff
    technologist photographer illustrator animator copywriter translator interpreter
    fellowship assistantship expert""".split()
)
# Labels whose value is the posting's title when found below its first line.
_LABELS = re.compile(
    r"^\s*(?:\*\*|__)?(?:job|position|class|working|classification|official|vacancy|role)?\s*title"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?P<value>\S.{0,118}?)\s*(?:\*\*|__)?\s*$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")
# A sentence ends after a word of three lower-case letters or more ("serves as ... office."), not
# after an abbreviation ("Sr. Engineer", "Inc.").
_SENTENCE_END = re.compile(r"(?<![A-Za-z])[A-Za-z]?[a-z]{3,}\.(?:\s|$)|[!?…](?:\s|$)|…")
# How far below the first line a better title is looked for (titles sit at the top).
_SEARCH_LINES = 60
_MAX_WORDS = 12
_CONNECTIVES = frozenset("a an and at for in of on or the to with".split())
_ROMAN = re.compile(r"^[ivx]{1,4}$", re.I)


def names_role(text: str) -> bool:
    return any(w.lower() in TITLE_ROLE_WORDS for w in _WORD.findall(text))


def is_sentence(text: str) -> bool:
    """A first sentence, a greeting or a blurb, not a title: too long, or a sentence end in it."""
    stripped = text.strip()
    return len(stripped.split()) > _MAX_WORDS or bool(_SENTENCE_END.search(stripped)) or stripped[-1:] in ":;,"


def is_poor_title(text: str | None) -> bool:
    """No title, a sentence, or a line that names no role (a heading, page chrome, a place)."""
    if not text or not text.strip():
        return True
    return is_sentence(text) or not names_role(text) or text.lstrip()[:1] in "-*•|>"


def _role_line(line: str) -> str | None:
    """A short title-case line naming a role: 'Special Education Teacher: Grade 3 - 2026-27'."""
    text = line.strip().strip("*_#").strip()
    if not text or len(text) > 120 or text[:1] in "-*•|>(" or not text[:1].isupper():
        return None
    if is_sentence(text.replace(": ", " ")) or classify_heading(text) is not None:
        return None
    if not _title_case(text):
        return None
    # A title ends in its role noun before any qualifier ("Special Education Teacher: Grade 3",
    # "Elections Clerk (Temporary)", "Analyst, Payments"); "Driver Requirements", "Clerk Services"
    # and a duty naming the clerk it reports to do not.
    head = TITLE_QUALIFIER.split(text, 1)[0].split()
    if not head or len(head) > 8 or role_noun(text) not in TITLE_ROLE_WORDS:
        return None
    return text


def better_title(lines: list[str], after: int, hint: str | None = None) -> tuple[int, int, str] | None:
    """(line index, column, title) of a better title below line ``after``, or None.

    A title label anywhere near the top wins over a role line, which must come first among the
    lines that could be one. ``hint``, the file name's title, when it names a role, keeps role lines
    to those ending in one of its words (a menu's "Become a Poll Worker" above a director's posting
    is not its title)."""
    hint_words = {w.lower() for w in _WORD.findall(hint or "")}
    end = min(len(lines), after + 1 + _SEARCH_LINES)
    role_line = None
    for i in range(max(after + 1, 0), end):
        line = lines[i]
        label = _LABELS.match(line)
        if label and not is_sentence(label.group("value")):
            return i, label.start("value"), label.group("value")
        if role_line is None:
            text = _role_line(line)
            if text is not None and (not hint_words or role_noun(text) in hint_words):
                role_line = (i, max(line.find(text), 0), text)
    return role_line


_FILE_NOISE = re.compile(r"^(?:\d+|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|[a-z]?\d+[a-z]?)$", re.I)


def file_name_title(path: str) -> str | None:
    """'2019-12-Dec-12-elections-specialist.txt' -> 'Elections Specialist' (numbers and months
    dropped), when what is left names a role."""
    stem = PurePath(path).stem
    # Fields joined by underscores ("2026-08-07_acme-bank_analytics-engineer"): the last one that
    # names a role is the title; the others are a date, a source or the organization.
    fields = [f for f in stem.split("_") if names_role(f.replace("-", " "))]
    if "_" in stem and fields:
        stem = fields[-1]
    words = [w for w in re.split(r"[-_\s.]+", stem) if w and not _FILE_NOISE.match(w)]
    if not words or len(words) > _MAX_WORDS:
        return None
    title = " ".join(w.upper() if _ROMAN.match(w) or w.isupper() else w.lower() if w.lower() in _CONNECTIVES and k
                     else w.capitalize() for k, w in enumerate(words))
    return title if names_role(title) else None


# The two-letter codes of the US states (and DC), as addresses write them ("Austin, TX").
US_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
# What a title's place may say beside its places: "USA / Remote", "Berlin or Hybrid".
_WORK_MODE_WORDS = frozenset({"remote", "hybrid", "on-site", "onsite", "on site", "anywhere"})
_PLACE_PARTS = re.compile(r"\s*(?:[,/;|&+]|\bor\b|\band\b)\s*")


@functools.cache
def places_data() -> dict:
    """data/places.toml, parsed once for the title's places and the location facts."""
    return load_toml(package_data("postlint", "data/places.toml"))


@functools.cache
def _known_places() -> frozenset[str]:
    """The countries, US states and cities of data/places.toml (the list the location facts use)."""
    data = places_data()
    return frozenset(n for key in ("countries", "us_states", "cities") for n in data[key]) | frozenset(US_STATE_CODES)


def names_places(value: str) -> bool:
    """Whether ``value`` is only places, with perhaps a work mode: "USA", "Bay Area, CA",
    "NYC/Portland", "Berlin or Remote". A title's suffix that does ("Data Scientist - USA") says
    where the job is, not who hires."""
    parts = [p.strip(" ()[].") for p in _PLACE_PARTS.split(value.strip(" ()[]"))]
    if not parts or any(not p for p in parts):
        return False
    places = _known_places()
    kinds = ["place" if p in places or p.removeprefix("the ") in places else
             "mode" if p.lower() in _WORK_MODE_WORDS else None for p in parts]
    return None not in kinds and "place" in kinds


# A title's suffix that belongs to the role: pay ("£85,000 - £90,000"), a term ("12-Month Contract",
# "1x per Week in Lisbon"), a work mode or employment type, a clearance "Required", a level, or the
# gender marker of a German or Dutch title ("Pricing data (f/m/d)").
_ROLE_DETAIL = re.compile(
    r"[£$€]\s?\d|\b\d+[- ]?(?:months?|weeks?|days?|years?|hours?)\b|\b\d+x\b|\b(?:per|a) (?:week|day|month|year|hour)\b"
    r"|\((?:[mwfdx]|gn|div)(?:/(?:[mwfdx]|gn|div))+\)"
    r"|\b(?:contract|contractor|freelance|temporary|part[- ]time|full[- ]time|internship|remote|hybrid|on[- ]?site"
    r"|required|junior|intermediate|mid[- ]level|entry[- ]level)\b", re.I)
_SMALL_WORDS = frozenset("and or of the for in to a an".split())


@functools.cache
def _team_words() -> frozenset[str]:
    return frozenset(load_toml(package_data("postlint", "data/organizations.toml"))["team_words"])


def names_role_part(value: str) -> bool:
    """Whether a title's suffix ("Data Scientist - Risk", "Analytics Engineer - On-Site (5 Days)")
    says more of the role (its team, terms, pay or level), not who hires."""
    if _ROLE_DETAIL.search(value):
        return True
    words = [w.lower() for w in _WORD.findall(value) if w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w in _team_words() for w in words)
