"""Bytes to text: detect the encoding, refuse binary data, never raise on what a file holds."""

from __future__ import annotations

import codecs
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024

POSTING_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".jsonl"}


@dataclass
class Source:
    """The text of one input, or the reason it has none.

    ``problem`` is a (code, message) pair for the engine to report as a finding: E001 when the
    input could not be read as text, E002 when it was decoded with a fallback encoding, E004 when
    it was too large to read.
    """

    path: str
    text: str = ""
    encoding: str = "utf-8"
    problems: list[tuple[str, str]] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return not any(code in ("E001", "E004") for code, _ in self.problems)


def read_path(path: str | os.PathLike, max_size: int = DEFAULT_MAX_FILE_SIZE) -> Source:
    name = str(path)
    try:
        size = os.stat(name).st_size
        if size > max_size:
            return Source(name, problems=[("E004", _too_large(size, max_size))])
        data = Path(name).read_bytes()
    except OSError as exc:
        return Source(name, problems=[("E001", f"cannot read file: {exc.strerror or exc}")])
    source = decode(name, data)
    if source.readable and Path(name).suffix.lower() in (".html", ".htm"):
        source.text = html_to_text(source.text)
    return source


def _too_large(size: int, max_size: int) -> str:
    return (
        f"file is {size / 1_048_576:.1f} MB, over the max-file-size of "
        f"{max_size / 1_048_576:.1f} MB; skipped (raise `max-file-size` in the config to check it)"
    )


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab, newline, form feed and carriage return: text never has many.
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def decode(name: str, data: bytes) -> Source:
    """Decode ``data``: BOMs first, then UTF-8, then cp1252/Latin-1 with a finding saying so."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                return Source(name, problems=[("E001", f"invalid {codec.upper()} text: {exc.reason}")])
            return _finish(name, text, codec)
    if not data or data.isspace():  # what `not data.strip()` says, without copying the file
        return Source(name, problems=[("E001", "file is empty: there is no posting to check")])
    sample = data[:8192]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        return Source(name, problems=[("E001", "binary file, not text: save the posting as text, Markdown or HTML")])
    try:
        return _finish(name, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text, codec = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, codec = data.decode("latin-1"), "latin-1"
    line = data.count(b"\n", 0, bad) + 1
    source = _finish(name, text, codec)
    source.problems.append(
        ("E002", f"not valid UTF-8 (first bad byte on line {line}); read as {codec}: save the file as UTF-8")
    )
    return source


def _finish(name: str, text: str, encoding: str) -> Source:
    # One newline convention for every later stage: CRLF and lone CR become LF.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text or text.isspace():
        return Source(name, encoding=encoding, problems=[("E001", "file is empty: there is no posting to check")])
    return Source(name, text=text, encoding=encoding)


@functools.lru_cache(maxsize=1)
def _html_text_class() -> type:
    """The HTML converter class, built on first use: html.parser costs a few milliseconds to
    import, and most runs read no HTML."""
    import html.parser

    class _HtmlText(html.parser.HTMLParser):
        """HTML to Markdown-like text that keeps each block on its source line.

        Blank lines are inserted so that a block starting on line N of the HTML starts on line N of
        the text where possible; findings then point at the right line of the HTML file.
        """

        BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "ul", "ol", "table"}
        SKIP = {"script", "style", "head", "title"}

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.lines: list[str] = [""]
            self.skip = 0

        def _newline(self) -> None:
            if self.lines[-1].strip():
                self.lines.append("")
            target = self.getpos()[0]
            while len(self.lines) < target:
                self.lines.append("")

        def handle_starttag(self, tag, attrs):
            if tag in self.SKIP:
                self.skip += 1
            elif tag in self.BLOCKS:
                self._newline()
                if tag[0] == "h" and tag[1:].isdigit():
                    self.lines[-1] = "#" * int(tag[1:]) + " "
                elif tag == "li":
                    self.lines[-1] = "- "

        def handle_endtag(self, tag):
            if tag in self.SKIP:
                self.skip = max(0, self.skip - 1)
            elif tag in self.BLOCKS:
                self._newline()

        def handle_data(self, data):
            if self.skip:
                return
            parts = data.split("\n")
            for index, part in enumerate(parts):
                if index:
                    if self.lines[-1].strip():
                        self.lines.append("")
                self.lines[-1] += re.sub(r"\s+", " ", part) if self.lines[-1].strip() else part.strip()

    return _HtmlText


def html_to_text(text: str) -> str:
    parser = _html_text_class()()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # noqa: BLE001 - malformed HTML: keep whatever was converted
        pass
    return "\n".join(line.rstrip() for line in parser.lines)


def iter_posting_files(root: Path) -> list[Path]:
    """Posting files under a directory, sorted, skipping hidden folders."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "node_modules")
        for filename in sorted(filenames):
            if Path(filename).suffix.lower() in POSTING_SUFFIXES and not filename.startswith("."):
                found.append(Path(dirpath) / filename)
    return found


def is_binary(sample: bytes) -> bool:
    """Whether the first bytes of a file say it is not text, by the test :func:`decode` applies:
    text with a byte-order mark is text (UTF-16 has NULs); otherwise a NUL byte, or more control
    characters than text ever has, means binary."""
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = sample[:8192]
    return b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)
