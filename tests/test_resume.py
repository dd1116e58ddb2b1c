"""Resume reading (.txt/.md/JSON Resume/.pdf/.docx) and matching requirement items to evidence."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st
from postlint.checklist.resume import (
    Matcher,
    ResumeError,
    analyse,
    date_ranges,
    merged_months,
    read_resume,
    resume_from_text,
)

TODAY = dt.date(2026, 11, 25)


def match(resume_text: str, requirement: str):
    return Matcher(resume_from_text(resume_text), TODAY).match(requirement)


# -- reading ------------------------------------------------------------------------------------


def test_markdown_resume_lines_keep_numbers_and_sections() -> None:
    resume = read_resume(FIXTURES / "resume-phd-ml.md")
    line = next(l for l in resume.lines if "PhD candidate" in l.text)
    assert line.number == 7 and line.where == "line 7" and line.section == "education"
    assert next(l for l in resume.lines if "Languages:" in l.text).section == "skills"


def test_json_resume_is_flattened_with_json_paths() -> None:
    resume = read_resume(FIXTURES / "resume-phd-ml.json")
    where = {l.where: l.text for l in resume.lines}
    assert where["work[0]"] == "Graduate Research Assistant, Vision Lab, Example State University, 2022-09-01 – present"
    assert where["skills[1]"] == "Tools: k8s, Docker"
    matcher = Matcher(resume, TODAY)
    fit = matcher.match("Experience with Kubernetes and PostgreSQL")
    assert fit.status == "met"
    assert [(e.where, e.shows) for e in fit.evidence] == [("skills[1]", "Kubernetes"), ("work[1].highlights[0]", "PostgreSQL")]
    assert matcher.match("Currently pursuing a PhD in a quantitative field").status == "met"


def test_invalid_json_and_unknown_formats_are_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "r.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ResumeError, match="not valid JSON: line 1"):
        read_resume(bad)
    odd = tmp_path / "r.rtf"
    odd.write_text("x", "utf-8")
    with pytest.raises(ResumeError, match="unsupported resume format '.rtf'"):
        read_resume(odd)


def _pdf_with_text(lines: list[str]) -> bytes:
    """A minimal one-page PDF with real text (Helvetica), written by hand so the test needs no writer."""
    ops = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td {ops} ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_resume_text_is_read(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "resume.pdf"
    path.write_bytes(_pdf_with_text(["Dana Example", "PhD candidate in Machine Learning", "Skills: Python, PyTorch"]))
    resume = read_resume(path)
    texts = [l.text.strip() for l in resume.lines if l.text.strip()]
    assert "Skills: Python, PyTorch" in texts
    fit = Matcher(resume, TODAY).match("Working towards a PhD in machine learning")
    assert fit.status == "met" and fit.evidence[0].text == "PhD candidate in Machine Learning"


def test_pdf_without_text_is_a_clear_error_not_an_empty_match(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "scan.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ResumeError, match="no extractable text"):
        read_resume(path)


def test_docx_resume_paragraphs_and_tables_are_read(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Education")
    document.add_paragraph("M.S. in Statistics, 2019 – 2021")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Tools"
    table.rows[0].cells[1].text = "Tableau, SQL"
    path = tmp_path / "resume.docx"
    document.save(path)
    resume = read_resume(path)
    assert [l.text for l in resume.lines] == ["Education", "M.S. in Statistics, 2019 – 2021", "Tools | Tableau, SQL"]
    assert Matcher(resume, TODAY).match("Experience with SQL and Tableau").status == "met"
    assert Matcher(resume, TODAY).match("Master's degree in a related field").status == "met"


@pytest.mark.parametrize("suffix,extra,module", [(".pdf", "postlint[pdf]", "pypdf"), (".docx", "postlint[docx]", "docx")])
def test_missing_optional_extra_says_what_to_install(tmp_path: Path, monkeypatch, suffix, extra, module) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # `import module` now raises ImportError
    path = tmp_path / f"resume{suffix}"
    path.write_bytes(b"anything")
    with pytest.raises(ResumeError, match=rf"pip install '{extra.replace('[', '.').replace(']', '.')}'"):
        read_resume(path)


# -- matching -----------------------------------------------------------------------------------

RESUME = """Skills
Python, PostgreSQL, k8s
Experience
Data Engineer, Acme, Jan 2020 - Dec 2021
Analyst, Beta, Jun 2021 - present
Education
B.S. in Economics, 2015 - 2019
"""


def test_aliases_and_either_or() -> None:
    assert match(RESUME, "Experience with Kubernetes").status == "met"
    fit = match(RESUME, "Experience with Postgres or MySQL")
    assert fit.status == "met" and fit.found == ["PostgreSQL"]
    assert match(RESUME, "Experience with MySQL or Oracle").status == "missing"
    assert match(RESUME, "Python and Java").status == "partial"
    # Parenthesised examples: any one will do.
    assert match(RESUME, "One language (Java, C++, Python)").status == "met"


def test_word_edges_understand_symbols_and_keep_java_out_of_javascript() -> None:
    assert match("JavaScript and TypeScript daily", "Experience with Java").status == "missing"
    assert match("Wrote C++ and C# services", "Experience with C++").status == "met"
    assert match("Wrote C++ services", "Experience with C#").status == "missing"
    assert match("Built .NET APIs on Node.js", "Experience with .NET and Node.js").status == "met"
    assert match("Led R&D projects", "Experience with R").status == "missing"


def test_negated_lines_are_not_evidence() -> None:
    resume = "No experience with Kubernetes yet\nNever used Java, but Python daily\nShipped with no downtime using Docker\n"
    assert match(resume, "Docker").status == "met"  # the negation is about downtime, not Docker
    assert match(resume, "Kubernetes").status == "missing"
    assert match(resume, "Java").status == "missing"
    fit = match(resume, "Python")
    assert fit.status == "met" and fit.evidence[0].line == 2


def test_evidence_quotes_the_line_and_its_number() -> None:
    # Python is on the skills line only: the resume shows Python, but no dated entry shows 3 years of it.
    fit = match(RESUME, "3+ years of experience with Python")
    assert fit.status == "partial" and "no dated entry names it" in fit.note
    assert fit.evidence[0].line == 2 and fit.evidence[0].text == "Python, PostgreSQL, k8s" and fit.evidence[0].shows == "Python"
    assert {e.line for e in fit.evidence if e.shows == "dates"} == {4, 5}
    # Named in the jobs' own lines, their dates count (Jan 2020 - Dec 2021 and Jun 2021 - Nov 2026, merged).
    named = RESUME.replace("Acme, Jan", "Acme (Python), Jan").replace("Beta, Jun", "Beta (Python, SQL), Jun")
    fit = match(named, "3+ years of experience with Python")
    assert fit.status == "met" and "6.9 years in dated entries that name Python" in fit.note
    assert match(named, "8+ years of Python").status == "partial"


def test_degree_ladder() -> None:
    phd = "Education\nPh.D. in Physics, 2014 - 2019\n"
    student = "Education\nPhD student in Computer Science, 2023 - present\n"
    assert match(phd, "Master's degree in a related field").status == "met"
    assert match(phd, "Bachelor's degree required").status == "met"
    assert match(student, "Working towards a PhD degree in Computer Science").status == "met"
    fit = match(student, "PhD in Computer Science required")
    assert fit.status == "partial" and "in progress" in fit.note
    assert match(RESUME, "Master's degree required").status == "missing"
    assert match(RESUME, "Bachelor's degree in any field").status == "met"
    assert match(RESUME, "M.S. or Ph.D. in statistics").status == "missing"
    assert analyse("an M.S. or Ph.D.").degree == 2


def test_years_come_from_merged_date_ranges() -> None:
    # Jan 2020 - Dec 2021 (24 months) and Jun 2021 - Nov 2026 (66 months) overlap for 7 months: 83 months.
    resume = resume_from_text(RESUME)
    matcher = Matcher(resume, TODAY)
    assert round(matcher.index.years() * 12) == 83
    assert match(RESUME, "6+ years of experience").status == "met"
    fit = match(RESUME, "8+ years of experience")
    assert fit.status == "partial" and "6.9" in fit.note
    assert merged_months([(0, 11), (6, 17), (30, 35)]) == 24
    assert date_ranges("Sep 2022 – present", TODAY) == [(2022 * 12 + 8, 2026 * 12 + 10)]
    assert date_ranges("2019-2021 and 03/2022 to 06/2022", TODAY) == [(2019 * 12, 2021 * 12 + 11), (2022 * 12 + 2, 2022 * 12 + 5)]


def test_years_of_a_particular_kind_count_only_entries_of_that_kind() -> None:
    # The resume's 6.9 dated years are all data work: none of it is electrical-mechanic experience.
    fit = match(RESUME, "Two years of full-time paid experience as an Electrical Mechanic")
    assert fit.status == "missing" and '0.0 years in dated entries that mention "Electrical", "Mechanic"' in fit.note
    assert match(RESUME, "Two years of full-time paid experience").status == "met"
    mechanic = "Experience\nElectrical Mechanic, Metro Transit, Mar 2021 - Jun 2023\n- Rewired rail signal cabinets\nCashier, Corner Shop, 2015 - 2021\n"
    fit = match(mechanic, "Two years of full-time paid experience as an Electrical Mechanic")
    assert fit.status == "met" and "2.3 years" in fit.note and fit.evidence[0].text.startswith("Electrical Mechanic")
    fit = match(mechanic, "Three years of experience as an Electrical Mechanic")
    assert fit.status == "partial" and "3+ years" in fit.note


def test_phrases_that_only_look_like_terms() -> None:
    assert analyse("Understanding of DW patterns (Star/Snowflake Schema)").groups == []
    assert [g.any_of for g in analyse("Snowflake and dbt modeling experience").groups] == [["Snowflake"], ["dbt"]]


def test_substitution_clauses_are_not_demands() -> None:
    fit = match(RESUME, "Two years of paid experience may be substituted for the required bachelor's degree")
    assert fit.status == "review" and "alternative" in fit.note


def test_soft_skills_and_logistics_are_for_review() -> None:
    assert match(RESUME, "Strong communicator and team player").status == "review"
    assert match(RESUME, "Ability to legally work full time (40 hours/week)").status == "review"
    assert match(RESUME, "A can-do spirit").status == "review"


def test_fields_after_a_degree_are_alternatives_not_demands() -> None:
    demand = analyse("Working towards a PhD degree in Computer Science, ML, NLP, Statistics or related field")
    assert demand.degree == 3 and demand.degree_in_progress_ok and demand.groups == []
    demand = analyse("Requires 5+ years industry computer vision experience and an M.S. or Ph.D.")
    assert [g.any_of for g in demand.groups] == [["computer vision"]] and demand.years == 5


def test_lists_with_or_and_examples_are_any_of() -> None:
    demand = analyse("Mastery of at least one systems language (Java, C++, Python) and one ML framework (Tensorflow, Pytorch, MLFlow)")
    assert [g.any_of for g in demand.groups] == [["Java", "C++", "Python"], ["TensorFlow", "PyTorch", "MLflow"]]
    demand = analyse("Publications in machine learning, AI, data science, statistics, or related technical fields")
    assert [g.any_of for g in demand.groups] == [["publications"], ["machine learning", "artificial intelligence", "data science", "statistics"]]
    demand = analyse("Python, SQL, ETL/ELT, and Postgres/MySQL")
    assert [g.any_of for g in demand.groups] == [["Python"], ["SQL"], ["data engineering"], ["PostgreSQL", "MySQL"]]
    demand = analyse("Experience with PyTorch, AWS, and Kafka")
    assert [g.any_of for g in demand.groups] == [["PyTorch"], ["AWS"], ["Kafka"]]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_matching_never_raises_on_any_text(text: str) -> None:
    analyse(text)
    matcher = Matcher(resume_from_text("Python\n" + text), TODAY)
    assert matcher.match(text).status in ("met", "partial", "missing", "review")


def test_a_zip_bomb_resume_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import io
    import zipfile

    pytest.importorskip("docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (12 * 1024 * 1024))  # ~12 KB stored, 12 MB unpacked
    path = tmp_path / "resume.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ResumeError, match="zip bomb"):
        read_resume(path)
