"""Where the job is: stated locations and remote/hybrid/on-site statements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING, Literal

from ..ingest.titles import US_STATE_CODES, names_places, places_data
from ..model import Posting, Span
from ..scan.candidates import finditer_at, literal_starts, word_index
from ..scan.textscan import folded, lazy, lowered, word_matches
from .signature import inside, signature_spans

if TYPE_CHECKING:
    from . import ExtractContext

US_STATES = US_STATE_CODES
# Compiled on first use: only postings with ", ST" or a location label need it.
# A city's words may open with "Mc", "Mac" or "O'" before their capital ("McLean, VA", "O'Fallon, MO").
_CITY_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+"


@lru_cache(maxsize=1)
def _CITY_STATE() -> re.Pattern:
    """"Denver, CO", and a city known by its capitals ("NYC, NY", "SF, CA": the all-capital names
    of data/places.toml; any other capitals before a state, "BS, MS", are no city)."""
    capitals = sorted((n for n in _places_data()["cities"] if n.isupper() and n.isalpha()), key=len, reverse=True)
    # "St. Louis, MO", "Ft. Meade, MD": an abbreviated first word with its dot and space.
    # Not a state's code that starts a name: "Analytical Development, MS&T", "FBI National Guard, NC
    # Department of Information Technology".
    return re.compile(r"\b(?P<city>%s(?:(?:(?:St|Ft|Mt|Pt)\. )?%s(?:[ .]%s){0,2})),\s*(?P<state>%s)\b%s" % (
        "".join(re.escape(n) + "|" for n in capitals), _CITY_WORD, _CITY_WORD, "|".join(US_STATES), _NOT_A_STATE_AFTER))


_NOT_A_STATE_AFTER = r"(?!&|[ \t]+(?:Department|Division|Agency|Bureau|Commission|Board)\b)"


# ", CA" is a literal-led pattern and quick to find; the city before it is matched only near one.
_COMMA_STATE = re.compile(r",\s*(?:%s)\b" % "|".join(US_STATES))
_CITY_WINDOW = 100  # characters before ", ST" searched for the city (three words fit easily)
_AFTER_STATE = 16  # characters after it that _NOT_A_STATE_AFTER reads
# "perform onsite due diligence", "an on-site interview", "onsite gym": a task done at a site, a
# step of hiring or a facility, not where the job is done.
_ON_SITE_TASKS = ("due diligence|visits?|interviews?|meetings?|inspections?|audits?|assessments?|evaluations?|"
                  "surveys?|workshops?|presentations?|demos?|demonstrations?|installations?|deployments?|"
                  "implementations?|testing|troubleshooting|trainings?|events?|gym|fitness|cafeteria|canteen|"
                  "parking|child ?care|day ?care|clinic|amenities|support|services?|assistance|coverage|activity|wellness|facilities|"
                  "bootcamps?|boot camps?|classes|courses?|learning|education|medical|health|meals?|lunch(?:es)?|dining")
# Word patterns over lowered text, each starting with a literal (see postlint.scan.textscan).
# Each with a word it cannot match without, so a posting lacking the word skips the scan. "Remote"
# before the people or things it describes ("our remote team in India", "remote sensing") is not the
# job's work mode; nor is a label's name ("Telework/Remote Options: Some departments allow ...":
# its value says what the job offers), nor "Remote: No".
_WORK_MODES = [
    (re.compile(p), need)
    for p, need in ((r"fully remote\b", "fully remote"), (r"(?<!not )(?<!not a )(?<!non-)(?<!non )remote(?:[- ]first)?\b(?![ \t]*:[ \t]*(?:no|n/a|none|false)\b)(?! (?:team|teams|colleagues|co-?workers|coworkers|teammates|staff|employees|workers|offices|sites|locations|sensing|sensors?|devices?|servers?|access|desktops?|control|monitoring|areas|regions|communities|support|troubleshooting|assistance|locations?|training|meetings?)\b(?! (?:will be |would be |are |can be )?(?:considered|welcome)\b))(?! (?:work )?options?[ \t]*:)", "remote"), (r"hybrid\b", "hybrid"),
                    (r"on[- ]?site\b(?!(?: (?!at\b|in\b|on\b|with\b|from\b|to\b)[a-z&-]+){0,3} (?:%s)\b)" % _ON_SITE_TASKS, "site"), (r"in(?:-office\b| office (?:\d|days?\b|work\b|presence\b|attendance\b|schedule\b|at least\b))", "office"), (r"office presence\b", "office presence"),
                    (r"office[- ]first\b", "office"), (r"from the office\b", "from the office"),
                    (r"in the office\b", "in the office"), (r"work from home\b", "work from home"),
                    (r"telecommut\w*\b", "telecommut"))
]
_WORK_REMOTELY = lazy(r"\bwork remotely\b")
_BASE_NEEDS = ("remote", "hybrid", "site", "office", "work from home", "telecommut")
_BASE_OF = {need: next(b for b in _BASE_NEEDS if b in need) for _, need in _WORK_MODES}
# "location: Enkhuizen" in lower case, which the parser's "Label: value" pattern does not take.
_LOCATION_LINE = re.compile(r"^[ \t*_-]*(?:job |work |office )?locations?[*_]*[ \t]*:[*_]*[ \t]*(?P<value>\S[^\n]{0,200})", re.I | re.M)


# Each base need's runs of letters ("work", "from", "home" of "work from home"). A need in the
# lowered text lies, run by run, inside runs of ASCII letters of the folded text (folding only
# turns "İ", "ı" and "ſ" into letters), which are the word index's words: so a need none of whose
# runs is inside a word of the index's joined words cannot be in the text. Only a need of more than
# one run is then also looked for in the text itself; a single word found among the words may
# still be absent from the text (never, for ASCII text), which only runs a pattern that finds nothing.
_BASE_NEED_RUNS = tuple((need, tuple(need.split())) for need in _BASE_NEEDS)


def _base_needs_present(low: str, joined: str) -> set[str]:
    """A superset of ``{need for need in _BASE_NEEDS if need in low}`` holding all of it, for the
    lowered text ``low`` and its word index's ``joined`` words: the needs whose patterns may match."""
    return {need for need, runs in _BASE_NEED_RUNS
            if all(run in joined for run in runs) and (len(runs) == 1 or need in low)}


def _location_line_starts(text: str) -> set[int]:
    """Where a _LOCATION_LINE match can start: the start of each line with "location" on it."""
    low = folded(text)
    return {low.rfind("\n", 0, at) + 1 for at in literal_starts(low, ("location",))}


_NEAREST_LABELS = frozenset({"nearest major market", "nearest market", "metro area", "nearest city"})
_LOCATION_LABELS = {
    "location", "locations", "job location", "job locations", "work location", "work locations", "office",
    "office location", "based in", "duty station", "where", "location of position", "position location", "apply locations", "city", "country", "region",
    "workplace", "workplace type", "place of work", "work place", "location type", "remote", "arbeitsort",
    "standort", "einsatzort", "lieu", "localisation", "ubicación", "sede", "locatie", "standplaats",
}


# data/places.toml, parsed once (the names, the place pattern and the title's places read it).
_places_data = places_data


@lru_cache(maxsize=1)
def _place_names() -> list[str]:
    data = _places_data()
    return sorted({n for key in ("countries", "us_states", "cities") for n in data[key]}, key=len, reverse=True)


# "a US-based NGO", "a Berlin-based startup": where the employer is, not the job ("a London-based role").
_NOT_A_JOB_BASED = (r"(?! (?:[\w-]+ ){0,2}(?:company|companies|organi[sz]ation|NGO|non-?profit|startup|start-up|firm|business|"
                    r"charity|agency|consultancy|manufacturer|provider|retailer|brand|bank|fintech|group|foundation)\b)")


@lru_cache(maxsize=1)
def _named_place() -> re.Pattern:
    """A known country, state or city after a locating cue ("based in Singapore", "in our Dublin
    office", "City of Los Angeles") or before an office word ("our Dublin team"). Names are matched
    case-sensitively, so "in turkey sandwiches" and "german" are not places."""
    data = _places_data()
    names = _place_names()
    place = "|".join(re.escape(n) for n in names)
    countries = "|".join(re.escape(n) for n in sorted(set(data["countries"]) | set(data["us_states"]), key=len, reverse=True))
    return re.compile(
        r"(?:(?<!\w)(?:[Ii]n|[Aa]t|à|[Nn]ear|[Bb]ased in|[Ll]ocated in|[Hh]eadquartered in|[Oo]ffices? in|[Hh]ubs? in)"
        r"(?: the)?(?: heart of)?(?: (?:our|your|one of our))?(?: (?:downtown|central|greater))?(?: [Cc]ity of| [Cc]ounty of| [Ss]tate of)? "
        r"|\b(?:City|County|State) of )"
        # "in the Manchester NH area": a city may carry its state's code without the comma
        r"(?P<place>(?:%s)(?: (?:%s)(?![\w&-]))?)(?![\w-])"
        r"|\b(?:[Bb]ased|[Ll]ocated|[Hh]eadquartered|[Oo]ffices?|[Oo]ffice is) in (?:the )?(?:(?:downtown|central|greater) )?(?P<place3>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)"
        r"|(?<=, )(?:[Tt]he )?(?P<place4>%s)\b"
        r"|(?<![\w-])(?P<place2>%s)[- ](?:office|offices|based%s|team|hub|headquarters|HQ|campus|site|location)\b" % (
            place, "|".join(US_STATES), countries, place, _NOT_A_JOB_BASED)
    )


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The offsets of the sentence (within its line) that holds ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    stops = [text.rfind(stop, line_start, at) for stop in (". ", "! ", "? ")]
    start = max([line_start] + [s + 2 for s in stops if s >= 0])
    ends = [e for e in (text.find(stop, at, line_end) for stop in (". ", "! ", "? ")) if e >= 0]
    return start, min(ends + [line_end])


# What says a place is the job's, before its "in": "(you will) be based", "the role is located",
# "the position is full-time, based"; the checklist reads it before a place found in the text too.
# ("... is seeking a Data Scientist to work onsite in Washington DC": where the work is done)
_WORK_ON_SITE = r"(?i:\bto work (?:on[- ]?site|in[- ]person))"
JOB_PLACE_CUE = (r"(?:(?i:\bbe|\b(?:role|position|job|post|vacancy|opening) is(?: (?:full[- ]time|part[- ]time|permanent|temporary|hybrid),?)?)"
                 r" (?i:(?:primarily|mainly|ideally|preferably) )?(?i:based|located|filled)|" + _WORK_ON_SITE + ")")


_WORK_THERE = lazy(_WORK_ON_SITE + r" (?i:in)\b")


@lru_cache(maxsize=2)
def _job_based(lives_there: bool = False) -> re.Pattern:
    """A known place said to be where the job is: "(you will / need to) be based in Perth", "the role
    is located in London or Stockholm", "be based in our Berlin office" (a place with its country or
    state: "Perth, Australia"). Not "we are based in" nor "our team is based in": where the company is.
    ``lives_there``: said as where the hire must move to or live (_LIVE_THERE_CUE)."""
    place = "|".join(re.escape(n) for n in _place_names())
    # "Perth", "Perth, Australia", "GAITHERSBURG MARYLAND" (a line in capitals)
    caps = r"(?-i:(?!OR\b|AND\b)[A-Z]{3,}(?: (?!OR\b|AND\b)[A-Z]{3,}){0,2}(?![’']s\b))"  # (not "FLEETCOR’s": a company's)
    # ("Bethesda, MD": a state's two-letter code after the comma)
    one = r"(?:%s|%s)(?:,? (?:%s|%s)|, (?-i:[A-Z]{2}))?(?![\w-])" % (place, caps, place, caps)
    cue = _LIVE_THERE_CUE if lives_there else JOB_PLACE_CUE + r" (?i:in|out of)"
    return re.compile(
        cue + r" (?i:either )?(?:the )?(?:our )?"
        r"(?i:(?:downtown|central|greater) )?(?P<place>%s(?:(?i:,? or|,? and|/| &) (?:%s|%s))*)(?![\w-])" % (one, one, _OTHER_OFFICE))


# Where the hire must live or move to is where the job is: "All positions require relocation to the
# Washington, DC metro area", "Reside in the greater Washington D.C. area or able to relocate", "must
# live within Travis County" (not "millions live in Florida": the line opens with it, or it is asked).
_LIVE_THERE_CUE = (r"(?i:\brequires? relocation to|\brelocat(?:e|ion) to|(?:\b(?:must|required to|need to|able to|willing to) |(?m:^)[ \t]*(?:[-*•][ \t]*)?)"
                   r"(?:reside|live) (?:in|within))")
# (the cue alone: the place pattern after it is long, so it runs only on a text that has the cue)
_LIVES_THERE = lazy(_LIVE_THERE_CUE)


# "be based in our New York City or Albany office": a second place the table may not know, named as
# one of the offices the job may be based in.
_OTHER_OFFICE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?= offices?\b)"


# Things a place after "in" may be said of that are not the job: events, markets, users ("launching
# meetups in Russia", "customers in 40 countries in Europe").
_NOT_THE_JOBS_PLACE = lazy(
    r"\b(?:meetups?|events?|conferences?|hackathons?|customers?|clients?|users?|markets?|stores?|shops?|"
    r"restaurants?|schools?|hospitals?|communities|partners?|operations|presence|expansion|launch(?:es|ed|ing)?|"
    # the people a mission serves ("support child care providers in the United States")
    r"providers|famil(?:y|ies)|child(?:ren)?|parents|patients|businesses|"
    # rankings and facts of a country ("the best workplaces in the US", "die each year in the UK")
    r"workplaces?|employers?|people|residents|deaths?|die|(?:each|every|a|per) year|"
    # a market's size and a ranking ("$1 trillion in the US alone", "one of the largest in the U.S.")
    r"[mb]illion|trillion|\$[\d.,]+[kmb]?|largest|biggest|"
    # the right to work in a country, asked of every applicant ("must be authorized to work in the
    # United States"): no word on where this job is
    r"(?:authori[sz]ed|eligible|entitled|permitted|legally|right|visa) to work|work (?:authori[sz]ation|permit)"
    # ("documents that establish your eligibility to be employed in the U.S.")
    r"|eligib\w+ (?:\w+ ){0,3}(?:employed|employment|hired))"
    r" $")


# Every _named_place match starts at one of: a place name ("Dublin office", ", Germany"); "the "
# before a place after ", "; a cue word and a space at most _CUE_REACH characters before a place
# ("headquartered in the one of our downtown county of " is the longest); "based in " and the like
# (place3, any capitalised word).
_CUE = lazy(r"(?:in|at|à|near|based|located|headquartered|offices?|hubs?|city|county|state) ")
_CUE_REACH = 51  # "headquartered in the one of our downtown county of "
_IN_PHRASES = tuple(cue + " in " for cue in ("based", "located", "headquartered", "office", "offices", "office is"))


@lru_cache(maxsize=1)
def _place_keys() -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Place names by the run of ASCII letters they start with, in lower case ("new" for "New
    York", "krak" for "Kraków", "u" for "U.S."), and the names that start with another character."""
    keyed: dict[str, list[str]] = {}
    others = []
    for name in _place_names():
        key = _LEADING_LETTERS.match(name.lower()).group()
        if key:
            keyed.setdefault(key, []).append(name)
        else:
            others.append(name)
    return {key: tuple(names) for key, names in keyed.items()}, tuple(others)


@lru_cache(maxsize=2)
def _short_key_scans(ascii_text: bool) -> tuple[dict[str, tuple[tuple[str, tuple[str, ...]], ...]], tuple[str, ...]]:
    """The C scans that find the names of each short first word (see _place_starts), and the
    names that start with another character. A scan is (lead, names): ``lead`` is the names'
    common start when it is longer than the word ("New " for New York, New Delhi, ...: one scan
    instead of eight), else each name is its own lead. For an ASCII text (``ascii_text``; 70% of
    the corpus) the leads with a non-ASCII character ("São Paulo" under "s" of "it's", "München"
    under "m" of "I'm", "Österreich") are left out: such a text cannot hold them."""
    keyed, others = _place_keys()
    scans = {}
    for key, names in keyed.items():
        if len(key) > 3:
            continue
        lead = commonprefix(names)
        leads = ((lead, names),) if len(names) > 1 and len(lead) > len(key) else tuple((name, (name,)) for name in names)
        scans[key] = tuple(scan for scan in leads if scan[0].isascii() or not ascii_text)
    return scans, tuple(name for name in others if name.isascii() or not ascii_text)


_LEADING_LETTERS = re.compile(r"[a-z]*")


def _place_starts(text: str) -> list[int]:
    """Where a known place name starts a word: a superset of where a _named_place place can be,
    since every place there follows a space or ", " or is led by ``(?<![\\w-])``. Found by looking
    the names' first words up in the posting's word index (shared with the statements extractor
    and the language rules) instead of searching the text for 400 names."""
    keyed, _ = _place_keys()
    short, others = _short_key_scans(text.isascii())
    index = word_index(text)
    found = set()
    for key in keyed.keys() & index.words:
        names = keyed[key]
        if len(key) > 3:
            for at in index.run_starts(key):
                if text.startswith(names, at):
                    found.add(at)
            continue
        # A short first word ("the", "new", "us", "s" of "São") is common: listing where it occurs
        # costs more than a C scan for its few names (one for names with a common start).
        for lead, names in short[key]:
            at = text.find(lead)
            while at >= 0:
                if text.startswith(names, at):
                    found.add(at)
                at = text.find(lead, at + 1)
    for name in others:  # "Österreich": a few names, each one C scan
        at = text.find(name)
        while at >= 0:
            found.add(at)
            at = text.find(name, at + 1)
    return sorted(found)


def _named_place_starts(text: str) -> set[int]:
    """A superset of the offsets where a :func:`_named_place` match can start."""
    low = folded(text)
    starts = set()
    for place in _place_starts(text):
        starts.update((place, place - 4))
        starts.update(cue.start() for cue in _CUE().finditer(low, max(0, place - _CUE_REACH), place))
    # Where a cue stands before " in " (place3's "based in ..."): one C scan per cue.
    starts.update(literal_starts(low, _IN_PHRASES))
    return starts


@dataclass(slots=True, kw_only=True)
class LocationMention:
    text: str
    span: Span
    # "statement": a sentence that says where the job is ("you will be based in Dublin"), the job's
    # wherever it stands (even in "How to apply"); "text": a place named elsewhere in the text.
    source: Literal["label", "front-matter", "text", "statement", "structured data", "title", "header"]
    state: str | None = None


@dataclass(slots=True, kw_only=True)
class WorkMode:
    mode: Literal["remote", "hybrid", "on-site"]
    span: Span
    raw: str
    source: Literal["text", "statement", "structured data"] = "text"


@dataclass(slots=True, kw_only=True)
class Location:
    places: list[LocationMention] = field(default_factory=list)
    work_modes: list[WorkMode] = field(default_factory=list)

    @property
    def stated(self) -> bool:
        return bool(self.places or self.work_modes)


LOCAL_GOVERNMENT = lazy(
    r"\b(?:City|Town|Village|County|Borough|Township) of (?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2}"
    r"|\b(?!(?:The|This|That|Each|Every|Our|Your|Any|All|Said|Such|Which|Its|Their|Per|An?)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? County\b"
)


def mode_of(raw: str) -> Literal["remote", "hybrid", "on-site"]:
    """The work mode a phrase names: "Hybrid", "in-office", "On site", "work from home", "WFH"."""
    raw = raw.lower()
    if "hybrid" in raw:
        return "hybrid"
    if raw.startswith(("on", "in")) or "office" in raw:
        return "on-site"
    return "remote"


# Capitalised words a flattened label leaves before a city ("Work Sites Edison, NJ"): no part of it.
_NOT_CITY_WORDS = frozenset("""Work Works Site Sites Location Locations Office Offices Job Position Based Remote
Hybrid Onsite Campus Headquarters Address Located Duration Where Worksite Worksites Place""".split())


# "St." after a street's name or number is "Street"; after "Greater" or a small word it is "Saint".
_STREET_BEFORE = re.compile(r"(?:\d|\b(?!Greater\b|Downtown\b|Metro\b)[A-Z][a-z]*)[ \t]+$")


def _city_states(text: str):
    """The matches of _CITY_STATE, found by searching only just before each ", ST"."""
    done = 0
    for anchor in _COMMA_STATE.finditer(text):
        if anchor.start() < done:
            continue
        # pos keeps the real text before the window, so \b sees the character before it; the end
        # reaches a little past the state, so the check after it ("MS&T", "NC Department") sees its words.
        for match in _CITY_STATE().finditer(text, max(done, anchor.start() - _CITY_WINDOW), anchor.end() + _AFTER_STATE):
            yield match
            done = match.end()


# A label's value that is a sentence ("Work Location: The work ... is performed on site ... located
# at 919 Main Street in Springfield.") is no place: only a place named in it is taken.
_VERB = re.compile(r"\b(?:is|are|was|will|be|must|may|can|should|shall|located|performed|based|required|expected|"
                   r"reports?|includes?|requires?|works?)\b", re.I)
_SENTENCE_WORDS = 8  # more words than a list of places without a verb
_LOCATED_AT = re.compile(r"\b(?:located|based|situated|housed)\s+at\s+[^.;\n]{1,80}?\s+in\s+(?:the\s+)?"
                         r"(?P<place>%s(?:[ -]%s){0,2})(?![\w-])" % (_CITY_WORD, _CITY_WORD))
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_STATE_AT_END = re.compile(r"\b(?:%s)$" % "|".join(US_STATES))
# Labels whose value names the posting's own department ("Department: Elections"), which a job
# board may put before the place ("Location: Elections - Prescott, AZ") or after the title.
DEPARTMENT_LABELS = frozenset({"department", "department name", "dept", "division", "agency", "unit", "business unit",
                               "organization", "organisation"})


# Small words a list of places holds ("Hamburg or Berlin", "City of London", "Remote in the US").
_PLACE_CONNECTORS = frozenset("of the and or in de du la le y & at near".split())


def _is_sentence(value: str) -> bool:
    """More words than a place, with a verb, a second sentence, or many small words ("Register for
    this session by emailing ..."): a place is mostly names."""
    words = value.split()
    if len(words) <= _SENTENCE_WORDS:
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _PLACE_CONNECTORS)
    return _VERB.search(value) is not None or ". " in value.strip(". ") or lower >= 5


_PARENTHESES = re.compile(r"\s*\(([^()]*)\)")


def _core(value: str) -> str:
    """The value without its notes in parentheses ("Vilnius, Lithuania (4 days onsite)")."""
    return _PARENTHESES.sub("", value).strip()


def _tidy(value: str, departments: set[str]) -> str:
    """A place label's value as a place: without a department named before it ("Elections -
    Prescott, AZ"), a part repeated ("AZ, AZ") or a ZIP code set apart from its state ("AZ, 86305"
    -> "AZ 86305")."""
    # A note that is a sentence ("Washington, DC (This role is remote now but will be on site once
    # ...)") is dropped; a short one ("(4 days onsite)") stays.
    value = _PARENTHESES.sub(lambda m: "" if _is_sentence(m.group(1)) else m.group(0), value).strip()
    head, dash, rest = value.partition(" - ")
    if dash and head.strip().lower() in departments and rest.strip():
        value = rest
    parts: list[str] = []
    for part in (p.strip() for p in value.split(",")):
        if parts and part.lower() == parts[-1].lower():
            continue
        if parts and _ZIP.fullmatch(part) and _STATE_AT_END.search(parts[-1]):
            parts[-1] += " " + part
            continue
        parts.append(part)
    return ", ".join(p for p in parts if p)


# "| Location Preferences - ...", "| Travel Amount 30 - 50%": the next field of a line of fields
_NEXT_FIELD = re.compile(r"[A-Z][\w/&]*(?: [\w/&]+){0,3}?\s*(?:[-:–]\s|(?= \d))")


def _own_field(value: str) -> str:
    """A label's value without the fields a job board ran onto its line after a bar ("Anywhere in
    the US | Location Preferences - New York, Chicago | Travel Amount 30 - 50%"); a bar between
    places ("Boston, MA | Remote") keeps them."""
    parts = value.split(" | ")
    kept = [parts[0]]
    for part in parts[1:]:
        if _NEXT_FIELD.match(part.strip()) or not (names_places(part) or any(mode.search(part.lower()) for mode, _ in _WORK_MODES)):
            break
        kept.append(part)
    return " | ".join(kept)


def _value_offset(posting: Posting, span: Span) -> int:
    return posting.line_starts[span.line - posting.first_line] + span.column - 1


def _places_in_sentence(posting: Posting, value: str, offset: int) -> list[LocationMention]:
    """The places a sentence names: "located at 919 Main Street in Springfield", "based in Dublin"."""
    found = []
    for match in _LOCATED_AT.finditer(value):
        at = offset + match.start("place")
        found.append(LocationMention(text=match.group("place"), span=posting.span_at(at, at + len(match.group("place"))), source="label"))
    if not found:
        for match in _named_place().finditer(value):
            name = match.group("place") or match.group("place2") or match.group("place3") or match.group("place4")
            at = offset + match.start()
            found.append(LocationMention(text=name, span=posting.span_at(at, offset + match.end()), source="label"))
    return found


# A location label alone on its line ("Location:", or a job board's "Location" without its colon;
# only lines with "location" are read); its value is on the next non-blank line.
_LABEL_ALONE = re.compile(r"[ \t*_#]*(?P<name>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*:?[ \t*_]*")
_LABEL_VALUE_REACH = 2  # blank lines between a label and its value


def _label_above(posting: Posting, text: str) -> list[LocationMention]:
    """The places of a career page's "Location:" / (blank) / "Danvers, MA, US": a location label
    alone on its line and the next non-blank line as its value, taken only when that line is a
    known place or a "City, ST" (not a sentence, not a heading of what follows)."""
    found = []
    for start in sorted(_location_line_starts(text)):
        end = text.find("\n", start)
        label = _LABEL_ALONE.fullmatch(text, start, len(text) if end < 0 else end)
        if label is None or label.group("name").strip().lower() not in _LOCATION_LABELS:
            continue
        at = end
        for _ in range(_LABEL_VALUE_REACH + 1):
            if at < 0:
                break
            line_end = text.find("\n", at + 1)
            line_end = len(text) if line_end < 0 else line_end
            value = text[at + 1:line_end]
            if not value.strip():
                at = line_end if line_end < len(text) else -1
                continue
            core = value.strip(" \t*_")
            if len(core) <= 80 and not core.endswith(":") and (names_places(core) or _CITY_STATE().search(core)):
                offset = at + 1 + value.index(core)
                state = _CITY_STATE().search(core)
                found.append(LocationMention(text=_tidy(core, set()), span=posting.span_at(offset, offset + len(core)),
                                             source="label", state=state.group("state") if state else None))
            break
    return found


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Location:
    result = Location()
    text = posting.text
    signatures = signature_spans(text)
    departments = {label.value.strip().lower() for label in posting.labels if label.name.lower() in DEPARTMENT_LABELS}
    for label in posting.labels:
        if label.name.lower() in _LOCATION_LABELS:
            offset = _value_offset(posting, label.value_span)
            if signatures and inside(signatures, offset):
                continue  # the sender's office, not the job's
            own = _own_field(label.value)
            if _is_sentence(_core(own)):
                result.places.extend(_places_in_sentence(posting, own, offset))
                continue
            value = _tidy(own, departments)
            state = _CITY_STATE().search(value)
            result.places.append(
                LocationMention(text=value, span=label.value_span, source="label", state=state.group("state") if state else None)
            )
    if not result.places and "location" in folded(text):
        result.places.extend(_label_above(posting, text))
    fm_location = posting.front_matter.get("location")
    if isinstance(fm_location, str) and fm_location.strip():
        span = posting.title_span or posting.anchor()
        result.places.append(LocationMention(text=fm_location.strip(), span=span, source="front-matter"))
    # "Machine Learning Engineer Springfield, VA": the title's words before a place are no part of it
    title_words = {word.casefold() for word in re.findall(r"[\w'-]+", posting.title or "")}
    for match in _city_states(text):
        if signatures and inside(signatures, match.start()):
            continue
        start = match.start()
        words = match.group("city").split()
        while len(words) > 1 and (words[0] in _NOT_CITY_WORDS or words[0].casefold() in title_words):
            start = text.index(words[1], start + len(words[0]))
            words.pop(0)
        if words[0] in _NOT_CITY_WORDS:
            continue
        if words[0] == "St." and len(words) > 1 and _STREET_BEFORE.search(text, max(0, start - 30), start):
            start = text.index(words[1], start + len(words[0]))  # "12 Hay St. Fayetteville": a street's "St."
            words.pop(0)
        # "Columbia,\n\nMD" (an address broken over lines) reads as the "Columbia, MD" a label states.
        result.places.append(
            LocationMention(text=" ".join(text[start:match.end()].split()), span=posting.span_at(start, match.end()), source="text", state=match.group("state"))
        )
    if not result.places:
        for match in finditer_at(_LOCATION_LINE, text, _location_line_starts(text)):
            if signatures and inside(signatures, match.start()) or _is_sentence(_core(match.group("value"))):
                continue
            result.places.append(LocationMention(text=match.group("value").strip(), span=posting.span_at(match.start("value"), match.end("value")), source="text"))
    if not result.places:
        # "Nearest Major Market: Seattle": a job board's guess of the region, when nothing else says it
        for label in posting.labels:
            if label.name.lower() in _NEAREST_LABELS and label.value.strip() and not _is_sentence(label.value):
                result.places.append(LocationMention(text=_tidy(label.value, set()), span=label.value_span, source="label"))
    labelled = any(place.source in ("label", "front-matter") for place in result.places)  # said by a field, not found in the text
    if not result.places:
        # "Data Science Manager - USA": a title that ends in a place says where the job is, more
        # surely than a place named in the company's blurb.
        result.places.extend(_title_place(posting))
    if not result.places:
        result.places.extend(_header_place(posting))
    statements: list[tuple[int, int]] = []  # the sentences that say where the job is
    based = any(cue in text for cue in (" based ", " located ", " filled ")) or "to work " in text and _WORK_THERE().search(text) is not None
    lives_there = any(cue in text for cue in ("elocat", "eside ", "live ")) and _LIVES_THERE().search(text) is not None
    if not labelled and (based or lives_there):
        # "You will be based in Dublin", "does not need to be based in Perth": said of the job, so it
        # wins over the places the company's blurb names ("our team is mostly based in Perth and
        # Barcelona", "customers in 40 countries") and over a place guessed from the posting's first
        # lines ("Bethesda, MD" of "... to be based in Bethesda, MD or London, UK").
        said = []
        matches = [*(_job_based().finditer(text) if based else ()), *(_job_based(True).finditer(text) if lives_there else ())]
        for match in sorted(matches, key=lambda m: m.start()) if based and lives_there else matches:
            if not (signatures and inside(signatures, match.start())):
                statements.append(_sentence_around(text, match.start()))
                said.append(LocationMention(text=match.group("place"), span=posting.span_at(match.start("place"), match.end("place")), source="statement"))
        if said:
            # (the places found in those sentences stay: "based in Atlanta, GA Chicago, IL Chandler AZ")
            inside_statement = [place for place in result.places
                                if any(lo <= _value_offset(posting, place.span) < hi for lo, hi in statements)
                                and not any(place.text in known.text for known in said)]
            result.places[:] = said + inside_statement
    starts = None if result.places else _named_place_starts(text)
    if starts:  # only then is the big pattern compiled (about 10 ms, once per process)
        for match in finditer_at(_named_place(), text, starts):
            if signatures and inside(signatures, match.start()):
                continue
            if _NOT_THE_JOBS_PLACE().search(text, max(0, match.start() - 40), match.start()):
                continue  # "meetups in Russia", "customers in Canada": where those are, not the job
            result.places.append(
                LocationMention(text=match.group("place") or match.group("place2") or match.group("place3") or match.group("place4"), span=posting.span_at(match.start(), match.end()), source="text")
            )
            if len(result.places) >= 10:
                break
    if not result.places:
        # A local government names its place in its own name: "the City of Moreno Valley", "Placer
        # County" (read only when nothing else says where the job is).
        match = LOCAL_GOVERNMENT().search(text)
        if match is not None and not (signatures and inside(signatures, match.start())):
            result.places.append(LocationMention(text=match.group(0), span=posting.span_at(match.start(), match.end()), source="text"))
    low = lowered(text)
    # Skipping a pattern that cannot match keeps the others' order, which breaks ties. A need that
    # holds a shorter one ("office presence", "office") is looked for only when that one is there:
    # each `in` scans the whole text. The base needs are first looked for among the posting's
    # distinct words (_base_needs_present), a shorter text than the posting.
    present = _base_needs_present(low, word_index(text).joined)
    found = [(match.start(), match.end(), mode_of(text[match.start():match.end()])) for match in word_matches(
        [pattern for pattern, need in _WORK_MODES if need in present or (_BASE_OF[need] in present and need in low)], low)]
    found = [(start, end, mode) for start, end, mode in _without_field_names(posting, found)
             if not _OFFERED_TO_SOME.search(text, *_sentence_around(text, start))]
    found = _read_modes(text, found)
    for start, end, mode in found:
        # A mode said in the sentence that says where the job is ("need not be based in Perth,
        # remote workers will be considered") is the job's wherever the sentence stands.
        source = "statement" if any(lo <= start < hi for lo, hi in statements) else "text"
        result.work_modes.append(WorkMode(mode=mode, span=posting.span_at(start, end), raw=text[start:end], source=source))
    if any(not _NO_PLACE_NAME.match(place.text) for place in result.places):
        # "Location: WA 98057-2906, WA, 98104" beside "located at ..., Renton, WA 98057": the place
        # that is named, not the codes of a form's fields
        result.places[:] = [place for place in result.places if not _NO_PLACE_NAME.match(place.text)]
    if not found and "remotely" in low:
        # "You work remotely", "open to discuss possibilities to work remotely": remote work, when the
        # posting states no other mode ("hybrid ... the option to work remotely two days a week" is
        # the hybrid's part, not a second mode).
        for match in _WORK_REMOTELY().finditer(low):
            mode = "hybrid" if _SOME_DAYS_AFTER.match(text, match.end()) else "remote"  # ("... remotely two days per week")
            result.work_modes.append(WorkMode(mode=mode, span=posting.span_at(match.start(), match.end()), raw=text[match.start():match.end()]))
    return result


# A place written only as state codes and ZIP codes ("WA 98057-2906, WA 98104"), no town named
# (a US state's code, not a country's: "UK", "US" name a place)
_STATE_OR_ZIP = r"(?:(?:%s)\b|\d{5}(?:-\d{4})?)" % "|".join(US_STATE_CODES)
_NO_PLACE_NAME = re.compile(r"%s(?:[\s,;]+%s)*[\s,;]*$" % (_STATE_OR_ZIP, _STATE_OR_ZIP))


# Where a title's last part may start: after a dash or bar between spaces, a comma, or an opening bracket.
_TITLE_SEPARATOR = re.compile(r"\s[-–—|]\s+|,\s+|\s\(")


def _title_place(posting: Posting) -> list[LocationMention]:
    """The place a title line ends in ("Data Scientist - USA", "Analyst (Bay Area, CA)"), as a
    mention spanning it; none when the line's last part is not only places."""
    if posting.title_span is None:
        return []
    line = posting.line_text(posting.title_span.line)
    if len(line) > 200:
        return []
    separators = list(_TITLE_SEPARATOR.finditer(line))
    for separator in separators:
        tail = line[separator.end():].rstrip(" *_#")
        if tail.endswith(")") and separator.group().endswith("("):
            tail = tail[:-1]
        # The whole rest of the line, else the part up to the next dash or bar: "Designer - Remote /
        # Luxembourg - Fulltime" names its places in a middle part, the employment type after them.
        parts = [tail] + [line[separator.end():later.start()] for later in separators
                          if later.start() > separator.end() and later.group().strip() in _PART_SEPARATORS]
        for part in parts:
            if part and names_places(part):
                column = separator.end() + 1
                span = Span(line=posting.title_span.line, column=column, end_line=posting.title_span.line,
                            end_column=column + len(part))
                # "Engineer | Remote | Australia": the bars are the title's, the places a list
                return [LocationMention(text=re.sub(r"\s*\|\s*", ", ", part.strip()), span=span, source="title")]
    return []


_HEADER_LINES = 4  # lines read under the title, blank ones not counted


def _header_place(posting: Posting) -> list[LocationMention]:
    """A line of only places just under the title ("Senior Data Engineer" / "Singapore"), or the
    title again with its place ("Data Analyst" / "Data Analyst -San Francisco"), where a job page
    names the job's place, above the first heading."""
    if posting.title_span is None:
        return []
    first_heading = min((s.heading_span.line for s in posting.sections if s.heading_span is not None), default=None)
    read = 0
    line = posting.title_span.line
    last = posting.first_line + len(posting.lines) - 1
    title = (posting.title or "").strip()
    while read < _HEADER_LINES and line < last:
        line += 1
        if first_heading is not None and line >= first_heading:
            break
        text = posting.line_text(line).strip(" \t*_#")
        if not text:
            continue
        read += 1
        # ("Data Analyst -San Francisco": the title again, with its place)
        if title and len(text) > len(title) and text.casefold().startswith(title.casefold()) and text[len(title)] in " -–—|,(":
            text = text[len(title):].strip(" -–—|,()")
        # (not a state's code alone: "ID" over a job number is a label)
        if text and len(text) <= 80 and text not in US_STATES and names_places(text):
            column = posting.line_text(line).index(text) + 1
            return [LocationMention(text=text, span=Span(line=line, column=column, end_line=line, end_column=column + len(text)),
                                    source="header")]
    return []


# The separators that end a title's part (a comma may stand inside a place: "Berlin, Germany").
_PART_SEPARATORS = frozenset("-–—|")


# "a combination of mandatory on-site work with some telecommuting", "onsite work complemented by
# remote days": on-site and remote said together of the same work is one hybrid arrangement.
_HYBRID_BETWEEN = re.compile(r"[^.;:\n]{0,60}?\b(?:with|and|plus|complemented|supplemented|mixed|combined|or)\b[^.;:\n]{0,40}$", re.I)
# ("a Hybrid Work Program that provides both onsite and remote work": "both" joins them too)
_HYBRID_BEFORE = re.compile(r"\b(?:combination|mix|blend|balance|split)\s+(?:of\s+)?(?:\w+\s+){0,3}$|\bboth\s+$", re.I)


# A mode offered in a benefits blurb to some jobs, not said of this one: "work-life balance programs
# such as telecommuting are available to employees of some state agencies", "telecommuting options,
# depending on position".
_OFFERED_TO_SOME = re.compile(r"\b(?:(?:some|certain|many|most) (?:state |county |city )?(?:agencies|positions|departments|roles|jobs)"
                              r"|depending on (?:the )?(?:position|role|job|department)"
                              # "There is possibility for remote work depending on office needs": a chance, not the job's mode
                              r"|(?:possibility|possibilities|potential|option) (?:for|of) (?:occasional |some |partial )?(?:remote|hybrid) work"
                              # "King County has a comprehensive collection of tools and resources to support remote work"
                              r"|\b(?:tools|resources|technology|equipment)\b[^.]{0,40}\b(?:support|enable|for) (?:remote work|working remotely))\b", re.I)


def _without_field_names(posting: Posting, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The modes found, less "remote" in a label's name whose value names another mode: in "Remote
    Employment: Flexible/Hybrid" the field is called "Remote", the job is hybrid."""
    fields = [label for label in posting.labels if len(label.name) < 40]
    if not fields or len(found) < 2:
        return found
    spans = {(start, end): posting.span_at(start, end) for start, end, _ in found}

    def in_name(start: int, end: int):
        span = spans[(start, end)]
        return next((label for label in fields if label.span.line == span.line and span.column < label.value_span.column), None)

    def in_value(label, start: int, end: int) -> bool:
        span = spans[(start, end)]
        return span.line == label.value_span.line and span.column >= label.value_span.column

    kept = []
    for start, end, mode in found:
        label = in_name(start, end)
        # (only "Remote" names such a field: "Hybrid: 2 days in the office" says the mode in its name)
        if mode == "remote" and label is not None and any(in_value(label, s, e) and m != "remote" for s, e, m in found):
            continue
        kept.append((start, end, mode))
    return kept


# "primarily onsite with some telecommuting", "occasional remote work": some remote work with the rest
# on site is a hybrid arrangement
_SOME_REMOTE = re.compile(r"\b(?:with )?(?:some|occasional|limited|partial|part-time)\s+$", re.I)
# "work from home (telework) part-time, up to 3 days a week": remote for some days of the week
# ("a remote, part-time position" is remote: the hours are part-time, not the remote work)
_SOME_DAYS_AFTER = re.compile(r"[^.\n]{0,40}?\b(?:up to |for )?(?:one|two|three|four|[1-4]) (?:\w+ )?days? (?:a|per|each) week\b", re.I)
# "a hybrid role that will enable you to work across several different teams", "a hybrid position
# combining analysis and engineering": a role that mixes kinds of work, not places
_HYBRID_ROLE = re.compile(r"hybrid (?:\w+ ){0,2}(?:role|position|job)\b[^.\n]{0,60}?\b(?:across|between|combin\w*|bridg\w*|blend\w*|spanning|mix of)\b", re.I)
_PLACE_WORDS = re.compile(r"\b(?:office|home|remote\w*|on-?site|in[- ]person|days?|telework\w*|telecommut\w*|location)\b", re.I)


def _read_modes(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The modes found, read together: a hybrid's parts folded into it, an on-site and a remote
    mention joined as one hybrid, a heading's mode over a hybrid arrangement left to the hybrid."""
    paired = _hybrid_pairs(text, _hybrid_parts(text, found))
    hybrids = [start for start, _, mode in paired if mode == "hybrid"]
    # ("Temporary Telecommuting Requirement" over "... a hybrid of telework and onsite days")
    return [(start, end, mode) for start, end, mode in paired if mode == "hybrid" or not _heading_over_a_hybrid(text, start, hybrids)]


def _hybrid_parts(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The modes found, with a hybrid's parts folded into it: in "our hybrid telework arrangement (up
    to 2 remote days per week)" the remote days are the hybrid's, and "some telecommuting" after
    "primarily onsite" makes one hybrid mode; a "hybrid role" that spans teams or skills is none."""
    found = [(start, end, "hybrid" if mode == "remote" and (_SOME_REMOTE.search(text, max(0, start - 20), start)
                                                           or _SOME_DAYS_AFTER.match(text, end)) else mode)
             for start, end, mode in found]
    hybrids = []  # (sentence start, sentence end, where the hybrid is said)
    for start, end, mode in found:
        sentence = _sentence_around(text, start)
        if mode == "hybrid" and not (_HYBRID_ROLE.match(text, start) and not _PLACE_WORDS.search(text, *sentence)):
            hybrids.append((*sentence, start))
    kept = []
    for start, end, mode in found:
        if mode == "hybrid" and not any(at == start for _, _, at in hybrids) and not any(lo <= start < hi for lo, hi, _ in hybrids):
            continue  # the hybrid role
        if mode != "hybrid" and any(lo <= start < hi and not _OR_BETWEEN.search(text[min(at, start):max(at, start)])
                                    for lo, hi, at in hybrids):
            continue  # "hybrid (3 days on site, 2 remote)": the hybrid's parts ("hybrid or fully remote" offers both)
        kept.append((start, end, mode))
    return kept


_HEADING_WORDS = 6
_HEADING_REACH = 400  # characters after a heading to its section's first paragraph


def _heading_over_a_hybrid(text: str, at: int, hybrids: list[int]) -> bool:
    """The mode at ``at`` is said in a heading's line whose first paragraph says the work is hybrid."""
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    # (not a line that offers both: "Data Engineer (Hybrid or Onsite)")
    return (len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?")) and not _OR_BETWEEN.search(line)
            and "hybrid" not in line.lower() and any(0 < hybrid - line_end <= _HEADING_REACH for hybrid in hybrids))


_OR_BETWEEN = re.compile(r"\bor\b", re.I)  # ("hybrid/remote work schedule" is one arrangement)


def _hybrid_pairs(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The work modes in text order, an on-site and a remote mention that a "combination of" (or
    the like) joins in one clause taken together as one hybrid mode."""
    merged: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        start, end, mode = found[i]
        if i + 1 < len(found):
            start2, end2, mode2 = found[i + 1]
            between = text[end:start2] if start2 - end <= 100 else "\n"  # one clause is short
            if ({mode, mode2} == {"on-site", "remote"} and _HYBRID_BETWEEN.match(between)
                    and _HYBRID_BEFORE.search(text, max(0, start - 60), start)):
                merged.append((start, end2, "hybrid"))
                i += 2
                continue
        merged.append((start, end, mode))
        i += 1
    return merged
