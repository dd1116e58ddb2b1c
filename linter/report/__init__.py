"""Output formats for ``postlint check``: one module per format, each a :class:`Reporter`.

A reporter is fed one file's result at a time, so a batch of any size streams: nothing holds all
findings in memory except the SARIF and JSON summaries' counters.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from ..engine.engine import FileResult
from ..engine.registry import Registry
from ..model import Finding

FORMATS = ("text", "full", "json", "sarif", "github", "junit", "gitlab")
# Formats whose reporter reads the postings (source lines for carets or fingerprints).
NEEDS_POSTINGS = ("full", "sarif", "gitlab")


@dataclass
class Summary:
    files: int = 0
    postings: int = 0
    by_severity: Counter = field(default_factory=Counter)
    by_code: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        self.files += result.new_file
        self.postings += result.checked
        for finding in result.findings:
            self.by_severity[finding.severity.value] += 1
            self.by_code[finding.code] += 1
            self.names[finding.code] = finding.name

    @property
    def findings(self) -> int:
        return sum(self.by_severity.values())


class Reporter:
    def __init__(self, stream: TextIO, registry: Registry, statistics: bool = False, *, quiet: bool = False,
                 colour: bool = False) -> None:
        self.stream = stream
        self.registry = registry
        self.statistics = statistics
        self.quiet = quiet  # findings only: no summary line
        self.colour = colour  # ANSI colours (text formats on a terminal)
        self.summary = Summary()

    def start(self) -> None:
        pass

    def file(self, result: FileResult) -> None:
        self.summary.add(result)

    def finish(self) -> None:
        pass

    def write_statistics(self) -> None:
        for code, count in self.summary.by_code.most_common():
            self.stream.write(f"{count:>6}  {code:<10} {self.summary.names[code]}\n")


def reporter(name: str, stream: TextIO, registry: Registry, statistics: bool = False, *, quiet: bool = False,
             colour: bool = False) -> Reporter:
    module = importlib.import_module(f"postlint.report.{name}")
    return module.REPORTER(stream, registry, statistics, quiet=quiet, colour=colour)


def wants_colour(stream: TextIO, environ: dict[str, str]) -> bool:
    """Colour for a terminal, as https://no-color.org and https://force-color.org ask: a non-empty
    NO_COLOR turns it off, a non-empty FORCE_COLOR on (also in pipes, as CI logs want)."""
    if environ.get("NO_COLOR"):
        return False
    if environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and environ.get("TERM") != "dumb"


def split_record(path: str) -> tuple[str, str | None]:
    """A finding's path as (file, JSON Lines record): ``jobs.jsonl:#42`` -> (``jobs.jsonl``, ``42``)."""
    file, sep, record = path.rpartition(":#")
    if sep and (file == "-" or file.lower().endswith(".jsonl")):
        return file, record
    return path, None


def fingerprint(finding: Finding, line_text: str, seen: Counter, where: str) -> str:
    """A stable identity for ``finding`` that survives lines added or removed above it: a hash of
    the rule, ``where`` (the file as the report names it, relative to the folder postlint ran in,
    and the JSON Lines record), the flagged line's text (spaces collapsed) and the flagged words,
    plus how many identical ones came before in this file (``seen`` counts them). No line number."""
    import hashlib  # ~2 ms (OpenSSL): only the formats with fingerprints pay for it

    span = finding.span
    flagged = line_text[span.column - 1:span.end_column - 1] if span.end_line == span.line else line_text[span.column - 1:]
    text = "\0".join((finding.code, where, " ".join(line_text.split()), flagged))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    seen[digest] += 1
    return f"{digest}:{seen[digest]}"
