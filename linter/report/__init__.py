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

FORMATS = ("text", "full", "json", "sarif", "github")


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
    def __init__(self, stream: TextIO, registry: Registry, statistics: bool = False) -> None:
        self.stream = stream
        self.registry = registry
        self.statistics = statistics
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


def reporter(name: str, stream: TextIO, registry: Registry, statistics: bool = False) -> Reporter:
    module = importlib.import_module(f"postlint.report.{name}")
    return module.REPORTER(stream, registry, statistics)
