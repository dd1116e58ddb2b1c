"""Memos keyed by text, bounded by the characters they keep.

Batches repeat themselves (an employer's EEO statement, benefits and how-to-apply paragraphs recur
in every posting), so some extractors remember what they computed from a line, an item or a word.
Bounding such a memo by its number of entries alone is not enough: a stream of postings with huge
distinct paragraphs would keep each one until the count is reached. A ``TextMemo`` also counts the
characters of its keys and is emptied when either bound is passed.
"""

from __future__ import annotations

from typing import Any


class TextMemo(dict):
    """A dict from texts to what was computed from them. ``make_room()`` before adding one posting's
    entries with ``add``: it empties the memo when it holds more than ``max_chars`` characters of
    keys or ``max_entries`` entries, so it never holds more than that plus one posting's worth, and
    nothing a caller added for the posting at hand disappears while the caller still reads it."""

    def __init__(self, max_chars: int, max_entries: int, max_key_length: int | None = None) -> None:
        super().__init__()
        self.max_chars = max_chars
        self.max_entries = max_entries
        self.max_key_length = max_key_length  # longer keys rarely recur: ``add`` does not keep them
        self.chars = 0

    def make_room(self) -> None:
        if self.chars > self.max_chars or len(self) > self.max_entries:
            self.clear()

    def add(self, key: str, value: Any) -> None:
        if self.max_key_length is not None and len(key) > self.max_key_length:
            return
        if key not in self:
            self.chars += len(key)
        self[key] = value

    def clear(self) -> None:
        super().clear()
        self.chars = 0
