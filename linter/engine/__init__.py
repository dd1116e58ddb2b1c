"""The rule machinery: configuration, the rule registry, and the engine that runs one file
through the stages (read -> split -> parse -> extract -> rules -> suppressions).

``config`` reads ``[tool.postlint]`` / ``.postlint.toml``; ``registry`` finds the built-in rules,
entry-point rule packs and local plugins; ``engine`` selects rules, runs them and applies
severities and suppressions; ``batch`` checks many files (one engine per config file, ``--jobs``).

May import: ``postlint.rules``, ``postlint.rule``, ``postlint.extract``, ``postlint.ingest``,
``postlint.model``, ``postlint.scan``. Never the CLI, the reporters or the checklist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config, ConfigError, Settings

if TYPE_CHECKING:
    from .engine import Engine, FileResult


def __getattr__(name: str) -> Any:
    # Engine loads every extractor and the parser (~40 ms); the CLI imports this package for its
    # config at start, and `postlint --version` or `postlint rule` never need an engine.
    if name in ("Engine", "FileResult"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Config", "ConfigError", "Engine", "FileResult", "Settings"]
