"""Runs the selected rules over postings and applies selection, options, severities and suppressions.

Selection follows ruff: with no ``select`` the default-enabled rules run; ``select`` replaces that
set, ``extend-select`` adds to it, ``ignore`` takes away. Selectors are codes, prefixes ("PAY",
"PAY00") or "ALL"; between a selector that selects and one that ignores a rule, the more specific
(longer) one wins, and at equal length ignore wins. An explicit selector (a code, a prefix or ALL)
also turns on rules that are off by default.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from postlint.config import Config, ConfigError, Settings, format_errors
from postlint.extract import ExtractContext, extract_facts
from postlint.model import Finding, Posting, Severity, Span
from postlint.parse import parse_text
from postlint.read import Source, decode, read_path
from postlint.registry import Registry, load_registry
from postlint.rule import Rule, RuleOptions

_FILE_START = Span(line=1, column=1, end_line=1, end_column=1)


@dataclass
class FileResult:
    path: str
    postings: list[Posting] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # internal errors (a rule crashed): exit 2
    checked: int = 0  # postings checked; kept when ``postings`` is dropped to cross a process boundary
    new_file: bool = True  # False for the second and later records of one JSON Lines file


def is_selected(code: str, settings: Settings, default_enabled: bool) -> bool:
    """ruff-style selection of one code: the most specific matching selector decides."""
    best: tuple[int, bool] | None = None  # (specificity, selected)

    def consider(selectors: Iterable[str], selected: bool) -> None:
        nonlocal best
        for selector in selectors:
            selector = selector.strip().upper()
            if selector == "ALL":
                length = 0
            elif code.startswith(selector):
                length = len(selector)
            else:
                continue
            if best is None or length > best[0] or (length == best[0] and not selected):
                best = (length, selected)

    if settings.select is not None:
        consider(settings.select, True)
    consider(settings.extend_select, True)
    consider(settings.ignore, False)
    if best is None:
        return default_enabled and settings.select is None
    return best[1]


def unknown_selectors(selectors: Iterable[str], registry: Registry) -> list[str]:
    return [
        s for s in selectors
        if s.strip().upper() != "ALL" and not any(code.startswith(s.strip().upper()) for code in registry.rules)
    ]


class Engine:
    """Checks text and files against one configuration."""

    def __init__(self, config: Config | None = None, registry: Registry | None = None) -> None:
        self.config = config or Config()
        settings = self.settings = self.config.settings
        self.registry = registry or load_registry(settings.plugins, self.config.root)
        self._validate_selectors()
        self.active: list[tuple[Rule, RuleOptions, Severity]] = []
        for rule in self.registry.sorted():
            options = self._options(rule)
            if is_selected(rule.code, settings, rule.default_enabled):
                self.active.append((rule, options, self._severity(rule)))
        self.active_codes = {rule.code for rule, _, _ in self.active}
        self.context = ExtractContext(
            today=settings.today or dt.date.today(),
            date_order=settings.date_order,
            hemisphere=settings.hemisphere,
        )

    # -- configuration ----------------------------------------------------------------------------
    def _validate_selectors(self) -> None:
        s = self.settings
        where = str(self.config.path) if self.config.path else "settings"
        groups = {
            "select": s.select or [],
            "extend-select": s.extend_select,
            "ignore": s.ignore,
            "severity": list(s.severity),
            "rules": list(s.rules),
        }
        for pattern, codes in s.per_file_ignores.items():
            groups[f"per-file-ignores.{pattern}"] = codes
        for key, selectors in groups.items():
            unknown = unknown_selectors(selectors, self.registry)
            if unknown:
                raise ConfigError(
                    f"{where}: {key}: unknown rule code or prefix {', '.join(map(repr, unknown))} "
                    "(`postlint rules` lists them)"
                )
        for code in s.rules:
            if code.upper() not in self.registry:
                raise ConfigError(f"{where}: rules.{code}: options must name one full rule code")

    def _options(self, rule: Rule) -> RuleOptions:
        raw = self.settings.rules.get(rule.code, {})
        try:
            return rule.Options.model_validate(raw)
        except ValidationError as exc:
            where = str(self.config.path) if self.config.path else "settings"
            raise ConfigError(f"{where}: rules.{rule.code}: {format_errors(exc)}") from exc

    def _severity(self, rule: Rule) -> Severity:
        matches = [(len(k), v) for k, v in self.settings.severity.items() if rule.code.startswith(k.upper())]
        return max(matches, key=lambda m: m[0])[1] if matches else rule.severity

    def fails(self, finding: Finding) -> bool:
        return finding.severity.rank >= self.settings.fail_on.rank

    # -- checking ---------------------------------------------------------------------------------
    def check_path(self, path: str | Path) -> FileResult:
        source = read_path(path, self.settings.max_file_size)
        return self.check_source(source)

    def check_file(self, path: str | Path) -> Iterator[FileResult]:
        """One result per file, or one per record of a JSON Lines (``.jsonl``) file, streamed."""
        if str(path).lower().endswith(".jsonl"):
            try:
                stream = open(path, "rb")
            except OSError as exc:
                yield self.check_source(Source(str(path), problems=[("E001", f"cannot read file: {exc.strerror or exc}")]))
                return
            with stream:
                yield from self.check_jsonl(stream, str(path))
        else:
            yield self.check_path(path)

    def check_jsonl(self, stream: BinaryIO, path: str = "-") -> Iterator[FileResult]:
        """Check a JSON Lines stream one record at a time; each result is named ``path:#id``."""
        from postlint.jsonl import iter_records

        first = True
        for record in iter_records(stream, self.settings.max_file_size):
            result = self.check_source(Source(f"{path}:#{record.key}", text=record.text, problems=record.problems),
                                       split_mode="none", ignore_path=path)
            result.new_file, first = first, False
            yield result
        if first:  # no records at all: still one (empty) file
            yield self.check_source(Source(path, problems=[("E001", "file is empty: there is no posting to check")]))

    def check_bytes(self, data: bytes, path: str = "-") -> FileResult:
        return self.check_source(decode(path, data))

    def check_text(self, text: str, path: str = "<text>") -> FileResult:
        return self.check_source(Source(path, text=text.replace("\r\n", "\n").replace("\r", "\n")))

    def check_source(self, source: Source, split_mode: str | None = None, ignore_path: str | None = None) -> FileResult:
        result = FileResult(path=source.path)
        ignored = self._per_file_ignores(ignore_path or source.path)
        for code, message in source.problems:
            self._emit(result, self._engine_finding(code, message, _FILE_START), ignored)
        if not source.readable:
            return self._finish(result)
        postings = parse_text(source.text, source.path, split_mode or self.settings.split)
        result.postings = postings
        result.checked = len(postings)
        for posting in postings:
            for code, message in posting.problems:  # e.g. front matter that is not valid YAML
                start = Span(line=posting.span.line, column=1, end_line=posting.span.line, end_column=1)
                self._emit(result, self._engine_finding(code, message, start, posting), ignored)
            extract_facts(posting, self.context)
            findings = self._check_posting(posting, result)
            for finding in self._suppress(posting, findings, result):
                self._emit(result, finding, ignored)
        return self._finish(result)

    def _check_posting(self, posting: Posting, result: FileResult) -> list[Finding]:
        findings = []
        for rule, options, severity in self.active:
            try:
                for finding in rule.check(posting, options):
                    finding.severity = severity
                    finding.path = posting.path
                    finding.posting_index = posting.index
                    finding.posting_title = posting.title
                    findings.append(finding)
            except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the run
                result.errors.append(
                    f"{posting.path}: posting {posting.index}: rule {rule.code} crashed: {type(exc).__name__}: {exc}"
                )
        return findings

    def _suppress(self, posting: Posting, findings: list[Finding], result: FileResult) -> list[Finding]:
        if not posting.suppressions:
            return findings
        for directive in posting.suppressions:
            unknown = [c for c in directive.codes if not any(code.startswith(c) for code in self.registry.rules)]
            if unknown:
                span = Span(line=directive.line, column=1, end_line=directive.line,
                            end_column=len(posting.line_text(directive.line)) + 1)
                finding = self._engine_finding(
                    "E003",
                    f"suppression names unknown code {', '.join(unknown)}: it suppresses nothing",
                    span,
                    posting,
                )
                if finding is not None:
                    findings.append(finding)
        kept = []
        for finding in findings:
            hit = next(
                (d for d in posting.suppressions
                 if (d.whole_file or d.first_line <= finding.span.line <= d.last_line)
                 and (not d.codes or any(finding.code.startswith(c) for c in d.codes))
                 and finding.code != "E003"),
                None,
            )
            if hit is None:
                kept.append(finding)
            else:
                hit.used = True
        return kept

    def _engine_finding(self, code: str, message: str, span: Span, posting: Posting | None = None) -> Finding | None:
        if code not in self.active_codes:
            return None
        rule, _, severity = next(entry for entry in self.active if entry[0].code == code)
        instead = rule.docs().get("Instead")
        return Finding(
            code=code, name=rule.name, severity=severity, message=message, instead=instead, span=span,
            posting_index=posting.index if posting else None, posting_title=posting.title if posting else None,
        )

    def _emit(self, result: FileResult, finding: Finding | None, ignored: list[str]) -> None:
        if finding is None or any(finding.code.startswith(code) for code in ignored):
            return
        finding.path = result.path
        result.findings.append(finding)

    def _per_file_ignores(self, path: str) -> list[str]:
        if not self.settings.per_file_ignores:
            return []
        try:
            relative = Path(path).resolve().relative_to(self.config.root).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        name = Path(path).name
        codes = []
        for pattern, pattern_codes in self.settings.per_file_ignores.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern):
                codes.extend(c.upper() for c in pattern_codes)
        return codes

    @staticmethod
    def _finish(result: FileResult) -> FileResult:
        result.findings.sort(key=Finding.sort_key)
        return result
