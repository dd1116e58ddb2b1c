"""Technologies named in text (Python, C++, Node.js, Kubernetes ...), from the table in
``rules/data/technologies.toml``: canonical names, aliases and first release years.

One combined pattern defines what is found. Boundaries are hand-made because ``\\b`` fails
on names that start or end with punctuation: "C++", "C#", ".NET", "Node.js". A name never matches
inside a longer word or name, so "Java" is not found in "JavaScript" and "SQL" not in "T-SQL".
For ASCII aliases (all of the shipped table) :func:`_scan` finds the pattern's matches by string
comparisons instead, and the pattern (1.8 ms to compile) is never built.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..model import Item, Posting, Span
from ..scan.textscan import fold, lazy, load_toml, package_data

# Left: not after a word character or a name's punctuation ("ASP.NET" is not ".NET" twice).
# Right: not before a word character, "+" or "#", nor a dot that starts another word ("Node.js").
_LEFT = r"(?<![\w.+#-])"
_RIGHT = r"(?![\w+#]|\.\w)"
# A match starts where _LEFT allows, so at the start of a run of these characters (every alias
# starts with one of them; table() checks).
_RUN = re.compile(r"[\w.+#-]+")
_KEY_LENGTH = 3  # _candidates checks keys of 1, 2 and 3 characters
_LIST_BEFORE = lazy(r"(?:[,(/;:]|\band|\bor)\s*$")
_LIST_AFTER = lazy(r"^\s*(?:[,)/;]|and\b|or\b)")


@dataclass(frozen=True)
class Technology:
    name: str
    released: int | None


@dataclass(slots=True, kw_only=True)
class TechnologyMention:
    name: str
    released: int | None = None
    raw: str
    span: Span
    item_span: Span | None = None  # the requirement item it was found in


@dataclass(frozen=True)
class _Table:
    source: str  # the combined pattern: see pattern
    folded: dict[str, Technology]  # lower-cased alias -> technology (case-insensitive aliases)
    exact: dict[str, Technology]  # alias as written -> technology (case-sensitive aliases)
    list_only: frozenset[str]
    # The lower-cased first characters (up to _KEY_LENGTH) of every alias's first word, by length;
    # None when some alias would make that an unsafe pre-check (it is not ASCII, or starts with a
    # character outside _RUN).
    keys: tuple[frozenset[str], ...] | None
    # With keys: the pattern's alternatives by key (as in keys), as (rank in the alternation,
    # words, case-sensitive), for _scan.
    by_key: dict[str, tuple[tuple[int, tuple[str, ...], bool], ...]] | None
    # A cache for _scan: a run's first 3 folded characters -> the alternatives to try there (most
    # runs' are none). One lookup per run instead of three lookups and a sort; a corpus's runs
    # start with a few thousand distinct 3-character keys.
    candidates: dict[str, tuple] = field(default_factory=dict, compare=False, repr=False)

    @functools.cached_property
    def pattern(self) -> re.Pattern:
        """Every alias, longest first, between the boundaries. Compiled only when keys is None."""
        return re.compile(self.source)


def _alias_pattern(alias: str, case_sensitive: bool) -> str:
    body = r"\s+".join(re.escape(part) for part in alias.split())
    return body if case_sensitive else f"(?i:{body})"


@functools.lru_cache(maxsize=1)
def table() -> _Table:
    data = load_toml(package_data("postlint.rules", "data/technologies.toml"))
    folded: dict[str, Technology] = {}
    exact: dict[str, Technology] = {}
    list_only: set[str] = set()
    alternatives: list[tuple[str, bool]] = []
    for entry in data.get("technology", []):
        tech = Technology(name=entry["name"], released=entry.get("released"))
        case_sensitive = bool(entry.get("case-sensitive", False))
        list_only.update(entry.get("list-only", []))
        for alias in entry.get("aliases", [entry["name"]]):
            if case_sensitive:
                exact[alias] = tech
            else:
                folded[alias.lower()] = tech
            alternatives.append((alias, case_sensitive))
    # Longest first, so "Apache Spark" wins over "Spark" and "SQL Server" over "SQL".
    alternatives.sort(key=lambda a: -len(a[0]))
    source = _LEFT + "(?:" + "|".join(_alias_pattern(alias, cs) for alias, cs in alternatives) + ")" + _RIGHT
    aliases = [*folded, *exact]
    keys: tuple[frozenset[str], ...] | None = None
    by_key: dict[str, list[tuple[int, tuple[str, ...], bool]]] | None = None
    if aliases and all(a.isascii() and a.strip() and _RUN.match(a.split()[0]) for a in aliases):
        by_length: list[set[str]] = [set() for _ in range(_KEY_LENGTH + 1)]
        by_key = {}
        for rank, (alias, cs) in enumerate(alternatives):
            words = alias.split()
            key = words[0][:_KEY_LENGTH].lower()
            by_length[len(key)].add(key)
            by_key.setdefault(key, []).append((rank, tuple(words if cs else [w.lower() for w in words]), cs))
        keys = tuple(frozenset(k) for k in by_length)
    return _Table(source=source, folded=folded, exact=exact, list_only=frozenset(list_only), keys=keys,
                  by_key=None if by_key is None else {k: tuple(v) for k, v in by_key.items()})


def _candidates(by_key: dict, key: str) -> tuple:
    """The alternatives tried at a run whose folded text starts with ``key`` (its first 3
    characters, fewer at the text's end): those keyed by its 3, 2 and 1 first characters, in the
    pattern's order."""
    tried = [*by_key.get(key, ()), *by_key.get(key[:2], ()), *by_key.get(key[:1], ())]
    tried.sort()
    return tuple(tried)


_MAX_CANDIDATE_KEYS = 1 << 16


def _scan(text: str, t: _Table) -> list[tuple[int, int]]:
    """The (start, end) of every match of ``t.pattern`` in ``text``, in order, found without it.

    A match starts at a run start (where _LEFT allows) whose folded first characters are an
    alias's key. There the alternatives with that key are tried in the pattern's order, each as
    the pattern would: word by word (exactly, or against the folded text: for an ASCII alias a
    ``re.I`` match is exactly a match in :func:`fold`'s text, tests check every character), runs
    of whitespace between words (``\\s+`` is str.isspace), then _RIGHT (``\\w`` is str.isalnum or
    "_"). The first that matches wins, and the scan resumes after it, as finditer does."""
    low = fold(text)  # a case-insensitive alias matches its lower case here, offsets kept
    by_key = t.by_key
    candidates = t.candidates
    if len(candidates) > _MAX_CANDIDATE_KEYS:  # a cache: bounded
        candidates.clear()
    size = len(text)
    found: list[tuple[int, int]] = []
    resume = 0
    for run in _RUN.finditer(text):
        at = run.start()
        if at < resume:
            continue
        key = low[at : at + 3]
        tried = candidates.get(key)
        if tried is None:
            tried = candidates[key] = _candidates(by_key, key)
        for _, words, case_sensitive in tried:
            against = text if case_sensitive else low
            pos = at
            for i, word in enumerate(words):
                if i:
                    gap = pos
                    while pos < size and text[pos].isspace():
                        pos += 1
                    if pos == gap:
                        break
                if not against.startswith(word, pos):
                    break
                pos += len(word)
            else:
                after = text[pos] if pos < size else ""
                if after and (after.isalnum() or after in "_+#" or (after == "." and pos + 1 < size and (text[pos + 1].isalnum() or text[pos + 1] == "_"))):
                    continue
                found.append((at, pos))
                resume = pos
                break
    return found


def lookup(raw: str) -> Technology | None:
    """The technology an alias names ("k8s" -> Kubernetes), or None."""
    t = table()
    key = " ".join(raw.split())
    found = t.exact.get(key) or t.folded.get(key.lower())
    if found is None:
        found = next((tech for alias, tech in t.exact.items() if alias.lower() == key.lower()), None)
    return found


def find(text: str) -> list[tuple[int, int, Technology]]:
    """(start, end, technology) of every technology named in ``text``, in order."""
    return list(_find(text))


@functools.lru_cache(maxsize=2048)
def _find(text: str) -> tuple[tuple[int, int, Technology], ...]:
    # Cached by text: several rules and extractors search the same requirement items, and the
    # combined pattern (it starts with a lookbehind) tries every position of the text.
    t = table()
    found = []
    spans = [m.span() for m in t.pattern.finditer(text)] if t.by_key is None else _scan(text, t)
    for start, end in spans:
        raw = " ".join(text[start:end].split())
        tech = t.exact.get(raw) or t.folded.get(raw.lower())
        if tech is None:
            continue
        if raw in t.list_only and not _in_list(text, start, end):
            continue
        found.append((start, end, tech))
    return tuple(found)


def _in_list(text: str, start: int, end: int) -> bool:
    """True when a short ambiguous name ("Go", "R") stands in a list of names."""
    return bool(_LIST_BEFORE().search(text[max(0, start - 8) : start]) or _LIST_AFTER().match(text[end : end + 8]))


def in_item(posting: Posting, item: Item, starts: list[int] | None = None) -> list[TechnologyMention]:
    """Technologies named in one item, with spans (the item's text is located in the posting)."""
    located = locate(posting, item, starts)
    if located is None:
        return []
    base, text = located
    return [
        TechnologyMention(name=tech.name, released=tech.released, raw=text[a:b], span=posting.span_at(base + a, base + b), item_span=item.span)
        for a, b, tech in find(text)
    ]


def line_starts(posting: Posting) -> list[int]:
    """The offset in ``posting.text`` where each source line starts (none without lines)."""
    return posting.line_starts if posting.lines else []


def locate(posting: Posting, item: Item, starts: list[int] | None = None) -> tuple[int, str] | None:
    """The offset of ``item``'s source text in ``posting.text``, and that source text.

    Items are single-spaced copies of their source; extractors search the source slice instead,
    so every offset maps straight back to a span.
    """
    starts = starts if starts is not None else line_starts(posting)
    span = item.span
    a, b = span.line - posting.first_line, span.end_line - posting.first_line
    if not (0 <= a < len(starts) and 0 <= b < len(starts)):
        return None
    start = starts[a] + span.column - 1
    end = starts[b] + span.end_column - 1
    text = posting.text[start:end]
    return (start, text) if text.strip() else None
