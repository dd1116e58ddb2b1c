"""PAY rules beyond the example table: the jurisdiction table, jurisdiction inference, the CLI
surfaces (`postlint rule PAY010`, `postlint parse`), and spans and suggestions of findings."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from importlib import resources

import pytest
from conftest import run_cli
from postlint.engine import Engine
from postlint.engine.config import Config, Settings
from postlint.rules.compensation import PayTransparency, jurisdictions

REQUIRED_KEYS = {"code", "name", "in-force", "employers", "must-contain", "range", "no-open-ended", "benefits", "in-posting", "citation"}
ISSUE_CODES = {"US-CO", "US-NY-NYC", "US-CA", "US-WA", "US-IL", "US-MD", "US-MA", "US-VT", "US-MN", "US-NJ", "US-HI", "US-DC", "CA-BC", "CA-ON"}


def engine(**settings) -> Engine:
    return Engine(Config(settings=Settings(**settings)))


def test_jurisdiction_table_is_complete_and_dated():
    text = resources.files("postlint.rules").joinpath("data/jurisdictions.toml").read_text("utf-8")
    first = text.splitlines()[0]
    assert first.startswith("#") and "Source" in text.splitlines()[1] and "Licence" in text.splitlines()[1]
    entries = tomllib.loads(text)["jurisdiction"]
    assert ISSUE_CODES <= {e["code"] for e in entries}
    for entry in entries:
        assert REQUIRED_KEYS <= set(entry), entry["code"]
        assert isinstance(entry["in-force"], dt.date), entry["code"]
        assert entry["range"] in ("pay-or-range", "min-max"), entry["code"]


def test_pay010_docs_name_every_jurisdiction():
    doc = PayTransparency.__doc__
    for code, entry in jurisdictions().items():
        assert f"{code} {entry['name']} (from {entry['in-force']})" in " ".join(doc.split()), code


def test_rule_command_explains_jurisdictions():
    code, out, _ = run_cli("rule", "PAY010")
    assert code == 0
    assert "US-CO" in out and "CA-ON" in out and "not legal advice" in out


def test_rules_command_lists_every_pay_rule():
    code, out, _ = run_cli("rules")
    assert code == 0
    for n in range(1, 11):
        assert f"PAY{n:03d}" in out


def test_parse_output_carries_pay_facts(tmp_path):
    path = tmp_path / "job.txt"
    path.write_text("Research Intern\nLocation: Denver, CO\nCompensation: $9,800 monthly\n", "utf-8")
    code, out, _ = run_cli("parse", str(path))
    assert code == 0
    facts = json.loads(out)[0]["facts"]
    assert facts["pay"][0] | {"span": None} == facts["pay"][0] | {
        "minimum": 9800.0, "maximum": 9800.0, "currency": "USD", "period": "month", "kind": "base", "span": None,
    }
    assert [j["code"] for j in facts["jurisdictions"]] == ["US-CO"]


@pytest.mark.parametrize(
    "line,codes",
    [
        ("Location: Denver, CO", ["US-CO"]),
        ("Location: New York, NY", ["US-NY-NYC", "US-NY"]),
        ("Location: Remote (US)", []),
        ("This remote role is open to candidates in Colorado.", ["US-CO"]),
        ("Office: Vancouver, BC", ["CA-BC"]),
        ("We have offices in Denver, CO and Austin, TX.", []),
        ("Our headquarters are in Seattle, WA.", []),
        ("Notice to applicants for jobs located in NYC: see our policy.", []),
        ("Mail your application to 200 Main St, Springfield, IL.", []),
    ],
)
def test_jurisdictions_inferred_from_where_the_job_is(line, codes):
    posting = engine().check_text(f"Support Engineer\n{line}\n").postings[0]
    assert [j.code for j in posting.facts.jurisdictions] == codes


def test_configured_jurisdictions_always_apply_and_inference_can_be_turned_off():
    text = "Support Engineer\nLocation: Denver, CO\n"
    posting = engine(jurisdictions=["US-WA"], infer_jurisdictions=False).check_text(text).postings[0]
    assert [(j.code, j.reason) for j in posting.facts.jurisdictions] == [("US-WA", "config")]


def test_in_force_date_decides_whether_a_law_applies():
    text = "Support Engineer\nLocation: Toronto, ON\nSalary: $80,000 - $140,000 CAD per year\n"
    before = engine(select=["PAY010"], today=dt.date(2025, 12, 31)).check_text(text).findings
    after = engine(select=["PAY010"], today=dt.date(2026, 1, 1)).check_text(text).findings
    assert before == [] and len(after) == 1
    assert "may be required" in after[0].message and "O. Reg. 476/24" in after[0].message


def test_findings_point_at_the_figures_and_suggest_a_fix():
    text = "Data Analyst\nSalary: up to $90,000 per year\n"
    [finding] = engine(select=["PAY003"]).check_text(text).findings
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (2, 15, 22)
    assert finding.instead == "\"$72,000 - $90,000 per year\""


def test_no_rule_crashes_on_odd_input():
    e = engine(select=["PAY"], jurisdictions=["US-CO", "CA-ON"])
    for text in ["", "\n\n", "$", "€€€ 1,2,3 ---", "Title\n" + "$1,000 - " * 500, "Ünïcødé ₹ 12,00,000 p.a.\u200b"]:
        result = e.check_text(text)
        assert result.errors == []


FOUR_POSTINGS = """Machine Learning Intern (Search)
The intern builds ranking features for our search product and ships them to production.
What you'll do
- Build and launch ranking features with our datasets.
- Work full time (40 hours/week) from June to August 2026.
What we're looking for
- Working towards a degree in Computer Science or a related field.
- Python and one ML framework (PyTorch 2.3 or TensorFlow 2.16).
Compensation: $9,400 monthly
Staff Engineer, Training Platform
Staff engineer scaling our GPU training platform. Requires 8+ years in distributed systems.
Senior Computer Vision Engineer
Build image generation models on large datasets. Requires 5+ years and an M.S. or Ph.D.
Senior ML Engineer, Growth
Build deep learning models on behavioural data for a growth team. Requires PyTorch and AWS.
"""


def test_four_postings_like_the_users_example():
    result = engine(select=["PAY"]).check_text(FOUR_POSTINGS)
    first = result.postings[0]
    assert [(p.minimum, p.maximum, p.currency, p.period) for p in first.facts.pay] == [(9400, 9400, "USD", "month")]
    by_posting = {}
    for finding in result.findings:
        by_posting.setdefault(finding.posting_index, set()).add(finding.code)
    assert len(result.postings) == 4
    assert by_posting == {2: {"PAY001"}, 3: {"PAY001"}, 4: {"PAY001"}}
