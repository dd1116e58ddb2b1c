"""What a posting asks of applicants: years-of-experience demands, the role's seniority and degree
demands, read from the requirement items (bullets and sentences the parser gave a priority).

- Years: "5+ years in distributed systems", "3-5 years of experience with Python", "at least two
  years", "minimum of 4 yrs", "10 years' experience", "Two (2) years of full-time paid experience as
  a ...", "six months of experience" (0.5 years). Each demand keeps its subject ("distributed
  systems") and the technologies named in it, so "10 years of Kubernetes" can be dated.
- Seniority: from the title ("Sr.", "PhD intern", "Staff Engineer"), else a "Seniority:"/"Level:"
  label, else the opening summary ("This is an entry-level role").
- Degrees: bachelor's, master's, PhD ... with whether an alternative is offered ("or equivalent
  experience", "may be substituted", an "or" between numbered options).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from ..model import Item, Posting, Priority, SectionKind, Span
from ..scan.textscan import fold, lazy
from . import technology
from .technology import TechnologyMention

if TYPE_CHECKING:
    from . import ExtractContext

Level = Literal["intern", "entry", "junior", "associate", "mid", "senior", "staff", "principal", "lead", "manager", "director"]
DegreeLevel = Literal["associate", "bachelor", "master", "doctorate", "any"]

JUNIOR_LEVELS = frozenset({"intern", "entry", "junior"})
SENIOR_LEVELS = frozenset({"senior", "staff", "principal"})
_DEGREE_RANK = {"any": 0, "associate": 1, "bachelor": 2, "master": 3, "doctorate": 4}

# -- numbers -------------------------------------------------------------------------------------
_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_NUM = r"(?:\d{1,2}(?:\.\d)?(?![\d,.]\d)|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_YEARS = lazy(
    r"(?<![\w$.-])(?P<low>" + _NUM + r")\b(?:\s*\(\s*\d{1,2}\s*\))?"
    r"(?P<plus>\s*(?:\+|&#43;|&plus;)|\s+or\s+more|\s+plus)?"
    r"(?:\s*(?:-|–|—|to)\s*(?P<high>" + _NUM + r")\b(?:\s*\(\s*\d{1,2}\s*\))?(?P<plus2>\s*\+)?)?"
    r"\s*(?P<unit>years?|yrs?|months?)(?![\w-])(?P<tail>\.(?=\s+[a-z])|['’]|\s+or\s+more|\s*\+)?",
    re.I,
)
# Words just before or after a number of years that make it something else than a demand:
# "within two years", "for a maximum of six months", "two years of college", "4 years old".
_NOT_DEMAND_BEFORE = lazy(
    r"(?:\b(?:within|for|after|every|each|past|last|next|first|age|aged|maximum\s+of|up\s+to|than|per|in|over\s+the|"
    r"during|about|approximately|roughly|nearly|almost|the|this|our|its|those|these|are|is|was|be)\s+(?:a\s+)?$)",
    re.I,
)
_PER = lazy(r"\b(?:days?|weeks?|times|hours?|visits?|trips?)\s+$", re.I)
_A_YEAR_OF = lazy(r"\W*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:experience|exp\b)", re.I)
_MORE_THAN = lazy(r"\b(?:more|greater|no\s+less|not\s+less)\s+than\s+$", re.I)
_NOT_DEMAND_AFTER = lazy(
    r"^(?:['’]?\s*(?:old|of\s+age|ago|from|after|before|prior|following|probation\w*|term|limited|contract|appointment|"
    r"period|warranty|program\w*|degree|course\w*|curriculum|"
    r"of\s+(?:full[- ]time\s+)?(?:college|university|undergraduate|graduate|high\s+school|school|study|studies|"
    r"course\s*work|coursework|education|schooling|training|apprenticeship|the\b|this\b|their\b|your\b|service\s+credit)))",
    re.I,
)
_EXPERIENCE_WORD = lazy(r"\b(?:experience[ds]?|exp\b|expertise|background|track\s+record)", re.I)
# Where the subject of a demand ends: a clause break, or "and" opening a new requirement.
_CLAUSE_END = lazy(
    r";|:|\.(?:\s|$)|\(\s*(?:e\.g|i\.e)|\s(?:including|includes|of\s+which|while|plus|preferably|ideally|which)\b|,\s*(?:and|with|or|but)\b|"
    r"\s(?:and|or)\s+(?:a|an|the|strong|excellent|experience|ability|knowledge|familiarity|proficiency|expertise|"
    r"understanding|hands-on|solid|proven|deep|demonstrated|working|must|should|be)\b",
    re.I,
)
_SUBJECT_FILLER = lazy(
    r"^(?:\s|['’]s?|\+|,|(?:of|in|with|as|at|on|doing|using|working|the|full[- ]time|part[- ]time|paid|professional|"
    r"relevant|related|hands[- ]on|practical|progressively|responsible|combined|total|direct|proven|demonstrated|"
    r"recent|post[- ]graduate|work|experience|exp|an?|within|or\s+more|plus)\b)+",
    re.I,
)
# Experience in a named lower class or grade ("as a Senior Storekeeper", "at the level of", "GS-12"):
# time in grade, on top of what that grade itself required, so not the whole experience asked.
_TIME_IN_GRADE = lazy(
    r"\bas\s+an?\s+(?:journey[- ]level\s+|first[- ]level\s+)?[A-Z]|\bat\s+the\s+(?:\w+\s+)?level\s+of\b|\bin\s+a\s+(?:class|position)\b|"
    r"\bjourney[- ]level\b|\bGS-?\d|\blower\s+(?:GS[- ]?)?grade\b|\bGS[- ]grade|\bgrade\s+level\b|\bwith\s+the\s+City\s+of\b|\bsupervis\w*|\bsecond[- ]level\b",
)
_AS_ROLE = lazy(r"\bas\s+an?\s+((?:[\w-]+\s+){0,3}[\w-]+)", re.I)
_LEVEL_WORDS = {"senior", "junior", "principal", "staff", "lead", "chief", "head", "intern", "trainee", "assistant", "associate"}
_SUBJECT_TRAIL = lazy(r"(?:\s|,|\band\b|\bor\b|\bexperience\b|\bexp\b)+$", re.I)

# -- seniority -----------------------------------------------------------------------------------
_ROLE_NOUN = r"(?:[\w/&+-]+\s+){0,3}?(?:engineer|scientist|developer|analyst|architect|designer|researcher|consultant|manager|specialist|programmer)s?\b"
_LEVEL_PATTERNS: list[tuple[Level, re.Pattern]] = [
    ("intern", re.compile(r"\b(?:interns?|internships?|co-?op)\b", re.I)),
    ("entry", re.compile(r"\b(?:entry[- ]level|new[- ]grad(?:uate)?s?|early[- ]career|trainee|apprentice)\b", re.I)),
    ("junior", re.compile(r"\b(?:junior|jr\.?)(?![\w.])", re.I)),
    ("associate", re.compile(r"\bassociate\b(?!\s+(?:director|vice|vp|partner|dean|professor|general|degree))(?!['’]s)", re.I)),
    ("mid", re.compile(r"\bmid[- ](?:level|senior|career)\b", re.I)),
    ("senior", re.compile(r"(?<!mid-)(?<!mid )\b(?:senior|sr\.?)(?![\w.])", re.I)),
    ("staff", re.compile(r"\bstaff\s+" + _ROLE_NOUN, re.I)),
    ("principal", re.compile(r"\bprincipal\b", re.I)),
    ("lead", re.compile(r"\b(?:lead|tech\s+lead|team\s+lead)\b", re.I)),
    ("manager", re.compile(r"\b(?:manager|head\s+of)\b", re.I)),
    ("director", re.compile(r"\b(?:director|vice\s+president|vp)\b", re.I)),
]
_LEVEL_LABELS = {"seniority", "seniority level", "level", "experience level", "job level", "career level", "grade"}
# In prose, a level word counts only when it describes the role: "an entry-level position".
_TEXT_LEVEL = lazy(
    r"\b(?:(?P<level>entry[- ]level|junior|senior|intern)\s+(?:[\w/-]+\s+){0,2}?(?:role|position|opening|engineer|"
    r"scientist|developer|analyst|designer|researcher)s?\b|(?P<intern>(?:phd|ph\.d\.?|graduate|undergraduate|summer|fall|"
    r"spring|winter)\s+interns?)\b)",
    re.I,
)

# -- degrees -------------------------------------------------------------------------------------
_DEGREE = lazy(
    r"(?P<doctorate>\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\s+degree|\bd\.sc\b\.?)"
    r"|(?P<master>\bmaster['’]?s?(?=\s+(?:degree|of|in)\b)|\bmaster['’]s\b|\bm\.s\.|\bm\.sc\b\.?|\bmsc\b|\bms\s+(?:degree|in)\b|\bmba\b"
    r"|\bm\.a\.|\b(?:graduate|advanced|postgraduate|post-graduate)\s+degree)"
    r"|(?P<bachelor>\bbachelor['’]?s?\b|\bb\.s\.|\bb\.sc\b\.?|\bbsc\b|\bbs\s+(?:degree|in)\b|\bb\.a\.|\bba\s+(?:degree|in)\b"
    r"|\b(?:undergraduate|college|university|baccalaureate)\s+degree|\b(?:four|4)[- ]year\s+(?:college|university|degree))"
    r"|(?P<associate>\bassociate['’]?s?\s+(?:degree|of)\b|\b(?:two|2)[- ]year\s+(?:college\s+)?degree)"
    r"|(?P<any>\bdegree\b)",
    re.I,
)
_DEGREE_ALTERNATIVE = lazy(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable)\b(?!\s+(?:field|discipline|degree|major|qualification|diploma))"
    r"|\bequivalent\s+(?:\w+\s+){0,3}?experience|\bequivalent\s+combination|\bin\s+lieu\s+of\b|\bsubstitut"
    r"|\bor\s+(?:\w+\s+){0,3}?(?:experience|expertise)\b|\bor\s+" + _NUM + r"\s*\+?\s*(?:years?|yrs)\b"
    r"|\bor\s+equivalent\b|\bwill\s+be\s+considered\b|\bnot\s+required\b",
    re.I,
)
_POSTING_ALTERNATIVE = lazy(
    r"\bin\s+lieu\s+of\b|\bsubstitut\w*\s+for\b|\bmay\s+(?:be\s+)?substitut|\bequivalent\s+(?:\w+\s+){0,2}?experience\b|"
    r"\bequivalent\s+combination\b|\bdegree\s+(?:is\s+)?not\s+required\b",
    re.I,
)
_OR_LINK_END = lazy(r"\bor\s*[.;,:]?\s*$", re.I)
_OR_LINK_START = lazy(r"^\s*or\b", re.I)
_IN_PROGRESS = lazy(
    r"\b(?:working\s+towards?|pursuing|currently\s+enrolled|enrolled\s+in|candidacy|candidate\s+for|expected\s+graduation|"
    r"completing|in\s+progress|current(?:ly)?\s+(?:a\s+)?(?:student|studying))\b",
    re.I,
)


@dataclass(slots=True, kw_only=True)
class ExperienceDemand:
    """One demand for years of experience, e.g. "5+ years in distributed systems"."""

    minimum: float  # Years (months converted), the lower bound of a range
    maximum: float | None = None  # Upper bound of a range ('3-5 years'), else None
    open_ended: bool = False
    raw: str
    span: Span  # The words that state the amount: '5+ years'
    subject: str = ""  # What the years are of: 'distributed systems' ('' when unstated)
    explicit: bool = False  # The word 'experience' (or like) goes with the number
    in_grade: bool = False  # Time in a named lower class or grade ('as a Senior Clerk')
    technologies: list[TechnologyMention] = field(default_factory=list)  # Technologies named in the subject
    priority: Priority = Priority.REQUIRED
    item_span: Span


@dataclass(slots=True, kw_only=True)
class SeniorityMention:
    level: Level
    raw: str
    span: Span
    source: Literal["title", "label", "text"]


@dataclass(slots=True, kw_only=True)
class DegreeDemand:
    """A degree named in one requirement item ("Bachelor's or Master's degree in CS")."""

    levels: list[DegreeLevel]
    raw: str
    span: Span
    priority: Priority = Priority.REQUIRED
    alternative: bool = False  # An alternative to the degree is offered
    in_progress: bool = False  # Studying towards it is enough ('pursuing a PhD')
    item_span: Span

    @property
    def minimum_level(self) -> DegreeLevel:
        return min(self.levels, key=_DEGREE_RANK.__getitem__)


@dataclass(slots=True, kw_only=True)
class Experience:
    demands: list[ExperienceDemand] = field(default_factory=list)
    seniority: list[SeniorityMention] = field(default_factory=list)
    degrees: list[DegreeDemand] = field(default_factory=list)

    @property
    def levels(self) -> set[str]:
        """The role's seniority levels, from the best source that names any."""
        return {m.level for m in self.seniority}

    def band(self) -> Literal["junior", "senior"] | None:
        """'junior' for intern/entry/junior roles, 'senior' for senior/staff/principal, else None."""
        levels = self.levels
        senior = levels & SENIOR_LEVELS
        junior = levels & JUNIOR_LEVELS
        if junior and not senior and not levels & {"lead", "manager", "director"}:
            return "junior"
        if senior and not junior:
            return "senior"
        return None


def requirement_items(posting: Posting) -> list[Item]:
    """Items that state requirements: those in requirement/preferred sections, plus summary
    sentences the parser marked required ("Requires 5+ years ...")."""
    return [item for item in posting.items() if item.priority is not Priority.NONE]


_NOT_A_REQUIREMENT = re.compile(
    r"^(?:provide|follow|submit|include|list|attach|apply|please|for\s+each|failure\s+to|note\b|see\b|click|visit|"
    r"applicants?\s+(?:who|must\s+(?:submit|list|attach|provide))|if\s+you|you\s+can|"
    # the selection process ("All candidates will be screened for ...", "Depending on qualifications ...")
    r"(?:all\s+|any\s+)?(?:qualified\s+)?(?:candidates?|applicants?)\s+(?:who|will|may)\b|depending\s+on\b|"
    r"any\s+(?:equivalent\s+)?combination\b|(?:[\w&'’.-]+\s+){1,4}(?:is|are)\s+looking\s+for\b|"
    # an attestation the applicant signs ("I understand that ...", "By checking this box ...")
    r"i\s+(?:understand|acknowledge|certify|agree|have\s+read|must)\b|by\s+checking\b|"
    # instructions for the application, not things asked of the applicant
    r"(?:you|applicants?|candidates?)\s+(?:must|should|will\s+need\s+to)\s+(?:also\s+)?(?:submit|include|address|use|attach|"
    r"provide|upload|complete|answer|describe)\b|to\s+be\s+considered\b|\(?include\s+in\s+your\b|"
    # a question of a questionnaire ("Do you have a minimum of four years ...")
    r"(?:do|does|did|are|have|has|will|would|can|could)\s+you\b|how\s+many\b|which\s+of\b|"
    # something the posting says is not asked ("No specific type or amount is required.")
    r"no\s+(?:\w+\s+){0,5}(?:is|are)\s+required\b)",
    re.I,
)
# Text that says it states no qualification ("These physical demands are not, and should not be
# construed to be job qualification standards").
_NOT_QUALIFICATIONS = re.compile(r"\b(?:is|are)\s+not\b[^.]{0,60}\bqualification", re.I)
# Notice text that runs on under a requirements heading: equal opportunity, accommodation, checks.
_NOTICE = lazy(r"\b(?:equal[- ](?:employment\s+)?opportunity|without\s+regard\s+to|discriminat\w*|reasonable\s+accommodations?|"
               r"affirmative\s+action|background\s+investigations?|e-verify)\b", re.I)
_NOTICE_WORDS = ("equal", "regard", "discrimin", "accommodat", "affirmative", "investigation", "verify")


# Words that make an item read as something asked of the applicant. Requirement blocks that are
# never closed by a heading the parser knows swallow perks and company text ("25 days of paid
# leave", "We invest in your growth"); counting only items that ask something keeps those out.
_ASKS = lazy(
    r"\b(?:experience[ds]?|skill(?:s|ed)?|knowledge|proficien\w*|abilit(?:y|ies)|able\s+to|degree|bachelor|master|phd|"
    r"familiar\w*|understanding|expertise|expert|years?|fluen\w*|certifi\w*|comfortable|track\s+record|hands-on|proven|"
    r"background|capab\w*|command\s+of|mastery|competen\w*|qualifi\w*|licen[cs]e|you(?:'re|\s+are|\s+have|\s+can|'ve)|"
    r"must|required|preferred|plus|bonus|strong|excellent|solid|deep|advanced|working\s+with|exposure|worked|built|"
    r"designed|led|managed|interest(?:ed)?\s+in|passion\w*|curio\w*)\b",
    re.I,
)
_COMPANY_VOICE = re.compile(r"^(?:we\b|we're|our\b|at\s+[A-Z]\w+\s*,|join\b|#|show\s+(?:more|less)\b)", re.I)


def listed_requirements(posting: Posting) -> list[Item]:
    """The items of the requirement lists proper: items of requirement/preferred sections (summary
    sentences only when there is no such section) that ask something of the applicant, without
    instructions ("Provide as much detail as possible on your resume"), lead-ins ending in a
    colon, company text or perks that leaked into the block."""
    return list(_listed(_ItemsKey(posting)))


class _ItemsKey:
    """A posting's items as a cache key: equal when the sections hold the same Item objects (the
    cached result keeps them alive, so their ids cannot be reused) with the same kinds, texts and
    priorities, which is all :func:`listed_requirements` reads. REQ002 and REQ006 both ask."""

    __slots__ = ("posting", "key")

    def __init__(self, posting: Posting) -> None:
        self.posting = posting
        self.key = tuple((s.kind, tuple((id(i), i.text, i.priority) for i in s.items)) for s in posting.sections)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ItemsKey) and other.key == self.key


@lru_cache(maxsize=1)  # rules run posting by posting
def _listed(key: _ItemsKey) -> tuple[Item, ...]:
    posting = key.posting
    in_sections = posting.items(SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
    items = in_sections or requirement_items(posting)
    return tuple(
        i for i in items
        if len(i.text.split()) > 1 and not i.text.rstrip().endswith(":") and not _NOT_A_REQUIREMENT.match(i.text)
        and not ("qualification" in i.text and _NOT_QUALIFICATIONS.search(i.text))
        and not (any(w in i.text.lower() for w in _NOTICE_WORDS) and _NOTICE().search(i.text))
        and not _COMPANY_VOICE.match(i.text) and (_ASKS().search(i.text) or technology.find(i.text))
    )


def number(word: str) -> float | None:
    word = word.strip().lower()
    if word in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[word])
    try:
        return float(word)
    except ValueError:
        return None


def find_years(text: str) -> list[tuple[re.Match, float, float | None, bool]]:
    """Years-of-experience amounts in ``text``: (match, minimum, maximum, open_ended)."""
    found = []
    low_text = fold(text)
    if "year" not in low_text and "yr" not in low_text and "month" not in low_text:
        return found  # every match ends in its unit; _YEARS (a lookbehind first) tries every position
    for match in _YEARS().finditer(text):
        low = number(match.group("low"))
        high = number(match.group("high")) if match.group("high") else None
        if low is None:
            continue
        unit = match.group("unit").lower()
        if match.group("low").lower() in ("a", "an") and (high is not None or unit.endswith("s")):
            continue  # "a 2-3 years" / "an years": not an amount
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() : match.end() + 60]
        if _NOT_DEMAND_BEFORE().search(before) and not _MORE_THAN().search(before):
            continue
        if _NOT_DEMAND_AFTER().match(after) or _PER().search(before):
            continue
        if match.group("low").lower() in ("a", "an") and not _A_YEAR_OF().match(after):
            continue  # "travel ten days a year": only "a year of (...) experience" is a demand
        if unit in ("year", "yr") and (high or low) > 1 and not _EXPERIENCE_WORD().match(after.lstrip(" '’of")):
            continue  # "a 2 year program": an adjective, not an amount of experience
        if unit.startswith("month"):
            low, high = low / 12, (high / 12 if high is not None else None)
        if low <= 0 or low > 40 or (high is not None and high < low):
            continue
        open_ended = bool(match.group("plus") or match.group("plus2") or (match.group("tail") or "").strip(" '’."))
        found.append((match, low, high, open_ended))
    return found


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Experience:
    result = Experience()
    starts = technology.line_starts(posting)
    items = requirement_items(posting)
    for index, item in enumerate(items):
        located = technology.locate(posting, item, starts)
        if located is None:
            continue
        base, text = located
        # One folding per item for both pre-checks (find_years' and _may_name_degree's): most
        # items name neither years nor a degree.
        low = fold(text)
        if ("year" in low or "yr" in low or "month" in low) and not _NOT_A_REQUIREMENT.match(item.text):
            # not from instructions or questions ("Applicants who lack six months or less of the
            # required experience may file ...", "Do you have four years ...?")
            result.demands.extend(_demands(posting, item, base, text))
        if _may_name_degree_folded(low):
            degree = _degree_of(posting, items, index, base, text)
            if degree is not None:
                result.degrees.append(degree)
    # A statement of its own ("Experience may be substituted for the degree") covers every degree.
    if result.degrees and any(_POSTING_ALTERNATIVE().search(i.text) and not _DEGREE().search(i.text) for i in items):
        for degree in result.degrees:
            degree.alternative = True
    result.seniority = _seniority(posting)
    return result


def _as_title_role(after: str, title_words: set[str]) -> bool:
    """ "two years as a hydrographer" in a "Senior Hydrographer" posting: time in the base grade."""
    role = _AS_ROLE().search(after)
    return bool(role and title_words & {w.lower() for w in re.findall(r"[A-Za-z]{4,}", role.group(1))})


def _demands(posting: Posting, item: Item, base: int, text: str) -> list[ExperienceDemand]:
    found = find_years(text)
    if not found:
        return []
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", posting.title or "")} - _LEVEL_WORDS
    demands = []
    for n, (match, low, high, open_ended) in enumerate(found):
        next_start = found[n + 1][0].start() if n + 1 < len(found) else len(text)
        clause = text[match.end() : next_start]
        cut = _CLAUSE_END().search(clause)
        clause_start, clause = match.end(), clause[: cut.start()] if cut else clause
        explicit = bool(_EXPERIENCE_WORD().search(clause))
        after = text[match.end() : next_start][:200]
        in_grade = bool(_TIME_IN_GRADE().search(after)) or _as_title_role(after, title_words)
        subject = _SUBJECT_FILLER().sub("", clause)
        subject = _SUBJECT_TRAIL().sub("", subject).strip(" \t\n()[],;:'\"’")
        if not re.search(r"[^\W\d_]", subject):
            # "Kubernetes experience (5+ years)": the subject comes first.
            head = text[: match.start()].rstrip(" \t(-–—:")
            breaks = list(re.finditer(r"[;:.]\s|\(|,", head))
            clause_start = breaks[-1].end() if breaks else 0
            clause = head[clause_start:]
            explicit = explicit or bool(_EXPERIENCE_WORD().search(clause))
            subject = _SUBJECT_TRAIL().sub("", re.sub(r"^\W*(?:experience\s+(?:with|in)\s+)?", "", clause, flags=re.I)).strip()
        techs = [
            TechnologyMention(name=t.name, released=t.released, raw=clause[a:b],
                              span=posting.span_at(base + clause_start + a, base + clause_start + b), item_span=item.span)
            for a, b, t in technology.find(clause)
        ]
        raw = match.group(0).rstrip(" .")
        demands.append(
            ExperienceDemand(
                minimum=round(low, 2), maximum=round(high, 2) if high is not None else None, open_ended=open_ended,
                raw=raw, span=posting.span_at(base + match.start(), base + match.start() + len(raw)),
                subject=" ".join(subject.split())[:120], explicit=explicit, in_grade=in_grade, technologies=techs,
                priority=item.priority, item_span=item.span,
            )
        )
    return demands


# Literals (in :func:`fold` text) one of which every _DEGREE match holds, checked before _DEGREE,
# which starts with "\b" in every branch and so tries every position of the item.
_DEGREE_WORDS = ("degree", "bachelor", "master", "doctor", "associate", "college", "university", "msc", "bsc", "mba",
                 "d.sc", "m.", "b.")
_DEGREE_PHD = re.compile(r"ph\.?\s?d")  # "PhD", "Ph.D", "ph d"
_DEGREE_SHORT = re.compile(r"[mb][sa]\s+in")  # "MS in", "BS in", "BA in" (no "degree" after it)


def _may_name_degree(text: str) -> bool:
    return _may_name_degree_folded(fold(text))


def _may_name_degree_folded(low: str) -> bool:
    """:func:`_may_name_degree` of text already folded."""
    return (any(map(low.__contains__, _DEGREE_WORDS)) or ("ph" in low and _DEGREE_PHD.search(low) is not None)
            or _DEGREE_SHORT.search(low) is not None)


def _degree(posting: Posting, items: list[Item], index: int, base: int, text: str) -> DegreeDemand | None:
    if not _may_name_degree(text):
        return None
    return _degree_of(posting, items, index, base, text)


def _degree_of(posting: Posting, items: list[Item], index: int, base: int, text: str) -> DegreeDemand | None:
    """:func:`_degree` once the text passed :func:`_may_name_degree`."""
    matches = list(_DEGREE().finditer(text))
    specific = [m for m in matches if m.lastgroup != "any"]
    if specific:
        matches = specific
    if not matches:
        return None
    if not specific and not re.search(r"\b(?:a|an|relevant|related|technical|the)\s+degree\b|\bdegree\s+in\b", text, re.I):
        return None  # "a high degree of autonomy"
    if not specific and re.search(r"\bdegree\s+of\b", text, re.I) and not re.search(r"\bdegree\s+in\b", text, re.I):
        return None
    item = items[index]
    levels = list(dict.fromkeys(m.lastgroup for m in matches))
    first, last = matches[0], matches[-1]
    end = last.end()
    tail = re.match(r"\s*(?:['’]s\s+)?degree\b", text[end:], re.I)
    if tail and last.lastgroup != "any":
        end += tail.end()  # "Bachelor's degree", not just "Bachelor's"
    linked = bool(_OR_LINK_END().search(text)) or (index > 0 and _OR_LINK_END().search(items[index - 1].text) is not None) \
        or (index + 1 < len(items) and _OR_LINK_START().match(items[index + 1].text) is not None)
    return DegreeDemand(
        levels=levels,  # type: ignore[arg-type]
        raw=text[first.start() : end],
        span=posting.span_at(base + first.start(), base + end),
        priority=item.priority,
        alternative=bool(_DEGREE_ALTERNATIVE().search(text)) or linked,
        in_progress=bool(_IN_PROGRESS().search(text)),
        item_span=item.span,
    )


def levels_in(text: str) -> list[tuple[Level, re.Match]]:
    """Seniority levels named in a title or label value, in order."""
    found = []
    for level, pattern in _LEVEL_PATTERNS:
        for match in pattern.finditer(text):
            found.append((level, match))
    found.sort(key=lambda f: f[1].start())
    return found


def _seniority(posting: Posting) -> list[SeniorityMention]:
    if posting.title and posting.title_span is not None:
        span = posting.title_span
        found = [
            SeniorityMention(level=level, raw=m.group(0), source="title",
                             span=Span(line=span.line, column=span.column + m.start(), end_line=span.line, end_column=span.column + m.end()))
            for level, m in levels_in(posting.title)
        ]
        if found:
            return found
    for label in posting.labels:
        if label.name.lower() in _LEVEL_LABELS:
            vs = label.value_span
            found = [
                SeniorityMention(level=level, raw=m.group(0), source="label",
                                 span=Span(line=vs.line, column=vs.column + m.start(), end_line=vs.line, end_column=vs.column + m.end()))
                for level, m in levels_in(label.value)
            ]
            if found:
                return found
    summary = posting.summary or ""
    if summary:
        text = posting.text
        at = text.find(summary[:60])
        for m in _TEXT_LEVEL().finditer(summary[:600]):
            word = (m.group("level") or "intern").lower()
            level: Level = "entry" if word.startswith("entry") else "intern" if m.group("intern") or word == "intern" else word  # type: ignore[assignment]
            span = posting.span_at(at + m.start(), at + m.end()) if at >= 0 and summary[: m.end()] == text[at : at + m.end()] else posting.anchor()
            return [SeniorityMention(level=level, raw=m.group(0), span=span, source="text")]
    return []
