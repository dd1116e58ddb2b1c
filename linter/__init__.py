"""postlint: a quality linter for job postings and a generator of applicant checklists.

The Python API is the same engine the command line uses::

    import postlint

    postings = postlint.parse_text(text)                  # parsed postings with their facts
    findings = postlint.check_text(text, config={"select": ["PAY"]})
    findings = postlint.check_posting({"@type": "JobPosting", "title": ..., ...})  # a JobPosting mapping
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .engine.config import Config, Settings
    from .model import Finding, Posting


def _config(config: "Config | Settings | dict[str, Any] | None") -> "Config":
    from .engine.config import Config, Settings, validate

    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Settings):
        return Config(settings=config)
    return Config(settings=validate(dict(config), "config"))


def parse_text(text: str, path: str = "<text>", config: "Config | Settings | dict[str, Any] | None" = None) -> "list[Posting]":
    """Split and parse ``text`` into postings, with their facts extracted."""
    from .engine.engine import Engine

    engine = Engine(_config(config))
    return engine.check_text(text, path).postings


def check_text(text: str, config: "Config | Settings | dict[str, Any] | None" = None, path: str = "<text>") -> "list[Finding]":
    """Check ``text`` (one or more postings) and return the findings, sorted by position.

    ``config`` takes a dict of the same keys as ``[tool.postlint]`` (``{"select": ["PAY"]}``), a
    :class:`postlint.engine.config.Settings`, or a :class:`postlint.engine.config.Config`.
    """
    from .engine.engine import Engine

    return Engine(_config(config)).check_text(text, path).findings


def check_posting(posting: "dict[str, Any]", config: "Config | Settings | dict[str, Any] | None" = None,
                  path: str = "<posting>") -> "list[Finding]":
    """Check one schema.org ``JobPosting`` given as a mapping (a job board's database row, a parsed
    JSON-LD block): its fields are the posting (title, description, location, pay, dates) and the
    SCHEMA rules judge the data itself. Findings count lines in the posting text built from it
    (``# title``, one ``Label: value`` line per field, then the description).
    """
    import json

    from .engine.engine import Engine
    from .ingest.read import Source, read_json

    if not hasattr(posting, "keys"):
        raise TypeError(f"check_posting takes a mapping (a schema.org JobPosting), not {type(posting).__name__}")
    data = dict(posting)
    data.setdefault("@type", "JobPosting")
    source = Source(path, text=json.dumps(data, default=str))
    read_json(source)
    return Engine(_config(config)).check_source(source).findings


__all__ = ["__version__", "check_posting", "check_text", "parse_text"]
