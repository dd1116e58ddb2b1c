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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Posting, Span
from ..scan.candidates import LazyPattern, word_index
from ..scan.textscan import fold, lazy, sentence_ends

if TYPE_CHECKING:
    from . import ExtractContext

# The three statement patterns are compiled on first use (~2 ms together): the word index tries each
# only where one of its first words occurs, and a posting may have none.
_EEO = LazyPattern(
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|\bE\.E\.O\b|affirmative[- ]action|without regard to|"
    r"regardless of (?:race|age|gender|sex|religion|their|your|background|national)|discriminat|"
    r"protected (?:class|veteran|characteristic|status|group)|\bdiversity\b|\bdiverse\b|\binclusion\b|\binclusive\b|"
    r"underrepresented|under-represented|people of (?:all|colou?r)|all backgrounds|women and minorities|"
    r"veterans? status|sexual orientation|gender identity|national origin|pay transparency nondiscrimination",
    re.I,
)
_equal_opportunity = lazy(  # compiled on first use: only EEO sentences need it
    r"equal[- ](?:employment[- ])?opportunit|\bEEO\b|affirmative[- ]action|without regard to|regardless of|"
    r"discriminat|protected (?:class|veteran|characteristic|status)",
    re.I,
)
_EEO_HEADING = re.compile(r"equal|\beeo\b|diversity|inclusion|non-?discrimination|accommodation", re.I)
# Each match of _EEO_HEADING holds one of these in the folded heading: a cheap test before the search.
_EEO_HEADING_WORDS = ("equal", "eeo", "diversity", "inclusion", "discrimination", "accommodation")
_ACCOMMODATION = LazyPattern(
    r"reasonable accommodations?|accommodations? (?:for|to) (?:applicants|individuals|people|candidates|persons|those)\b|"
    r"request (?:an? )?accommodations?|disability accommodations?|americans with disabilities act|\bADA\b|"
    r"accommodat\w+ (?:is|are|will be|can be) (?:available|provided|made)|need(?:s)? (?:an? )?accommodations?|"
    r"accommodation requests?|with or without (?:reasonable )?accommodation|"
    r"reasonably accommodat\w*|accessible to (?:all )?(?:persons|people|individuals|applicants|candidates|employees) with disabilities",
    re.I,
)
_WORK = LazyPattern(
    r"\byou(?:'|’)?ll\b|\byou will\b|\bresponsible for\b|\bresponsibilities\b|\bduties\b|\bin this role\b|"
    r"\bthe role\b|\bthis role\b|\bthis position\b|\byour (?:day|work|role|job|mission)\b|\bwill be (?:responsible|working|building|leading|helping)\b|"
    r"\bwe(?:'|’)?re (?:looking|hiring|seeking)\b|\bwe are (?:looking|hiring|seeking)\b|\b(?:performs?|conducts?|manag(?:es?|ing)|develop(?:s|ing)?|build(?:s|ing)?|design(?:s|ing)?|supervis(?:es?|ing)|maintain(?:s|ing)?|plans?|analyz(?:es?|ing)|scaling|creating|leading|owning|working on|"
    r"coordinat(?:es?|ing)|oversee(?:s|ing)?|operat(?:es?|ing)|organi[sz](?:es?|ing)|schedul(?:es?|ing)|deliver(?:s|ing)?|support(?:s|ing)?)\b",
    re.I,
)


@dataclass(slots=True, kw_only=True)
class Statements:
    eeo: list[Span] = field(default_factory=list)  # equal-opportunity and diversity sentences
    equal_opportunity: list[Span] = field(default_factory=list)  # the stricter subset: equal-opportunity statements proper
    accommodation: list[Span] = field(default_factory=list)  # accommodation statements
    work: list[Span] = field(default_factory=list)  # sentences that describe the work (first 20)

    @staticmethod
    def covers(spans: list[Span], span: Span) -> bool:
        """Whether ``span`` lies inside one of ``spans``."""
        start, end = (span.line, span.column), (span.end_line, span.end_column)
        return any((s.line, s.column) <= start and end <= (s.end_line, s.end_column) for s in spans)


def _names_eeo(heading: str) -> bool:
    """Whether ``_EEO_HEADING`` finds a match in ``heading``."""
    low = fold(heading)
    return any(word in low for word in _EEO_HEADING_WORDS) and _EEO_HEADING.search(heading) is not None


def _line_sentences(line: str, offset: int):
    """(offset start, offset end, text) for each sentence of a line that starts at ``offset``."""
    start = 0
    # A break between two sentences is a sentence end (textscan.sentence_ends, literal-led
    # patterns) without its stop: the break pattern used before, led by a lookbehind, was tried at
    # every character of the line.
    for stop, end in sentence_ends(line):
        yield offset + start, offset + stop + 1, line[start : stop + 1]
        start = end
    if line[start:].strip():
        yield offset + start, offset + len(line), line[start:]


def _matches(pattern: re.Pattern, sentence: str, start: int, positions: list[int]) -> bool:
    """Whether ``pattern.search(sentence)`` finds a match, for the sentence at ``start`` in the
    posting: ``positions`` (sorted) hold every offset where a match may start, so only those are tried."""
    end = start + len(sentence)
    i = bisect_left(positions, start)
    while i < len(positions) and positions[i] < end:
        if pattern.match(sentence, positions[i] - start):
            return True
        i += 1
    return False


# What each line says: (start, end, eeo, equal opportunity, accommodation, work) for each of its
# sentences that is one, offsets relative to the line.
_LineVerdicts = tuple[tuple[int, int, bool, bool, bool, bool], ...]


def _judge_line(line: str, line_start: int, candidates: list[int], eeo_at: list[int],
                accommodation_at: list[int], work_at: list[int]) -> _LineVerdicts:
    """The verdicts of the sentences of ``line`` (at ``line_start`` in the posting) that hold a
    candidate: where one of the patterns may match (``candidates``, the union of the sorted
    ``*_at`` lists)."""
    verdicts = []
    i = bisect_left(candidates, line_start)
    count = len(candidates)
    for start, end, sentence in _line_sentences(line, line_start):
        while i < count and candidates[i] < start:
            i += 1
        if not (i < count and candidates[i] < end):
            continue  # no pattern can match here
        if len(sentence) > 5000:
            # A huge line: judge by its start only, so no pattern runs long (searched whole, as
            # a word may be cut at the end of the part).
            sentence = sentence[:5000]
            eeo = bool(_EEO.search(sentence))
            accommodation = bool(_ACCOMMODATION.search(sentence))
            work = not (eeo or accommodation) and bool(_WORK.search(sentence))
        else:
            eeo = _matches(_EEO, sentence, start, eeo_at)
            accommodation = _matches(_ACCOMMODATION, sentence, start, accommodation_at)
            work = not (eeo or accommodation) and _matches(_WORK, sentence, start, work_at)
        if eeo or accommodation or work:
            equal_opportunity = eeo and _equal_opportunity().search(sentence) is not None
            verdicts.append((start - line_start, end - line_start, eeo, equal_opportunity, accommodation, work))
    return tuple(verdicts)


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Statements:
    result = Statements()
    for section in posting.sections:
        heading = section.heading
        if heading and _names_eeo(heading):
            result.eeo.append(section.span if section.heading_span is None else Span(
                line=section.heading_span.line, column=1, end_line=section.span.end_line, end_column=section.span.end_column))
    text = posting.text
    # Where each pattern may match, from the posting's word index (shared with the language rules):
    # the words and literals its matches start with. Only sentences holding one are looked at, and
    # each pattern is tried only at those offsets (a sentence starts at a word start, after a line
    # break or a space, so the offsets are the same in the sentence alone).
    index = word_index(text)
    everywhere = range(len(text))
    eeo_at, accommodation_at, work_at = (
        sorted(everywhere if found is None else found)
        for found in (index.starts(_EEO), index.starts(_ACCOMMODATION), index.starts(_WORK))
    )
    candidates = sorted(set(eeo_at).union(accommodation_at, work_at))
    # Only lines with a candidate are split into sentences, and only sentences with one are judged.
    i, count = 0, len(candidates)
    while i < count:
        line_start = text.rfind("\n", 0, candidates[i]) + 1
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        line = text[line_start:line_end]
        verdicts = _judge_line(line, line_start, candidates, eeo_at, accommodation_at, work_at)
        for start, end, eeo, equal_opportunity, accommodation, work in verdicts:
            if eeo or accommodation:
                span = posting.span_at(line_start + start, line_start + end)
                if eeo:
                    result.eeo.append(span)
                    if equal_opportunity:
                        result.equal_opportunity.append(span)
                if accommodation:
                    result.accommodation.append(span)
            elif work and len(result.work) < 20:
                result.work.append(posting.span_at(line_start + start, line_start + end))
        i = bisect_left(candidates, line_end, i)
    return result
