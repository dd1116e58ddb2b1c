"""``--format json``: the versioned findings document (schema: docs/json-output.schema.json).

Written as a stream: the opening, one finding at a time, then the summary, so a batch of any size
never sits in memory as one document.
"""

from __future__ import annotations

import json

from .. import __version__
from ..engine.engine import FileResult
from ..model import Finding
from . import Reporter

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.message,
        "instead": f.instead,
        "path": f.path,
        "line": f.span.line,
        "column": f.span.column,
        "end_line": f.span.end_line,
        "end_column": f.span.end_column,
        "posting_index": f.posting_index,
        "posting_title": f.posting_title,
    }


class JsonReporter(Reporter):
    def start(self) -> None:
        head = {"version": SCHEMA_VERSION, "tool": {"name": "postlint", "version": __version__}}
        self.stream.write(json.dumps(head)[:-1] + ', "findings": [')
        self.first = True

    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            self.stream.write(("\n  " if self.first else ",\n  ") + json.dumps(finding_dict(f), ensure_ascii=False))
            self.first = False

    def finish(self) -> None:
        s = self.summary
        summary = {
            "files": s.files,
            "postings": s.postings,
            "findings": s.findings,
            "by_severity": {k: s.by_severity[k] for k in ("error", "warning", "info")},
            "by_code": dict(sorted(s.by_code.items())),
        }
        self.stream.write(f"\n], \"summary\": {json.dumps(summary)}}}\n")


REPORTER = JsonReporter
