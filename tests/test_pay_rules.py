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


# -- money that is not base pay neither satisfies nor trips the base-pay rules -------------------------

NOT_BASE_PAY = [
    "Nights add a $3.00 per hour night-shift differential.",
    "A $7,500 sign-on bonus for the right hire.",
    "Refer a friend and receive $2,000 per year for every year they stay.",
    "New hires receive $40,000 in RSUs.",
    "A $75 monthly phone allowance.",
    "Relocation assistance up to $8,000.",
    "The plan's deductible is $1,200 per person and the FSA limit $2,550 a year.",
    "Life insurance of twice your yearly salary, rounded to the nearest $1,000.",
    "A $2,000 annual training and development budget.",
    "$200/month Quality of Life perk",
    "The group's revenue passed $10+ billion.",
    "Choice Plus HSA POS Gold 1500 w/HSA and a 401K.",
    "Mail transcripts to 117 Main St., Fayetteville, NC 28301. Pay Grade: 8629",
]


@pytest.mark.parametrize("body", NOT_BASE_PAY)
def test_money_that_is_not_base_pay_is_not_the_posting_s_pay(body):
    findings = engine(select=["PAY"]).check_text(f"Staff Nurse\n{body}\n").findings
    assert {f.code for f in findings} == {"PAY001"}, [(f.code, f.message) for f in findings]


@pytest.mark.parametrize("body", NOT_BASE_PAY)
def test_money_that_is_not_base_pay_does_not_trip_rules_beside_base_pay(body):
    text = f"Staff Nurse\nSalary: $38.00 - $44.00 per hour\n{body}\n"
    assert [(f.code, f.message) for f in engine(select=["PAY"]).check_text(text).findings] == []


def test_san_francisco_posting_whose_only_amount_is_a_perk_has_no_pay():
    text = "Senior Analyst\nThis position is located in San Francisco, CA.\nPerks\n- $200/month Quality of Life perk\n"
    codes = {f.code for f in engine(select=["PAY"], today=dt.date(2026, 6, 1)).check_text(text).findings}
    assert {"PAY001", "PAY010"} <= codes and not codes & {"PAY004", "PAY007"}


def test_periods_that_are_not_rates_are_not_judged_for_plausibility():
    for body in ("The total amount paid for the 3 months is around $1,600.", "A donation of $100 for the logo."):
        assert engine(select=["PAY"]).check_text(f"Design Intern\n{body}\n").findings == []


def test_unpaid_gig_that_says_so_has_no_missing_pay_finding():
    text = "---\ntitle: Logo\ncompensation: gratis\n---\n# Logo\n\nDesign a logo. Location: Denver, CO\n"
    assert engine(select=["PAY001", "PAY010"]).check_text(text, path="gig.md").findings == []


def test_jurisdiction_named_in_a_notice_does_not_apply_the_law(monkeypatch):
    """A notice section ("California residents have the right ...") says nothing about where the
    job is. Whatever kind the parse stage gives the equal-opportunity section below is made the
    notice kind here."""
    from postlint.rules import compensation

    text = "Data Analyst\nWe build dashboards.\n\nEqual Opportunity\n\nCalifornia residents have the right to a notice. Location: Oakland, CA\n"
    monkeypatch.setattr(compensation, "_NOTICES", None)
    result = engine(select=["PAY010"]).check_text(text)
    assert {f.code for f in result.findings} == {"PAY010"}
    monkeypatch.setattr(compensation, "_NOTICES", result.postings[0].sections[-1].kind)
    assert engine(select=["PAY010"]).check_text(text).findings == []


def test_checklist_shows_other_pay_apart_from_base_pay():
    from postlint.checklist.checklist import pay_words

    text = "Night Nurse\nPay: $38 per hour, plus a $3 per hour night-shift differential.\nA $5,000 sign-on bonus.\n"
    posting = engine().check_text(text).postings[0]
    assert pay_words(posting) == "$38 per hour"
    assert pay_words(posting, ("premium", "bonus")) == "$3 per hour (premium); $5,000 (bonus)"


def test_periods_in_words_for_the_checklist():
    from postlint.checklist.checklist import pay_words

    posting = engine().check_text("Intern\nThe total paid for the 3 months is $4,800.\nPay: $2,000 biweekly\n").postings[0]
    assert pay_words(posting) == "$4,800 for 3 months; $2,000 every two weeks"
