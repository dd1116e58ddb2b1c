"""Which lines are section headings, and which section kind a heading names."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from postlint.model import SectionKind

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{1,80}?)\s*:?\s*(\*\*|__)\s*:?\s*$")
_NUMBERING = re.compile(r"^(\d+[.)]|[ivx]+[.)])\s+")


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, SectionKind], list[tuple[str, SectionKind]]]:
    data = tomllib.loads(resources.files("postlint").joinpath("data/headings.toml").read_text("utf-8"))
    exact = {normalise(h): SectionKind(kind) for kind, headings in data["exact"].items() for h in headings}
    contains = [(word, SectionKind(kind)) for kind in data["order"] for word in data["contains"].get(kind, [])]
    return exact, contains


def normalise(text: str) -> str:
    text = text.strip().lower().replace("’", "'").replace("‘", "'").replace("&amp;", "&")
    text = text.strip("#*_ \t").rstrip(":").strip("*_ ")
    text = _NUMBERING.sub("", text)
    return " ".join(text.split())  # what re.sub(r"\s+", " ") does, several times faster


def classify_heading(text: str, fuzzy: bool = False) -> SectionKind | None:
    """The section kind a heading names: exact synonyms first, then (``fuzzy``) keywords."""
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
    match = _ATX.match(line)
    if match:
        return match.group(2).strip("*_ ").rstrip(":") or None
    match = _BOLD_LINE.match(line)
    if match:
        return match.group("text").strip()
    if stripped[0] in "-*•·▪◦+>|" or stripped[-1] in ".,;!?":
        return None
    words = stripped.split()
    if classify_heading(stripped) is not None and len(words) <= 10:
        return stripped.rstrip(":").strip()
    letters = [c for c in stripped if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and len(words) <= 8 and not _NUMBERING.match(stripped):
        return stripped.rstrip(":").strip()
    if stripped.endswith(":") and len(words) <= 6 and stripped.count(":") == 1 and stripped[0].isupper():
        return stripped.rstrip(":").strip()
    return None


def is_heading_line(line: str) -> bool:
    return heading_text(line) is not None
