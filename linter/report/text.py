"""``--format text``: one line per finding, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from ..engine.engine import FileResult
from . import Reporter


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class TextReporter(Reporter):
    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            self.stream.write(f"{f.path}:{f.span.line}:{f.span.column}: {f.code} [{f.severity.value}] {f.message}\n")

    def finish(self) -> None:
        s = self.summary
        if self.statistics and s.findings:
            self.write_statistics()
        counts = ", ".join(plural(s.by_severity[k], k) for k in ("error", "warning", "info") if s.by_severity[k])
        checked = f"Checked {plural(s.postings, 'posting')} in {plural(s.files, 'file')}"
        self.stream.write(f"{checked}: {plural(s.findings, 'finding')}{f' ({counts})' if counts else ''}.\n")


REPORTER = TextReporter
