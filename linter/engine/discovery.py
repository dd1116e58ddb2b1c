"""Which files ``postlint check`` reads: folder walks, ``include``/``exclude``, ``.gitignore``.

File selection works as in ruff:

- Files named on the command line are checked as given, unless ``force-exclude`` is on and an
  ``exclude`` pattern matches them (pre-commit passes every staged file by name, so its hook runs
  with ``--force-exclude``).
- A folder walk checks the files ``include`` matches (default: the posting file types, and files
  without an extension when they hold text), minus what ``exclude`` + ``extend-exclude`` match
  and, inside a git repository, what ``.gitignore`` files and ``.git/info/exclude`` ignore.
  Every file or folder a walk leaves out is reported with the reason.
- Patterns are gitignore patterns relative to the folder of the config file that sets them:
  ``drafts/`` is any folder named drafts, ``/drafts/`` only the one next to the config file,
  ``*.bak.md`` any file whose name ends so.
- ``exclude`` replaces :data:`DEFAULT_EXCLUDE`; ``extend-exclude`` adds to it. The defaults name
  hidden files and folders, tool folders, and README, LICENSE, CHANGELOG ... as whole names.

User patterns are matched with pathspec's ``GitIgnoreSpec`` (git's own matching rules, negations
and all), imported only when a folder is walked or a configured pattern has to be tried: it costs
~10 ms, a fifth of a one-file check. The default list holds only single-name patterns, which match
a path when they match one of its parts (``fnmatch.fnmatchcase``, as gitignore does for patterns
without a slash); a test checks that this agrees with pathspec.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..ingest.read import POSTING_SUFFIXES, is_binary
from .config import Config

# Files every repository has that are not postings, and folders of tools and copies. The names are
# whole names (README, README.md), not prefixes: postings are named after jobs, and "SECURITY-AIDE",
# "LICENSED-VOCATIONAL-NURSE" or "CHANGE-MANAGER" are jobs (the first two are real postings' names).
_REPOSITORY_FILES = ("LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "CODE_OF_CONDUCT",
                     "SECURITY")
DEFAULT_EXCLUDE = (
    ".*",  # hidden files and folders: .git/, .github/, .venv/, .pre-commit-config.yaml ...
    ".github/",
    "README", "README[-_.]*", "readme", "readme.*", "Readme", "Readme.*",  # README-fr.md, README_zh.md
    *(pattern for name in _REPOSITORY_FILES
      for spelling in dict.fromkeys((name, name.lower(), name.title()))
      for pattern in (spelling, f"{spelling}.*")),
    "LICENSE-MIT*", "LICENSE-APACHE*",  # the Rust convention
    "node_modules/", "venv/", "site-packages/", "__pycache__/",
)

SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def _parts_match(patterns: tuple[str, ...], parts: tuple[str, ...], is_dir: bool) -> str | None:
    """The first single-name gitignore pattern matching one of ``parts`` (a relative path's names)."""
    for pattern in patterns:
        dir_only = pattern.endswith("/")
        name = pattern.rstrip("/")
        names = parts if (is_dir or not dir_only) else parts[:-1]
        if any(fnmatch.fnmatchcase(part, name) for part in names):
            return pattern
    return None


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]):
    import pathspec  # only for walks and configured patterns (see the module docstring)

    return pathspec.GitIgnoreSpec.from_lines(patterns)


def _relative(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` as a posix string, or None when it is not under ``root``."""
    absolute = Path(os.path.abspath(path))
    for candidate in (absolute, absolute.resolve()):
        try:
            return candidate.relative_to(root).as_posix()
        except ValueError:
            continue
    return None


def _match(root: Path, patterns: list[str], path: Path, is_dir: bool) -> str | None:
    """The pattern (of ``patterns``, relative to ``root``) that matches ``path``, if any."""
    relative = _relative(path, root)
    if relative is None:
        # Outside the config's folder only patterns without a slash (names) can apply.
        relative = Path(os.path.abspath(path)).name
        patterns = [p for p in patterns if "/" not in p.rstrip("/")]
    if not patterns or relative in ("", "."):
        return None
    result = _spec(tuple(patterns)).check_file(relative + ("/" if is_dir else ""))
    if result.include and result.index is not None:
        return patterns[result.index]
    return None


def excluded_by(config: Config, path: Path, is_dir: bool = False, below: Path | None = None) -> str | None:
    """Why ``path`` is excluded by ``config`` (the pattern and where it comes from), or None.

    The default names are tried on the parts of the path below ``below`` (a walked folder: the
    folders above it were named by the user) or else below the config's folder.
    """
    if config.excludes is None:
        relative = _relative(path, below or config.root)
        if relative is None:  # outside: its own name only (absolute, so `..` is a real name)
            relative = Path(os.path.abspath(path)).name
        parts = tuple(part for part in relative.split("/") if part not in ("", "."))
        hit = _parts_match(DEFAULT_EXCLUDE, parts, is_dir)
        if hit is not None:
            return f"excluded by default ({hit})"
    else:
        for root, patterns in config.excludes:
            hit = _match(root, patterns, path, is_dir)
            if hit is not None:
                return f"excluded by exclude pattern {hit!r}"
    for root, patterns in config.extend_excludes:
        hit = _match(root, patterns, path, is_dir)
        if hit is not None:
            return f"excluded by extend-exclude pattern {hit!r}"
    return None


def _included(config: Config, path: Path) -> str | None:
    """None when a walk should check ``path``; otherwise why not."""
    if config.include is not None:
        root, patterns = config.include
        if _match(root, patterns, path, False) is None:
            return "not matched by include"
    elif path.suffix and path.suffix.lower() not in POSTING_SUFFIXES:
        return f"not a posting file type ({path.suffix})"
    if not path.suffix or config.include is not None:
        # Files without an extension are read as text when they are text; sniff the rest too when
        # include chose them, since a pattern like `postings/**` takes images as well.
        try:
            with open(path, "rb") as stream:
                sample = stream.read(SNIFF_BYTES)
        except OSError as exc:
            return f"cannot read: {exc.strerror or exc}"
        if is_binary(sample):
            return "binary file, not text"
    return None


class _GitIgnores:
    """What git ignores inside one work tree: .gitignore files (deeper ones first) and then
    .git/info/exclude (the user's global excludes file is not read)."""

    def __init__(self, top: Path) -> None:
        self.top = top
        self.specs: dict[Path, object | None] = {}

    @staticmethod
    def top_of(folder: Path) -> Path | None:
        for candidate in (folder, *folder.parents):
            if (candidate / ".git").exists():
                return candidate
        return None

    def _spec_of(self, file: Path):
        if file not in self.specs:
            try:
                lines = file.read_text("utf-8", errors="replace").splitlines()
            except OSError:
                lines = []
            self.specs[file] = _spec(tuple(lines)) if lines else None
        return self.specs[file]

    def ignored_by(self, path: Path, is_dir: bool) -> str | None:
        """Which file ignores ``path``: in each file the last matching line decides (``!pattern``
        re-includes), and the deepest file with a matching line wins."""
        sources = []
        folder = path.parent
        while True:
            sources.append((folder, folder / ".gitignore"))
            if folder == self.top or folder == folder.parent:
                break
            folder = folder.parent
        sources.append((self.top, self.top / ".git" / "info" / "exclude"))
        for base, file in sources:
            spec = self._spec_of(file)
            if spec is None:
                continue
            result = spec.check_file(path.relative_to(base).as_posix() + ("/" if is_dir else ""))
            if result.include is not None:
                return f"ignored by {file.relative_to(self.top).as_posix()}" if result.include else None
        return None


def walk(root: Path, config_for: Callable[[Path], Config]) -> Iterator[Path | Skipped]:
    """The files to check under folder ``root``, and every file or folder left out, with why.

    ``config_for(path)`` gives the configuration that governs a path (the nearest config file).
    Paths are shown as ``root`` joined with the part below it.
    """
    absolute = Path(os.path.abspath(root))
    top = _GitIgnores.top_of(absolute)
    gitignores = _GitIgnores(top) if top is not None else None

    def reason(path: Path, is_dir: bool) -> str | None:
        if is_dir and path.name == ".git":
            return "git's own folder"  # whatever exclude says
        config = config_for(path)
        why = excluded_by(config, path, is_dir, below=absolute)
        if why is None and gitignores is not None and config.settings.respect_gitignore:
            why = gitignores.ignored_by(path, is_dir)
        if why is None and not is_dir:
            why = _included(config, path)
        return why

    for dirpath, dirnames, filenames in os.walk(absolute):
        folder = Path(dirpath)
        shown = Path(root) / folder.relative_to(absolute)
        kept = []
        for name in sorted(dirnames):
            why = reason(folder / name, True)
            if why is None:
                kept.append(name)
            else:
                yield Skipped(f"{shown / name}/", why)
        dirnames[:] = kept
        for name in sorted(filenames):
            why = reason(folder / name, False)
            yield shown / name if why is None else Skipped(str(shown / name), why)
