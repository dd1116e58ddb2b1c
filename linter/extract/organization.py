"""Who is hiring: front matter or a label first, then the structured data, then the prose.

Prose names the employer in a few set ways: a possessive in mid-sentence ("in Pinterest's Advanced
Technology Group", "Databricks' managed GPU platform"), "at X" ("marketing experiences at Chime."),
"X is hiring", "Join X"; what only an employer says of itself ("X is an equal opportunity
employer", "X is a leading provider of ...", "X is a software company", "X takes affirmative action");
an "About X" heading. A possessive starting a sentence is not taken as a name on its own ("Today's",
"Candidate's"): it counts only when the same name also appears mid-sentence; "X is hiring", "X is
seeking" count wherever they stand. A name known by its acronym is shown as the text spells it out
("City of Milwaukee Election Commission (MEC)"); failing all wordings, an acronym said as a body one
works in ("across DfE,") or a local government named twice ("City of Los Angeles"). An HTML
page's og:site_name counts only when the posting's text names it too (a job board's site name is
not the employer). Place names are not organisations.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..model import Posting, Span
from ..scan.textscan import lazy, load_toml, lowered, package_data
from .signature import inside, signature_spans

if TYPE_CHECKING:
    from . import ExtractContext
    from .structured import StructuredFacts

# A name: up to four capitalised words ("Pinterest", "Bose Corporation", "AT&T", "Login.gov").
# Each word is bounded, and every search below starts at a literal cue and reads a bounded window,
# so a line of 100,000 capitals costs linear time (an unbounded name pattern was quadratic there).
# (a name may start with digits run into letters: "10x Genomics", "3M", "23andMe"; not "2020")
_WORD = r"(?:[A-Z]|[a-z](?=[A-Z][a-z])|\d{1,3}(?=[A-Za-z]))(?:[A-Za-z0-9&.`\-]{0,40}[A-Za-z0-9&])?"  # ("Ke`aki": a Hawaiian ʻokina typed as a backtick)
_NAME = r"(?P<org>%s(?:[ -](?:%s|&)){0,3})" % (_WORD, _WORD)
_WINDOW = 180
# A name after "at"/"join" may hold a small word between capitalised ones ("Department for
# Education", "Bank of America"), and may end a Markdown link's text ("[... at Acme Health](url)").
_NAME_AFTER_CUE = r"(?P<org>%s(?:[ -](?:%s|&)| (?:of|for|de) (?:the )?(?=[A-Z])%s){0,3})" % (_WORD, _WORD, _WORD)
# A name does not stop before "for" and a capital: "Ministry" is not the name in "at Ministry for
# Rural Affairs plan ...".
_AFTER_NAME = r"(?=[.,;!]?[ \t]*(?:\n|$)|[.,;!](?:\s|$)|[\])]| (?:and|to|as|where|we|you|our|is|are|has|on|in)\b| for\b(?! (?:the )?[A-Z]))"
_NAME_WORD = re.compile(_WORD + r"|&")
_NAME_CONNECTORS = frozenset({"of", "for", "de"})
_OF_NAME = re.compile(r"^(?:City|County|State|Town|Village|Township|Borough|Commonwealth|University|Bank|Port|Department|"
                      r"Ministry|Office|Bureau|Agency|Board|Institute|College|School|Society|Council|Commission|Division|"
                      r"Academy|Foundation|Museum|Library|Court|Secretary|Government) (?:of|for) (?:the )?[A-Z]")
_TOKEN = re.compile(r"\S+")
# Compiled when a cue is found (lazy): a posting without "at X" or "Join X" never needs them.
_NAME_AT = lazy(_NAME_AFTER_CUE + _AFTER_NAME)
_NAME_JOIN = lazy(_NAME_AFTER_CUE + r"(?=[.,;!]?[ \t]*(?:\n|$)|[.,;!]\s|[\])]| (?:and|as|in|on|to|family)\b)")
# The cues, each a literal-led pattern, with the wording's weight (how surely it names the employer).
_NEXT_WORD = re.compile(r"\s+([a-zA-Z]+)")
# "a Class B Driver's license", "the Controller's office": a role's or a credential's possessive.
_NOT_EMPLOYER_NEXT = frozenset({"license", "licence", "licenses", "certificate", "certification", "degree",
                                "degrees", "permit", "card", "office", "rights", "compensation", "signature"})
_HIRING_CUES = (" hiring", " looking for", " seeking", " growing")  # after " is" / " are"
# The employer's own statements, which name it with its subject: "Acme Corp is an equal opportunity
# employer", "Acme Corp is a leading provider of ...". Matched in lower case, after the name.
_SELF_STATEMENTS = (
    " is an equal opportunity", " is an equal employment", " is an eeo", " is proud to be an equal",
    " is a leading", " is the leading", " is a global", " is a fast-growing", " is a fast growing",
    " is a rapidly growing", " is an award-winning", " is a nonprofit", " is a non-profit",
    " is a premier", " is a privately held", " is a publicly traded", " is an innovative",
    " is a leader in", " is one of the", ", a global leader", ", a leader in", ", a leading", ", the leading",
    ", an award-winning", " is an affirmative action", " is a multi-award",
    ", as an equal opportunity", ", as an equal employment", ", as an affirmative action",
    " is committed to recruiting", " is committed to equal", " is committed to diversity", " is committed to a diverse",
    " is committed to creating a diverse", " is committed to providing equal", " is committed to ensuring",
    " and its affiliated", " and its affiliates", " and its subsidiaries",
    # and its equal-opportunity statements said in other words
    " takes affirmative action", " provides equal employment opportunit", " provides equal opportunit",
    " does not discriminate", " ensures nondiscrimination", " provides qualified applicants",
    # its history: "Knowesis, Inc. has been providing ...", "Acme was founded in 1998"
    " has been providing", " has provided", " was founded in", " was founded by", " is headquartered in",
    # what it offers its staff: "Fair Elections Center offers a comprehensive benefits package"
    " offers a comprehensive benefits", " offers a competitive benefits", " offers a generous benefits", " offers its employees",
)
# What only a business is said to be: "Acme is a digital transformation agency", "... is an
# independent research firm" (up to five words before the noun, in one sentence; read in lower case).
_KIND_OF_BUSINESS = re.compile(
    r"(?:[a-z0-9&'’-]+,? ){0,5}?(?:company|companies|firm|agency|provider|startup|start-up|organization|organisation|"
    r"nonprofit|non-profit|consultancy|manufacturer|retailer|bank|insurer|employer|business|enterprise|corporation|"
    r"contractor|integrator|publisher|studio|marketplace|fintech|insurtech|healthtech|consulting firm)\b")
_RECRUITER_KIND = re.compile(r"\b(?:recruit\w*|staffing|search firm|headhunt\w*|talent acquisition|employment agency)\b")
# "About Acme", "Get to know Acme" as a heading name the employer ("About Us",
# "About the Role" do not).
_ABOUT_HEADING = re.compile(r"^\W*(?:about|get to know)\s+(?!the\s+(?:role|job|position|team|opportunity|company|gig|project|internship|"
                            r"fellowship|program|programme|work|department|organi[sz]ation)\b)(.+?(?:\s(?:Inc|Ltd|Co|Corp|LLC|PLC)\.)?)\W*$", re.I)


# "Why Maxar?", "Why join Acme Health?", "Why work at Acme?" on a line of its own.
# ("Why consider OPI, and why do people dig working here?": a second question after the name)
_WHY_US_LINE = re.compile(r"(?m)^[ \t#*]*[Ww]hy (?:[Jj]oin |[Cc]hoose |[Cc]onsider |[Ww]ork (?:at|for|with) )?(?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})"
                          r"(?:,? and why [^?\n]{0,80})?[ \t*]*\?[ \t*]*$")
# "Get to know Klaviyo" on a line of its own (a heading the parser kept as text; not "Life at Acme",
# as often a link in the site's navigation).
_KNOW_US_LINE = re.compile(r"(?m)^[ \t#*]*[Gg]et to [Kk]now (?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})[ \t*]*:?[ \t*]*$")


def _find_all(text: str, needle: str):
    """Every offset of ``needle`` in ``text`` (str.find: a C search, no regex tried per position)."""
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)


def _word_starts(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")


# "... and Technologies, Inc.": a name that goes on after "and" up to its legal form
_AND_NAME = re.compile(r"(?P<rest> (?:and|&) (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})(?=,? (?:Inc|LLC|Ltd|Corp|Corporation|PLC|GmbH|LLP|L\.L\.C)\b)")
# "... a copy at", "available at", "in person at": a place to go, not where one works
_AN_OFFICE_AT = re.compile(r"\b(?:a copy|copies|available|in person|drop(?:ped)? off|pick(?:ed)? up|mail(?:ed)?|delivered|sent|submitted|visit us|located)\s+(?:\w+\s+){0,2}$", re.I)


def _after_cue(text: str, at: int, word: str) -> int | None:
    """Where the name after a cue word ("at", "join") at ``at`` starts: after one space (and "the "
    after join), at a capital letter; None when the cue is not a word there."""
    if not _word_starts(text, at):
        return None
    start = at + len(word) + 1
    if word in ("join", "within") and text.startswith("the ", start):
        start += 4
    return start if start < len(text) and "A" <= text[start] <= "Z" else None


@dataclass(slots=True)
class _Piece:
    """The part of a token that is a name word (as a match: start, end and group)."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.text


_LEGAL_FORMS = frozenset("inc llc ltd corp co plc gmbh ag sa lp llp pllc".split())
_GLUED_NAME = re.compile(r"(?<=[:*_])%s$" % _WORD)


def _name_before(text: str, at: int) -> tuple[str, int] | None:
    """The capitalised words (up to four, one space apart) that end at ``at``, and where they start."""
    lo = max(0, at - _WINDOW)
    all_tokens = list(_TOKEN.finditer(text, lo, at))
    tokens = all_tokens[-4:]
    if not tokens or tokens[-1].end() != at:
        return None
    start = None
    accepted: list[re.Match] = []
    for token in reversed(tokens):
        if start is not None and text[token.end():start] != " ":
            break
        # "Bank of America", "Quest for Knowledge": a small word between two capitalised ones (not
        # "and": "Charter and City Attorney's" is two things).
        word = token.group()
        if (word.endswith(",") and accepted and all(a.group().rstrip(".").lower() in _LEGAL_FORMS for a in accepted)
                and _NAME_WORD.fullmatch(word[:-1])):
            # "Take-Two Interactive, Inc.": the legal form after a comma belongs to the name
            accepted.append(_Piece(token.start(), token.end() - 1, word[:-1]))
            start = token.start()
            continue
        legal_form = word.endswith(".") and word[:-1].lower() in _LEGAL_FORMS and not accepted  # "Inc."
        if not (_NAME_WORD.fullmatch(word) or legal_form or (accepted and word in _NAME_CONNECTORS)):
            # A name glued to what comes before it ("doing:IBM Services", "**IBM Services") starts
            # after the punctuation, and nothing before it belongs to the name.
            glued = _GLUED_NAME.search(token.group())
            if glued:
                accepted.append(_Piece(token.start() + glued.start(), token.end(), glued.group()))
            break
        accepted.append(token)
        start = token.start()
    while accepted and accepted[-1].group() in _NAME_CONNECTORS:
        accepted.pop()  # a name does not start with "for"
    if not accepted:
        return None
    if len(accepted) == 4 and len(all_tokens) > 4 and text[all_tokens[-5].end():accepted[-1].start()] == " " \
            and _NAME_WORD.fullmatch(all_tokens[-5].group()) and all_tokens[-5].group().lower() not in _FUNCTION_WORDS:
        return None  # "Child Care Aware of America": a longer name than four words, cut; none is better than a piece
    if accepted[0].group().upper() in ("AND", "OR", "&") or text[accepted[-1].start():at + 20].isupper() and len(accepted) >= 3:
        return None  # "EVIDATION HEALTH VALUES DIVERSITY AND IS COMMITTED ...": a sentence in capitals
    start = accepted[-1].start()
    if start == lo and lo > 0:
        return None
    return text[start:at], start


def _name_opening(text: str, at: int) -> tuple[str, int] | None:
    """The name that ends at ``at`` when it opens its sentence ("INFICON, is committed to ...", not
    "... the team powering Betano, is one of ...")."""
    found = _name_before(text, at)
    return found if found and _SENTENCE_START.search(text, max(0, found[1] - 4), found[1]) else None


_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved", re.I)
_OWNED_BY = re.compile(r"\b(?:owned|operated|controlled|provided|powered|maintained) (?:or \w+ )?by\s+(?:\S+\s+){0,4}$", re.I)
_LEGAL_NAME_END = re.compile(r",? (?:Inc|LLC|Ltd|Corp|Corporation|L\.L\.C)\b\.?")
_APPOSITION = re.compile(r", (?:a|an|the) [^,.;:\n]{3,90},$")


def _name_before_apposition(text: str, at: int) -> tuple[str, int] | None:
    """The name before a description set off by commas: "Sonde Health, a Boston based digital
    health company, is seeking ..."."""
    match = _APPOSITION.search(text, max(0, at - 100), at)
    return _name_before(text, match.start()) if match else None


_WE_ARE_NAME = re.compile(_NAME + r"(?=[.!,;]\s|[.!]?\s*$)")


_GREETINGS = re.compile(r"\b[Gg]reetings from (?P<org>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}?)(?=[!.,:;]|\s*$)", re.M)


def _candidates(text: str):
    """(name, start, end, weight, how) for each cue in ``text``."""
    for quote in ("'", "’"):
        for at in _find_all(text, quote):
            if not at or not text[at - 1].isalnum():
                continue
            after = at + 2 if text.startswith("s", at + 1) else at + 1
            following = _NEXT_WORD.match(text, after)
            if following is None or following.group(1).lower() in _NOT_EMPLOYER_NEXT:
                continue
            found = _name_before(text, at)
            if found:
                yield found[0], found[1], at, 2, "possessive"
    for cue in _HIRING_CUES + (" seeks ",):
        for after in _find_all(text, cue):
            if cue == " seeks ":  # "Whow Games seeks an analytics professional"
                at = after
            elif text.endswith(" is", 0, after):
                at = after - 3
            elif text.endswith(" are", 0, after):
                at = after - 4
            else:
                continue
            found = _name_before(text, at)
            if found:
                yield found[0], found[1], at, 3, "is hiring"
                continue
            # "Sonde Health, a Boston based digital health company, is seeking": only an employer
            # describes itself so, even at a sentence's start
            found = _name_before_apposition(text, at)
            if found:
                yield found[0], found[1], at, 3, "says of itself"
    low = lowered(text)  # offsets kept: a name is read from ``text`` where the cue sits in ``low``
    for cue in _SELF_STATEMENTS:
        for at in _find_all(low, cue):
            # ("INFICON, is committed to ensuring ...": a stray comma after the name)
            found = _name_before(text, at) or (text.startswith(",", at - 1) and cue[0] == " " and _name_opening(text, at - 1))
            if found:
                yield found[0], found[1], at, 3, "says of itself"
    # "Send resume to Affinity Solutions, Inc, Attn: ...": a name with its legal form is a company's
    # (not in a table's row or a copyright line: a page's listing of other jobs, its footer)
    for match in _LEGAL_NAME_END.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if "|" in line or _COPYRIGHT.search(line) or _OWNED_BY.search(text, max(line_start, match.start() - 80), match.start()):
            continue
        found = _name_before(text, match.end())
        if found:
            yield found[0], found[1], match.end(), 1, "legal name"
    # "Greetings from Trovetechs!!!": a recruiter's or employer's mail opening with its name
    for match in _GREETINGS.finditer(text) if "reetings from " in text else ():
        yield match.group("org"), match.start("org"), match.end("org"), 3, "says of itself"
    # "We are Novartis." / "We are Acme, ...": the employer naming itself
    for at in _find_all(text, "We are "):
        match = _WE_ARE_NAME.match(text, at + len("We are "), at + len("We are ") + _WINDOW)
        if match:
            yield match.group("org"), match.start("org"), match.end("org"), 3, "says of itself"
    # (and "Computer Packages Inc., a private software company based near DC": set off by a comma)
    for cue in (" is a ", " is an ", ", a ", ", an ", " is acting as an ", " is acting as a "):
        for at in _find_all(low, cue):
            # "TA Digital is a digital transformation agency": a name said to be a kind of business;
            # "Proxima is a recruiting firm": the agency that posts the job, said to be one
            kind = _KIND_OF_BUSINESS.match(low, at + len(cue), at + len(cue) + _WINDOW)
            if kind:
                found = _name_before(text, at)
                if found:
                    how = "recruiter" if _RECRUITER_KIND.search(kind.group()) else "says of itself"
                    yield found[0], found[1], at, 3, how
    # ("Chez Decathlon, nous croyons ...": French "at")
    # ("... within the Department for Education you'll work ...": an institution one works within)
    for word, name_pattern, how in (("at", _NAME_AT, "at"), ("chez", _NAME_AT, "at"), ("join", _NAME_JOIN, "join"),
                                    ("within", _NAME_AT, "at")):
        for needle in (word + " ", word.capitalize() + " "):
            for at in _find_all(text, needle):
                start = _after_cue(text, at, word)
                if start is None:
                    continue
                if word == "at" and _AN_OFFICE_AT.search(text, max(0, at - 40), at):
                    continue  # "obtain a copy at University Compliance Services, 1616 Guadalupe": an office's address
                match = name_pattern().match(text[start: start + _WINDOW])
                if match and (word != "within" or _OF_NAME.match(match.group("org"))):
                    name = match.group("org")
                    tail = _AND_NAME.match(text, start + len(name))
                    if tail is not None:
                        name += tail.group("rest")  # "Sensible Solutions and Technologies, Inc.": one name
                    yield name, start, start + len(name), 2, how


_SENTENCE_START = re.compile(r"(?:^|[.!?:•\-*]\s+|\n\s*)$")
# Capitalised words that are not names even in mid-sentence, and generic heads of a name.
_NOT_NAMES = frozenset("""
a an the this that these those our your their his her its my we you us they it i
company company's team job role position candidate candidates applicant applicants employer employers client clients
today tomorrow year years world day week month everyone people members member customers customer
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer fall autumn winter eeo equal opportunity
us usa uk eu english apply please note about benefits requirements responsibilities qualifications
the team our team remote hybrid office headquarters hq ceo cto cfo phd ai ml api
city county department state division office bureau agency board commission council government federal
master bachelor associate doctor workers worker children men women people owner driver employee veterans
power interior fellow fellows interns now kpi overview description summary new here there mayor chief attorney operator senior junior welcome director manager
officer president governor secretary general america american home airports clerk data science engineering
""".split())
# Words that end many names but are no name alone: "IBM Services" is a name, "Services" is not.
_GENERIC_HEADS = frozenset("""
services service solutions solution systems group groups technologies technology consulting partners labs lab
industries holdings enterprises international global corporation corp inc llc ltd limited co company companies
associates analytics digital networks software health healthcare sciences resources communications media works
""".split())
_SKILL_BEFORE = re.compile(r"\b(?:familiarity|familiar|experience|experienced|knowledge|proficiency|proficient|"
                           r"expertise|skills?|understanding|fluency)\s+(?:with|of|in|using)\s+$", re.I)
# A possessive after a determiner is a common noun's ("the City's", "our Company's").
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|this|that|our|your|their|its|each|any|every|his|her)\s+)$", re.I)


@dataclass(slots=True, kw_only=True)
class Organization:
    name: str
    source: Literal["text", "label", "structured data", "og:site_name"]
    span: Span | None = None
    # for prose: which wording named it ("possessive", "at", "is hiring", "join"); "client" for a
    # "Client:" label, the organisation the work is for when an agency posts the job
    how: str | None = None
    unit: str | None = None  # the department a "Department:" label names, when the employer is found apart

    @property
    def shown(self) -> str:
        """The name as a reader should see it: a client is said to be one ("DXC (client)"), since
        the one who hires may be the agency that posted the job; a recruiting agency that says it is
        one likewise ("Proxima (recruiter)"); a department after its employer
        ("Douglas County, Clerk & Recorder")."""
        if self.how == "client":
            return f"{self.name} (client)"
        if self.how == "recruiter":
            return f"{self.name} (recruiter)"
        return f"{self.name}, {self.unit}" if self.unit else self.name


# "Client: DXC", "End Client - Acme Bank": who the work is for, named by a staffing agency's posting.
_CLIENT_LABELS = frozenset({"client", "end client", "client name", "customer", "end customer"})


def extract(posting: Posting, context: "ExtractContext | None" = None,
            structured: "StructuredFacts | None" = None) -> Organization | None:
    if posting.organization and _technology_suffix(posting):
        # "Data Engineer - Kafka": the title's suffix names the stack, not who hires
        posting.organization = None
    if posting.organization:
        department = _department_only(posting)
        if department is not None:
            employer = _employer_of_department(posting, department)
            if employer is not None:
                return employer
        posting.organization = _named_elsewhere(posting, posting.organization)
        return Organization(name=posting.organization, source="label")
    if structured is not None and structured.organization:
        return Organization(name=structured.organization, source="structured data", span=structured.span)
    for label in posting.labels:
        value = re.sub(r"\s*\([^()]*\)", "", label.value).strip()  # "Microsoft (Un-Managed)": the name only
        if label.name.lower().strip() in _CLIENT_LABELS and value and len(value.split()) <= 6 and "A" <= value[:1].upper() <= "Z":
            return Organization(name=value, source="label", span=label.value_span, how="client")
    # A front-matter organisation that repeated the title was left out by the parser: the name its
    # website's address spells in the text ("LibreLingo" for librelingo.app) is who hires.
    found = ((_named_by_url(posting) if _repeats_the_title(posting) else None)
             or from_prose(posting) or _acronym_employer(posting) or _local_government(posting))
    if found is not None:
        return _spelled_out(posting, found)
    site = posting.site_name
    if site and _mentions(posting.text, site):
        return Organization(name=site, source="og:site_name")
    return None


def _named_elsewhere(posting: Posting, name: str) -> str:
    """Of the values the employer's label takes ("Company: SISW - MG", "Company: Mentor Graphics
    Corporation"), the one the posting's text names outside its labels and title (with its legal form
    if one has it), else the first."""
    key = next((label.name.lower().strip() for label in posting.labels if label.value.strip() == name), None)
    if key not in _EMPLOYER_KEYS:
        return name
    # (the same label only: "Employer: State of South Carolina" stands over "Agency: Election Commission")
    values = list(dict.fromkeys(label.value.strip() for label in posting.labels if label.name.lower().strip() == key and label.value.strip()))
    if len(values) < 2:
        return name
    label_lines = {label.span.line for label in posting.labels}
    if posting.title_span is not None:
        label_lines.add(posting.title_span.line)  # ("Software Engineer - SISW - MG": the title's suffix)
    prose = "\n".join(line for number, line in enumerate(posting.text.splitlines(), posting.first_line) if number not in label_lines)

    def named(value: str) -> bool:
        core = _LEGAL_NAME_END.sub("", value).strip()
        return len(core) >= 3 and re.search(r"\b" + re.escape(core) + r"\b", prose) is not None

    found = [value for value in values if named(value)]
    # (a legal name, "Mentor Graphics Corporation", names who hires surely)
    return next((value for value in found if _LEGAL_NAME_END.search(value)), found[0] if found else name)


def _technology_suffix(posting: Posting) -> bool:
    """The organisation is the title's suffix (no front matter or label named it) and is a
    technology ("Kafka", "Power BI")."""
    name = posting.organization or ""
    if any(isinstance(posting.front_matter.get(key), str) for key in _EMPLOYER_KEYS):
        return False
    if any(label.value.strip() == name.strip() for label in posting.labels):
        return False
    from .technology import table
    technologies = table()
    return name in technologies.exact or name.lower() in technologies.folded


_DEPARTMENT_LABELS = ("department", "division")
_EMPLOYER_KEYS = ("company", "organization", "organisation", "employer", "hiring organization", "hiringorganization", "agency")
# Wordings that name the employer surely enough to stand over a department label.
_SURE_HOWS = ("says of itself", "about heading", "is hiring")


def _department_only(posting: Posting) -> str | None:
    """The department a "Department:" label names, when it is all that named the organisation
    (no company or employer label, no front-matter organisation)."""
    if any(isinstance(posting.front_matter.get(key), str) for key in _EMPLOYER_KEYS):
        return None
    names = {label.name.lower().strip(): label.value.strip() for label in posting.labels}
    if any(key in names for key in _EMPLOYER_KEYS):
        return None
    department = next((names[key] for key in _DEPARTMENT_LABELS if key in names), None)
    return department if department and department == (posting.organization or "").strip() else None


def _employer_of_department(posting: Posting, department: str) -> Organization | None:
    """Who a department belongs to: the local government the text names most (at least twice:
    "Douglas County" in the benefits and the equal-opportunity lines), else an employer the prose
    names surely ("Dynatrace is a leading ..."). None when the department already holds it."""
    named = _local_government(posting)
    name, how = (named.name, named.how) if named is not None else (None, None)
    if name is None:
        prose = from_prose(posting)
        if prose is not None and prose.how in _SURE_HOWS:
            name, how = prose.name, prose.how
    if name is None or name.lower() in department.lower() or department.lower() in name.lower():
        return None
    return Organization(name=name, source="text", how=how, unit=department)


def _repeats_the_title(posting: Posting) -> bool:
    """Whether the front matter's organisation is its title over again (the parser leaves it out)."""
    fm = posting.front_matter
    title, org = fm.get("title"), fm.get("organization")
    return isinstance(title, str) and isinstance(org, str) and bool(org.strip()) \
        and org.strip().casefold() == title.strip().casefold()


_URL_KEYS = ("org_url", "organization_url", "company_url", "website", "url")
# Sites that host many organisations' pages: their name is not the employer's.
_HOSTING_SITES = frozenset("""github gitlab bitbucket sourceforge codeberg medium twitter x linkedin facebook instagram
google youtube notion wordpress blogspot substack wix squarespace tumblr behance dribbble""".split())
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
_TEXT_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&'’.-]*")


def _site_names(url: str) -> tuple[str, ...]:
    """The names a website's address may spell, longest first: "https://ura.design" ->
    ("uradesign", "ura"); "https://librelingo.app/" -> ("librelingoapp", "librelingo")."""
    from urllib.parse import urlsplit  # read only for the few postings this applies to

    try:
        host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return ()
    labels = host.split(".")
    if len(labels) < 2:
        return ()
    at = len(labels) - 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else len(labels) - 2
    name = labels[at]
    if name in _HOSTING_SITES or len(name) < 3:
        return ()
    return (name + labels[at + 1], name)


def _named_by_url(posting: Posting) -> Organization | None:
    """The organisation the text names by its website's name: "LibreLingo" for librelingo.app,
    "Ura Design" for ura.design (one to three capitalised words that spell the address)."""
    url = next((posting.front_matter.get(k) for k in _URL_KEYS if isinstance(posting.front_matter.get(k), str)), None)
    keys = _site_names(url) if url else ()
    if not keys:
        return None
    text = posting.text
    words = list(_TEXT_WORD.finditer(text))
    for key in keys:
        for i in range(len(words)):
            spelled = ""
            for j in range(i, min(i + 3, len(words))):
                if j > i and text[words[j - 1].end():words[j].start()] != " ":
                    break
                # "LibreLingo's" spells "librelingo": a possessive's "s" is not the name's
                spelled += re.sub(r"[^a-z0-9]", "", re.sub(r"['’]s?\W*$", "", words[j].group()).lower())
                if spelled == key and "A" <= words[i].group()[0] <= "Z":
                    start, end = words[i].start(), words[j].end()
                    name = re.sub(r"(?:['’]s?)?[.,;:!?]*$", "", text[start:end])
                    return Organization(name=name, source="text", span=posting.span_at(start, start + len(name)),
                                        how="named by its website")
                if not key.startswith(spelled):
                    break
    return None


_SUBJECT_OF_ITS_SENTENCE = re.compile(r" (?:is|has been|was) (?:a|an|the|one|proud|committed|home)\b")


def _the_before(text: str, at: int) -> int:
    """Where "The " before ``at`` starts, or ``at``."""
    return at - 4 if text.endswith(("The ", "the "), 0, at) else at


def _local_government(posting: Posting) -> Organization | None:
    """The local government the text names most, at least twice ("City of Los Angeles" in the
    bulletin's opening and its equal-opportunity line): a government posting names itself so. A
    longer name that holds it ("City of Los Angeles Fire" of "... Fire Department") counts for it."""
    from .location import LOCAL_GOVERNMENT

    text = posting.text
    matches = list(LOCAL_GOVERNMENT().finditer(text))
    if len(matches) == 1 and _SUBJECT_OF_ITS_SENTENCE.match(text, matches[0].end()) \
            and _SENTENCE_START.search(text, max(0, matches[0].start() - 6), _the_before(text, matches[0].start())):
        # "The City of Vernon is a full-service city ...": named once, as the subject that says what it is
        at = matches[0]
        return Organization(name=at.group(0), source="text", span=posting.span_at(at.start(), at.end()),
                            how="local government says of itself")
    if len(matches) < 2:
        return None
    counts = Counter(m.group(0) for m in matches)
    support = {name: sum(times for other, times in counts.items() if other == name or other.startswith(name + " "))
               for name in counts}
    best = max(support, key=lambda n: (support[n], -len(n)))
    if support[best] < 2:
        return None
    at = next(m for m in matches if m.group(0).startswith(best))
    return Organization(name=best, source="text", span=posting.span_at(at.start(), at.start() + len(best)),
                        how="local government named by the text")


def _mentions(text: str, name: str) -> bool:
    head = name.split()[0]
    return len(head) > 1 and re.search(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", text) is not None


def _clean(name: str) -> str | None:
    dotted = name.rstrip().endswith(".") and name.rstrip(" .").split()[-1:] and name.rstrip(" .").split()[-1].lower() in _LEGAL_FORMS
    name = name.strip(" .-&") + ("." if dotted else "")  # "Acme, Inc." keeps its dot
    if _OF_NAME.match(name):
        return name  # "City of Moreno Valley", "State of Arizona": the generic head is part of the name
    words = name.split()
    # (a word in capitals is kept as an acronym, "IT Concepts", unless it is a shouted word: "COMPANY
    # OVERVIEW INFICON" is a heading run into the name)
    while words and ((words[0].lower() in _NOT_NAMES and not (_ACRONYM.fullmatch(words[0]) and len(words[0]) <= 3)
                      and not _new_name(words))
                     or words[0] in _NAME_CONNECTORS):
        words.pop(0)  # "State of Arizona" is the employer's full name or nothing, never "of Arizona"
    if words and len(words) < len(name.split()) and name.split()[len(name.split()) - len(words) - 1] in _NAME_CONNECTORS:
        return None
    if not words or " ".join(words).lower() in _NOT_NAMES or all(w.lower() in _NOT_NAMES for w in words):
        return None
    if len(words) >= 2 and words[-1].lower().rstrip(".,") in _LEGAL_FORMS and any(_ACRONYM.fullmatch(w.rstrip(",")) for w in words[:-1]):
        return " ".join(words)  # "Solution IT Inc.": an acronym in a name with its legal form is no pronoun
    if all(w.lower().rstrip(".") in _GENERIC_HEADS or w.lower() in _NOT_NAMES for w in words):
        # A common word before a generic head is a name when it is capitalised mid-name: "Data Works",
        # "Power Solutions" (not "Our Services", "The Company"). Only the last word may be generic.
        whole = name.split()
        if (len(whole) == 2 and len(words) == 1 and whole[0][:1].isupper() and whole[0].isalpha()
                and whole[0].lower() not in _FUNCTION_WORDS and whole[0].lower() not in _GENERIC_HEADS
                and words[0].lower().rstrip(".") in _GENERIC_HEADS):
            return name
        return None  # a name cut to its generic head ("Services" of "IBM Services")
    name = " ".join(words)
    return name if len(name) > 1 else None


def _new_name(words: list[str]) -> bool:
    """ "New Relic", "New Balance": "New" starting a name of two or more words whose next word is a
    name word (not "New Grads", "New Office")."""
    return words[0] == "New" and len(words) >= 2 and words[1].lower() not in _NOT_NAMES and words[1].lower() not in _GENERIC_HEADS


# Words that never start a name: determiners and pronouns ("Our Services", "The Company").
_FUNCTION_WORDS = frozenset("a an the this that these those our your their his her its my we you us they it i".split())
# "IT Concepts", "US Foods": a word in capitals leading a longer name is an acronym, not "it"/"us".
_ACRONYM = re.compile(r"[A-Z]{2,}")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|from|around|outside)\s+$")


@functools.cache
def _STATE_AFTER() -> re.Pattern:
    from .location import US_STATES

    return re.compile(r",\s*(?:%s)\b" % "|".join(US_STATES))


_REGIONS = frozenset({"North America", "South America", "Latin America", "Central America", "Asia", "Africa",
                      "Oceania", "Middle East", "Asia Pacific", "Scandinavia", "Nordics", "DACH", "Benelux"})


@functools.cache
def _places() -> frozenset[str]:
    from .location import _place_names  # the same place list the location facts use

    # and the regions a company may call itself the largest of ("one of North America's largest")
    return frozenset(_place_names()) | _REGIONS


def _is_place(name: str, places: frozenset[str]) -> bool:
    """A place, or a name that starts with one ("Los Angeles County", "Denver Public Schools")."""
    from .location import US_STATES

    words = name.split()
    return name in US_STATES or any(" ".join(words[:k]) in places for k in range(1, len(words) + 1))


def from_prose(posting: Posting) -> Organization | None:
    text = posting.text
    if not text:
        return None
    places = _places()
    title_line = posting.title_span.line if posting.title_span else None
    scores: Counter[str] = Counter()
    first: dict[str, tuple[int, int, str]] = {}
    starts_only: set[str] = set()
    mid_sentence: set[str] = set()
    recruiters: set[str] = set()  # names said to be a recruiting agency
    signatures = signature_spans(text)
    for raw, start, end, weight, how in _candidates(text):
        if signatures and inside(signatures, start):
            continue  # the sender's company (a recruiting agency), not the employer
        name = _clean(raw)
        if name is None or _is_place(name, places) or _STATE_AFTER().match(text, end):
            continue  # "at Fort Sam Houston, TX": a place
        if how in ("is hiring", "says of itself", "recruiter") and _PLACE_PREPOSITION.search(text, max(0, start - 12), start) \
                and not text.endswith(("Greetings from ", "greetings from "), 0, start):
            continue  # "a software company based near DC is seeking": the subject is before the place
        if how == "possessive" and (_DETERMINER_BEFORE.search(text, max(0, start - 8), start)
                                    or _SKILL_BEFORE.search(text, max(0, start - 40), start)):
            continue  # "familiarity with Amazon Web Services' tools": a product the hire knows
        if title_line is not None and posting.span_at(start, end).line == title_line:
            continue  # the title's words ("Engineer's Assistant") are not the employer
        # A possessive opening a sentence is trusted only when the name is also said mid-sentence:
        # "X's" at a sentence's start may be any capitalised word ("Today's"). "X is hiring / is
        # seeking / is looking for" names who hires wherever it stands (on the corpus every such
        # sentence-initial subject left after _clean was an employer).
        at_start = how == "possessive" and _SENTENCE_START.search(text, max(0, start - 3), start) is not None
        (starts_only if at_start else mid_sentence).add(name)
        scores[name] += weight
        first.setdefault(name, (start, end, how))
        if how == "recruiter":
            recruiters.add(name)
    for section in posting.sections:
        about = _ABOUT_HEADING.match(section.heading or "")
        name = _clean(about.group(1)) if about and _NAME_WORD.match(about.group(1)) else None
        if name and len(name.split()) <= 4 and not _is_place(name, places) and section.heading_span is not None:
            scores[name] += 3
            mid_sentence.add(name)  # a heading of its own: as sure as a mid-sentence mention
            at = posting.line_starts[section.heading_span.line - posting.first_line] + max(
                0, posting.line_text(section.heading_span.line).find(name))
            first.setdefault(name, (at, at + len(name), "about heading"))
    for match in (*_WHY_US_LINE.finditer(posting.text), *_KNOW_US_LINE.finditer(posting.text)):
        # "Why Maxar?" on a line of its own, over the employer's pitch: as an "About Maxar" heading
        name = _clean(match.group("name"))
        if name and not _is_place(name, places):
            scores[name] += 3
            mid_sentence.add(name)
            first.setdefault(name, (match.start("name"), match.end("name"), "about heading"))
    candidates = [n for n in scores if n in mid_sentence]
    if not candidates:
        return None
    best = max(candidates, key=lambda n: (scores[n], -first[n][0]))
    start, end, how = first[best]
    if best.isupper() and len(best) > 5:
        # "ABOUT WESTERN DIGITAL": the name as the text writes it elsewhere ("Western Digital is ...")
        written = re.compile(r"\b" + r"\s+".join(map(re.escape, best.split())) + r"\b", re.I)
        best = next((" ".join(m.group().split()) for m in written.finditer(posting.text)
                     if not m.group().isupper() and all(w[0].isupper() for w in m.group().split())), best)  # not "inficon.com"
    return Organization(name=best, source="text", span=posting.span_at(start, end),
                        how="recruiter" if best in recruiters else how)


# An organisation known by its acronym ("DfE", "HMRC", "MoJ"): two to six letters, the first and at
# least one more a capital.
_ACRONYM_WORD = r"[A-Z][A-Za-z]{0,4}[A-Z][a-z]?"
# Where the text speaks of an acronym as a body one works in or for: "across DfE,", "in HMRC.",
# "within the DWP", "the DfE user research community", "the MoJ Technical Architecture profession".
_IN_ACRONYM = lazy(r"\b(?:across|in|within|throughout|outside|inside|at|joining|join)\s+(?:the\s+)?(?P<org>%s)"
                   r"(?=[,.;:)]|\s*$|\s+(?:and|to|as|where|ensuring|including|while)\b)" % _ACRONYM_WORD, re.M)
# The name of an email address's domain: "resumes@eac.gov" -> "eac" (where to send an application
# is the employer's; a link may be any site's)
_DOMAIN_LABEL = re.compile(r"@(?:[a-z0-9-]+\.)*?([a-z]{2,5})\.(?:gov|org|edu|com|net|mil|us)\b", re.I)
_DOMAINS_READ = 5
_ACRONYM_COMMUNITY = lazy(r"\bthe\s+(?P<org>%s)(?:\s+[A-Za-z]+){0,3}?\s+(?:community|communities|profession|"
                          r"professions|workforce|estate|organisation|organization|department)\b" % _ACRONYM_WORD)


@functools.cache
def _not_employer_acronyms() -> frozenset[str]:
    """data/organizations.toml's acronyms that name no employer (countries, functions, laws ...)."""
    return frozenset(load_toml(package_data("postlint", "data/organizations.toml"))["not_employer_acronyms"])


def _no_employer_acronym(name: str) -> bool:
    """An acronym that names no employer: a technology, a place, a function, a common word."""
    # (the tables are read only for a text that says an acronym so)
    from .technology import table

    technologies = table()
    return (name in _not_employer_acronyms() or name.lower() in _NOT_NAMES or name in _places()
            or name in technologies.exact or name.lower() in technologies.folded)


def _acronym_employer(posting: Posting) -> Organization | None:
    """The employer a text names only by its acronym, as a body the hire works in: "across DfE,"
    twice, or "the DfE Technical Architecture community" (a "community" or "profession" of a body
    is its staff's). Read only when no other wording names the employer; an acronym that is a
    technology, a country, a function or a community of people is none."""
    text = posting.text
    if not text:
        return None
    title_line = posting.title_span.line if posting.title_span else None
    said: Counter[str] = Counter()
    first: dict[str, int] = {}
    strong: set[str] = set()
    for pattern, sure in ((_IN_ACRONYM, False), (_ACRONYM_COMMUNITY, True)):
        for match in pattern().finditer(text):
            name = match.group("org")
            if _no_employer_acronym(name):
                continue
            if title_line is not None and posting.span_at(match.start("org"), match.end("org")).line == title_line:
                continue
            said[name] += 1
            first.setdefault(name, match.start("org"))
            if sure:
                strong.add(name)
    # "... to serve EAC stakeholders ... send your resume to resumes@eac.gov": an acronym the text
    # uses twice that is the name of its email domain
    # (the first few domains only: a page of a thousand addresses costs no more)
    for label in sorted({match.group(1).lower() for match in itertools.islice(_DOMAIN_LABEL.finditer(text), _DOMAINS_READ)}):
        name = label.upper()
        uses = [match.start() for match in re.finditer(r"\b%s\b" % name, text)]
        if len(uses) < 2 or name in said or _no_employer_acronym(name):
            continue
        said[name], first[name] = len(uses), uses[0]
        strong.add(name)
    named = [n for n in said if said[n] >= 2 or n in strong]
    if not named:
        return None
    best = max(named, key=lambda n: (said[n], -first[n]))
    start = first[best]
    return Organization(name=best, source="text", span=posting.span_at(start, start + len(best)), how="acronym")


_FULL_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<full>[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|for|and|on|the|&)){1,8}) $")


def _without_leading_words(full: str, acronym: str) -> str:
    """The full name without a word and its small words before it that the acronym does not spell
    ("Expert (SME) Accessibility of the U.S. Election Assistance Commission (EAC)" -> "U.S. Election
    Assistance Commission"); a body's kind ("City of ...", "Department of ...") starts a name, and
    so does a parent's name ("Johns Hopkins University Applied Physics Laboratory (APL)")."""
    lead = _LEADING_WORD.match(full)
    if lead is None or full[0] == acronym[0] or _OF_NAME.match(full):
        return full
    rest = full[lead.end():]
    initials = iter(w[0] for w in rest.split() if w[0].isupper())
    return rest if all(letter in initials for letter in acronym if letter.isupper()) else full


_LEADING_WORD = re.compile(r"[A-Z][\w-]*(?: (?:of|for|on|the))+ (?=[A-Z])")


def _spelled_out(posting: Posting, found: Organization) -> Organization:
    """An employer known by its acronym under the full name the text gives it: "MEC" -> "City of
    Milwaukee Election Commission" when the text says "the City of Milwaukee Election Commission
    (MEC)" (the acronym's letters, in order, among the full name's initials)."""
    acronym = found.name
    if not (1 < len(acronym) <= 6 and acronym.isalpha() and sum(c.isupper() for c in acronym) >= 2):
        return found
    text = posting.text
    at = text.find("(" + acronym + ")")
    while at != -1:
        match = _FULL_NAME_BEFORE.search(text, max(0, at - 120), at)
        if match:
            full = re.sub(r"['’]s?$", "", match.group("full").removeprefix("The "))  # "The ...", "Telematics’"
            full = _without_leading_words(full, acronym)
            initials = iter(w[0] for w in full.split() if w[0].isupper())
            if all(letter in initials for letter in acronym if letter.isupper()):
                start = match.start("full") + match.group("full").find(full)
                return Organization(name=full, source=found.source, span=posting.span_at(start, start + len(full)),
                                    how=found.how)
        at = text.find("(" + acronym + ")", at + 1)
    return found


def share_organizations(postings: list[Posting]) -> None:
    """A file's postings often share employers: a posting that names none of its own but mentions,
    mid-text, an employer another posting of the file names ("(Pinterest Canvas)") gets that one."""
    known = list(dict.fromkeys(p.facts.organization.name for p in postings
                               if p.facts is not None and p.facts.organization is not None))
    if not known:
        return
    for posting in postings:
        if posting.facts is None or posting.facts.organization is not None:
            continue
        text = posting.text
        title_line = posting.title_span.line if posting.title_span else None
        for name in known:
            for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                span = posting.span_at(match.start(), match.end())
                if span.line != title_line:
                    posting.facts.organization = Organization(name=name, source="text", span=span,
                                                              how="named by another posting of the file")
                    posting.organization = posting.organization or name
                    break
            if posting.facts.organization is not None:
                break
