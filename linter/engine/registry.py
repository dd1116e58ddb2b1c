"""Where rules come from: the built-in families, ``postlint.rules`` entry points, local plugin files.

Two rules with the same code are an error, wherever they come from.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from ..rule.rule import Rule

ENTRY_POINT_GROUP = "postlint.rules"


class RegistryError(Exception):
    """A rule could not be loaded or registered; the message says which and why."""


class Registry:
    def __init__(self) -> None:
        self.rules: dict[str, Rule] = {}
        self.origins: dict[str, str] = {}

    def add(self, rule_class: type[Rule], origin: str) -> None:
        problems = rule_class.validate_definition()
        if problems:
            raise RegistryError(f"invalid rule from {origin}: " + "; ".join(problems))
        code = rule_class.code
        if code in self.rules:
            raise RegistryError(
                f"duplicate rule code {code}: {self.origins[code]} and {origin} both define it; "
                "rename one of them or uninstall one plugin"
            )
        self.rules[code] = rule_class()
        self.origins[code] = origin

    def add_module(self, module: ModuleType, origin: str | None = None) -> None:
        for rule_class in rules_in(module):
            self.add(rule_class, origin or f"{module.__name__}.{rule_class.__name__}")

    def sorted(self) -> list[Rule]:
        return [self.rules[code] for code in sorted(self.rules, key=_code_key)]

    def __contains__(self, code: str) -> bool:
        return code in self.rules

    def __getitem__(self, code: str) -> Rule:
        return self.rules[code]


def _code_key(code: str) -> tuple[int, str]:
    # Engine codes (E001...) first, then families alphabetically.
    return (0 if code.startswith("E") else 1, code)


def rules_in(module: ModuleType) -> list[type[Rule]]:
    """Rule classes defined in ``module`` (not imported into it), in source order.

    A module's namespace keeps the order in which its names were first bound, which for classes is
    the order of their definitions; reading the source (inspect.getsourcelines) to sort them cost
    several milliseconds per rule at every start.
    """
    return [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, Rule) and obj is not Rule
        and obj.__module__ == module.__name__ and isinstance(getattr(obj, "code", None), str)
    ]


def builtin_registry() -> Registry:
    from ..rules import BUILTIN_MODULES

    registry = Registry()
    for name in BUILTIN_MODULES:
        registry.add_module(importlib.import_module(f"postlint.rules.{name}"))
    return registry


def load_registry(plugins: Iterable[str | Path] = (), base_dir: Path | None = None, entry_points: bool = True) -> Registry:
    registry = builtin_registry()
    if entry_points:
        _add_entry_points(registry)
    for plugin in plugins:
        _add_plugin_file(registry, Path(plugin) if base_dir is None else base_dir / plugin)
    return registry


def _add_entry_points(registry: Registry) -> None:
    if not _may_declare_entry_points():
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        origin = f"entry point {ep.name} ({ep.value})"
        try:
            loaded = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin is reported, not a traceback
            raise RegistryError(f"cannot load {origin}: {type(exc).__name__}: {exc}") from exc
        _add_loaded(registry, loaded, origin)


def _may_declare_entry_points() -> bool:
    """Whether an installed distribution may declare ``postlint.rules`` entry points.

    Importing importlib.metadata and asking it costs ~15 ms, a tenth of a one-file check, and
    nearly every environment has no plugin. So first look where importlib.metadata's path finder
    looks, the ``*.dist-info``/``*.egg-info`` folders on sys.path, for an entry_points.txt naming
    the group (~1 ms). Anything this scan cannot read (a zip on sys.path, a custom distribution
    finder) answers "maybe", and importlib.metadata decides."""
    from importlib.machinery import PathFinder

    if any(hasattr(finder, "find_distributions") and finder is not PathFinder for finder in sys.meta_path):
        return True
    marker = f"[{ENTRY_POINT_GROUP}]"
    for entry in sys.path:
        folder = entry or "."
        if not os.path.isdir(folder):
            if os.path.exists(folder):
                return True  # a zip or egg file: only importlib.metadata reads those
            continue
        try:
            with os.scandir(folder) as children:
                names = [c.path for c in children if c.name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            return True
        for name in names:
            try:
                with open(os.path.join(name, "entry_points.txt"), encoding="utf-8", errors="replace") as handle:
                    if marker in handle.read():
                        return True
            except OSError:
                continue  # no entry points, or an .egg-info file rather than a folder
    return False


def _add_loaded(registry: Registry, loaded: object, origin: str) -> None:
    if inspect.ismodule(loaded):
        registry.add_module(loaded, origin)
    elif inspect.isclass(loaded) and issubclass(loaded, Rule):
        registry.add(loaded, origin)
    elif isinstance(loaded, (list, tuple)) and all(inspect.isclass(c) and issubclass(c, Rule) for c in loaded):
        for rule_class in loaded:
            registry.add(rule_class, origin)
    else:
        raise RegistryError(f"{origin} is not a Rule class, a list of them, or a module of them")


def _add_plugin_file(registry: Registry, path: Path) -> None:
    if not path.is_file():
        raise RegistryError(f"plugin file not found: {path}")
    name = f"postlint_plugin_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RegistryError(f"cannot import plugin file {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # noqa: BLE001
        raise RegistryError(f"plugin file {path} failed to import: {type(exc).__name__}: {exc}") from exc
    registry.add_module(module, f"plugin file {path}")
