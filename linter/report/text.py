"""``--format text``: one line per finding, ``path:line:col: CODE [severity] message``."""

from __future__ import annotations

from ..engine.engine import FileResult
from . import Reporter


_SGR = {"bold": "1", "error": "1;31", "warning": "33", "info": "36", "dim": "2"}


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class TextReporter(Reporter):
    def paint(self, text: str, style: str) -> str:
        return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if self.colour else text

    def heading(self, f) -> str:
        """``path:line:col: CODE [severity]``, coloured on a terminal."""
        where = self.paint(f"{f.path}:{f.span.line}:{f.span.column}:", "bold")
        return f"{where} {self.paint(f.code, f.severity.value)} [{f.severity.value}]"

    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            self.stream.write(f"{self.heading(f)} {f.message}\n")

    def finish(self) -> None:
        s = self.summary
        if self.statistics and s.findings:
            self.write_statistics()
        if self.quiet:
            return
        counts = ", ".join(plural(s.by_severity[k], k) for k in ("error", "warning", "info") if s.by_severity[k])
        checked = f"Checked {plural(s.postings, 'posting')} in {plural(s.files, 'file')}"
        self.stream.write(f"{checked}: {plural(s.findings, 'finding')}{f' ({counts})' if counts else ''}.\n")


REPORTER = TextReporter
