"""``--format gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON array of issues with the fields GitLab requires: ``description``, ``check_name``,
``fingerprint`` (stable when lines shift above the finding; see :func:`postlint.report.fingerprint`),
``severity`` (``info``, ``minor``, ``major``, ``critical`` or ``blocker``) and ``location`` with
``path`` (relative to the repository) and ``lines.begin``. Written as a stream.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from ..engine.engine import FileResult
from . import Reporter, fingerprint, split_record

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def relative_path(path: str, cwd: Path) -> str:
    """``path`` relative to the folder postlint ran in (the repository in CI), when it is inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(cwd).as_posix()
    except ValueError:
        return absolute.as_posix()


class GitlabReporter(Reporter):
    def start(self) -> None:
        self.cwd = Path.cwd()
        self.stream.write("[")
        self.first = True

    def file(self, result: FileResult) -> None:
        super().file(result)
        postings = {p.index: p for p in result.postings}
        seen: Counter = Counter()
        for f in result.findings:
            posting = postings.get(f.posting_index)
            line_text = posting.line_text(f.span.line) if posting is not None else ""
            file, record = split_record(f.path)
            description = f"{f.code} {f.message}" + (f" Instead: {f.instead}" if f.instead else "")
            if record is not None:
                # Lines inside a record's posting text are not lines of the .jsonl file.
                description = f"#{record} line {f.span.line}: {description}"
            path = "stdin" if file == "-" else relative_path(file, self.cwd)
            issue = {
                "type": "issue",
                "check_name": f.code,
                "description": description,
                "categories": ["Style"],
                "severity": SEVERITY[f.severity.value],
                "fingerprint": fingerprint(f, line_text, seen, f"{path}#{record or ''}"),
                "location": {
                    "path": path,
                    "lines": {"begin": 1 if record is not None else f.span.line},
                },
            }
            self.stream.write(("\n  " if self.first else ",\n  ") + json.dumps(issue, ensure_ascii=False))
            self.first = False

    def finish(self) -> None:
        self.stream.write("\n]\n")


REPORTER = GitlabReporter
