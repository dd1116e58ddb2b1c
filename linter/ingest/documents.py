"""Word (.docx) and PDF postings -> posting text, through the optional extras python-docx and pypdf.

Headings become ``#`` lines (Word's "Heading N" and "Title" styles), list paragraphs ``- `` items
(list styles or numbering), other paragraphs lines of their own, table rows ``a | b`` lines; a PDF
gives its text page by page, as pypdf extracts it. Line numbers in findings count lines of that text.

The files are untrusted: a .docx is a zip archive, and one that would inflate past
:data:`MAX_UNZIPPED` bytes or holds more than :data:`MAX_PARTS` parts (a zip bomb) is refused before
python-docx opens it; a PDF is read for at most :data:`MAX_PAGES` pages, :data:`MAX_SECONDS` seconds
and :data:`MAX_CHARS` characters, and pypdf's own limits bound what one stream may inflate to.
"""

from __future__ import annotations

import io
import re
import time
import zipfile


class MissingExtra(Exception):
    """The optional library a file type needs is not installed (the message says how to install it)."""


class DocumentError(Exception):
    """The file cannot be read as what its name says (the message says why)."""


MAX_UNZIPPED = 50 * 1024 * 1024
MAX_PARTS = 2_000
MAX_RATIO = 200  # a part inflating more than 200x its stored size is a bomb, not a document
MAX_PAGES = 200
MAX_SECONDS = 5.0
MAX_CHARS = 2_000_000
_HEADING_STYLE = re.compile(r"^(?:heading\s*(\d)|title)$", re.I)


def docx_text(data: bytes) -> str:
    try:
        import docx  # optional extra: postlint[docx] (python-docx)
    except ImportError as exc:
        raise MissingExtra("reading .docx postings needs python-docx: pip install 'postlint[docx]'") from exc
    check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many types on a broken file
        raise DocumentError(f"cannot read the .docx file: {type(exc).__name__}: {exc}") from exc
    lines: list[str] = []
    body = document.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _paragraph_lines(Paragraph(child, document), lines)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [" ".join(cell.text.split()) for cell in row.cells]
                cells = list(dict.fromkeys(c for c in cells if c))  # merged cells repeat their text
                if cells:
                    lines.append(" | ".join(cells))
    return "\n".join(lines)


def _paragraph_lines(paragraph, lines: list[str]) -> None:
    text = paragraph.text.strip()
    if not text:
        if lines and lines[-1]:
            lines.append("")
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    heading = _HEADING_STYLE.match(style.strip())
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None  # noqa: SLF001 - no public API
    if heading:
        if lines and lines[-1]:
            lines.append("")
        lines.append("#" * int(heading.group(1) or 1) + " " + text)
        lines.append("")
    elif numbered or style.lower().startswith("list"):
        lines.append("- " + text)
    else:
        if lines and lines[-1].startswith("- "):
            lines.append("")
        lines.append(text)


def check_zip(data: bytes) -> None:
    """Refuse a .docx that is not a zip or would unpack past the limits above (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError("not a .docx file (a .docx is a zip archive; this is not one)") from exc
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise DocumentError(f"the .docx holds {len(parts)} parts (over {MAX_PARTS}): refused as a zip bomb")
        total = 0
        for part in parts:
            total += part.file_size
            if part.file_size > MAX_RATIO * max(part.compress_size, 1024):
                raise DocumentError(f"the .docx part {part.filename!r} inflates {part.file_size // max(part.compress_size, 1)}x: "
                                    "refused as a zip bomb")
        if total > MAX_UNZIPPED:
            raise DocumentError(f"the .docx would unpack to {total / 1_048_576:.0f} MB (over {MAX_UNZIPPED // 1_048_576} MB): "
                                "refused as a zip bomb")


def pdf_text(data: bytes) -> str:
    try:
        import pypdf  # optional extra: postlint[pdf]
    except ImportError as exc:
        raise MissingExtra("reading PDF postings needs pypdf: pip install 'postlint[pdf]'") from exc
    started = time.monotonic()
    pages: list[str] = []
    size = 0
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("the PDF is encrypted: save an unprotected copy or export the posting as text")
        for number, page in enumerate(reader.pages, 1):
            if number > MAX_PAGES:
                raise DocumentError(f"the PDF has more than {MAX_PAGES} pages: not a posting")
            text = page.extract_text() or ""
            size += len(text)
            pages.append(text)
            if size > MAX_CHARS:
                raise DocumentError(f"the PDF holds over {MAX_CHARS:,} characters of text: not a posting")
            if time.monotonic() - started > MAX_SECONDS:
                raise DocumentError(f"reading the PDF took over {MAX_SECONDS:g} s (page {number}); "
                                    "export the posting as text")
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on broken or crafted files
        if type(exc).__name__ == "LimitReachedError":  # pypdf's bound on what one stream may inflate to
            raise DocumentError("the PDF holds a stream that inflates past pypdf's limit: refused as a "
                                "decompression bomb") from exc
        raise DocumentError(f"cannot read the PDF: {type(exc).__name__}: {exc}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError("the PDF has no extractable text (a scanned image?): export the posting as text or run OCR")
    return text
