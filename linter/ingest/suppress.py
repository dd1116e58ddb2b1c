"""Inline suppression comments and the blanking of markup that is not posting text.

``<!-- postlint: disable=PAY001,REQ001 -->`` or ``# postlint: disable=PAY001`` on a line of its own
suppresses those codes for the next block (the lines up to the next blank line); at the end of a
line it suppresses them on that line. ``disable-file`` (optionally ``=CODES``) covers the whole
file. Without ``=CODES`` every code is suppressed.

Markup that readers never see (HTML comments, Liquid ``{% comment %}`` blocks and tags, ``{{ }}``
expressions) is replaced by spaces, so rules do not read it and columns stay exact.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Suppression
from ..scan.textscan import lazy

# Compiled on first use: most files have no directive, and only Liquid templates have tags (the
# five patterns cost ~0.6 ms to compile at every start).
#
# Codes are words separated by spaces or commas; spelling the list as alternating runs (instead of
# a lazy `[...\s]+?` before `\s*`) keeps a long line of spaces linear instead of quadratic.
_directive = lazy(
    r"(?:<!--\s*|(?:^|\s)#\s*)postlint:\s*(?P<kind>disable-file|disable-next-line|disable)"
    r"(?:\s*=\s*(?P<codes>[A-Za-z0-9_,]+(?:\s+[A-Za-z0-9_,]+)*)?)?\s*(?:-->|$)"
)


@cache
def _liquid() -> tuple[re.Pattern, re.Pattern]:
    """The Liquid ``comment`` and ``endcomment`` tags."""
    return re.compile(r"\{%-?\s*comment\b"), re.compile(r"\{%-?\s*endcomment\b")


@cache
def _include() -> tuple[re.Pattern, re.Pattern]:
    """A Liquid ``include`` tag and one of its arguments."""
    return (
        re.compile(r"\{%-?\s*include\s+(?P<name>[^\s%]+)(?P<args>[^%]*?)-?%\}"),
        re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"']+))"),
    )


def find_directives(lines: list[str], first_line: int) -> list[Suppression]:
    found = []
    for index, line in enumerate(lines):
        if "postlint:" not in line:
            continue
        match = _directive().search(line)
        if not match:
            continue
        codes = [c.strip().upper() for c in (match.group("codes") or "").split(",") if c.strip()]
        number = first_line + index
        if match.group("kind") == "disable-file":
            found.append(Suppression(codes=codes, line=number, first_line=0, last_line=10**9, whole_file=True))
        elif line[: match.start()].strip():
            found.append(Suppression(codes=codes, line=number, first_line=number, last_line=number))
        else:
            start = index + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
            end = start
            if match.group("kind") == "disable":
                while end + 1 < len(lines) and lines[end + 1].strip():
                    end += 1
            found.append(
                Suppression(codes=codes, line=number, first_line=first_line + start, last_line=first_line + end)
            )
    return found


_TAG = r"</?(?:b|i|u|em|strong|ul|ol|li|p|br|div|span|font|h[1-6])(?:\s[^<>\n]{0,80})?\s*/?>"
_LEADING_TAGS = re.compile(r"[ \t]*(?:%s[ \t]*)+" % _TAG, re.I)
_WHOLE_TAG = re.compile(_TAG, re.I)


def _edge_tags(text: str):
    """(start, end) of the formatting tags at each line's start or end ("<b>Required skills",
    "</ul>" alone on its line); inside a line a tag may part two sentences ("books</li><div>$85,000")
    and stays. Matched from each line's ends, so a long line costs one pass."""
    start = 0
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text.find("<", start, end) >= 0:
            lead = _LEADING_TAGS.match(text, start, end)
            first = lead.end() if lead else start
            if lead:
                yield start, first
            last = end  # tags at the line's end, taken from the right while only spaces follow them
            while (opening := text.rfind("<", first, last)) >= 0:
                closing = text.find(">", opening, last)
                if closing < 0 or text[closing + 1:last].strip() or not _WHOLE_TAG.fullmatch(text, opening, closing + 1):
                    break
                last = opening
            if last < end:
                yield last, end
        if end >= len(text):
            return
        start = end + 1


def blank_markup(text: str) -> str:
    """Replace comments and template tags with spaces, keeping every newline and column.

    Blanks, in this order: HTML comments ``<!-- ... -->``; formatting tags (``<b>``, ``</ul>``, ...)
    at a line's start or end; Liquid ``{% comment %} ... {% endcomment %}`` blocks; Liquid tags
    ``{% ... %}`` and ``{{ ... }}``. An opener without its closer is left alone. Written with
    ``str.find`` rather than lazy ``.*?`` patterns, which take quadratic time on a file of openers
    that never close.
    """
    if "<!--" not in text and "{" not in text and "<" not in text:
        return text
    chars = list(text)
    if "<!--" in text:
        _blank_pairs(text, chars, {"<!--": "-->"})
    if "<" in text:
        # the formatting tags a copy from a web page leaves at a line's start or end in plain text
        # ("<b>Required skills", "</ul>" on a line of its own): no words of the posting, and a
        # heading behind one is a heading
        for start, end in _edge_tags(text):
            _blank(chars, start, end)
    if "{%" in text or "{{" in text:
        text = "".join(chars)
        _blank_liquid_comments(text, chars)
        text = "".join(chars)
        _blank_pairs(text, chars, {"{%": "%}", "{{": "}}"})
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    # One slice assignment, not a Python step per character (a long comment took ~50 us per KB).
    segment = "".join(chars[start:end])
    chars[start:end] = "\n".join(" " * len(part) for part in segment.split("\n"))


def _blank_pairs(text: str, chars: list[str], pairs: dict[str, str]) -> None:
    """Blank each leftmost ``opener ... closer`` (nearest closer), as ``opener.*?closer`` would."""
    pos = 0
    upcoming = {opener: text.find(opener) for opener in pairs}  # next occurrence of each opener
    while True:
        live = [(at, opener) for opener, at in upcoming.items() if at >= 0]
        if not live:
            return
        start, opener = min(live)
        end = text.find(pairs[opener], start + len(opener))
        if end < 0:  # no closer after this opener, so none after any later one of its kind
            upcoming[opener] = -1
            continue
        end += len(pairs[opener])
        _blank(chars, start, end)
        pos = end
        for other, at in upcoming.items():
            if 0 <= at < pos:
                upcoming[other] = text.find(other, pos)


def _blank_liquid_comments(text: str, chars: list[str]) -> None:
    if "{%" not in text:
        return  # no tag, so no comment block (and no need to compile the patterns)
    comment, endcomment = _liquid()
    pos = 0
    while (opening := comment.search(text, pos)) is not None:
        tag_end = text.find("%}", opening.end())
        closing = endcomment.search(text, tag_end + 2) if tag_end >= 0 else None
        end = text.find("%}", closing.end()) if closing is not None else -1
        if end < 0:
            return  # no complete block after this opening, so none after a later one either
        _blank(chars, opening.start(), end + 2)
        pos = end + 2


def find_includes(text: str) -> list[tuple[str, dict[str, str], int, int]]:
    """Liquid ``{% include name key="value" %}`` tags outside comments: (name, arguments, start, end).

    Blanking hides them from rules that read text, but an include can carry posting content (18F
    postings render their salary range from ``{% include job/salary_range.html min=".." %}``).
    """
    if "include" not in text:
        return []
    chars = list(text)
    if "<!--" in text:
        _blank_pairs(text, chars, {"<!--": "-->"})
    visible = "".join(chars)
    _blank_liquid_comments(visible, chars)
    visible = "".join(chars)
    found = []
    include, argument = _include()
    for match in include.finditer(visible):
        args = {
            a.group("key"): next(v for v in (a.group("dq"), a.group("sq"), a.group("bare"), "") if v is not None)
            for a in argument.finditer(match.group("args"))
        }
        found.append((match.group("name"), args, match.start(), match.end()))
    return found
