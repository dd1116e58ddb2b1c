"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

What code scanning needs to show and track findings well:

- ``tool.driver.informationUri`` and, per rule, ``helpUri`` and ``help`` (text and Markdown) made
  from the rule's docstring, so an alert explains itself.
- ``partialFingerprints``: a hash of the rule, the file, the flagged line's text and the flagged
  words, plus how many identical findings came before in the file. It does not hold the line
  number, so a finding keeps its fingerprint (and its alert) when lines are added above it.
- Artifact URIs relative to ``%SRCROOT%`` (the folder postlint ran in, given in
  ``originalUriBaseIds``): the repository-relative paths code scanning matches against its checkout.
- A JSON Lines record's findings point at the ``.jsonl`` file (a file, not ``jobs.jsonl:#42``);
  the record and the line and column inside its posting text are in the result's properties.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path, PurePath
from urllib.parse import quote

from .. import __version__
from ..engine.engine import FileResult
from . import Reporter, fingerprint, split_record

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Where postlint lives; the same URL is [project.urls] Homepage in pyproject.toml (a test checks).
PROJECT_URL = "https://github.com/postlint/postlint"
RULES_URL = f"{PROJECT_URL}/blob/main/docs/rules.md"
SRCROOT = "%SRCROOT%"
FINGERPRINT_KEY = "postlint/v1"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_location(path: str, cwd: Path) -> dict:
    """An ``artifactLocation`` for a checked file: relative to %SRCROOT% when it is under the folder
    postlint ran in, else an absolute ``file:`` URI (a bare ``/abs/path`` would be read as relative
    to the viewer's base)."""
    if path in ("-", "<stdin>", "<text>"):
        return {"uri": "stdin"}
    pure = PurePath(path)
    absolute = Path(os.path.abspath(path))
    if pure.is_absolute() or ".." in pure.parts:
        try:
            pure = absolute.relative_to(cwd)
        except ValueError:
            return {"uri": absolute.as_uri()}
    return {"uri": quote(pure.as_posix()), "uriBaseId": SRCROOT}


def help_markdown(docs: dict[str, str], summary: str) -> str:
    return "\n\n".join(f"**{heading}**\n\n{body}" for heading, body in docs.items()) or summary


class SarifReporter(Reporter):
    def start(self) -> None:
        self.rule_index: dict[str, int] = {}
        self.cwd = Path.cwd()
        self.stream.write(f'{{"version": "2.1.0", "$schema": "{SCHEMA}", "runs": [{{"results": [')
        self.first = True

    def file(self, result: FileResult) -> None:
        super().file(result)
        postings = {p.index: p for p in result.postings}
        seen: Counter = Counter()
        for f in result.findings:
            index = self.rule_index.setdefault(f.code, len(self.rule_index))
            text = f.message + (f" Instead: {f.instead}" if f.instead else "")
            posting = postings.get(f.posting_index)
            line_text = posting.line_text(f.span.line) if posting is not None else ""
            file, record = split_record(f.path)
            artifact = artifact_location(file, self.cwd)
            physical: dict = {"artifactLocation": artifact}
            properties: dict = {}
            if record is None:
                physical["region"] = {
                    "startLine": f.span.line,
                    "startColumn": f.span.column,
                    "endLine": f.span.end_line,
                    "endColumn": max(f.span.end_column, f.span.column),
                }
            else:
                # Lines inside a record's posting text are not lines of the .jsonl file.
                properties.update(record=record, recordLine=f.span.line, recordColumn=f.span.column)
            location: dict = {"physicalLocation": physical}
            if record is not None:
                location["logicalLocations"] = [{"name": f"#{record}", "fullyQualifiedName": f.path, "kind": "object"}]
            record_json = {
                "ruleId": f.code,
                "ruleIndex": index,
                "level": _LEVEL[f.severity.value],
                "message": {"text": text},
                "locations": [location],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f, line_text, seen, f"{artifact['uri']}#{record or ''}")},
            }
            if f.posting_index is not None:
                properties.update(postingIndex=f.posting_index, postingTitle=f.posting_title)
            if properties:
                record_json["properties"] = properties
            self.stream.write(("\n" if self.first else ",\n") + json.dumps(record_json, ensure_ascii=False))
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
                "helpUri": f"{RULES_URL}#{code.lower()}",
                "help": {
                    "text": "\n\n".join(f"{k}: {v}" for k, v in docs.items()) or rule.summary,
                    "markdown": help_markdown(docs, rule.summary),
                },
                "defaultConfiguration": {"level": _LEVEL[rule.severity.value], "enabled": rule.default_enabled},
            })
        driver = {"name": "postlint", "version": __version__, "semanticVersion": __version__,
                  "informationUri": PROJECT_URL, "rules": rules}
        bases = {SRCROOT: {"uri": self.cwd.as_uri().rstrip("/") + "/",
                           "description": {"text": "The folder postlint ran in"}}}
        self.stream.write(f'\n], "tool": {{"driver": {json.dumps(driver)}}}, '
                          f'"originalUriBaseIds": {json.dumps(bases)}, "columnKind": "unicodeCodePoints"}}]}}\n')


REPORTER = SarifReporter
