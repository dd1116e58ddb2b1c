"""Settings from ``[tool.postlint]`` in pyproject.toml or a ``.postlint.toml``, plus CLI overrides.

Lookup walks up from the checked file's folder and takes the nearest file that has postlint
settings (``.postlint.toml`` wins over ``pyproject.toml`` in the same folder). ``--config FILE``
skips the lookup. Command-line flags override the file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
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
    # File selection, as in ruff: gitignore-style patterns relative to the config file's folder.
    include: list[str] | None = Field(default=None, description="Patterns of files a folder walk checks (default: posting file types)")
    exclude: list[str] | None = Field(default=None, description="Patterns never checked (replaces the default list)")
    extend_exclude: list[str] = Field(default_factory=list, description="Patterns never checked, added to exclude")
    force_exclude: bool = Field(default=False, description="Apply exclude to files named on the command line too")
    respect_gitignore: bool = Field(default=True, description="Skip what .gitignore ignores when walking folders")
    extend: str | None = Field(default=None, description="A base config file this one builds on")
    # Job-board feeds (postlint.ingest.feeds): field maps added to or extending the built-in ones
    # (postlint/data/feeds.toml), checked when a feed is read; and a system every feed is read as.
    feeds: dict[str, dict[str, Any]] = Field(default_factory=dict, description="Feed name -> field map")
    format_in: str | None = Field(default=None, description="Read inputs as this feed system (or text, jsonl)")


def default_settings() -> Settings:
    """The settings when nothing is configured: the field defaults, which are code (nothing to validate)."""
    return Settings.model_construct()


@dataclass(kw_only=True)
class Config:
    """Settings plus where they came from (relative paths in them are relative to ``root``).

    ``excludes`` and ``include`` keep each pattern list with the folder of the file that set it, so
    a base config's patterns (``extend``) stay relative to the base file: ``excludes`` is None
    when no file set ``exclude`` (the defaults apply), then ``extend-exclude`` lists add to it.
    """

    settings: Settings = field(default_factory=default_settings)  # or a dict of [tool.postlint] keys
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    excludes: list[tuple[Path, list[str]]] | None = None
    extend_excludes: list[tuple[Path, list[str]]] = field(default_factory=list)
    include: tuple[Path, list[str]] | None = None

    def __post_init__(self) -> None:
        if isinstance(self.settings, Mapping):  # the Python API: Config(settings={"select": ["PAY"]})
            self.settings = validate(dict(self.settings), "settings")
        # Settings given directly (the Python API) carry their patterns relative to ``root``.
        s = self.settings
        if self.excludes is None and s.exclude is not None:
            self.excludes = [(self.root, list(s.exclude))]
        if not self.extend_excludes and s.extend_exclude:
            self.extend_excludes = [(self.root, list(s.extend_exclude))]
        if self.include is None and s.include is not None:
            self.include = (self.root, list(s.include))


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


def load_file(path: Path, _chain: tuple[Path, ...] = ()) -> Config:
    table = _settings_table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.postlint] table")
    settings = validate(table, str(path))
    config = Config(settings=settings, path=path, root=path.parent.resolve())
    if settings.extend is None:
        return config
    base_path = (config.root / Path(settings.extend).expanduser()).resolve()
    if base_path in _chain or base_path == path.resolve():
        raise ConfigError(f"{path}: extend: {settings.extend!r} extends itself in a loop")
    if not base_path.is_file():
        raise ConfigError(f"{path}: extend: no such file {str(base_path)!r}")
    base = load_file(base_path, (*_chain, path.resolve()))
    return _layer(base, config, table)


# Keys whose list values add to the base config's, as the command line's --ignore adds to the file's.
_ADDING = ("extend_select", "ignore")
# Tables merged key by key (the extending file wins per key).
_TABLES = ("per_file_ignores", "severity", "rules", "feeds")


def _layer(base: Config, top: Config, table: dict[str, Any]) -> Config:
    """``top`` (a config file with ``extend``) over its ``base``, as ruff layers them: keys the top
    file sets replace the base's, ``ignore`` and ``extend-select`` add to them, ``select`` starts the
    selection afresh, tables merge per key. Paths keep the folder of the file that wrote them."""
    given = {_snake(key) for key in table} - {"extend"}
    data = base.settings.model_dump()
    data["plugins"] = [str((base.root / p).resolve()) for p in base.settings.plugins]
    top_data = top.settings.model_dump()
    if "select" in given:
        data["extend_select"], data["ignore"] = [], []
    for key in given:
        if key in _ADDING:
            data[key] = list(data[key]) + list(top_data[key])
        elif key in _TABLES:
            data[key] = {**data[key], **top_data[key]}
        elif key not in ("exclude", "extend_exclude", "include"):
            data[key] = top_data[key]
    data["extend"] = None
    merged = Config(settings=validate(data, str(top.path)), path=top.path, root=top.root,
                    excludes=base.excludes, extend_excludes=list(base.extend_excludes), include=base.include)
    s = top.settings
    if "exclude" in given:
        merged.excludes = [(top.root, list(s.exclude or []))]
    if "extend_exclude" in given:
        merged.extend_excludes.append((top.root, list(s.extend_exclude)))
    if "include" in given:
        merged.include = (top.root, list(s.include or []))
    merged.settings.exclude = [p for _, patterns in merged.excludes or [] for p in patterns] if merged.excludes is not None else None
    merged.settings.extend_exclude = [p for _, patterns in merged.extend_excludes for p in patterns]
    merged.settings.include = merged.include[1] if merged.include else None
    return merged


def _snake(key: str) -> str:
    return key.replace("-", "_")


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
