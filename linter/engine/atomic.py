"""Files written in one step, with the permissions any other file gets.

A reader (a web server serving checklists, a CI step reading a SARIF file) sees the old file or the
new one, never half of one: the text goes to a temporary file in the same folder, which
``os.replace`` then renames over the target. ``tempfile.mkstemp`` creates that file with mode 0600,
right for a secret and wrong here, so it is given the mode ``open()`` would have given a new file
(0666 less the umask: 0644 with the usual umask 022), or the mode the file it replaces had.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back (the CLI is single-threaded).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(path: Path) -> int:
    """The mode for ``path``: the existing file's, else what a newly created file gets."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text stream whose content replaces ``path`` when the ``with`` block ends without an error
    (UTF-8, ``\\n`` line ends); on an error the old file is left as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = new_file_mode(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in one step (see :func:`atomic_writer`)."""
    with atomic_writer(path) as handle:
        handle.write(text)
