"""Settings from ``[tool.postlint]`` in pyproject.toml or a ``.postlint.toml``, plus CLI overrides.

Lookup walks up from the checked file's folder and takes the nearest file that has postlint
settings (``.postlint.toml`` wins over ``pyproject.toml`` in the same folder). ``--config FILE``
skips the lookup. Command-line flags override the file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..model import Severity
from ..rule.lazymodel import Field, LazyModel, is_validation_error

CONFIG_NAMES = (".postlint.toml", "pyproject.toml")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class ConfigError(Exception):
    """Bad configuration: the message names the file, the key and what is wrong."""


class Settings(LazyModel):
    # A LazyModel: plain values are checked without pydantic, which is imported (~60 ms) and its
    # validator built only for anything else; a run with no config takes the defaults as written.
    model_config = {"extra": "forbid", "alias_generator": _kebab, "populate_by_name": True}

    select: list[str] | None = Field(default=None, description="Codes or prefixes to run (replaces the default set)")
    extend_select: list[str] = Field(default_factory=list, description="Codes or prefixes added to the selection")
    ignore: list[str] = Field(default_factory=list, description="Codes or prefixes not to run")
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, description="Glob -> codes ignored in matching files")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Code or prefix -> severity override")
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict, description="Code -> rule options")
    fail_on: Severity = Severity.WARNING
    today: dt.date | None = None
    split: Literal["auto", "none"] = "auto"
    plugins: list[str] = Field(default_factory=list, description="Python files with local rules")
    max_file_size: int = Field(default=5 * 1024 * 1024, gt=0)
    date_order: Literal["MDY", "DMY"] = "MDY"
    hemisphere: Literal["north", "south"] = "north"
    jurisdictions: list[str] = Field(default_factory=list)
    infer_jurisdictions: bool = True
    exclude: list[str] = Field(default_factory=list, description="Globs of paths to skip when walking folders")


def default_settings() -> Settings:
    """The settings when nothing is configured: the field defaults, which are code (nothing to validate)."""
    return Settings.model_construct()


@dataclass(kw_only=True)
class Config:
    """Settings plus where they came from (relative paths in them are relative to ``root``)."""

    settings: Settings = field(default_factory=default_settings)
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)


_parsed: dict[tuple[Path, int, int], dict[str, Any]] = {}


def _read_toml(path: Path) -> dict[str, Any]:
    """``path`` parsed, once per version of the file: looking a config up (:func:`find_config`) and
    loading it read the same pyproject.toml (~1 ms a parse)."""
    status = path.stat()
    key = (path.resolve(), status.st_mtime_ns, status.st_size)
    data = _parsed.get(key)
    if data is None:
        data = _parsed[key] = tomllib.loads(path.read_text("utf-8"))
    return data


def _settings_table(path: Path) -> dict[str, Any] | None:
    try:
        data = _read_toml(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    tool = data.get("tool", {}).get("postlint")
    if tool is not None:
        return tool
    if path.name == "pyproject.toml":
        return None
    return data


def load_file(path: Path) -> Config:
    table = _settings_table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.postlint] table")
    return Config(settings=validate(table, str(path)), path=path, root=path.parent.resolve())


def validate(table: dict[str, Any], where: str) -> Settings:
    try:
        return Settings.model_validate(table)
    except Exception as exc:
        if not is_validation_error(exc):
            raise
        raise ConfigError(f"{where}: " + format_errors(exc)) from exc


def format_errors(exc: Any) -> str:
    """A pydantic ``ValidationError`` as one line per problem: ``location: message``."""
    parts = []
    for error in exc.errors():
        location = ".".join(str(p) for p in error["loc"]) or "(top level)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        parts.append(f"{location}: {message}")
    return "; ".join(parts)


_found: dict[Path, Path | None] = {}


def find_config(start: Path) -> Path | None:
    """The nearest config file with postlint settings, from ``start`` (a file or folder) upwards."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    visited = []
    result = None
    for candidate in (folder, *folder.parents):
        if candidate in _found:
            result = _found[candidate]
            break
        visited.append(candidate)
        hit = next((candidate / n for n in CONFIG_NAMES if _has_settings(candidate / n)), None)
        if hit is not None:
            result = hit
            break
    for folder in visited:
        _found[folder] = result
    return result


def _has_settings(path: Path) -> bool:
    if not path.is_file():
        return False
    if path.name == ".postlint.toml":
        return True
    try:
        return "postlint" in _read_toml(path).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def apply_overrides(settings: Settings, overrides: dict[str, Any]) -> Settings:
    """CLI flags over file settings: ``ignore`` and ``extend_select`` add to the file's lists;
    ``select`` starts the selection afresh, dropping the file's select, extend-select and ignore
    (as in ruff, a later layer's ``select`` wins over everything an earlier layer chose)."""
    if not any(_given(value) for value in overrides.values()):
        return settings
    data = settings.model_dump()
    if overrides.get("select"):
        data["extend_select"], data["ignore"] = [], []
    for key, value in overrides.items():
        if not _given(value):
            continue
        if key in ("ignore", "extend_select"):
            data[key] = list(data[key]) + list(value)
        else:
            data[key] = list(value) if isinstance(value, tuple) else value
    return Settings.model_validate(data)


def _given(value: Any) -> bool:
    """Whether a CLI flag was given: unset flags arrive as None or an empty tuple."""
    return not (value is None or value == () or value == [])
