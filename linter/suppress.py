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

from postlint.model import Suppression

_DIRECTIVE = re.compile(
    r"(?:<!--\s*|(?:^|\s)#\s*)postlint:\s*(?P<kind>disable-file|disable-next-line|disable)"
    r"(?:\s*=\s*(?P<codes>[A-Za-z0-9_,\s]+?))?\s*(?:-->|$)"
)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LIQUID_BLOCK = re.compile(r"\{%-?\s*comment\b.*?%\}.*?\{%-?\s*endcomment\b.*?%\}", re.S)
_LIQUID_TAG = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_LIQUID_INCLUDE = re.compile(r"\{%-?\s*include\s+(?P<name>[^\s%]+)(?P<args>[^%]*?)-?%\}")
_INCLUDE_ARG = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s\"']+))")


def find_directives(lines: list[str], first_line: int) -> list[Suppression]:
    found = []
    for index, line in enumerate(lines):
        if "postlint:" not in line:
            continue
        match = _DIRECTIVE.search(line)
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


def blank_markup(text: str) -> str:
    """Replace comments and template tags with spaces, keeping every newline and column."""
    if "<!--" not in text and "{" not in text:
        return text

    def spaces(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    text = _HTML_COMMENT.sub(spaces, text)
    if "{%" in text or "{{" in text:
        text = _LIQUID_BLOCK.sub(spaces, text)
        text = _LIQUID_TAG.sub(spaces, text)
    return text


def find_includes(text: str) -> list[tuple[str, dict[str, str], int, int]]:
    """Liquid ``{% include name key="value" %}`` tags outside comments: (name, arguments, start, end).

    Blanking hides them from rules that read text, but an include can carry posting content (18F
    postings render their salary range from ``{% include job/salary_range.html min=".." %}``).
    """
    if "include" not in text:
        return []
    visible = _HTML_COMMENT.sub(lambda m: " " * len(m.group(0)), text)
    visible = _LIQUID_BLOCK.sub(lambda m: " " * len(m.group(0)), visible)
    found = []
    for match in _LIQUID_INCLUDE.finditer(visible):
        args = {
            a.group("key"): next(v for v in (a.group("dq"), a.group("sq"), a.group("bare"), "") if v is not None)
            for a in _INCLUDE_ARG.finditer(match.group("args"))
        }
        found.append((match.group("name"), args, match.start(), match.end()))
    return found
