"""``--format full``: each finding with its posting, the source line, a caret and what to write instead."""

from __future__ import annotations

from ..engine.engine import FileResult
from .text import TextReporter


class FullReporter(TextReporter):
    def file(self, result: FileResult) -> None:
        self.summary.add(result)
        lines_by_posting = {p.index: p for p in result.postings}
        for f in result.findings:
            self.stream.write(f"{self.heading(f)} {f.name}\n")
            if f.posting_index is not None and len(result.postings) > 1:
                self.stream.write(f"  in posting {f.posting_index}: {f.posting_title or '(untitled)'}\n")
            posting = lines_by_posting.get(f.posting_index)
            line = posting.line_text(f.span.line) if posting else ""
            if line.strip():
                gutter = f"{f.span.line:>5} | "
                shown = line.expandtabs(1)
                self.stream.write(f"{gutter}{shown}\n")
                width = (f.span.end_column - f.span.column) if f.span.end_line == f.span.line else len(shown) - f.span.column + 1
                caret = self.paint("^" * max(1, width), f.severity.value)
                self.stream.write(" " * (len(gutter) - 2) + "| " + " " * (f.span.column - 1) + caret + "\n")
            self.stream.write(f"  = {f.message}\n")
            if f.instead:
                self.stream.write(f"  = instead: {f.instead}\n")
            self.stream.write("\n")


REPORTER = FullReporter
