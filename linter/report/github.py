"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff."""

from __future__ import annotations

from ..engine.engine import FileResult
from . import Reporter, split_record

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            file, record = split_record(f.path)
            if record is None:
                where = (("file", f.path), ("line", f.span.line), ("col", f.span.column),
                         ("endLine", f.span.end_line), ("endColumn", f.span.end_column), ("title", f"{f.code} {f.name}"))
            else:
                # A JSON Lines record: annotate the file; its lines are not the posting text's lines.
                where = (("file", file), ("title", f"{f.code} {f.name} (#{record} line {f.span.line})"))
            props = ",".join(f"{k}={_escape_property(str(v))}" for k, v in where)
            message = f.message + (f" Instead: {f.instead}" if f.instead else "")
            self.stream.write(f"::{_LEVEL[f.severity.value]} {props}::{_escape_data(message)}\n")


REPORTER = GithubReporter
