"""What a posting asks of an applicant, by zone: requirements, duties, instructions, benefits.

The parser tags each section with its zone (``SectionKind``); this module reads those zones the way
an applicant reads them, so a checklist's items come only from where they belong:

- Must-have / Nice to have: items of requirement and preferred sections only (a posting with none
  falls back to its own "Requires ..." sentences and to requirement headings run into prose). An
  intro line ending in ":" is no item but switches what follows ("It is desirable that you can
  also demonstrate the following:" makes the next items nice to have); statements about the job or
  the company are dropped, instructions go to How to apply, a signature ends the list;
  "A; or B; or C" becomes one item, and a one-sentence requirement made of several requirements
  ("5+ years in X and hands-on experience with Y") becomes several.
- Prepare: duties of responsibility sections, as written (never re-inflected); prose sentences
  only when they say what the applicant will do, not what the company is.
- How to apply: how-to-apply sections, instructions found elsewhere, front matter ``how_to_apply``
  and an apply link.
- Benefits: what benefit sections list.

Word lists are data (``data/checklist.toml``: ``[zones]``). Plain functions over a parsed Posting;
nothing here renders.
"""

from __future__ import annotations

import difflib
import functools
import html
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Literal

from ..extract.signature import is_valediction
from ..ingest.headings import classify_heading, lead_in_kind, lead_in_words_kind
from ..ingest.split import ROLE_WORDS
from ..ingest.parse import ABBREVIATION_WORDS, LANGUAGE_LETTER_AFTER, WHICH_OPTION_PREFERRED, without_asides
from ..model import Item, Posting, Priority, Section, SectionKind
from ..scan.textscan import lowered

REQUIREMENT_KINDS = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)


@dataclass(slots=True)
class Entry:
    """One checklist entry taken from the posting: its text and the posting line it starts on."""

    text: str
    line: int | None
    preferred: bool = False


@functools.lru_cache(maxsize=1)
def _zones() -> dict:
    data = tomllib.loads(resources.files("postlint").joinpath("data/checklist.toml").read_text("utf-8"))["zones"]

    def words(name: str) -> re.Pattern:
        return re.compile(r"^(?:" + "|".join(data[name]) + r")\b", re.I)

    return {
        "statement": words("statement"),
        "requirement_statement": re.compile(r"^(?:" + "|".join(data["requirement-statement"] + data["position-requires"]) + r")\b", re.I),
        "position_requires": words("position-requires"),
        # "Also, please attach a writing sample": an instruction after a word that links it to the one before
        "instruction": re.compile(r"^(?:(?:also|additionally|finally|lastly|in addition),?\s+)?(?:" + "|".join(data["instruction"]) + r")\b", re.I),
        "duty_statement": words("duty-statement"),
        "notice": re.compile(r"(?:" + "|".join(data["notice"]) + r")", re.I),
        "benefit": re.compile(r"(?:" + "|".join(data["benefit-statement"]) + r")", re.I),
        "duties_intro": re.compile(r"(?:" + "|".join(data["duties-intro"]) + r")", re.I),
        "section_end": frozenset(data["section-end"]),
        "requirement_headings": frozenset(data["requirement-headings"]),
        "requirement_headings_alone": frozenset(data["requirement-headings-alone"]),
        "not_requirements": re.compile(r"(?:" + "|".join(data["not-requirement-headings"]) + r")", re.I),
        "condition_headings": re.compile(r"\b(?:" + "|".join(data["condition-headings"]) + r")\b", re.I),
        "job_condition_headings": re.compile(r"(?:" + "|".join(data["job-condition-headings"]) + r")", re.I),
        # the same headings at the start of any line of a posting (a heading, a label, a sub-heading,
        # after any markup): whether a posting has conditions to read at all
        "job_condition_lines": re.compile(r"^[^\w\n]{0,8}(?:" + "|".join(h.lstrip("^") for h in data["job-condition-headings"]) + r")", re.I | re.M),
        "job_condition": re.compile(r"\b(?:" + "|".join(data["job-condition"]) + r")", re.I),
        "job_condition_not": re.compile(r"(?:" + "|".join(data["job-condition-not"]) + r")", re.I),
        "job_condition_asked": re.compile(r"(?:" + "|".join(data["job-condition-asked"]) + r")", re.I),
        "hire_condition": re.compile(r"(?:" + "|".join(data["hire-condition"]) + r")", re.I),
        "job_condition_named": re.compile(r"\b(?:" + "|".join(data["job-condition-named"]) + r")", re.I),
        "blurb": re.compile(r"\b(?:" + "|".join(data["blurb"]) + r")\b", re.I),
        "copula": frozenset(data["copula"]),
        "duty_verbs": frozenset(data["duty-verbs"]),
        "duty_nouns": frozenset(data["duty-verbs-also-nouns"]),
        "duty_words": frozenset(data["duty-verbs"]) | frozenset(data["duty-verbs-also-nouns"]),
        # the role (or "you") doing something, after an optional opening clause ("In this role,
        # you will ...", "As a lead user researcher you will ...", "The Data Engineer will ...")
        "role_duty": re.compile(r"^(?:[^,]{0,120},\s+|as an? [^,]{1,60}?\s+)?(?:(?:%s)|(?:the|this|our|an?) (?:[\w/&-]+ ){0,4}(?:%s))\s*(?:%s)\b"
                                % ("|".join(data["role-subjects"]), "|".join(sorted(ROLE_WORDS)), "|".join(data["role-verbs"])), re.I),
        "compound_head": re.compile(r"^(?:" + "|".join(data["compound-head"]) + r")\b", re.I),
        "desirable": re.compile(r"\b(?:" + "|".join(data["desirable"]) + r")", re.I),
        "essential": re.compile(r"\b(?:" + "|".join(data["essential"]) + r")", re.I),
        "requires_lead": re.compile(r"^(?:" + "|".join(data["requires-lead"]) + r")\s*:?\s+", re.I),
        "apply_labels": frozenset(data["apply-labels"]),
        "metadata": re.compile(r"^(?:" + "|".join(data["metadata"]) + r")(?:\W+\w+)?\W*$", re.I),
        # a label that says a fact of the posting ("Location of Position: Northern VA", "Job poster:
        # ...") or a note to the reader ("PLEASE READ: ..."), never a requirement
        "not_asked_label": re.compile(r"(?:" + "|".join(data["metadata"] + data["not-asked-label"]) + r")\b", re.I),
        "closed": frozenset(data["closed-status"]),
    }


# -- text clean-up --------------------------------------------------------------------------------

# A bullet the parser kept as text ("-Python or R", "• SQL"), and mis-decoded no-break spaces ("Â").
_LEAD_MARK = re.compile(r"^(?:[-–•·*▪◦]\s*)+(?=\S)")
_MOJIBAKE_SPACE = re.compile("Â(?=\\s|$)|\u00a0|(?<!\\S)â$")  # "... as a Data Scientist with â": a lost bullet
_WRAPPED = re.compile(r"(?:[,(\-–/&]|\b(?:and|or|the|of|a|an|to|with|in|for|on|at|by|as|from|including))\s*$", re.I)
_BRACKETED_PRIORITY = re.compile(r"\[[^\[\]]*\b(?:preferred|desired|desirable|a plus|required)\W*\]$", re.I)
_LIST_ENTRY_AND = re.compile(r";\s*and\s*$", re.I)  # a list's last but one entry: "...; and"


def _asked_on(text: str) -> bool:
    """A line that goes on with what is asked: a degree, years, "Ability to ..." and the like."""
    return bool(_DEGREE_OR_YEARS.match(text) or _asks(text))
_ALTERNATIVE_END = re.compile(r"[;,]?\s+(?:and/)?or\s*$|^or\s+", re.I)
# (after a word in capitals too: "Knowledge of Python and SQL. Working knowledge of Keras is a plus.";
# not after an initial: "J. Smith", "U.S. Army")
# (a one-letter language ends a sentence too: "... such as Python and/or R. Working knowledge of ...",
# not an initial: "John F. Kennedy")
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=[A-Z]{2}[.!?])|"
                           + "|".join(rf"(?<={before}[RC]\.)" for before in LANGUAGE_LETTER_AFTER) + r")\s+(?=[A-Z])")
_ABBREVIATION_END = re.compile(r"\b(?:" + ABBREVIATION_WORDS + r")\.$")


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_EMPHASIS = re.compile(r"\*\*|__")
_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)?([^*_\n]{1,80}?)(?:\*\*|__)[.:]?\s+(?=\S)")


_STRAY_STOP = re.compile(r"\.?\s+\.$")


def clean(text: str) -> str:
    """An item's text as an applicant reads it: no zero-width characters, no Markdown emphasis
    markers, no bullet character the parser left in, single spaces."""
    text = _INVISIBLE.sub("", _MOJIBAKE_SPACE.sub(" ", html.unescape(text)))  # "&amp;" in a text export is "&"
    text = _BOLD_LEAD.sub(r"\1: ", text)  # "**Analysis and synthesis**. Ability to ..." is one item
    text = _EMPHASIS.sub("", text)
    text = _LEAD_MARK.sub("", " ".join(text.split()))
    return text.strip()


def _has_words(text: str) -> bool:
    return sum(c.isalnum() for c in text) >= 2


def sentences(text: str) -> list[str]:
    """A bullet's sentences ("Strong communicator. Being able to ..."): split at ". " before a capital,
    not after an abbreviation ("M.S. or Ph.D.")."""
    parts, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start: match.start()]
        if _ABBREVIATION_END.search(before):
            continue
        parts.append(before.strip())
        start = match.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# -- zones ---------------------------------------------------------------------------------------

_ATX_LEVEL = re.compile(r"^\s{0,3}(#{1,6})\s")


def _level(posting: Posting, section: Section) -> int | None:
    if section.heading_span is None:
        return None
    match = _ATX_LEVEL.match(posting.line_text(section.heading_span.line))
    return len(match.group(1)) if match else None


_PARENT_ZONES = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.RESPONSIBILITIES)


def _is_requirement_name(name: str) -> bool:
    # "Knowledge (some combination of the following)": the name before its note
    name = " ".join(_NOTE.sub("", name).lower().strip(" :*#_").split())
    if name in _zones()["requirement_headings"]:
        return True
    # "MINIMUM EDUCATION", "LICENSES/CERTIFICATIONS": a short name made of what is asked
    words = [w for w in re.split(r"[\s/&,]+", name) if w and w not in ("and", "or")]
    return 2 <= len(words) <= 3 and all(w in _ASKED_NAME_WORDS for w in words)


def _requirement_label(name: str, zone: SectionKind | None) -> bool:
    """A label that names a requirement: "Education: ...", "Certifications: ..." anywhere, and in a
    requirements list also a single word of what is asked ("Training: Equivalent to the completion
    of the twelfth grade." under "Minimum Qualifications")."""
    return _is_requirement_name(name) or zone in REQUIREMENT_KINDS and (" ".join(name.lower().split()) in _ASKED_NAME_WORDS
                                                                         or bool(_ASKED_TOPIC_NAME.match(name.strip())))


# "Security Requirements: Active TS/SCI Security Clearance, CI Polygraph" in a requirements list: what
# is asked on one topic ("Travel Requirements: 25%" is a condition of the job, not one of these)
_ASKED_TOPIC_NAME = re.compile(r"(?:security|clearance|citizenship|language|licensing|degree) (?:requirements?|qualifications?)$", re.I)


_CLEARANCE_NAME = re.compile(r"\bclearance\b", re.I)
_ASKED_NAME_WORDS = frozenset({"minimum", "required", "education", "educational", "training", "experience", "licenses",
                               "license", "licences", "licence", "licensure", "certifications", "certification", "certificates",
                               "certificate", "registrations"})


_NOTE = re.compile(r"\s*\([^)]*\)\s*")


def section_zones(posting: Posting) -> list[tuple[Section, SectionKind]]:
    """Each section with the zone it belongs to. A sub-heading that names no zone ("### Agile
    Working (Expert Level)" under "## You'll have") belongs to its parent heading's zone."""
    zones: list[tuple[Section, SectionKind]] = []
    parents: list[tuple[int, SectionKind]] = []  # open Markdown headings: (level, zone)
    inherited = None  # the form of the last heading that took the zone before it ("Manage X:")
    for section in posting.sections:
        kind = section.kind
        form, inherits = _heading_form(posting, section), inherited
        inherited = None
        level = _level(posting, section)
        if level is not None:
            while parents and parents[-1][0] >= level:
                parents.pop()
            if parents and section.heading and parents[-1][1] in _PARENT_ZONES and (
                    kind is SectionKind.OTHER or classify_heading(section.heading) is None):
                # Not named by a heading of its own ("Interviewing (Expert Level)" only looks like
                # "interview" to the keyword match): the parent's zone.
                kind = parents[-1][1]
            parents.append((level, kind))
        if kind is SectionKind.OTHER and section.heading and (_is_requirement_name(section.heading) or form == ":" and " ".join(
                section.heading.lower().split()) in _zones()["requirement_headings_alone"]):
            kind = SectionKind.REQUIREMENTS  # "Education:", "CERTIFICATIONS", "Training:" (not a menu's "Training")
        elif kind is SectionKind.OTHER and zones and not zones[-1][0].items and zones[-1][1] in _PARENT_ZONES \
                and section.heading and classify_heading(section.heading) is None \
                and not _zones()["hire_condition"].search(zones[-1][0].heading or ""):
            # A lead-in right under an empty heading ("Qualifications" / "The ideal candidate should
            # have:") opens that heading's list, not a section of its own. (A line in capitals that
            # asks a condition, "MUST HAVE SECRET CLEARANCE", is no heading of a list: "Description:"
            # after it is not its lead-in.)
            kind, inherited = zones[-1][1], form
        elif kind is SectionKind.OTHER and inherits is not None and inherits == form and zones[-1][1] in _PARENT_ZONES \
                and section.heading and classify_heading(section.heading) is None:
            # The next sub-heading of the same form ("Manage Database Development:" after "Manage
            # Database Administration:" under an empty "Job Description"): the same zone.
            kind, inherited = zones[-1][1], form
        elif kind is SectionKind.OTHER and zones and zones[-1][1] in REQUIREMENT_KINDS and section.heading \
                and _LEAD_IN_HEADING.search(section.heading):
            # "Knowledge of:", "Skill in:", "Ability to:": the next group of the same list.
            kind = zones[-1][1]
        elif kind is SectionKind.OTHER and section.heading and section.items and len(section.heading.split()) >= _LEAD_IN_HEADING_WORDS \
                and lead_in_words_kind(section.heading) in REQUIREMENT_KINDS and not _zones()["job_condition_headings"].search(section.heading):
            # "THE IDEAL CANDIDATE WILL HAVE" over "Passion and drive to ...", "Strength in ...": a
            # lead-in to requirements the parser kept as a heading of no kind
            kind = lead_in_words_kind(section.heading)
        elif kind is SectionKind.OTHER and section.heading and _LEAD_IN_HEADING.search(section.heading) \
                and _KSA_START.match(section.heading) and section.items:
            # (or the first group, after the duties: "... the following knowledge and abilities are
            # associated with this position." / "Knowledge of:" / "Principles of management")
            kind = SectionKind.REQUIREMENTS
        if kind is SectionKind.REQUIREMENTS and zones and zones[-1][1] is SectionKind.PREFERRED and not zones[-1][0].items \
                and section.heading and not _MINIMUM_HEAD.search(section.heading):
            kind = SectionKind.PREFERRED  # "PREFERRED QUALIFICATIONS" / "Special Requirements:" / ...
        if section.heading and zones and zones[-1][0].items and _heading_form(posting, section) is None \
                and classify_heading(section.heading) is None and _lead_in_to_requirements(clean(zones[-1][0].items[-1].text)):
            # "THE FOLLOWING IS DESIRED, BUT NOT REQUIRED ..." closing the duties, then "Experience in
            # Oracle" read as a heading by its case: the lead-in's list
            kind = lead_in_kind(clean(zones[-1][0].items[-1].text)) or kind
        elif kind is SectionKind.OTHER and section.heading and len(section.items) >= 2 \
                and 3 * sum(_PRIORITY_SUFFIX.search(item.text) is not None for item in section.items) >= 2 * len(section.items):
            # "Frameworks:" over "Scikit-Learn (Must)", "Spark, Spark ML (Desirable)": each line says
            # how much it is asked, so the list is of requirements, whatever its heading
            kind = SectionKind.REQUIREMENTS
        if kind is SectionKind.OTHER and _lone_word_item(posting, section) and zones and zones[-1][1] in REQUIREMENT_KINDS:
            kind = zones[-1][1]  # "CICS" in a list of systems: a line the parser took for a heading
        elif kind is SectionKind.OTHER and zones and zones[-1][1] in REQUIREMENT_KINDS and _group_heading(posting, section) \
                and _group_heading(posting, zones[-1][0]) and classify_heading(section.heading or "") is None \
                and classify_heading(zones[-1][0].heading or "") is None:
            kind = zones[-1][1]  # "RELATIONSHIP BUILDING" after the group "LEADERSHIP": the next group of the list
        if kind in REQUIREMENT_KINDS and section.heading and _zones()["not_requirements"].search(section.heading):
            kind, inherited = SectionKind.OTHER, None  # "Physical Requirements": conditions of the job, not qualifications
        elif inherited is None and kind in _PARENT_ZONES and form is not None and zones and zones[-1][1] is kind \
                and not zones[-1][0].items and _heading_form(posting, zones[-1][0]) == form:
            # "EXPERIENCE:" (its line read as a label) / "BACKGROUND CHECK:" / "DRIVER'S LICENSE:": a known
            # name under an empty heading of its form goes on its run of sub-headings, as an unknown one does
            inherited = form
        zones.append((section, kind))
    if any(kind is SectionKind.REQUIREMENTS and section.heading and _MINIMUM_HEAD.search(section.heading) for section, kind in zones):
        # "The ideal candidate will have ... knowledge of:" beside "MINIMUM QUALIFICATIONS": the
        # ideal is more than the minimum, a nice-to-have list
        zones = [(section, SectionKind.PREFERRED if kind is SectionKind.REQUIREMENTS and section.heading
                  and _IDEAL_LEAD.search(section.heading) and len(section.heading.split()) >= _IDEAL_LEAD_WORDS
                  and not _MINIMUM_HEAD.search(section.heading) else kind)
                 for section, kind in zones]
    return zones


_LEAD_IN_HEADING_WORDS = 3  # "The ideal candidate will have", not "Expertise" or "Our culture"
_IDEAL_LEAD = re.compile(r"\bideal (?:candidate|applicant|person|hire)\b", re.I)
_IDEAL_LEAD_WORDS = 5  # a lead-in sentence ("The ideal candidate will have ..."), not a heading ("The Ideal Candidate")


def _list_form(posting: Posting, line: int) -> str:
    """How a line is listed: "1)" / "1." numbered, a bullet, or prose."""
    text = posting.line_text(line).lstrip()
    if _NUMBERED_LINE.match(text):
        return "numbered"
    return "bullet" if text[:1] in "-*•·▪◦" else "prose"


_NOT_ASKED = re.compile(r"(?:no|not|none)\b", re.I)  # "No motivation letter required."
_NUMBERED_LINE = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s")


def _lone_word_item(posting: Posting, section: Section) -> bool:
    """A one-word line the parser made a heading ("CICS", "SQL") with no kind of its own and no
    heading markup: in a list, an item."""
    heading = section.heading or ""
    return (len(heading.split()) == 1 and _heading_form(posting, section) is None
            and classify_heading(heading, fuzzy=True) is None and not _is_requirement_name(heading))


def _group_heading(posting: Posting, section: Section) -> bool:
    """A short heading in capitals over a group of a list ("LEADERSHIP", "RELATIONSHIP BUILDING" over
    the sentences each asks under it): a blank line under it and sentences, not single words ("CICS"
    over "SQL" in a list of systems), under that. It names the group; it asks nothing itself."""
    heading = " ".join((section.heading or "").split())
    if (section.heading_span is None or not heading.isupper() or len(heading.split()) > _GROUP_HEADING_WORDS
            or _heading_form(posting, section) is not None or len(section.items) < 2
            or posting.line_text(section.heading_span.line + 1).strip()):
        return False
    return all(len(item.text.split()) >= _GROUP_SENTENCE_WORDS for item in section.items[:2])


_GROUP_HEADING_WORDS = 3
_GROUP_SENTENCE_WORDS = 3  # "Develops and promotes succession planning.", not "SQL"


def _heading_form(posting: Posting, section: Section) -> str | None:
    """How a heading is written: "#2" (a Markdown level), ":" (a line ending in a colon), or None."""
    if section.heading_span is None:
        return None
    line = posting.line_text(section.heading_span.line).strip()
    level = _ATX_LEVEL.match(line)
    if level:
        return "#" + str(len(level.group(1)))
    return ":" if line.endswith(":") else None


def _heading_as_written(posting: Posting, section: Section) -> str:
    """A heading read as an item, as its line writes it: the parser's heading leaves out what the
    line says in brackets at its end ("MLS (ASCP) (Preferred)" is the heading "MLS"), which may be
    the item's priority."""
    heading = section.heading or ""
    if section.heading_span is None:
        return heading
    line = clean(_ATX_LEVEL.sub("", posting.line_text(section.heading_span.line))).rstrip(": ")
    return line if line.startswith(heading) else heading


# A requirement written in title case, that the parser takes for a heading by its case.
_ITEM_HEADING = re.compile(r"^(?:experience|proficiency|familiarity|expertise) (?:in|with) [A-Z0-9]\S*(?: \S+){0,3}$", re.I)
_LEAD_IN_HEADING = re.compile(r"^\w+(?: \w+)? (?:of|in|to|with|on|for)\W*$", re.I)


def _entries(posting: Posting, items: list[Item], split_sentences: bool = True, bare_lists: bool = False) -> list[tuple[str, int, bool]]:
    """Item texts, cleaned, with a paragraph the parser read as one sentence but which is a list of
    lines ("Must possess ...\\nExcellent verbal ...\\nStrong knowledge of ...") split into its lines, and
    a bullet of several sentences into its sentences. The flag says the text is a listed line."""
    found: list[tuple[str, int, bool]] = []
    for item in items:
        span = item.span
        if item.kind == "sentence" and span.end_line > span.line:
            rows = [posting.line_text(n).strip() for n in range(span.line, span.end_line + 1)]
            if all(r[:1].isupper() or r[:1].isdigit() or r[:1] in "-•" or not r for r in rows) and not any(
                    _WRAPPED.search(r) and not ((r.rstrip().endswith(",") or _LIST_ENTRY_AND.search(r) and not _asked_on(nxt))
                                                and nxt[:1].isupper())
                    # "..., Reinforcement Learning," / "Exposure to ..."; "Makes recommendations ...; and" /
                    # "Prepares a report ...": each an entry (while "... high school diploma; AND" / "Five (5)
                    # years of ..." asks both, one requirement)
                    for r, nxt in zip(rows[:-1], rows[1:]) if r and r.strip().lower() != "or"):  # a bare "OR" line joins routes
                found.extend((clean(_LIST_ENTRY_AND.sub("", r)), span.line + k, True) for k, r in enumerate(rows) if r)
                continue
            parts = _wrapped_requirements(posting, item, bare_lists)
            if len(parts) > 1:
                found.extend((clean(text), line, True) for text, line in parts)
                continue
        inline = _inline_bullets(clean(item.text))
        if len(inline) > 2 or inline and _BULLET_AFTER_STOP.search(clean(item.text)):
            # (". • Experience and skills with ...": one entry whose bullet the export left after
            # the last one's full stop)
            found.extend((part, span.line, True) for part in inline)
            continue
        # (a label's paragraph, "Preferred Qualifications: Experience in ... This is a safety-sensitive
        # position that requires a background check.", is read sentence by sentence as a bullet is)
        # (a value of parts between semicolons is a list of its own, read whole: "Skills: Strong
        # Python; solid SQL; ... Financial risk exposure is beneficial but not required.")
        parts = sentences(clean(item.text)) if (item.kind == "bullet" or item.kind == "value" and ";" not in item.text) \
            and split_sentences else [clean(item.text)]
        for k, part in enumerate(parts):
            if k and (_GOES_ON.match(part) or _ELABORATES.match(part) and _prose_requirement(part) is None) \
                    and not part.rstrip().endswith(":") and not _zones()["hire_condition"].search(part):
                # "Exceptional programming skills in Linux. This includes knowledge of ...": the
                # sentence goes on with the one before, no entry of its own
                found[-1] = (f"{found[-1][0]} {part}", found[-1][1], found[-1][2])
                continue
            if k and _names_for_the_ask_before(part, found[-1][0]):
                # "Extensive experience in writing scripts to transform data. Python, SQL scripts or
                # other ETL tools": the tools of the ask before, no ask of their own
                found[-1] = (_with_names(found[-1][0], part), found[-1][1], found[-1][2])
                continue
            found.append((part, span.line, item.kind != "sentence"))
    return found


_NAMES_WORDS = 8  # a longer run says more than names
# An ask ending in "e.g." or "such as": its names follow it as they are
_EXAMPLES_CUE = re.compile(r"\b(?:e\.?g|i\.?e|incl|such as)\.?$", re.I)
# A verb or a person: the words say something, so they are no bare run of names
_SAYS_SOMETHING = re.compile(r"\b(?:is|are|was|were|be|will|must|should|can|may|has|have|we|you|our|your)\b", re.I)


def _with_names(ask: str, names: str) -> str:
    """The ask with its names: "Familiarity with financial concepts, eg. Revenue, CAC", "... transform
    data: Python, SQL"."""
    return f"{ask} {names}" if _EXAMPLES_CUE.search(ask) else f"{ask.rstrip(' .')}: {names}"


def _names_for_the_ask_before(part: str, before: str) -> bool:
    """A short run of names ("Python, SQL scripts or other ETL tools") that asks nothing and says
    nothing, with no full stop of a sentence, after a sentence that asks."""
    words = part.split()
    return len(words) <= _NAMES_WORDS and part[:1].isupper() and ("," in part or " or " in part) and not part.endswith(".") \
        and sum(word[:1].isupper() for word in words) >= 2 \
        and not reads_as_requirement(part) and not _SAYS_SOMETHING.search(part) and not _starts_with_duty_verb(part) \
        and reads_as_requirement(before)


# A list the export ran into one line: "... related field -Extensive experience with data -Experience
# with AWS", "... include: + Experience creating visualizations + Experience with Spark". A hyphen
# run into the next capitalised word, or a "+" or bullet and a space: not "3 - 5 years", "Full-Time",
# "Leadership - Creates a vision".
_INLINE_BULLET = re.compile(r"(?:(?<=\s)-(?=[A-Z][a-z])|(?<=\s)[+•▪](?=\s+[A-Z])|(?<=\.\s)\d{1,2}\.(?=\s+[A-Z]))")
# "... initiatives. 2. Design, build ...": a numbered list run into one line (not "version 2. The")
_BULLET_AFTER_STOP = re.compile(r"[.;]\s+[•▪]\s+[A-Z]")


# A sentence of a bullet that says more of the one before, asking nothing of its own: "You're a
# designer in the Apple sense. While you might not know much Photoshop, you do know how to ...",
# "Strong understanding of security concepts. You know what to do. And you know the difference ..."
_ELABORATES = re.compile(r"(?:while|whereas|and|but|so|you (?:know|do|don['’]t|can tell))\b", re.I)
# (not "This person must be committed to ...": a new ask about the person hired)
_GOES_ON = re.compile(r"(?:this|these|that|it|such|excellence in)\b(?! (?:role|position|job|team|person|individual|candidate)\b)", re.I)


def _inline_bullets(text: str) -> list[str]:
    """The entries of a list run into one line, or the text alone: two bullet marks or more, or
    one after a sentence's end ("... and Mathematica. • Demonstrated ability to ...")."""
    marks = _INLINE_BULLET.findall(text)
    if not marks or len(marks) < 2 and not _BULLET_AFTER_STOP.search(text):
        return [text]
    return [part.strip(" :;") for part in _INLINE_BULLET.split(text) if len(part.split()) >= 2]


def _wrapped_requirements(posting: Posting, item: Item, bare_lists: bool = False) -> list[tuple[str, int]]:
    """A sentence over several lines that is requirements (or duties: "Establishes grant guidelines" /
    "Issues notice of grant openings") hard-wrapped at a fixed width, their bullets lost ("Possesses ability to model complex problems in machine vision, learning, and
    automation" / "Familiarity with open source software tools for" / "machine learning ..."): its
    parts, each starting at a line that starts like a requirement after a line that ends one (no
    comma or "and" left open). One part when there is no such line."""
    span = item.span
    rows = [posting.line_text(n) for n in range(span.line, span.end_line + 1)]
    rows[-1] = rows[-1][: span.end_column - 1]
    rows[0] = rows[0][span.column - 1 :]
    parts: list[tuple[list[str], int]] = [([], span.line)]
    # Duties split only where most lines start with one ("Makes recommendations ...", "Establishes
    # ..."): a page's chrome run into one paragraph has a few words in -s ("Resources", "Plans") too.
    lines = [r.strip() for r in rows if r.strip()]
    duty_list = len(lines) >= 3 and 5 * sum(_duty_verb(r) and _starts_with_duty_verb(r) for r in lines) >= 3 * len(lines)
    # A list whose bullets and end stops were both lost ("Commitment to rigorous analysis" / "Passion
    # for building solid data infrastructure" / "A love of ... such geo" / "data and transaction
    # data"): no line but the last ends a sentence, so a line that starts in capitals after one
    # that leaves nothing open starts an entry, whatever its first word. Only in a requirements or
    # duties list (``bare_lists``): a page's chrome run into one paragraph is no list.
    bare_list = bare_lists and len(lines) >= 3 and not any(_SENTENCE_STOP.search(line) for line in lines[:-1])
    for k, row in enumerate(rows):
        text = row.strip()
        tagged = _PRIORITY_TAG.match(text) is not None  # "[Desirable] Agile process" starts an entry
        starts_entry = tagged or text[:1].isupper() and (
            _asks(text) or duty_list and _duty_verb(text) or bare_list and len(text.split()) >= 2)
        if k and starts_entry and parts[-1][0] and not _WRAPPED.search(parts[-1][0][-1]) and not _OPEN_WORD.search(parts[-1][0][-1]) \
                and len(" ".join(parts[-1][0]).split()) >= 3:  # "Bachelor's" / "Degree in ...": one
            parts.append(([], span.line + k))
        if text:
            parts[-1][0].append(text)
    return [(" ".join(words), line) for words, line in parts if words]


_SENTENCE_STOP = re.compile(r"[.;:!?]\s*$")
# Words a wrapped line may end on before a name that starts the next ("tools like" / "Airflow").
_OPEN_WORD = re.compile(r"\b(?:like|via|using|than|about|into|over|per|across|within|between|through|such|e\.g\.|i\.e\.|is|are|be"
                        r"|que|de|des|du|et|ou|und|oder|mit|von|für|con|para)\s*$", re.I)


def _own_priorities(text: str, line: int | None, number: int) -> list[tuple[str, int | None, bool, int]]:
    """A requirement row that says its own priority: "Knowledge of R, SQL and Python; familiarity
    with Scala would be an advantage" is two rows, and only the part that says so is nice to have
    (split at ";" only: "Knowledge of X, and Y is a plus" may say it of both)."""
    aside = _BRACKETED_PREFERENCE.match(text)
    if aside is not None and reads_as_requirement(aside.group("asked")):
        # "Knowledgeable about machine learning (familiarity with NLP is a plus)": the ask, and the
        # preference its aside adds
        preferred = aside.group("aside").strip()
        return [(aside.group("asked").rstrip(" ,;:"), line, False, number), (_capital(preferred), line, True, number)]
    parts = _mixed_priority_parts(text)
    if parts:
        # "English required; German is a strong plus": each part says its own priority
        return [(part[:1].upper() + part[1:], line, _wholly_desirable(part), number) for part in parts]
    if ";" in text and _desirable(text):
        return [(part, line, _desirable(part), number) for part in _split_compound(text)]
    trailing = _trailing_preference(text)
    if trailing is not None:
        # "Degree in Economics or a related field, Masters preferred.": the degree is asked for,
        # the master's is nice to have.
        preferred = trailing.group("preferred").strip()
        return [(trailing.group("asked").rstrip(" ,") + ".", line, False, number),
                (preferred[:1].upper() + preferred[1:], line, True, number)]
    return [(text, line, _desirable(text), number)]


# A requirement with a preference in brackets at its end: "... statistical models (experience with big
# data platforms such as Spark, Hadoop, and Hive is a plus)", "Python or Scala (Scala preferred)".
_BRACKETED_PREFERENCE = re.compile(r"^(?P<asked>[^()]{12,}?)\s*\((?P<aside>(?:[^()\s]+\s+)+(?:(?:is|are|would be|will be)\s+)?"
                               r"(?:a (?:big |huge |strong |definite )?plus|an? (?:added )?(?:advantage|bonus)|(?:highly |strongly )?(?:preferred|desired|desirable)|nice to have))\)\W*$", re.I)


# A requirement with a preference added at its end, after a comma, a dash or a full stop: "Bachelor's
# degree in Statistics or a related field, Master's or PhD preferred.", "... field - M.S. preferred".
# (in lower case only when it names what it prefers: "3-4 years of experience in public policy,
# elections experience preferred")
_TRAILING_PREFERENCE = re.compile(r"^(?P<asked>.+?)(?:,|\s[-–—]|(?<=[a-z)])\.)\s*(?P<preferred>(?:[A-Z0-9][^,]{1,60}|(?!(?:or|and|nor|a|an|the)\b)[a-z][^,]{0,40}\b(?:experience|degree|knowledge|certification|skills?))"
                                  r"\s(?:preferred|desired|desirable|a plus|an advantage|a bonus)"
                                  # "Minimum 2 years experience as a Data Scientist, prior software development experience is a plus"
                                  r"|(?!(?:or|and|nor|a|an|the)\b)[a-z][^,]{0,40}\b(?:experience|degree|knowledge|certification|skills?)\s(?P<clause>(?:is|are|would be) "
                                  r"(?:a (?:big |strong |definite )?plus|an advantage|a bonus|preferred|desired|desirable)))\.?$")
_LISTING = re.compile(r"\b(?:such as|e\.g\.|i\.e\.|including|like|etc)\b|[(:]", re.I)
_VERB_IN_TAIL = re.compile(r"\b(?:is|are|will|would|be)\b", re.I)


def _trailing_preference(text: str) -> re.Match | None:
    """The two parts of a requirement with its own preference at its end ("..., Master's or PhD
    preferred"), or None: not the last entry of a list ("SQL, Python, Spark preferred",
    "(Databricks, BigQuery, Redshift) preferred", "such as Sagemaker, Keras a plus") nor a
    clause that says it ("..., and Spark is a plus")."""
    match = _TRAILING_PREFERENCE.match(text)
    asked = match.group("asked") if match else ""
    if match is None or _VERB_IN_TAIL.search(match.group("preferred")) and not match.group("clause") or not (
            _asks(asked) or _DEGREE_WORD.search(asked) or _ASKED_WORDS.search(asked)):
        return None
    last_part = match.group("asked").rsplit(",", 1)[-1]
    if _LISTING.search(last_part) or "," in match.group("asked") and len(last_part.split()) <= 2:
        return None  # "Python, R, Julia preferred": the last of a list
    return match


def _mixed_priority_parts(text: str) -> list[str]:
    """The ";" parts of a line (else its sentences) of which some say they are nice to have and some
    do not ("Must have a Bachelor's degree; Master's preferred", "Knowledge of Python and/or R.
    Working knowledge of Keras a plus."), or no parts."""
    parts = [p.strip(" .") for p in (text.split(";") if ";" in text else sentences(text)) if len(p.split()) > 1]
    wholly = [_wholly_desirable(part) for part in parts]
    return parts if len(parts) > 1 and any(wholly) and not all(wholly) else []


def _wholly_desirable(text: str) -> bool:
    """Says of itself that it is nice to have, not of a detail ("Graduation from high school,
    preferably supplemented with course work ..." is asked; the course work is the preference)."""
    return _desirable(text) and not _DETAIL_PREFERRED.search(text) and "(preferabl" not in text.lower()


def _desirable(text: str) -> bool:
    """Says it is a preference. An aside does not make the whole a preference: "Experience with
    APIs (experience with clinical data a plus)", "Fluent in English and preferably one other
    language", "Bachelor's degree, preferably in statistics" ask for the rest ("(preferred)" alone
    is the whole's priority)."""
    z = _zones()
    main = without_asides(text)
    return bool(z["desirable"].search(main) and not z["essential"].search(_NOT_ESSENTIAL.sub("", main)))


# "a plus, but not required": the word "required" denied is no must; nor is "Associates Degree
# preferred at a minimum" (the least of what is preferred)
_NOT_ESSENTIAL = re.compile(r"\bnot (?:\w+ )?(?:required|essential|mandatory|a must)\b|\bat (?:a )?minimum\b", re.I)


# (among the duties, "Demonstrate expertise in security standards" under "Provide subject matter
# expertise ..." is what the job does; "Demonstrate proficiency in analyzing data", "Showcase excellent
# writing skills" ask for a skill)
_SHOWS_A_SKILL_AMONG_DUTIES = re.compile(r"(?:demonstrate|showcase|display|exhibit) (?:\w+ ){0,5}(?:proficiency|abilit(?:y|ies)|skills?)\b", re.I)
_ASKING_START = re.compile(
    r"(?:attention to detail|commitment to|demonstrated|possess(?:es)?|(?:working|general|thorough|basic) knowledge|"
    # "Some knowledge of business operations", "Considerable knowledge of modern office practices"
    r"(?:some|considerable|comprehensive|sound|broad|detailed|reasonable|practical) (?:knowledge|skill|understanding|experience)\b|"
    r"excellent|exceptional|advanced|proven|strong|superb|superior|outstanding|solid|good|effective|understanding of|fluen\w*|(?:a )?(?:high|higher) level of|"
    r"(?:available|willing|willingness) to|"
    r"(?:innate|natural|demonstrable) (?:ability|aptitude|talent)|passion(?:ate)? (?:for|with|about)\b|hands-on\b|"  # "Innate ability to listen", "Passion with working with creatives"
    # "Extensive experience as a Data Scientist", "In-depth understanding of SQL", "Competent in machine
    # learning", "Demonstrable history of ...", "Capacity to foster ..."
    r"(?:extensive|in-depth|deep|broad|demonstrable) (?:\w+ ){0,2}(?:experience|understanding|knowledge|expertise|history|track record)\b|"
    r"competent (?:in|with|at)\b|capacity to\b|(?:a )?background (?:in|with)\b|capable of\b|comfortable (?:with|in|working)\b|"
    r"[\w-]+(?: and [\w-]+)?[ -]oriented\b|self-(?:motivated|starter|directed)|"  # "Detail and goal oriented."
    r"(?:\S+ ){0,3}(?:degree|diploma)\b)", re.I)


def _asks(text: str) -> bool:
    """Starts the way a requirement does ("Ability to ...", "Knowledge of ...", "Must have ...",
    "3+ years ...", "Strong ..."): a duty starts with what the job does ("Provide ...", "Manage ...")."""
    z = _zones()
    if text.startswith("["):
        text = _PRIORITY_TAG.sub("", text, count=1)  # "[Preferred] Experience leading ..."
    return bool(_REQUIREMENT_START.match(text) or z["compound_head"].match(text) or _ASKING_START.match(text))


def reads_as_requirement(text: str) -> bool:
    """Starts like a requirement or names what one asks (experience, skills, a degree, years): "A
    primary logo (png, svg)" under a "Must Have" of deliverables does neither."""
    return _asks(text) or _ASKED_WORDS.search(text) is not None


def _asking_blocks(entries: list) -> set[int]:
    """The lines of each block of three or more adjacent lines (no blank line between them) of which
    at least three in four start like a requirement, the first among them; and of each run of three
    or more lines in a row that all start so after a run of duties in a block (a posting whose
    headings were all lost: "Maintains records ..." / "Ability to train others ...")."""
    found: set[int] = set()
    block: list[tuple[str, int]] = []

    def close() -> None:
        listed = block[1:] if block and block[0][0].endswith(":") else block  # "We are looking for a candidate:"
        if len(listed) >= 3 and _asks(listed[0][0]) and sum(_asks(t) for t, _ in listed) >= 0.75 * len(listed):
            found.update(line for _, line in block)
        elif len(listed) >= 6:
            run: list[int] = []
            duties = 0  # lines starting with a duty verb before the run
            for text, line in listed + [("", -1)]:
                if text and _asks(text):
                    run.append(line)
                    continue
                if len(run) >= 3 and duties >= 3:
                    found.update(run)
                run.clear()
                duties += _starts_with_duty_verb(text) if text else 0
        block.clear()

    previous_listed = False
    for _, (text, line, listed) in entries:
        if block and line == block[-1][1]:
            continue  # the line's next sentence: the line is counted by how it starts
        # (a list whose bullets a blank line parts, "• Develops ..." / "" / "• 10 years in ...", is one block)
        if block and line - block[-1][1] > (2 if listed and previous_listed else 1):
            close()
        block.append((text, line))
        previous_listed = listed
    close()
    return found


def _duty_blocks(entries: list) -> set[int]:
    """The lines of each block of three or more adjacent lines (no blank line between them), each a
    sentence of its own, of which at least three in four start with a duty verb ("Work with large
    data sets", "Design and implement ...")."""
    found: set[int] = set()
    block: list[tuple[str, int]] = []

    def close() -> None:
        verbs = sum(_starts_with_duty_verb(text) for text, _ in block)
        if len(block) >= 3 and verbs >= 0.75 * len(block):
            found.update(line for _, line in block)
        block.clear()

    for _, (text, line, _) in entries:
        if block and line == block[-1][1]:
            block.clear()  # a paragraph of sentences, not a list of lines
            continue
        if block and line - block[-1][1] > 1:
            close()
        block.append((text, line))
    close()
    return found


def _split_compound(text: str) -> list[str]:
    """'5+ years in distributed systems and hands-on experience with GPU training frameworks' ->
    both parts, when each part reads as a requirement of its own (a number of years, a degree,
    "experience", "proficiency" ...); otherwise the text whole."""
    z = _zones()
    listed = _semicolon_parts(text) if "|" not in text else []
    if len(listed) >= 3 and not _OR_ROUTE.search(text) and not _MINIMUM_ROUTE.search(text) \
            and 3 * sum(_asks(_AND.sub("", part)) for part in listed) >= 2 * len(listed):
        # "Knowledge of election laws; knowledge of the election process; rigorous attention to
        # detail; skill in the use of office equipment; ...": a list written as one sentence, most
        # parts naming what they ask ("Considerable knowledge of: election laws; election
        # procedures; ..." are the objects of one, and stay whole)
        return [piece for part in listed for piece in _split_compound(_capital(_AND.sub("", part)))]
    parts, depth, start = [], 0, 0
    i = 0
    low = text.lower()
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            for sep in (", and ", "; and ", " and ", "; "):
                if low.startswith(sep, i):
                    rest = text[i + len(sep):].lstrip()
                    if z["compound_head"].match(rest) and not _BARE_ASK_NOUN.search(text[start:i]):
                        parts.append(text[start:i])
                        start = i + len(sep)
                        i = start - 1
                    break
        i += 1
    parts.append(text[start:])
    parts = [p.strip(" ,;") for p in parts]
    # Each part a requirement of its own: "Knowledge of and experience in X" or "a combination of
    # education and experience" are one requirement, not "Knowledge of" + "experience in X".
    if (len(parts) < 2 or not z["compound_head"].match(parts[0]) or not all(len(p.split()) >= 3 for p in parts)
            or _OR_ROUTE.search(text)  # "A degree and 16 years; or a PhD and 12 years": routes, not parts
            or _SAID_OF_ALL.search(text) and text.count(",") >= 2  # "A Master's degree, a CMC, and an MMC are highly desirable.": one series
            or _MINIMUM_ROUTE.search(text)):  # "a combination of education and experience equivalent to ..." is one
        return [text]
    return [p[0].upper() + p[1:] if p[:1].islower() else p for p in parts]


_AND = re.compile(r"^(?:and|or)\s+", re.I)
# "..., Knowledge and experience interacting with governing bodies": a head with no object of its own
# shares the next one's ("knowledge and experience interacting ..."), so the two are one requirement.
_BARE_ASK_NOUN = re.compile(r"[,;]\s*(?:knowledge|skills?|understanding|familiarity|expertise|training)$", re.I)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_SAID_OF_ALL = re.compile(r"\b(?:are|were) (?:\w+ )?(?:desirable|desired|preferred|required|a plus|an asset|helpful|beneficial)\W*$", re.I)


def _semicolon_parts(text: str) -> list[str]:
    """The parts of ``text`` between semicolons outside brackets, a part of under three words
    ("etc.") kept with the one before it."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    out: list[str] = []
    for part in (p.strip(" ,;") for p in parts):
        if out and len(part.split()) < 3:
            out[-1] += "; " + part
        elif part:
            out.append(part)
    return out


@dataclass(slots=True)
class Zoned:
    must: list[Entry]
    nice: list[Entry]
    prepare: list[Entry]
    apply: list[Entry]
    benefits: list[Entry]
    deliverables: list[Entry] = field(default_factory=list)  # what to deliver, said where skills were expected
    conditions: list[Entry] = field(default_factory=list)  # what the work asks of the body, the hours, the place


# What the application and the selection are made of (not "application development", "web applications").
_JOINED_LINE = re.compile(r"(?:and|or)\s+(?!/)", re.I)  # a line that goes on from the one before it
_ABOUT_APPLYING = re.compile(r"\b(?:(?:your|the|an|all|online|employment) applications?\b(?! (?:of|sites?|development|developer|security|support|architecture|programming|software|design)\b)"
                             r"|supplemental (?:questions?|questionnaires?)|selection (?:process|procedure)|appraisal examination|work history section"
                             r"|hiring process|employment list|eligible list|you are applying|\bresponses (?:to|that)\b"
                             # "If you have questions with ... uploading and/or attaching your documents, ... How to Apply."
                             r"|(?:uploading|attaching)\b[^.]{0,30}\b(?:documents|resume|files)\b|\bhow to apply\b"
                             # "A member of the Human Resources team will contact you if ...": what happens after applying
                             r"|(?:will|may) (?:contact|notify|call|e-?mail|reach out to) (?:you|applicants|candidates)\b)", re.I)
# ("most positions to be filled from the eligible list will require experience in AutoCAD",
# "Achievement of a passing score on the ... ASSESSMENT in order to be considered in the next phase
# of the selection process": asks)
_REQUIRES_A_SKILL = re.compile(r"\brequire[sd]? (?:\w+ ){0,3}(?:experience|knowledge|skills?|licen[cs]es?|certificat\w+|degree)\b"
                               r"|^(?:achievement|completion|successful completion|possession|passing|graduation|registration|licensure)\b", re.I)
# (besides what _STEP reads as a step: "You may include ...", "Be as thorough as possible ...", "The
# certificate must be attached to the online application ...")
_APPLYING_STEP = re.compile(r"(?:you may|be as|list|include|provide|complete|submit|attach|application submissions require"
                            r"|(?:the |a |an |your )?[\w ]{0,60}?\bmust be (?:attached|submitted|uploaded|included|received))\b", re.I)


def _requirement_list(rows: list[tuple[str, int, bool, int]], apply: list[Entry], duties: list[Entry]) -> list[Entry]:
    """Requirement rows (text, line, preferred by its section, section number) -> entries: intros
    switch priority (up to the next section) and vanish; "The following duties are normal for this
    job" sends the rows after it to ``duties``; a sub-heading the parser did not know ("Minimum
    Requirements and Key Attributes", "Travel") switches or ends the list; statements vanish,
    instructions go to ``apply``; a signature, a questionnaire's first question or an equal
    opportunity notice ends the list; wrapped lines join, alternatives merge, compounds split."""
    z = _zones()
    out: list[Entry] = []
    state = "requirements"  # or "duties" (rows are duties), "stopped" (the rest of the section is not requirements), "contact" (nor, but steps)
    mode: bool | None = None  # None: each row's own priority; True/False: set by an intro line
    pending_or: Entry | None = None
    section = None
    pending_some = False  # pending_or collects every row up to the section's end ("two of the following:")
    examples: Entry | None = None  # a requirement ending "..., such as:" takes the lower-case lines after it
    duty_rows = _duty_runs(rows)
    group_names = _group_names(rows)
    semicolon_lists = _semicolon_lists(rows)
    blurb_lines = _blurb_lines(rows)
    previous_line: int | None = None  # the line of the row before, which out[-1] may end on
    level: tuple[str, int] | None = None  # "Departmental Technician 8" over the requirements of that level; its last line
    level_of: dict[int | None, str] = {}
    addressed: Entry | None = None  # a step in a contact block that ends "... mail or email to:", and its last line
    addressed_end: int | None = None
    duties_in: int | None = None  # the section of the last run of duties
    opened = 0
    joined_to: int | None = None  # the last line joined onto out[-1] ("And five years ...;")
    for index, (text, line, preferred, where) in enumerate(rows):
        previous_line = rows[index - 1][1] if index else None
        if _is_level_label(text) and line is not None:
            level = (_TRAILING_NOTE.sub("", text).rstrip(" :"), line)
            continue
        if level is not None and line is not None and line - level[1] <= 1:
            level_of.setdefault(line, level[0])  # the lines right under the label, up to a blank line
            level = (level[0], line)
        else:
            level = None
        if index in group_names:
            continue  # "Big data engineering skills" over the skills it groups: a sub-heading, no ask
        if index in duty_rows and ((duty := _is_duty(text, "bullet")) or _prose_requirement(text) is None):
            # "Administers the absentee voting process ...", "Trains and mentors staff ...": duties
            # listed under a requirements heading (the duties heading was lost), not requirements.
            # (A sentence among them that asks in prose is read on: "This is a role that requires
            # the right candidate to show leadership ...")
            if duty:
                duties.append(Entry(text.rstrip(" .;"), line))
            duties_in = where
            continue
        if preferred and where == duties_in and mode is None and _asks(text) and not _desirable(text):
            # "Desirable Qualifications:" / two lines / a block of duties / "Thorough knowledge of ...":
            # the lines after the duties are a list whose heading was lost, no more of the desirable
            preferred = False
        if where != section:
            section, mode, pending_or, pending_some, state = where, None, None, False, "requirements"
            opened = len(out)  # the entries before this section's
        if is_valediction(text):
            break
        if text.endswith(":") and _CONTACT.search(text) and state != "contact":
            # "Send questions about your application to HR; contact:" / a name / a title: who to ask,
            # one step, and no more requirements ("For more information regarding this recruitment,
            # please contact:" / a recruiter's name: who answers questions, no step of applying)
            state = "contact"
            if _FOR_INFORMATION.match(text):
                addressed = None
                continue
            apply.append(Entry(text, line))
            addressed, addressed_end = apply[-1], line
            continue
        lead = lead_in_kind(text) if text.endswith(":") and state != "contact" else None
        if lead is not None:
            # "What you will typically be responsible for:", "A few reasons you might love this job:",
            # "A few challenges you might face in this job:" run into a requirements list: duties, the
            # perks, the job's difficulties follow, not requirements (a lead-in to requirements resumes them)
            if lead is SectionKind.RESPONSIBILITIES:
                state = "duties"
                continue
            if lead not in REQUIREMENT_KINDS:
                state = "stopped"
                continue
            if state == "stopped":
                state = "requirements"
        if state == "stopped":
            continue
        if state == "contact" and addressed is not None and line is not None and addressed_end is not None \
                and 0 < line - addressed_end <= 2 and len(text.split()) <= 6 and not z["instruction"].match(text):
            # "... mail or email to:" / "Illinois State Board of Elections" / "2329 S. MacArthur Blvd." /
            # "jdoe@elections.gov": where to send it is part of the step
            addressed.text += (" " if addressed.text.endswith(":") else ", ") + text
            addressed_end = line
            continue
        addressed = None
        if _SIGNED.search(text) and EMAIL_ADDRESS.search(text) and len(text.split()) <= _SIGNATURE_WORDS and not _asks(text) \
                and not z["instruction"].match(text) or _signs(text) \
                or len(text.split()) <= 4 and _title_case(text) and any(_signs(row[0]) for row in rows[index + 1:index + 3]):
            # "Shazneen Irani / Professional Technical Recruiter / Kelly Services, Inc. / shai@kelly.com":
            # the recruiter's signature, with no valediction before it (its lines run into one, or each
            # on its own: a name over a recruiter's title)
            state = "contact"
            continue
        if _CONTACT_BLOCK.match(text):
            state = "contact"  # "8:00 am - 4:30 pm", "2329 S. MacArthur Blvd.", "Springfield, IL 62704": hours and an address
            continue
        if state == "contact":
            if z["instruction"].match(text):
                apply.append(Entry(text, line))  # "Click here to download ... Employment Application" after the address
                if text.endswith(":"):
                    addressed, addressed_end = apply[-1], line
            continue
        if text.endswith("?") and len(text.split()) <= 8 and classify_heading(text.rstrip("? "), fuzzy=True) in REQUIREMENT_KINDS:
            # "What do you need to qualify?" over the list: its heading, not a questionnaire's first question
            mode, state = classify_heading(text.rstrip("? "), fuzzy=True) is SectionKind.PREFERRED, "requirements"
            continue
        if z["notice"].search(text) and len(out) == opened and any(
                row[3] == where and row[1] != line and not z["notice"].search(row[0]) and (_asks(row[0]) or reads_as_requirement(row[0]))
                for row in rows[index + 1:index + 30]):
            # "To perform this job successfully, an individual must ... Reasonable accommodations may
            # be made ...": the accommodation notice that opens a list of requirements, not the
            # notices that end one
            continue
        if text.endswith("?") or _ANSWER_OR_PLEDGE.match(text) or z["notice"].search(text) and not _lead_in_to_requirements(text) \
                or z["benefit"].search(text) and not _asks(text) and not _ASKED_WORDS.search(text):
            state = "stopped"  # an application questionnaire, the legal notices or the benefits begin here
            continue
        following = rows[index + 1] if index + 1 < len(rows) else None
        if pending_or is None and _group_name(text, [row for row in rows[index + 1:index + 4] if row[3] == where]):
            continue  # "Technical", "Leadership and Management" over "Knowledge of ...": a group of the same list
        if text.endswith(".") and _title_case(text[:-1]) and _LIST_NAME.search(text) and not _ITEM_PRIORITY_END.search(text[:-1]):
            continue  # "Certification and Licensure Requirements.": a sub-heading with a stray stop, no item
        heading = _sub_heading(text)
        heads = _CAPS_HEADS.match(text)
        if heading is None and heads is not None and (not heads.group("rest") or z["statement"].match(heads.group("rest"))):
            # "KNOWLEDGE, SKILLS, AND ABILITIES: TYPICAL KNOWLEDGE, SKILLS, AND ABILITIES: These are a
            # representative sample ...": a heading (or two) in capitals and a note on what follows
            heading = classify_heading(heads.group("head").title(), fuzzy=True)
        if heading is None and _heading_over_prose(text, line, following):
            heading = SectionKind.OTHER  # "Hybrid Work Environment" over a paragraph: another part of the posting
        if heading is not None:
            if heading is SectionKind.PREFERRED:
                mode, state = True, "requirements"
            elif heading is SectionKind.REQUIREMENTS:
                mode, state = False, "requirements"
            elif heading is SectionKind.RESPONSIBILITIES:
                state = "duties"
            else:
                state = "stopped"
            continue
        will_do = _YOU_WILL.match(text)
        if will_do is not None and not _BE_OR_HAVE.match(text[will_do.end():]) and _starts_with_duty_verb(text[will_do.end():]) \
                and _prose_requirement(text) is None and not _asks(text):
            # "You will apply independent judgment and make effective decisions ..." in a paragraph
            # on how to succeed: what the job does, a duty ("You will have a strong understanding"
            # asks)
            duties.append(Entry(text.rstrip(" .;"), line))
            continue
        if z["duties_intro"].search(text) and not _SOME_OF.search(text) and not _asks(text):
            # "The following duties are normal for this job."; not "At least five years of experience
            # performing at least five of the following tasks:", which asks for them.
            state = "duties"
            continue
        if state == "duties":
            if _is_duty(text, "bullet") and not _title_case(text):
                duties.append(Entry(text.rstrip(" .;"), line))
            continue
        tag = _PRIORITY_TAG.match(text)
        tagged: bool | None = None
        if tag is not None:
            # "[Essential] Excellent knowledge of HTML", "[Desirable] Agile process": the tag says the priority
            tagged, text = tag.group(1).lower() not in _TAG_REQUIRED, text[tag.end():]
        elif (tag := _PRIORITY_SUFFIX.search(text)) is not None:
            tagged = tag.group(1).lower() not in _TAG_REQUIRED  # "Keras, Tensorflow (Must)"
        if text.startswith("[") or text.endswith("]") and not _BRACKETED_PRIORITY.search(text):
            # a template's placeholder: "[Add any other desirable skills]" (not "Experience in Cloud
            # Architecture [Azure and AWS preferred]": a bracket that says a preference)
            continue
        text = _NUMBER_AFTER_LABEL.sub(":", text)  # "Skills and Abilities Required: 1." over a numbered list run into its line
        if _COMPANY_HISTORY.search(text) and not _asks(text):
            continue  # "Blackstone's talent practice was founded in 1998.": the agency's history
        if line in blurb_lines and not _NAMES_AN_ASK.search(text) and not z["instruction"].match(text) and not _asks(text) \
                and not _YOU_OR_MUST.match(text):
            continue  # "Families and businesses depend on PSE ..." in a paragraph about the employer
        if index and line is not None and where >= 0 and rows[index - 1][1] == line and rows[index - 1][3] == where \
                and rows[index - 1][0].rstrip(" '\"’”)")[-1:] in ".!?" and not (
                reads_as_requirement(text) or _desirable(text) or _prose_requirement(text) is not None or _STILL_ASKS.search(text) or _YOU_ASKED.match(text)
                or _PRONOUN_ASK.match(text)
                or _starts_with_duty_verb(text) or z["instruction"].match(text) or line in semicolon_lists) \
                and (z["statement"].match(text) or _NOT_OF_YOU.match(text)):
            # "You have a strong sense of data intuition. At our scale, many techniques simply don't
            # work.": a sentence after a requirement on its line says why it is asked
            continue
        if _ONE_LETTER_LANGUAGE.fullmatch(text.strip(" ,.;")):
            text = text.strip(" ,.;")  # ("R," in a list of skills: the language, its comma left behind)
        elif not _has_words(text) or not _LETTERS.search(text) \
                or z["metadata"].match(text) or _CODE.match(text) or _NONE_VALUE.search(text) \
                or URL.fullmatch(text) or _TABLE_CELL.fullmatch(text):
            continue  # "2020-7576", "Job Type", "Full-time", "Additional competencies required: None.", "| Full-Time |": no requirements
        if out and _WRAPPED.search(out[-1].text) and not text.rstrip().endswith(":") and (
                text[:1].islower() or len(text.split()) <= 2):
            out[-1].text = f"{out[-1].text} {text}"  # a line the source wrapped ("... and" / "DevOps.")
            continue
        if out and where in semicolon_lists and out[-1].line == previous_line and not _ENTRY_ENDS.search(rows[index - 1][0]) \
                and not text.rstrip().endswith(":") and not _asks(text):
            # In a list whose entries end in ";", a line without one runs on to the next ("... as a
            # Statistician/ Machine Learning" / "Engineer/ Data Scientist;").
            out[-1].text = f"{out[-1].text} {text}"
            continue
        if text[:1].islower() and len(text.split()) <= 2 and text.rstrip()[-1:] in ".;":
            continue  # "requirement." left of a wrapped sentence whose start was dropped as a statement
        if examples is not None and (text[:1].islower() or _EXAMPLE_NAME.fullmatch(text) and not reads_as_requirement(text)):
            # "data warehousing, optimization, ..." under "1+ years' experience in data engineering
            # practices, such as:", or "Computer science" / "Economics" under "Experience in a STEM
            # related field, such as:": an example of that requirement, not one of its own
            examples.text += (" " if examples.text.endswith(":") else "; ") + text.rstrip(" .;")
            continue
        examples = None
        if text.endswith(":") and len(text.split()) > 3 and _EXAMPLES_FOLLOW.search(text) and _asks(text.lstrip("o•-* ")) \
                and not _SOME_OF.search(text):  # ("three (3) or more of the following areas:" lists options)
            examples = Entry(text, line, preferred if mode is None else mode)
            out.append(examples)
            continue
        if text.endswith(":") or _SOME_OF_ENDS.search(text) or _PRIORITY_INTRO.match(text):
            # "It is desirable that you can also demonstrate the following:", "Essential for our
            # Principal Data Scientist" - an intro, not an item;
            # it ends the options of an earlier "three or more of the following:".
            pending_or, pending_some = None, False
            choose = _SOME_OF.search(text)
            if choose:
                # "Specific experience in three (3) or more of the following areas:" - the rows
                # after it are options, not each a requirement: one item.
                head = choose.group(0)
                if len(text[:choose.start()].split()) >= 4 and _ASKED_WORDS.search(text[:choose.start()]):
                    # "At least five (5) years of experience in data analytics and performing at least
                    # five (5) of the following tasks:": what the intro asks itself stays
                    head = text[:choose.end()]
                pending_or = Entry(f"{head[:1].upper()}{head[1:].removesuffix(' the following')}: ", line,
                                   preferred if mode is None else mode)
                pending_or.text = pending_or.text.rstrip()
                out.append(pending_or)
                pending_some = True
                continue
            if z["desirable"].search(text):
                mode = True
            elif z["essential"].search(text):
                mode = False
            continue
        said = _prose_requirement(text)
        if z["instruction"].match(text) and said is None:  # "To be considered an ideal candidate, one should ..." is none
            if not _CALL_TO_APPLY.match(text):
                apply.append(Entry(text, line))
            continue
        if z["statement"].match(text) and not z["requirement_statement"].match(text) and said is None:
            continue
        if _NAME_IS.match(text) and not _asks(text) and not z["desirable"].search(text) and not z["essential"].search(text) and said is None:
            continue  # "PROPRIUS is an AI industry recruiting firm.": who is hiring, not what is asked
        if _ABOUT_APPLYING.search(text) and not _asks(text) and not _DEGREE_OR_YEARS.match(text) and said is None \
                and not _REQUIRES_A_SKILL.search(text):
            # "You should list all employers ... in the work history section of your application",
            # "Responses to supplemental questions will be scored ...": the application and the
            # selection, run on after the requirements; a step when it tells the applicant what to do
            if _STEP.match(text) or _APPLYING_STEP.match(text):
                apply.append(Entry(text, line))
            continue
        prefer = preferred if mode is None else mode
        if mode is False and (preferred or _ENDS_PREFERRED.search(text)) and _desirable(text):
            prefer = True  # "Education" over "Graduate degree in Data Science is preferred": the line says its own priority
        if said is True and mode is None:
            prefer = True  # "The ideal candidate would ...", "Preference will be given to applicants with ..."
        if prefer and _SAYS_REQUIRED.search(text) and not _desirable(text):
            prefer = False  # "A valid driver's license is required ..." under "Desired Qualifications"
        if tagged is not None:
            prefer = tagged
        if pending_or is not None and pending_some and pending_or.text.partition(": ")[2].count(";") >= 1 and (
                len(text.split()) > 12 or _asks(text) and len(text.split()) > 8) and all(
                len(option.split()) <= 8 for option in pending_or.text.partition(": ")[2].split("; ")):
            # "... one or more of the following areas" / "Data science tools such as R" / "Visual
            # analytics like Tableau" / "Excellent communication skills, both oral and written, ...":
            # the options were short; a full requirement after them is one of its own
            pending_or, pending_some = None, False
        if pending_or is not None:
            joiner = " " if pending_or.text.endswith(":") else "; "
            pending_or.text += joiner + _ALTERNATIVE_END.sub("", text).strip(" ;,")
            if not pending_some and not _ALTERNATIVE_END.search(text):
                pending_or = None
            continue
        route = _ROUTE_LABEL.match(text)
        if route is not None:
            # "Either: Two years of ..." / "Or: Four years of ...": one requirement, met either way.
            rest = text[route.end():].strip(" ;,.")
            if route.group(1).lower() == "or" and out:
                previous = out[-1]
                if not previous.text.startswith("One of: "):
                    previous.text = "One of: " + previous.text.rstrip(" .;")
                previous.text += "; " + rest
            else:
                out.append(Entry("One of: " + rest, line, prefer))
            continue
        if text.strip(_CONNECTOR_MARKS).lower() == "and":
            continue  # "Education: ..." / "-AND-" / "Experience: ...": both asked, each an item of its own
        if text.strip(_CONNECTOR_MARKS).lower() == "or" and out:
            # "Associate's degree and one year ..." / "OR" / "Combination of education and ...".
            previous = out[-1]
            if not previous.text.startswith("One of: "):
                previous.text = "One of: " + previous.text.rstrip(" .;")
            pending_or = previous
            continue
        if out and line is not None and previous_line is not None and previous_line in (out[-1].line, joined_to) \
                and line - previous_line <= 2 and out[-1].text.rstrip().endswith((";", ",")) and _JOINED_LINE.match(text) and not pending_some:
            # "Bachelor's degree in political science ...;" / "And five years of experience ...;" / "Or an
            # equivalent combination of education and experience.": one requirement written over lines
            out[-1].text = out[-1].text.rstrip(" ;,") + "; " + text[:1].lower() + text[1:]
            joined_to = line
            continue
        if text.lower().startswith("or ") and out and not pending_some and (out[-1].line == line or out[-1].line == previous_line and (
                # "Bachelor's degree with 6 years of ... experience." / "OR ten plus years of experience ...":
                # a whole requirement, then another route to it on the next line
                out[-1].text.rstrip().endswith(".") and _ASKED_WORDS.search(text))):
            # "A high school diploma; ... ; or any equivalent combination of ...": another route to
            # the requirement just listed.
            previous = out[-1]
            if not previous.text.startswith("One of: "):
                previous.text = "One of: " + previous.text
            previous.text += "; " + text[3:].strip(" ;,.")
            continue
        if _ALTERNATIVE_END.search(text) and not text.lower().startswith("or "):
            pending_or = Entry("One of: " + _ALTERNATIVE_END.sub("", text).strip(" ;,"), line, prefer)
            out.append(pending_or)
            continue
        if index + 1 < len(rows) and rows[index + 1][0].strip(_CONNECTOR_MARKS).lower() == "or":
            # "A bachelor's degree and 2 years of ... experience" / "OR" / "4 years of ...": one route, whole
            out.append(Entry(text, line, prefer))
            continue
        for part in _split_compound(text):
            out.append(Entry(part, line, prefer))
    for entry in out:
        # "5+ years of experience as a Data Scientist with" over a list the source did not indent:
        # the requirement without its dangling word; a bullet mark run into the end goes too.
        entry.text = _STRAY_STOP.sub(".", _STRAY_PLUS.sub(r"\1", _DANGLING.sub("", entry.text)))  # ("... management ." : the next bullet's stop run on)
        if entry.line in level_of:
            entry.text = f"{level_of[entry.line]}: {entry.text}"  # what each level of the job asks
    return out


# "You will <do> ..." among the requirements: a duty, unless what follows is being or having ("You
# will be evaluated ...", "You will be able to ...", "You will bring ...")
_YOU_WILL = re.compile(r"you(?: will|'ll|’ll) (?:also )?", re.I)
_BE_OR_HAVE = re.compile(r"(?:be|have|need|get|receive|bring|possess|hold|thrive|enjoy|love)\b", re.I)
# Headings in capitals that open a line, each with its colon, then what is left of the line.
_CAPS_HEADS = re.compile(r"(?P<head>[A-Z][A-Z ,&/'-]{2,60}):\s*(?:[A-Z][A-Z ,&/'-]{2,60}:\s*)*(?P<rest>.*)$")
# A priority over the lines after it: "Essential for our Principal Data Scientist", "Desirable criteria"
_PRIORITY_INTRO = re.compile(r"(?:essential|desirable|required|preferred|desired|mandatory|optional)(?: (?:criteria|requirements|qualifications|skills))?"
                             r"(?: for (?:our|the|this|a|an) [^.:;,]{1,60})?\s*:?$", re.I)
# A priority said in a tag: "[Essential] ..." before a line, "(Must)" after it
_PRIORITY_WORD = r"(essential|required|must|mandatory|desirable|desired|preferred|optional|bonus|nice[- ]to[- ]have|plus)"
_PRIORITY_TAG = re.compile(rf"\[\s*{_PRIORITY_WORD}\s*\]\s*", re.I)
# "Scikit-Learn (Must)", "Spark, Spark ML (Desirable)": the priority said after each line of a list
_PRIORITY_SUFFIX = re.compile(rf"\(\s*{_PRIORITY_WORD}\s*\)\W*$", re.I)
_TAG_REQUIRED = frozenset({"essential", "required", "must", "mandatory"})
# A link ("https://...", "www...."): a line that is only one is no requirement.
URL = re.compile(r"https?://\S+|www\.\S+")
_NONE_VALUE = re.compile(r":\s*(?:none|n/a|not applicable)\W*$", re.I)
_ENTRY_ENDS = re.compile(r"(?:[;.:]|\b(?:and|or))\s*$", re.I)  # an entry that ends, or hands over to the next


_YOU_OR_MUST = re.compile(r"(?:you|applicants|candidates|employees)\b|.{0,80}\b(?:must|required|requires?|need to)\b", re.I)


def _blurb_lines(rows: list[tuple]) -> set[int | None]:
    """The lines of several sentences (a paragraph) most of which are statements about the employer
    ("At PSE we value and respect our employees ...", "Today we're building ..."): a paragraph about
    the employer run into a list, whose other sentences ("Families and businesses depend on PSE
    ...") are no requirements either."""
    z = _zones()
    count: dict[int | None, int] = {}
    for _, line, _, _ in rows:
        count[line] = count.get(line, 0) + 1
    talk: dict[int | None, int] = {}
    for text, line, _, _ in rows:
        if count[line] >= 2 and line is not None and z["statement"].match(text) and not z["requirement_statement"].match(text) \
                and not _ASKED_WORDS.search(text):
            talk[line] = talk.get(line, 0) + 1
    # (most of the paragraph's sentences are such talk, so a list's lines are never taken for one)
    found = {line for line, n in talk.items() if line is not None and count[line] >= 2 and 2 * n > count[line]}
    # A long paragraph none of whose sentences asks anything ("Through its administration of the
    # Universal Service Fund, USAC works to ... The organization has approximately 500 employees
    # ..."), after the last line of its section that asks: the employer described after the list,
    # however it names itself.
    words: dict[int | None, int] = {}
    said: dict[int | None, int] = {}  # sentences on each line
    asking: set[int | None] = set()
    last_ask: dict[int, int] = {}  # each section's last line that asks
    for text, line, _, where in rows:
        if line is None:
            continue
        words[line] = words.get(line, 0) + len(text.split())
        said[line] = said.get(line, 0) + len(sentences(text))
        # (a word such as "experience" or "year" alone is no ask here: "It reports each year ...")
        asks = _asks(text) or _DEGREE_OR_YEARS.match(text) or _desirable(text) or _prose_requirement(text) is not None \
            or z["requirement_statement"].match(text) or _starts_with_duty_verb(text) or z["hire_condition"].search(text)
        # (a line of a list run into one line, "- A primary logo in SVG format - An alternate logo",
        # is no paragraph: a paragraph's sentences end in a stop)
        if asks or _ASKS_OF_READER.search(text) or z["instruction"].match(text) or not text.rstrip(" '\"’”)").endswith((".", "!", "?")):
            asking.add(line)
        if asks:  # ("To apply, please submit ...", "USAC employees are passionate ..." may follow the paragraphs)
            last_ask[where] = max(last_ask.get(where, line), line)
    opened: set[int] = set()  # the sections whose talk about the employer has begun: shorter paragraphs go on with it
    for _, line, _, where in rows:
        if line is not None and said[line] >= 2 and line not in asking and line > last_ask.get(where, 0) \
                and (words[line] >= _BLURB_WORDS or where in opened):
            found.add(line)
            opened.add(where)
    return found


# What a sentence of a paragraph about the employer would name if it asked something ("each year"
# is no number of years).
_NAMES_AN_ASK = re.compile(r"\b(?:experience|knowledge|abilit(?:y|ies)|skills?|degree|certifi\w+|licen[cs]e)\b|\b\d+\+?\s*years?\b", re.I)
_BLURB_WORDS = 40  # a paragraph at least this long that asks nothing is about the employer
_ASKS_OF_READER = re.compile(r"\b(?:you|your|candidates?|applicants?|must|required|requires?)\b", re.I)


def _semicolon_lists(rows: list[tuple]) -> set[int]:
    """The sections (by number) whose list entries mostly end in ";": three or more rows, half of them."""
    ends: dict[int, list[bool]] = {}
    for text, _, _, where in rows:
        ends.setdefault(where, []).append(text.rstrip().endswith(";"))
    return {where for where, marks in ends.items() if len(marks) >= 3 and 2 * sum(marks) >= len(marks)}


# A level of the job over what it asks: "Departmental Technician 8", "Analyst II", "Clerk E9".
# ("Departmental Analyst 9 - P11": a level and the grade it leads to)
_LEVEL_LABEL = re.compile(r"(?:[A-Z][\w/&'’-]*\s+){1,5}(?:[IVX]{1,4}|\d{1,2}|[A-Z]\d{1,2}|\d{1,2}-[A-Z]?\d{1,2})(?:\s*[-–]\s*[A-Z]{0,2}\d{1,2})?\s*:?")


def _names_a_level(text: str, title_words: set[str]) -> bool:
    """ "Elections Specialist" on a line of its own in a posting for "Elections Technician or
    Election Specialist": which of the title's jobs the lines below are for, no requirement."""
    words = text.strip(" .:").split()
    return 1 < len(words) <= 4 and _title_case(text.strip(" .:")) and not _ASKED_WORDS.search(text) \
        and all(word.casefold().rstrip("s") in title_words for word in words)


def _with_levels(posting: Posting, zones: list[tuple[Section, SectionKind]], entries: list[Entry]) -> list[Entry]:
    """Requirements of sections under a level of the job on a line of its own ("Elections
    Specialist I:", then its hiring range and its own "EDUCATION and/or EXPERIENCE" and
    "CERTIFICATES" lists; then "Elections Specialist II:" and its lists) name their level, so the
    lists do not read as one. A level's sections are the requirement sections that open after its
    line, up to the next level or the first section of another kind. Levels inside a list are the
    list's own (``_requirement_list``)."""
    heads = {section.heading_span.line for section in posting.sections if section.heading_span} | {label.span.line for label in posting.labels}
    lines = [line for line in posting.lines if line.text.strip()]
    # (a level over sections: the next line is a heading or a label, "Hiring Range: ...", not the
    # level's own requirement)
    levels = [(line.number, line.text.strip().rstrip(" :")) for line, after in zip(lines, lines[1:])
              if len(line.text.strip()) <= 60 and line.text.strip()[:1].isupper() and _is_level_label(line.text.strip())
              and after.number in heads]
    if len(levels) < 2:
        return entries
    spans: list[tuple[int, int, str]] = []
    for k, (number, name) in enumerate(levels):
        stop = levels[k + 1][0] if k + 1 < len(levels) else None
        for section, kind in zones:
            first = section.heading_span.line if section.heading_span else section.span.line
            if first <= number:
                continue
            if stop is not None and first > stop or kind not in REQUIREMENT_KINDS and kind is not SectionKind.OTHER:
                break
            if kind in REQUIREMENT_KINDS:
                spans.append((first, section.span.end_line, name))
    for entry in entries:
        level = next((name for first, last, name in spans if entry.line is not None and first <= entry.line <= last), None)
        if level is not None and not entry.text.startswith(level):
            entry.text = f"{level}: {entry.text}"
    return entries


def _is_level_label(text: str) -> bool:
    # ("Departmental Analyst (Departmental Trainee) 9 (For those with State of Michigan classified
    # experience only)": the level, a second name for it and a note on who it is for)
    core = _BRACKETED.sub(" ", _TRAILING_NOTE.sub("", text)).strip()
    core = " ".join(core.split())
    return len(core) <= 60 and (_LEVEL_LABEL.fullmatch(core) is not None and any(
        word.lower() in ROLE_WORDS for word in core.split()[:-1]) or _SENIORITY_LABEL.fullmatch(core) is not None)


# A seniority over what it asks: "Senior Positions:", "Junior/Intermediate Positions", "Entry Level:"
_SENIORITY = r"(?:entry|junior|jr\.?|intermediate|mid|senior|sr\.?|lead|principal|staff)"
_SENIORITY_LABEL = re.compile(rf"{_SENIORITY}(?:[-/ ]{_SENIORITY})*(?:[- ]level)?(?: (?:positions?|roles?|candidates?|levels?))\s*:?"
                              rf"|{_SENIORITY}(?:[-/ ]{_SENIORITY})*[- ]level\s*:?", re.I)


_TRAILING_NOTE = re.compile(r"\s*\([^()]{3,100}\)\s*:?$")
_BRACKETED = re.compile(r"\([^()]{1,40}\)")


# A recruiter's title, which signs the posting: "Senior Technical Recruiter", "Talent Acquisition".
_SIGNED = re.compile(r"(?<![\w.@-])(?:recruiter|talent acquisition|recruiting (?:coordinator|manager|partner|specialist)|sourcer|human resources)(?![\w.@-])", re.I)


def _signs(text: str) -> bool:
    """A recruiter's title on a line of its own: "Senior Technical Recruiter"."""
    return len(text.split()) <= 5 and _SIGNED.search(text) is not None and _title_case(text.rstrip(" ,.")) and not _asks(text)


EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_SIGNATURE_WORDS = 30  # a signature run into one line is short
# A line of a contact or schedule block, which ends a requirements list: office hours, a street
# address, a city with its postal code, a lone e-mail address or telephone number.
_CONTACT_BLOCK = re.compile(
    r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\W*$"
    r"|\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4}\s+(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Lane|Ln|Pkwy|Parkway|Place|Pl|Court|Ct|Suite)\b\.?\W*$"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?\W*$"
    r"|" + EMAIL_ADDRESS.pattern + r"\W*$|\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\W*$", re.I)


# Words of a requirement, which a benefits sentence does not have ("two years of experience in
# Health Insurance", "experience in the administration of retirement plans").
_ASKED_WORDS = re.compile(r"\b(?:experience|knowledge|abilit(?:y|ies)|skills?|degree|years?|certifi\w+|licen[cs]e)\b", re.I)
# A questionnaire's answer or the applicant's pledge: the questions have begun ("Yes", "No",
# "I understand that the budgeted salary for this position is limited to ...").
_ANSWER_OR_PLEDGE = re.compile(r"(?:yes|no|n/a|none|not applicable)\W*$|i (?:understand|acknowledge|certify|agree|have read)\b", re.I)
# A short cell of a table exported as text, between its borders ("| County Center |", "| Full-Time |"):
# a field's value, no requirement.
_TABLE_CELL = re.compile(r"\|\s*(?:[^|\s]+\s+){0,4}[^|\s]*\s*\|")
# A reference code on a line of its own ("JOB-22E63", "2020-7576"): one token with a digit, no lower case.
_CODE = re.compile(r"[A-Z0-9][A-Z0-9._/#-]*\d[A-Z0-9._/#-]*$")
# A name saying what it is or does: "PROPRIUS is an AI industry recruiting firm", "The SBE is a
# non-code agency", "Washington County is seeking ..." (not "The ideal candidate is ...").
_NAME_IS = re.compile(r"(?!(?:You|We|I)\b)(?:the )?(?:[A-Z][\w'’`&.-]*\s+){1,5}(?:(?:is|are) (?:seeking|searching|looking|hiring|a|an|the|one|proud|committed|part|based)"
                      r"|(?:values|believes|encourages|welcomes|celebrates|offers|provides|has a|is doing|recently \w+))\b")
_NUMBER_AFTER_LABEL = re.compile(r":\s*\d{1,2}\.$")
_COMPANY_HISTORY = re.compile(r"\b(?:was|were) (?:founded|established|incorporated|formed) (?:in|by)\b", re.I)
# A field or a tool named on its own line, as an example ("Geospatial analysis", "Quantitative finance").
_EXAMPLE_NAME = re.compile(r"[A-Z][\w/&+#'’-]*(?: [\w/&+#'’()-]+){0,3}")
_EXAMPLES_FOLLOW = re.compile(r"\b(?:such as|including|e\.g\.|for example|like|in|with|(?:in|with|of) the following(?: \w+)?)\s*:$", re.I)
_ROUTE_LABEL = re.compile(r"(either|or)\s*:\s*", re.I)
# (a footnote's star, and a "+" set apart; not the "+" of a name: "Security+", "C++")
_DANGLING = re.compile(r"\s+(?:with|in|of|including|such as)\s*$|(?<=[^\s+])\s*\*\.?$|\s+\+\.?$", re.I)
_STRAY_PLUS = re.compile(r"\b([a-z]+)\+\.?$")  # "... when necessary+": after a word in lower case


# Says it is required; or is a civil-service minimum ("... or an equivalent combination of education
# and experience"), which is never a preference.
_DUTY_VERB = re.compile(r"(?:(?:[Uu]nder|[Ww]ith|[Ii]n) [^,]{1,40}, ([a-z]{2,}s)|([A-Z][a-z]{2,}s))\b(?! of\b)")
_NOT_DUTY_VERBS = frozenset({"possesses", "requires", "needs", "has", "holds", "demonstrates", "shows", "knows", "understands", "skills", "abilities", "thus",
                             "qualifications", "requirements", "certifications", "credentials", "years", "degrees", "references",
                             # people and things a sentence is about ("Employees in this classification are required to ...")
                             "employees", "applicants", "candidates", "incumbents", "individuals", "positions",
                             "benefits", "voters", "residents"})


_SUBJECT_NEXT = re.compile(r"(?:must|should|shall|will|would|may|can|could|are|were|who|that|need|have)\b", re.I)


def _duty_verb(text: str) -> bool:
    """Starts with a verb in the third person, as a duty does ("Administers ...", "Under supervision,
    answers ..."); not "Possesses ...", "Skills in ...", "Statistics", "Business ..."."""
    match = _DUTY_VERB.match(text)
    if match is None:
        return False
    word = (match.group(1) or match.group(2)).lower()
    rest = text[match.end():].lstrip()
    if rest.startswith(":") or _SUBJECT_NEXT.match(rest):
        return False  # "Nouns: ...": a label; "Candidates must ...", "Applicants MUST ...": a subject, not a verb
    return word not in _NOT_DUTY_VERBS and not word.endswith(("ss", "ics", "ous"))


def _duty_runs(rows: list[tuple], imperative: bool = True) -> set[int]:
    """Rows of runs of at least three duty lines in one section (a single other row between them
    runs on, as a sentence of the same paragraph does); with ``imperative``, also of five lines
    starting with a duty verb (see _imperative_runs)."""
    found: set[int] = set()
    run: list[int] = []
    gap: list[int] = []

    def close() -> None:
        if sum(_duty_verb(rows[i][0]) for i in run) >= 3:
            found.update(run)
        run.clear()

    for index, row in enumerate(rows):
        if run and row[3] != rows[run[-1]][3]:
            close()
            gap.clear()
        if _duty_verb(row[0]):
            if run and len(gap) <= 1:
                run.extend(gap)
            elif gap and not run and rows[gap[-1]][1] == row[1]:
                run.append(gap[-1])  # "Under supervision, answers ..." opening the paragraph
            elif run:
                close()
            gap.clear()
            run.append(index)
        else:
            gap.append(index)
            if len(gap) > 1 and run:
                close()
    close()
    return found | _imperative_runs(rows) if imperative else found


_IMPERATIVE_RUN = 5  # lines in a row: fewer may be requirements written as instructions ("Demonstrate ...")
# Verbs a requirement written as an instruction starts with ("Be highly driven", "Have a strong understanding")
_ASKING_VERBS = frozenset("be have possess hold demonstrate show know understand bring exhibit display".split())
_ABILITIES_HEADING = re.compile(r"(?:the )?abilit(?:y|ies)\b(?: to)?(?: \([^)]*\))?:?$", re.I)  # "Abilities (some combination ...)"
_ABILITIES_INTRO = re.compile(r"\b(?:ability|abilities|able|skills?|knowledge|expected|you can|demonstrat\w*)\b[^:]{0,60}:\s*$", re.I)
_SUBJECT_VERB = re.compile(r"\s+(?:requires|includes|involves|provides|offers|is|are|was|were|will|must|should|may|has|have)\b")  # "Position requires ...": a noun, then its verb


# The name of a group of requirements, on a line of its own: "Big data engineering skills", "Domain
# and industry knowledge", "Data engineering services required".
_GROUP_NAME = re.compile(r"^[A-Z][A-Za-z /&,-]{0,50}\b(?:skills|knowledge|expertise|experience|competenc(?:y|ies)|abilities|"
                         r"qualifications|requirements|attributes|services|tools|technologies|background)(?: required)?$")
_GROUP_NAME_WORDS = 5
_GROUP_ITEM_WORDS = 8  # the row after a group's name is a requirement of its own, longer than a name


def _group_names(rows: list[tuple]) -> set[int]:
    """Rows that name the group of the long rows under them, where a section holds two such names
    or more (one short line over long ones may be an ask of its own: "Communication skills")."""
    by_section: dict[int, list[int]] = {}
    for index, (text, _, _, where) in enumerate(rows[:-1]):
        after = rows[index + 1]
        if (len(text.split()) <= _GROUP_NAME_WORDS and _GROUP_NAME.match(text) and not _asks(text)
                and after[3] == where and len(after[0].split()) >= _GROUP_ITEM_WORDS):
            by_section.setdefault(where, []).append(index)
    return {index for names in by_section.values() if len(names) >= 2 for index in names}


def _imperative_runs(rows: list[tuple]) -> set[int]:
    """Rows of runs of five or more adjacent lines of one section that each start with a duty verb
    ("Develop and implement ...", "Attend community meetings ...", "Collaborate with ..."): the
    duties whose heading the export lost, run on after a requirements list. One line between them
    that starts otherwise and asks nothing ("Use Hadoop to ...": a verb that is also a noun before a
    name) runs on with them; it does not count towards the five. Right after a line that says what
    the role will do ("The Data Analyst will provide ... solutions"), three such lines are its duties."""
    found: set[int] = set()
    run: list[int] = []
    led = False  # the run follows a "The <role> will <do>" line of its section
    skipped: int | None = None  # the one line of another start inside the run
    abilities: int | None = None  # the section of an "Ability to:" intro, whose lines are abilities
    for index, (text, line, _, where) in enumerate(rows):
        if text.rstrip().endswith(":"):
            abilities = where if _ABILITIES_INTRO.search(text) else None
        bare = text.lstrip(" -•*")
        first = _FIRST_WORD.match(bare)
        # the base form only ("Leading the delivery of ..." lists experience asked for), not a subject
        # ("Position requires ..."), not under "Ability to:" ("Develop complex procedures")
        imperative = (first is not None and bare[:1].isupper() and not _asks(text) and abilities != where
                      and not first.group().lower().endswith(("ing", "s")) and first.group().lower() not in _ASKING_VERBS
                      and not _SUBJECT_VERB.match(bare[first.end():])
                      and _is_duty_verb(first.group(), bare[first.end():]))
        last = run[-1] if run else None
        adjacent = run and rows[last][3] == where and line is not None and rows[last][1] is not None and 0 <= line - rows[last][1] <= 2
        if imperative and (not run or adjacent):
            if not run:
                led = index > 0 and rows[index - 1][3] == where and bool(_ROLE_WILL_DO.match(rows[index - 1][0]))
            run.append(index)
            continue
        if adjacent and skipped is None and not _asks(text) and not text.rstrip().endswith(":") and bare[:1].isupper():
            skipped = index
            run.append(index)
            continue
        if run and skipped == last:
            run.pop()  # the other line ends the run: it was no part of it
        if len(run) - (skipped in run) >= (_LED_IMPERATIVE_RUN if led else _IMPERATIVE_RUN):
            found.update(run)
        led = imperative and index > 0 and rows[index - 1][3] == where and bool(_ROLE_WILL_DO.match(rows[index - 1][0]))
        run = [index] if imperative else []
        skipped = None
    if run and skipped == run[-1]:
        run.pop()
    if len(run) - (skipped in run) >= (_LED_IMPERATIVE_RUN if led else _IMPERATIVE_RUN):
        found.update(run)
    return found


# "The Data Analyst will provide imaginative ... solutions": what the role does, said of it
_ROLE_WILL_DO = re.compile(r"(?:the|this|our) (?:[\w-]+ ){1,4}will (?!be\b|have\b|need\b|possess\b|bring\b|hold\b)[a-z]+\b", re.I)
_LED_IMPERATIVE_RUN = 3


_MINIMUM_ROUTE = re.compile(r"\bequivalent combination of (?:education|training|experience)"
                            r"|^(?:a |any )?combination of (?:education|training|experience)"
                            r"|\bcombination of (?:education|training|experience)\b[^.]{0,60}\bequivalent to\b", re.I)
_IS_REQUIRED = re.compile(r"\b(?:is|are) (?:mandatory|required|a must)\b", re.I)
_SAYS_REQUIRED = re.compile("|".join((_IS_REQUIRED.pattern, r"^must (?:have|be|possess|hold)\b", _MINIMUM_ROUTE.pattern,
                                       r"^(?:applicants|candidates) must be (?:legally )?(?:authori[sz]ed|eligible) to work\b",
                                       # "Employees must reside in Washington state ...": asked of everyone hired
                                       r"^(?:all )?(?:employees|applicants|candidates) must (?:have|be|possess|hold|reside|live|pass)\b")), re.I)


_GROUPED_ROW_WORDS = 4  # "Knowledge of election law" under its group's name; "Leadership abilities" is an item among short ones


def _group_name(text: str, after: list[tuple]) -> bool:
    """A short title-case line that names no section and asks nothing ("Technical", "Communication
    and Interpersonal"), over a list of knowledge, skills and abilities ("Knowledge of ...", "Ability
    to ..." within its next three lines): the name of a group inside the same list. Not a short
    item ("R or Python", "Docker, GraphQL", "High Emotional Intelligence" over other items), and not
    one of a run of short items ("Integrity" over "Leadership abilities" and "Ability to ...")."""
    bare = text.rstrip(": ")
    words = bare.split()
    if not after or not 0 < len(words) <= 5 or not _title_case(bare) or _LIST_OF_THINGS.search(bare):
        return False
    if classify_heading(bare) is not None or _asks(bare) or _ASKED_WORDS.search(bare):
        return False
    return reads_as_requirement(after[0][0]) and len(after[0][0].split()) >= _GROUPED_ROW_WORDS \
        and any(_KSA_START.match(row[0]) for row in after[:3])


_LIST_OF_THINGS = re.compile(r",|/|\bor\b|\d", re.I)


_KSA_START = re.compile(r"[-•*\s]*(?:knowledge|ability|abilities|skill|skills) (?:of|to|in)\b", re.I)


def _heading_over_prose(text: str, line: int | None, following: tuple | None) -> bool:
    """A short title-case line that names no requirement ("Hybrid Work Environment"), right above a
    paragraph of full sentences: a heading the parser did not know, so the list has ended."""
    if following is None or line is None or following[1] is None or not 0 < following[1] - line <= 2 or len(text.split()) < 2:
        return False
    after = following[0]
    return _title_case(text) and not _shaped(text) and not _asks(text) and len(after.split()) >= 10 and after.rstrip()[-1:] in ".!" \
        and lead_in_words_kind(text) not in REQUIREMENT_KINDS  # ("What Makes You a Great Fit" over its list)


_OR_ROUTE = re.compile(r";\s*or\b|\bOR\b")
_SOME_OF = re.compile(r"\b(?:any |at least )?(?:one|two|three|four|five|\d+)(?: \(\d+\))?(?: or more)? of the following", re.I)
# "... knowledge in one or more of the following areas": the intro without its colon
_SOME_OF_ENDS = re.compile(_SOME_OF.pattern + r"(?:\s+[a-z]+){0,2}\W*$", re.I)
_LETTERS = re.compile(r"[^\W\d_]{2}")
# A language named in a letter or two, a line of a list of skills all the same: "C#", "R,", "C++"
_ONE_LETTER_LANGUAGE = re.compile(r"(?:[CRJ]|[CF]#|C\+\+|Objective-C)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _shape(text: str) -> tuple[str, ...]:
    return tuple(_NUMBER.sub("#", text.lower()).split()[:4])


# "In addition, must have ...": a line that opens saying it is asked
_LEADING_MUST = re.compile(r"(?:[^,]{0,30},\s*)?(?:you |candidates |applicants )?must (?:have|be|possess|hold)\b", re.I)
# "4+ years' experience with Excel preferred": the line ends saying how much it is asked
# A list entry that opens by saying it is a preference: "Bonus: experience with design systems",
# "Plus: basic HTML", "Nice to have - Figma", "Preferably a degree in HCI"
_LEADS_PREFERRED = re.compile(r"\(?(?:bonus(?: points)?|(?:a )?plus|nice[- ]to[- ]have|preferred|desirable|desired|optional|extra points)\)?\s*(?::|-|–)\s*(?=\S)|(?:ideally|preferably),?\s", re.I)
# ("Advanced degrees welcome": what is welcome is not asked)
_ENDS_PREFERRED = re.compile(r"\b(?:preferred|desired|desirable|(?:is )?a (?:big |strong |definite )?plus|an advantage|a bonus|(?<!we )(?<!all )welcomed?|"
                             r"(?:is|are) of (?:particular |special )?interest|(?:is|are) (?:strongly |highly )?encouraged|(?:will|would) be considered)"
                             r"(?:,? at (?:a )?minimum)?\W*$", re.I)  # ("Associates Degree preferred at a minimum.")
# Routes of one requirement trade experience against education: each names a degree or diploma
# ("8 Years of job-related experience and Bachelors degree"); "At least 3 years of Election
# experience", "At least 5 years of Government experience" are each a requirement of its own.
_DEGREE_WORD = re.compile(r"\b(?:degree|diploma|ged|bachelor\w*|master\w*|associate\w*|ph\.? ?d|doctora\w*|college|university)\b", re.I)


def _alternative_tables(entries: list[Entry]) -> list[Entry]:
    """Three or more consecutive requirements that say the same thing with other numbers or
    degrees ("12 Years of job-related experience and High School diploma", "8 Years of job-related
    experience and Bachelors degree", ...) are equivalent routes: one item, "One of: ...".
    """
    out: list[Entry] = []
    i = 0
    while i < len(entries):
        j = i + 1
        shape = _shape(entries[i].text)
        while j < len(entries) and len(shape) == 4 and _shape(entries[j].text) == shape and entries[j].preferred == entries[i].preferred:
            j += 1
        if j - i >= 3 and all(_DEGREE_WORD.search(e.text) for e in entries[i:j]):
            out.append(Entry("One of: " + "; ".join(e.text.rstrip(" .;") for e in entries[i:j]), entries[i].line, entries[i].preferred))
        else:
            out.extend(entries[i:j])
        i = j
    return out


def _title_case(text: str) -> bool:
    """A short line with every word capitalised and no end punctuation: a heading, not a sentence."""
    words = text.split()
    return (len(words) <= 8 and (text[-1:].isalnum() or text.endswith(")")) and not any(c.isdigit() for c in text)
            and all(w[:1].isupper() or w.lower() in _CONNECTOR_WORDS for w in words))


_CONNECTOR_MARKS = " .,;:-–—"  # what writes a lone "-OR-" / "AND" line between two requirements
_CONNECTOR_WORDS = frozenset({"and", "&", "of", "to", "the", "a", "an", "for", "in", "on", "with", "or", "-", "–", "/"})


def _sub_heading(text: str) -> SectionKind | None:
    """The zone a line names when it is a sub-heading the parser took for text: a known heading
    ("Travel", "Preferred Experience and Expertise"), or a short title-case line naming a list
    ("Minimum Requirements and Key Attributes")."""
    z = _zones()
    bare = text.rstrip(":").strip()
    if bare.lower() in z["section_end"]:
        return SectionKind.OTHER
    if not bare or bare[-1] in ".;,!?" or len(bare.split()) > 8:
        return None
    exact = classify_heading(bare)
    if exact is not None:
        return exact
    if len(bare.split()) <= 2 and _is_requirement_name(bare):
        return SectionKind.REQUIREMENTS  # "Education" over "Bachelor's degree required"
    if _ITEM_PRIORITY_END.search(bare) and not text.rstrip().endswith(":") \
            and not (_title_case(bare) and _LIST_NAME.search(_PRIORITY_WORD_END.sub("", bare))):
        # "Absentee By Mail Elections Experience Preferred": an item that says its priority ("Technical
        # Competencies Required" names a list, and is its heading)
        return None
    if _title_case(bare) and _LIST_NAME.search(bare):
        # Only a line that names a list: "Python And Go" or "Experience With Postgres" are items.
        named = classify_heading(bare, fuzzy=True)
        if named is None and _PREFERENCES.search(bare):
            return SectionKind.PREFERRED  # "Management Preferences" (a veterans' preference is no list)
        return named
    if len(bare.split()) <= 4 and not _shaped(bare) and _PART_HEAD.match(bare):
        # "Life @ Scoop", "Work perks" after the list: the company's part begins ("Benefits
        # administration" in a list of areas, "Cares about craft" over a quality are items)
        return classify_heading(bare, fuzzy=True) or SectionKind.ABOUT
    if (len(bare.split()) <= 5 or len(bare.split()) <= 8 and text.rstrip().endswith(":")) and _ASKS_OF_YOU.match(bare):
        # "What you'll own", "Who we are", "Why join us": a question-shaped heading of another part
        # (a list's item is no question); only a part that is not a list of requirements.
        named = classify_heading(bare, fuzzy=True)
        if named not in (None, SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            return named
    return None


_PART_HEAD = re.compile(r"life (?:at\b|@)|about (?!\w+ing\b)|get to know\b|who we are\b|our (?:team|company|culture)\b|working at\b|.*\b(?:perks|benefits)\W*$", re.I)
_ASKS_OF_YOU = re.compile(r"(?:what|who|why|how|where)\b", re.I)
_ITEM_PRIORITY_END = re.compile(r"^\S+(?: \S+)+ (?:preferred|required|desired|a plus)$", re.I)
_PRIORITY_WORD_END = re.compile(r"\s+(?:preferred|required|desired|a plus)$", re.I)
_PREFERENCES = re.compile(r"^(?!.*veteran).*\bpreferences\b", re.I)
_LIST_NAME = re.compile(r"\b(?:requirements?|qualifications?|preferred|preferences|desir\w*|nice[- ]to[- ]have|attributes|competenc\w*|expertise)\b", re.I)


def _shaped(text: str) -> bool:
    """Reads like a requirement: starts like one, or names experience, a degree or a licence."""
    return bool(_zones()["compound_head"].match(text) or _REQUIREMENT_START.match(text) or _REQUIREMENT_WORD.search(text))


_REQUIREMENT_WORD = re.compile(r"\b(?:experience|degree|diploma|ged|education|qualification|training|certificat\w*|licen[cs]e|knowledge"
                               r"|background (?:check|investigation)|drug (?:screen|test)\w*|security clearance)\b", re.I)


_REQUIREMENT_START = re.compile(r"(?:must|requires?|knowledge|knowledgeable|ability|able to|skills?|proficien|familiar|certifi|licen[cs]e)\b", re.I)


def _unlabelled_requirements(posting: Posting, items: list[Item]) -> list[tuple[str, int, bool]]:
    """A list of requirements under no heading, or under one the parser does not know ("ADDITIONAL
    FUNCTIONS" and then "Bachelor's degree ...;", "Knowledge of ...;", "Ability to ..."): three or
    more listed lines in a row, nearly all shaped like requirements."""
    found: list[tuple[str, int, bool]] = []
    run: list[tuple[str, int, bool]] = []

    def close() -> None:
        if len(run) >= 3 and sum(_shaped(text) for text, _, _ in run) >= 0.8 * len(run):
            found.extend(run)
        run.clear()

    def one_line(k: int) -> bool:
        return 0 <= k < len(items) and items[k].kind == "sentence" and items[k].span.line == items[k].span.end_line

    def joined(k: int) -> bool:  # items k and k + 1 are one-line sentences on adjacent lines
        return one_line(k) and one_line(k + 1) and items[k + 1].span.line == items[k].span.line + 1

    listed_line = None  # the line of a semicolon list of requirements
    for k, item in enumerate(items):
        rows = _entries(posting, [item])
        in_lines = joined(k - 1) or joined(k)  # a line of a paragraph the parser read line by line ("...;")
        if in_lines:
            rows = [(text, line, True) for text, line, _ in rows]
        if len(rows) == 1 and not rows[0][2] and rows[0][0].count(";") >= 2:
            # One line of requirements separated by semicolons ("A high school diploma; completion of
            # training in office software; one year of experience ...").
            text, line, _ = rows[0]
            rows = [(part.strip(" ;."), line, True) for part in text.split(";") if _has_words(part)]
            rows = [(r[0][:1].upper() + r[0][1:], r[1], r[2]) for r in rows]
            listed_line = line
        elif len(rows) == 1 and rows[0][1] == listed_line and item.kind == "sentence" and _shaped(rows[0][0]):
            # The next sentence of that paragraph ("... and training. Must be a registered voter."):
            # one more requirement of the list.
            rows = [(rows[0][0].rstrip(" ."), rows[0][1], True)]
        listed = [(text, line, _desirable(text))
                  for text, line, is_listed in rows if is_listed]
        if len(listed) != len(rows) or not rows:
            close()
            continue
        run.extend(listed)
        if item.kind == "sentence" and not joined(k) and not (
                k + 1 < len(items) and items[k + 1].span.line == listed_line == item.span.end_line):
            close()  # one paragraph of lines is one list (a semicolon list goes on to its next sentence)
    close()
    return found


def _inline_requirements(posting: Posting) -> list[tuple[str, int, bool, int]]:
    """Requirement headings run into prose, as job-board exports flatten a posting ("... standards.
    Basic Qualifications Bachelor's degree in ... Preferred Skills PhD or MS in ...", "...value to
    clients.QUALIFICATIONS:* A bachelor's degree ...* 2+ years of ..."): the text after such a
    heading, bullet by bullet and sentence by sentence, up to the next heading of another kind.
    Long label values count too: a whole flattened posting can sit in the value of its first label."""
    texts: list[tuple[str, int, bool]] = []  # (text, line, is prose)
    for section in posting.sections:
        if section.kind not in REQUIREMENT_KINDS:
            texts.extend((item.text, item.span.line, item.kind == "sentence") for item in section.items)
    texts.extend((label.value, label.span.line, True) for label in posting.labels if len(label.value) > 200)
    rows: list[tuple[str, int, bool, int]] = []
    current: bool | None = None
    # "... methods Requirements of the Data Scientist Master's degree in ...": a heading that names the job
    named_by_title = re.compile(r"\b(Requirements|Qualifications|Responsibilities) (?:of|for) (?:the|this|a|an) "
                                + re.escape(posting.title) + r"(?= [A-Z])") if posting.title else None
    for number, (raw, line, prose) in enumerate(texts):
        if not prose:
            current = None
            continue
        # "...how we live.**Your Role and Responsibilities**Quantum ...": a bold heading run into
        # the text is a heading as surely as "Qualifications:" is.
        raw = _MARKDOWN_ESCAPE.sub(r"\1", raw)
        if named_by_title is not None:
            raw = named_by_title.sub(r"\1:", raw)
        pieces = _inline_heads().split(clean(_BOLD_RUN_IN.sub(r". \1: ", raw)))
        # re.split with four groups: [before, title-case head, one-word head, colon head, lead-in, after, ...]
        if len(pieces) > 1:
            if current is not None:  # the list goes on up to the head in this sentence
                current = _extend_inline(rows, _pieces(pieces[0]), line, current, number)
            for k in range(1, len(pieces), 5):
                head = pieces[k] or pieces[k + 1] or pieces[k + 2] or pieces[k + 3]
                kind = classify_heading(head) or classify_heading(head, fuzzy=True) or lead_in_words_kind(head) or (
                    SectionKind.REQUIREMENTS if _MINIMUM_HEAD.match(head) or _is_requirement_name(head) else None)
                current = (kind is SectionKind.PREFERRED) if kind in REQUIREMENT_KINDS else None
                if current is not None:
                    current = _extend_inline(rows, _pieces(pieces[k + 4]), line, current, number)
        elif current is not None:
            current = _extend_inline(rows, _pieces(raw), line, current, number)
    if not rows:
        # No heading at all: "... driving business solutions.* Bachelor degree in Statistics ...* Two
        # years' work experience in data mining ...": the bullets run into the text that ask something
        # (two bullets or more in the whole text: a bullet alone in its sentence counts, and so does a
        # sentence between them that says it is required, "Bachelor's degree in ... is required.")
        cleaned = [clean(raw) if prose else "" for raw, _, prose in texts]
        bullets = sum(len(_STAR_RUN_IN.findall(text)) for text in cleaned)
        for number, ((_, line, prose), text) in enumerate(zip(texts, cleaned)):
            parts = _STAR_RUN_IN.split(text) if prose else []
            if len(parts) == 1 and bullets >= 2 and (_DEGREE_OR_YEARS.match(parts[0]) or _asks(parts[0])) and _IS_REQUIRED.search(parts[0]):
                parts = ["", parts[0]]
            for part in parts[1:] if len(parts) > 2 or len(parts) == 2 and bullets >= 2 else ():
                # (a sentence glued to the bullet's end is another: "... numeric analysis.Werner Enterprises provides ...")
                for piece in (piece for glued in _GLUED_STOP.split(part) for piece in _pieces(glued)):
                    if _INLINE_END.match(piece) or _zones()["notice"].search(piece):
                        break
                    if _asks(piece) or reads_as_requirement(piece):
                        rows.append((piece, line, _desirable(piece), number))
    return rows


# An export that escaped Markdown in plain text: "U\.S\. Government", "\(SBI\)"
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
# A bullet run into the sentence before it: "... business solutions.* Bachelor degree in ..."
# (or a "+": "ASRC is currently seeking:+ Ten (10) years ... is required.+ Experience in JavaScript")
_STAR_RUN_IN = re.compile(r"(?<=[.!?:a-z)])\s?[*+]\s+(?=[A-Z0-9])")
_GLUED_STOP = re.compile(r"(?<=[a-z)])[.!?](?=[A-Z][a-z])")


# What ends a flattened list with no heading of its own: the work environment's boilerplate, a
# closing note, the recruiter's sign-off.
_INLINE_END = re.compile(r"(?:This (?:job|role|position) (?:operates|is performed|routinely)|Please note\b|Regards\b|"
                         r"Equal (?:Employment )?Opportunity\b|EEO\b)")


def _extend_inline(rows: list, pieces: list[str], line: int, preferred: bool, number: int) -> bool | None:
    """Adds the pieces of a flattened list up to its end; the list's priority, or None once it ended."""
    for piece in pieces:
        if _INLINE_END.match(piece):
            return None
        if len(piece.split()) >= _INLINE_SENTENCE_WORDS and piece.rstrip().endswith((".", "!")) and _EMPLOYER_SPEAKS.search(piece) and not (
                _asks(piece) or _DEGREE_OR_YEARS.match(piece) or _REQUIRED_IN_DUTIES.search(piece) or _desirable(piece)
                or _prose_requirement(piece) is not None):
            # "Leveraging over 30 years of success, our expertise in IT staffing ... enables us to partner
            # with our clients ...": the employer's pitch after the list, in its own voice
            return None
        if _HEADING_PIECE.fullmatch(piece) or piece.endswith(".") and len(piece.split()) < 2:
            # "(in order of relative importance)", "Additional Skills", "Technical": what a head says, no
            # item; "Government." the end of a sentence cut at "U.S."
            continue
        rows.append((piece, line, preferred or _desirable(piece), number))  # ("Preferably with a Master's ...")
    return preferred


_INLINE_SENTENCE_WORDS = 8  # a piece this long that ends in a stop is a sentence, not a skill of the list
_EMPLOYER_SPEAKS = re.compile(r"\b(?:we|us|our)\b", re.I)
_HEADING_PIECE = re.compile(r"\([^()]*\)|[A-Z][a-z/&-]+(?: [A-Z][a-z/&-]+)?")
# A bullet run into the text before it: "...* 2+ years", "...industries+ Interact with" (not "C++").
_GLUED_BULLET = re.compile(r"(?:^|(?<=\S))\s*\*\s+|(?<=[A-Za-z.)\]])\\?\+\s+(?=[A-Z0-9])|^\\?\+\s+|(?<=[A-Za-z0-9.)])\s+-(?=[A-Z])")
_BOLD_RUN_IN = re.compile(r"\*\*_?([A-Z][^*_\n]{2,80}?):?_?\*\*")  # ("**Clearance:**" is "Clearance: ")
_MINIMUM_HEAD = re.compile(r"(?:required|minimum|basic|essential)\b", re.I)


def _pieces(text: str) -> list[str]:
    """Flattened text as rows: at bullets run into the text ("...* 2+ years"), then sentences, then
    where a bullet's end lost its full stop before the next requirement's first word ("Strong
    analytical skillset Strong interpersonal skills Demonstrate ability to ...")."""
    return [piece.strip() for part in _GLUED_BULLET.split(clean(text)) if part.strip()
            for s in sentences(part.strip()) for piece in _RUN_ON_REQUIREMENT.split(s) if piece.strip()]


# The first word of a requirement, capitalised after a lower-case word with no stop between them
_RUN_ON_REQUIREMENT = re.compile(
    r"(?:(?<=[a-z0-9)])|(?<=[A-Z]{2}))\s+(?=(?:Strong|Excellent|Experience|Ability|Able|Prior|Familiarity|Proficiency|Proficient|Knowledge|"
    r"Demonstrated?|Acquaintance|Exposure|Expertise|Bachelor|Extensive|Solid|Outstanding|Superior|Must|Minimum|Working knowledge|"
    r"Understanding|Hands-on|Advanced|Good (?:knowledge|understanding|communication)|High level|This (?:job|role|position|is)|"
    r"Master(?:'s|’s| of)|Doctorate|PhD)\b)")


# A job board's flattened export: the body in this many lines at most, one of them this long.
_FLATTENED_LINES = 8
_FLATTENED_LENGTH = 600


def _flattened(posting: Posting) -> bool:
    lines = [line for line in posting.text.splitlines() if line.strip()]
    return len(lines) <= _FLATTENED_LINES and max(map(len, lines), default=0) >= _FLATTENED_LENGTH


_SMALL_WORD = re.compile(r"(?<= )(?:To|Of|And|Or|The|For|In|With)\b")


@functools.lru_cache(maxsize=1)
def _inline_heads() -> re.Pattern:
    """Requirement headings as they appear run into prose: a known title-case heading ("Basic
    Qualifications"), or any short heading-like phrase ending in a colon ("QUALIFICATIONS:",
    "Work Experience:"), whose kind decides whether the text after it is kept."""
    data = tomllib.loads(resources.files("postlint").joinpath("data/headings.toml").read_text("utf-8"))
    names = [h for kind in ("requirements", "preferred") for h in data["exact"][kind] if len(h.split()) >= 2
             and h.replace(" ", "").isalpha()]
    # ("Good to Have" keeps its small words in lower case; "Requirements", "Responsibilities" alone only
    # before a capital: "Requirements Federal government clearance ...")
    # (and in capitals: "... as assigned. REQUIRED QUALIFICATIONS Bachelor's degree in ...")
    titled = {n.title() for n in names} | {_SMALL_WORD.sub(lambda m: m.group().lower(), n.title()) for n in names} | {n.upper() for n in names}
    heads = sorted(titled, key=len, reverse=True)
    # (or glued to the word before it: "Minimum Job-Specific SkillsQualifications Required")
    # (and before the bullet run into it: "...requests.Experience and Skills* Minimum of 5 years")
    return re.compile(r"(?:(?<![\w-])|(?<=[a-z]))(" + "|".join(map(re.escape, heads)) + r")(?=[A-Z ]|\*\s)"
                      # ("... feature engineering Required 3-5 years of experience ...")
                      r"|((?:(?<=[a-z.] )|^)(?:Requirements|Qualifications|Responsibilities|About(?= [A-Z][\w.&-]*,? (?:Inc|LLC|Ltd|[A-Z])))(?= [A-Z])"
                      r"|(?<=[a-z] )Required(?= \d)"
                      # (a heading in capitals after a sentence ends: "... technologies. COMPENSATION BENEFITS Compensation will be ...")
                      r"|(?:(?<=[.!?] )|^)[A-Z]{3,}(?: [A-Z&]{2,}){1,4}(?= [A-Z][a-z]))"
                      r"|((?:(?<![\w'’-])|(?<=[a-z.)]))[A-Z][A-Za-z'’&/-]*(?: (?:[A-Z][A-Za-z'’&/-]*|and|or|of|the|for|to|&)){0,5}):(?!//)"
                      # a lead-in or a heading before its bullets: "... clearly.A qualified candidate will:* Proficient
                      # in Python", "... requests.Experience and Skills* Minimum of 5 years"
                      r"|((?<=[a-z.)])[A-Z][a-z]*(?: [a-z]+){1,6}(?=:\*\s)|(?<=[a-z.)])[A-Z][a-z]+(?: (?:[A-Z][a-z]+|and|or|of|&)){1,4}(?=\*\s)):?")


# The roles a posting names as who must have what it asks ("The Business Intelligence Analyst must have ...")
_ROLE_SUBJECTS = (ROLE_WORDS - {"product", "owner", "partner", "head", "president", "vp", "fellow", "counsel", "lead", "chef", "driver"}
                  | {"registrar", "recorder", "auditor", "treasurer", "commissioner"})
_PROSE_REQUIRES = re.compile(
    r"(?:[^,]{1,120},\s+)?(?:the |an? |all )?(?:ideal |successful |right |qualified |selected |prospective )?(?:candidate|applicant|person|individual|incumbent)s? (?:selected )?"
    r"(?:should|must|shall|will need to|needs? to) (?:also )?(?:have|possess|hold|be able|demonstrate|display|exhibit|bring|be an? (?:U\.?S\.? )?citizen"
    r"|be (?:experienced|proficient|skilled|fluent|familiar|technically proficient|committed to|comfortable (?:with|working)|eager to)\b)\b"
    # "The Business Intelligence Analyst must have good communication and organization skills", "The
    # Registrar of Voters should have an in-depth understanding of ...": the role the posting is for,
    # named as who must have it
    # ("Manager should be able to work independently ...": the article left out)
    r"|(?:the )?(?:[\w/&-]+ ){0,4}(?:" + "|".join(sorted(_ROLE_SUBJECTS)) + r")s?(?: of (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)? (?:should|must|will need to) (?:also )?"
    r"(?:have|possess|hold|be able|demonstrate|bring|be (?:experienced|proficient|skilled|fluent|familiar))\b"
    # "The ideal candidate for this position must adhere to high ethical standards"
    r"|(?:the )?(?:ideal|successful|right|selected) (?:candidate|applicant|person|individual) for (?:this|the) (?:position|role|job) (?:should|must|will need to) (?:also )?(?:have|possess|adhere|be|demonstrate|bring)\b"
    # "The successful candidate is self-sufficient, resourceful, collaborative; ...", "The ideal
    # candidate thrives in a fast-paced environment, values accuracy ...": the qualities asked
    # (the ideal candidate's are a preference: _PREFERRED_SUBJECT)
    r"|(?:the )?(?:successful|right|selected) (?:candidate|applicant|person|individual) (?:is (?:an? )?(?:highly |very )?[\w-]+(?:,|;| and)\s"
    r"|(?:thrives|has|brings|possesses|demonstrates|values|excels)\b)"
    # "We are seeking a detail-oriented and collaborative professional to ...", "The City is seeking a
    # detail oriented, thorough, and responsive candidate": qualities joined, asked of whoever applies
    r"|(?:[\w&.'’-]+ ){1,6}(?:is|are) seeking an? (?:[\w-]+,? ){1,4}and [\w-]+ (?:professional|candidate|individual|person)s?\b"
    # "The Board is seeking an innovative leader with demonstrated management experience ..."
    r"|(?:[\w&.'’-]+ ){1,6}(?:is|are) seeking an? (?:[\w-]+,? ){1,3}(?:professional|candidate|individual|person|leader|manager)s? with\b"
    # "It is critical that the General Registrar have excellent interpersonal skills ..."
    r"|it is (?:critical|essential|important|imperative|vital) that (?:the |our |this )?(?:[\w-]+ ){0,4}(?:have|has|be|possess|demonstrate)\b"
    # "Commitment to building an inclusive ... culture is required."
    r"|(?:a |an )?(?:strong |demonstrated )?commitment to [^.]{0,160}?\b(?:is|are) (?:required|essential|a must|expected)\b"
    # "This person must be committed to building a culture ..."
    # ("This position must be comfortable working in a highly scrutinized environment.")
    r"|this (?:person|position|role) (?:should|must|will need to) (?:also )?(?:have|possess|bring|demonstrate|be (?:able|experienced|proficient|skilled|committed|comfortable))\b"
    # "Sound judgment and considerable communication and interpersonal skills are required.", "Regular
    # attendance and timeliness are required": qualities named, then said to be required
    r"|(?:[\w'’-]+ ){0,8}?(?:skills|judge?ment|attendance|knowledge|abilit(?:y|ies)|proficiency|integrity)\b(?: and (?:[\w'’-]+ ){1,5}?)?(?:is|are) (?:required|essential|a must)\.?$"
    r"|must (?:have|possess|hold) (?:a |an )?(?:current|active|valid)\b"
    # "The successful candidate is someone who demonstrates a passion to serve the community, ..."
    # ("The ideal candidate is someone who ..." is a preference, _PREFERRED_SUBJECT)
    r"|(?:the |an? )?(?:successful |right |qualified |selected )?(?:candidate|applicant|person|individual) (?:is|will be) (?:someone|a person|an individual|one) (?:who|that) (?:demonstrates|has|possesses|brings|can|is)\b"
    r"|we seek (?:great|strong|excellent|exceptional|people|candidates|someone|individuals|an? (?:person|individual|candidate|professional) (?:who|that|with))\b"
    # "We need someone creative to figure out ... and who knows enough css/html to ...", "We want
    # someone with an eye for type": who is asked for, with a quality ("We need someone to design a
    # logo" says the task and asks nothing)
    r"|(?:we|i) (?:really )?(?:need|want) (?:someone|somebody|a person) (?:(?:who|that) (?:is|has|knows?|can|understands?)\b|with\b|(?!(?:to|who|that|for|in|on|at|here|now)\b)[\w-]+ (?:to|who|that|with)\b)"
    # "The Sponsor requires personnel who have experience with ...": who the client asks for
    r"|(?:the |our )?(?:[\w-]+ ){1,2}requires? (?:personnel|candidates|applicants|staff|individuals|someone|people|resources) (?:who|that|with)\b"
    # "Local candidates only.", "Only local applicants will be considered": where the hire must live
    r"|(?:locals?|local (?:candidates|applicants)|locals candidates) only\b|only local (?:candidates|applicants) (?:will be|are) considered\b"
    # "Looking for people able to find creative and cutting-edge solutions ..."
    r"|(?:we(?:'re|’re| are) )?looking for (?:people|someone|candidates|individuals|a person|an individual) (?:(?:who are )?able to|who can|capable of)\b"
    # "Must be proficient in Microsoft Office software." after the duties
    r"|must (?:be (?:proficient|able|skilled|fluent|familiar|experienced|knowledgeable|detail[- ]oriented|well[- ]organized|organized|self[- ]motivated)|have|possess|hold)\b(?!.*\b(?:lift|carry|push|pull|overtime|weekends?|evenings?|nights?|holidays|travel|stand|sit|walk)\b)"
    # ("You will have a strong understanding of the technology ...": not "you will have the opportunity to ...")
    r"|you(?: will|'ll|’ll)? (?:have|bring|possess) (?!(?:\S+ ){0,3}?(?:access|opportunit\w*|chance)\b)(?:\S+ ){0,3}(?:experience|knowledge|expertise|skills|degree|background|understanding)\b"
    r"|you understand\b"
    # "He/she must have a proven ability to ...", "He/she should be comfortable with hands-on data manipulation"
    r"|(?:he|she|he ?/ ?she|s ?/ ?he|he or she) (?:should|must|will need to) (?:also )?(?:have|possess|hold|demonstrate|bring|be (?:able|comfortable|experienced|proficient|skilled|fluent|familiar))\b"
    r"|the (?:next|new) [\w ]{1,40}? (?:must|should|will need to|will) (?:have|possess|hold|be able|demonstrate|bring)\b"
    # "Qualified candidates possess a Bachelor's degree as well as five (5) years of experience ..."
    r"|(?:qualified|successful|strong) (?:candidates|applicants) (?:possess|have|hold|bring)\b"
    # "The scientist in this position is expected to possess a clear understanding of ..."
    r"|(?:the |an? )?[\w-]+(?: in this (?:position|role))? (?:is|are|will be) expected to (?:possess|have|hold|demonstrate|bring)\b"
    # "You will need to be able to think fast ...", "You will be experienced in managing stakeholders",
    # "Strong communication skills are essential as ..."
    r"|you(?: will|'ll|’ll)? (?:need to be able to|be experienced (?:in|with)|need (?:\S+ ){0,3}(?:experience|knowledge|skills))\b"
    r"|(?:strong |excellent |good |solid )?[\w/&-]+(?: (?:[\w/&-]+|and)){0,3} (?:skills|experience|knowledge) (?:is|are) (?:essential|required|a must|mandatory|critical|expected)\b"
    # "Prior experience designing and developing production solutions is expected."
    r"|(?:(?:prior|previous|proven|relevant|hands-on|demonstrated) )?(?:experience|knowledge|familiarity|proficiency) (?:in|with|of|designing|building|developing|working|using)\b[^.]{0,100}\b(?:is|are) (?:expected|required|essential|mandatory|a must)\b"
    # "You should thrive in a fast-paced environment ..."
    r"|you (?:should|must|will need to) (?:thrive|excel|be comfortable|enjoy working)\b"
    # "We're looking for a person that has experience in conducting trainings"
    r"|(?:(?:for|in) this (?:role|position|job),?\s+)?we(?:'re|’re| are) (?:looking|searching) for (?:a |an )?(?:person|someone|candidate|professional|individual)s? (?:that|who|with) (?:has|have|is|are|can)?\b"
    r"|(?:(?:for|in) this (?:role|position|job),?\s+)?we(?:'re|’re| are) (?:looking|searching) for people (?:(?:that|who) (?:has|have|is|are|can)|with)\b"
    # "The Department of Elections is searching for an energetic and resourceful professional who likes
    # to get stuff done" (not "... is seeking a Data Scientist to ...": the job named)
    r"|(?:[\w&.'’-]+ ){1,6}(?:is|are) (?:searching|looking) for (?:an? )?(?:[\w-]+,? (?:and )?){0,4}?(?:person|professional|individual|candidate|someone|self-starter)s? (?:who|that|with)\b"
    # "A team player who is approachable and engaged will do well in this role."
    r"|(?:an? )?(?:[\w-]+ ){0,2}(?:person|professional|individual|candidate|team player|self-starter|leader|communicator) (?:who|that) [^.]{3,80}? will (?:do well|thrive|excel|succeed)\b"
    # "We are looking for a full time data scientist who is fluent in ...", "... machine learning and
    # data science experts who are passionate about ...", "... an analyst with 3+ years of ...": the
    # job named, then what its holder must bring
    r"|we(?:'re|’re| are) (?:now |currently |also )?(?:looking for|searching for|seeking) (?:a |an )?(?:[\w,-]+ ){1,9}?(?:(?:who|that) (?:is |are )?(?:fluent|proficient|experienced|skilled|well[- ]versed|knowledgeable|adept|passionate|excited)"
    r"|(?:who|that) (?:has|have|possess(?:es)?|brings?) (?:\S+ ){0,3}?(?:experience|knowledge|expertise|skills|a degree|a background|interest in|an interest in|a passion for)|with (?:\d+\+? years|(?:\S+ ){0,2}?(?:experience|expertise|knowledge|skills) (?:in|with|of)))\b"
    # "We are most interested in candidates who demonstrate sound judgment ..."
    r"|we(?:'re|’re| are) (?:\w+ )?interested in (?:candidates|applicants|individuals|people|those) (?:who|that|with) (?:have|has|demonstrate|bring|possess|can|are|show)?\b"
    # "You should have experience building models ..."
    r"|you (?:should|must) (?:also )?(?:have(?! (?:received|submitted|applied|filed|been)\b)|possess|hold|bring|be (?:able|experienced|proficient|skilled|fluent|familiar|comfortable))\b"
    r"|to be successful(?: in this (?:position|role|job))?,? you (?:must|should|will need to|need to)\b"
    # "The right candidate will have a passion for ...", "Competitive applicants will be highly
    # motivated ..." (not "... will have the opportunity to ...", "... will be contacted")
    r"|(?:the |our )?(?:right|successful|qualified|strong) (?:candidate|applicant|person|individual|hire|team member)s? will"
    r" (?:have|possess|bring|demonstrate|be (?:\w+ly )?(?:able|experienced|proficient|skilled|fluent|familiar|comfortable|dedicated|motivated|organi[sz]ed"
    r"|detail|excited|passionate|self|results|customer|an? (?:self|strong|highly|proven|team|detail|results)))\b(?! (?:the |an? )?(?:opportunity|chance|option|access)\b)"
    # "A valid Washington State driver's license is required to operate County vehicles", "Travel
    # to work locations throughout the county is required": a condition of the job, asked of all
    r"|(?:(?:possession of )?(?:a |an )?(?:valid |current )?[\w'’ -]{0,40}\b(?:driver'?s|driving) licen[cs]e|travel\b[^.]{0,140}?)"
    r" (?:is|are) required\b", re.I)
# "Knowledge of Six Sigma is a plus": said of a skill (the sentence must read like a requirement).
_PROSE_PREFERRED = re.compile(
    r"\b(?:is|are|would be|will be) (?:(?:considered|not required,? but(?: definitely| certainly| always)?) )?"
    r"(?:a (?:big |huge |strong |definite )?plus|an? (?:added )?(?:advantage|bonus)|(?:highly |strongly |very )?(?:desired|desirable|preferred)|nice to have)\b"
    # "some election experience would be helpful" (not "any information that would be helpful to ...")
    r"|\b(?:experience|knowledge|familiarity|background|skills?|degree|certification)\b[^;]{0,160}?\b(?:would|will) be (?:very |especially |particularly )?(?:helpful|useful|beneficial)\b", re.I)
# "The ideal candidate has ...", "Preference will be given to applicants with ...": a nice-to-have by its subject.
_PREFERRED_SUBJECT = re.compile(
    # ("Our dream applicant has built ...", "The ideal candidate enjoys tackling challenges ...")
    r"(?:to be considered (?:as )?)?(?:an |the |our )?(?:ideal|dream|perfect) (?:candidate|applicant|hire|team member|person|individual)s?,? (?:one )?(?:should|must|will|would|could|can|is|are|has|have|possess(?:es)?|demonstrates?|brings?|thrives|values|excels"
    r"|enjoys|loves|knows|understands|communicates|exhibits|combines)\b"
    # "Competitive applicants will be highly motivated ...": what sets an applicant ahead
    r"|(?:the )?(?:most |highly )?competitive (?:candidate|applicant)s? will (?:have|be|possess|demonstrate|bring)\b"
    r"|(?:ideally|preferably),? (?:this person|the (?:candidate|person|applicant)|you|they|he or she) (?:would|will|should|has|have|is|are)\b"
    # "You would ideally have experience across multiple platforms ..."
    r"|(?:you|the (?:candidate|person|applicant)|this person) (?:would|will|should) (?:ideally|preferably) (?:have|be|bring|possess)\b"
    r"|preference (?:(?:will|may) be |is )?given to (?:those |the )?(?:candidates|applicants) (?:with|who (?:have|possess|hold|can))\b(?!.*\bthe following\b)", re.I)


# "In addition to ..., this position also requires an understanding of and experience with ...",
# "... the ability to form effective working relationships ... is a must."
_POSITION_REQUIRES_LATER = re.compile(
    r"\b(?:this|the) (?:position|role|job) (?:also )?requires (?:an? |both )?(?:\S+ ){0,4}?(?:experience|knowledge|understanding|expertise|skills?|proficiency|abilit(?:y|ies)|judg(?:e)?ment)\b"
    # "... and require an extraordinary degree of tact, customer service approach, ... and communication skills"
    r"|\b(?:position|role|job|work|contacts|duties)\b[^.]{0,100}\brequire[sd]? (?:an? )?(?:extraordinary|high|great|considerable|significant) (?:degree|level) of\b"
    r"|\b(?:abilit(?:y|ies)|skills?|experience|knowledge)\b[^.]{0,200}\b(?:is|are) a must\b"
    # "The Registrar manages all phases of the election process and should have an in-depth understanding of ..."
    r"|\band (?:should|must) (?:also )?(?:have|possess) (?:an? )?(?:[\w-]+ ){0,3}(?:understanding|knowledge|experience|skills?|abilit(?:y|ies)|background)\b"
    # "... a challenging role that requires the right candidate to show leadership, ownership, ...",
    # "... a remote, part-time position that requires reliable and strong Internet access"
    r"|\b(?:position|role|job) that requires (?:the (?:right|successful|ideal|selected) (?:candidate|person|individual|hire) to (?:show|have|demonstrate|possess|bring)"
    r"|(?:reliable|strong|stable|high-speed|fast)\b[\w ,-]{0,30}\binternet)\b", re.I)


def _lead_in_to_requirements(text: str) -> bool:
    """ "To perform this job successfully, an individual should have:" opens a list of what is
    asked, though its first words also open the legal notice that ends one."""
    # ("THE FOLLOWING IS DESIRED, BUT NOT REQUIRED ...": a lead-in in capitals may go without its colon)
    return (text.endswith(":") or text.isupper() and "FOLLOWING" in text) and lead_in_kind(text) in REQUIREMENT_KINDS


_CONNECTIVE = re.compile(r"^(?:therefore|thus|as such|additionally|also|in addition|furthermore|ideally|ultimately|above all|most importantly|overall|finally|to do (?:this|so|that)|in doing so),?\s+(?=\S)", re.I)


def _prose_requirement(text: str) -> bool | None:
    """A requirement said in a sentence outside any requirements list: False for a must-have ("The
    candidate should have a statistics background ..."), True for a nice-to-have ("Knowledge of Six
    Sigma is a plus.", "Preference will be given to applicants with ..."), None for any other."""
    text = _CONNECTIVE.sub("", text)  # "Therefore, successful candidates will have ..."
    if _pitch(text):
        return None
    if _PROSE_REQUIRES.match(text) or _zones()["position_requires"].match(text):
        return False
    later = _POSITION_REQUIRES_LATER.search(text)
    if later is not None and not _zones()["job_condition_named"].search(_sentence_at(text, later.start())):
        return False  # ("... the position requires one to ... lift and carry": conditions)
    if _PREFERRED_SUBJECT.match(text) or _PROSE_PREFERRED.search(WHICH_OPTION_PREFERRED.sub("", text)) and (
            _asks(text) or _shaped(text) or len(text.split()) <= 40 and _SKILL_NOUN.search(text)):
        return True
    return None


# What sells the job to the person it wants, and asks nothing one could show: "... professional who
# likes to get stuff done", "will thrive in an innovative, fast-paced environment and will not
# hesitate to roll up both sleeves, work hard, have fun"
# (while "You should thrive in a fast-paced environment" asks a way of working)
_PITCH = re.compile(r"\broll up (?:\w+ )?sleeves\b|\bhave fun\b|\bget (?:stuff|things)(?:”|\")? done\b", re.I)


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` that holds position ``at``."""
    before, end = text.rfind(". ", 0, at), text.find(". ", at)
    return text[before + 2 if before >= 0 else 0:end if end >= 0 else len(text)]


def _pitch(text: str) -> bool:
    """A sentence that sells the job to the person it wants and names no skill, knowledge or
    experience of that person: no requirement."""
    return bool(_PITCH.search(text)) and not _SKILL_NOUN.search(text)


_REQUIRED_IN_DUTIES = re.compile(r"\bmust (?:have|possess|hold|obtain)\b|^(?:must \w+|required:)|"
                                 # "Attendance must be maintained at an acceptable level.", "Regular and reliable attendance is ..."
                                 r"^(?:(?:regular|reliable|consistent|punctual)(?: and (?:reliable|regular|punctual|consistent))? )?attendance (?:must|is)\b|"
                                 r"^requires (?:\w+ |\(\d+\) ){0,3}(?:knowledge|ability|abilities|skills?|experience|completion|possession|degree|years?)\b|"
                                 r"\brequires? (?:all |its )?(?:employees|applicants|candidates|staff) to\b|"
                                 r"^(?:the |an? |all )?(?:employee|candidate|applicant|incumbent)s? (?:must|should)(?: also)? \w+", re.I)
# A sentence among duties that starts as only a requirement does ("Ability to work under pressure
# ... is key to success"): duties start with what the job does.
_ADDRESSES_YOU = re.compile(r"\byou\b|\bcandidates?\b", re.I)
_ASKS_SURELY = re.compile(r"(?:the |an? )?(?:(?:thorough|working|general|basic|strong|good|solid|sound|broad|extensive|considerable|demonstrated|expert|in-depth|comprehensive) )?"
                          r"(?:ability|knowledge|proficiency|familiarity|skills?|expertise)(?: (?:and|&) (?:skills?|abilit(?:y|ies)|understanding|knowledge|experience))? (?:to|of|in|with)\b|"
                          r"(?:\d+\+? years'? )?(?:(?:work|professional|prior|previous|relevant|proven|hands-on|practical|industry|direct) )?experience (?:in|with|of|using|building|developing|working)\b|fluency (?:in|with)\b|(?:a )?(?:high|higher|advanced) level of [\w ]{0,40}\b(?:skills?|knowledge|proficiency)\b", re.I)
# what a step says to send, or where: "... submit their application package via email to: ...", "To apply, please visit https://..."
_APPLYING = re.compile(r"\b(?:submit\w*|send|e-?mail\w*|attach\w*|upload\w*|include\w*|visit)\b|@|https?://", re.I)
_ROLE_STATEMENT = re.compile(r"this is an? (?:[\w-]+ ){0,4}(?:position|role|job)\b", re.I)
# a degree said to be required or preferred, in a line of its own: "Bachelor's or higher degree in a related field is preferred."
_DEGREE_SAID_ASKED = re.compile(r"(?=(?:an? )?(?:associate|bachelor|master|doctora|ph\.? ?d)\b)[^.;]{0,120}?\b(?:is|are) (?:required|preferred|desired|desirable)\.?$", re.I)
# A line among the duties that can only be a requirement: a degree or a number of years first.
_DEGREE_OR_YEARS = re.compile(
    # (after "A minimum of", "At least": "A minimum of 3 years of experience as a Trainer")
    r"(?:(?:an? )?(?:minimum|min\.|at least) (?:of )?)?"
    r"(?:(?:an? )?(?:associate|bachelor|master|doctora|ph\.? ?d|high school diploma|ged\b)|\d+\+?\s*(?:\(\d+\)\s*)?years? of"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\(\d+\)\s*)?years?\b(?! ago\b))", re.I)
# "Strong interpersonal skills and the ability to communicate ...": what an applicant has
_SKILL_NOUN = re.compile(r"\b(?:skills?|abilit(?:y|ies)|knowledge|experience|proficiency|expertise|understanding|background|familiarity)\b", re.I)
_ASSESSED = re.compile(r"\bassess(?:es|ing|ed)?\b[^.]*\bfollowing\b", re.I)
# (not "Please know that all applications are reviewed": that tells, it asks no step)
_STEP = re.compile(r"(?:to be considered[^,]{0,60}?,?\s+)?(?:you|candidates|applicants)\s+(?:must|should|need to|will need to|are asked to|are required to|can apply)\b"
                   r"|(?:\S+\s+){0,4}please\b(?! (?:know|note|be aware|understand|remember)\b)", re.I)
_SUBJECT_IS = re.compile(r"^(?!you\b)(?:[\w'’()&,-]+\s+){1,8}?(?:is|are) (?:seeking|searching|looking|hiring|a|an|the|one|proud|committed|responsible|expected|part|based)\b", re.I)


_SCHEDULE = re.compile(r"\b(?:this|the) (?:position|role|job) (?:will )?(?:work|works|is scheduled|will be scheduled)\b"
                       r"|^(?:application )?deadline (?:extended|has been extended|is)\b", re.I)  # ("Deadline extended through Sunday, April 24th!")


def _is_duty(text: str, kind: str, among_duties: bool = False) -> bool:
    """Whether ``text`` (a "bullet" or a "sentence" of prose) is a duty to prepare for.
    ``among_duties``: the sentence is one of a block whose sentences are mostly duties by their
    verb, so a duty verb missing from the list ("Index recorded deeds") does not drop it."""
    z = _zones()
    words = text.split()
    if text.startswith("[") or text.endswith("]"):
        return False  # a template's placeholder or a bare link: "[add one or two if necessary]"
    if len(words) < (3 if kind != "sentence" else 4) or not _has_words(text) or text.endswith(":") or "?" in text:
        return False  # "Program Specialist 4", "Full Time, Permanent": labels, not duties
    if z["duty_statement"].match(text.lstrip("(")) or z["blurb"].search(text) or _CALL_TO_APPLY.match(text) or _FOR_INFORMATION.match(text):
        # ("(The illustrative duties listed in this specification are representative ...": a note;
        # "For more detailed information, refer to the job description": where to read more)
        return False
    if text.startswith(("...", "…")) and text.lstrip(".… ")[:1].islower():
        return False  # "...and having a laugh with your team": the list's aside, not a duty
    if kind == "sentence" and len(words) > 1 and words[1].lower().strip(",") in z["copula"]:
        return False  # "TETRA is an Enterprise IT Program ...", "The program is ..."
    if kind == "sentence" and _SUBJECT_IS.match(text):
        return False  # "CACI's Business Sector is seeking a self-starter ...": about the employer
    if kind == "sentence" and _WE.search(text):
        return False  # "Together, we build a welcoming community": the employer about itself
    if kind == "sentence" and not among_duties and not _prose_duty(text):
        return False  # "King County Elections manages ...", "Forbes recently named ...": not the job's
    if _CONDITION_START.match(text) or _SCHEDULE.search(text):
        # "Requires extensive sitting", "May be required to lift up to 20 pounds", "During non-election
        # time, this position will work Monday - Thursday, 7:00am - 5:30pm": a condition
        return False
    if len(_LETTERS.findall(text)) < 2:
        return False  # "1, 2, 3, 4, 7, 8, 11, 13, and 14": a list of numbers run off its sentence
    if len(words) <= 5 and text.rstrip(".")[-1:].isalnum() and text.isascii() and not _prose_duty(text):
        return False  # "Department leadership and administration" over its duties: a group's name
    if (_STATES.match(text) and not _duty_verb(text)) or _title_case(text):
        # "Agency staff are civil servants ...", "The data is right ...", "Thus requires ...": what
        # something is, or the rest of a sentence; "Internal Agency Post Only", "Description of the
        # IT Division": a label or a heading. A duty says what the job does.
        return False
    return True


# The words a duty's verb may follow: numbering ("4.Build"), a label ("Data Modeling : Apply ..."),
# an opening clause ("Under general supervision, oversees ..."), a modal or an adverb ("May attend
# ...", "Accurately cashiers ...", "Also performs ...").
_LEADING_VERB = re.compile(r"[\W\d_]*(?:[A-Z][\w ]{0,40}?\s?:\s+)?(?:you )?(?:(?:may|will|also|[a-z]+ly) ){0,2}([A-Za-z]+)", re.I)
_OPENING_CLAUSE = re.compile(r"^(?:(?:under|with|in|as|during|when) [^,]{1,60}|[^,]{1,30}),\s*", re.I)
# A sentence that says what the duties are: "Core duties include designing ...", "Primary
# responsibility for performing ...".
_DUTIES_ARE = re.compile(r"^(?:\w+ )?(?:duties|responsibilities|responsibility|tasks|functions|activities)\b(?: (?:will |may )?(?:also )?(?:include|encompass|involve|are|for)\b|:)", re.I)
_FIRST_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# How a physical demand or a condition of the job starts, never a duty.
_CONDITION_START = re.compile(r"(?:requires?|needs?|may (?:be )?requir\w*|must be able to (?:lift|stand|sit|walk)|physical demands?|"
                              r"regular and reliable attendance|employees\b.{0,60}\b(?:may|must|are required|will be required)\b"
                              # a class specification's physical demands, their heading lost: "Mobility to work in a
                              # typical office setting ...; vision to read printed materials ...", "Accommodation may
                              # be made for some of these physical demands ..."
                              r"|(?:mobility|vision|hearing|dexterity|strength|stamina) (?:and \w+ )?to\b|accommodations? may be (?:made|provided)\b)", re.I)
# Words of English a sentence has: prose in another language is read as before (no verb list).
_ENGLISH = frozenset({"the", "and", "of", "to", "a", "in", "with", "for", "you", "your", "on", "our", "is", "are"})


def _prose_duty(text: str) -> bool:
    """A sentence of prose that says what the job does: it starts with a duty verb ("Design and
    analyze experiments ...", "Under supervision, oversees ...", "Working with SQL ...") or its
    subject is the role or "you" ("This position will lead ...", "You'll work with ..."); not
    "King County Elections manages ...", "Forbes recently named ...". Prose in a language other
    than English passes (the verbs are English)."""
    z = _zones()
    if _starts_with_duty_verb(text) or _DUTIES_ARE.match(text):
        return True
    clause = _OPENING_CLAUSE.match(text)
    for at in (0, clause.end()) if clause else (0,):  # after a modal or an adverb, then after an opening clause
        lead = _LEADING_VERB.match(text, at)
        if lead is not None and _is_duty_verb(lead.group(1), text[lead.end():]):
            return True
    if z["role_duty"].match(text) is not None or z["role_duty"].match(text.partition(" : ")[2]) is not None:
        return True  # "You will ...", "Strategic Roadmap : You will take ownership ..."
    words = text.split()
    return len(words) >= 6 and _ENGLISH.isdisjoint(w.lower() for w in words)


_OBJECT_FOLLOWS = re.compile(r"\s*(?:[,;/&]|(?:the|a|an|and|or|all|new|our|your|their|any|each|every|multiple|various|with|on)\b)", re.I)


_NOUN_NEXT = frozenset({"of", "to", "for", "up", "management", "skills", "experience", "requirements", "is", "are", "was",
                        "were", "will", "may", "can", "must", "should"})
_IS = re.compile(r"\b(?:is|are|was|were)\b")


def _starts_with_duty_verb(text: str) -> bool:
    """The first word is a duty verb ("Design and analyze ...", "Lead a team ...")."""
    first = _FIRST_WORD.match(text)
    return first is not None and _is_duty_verb(first.group(), text[first.end():])


def _is_duty_verb(word: str, rest: str) -> bool:
    """``word`` is a duty verb: one of the duty verbs, or one also a noun with an object or a
    conjunction after it ("Lead a team", "Plan, organize ..."; not "Travel to sites is required")."""
    zones = _zones()
    stem = _verb_stem(word.lower())
    if stem in zones["duty_verbs"]:
        return True
    if stem not in zones["duty_nouns"]:
        return False
    if _OBJECT_FOLLOWS.match(rest):
        return True
    # "Index recorded deeds", "Orders supplies": a verb with its object, in a sentence with no
    # other main verb; "Travel to sites is required", "Project management ..." are nouns.
    after = rest.split(maxsplit=1)
    if after and (after[0].isupper() or "." in after[0].rstrip(".") or after[0].endswith(("'s", "’s"))):
        return True  # "Support TTS core values", "Lead Login.gov's anti-fraud program": a named object
    return bool(after) and after[0][:1].islower() and after[0] not in _NOUN_NEXT and not _IS.search(rest)


def _verb_stem(word: str) -> str:
    """The base form of a verb in the third person or a gerund ("applies" -> "apply", "manages" ->
    "manage", "processes" -> "process", "planning" -> "plan"), for a lookup in the duty verbs;
    other words as they are."""
    verbs = _zones()["duty_words"]
    if word in verbs or not word.endswith(("s", "ing")):
        return word
    for cut, add in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if word.endswith(cut) and word[: -len(cut)] + add in verbs:
            return word[: -len(cut)] + add
    if word.endswith("ing") and len(word) > 5 and word[-4] == word[-5]:  # "planning", "setting"
        return word[:-4]
    return word


_TITLE_PARTS = re.compile(r"\s+(?:or|and|/|-|–|—)\s+|\s*[/,(]\s*|\)", re.I)
_WORK_NEEDED = re.compile(r"\b(?:is|are) needed\b|\bwe need\b|\bimprovements?\b", re.I)
_FIRST_PERSON = re.compile(r"(?:I|we|my|our)\b(?!\.)", re.I)
# a front-matter skills field that asks in the first person: "We're looking for someone capable of ..."
_LOOKING_FOR_SOMEONE = re.compile(r"(?:we|I)(?:['’]re| are| am)? (?:looking for|seeking|searching for) (?:someone|a person|people|a designer|an? [\w-]+ who)\b", re.I)
_ASKS_THE_APPLICANT = re.compile(r"\b(?:must|should|please|submit|apply|send|include|attach|complete|upload|e-?mail|mail|visit|go to|click|"
                                 r"fill|sign|provide|accepted|available|"
                                 # what to send: "A completed application form and a cover letter ..."
                                 r"(?:application )?form|resume|résumé|cv|cover letter|letters?|references|transcripts?|portfolio)\b|https?://|www\.|@", re.I)
_APPLYING_WHEN = re.compile(r"\b(?:period|window)\b", re.I)  # "Application period: 10/2 - 10/16": by when
_TO_APPLY = re.compile(r"^(?!.*\b(?:deadline|date|closing)\b).*(?:\bto apply\b|\bapplication\b)", re.I)
# "Experience with NLP, preferably in a commercial setting": the preference is about a detail.
_DETAIL_PREFERRED = re.compile(r",\s*(?:ideally|preferably)\b(?!.*\b(?:a plus|desired|desirable|preferred|nice to have)\b)", re.I)
_FAMILIAR = re.compile(r"(?:some |basic |good )?familiar(?:ity)? with\b", re.I)
_WE = re.compile(r"\bwe\b", re.I)
_CONTACT = re.compile(r"\bcontact\W*$", re.I)
# (and a pointer to the rest: "For a more detailed listing of duties, please view ...", "For
# additional details on the position, please see the position description link below")
_FOR_INFORMATION = re.compile(r"(?:for|if you have) (?:a )?(?:more |additional |further |any |full |complete )?(?:detailed |complete )?"
                              r"(?:information|questions|inquiries|details|listing|list|description)\b", re.I)
_STATES = re.compile(r"(?!(?:ensure|make sure|verify|confirm|check|see|keep|help|guarantee)\b|\w+ing\s+(?-i:[a-z]))(?:(?!that |which |who )\S+\s+){1,4}"
                     r"(?:is|are|was|were|believes|operates|serves)\b|(?:thus|therefore|however|hence|moreover|furthermore|additionally|incumbents?|incumbent\(s\))\b", re.I)


Row = tuple[str, int | None, bool, int]  # a requirement row: text, line, preferred, section number


@dataclass(slots=True)
class _Reading:
    """What ``zoned`` gathers from the sections: requirement rows (sorted out by
    ``_requirement_list``), application steps, duties and benefits."""
    rows: list[Row] = field(default_factory=list)
    apply: list[Entry] = field(default_factory=list)
    prepare: list[Entry] = field(default_factory=list)
    benefits: list[Entry] = field(default_factory=list)
    # lines of a working-conditions paragraph read for an ask among its conditions ("Must have the
    # ability to represent an elected official ..."): their conditions are still read
    mixed: set[int] = field(default_factory=set)


# "Criminal Background Check ... Required.", "A background check will be required", "must pass a drug screen"
_SAYS_ASKED = re.compile(r"\b(?:is|are|will be|be) (?:required|mandatory)\b|\brequired\W*$|\bmust (?:have|be|possess|hold|pass|meet|obtain|complete)\b"
                         r"|\bcontingent (?:up)?on\b|^(?:\w+ ){0,2}requires\b"
                         r"|^(?:active |current )?(?:secret|top secret|ts(?:/sci)?|public trust)\b", re.I)  # "Security Clearance:" / "Secret"


_REPEATED_WORDS = 6  # a shorter line ("Excellent communication skills") may well be said twice


def _said_before_the_section(posting: Posting, section: Section) -> set[int]:
    """Lines of ``section`` that say, word for word, a line of the posting's opening (above its
    first heading): an export that repeats the opening paragraph after the list, where it reads as
    more of the list. (A line said again in another list is asked again: "Must have a valid
    driver's license" of each level of the job.)"""
    first, start = posting.first_line, section.span.line
    opening_end = min((other.heading_span.line for other in posting.sections if other.heading_span is not None), default=start)
    opening = [line.text for line in posting.lines[:max(0, min(start, opening_end) - first)] if len(line.text.split()) >= _REPEATED_WORDS]
    if not opening:
        return set()
    before = {clean(text) for text in opening}
    return {line.number for line in posting.lines[start + 1 - first:section.span.end_line + 1 - first]
            if len(line.text.split()) >= _REPEATED_WORDS and clean(line.text) in before}


def _blank_between(posting: Posting, first: int, last: int) -> bool:
    """Whether a blank line stands between source lines ``first`` and ``last``."""
    return any(not posting.line_text(n).strip() for n in range(first + 1, last))


# A sentence that says what the applicant is or has: "You are able to ...", "You have ...".
_YOU_ASKED = re.compile(r"^(?:(?:in addition|also|additionally|ideally|finally|and),?\s+)?(?:you|you(?:'re|’re|'ve|’ve))\b(?! will\b)", re.I)
# A sentence that asks in words of its own, wherever it stands.
_STILL_ASKS = re.compile(r"\b(?:must|should|shall|required|requires?|essential|mandatory|necessary|contingent|preferabl[ey]|expected to|needs? to|will need)\b"
                         r"|^(?:you|candidates?|applicants?) will (?:be|have|bring|possess)\b", re.I)
# A sentence about something other than the applicant: the team, the company, the work ("At our
# scale, ...", "Most of them ...", "What you know is less important than ...").
_NOT_OF_YOU = re.compile(r"(?:at|our|we|we're|we’re|this|these|that|it|it's|it’s|they|there|most|many|what|which|here|if|so|but)\b", re.I)
_EXPLICIT_ASK = re.compile(r"\b(?:is|are) (?:a must|required|essential|mandatory)\b|\bmust (?:have|be|possess|hold)\b"
                           r"|^you(?:'ll|’ll| will)?(?: \w+)? need to\b|^you should (?:be|have|know|prioriti[sz]e)\b", re.I)


def _explanation_lines(posting: Posting, section: Section) -> set[int]:
    """The lines that explain a requirement named on the line above them, when a list is written so
    ("3+ years of engineering experience" / "Things move quickly in the data group. You'll need to
    ..."): two such pairs at least, each a short name with no end stop over a paragraph of its own."""
    lines = sorted({item.span.line for item in section.items})
    lone = section.heading_span is not None and _lone_word_item(posting, section)
    if lone:
        lines.insert(0, section.heading_span.line)  # "JIRA" / "IZEA uses JIRA to manage ...": the parser's heading names it
    explained = set()
    for line in lines:
        name, prose = posting.line_text(line).strip(), posting.line_text(line + 1).strip()
        if (line + 1 in lines and name and prose and len(name.split()) <= 12 and name[-1] not in ".:;!?,"
                and not posting.line_text(line - 1).strip() and not posting.line_text(line + 2).strip()
                and len(prose.split()) >= 12 and (prose.endswith(".") or _SENTENCE_END.search(prose))
                and not (_asks(prose) or _DEGREE_OR_YEARS.match(prose) or _is_level_label(name))):
            # ("Departmental Technician 7" / "One year of experience ...": a level and what it asks)
            explained.add(line + 1)
    return explained if len(explained) >= 2 or lone else set()


def _after_lead_in(text: str, posting_text: str) -> str:
    """An item as the words after its lead-in ("Knowledge of:" / "Principles of filing." ->
    "principles of filing."), its first word in lower case unless the posting writes that word as a
    name: never in lower case, and with its capital after a word in lower case ("Florida election
    law" where the posting says "the Florida Election Code") or before another capitalised word
    ("Joint Application Design")."""
    words = text.split()
    word = words[0].rstrip(".,;:") if words else ""
    if not word or word[1:2].isupper() or not word[:1].isupper():
        return text  # "SQL", "iOS"
    lower = word[:1].lower() + word[1:]
    if re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", posting_text) is None and (
            len(words) > 1 and words[1][:1].isupper() or re.search(rf"\b[a-z][\w'’-]* {re.escape(word)}\b", posting_text)):
        return text
    return text[:1].lower() + text[1:]


# A line of a list that leads into the lines under it: "Considerable knowledge of:", "Skill in:"
_LEAD_IN_LINE = re.compile(r"(?:\w+ ){0,2}(?:knowledge|skills?|abilit(?:y|ies)|proficiency|familiarity|understanding) (?:of|in|to|with)\s*:$", re.I)
_LAW_SECTION = re.compile(r"(?:Sec\.|Section|§+)\s*\d+(?:\.\d+)*[.:]?(?:\s|$)")
_LAW_LINE = re.compile(_LAW_SECTION.pattern + r"|\([a-z]\)\s")
_LAW_ASKS = re.compile(r"\b(?:must|eligible|required|qualified)\b", re.I)


def _read_requirements(posting: Posting, section: Section, kind: SectionKind, number: int, got: _Reading,
                       lead_in_above: str | None = None) -> None:
    rows = got.rows
    preferred = kind is SectionKind.PREFERRED
    if section.heading and (_SOME_OF.search(section.heading) or _ABILITIES_HEADING.match(section.heading)):
        # "Experience in two or more of the following:", "Abilities (some combination of the
        # following)" as a heading: the intro of its items.
        rows.append((section.heading.rstrip(":") + ":", section.span.line, preferred, number))
    elif section.heading and _SENIORITY_LABEL.fullmatch(section.heading.strip()):
        # "Senior Positions:" over what the senior hires need: a level label, as one inside a list is
        rows.append((section.heading.strip(), section.span.line, preferred, number))
    elif section.heading and _ITEM_HEADING.match(section.heading) and classify_heading(section.heading) is None \
            and _heading_form(posting, section) is None:
        # "Experience in Oracle" made a heading by its case: the first item of its list
        written = _heading_as_written(posting, section)
        rows.append((written, section.span.line, preferred or _desirable(written), number))
    elif section.heading and (_ITEM_PRIORITY_END.search(section.heading) and classify_heading(section.heading) is None
                              and "following" not in section.heading.lower()  # "Following Skills are a Plus" names a list
                              # ("Technical Skills Required" is the known heading "Technical Skills", saying its priority)
                              and classify_heading(_PRIORITY_WORD_END.sub("", section.heading).strip(" :-")) is None
                              and _heading_form(posting, section) is None  # "Education & Experience Required:" is a heading
                              or _lone_word_item(posting, section) and not _group_heading(posting, section)):
        # "Outreach Program Experience Preferred" looks like a heading by its case, but says
        # what it asks and how much: an item.
        # (A lone word the parser made the heading of a nice-to-have list, "SQL" under "Desired
        # Tools/Languages", is of that list.)
        written = _heading_as_written(posting, section)
        if lead_in_above and _lone_word_item(posting, section):
            written = f"{lead_in_above} {written}"  # "SQL" in the list under "Knowledge of:": "Knowledge of SQL"
        rows.append((written, section.span.line, _desirable(written) or preferred and _lone_word_item(posting, section), number))
    lead_in = section.heading.rstrip(": ") if section.heading and _LEAD_IN_HEADING.search(section.heading) else lead_in_above
    lead_end: int | None = None  # the last line read under the lead-in (a blank line may follow the heading)
    # a heading that is a sentence leading into its list ("People applying must have the following skills:")
    sentence_lead = bool(section.heading and len(section.heading.split()) >= 4 and classify_heading(section.heading) is None
                         and _heading_form(posting, section) == ":")
    list_end: int | None = None
    # Under "Security Clearance:" or "Background Checks:" only what asks is a requirement: the export
    # may run the company's blurb on under it
    ran_on = bool(section.heading and _zones()["condition_headings"].search(section.heading))
    explained = _explanation_lines(posting, section)
    # a law quoted section by section ("Sec. 31.035." / "(a) ..."): of its sentences, only those that
    # ask something of the person hired are requirements
    quoted_law = any(_LAW_SECTION.match(posting.line_text(item.span.line).lstrip()) for item in section.items)
    # "Application Procedure: To be considered, please complete ..." as a label in the list: what
    # follows it in the section is about applying, no requirement
    # (up to the next label of another part: "Work Location and Requirements: ..." is of the list again)
    label_parts = [(label.span.line, kind is SectionKind.HOW_TO_APPLY) for label in posting.labels
                   if section.span.line < label.span.line <= section.span.end_line
                   and (kind := classify_heading(label.name, fuzzy=True)) is not None]
    # "Preferred Qualifications: Experience in training ..." as a label and its paragraph: the
    # preference is the paragraph's; a list after a blank line ("Considerable knowledge of:" / "- ...")
    # is what the posting asks next, each line of the priority its own words say
    first = section.items[0] if section.items else None
    label_end = first.span.end_line if preferred and first is not None and first.kind == "value" and section.heading_span is not None \
        and first.span.line == section.heading_span.line and not first.text.rstrip().endswith(":") else None
    item_lead = False  # the lead-in is a line of the list ("Skill in:"), not the heading
    own_words = False  # each line's priority is what its own words say (the parser's is the label's)
    repeated = _said_before_the_section(posting, section)
    for item, (text, line, listed) in _with_items(posting, section.items, bare_lists=True):
        if line in repeated and not (_zones()["instruction"].match(text) or _zones()["notice"].search(text) or text.endswith("?")):
            # the opening paragraph said again after the list ("This a full-time position onsite ..."); a
            # step, a notice or a question says where the list ends, and is read
            continue
        if label_end is not None and line is not None and line > label_end and _blank_between(posting, label_end, line):
            preferred, label_end, own_words = False, None, True
        if listed and line is not None and _LEAD_IN_LINE.match(text):
            # "• Considerable knowledge of:" / "- Federal and state election laws.": the lines under
            # it are what it asks for, up to a blank line or the next such line
            lead_in, lead_end, item_lead = text.rstrip(": "), line, True
            rows.append((text, line, preferred, number))
            continue
        if item_lead and lead_end is not None and line is not None and _blank_between(posting, lead_end, line):
            lead_in, lead_end, item_lead = None, None, False
        if label_parts and line is not None and next((applying for at, applying in reversed(label_parts) if at <= line), False):
            if _zones()["instruction"].match(text):
                got.apply.append(Entry(text, line))
            continue
        if line in explained and not _EXPLICIT_ASK.search(text):
            continue  # "Things move quickly in the data group.": why the line above is asked
        if lead_in and lead_end is not None and line is not None and _blank_between(posting, lead_end, line):
            # "Ability to:" speaks for the lines right under it; after a blank line comes what the
            # section ran on into ("Physical requirements include ...", the benefits), not more abilities;
            # of it, only what asks in its own words is a requirement
            lead_in, ran_on = None, True
        if sentence_lead and list_end is not None and line is not None and _blank_between(posting, list_end, line) \
                and _list_form(posting, line) != _list_form(posting, list_end):
            # "People applying must have the following skills:" over "1) ...", "2) ...": its list; after a
            # blank line, lines of another form ("- The main tasks will be ...", a paragraph on pay) are
            # what the posting goes on to, and only what asks in its own words is a requirement
            sentence_lead, ran_on = False, True
        if ran_on and not (_asks(text) or _DEGREE_OR_YEARS.match(text) or _SAYS_ASKED.search(text) and not _NOT_ASKED.match(text)
                           or _zones()["instruction"].match(text)):  # (a step goes on to How to apply)
            continue
        if quoted_law and line is not None and _LAW_LINE.match(posting.line_text(line).lstrip()) \
                and not (_asks(text) or _ASKED_WORDS.search(text) or _LAW_ASKS.search(text)):
            continue  # "(a) A vacancy in the position ... is filled by appointment of ...": the law quoted, asking nothing
        if item.kind == "value" and section.heading and len(text.split()) <= 3:
            text = f"{section.heading}: {text}"  # "EXP: 10+ Years", not "10+ Years"
        elif lead_in and not text.lower().startswith(lead_in.lower()) and not _ASKS_SURELY.match(text):
            # ("Thorough knowledge of information repository issues" under "Knowledge of:" says it itself)
            # Under "Knowledge of:", "Election laws" is "Knowledge of election laws".
            text = f"{lead_in} {_after_lead_in(text, posting.text)}"
        if lead_in and line is not None:
            lead_end = line
        if sentence_lead and line is not None:
            list_end = line
        whole = clean(item.text)
        if (item.kind == "sentence" and listed) or section.kind not in REQUIREMENT_KINDS or own_words \
                or text != whole and text in whole and _desirable(whole):
            # A line of a list the parser read as one sentence, a section the parser gave another
            # kind (so no priority), or one sentence of a bullet whose words, not its list, made it
            # a preference ("Knowledge of SQL. Keras is a plus."): the item's own words say.
            own = _desirable(text)
        else:
            # The parser reads "Familiarity with X" as a softer ask; in a requirements list
            # with nothing else saying so, it is required.
            own = item.priority is Priority.PREFERRED and (_desirable(text) or not _FAMILIAR.search(text)) \
                and not _DETAIL_PREFERRED.search(text) or bool(_ENDS_PREFERRED.search(without_asides(text))) and not text.rstrip(" .;").endswith(")") \
                and not _LEADING_MUST.match(text) \
                or bool(_LEADS_PREFERRED.match(text))  # ("Plus: share our love for open source" in a requirements list)
        # ("Experience with BI tools required, Looker preferred": the line says both priorities)
        if not preferred and (own and ";" in text or _trailing_preference(text)) or not preferred and _BRACKETED_PREFERENCE.match(text):
            rows.extend(_own_priorities(text, line, number))
            continue
        if not preferred and not _PREFERRED_SUBJECT.match(text) and _mixed_priority_parts(text):
            # "Must have a Bachelor's degree; Master's degree ... preferred": each part says its own priority
            rows.extend(_own_priorities(text, line, number))
            continue
        rows.append((text, line, preferred or own, number))


def _read_duties(posting: Posting, section: Section, number: int, label_lines: set[int], got: _Reading) -> None:
    """A duties section: its duties (Prepare), and what the export let run into it: requirement
    lines and blocks, lead-ins to requirements, instructions."""
    z = _zones()
    rows = got.rows
    entries = list(_with_items(posting, section.items, split_sentences=False, bare_lists=True))
    asked = _asking_blocks(entries)
    first_asked = min(asked) if asked else None
    last_row = None
    switched: SectionKind | None = None  # set by a lead-in to requirements among the duties
    aside = False  # set by a lead-in to benefits or to applying among the duties
    prev_line = 0
    label_line_numbers = [label.span.line for label in posting.labels]
    prose = [text for _, (text, _, listed) in entries if not listed]
    mostly_duties = len(prose) >= 3 and 5 * sum(map(_prose_duty, prose)) >= 3 * len(prose)
    title = (posting.title or "").lower()
    for item, (text, line, listed) in entries:
        named = _CAPS_DASH_LABEL.match(text)
        if named is not None:
            # "POSITION DUTIES - This position serves as ...": the duty without its label;
            # "APPOINTMENT TYPE/BENEFITS - These positions are Full-Time": another part, no duty
            part = classify_heading(named.group("name").title(), fuzzy=True)
            if part not in (None, SectionKind.RESPONSIBILITIES):
                continue
            text = text[named.end():]
            if _ROLE_IS_A.match(text):
                continue  # "This position is a lead analyst for the Training Section.": what the role is, no duty
            if part is SectionKind.RESPONSIBILITIES and len(text.split()) >= 4:
                got.prepare.append(Entry(text.rstrip(" .;"), line))  # (what the label calls the duties, whatever its subject)
                continue
        if item.kind == "value" and len(text.split()) < 3 or line in label_lines:
            continue  # "Role: Data Scientist" is a label, not a duty; a label's value is read with it
        last = got.prepare[-1] if got.prepare else None
        if last is not None and text[:1].islower() and _WRAPPED.search(last.text) and line is not None and last.line is not None \
                and 0 < line - last.line <= 2:
            # "Oversee the review of reports and registrations each year from" / (blank) / "political
            # entities and lobbyists": one duty the export broke over a blank line
            last.text = f"{last.text} {text.rstrip(' .;')}"
            last.line = line
            continue
        if title and text.lower().startswith(title) and text[len(title):len(title) + 1] in (",", " ") and len(text.split()) <= len(title.split()) + 8:
            # "Data Scientist, Clearance Required – TS/SCI w/Polygraph": the title again with a detail;
            # a detail that says it is required is a requirement
            rest = text[len(title):].strip(" ,–—-|:")
            if _ASKED_WORDS.search(rest):
                rows.append((text, line, False, number))  # "Analytics Engineer, Data Engineering and/or ... experience"
            elif re.search(r"\brequired\b", rest, re.I):
                rows.append((rest, line, False, number))
            continue
        if (text.endswith((":", "...", "…")) and (lead := lead_in_kind(text)) is not None
                or text[-1:] in ")" + "abcdefghijklmnopqrstuvwxyz" and _ADDRESSES_YOU.search(text)
                and (lead := lead_in_kind(text + ":")) in REQUIREMENT_KINDS
                or _lead_in_to_requirements(text) and (lead := lead_in_kind(text)) is not None):
            # (Without its colon, only a switch to requirements: "You will be focusing on building
            # ..." is a duty, not a lead-in to more of them.)
            # A lead-in run on after the duties ("You meet our minimum qualifications for the
            # job if you...", or with no colon but addressed to the applicant: "What we are
            # expecting from you (i.e., the qualifications you must have)"): the lines after
            # it are requirements (or nice to have), not duties.
            switched = lead if lead in REQUIREMENT_KINDS else None
            aside = lead in (SectionKind.BENEFITS, SectionKind.HOW_TO_APPLY, SectionKind.OTHER)
            continue
        if not listed and text.rstrip(" :").lower() in z["requirement_headings"]:
            # "Education" on a line of its own after the duties: a requirements heading the parser
            # does not know (it is also a site-menu entry); the lines under it are requirements.
            switched, aside, prev_line = SectionKind.REQUIREMENTS, False, line
            continue
        if (switched is not None or aside) and (text.endswith(":") or any(prev_line < n < line for n in label_line_numbers)):
            switched, aside = None, False  # "A day in the life: ... This involves:": another list begins
        prev_line = line
        if aside:
            continue  # "A few reasons you might love this job:" / "You will serve your community ...": not duties
        if switched is not None:
            rows.append((text, line, switched is SectionKind.PREFERRED or _desirable(text), number))
            continue
        if text.strip(_CONNECTOR_MARKS).lower() == "or" and last_row is not None and rows and rows[-1] is last_row:
            rows.append(last_row := (text, line, last_row[2], number))  # "Associate's degree ..." / "OR" / "..."
        elif line in asked or first_asked is not None and line > first_asked and (
                _asks(text) or _sub_heading(text) is not None):
            # A block of "Ability to ...", "Knowledge of ...", "Must ..." lines whose heading
            # the export lost: the requirements begin there, not more duties; a sentence on
            # the same line ("This can be demonstrated by ...") belongs to its requirement.
            if last_row is not None and rows and rows[-1] is last_row and last_row[1] == line:
                rows[-1] = last_row = (f"{last_row[0]} {text}", line, last_row[2], number)
            else:
                rows.extend(_own_priorities(text, line, number))
                last_row = rows[-1]
        elif (said := _prose_requirement(text)) is not None:
            rows.append((text, line, said, number))  # "The candidate should have ..."
        elif _PRONOUN_ASK.match(text) and rows and rows[-1][1] == line:
            # "The ideal candidate is self-motivated ... They have the demonstrated ability to use
            # complicated software ...": the same person, asked more
            rows.append((text, line, rows[-1][2], number))
        elif z["instruction"].match(text) and not _CALL_TO_APPLY.match(text) and not (
                _starts_with_duty_verb(text) and not _APPLYING_FOR.search(text)):
            # (not "Submit agenda items to approve poll worker assignments ...": a duty that opens with
            # an instruction's verb, with nothing of applying in it)
            got.apply.append(Entry(text, line))
        elif _ON_THE_JOB_RULE.search(text) and not _CREDENTIAL.search(text):
            pass  # "Employee must complete training ... within the first 30 days of hire": a rule of the job, no requirement to apply
        elif (_REQUIRED_IN_DUTIES.search(text) or _IS_REQUIRED.search(text) and _shaped(text) or _ASKS_SURELY.match(text)
              or _DEGREE_OR_YEARS.match(text) or _MINIMUM_ROUTE.search(text) or _POSSESSION.match(text)
              or _ASKING_START.match(text) and _SKILL_NOUN.search(text) and not _starts_with_duty_verb(text) or _SHOWS_A_SKILL_AMONG_DUTIES.match(text)):
            # "PhD Degree is mandatory in any stream.", "Associate's degree and one year of
            # ..." under "Job Description", "Possession of a valid Michigan driver's license.": a requirement.
            rows.append(last_row := (text, line, False, number))
        elif _is_duty(text, "bullet" if listed else "sentence", mostly_duties):
            got.prepare.append(Entry(text.rstrip(" .;"), line))
            # "Website editing ... (WordPress); HTML experience a plus", "Design work --ideal candidate
            # has experience in ...": a wish said within the duty is a nice-to-have as well
            rows.extend((wish, line, True, number) for wish in _wishes_in_duty(text))


# What a step of applying names: the application, a resume, the questions, an address
_APPLYING_FOR = re.compile(r"\bappl(?:y|ying|ication|icants?)\b|\b(?:resumes?|résumés?|cv|cover letters?|portfolios?|transcripts?|references|proof of|website)\b|@|https?://|www\.|\bby \w+day\b", re.I)
# The civil-service way to ask for a credential: "Possession of a valid Michigan driver's license."
_POSSESSION = re.compile(r"possession of (?:an? |the )?(?:valid |current )?[^.]{0,60}?\b(?:licen[cs]e|certificat\w+|degree|diploma|designation|credential|permit)\b", re.I)
# What the role is, not what it does: "This position is a lead analyst for the Training Section."
_ROLE_IS_A = re.compile(r"(?:this|the) (?:position|role|job)\s+is (?:a|an|the|one)\b", re.I)
# A label in capitals run into its text with a dash: "POSITION DUTIES - This position serves as ..."
_CAPS_DASH_LABEL = re.compile(r"(?P<name>[A-Z][A-Z/&' ]{3,40}?)\s+[-–—]\s*(?=[A-Z][a-z])")
# "Apply today to embark upon a professional career opportunity like no other!": a call, no step
# A line among the steps that only points elsewhere, with no address to follow in the checklist:
# "Please click HERE for important Applicant Information and the County Employment Process.",
# "Please contact HR if you need information on a medical or religious accommodation."
_NO_STEP = re.compile(r"(?:please )?click (?:here|on this link) (?:for|to (?:view|see|read|learn))\b(?!.*(?:https?://|www\.))"
                      # a selection step described, a connector left alone: "Written Exam: ... multiple choice", "OR"
                      r"|(?:written|oral|performance|practical|skills?) (?:exam|examination|test|assessment)\b|(?:and|or)\W*$"
                      # (while "Please contact HR if you need an accommodation" tells how to apply with one)
                      r"|(?:please )?contact [^.]{0,60}\bif you (?:need|require|have)\b[^.]{0,20}\b(?:information|questions)\b", re.I)
_CALL_TO_APPLY = re.compile(r"apply (?:today|now) (?:to|and) (?:embark|join|start|begin|take|become|launch|play|be|make|help|serve)\b", re.I)
# What a worker must do once hired: complete the training, keep to the policies
_ON_THE_JOB_RULE = re.compile(r"\b(?:must|required to|will be required to) (?:\w+ ){0,2}?(?:complete|attend|maintain|comply with|adhere to|follow)\b"
                              r"[^.]{0,80}?\b(?:training|policies|procedures|compliance)\b", re.I)


def _duties_after_benefits(posting: Posting, section: Section) -> int | None:
    """The index of the first item of a run of duties (at least `_DUTY_RUN` sentences in a row that
    each read as one) inside a benefits section, when requirements follow them, or None. (A list of
    perks written with verbs, "Work with and learn from other colleagues", "Develop your skills ...",
    is followed by none.)"""
    run = 0
    for index, item in enumerate(section.items):
        text = clean(item.text)
        if _is_duty(text, "sentence") and not _zones()["benefit"].search(text) and not _ADDRESSED.search(text):
            run += 1
            if run >= _DUTY_RUN:
                start = index - run + 1
                asking = sum(1 for later in section.items[index + 1:] if _asks(clean(later.text)) or _DEGREE_OR_YEARS.match(clean(later.text)))
                return start if asking >= _ASKS_AFTER_DUTIES else None
        else:
            run = 0
    return None


_ADDRESSED = re.compile(r"\b(?:you|your|yourself)\b", re.I)
_ASKS_AFTER_DUTIES = 2


_DUTY_RUN = 5


def _wishes_in_duty(text: str) -> list[str]:
    """The clauses of a duty line that say what would be nice in its holder."""
    wishes = []
    for part in _CLAUSE_BREAK.split(text)[1:]:
        said = sentences(part) if part.strip() else []
        first = said[0] if said else ""
        if _ENDS_PREFERRED.search(first) and _SKILL_NOUN.search(first) and len(first.split()) <= _WISH_WORDS \
                or _IDEAL_HAS.match(first):
            wishes.append(first[:1].upper() + first[1:])
    return wishes


_CLAUSE_BREAK = re.compile(r"\s*(?:;|--|\s[–—]\s)\s*")
_IDEAL_HAS = re.compile(r"(?:the )?(?:ideal|preferred) (?:candidate|applicant) (?:has|will have|would have|brings)\b", re.I)
_WISH_WORDS = 12


def _read_how_to_apply(posting: Posting, section: Section, number: int, got: _Reading) -> None:
    z = _zones()
    assessed = False  # bullets after "... assessing the following behaviours" are criteria, not steps
    contact: Entry | None = None
    contact_end = -1  # the last line of the contact block
    entries = list(_with_items(posting, section.items))
    # a block of requirements run on after the process ("Interview Selection" / "... interview." /
    # "Knowledge of the principles of public administration." / "Ability to ..."): its heading was lost
    asked = _asking_blocks(entries)
    led: SectionKind | None = None  # set by a lead-in to duties or requirements run into the section
    for item, (text, line, listed) in entries:
        if text.endswith(":") and not _CONTACT.search(text):
            lead = _lead_in_among_steps(text)
            if lead is not None or led is not None:
                # "Duties may include, but are not limited to, the following:" after the first step:
                # the duties whose heading the export lost, not steps (up to the next lead-in)
                led = lead
                continue
        if led is SectionKind.RESPONSIBILITIES:
            if _is_duty(text, "bullet" if listed else "sentence"):
                got.prepare.append(Entry(text.rstrip(" .;"), line))
                continue
            led = None
        elif led is not None:
            if listed or _asks(text) or _DEGREE_OR_YEARS.match(text):
                got.rows.append((text, line, led is SectionKind.PREFERRED or _desirable(text), number))
                continue
            led = None
        if line in asked:
            if not _physical_ability(text):
                got.rows.append((text, line, _desirable(text), number))
            continue
        if contact is not None and line == contact_end + 1 and len(text.split()) <= 6:
            # "... please contact:" / "Jane Doe" / "HR Business Partner": who to contact, one
            # step, not a step per line of the signature.
            contact.text += (" " if contact.text.endswith(":") else ", ") + text
            contact_end = line
            continue
        contact = None
        if text.endswith(":") and _CONTACT.search(text):
            contact, contact_end = Entry(text, line), line
            if not _FOR_INFORMATION.match(text):  # (who answers questions is no step: see _requirement_list)
                got.apply.append(contact)
            continue
        if not listed:
            assessed = bool(_ASSESSED.search(text))
        if z["hire_condition"].search(text) and not z["instruction"].match(text):
            continue  # "Candidates must be authorized to work in the United States.": a must-have, no step
        # A step: a listed line or an instruction; "Applications will be sifted by a panel"
        # describes the process and is no step to tick.
        if _has_words(text) and not text.endswith(":") and not z["statement"].match(text) and not _INVITATION.match(text) \
                and not z["metadata"].match(text) and not _CALL_TO_APPLY.match(text) and (
                (listed and not assessed) or z["instruction"].match(text) or _STEP.match(text)):
            got.apply.append(Entry(text, line))


def _lead_in_among_steps(text: str) -> SectionKind | None:
    """What a lead-in under How to apply opens: duties ("Duties may include ... the following:"),
    requirements ("The minimum qualifications required ... are as follow:"), or neither: a lead-in
    to what to send ("Please submit the following:"), to a session or to the selection's steps."""
    z = _zones()
    if z["instruction"].match(text) or _MATERIALS.search(text) or _STEP.match(text) or _APPLYING_WORDS.search(text):
        return None
    kind = lead_in_kind(text)
    if z["duties_intro"].search(text) or kind is SectionKind.RESPONSIBILITIES:
        return SectionKind.RESPONSIBILITIES
    if _lead_in_to_requirements(text) or _QUALIFICATIONS_WORD.search(text) and kind in REQUIREMENT_KINDS:
        return SectionKind.REQUIREMENTS
    return None


# What a lead-in to the documents to send or to the selection's steps says ("The following items must
# be attached to your on-line application", "... will go through the following examination process:")
# ("During this informational session, you will:", "..., candidates will be scheduled for the following:")
_APPLYING_WORDS = re.compile(r"\b(?:attach\w*|submit\w*|upload\w*|send|application|apply|examinations?|exams?|process|steps|selection|tests?"
                            r"|sessions?|webinars?|interview\w*|scheduled|invited)\b", re.I)
_QUALIFICATIONS_WORD = re.compile(r"\b(?:qualifications|requirements)\b", re.I)


# A heading over a list, kept as text, is at most this long.
_NAMED_LIST_WORDS = 16


def _read_other(posting: Posting, section: Section, number: int, got: _Reading) -> None:
    """A section of no zone (or "About"): a list under a heading it does not belong to, numbered
    duties whose heading was lost, requirements under a bare "Education" line or said in prose."""
    listed = _unlabelled_requirements(posting, section.items)
    for text, line, preferred in listed:
        if ";" in text and preferred or _trailing_preference(text):
            got.rows.extend(_own_priorities(text, line, number))  # "..., M.S. preferred": the rest is asked
        else:
            got.rows.append((text, line, preferred, number))
    taken = {line for _, line, _ in listed}
    entries = list(_with_items(posting, section.items, split_sentences=False))
    # "1. Supports ...", "2. Coordinates ..." under a heading of no kind ("NOTE:"): the duties
    # whose heading the export lost.
    run = [(t, l, False, 0) for _, (t, l, lst) in entries]  # lines of a list, or sentences each on a line
    duty_lines = {run[i][1] for i in _duty_runs(run, imperative=False)}  # (under a heading of no kind, a run of "Develop ..." may be abilities)
    # A posting whose headings were all lost: its blocks of lines say by their shape what they are,
    # "Ability to ...", "Knowledge of ..." lines the requirements, "Design and implement ..." the duties.
    # Only where no heading says otherwise: a block of "Interview with our CEO" under "Recruitment
    # process", or of competencies under "This position requires", is no list of duties.
    said = lead_in_words_kind(section.heading) if section.heading else None
    asked = _asking_blocks(entries) if section.kind is SectionKind.OTHER and (section.heading is None or said in REQUIREMENT_KINDS) else set()
    doing = _duty_blocks(entries) if section.kind is SectionKind.OTHER and (section.heading is None or said is SectionKind.RESPONSIBILITIES) else set()
    named = False  # after a bare "Education" line the parser kept as text: its requirements
    conditions_heading = bool(section.heading and _zones()["job_condition_headings"].search(section.heading))
    headless = not any(part.heading for part in posting.sections)
    for _, (text, line, listed) in entries:
        if line in duty_lines and line not in taken or line in doing:
            named = False  # (the list under a heading kept as text ends where the duties begin)
            if _is_duty(text, "bullet" if listed else "sentence", line in doing):
                got.prepare.append(Entry(text.rstrip(" .;"), line))
            elif line not in taken and (_ASKS_SURELY.match(text) or _REQUIRED_IN_DUTIES.match(text) or _prose_requirement(text) is False) \
                    and not _physical_ability(text):
                # "Ability to train others on technical concepts.", "Must be proficient in Microsoft
                # Office software." closing a block of duties whose headings the export lost: a
                # requirement (what the body must do is a condition)
                got.rows.append((text, line, _desirable(text), number))
            continue
        if line in asked and line not in taken:
            if not _physical_ability(text):  # ("Ability to lift and move 20-40 pounds": a condition of the job)
                got.rows.append((text, line, _desirable(text), number))
            continue
        if _is_requirement_name(text.rstrip(":")) or text.endswith(":") and text[:-1].strip().lower() in _zones()["requirement_headings_alone"] \
                or text.endswith(":") and text.isupper() and len(text.split()) <= _NAMED_LIST_WORDS \
                and classify_heading(text.rstrip(": "), fuzzy=True) is SectionKind.REQUIREMENTS:
            # (or a long heading of its own the parser kept as text: "CORE COMPETENCIES, JOB SPECIFIC
            # KNOWLEDGE, SKILLS AND ABILITIES REQUIRED FOR SUCCESSFUL JOB PERFORMANCE:")
            named = True
            continue
        if named and line not in taken:
            got.rows.append((text, line, _desirable(text), number))
            continue
        # "The candidate should have ...", "Experience with Tableau is desired.": said in prose
        # (a list under a heading of another kind is no prose: its items are read as a list; under
        # "Working Conditions:" what is asked is a condition of the job)
        # (and a line of a list under a heading of no kind that says the position requires it:
        # "INDEPENDENT JUDGMENT:" / "· This position requires a working knowledge of election processes")
        if headless and line not in taken and _zones()["instruction"].match(text):
            # "Applicants must submit their application package via email to: ...": a step, in a
            # posting whose headings were all lost (its sentences that say what to send or where)
            steps = [sentence for part in text.splitlines() for sentence in sentences(part)
                     if _zones()["instruction"].match(sentence) and _APPLYING.search(sentence)
                     and not _CALL_TO_APPLY.match(sentence)]
            if steps:
                got.apply.extend(Entry(step, line) for step in steps)
                continue
        # (nor a line that opens with a degree or years and says it is required or preferred: "Bachelor's
        # or higher degree in a related field is preferred." among the lines of a page whose headings were lost)
        if listed and not _zones()["position_requires"].match(text) and not _DEGREE_SAID_ASKED.match(text) or line in taken:
            continue
        for asking in [text] if listed else _asking_sentences(text):
            if (said := _prose_requirement(asking)) is None:
                continue
            # (under "Work Environment:", "Must be able to adhere to the established Mission, Vision,
            # and Values ..." asks no condition of the body, hours or place: a requirement; a line
            # that says conditions too is read for them, and for the sentences among them that ask
            # something else: "... overnight stays. Must have the ability to represent an elected
            # official ...")
            if conditions_heading and said is False and _zones()["job_condition"].search(posting.line_text(line) if line is not None else text):
                if line is None or _zones()["job_condition"].search(asking) or len(sentences(posting.line_text(line))) < 2:
                    continue
                got.mixed.add(line)
            got.rows.append((asking, line, said, number))


# The candidate a sentence before asked for, asked more: "They have the demonstrated ability to ...",
# "They will thrive in an innovative environment ...", "He or she must ..."
_PRONOUN_ASK = re.compile(r"(?:they|he or she|she or he|s/he|he/she)(?: (?:also|will|should|must|can))? (?:have|has|demonstrate|possess|bring|thrive|enjoy|be|are|is|will)\b", re.I)
_GLUED_YOU = re.compile(r"(?<=[a-z])(?=You(?:'ll|’ll| will| have| are| bring)\b)")


def _asking_sentences(text: str) -> list[str]:
    """Of a paragraph, each sentence that says a requirement in prose, with those right after it
    that ask more of the same ("Pierce County is growing. You will have a strong understanding of
    ... This expertise will be essential in providing guidance ...": the second and third, one
    ask). A sentence that says a requirement of its own is an ask of its own ("Candidates must be
    eager to ... This is a remote position that requires reliable Internet access": two)."""
    split = sentences(text)
    if len(split) <= 1 and _prose_requirement(text) is not None:
        return [text]
    # ("About YouYou'll have 5+ years' experience ... roleYou'll have expert SQL skills": lines run together)
    said = [part for sentence in split for part in _GLUED_YOU.split(sentence) if part.strip()]
    opens = [_prose_requirement(sentence) is not None for sentence in said]  # (each sentence read once)
    asks: list[str] = []
    start = 0
    while start < len(said):
        if not opens[start]:
            start += 1
            continue
        end = start + 1
        while end < len(said) and not opens[end] and (
                _asks(said[end]) or _PRONOUN_ASK.match(said[end]) and not _pitch(said[end])):
            end += 1
        asks.append(" ".join(said[start:end]))
        start = end
    return asks


_LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)(?=[A-Z])(?P<last>[^.!?]+:)\s*$")
_LED_IN_LIST_LINES = 12  # lines a prose lead-in speaks for at most
_LED_IN_NAME_WORDS = 10  # words of a name in such a list
_ENUMERATION_MARK = re.compile(r"^(?:[a-z]|\d{1,2})[.)]\s+")  # "a.\tclosed seawater systems"


def _lists_led_in_prose(posting: Posting, zones: list[tuple[Section, SectionKind]], got: _Reading) -> list[tuple[str, int, bool, int]]:
    """The list a paragraph's last sentence leads into, outside the requirement sections: "...
    Familiarity with cybersecurity frameworks. The following certifications are highly desirable:"
    over "CISSP: Certified Information Systems Security Professional" / "Security+": requirements of
    the kind the sentence names, up to the next blank line (lines a reading already took stay as
    they are)."""
    taken = {row[1] for row in got.rows} | {e.line for e in got.prepare} | {e.line for e in got.apply}
    found: list[tuple[str, int, bool, int]] = []
    for section, kind in zones:
        if kind in REQUIREMENT_KINDS or kind in (SectionKind.QUESTIONS, SectionKind.HOW_TO_APPLY, SectionKind.BENEFITS):
            continue
        for line in sorted({item.span.line for item in section.items}):
            text = posting.line_text(line).strip()
            last = _LAST_SENTENCE.search(text) if text.endswith(":") else None
            # (a paragraph's last sentence: a lead-in on a line of its own the parser reads itself)
            if last is None or last.start("last") == 0 or len(last.group("last").split()) < 4:
                continue
            led = lead_in_words_kind(last.group("last"))
            if led not in REQUIREMENT_KINDS:
                continue
            at, end = line + 1, min(section.span.end_line, line + _LED_IN_LIST_LINES + 2)
            while at <= end and not posting.line_text(at).strip():
                at += 1
            # a list of names ("CISSP: Certified Information Systems Security Professional",
            # "Security+"), up to a line that is more than a name
            while at <= end and (item := posting.line_text(at).strip()) and len(item.split()) <= _LED_IN_NAME_WORDS:
                if at not in taken and _has_words(item) and not item.endswith(":"):
                    found.append((_ENUMERATION_MARK.sub("", item), at, led is SectionKind.PREFERRED, -line))
                at += 1
    return found


# "... please send a resume and a cover letter that illustrates examples of your experience with all
# of the following:" over "Your supervisory/management experience in an elections office", "Your
# experience with federal and state statutes ...": the experience the application must show
_SHOW_EXPERIENCE_LEAD = re.compile(r"\b(?:illustrat|demonstrat|show|describ|address|highlight|explain)\w*\b[^.:]{0,60}\byour (?:\w+ )?"
                                   r"(?:experience|qualifications|background)\b[^.:]{0,40}\bfollowing\s*:\s*$", re.I)
_YOUR_EXPERIENCE = re.compile(r"your\s+(?=(?:[\w/,-]+\s+){0,3}?(?:experience|knowledge|background|skills?)\b)", re.I)


def _experience_to_show(posting: Posting, taken: set[int | None]) -> list[tuple[str, int, bool, int]]:
    """The experience a cover letter must show, listed under a lead-in that says so, each line
    "Your ... experience ...": requirements, up to the first line of another shape."""
    found: list[tuple[str, int, bool, int]] = []
    for number, line in enumerate(posting.lines):
        if not line.text.rstrip().endswith(":") or not _SHOW_EXPERIENCE_LEAD.search(line.text):
            continue
        for after in posting.lines[number + 1:number + 1 + _LED_IN_LIST_LINES + 2]:
            text = clean(after.text.strip())
            if not text:
                if found:
                    break
                continue
            your = _YOUR_EXPERIENCE.match(text)
            if your is None:
                break
            if after.number not in taken:
                found.append((_capital(text[your.end():]), after.number, False, -line.number))
    return found


def _qualifications_after_pay(posting: Posting, section: Section, number: int) -> list[tuple[str, int, bool, int]]:
    """A paragraph under a pay heading that opens with a degree or years ("A Bachelor's degree ...
    and five (5) years of management experience ... Must be a registered voter ..."): the minimum
    qualifications of a posting whose headings the export ran into its paragraphs ("SALARY: ...",
    "NATURE OF WORK: ...", the duties, then this). Each sentence that asks is a requirement."""
    found: list[tuple[str, int, bool, int]] = []
    paragraph: int | None = None  # the line of the paragraph opened by a degree or years
    for item in section.items:
        text = clean(item.text)
        if _DEGREE_OR_YEARS.match(text) and len(text.split()) >= _QUALIFICATIONS_PARAGRAPH_WORDS:
            paragraph = item.span.line
        elif item.span.line != paragraph:  # (the parser gives the paragraph's sentences one by one)
            continue
        for sentence in sentences(text):
            if _DEGREE_OR_YEARS.match(sentence) or _asks(sentence) or _REQUIRED_IN_DUTIES.search(sentence) \
                    or _zones()["hire_condition"].search(sentence):
                found.append((sentence, item.span.line, _desirable(sentence), number))
    return found


_QUALIFICATIONS_PARAGRAPH_WORDS = 15  # a paragraph, not a pay line ("2 years ... $45,000")


# A lead-in to the employer's values: "Our work is driven by our 4 Guiding Principles:", "Our values:".
_VALUES_LEAD = re.compile(r"\b(?:guiding principles|(?:our|core|company|shared) (?:values|principles|pillars|beliefs)|values we live by)\b[^:]{0,40}:\s*$", re.I)


def _values_lines(posting: Posting) -> set[int]:
    """The lines of the list under a lead-in to the employer's values ("Aligning the work we do with
    our strategic plan", "Promoting a culture of service excellence"): what the employer believes, no
    duties or requirements (up to the first blank line after the list)."""
    low = lowered(posting.text)
    if "principles" not in low and "values" not in low:
        return set()
    found: set[int] = set()
    last = posting.first_line + len(posting.lines) - 1
    for line in range(posting.first_line, last + 1):
        if not _VALUES_LEAD.search(posting.line_text(line)):
            continue
        at = line + 1
        if at <= last and not posting.line_text(at).strip():
            at += 1  # (a blank line may stand between the lead-in and its list)
        while at <= last and posting.line_text(at).strip():
            found.add(at)
            at += 1
    return found


def zoned(posting: Posting) -> Zoned:
    z = _zones()
    got = _Reading()
    zones = section_zones(posting)
    label_values = {label.span.line: _aligned_values(posting, label) for label in posting.labels
                    if _requirement_label(label.name, _zone_at(zones, label.span.line))}
    label_lines = {number for values in label_values.values() for _, number in values}
    number = -1
    # "Knowledge of:" / "When assigned to Clerk Services:" / "Office coding system ...": a lead-in
    # speaks for the sub-lists its list goes on into, under headings of no kind of their own
    lead_in: str | None = None
    for index, (section, kind) in enumerate(zones):
        previous = zones[index - 1][1] if index else None
        heading = section.heading or ""
        if kind not in REQUIREMENT_KINDS or not heading or section.kind is not SectionKind.OTHER:
            lead_in = None
        elif _LEAD_IN_HEADING.search(heading):
            lead_in = heading.rstrip(": ")
        if not (kind in REQUIREMENT_KINDS and previous is kind and section.heading
                and classify_heading(section.heading) is None and not _is_requirement_name(section.heading)):
            number = index  # else a level label the parser made a section ("Some High School" after a question): the list goes on
        if kind in REQUIREMENT_KINDS:
            _read_requirements(posting, section, kind, number, got, lead_in)
        elif kind is SectionKind.RESPONSIBILITIES:
            _read_duties(posting, section, number, label_lines, got)
        elif kind is SectionKind.HOW_TO_APPLY:
            _read_how_to_apply(posting, section, number, got)
        elif kind in (SectionKind.OTHER, SectionKind.ABOUT):
            _read_other(posting, section, number, got)
        elif kind is SectionKind.BENEFITS:
            run_on = _duties_after_benefits(posting, section)
            got.benefits.extend(Entry(text, line) for _, (text, line, _) in _with_items(posting, section.items[:run_on])
                                if _has_words(text) and not text.endswith(":"))
            if run_on is not None:
                # "Why You Want This Job" / ... / "Plan, direct, coordinate ..." / "Oversee all election
                # processes ..." / "Three (3) years of ...": an export that lost the headings after the
                # perks; the duties and requirements that follow are read as a duties section's are
                rest = section.items[run_on:]
                _read_duties(posting, Section(kind=SectionKind.RESPONSIBILITIES, heading=None, span=rest[0].span, items=rest),
                             number, label_lines, got)
        elif kind is SectionKind.COMPENSATION:
            got.rows.extend(_qualifications_after_pay(posting, section, number))
    values = _values_lines(posting)
    if values:
        got.rows[:] = [row for row in got.rows if row[1] not in values]
        got.prepare[:] = [entry for entry in got.prepare if entry.line not in values]
    got.rows.extend(_lists_led_in_prose(posting, zones, got))
    got.rows.extend(_experience_to_show(posting, {row[1] for row in got.rows}))
    rows, apply, prepare, benefits = got.rows, got.apply, got.prepare, got.benefits
    named_list = _named_list_lines(posting, zones)
    row_at = {row[1]: row for row in rows}
    for label in posting.labels:
        if _zone_at(zones, label.span.line) is SectionKind.QUESTIONS:
            continue  # "Education: Indicate the highest degree you have completed": a questionnaire's prompt
        stated = label.value.strip()
        if stated.startswith("(") and stated.endswith(")"):
            continue  # "Required Minimum Qualifications: (Education, Technical Skills/Knowledge)": a heading and its note
        at = label.span.line
        above, below = row_at.get(at - 1), row_at.get(at + 1)
        if above and below and above[2] == below[2] and reads_as_requirement(above[0]) and reads_as_requirement(below[0]) \
                and len(stated.split()) <= _NAMED_LIST_WORDS and classify_heading(label.name, fuzzy=True) in (None, *REQUIREMENT_KINDS):
            # "Coding: Python, R" between two requirements of a list (of one priority): one of them
            rows.append((f"{label.name}: {clean(stated)}", at, above[2], -at))
            continue
        if label.span.line in named_list:
            text = f"{label.name}: {clean(label.value)}"
            rows.append((text, label.span.line, _zone_at(zones, label.span.line) is SectionKind.PREFERRED or _desirable(text),
                         -label.span.line))
            continue
        named = classify_heading(label.name, fuzzy=True)
        if named is SectionKind.HOW_TO_APPLY:
            # "Materials Required to Apply: A completed application, a resume ...": a step, not a
            # requirement; "Who May Apply: ..." says who, and is no step.
            if _TO_APPLY.search(label.name) and (_ASKS_THE_APPLICANT.search(label.value) or _APPLYING_WHEN.search(label.name)):
                # ("Application Evaluation: Depending on the number of applications received, a board
                # may be convened ...": what the employer does, no step)
                apply.append(Entry(f"{label.name}: {clean(label.value)}", label.span.line))
            continue
        if _MATERIALS.search(label.name):
            # "Required Materials: A completed application, a resume and a cover letter ...": a step
            apply.append(Entry(f"{label.name}: {clean(label.value)}", label.span.line))
            continue
        if label.span.line in label_values:  # "Education: Bachelor's degree", "Certifications: CPP"
            # right under "Preferred qualifications" (the line above is of that list), or saying so itself, a preference
            # (not a clearance: "Clearance: Active Top Secret" after the desired list is a condition of hire)
            listed_nice = (_zone_at(zones, label.span.line) is SectionKind.PREFERRED and bool(posting.line_text(label.span.line - 1).strip())
                           and not _SAYS_REQUIRED.search(f"{label.name}: {label.value}") and "required" not in label.name.lower()
                           and not _CLEARANCE_NAME.search(label.name))
            nice = _desirable(f"{label.name}: {label.value}") or listed_nice
            value = clean(label.value)
            if len(value.split()) <= 3:
                value = f"{label.name}: {value}"  # "Clearance: Active Top Secret", not "Active Top Secret"
            parts = _own_priorities(value, label.span.line, -label.span.line)
            if len(parts) > 1:
                # "Generally, a high school diploma or GED. Previous warehouse experience helpful.": each part its own priority
                rows.extend((text, number, listed_nice or preferred, at) for text, number, preferred, at in parts)
            else:
                rows.append((value, label.span.line, nice or _desirable(label.value), -label.span.line))
            # each line under the label says its own priority ("... is preferred", "... is desirable")
            rows.extend((text, number, nice or _desirable(text), -label.span.line) for text, number in label_values[label.span.line])
        elif (_LEAD_IN_HEADING.search(label.name) and _ASKED_WORDS.search(label.name) or _REQUIRED_LABEL.search(label.name)) \
                and len(label.value.split()) >= 2 and _zone_at(zones, label.span.line) in _ASKED_LABEL_ZONES:
            # "Considerable knowledge of: Oregon election laws; ...", "Skill to: Program ...", "Security
            # clearance required: fingerprinting and a background check": a requirement written as a label
            # (of the nice-to-have list it stands in: "Experience with: Git, Docker" under "Preferred")
            text = f"{label.name}: {clean(label.value)}"
            preferred = _zone_at(zones, label.span.line) is SectionKind.PREFERRED and not _REQUIRED_LABEL.search(label.name) or _desirable(text)
            rows.append((text, label.span.line, preferred, -label.span.line))
        elif _SKILL_VALUE.search(label.value) and _title_case(label.name) and _zone_at(zones, label.span.line) in _SKILL_LABEL_ZONES \
                and not _ROUTE_NAME.search(label.name) and not _EMPLOYER_VOICE.match(clean(label.value)):  # "Allowable Substitution: Associate's degree ...": another route, no requirement
            # A role line written as a label under the job's description or requirements ("Data
            # Modeler: understanding of NLP embeddings, vision"): what the role asks is a requirement.
            text = _continued(posting, label.span.line, clean(label.value))
            if _starts_with_duty_verb(text) and not _asks(text):
                # "INDEPENDENT JUDGMENT: Identify opportunities for process improvements and notify
                # supervisor.": what the job does, a duty
                prepare.append(Entry(sentences(text)[0].rstrip(" .;"), label.span.line))
                continue
            preferred = _zone_at(zones, label.span.line) is SectionKind.PREFERRED or bool(z["desirable"].search(f"{label.name}: {text}"))
            rows.append((f"{label.name}: {text}", label.span.line, preferred, -label.span.line))
        elif _REQUIRED_IN_DUTIES.match(label.value.strip()) and not z["job_condition_headings"].search(label.name) \
                and _zone_at(zones, label.span.line) in _ASKED_LABEL_ZONES:
            # "Verbal Aptitude: Requires the ability to utilize a wide variety of reference ...",
            # "Citizenship: Candidates must be legally authorized ...": a requirement named by its label
            # (a physical demand's label gives a condition of the job instead)
            text = f"{label.name}: {clean(label.value)}"
            rows.append((text, label.span.line, _zone_at(zones, label.span.line) is SectionKind.PREFERRED or _desirable(text), -label.span.line))
        elif (zone := _zone_at(zones, label.span.line)) in REQUIREMENT_KINDS and _asks(label.name) and _ASKED_WORDS.search(label.name) \
                and not _METADATA_NAME.search(label.name):
            # "Experience with any reporting tools: Tableau, Power BI" in a requirements list: the parser
            # read the line as a label; it is a requirement with its examples, in its list (so an intro
            # above it, "Below experience is preferred:", still speaks of it).
            text = f"{label.name}: {clean(label.value)}"
            rows.append((text, label.span.line, zone is SectionKind.PREFERRED or _desirable(text), _section_number(zones, label.span.line)))
        elif _NOTE_NAME.match(label.name.strip()) and _IS_REQUIRED.search(label.value) and _NAMES_AN_ASK.search(label.value) \
                and len(label.value.split()) >= _NOTED_ASK_WORDS and _zone_at(zones, label.span.line) in _ASKED_LABEL_ZONES:
            # "Special Note: Certification as an Election Administrator ... is required within two
            # years in this position": a requirement said in a note, whatever the note is called
            rows.append((clean(label.value), label.span.line, False, -label.span.line))
    rows.extend(_labels_in_lists(posting, zones, rows, {entry.line for entry in apply}))
    rows.sort(key=lambda row: row[1] if row[1] is not None else 0)  # labels among the sections, in the posting's order
    rows = _names_joined(rows)
    # 18F / open source design front matter: "Web Design\nLogo"; "I create an issue: https://..." is the
    # poster writing about themselves, no skill.
    deliverables: list[Entry] = []
    # (a link alone is a reference to read, no skill; "We're looking for someone capable of ...: <link>"
    # asks, whatever its person: the ask without its link)
    skills = [URL.sub("", text).strip().rstrip(":").strip() if _LOOKING_FOR_SOMEONE.match(text) else text
              for text in front_matter_list(posting, "skills") if not URL.fullmatch(text.strip())]
    skills = [text for text in skills if text and (not _FIRST_PERSON.match(text) or _LOOKING_FOR_SOMEONE.match(text))]
    # (a paragraph on how contributions work, under `skills`, asks nothing: "There are two standards
    # ... Each interested designer can assign themself to such an issue ...")
    if len(skills) == 1 and _describes(skills[0]) and not _shaped(skills[0]):
        skills = []
    if skills and (_WORK_NEEDED.search(skills[0]) or _listed_as_work(posting, skills) or _things_to_make(skills)):
        # "General UX improvements in the software are needed, including: ..." under `skills`: the
        # work to deliver, not skills asked of the applicant.
        if _opens_with_a_remark(posting.front_matter.get("skills")):
            skills = skills[1:]  # ("This is off the top of my head, but happy to discuss." over the list)
        deliverables = [Entry(text.rstrip(" .;:"), front_matter_line(posting, "skills")) for text in skills]
        skills = []
    rows.extend((text if len(skills) > 1 else f"Skills: {text}", front_matter_line(posting, "skills"), False, -1) for text in skills)
    if not rows:
        rows = _inline_requirements(posting)
    elif _flattened(posting) and not any(kind in REQUIREMENT_KINDS for _, kind in zones):
        # A whole posting in a paragraph or two: its inline "Must Have ..." list, even where a
        # sentence of prose was read above ("... is a plus", which is one of the list's rows again)
        inline = _inline_requirements(posting)
        # (a sentence of prose the list does not hold stays: "The ideal candidate is a polymath ...")
        listed = [_bare(text) for text, _, _, _ in inline]
        rows = [row for row in rows if not any(_bare(row[0]) in known or known in _bare(row[0]) for known in listed)] + inline
    if not rows:
        # No requirement section: the posting's own "Requires ..." sentences are its must-haves.
        for item in posting.items():
            if item.priority is Priority.REQUIRED:
                text = z["requires_lead"].sub("", clean(item.text))
                rows.append((text[:1].upper() + text[1:], item.span.line, False, item.span.line))
    entries = _with_levels(posting, zones, _alternative_tables(_requirement_list(rows, apply, prepare)))
    # "Swiss Re" alone at the end of the list: the employer signing the posting; "Senior Outreach
    # Administrator" over its own list in a posting for "Outreach Administrator or Senior Outreach
    # Administrator": the level the lines below are for, no requirement.
    names = {part.strip(" .").casefold() for part in _TITLE_PARTS.split(posting.title or "") if part.strip()}
    if posting.organization:
        names.add(posting.organization.strip(" .").casefold())
    title_words = {word.rstrip("s") for word in re.findall(r"[a-z]+", (posting.title or "").casefold())}
    entries = [e for e in entries if e.text.strip(" .:").casefold() not in names and not _names_a_level(e.text, title_words)]
    must = [e for e in entries if not e.preferred]
    # "Occasional local travel to government sites ..." in the desired list: a condition of the job,
    # not a preference (read below with the other conditions said outside a conditions heading)
    moved = {e.line for e in entries if e.preferred and _condition_only(e.text)}
    nice = [e for e in entries if e.preferred and e.line not in moved]
    # (a condition of hire in a preferred paragraph is asked all the same)
    must.extend(_hire_conditions(posting, zones, must))
    hired_on = {_bare(entry.text) for entry in must}
    nice = [entry for entry in nice if _bare(entry.text) not in hired_on]  # (that condition of hire is a must, once)
    screened = _screened_asks(posting, zones, must + nice)
    # ("This position requires advanced Excel skills. Please detail ...": a question that says the
    # job requires it asks a must-have)
    must.extend(e for e in screened if not e.preferred)
    nice.extend(e for e in screened if e.preferred)
    apply.sort(key=lambda e: e.line if e.line is not None else 0)  # instructions in the posting's order
    apply[:] = [e for e in apply if not _NO_STEP.match(e.text)]
    asked_or_steps = {e.line for e in entries if e.line not in moved and e.line not in got.mixed} | {e.line for e in apply}
    conditions = _job_conditions(posting, zones, asked_or_steps | {e.line for e in prepare})
    # (a duty line may be only a condition, said in passing: read again below)
    said_on: dict[int | None, list[str]] = {}  # what each line already gives, bare
    for e in [e for e in entries if e.line not in moved] + apply + conditions:
        said_on.setdefault(e.line, []).append(_bare(e.text))
    said = _conditions_said(posting, zones, said_on)
    # "Occasional travel required when deemed necessary." among the duties: a condition, no duty to prepare
    said_lines = {(e.line, _bare(e.text)) for e in said}
    prepare = [e for e in prepare if (e.line, _bare(e.text)) not in said_lines]
    conditions = sorted(conditions + said, key=lambda e: e.line if e.line is not None else 0)
    asked = {_bare(e.text) for e in must + nice}
    conditions = [e for e in conditions if _bare(e.text) not in asked]  # (said once: a must-have already)
    return Zoned(must=_said_once(_unique(must)), nice=_said_once(_unique(nice)), prepare=_unique(prepare), apply=_unique(apply),
                 benefits=_unique(benefits), deliverables=deliverables, conditions=_unique(conditions))


# A condition said at length ("In the event of an emergency ... This may mean working evenings."):
# past this many words, only its sentences that name a condition are kept.
_LONG_CONDITION = 60
# Labels of the hours and travel the job asks for, besides the conditions headings.
_CONDITION_NAME = re.compile(r"(?:work(?:ing)? (?:schedule|hours|days)|schedule|hours of work|hours(?: ?/ ?days)?|days(?: ?/ ?hours)?|travel(?: requirements?)?)$", re.I)
# A paragraph this long after the conditions, not opening with one, is what the section ran on into.
_RUN_ON_PARAGRAPH = 25


def _job_conditions(posting: Posting, zones: list[tuple[Section, SectionKind]], taken: set[int | None]) -> list[Entry]:
    """The lines under a "Physical Demands" / "Working Conditions" heading (or sub-heading, or label)
    that say what the work asks of the body, the hours or the place ("Occasional heavy lifting 35
    pounds or more", "Extended work hours may be required"), and the asking sentences of a "Work
    Schedule:" or "Travel:" label: an applicant must be able to meet them. Lines read as requirements,
    duties or steps stay there; a notice or a benefit run on under the heading is no condition."""
    z = _zones()
    out: list[Entry] = []
    labelled = sorted(label.span.line for label in posting.labels if z["job_condition_headings"].search(label.name))
    # Only a posting that names such a heading somewhere has sections to read (a fifth of the
    # checklist's time otherwise: docs/performance.md)
    headed = z["job_condition_lines"].search(posting.text) is not None
    for section, _ in zones if headed else ():
        reading = bool(section.heading and z["job_condition_headings"].search(section.heading))
        found = False
        last = section.span.line
        for _, (text, line, _) in _with_items(posting, section.items, split_sentences=False):
            if line is not None:
                if any(last < at < line for at in labelled):
                    reading, found = True, False  # the lines under "PHYSICAL DEMANDS: ..." in a list of qualifications
                last = line
            if len(text.split()) <= 4 and _sub_heading(text) is not None:
                # a sub-heading the parser took for text ("Working Environment" after the qualifications)
                reading, found = bool(z["job_condition_headings"].search(text)), False
                continue
            if not reading:
                continue
            if found and len(text.split()) > _RUN_ON_PARAGRAPH and not z["job_condition"].search(sentences(text)[0]):
                reading = False  # a paragraph of something else: the section ran on (into the benefits, the application)
                continue
            if line in taken or len(text.split()) < 3 or z["job_condition_not"].search(text):
                continue  # ("Stand  F" in a table of how often: a grid, not a sentence)
            if len(text.split()) > _LONG_CONDITION:
                said = [part for part in sentences(text) if z["job_condition"].search(part) and not z["job_condition_not"].search(part)]
                text = " ".join(said)
            if text and z["job_condition"].search(text):
                out.append(Entry(text.rstrip(" ;"), line))
                found = True
    for label in posting.labels:
        # "PHYSICAL REQUIREMENTS: ... may be required to lift at least 25 pounds.", "WORK SCHEDULE: ... We
        # require the flexibility to work additional hours during peak periods.": its sentences that say so
        if label.span.line in taken or not (z["job_condition_headings"].search(label.name) or _CONDITION_NAME.match(label.name.strip())):
            continue
        # (under "Sensory Requirements:" or "Working Conditions:" every sentence says one; under
        # "Work Schedule:" or "Travel:" only those that ask something of the worker)
        whole = bool(z["job_condition_headings"].search(label.name))
        said = [part for part in sentences(clean(label.value)) if (whole or z["job_condition"].search(part)) and not z["job_condition_not"].search(part)]
        if said and len(" ".join(said)) >= 12:  # ("Schedule: Day Shift" is the hours, said in the header)
            out.append(Entry(" ".join(said).rstrip(" ;"), label.span.line))
    out.sort(key=lambda e: e.line if e.line is not None else 0)
    return out


# Sections where the job's description may say a condition in passing (not the questionnaire, the
# notices, the benefits or how to apply, where "will be required" speaks of the process).
_CONDITION_SAID_ZONES = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED,
                         SectionKind.ABOUT, SectionKind.OTHER, None)
# Longer than this, a sentence says more than a condition ("... and applicants WILL NOT be credited").
_CONDITION_SAID_WORDS = 45
# "... may be substituted for the required experience. *May be required to work weekends.": a sentence
# marked on its own
_RUN_IN_BREAK = re.compile(_STAR_RUN_IN.pattern + r"|(?:(?<=[.!?])|\s)\*\*\s*(?=[A-Z])|(?<=[a-z])\*(?=[A-Z])|(?<=\))(?=[A-Z][a-z])")
_STARRED_SENTENCE = re.compile(r"(?<=[.!?:])\s+\*+\s*(?=[A-Z])")
# "A valid pole climbing proficiency certificate ... will be required": a requirement to hold, no condition
_CREDENTIAL = re.compile(r"\b(?:certificat\w*|licen[cs]e|degree|diploma)\b", re.I)


# "Ability to lift and move 20-40 pounds", "Ability to use near vision to view samples": what the
# body must do, said as an ability
_SAME_ASK, _SURELY_SAME_ASK = 0.6, 0.8  # shares of an ask's words that another says
_NAME_IN_ASK = re.compile(r"(?<=\s)[A-Z][a-z]{3,}\b")  # a capitalised word after the first
# What a question adds after what it asks about: "..., For Example: data entry, ..." (left out of the
# ask), "... including laws and acts you had to abide by" (kept, but not weighed against the others)
_EXAMPLES_ASIDE = re.compile(r",?\s+(?:for example|e\.g\.)\W", re.I)
_ASIDE = re.compile(r",?\s+(?:for example|e\.g\.|such as|including)\b", re.I)
_ABILITY = re.compile(r"^(?:(?:the |physical )?ability to|(?:must )?be able to|able to"
                      r"|(?:mobility|vision|hearing|dexterity|strength|stamina)(?: and \w+)? to)\b", re.I)  # ("Mobility to work in ...; vision to read ...")


def _marked_sentences(text: str):
    """The sentences of ``text``, a starred one split off ("... experience. *May be required to work weekends.")."""
    # (and at bullets and bold run into the text: "... degree.+ Experience in JavaScript ... techniques
    # **This position requires an active Security Clearance.**Positions require ...")
    for sentence in sentences(clean(text)):
        for part in _STARRED_SENTENCE.split(sentence):
            yield from (piece.strip(" *") for run_in in _RUN_IN_BREAK.split(part) for glued in _GLUED_STOP.split(run_in)
                        for piece in _RUN_ON_REQUIREMENT.split(glued) if piece.strip(" *"))


def _physical_ability(text: str) -> bool:
    z = _zones()
    return bool(_ABILITY.match(text) and z["job_condition"].search(text) and not z["job_condition_not"].search(text))


# Longer than this, a sentence with a condition of hire in it is a notice about something else
# (an equal opportunity statement, a company's mission) that only mentions it.
_HASHTAGS_AFTER = re.compile(r"(?:\s+#\w+)+\s*$")
_HIRE_CONDITION_WORDS = 50
_HIRE_CONDITION_OPENS = 80  # characters: a condition found this early opens its sentence
# "If fingerprinting is required, the fee is paid by ...": a case, not a condition of this job
_CONDITIONAL = re.compile(r"(?:if|when|should|in the event)\b[^,]{0,60}\b(?:is|are) required\b", re.I)


def _hire_conditions(posting: Posting, zones: list[tuple[Section, SectionKind]], entries: list[Entry]) -> list[Entry]:
    """The conditions of hire a posting states outside its requirements ("Selected candidate must
    submit to and pass a pre-employment drug screening." among the notices, "Position Requires a Top
    Secret (TS/SCI) Clearance with a Polygraph." opening the description): an applicant must meet
    them, so they are must-haves. A sentence a must-have already says is not said twice (one in a
    preferred paragraph is asked all the same); the questionnaire's questions are no conditions."""
    z = _zones()
    said: dict[int | None, list[str]] = {}  # what each line already says, bare
    for e in entries:
        said.setdefault(e.line, []).append(_bare(e.text))
    out: list[Entry] = []
    lines = [(item.text, item.span.line) for section, kind in zones if kind is not SectionKind.QUESTIONS for item in section.items]
    # ("US CITIZENSHIP REQUIRED" after the list: a line in capitals the parser took for a heading)
    lines += [(section.heading, section.heading_span.line) for section, kind in zones
              if section.heading and section.heading_span is not None and kind is not SectionKind.QUESTIONS]
    # ("SPECIAL REQUIREMENTS: *Required to pass a background investigation ...": a label's value)
    lines += [(label.value, label.span.line) for label in posting.labels if _zone_at(zones, label.span.line) is not SectionKind.QUESTIONS]
    for text, line in lines:
        for part in _marked_sentences(text):
            if ";" in part and z["notice"].search(part):
                # "All qualified applicants will receive consideration ... genetic information; U.S.
                # citizenship is required.": the condition closing the notice
                part = part.rsplit(";", 1)[1].strip()
            found = z["hire_condition"].search(part)
            # (a long sentence only when it opens with the condition: "Prior to the date of hire,
            # applicants must undergo a fingerprint test ..., pass a medical examination ...")
            if found is None or len(part.split()) > (_HIRE_CONDITION_WORDS if found.start() > _HIRE_CONDITION_OPENS else 2 * _HIRE_CONDITION_WORDS) \
                    or z["notice"].search(part) or _CONDITIONAL.match(part):
                continue
            # "Duties may include ... the following: Candidates must be a US Citizen.": the condition, not its lead-in
            lead = part.rfind(":", 0, found.start())
            part = part[lead + 1:].strip(' *"') if lead >= 0 and len(part[lead + 1:].split()) >= 4 else part.strip(" *")
            part = _HASHTAGS_AFTER.sub("", part)  # ("... after an offer of employment." / "#outreachjobs": a tag)
            bare = _bare(part)
            if any(bare in known or known in bare for known in said.get(line, ())):
                continue
            said.setdefault(line, []).append(bare)
            out.append(Entry(part[:1].upper() + part[1:], line))
    out.sort(key=lambda e: e.line if e.line is not None else 0)
    return out


# A supplemental question that asks about a qualification: what the application screens for, so
# what the applicant must be ready to show. "How many years of experience do you have working with
# Microsoft Office ...?", "Describe your experience with auditing.", "Do you have experience working
# with state or local officials?": what the minimum qualifications do not already ask is scored, a
# plus. Questions about the applicant's relatives, employer or names ask for no qualification.
_QUESTION_CODE = re.compile(r"^(?:[A-Z][A-Z0-9]{2,}\s?-\s*|\d{1,2}[.)]\s+)")
# ("Indicate how many years of full-time work experience you have in computer applications ...")
_HOW_MANY_YEARS = re.compile(r"^(?:(?:please )?(?:indicate|state|enter|select) )?(?:how many|the(?: number of)?) years(?:['’]s?)?(?: of)? (?P<kind>(?:[\w/,-]+ ){0,6}?)(?:work )?experience(?: do)? you (?:have|possess)"
                             r"(?P<obj> .+?)?[?.]$", re.I)
_DESCRIBE_YOUR = re.compile(r"^(?:please |briefly )*describe(?: in detail| briefly)? your (?P<kind>(?:[\w/,-]+ ){0,4}?)experience (?P<obj>(?:in|with|as|working|"
                            r"performing|managing|\w+ing)\b.+?)[.?]$", re.I)
_DESCRIBE_THE_FOLLOWING = re.compile(r"^(?:please )?describe your (?P<kind>(?:[\w/,-]+ ){0,4}?)experience (?:in|with) the following(?: areas)?\s*:?$", re.I)
_AFTER_THE_AREAS = re.compile(r"(?:include|if|please|note|for each)\b", re.I)  # what the question asks next, after its areas
_INCLUDING = re.compile(r",?\s+including\b", re.I)
_DO_YOU_HAVE = re.compile(r"^do you (?:have|possess) (?P<obj>.+?)\?$", re.I)
# "Describe your skill level with the Microsoft Office suite, ...", "Are you proficient in any other
# languages?", "Describe your ability to work in a non-partisan manner ...": a skill screened for
_SKILL_LEVEL = re.compile(r"^(?:please )?(?:describe|rate|indicate|explain|what is) your (?:level of )?(?:skill|proficiency|comfort|expertise)(?: level)? "
                          r"(?P<prep>with|in|at|using) (?P<obj>.+?)[.?]$", re.I)
_ARE_YOU_SKILLED = re.compile(r"^are you (?P<how>proficient|fluent|experienced|skilled|certified|familiar) (?P<prep>in|with|at) (?:any )?(?P<obj>.+?)\?$", re.I)
_YOUR_ABILITY = re.compile(r"^(?:please )?(?:describe|tell us about|explain) your (?:ability|capacity) to (?P<obj>.+?)[.?]$", re.I)
# "Please quantify your experience working with elected officials ...", "Please quantify your budget
# management experience?", "Describe how you've created enforcement priorities and goals ...", "What is
# the largest number of full-time equivalent (FTE) employees that you have supervised ...?"
_QUANTIFY = re.compile(r"^(?:please )?(?:quantify|rate) your (?P<kind>(?:[\w/,-]+ ){0,4}?)experience(?: (?P<obj>(?:in|with|as|working|\w+ing)\b.+?))?\s*[.?]$", re.I)
_DESCRIBE_HOW = re.compile(r"^(?:please )?(?:describe|explain|tell us) how you(?:['’]ve| have) (?P<obj>\w+ .+?)(?: and how you would\b.*)?[.?]$", re.I)
_LARGEST_NUMBER = re.compile(r"^what is the (?:largest|highest|greatest|total) number of (?P<what>.+?) (?:that |whom )?you have (?P<done>supervised|managed|led)\b", re.I)
# "Please select the option that reflects your highest level of completed education." over degrees in a field
_HIGHEST_EDUCATION = re.compile(r"^(?:please )?(?:select|indicate|choose) (?:the (?:option|answer) that (?:best )?(?:reflects|describes) )?your highest (?:level of )?(?:completed )?education\b", re.I)
_DEGREE_IN_A_FIELD = re.compile(r"\b(?:degree|diploma)\b.*\bin [A-Z]", re.I)
# "It is a requirement of this position to travel for work ...", "This position has a requirement to be
# physically in the office ...": what the job requires, said before the question asks if it is met
_JOB_REQUIREMENT_TO = re.compile(r"^(?:it is a|there is a|(?:this|the) (?:position|role|job) has a) requirement(?: (?:of|for) (?:this|the) (?:position|role|job))? "
                                 r"to (?P<obj>.+?)\.$", re.I)
# "Question 2: Describe your ability to ..." in the text of how to apply: a supplemental question
_NUMBERED_QUESTION = re.compile(r"^(?:supplemental )?question\s*#?\d{1,2}\s*[:.)-]\s*", re.I)
# "Are you willing to travel throughout the state ...?": a condition the job asks to be met
_ARE_YOU_WILLING = re.compile(r"^are you (?P<how>willing|able|available) to (?P<obj>.+?)\?$", re.I)
_DONE_AS_DOING = {"worked": "working", "served": "serving", "supervised": "supervising", "managed": "managing", "led": "leading",
                  "used": "using", "administered": "administering", "conducted": "conducting", "coordinated": "coordinating"}
_HAVE_YOU_DONE = re.compile(r"^have you (?:ever |previously )?(?P<done>%s) (?P<obj>.+?)\?$" % "|".join(_DONE_AS_DOING), re.I)
# "... for this position?": said of every question, no part of what is asked
_FOR_THIS_JOB = re.compile(r"\s+(?:for|in) (?:this|the) (?:position|role|job)$", re.I)
# "Select the computer software with which you are proficient." over its options
_PROFICIENT_IN = re.compile(r"^(?:please )?(?:select|check|indicate|choose) (?:all )?(?:of )?the (?P<what>[\w /-]{3,40}?) (?:with which|in which|that) you are (?:proficient|experienced|familiar)", re.I)
# "Indicate which web programs ... you have experience working with." over its options
_WHICH_YOU_USED = re.compile(r"^(?:please )?(?:select|check|indicate|choose) (?:all |each )?(?:of )?(?:the )?(?:which )?(?P<what>[\w ,/()&-]{3,100}?) you have "
                             r"(?:experience|worked)(?: working| using)? (?:with|in)\b"
                             # "Select the job duties with which you have experience." over the duties
                             r"|^(?:please )?(?:select|check|indicate|choose) (?:all |each )?(?:of )?the (?P<done>[\w /-]{3,40}?) (?:with|in) which you have (?:experience|worked)\b", re.I)
# "This position requires advanced Microsoft Excel skills. Please detail your experience ...": the
# question says what the job requires before it asks
_JOB_REQUIRES = re.compile(r"^(?:this|the) (?:position|role|job) requires (?P<obj>.+?)\.$", re.I)
# "Social Media: Describe your experience using social media ...": the question's topic before it
_QUESTION_TOPIC = re.compile(r"^[A-Z][\w/&,'’ -]{2,60}:\s+(?=[A-Z])")
# "Indicate area of study for college education." / "Computer Science" / "An area related to ...": the fields asked for
_AREA_OF_STUDY = re.compile(r"^(?:please )?(?:select|check|indicate|choose) (?:your |the )?(?P<what>(?:area|field|major) of (?:study|education))\b", re.I)
_OPTION_NOTE = re.compile(r"(?:note|important)\s*:", re.I)
_PLEASE_NOTE = re.compile(r"\s*\(please [^)]*\)", re.I)
_NOT_AN_OPTION = re.compile(r"(?:none of the above|other\b|n/?a$|not applicable)", re.I)
_I_HAVE = re.compile(r"i (?:have|possess) (?=(?:\S+ ){0,3}(?:experience|knowledge|a |an |at least|\d))", re.I)
_YES_NO = re.compile(r"\W*yes[\W\u00c2]+no[\W\u00c2]*$", re.I)  # ("YesÂ NoÂ": a non-breaking space read as Latin-1)
_QUALIFICATION_WORDS = re.compile(r"\b(?:experience|knowledge|degree|licen[cs]e|certific\w+|diploma|education|training|clearance|skills?)\b", re.I)
# (nor does a question after a disqualifier: "Do you have a suspended license?", "Have you been convicted ...?")
_NOT_A_QUALIFICATION = re.compile(r"\b(?:one of the following|the following|relatives?|family|this|these|question|"
                                  r"suspended|revoked|been convicted)\b", re.I)
_SCREENED = " (screening question)"
_ANY_BEFORE = re.compile(r"^any (?:prior |previous )?", re.I)
# Words that say nothing of what a requirement is about, left out when comparing a question with
# the requirements the posting lists.
_ASK_FRAME_WORDS = frozenset("""experience years year have possess with working work least minimum following your full time
    including include such related field that this from their which more less than into about
    preferred desired desirable required plus advantage asset bonus highly strongly""".split())


def _ask_words(text: str) -> set[str]:
    """The words that say what a requirement is about, cut to their first six letters ("supervisor",
    "supervisory": the same ask)."""
    # (and a short name in capitals: "SQL databases" is not "databases")
    return {word[:6] for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in _ASK_FRAME_WORDS} \
        | {word.lower() for word in re.findall(r"\b[A-Z]{2,3}\b", text)}


def _screened_asks(posting: Posting, zones: list[tuple[Section, SectionKind]], asked: list[Entry]) -> list[Entry]:
    """The qualifications an application's supplemental questions screen for that the posting's
    lists do not already name ("Do you have ...?", "How many years ...?", "Describe your experience
    ...", "Select the software with which you are proficient." and its options, "I have experience
    ..." statements answered Yes or No), as nice-to-haves that say they are screening questions: a
    minimum the posting requires is in its lists, so what only a question asks is scored (session
    19's labels); a must-have when the question says the job requires it ("This position requires
    advanced Microsoft Excel skills. Please detail ...")."""
    known = [_ask_words(entry.text) for entry in asked]
    out: list[Entry] = []

    def add(ask: str | None, line: int | None, required: bool = False) -> None:
        ask = _ANY_BEFORE.sub("", ask) if ask is not None else None  # "any prior experience ...": what is asked is experience
        if ask is None or _NOT_A_QUALIFICATION.search(ask) or len(ask.split()) < 2:
            return
        # (a name the others do not say makes it another ask: "experience in voter registration and
        # elections within Virginia" beside "five years of experience ... in voter registration")
        names = {word.lower()[:6] for word in _NAME_IN_ASK.findall(ask)}

        def said_before(words: set[str]) -> bool:
            return any(len(words & other) >= _SAME_ASK * len(words) and (names <= other or len(words & other) >= _SURELY_SAME_ASK * len(words))
                       for other in known)

        # the ask whole, or without its aside ("... election related work including laws and acts
        # you had to abide by" asks what "... election related work" asked)
        words, head = _ask_words(ask), _ask_words(_ASIDE.split(ask, maxsplit=1)[0])
        if not words or said_before(words) or head and said_before(head):
            return  # the posting lists it already, or an earlier question asked it
        known.append(words)
        out.append(Entry(_capital(ask.rstrip(" .?")) + _SCREENED, line, not required))

    for section, kind in zones:
        if kind is not SectionKind.QUESTIONS:
            continue
        for index, item in enumerate(section.items):
            question = _QUESTION_CODE.sub("", " ".join(item.text.split()))
            question = re.split(r"(?<=[?.])\s", question, maxsplit=1)[0]
            question = _QUESTION_TOPIC.sub("", question, count=1)
            if (found := _DESCRIBE_THE_FOLLOWING.match(question)) is not None:
                # "Describe your logistics management experience in the following:" / "Warehouse and
                # distribution management, including ..." / "Event management, including ..." /
                # "Include any challenges faced ...": the areas are what is asked about
                areas = []
                for option in section.items[index + 1:]:
                    text = " ".join(option.text.split())
                    if _AFTER_THE_AREAS.match(text) or text.endswith("?") or _QUESTION_CODE.fullmatch(text + " "):
                        break
                    areas.append(_INCLUDING.split(text, maxsplit=1)[0].rstrip(" ."))
                if areas:
                    add(f"{found.group('kind').strip()} experience: {'; '.join(areas)}".strip(), item.span.line)
            elif (ask := _question_ask(question)) is not False:
                add(ask, item.span.line, required=_states_requirement(question))
            elif _HIGHEST_EDUCATION.match(question):
                # the options from the highest down: the first, when it names a field, is what is sought
                first = next((" ".join(o.text.split()) for o in section.items[index + 1:index + 2]), "")
                if _DEGREE_IN_A_FIELD.search(first) and not first.endswith("?"):
                    add(f"Education: {first}", item.span.line)
            elif (found := _PROFICIENT_IN.match(question) or _WHICH_YOU_USED.match(question) or _AREA_OF_STUDY.match(question)) is not None:
                # "Select the computer software with which you are proficient." / "Microsoft Word" /
                # "Microsoft Excel" / ... / "None of the above": the options are what is asked about
                options = []
                for option in section.items[index + 1:]:
                    text = " ".join(option.text.split())
                    if _OPTION_NOTE.match(text):
                        continue  # "NOTE: Your answer must be supported by ...": the question's note, before its options
                    if text.endswith(("?", ".")) or _QUESTION_CODE.fullmatch(text + " ") or re.fullmatch(r"\d{1,2}", text):
                        break
                    if not _NOT_AN_OPTION.match(text):
                        options.append(_PLEASE_NOTE.sub("", text))  # ("An area related to Computer Science (please specify below)")
                if options:
                    said = {_PROFICIENT_IN: "Proficiency with {}: {}", _WHICH_YOU_USED: "Experience with {}: {}"}.get(found.re, "{}: {}")
                    add(said.format(found.group("what") or found.group("done"), "; ".join(options)), item.span.line)
    # "I have experience researching and applying State and Federal laws ... I have experience with
    # verifying ..." over "Yes No" lines: statements the applicant confirms; and a question over
    # them wherever the export left it ("Do you have a minimum of 5 years of experience in ...?" /
    # "Yes" / "No" after the requirements)
    for number, line in enumerate(posting.lines):
        text = line.text.strip()
        if (numbered := _NUMBERED_QUESTION.match(text)) is not None and _zone_at(zones, line.number) is not SectionKind.QUESTIONS:
            question = re.split(r"(?<=[?.])\s", text[numbered.end():], maxsplit=1)[0]
            if (ask := _question_ask(question)) not in (False, None):
                add(ask, line.number, required=_states_requirement(question))
            continue
        if text.endswith("?"):
            after = [a.text.strip().lower() for a in posting.lines[number + 1:number + 6]]
            if "yes" in after and "no" in after[after.index("yes"):] \
                    and (ask := _question_ask(_QUESTION_CODE.sub("", text))) not in (False, None):
                add(ask, line.number)
            continue
        if not _I_HAVE.match(text) or not any(_YES_NO.match(a.text) for a in posting.lines[number + 1:number + 4]):
            continue
        for sentence in sentences(text):
            if (found := _I_HAVE.match(sentence)) is not None:
                add(sentence[found.end():], line.number)
    return out


def _states_requirement(question: str) -> bool:
    """The question says the job requires what it asks ("This position requires ...", "It is a
    requirement of this position to ..."): a must-have, not a plus."""
    return bool(_JOB_REQUIRES.match(question) or _JOB_REQUIREMENT_TO.match(question))


def _question_ask(question: str) -> str | None | Literal[False]:
    """What a screening question of one of the usual forms asks ("How many years of experience do
    you have ...?", "Describe your experience ...", "Do you have ...?", "This position requires
    ...", "Are you willing to ...?", "Describe your skill level with ...", "Are you proficient in
    ...?", "It is a requirement of this position to ...", "Please quantify your ... experience",
    "What is the largest number of ... you have supervised"): the ask, None when the form asks no
    qualification, False when the question is of none of these forms."""
    if (found := _HOW_MANY_YEARS.match(question)) is not None:
        kind_words, obj = (found.group("kind") or "").strip(), _EXAMPLES_ASIDE.split(found.group("obj") or "", maxsplit=1)[0].strip()
        return f"{kind_words} experience {obj}".strip() if obj or kind_words else None
    if (found := _DESCRIBE_YOUR.match(question)) is not None:
        return f"{(found.group('kind') or '').strip()} experience {_EXAMPLES_ASIDE.split(found.group('obj'), maxsplit=1)[0]}".strip()
    if (found := _DO_YOU_HAVE.match(question)) is not None:
        return found.group("obj") if _QUALIFICATION_WORDS.search(found.group("obj")) else None
    if (found := _JOB_REQUIRES.match(question)) is not None:
        # ("This position requires the ability to work some evenings ... Are you willing and able to
        # meet this requirement?": what the job requires, asked as a yes or no)
        return found.group("obj") if _QUALIFICATION_WORDS.search(found.group("obj")) or _ABILITY.match(found.group("obj")) else None
    if (found := _ARE_YOU_WILLING.match(question)) is not None:
        return f"{found.group('how')} to {_FOR_THIS_JOB.sub('', found.group('obj'))}"
    if (found := _HAVE_YOU_DONE.match(question)) is not None:
        # "Have you worked in a large, customer service focused operation?": experience doing it
        return f"Experience {_DONE_AS_DOING[found.group('done').lower()]} {found.group('obj')}"
    if (found := _SKILL_LEVEL.match(question)) is not None:
        return f"Skill {found.group('prep').lower()} {found.group('obj')}"
    if (found := _ARE_YOU_SKILLED.match(question)) is not None:
        return f"{found.group('how')} {found.group('prep').lower()} {found.group('obj')}"
    if (found := _YOUR_ABILITY.match(question)) is not None:
        return f"Ability to {found.group('obj')}"
    if (found := _JOB_REQUIREMENT_TO.match(question)) is not None:
        return f"Able to {found.group('obj')}"
    if (found := _QUANTIFY.match(question)) is not None:
        return f"{(found.group('kind') or '').strip()} experience {found.group('obj') or ''}".strip()
    if (found := _DESCRIBE_HOW.match(question)) is not None:
        return f"Experience: how you have {found.group('obj')}"
    if (found := _LARGEST_NUMBER.match(question)) is not None:
        return f"Experience {_DONE_AS_DOING[found.group('done').lower()]} {found.group('what')}"
    return False


def _bare(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _asks_condition(text: str) -> bool:
    """A sentence that asks the worker for hours, travel or what the body must do, by naming it."""
    z = _zones()
    return bool(z["job_condition_asked"].search(text) and z["job_condition_named"].search(text)
                and not z["job_condition_not"].search(text))


def _condition_only(text: str) -> bool:
    """A line that asks only for hours, travel or a physical effort, and says no preference."""
    return _asks_condition(text) and not _asks(text) and not _zones()["desirable"].search(text)


def _conditions_said(posting: Posting, zones: list[tuple[Section, SectionKind]], said_on: dict[int | None, list[str]]) -> list[Entry]:
    """A condition of the job said outside a conditions heading, among the duties or in the job's
    description ("Occasional travel may be required.", "This position requires the ability to work
    some evenings, occasional early mornings, and weekends."): a sentence that asks it of the worker
    and names the hours, travel or what the body must do. A question ("Are you willing to travel?")
    is the questionnaire's, and a line already read as a requirement or a step stays there."""
    z = _zones()
    out: list[Entry] = []
    for section, kind in zones:
        if kind not in _CONDITION_SAID_ZONES or section.heading and z["job_condition_headings"].search(section.heading):
            continue
        # (a paragraph the export ran together is read line by line: "... A few challenges you might
        # face in this job: ... / Some schedule flexibility is required during peak election times")
        for item, (text, line, _) in _with_items(posting, section.items, split_sentences=False):
            # (a sentence of a line whose other sentences are requirements is read on its own: "A
            # flexible schedule is required ... Must be able to work some evenings ...")
            known = said_on.get(item.span.line, []) + (said_on.get(line, []) if line != item.span.line else [])
            for part in _marked_sentences(text):
                if 4 <= len(part.split()) <= _CONDITION_SAID_WORDS and not _CREDENTIAL.search(part) and not part.rstrip().endswith("?") \
                        and (_asks_condition(part) or _physical_ability(part)) \
                        and not any(_bare(part) in done or done in _bare(part) for done in known):
                    out.append(Entry(part.rstrip(" ;"), line))
    return out


# A sentence that introduces things to make ("is looking for help to design a few things:").
_WORK_INTRO = re.compile(r"\b(?:design|create|make|produce|draw|build|deliver|illustrate|help (?:to|with|us))\b[^:]*:\s*$", re.I)


# A thing to make, not a skill: "A primary logo in SVG format", "Color palette swatches in whatever
# format" (not "A good eye for colour", "A portfolio": what the applicant has)
_THING_TO_MAKE = re.compile(r"^an? (?!(?:good|strong|great|keen|solid|basic|working|deep|sound|proven|excellent|eye|passion|knack|love|sense|portfolio|degree|background)\b)"
                            r"|\bin (?:\S+ ){0,2}formats?\b|\b(?:svg|png|pdf|eps|psd) (?:files?|format)\b", re.I)


def _things_to_make(skills: list[str]) -> bool:
    """Most of the `skills` entries name things to make ("A primary logo in SVG format", "An
    alternate logotype in SVG format", "Markup and styles to replace the site"): deliverables."""
    made = [text for text in skills if _THING_TO_MAKE.search(text) and not reads_as_requirement(text)]
    return len(skills) >= 2 and 2 * len(made) > len(skills)


def _opens_with_a_remark(value: object) -> bool:
    """A field in text whose first line is prose over a list ("This is off the top of my head ..." /
    "- A primary logo ..."): the first line speaks about the list."""
    if not isinstance(value, str):
        return False
    lines = [line for line in value.splitlines() if line.strip()]
    return len(lines) >= 2 and not _LIST_MARK.match(lines[0]) and not lines[0].rstrip().endswith(":") and _LIST_MARK.match(lines[1]) is not None


def _describes(text: str) -> bool:
    """A paragraph of several sentences (30 words or more): a description, not a skill's name."""
    return len(text.split()) >= 30 and len(sentences(text)) >= 2


def _listed_as_work(posting: Posting, skills: list[str]) -> bool:
    """The front matter's `skills` are the things to make, listed again in the body under a line
    that says so ("FOSSASIA is looking for help to design a few things:" / "* T-shirt" / "* Poster"):
    deliverables, not skills asked of the applicant."""
    lines = posting.text.splitlines()
    first = skills[0].strip().lower()
    for index, line in enumerate(lines):
        if line.strip(" \t*-•").lower() == first:
            before = next((lines[k].strip() for k in range(index - 1, -1, -1) if lines[k].strip()), "")
            return _WORK_INTRO.search(before) is not None
    return False


# Links to more about the employer under how to apply ("Meet our Elections team", "Hear about a day
# in the life of ...", "For detailed benefits information, please visit ..."): no step of applying.
_INVITATION = re.compile(r"(?:meet|hear|learn|watch|read|see|explore|discover) (?:our|about|more|the)\b|"
                         r"for (?:more |detailed )?(?:benefits?|information about (?:our|the) benefits)", re.I)
_MATERIALS = re.compile(r"\b(?:required|application) materials\b|\bmaterials required\b", re.I)
_SKILL_VALUE = re.compile(
    r"\b(?:skills?|understand(?:s|ing)?|knowledge|experience (?:with|in|of|[a-z]+ing)|proficien\w*|expertise|familiar(?:ity)? with"
    r"|(?:can|able to) (?:code|explain|write|build|analy[sz]e))\b", re.I)
# ("Minimum Clearance Requirement: Top Secret ..." names what it asks)
_REQUIRED_LABEL = re.compile(r"\b(?:required|mandatory|(?:clearance|education|experience|degree|certification|licen[cs]e|language|citizenship) requirements?)\b(?!.*\bapply\b)", re.I)
_ROUTE_NAME = re.compile(r"substitut|equivalen", re.I)
# "Diversity and Equity: The Auditor's Office values a diverse workforce ... encourages candidates with
# experience ...": the employer speaking of itself, no skill asked
_EMPLOYER_VOICE = re.compile(r"(?:the|our|we)\b[^.]{0,60}?\b(?:values?|encourages?|believes?|is committed|are committed|offers?|strives?)\b", re.I)
_ASKED_LABEL_ZONES = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.OTHER, None)
_SKILL_LABEL_ZONES = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
_OPEN_END = re.compile(r"(?:[,/]|\b(?:with|and|or|of|in|for|to|the|a))$", re.I)


def _named_list_lines(posting: Posting, zones: list[tuple[Section, SectionKind]]) -> set[int]:
    """The lines of each run of three or more adjacent labels in a requirements list whose names are
    capitalised names and whose values say what they mean ("Delegating: Sharing responsibility,
    authority, and accountability" under "Competencies Required"): a list of named requirements,
    not metadata."""
    def named(label) -> bool:
        return (len(label.value.split()) >= 3 and _title_case(label.name) and not _METADATA_NAME.search(label.name)
                and _zone_at(zones, label.span.line) in REQUIREMENT_KINDS
                and classify_heading(label.name, fuzzy=True) is None)  # "Oral Exam Interview: ...": a step
    if len(posting.labels) < 3:
        return set()
    lines: set[int] = set()
    run: list[int] = []
    for label in sorted(posting.labels, key=lambda label: label.span.line):
        if named(label) and (not run or label.span.line - run[-1] <= 2):
            run.append(label.span.line)
            continue
        if len(run) >= 3:
            lines.update(run)
        run = [label.span.line] if named(label) else []
    if len(run) >= 3:
        lines.update(run)
    return lines


def _labels_in_lists(posting: Posting, zones: list[tuple[Section, SectionKind]], rows: list, taken: set[int]) -> list:
    """Rows of the labels that stand in a requirements list among its lines ("Creative problem
    solver: the ability to quickly grasp ..." under "Personal Attributes", "Leadership Experience: At
    least two years in a supervisory role" under "Desirable experience"): a requirement named by its
    label, when the list's lines run on to it with no blank line between (through other such labels)."""
    not_asked = _zones()["not_asked_label"]
    # (a line of the list, not a heading the parser missed: "Benefits at Gap Inc.")
    asking = {row[1] for row in rows if _asks(row[0]) or reads_as_requirement(row[0])
              or len(row[0].split()) >= _LISTED_LABEL_WORDS and not _title_case(row[0].rstrip(".")) and not _zones()["benefit"].search(row[0])}
    taken = taken | {row[1] for row in rows}
    candidates: dict[int, tuple[str, SectionKind]] = {}
    for label in posting.labels:
        at = label.span.line
        zone = _zone_at(zones, at)
        value = clean(label.value)
        if at in taken or zone not in REQUIREMENT_KINDS or len(value.split()) < _LISTED_LABEL_WORDS \
                or len(label.name.split()) > _LISTED_LABEL_NAME_WORDS or _METADATA_NAME.search(label.name) \
                or classify_heading(label.name, fuzzy=True) not in (None, *REQUIREMENT_KINDS) \
                or _EMPLOYER_VOICE.match(value) or _ROUTE_NAME.search(label.name) or not_asked.match(label.name) \
                or _zones()["job_condition_headings"].search(label.name) \
                or _FOR_SOME.match(value):
            continue
        candidates[at] = (f"{label.name}: {value}", zone)

    def reaches_a_row(at: int, step: int) -> bool:
        at += step
        while at in candidates:
            at += step
        return at in asking and _zone_at(zones, at) is candidates[at - step][1]

    return [(text, at, zone is SectionKind.PREFERRED or _desirable(text), _section_number(zones, at))
            for at, (text, zone) in candidates.items() if reaches_a_row(at, -1) or reaches_a_row(at, 1)]


_FOR_SOME = re.compile(r"(?:if|when|whether)\b", re.I)  # "Foreign Education: If you are using education ...": a rule for some
_LISTED_LABEL_WORDS = 3  # "Team-Oriented: a collaborative individual ...", not "Travel: <10%"
_LISTED_LABEL_NAME_WORDS = 5


def _section_number(zones: list[tuple[Section, SectionKind]], line: int) -> int:
    """The index of the section that holds ``line``, as requirement rows number their sections."""
    found = -line
    for index, (section, _) in enumerate(zones):
        if section.span.line <= line:
            found = index
    return found


_NOTED_ASK_WORDS = 6  # a note's value that says a requirement is a sentence, not "Degree: Required"
_NOTE_NAME = re.compile(r"(?:special |important |please |additional )?(?:note|notes|notice)$|important$", re.I)
_METADATA_NAME = re.compile(r"\b(?:level|type|category|code|id)$", re.I)  # "Experience Level: Recent College Graduate"


def _zone_at(zones: list[tuple[Section, SectionKind]], line: int) -> SectionKind | None:
    """The zone of the section that holds ``line`` (the last one opening at or before it)."""
    found = None
    for section, kind in zones:
        if section.span.line <= line:
            found = kind
    return found


def _aligned_values(posting: Posting, label) -> list[tuple[str, int]]:
    """More values of a label, each on a line of its own indented as far as the value starts
    ("Certifications: State Certification within 18 months" / blank / "        CERA Certified ...")."""
    found: list[tuple[str, int]] = []
    number, column = label.span.line, label.value_span.column - 1
    blank = 0
    while number < label.span.line + 8:
        number += 1
        line = posting.line_text(number)
        if not line.strip():
            blank += 1
            if blank > 1:
                break
            continue
        indent = len(line) - len(line.lstrip())
        if indent < max(4, column - 4):  # under the value, or further in (no-break spaces align loosely)
            break
        found.append((clean(line), number))
        blank = 0
    return found


def _continued(posting: Posting, line: int, text: str) -> str:
    """A label's value and the wrapped lines that finish it ("... coding skills with" / "SQL,
    python,"): at most two, each after a value left open or starting in lower case."""
    number = line
    for _ in range(2):
        number += 1
        nxt = posting.line_text(number).strip()
        if not nxt or ": " in nxt or not (_OPEN_END.search(text) or nxt[:1].islower()):
            break
        text = f"{text} {nxt}"
    return text.rstrip(" ,")


def _with_items(posting: Posting, items: list[Item], split_sentences: bool = True, bare_lists: bool = False):
    """Each item with its entries (``_entries``). A source line is read once: a sentence the parser
    also read as part of a whole line already given is not given again, and a line that names a
    quality and then says what it means ("A planner and organizer. You will need to create project
    plans ...") is one entry, not a name and a sentence."""
    whole: dict[int, str] = {}  # lines given whole, by number
    skip = 0
    for index, item in enumerate(items):
        if skip:
            skip -= 1
            continue
        one_line = item.kind == "sentence" and item.span.end_line == item.span.line
        text = clean(item.text)
        if one_line and item.span.line in whole and text != whole[item.span.line] and text in whole[item.span.line]:
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        same_line = [i for i in items[index + 1:index + 6] if i.kind == "sentence" and i.span.line == i.span.end_line == item.span.line]
        if one_line and same_line and _QUALITY_WORD.match(text) and len(same_line[0].text.split()) >= 6 \
                and len(same_line) == sum(1 for i in items[index + 1:] if i.span.line == item.span.line):
            # "Patient. As a data engineer, you ... As such we are looking for someone who is ...": a
            # quality named in a word or two, then what it means, to the end of its line: one item
            skip = len(same_line)
            yield item, (" ".join([text] + [clean(i.text) for i in same_line]), item.span.line, False)
            continue
        if one_line and following is not None and following.kind == "sentence" \
                and following.span.line == following.span.end_line == item.span.line \
                and (_QUALITY_NAME.match(text) and _QUALITY_MEANS.match(following.text)
                     or _GOES_ON.match(following.text) and 4 <= len(text.split()) <= 60 and not following.text.rstrip().endswith(":")
                     and not _ROLE_STATEMENT.match(following.text)  # ("This is an executive position that reports to ...": of the job, not the ask)
                     # ("This position will report to the President. This is a role that requires the
                     # right candidate to show leadership ...": a sentence that asks is an ask of its own)
                     and _prose_requirement(clean(following.text)) is None):
            # (or a sentence that goes on with this one: "Exceptional programming skills in Linux.
            # This includes knowledge of approaches to automate workflows.")
            skip = 1
            yield item, (f"{text} {clean(following.text)}", item.span.line, False)
            continue
        if one_line and following is not None and following.kind == "sentence" \
                and following.span.line == following.span.end_line == item.span.line \
                and _names_for_the_ask_before(clean(following.text), text):
            skip = 1  # "... transform data. Python, SQL scripts or other ETL tools" (as _entries joins them)
            yield item, (_with_names(text, clean(following.text)), item.span.line, False)
            continue
        for text, line, listed in _entries(posting, [item], split_sentences, bare_lists):
            if listed and text == clean(posting.line_text(line).strip()):
                whole[line] = text
            yield item, (text, line, listed)


def _names_joined(rows: list[Row]) -> list[Row]:
    """The rows, a degree's field cut at a line's end joined up: "Master's degree in Human Resources,
    Business Administration, Public" / "Administration, or related field. SHRM certification." are the
    degree with its whole list of fields, then the certification (rows of one list and priority)."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is not None and previous[1] is not None and row[1] == previous[1] + 1 and previous[2:] == row[2:] \
                and _DEGREE_WORD.search(previous[0]) and _CUT_IN_A_NAME.search(previous[0]) and _NAME_GOES_ON.match(row[0]):
            first, *rest = sentences(row[0]) or [row[0]]
            out[-1] = (f"{previous[0]} {first}", previous[1], previous[2], previous[3])
            if rest:
                out.append((" ".join(rest), row[1], row[2], row[3]))
            continue
        out.append(row)
    return out


# A list of names that a line ends inside of ("..., Business Administration, Public") and the next
# line that finishes the name ("Administration, or related field.")
_CUT_IN_A_NAME = re.compile(r",[^,.;:!?]*\s[A-Z][\w'’-]*$")
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,\s")


# A quality named in a few words ("A problem solver.", "Adaptable.", "Committed to public service.")
# and the sentence after it on its line that says what it means ("You will need to ...").
_QUALITY_NAME = re.compile(r"^(?!(?:you|we|i|it|this|that|there|our|they)\b)[\w'’-]+(?: [\w'’-]+){0,5}\.$", re.I)
# (a quality in a word or two: "Analytical.", "Self-Starter.", "Team player.", not "Sec." or "Strong SQL skills.")
_QUALITY_WORD = re.compile(r"[A-Z][a-z'’-]{3,}(?: [A-Za-z][a-z'’-]{2,})?\.$")
_QUALITY_MEANS = re.compile(r"^you(?:'ll|’ll| will| need| must| should| can| are expected)\b", re.I)


_NUMBERS = re.compile(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b")


def _unique(entries: list[Entry]) -> list[Entry]:
    """Each entry once: the same words again, or nearly (a class specification repeating its own
    requirements with a typo: "related field" / "related filed"), is left out."""
    seen: set[str] = set()
    long_keys: list[tuple[str, list[str]]] = []
    out = []
    for entry in entries:
        # ("High School Diploma or GED required." / "... GED, required.", "... by date of hire is
        # required." / "..., required.": the same ask in another of the posting's lists)
        key = _SAID_REQUIRED.sub(" required", " ".join(_PUNCTUATION.sub(" ", entry.text.lower()).split())).strip(" :")
        if not key or key in seen:
            continue
        if len(key) >= 60:
            # (never two that differ in a number, "At least 1 year" / "At least 3 years", or in the
            # level they are for, "Specialist I: Must have ..." / "Specialist II: Must have ...", which
            # counts as a number; the quick ratios are upper bounds that turn most pairs down before
            # the full comparison)
            numbers = _NUMBERS.findall(key) + [key.split(": ", 1)[0] if ": " in key[:60] else ""]
            if any(abs(len(key) - len(k)) <= 8 and numbers == n and _nearly_same(key, k) for k, n in long_keys):
                continue
            long_keys.append((key, numbers))
        seen.add(key)
        out.append(entry)
    return out


_RESTATED_WORDS = 5  # words of what is asked a requirement needs to be taken for another's restatement
_SHORT_NAME = re.compile(r"(?<![\w.])(?-i:[A-Z][A-Za-z+#]{0,2})(?![\w.])")  # "R", "SQL", "C++", "NC"
_NOT_LETTERS = re.compile(r"\W+")
_SHORT_WORDS = frozenset("a an the and or any all to in of for as at be by is are has can may our you it we".split())


def _said_once(entries: list[Entry]) -> list[Entry]:
    """Each requirement once, where the posting says it again in other words: one whose words of
    what is asked are all among another's ("You must possess a strong SQL background and experience
    in creating and validating data queries." after "Candidates must possess strong structured query
    language (SQL) background and experience in ...") is left out, and the fuller one kept where the
    first stood. Never two that differ in a number or in the level they are for."""
    kept: list[tuple[Entry, set[str], tuple]] = []
    for entry in entries:
        # (with the short names and the degrees: "Python, R and Linux" is not "Python, Pyspark and
        # Linux"; "A Ph.D. in Statistics" is not "A Master's Degree in Statistics")
        words = _ask_words(entry.text) | {token.lower() for token in _SHORT_NAME.findall(entry.text)} - _SHORT_WORDS \
            | {_NOT_LETTERS.sub("", level.lower()) for level in _DEGREE_WORD.findall(entry.text)}
        key = (_NUMBERS.findall(entry.text.lower()), entry.text.split(": ", 1)[0] if ": " in entry.text[:60] else "")
        if len(words) >= 2 and 5 * len(words) >= 2 * len(entry.text.split()) \
                and any(words == other_words and key == other_key for _, other_words, other_key in kept):
            continue  # "Forklift certification is a plus." after "Forklift certification preferred."
        if len(words) < _RESTATED_WORDS:
            kept.append((entry, words, key))
            continue
        for index, (other, other_words, other_key) in enumerate(kept):
            if other_key != key or len(other_words) < _RESTATED_WORDS:
                continue
            if words <= other_words:
                break  # said already
            if other_words <= words:
                kept[index] = (entry, words, key)  # the fuller wording, where the first stood
                break
        else:
            kept.append((entry, words, key))
    return [entry for entry, _, _ in kept]


_PUNCTUATION = re.compile(r"[^\w\s+#%$/:-]")
_SAID_REQUIRED = re.compile(r" (?:is|are) required\b")


def _nearly_same(a: str, b: str) -> bool:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.97 and matcher.quick_ratio() >= 0.97 and matcher.ratio() >= 0.97


def apply_links(posting: Posting) -> list[str]:
    """Where to apply: "Apply:" / "URL:" labels and front matter ``apply_url`` / ``url``."""
    z = _zones()
    links = [label.value for label in posting.labels if label.name.lower() in z["apply_labels"]]
    for key in ("apply_url", "application_url", "apply_link", "url"):
        value = posting.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            links.append(value.strip())
    return list(dict.fromkeys(links))


def front_matter_list(posting: Posting, key: str, join_lists: bool = True) -> list[str]:
    """A front matter field as lines: a list's strings, or a string's non-empty lines. A line
    ending in a colon takes the next one ("GreenHouse application link:" / its link), unless
    ``join_lists`` is off and the next one is a list's entry ("Features include:" / "* Bookmarks")."""
    value = posting.front_matter.get(key)
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list):
        return []
    lines: list[str] = []
    parent = False  # the last line is an entry that took its indented sub-entries ("A logo. Should suit:" / "  - web")
    for entry in value:
        if isinstance(entry, str | int | float):
            for part in str(entry).splitlines():
                mark = _LIST_MARK.match(part)
                nested = mark is not None and part[:1].isspace()
                part = clean(part)
                if not part:
                    continue
                if lines and nested and (parent or lines[-1].endswith(":")):
                    lines[-1] = f"{lines[-1]}{' ' if lines[-1].endswith(':') else '; '}{part}"
                    parent = True
                    continue
                parent = False
                if lines and lines[-1].endswith(":") and (join_lists or mark is None):
                    lines[-1] = f"{lines[-1]} {part}"
                elif _has_words(part):
                    lines.append(part)
    return lines


_LIST_MARK = re.compile(r"\s*(?:[-*+•·]|\d{1,2}[.)])\s")


def front_matter_line(posting: Posting, key: str) -> int | None:
    """The line of a front-matter key ("skills:"), for an item that comes from its value."""
    for line in posting.lines:
        if line.text.startswith(f"{key}:"):
            return line.number
    return None


def closed_status(posting: Posting) -> str | None:
    """The front matter ``status`` when it says the posting is closed ("closed", "solved", "filled")."""
    value = posting.front_matter.get("status")
    if isinstance(value, str) and value.strip().lower() in _zones()["closed"]:
        return value.strip()
    return None
