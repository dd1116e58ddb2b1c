"""``--format json``: the versioned findings document (schema: docs/json-output.schema.json).

Written as a stream: the opening, one finding at a time, then the summary, so a batch of any size
never sits in memory as one document.
"""

from __future__ import annotations

import json

from .. import __version__
from ..engine.engine import FileResult
from . import Reporter

SCHEMA_VERSION = 1


class JsonReporter(Reporter):
    def start(self) -> None:
        head = {"version": SCHEMA_VERSION, "tool": {"name": "postlint", "version": __version__}}
        self.stream.write(json.dumps(head)[:-1] + ', "findings": [')
        self.first = True

    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            self.stream.write(("\n  " if self.first else ",\n  ") + json.dumps(f.to_dict(), ensure_ascii=False))
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
