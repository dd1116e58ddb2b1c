"""Employment type (full-time, part-time, contract, temporary, internship) and hours per week."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..model import Posting, Span
from ..scan.candidates import word_index
from ..scan.textscan import folded, lazy, lowered, word_matches

if TYPE_CHECKING:
    from . import ExtractContext

EmploymentType = Literal["full-time", "part-time", "contract", "temporary", "internship"]

# Word patterns run over lowered text, each starting with a literal (see postlint.scan.textscan).
_TYPES: list[tuple[EmploymentType, list[re.Pattern]]] = [
    # ("in part or fulltime", "full or part time": both kinds, the first word's cut short)
    ("full-time", [re.compile(r"full[- ]?time\b"), re.compile(r"full\s*(?:or|/)\s*part[- ]?time\b")]),
    ("part-time", [re.compile(r"part[- ]?time\b"), re.compile(r"part\s*(?:or|/)\s*full[- ]?time\b")]),
    ("contract", [re.compile(p) for p in (r"contract(?:or)?\s+(?:role|position|basis|job)\b", r"fixed[- ]term\b",
                                          r"freelance\b", r"contract-to-hire\b", r"on a contract\b",
                                          # "to work with us under contract through 2024", "this position will be contracted annually"
                                          r"to work (?:with us |for us )?under (?:a )?contract\b", r"will be contracted (?:annually|yearly|each year)\b")]),
    # "a Term-Limited Temporary (TLT) position": the kind's abbreviation may stand between
    ("temporary", [re.compile(p + r"(?:\s*\([a-z]{2,6}\))?\s+(?:role|position|job|employment|assignment)\b") for p in ("temporary", "seasonal")]),
    # (not "intern programs", "internship program coordinator": a programme the job runs or mentions)
    ("internship", [re.compile(r"intern(?:ship)?s?\b(?! (?:programs?|programmes?|coordinators?|supervisors?|cohorts?)\b)")]),
]
_HOURS = lazy(
    r"(?<![\d.,])(?P<min>\d{1,2}(?:[.,]\d{1,2})?)(?:\s*(?:-|–|to)\s*(?P<max>\d{1,2}(?:[.,]\d{1,2})?))?\s*(?:h|hrs?|hours?)\s*"
    r"(?:/\s*w(?:ee)?k|per\s+week|a\s+week|weekly|each\s+week)\b"
    r"|\b(?:part|full)[- ]time\s*\(\s*(?P<paren>\d{1,2})\s*h(?:ou)?r?s?\s*\)",
    re.I,
)
# "full-time paid experience", "part-time students": the words describe something else than the job.
# Other kinds of worker may be listed in between ("Part-Time, Temporary and Seasonal employees
# accrue sick leave"): a benefits or eligibility rule about a kind of staff, not this job's type.
_KINDS_OF_STAFF = r"(?:(?:full|part)[- ]?time|temporary|seasonal|casual|permanent|regular|limited[- ]term|benefits?[- ]eligible|non[- ]?exempt|exempt|internships?|co-?ops?)"
# The words stay on the mention's line: "Full-time" ending a line is not about the "Experience" that
# starts the next. A singular "employee" or "worker" is often the job ("a full-time Utility Worker
# position", "as a full-time employee you ..."), so only the plural counts. The words in between are
# no job nouns and no "with": "a full-time role requiring experience", "a part-time AI Trainer with
# experience" are the job's type.
_NOT_THE_JOB = lazy(
    r"(?:[ \t,]*(?:and|or|&|/)?[ \t,]*%s){0,4}"
    r"[ \t,]{0,3}(?:(?!(?:role|position|job|opportunity|basis|schedule|post|assignment|appointment|contract|work\s+week|with|who|that|having|requiring|requires|including)\b)\w+(?:-\w+)?[ \t,]{1,3}){0,3}?(?:paid[ \t])?(?:experience|equivalent|students?|study|studies|school|enrollment|"
    r"enrolled|course\w*|employees|staff|workers|employment experience"
    # "Temporary full-time positions are offered some of the benefits": a benefits rule for all such jobs
    r"|positions[ \t]+(?:are[ \t]+(?:offered|eligible|entitled)|receive|accrue|qualify|earn))\b" % _KINDS_OF_STAFF,
    re.I,
)
# Before the words: someone's present or past employment ("applicants currently employed by the
# City on a part-time basis"), or an option the employer offers ("the possibility of part-time work").
# A condition is no statement either ("benefits depend on whether your position is full-time,
# part-time or intermittent"), nor a rule for all of a kind of job ("all regular full-time positions").
_NOT_THE_JOB_BEFORE = lazy(
    r"(?:\b(?:currently|presently|previously|formerly)\s+(?:employed|working)\b[^.;\n]{0,60}"
    r"|\b(?:possibility|option|opportunity|chance|potential)\s+(?:of|to|for)\s+(?:\w+\s+){0,3}"
    r"|\b(?:transition|convert|move|grow)(?:ing|ed)?\s+(?:in)?to\s+(?:a\s+)?"  # "with the potential to transition to a full-time position"
    r"|\bwhether\s+(?:[\w,-]+\s+){0,6}"
    # "a direct hire role as opposed to a contract position": the kind the job is not
    r"|\b(?:as\s+opposed\s+to|rather\s+than|instead\s+of|not|never)\s+(?:an?\s+|the\s+)?"
    r"|\ball\s+(?:of\s+(?:our|the)\s+)?(?:[\w-]+\s+){0,2})$",  # "For all regular full-time positions, we offer": every job's
    re.I,
)
# Interns as the people someone mentors or supervises ("mentor data scientists and interns").
_INTERNS_LED = lazy(r"\b(?:mentor|supervis|manag|train|coach|oversee|guid|lead|hire|hiring|recruit|evaluat)\w*\s+(?:[\w,-]+\s+){0,10}$", re.I)
# "Full / Part time: Full-time", "Full- or Part-Time Full Time": the pair asks, the word after answers.
_PAIR_BEFORE = re.compile(r"\bfull(?:[- ]?time)?\s*-?\s*(?:/|or|and/or)\s*$", re.I)
_ANSWER_AFTER = re.compile(r"\s*[:\-–]?\s*(?:full|part)[- ]?time\b", re.I)
# The literal each _TYPES pattern starts with (a match holds it).
_LEADS = {pattern: re.match(r"[a-z -]+", pattern.pattern).group() for _, patterns in _TYPES for pattern in patterns}
_LEAD_WORDS = {pattern: re.match(r"[a-z]+", lead).group() for pattern, lead in _LEADS.items()}
# Labels whose value says what kind of job it is ("Job Type: Full Time", "Duration: Long (Contract)").
# A label whose name itself names types ("Full- or Part-Time: Full Time") asks the question its
# value answers: see _asks_type.
EMPLOYMENT_LABELS = frozenset({
    "employment type", "job type", "work schedule", "schedule", "type", "contract type", "employment", "position type",
    "job status", "employment status", "position", "duration", "term", "engagement", "engagement type", "assignment",
    "assignment type", "terms", "tax term", "tax terms", "work type", "job category", "appointment type", "contract",
})
_ASKS_TYPE = re.compile(r"(?:full|part)[- ]?time|\bfull\b.*\bpart\b|\bemployment\b|\bcontract\b", re.I)
# A bare word that names a contract only where it stands as a value: a label's value or one entry
# of a list of employment types ("Full-time / Contract / C2C / W2", "Duration: Long (Contract)").
# "contract" alone in prose is too often a document ("negotiate the contract").
_BARE_CONTRACT = re.compile(r"(?<![\w-])(?:contract(?:or)?|c2c|corp[- ]to[- ]corp|1099)(?![\w-])")
_LIST_SEPARATORS = re.compile(r"\s*(?:[/|,;()\[\]]|\s-\s|\bor\b|\band\b|&|:)\s*")
_TYPE_WORDS = re.compile(r"(?:full|part)[- ]?time|permanent|temporary|temp|seasonal|freelance|contract[- ]to[- ]hire|"
                         r"fixed[- ]term|w-?2|c2c|1099|corp[- ]to[- ]corp|contract(?:or)?|internship|long|short|long[- ]term|"
                         r"short[- ]term|\d+\+?\s*(?:months?|mos?|weeks?|years?)")


@dataclass(slots=True, kw_only=True)
class EmploymentMention:
    type: EmploymentType
    span: Span
    raw: str
    about_job: bool = True  # False for 'full-time experience', 'part-time students' ...
    source: Literal["text", "structured data"] = "text"


@dataclass(slots=True, kw_only=True)
class HoursMention:
    minimum: float
    maximum: float
    span: Span
    raw: str


@dataclass(slots=True, kw_only=True)
class Employment:
    # The job's types. Mentions about something else (experience, students, the staff a benefit
    # is for, a type named by a label's question) are kept apart in ``other``, so whatever reads
    # ``types`` reads what the job is.
    types: list[EmploymentMention] = field(default_factory=list)
    hours: list[HoursMention] = field(default_factory=list)
    other: list[EmploymentMention] = field(default_factory=list)

    def has(self, kind: EmploymentType) -> bool:
        return any(t.type == kind for t in self.types)


# _HOURS starts with a digit, so re cannot scan for it quickly. Every form it matches has "wk",
# "week" or "time (" in it: find those (literal-led, fast), then search _HOURS only on the stretch
# of text just before each, up to the end of its line.
_HOURS_ANCHORS = [re.compile(r"wk"), re.compile(r"week"), re.compile(r"time\s*\(")]
_THRESHOLD_BEFORE = lazy(r"\b(?:less|fewer|more) than\s*$")
# A benefit's or eligibility rule earlier in the same sentence: the hours after it are its threshold.
_RULE_BEFORE = lazy(r"\b(?:retirement|pension|benefits?|eligib\w*|insurance|accru\w*)\b[^.\n]*\b(?:at least|a minimum of|minimum of)\s*$")
_RULE_REACH = 160
_HOURS_FIELD = lazy(r"^[ \t]*(?:weekly scheduled hours|scheduled weekly hours|weekly hours|hours per week|standard weekly hours)[ \t]*:?[ \t]*\n"
                    r"(?:[ \t]*\n)?[ \t]*(?P<hours>\d{1,2}(?:\.\d{1,2})?)[ \t]*$", re.I | re.M)
_HOURS_REACH = 80  # characters before an anchor where the number may start


def _hours(text: str, lower: str):
    anchors = sorted(m.start() for pattern in _HOURS_ANCHORS for m in pattern.finditer(lower))
    done = searched = 0
    for at in anchors:
        line_end = text.find("\n", at)
        end = len(text) if line_end < 0 else line_end
        if end <= searched:  # this line was searched to its end already
            continue
        for match in _HOURS().finditer(text, max(done, at - _HOURS_REACH), end):
            yield match
            done = match.end()
        searched = end


def _label_regions(posting: Posting) -> tuple[list[tuple[Span, Span]], list[Span]]:
    """(name, value) spans of labels that ask the employment type in their name ("Full- or
    Part-Time: Full Time"), and the value spans of every employment label."""
    questions, values = [], []
    for label in posting.labels:
        name = label.name.lower().strip()
        if not label.value.strip():
            continue
        if _ASKS_TYPE.search(name):
            questions.append((label.span, label.value_span))
        if name in EMPLOYMENT_LABELS or _ASKS_TYPE.search(name):
            values.append(label.value_span)
    return questions, values


def _within(span: Span, outer: Span) -> bool:
    return (outer.line, outer.column) <= (span.line, span.column) and (span.end_line, span.end_column) <= (outer.end_line, outer.end_column)


def _before(span: Span, value: Span) -> bool:
    return (span.line, span.column) < (value.line, value.column)


_ENDS_WITH_SEPARATOR = re.compile(r"(?:^[\s*•-]*|[/|,;(\[:&]|\s-|\bor|\band)\s*$")
_STARTS_WITH_SEPARATOR = re.compile(r"\s*(?:$|[/|,;()\]&]|\.\s*$|\s-\s|or\b|and\b)")


_LENGTH_LABELS = frozenset({"duration", "term", "length", "assignment length", "assignment duration", "contract length",
                            "contract duration", "project duration", "project length"})
_FIXED_LENGTH = re.compile(r"\d{1,2}\s*(?:-|\s)?\s*(?:months?|mos?\.?|weeks?)\+?(?![\w-])", re.I)
_ABBREVIATED_TYPE = re.compile(r"(FT|PT)\b")
# ("Job Type: Term": a term position, hired for a set time)
_LIMITED_TERM = re.compile(r"\blimited[- ](?:term|duration)\b|\b(?:term|time)[- ]limited\b|^\s*term(?: (?:position|appointment|employee))?\s*$", re.I)
_ENTRY_REACH = 120  # characters either side of a bare "contract" read for its list


_SHORT_VALUE_BEFORE = re.compile(r":\s*(?:[\w-]+\s+){0,3}$")


def _stands_as_value(lower: str, start: int, end: int, in_label: bool) -> bool:
    """Whether a bare "contract" at ``start:end`` is one entry of its line's list (or of a label's
    value) with another entry naming a type or a term: "Full-time / Contract", "Long (Contract)"."""
    line_start = lower.rfind("\n", 0, start) + 1
    line_end = lower.find("\n", end)
    line_end = len(lower) if line_end < 0 else line_end
    # A window, not the whole line: a line of 100,000 "contract, contract, ..." stays linear.
    before, after = lower[max(line_start, start - _ENTRY_REACH):start], lower[end:min(line_end, end + _ENTRY_REACH)]
    if in_label and _SHORT_VALUE_BEFORE.search(before) and _STARTS_WITH_SEPARATOR.match(after):
        return True  # "Duration: Long term Contract": the value's last word
    if not (_ENDS_WITH_SEPARATOR.search(before) and _STARTS_WITH_SEPARATOR.match(after)):
        return False  # a word of a sentence ("sign the contract before ..."), not an entry
    if in_label:
        return True
    entries = [e.strip(" .*_-") for e in _LIST_SEPARATORS.split(before + " / " + after)]
    return any(e and _TYPE_WORDS.fullmatch(e) and not _BARE_CONTRACT.fullmatch(e) for e in entries)


def _found_pairs(text: str, found: list[EmploymentMention], posting: Posting):
    """The mentions that end a "Full / Part time" pair followed on its line by the answer."""
    starts = posting.line_starts
    for mention in found:
        if mention.type != "part-time":
            continue
        line_start = starts[mention.span.line - posting.first_line]
        start = line_start + mention.span.column - 1
        end = start + len(mention.raw)
        if _PAIR_BEFORE.search(text, max(line_start, start - 20), start) and _ANSWER_AFTER.match(text, end):
            yield mention


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Employment:
    text = posting.text
    # An ASCII text's lowered() is its folded(), which is cached and shared with other extractors.
    lower = folded(text) if text.isascii() else lowered(text)
    # A match starts a word (word_matches), so the first word of its leading literal begins one of
    # the posting's words: looked for among the distinct words (shared index) before the text.
    words = word_index(text).joined
    result = Employment()
    questions, label_values = _label_regions(posting) if posting.labels else ([], [])
    found: list[EmploymentMention] = []
    for kind, patterns in _TYPES:
        # A pattern runs only when its leading literal is in the text: `in` is quicker than a scan.
        patterns = [pattern for pattern in patterns if _LEAD_WORDS[pattern] in words and _LEADS[pattern] in lower]
        if not patterns:
            continue
        for match in word_matches(patterns, lower):
            about_job = not (_NOT_THE_JOB().match(text, match.end(), match.end() + 80)
                             or _NOT_THE_JOB_BEFORE().search(text, max(0, match.start() - 100), match.start())
                             or kind == "internship" and _INTERNS_LED().search(text, max(0, match.start() - 80), match.start()))
            found.append(
                EmploymentMention(
                    type=kind, span=posting.span_at(match.start(), match.end()),
                    raw=text[match.start():match.end()], about_job=about_job,
                )
            )
    if "contract" in lower or "c2c" in lower or "1099" in lower or "corp" in lower:
        taken = {(m.span.line, m.span.column) for m in found if m.type == "contract"}
        for match in _BARE_CONTRACT.finditer(lower):
            span = posting.span_at(match.start(), match.end())
            if (span.line, span.column) in taken:
                continue
            # A title's part is a value too: "Data Scientist - Contract", "Designer (Contract)".
            in_label = (any(_within(span, value) for value in label_values)
                        or posting.title_span is not None and span.line == posting.title_span.line)
            if _stands_as_value(lower, match.start(), match.end(), in_label):
                found.append(EmploymentMention(type="contract", span=span, raw=text[match.start():match.end()]))
    # "Job Type: Limited Term (position has expiration date)": a fixed-length job, said by a label
    # (in prose the words are mostly a benefits rule's: "employees in limited duration positions").
    for label in posting.labels if label_values else ():
        if label.value_span in label_values:
            length = _FIXED_LENGTH.match(label.value.strip()) if label.name.lower().strip() in _LENGTH_LABELS else None
            if length:
                # "Duration: 12-months": a job for a fixed time, the way a contract is let
                at = posting.line_starts[label.value_span.line - posting.first_line] + label.value_span.column - 1
                found.append(EmploymentMention(type="contract", span=posting.span_at(at, at + len(length.group())), raw=length.group()))
                continue
            limited = _LIMITED_TERM.search(label.value)
            if limited:
                at = posting.line_starts[label.value_span.line - posting.first_line] + label.value_span.column - 1 + limited.start()
                found.append(EmploymentMention(type="temporary", span=posting.span_at(at, at + len(limited.group())), raw=limited.group()))
            short = _ABBREVIATED_TYPE.match(label.value.lstrip())
            if short:
                # "Job Type: FT Salary W BN": the type abbreviated, as the employer's own system writes it
                at = posting.line_starts[label.value_span.line - posting.first_line] + label.value_span.column - 1 \
                    + len(label.value) - len(label.value.lstrip())
                kind: EmploymentType = "full-time" if short.group(1) == "FT" else "part-time"
                found.append(EmploymentMention(type=kind, span=posting.span_at(at, at + 2), raw=short.group(1)))
    for mention in found:
        if any(_within(mention.span, value) for value in label_values):
            mention.about_job = True  # "Job Type: Regular Full-Time Employee" says what the job is
        # A label's name that names types ("Full- or Part-Time: Full Time") is a question: only its
        # value answers it.
        if any(_within(mention.span, whole) and _before(mention.span, value) for whole, value in questions):
            mention.about_job = False
    # The same question without a label's colon, its answer after it on the line ("Full / Part
    # time Full-time"): the pair's "part-time" is no statement.
    for match in _found_pairs(text, found, posting):
        match.about_job = False
    # Full-time and part-time exclude each other: where an employment label states one of them, a
    # mention of the other in the prose ("Part-time employees have limited benefits") is not this
    # job's type.
    labelled = {m.type for m in found if m.about_job and any(_within(m.span, value) for value in label_values)}
    if labelled & {"full-time", "part-time"}:
        for mention in found:
            if mention.type in ("full-time", "part-time") and mention.type not in labelled:
                mention.about_job = False
    for mention in found:
        (result.types if mention.about_job else result.other).append(mention)
    for match in _hours(text, lower):
        if _THRESHOLD_BEFORE().search(lower, max(0, match.start() - 40), match.start()) \
                or _RULE_BEFORE().search(lower, max(0, match.start() - _RULE_REACH), match.start()):
            # "employees who work less than 29 hours per week do not accrue ...", "The retirement plan
            # ... subject to the position being at least 20 hours per week": a rule's threshold
            continue
        low = match.group("min") or match.group("paren")
        high = match.group("max") or low
        result.hours.append(
            HoursMention(minimum=float(low.replace(",", ".")), maximum=float(high.replace(",", ".")), span=posting.span_at(match.start(), match.end()), raw=match.group(0))
        )
    if not result.hours and "hours" in lower:
        # "Weekly Scheduled Hours:" / (blank) / "40": a field whose value stands on a line of its own
        for match in _HOURS_FIELD().finditer(text):
            hours = float(match.group("hours"))
            result.hours.append(HoursMention(minimum=hours, maximum=hours, span=posting.span_at(match.start("hours"), match.end("hours")),
                                             raw=f"{match.group('hours')} hours per week"))
    result.types.sort(key=lambda m: (m.span.line, m.span.column))
    result.other.sort(key=lambda m: (m.span.line, m.span.column))
    return result
