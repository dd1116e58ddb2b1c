"""Bytes to text: detect the encoding, refuse binary data, never raise on what a file holds."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..model import StructuredData

if TYPE_CHECKING:
    from .record import Record

DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024
_FEW_WORDS = 30  # an HTML page showing fewer words than this has no posting text of its own

POSTING_SUFFIXES = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".jsonl", ".docx", ".pdf"}
# Read as job-board feeds (postlint.ingest.feeds) when named; a folder walk does not pick them up.
FEED_SUFFIXES = (".json", ".xml")
# --format-in values that are no feed system: how stdin is read.
PLAIN_FORMATS = ("text", "jsonl", "json", "xml")


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
    # schema.org JobPostings the file carries (JSON-LD, microdata, a JSON file), in file order.
    structured: list[StructuredData] = field(default_factory=list)
    site_name: str | None = None  # an HTML page's og:site_name
    errors: list[str] = field(default_factory=list)  # the run cannot check this input at all (exit 2)

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
    suffix = Path(name).suffix.lower()
    if suffix in (".docx", ".pdf"):
        return read_document(name, data, suffix)
    return read_by_type(decode(name, data))


def read_document(name: str, data: bytes, suffix: str) -> Source:
    """A Word or PDF posting through its optional extra. Without the extra the run cannot check
    the file at all: that is an error of the set-up (exit 2), not a finding."""
    from .documents import DocumentError, MissingExtra, docx_text, pdf_text

    try:
        text = docx_text(data) if suffix == ".docx" else pdf_text(data)
    except MissingExtra as exc:
        return Source(name, errors=[f"{name}: {exc}"], problems=[("E001", str(exc))])
    except DocumentError as exc:
        return Source(name, problems=[("E001", str(exc))])
    return _finish(name, text, "utf-8")


def read_by_type(source: Source) -> Source:
    """Decoded text to posting text by the file's type: an HTML page's main content and structured
    data, a JSON file's JobPostings; other text as it is."""
    suffix = Path(source.path).suffix.lower()
    if source.readable and suffix in (".html", ".htm"):
        read_html(source)
    elif source.readable and suffix == ".json":
        read_json(source)
    return source


def read_html(source: Source) -> None:
    """Turn ``source``'s HTML into its main content's text, keeping the page's structured data."""
    from .html import read_page
    from .structured import body_from_data, job_postings

    page = read_page(source.text)
    source.text = page.text
    source.site_name = page.site_name
    for embedded in page.embedded:
        if embedded.data is None:  # reported by SCHEMA rules when it sits next to a posting
            source.structured.append(StructuredData(data={}, origin=embedded.origin, line=embedded.line,
                                                    error="the JSON-LD block is not valid JSON"))
            continue
        source.structured.extend(job_postings(embedded.data, embedded.origin, embedded.line))
    if len(source.text.split()) < _FEW_WORDS:
        # A page that shows (almost) nothing but carries a JobPosting: its description is the body.
        described = [s for s in source.structured if isinstance(s.data.get("description"), str)]
        if described:
            source.text = "\n\n---\n\n".join(body_from_data(s) for s in described)
    if not source.text.strip():
        source.problems.append(("E001", "the HTML page shows no text (only navigation, scripts or forms)"))


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


def html_to_text(text: str) -> str:
    """An HTML fragment as Markdown-like text (blocks, headings and list items kept)."""
    from .html import fragment_to_text

    return fragment_to_text(text)


@dataclass
class Feed:
    """A job-board feed being read: its system's name and its postings, one record at a time."""

    system: str
    records: Iterator[Record]


def read_feed(path: str, max_size: int, maps: dict[str, dict] | None = None, format_in: str | None = None,
              stream: BinaryIO | None = None) -> Feed | Source:
    """A ``.json`` or ``.xml`` feed (or ``stream``, named ``path``), or a Source saying why it cannot
    be read: E001 for a file that is not valid JSON or XML; an error (exit 2) as well for a shape
    no field map knows, naming the keys it has and the shapes postlint knows."""
    from .feeds import FeedError, FeedUnreadable, find_system, read_stream, read_xml, systems

    owned = stream is None
    try:
        known = systems(maps)
        forced = find_system(format_in, known) if format_in and format_in not in PLAIN_FORMATS else None
    except FeedError as exc:
        return Source(path, problems=[("E001", str(exc))], errors=[f"{path}: {exc}"])
    if stream is None:
        try:
            stream = open(path, "rb")
        except OSError as exc:
            return Source(path, problems=[("E001", f"cannot read file: {exc.strerror or exc}")])
    try:
        if not stream.seekable():  # stdin: held in memory, as any stdin input is (up to max-file-size)
            import io

            stream, owned = io.BytesIO(stream.read(max_size + 1)), True
        size = os.fstat(stream.fileno()).st_size if hasattr(stream, "fileno") and not hasattr(stream, "getvalue") else None
        head = stream.read(256)
        stream.seek(0)
        xml = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")  # XML by its first character, whatever the name
        system, records = (read_xml(stream, path, known, forced, max_size) if xml
                           else read_stream(stream, path, known, forced, size, max_size))
    except FeedUnreadable as exc:
        _close(stream, owned)
        return Source(path, problems=[("E001", str(exc))])
    except FeedError as exc:
        _close(stream, owned)
        return Source(path, problems=[("E001", str(exc))], errors=[f"{path}: {exc}"])
    except OSError as exc:
        _close(stream, owned)
        return Source(path, problems=[("E001", f"cannot read file: {exc.strerror or exc}")])

    def closing() -> Iterator[Record]:
        try:
            yield from records
        finally:
            _close(stream, owned)

    return Feed(system.id, closing())


def _close(stream: BinaryIO, owned: bool) -> None:
    if owned:
        stream.close()


def read_json(source: Source) -> None:
    """A ``.json`` file's schema.org JobPostings: their fields become the posting text (one
    posting per JobPosting, split at ``---`` lines) and their structured data."""
    from .structured import body_from_data
    from .structured import read_json as job_postings_of

    found, problem = job_postings_of(source.text)
    if problem:
        source.text = ""
        source.problems.append(("E001", problem))
        return
    source.structured = found
    source.text = "\n\n---\n\n".join(body_from_data(s) for s in found)


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
