"""Batches: JSON Lines input and `check --jobs N` (same output, same order, as one process)."""

from __future__ import annotations

import json

from conftest import run_cli

JOB_POSTING = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "identifier": {"@type": "PropertyValue", "name": "Riverbend", "value": "RB-7"},
    "title": "Library Assistant",
    "description": "<p>Help readers find books.</p><ul><li>Shelve returns</li></ul>",
    "hiringOrganization": {"@type": "Organization", "name": "Riverbend Library"},
    "jobLocation": {"@type": "Place", "address": {"addressLocality": "Portland", "addressRegion": "OR"}},
    "employmentType": ["PART_TIME"],
    "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                   "value": {"@type": "QuantitativeValue", "minValue": 19.5, "maxValue": 23, "unitText": "HOUR"}},
}


def _jsonl(tmp_path, *records: object, raw: str = ""):
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + raw, encoding="utf-8")
    return path


def test_jsonl_findings_name_the_record_and_count_lines_in_its_text(tmp_path):
    path = _jsonl(tmp_path, {"id": "job-1", "text": "\n\n# Data Analyst\n\nCompetitive pay."},
                  {"id": 2, "text": "# Nurse\n\nPay: $40 - $50 per hour"}, raw="not json\n\n[1, 2]\n")
    code, out, _ = run_cli("check", "--select", "PAY001,E", str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:#job-1:3:3: PAY001")  # the title: line 3 of the record's text
    assert f"{path}:#2:" not in out  # the nurse posting states pay
    assert lines[1].startswith(f"{path}:#L3:1:1: E001") and "not valid JSON" in lines[1]
    assert lines[2].startswith(f"{path}:#L5:1:1: E001")  # blank line 4 skipped, numbering kept
    assert lines[-1] == "Checked 2 postings in 1 file: 3 findings (2 errors, 1 warning)."  # bad lines are no postings


def test_schema_org_job_posting_becomes_a_posting_with_its_pay_and_place(tmp_path):
    from postlint import parse_text
    from postlint.ingest.jsonl import record_from_line

    record = record_from_line(json.dumps(JOB_POSTING).encode(), 1)
    assert record.key == "RB-7"
    posting = parse_text(record.text, "jobs.jsonl:#RB-7")[0]
    assert posting.title == "Library Assistant"
    assert posting.organization == "Riverbend Library"
    assert [(p.minimum, p.maximum, p.period) for p in posting.facts.pay] == [(19.5, 23.0, "hour")]
    assert posting.facts.location.places[0].state == "OR"
    assert posting.facts.employment.has("part-time")
    assert any(i.text == "Shelve returns" for i in posting.items())
    code, out, _ = run_cli("check", "--select", "PAY", str(_jsonl(tmp_path, JOB_POSTING)))
    assert code == 0, out


def test_stdin_as_jsonl(tmp_path):
    data = (json.dumps({"id": "a", "text": "# Clerk\n\nNo pay here."}) + "\n").encode()
    code, out, _ = run_cli("check", "--select", "PAY", "--format-in", "jsonl", "-", input=data)
    assert code == 1
    assert out.startswith("-:#a:1:3: PAY001")


def test_jobs_gives_the_same_output_in_the_same_order(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    for i in range(30):
        pay = f"Pay: ${20 + i} per hour." if i % 3 else "Competitive pay."
        (folder / f"p{i:02}.md").write_text(f"# Engineer {i}\n\nBuild things.\n\n{pay}\n", encoding="utf-8")
    _jsonl(folder, {"id": "x", "text": "# Clerk\n\nNo pay."})
    one = run_cli("check", "--format", "json", "--select", "PAY001", str(folder))
    two = run_cli("check", "--format", "json", "--select", "PAY001", "--jobs", "2", str(folder))
    assert one == two
    assert one[0] == 1
    findings = json.loads(one[1])["findings"]
    assert len(findings) == 11  # ten .md files without pay, and the JSON Lines record
    assert [f["path"] for f in findings] == sorted(f["path"] for f in findings)
