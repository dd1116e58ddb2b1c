"""Which lines are section headings, and which section kind a heading names."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import SectionKind
from ..scan.textscan import load_toml, package_data

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{1,80}?)\s*:?\s*(\*\*|__)\s*:?\s*$")
_CONNECTORS = {"and", "&", "of", "to", "the", "a", "-", "–", "/", "for", "you", "we", "in", "our", "your"}
_NUMBERING = re.compile(r"^(\d+[.)]|[ivx]+[.)])\s+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, SectionKind], list[tuple[str, SectionKind]]]:
    data = load_toml(package_data("postlint", "data/headings.toml"))
    exact = {normalise(h): SectionKind(kind) for kind, headings in data["exact"].items() for h in headings}
    contains = [(word, SectionKind(kind)) for kind in data["order"] for word in data["contains"].get(kind, [])]
    return exact, contains


def _strip_decoration(text: str) -> str:
    """Drop leading characters other than word characters and "(", and trailing ones other than
    word characters and ")?!'’". A loop, not a `[^...]+$` pattern: that one is tried at every
    position of a long run of spaces and takes quadratic time."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in "_("):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "_)?!'’"):
        end -= 1
    return text[start:end]


def normalise(text: str) -> str:
    text = text.strip().lower().replace("’", "'").replace("‘", "'").replace("&amp;", "&")
    text = text.strip("#*_ \t").rstrip(":").strip("*_ ")
    text = _NUMBERING.sub("", text)
    text = _strip_decoration(text).strip()  # "What we're looking for 🌱", "The role ⚡"
    return " ".join(text.split())  # what re.sub(r"\s+", " ") does, several times faster


def classify_heading(text: str, fuzzy: bool = False) -> SectionKind | None:
    """The section kind a heading names: exact synonyms first, then (``fuzzy``) keywords."""
    return _classify(text, fuzzy)


def _classify(text: str, fuzzy: bool) -> SectionKind | None:
    exact, contains = _table()
    key = normalise(text)
    if key in exact:
        return exact[key]
    if fuzzy:
        for word, kind in contains:
            if word in key:
                return kind
    return None


def heading_text(line: str) -> str | None:
    """The heading a line states, or None when the line is not a heading.

    A heading is a Markdown ATX heading, a line that is all bold, a known section heading on a line
    of its own ("What you'll do"), a short ALL-CAPS line ("ANNUAL SALARY", "DUTIES"), or a short line
    ending in a colon ("Requirements:").
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 100:
        return None
    first = stripped[0]
    # Literal pre-checks: an ATX heading starts with "#", a bold line with "**" or "__".
    if first == "#":
        match = _ATX.match(line)
        if match:
            return match.group(2).strip("*_ ").rstrip(":") or None
    if first in "*_":
        match = _BOLD_LINE.match(line)
        if match:
            return match.group("text").strip()
    if first in "-*•·▪◦+>|" or stripped[-1] in ".,;!?" and not stripped.endswith("..."):
        return None
    words = stripped.split()
    if len(words) <= 10 and classify_heading(stripped) is not None:
        return stripped.rstrip(":").strip()
    if len(words) <= 4 and all(w[0].isupper() or w in _CONNECTORS for w in words) and classify_heading(stripped, fuzzy=True):
        # A short Title Case line naming a section kind ("Work Benefits", "Nice-to-Have Qualifications"):
        # without it a requirements block never closes and benefits leak into requirements.
        return stripped.rstrip(":").strip()
    if len(words) <= 8 and _all_caps(stripped) and not _NUMBERING.match(stripped):
        return stripped.rstrip(":").strip()
    if stripped.endswith(("...", "…")) and len(words) <= 6 and stripped[0].isupper():
        return stripped.rstrip(".…").strip()  # "Some of our perks include..."
    if stripped.endswith(":") and len(words) <= 6 and stripped.count(":") == 1 and stripped[0].isupper():
        return stripped.rstrip(":").strip()
    return None


def _all_caps(text: str) -> bool:
    """Three or more letters, all of them upper case."""
    if text.isascii():  # ASCII letters are the cased characters: isupper() says "all upper" in C
        return text.isupper() and sum(map(str.isalpha, text)) >= 3
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def is_heading_line(line: str) -> bool:
    return heading_text(line) is not None
