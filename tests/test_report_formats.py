"""Every output format of ``postlint check``, through the real CLI, and its exit codes.

The fixtures (tests/fixtures/report/) are copied into a temporary folder with an empty
``.postlint.toml``, so the run sees default settings whatever config files sit above the checkout.
Exact positions are checked with ``--select PAY001`` so that rules added later don't change them;
schema validation runs with the default selection as well, to cover every rule's findings.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, run_cli
from postlint.engine import FileResult
from postlint.engine.registry import builtin_registry
from postlint.model import Finding, Severity, Span
from postlint.report.github import GithubReporter

FIXTURES = Path(__file__).parent / "fixtures" / "report"
JSON_SCHEMA = ROOT / "docs" / "json-output.schema.json"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

TEXT_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]{1,8}\d{3}) "
    r"\[(?P<severity>error|warning|info)\] (?P<message>.+)$"
)
SUMMARY_LINE = re.compile(r"^Checked (\d+) postings? in (\d+) files?: (\d+) findings?( \(.+\))?\.$")
GITHUB_LINE = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]*),line=(?P<line>\d+),col=(?P<col>\d+),"
    r"endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+),title=(?P<title>[^,]*)::(?P<message>.*)$"
)
# Listed out of order on purpose: the output must come sorted by file, line, column anyway.
PATHS = ("postings/two-postings.txt", "postings/no-pay.md", "postings/clean.md")


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURES, tmp_path / "postings")
    (tmp_path / ".postlint.toml").write_text("# defaults only\n", encoding="utf-8")
    return tmp_path


def check(workdir: Path, *args: str) -> tuple[int, str, str]:
    return run_cli("check", *args, cwd=workdir)


def json_findings(workdir: Path, *args: str) -> list[dict]:
    code, out, err = check(workdir, "--format", "json", *args)
    assert code in (0, 1), err
    return json.loads(out)["findings"]


def source_line(workdir: Path, path: str, number: int) -> str:
    return (workdir / path).read_text(encoding="utf-8").splitlines()[number - 1]


def github_unescape_property(text: str) -> str:
    # The inverse of GitHub's toolkit escapeProperty (%25 last, so "%253A" stays "%3A").
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


def github_unescape_data(text: str) -> str:
    for escaped, raw in (("%0D", "\r"), ("%0A", "\n"), ("%25", "%")):
        text = text.replace(escaped, raw)
    return text


# -- what the fixtures produce ---------------------------------------------------------------------


def test_fixture_findings_point_at_the_titles(workdir):
    findings = json_findings(workdir, "--select", "PAY001", *PATHS)
    assert {f["path"] for f in findings} == {"postings/two-postings.txt", "postings/no-pay.md"}
    for f in findings:
        # The span covers exactly the title, 1-based, end column exclusive.
        assert f["line"] == f["end_line"]
        line = source_line(workdir, f["path"], f["line"])
        assert line[f["column"] - 1 : f["end_column"] - 1] == f["posting_title"]
    titles = [(f["path"], f["posting_index"], f["posting_title"]) for f in findings]
    assert titles == [
        ("postings/no-pay.md", 1, "Warehouse Shift Lead, Night Team"),
        ("postings/two-postings.txt", 1, "Barista, 100% Oat Milk Bar (Early Shift)"),
        ("postings/two-postings.txt", 2, "Delivery Driver, Bicycle Fleet"),
    ]
    no_pay = findings[0]
    assert (no_pay["line"], no_pay["column"]) == (1, 3)  # after "# "
    lines = (workdir / "postings" / "two-postings.txt").read_text(encoding="utf-8").splitlines()
    assert findings[2]["line"] == 1 + lines.index("Delivery Driver, Bicycle Fleet")


# -- text ------------------------------------------------------------------------------------------


def test_text_lines_and_summary(workdir):
    code, out, _ = check(workdir, "--select", "PAY001", *PATHS)
    lines = out.splitlines()
    *finding_lines, summary = lines
    parsed = [TEXT_LINE.match(line) for line in finding_lines]
    assert all(parsed), finding_lines
    expected = json_findings(workdir, "--select", "PAY001", *PATHS)
    assert [(m["path"], int(m["line"]), int(m["column"]), m["code"], m["severity"], m["message"]) for m in parsed] == [
        (f["path"], f["line"], f["column"], f["code"], f["severity"], f["message"]) for f in expected
    ]
    match = SUMMARY_LINE.match(summary)
    assert match, summary
    assert match.groups()[:3] == ("4", "3", "3")  # 1 + 1 + 2 postings in 3 files, 3 findings
    assert match.group(4) == " (3 warnings)"
    assert code == 1


def test_text_clean_file_has_only_the_summary(workdir):
    code, out, _ = check(workdir, "--select", "PAY001", "postings/clean.md")
    assert out.splitlines() == ["Checked 1 posting in 1 file: 0 findings."]
    assert code == 0


def test_text_statistics_counts_per_rule(workdir):
    _, out, _ = check(workdir, "--select", "PAY001", "--statistics", *PATHS)
    assert re.search(r"^\s+3\s+PAY001\s+missing-compensation$", out, re.M), out


def test_findings_sorted_by_file_line_column_across_files(workdir):
    reversed_paths = tuple(reversed(PATHS))
    for paths in (PATHS, reversed_paths, ("postings",)):
        findings = json_findings(workdir, "--select", "PAY001", *paths)
        keys = [(f["path"], f["line"], f["column"]) for f in findings]
        assert keys == sorted(keys) and len({k[0] for k in keys}) == 2, keys
        _, out, _ = check(workdir, "--select", "PAY001", *paths)
        text_keys = [(m["path"], int(m["line"]), int(m["column"])) for m in map(TEXT_LINE.match, out.splitlines()) if m]
        assert text_keys == keys


def test_same_file_twice_is_checked_once(workdir):
    findings = json_findings(workdir, "--select", "PAY001", "postings/no-pay.md", "postings/no-pay.md")
    assert len(findings) == 1


# -- full ------------------------------------------------------------------------------------------


def full_blocks(out: str) -> list[list[str]]:
    blocks = [b.splitlines() for b in out.strip().split("\n\n")]
    return [b for b in blocks if TEXT_LINE.match(b[0]) or re.match(r"^.+:\d+:\d+: [A-Z]+\d{3} \[", b[0])]


def test_full_shows_source_line_caret_under_the_span_and_instead(workdir):
    code, out, _ = check(workdir, "--select", "PAY001", "--format", "full", *PATHS)
    expected = json_findings(workdir, "--select", "PAY001", *PATHS)
    blocks = full_blocks(out)
    assert len(blocks) == len(expected) == 3
    for block, f in zip(blocks, expected):
        assert block[0] == f"{f['path']}:{f['line']}:{f['column']}: {f['code']} [{f['severity']}] {f['name']}"
        gutter_index = next(i for i, line in enumerate(block) if re.match(rf"^\s*{f['line']} \| ", line))
        source, caret = block[gutter_index], block[gutter_index + 1]
        prefix = source.index(" | ") + 3
        assert source[prefix:] == source_line(workdir, f["path"], f["line"])
        assert caret[:prefix].strip() == "|"
        marks = caret[prefix:]
        start = len(marks) - len(marks.lstrip(" "))
        assert set(marks.strip()) == {"^"}
        assert (start + 1, start + 1 + len(marks.strip())) == (f["column"], f["end_column"])
        assert source[prefix + start : prefix + len(marks)] == f["posting_title"]
        assert f"  = {f['message']}" in block
        assert f"  = instead: {f['instead']}" in block
    # Only a file with several postings says which posting a finding is in.
    assert "  in posting 2: Delivery Driver, Bicycle Fleet" in blocks[2]
    assert not any(line.startswith("  in posting") for line in blocks[0])
    assert SUMMARY_LINE.match(out.splitlines()[-1])
    assert code == 1


def test_full_caret_under_a_span_after_tabs(workdir):
    # A tab before the title is one column in the span; the caret must still sit under the title.
    path = workdir / "postings" / "tabbed.md"
    path.write_text("#\tHarbour Ferry Deckhand\n\nCrew the morning ferry.\n", encoding="utf-8")
    (f,) = json_findings(workdir, "--select", "PAY001", "postings/tabbed.md")
    _, out, _ = check(workdir, "--select", "PAY001", "--format", "full", "postings/tabbed.md")
    source, caret = next((a, b) for a, b in zip(out.splitlines(), out.splitlines()[1:]) if " | " in a and "^" in b)
    start = caret.index("^")
    assert source[start : start + caret.count("^")] == f["posting_title"] == "Harbour Ferry Deckhand"


# -- json ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def json_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(JSON_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_json_validates_against_the_documented_schema(workdir, json_validator):
    (workdir / "postings" / "empty.txt").write_bytes(b"")
    for args in (("--select", "PAY001", *PATHS), (*PATHS, "postings/empty.txt"), ("postings/clean.md",)):
        code, out, err = check(workdir, "--format", "json", *args)
        assert code in (0, 1), err
        doc = json.loads(out)
        json_validator.validate(doc)
        summary = doc["summary"]
        assert summary["findings"] == len(doc["findings"]) == sum(summary["by_severity"].values())
        assert summary["by_code"] == {c: sum(f["code"] == c for f in doc["findings"]) for c in summary["by_code"]}
    # The whole-file finding for the empty file has no posting.
    (e001,) = [f for f in json_findings(workdir, "postings/empty.txt") if f["code"] == "E001"]
    assert e001["posting_index"] is None and e001["posting_title"] is None


def test_json_carries_one_based_positions_and_posting(workdir):
    code, out, _ = check(workdir, "--format", "json", "--select", "PAY001", *PATHS)
    doc = json.loads(out)
    assert doc["version"] == 1 and doc["tool"]["name"] == "postlint"
    assert doc["summary"]["files"] == 3 and doc["summary"]["postings"] == 4
    by_posting = {(f["path"], f["posting_index"]): f for f in doc["findings"]}
    driver = by_posting[("postings/two-postings.txt", 2)]
    assert driver["posting_title"] == "Delivery Driver, Bicycle Fleet"
    assert (driver["column"], driver["end_column"]) == (1, 1 + len("Delivery Driver, Bicycle Fleet"))
    assert driver["instead"]  # PAY001 always says what to write
    assert code == 1


def test_json_schema_rejects_what_the_format_must_not_produce(json_validator, workdir):
    # The schema constrains: a 0-based column, a missing field or an unknown severity fail it.
    good = json.loads(check(workdir, "--format", "json", "--select", "PAY001", "postings/no-pay.md")[1])
    json_validator.validate(good)
    for mutate in (
        lambda d: d["findings"][0].update(column=0),
        lambda d: d["findings"][0].pop("end_line"),
        lambda d: d["findings"][0].update(severity="fatal"),
        lambda d: d.update(version=2),
    ):
        bad = json.loads(json.dumps(good))
        mutate(bad)
        assert not json_validator.is_valid(bad)


# -- sarif -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    # The vendored file is the OASIS schema for SARIF 2.1.0 (it identifies itself with "id", draft-04).
    assert "2.1.0" in schema["title"] and schema["id"].endswith("/sarif-schema-2.1.0.json")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    cls = jsonschema.validators.validator_for(schema)  # the draft the schema declares
    assert cls is jsonschema.Draft4Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_sarif_validates_against_the_official_schema(workdir, sarif_validator):
    (workdir / "postings" / "empty.txt").write_bytes(b"")
    for args in (("--select", "PAY001", *PATHS), (*PATHS, "postings/empty.txt"), ("postings/clean.md",)):
        code, out, err = check(workdir, "--format", "sarif", *args)
        assert code in (0, 1), err
        sarif_validator.validate(json.loads(out))
    # And the schema is live: a result with a level SARIF doesn't know is rejected.
    doc = json.loads(check(workdir, "--format", "sarif", "--select", "PAY001", "postings/no-pay.md")[1])
    doc["runs"][0]["results"][0]["level"] = "warn"
    assert not sarif_validator.is_valid(doc)


def test_sarif_results_have_rule_level_and_region(workdir):
    code, out, _ = check(workdir, "--format", "sarif", "--select", "PAY001", *PATHS)
    doc = json.loads(out)
    assert doc["version"] == "2.1.0"
    (run,) = doc["runs"]
    rules = run["tool"]["driver"]["rules"]
    expected = json_findings(workdir, "--select", "PAY001", *PATHS)
    assert len(run["results"]) == len(expected)
    for result, f in zip(run["results"], expected):
        assert result["ruleId"] == f["code"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == "warning"
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == f["path"]
        assert location["region"] == {
            "startLine": f["line"], "startColumn": f["column"], "endLine": f["end_line"], "endColumn": f["end_column"],
        }
        assert result["message"]["text"].startswith(f["message"]) and f["instead"] in result["message"]["text"]
        assert result["properties"] == {"postingIndex": f["posting_index"], "postingTitle": f["posting_title"]}
    assert [r["id"] for r in rules] == ["PAY001"]
    assert rules[0]["name"] == "missing-compensation" and rules[0]["defaultConfiguration"]["level"] == "warning"
    assert code == 1


def test_sarif_levels_and_absolute_paths(workdir, sarif_validator):
    (workdir / "postings" / "empty.txt").write_bytes(b"")
    (workdir / ".postlint.toml").write_text('[severity]\nPAY001 = "info"\n', encoding="utf-8")
    absolute = workdir / "postings" / "no-pay.md"
    _, out, _ = check(workdir, "--format", "sarif", "--select", "PAY001,E", str(absolute), "postings/empty.txt")
    doc = json.loads(out)
    sarif_validator.validate(doc)
    levels = {r["ruleId"]: r["level"] for r in doc["runs"][0]["results"]}
    assert levels == {"E001": "error", "PAY001": "note"}
    # Paths under the folder postlint ran in are %SRCROOT%-relative, however they were named.
    locations = {r["ruleId"]: r["locations"][0]["physicalLocation"]["artifactLocation"] for r in doc["runs"][0]["results"]}
    assert locations["PAY001"] == locations["E001"] | {"uri": "postings/no-pay.md"}
    assert locations["E001"] == {"uri": "postings/empty.txt", "uriBaseId": "%SRCROOT%"}
    assert doc["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"] == workdir.resolve().as_uri() + "/"
    # Elsewhere: an absolute file: URI.
    from postlint.report.sarif import artifact_location

    outside = workdir.parent / "elsewhere" / "job.md"
    assert artifact_location(str(outside), workdir / "repo") == {"uri": outside.as_uri()}


# -- github ----------------------------------------------------------------------------------------


def test_github_annotations(workdir):
    code, out, _ = check(workdir, "--format", "github", "--select", "PAY001", *PATHS)
    expected = json_findings(workdir, "--select", "PAY001", *PATHS)
    lines = out.splitlines()
    assert len(lines) == len(expected)  # no summary line: only workflow commands
    for line, f in zip(lines, expected):
        m = GITHUB_LINE.match(line)
        assert m, line
        assert m["level"] == "warning"
        assert github_unescape_property(m["file"]) == f["path"]
        assert [int(m[k]) for k in ("line", "col", "end_line", "end_col")] == [
            f["line"], f["column"], f["end_line"], f["end_column"]
        ]
        assert github_unescape_property(m["title"]) == "PAY001 missing-compensation"
        assert github_unescape_data(m["message"]) == f"{f['message']} Instead: {f['instead']}"
    # "100%" in a title is data: % is escaped, the comma in the message is not.
    assert "'Barista, 100%25 Oat Milk Bar (Early Shift)'" in out
    assert code == 1


def test_github_escapes_comma_and_colon_in_properties(workdir):
    # A file name with both: they would end the property or the command if left raw.
    shutil.copy(workdir / "postings" / "no-pay.md", workdir / "postings" / "night,shift:lead.md")
    _, out, _ = check(workdir, "--format", "github", "--select", "PAY001", "postings/night,shift:lead.md")
    (line,) = out.splitlines()
    assert "file=postings/night%2Cshift%3Alead.md," in line
    m = GITHUB_LINE.match(line)
    assert m and github_unescape_property(m["file"]) == "postings/night,shift:lead.md"


def test_github_escapes_newlines_and_percent(workdir):
    # No built-in rule writes a newline into a message, so feed the reporter one directly.
    finding = Finding(
        code="PAY001", name="missing-compensation", severity=Severity.INFO,
        message="50% of it\nis missing\r", instead=None, span=Span(line=2, column=4, end_line=3, end_column=1),
        path="dir/a%b\nc.md", posting_index=1, posting_title="t",
    )
    stream = io.StringIO()
    reporter = GithubReporter(stream, builtin_registry())
    reporter.start()
    reporter.file(FileResult(path=finding.path, findings=[finding]))
    reporter.finish()
    line = stream.getvalue()
    assert line.count("\n") == 1 and line.endswith("\n")
    m = GITHUB_LINE.match(line.rstrip("\n"))
    assert m and m["level"] == "notice"
    assert m["file"] == "dir/a%25b%0Ac.md"
    assert m["message"] == "50%25 of it%0Ais missing%0D"
    assert (m["line"], m["col"], m["end_line"], m["end_col"]) == ("2", "4", "3", "1")


# -- exit codes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("postings/clean.md",), 0),
        (("postings/no-pay.md",), 1),
        (("--exit-zero", "postings/no-pay.md"), 0),
        (("--fail-on", "error", "postings/no-pay.md"), 0),
        (("--fail-on", "warning", "postings/no-pay.md"), 1),
        (("--fail-on", "info", "postings/no-pay.md"), 1),
        (("--fail-on", "info", "postings/clean.md"), 0),
    ],
)
def test_exit_codes_for_warnings(workdir, args, expected):
    code, _, err = check(workdir, "--select", "PAY001", *args)
    assert code == expected, err


def test_exit_codes_for_errors_and_infos(workdir):
    (workdir / "postings" / "empty.txt").write_bytes(b"")
    # E001 (an error) fails even --fail-on error; --exit-zero still wins.
    assert check(workdir, "--select", "PAY001,E", "--fail-on", "error", "postings/empty.txt")[0] == 1
    assert check(workdir, "--select", "PAY001,E", "--exit-zero", "postings/empty.txt")[0] == 0
    # PAY001 lowered to info: only --fail-on info makes it fail.
    (workdir / ".postlint.toml").write_text('[severity]\nPAY001 = "info"\n', encoding="utf-8")
    code, out, _ = check(workdir, "--select", "PAY001", "postings/no-pay.md")
    assert code == 0 and "PAY001 [info]" in out
    assert check(workdir, "--select", "PAY001", "--fail-on", "info", "postings/no-pay.md")[0] == 1
    assert check(workdir, "--select", "PAY001", "--fail-on", "warning", "postings/no-pay.md")[0] == 0


def test_exit_2_for_an_unknown_select_code(workdir):
    code, out, err = check(workdir, "--select", "XYZ999", "postings/no-pay.md")
    assert code == 2 and "XYZ999" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("config", "says"),
    [
        ("[tool.postlint\nselect = [", "invalid TOML"),
        ('select = ["NOPE001"]\n', "NOPE001"),
        ("no-such-key = 1\n", "unknown key"),
        ('fail-on = "sometimes"\n', "fail-on"),
    ],
)
def test_exit_2_for_a_bad_config_file(workdir, config, says):
    bad = workdir / "bad.toml"
    bad.write_text(config, encoding="utf-8")
    code, out, err = check(workdir, "--config", str(bad), "postings/no-pay.md")
    assert code == 2, (out, err)
    assert says in err and "Traceback" not in err
    # The same file found by walking up (not named with --config) is just as fatal.
    (workdir / ".postlint.toml").write_text(config, encoding="utf-8")
    assert check(workdir, "postings/no-pay.md")[0] == 2


def test_exit_2_for_a_bad_fail_on_value(workdir):
    code, _, err = check(workdir, "--fail-on", "sometimes", "postings/no-pay.md")
    assert code == 2 and "sometimes" in err


def test_sarif_describes_a_rule_the_first_registry_lacks(sarif_validator):
    # With per-folder configs, a plugin rule may be loaded for a later file only: the SARIF rules
    # table must still describe it (from its findings) rather than crash at the end of the run.
    from postlint.engine.registry import Registry
    from postlint.report.sarif import SarifReporter

    finding = Finding(
        code="LOCAL001", name="local-rule", severity=Severity.ERROR, message="m",
        span=Span(line=1, column=1, end_line=1, end_column=2), path="a.md", posting_index=1, posting_title="T",
    )
    stream = io.StringIO()
    reporter = SarifReporter(stream, Registry())
    reporter.start()
    reporter.file(FileResult(path="a.md", findings=[finding]))
    reporter.finish()
    doc = json.loads(stream.getvalue())
    sarif_validator.validate(doc)
    assert doc["runs"][0]["tool"]["driver"]["rules"] == [{"id": "LOCAL001", "name": "local-rule"}]
