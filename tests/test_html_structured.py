"""HTML career pages, schema.org JobPosting data (JSON-LD, microdata, .json, JSON Lines), the
merged facts with their sources, check_posting, and the organisation read from prose."""

from __future__ import annotations

import json
from pathlib import Path

import postlint
from conftest import modules_loaded_by_cli, run_cli
from postlint.ingest.read import read_path

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "career-page.html"


def _lines(text: str) -> dict[int, str]:
    return {n: line for n, line in enumerate(text.split("\n"), 1) if line.strip()}


def test_career_page_keeps_main_content_on_its_source_lines():
    source = read_path(PAGE)
    lines = _lines(source.text)
    html_lines = PAGE.read_text("utf-8").split("\n")
    title_line = next(n for n, line in enumerate(html_lines, 1) if "<h1>" in line)
    assert lines[title_line] == "# Warehouse Lead"
    item_line = next(n for n, line in enumerate(html_lines, 1) if "forklift" in line)
    assert lines[item_line] == "- A forklift certificate"
    text = source.text
    for chrome in ("Skip to content", "cookies", "Sign in", "About us", "Rockstar", "Copyright", "Hidden tracking", "Apply now", "Email"):
        assert chrome not in text, chrome
    assert source.site_name == "Harbor Co-op"
    assert [s.data["title"] for s in source.structured] == ["Warehouse Lead"]


def test_block_elements_do_not_glue_words():
    text = postlint.ingest.read.html_to_text("<div>a</div><div>Senior engineer</div><p>x<br>y</p>")
    assert "aSenior" not in text and "xy" not in text


def test_json_ld_facts_are_merged_and_remember_their_source():
    posting = postlint.parse_text(PAGE.read_text("utf-8"), str(PAGE), config={"today": "2026-03-10"})[0]
    facts = posting.facts
    assert facts.structured.origin == "json-ld"
    assert [(p.text, p.source) for p in facts.location.places] == [("Denver, CO, US", "structured data")]
    assert [(t.type, t.source) for t in facts.employment.types] == [("full-time", "structured data")]
    assert [(p.minimum, p.maximum, p.period, p.currency, p.source) for p in facts.pay] == [(24, 28, "hour", "USD", "structured data")]
    assert facts.dates.closing.source == "structured data" and str(facts.dates.closing_date) == "2026-04-30"
    assert facts.posted.isoformat() == "2026-03-02"
    assert "US-CO" in [j.code for j in facts.jurisdictions]
    assert (posting.organization, facts.organization.source) == ("Harbor Co-op", "structured data")
    codes = {f.code for f in postlint.check_text(PAGE.read_text("utf-8"), path=str(PAGE), config={"today": "2026-03-10"})}
    assert not codes & {"STRUCT001", "STRUCT002", "PAY001", "DATE009", "LANG004"}


def test_parse_shows_each_facts_source():
    code, out, _ = run_cli("parse", str(PAGE))
    assert code == 0
    data = json.loads(out)
    facts = data[0]["facts"] if isinstance(data, list) else data["postings"][0]["facts"]
    assert facts["location"]["places"][0]["source"] == "structured data"
    assert facts["structured"]["pay"]["unit"] == "HOUR"
    assert facts["organization"] == {"name": "Harbor Co-op", "source": "structured data",
                                     "span": {"line": 6, "column": 1, "end_line": 6, "end_column": 1}, "how": None,
                                     "unit": None}


def test_structured_data_that_disagrees_with_the_page(tmp_path):
    page = PAGE.read_text("utf-8").replace(
        "<p>You will lead", "<p>Pay: $18 - $20 per hour. Part-time, 20 hours a week. You will lead")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    findings = [f for f in postlint.check_text(page, path=str(path), config={"today": "2026-03-10"}) if f.code == "SCHEMA006"]
    messages = " | ".join(f.message for f in findings)
    assert "overlaps none of the pay" in messages
    assert "employmentType says full-time but the text says part-time" in messages
    assert all(f.span.line == 6 for f in findings)  # the JSON-LD block's line


def test_page_showing_nothing_takes_its_description_as_the_body():
    page = ('<html><head><script type="application/ld+json">[{"@type": "JobPosting", "title": "Night Porter", '
            '"description": "<h2>Duties</h2><ul><li>Greet late guests</li><li>Lock the doors</li></ul>"}]</script>'
            "</head><body><nav><a href='/'>Home</a></nav></body></html>")
    posting = postlint.parse_text(page, "porter.html")[0]
    assert posting.title == "Night Porter"
    assert [i.text for i in posting.items()] == ["Greet late guests", "Lock the doors"]
    assert posting.facts.structured.body_from_data


def test_microdata_job_posting():
    page = ('<html><body><div itemscope itemtype="https://schema.org/JobPosting">\n<h1 itemprop="title">Baker</h1>\n'
            '<p>Bake bread at dawn for our neighbourhood bakery, every weekday morning with the team.</p>\n'
            '<span itemprop="employmentType">PART_TIME</span>\n'
            '<div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope '
            'itemtype="https://schema.org/PostalAddress"><span itemprop="addressLocality">Austin</span>, '
            '<span itemprop="addressRegion">TX</span></div></div>\n</div></body></html>')
    posting = postlint.parse_text(page, "baker.html")[0]
    found = posting.facts.structured
    assert (found.origin, found.title, found.employment_types) == ("microdata", "Baker", ["PART_TIME"])
    assert found.places[0].text == "Austin, TX"


def test_json_file_with_a_list_of_job_postings(tmp_path):
    jobs = [{"@type": "JobPosting", "title": "Cook", "description": "Cook lunch.", "employmentType": "FULL_TIME"},
            {"@type": "JobPosting", "title": "Server", "description": "Serve tables.", "employmentType": "BANANA"}]
    path = tmp_path / "jobs.json"
    path.write_text(json.dumps({"@context": "https://schema.org", "@graph": jobs}), encoding="utf-8")
    code, out, err = run_cli("check", "--select", "SCHEMA003", str(path))
    assert code == 1 and "Traceback" not in err
    assert "employmentType 'BANANA'" in out and out.count("SCHEMA003") == 1
    assert "Checked 2 postings in 1 file" in out
    other = tmp_path / "package.json"
    other.write_text('{"name": "web"}', encoding="utf-8")
    code, out, _ = run_cli("check", str(other))
    # Not a JobPosting nor a feed postlint knows: the run cannot check it (issue 21: exit 2, the keys seen).
    assert code == 2 and "E001" in out and "not a job-board feed postlint knows" in out and "keys name" in out


def test_jsonl_job_posting_carries_its_structured_data(tmp_path):
    record = {"@type": "JobPosting", "title": "Clerk", "description": "File records.", "datePosted": "01/03/2026"}
    path = tmp_path / "jobs.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    code, out, _ = run_cli("check", "--select", "SCHEMA003", str(path))
    assert code == 1 and "datePosted '01/03/2026' is not an ISO 8601 date" in out


def test_check_posting_takes_a_job_posting_mapping():
    row = {"title": "Line Cook", "description": "<p>Cook for our dinner service.</p>", "datePosted": "2026-03-01",
           "validThrough": "2026-02-01", "hiringOrganization": {"name": "Bistro Nine"},
           "jobLocation": {"address": {"addressLocality": "Boise", "addressRegion": "ID"}},
           "baseSalary": {"currency": "USD", "value": {"minValue": 18, "maxValue": 22, "unitText": "HOUR"}}}
    findings = postlint.check_posting(row, config={"select": ["SCHEMA", "PAY001", "STRUCT001"], "today": "2026-03-05"})
    codes = [f.code for f in findings]
    assert "SCHEMA004" in codes and "SCHEMA005" in codes
    assert "PAY001" not in codes and "STRUCT001" not in codes
    try:
        postlint.check_posting(["not", "a", "mapping"])
    except TypeError as exc:
        assert "mapping" in str(exc)
    else:
        raise AssertionError("a list was accepted")


FOUR = """Research Intern, Search Ranking
Research intern in Lumora's search team builds ranking models and ships them. Requires a PhD in progress.
What you'll do
- Train ranking models on Lumora data
Compensation: $9,000 monthly
Senior Engineer, Training Platform
Senior engineer building and scaling Quillbyte' managed training platform for large models. Requires 5+ years.
Staff Engineer, Image Models
Build image generation models (Lumora Studio) from large datasets. Requires 6+ years of vision work.
Senior ML Engineer
Senior ML engineer building models on payments data to power growth experiences at Fernpay. Requires PyTorch.
"""


def test_organization_from_prose():
    postings = postlint.parse_text(FOUR, "four.txt")
    assert [p.organization for p in postings] == ["Lumora", "Quillbyte", "Lumora", "Fernpay"]
    assert [p.facts.organization.how for p in postings] == [
        "possessive", "possessive", "named by another posting of the file", "at"]


def test_organization_is_not_a_common_word_or_a_place():
    text = ("Clerk\nThe City's records office needs a clerk. A Master's degree helps. "
            "You will work at Denver and file records. Today's work is filing. "
            "You need a valid Class B Driver's license for the route.\n")
    assert postlint.parse_text(text, "clerk.txt")[0].organization is None


def test_checklist_shows_the_organization_from_prose(tmp_path):
    path = tmp_path / "four.txt"
    path.write_text(FOUR, encoding="utf-8")
    code, out, err = run_cli("checklist", str(path), "--stdout")
    assert code == 0, err
    assert "Fernpay" in out and "Quillbyte" in out


def test_markdown_check_does_not_import_the_html_parser(tmp_path):
    path = tmp_path / "job.md"
    path.write_text("# Clerk\n\nFile records. Pay: $20 per hour.\n", encoding="utf-8")
    _, _, modules = modules_loaded_by_cli("check", str(path), prefixes=("lxml", "postlint.ingest.html"))
    assert modules == []
    _, _, modules = modules_loaded_by_cli("check", str(PAGE), prefixes=("lxml.html", "postlint.ingest.html"))
    assert "lxml.html" in modules


def test_og_site_name_names_the_employer_only_when_the_text_does():
    page = ('<html><head><meta property="og:site_name" content="{site}"></head><body>\n<h1>Baker</h1>\n'
            "<p>Bake bread at dawn for the Crumb Street kitchen, five mornings a week.</p>\n</body></html>")
    own = postlint.parse_text(page.format(site="Crumb Street Bakery"), "baker.html")[0]
    assert (own.organization, own.facts.organization.source) == ("Crumb Street Bakery", "og:site_name")
    board = postlint.parse_text(page.format(site="JobBoard Australia"), "baker.html")[0]
    assert board.organization is None


def test_incomplete_base_salary_is_reported_once_not_merged():
    page = PAGE.read_text("utf-8").replace('"currency": "USD",', "")
    posting = postlint.parse_text(page, "page.html", config={"today": "2026-03-10"})[0]
    assert posting.facts.pay == []
    codes = [f.code for f in postlint.check_text(page, path="page.html", config={"today": "2026-03-10", "select": ["PAY", "SCHEMA003"]})]
    assert codes.count("SCHEMA003") == 1 and "PAY008" not in codes and "PAY001" in codes
