"""``--format junit``: JUnit XML, which GitLab, Jenkins, Azure Pipelines and others show as test results.

Each checked file is a ``<testsuite>``; each finding is a failed ``<testcase>`` (every finding, as
ruff does, whatever ``--fail-on`` says; the exit code still follows ``--fail-on``); a file without
findings has one passing test case. Written as a stream, one file at a time.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from ..engine.engine import FileResult
from . import Reporter, split_record

# Characters XML 1.0 cannot hold at all (a posting may contain stray control characters).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _attr(value: object) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", str(value)))


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", value))


class JunitReporter(Reporter):
    def start(self) -> None:
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="postlint">\n')

    def file(self, result: FileResult) -> None:
        super().file(result)
        file, _ = split_record(result.path)
        failures = len(result.findings)
        self.stream.write(f'  <testsuite name={_attr(result.path)} tests="{max(failures, 1)}" failures="{failures}" '
                          f'errors="0" skipped="0">\n')
        if not result.findings:
            self.stream.write(f'    <testcase name="postlint" classname={_attr(result.path)} file={_attr(file)}/>\n')
        for f in result.findings:
            where = f"{f.path}:{f.span.line}:{f.span.column}"
            body = f"{where}: {f.code} [{f.severity.value}] {f.message}" + (f"\nInstead: {f.instead}" if f.instead else "")
            self.stream.write(
                f"    <testcase name={_attr(f'{f.code} {f.name} at {f.span.line}:{f.span.column}')} "
                f"classname={_attr(result.path)} file={_attr(file)} line=\"{f.span.line}\">\n"
                f"      <failure type={_attr(f.code)} message={_attr(f.message)}>{_text(body)}</failure>\n"
                "    </testcase>\n"
            )
        self.stream.write("  </testsuite>\n")

    def finish(self) -> None:
        self.stream.write("</testsuites>\n")


REPORTER = JunitReporter
