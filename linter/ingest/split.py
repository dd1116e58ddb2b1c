"""One file's text -> the postings it holds, each as a run of whole source lines.

Strategies, tried in this order (``split="auto"``):

1. YAML front matter at the top: the file is one posting, its keys become ``front_matter``.
2. Markdown with two or more ``# Title`` headings: one posting per H1.
3. ``---`` lines between postings (only when every part starts like a posting, so a thematic break
   between sections of one Markdown posting is not mistaken for a separator).
4. Plain text with postings back to back: a new posting starts at a line that reads as a job title
   (short, title case, names a role such as "Engineer" or "Intern") once the current posting has a
   body, and only on strong evidence: the line is followed by a summary or a section of its own,
   is not the first line under a heading, does not repeat the title before the posting's first
   section, does not address the
   reader ("As a Data Scientist, You Will"), and is not one entry of a list ("Self-learner, hacker,
   technology advocate" or "You will collaborate with Product teams" name a role but are not in
   title case), and ends in the role it names ("Shift Supervisor Handover", a duty line followed by
   its sentence, does not). This is what the user's own four-posting file needs.

A saved career page often holds its posting twice (the page and its print view), or its title once
in the site's chrome and again over the posting. After a split, a part that repeats an earlier
part's title over the same lines is dropped, and a part that is only chrome around the next part's
title (no line of prose) is joined to that part: one posting, one checklist.

``split="none"`` treats the file as a single posting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

from .headings import classify_heading, is_heading_line

SplitMode = Literal["auto", "none"]


@dataclass
class Chunk:
    """A posting's lines (1-based ``start_line`` in the file) before parsing."""

    lines: list[str]
    start_line: int
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_end: int = 0  # number of leading lines that are front matter (0 when none)
    problems: list[tuple[str, str]] = field(default_factory=list)


_FENCE = re.compile(r"^\s*(```|~~~)")
_H1 = re.compile(r"^#\s+\S")
_NUMBERED = re.compile(r"^\d+[.)]\s")
_COLON_SPACE = re.compile(r":\s")
_TITLE_WORD_SPLIT = re.compile(r"[\s/,]+")
_SCALAR_KEY = re.compile(r"^([A-Za-z_][\w ]{0,40}):\s+(\S.*)$")
_SEPARATOR = re.compile(r"^\s*(-{3,}|\*{3,}|={3,}|_{3,})\s*$")

# Words that make a short line read as a job title. Kept small and specific on purpose: a line
# only starts a new posting when it also passes the shape checks in `looks_like_title`.
ROLE_WORDS = frozenset(
    """engineer engineers intern internship developer scientist manager analyst designer director
    specialist architect lead consultant researcher administrator coordinator officer technician
    assistant associate representative writer editor accountant clerk nurse teacher advocate
    programmer strategist head vp president owner recruiter partner product counsel attorney
    electrician mechanic operator supervisor instructor lecturer professor fellow apprentice
    trainee agent inspector planner economist statistician librarian chef driver""".split()
)


def split(text: str, mode: SplitMode = "auto", markdown: bool = True) -> list[Chunk]:
    lines = text.split("\n")
    front_matter, fm_end, problems = _front_matter(lines)
    if fm_end or mode == "none":
        return [Chunk(lines, 1, front_matter, fm_end, problems)]
    starts = _h1_starts(lines) if markdown else []
    if len(starts) < 2:
        parts = _separator_parts(lines, text)
        if parts:
            return [Chunk(lines[a:b], a + 1) for a, b in parts]
        starts = [] if markdown else _title_starts(lines)
    if len(starts) < 2:
        return [Chunk(lines, 1)]
    starts[0] = 0  # anything before the first title belongs to the first posting
    bounds = starts + [len(lines)]
    return [Chunk(lines[a:b], a + 1) for a, b in _without_page_repeats(lines, list(zip(bounds, bounds[1:])))]


_REPEATED_SHARE = 0.9  # of a part's lines found in an earlier part with its title: the page again
_PROSE_WORDS = 8  # a line this long is the posting's own prose, not the site's navigation


def _without_page_repeats(lines: list[str], parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` less the page's repeats: a part only of chrome before a part with the same title
    joins it, and a part whose title and lines an earlier part already holds is left out."""
    kept: list[tuple[int, int]] = []
    for a, b in parts:
        texts = _texts(lines, a, b)
        title, body = (texts[0], texts[1:]) if texts else ("", [])
        if kept:
            before = _texts(lines, *kept[-1])
            if before and _same_title(title, before[0]) and not any(len(line.split()) >= _PROSE_WORDS for line in before[1:]):
                kept[-1] = (kept[-1][0], b)  # the chrome around the title, then the posting
                continue
        for earlier in (_texts(lines, pa, pb) for pa, pb in kept):
            seen = set(earlier)
            if body and earlier and (_same_title(title, earlier[0]) or title in seen) \
                    and sum(line in seen for line in body) >= _REPEATED_SHARE * len(body):
                break  # the page again
        else:
            kept.append((a, b))
    return kept


def _texts(lines: list[str], a: int, b: int) -> list[str]:
    """The non-blank lines of ``lines[a:b]``, stripped."""
    return [line.strip() for line in lines[a:b] if line.strip()]


def _front_matter(lines: list[str]) -> tuple[dict[str, Any], int, list[tuple[str, str]]]:
    if not lines or lines[0].strip() != "---":
        return {}, 0, []
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
    else:
        return {}, 0, []
    import yaml  # only files with front matter pay for the import

    # libyaml's C loader when PyYAML was built with it: the pure-Python one took 18 ms per file.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load("\n".join(lines[1:index]), Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" on line {mark.line + 2}" if mark is not None else ""
        problem = ("E001", f"front matter is not valid YAML{where}: {getattr(exc, 'problem', None) or exc}")
        return _scalar_keys(lines[1:index]), index + 1, [problem]
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # PyYAML builds dates itself: `opens: 2024-13-45` raises ValueError, not YAMLError.
        problem = ("E001", f"front matter has a value YAML cannot build: {exc}")
        return _scalar_keys(lines[1:index]), index + 1, [problem]
    if not isinstance(data, dict):
        # A lone `---` line starting a plain file is a separator, not front matter.
        return {}, 0, []
    try:
        data = _tree(data, [_MAX_FRONT_MATTER_NODES], set())
    except (_TooBig, RecursionError):
        return {}, index + 1, [("E001", "front matter is too large once its YAML aliases are expanded "
                                        f"(over {_MAX_FRONT_MATTER_NODES:,} values), or refers to itself")]
    return data, index + 1, []


def _scalar_keys(lines: list[str]) -> dict[str, Any]:
    """Top-level ``key: value`` pairs of front matter that YAML rejected, so the posting keeps its
    title and dates while the E001 finding says what to fix."""
    found: dict[str, Any] = {}
    for line in lines:
        match = _SCALAR_KEY.match(line)
        if match:
            found.setdefault(match.group(1), match.group(2).strip().strip("'\""))
    return found


# Real front matter has a few hundred values. YAML aliases can make a few lines stand for billions
# (`b: [*a, *a, ...]` nested), and a self-referring alias never ends; walking either would hang.
_MAX_FRONT_MATTER_NODES = 50_000


class _TooBig(Exception):
    pass


def _tree(value: Any, budget: list[int], path: set[int]) -> Any:
    """``value`` as a plain tree (aliases copied), within ``budget`` values and without cycles."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig
    if isinstance(value, (dict, list, tuple, set)):
        key = id(value)
        if key in path:
            raise _TooBig
        path.add(key)
        if isinstance(value, dict):
            value = {k: _tree(item, budget, path) for k, item in value.items()}
        else:
            value = [_tree(item, budget, path) for item in value]
        path.discard(key)
    return value

def _h1_starts(lines: list[str]) -> list[int]:
    """H1 headings that read as job titles. Many postings use H1 for their own sections
    ("# Overview", "# Education"), so an H1 only starts a posting when it names a role."""
    starts, fenced = [], False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _H1.match(line) and "postlint:" not in line:
            if looks_like_title(line[1:].strip().strip("*_").strip(), role_required=True):
                starts.append(index)
    return starts


def _separator_parts(lines: list[str], text: str) -> list[tuple[int, int]]:
    # A separator line holds three of its character in a row: most files have none, and four `in`
    # scans of the text are cheaper than a match per line.
    if not any(run in text for run in ("---", "***", "===", "___")):
        return []
    seps = [i for i, line in enumerate(lines) if _SEPARATOR.match(line)]
    if not seps:
        return []
    bounds, a = [], 0
    for s in seps + [len(lines)]:
        if any(line.strip() for line in lines[a:s]):
            bounds.append((a, s))
        a = s + 1
    if len(bounds) < 2:
        return []
    for a, b in bounds:
        body = [line for line in lines[a:b] if line.strip()]
        first = body[0].strip() if body else ""
        if len(body) < 2 or re.match(r"#{2,}\s", first):
            return []
        if not looks_like_title(first.lstrip("#").strip(), role_required=True):
            return []
    # Keep the separator lines out of both postings but keep line numbers exact.
    return bounds


def _title_starts(lines: list[str]) -> list[int]:
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not looks_like_title(lines[first].strip(), first=True):
        return []
    starts, body_lines, after_heading, sections = [first], 0, False, False
    for index in range(first + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        # The next non-blank line only matters for a title candidate: look for it then, not for every
        # line (a scan ahead per line).
        if body_lines and not after_heading and looks_like_title(line) and _title_case(line) and _ends_in_role(line) \
                and not (not sections and _same_title(line, lines[starts[-1]].strip())) and _starts_body(_next_text(lines, index + 1)) \
                and not _level_of(line, lines[starts[-1]].strip(), _next_text(lines, index + 1)):
            starts.append(index)
            body_lines, after_heading, sections = 0, False, False
            continue
        body_lines += 1
        # The first line under a heading is that section's content ("Job Profile" / "Data Scientist").
        after_heading = is_heading_line(line)
        sections = sections or after_heading
    return starts


# What follows a title's role noun: a qualifier ("Engineer, Payments", "Teacher: Grade 3",
# "Clerk (Temporary)", "Analyst - Remote", "Specialist II").
TITLE_QUALIFIER = re.compile(r":\s|\s[-–—|]\s|\s\(|,\s|\s+(?:[IVX]{1,4}|\d)\b")


def role_noun(line: str) -> str:
    """The last word before any qualifier, lower case: 'Elections Clerk (Temporary)' -> 'clerk'."""
    head = TITLE_QUALIFIER.split(line.strip().strip("*_#").strip(), 1)[0].split()
    return head[-1].lower().strip(".'’") if head else ""


def _ends_in_role(line: str) -> bool:
    """A title ends in the role it names ("Senior Data Engineer, Payments") or names it before
    "of"/"for" ("Head of Data", "Director for Elections"); a duty line that names a role on its
    way ("Shift Supervisor Handover", "Inventory Manager Reports") does neither."""
    if role_noun(line) in ROLE_WORDS:
        return True
    words = [w.strip("()[],/—–-'’").lower() for w in line.split()]
    return any(w in ROLE_WORDS and nxt in ("of", "for") for w, nxt in zip(words, words[1:]))


def _same_title(line: str, title: str) -> bool:
    """The current posting's title again, or with a qualifier ("Data Scientist" / "Data Scientist,
    Mid"). Before the posting's first section it is the page repeating its own title; after a
    whole body with sections, the same posting again."""
    a, b = " ".join(line.lower().split()), " ".join(title.lower().split())
    return a.startswith(b) or b.startswith(a)


# What a level of the job asks: "One year of experience ...", "Possession of a ...", "No specific ..."
_LEVEL_REQUIREMENT = re.compile(r"(?:one|two|three|four|five|six|\d+)\s+(?:\(\d+\)\s+)?(?:years?|months?)\b|possession of\b|no specific\b"
                                r"|(?:an? )?(?:bachelor|master|associate)", re.I)


def _level_of(line: str, title: str, following: str) -> bool:
    """"Program Technician 8" over "One year of experience ..." in a posting for "Program Technician
    7-9": a level of the same job and what it asks, not another posting."""
    head = TITLE_QUALIFIER.split(line.strip(), 1)[0].lower()
    return head == TITLE_QUALIFIER.split(title, 1)[0].lower() and line.strip().lower() != title.lower() \
        and _LEVEL_REQUIREMENT.match(following) is not None


_HEADING_ENDS = frozenset({"role", "overview", "summary", "description", "profile"})
# Titles name a role; they do not talk to the reader ("As a Data Scientist, You Will").
_PRONOUNS = frozenset("i we you your yours our ours us my".split())
_LOWER_WORDS = frozenset("a an and as at by for from in of on or the to with & - – — / |".split())


def _title_case(line: str) -> bool:
    """Two or more words, most of them (connectives aside) capitalised, as in "Senior Data Engineer,
    Payments": a list entry or a sentence that names a role ("Experience as a Data Engineer") is
    not."""
    words = [w for w in line.split() if w.lower() not in _LOWER_WORDS]
    if len(line.split()) < 2 or not words or any(w.lower().strip(",.;:!?()") in _PRONOUNS for w in words):
        return False
    first, second = line.split()[:2]
    if second.lower() in ("of", "for") and classify_heading(first, fuzzy=True) is not None:
        return False  # a heading naming the role: "Responsibilities of a Data Scientist"
    if line.split()[-1].lower().strip(":") in _HEADING_ENDS:
        return False  # "Data Scientist Role", "Position Overview"
    capitalised = sum(1 for w in words if w.lstrip("([\"'“‘")[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.7 * len(words)


def _all_caps(line: str) -> bool:
    """At least one letter, and every letter upper case."""
    if line.isascii():  # ASCII letters are the cased characters: isupper() says it in C
        return line.isupper()
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _next_text(lines: list[str], start: int) -> str:
    """The first non-blank line from ``start`` on, stripped ("" when none)."""
    return next((lines[j].strip() for j in range(start, len(lines)) if lines[j].strip()), "")


def _starts_body(line: str) -> bool:
    """What follows a title: a prose summary or a section heading (not another short line)."""
    return len(line.split()) >= 8 or (bool(line) and is_heading_line(line))


def looks_like_title(line: str, first: bool = False, role_required: bool = False) -> bool:
    """Does this line read as a job title?

    ``first``: the file's first line, which may be ALL CAPS and need not name a role.
    ``role_required``: the line must name a role even if it is ALL CAPS (Markdown H1s).
    """
    line = line.strip().strip("*").strip()
    # The character checks first: they turn most lines down without splitting them into words.
    if not line or len(line) > 120:
        return False
    if line[-1] in ".:;,!?" or line[0] in "-*•·▪◦+>|" or not (line[0].isupper() or line[0].isdigit() or line[0] == "["):
        return False
    if len(line.split()) > 14:
        return False
    if _NUMBERED.match(line) or _COLON_SPACE.search(line):
        return False
    if classify_heading(line) is not None:
        return False
    if first and not role_required:
        return True
    if not role_required and _all_caps(line):
        return False  # ALL-CAPS lines inside a posting are headings, not new postings
    lowered = {w.strip("()[],/—–-'’@").lower() for w in _TITLE_WORD_SPLIT.split(line)}
    return bool(lowered & ROLE_WORDS)
