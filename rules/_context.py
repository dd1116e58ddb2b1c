"""Where a match sits in a posting, for the language rules: which section, which sentence, and
whether it is inside an equal-opportunity statement, a quotation or a company name, where words
that would otherwise be flagged are quoted, listed or named rather than used.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property, lru_cache

from postlint.model import Posting, SectionKind, Span, section_kind_at
from postlint.scan.candidates import LazyPattern, WordIndex, word_index
from postlint.scan.textscan import folded, keyword_positions, load_toml, package_data

# Compiled on first use: only a posting with a match for a rule to judge needs sentences.
_SENTENCE_STOP = LazyPattern(r"[.!?;](?=\s|$)|\n\s*\n|\n\s*(?:[-*+•]|\d{1,2}[.)])\s")


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """A word list from ``postlint/rules/data/<name>.toml`` (read once; ``load_toml`` gives what
    tomllib gives, faster)."""
    return load_toml(package_data("postlint.rules", f"data/{name}.toml"))


# -- fast whole-text matching --------------------------------------------------------------------------
#
# The language rules' patterns are case-insensitive alternations of words led by ``\b`` or a
# lookbehind: ``re`` would try each at every character. :meth:`Context.finditer` instead tries a
# pattern only where one of the words its matches start with occurs, looked up in the posting's word
# index (:func:`postlint.scan.candidates.word_index`: tokenised once, shared by every rule and extractor).


class Context:
    """Lookups over one posting's text; built once per posting and shared by the rules (:meth:`of`)."""

    @staticmethod
    def of(posting: Posting) -> "Context":
        """The posting's context, built once however many rules ask for it."""
        return _context_of(_Identity(posting))

    def __init__(self, posting: Posting) -> None:
        self.posting = posting
        self.text = posting.text
        # The parser's own line offsets (computed once otherwise); read, never changed here.
        self.line_starts = posting.line_starts
        statements = getattr(posting.facts, "statements", None)
        self.eeo = statements.eeo if statements is not None else []
        org = (posting.organization or "").strip()
        self.org = org.lower() if len(org) >= 3 else ""
        self._positions: dict[tuple[str, ...], list[int]] = {}  # sentence_has: where its words start

    @cached_property
    def _section_lines(self) -> list[tuple[int, int, SectionKind]]:
        # Built when a rule first asks (only for a posting with a match to judge).
        return self.posting.section_lines()

    @cached_property
    def folded(self) -> str:
        return folded(self.text)

    def finditer(self, pattern: re.Pattern | LazyPattern) -> list[re.Match]:
        """``list(pattern.finditer(self.text))``, trying the pattern only where a match may start."""
        return self.words.finditer(pattern)

    @cached_property
    def words(self) -> WordIndex:
        """The posting's word index, shared with the statements extractor."""
        return word_index(self.text)

    # -- positions ---------------------------------------------------------------------------------
    def line_of(self, offset: int) -> int:
        """0-based index of the line holding ``offset``."""
        return bisect_right(self.line_starts, offset) - 1

    def span(self, start: int, end: int) -> Span:
        return self.posting.span_at(start, end)

    def section_kind(self, offset: int) -> SectionKind | None:
        return section_kind_at(self._section_lines, self.posting.first_line + self.line_of(offset))

    def is_title(self, offset: int) -> bool:
        title = self.posting.title_span
        return title is not None and title.line == self.posting.first_line + self.line_of(offset)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the sentence around ``text[start:end]``: bounded by sentence punctuation, a blank
        line, a new bullet or, failing those, the line (a heading or bullet is one sentence)."""
        line = self.line_of(start)
        # Look at most 600 characters either way, so a huge line costs the same per match.
        line_start = max(self.line_starts[line], start - 600)
        line_end = self.text.find("\n", end, end + 600)
        line_end = min(len(self.text), end + 600) if line_end < 0 else line_end
        before = self.text[line_start:start]
        stops = list(_SENTENCE_STOP.finditer(before))
        a = line_start + stops[-1].end() if stops else line_start
        after = _SENTENCE_STOP.search(self.text, end, line_end)
        b = after.end() if after else line_end
        return a, b

    def sentence_text(self, start: int, end: int) -> str:
        a, b = self.sentence(start, end)
        return self.text[a:b]

    def sentence_has(self, pattern: re.Pattern, starts: tuple[str, ...], start: int, end: int) -> bool:
        """``pattern.search(self.sentence_text(start, end))`` as a bool, where every match of
        ``pattern`` begins with one of ``starts`` (lower-case ASCII, as :func:`folded` writes a
        ``re.I`` match). The search begins at the sentence's first occurrence of one of them, and a
        sentence with none is no match without a search: on a long line every match's sentence is
        the 1,200 characters around it, and searching each cost ~40 us a match."""
        a, b = self.sentence(start, end)
        positions = self._positions.get(starts)
        if positions is None:
            positions = self._positions[starts] = keyword_positions(self.folded, starts)
        i = bisect_left(positions, a)
        if i == len(positions) or positions[i] >= b:
            return False
        # A match starts at one of the positions; searching from the first one (pos, not a slice)
        # keeps the word boundary before it as the plain search sees it.
        return pattern.search(self.text[a:b], positions[i] - a) is not None

    # -- context -----------------------------------------------------------------------------------
    @cached_property
    def _eeo_offsets(self) -> list[tuple[int, int]] | None:
        """The EEO spans as (start, end) offsets in the text, or None when one of them has a line or
        column outside the posting's lines. Within the lines, (line, column) -> offset keeps order
        (column c of a line is its start + c - 1, up to the column just after its last character),
        so a match is inside a span exactly when its offsets are inside the span's."""
        lines, starts, first, found = self.posting.lines, self.line_starts, self.posting.first_line, []
        for s in self.eeo:
            a, b = s.line - first, s.end_line - first
            if not (0 <= a < len(lines) and 0 <= b < len(lines)
                    and 1 <= s.column <= len(lines[a].text) + 1 and 1 <= s.end_column <= len(lines[b].text) + 1):
                return None
            found.append((starts[a] + s.column - 1, starts[b] + s.end_column - 1))
        return found

    def in_eeo(self, start: int, end: int) -> bool:
        if not self.eeo:
            return False
        offsets = self._eeo_offsets
        if offsets is not None:
            # span_at(start, end) gives the match's start and end at offsets start and end (a match
            # ending just after a newline ends at column len + 2 of its last line: after every
            # column a span on that line can have, before the next line's, as offset end is).
            stop = end if end > start else start
            return any(a <= start and stop <= b for a, b in offsets)
        span = self.span(start, end)
        pos, stop = (span.line, span.column), (span.end_line, span.end_column)
        return any((s.line, s.column) <= pos and stop <= (s.end_line, s.end_column) for s in self.eeo)

    def in_quotes(self, start: int) -> bool:
        """Whether ``start`` is inside a double-quoted stretch of its line (a quoted name or phrase)."""
        line_start = max(self.line_starts[self.line_of(start)], start - 600)  # a quote spans less than this
        before = self.text[line_start:start]
        if before.count('"') % 2 == 1:
            return True
        return before.rfind("“") > before.rfind("”")

    def in_organization(self, start: int, end: int) -> bool:
        """Whether the match is part of the posting's company name where the name occurs."""
        if not self.org:
            return False
        window = self.text[max(0, start - len(self.org)) : end + len(self.org)].lower()
        word = self.text[start:end].lower()
        return self.org in window and word in self.org

    def excluded(self, start: int, end: int) -> bool:
        """Context where a listed word is mentioned, not used: EEO statement, quotes, company name."""
        return self.in_eeo(start, end) or self.in_quotes(start) or self.in_organization(start, end)


class _Identity:
    """A posting as a cache key: the same object, not an equal one."""

    __slots__ = ("posting", "facts")

    def __init__(self, posting: Posting) -> None:
        self.posting = posting
        self.facts = getattr(posting, "facts", None)  # re-extracted facts make a new context

    def __hash__(self) -> int:
        return id(self.posting)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identity) and other.posting is self.posting and other.facts is self.facts


@lru_cache(maxsize=1)  # rules run posting by posting: the latest posting's context is the one asked for
def _context_of(key: _Identity) -> Context:
    return Context(key.posting)


def word_pattern(words: list[str], flags: int = re.I) -> LazyPattern:
    """One alternation over ``words`` (longest first), each a whole word; compiled when first used
    (:meth:`Context.finditer` compiles it only for a posting that has one of its words)."""
    ordered = sorted(set(words), key=len, reverse=True)
    return LazyPattern(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(ordered), flags)
