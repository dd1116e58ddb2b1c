"""Readability rules (READ): can an applicant read the posting quickly and take it in?

The figures come from the readability fact (``postlint parse`` shows them): Flesch reading ease over
the posting's prose (sentences and sentence-long bullets; headings and list fragments left out).
"""

from __future__ import annotations

import re
from functools import lru_cache

from postlint.extract.readability import is_word
from postlint.ingest.headings import classify_heading
from postlint.model import Severity
from postlint.rule import WRITTEN_ZONES, Field, Rule, RuleOptions
from postlint.scan.candidates import LazyPattern
from postlint.scan.textscan import load_toml, package_data


class HardToRead(Rule):
    """What it checks: the Flesch reading ease of the posting's prose is below `min-reading-ease`
    (default 30: "very difficult", graduate-level text). Headings and short bullet fragments are
    not counted as sentences; postings with less than `min-words` words of prose, or not in English
    (the formula is for English), are not scored.

    Why it matters: applicants skim; dense text with long sentences and long words loses good
    candidates, especially those reading in a second language.

    Example: "The incumbent will operationalize cross-functional organizational transformation
    initiatives, facilitating comprehensive stakeholder alignment methodologies."

    Instead: short sentences and everyday words: "You will help teams across the company agree on
    changes and carry them out."
    """

    code, name, severity = "READ001", "hard-to-read", Severity.WARNING
    summary = "The posting's prose is very hard to read (low Flesch reading ease)"

    class Options(RuleOptions):
        min_reading_ease: float = Field(30.0, description="Lowest acceptable Flesch reading ease")
        min_words: int = Field(100, description="Fewest words of prose for the posting to be scored")

    def check(self, posting, options):
        r = posting.facts.readability
        if r.flesch_reading_ease is None or r.words < options.min_words or not r.english:
            return
        if r.flesch_reading_ease >= options.min_reading_ease:
            return
        yield self.finding(
            posting.anchor(),
            f"Flesch reading ease {r.flesch_reading_ease:.0f} is below {options.min_reading_ease:.0f}: "
            f"{r.words_per_sentence:.1f} words per sentence, {r.syllables_per_word:.2f} syllables per word "
            f"over {r.sentences} sentences",
            instead="shorter sentences (under 20 words) and everyday words in place of long abstract ones",
        )


class LongSentence(Rule):
    """What it checks: a sentence of the posting's prose with more than `max-words` words
    (default 40). Lists, tables and markup whose entries the source wrote without full stops are
    not sentences (see `postlint parse`); a legal term printed in capitals (a site's warranty
    disclaimer) is not counted.

    Why it matters: a reader holds about one idea per sentence; past 40 words the requirements or
    duties packed into one sentence get missed.

    Example: "The candidate will be responsible for designing, building and maintaining pipelines
    that ingest data from internal and external sources, transforming it for analysts, and
    monitoring quality, while also mentoring junior engineers and working with product managers to
    define metrics."

    Instead: split it, one duty per sentence or bullet.
    """

    code, name, severity = "READ002", "long-sentence", Severity.INFO
    summary = "A sentence is longer than the limit"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    class Options(RuleOptions):
        max_words: int = Field(40, description="Most words in one sentence")

    def check(self, posting, options):
        for sentence in posting.facts.readability.sentence_stats:
            if sentence.words > options.max_words:
                if _is_conspicuous_term(posting, sentence.span):
                    continue  # a site's warranty disclaimer or liability limit: the writer cannot split it
                yield self.finding(
                    sentence.span,
                    f"this sentence has {sentence.words} words (limit {options.max_words})",
                    instead="split it into shorter sentences or bullets, one idea each",
                )


class PostingLength(Rule):
    """What it checks: a posting of fewer than `min-words` (default 150) or more than `max-words`
    (default 1200) words, headings and lists included; legal notices and the application
    questionnaire (its questions and answer options) are not counted.

    Why it matters: a very short posting leaves out what applicants need to decide; a very long one
    buries it. Postings of about 300-700 words tend to get the most applicants.

    Example: a two-line posting: "Senior Engineer. Requires 5+ years of Python."

    Instead: cover the work, the must-haves, pay, location and how to apply in a few hundred words.
    """

    code, name, severity = "READ003", "posting-length", Severity.INFO
    summary = "The posting is very short or very long"

    class Options(RuleOptions):
        min_words: int = Field(150, description="Fewest words")
        max_words: int = Field(1200, description="Most words")

    def check(self, posting, options):
        words = posting.facts.readability.written_words
        if words < options.min_words:
            yield self.finding(posting.anchor(), f"the posting has {words} words (fewer than {options.min_words})",
                               instead="add the duties, requirements, pay, location and how to apply")
        elif words > options.max_words:
            yield self.finding(posting.anchor(), f"the posting has {words} words (more than {options.max_words})",
                               instead="cut repetition and boilerplate; keep what an applicant needs to decide")


# Possessive quantifiers: a long run of capitals is consumed once and never re-split.
# Compiled on first use: only a posting with a run of capitals or "!!" needs them.
_CAPS_RUN = LazyPattern(r"(?<![\w/&-])(?:[A-Z][A-Z'’]++[,:;]?\s++){2,}[A-Z][A-Z'’]++(?![\w/&-])")
# Capitals and apostrophes as "A", line ends kept, all else a space: b"AAAAA" in it marks every line
# with a capital word of 5 or more (and a few more, such as "'ABCD"), found by a literal search where
# the pattern [A-Z][A-Z'’]{4,} tried every character.
_CAPITALS = bytes(65 if 65 <= c <= 90 or c == 39 else 10 if c == 10 else 32 for c in range(256))


def _lines_with(text, needle) -> set[int]:
    """The indexes of the lines of ``text`` (str or bytes) holding ``needle``."""
    newline = "\n" if isinstance(text, str) else b"\n"
    found, line, counted = set(), 0, 0
    position = text.find(needle)
    while position >= 0:
        line += text.count(newline, counted, position)
        found.add(line)
        counted = text.find(newline, position)
        if counted < 0:
            break
        position = text.find(needle, counted)
    return found
_BANGS = LazyPattern(r"!{2,}")


class Shouting(Rule):
    """What it checks: runs of `min-caps-words` (default 3) or more ALL-CAPS words outside headings
    and the title, and doubled exclamation marks ("!!"). Not shouting: acronyms ("HIPAA, PCI DSS,
    IRS": a run needs an English word of five letters or more), a label's value ("Bargaining Unit:
    UNITED AUTO WORKERS"), a heading run into the text (capitals before a colon, or glued to the
    previous sentence's full stop), a company's name ("ACME INC"), a link's title or a table cell, and legal terms
    the law asks to be conspicuous (warranty disclaimers, limits of liability).

    Why it matters: capitals and "!!" read as shouting, are harder to read than mixed case, and
    make the posting look like spam.

    Example: "WE ARE HIRING NOW!! APPLY TODAY."

    Instead: sentence case, with bold for the one thing that must stand out.
    """

    code, name, severity = "READ004", "shouting", Severity.INFO
    summary = "ALL-CAPS runs or '!!' outside headings"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    class Options(RuleOptions):
        min_caps_words: int = Field(3, description="Fewest ALL-CAPS words in a row that count as shouting")

    def check(self, posting, options):
        # Only a line with a capital word of 5 letters or more can shout (shorter runs are acronyms,
        # skipped below) and only one with "!!" can double a bang: one scan of the whole text finds
        # those lines, and the rest of the posting's lines are never looked at.
        text = posting.text
        candidates = _lines_with(text.replace("’", "'").encode("utf-8", "surrogatepass").translate(_CAPITALS),
                                 b"AAAAA")
        if "!!" in text:
            candidates.update(_lines_with(text, "!!"))
        if not candidates:
            return
        heading_lines = {s.heading_span.line for s in posting.sections if s.heading_span}
        if posting.title_span:
            heading_lines.add(posting.title_span.line)
        heading_lines.update(label.span.line for label in posting.labels if label.name.isupper())
        # A label's value is a data field ("Bargaining Unit: UNITED AUTO WORKERS"), often exported in
        # capitals by the system it came from: not the writer raising their voice.
        values = {}
        for label in posting.labels:
            values.setdefault(label.value_span.line, []).append(label.value_span)
        lines = posting.lines
        for index in sorted(candidates):
            line = lines[index]
            if line.number in heading_lines or not line.text.strip():
                continue
            text = line.text
            if _conspicuous_terms().search(text):
                continue  # a disclaimer or liability term, printed in capitals because the law asks so
            for match in _CAPS_RUN.finditer(text):
                words = re.findall(r"[A-Z][A-Z'’]+", match.group(0))
                if len(words) < options.min_caps_words or not any(len(w) >= 5 and is_word(w) for w in words):
                    continue  # "AWS GCP SQL", "HUMINT, SIGINT, GEOINT": acronyms, not shouted words
                if text[: match.start()].strip(" \t\u00a0*#_-") == "" and text[match.end():].strip(" \t\u00a0:?*#_-") == "":
                    continue  # a whole line in capitals (without a full stop) is a heading the parser did not know
                if _run_in_heading(text, match.start(), match.end()):
                    continue
                if words[-1] in _COMPANY_SUFFIXES or _LINK_AFTER.match(text, match.end()):
                    continue  # a company's name ("SOLUTION IT INC") or a link's title, styled in capitals
                if text[: match.start()].rstrip().endswith("|") and text[match.end():].lstrip().startswith("|"):
                    continue  # a table's cell ("| ASSISTANT DIRECTOR OF SERVICES | Solano County |"): data
                if any(_within(v, line.number, match.start(), match.end())
                       and _only_data(text, v, line.number, match.start(), match.end()) for v in values.get(line.number, ())):
                    continue
                yield self.finding(
                    _line_span(line.number, match.start(), match.end()),
                    f"'{_clip(match.group(0))}' is in capitals: it reads as shouting",
                    instead="sentence case; bold one key phrase if it must stand out",
                )
            for match in (_BANGS.finditer(text) if "!!" in text else ()):
                yield self.finding(_line_span(line.number, match.start(), match.end()), "'!!' reads as shouting",
                                   instead="one full stop, or one exclamation mark at most")


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are a heading run into the text around it, as on a
    page scraped with its line breaks dropped: ended by a colon ("WHO WE ARE LOOKING FOR: ..."), glued
    to the sentence before or after with no space ("...testing.ESSENTIAL DUTIES", "EMPLOYEESState"),
    a noun phrase straight before a capitalised word, or opening a sentence and followed by a list
    dash or a bracketed note."""
    after = text[end:]
    if after.lstrip(" *_").startswith(":"):
        return True
    if start > 0 and text[start - 1] in ".!?;:)•":
        return True
    if _GLUED_NEXT.match(after):
        return True  # "BENEFITS FOR STATE EMPLOYEESState of Illinois ...": the heading's last word ran into the text
    # A noun phrase in capitals, then a capitalised word with nothing between: "FLEXIBLE SPENDING
    # ACCOUNTS Options are available ...", "... of Davie ONLINE APPLICATION PORTAL Davie County ...":
    # a heading or a banner whose line break was lost. A clause in capitals ("MUST HAVE ...
    # Experience") has a pronoun or a verb.
    if _CAPITALISED_AFTER.match(after) and not any(
            w in _sentence_words() for w in re.findall(r"[A-Z][A-Z'’]*", text[start:end])):
        return True
    before = text[:start].rstrip()
    opens_sentence = not before.strip(" \t*#_-") or before[-1] in ".!?:•"
    if opens_sentence and _known_heading_then_name(text[start:end]):
        return True  # "COMPANY OVERVIEW INFICON is a growing ...": the heading, then a name in capitals
    return opens_sentence and bool(_LIST_OR_NOTE_AFTER.match(after))


def _known_heading_then_name(run: str) -> bool:
    """Whether a run of capitals is a known section heading followed by one or two words that are no
    English words (the company's name in capitals that the sentence after it opens with)."""
    words = run.split()
    return any(classify_heading(" ".join(words[:k])) is not None and not any(is_word(w.lower()) for w in words[k:])
               for k in range(max(1, len(words) - 2), len(words)))


_COMPANY_SUFFIXES = frozenset(("INC", "LLC", "LLP", "LTD", "CORP", "CORPORATION", "GROUP", "COMPANY", "PLC", "GMBH"))
_LINK_AFTER = re.compile(r"\W{0,3}(?:https?:?/*|www\.)", re.I)  # "POSTER TITLE https://...", "(www.…)"
_GLUED_NEXT = re.compile(r"\s[A-Z]{2,}[a-z]|[*_]{1,3}[A-Z][a-z]")  # "EMPLOYEESState", "**ATTENTION USERS**We have"
# After a heading that opens a sentence: a list dash or bullet, or a note in brackets
# ("DUTIES AND RESPONSIBILITIES - Develops ...", "ESSENTIAL DUTIES (The following is ...)").
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")
_LIST_OR_NOTE_AFTER = re.compile(r"\s*(?:\(|[-–—•]\s)")


def _within(span, line: int, start: int, end: int) -> bool:
    """Whether columns ``start``-``end`` (0-based) of ``line`` lie inside ``span``."""
    first = span.column if span.line == line else 1
    last = span.end_column if span.end_line == line else 1 << 30
    return span.line <= line <= span.end_line and first <= start + 1 and end + 1 <= last


def _is_conspicuous_term(posting, span) -> bool:
    """Whether the sentence at ``span`` is a legal term printed in capitals as the law asks (see
    ``rules/data/shouting.toml``): mostly capitals, with one of the terms' words."""
    text = posting.line_text(span.line)
    if span.line == span.end_line:
        text = text[span.column - 1 : span.end_column - 1]
    if not _conspicuous_terms().search(text):  # first: most long sentences hold none of the terms
        return False
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _only_data(text: str, span, line: int, start: int, end: int) -> bool:
    """Whether a label's value is the capitals and data around them ("UNITED AUTO WORKERS (UAW)",
    "VARIOUS LOCATIONS IN THE COUNTY, GA, 30303"), not a sentence ("Part I: Candidates must pass a
    QUALIFYING WRITTEN TEST ..."): no word of three lower-case letters or more outside the run."""
    first = span.column - 1 if span.line == line else 0
    last = span.end_column - 1 if span.end_line == line else len(text)
    rest = text[first:start] + " " + text[end:last]
    return not re.search(r"[a-z]{3}", rest)


@lru_cache(maxsize=1)
def _word_lists() -> dict:
    return load_toml(package_data("postlint.rules", "data/shouting.toml"))


@lru_cache(maxsize=1)
def _conspicuous_terms() -> re.Pattern:
    words = _word_lists()["conspicuous_terms"]
    return re.compile(r"(?<![A-Za-z])(?:%s)(?![A-Za-z])" % "|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def _sentence_words() -> frozenset[str]:
    return frozenset(_word_lists()["sentence_words"])


def _line_span(line: int, start: int, end: int):
    from postlint.model import Span

    return Span(line=line, column=start + 1, end_line=line, end_column=end + 1)


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
