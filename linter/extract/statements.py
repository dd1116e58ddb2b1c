"""Statements a posting makes about itself: equal-opportunity/diversity statements, accommodation
statements, and sentences that describe the work.

Language rules use the first to stay quiet inside an EEO statement ("without regard to age, marital
status" is not a request for either); LANG006 uses the second; STRUCT003/STRUCT004 use the third and
the first. Statements are found per sentence, so an EEO sentence in a long paragraph does not hide the
rest of the paragraph; a section whose heading names equal opportunity or diversity counts whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from postlint.model import Posting, Span
from postlint.textscan import folded, keyword_positions

if TYPE_CHECKING:
    from postlint.extract import ExtractContext

_EEO = re.compile(
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|\bE\.E\.O\b|affirmative[- ]action|without regard to|"
    r"regardless of (?:race|age|gender|sex|religion|their|your|background|national)|discriminat|"
    r"protected (?:class|veteran|characteristic|status|group)|\bdiversity\b|\bdiverse\b|\binclusion\b|\binclusive\b|"
    r"underrepresented|under-represented|people of (?:all|colou?r)|all backgrounds|women and minorities|"
    r"veterans? status|sexual orientation|gender identity|national origin|pay transparency nondiscrimination",
    re.I,
)
_EQUAL_OPPORTUNITY = re.compile(
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|affirmative[- ]action|without regard to|regardless of|"
    r"discriminat|protected (?:class|veteran|characteristic|status)",
    re.I,
)
_EEO_HEADING = re.compile(r"equal|\beeo\b|diversity|inclusion|non-?discrimination|accommodation", re.I)
_ACCOMMODATION = re.compile(
    r"reasonable accommodations?|accommodations? (?:for|to) (?:applicants|individuals|people|candidates|persons|those)\b|"
    r"request (?:an? )?accommodations?|disability accommodations?|americans with disabilities act|\bADA\b|"
    r"accommodat\w+ (?:is|are|will be|can be) (?:available|provided|made)|need(?:s)? (?:an? )?accommodations?|"
    r"accommodation requests?|with or without (?:reasonable )?accommodation",
    re.I,
)
_WORK = re.compile(
    r"\byou(?:'|’)?ll\b|\byou will\b|\bresponsible for\b|\bresponsibilities\b|\bduties\b|\bin this role\b|"
    r"\bthe role\b|\bthis role\b|\bthis position\b|\byour (?:day|work|role|job|mission)\b|\bwill be (?:responsible|working|building|leading|helping)\b|"
    r"\bwe(?:'|’)?re (?:looking|hiring|seeking)\b|\bwe are (?:looking|hiring|seeking)\b|\b(?:performs?|conducts?|manag(?:es?|ing)|develop(?:s|ing)?|build(?:s|ing)?|design(?:s|ing)?|supervis(?:es?|ing)|maintain(?:s|ing)?|plans?|analyz(?:es?|ing)|scaling|creating|leading|owning|working on|"
    r"coordinat(?:es?|ing)|oversee(?:s|ing)?|operat(?:es?|ing)|organi[sz](?:es?|ing)|schedul(?:es?|ing)|deliver(?:s|ing)?|support(?:s|ing)?)\b",
    re.I,
)
# Pre-checks: every match of the pattern above contains one of these words (in folded text), so a
# sentence without one need not be searched. Searching each sentence with a case-insensitive
# alternation tries a match at every character; finding these words is a fast literal scan.
_EEO_WORDS = ("equal", "eeo", "e.e.o", "affirmative", "without regard to", "regardless of ", "discriminat",
              "protected ", "divers", "inclusi", "represented", "people of ", "all backgrounds",
              "women and minorities", "veteran", "sexual orientation", "gender identity", "national origin")
_ACCOMMODATION_WORDS = ("accommodat", "americans with disabilities act", "ada")
_WORK_WORDS = ("you", "responsib", "duties", "role", "position", "will be ", "looking", "hiring", "seeking",
               "perform", "conduct", "manag", "develop", "build", "design", "supervis", "maintain", "plan",
               "analyz", "scaling", "creating", "leading", "owning", "working on",
               "coordinat", "oversee", "operat", "organi", "schedul", "deliver", "support")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"')\]’”]*\s+(?=[\"'(\[“‘]?[A-Z0-9])")


class Statements(BaseModel):
    eeo: list[Span] = Field(default_factory=list, description="Equal-opportunity and diversity sentences")
    equal_opportunity: list[Span] = Field(default_factory=list, description="The stricter subset: equal-opportunity statements proper")
    accommodation: list[Span] = Field(default_factory=list, description="Accommodation statements")
    work: list[Span] = Field(default_factory=list, description="Sentences that describe the work (first 20)")

    @staticmethod
    def covers(spans: list[Span], span: Span) -> bool:
        """Whether ``span`` lies inside one of ``spans``."""
        start, end = (span.line, span.column), (span.end_line, span.end_column)
        return any((s.line, s.column) <= start and end <= (s.end_line, s.end_column) for s in spans)


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _sentences(posting: Posting):
    """(offset start, offset end, text) for each sentence of each line of the posting."""
    text = posting.text
    offset = 0
    for line in text.split("\n"):
        start = 0
        if "." in line or "!" in line or "?" in line:  # a break follows one of these
            for match in _SENTENCE_BREAK.finditer(line):
                yield offset + start, offset + match.start(), line[start : match.start()]
                start = match.end()
        if line[start:].strip():
            yield offset + start, offset + len(line), line[start:]
        offset += len(line) + 1


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Statements:
    result = Statements()
    for section in posting.sections:
        if section.heading and _EEO_HEADING.search(section.heading):
            result.eeo.append(section.span if section.heading_span is None else Span(
                line=section.heading_span.line, column=1, end_line=section.span.end_line, end_column=section.span.end_column))
    text = folded(posting.text)
    eeo_words = keyword_positions(text, _EEO_WORDS)
    accommodation_words = keyword_positions(text, _ACCOMMODATION_WORDS)
    work_words = keyword_positions(text, _WORK_WORDS)
    for start, end, sentence in _sentences(posting):
        if len(sentence) > 5000:  # a huge line: judge by its start only, so no pattern runs long
            sentence = sentence[:5000]
        eeo = _any_between(eeo_words, start, end) and _EEO.search(sentence)
        accommodation = _any_between(accommodation_words, start, end) and _ACCOMMODATION.search(sentence)
        if eeo or accommodation:
            span = posting.span_at(start, end)
            if eeo:
                result.eeo.append(span)
                if _EQUAL_OPPORTUNITY.search(sentence):
                    result.equal_opportunity.append(span)
            if accommodation:
                result.accommodation.append(span)
        elif len(result.work) < 20 and _any_between(work_words, start, end) and _WORK.search(sentence):
            result.work.append(posting.span_at(start, end))
    return result
