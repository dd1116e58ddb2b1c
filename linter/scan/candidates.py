"""Run a slow pattern only where a match can start.

A pattern that begins with a lookbehind, ``\\b``, ``re.I`` letters or an alternation of words is
tried by ``re`` at every character of the text (see :mod:`postlint.scan.textscan`). When cheap literal
scans can list every position where such a pattern could match (a superset is enough),
:func:`finditer_at` gives exactly what ``pattern.finditer(text)`` gives while trying only those
positions. The pattern itself is unchanged, so its meaning (case folding, word boundaries,
alternation order) is unchanged too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from os.path import commonprefix

# re's parser and its opcodes are CPython internals (Python 3.11+). Should a later Python rename
# or reshape them, first_keys answers "unknown" and every pattern runs as a plain finditer:
# slower, never wrong.
try:
    from re import _constants as _sre  # the opcodes re's parser yields
    from re import _parser
except ImportError:  # pragma: no cover - depends on the Python version
    _sre = _parser = None

from .textscan import folded


def literal_starts(haystack: str, literals: Iterable[str]) -> set[int]:
    """Every offset where one of ``literals`` occurs in ``haystack``, overlapping ones included."""
    starts = set()
    find = haystack.find
    for literal in literals:
        at = find(literal)
        while at >= 0:
            starts.add(at)
            at = find(literal, at + 1)
    return starts


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, given ``starts``: every offset where a match may begin. For
    patterns that never match the empty string.

    finditer tries each offset in turn and resumes after each match; offsets not in ``starts``
    cannot match, so trying only ``starts`` in order finds the same matches. ``match(text, pos)``
    sees the text before ``pos``, so lookbehinds and ``\\b`` read as in a whole-text search.
    """
    resume = 0
    match = pattern.match
    for start in sorted(starts):
        if start < resume or start < 0:
            continue
        found = match(text, start)
        if found is not None:
            yield found
            resume = found.end()


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used. A word list tried through
    :meth:`WordIndex.finditer` is often never run: its keys (found from the pattern's text) do not
    occur in the posting, and compiling a long alternation costs more than finding its keys."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def match(self, *args) -> re.Match | None:
        return self.compiled.match(*args)

    def search(self, *args) -> re.Match | None:
        return self.compiled.search(*args)

    def finditer(self, *args) -> Iterator[re.Match]:
        return self.compiled.finditer(*args)

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and (other.pattern, other.flags) == (self.pattern, self.flags)


# -- word lists: one tokenisation per posting, lists looked up by token -------------------------------
#
# The language rules and the statements extractor match lists of words ("he", "ninja", "culture fit",
# "responsible for"...) written as case-insensitive regex alternations led by a word-start assertion.
# Searching the text with each would try every alternative at every character, once per list. Instead
# the posting is tokenised once (:func:`word_index`, cached per text and shared by every rule), and
# each pattern is reduced, once, to the tokens its matches can start with (:func:`first_keys`): a
# pattern is then tried only where one of those tokens occurs, found by a set lookup in the posting's
# vocabulary. A longer list costs more set lookups, not another pass over the text.

_MAX_KEYS = 600
_NO_WORDS: frozenset[str] = frozenset()
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD_CHARS = _ASCII_WORD | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_HEAD = re.compile(r"[a-z0-9_]*")
_LETTERS = re.compile(r"[a-z]*")


def _is_word_class(items) -> bool:
    """Whether a parsed one-character set contains \\w (a ``(?<![\\w-])``-style boundary)."""
    return any(op is _sre.CATEGORY and av is _sre.CATEGORY_WORD for op, av in items)


def _ends_word(text: str, mode: str) -> bool:
    """Whether a word boundary after ``text`` ends the match's first token here."""
    return mode == "w" and bool(text) and text[-1] in _ASCII_WORD


def _is_mark(c: str) -> bool:
    """Whether ``c`` is a non-word character without case ("-", "’"): ``re.I`` matches it only to
    itself, and folding keeps it, so it may be part of a key ("we’re", not just "we")."""
    return not c.isalnum() and c.lower() == c == c.upper()


class _TooMany(Exception):
    pass


def _at_boundary(active: set) -> set:
    """``\\b``: a word start (when a word character follows); after word characters, the token ends."""
    return {(t, "w", True) if not t and not m else (t, m, not _ends_word(t, m)) for t, m, _ in active}


def _word_start(active: set) -> set:
    """``(?<![\\w-])``: a word start."""
    return {(t, "w" if not t and not m else m, True) for t, m, _ in active}


def _word_end(active: set) -> set:
    """``(?![\\w-])``: the token ends here."""
    return {(t, m, not _ends_word(t, m)) for t, m, _ in active}


def _close(active: set) -> set:
    """Anything not understood ends the known prefix."""
    return {(t, m or "l", False) for t, m, _ in active}


def _literals(active: set, chars) -> set:
    """One character, any of ``chars``."""
    grown = set()
    for t, m, _ in active:
        for c in chars:
            c = c.lower()
            if c not in _ASCII_WORD and not _is_mark(c):
                grown.add((t, m or "l", False))  # a non-ASCII letter: the known prefix ends
            elif m == "w" and t and c not in _ASCII_WORD:
                # A non-word character: the first token is complete. A phrase goes on to the
                # end of its second word ("the role", "he or"): enough to be rare.
                second = t[-1] in _ASCII_WORD and _HEAD.match(t).end() < len(t)
                grown.add((t, m, False) if second else (t + c, m, True))
            elif m == "w" and c in _ASCII_WORD:
                grown.add((t + c, m, True))
            else:
                grown.add((t + c, "l", True))  # not at a word start: a literal prefix
    return grown


def _expand(states: set, items) -> set:
    """Walk a parsed pattern from ``states``: (text, mode, open) triples. ``mode`` is "w" once a
    word-start assertion led the match (``text`` is then the start of the first token, which is
    complete when ``open`` is False), "l" for a plain literal prefix; "" before anything is known."""
    items = list(items)
    i = 0
    while i < len(items):
        op, av = items[i]
        i += 1
        active = {s for s in states if s[2]}
        if not active:
            return states
        states = states - active
        if op is _RUN:  # from _quick_parse: a run of ASCII word characters, added at once
            unit = av.lower()
            active = {(t + unit, "w" if m == "w" else "l", True) for t, m, _ in active}
        elif op is _sre.LITERAL and chr(av) in _WORD_CHARS:
            # A run of ASCII word characters ("responsible"): _literals would add them one by one,
            # each keeping the state open. Added at once.
            run = [chr(av)]
            while i < len(items) and items[i][0] is _sre.LITERAL and chr(items[i][1]) in _WORD_CHARS:
                run.append(chr(items[i][1]))
                i += 1
            unit = "".join(run).lower()
            active = {(t + unit, "w" if m == "w" else "l", True) for t, m, _ in active}
        elif op is _sre.AT:
            if av is _sre.AT_BOUNDARY:
                active = _at_boundary(active)
        elif op is _sre.ASSERT_NOT and av[0] == -1 and len(av[1]) == 1 and av[1][0][0] is _sre.IN \
                and _is_word_class(av[1][0][1]):
            active = _word_start(active)  # (?<![\w-])
        elif op is _sre.ASSERT_NOT and av[0] == 1 and len(av[1]) == 1 and av[1][0][0] is _sre.IN \
                and _is_word_class(av[1][0][1]):
            active = _word_end(active)  # (?![\w-])
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            pass  # other assertions only narrow the matches: ignoring them keeps a superset
        elif op is _sre.LITERAL or (op is _sre.IN and all(o is _sre.LITERAL for o, _ in av) and len(av) <= 8):
            active = _literals(active, [chr(av)] if op is _sre.LITERAL else [chr(c) for _, c in av])
        elif op is _sre.BRANCH:
            active = set().union(*(_expand(set(active), branch) for branch in av[1]))
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:
            active = _expand(active, av[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] <= 3:
            low, high, sub = av
            grown, current = set(), active
            for count in range(high + 1):
                if count >= low:
                    grown |= current
                if count < high:
                    current = _expand(set(current), sub)
            active = grown
        else:
            active = _close(active)
        states |= active
        if len(states) > _MAX_KEYS:
            raise _TooMany
    return states


# -- a small parser for the word-list patterns ----------------------------------------------------------
#
# re's own parser (re._parser.parse) walks a pattern character by character through Python method
# calls: ~3 ms for the ~20 word-list patterns a one-file check reduces to keys, at every start. These
# patterns use a small part of the syntax (literals, escapes, short classes, groups, lookarounds,
# alternation, counted repeats). :func:`_quick_parse` reads that part in one C-level ``findall`` plus a
# walk over the tokens, and gives the items re's parser gives, in the same shape, for
# :func:`_expand`; anything else (inline flags, back-references, \\x escapes, stray braces...) goes to
# re's parser. re's parser also factors alternations ("ab|ac" into "a(?:b|c)"): the same matches, so
# :func:`_expand` finds the same starts either way.


class _Unsupported(Exception):
    pass


_RUN = object()  # _quick_parse's item for a run of ASCII word characters ("responsible"), read at once


_QUICK_TOKEN = re.compile(
    r"([0-9A-Za-z_]+|[^\\\[\](){}|?*+.^$0-9A-Za-z_])"  # 1: a run of ASCII word characters, or another literal
    r"|\\(.)"  # 2: an escape
    r"|\[(\^?)(\]?(?:[^\]\\]|\\.)*)\]"  # 3, 4: a class
    r"|\((\?:|\?<!|\?<=|\?!|\?=|\?P<\w+>|(?!\?))"  # 5: a group's opening
    r"|(\))|(\|)"  # 6, 7
    r"|([?*+]|\{\d*(?:,\d*)?\})([?+]?)"  # 8, 9: a repeat and its kind
    r"|([.^$])"  # 10
    r"|(.)",  # 11: anything else (re's parser decides)
    re.S,
)
_CATEGORIES = {"w": "CATEGORY_WORD", "W": "CATEGORY_NOT_WORD", "s": "CATEGORY_SPACE", "S": "CATEGORY_NOT_SPACE",
               "d": "CATEGORY_DIGIT", "D": "CATEGORY_NOT_DIGIT"}
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}


def _escaped(c: str):
    """One escaped character: ("lit", char) or ("cat", category); other escapes are unsupported."""
    if c in _CATEGORIES:
        return ("cat", getattr(_sre, _CATEGORIES[c]))
    if c in _CONTROL:
        return ("lit", _CONTROL[c])
    if c.isalnum() or c == "_":
        raise _Unsupported  # \x, \u, \N, back-references, \A, \b in a class...: re's parser
    return ("lit", c)


def _class_items(body: str) -> list:
    items, i, n = [], 0, len(body)
    while i < n:
        c = body[i]
        if c == "\\":
            if i + 1 >= n:
                raise _Unsupported
            kind, value = _escaped(body[i + 1])
            i += 2
            if kind == "cat":
                items.append((_sre.CATEGORY, value))
                continue
            c = value
        else:
            if c == "[":
                raise _Unsupported  # re warns of nested sets: leave it to re's parser
            i += 1
        if i + 1 < n and body[i] == "-" and body[i + 1] != "\\":
            items.append((_sre.RANGE, (ord(c), ord(body[i + 1]))))
            i += 2
        elif i + 1 < n and body[i] == "-":
            raise _Unsupported
        else:
            items.append((_sre.LITERAL, ord(c)))
    if not items:
        raise _Unsupported
    return items


def _quick_parse(pattern: str) -> list:
    """The items of ``pattern`` as re's parser gives them (up to factoring), for the syntax above."""
    stack: list[tuple[list, list, object]] = []  # (outer items, outer branches, how the group opened)
    items: list = []
    branches: list[list] = []
    for run, esc, negate, body, opening, close, bar, repeat, kind, special, other in _QUICK_TOKEN.findall(pattern):
        if run:
            items.append((_RUN, run) if len(run) > 1 or run in _WORD_CHARS else (_sre.LITERAL, ord(run)))
        elif esc:
            if esc == "b":
                items.append((_sre.AT, _sre.AT_BOUNDARY))
            elif esc == "B":
                items.append((_sre.AT, _sre.AT_NON_BOUNDARY))
            else:
                what, value = _escaped(esc)
                items.append((_sre.LITERAL, ord(value)) if what == "lit" else (_sre.IN, [(_sre.CATEGORY, value)]))
        elif body or negate:
            found = _class_items(body)
            items.append((_sre.IN, [(_sre.NEGATE, None)] + found if negate else found))
        elif opening or (not close and not bar and not repeat and not special and not other):
            stack.append((items, branches, opening))
            items, branches = [], []
        elif close:
            if not stack:
                raise _Unsupported
            inner = _alternation(items, branches)
            items, branches, opening = stack.pop()
            if opening in ("?:", ""):
                items.append((_sre.SUBPATTERN, (None if opening else 1, 0, 0, inner)))
            elif opening.startswith("?P<"):
                items.append((_sre.SUBPATTERN, (1, 0, 0, inner)))
            else:
                op = _sre.ASSERT_NOT if opening.endswith("!") else _sre.ASSERT
                items.append((op, (-1 if "<" in opening else 1, inner)))
        elif bar:
            branches.append(items)
            items = []
        elif repeat:
            if not items or kind == "+" or items[-1][0] in (_sre.AT, _sre.MAX_REPEAT, _sre.MIN_REPEAT):
                raise _Unsupported
            if items[-1][0] is _RUN:  # the repeat is of the run's last character
                word = items.pop()[1]
                if len(word) > 1:
                    items.append((_RUN, word[:-1]))
                items.append((_sre.LITERAL, ord(word[-1])))
            if repeat == "?":
                low, high = 0, 1
            elif repeat == "*":
                low, high = 0, _sre.MAXREPEAT
            elif repeat == "+":
                low, high = 1, _sre.MAXREPEAT
            else:
                low, _, high = repeat[1:-1].partition(",")
                if "," not in repeat:
                    high = low
                if not low and not high and "," not in repeat:
                    raise _Unsupported
                low, high = int(low or 0), (int(high) if high else _sre.MAXREPEAT)
                if low > high:
                    raise _Unsupported
            items[-1] = (_sre.MIN_REPEAT if kind else _sre.MAX_REPEAT, (low, high, [items[-1]]))
        elif special == ".":
            items.append((_sre.ANY, None))
        elif special:
            items.append((_sre.AT, _sre.AT_BEGINNING if special == "^" else _sre.AT_END))
        else:
            raise _Unsupported
    if stack:
        raise _Unsupported
    return _alternation(items, branches)


def _alternation(items: list, branches: list[list]) -> list:
    if not branches:
        return items
    return [(_sre.BRANCH, (None, branches + [items]))]


@lru_cache(maxsize=None)
def first_keys(pattern: re.Pattern | LazyPattern) -> tuple[tuple[str, str], ...] | None:
    """What every match of ``pattern`` starts with, as ("token", t): a word start where the whole
    word (a run of \\w, folded) is ``t``; ("stem", s): a word start where the word begins with ``s``;
    ("phrase", p): a word start where the folded text goes on with ``p``, a whole word, a non-word
    character and more ("the role"); ("literal", s): an occurrence of ``s`` in the folded text. None
    when nothing is known."""
    if _parser is None:
        return None
    try:
        if pattern.flags & ~(re.I | re.U):
            return None
        try:
            parsed = _quick_parse(pattern.pattern)
        except _Unsupported:
            parsed = _parser.parse(pattern.pattern, pattern.flags)
            if parsed.state.flags & ~(re.I | re.U):  # the flags given and those set inside the pattern
                return None
        states = _expand({("", "", True)}, parsed)
    except _TooMany:
        return None
    except (AttributeError, TypeError, ValueError, IndexError):  # internals not as expected (see above)
        return None
    keys = set()
    for text, mode, open_ in states:
        if not text:
            return None
        if mode != "w":
            keys.add(("literal", text))
        elif _HEAD.match(text).end() < len(text):
            keys.add(("phrase", text))  # the first token, a non-word character and more: "the role"
        else:
            keys.add(("stem" if open_ else "token", text))
    kept: set[tuple[str, str]] = set()
    for kind in ("literal", "phrase"):
        shortest: list[str] = []
        for text in sorted(key for k, key in keys if k == kind):
            if not (shortest and text.startswith(shortest[-1])):  # "accommodat" finds all "accommodation for" finds
                shortest.append(text)
        kept.update((kind, text) for text in shortest)
    return tuple(sorted({key for key in keys if key[0] in ("token", "stem")} | kept))


def _needs(key: str, at_word_start: bool) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """What the posting's words must hold for ``key`` to occur in its folded text: every run of
    letters of the key bounded by non-letters on both sides is a word of the posting ("of" in
    "regardless of age"); any other run is a word or a word's start ("age"), end ("regardless")
    or part ("discriminat"), found in :attr:`WordIndex.joined` padded by spaces where bounded.
    Returns (the words, the other runs as (run, padded run))."""
    exact, parts = set(), []
    for run in _PART.finditer(key):
        start, end = run.span()
        left = start > 0 or at_word_start
        right = end < len(key)
        if left and right:
            exact.add(run.group())
        else:
            parts.append((run.group(), (" " if left else "") + run.group() + (" " if right else "")))
    return frozenset(exact), tuple(parts)


@lru_cache(maxsize=None)
def _lookup(pattern: re.Pattern | LazyPattern):
    """:func:`first_keys` of ``pattern`` arranged for lookups: (whole words as a set, stems, phrases
    as (first word, common start, phrases), literals by their leading letters, keys with a digit or
    "_" that the index does not hold), or None. Literals come with what they need (:func:`_needs`):
    one whose words the posting lacks is not looked for in the text."""
    keys = first_keys(pattern)
    if keys is None:
        return None
    tokens, stems, phrases, literals, scans = set(), [], {}, {}, []
    for kind, key in keys:
        head = _HEAD.match(key).group()
        if kind == "literal":
            # By leading letters: literals that share them ("equal opportunit", "equal-opportunit")
            # are found in one scan of the text, and the leading letters are checked once.
            literals.setdefault(_LETTERS.match(key).group(), []).append((key, *_needs(key, False)))
        elif not _LOWER.issuperset(head):
            scans.append((key, kind == "token"))
        elif kind == "token":
            tokens.add(key)
        elif kind == "stem":
            stems.append(key)
        else:
            # By first word and the character after it ("your " of "your role", "your day"): the
            # text is scanned for that, which is rarer than the word alone ("in" is in every "-ing").
            phrases.setdefault(key[: len(head) + 1], []).append(key)
    groups = {}
    for lead, group in literals.items():
        first = group[0][2][:1] if lead and all(parts[:1] == group[0][2][:1] for _, _, parts in group) else ()
        groups[lead] = (first, tuple((key, exact, parts[len(first):]) for key, exact, parts in group))
    # (first word, the phrases' common start, the phrases) for each first word and character after it
    phrases = tuple((start[:-1], commonprefix(group), tuple(group)) for start, group in phrases.items())
    return (frozenset(tokens), tuple(stems), phrases,
            groups, tuple(scans))


class WordIndex:
    """One posting's words, tokenised once and shared by every rule and extractor that matches a
    word list (:func:`word_index`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = folded(text)
        # One pass over the folded text: the tokens (runs of ASCII letters, apostrophes and hyphens:
        # LANG002's words) and their vocabulary.
        self.tokens: list[str] = _TOKEN.findall(self.folded)
        self.vocabulary = set(self.tokens)
        # Every run of ASCII letters: the tokens, and the parts of those with an apostrophe or a
        # hyphen ("he" of "he's", "self" and "starter" of "self-starter": words of their own to \\b).
        # Tokens hold only letters, apostrophes and hyphens: splitting them all at once on those (C
        # string operations, not a regex call per token) gives every run of letters.
        self.words = set(" ".join(self.vocabulary).replace("'", " ").replace("’", " ").replace("-", " ").split())
        self._sorted: list[str] | None = None
        self._runs: dict[str, list[int]] = {}

    @cached_property
    def joined(self) -> str:
        """The posting's distinct words, space-separated, with a space at either end."""
        return " %s " % " ".join(self.words)

    def has(self, exact: frozenset[str], parts: tuple[tuple[str, str], ...]) -> bool:
        """Whether the posting has every word of ``exact`` and every run of ``parts`` (see
        :func:`_needs`)."""
        words = self.words
        if not exact <= words:
            return False
        for run, padded in parts:
            if run not in words and padded not in self.joined:
                return False
        return True

    def run_starts(self, word: str) -> list[int]:
        """Offsets where the run of ASCII letters is exactly ``word`` (found only for words the
        posting has, and once per posting)."""
        found = self._runs.get(word)
        if found is None:
            found = self._runs[word] = []
            if word in self.words:
                low, n, letters, tried = self.folded, len(word), _LOWER, 0
                at = low.find(word)
                while at >= 0:  # a few occurrences: check each
                    tried += 1
                    if tried > 16:  # a common string ("s", "he", "age"): let re skip those inside words
                        found[:] = [m.start() for m in _run_pattern(word).finditer(low)]
                        break
                    if not (at and low[at - 1] in letters) and low[at + n : at + n + 1] not in letters:
                        found.append(at)
                    at = low.find(word, at + n)
        return found

    def word_starts(self, prefix: str, whole: bool) -> list[int]:
        """Offsets where a run of ASCII letters is ``prefix`` (``whole``) or starts with it."""
        if whole:
            return self.run_starts(prefix)
        if self._sorted is None:
            self._sorted = sorted(self.words)
        found, words, i = [], self._sorted, bisect_left(self._sorted, prefix)
        while i < len(words) and words[i].startswith(prefix):
            found.extend(self.run_starts(words[i]))
            i += 1
        return found

    def scan_starts(self, prefix: str, whole: bool) -> list[int]:
        """Offsets where a \\w run starts with ``prefix`` (or is it, when ``whole``), found by a scan:
        for words the index does not hold (with digits or "_")."""
        # Found in the folded text; word boundaries read in the text itself, as re reads \\b.
        low, text, found, n = self.folded, self.text, [], len(prefix)
        at = low.find(prefix)
        while at >= 0:
            if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")):
                after = at + n
                if not (whole and after < len(text) and (text[after].isalnum() or text[after] == "_")):
                    found.append(at)
            at = low.find(prefix, at + 1)
        return found

    def starts(self, pattern: re.Pattern | LazyPattern) -> set[int] | None:
        """Every offset where a match of ``pattern`` may start (a superset), or None when unknown."""
        lookup = _lookup(pattern)
        if lookup is None:
            return None
        tokens, stems, phrases, literals, scans = lookup
        starts: set[int] = set()
        # Set intersections with the posting's words: the work grows with the words present, not
        # with the length of the list.
        for word in tokens & self.words:
            starts.update(self.run_starts(word))
        if phrases:
            low, letters, runs, words = self.folded, _LOWER, self._runs, self.words
            for head, lead, rests in phrases:
                if head not in words:
                    continue
                known = runs.get(head)
                if known is not None:  # the first word's places are known (a token of this pattern too)
                    starts.update(at for at in known if low.startswith(rests, at))
                    continue
                # Scanned for the phrases' common start ("your ", "in this role"): rarer than the
                # first word alone ("in" is in every "-ing").
                at = low.find(lead)
                while at >= 0:  # the lead ends with a non-letter: only the start needs checking
                    if not (at and low[at - 1] in letters) and low.startswith(rests, at):
                        starts.add(at)
                    at = low.find(lead, at + 1)
        for stem in stems:
            starts.update(self.word_starts(stem, False))
        if literals:
            # Looking for a literal's words among the posting's distinct words first is cheaper
            # than scanning the text for a literal it lacks.
            low, has = self.folded, self.has
            for lead, (first, group) in literals.items():
                if first and not has(_NO_WORDS, first):
                    continue
                present = tuple(key for key, exact, parts in group if has(exact, parts))
                if len(present) == 1 or not lead:
                    starts.update(literal_starts(low, present))
                elif present:  # one scan for the shared start, then each literal checked there
                    lead = commonprefix(present)
                    at = low.find(lead)
                    while at >= 0:
                        if low.startswith(present, at):
                            starts.add(at)
                        at = low.find(lead, at + 1)
        for key, whole in scans:
            starts.update(self.scan_starts(key, whole))
        return starts

    def finditer(self, pattern: re.Pattern | LazyPattern) -> list[re.Match]:
        """``list(pattern.finditer(text))``, trying the pattern only where a match may start (a
        :class:`LazyPattern` is compiled only when there is such a place)."""
        starts = self.starts(pattern)
        if starts is None:
            return list(pattern.finditer(self.text))
        if not starts:
            return []
        compiled = pattern.compiled if isinstance(pattern, LazyPattern) else pattern
        return list(finditer_at(compiled, self.text, starts))


_TOKEN = re.compile(r"[a-z][a-z'’-]*")


_PART = re.compile(r"[a-z]+")


@lru_cache(maxsize=None)
def _run_pattern(word: str) -> re.Pattern:
    """``word`` as a whole run of letters, led by the word itself so that re finds it by a fast
    literal scan ("s" of "s/he" occurs in every posting, as a word in few)."""
    return re.compile("%s(?![a-z])(?<![a-z]%s)" % (word, word))


@lru_cache(maxsize=4)
def word_index(text: str) -> WordIndex:
    """The :class:`WordIndex` of ``text``, built once per posting."""
    return WordIndex(text)
