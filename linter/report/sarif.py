"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers."""

from __future__ import annotations

import json
from pathlib import PurePath
from urllib.parse import quote

from .. import __version__
from ..engine.engine import FileResult
from . import Reporter

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a checked path: relative paths stay relative (viewers resolve them
    against the repository root); absolute ones become ``file:`` URIs, since a bare ``/abs/path``
    would be read as relative to the viewer's base."""
    if path in ("-", "<stdin>"):
        return "stdin"
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix())


class SarifReporter(Reporter):
    def start(self) -> None:
        self.rule_index: dict[str, int] = {}
        self.stream.write(f'{{"version": "2.1.0", "$schema": "{SCHEMA}", "runs": [{{"results": [')
        self.first = True

    def file(self, result: FileResult) -> None:
        super().file(result)
        for f in result.findings:
            index = self.rule_index.setdefault(f.code, len(self.rule_index))
            text = f.message + (f" Instead: {f.instead}" if f.instead else "")
            record = {
                "ruleId": f.code,
                "ruleIndex": index,
                "level": _LEVEL[f.severity.value],
                "message": {"text": text},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": artifact_uri(f.path)},
                        "region": {
                            "startLine": f.span.line,
                            "startColumn": f.span.column,
                            "endLine": f.span.end_line,
                            "endColumn": max(f.span.end_column, f.span.column),
                        },
                    }
                }],
            }
            if f.posting_index is not None:
                record["properties"] = {"postingIndex": f.posting_index, "postingTitle": f.posting_title}
            self.stream.write(("\n" if self.first else ",\n") + json.dumps(record, ensure_ascii=False))
            self.first = False

    def finish(self) -> None:
        rules = []
        for code in self.rule_index:  # dicts keep insertion order, which is the ruleIndex order
            if code not in self.registry:
                # A plugin rule loaded by another folder's config: describe it from its findings.
                rules.append({"id": code, "name": self.summary.names[code]})
                continue
            rule = self.registry[code]
            docs = rule.docs()
            rules.append({
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": docs.get("What it checks", rule.summary)},
                "help": {"text": "\n\n".join(f"{k}: {v}" for k, v in docs.items()) or rule.summary},
                "defaultConfiguration": {"level": _LEVEL[rule.severity.value], "enabled": rule.default_enabled},
            })
        driver = {"name": "postlint", "version": __version__, "semanticVersion": __version__, "rules": rules}
        self.stream.write(f'\n], "tool": {{"driver": {json.dumps(driver)}}}, "columnKind": "unicodeCodePoints"}}]}}\n')


REPORTER = SarifReporter
