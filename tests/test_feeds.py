"""Job-board feeds (issue 21): each system's response read as postings with structured facts.

The fixtures in tests/fixtures/feeds/ are written for these tests, one small response per system,
in each API's shape (field names as the systems document them; the postings are invented).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import FIXTURES, modules_loaded_by_cli, run_cli

from postlint.engine import Engine
from postlint.engine.config import Config, Settings
from postlint.ingest import feeds
from postlint.ingest.jsonl import iter_records

FEEDS = FIXTURES / "feeds"


def engine(**settings) -> Engine:
    return Engine(Config(settings=Settings(select=["ALL"], today="2026-06-01", **settings)))


def postings(name: str, **settings):
    return engine(**settings).check_path(FEEDS / name).postings


# system, fixture, titles, organisations (one per posting, in file order)
CASES = [
    ("greenhouse", "greenhouse.json", ["Night Baker", "Delivery Driver"], ["Crumb & Co", "crumbco"]),
    ("lever", "lever.json", ["Support Engineer", "Clinic Trainer"], ["quietfox", "quietfox"]),
    ("ashby", "ashby.json", ["Data Analyst"], ["maplegrid"]),
    ("workable", "workable.json", ["Lab Technician"], ["Harbour Labs"]),
    ("smartrecruiters", "smartrecruiters.json", ["Warehouse Lead"], ["Box River"]),
    ("recruitee", "recruitee.json", ["Barista"], ["Bean There"]),
    ("personio", "personio.xml", ["Werkstudent Marketing", "Buchhalter"], ["Nordlicht GmbH", "Nordlicht GmbH"]),
    ("usajobs", "usajobs.json", ["Park Ranger"], ["National Park Service, Department of the Interior"]),
    ("remoteok", "remoteok.json", ["Technical Writer", "Docs Engineer"], ["Tidy Docs", "Tidy Docs"]),
    ("remotive", "remotive.json", ["Support Agent"], ["Hushmail Co"]),
    ("arbeitnow", "arbeitnow.json", ["Koch (m/w/d)"], ["Kantine Mitte"]),
    ("jobicy", "jobicy.json", ["QA Tester"], ["Pixel Mill"]),
    ("teamtailor", "teamtailor.json", ["Bike Mechanic"], ["Fjord Bikes"]),
]


@pytest.mark.parametrize(("system", "name", "titles", "organizations"), CASES, ids=[c[0] for c in CASES])
def test_each_system_is_read_as_its_postings(system, name, titles, organizations):
    found = postings(name)
    assert [p.title for p in found] == titles
    assert [p.organization for p in found] == organizations
    assert {p.facts.structured.feed for p in found} == {system}
    for posting in found:
        # The posting text is the record's fields, never the JSON or XML around them.
        text = "\n".join(line.text for line in posting.lines)
        assert not re.search(r'"\w+":|&lt;|</?\w+>|\{"', text), text


def test_no_finding_points_into_json_syntax():
    for _, name, _, _ in CASES:
        result = engine().check_path(FEEDS / name)
        by_index = {p.index: p for p in result.postings}
        for finding in result.findings:
            posting = by_index.get(finding.posting_index)
            if posting is None:
                continue
            line = posting.line_text(finding.span.line)
            assert '":' not in line and "&lt;" not in line and "<li>" not in line, (name, finding.code, line)


def test_greenhouse_content_is_unescaped_html_with_its_headings_and_items():
    baker = postings("greenhouse.json")[0]
    text = "\n".join(line.text for line in baker.lines)
    assert "Crumb & Co bakes bread" in text and "&amp;" not in text
    assert "- Order flour and track stock each week" in text
    assert {s.heading for s in baker.sections} >= {"What you will do", "What you bring"}


def test_lever_lists_and_additional_become_sections():
    support = postings("lever.json")[0]
    text = "\n".join(line.text for line in support.lines)
    assert "## What you will do" in text and "- Write help articles" in text
    assert text.rstrip().endswith("We answer every applicant within two weeks.")
    assert text.count("Quiet Fox makes note-taking software") == 1  # the HTML, not also its plain twin


@pytest.mark.parametrize(("name", "index", "pay"), [
    ("ashby.json", 0, (80000, 95000, "CAD", "year")),  # compensation.summaryComponents, the Salary one
    ("lever.json", 0, (52000, 61000, "USD", "year")),  # salaryRange with "per-year-salary"
    ("usajobs.json", 0, (41148, 53495, "USD", "year")),  # PositionRemuneration, numbers as strings
    ("recruitee.json", 0, (2400, 2700, "EUR", "month")),  # salary with string values
    ("jobicy.json", 0, (30, 40, "USD", "hour")),
    ("remoteok.json", 0, (70000, 85000, "USD", "year")),
    ("remotive.json", 0, (20, 24, "EUR", "hour")),  # a salary in words
], ids=lambda v: v if isinstance(v, str) else "")
def test_pay_objects_become_pay_facts(name, index, pay):
    found = postings(name)[index]
    base = [(p.minimum, p.maximum, p.currency, p.period) for p in found.facts.pay if p.kind == "base"]
    assert base == [pay]
    assert not any(f.code.startswith("PAY00") and "no pay" in f.message
                   for f in engine().check_path(FEEDS / name).findings if f.posting_index == index + 1)


def test_remoteok_zero_salary_is_no_pay_and_its_legal_element_no_posting():
    writer, docs = postings("remoteok.json")
    assert docs.facts.pay == [] and docs.facts.structured.pay is None
    assert writer.facts.structured.pay is not None


def test_structured_fields_become_facts_with_their_source():
    ranger = postings("usajobs.json")[0]
    facts = ranger.facts
    assert facts.structured.origin == "feed" and facts.structured.url == "https://www.usajobs.gov/job/800100/apply"
    assert str(facts.dates.closing.value) == "2027-01-19"
    assert [t.type for t in facts.employment.types] == ["full-time"]
    clinic = postings("lever.json")[1]
    assert any(m.mode == "remote" for m in clinic.facts.location.work_modes)
    assert str(clinic.facts.structured.date_posted.value) == "2026-01-02"  # createdAt in unix milliseconds
    intern = postings("personio.xml")[0]
    assert [t.type for t in intern.facts.employment.types] == ["part-time"]


def test_schema_rules_judge_schema_org_records_not_mapped_feed_fields():
    mapped = engine().check_path(FEEDS / "greenhouse.json").findings
    assert not [f for f in mapped if f.code.startswith("SCHEMA")]  # Greenhouse JSON is no schema.org markup
    schema = engine().check_path(FEEDS / "teamtailor.json").findings
    assert any(f.code == "SCHEMA002" for f in schema)  # the JobPosting inside the JSON Feed is


def test_findings_name_the_record_and_count_lines_in_its_text():
    code, out, err = run_cli("check", "--select", "PAY001,STRUCT002", "--today", "2026-06-01", str(FEEDS / "greenhouse.json"))
    assert code == 1 and "Traceback" not in err
    lines = [line for line in out.splitlines() if "greenhouse.json:#" in line]
    assert lines and all(re.match(r".*greenhouse\.json:#10[12]:\d+:\d+: ", line) for line in lines)
    assert any(line.split(":#")[1].startswith("102:1:") for line in lines)  # the driver's title, line 1 of its text


def test_parse_names_the_system_of_each_posting():
    code, out, _ = run_cli("parse", str(FEEDS / "usajobs.json"))
    assert code == 0
    data = json.loads(out)
    assert [p["facts"]["structured"]["feed"] for p in data] == ["usajobs"]
    assert data[0]["facts"]["pay"][0]["currency"] == "USD"


def test_unknown_shape_names_the_keys_it_saw_and_the_shapes_it_knows(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"positions": [{"headline": "Cook"}], "paging": {"next": None}}), encoding="utf-8")
    code, out, err = run_cli("check", str(path))
    assert code == 2 and "Traceback" not in err
    assert "top-level keys positions, paging" in out + err
    assert "greenhouse (Greenhouse Job Board API)" in out and "usajobs" in out and "--format-in" in out
    code, out, err = run_cli("parse", str(path))
    assert code == 2 and json.loads(out) == [] and "top-level keys positions, paging" in err
    xml = tmp_path / "feed.xml"
    xml.write_text("<rss><channel><item><title>Cook</title></item></channel></rss>", encoding="utf-8")
    code, out, _ = run_cli("check", str(xml))
    assert code == 2 and "<rss> of <channel> elements" in out


def test_invalid_json_is_unreadable_not_an_unknown_shape(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"jobs": [', encoding="utf-8")
    code, out, _ = run_cli("check", str(path))
    assert code == 1 and "E001" in out and "not valid JSON" in out


def test_format_in_forces_a_system(tmp_path):
    # A Lever export that lost the keys telling its shape apart: only --format-in reads it.
    rows = [{"id": "x1", "text": "Gardener", "categories": {"commitment": "Part-time", "location": "Bath"},
             "descriptionPlain": "Mow the lawns of the college and plant the spring beds."}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    code, _, _ = run_cli("check", str(path))
    assert code == 2
    code, out, _ = run_cli("parse", "--format-in", "lever", str(path))
    assert code == 0
    [posting] = json.loads(out)
    assert posting["title"] == "Gardener" and posting["facts"]["structured"]["feed"] == "lever"
    code, out, err = run_cli("check", "--format-in", "nosuch", str(path))
    assert code == 2 and "no such feed" in out + err and "greenhouse" in out + err


def test_stdin_feed_with_format_in():
    data = (FEEDS / "jobicy.json").read_bytes()
    code, out, err = run_cli("check", "--select", "PAY001", "--format-in", "json", "-", input=data)
    assert code == 0 and "Traceback" not in err and "Checked 1 posting" in out


def test_jsonl_records_of_a_feed_shape_are_read_by_its_map(tmp_path):
    jobs = json.loads((FEEDS / "greenhouse.json").read_text(encoding="utf-8"))["jobs"]
    path = tmp_path / "jobs.jsonl"
    path.write_text("".join(json.dumps(job) + "\n" for job in jobs) + json.dumps({"id": "p", "text": "# Cook\n\nCook."}) + "\n",
                    encoding="utf-8")
    results = list(engine().check_file(path))
    assert [r.path.rsplit(":#", 1)[1] for r in results] == ["101", "102", "p"]
    assert [r.postings[0].facts.structured.feed if r.postings[0].facts.structured else None for r in results] == [
        "greenhouse", "greenhouse", None]


def test_user_field_map_in_config_reads_an_own_export(tmp_path):
    (tmp_path / ".postlint.toml").write_text(
        '[feeds.hr-export]\n'
        'records = ["vacancies"]\n'
        'match = ["vacancy_id", "role"]\n'
        'key = ["vacancy_id"]\n'
        'title = ["role"]\n'
        'organization = ["/employer"]\n'
        'location = ["site.town"]\n'
        'pay = [{ min = "pay.from", max = "pay.to", currency = "=GBP", period = "pay.per" }]\n'
        'body = [{ path = "summary" }, { path = "duties", heading = "Duties" }]\n'
        '\n[feeds.greenhouse]\norganization = ["=Board Override"]\n',
        encoding="utf-8")
    export = {"employer": "Riverside Council", "vacancies": [
        {"vacancy_id": 7, "role": "Library Assistant", "site": {"town": "Reading"},
         "pay": {"from": 24000, "to": 26000, "per": "annum"}, "summary": "Help readers find books.",
         "duties": ["Shelve returned books", "Run the children's reading hour"]}]}
    (tmp_path / "vacancies.json").write_text(json.dumps(export), encoding="utf-8")
    (tmp_path / "gh.json").write_text((FEEDS / "greenhouse.json").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run_cli("parse", "vacancies.json", cwd=tmp_path)
    assert code == 0, err
    [posting] = json.loads(out)
    assert posting["title"] == "Library Assistant" and posting["organization"] == "Riverside Council"
    assert posting["facts"]["structured"]["feed"] == "hr-export"
    assert [(p["minimum"], p["currency"], p["period"]) for p in posting["facts"]["pay"]] == [(24000.0, "GBP", "year")]
    assert any(s["heading"] == "Duties" for s in posting["sections"])
    code, out, _ = run_cli("parse", "gh.json", cwd=tmp_path)
    assert {p["organization"] for p in json.loads(out)} == {"Board Override"}


def test_a_bad_user_field_map_is_a_clear_error(tmp_path):
    (tmp_path / ".postlint.toml").write_text('[feeds.mine]\nrecords = ["rows"]\nmatch = []\n', encoding="utf-8")
    (tmp_path / "rows.json").write_text('{"rows": []}', encoding="utf-8")
    code, out, err = run_cli("check", "rows.json", cwd=tmp_path)
    assert code == 2 and "Traceback" not in err and "feeds.mine.match" in out + err


def test_feed_code_loads_only_for_feed_files(tmp_path):
    posting = tmp_path / "job.md"
    posting.write_text("# Cook\n\nCook lunch for forty people. Full-time, $18 per hour.\n", encoding="utf-8")
    _, _, modules = modules_loaded_by_cli("check", str(posting), prefixes=("postlint.ingest.feeds", "ijson"))
    assert modules == []
    _, _, modules = modules_loaded_by_cli("check", str(FEEDS / "ashby.json"), prefixes=("postlint.ingest.feeds", "ijson"))
    assert "postlint.ingest.feeds" in modules and "ijson" not in modules  # small files are parsed whole


# -- large responses ---------------------------------------------------------------------------------
RECORDS = 100_000


def _job(number: int) -> dict:
    return {"absolute_url": f"https://boards.greenhouse.io/big/jobs/{number}", "internal_job_id": number,
            "id": number, "title": f"Role {number}", "company_name": "Big Co", "location": {"name": "Remote"},
            "content": "&lt;p&gt;Do the work.&lt;/p&gt;" if number % 1000 == 0 else "Do the work."}


def _resident() -> int:
    """This process's resident memory in bytes (Linux: /proc/self/statm)."""
    import os

    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _growth_while(records, start: int) -> tuple[int, int, str]:
    """Records read, how far resident memory rose from ``start`` (taken before the file was opened),
    the last key. Holding 100k records (or the parsed file) grows it by several times the file's
    size; reading one at a time, by a few MB. Resident memory, not tracemalloc: tracing every
    allocation of 100k records would make the test a minute long."""
    count, last, peak = 0, "", start
    for record in records:
        count += 1
        last = record.key
        if count % 5000 == 0:  # the highest it gets while reading, not after the reader let go
            peak = max(peak, _resident())
    return count, peak - start, last


def _warm_up() -> int:
    """Resident memory once the reading code is imported and has run (imports are not records)."""
    import ijson  # noqa: F401

    list(feeds.records_of({"jobs": [_job(1)]}, "warm", feeds.systems())[1])
    return _resident()


needs_proc = pytest.mark.skipif(not __import__("os").path.exists("/proc/self/statm"), reason="reads /proc/self/statm")


@needs_proc
def test_a_100k_record_json_array_is_streamed_with_flat_memory(tmp_path):
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"jobs": [')
        for number in range(1, RECORDS + 1):
            handle.write(("," if number > 1 else "") + json.dumps(_job(number)))
        handle.write('], "meta": {"total": %d}}' % RECORDS)
    size = path.stat().st_size
    assert size > 15_000_000
    max_size = 1_000_000  # far below the file: it must be streamed, not read whole
    start = _warm_up()
    with path.open("rb") as stream:
        system, records = feeds.read_stream(stream, str(path), feeds.systems(), None, size, max_size)
        count, growth, last = _growth_while(records, start)
    assert system.id == "greenhouse" and count == RECORDS and last == str(RECORDS)
    print(f"JSON array: {size / 1e6:.0f} MB, resident memory grew {growth / 1e6:.1f} MB")
    assert growth < size / 2  # memory held at a time: a record, not the file (json.load would hold ~10x it)


@needs_proc
def test_a_100k_record_jsonl_file_is_read_a_record_at_a_time(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for number in range(1, RECORDS + 1):
            handle.write(json.dumps(_job(number)) + "\n")
    size = path.stat().st_size
    start = _warm_up()
    with path.open("rb") as stream:
        count, growth, last = _growth_while(iter_records(stream, 1_000_000), start)
    print(f"JSON Lines: {size / 1e6:.0f} MB, resident memory grew {growth / 1e6:.1f} MB")
    assert count == RECORDS and last == str(RECORDS)
    assert growth < size / 2


def test_a_streamed_feed_checks_through_the_engine(tmp_path):
    path = tmp_path / "feed.json"
    jobs = [_job(n) for n in range(1, 31)]
    path.write_text(json.dumps({"jobs": jobs}), encoding="utf-8")
    small = engine(max_file_size=1000)  # the file is over it: streamed, each record checked
    results = list(small.check_file(path))
    assert [r.path.rsplit(":#", 1)[1] for r in results] == [str(n) for n in range(1, 31)]
    assert all(r.postings[0].facts.structured.feed == "greenhouse" for r in results)


def test_feeds_on_a_dask_cluster_give_the_local_findings():
    distributed = pytest.importorskip("distributed")
    args = ["check", "--today", "2026-06-01", "--format", "json", "--select", "ALL",
            str(FEEDS / "usajobs.json"), str(FEEDS / "lever.json"), str(FEEDS / "personio.xml")]
    serial = run_cli(*args)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        on_cluster = run_cli(*args, "--scheduler", cluster.scheduler_address)
    assert on_cluster == serial
    assert "lever.json:#bb22" in serial[1] and "personio.xml:#62" in serial[1]


def test_stdin_json_lines_read_as_a_named_feed():
    jobs = json.loads((FEEDS / "lever.json").read_text(encoding="utf-8"))
    for job in jobs:
        del job["hostedUrl"]  # no longer told apart by its keys
    data = "".join(json.dumps(job) + "\n" for job in jobs).encode("utf-8")
    args = ["check", "--select", "STRUCT002", "--stdin-filename", "jobs.jsonl", "--today", "2026-06-01", "-"]
    _, out, _ = run_cli(*args, input=data)
    assert "STRUCT002" in out  # read as {"id", "text"} records: the title is all the text
    code, out, err = run_cli("check", "--format-in", "lever", *args[1:], input=data)
    assert code == 0 and "Traceback" not in err and "Checked 2 postings" in out
    assert "STRUCT002" not in out  # categories.commitment read as the employment type


@pytest.mark.parametrize(("raw", "kinds"), [
    ("FullTime", ["FULL_TIME"]), ("fulltime_permanent", ["FULL_TIME"]), ("parttime_permanent", ["PART_TIME"]),
    ("Full Time", ["FULL_TIME"]), ("freelance", ["CONTRACTOR"]), ("Intern", ["INTERN"]),
    ("permanent", []), ("Multiple Schedules", []),
])
def test_employment_types_in_a_feeds_own_words(raw, kinds):
    from postlint.ingest.feeds.mapper import employment_types

    assert employment_types(raw) == kinds


@pytest.mark.parametrize(("raw", "iso"), [
    (1767312000000, "2026-01-02"), ("1767312000", "2026-01-02"), ("2026-08-05 10:10:39 UTC", "2026-08-05"),
    ("2026-07-27T13:48:30-04:00", "2026-07-27T13:48:30-04:00"), ("", None), (True, None),
])
def test_feed_dates_as_iso(raw, iso):
    from postlint.ingest.feeds.mapper import iso_date

    assert iso_date(raw) == iso


def test_a_record_without_a_title_is_reported_not_checked(tmp_path):
    jobs = json.loads((FEEDS / "remotive.json").read_text(encoding="utf-8"))
    jobs["jobs"].append({**jobs["jobs"][0], "id": 99, "title": ""})
    path = tmp_path / "remotive.json"
    path.write_text(json.dumps(jobs), encoding="utf-8")
    results = list(engine().check_file(path))
    assert [r.path.rsplit(":#", 1)[1] for r in results] == ["31", "99"]
    [problem] = [f for f in results[1].findings if f.code == "E001"]
    assert "record 99 has no title" in problem.message and "(title)" in problem.message
    assert results[1].postings == []


def test_a_single_job_response_is_one_posting_named_by_the_file(tmp_path):
    job = json.loads((FEEDS / "greenhouse.json").read_text(encoding="utf-8"))["jobs"][0]
    path = tmp_path / "job.json"  # GET .../jobs/ID: the job object itself
    path.write_text(json.dumps(job), encoding="utf-8")
    results = list(engine().check_file(path))
    assert [r.path for r in results] == [str(path)]
    assert results[0].postings[0].title == "Night Baker" and results[0].postings[0].facts.structured.feed == "greenhouse"


def test_an_unknown_json_shape_is_an_error_of_the_input_not_an_internal_one(tmp_path) -> None:
    import subprocess
    import sys

    page = tmp_path / "export.json"
    page.write_text('{"foo": 1, "bar": [1, 2]}', "utf-8")
    run = subprocess.run([sys.executable, "-m", "postlint", "check", str(page)], capture_output=True, text=True)
    assert run.returncode == 2
    assert "postlint: error:" in run.stderr and "internal error" not in run.stderr
    assert "foo, bar" in run.stderr
