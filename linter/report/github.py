"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff."""

from __future__ import annotations

from ..engine.engine import FileResult
from . import Reporter

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            props = ",".join(
                f"{k}={_escape_property(str(v))}"
                for k, v in (
                    ("file", f.path), ("line", f.span.line), ("col", f.span.column),
                    ("endLine", f.span.end_line), ("endColumn", f.span.end_column),
                    ("title", f"{f.code} {f.name}"),
                )
            )
            message = f.message + (f" Instead: {f.instead}" if f.instead else "")
            self.stream.write(f"::{_LEVEL[f.severity.value]} {props}::{_escape_data(message)}\n")


REPORTER = GithubReporter
