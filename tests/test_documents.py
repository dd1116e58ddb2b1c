"""Word and PDF postings through the optional extras: structure kept, missing extras and hostile
files reported clearly."""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile

import postlint
from conftest import run_cli
from postlint.ingest.read import read_path


def _docx(path):
    import docx

    document = docx.Document()
    document.add_heading("Warehouse Lead", level=1)
    document.add_paragraph("You will lead the day shift at our Denver, CO warehouse. This is a full-time role.")
    document.add_heading("Requirements", level=2)
    document.add_paragraph("Two years of warehouse experience", style="List Bullet")
    document.add_paragraph("A forklift certificate", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Pay"
    table.rows[0].cells[1].text = "$24 - $28 per hour"
    document.save(path)
    return path


def _pdf(path, lines):
    """A one-page PDF showing ``lines`` in Helvetica, with a correct cross-reference table."""
    ops = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    stream = f"BT /F1 11 Tf 72 720 Td {ops} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def test_docx_keeps_headings_lists_and_tables(tmp_path):
    source = read_path(_docx(tmp_path / "lead.docx"))
    assert not source.problems
    lines = [line for line in source.text.split("\n") if line]
    assert lines[0] == "# Warehouse Lead"
    assert "## Requirements" in lines
    assert "- Two years of warehouse experience" in lines and "- A forklift certificate" in lines
    assert "Pay | $24 - $28 per hour" in lines
    posting = postlint.parse_text(source.text, str(tmp_path / "lead.docx"))[0]
    assert posting.title == "Warehouse Lead"
    assert [p.minimum for p in posting.facts.pay] == [24]


def test_pdf_posting_is_read(tmp_path):
    path = _pdf(tmp_path / "lead.pdf", ["Warehouse Lead", "Location: Denver, CO", "Pay: $24 - $28 per hour, full-time"])
    code, out, err = run_cli("check", "--select", "PAY001,STRUCT001,STRUCT002,E", str(path))
    assert code == 0, out + err


def test_folder_does_not_skip_word_and_pdf_postings(tmp_path):
    _docx(tmp_path / "a.docx")
    _pdf(tmp_path / "b.pdf", ["Clerk", "File records."])
    code, out, _ = run_cli("check", "--select", "PAY001", str(tmp_path))
    assert "Checked 2 postings in 2 files" in out


def test_zip_bomb_docx_is_refused_quickly(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"\0" * (80 * 1024 * 1024))
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    started = time.monotonic()
    source = read_path(path)
    assert time.monotonic() - started < 2
    assert source.problems[0][0] == "E001" and "zip bomb" in source.problems[0][1]


def test_broken_files_are_findings_not_tracebacks(tmp_path):
    (tmp_path / "fake.docx").write_bytes(b"plain text pretending")
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.4\n garbage \x00\x01")
    code, out, err = run_cli("check", str(tmp_path))
    assert "Traceback" not in out + err
    assert "fake.docx:1:1: E001 [error] not a .docx file" in out
    assert "fake.pdf:1:1: E001 [error]" in out


def test_missing_extra_names_the_install_command(tmp_path):
    path = _docx(tmp_path / "lead.docx")
    script = ("import sys\nsys.modules['docx'] = None\nfrom postlint.cli import main\n"
              f"sys.argv = ['postlint', 'check', {str(path)!r}]\nmain()\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "pip install 'postlint[docx]'" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
