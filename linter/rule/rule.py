"""The rule contract.

A rule is a small class in a family module of ``postlint.rules``::

    class OpenEndedRange(Rule):
        \"\"\"What it checks: ...
        Why it matters: ...
        Example: ...
        Instead: ...\"\"\"

        code, name, severity = "PAY003", "open-ended-range", Severity.WARNING
        summary = "Pay range has only one bound"

        def check(self, posting, options):
            for pay in posting.facts.pay:
                if pay.open_ended:
                    yield self.finding(pay.span, "...", instead="...")

``check`` is pure: no I/O, no global state, deterministic. Options are declared like a pydantic
model (see ``postlint.rule.lazymodel``) and validated as pydantic validates them; their fields are set from
``[tool.postlint.rules.CODE]`` (kebab-case keys); unknown keys are an error.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from typing import ClassVar

from ..model import Finding, Posting, SectionKind, Severity, Span
from .lazymodel import Field, LazyModel

CODE_PATTERN = re.compile(r"^[A-Z]{1,8}\d{3}$")
DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Instead")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


__all__ = ["Field", "Rule", "RuleOptions", "WRITTEN_ZONES"]

# The zones a recruiter writes about this job: every section kind but legal notices (equal
# opportunity, privacy: fixed wording) and the application questionnaire (questions and answers,
# not statements about the job). Rules that judge how the posting is written read only these.
WRITTEN_ZONES: frozenset[SectionKind] = frozenset(SectionKind) - {SectionKind.NOTICES, SectionKind.QUESTIONS}


class RuleOptions(LazyModel):
    """Base for a rule's options: kebab-case keys in config, unknown keys rejected, read-only.

    Declared like a pydantic model; pydantic is imported and the validator built only when a
    config sets options (``postlint.rule.lazymodel``). A run without configured options takes the
    defaults as written (``model_construct``), so an Options class must not use validators to
    compute defaults (a test compares both ways for every rule)."""

    model_config = {"extra": "forbid", "alias_generator": _kebab, "populate_by_name": True, "frozen": True}


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    default_enabled: ClassVar[bool] = True
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    # The zones (section kinds) the rule reads: the engine drops its findings inside other zones.
    # None: the whole posting. Findings outside every section (the title) are always kept.
    zones: ClassVar[frozenset[SectionKind] | None] = None

    def check(self, posting: Posting, options: RuleOptions) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, span: Span, message: str, instead: str | None = None) -> Finding:
        return Finding(code=self.code, name=self.name, severity=self.severity, message=message, instead=instead, span=span)

    @classmethod
    def docs(cls) -> dict[str, str]:
        """The docstring's sections, keyed by heading ("What it checks", ...)."""
        return dict(_doc_sections(cls.__doc__ or ""))

    @classmethod
    def validate_definition(cls) -> list[str]:
        """Problems with the class as a rule (used by the registry and the tests)."""
        problems = []
        for attr in ("code", "name", "summary"):
            if not isinstance(getattr(cls, attr, None), str):
                problems.append(f"{cls.__name__}: missing `{attr}`")
        if isinstance(getattr(cls, "code", None), str) and not CODE_PATTERN.match(cls.code):
            problems.append(f"{cls.__name__}: code {cls.code!r} is not a prefix and three digits")
        if not isinstance(cls.severity, Severity):
            problems.append(f"{cls.__name__}: severity must be a Severity")
        if not _is_options_class(cls.Options):
            problems.append(f"{cls.__name__}: Options must subclass RuleOptions (or be a pydantic model)")
        return problems


def _is_options_class(value: object) -> bool:
    if not isinstance(value, type):
        return False
    if issubclass(value, LazyModel):
        return True
    # A plain pydantic model still works (it has model_construct/model_validate); pydantic is
    # then already imported by the module that defined it.
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and issubclass(value, pydantic.BaseModel)


@functools.lru_cache(maxsize=None)
def _doc_sections(docstring: str) -> tuple[tuple[str, str], ...]:
    # Cached: the engine asks for a rule's "Instead" on every engine finding (E001...).
    doc = _dedent(docstring)
    pattern = re.compile(r"^(%s):\s*" % "|".join(re.escape(h) for h in DOC_SECTIONS), re.M)
    marks = list(pattern.finditer(doc))
    sections = {}
    for mark, following in zip(marks, marks[1:] + [None]):
        end = following.start() if following else len(doc)
        sections[mark.group(1)] = doc[mark.end() : end].strip()
    return tuple(sections.items())


def _dedent(doc: str) -> str:
    import inspect

    return inspect.cleandoc(doc)
