"""Reading bytes: encodings, fallbacks, and clear findings (never a traceback) for bad input."""

from __future__ import annotations

import codecs

import pytest
from conftest import run_cli
from postlint.ingest.read import decode, html_to_text, read_path

POSTING = "Backend Engineer\nBuild services for the café’s ordering app.\nCompensation: $100,000 - $120,000 per year\n"


@pytest.mark.parametrize(
    "data,encoding",
    [
        (POSTING.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + POSTING.encode("utf-8"), "utf-8-sig"),
        (POSTING.encode("utf-16"), "utf-16"),  # Python writes the BOM
        (codecs.BOM_UTF16_BE + POSTING.encode("utf-16-be"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    source = decode("job.txt", data)
    assert source.problems == []
    assert source.encoding == encoding
    assert source.text == POSTING


def test_cp1252_falls_back_with_a_finding_naming_the_line() -> None:
    data = "Backend Engineer\nWe’re hiring.\n".encode("cp1252")
    source = decode("job.txt", data)
    assert source.text == "Backend Engineer\nWe’re hiring.\n"
    assert [code for code, _ in source.problems] == ["E002"]
    assert "line 2" in source.problems[0][1] and "cp1252" in source.problems[0][1]


def test_crlf_and_cr_become_lf() -> None:
    assert decode("a.txt", b"Title\r\nBody\rMore\r\n").text == "Title\nBody\nMore\n"


@pytest.mark.parametrize(
    "data,words",
    [
        (b"", "empty"),
        (b"  \n\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_unreadable_input_is_an_e001_problem(data: bytes, words: str) -> None:
    source = decode("x.md", data)
    assert not source.readable
    assert source.problems[0][0] == "E001" and words in source.problems[0][1]


def test_file_over_max_size_is_skipped_without_reading(tmp_path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: 20 MB on paper, nothing to read
        handle.truncate(20 * 1024 * 1024)
    source = read_path(big, max_size=5 * 1024 * 1024)
    assert [code for code, _ in source.problems] == ["E004"]
    assert "20.0 MB" in source.problems[0][1]


def test_html_keeps_blocks_on_their_source_lines() -> None:
    html = "<html><body>\n<h1>Data Engineer</h1>\n<p>Build pipelines.</p>\n<ul>\n<li>Python</li>\n<li>SQL</li>\n</ul>\n</body></html>"
    lines = html_to_text(html).split("\n")
    assert lines[1] == "# Data Engineer"
    assert lines[2] == "Build pipelines."
    assert lines[4] == "- Python" and lines[5] == "- SQL"


def test_cli_reports_bad_files_clearly(tmp_path) -> None:
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "logo.md").write_bytes(b"\x89PNG\x00\x00\x00binary")
    (tmp_path / "latin.txt").write_bytes("Data Engineer\nCaf\xe9 team. Salary $90,000 per year.\n".encode("latin-1"))
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(20 * 1024 * 1024)
    code, out, err = run_cli("check", str(tmp_path))
    assert "Traceback" not in out + err
    assert code == 1
    assert f"{tmp_path / 'empty.md'}:1:1: E001 [error] file is empty" in out
    assert f"{tmp_path / 'logo.md'}:1:1: E001 [error] binary file" in out
    assert f"{tmp_path / 'huge.txt'}:1:1: E004 [error] file is 20.0 MB" in out
    assert f"{tmp_path / 'latin.txt'}:1:1: E002 [info]" in out


def test_cli_reads_stdin() -> None:
    code, out, _ = run_cli("check", "-", input="Data Engineer\nWe build pipelines.\n".encode())
    assert code == 1
    assert out.startswith("-:1:1: PAY001")


def test_cli_missing_path_is_a_usage_error(tmp_path) -> None:
    code, _, err = run_cli("check", str(tmp_path / "nope.md"))
    assert code == 2 and "does not exist" in err


def test_cli_empty_directory_warns_and_exits_zero(tmp_path) -> None:
    code, out, err = run_cli("check", str(tmp_path))
    assert code == 0 and "no posting files" in err
    assert "Checked 0 postings in 0 files" in out
