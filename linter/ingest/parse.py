"""Posting text -> :class:`Posting`: title, organization, summary, sections and items with spans.

Plain text and Markdown go through one line-oriented parser, so a heading is found the same way
whether it is ``## Requirements``, ``**Requirements**``, ``REQUIREMENTS``, ``Requirements:`` or a
known heading on a line of its own ("What you'll do"). Every title, section, item and label keeps
the exact span it came from.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import Any

from ..model import Include, Item, Label, Line, Posting, Priority, Section, SectionKind, Span
from ..scan.textscan import fold, lazy, sentence_ends
from .headings import LEAD_IN_WORDS, classify_heading, heading_text, lead_in_kind, lead_in_sentence_start, lead_in_words_kind
from .split import ROLE_WORDS, Chunk, SplitMode, split
from .titles import better_title, file_name_title, is_poor_title, is_sentence, names_places, names_role_part
from .suppress import blank_markup, find_directives, find_includes

# A lone lower-case "o" is the bullet word processors leave in plain text ("o 1+ years of ..."); a
# lone "â" is what is left of "•" (UTF-8 e2 80 a2) read as Latin-1 by a scraper that dropped the
# two control characters.
_BULLET_RE = re.compile(r"^(?P<indent>\s*)(?P<marker>[-*+•·▪◦‣●○]|[oâ](?= )|\(?\d{1,2}[.)]|\(?[a-hA-H][.)])\s+(?=\S)")
# Possessive runs (`\s*+`, `\s++`) and a greedy value (trailing space stripped in code) keep this
# linear: the lazy `\S.*?` before `\s*$` took minutes on a line ending in 100,000 spaces.
_LABEL = re.compile(
    r"^\s*(?:[-*]\s+)?(?P<b1>\*\*|__)?(?P<label>[A-Z][A-Za-z0-9 /&'’()\-]{0,40}?)\s*"
    r"(?:(?P<b2>\*\*|__)\s*:|:(?:\s*+(?P<b3>\*\*|__))?)\s++(?P<value>\S.*)$"
)
_BANNER = re.compile(r"^\s*([=*~_-])\1+\s*[^=*~_\s-][^=*~_]*?\s*\1{2,}\s*$")
_TITLE_LABELS = frozenset({"title", "job title", "position", "position title", "job", "role", "vacancy"})
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w ]*):")
_FRONT_MATTER_BULLET = re.compile(r"^(\s*-\s++)(\S.*)$")
_FRONT_MATTER_TITLE = re.compile(r"^(title\s*:\s*+)(.*)$")
def _without_code(title: str) -> str:
    """The title less a posting number at its end, and less a shift after a dash ("Lead Laboratory
    Scientist - Saturday - Tuesday, 8:00pm - 6:30am shift"); only its last 80 characters are
    searched for the number (a run of spaces in a long line would make the search quadratic)."""
    shift = _TITLE_SHIFT.search(title)
    if shift is not None and shift.start() > 0:
        title = title[:shift.start()]
    cut = max(len(title) - 80, 0)
    match = _TITLE_CODE.search(title, cut) or _TITLE_NUMBER.search(title, cut)
    return title[:match.start()] if match is not None and match.start() > 0 else title


# The hours or days of a shift after a dash in a title line: when the job is worked, no part of its name
_TITLE_SHIFT = re.compile(r"(?<!\s)\s+[-–—|]\s+(?=(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:day|night|evening|swing|weekend|overnight|graveyard) shift\b"
                          r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)\b))", re.I)


# A title line's lead naming the kind of document, not the role ("Job Announcement - Program Manager")
_DOCUMENT_KIND = re.compile(r"(?:job|position|vacancy|employment|career) (?:announcement|posting|opening|advert(?:isement)?|opportunity|description)s?"
                            r"\s*(?:[-–—:|]\s*)", re.I)
# A posting or requisition number after the title ("Director of Elections    POS#103000001", "Analyst (Req ID 4521)")
_TITLE_CODE = re.compile(r"(?:\s{2,}|\s*[-–|]\s*|\s+)\(?(?:pos(?:ition)?|req(?:uisition)?|job|vacancy|ref(?:erence)?)\.?\s*(?:#|no\.?|number|id)\s*:?\s*"
                         r"[A-Z0-9-]*\d[A-Z0-9-]*\)?\s*$", re.I)
# a bare requisition number glued on by a dash ("Elections Manager-24310804"): five digits or more,
# not a year or a level ("Analyst - 2025", "Engineer - 3")
_TITLE_NUMBER = re.compile(r"\s*[-–#]\s*#?\d{5,}\s*$")
_PREFERRED_CUE = lazy(
    r"\b(a plus|a [\"“']plus(?=[\"”'])|plus(?=\s*:)|is a bonus|bonus points?|preferred|preferably|ideally|nice[- ]to[- ]have|familiarity with|"
    r"desired|desirable|an advantage|advantageous|would be great|good to have|an asset|(?:is |be )?beneficial|"
    r"an? (?:big|strong|huge|major|great|definite|real) plus)\b",
    re.I,
)
# "a plus, but not required", "not essential": the required word says the item is no must.
_NOT_REQUIRED = lazy(r"\bnot\s+(?:\w+\s+)?(?:required|mandatory|essential)\b", re.I)
_REQUIRED_CUE = lazy(r"\b(required|requires|must|minimum|mandatory|essential)\b", re.I)
_YEARS_CUE = lazy(r"\b\d+\s*\+\s*(years?|yrs)\b", re.I)
_INTRO_REQUIRED = lazy(r"^\s*(requires|required|must have|you must)\b", re.I)
# Words a full stop follows without ending the sentence ("advise the Lt. Governor"); the checklist's
# own splitter reads the same list.
ABBREVIATION_WORDS = (r"e\.g|i\.e|vs|Sr|Jr|Dr|Mr|Ms|St|Inc|Ltd|Co|No|Lt|Gov|Sen|Rep|Sec|Gen|Col|Capt|Sgt|Hon|Dept|Ft|Mt|"
                      r"approx|incl|Ph\.D|M\.S|B\.S|B\.A|M\.A|U\.S")
# (an initial ends no sentence, "John F. Kennedy"; a one-letter language after "or", "and", "in", "with"
# or a comma does: "... such as Python and/or R. Working knowledge of ...")
LANGUAGE_LETTER_AFTER = (r"[ /]or ", " and ", ", ", " in ", " with ")  # what stands before "R." or "C." that is a language
_ABBREVIATIONS = re.compile(r"(?:\b(?:" + ABBREVIATION_WORDS + r"|etc|Mrs|a\.m|p\.m)|\b(?:[ABD-QS-Z]|"
                            + "".join(rf"(?<!{before})" for before in LANGUAGE_LETTER_AFTER) + r"[RC]))\.$")
_THEMATIC_BREAK = re.compile(r"[-*_=]{3,}")
_BULLET_FIRST = frozenset("-*+•·▪◦‣●○(â")
_BULLET_SECOND = frozenset(".)")  # after a letter marker (and "" never counts: `in` a set of chars)
_MARKUP_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*(\*\*|__)")
# `(?<!\s)`: try each run of spaces once, from its start (a long run was quadratic otherwise).
_ORG_SEPARATOR = re.compile(r"(?<!\s)(?:\s+(?:—|–|\|)\s+|\s+-\s+(?=[A-Z])|\s+at\s+(?=[A-Z]))")

# Front matter keys (18F-style postings) whose lists are section items.
_FRONT_MATTER_SECTIONS = {
    "key objectives": SectionKind.RESPONSIBILITIES,
    "key_objectives": SectionKind.RESPONSIBILITIES,
    "responsibilities": SectionKind.RESPONSIBILITIES,
    "qualifications": SectionKind.REQUIREMENTS,
    "specialized_requirements": SectionKind.REQUIREMENTS,
    "requirements": SectionKind.REQUIREMENTS,
}
# Label-shaped words that start the routes of a requirement ("Either: ...", "Or: ..."); the
# checklist joins them into one "One of:" item.
_ROUTE_WORDS = frozenset({"either", "or"})
_LABEL_SECTIONS = {
    SectionKind.COMPENSATION,
    SectionKind.BENEFITS,
    SectionKind.REQUIREMENTS,
    SectionKind.PREFERRED,
    SectionKind.RESPONSIBILITIES,
}


# An application questionnaire: questions the applicant answers, each followed by its answer options
# ("Are you willing to work weekends?" / "Yes" / "No"). Job sites print them after the posting, often
# with no heading, and their answer lines would otherwise read as requirements.
_QUESTION = re.compile(
    r"^\s*(?:\d{1,3}[.)]?\s+)?(?:[A-Z0-9]{2,12}\s*[-–:]\s+|[A-Z][a-z]{2,15}(?:[ /][A-Za-z]{2,15})?:\s+)?"
    r"(?:(?:do|does|did|are|is|have|has|will|would|can|could|how|which|what)\b[^?\n]*\?"
    r"|(?:please\s+)?(?:choose|select|indicate|check|mark|pick|quantify)\b)",
    re.I,
)
_QUESTION_WORDS = ("?", "hoose", "elect", "ndicate", "heck", "ark", "ick", "uantify")
_NUMBER_ONLY = re.compile(r"^\s*\d{1,3}[.)]?\s*$")


def questionnaire_start(lines: list[str]) -> int | None:
    """The index of the line where an application questionnaire begins, or None.

    A questionnaire is two or more questions ("Do you ...?", "How many years ...?", "Please select
    the answer that ...", "Please quantify ..."), each followed
    (after at most two blank lines) by two or more answer lines: short (up to 12 words), unbulleted,
    without a sentence's end punctuation. It begins at its first question, or at the bare number
    just above it ("01"). A bulleted list after a question is requirements, not answers.

    Job sites also number their questions "01", "02", ... on lines of their own, whatever the
    questions' wording ("Describe your experience ...", "I certify that ..."): two such numbers in
    order, each over a line of text, begin a questionnaire at the first, answers or none.
    """
    numbered = _numbered_questions_start(lines)
    asked = _asked_questions_start(lines)
    return min((i for i in (numbered, asked) if i is not None), default=None)


_QUESTION_WORDS_AFTER_LABEL = 6  # a questionnaire's label over fewer words is a field ("Email: optional")
_PADDED_NUMBER = re.compile(r"^\s*0(\d)\s*$")  # "01": a question's number, never a page's ("1")


def _numbered_questions_start(lines: list[str]) -> int | None:
    if "0" not in "".join(lines):  # most postings: no question number
        return None
    expected, first = 1, None
    for i, line in enumerate(lines):
        match = _PADDED_NUMBER.match(line) if len(line) < 40 else None
        if not match or not _text_follows(lines, i):
            continue
        if int(match.group(1)) == 1:
            expected, first = 2, i
        elif first is not None and int(match.group(1)) == expected:
            return first
    return None


def _text_follows(lines: list[str], i: int) -> bool:
    """The next non-blank line within a few is text (three or more words), as a question is, or a
    short heading over such text ("MINIMUM QUALIFICATIONS" over "Please select from the following ...")."""
    texts = [line for line in lines[i + 1:i + 8] if line.strip()][:2]
    if not texts:
        return False
    return len(texts[0].split()) >= 3 or len(texts) == 2 and len(texts[0].split()) <= 4 and len(texts[1].split()) >= 3 \
        and _PADDED_NUMBER.match(texts[1]) is None


def _asked_questions_start(lines: list[str]) -> int | None:
    starts = []
    n = len(lines)
    for i, line in enumerate(lines):
        if not any(w in line for w in _QUESTION_WORDS) or not _QUESTION.match(line):
            continue
        j = i + 1
        while j < n and j <= i + 3 and not lines[j].strip():
            j += 1
        answers = 0
        while j < n and _is_answer(lines[j]):
            answers += 1
            j += 1
        if answers >= 2:
            starts.append(i)
            if len(starts) == 2:
                break
    if len(starts) < 2:
        return None
    first = starts[0]
    above = first - 1
    while above >= 0 and not lines[above].strip() and above >= first - 3:
        above -= 1
    return above if above >= 0 and _NUMBER_ONLY.match(lines[above]) else first


def _is_answer(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped[-1] in ".:;?!" or stripped[0] in _BULLET_FIRST:
        return False
    # "Master's degree or higher in Public/Business Administration or a related field"
    return len(stripped.split()) <= 12


def parse_text(text: str, path: str = "<text>", split_mode: SplitMode = "auto", markdown: bool | None = None) -> list[Posting]:
    """Split ``text`` into postings and parse each (facts not yet extracted)."""
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown", ".html", ".htm"))
    postings = [parse_chunk(chunk, path, index) for index, chunk in enumerate(split(text, split_mode, markdown), 1)]
    if len(postings) == 1 and not postings[0].front_matter and is_poor_title(postings[0].title):
        # Last resort for a one-posting file: the file name's words ("...-elections-specialist.txt").
        # No span: the title is not in the text.
        named = file_name_title(path)
        if named is not None:
            postings[0].title, postings[0].title_span = _whole_last_word(named, text), None
    return postings


def _whole_last_word(title: str, text: str) -> str:
    """A title from a file name whose last word the name cut short ("... Mayor and City Counci"),
    that word whole as the text writes the title ("... Mayor and City Council")."""
    words = title.split()
    if len(words) < 2 or words[-1].lower() in ROLE_WORDS or re.search(rf"\b{re.escape(words[-1])}\b", text[:_TITLE_SEARCH_CHARS], re.I):
        return title  # the word is whole ("Analytics Engineer", though the text says "Analytics Engineering")
    found = re.search(r"\b" + r"\W+".join(map(re.escape, words)) + r"([a-z]+)\b", text[:_TITLE_SEARCH_CHARS], re.I)
    # (not a plural: "Data Scientist" is whole, though the text speaks of "Data Scientists")
    return f"{title}{found.group(1).lower()}" if found is not None and found.group(1).lower() not in ("s", "es") else title


_TITLE_SEARCH_CHARS = 5000


def parse_chunk(chunk: Chunk, path: str, index: int) -> Posting:
    return _Parser(chunk, path, index).run()


class _Parser:
    def __init__(self, chunk: Chunk, path: str, index: int) -> None:
        self.chunk = chunk
        self.first = chunk.start_line
        raw = chunk.lines
        self.suppressions = find_directives(raw, self.first)
        joined = "\n".join(raw)
        lines = blank_markup(joined).split("\n")
        includes = self._includes(joined, raw)
        for s in self.suppressions:
            if not s.whole_file and s.first_line != s.line:  # own-line directive: not posting text
                lines[s.line - self.first] = ""
            elif s.whole_file and raw[s.line - self.first].lstrip().startswith(("#", "<!--")):
                lines[s.line - self.first] = ""
        fm_end = chunk.front_matter_end
        for i in range(fm_end):  # YAML comments in front matter are notes to editors, not posting text
            if lines[i].lstrip().startswith("#"):
                lines[i] = ""
        self.lines = lines
        self.posting = Posting(
            path=path,
            index=index,
            span=Span(line=self.first, column=1, end_line=self.first + max(len(raw) - 1, 0), end_column=len(raw[-1]) + 1 if raw else 1),
            front_matter=_plain(chunk.front_matter),
            lines=[Line(number=number, text=text) for number, text in enumerate(lines, self.first)],
            suppressions=self.suppressions,
            problems=chunk.problems,
            includes=includes,
        )
        self.sections: list[Section] = []
        # Each section's (end_line, end_column) as its items extend it; the Spans are built once at
        # the end of the run instead of once per item.
        self.section_ends: list[tuple[int, int]] = []
        self.section: Section | None = None
        self.in_questionnaire = False
        self.item: Item | None = None
        self.paragraph: list[int] = []
        # A bullet mark alone on its line ("-" / "Principles of lead supervision."): exports of
        # some applicant-tracking systems put each bullet's text on the line after its mark.
        self.bare_mark = False
        # Each line's offset in the posting's text: the lengths of the lines before it plus their
        # newlines, summed in C instead of a Python step per line.
        self.offsets: list[int] = list(
            map(operator.add, itertools.accumulate(map(len, lines[:-1]), initial=0), range(len(lines)))
        ) if lines else []
        # Posting.line_starts are these offsets: hand them over instead of a second pass;
        # and Posting.text is these lines joined (a join of the list, not of a generator over Lines).
        self.posting._starts = self.offsets or [0]
        self.posting._text = "\n".join(lines)

    def _includes(self, text: str, raw: list[str]) -> list[Include]:
        found = []
        if "{%" not in text:  # every include tag opens with "{%"; blanking only removes text
            return found
        for name, arguments, start, end in find_includes(text):
            line = text.count("\n", 0, start)
            column = start - (text.rfind("\n", 0, start) + 1)
            end_line = text.count("\n", 0, end)
            end_column = end - (text.rfind("\n", 0, end) + 1)
            span = Span(line=self.first + line, column=column + 1, end_line=self.first + end_line, end_column=end_column + 1)
            found.append(Include(name=name, arguments=arguments, span=span))
        return found

    # -- spans -----------------------------------------------------------------------------------
    def span(self, i: int, start: int = 0, end: int | None = None) -> Span:
        if end is None:
            end = len(self.lines[i].rstrip())
        number = self.first + i
        return Span(line=number, column=start + 1, end_line=number, end_column=(end if end > start else start) + 1)

    # -- driver ----------------------------------------------------------------------------------
    def run(self) -> Posting:
        fm_end = self.chunk.front_matter_end
        body_start = self._title(fm_end)
        if fm_end:
            self._front_matter_sections(fm_end)
        self.section = None
        line_at = self._line
        lines = self.lines
        questions = questionnaire_start(lines)
        self.in_questionnaire = False
        for i in range(body_start, len(lines)):
            line = lines[i]
            if i == questions:
                if self.paragraph:
                    self._close_paragraph()
                self.item = None
                self._append(Section(kind=SectionKind.QUESTIONS, heading=None, span=self.span(i)))
                self.in_questionnaire = True
            if not line or line.isspace():  # a blank line (what _line does for one, without the call)
                if self.paragraph:
                    self._close_paragraph()
                self.item = None
            else:
                line_at(i)
        self._close_paragraph()
        for section, end in zip(self.sections, self.section_ends):
            span = section.span
            if end > (span.end_line, span.end_column):
                section.span = Span(line=span.line, column=span.column, end_line=end[0], end_column=end[1])
        self.posting.sections = [s for s in self.sections if s.items or s.heading]
        self._organization()
        return self.posting

    def _title(self, fm_end: int) -> int:
        fm_title = self.chunk.front_matter.get("title")
        if isinstance(fm_title, str) and fm_title.strip():
            for i in range(fm_end):
                match = _FRONT_MATTER_TITLE.match(self.lines[i])
                if match:
                    value = match.group(2).rstrip()
                    quoted = len(value) >= 2 and value[0] in "'\"" and value[-1] == value[0]
                    start = len(match.group(1)) + quoted
                    self.posting.title_span = self.span(i, start, start + len(value) - 2 * quoted)
                    break
            self.posting.title = fm_title.strip()
            return fm_end
        banner = None  # a site banner between the labels and the title line ("=== JOB DESCRIPTION ===")
        for i in range(fm_end, len(self.lines)):
            line = self.lines[i]
            site_banner = _BANNER.match(line)
            if not line.strip() or re.fullmatch(r"\s*[-*_=]{3,}\s*", line) or site_banner:
                if banner is None and site_banner:
                    banner = i
                continue  # separators and site banners ("=== JOB DETAILS ===") are never titles
            label = _LABEL.match(line)
            # ("Title: Application Developer - Journey" reads as a heading too: its value is the title)
            if label and (not heading_text(line) or label.group("label").strip().lower() in _TITLE_LABELS):
                if label.group("label").strip().lower() in _TITLE_LABELS:  # "Job Title: Clerk"
                    value = label.group("value").rstrip().rstrip("*_ ").strip()
                    start = label.start("value")
                    value = _without_code(value)  # "Director of Elections    POS#103000001"
                    self.posting.title = value
                    self.posting.title_span = self.span(i, start, start + len(value))
                    return i + 1
                shape = _shape(line)
                if shape[0] is _LABEL_LINE:  # "**URL:** ..." above the title is the posting's too
                    self._label(i, shape)
                    banner = None
                continue
            text = heading_text(line) if _is_markup_heading(line) else None
            # "Training Manager |": a table cell's border is no part of the title
            text = (text or line.strip().strip("*_").strip()).strip(" |").strip() or line.strip()
            if len(text) <= 100 and classify_heading(text) is not None:
                # The posting opens with a section ("About the Role"): it has no title line, and
                # that line is parsed as the heading it is.
                self._better_title(i - 1)
                return i
            kind_of_document = _DOCUMENT_KIND.match(text)
            if kind_of_document is not None and len(text) > kind_of_document.end():
                text = text[kind_of_document.end():]  # "Job Announcement - Program Manager": the role is after the dash
            text = _without_code(text)
            start = line.find(text)
            start = max(start, 0)
            self.posting.title = text
            self.posting.title_span = self.span(i, start, start + len(text))
            if is_poor_title(text):
                self._better_title(i)
                if is_sentence(text):
                    # A sentence is the body's first line, no title: the body starts with it (and
                    # with the site banner that heads it: "=== JOB DESCRIPTION ===" / "This position ...").
                    return banner if banner is not None else i
            return i + 1
        return len(self.lines)

    def _better_title(self, after: int) -> None:
        """The first line is no title (a heading, page chrome, a sentence): take a title label or
        a role line below it; a sentence with nothing better is no title at all. The body still
        starts where it did: only the title moves."""
        hint = file_name_title(self.posting.path) if self.posting.index == 1 else None
        found = better_title(self.lines, after, hint)
        if found is not None:
            i, start, text = found
            self.posting.title = text
            self.posting.title_span = self.span(i, start, start + len(text))
        elif self.posting.title is not None and is_sentence(self.posting.title):
            self.posting.title = None
            self.posting.title_span = None

    def _front_matter_sections(self, fm_end: int) -> None:
        kind = None
        for i in range(fm_end):
            line = self.lines[i]
            key = _FRONT_MATTER_KEY.match(line)
            if key:
                kind = _FRONT_MATTER_SECTIONS.get(key.group(1).strip().lower())
                if kind:
                    self._open(kind, key.group(1).strip(), self.span(i, 0, len(key.group(1))))
                else:
                    self.section = None
                continue
            bullet = _FRONT_MATTER_BULLET.match(line)
            if kind and bullet and self.section is not None:
                start = len(bullet.group(1))
                text = bullet.group(2).rstrip().strip("'\"")
                self._add_item(Item(text=text, span=self.span(i, start), kind="bullet"), i)
        self.section = None

    def _line(self, i: int) -> None:
        line = self.lines[i]
        shape = _shape(line)  # what the line is, from its text alone; spans and state are per posting
        what = shape[0]
        if self.bare_mark:
            self.bare_mark = False
            if what in (_PROSE, _HEADING_LINE, _LABEL_LINE, _LEAD_IN_LINE) and not _is_markup_heading(line):
                # the text of the bullet whose mark stands alone on the line before
                text = line.strip()
                start = line.find(text)
                self.item = Item(text=text, span=self.span(i, start, start + len(text)), kind="bullet")
                self._add_item(self.item, i)
                return
        if line.strip() in _BARE_MARKS:
            if self.paragraph:
                self._close_paragraph()
            self.item = None
            self.bare_mark = True
            return
        if what in (_PROSE, _LEAD_IN_LINE) and line.endswith(":") and (glued := _glued_heading(line)) is not None:
            # "... for those around them.WHO WE ARE LOOKING FOR:": an export that lost the line break
            # before a heading. The sentence is read as a line of its own, then the heading opens its section.
            start, kind = glued
            self.lines[i] = line[:start]
            self._line(i)
            if self.paragraph:
                self._close_paragraph()
            self.item = None
            self._open(kind, line[start:].rstrip(": "), self.span(i, start, len(line.rstrip(": "))))
            return
        if what is _PROSE and i + 1 < len(self.lines) and (dashed := _dashed_heading(line, self.lines[i + 1])) is not None:
            # "... shared internally. DUTIES AND RESPONSIBILITIES - Develops ..." over "- Designs ...":
            # the sentence before is a line of its own, the heading opens its section, and the rest
            # of the line is the list's first bullet.
            start, text_start, kind = dashed
            if line[:start].strip():
                self.lines[i] = line[:start].rstrip()
                self._line(i)
            if self.paragraph:
                self._close_paragraph()
            self.lines[i] = line
            heading = line[start:text_start].rstrip(" -")
            self._open(kind, heading, self.span(i, start, start + len(heading)))
            self.item = Item(text=line[text_start:].strip(), span=self.span(i, text_start), kind="bullet")
            self._add_item(self.item, i)
            return
        if what is _PROSE:
            item = self.item
            if item is not None and not self.paragraph and not item.text.endswith(":") and (
                    shape[1] or item.kind == "bullet" and _WRAPPED_END().search(item.text, max(0, len(item.text) - 12))
                    or item.kind == "bullet" and item.text[-1:].isalnum() and item.span.end_line == item.span.line
                    and self._list_wraps(item)):
                # Continuation of a bullet that wraps onto the next line: indented, in lower case, or
                # after a bullet left mid-phrase ("Degree in Computer Science, Software/" / "Electrical
                # Engineering or a related field").
                item.text = f"{item.text} {shape[2]}"
                span = item.span
                item.span = Span(line=span.line, column=span.column, end_line=self.first + i, end_column=shape[3] + 1)
                if self.section is not None:
                    # "... and in feature" / "engineering is a plus": the whole item says its priority.
                    item.priority = _priority(self.section, item.text)
                self._extend_section(i)
                return
            self.item = None
            self.paragraph.append(i)
            return
        if what is _BREAK:
            if self.paragraph:
                self._close_paragraph()
            self.item = None
            return
        if what is _BULLET_LINE:
            if self.paragraph:
                self._close_paragraph()
            _, start, text, end = shape
            number = self.first + i
            self.item = Item(
                text=text, span=Span(line=number, column=start + 1, end_line=number, end_column=(end if end > start else start) + 1),
                kind="bullet",
            )
            self._add_item(self.item, i)
            return
        if what is _LABEL_LINE:
            self._label(i, shape)
            return
        if what is _LEAD_IN_LINE:
            _, text, kind, start, end = shape
            current = self.section.kind if self.section is not None else None
            if self.in_questionnaire or current is kind or self.paragraph or (
                    current not in _LEAD_IN_FROM or len(text.split()) > LEAD_IN_WORDS[1]) and not (
                    # after the pay or the benefits, "The ideal candidate will have ... knowledge of:"
                    # opens its list, and after the benefits "Additional responsibilities include:"
                    current in (SectionKind.COMPENSATION, SectionKind.BENEFITS) and kind is SectionKind.REQUIREMENTS
                    and _IDEAL_CANDIDATE.search(text)
                    or current is SectionKind.BENEFITS and kind is SectionKind.RESPONSIBILITIES):
                # Inside a paragraph or a questionnaire, introducing more of the same list, or in a
                # part about applying, pay or notices ("After meeting minimum qualifications,
                # candidates will be scheduled for the following:"), it is a sentence of its section;
                # so is a whole paragraph ending in a lead-in, unless it ends the benefits or the pay.
                self.item = None
                self.paragraph.append(i)
                return
            self.item = None
            sentence = lead_in_sentence_start(line)
            if sentence > start:
                # "Within the office, the supervisor collaborates ... Additional responsibilities
                # include:": the last sentence heads the list, the ones before it are the list's
                # first paragraph
                self._open(kind, text[sentence - start:], self.span(i, sentence, end))
                self.lines[i] = line[:sentence].rstrip()
                self.paragraph.append(i)
                return
            self._open(kind, text, self.span(i, start, end))
            return
        # A heading.
        _, heading, kind, start = shape
        if not _is_markup_heading(line) and not line.rstrip().endswith(":") and i + 1 < len(self.lines) \
                and _GOES_ON_LINE.match(self.lines[i + 1]):
            # "Experience/knowledge" / "in data analysis.": a sentence hard-wrapped after its first
            # words, which only look like a heading
            self.item = None
            self.paragraph.append(i)
            return
        if self.in_questionnaire and (line[:4].isspace() or not (_is_markup_heading(line) or classify_heading(heading) is not None)):
            # An answer ("No Experience") looks like a heading by its case; only a marked-up or
            # known heading ends a questionnaire, and not one indented as the questions are
            # ("        MINIMUM QUALIFICATIONS" over "Please select the one that best describes ...").
            self.item = None
            self.paragraph.append(i)
            return
        self.in_questionnaire = False
        if self.paragraph:
            self._close_paragraph()
        self.item = None
        self._open(kind, heading, self.span(i, start, start + len(heading)))

    def _label(self, i: int, shape: tuple) -> None:
        self._close_paragraph()
        self.item = None
        _, name, label_start, value_start, value, kind = shape
        if self.in_questionnaire and (kind is not None or len(value.split()) >= _QUESTION_WORDS_AFTER_LABEL):
            # "Experience: Indicate the years of experience you have ...", "Social Media: Describe your
            # experience using social media ..." is a question under its topic's label
            self.paragraph.append(i)
            return
        if kind is None and name.isupper() and self.section is not None and self.section.kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED) \
                and classify_heading(name, fuzzy=True) in (SectionKind.COMPENSATION, SectionKind.BENEFITS):
            # "STARTING SALARY RANGE: $100,000 - $130,000/YR." after the requirements, in capitals as
            # their headings were: the pay, which ends them (the county's pitch after it is no requirement)
            kind = classify_heading(name, fuzzy=True)
        elif kind is None and self.section is not None and self.section.kind is SectionKind.PREFERRED and self.section.items \
                and self.section.items[0].kind == "value" and classify_heading(name, fuzzy=True) is SectionKind.REQUIREMENTS:
            # "Preferences: Preference will be given to ..." / "Other Skills: Must be a registered voter
            # ...": the preference was the label's line; the next label names requirements again
            kind = SectionKind.REQUIREMENTS
        if kind in _LABEL_SECTIONS:
            self._open(kind, name, self.span(i, label_start, label_start + len(name)))
            self._add_item(Item(text=value, span=self.span(i, value_start, value_start + len(value)), kind="value"), i)
            return
        if name.lower() in _ROUTE_WORDS and self.section is not None and self.section.kind in (
                SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            # "Either: Two years of ..." / "Or: Four years of ...": the routes of a requirement,
            # lines of its list, not a posting's details.
            text = self.lines[i].strip()
            start = self.lines[i].find(text)
            self.item = Item(text=text, span=self.span(i, start, start + len(text)), kind="bullet")
            self._add_item(self.item, i)
            return
        self.posting.labels.append(
            Label(
                name=name,
                value=value,
                span=self.span(i, label_start),
                value_span=self.span(i, value_start, value_start + len(value)),
            )
        )

    # -- sections and items ------------------------------------------------------------------------
    def _open(self, kind: SectionKind, heading: str | None, heading_span: Span | None) -> None:
        span = heading_span or Span(line=1, column=1, end_line=1, end_column=1)
        self._append(Section(kind=kind, heading=heading, span=span, heading_span=heading_span))

    def _append(self, section: Section) -> None:
        self.section = section
        self.sections.append(section)
        self.section_ends.append((section.span.end_line, section.span.end_column))

    def _current(self, i: int) -> Section:
        if self.section is None:
            self._append(Section(kind=SectionKind.OTHER, heading=None, span=self.span(i)))
        return self.section

    def _list_wraps(self, bullet: Item) -> bool:
        """Whether the list ``bullet`` ends is hard-wrapped at a fixed width and ``bullet``'s line
        reaches that width: two bullets before it wrap onto a second line, and its line is about as
        long as their first lines, so the line under it goes on with it ("o Advanced pattern
        recognition ... or Graph Data" / "Modeling experience is a bonus"; not "o Three years of SQL"
        / "Python scripting": a short bullet ended where it wanted to)."""
        section = self.section
        if section is None:
            return False
        widths = [len(self.lines[item.span.line - self.first].rstrip()) for item in section.items[-8:]
                  if item.kind == "bullet" and item.span.end_line > item.span.line]
        width = len(self.lines[bullet.span.line - self.first].rstrip())
        return len(widths) >= 2 and width >= _WRAP_WIDTH_SHARE * min(widths)

    def _extend_section(self, i: int) -> None:
        self._current(i)  # the current section is always the last one appended
        self._extend_to(i)

    def _extend_to(self, i: int) -> None:
        # The end of self.span(i); run() builds the section's final Span from it.
        end = (self.first + i, len(self.lines[i].rstrip()) + 1)
        ends = self.section_ends
        if end > ends[-1]:
            ends[-1] = end

    def _add_item(self, item: Item, i: int) -> None:
        section = self._current(i)
        item.priority = _priority(section, item.text)
        section.items.append(item)
        self._extend_to(i)

    def _close_paragraph(self, entry: bool = False) -> None:
        if not self.paragraph:
            return
        rows, self.paragraph = self.paragraph, []
        lines = self.lines
        if len(rows) > 2 and not entry:
            # Entries ending in a semicolon, each wrapped over one or more lines ("Advanced knowledge
            # of Big Data technologies such as Hadoop, Hive/Impala and\nSpark;"): one item each.
            ends = [n for n, row in enumerate(rows[:-1]) if lines[row].rstrip().endswith(";")]
            if len(ends) >= 2:
                start = 0
                for end in [*ends, len(rows) - 1]:
                    self.paragraph = rows[start : end + 1]
                    self._close_paragraph(entry=True)
                    start = end + 1
                return
        if len(rows) > 1 and not entry and (kind := self._caption_kind(rows[0], rows[1])) is not None:
            # "Your Future in this Role" over the paragraph it names, after a requirements paragraph:
            # a caption that ends the requirements, not their first sentence
            line = lines[rows[0]]
            self._open(kind, line.strip(), self.span(rows[0], len(line) - len(line.lstrip())))
            self.paragraph = rows[1:]
            self._close_paragraph()
            return
        if len(rows) > 1 and not entry and _is_line_list(lines, rows):  # a one-line paragraph (most) is no list
            # Unbulleted list lines ("You have 2+ years ...\nYou are familiar with ...") are one
            # item each, not one long sentence.
            for row in rows:
                self.paragraph = [row]
                self._close_paragraph()
            return
        lo, last = rows[0], rows[-1]
        if lo == last:
            self._group_label(lo)
        start = self.offsets[lo]
        text = "\n".join(lines[lo : last + 1]) if last > lo else lines[lo]
        intro = self.section is None
        if intro and self.posting.summary is None:
            self.posting.summary = " ".join(text.split())
        # What _add_item does per sentence, with the section looked up and extended once: every
        # sentence of the paragraph ends the section on its last line.
        section = None
        span_at = self._span_at if last > lo else None
        number = self.first + lo
        for a, b, sentence in _paragraph_sentences(text):
            if section is None:
                section = self._current(last)
                items = section.items
            if span_at is None:  # a one-line paragraph: offsets in the text are columns
                span = Span(line=number, column=a + 1, end_line=number, end_column=b + 1 if b > a else a + 1)
            else:
                span = span_at(start + a, start + b, lo, last + 1)
            items.append(Item(text=sentence, span=span, priority=_priority(section, sentence), kind="sentence"))
        if section is not None:
            self._extend_to(last)

    def _caption_kind(self, row: int, next_row: int) -> SectionKind | None:
        """The kind of section a short caption line opens, glued over the prose it names, inside a
        requirements section ("Your Future in this Role" / "As the Elections Supervisor, you will
        ..."): one that names another kind of section, or speaks to or of the reader ("Your ...",
        "Our ...", "Why ..."). A caption that asks something ("Communication Skills") or names no
        other kind ("Customer Focus", a competency over its description) stays in the list."""
        section = self.section
        if section is None or section.kind not in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            return None
        text = self.lines[row].strip()
        words = text.split()
        if not 2 <= len(words) <= 7 or not text[:1].isupper() or text[-1] in ".,;:!?" or any(w in fold(text) for w in _ASKING_WORDS) \
                or sum(w[0].isupper() for w in words) < 2 or len(self.lines[next_row].split()) < _CAPTIONED_WORDS:
            return None
        kind = classify_heading(text, fuzzy=True)
        if kind is not None:
            return kind if kind not in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED) else None
        return SectionKind.OTHER if words[0].lower() in _CAPTION_OPENERS else None

    def _group_label(self, i: int) -> None:
        """A short Title Case line standing alone in a requirements list ("Elections Technician",
        "Level II") may name the group of items below it, as postings that hire at one of two
        levels list each level's qualifications: it opens a section of the same kind under that
        heading, and stays an item of it (it may be a requirement: "Advanced SQL"). A line that
        asks something ("Bachelor's Degree", "Python Experience") opens nothing."""
        section = self.section
        if section is None or section.kind not in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
            return
        lines = self.lines
        if i + 1 < len(lines) and lines[i + 1].strip():
            return  # a line of a list, not a label over one
        text = lines[i].strip()
        words = text.split()
        if not 1 < len(words) <= 5 or text[-1] in ".,;:!?" or not all(w[0].isupper() or w[0].isdigit() or w in _CONNECTORS for w in words):
            return
        if any(w in fold(text) for w in _ASKING_WORDS):
            return
        # A known heading of another part ("How You'll Make an Impact" after an empty
        # "Experience Level" line) opens that part, not a group of the same list.
        kind = classify_heading(text, fuzzy=True)
        if kind is None and self._labels_follow(i):
            # "Form of Engagement" over "Likely length of the engagement: ..." / "Start date: ...": the
            # terms of the job, labelled, not a group of requirements
            kind = SectionKind.OTHER
        self._open(kind if kind is not None else section.kind, text, self.span(i, len(lines[i]) - len(lines[i].lstrip())))

    def _labels_follow(self, i: int) -> bool:
        """Whether the first two lines with text after line ``i`` are both "Label: value" lines."""
        following = [line for line in self.lines[i + 1:i + 6] if line.strip()][:2]
        return len(following) == 2 and all(
            (label := _LABEL.match(line)) is not None and label.group("value").strip() and len(label.group("label").split()) <= 5
            for line in following)

    def _span_at(self, start: int, end: int, lo: int, hi: int) -> Span:
        """``Posting.span_at(start, end)`` for offsets within lines ``lo`` to ``hi - 1``: the same
        bisection over line starts, in the parser's own offsets and only over those lines."""
        starts = self.offsets
        a = bisect.bisect_right(starts, start, lo, hi) - 1
        if end > start:
            b = bisect.bisect_right(starts, end - 1, lo, hi) - 1
            end_column = end - starts[b] + 1
        else:
            b, end_column = a, start - starts[a] + 1
        return Span(line=self.first + a, column=start - starts[a] + 1, end_line=self.first + b, end_column=end_column)

    def _organization(self) -> None:
        fm = self.chunk.front_matter
        fm_title = fm.get("title")
        for key in ("organization", "company", "hiringOrganization", "employer", "agency"):
            value = fm.get(key)
            if isinstance(value, str) and value.strip():
                if isinstance(fm_title, str) and value.strip().casefold() == fm_title.strip().casefold():
                    # "organization: Improve LibreLingo's design" repeats the title (a form filled in
                    # wrongly): the extractor looks for the organisation elsewhere
                    continue
                self.posting.organization = value.strip()
                return
        for label in self.posting.labels:
            if label.name.lower() in ("company", "organization", "organisation", "employer", "hiring organization", "department"):
                self.posting.organization = label.value
                return
        title = self.posting.title or ""
        depth, counted, cut = 0, 0, None
        for match in _ORG_SEPARATOR.finditer(title):
            between = title[counted : match.start()]  # count brackets incrementally: linear in the title
            depth += between.count("(") - between.count(")")
            counted = match.start()
            if depth == 0:
                cut = match
        if cut is not None and self.posting.title_span is not None:
            org = title[cut.end():].strip()
            # "Data Science All Star Program - Data Engineer Track": a part of the role, not who
            # hires (a name with a role word in it is the role's).
            # So is a team, the terms or the pay ("Data Scientist - Risk", "- 12-Month Contract").
            role_part = any(w.strip("()[],.:;/").lower() in ROLE_WORDS for w in org.split()) or names_role_part(org)
            if org and len(org.split()) <= 6 and not role_part:
                # "Data Science Manager - USA": a place says where the job is (the location facts
                # read it from the title line), not who hires; the title is the role all the same.
                if not names_places(org):
                    self.posting.organization = org
                self.posting.title = title[: cut.start()].strip()
                span = self.posting.title_span
                self.posting.title_span = Span(
                    line=span.line, column=span.column, end_line=span.end_line, end_column=span.column + len(self.posting.title)
                )


_CAPTIONED_WORDS = 10  # the prose under a caption: a sentence, not another short line of a list
_CAPTION_OPENERS = frozenset({"your", "our", "why", "life", "join", "working", "meet"})
_CONNECTORS = frozenset({"and", "or", "of", "the", "a", "an", "for", "to", "in", "&", "-", "–", "/"})
# Words of a line that asks something of the applicant, so it is an item and not a group's label.
_ASKING_WORDS = ("experience", "degree", "skill", "year", "licen", "certif", "diploma", "knowledge", "abilit", "proficien",
                 "require", "prefer", "must", "education", "training", "background", "fluen")

_WRAP_WIDTH_SHARE = 0.85  # of the shortest first line of a wrapped bullet, that a line must reach to be wrapped too
_WRAPPED_END = lazy(r"(?:[,;:(\-–—&/]|\b(?:and|or|the|of|a|an|to|with|in|for|on|at|by|as|from|that|which|including))\s*$", re.I)


def _is_line_list(lines: list[str], rows: list[int]) -> bool:
    """True when a paragraph's lines are separate entries rather than wrapped prose: two or more
    lines, each starting with a capital or digit, none ending mid-phrase (comma, "and", "of" ...)."""
    if len(rows) < 2:
        return False
    texts = [lines[r].strip() for r in rows]
    starts = sum(1 for t in texts if t[:1].isupper() or t[:1].isdigit())
    if starts < len(texts) and (len(texts) < 3 or 2 * starts < len(texts)):
        return False
    # The texts are stripped, so a match is the last word or character: search only the tail
    # (`search(t, pos)` still sees the character before pos for "\b"). The longest word is 9 long.
    wrapped = _WRAPPED_END()
    if any(wrapped.search(t, max(0, len(t) - 10)) for t in texts[:-1]):
        return False
    if any(_GOES_ON_LINE.match(t) for t in texts[1:]):
        return False  # "Experience" / "with Python, Keras and Tensorflow.": lines wrapped after a word or two
    if starts == len(texts):
        return True
    # Some entries start in lower case ("data extraction, cleaning, and preparation" under "Past
    # accomplishments include ..."). Prose wrapped at a fixed width has its lines (all but the
    # last) about as long as each other; a list's entries are of any length.
    widths = [len(t) for t in texts[:-1]]
    return max(widths) - min(widths) > 25


# A line that goes on with the words of the line before: a small word in lower case first ("in data
# analysis.", "have the ability to ...", "with Python, Keras and Tensorflow.").
_GOES_ON_LINE = re.compile(r"[ \t]*(?:in|with|of|for|to|on|at|from|and|or|have|has|is|are|be)\b(?![:.])")


# A bullet's mark alone on its line, its text on the next.
_BARE_MARKS = frozenset("-*•·▪●◦")


# What a body line is (_Parser._line), by its text: one of these markers first, then what the
# parser needs of it.
_BREAK = "break"  # (_BREAK,): a blank line or a thematic break ("---")
_BULLET_LINE = "bullet"  # (_BULLET_LINE, marker end, item text, len(line.rstrip()))
_LABEL_LINE = "label"  # (_LABEL_LINE, name, name start, value start, value, classify_heading(name))
_HEADING_LINE = "heading"  # (_HEADING_LINE, heading, section kind, heading start)
_PROSE = "prose"  # (_PROSE, may continue a bullet, stripped text, len(line.rstrip()))
# A sentence ending in a colon that introduces a list of a known kind ("It is desirable if you can
# demonstrate the following:"): (_LEAD_IN_LINE, text without the colon, section kind, start, end)
_LEAD_IN_LINE = "lead-in"
# The sections a lead-in may end: where requirements and duties are described.
_IDEAL_CANDIDATE = re.compile(r"\b(?:ideal|successful|qualified) candidates?\b", re.I)
_LEAD_IN_FROM = frozenset({None, SectionKind.OTHER, SectionKind.ABOUT, SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS,
                           SectionKind.PREFERRED})

_NO_VALUE = re.compile(r"[-–—_.*•]+")


def _shape(line: str) -> tuple:
    stripped = line.strip()
    if not stripped:
        return (_BREAK,)
    c = stripped[0]
    if c in "-*_=" and _THEMATIC_BREAK.fullmatch(stripped) or stripped == "|":
        return (_BREAK,)  # a thematic break, or a table's border alone on its line (the row between two cells)
    # _BULLET_RE needs a marker first: one of its characters, a digit, "(", or a letter before "." or ")".
    if c in _BULLET_FIRST or c.isdigit() or stripped[1:2] in _BULLET_SECOND or stripped[:2] == "o ":
        bullet = _BULLET_RE.match(line)
    else:
        bullet = None
    if bullet is not None:
        start = bullet.end()
        return (_BULLET_LINE, start, line[start:].strip(), len(line.rstrip()))
    label = _LABEL.match(line) if ":" in line else None
    heading = heading_text(line)
    if label and not (heading and _is_markup_heading(line)) and len(label.group("label").split()) <= 5:
        name = label.group("label").strip()
        value = label.group("value").rstrip().rstrip("*_ ").strip()
        if value and _NO_VALUE.fullmatch(value):
            # "PREFERRED QUALIFICATIONS AND TRAINING: -": a dash where the value would be, a heading
            return _shape(line[:label.start("value")])
        return (_LABEL_LINE, name, label.start("label"), label.start("value"), value, classify_heading(name))
    if heading:
        # "As our Data Scientist, you will:" names no section, but says what its list is, as a lead-in would.
        kind = classify_heading(heading, fuzzy=True) or (lead_in_words_kind(heading) if stripped[-1] in ":?" else None) or SectionKind.OTHER
        return (_HEADING_LINE, heading, kind, max(line.find(heading), 0))
    if c.isupper() and (stripped[-1] == ":" or stripped[-1].isalpha() and "following" in stripped
                        or stripped.endswith(("...", "…"))):  # "You meet our minimum qualifications if you..."
        kind = lead_in_kind(stripped, paragraph=True)
        if kind is not None:
            return (_LEAD_IN_LINE, stripped.rstrip(":.…").rstrip(), kind, max(line.find(stripped), 0), len(line.rstrip()))
    return (_PROSE, line[:1].isspace() or c.islower(), stripped, len(line.rstrip()))


# A heading in capitals glued to the sentence before it, at the end of the line (only the line's last
# 80 characters are searched: a line of capitals would make the search quadratic).
_GLUED_HEADING = re.compile(r"(?<=[A-Za-z0-9)][.!?])([A-Z][A-Z&'/ -]{4,}[A-Z]):$")


def _glued_heading(line: str) -> tuple[int, SectionKind] | None:
    """Where a known heading glued to the end of a sentence starts, and its kind."""
    offset = max(len(line) - 80, 0)
    found = _GLUED_HEADING.search(line, offset)
    if found is None:
        return None
    kind = classify_heading(found.group(1), fuzzy=True)
    return (found.start(1), kind) if kind is not None else None


# A heading in capitals run into its list's first dash bullet ("QUALIFICATIONS - Bachelor's degree ...",
# with "- Working knowledge of ..." on the next line), at the line's start or after a sentence's end:
# exports of some applicant-tracking systems lose the line break after the heading.
_DASHED_HEADING = re.compile(r"(?:^\s*|(?<=[.!?:] ))([A-Z][A-Z&/']+(?: [A-Z&/']+){0,5}) - (?=\S)")


def _dashed_heading(line: str, next_line: str) -> tuple[int, int, SectionKind] | None:
    """Where a known heading run into its list's first bullet starts, where the bullet's text
    starts, and the heading's kind: only when the next line is a dash bullet of the same list."""
    if " - " not in line or not next_line.lstrip().startswith("- "):
        return None
    for found in _DASHED_HEADING.finditer(line):
        kind = classify_heading(found.group(1), fuzzy=True)
        if kind is not None:
            return (found.start(1), found.end(), kind)
    return None


def _is_markup_heading(line: str) -> bool:
    return _MARKUP_HEADING.match(line) is not None


# Literals each cue's matches contain (in :func:`fold` text): a cue's `re.I` pattern, which tries
# every position, runs only on an item that holds one of them.
_REQUIRED_WORDS = ("requir", "must", "minimum", "mandatory", "essential")
_PREFERRED_WORDS = ("plus", "bonus", "prefer", "ideally", "nice", "familiarity", "desir", "advantage", "great",
                    "good to have", "asset", "beneficial")


# a parenthesis of two or more words that is more than a priority ("(Azure experience beneficial)",
# "(Scala preferred)": one of the options asked for is preferred; not "(nice to have)", "(highly preferred)")
_LONG_ASIDE = re.compile(r"\s*\((?!\s*(?:is |are )?(?:an? )?(?:big |strong |definite |highly |strongly )?"
                         r"(?:plus|bonus|advantage|asset|nice[- ]to[- ]have|preferred|desired|desirable|optional)\s*\))(?:[^()\s]+\s+)+[^()]*\)")
# (also with no comma: "Several years of quantitative analysis preferably with a games focus",
# "Strong coding skills- preferably in Python")
# (a run of spaces is entered at its start only: a line of spaces must not make the search quadratic)
# which of the options asked is preferred: "Proficiency in R or Python, where the former is preferred"
WHICH_OPTION_PREFERRED = re.compile(r",\s*(?:where|with) the (?:former|latter|first|second)\b.*$", re.I)
# "Experience in Cloud Architecture and design [Azure and AWS preferred]": an aside in brackets
_BRACKET_ASIDE = re.compile(r"\s*\[[^\[\]]*\]\s*$")
_PREFERENCE_ASIDE = re.compile(r"(?:,\s*|(?<!\s)\s*[-–—]\s*|(?<!\s)\s+(?:and|or)\s+|(?<!\s)\s+)(?:preferably|ideally)\b.*$"
                               r"|" + WHICH_OPTION_PREFERRED.pattern, re.I)


def without_asides(text: str) -> str:
    """What a requirement asks before its asides: "Experience with APIs (experience with clinical
    data a plus)", "Fluent in English and preferably one other language", "Bachelor's degree,
    preferably in statistics" -> the part before; "Master's degree (preferred)" keeps its short
    parenthesis, which speaks of the whole."""
    main = _PREFERENCE_ASIDE.sub("", _LONG_ASIDE.sub("", _BRACKET_ASIDE.sub("", text)))
    return main if len(main.split()) >= 2 else text


def _priority(section: Section, text: str) -> Priority:
    return _priority_of(section.kind, section.heading is None, text)


def _priority_of(kind: SectionKind, no_heading: bool, text: str) -> Priority:
    if kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED):
        low = fold(text)
        required = (any(w in low for w in _REQUIRED_WORDS) and bool(_REQUIRED_CUE().search(text))
                    and not ("not" in low and _NOT_REQUIRED().search(text))) or (
            kind is SectionKind.REQUIREMENTS and "+" in text and bool(_YEARS_CUE().search(text)))
        if required:
            return Priority.REQUIRED
        if any(w in low for w in _PREFERRED_WORDS) and _PREFERRED_CUE().search(without_asides(text)):
            return Priority.PREFERRED
        return Priority.REQUIRED if kind is SectionKind.REQUIREMENTS else Priority.PREFERRED
    if no_heading and kind is SectionKind.OTHER and _INTRO_REQUIRED().match(text):  # not a questionnaire
        return Priority.REQUIRED
    return Priority.NONE


def _paragraph_sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each sentence of a paragraph: its offsets in ``text`` and its text with whitespace runs as
    single spaces (sentences that are all whitespace left out)."""
    found = []
    for a, b in _sentences(text):
        sentence = " ".join(text[a:b].split())
        if sentence:
            found.append((a, b, sentence))
    return tuple(found)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries in a paragraph, as (start, end) offsets; abbreviations do not end one."""
    ends = sentence_ends(text)
    if not ends:
        # One sentence (two paragraphs in three): the text without its surrounding whitespace
        # (str.strip's whitespace is str.isspace's, which the loop below trims by).
        a, b = len(text) - len(text.lstrip()), len(text.rstrip())
        return [(a, b)] if a < b else []
    spans, start = [], 0
    for end_start, end_end in ends:
        before = text[start : end_start + 1]
        # Only the tail can hold the abbreviation; searching the whole sentence was quadratic-ish.
        if _ABBREVIATIONS.search(before.rstrip("\"')]’”")[-12:]):
            continue
        spans.append((start, end_start + len(text[end_start:end_end].rstrip())))
        start = end_end
    spans.append((start, len(text.rstrip())))
    # Trim leading whitespace from each span.
    result = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        if a < b:
            result.append((a, b))
    return result


def _plain(value: Any) -> Any:
    """Front matter as JSON-friendly data (YAML dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
