"""CI outputs: SARIF for code scanning (help, fingerprints, %SRCROOT%), JUnit XML, GitLab Code Quality,
and the composite GitHub Action run step by step on this machine."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import ROOT, run_cli

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"

NO_PAY = """\
# Barista, Harbour Cafe

Harbour Cafe is hiring a barista for the morning shift in Portland, OR.

## What you will do

- Make coffee and serve customers
- Keep the counter clean

Competitive pay.
"""

TWO_SAME = NO_PAY + "\n# Cook, Harbour Cafe\n\nHarbour Cafe is hiring a cook in Portland, OR.\n\nCompetitive pay.\n"


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif(cwd: Path, *args: str) -> dict:
    code, out, err = run_cli("check", "--format", "sarif", *args, cwd=cwd)
    assert code in (0, 1), err
    return json.loads(out)


def fingerprints(doc: dict) -> dict[tuple[str, int], str]:
    """(rule, start line) -> fingerprint of every result."""
    return {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]): r["partialFingerprints"]["postlint/v1"]
        for r in doc["runs"][0]["results"]
    }


def test_sarif_rules_carry_help_from_their_docstrings(tmp_path, sarif_validator):
    from postlint.engine.registry import builtin_registry
    from postlint.report.sarif import PROJECT_URL

    (tmp_path / "job.md").write_text(NO_PAY, encoding="utf-8")
    doc = sarif(tmp_path, "job.md")
    sarif_validator.validate(doc)
    driver = doc["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == PROJECT_URL
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["urls"]["Homepage"] == PROJECT_URL
    registry = builtin_registry()
    assert driver["rules"]
    for rule in driver["rules"]:
        docs = registry[rule["id"]].docs()
        assert rule["helpUri"] == f"{PROJECT_URL}/blob/main/docs/rules.md#{rule['id'].lower()}"
        markdown = rule["help"]["markdown"]
        for heading, body in docs.items():
            assert f"**{heading}**\n\n{body}" in markdown
        # The anchor exists in the rules page the URI names.
        assert f"\n## {rule['id']}\n" in (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_sarif_fingerprints_survive_lines_added_above(tmp_path):
    job = tmp_path / "job.md"
    job.write_text(TWO_SAME, encoding="utf-8")
    before = fingerprints(sarif(tmp_path, "job.md"))
    job.write_text("<!-- reviewed by HR -->\n\n\n" + TWO_SAME, encoding="utf-8")
    after = fingerprints(sarif(tmp_path, "job.md"))
    assert sorted(before.values()) == sorted(after.values())
    assert {(code, line + 3): fp for (code, line), fp in before.items()} == after
    assert len(set(before.values())) == len(before)  # distinct findings, distinct fingerprints
    # A change to the flagged line itself is a different finding.
    job.write_text(TWO_SAME.replace("# Barista, Harbour Cafe", "# Senior Barista, Harbour Cafe"), encoding="utf-8")
    changed = fingerprints(sarif(tmp_path, "job.md"))
    assert changed[("PAY001", 1)] != before[("PAY001", 1)]


def test_identical_findings_are_numbered_not_merged() -> None:
    from collections import Counter

    from postlint.model import Finding, Severity, Span
    from postlint.report import fingerprint

    span = Span(line=3, column=1, end_line=3, end_column=5)
    finding = Finding(code="REQ006", name="n", severity=Severity.WARNING, message="m", span=span, path="a.md")
    seen: Counter = Counter()
    first, second = fingerprint(finding, "- SQL", seen, "a.md"), fingerprint(finding, "- SQL", seen, "a.md")
    assert first.split(":")[0] == second.split(":")[0] and (first[-2:], second[-2:]) == (":1", ":2")


def test_sarif_uris_are_srcroot_relative_files_also_for_json_lines(tmp_path, sarif_validator):
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "feed.jsonl").write_text(
        json.dumps({"id": "42", "text": NO_PAY}) + "\n" + json.dumps({"text": NO_PAY}) + "\n", encoding="utf-8")
    doc = sarif(tmp_path, "jobs/feed.jsonl")
    sarif_validator.validate(doc)
    run = doc["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    records = set()
    for result in run["results"]:
        (location,) = result["locations"]
        assert location["physicalLocation"]["artifactLocation"] == {"uri": "jobs/feed.jsonl", "uriBaseId": "%SRCROOT%"}
        assert "region" not in location["physicalLocation"]  # posting-text lines are not file lines
        records.add(result["properties"]["record"])
        assert location["logicalLocations"][0]["name"] == "#" + result["properties"]["record"]
    assert records == {"42", "L2"}
    # The github format annotates the file too.
    _, out, _ = run_cli("check", "--format", "github", "jobs/feed.jsonl", cwd=tmp_path)
    assert out and all(line.split(",")[0].endswith("file=jobs/feed.jsonl") for line in out.splitlines())


def test_junit_parses_as_junit_xml(tmp_path):
    import junitparser

    (tmp_path / "job.md").write_text(NO_PAY.replace("Cafe", "Caf\u00e9 <&> \"x\"") + "\x0b\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text(NO_PAY.replace("Competitive pay.", "$18 - $22 per hour."), encoding="utf-8")
    code, out, err = run_cli("check", "--format", "junit", "--select", "PAY001", "job.md", "clean.md", cwd=tmp_path)
    assert code == 1, err
    report = tmp_path / "report.xml"
    report.write_text(out, encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(report))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {"job.md", "clean.md"}
    expected = json.loads(run_cli("check", "--format", "json", "--select", "PAY001", "job.md", cwd=tmp_path)[1])["findings"]
    cases = list(suites["job.md"])
    assert len(cases) == suites["job.md"].tests == suites["job.md"].failures == len(expected) == 1
    (failure,) = cases[0].result
    assert isinstance(failure, junitparser.Failure)
    assert failure.type == "PAY001" and failure.message == expected[0]["message"]
    assert "Caf\u00e9 <&> \"x\"" in failure.message
    (clean,) = list(suites["clean.md"])
    assert clean.is_passed and clean.result == []


def test_gitlab_code_quality_report(tmp_path):
    job = tmp_path / "job.md"
    job.write_text(TWO_SAME, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "gitlab", str(job), cwd=tmp_path)
    assert code == 1, err
    issues = json.loads(out)
    findings = json.loads(run_cli("check", "--format", "json", "job.md", cwd=tmp_path)[1])["findings"]
    assert len(issues) == len(findings)
    for issue, finding in zip(issues, findings):
        # GitLab's required fields (docs.gitlab.com, "Code Quality report format").
        assert issue["check_name"] == finding["code"]
        assert issue["description"].startswith(f"{finding['code']} {finding['message']}")
        assert issue["severity"] == {"error": "major", "warning": "minor", "info": "info"}[finding["severity"]]
        assert issue["location"] == {"path": "job.md", "lines": {"begin": finding["line"]}}  # repository-relative
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    job.write_text("\n\n" + TWO_SAME, encoding="utf-8")
    shifted = json.loads(run_cli("check", "--format", "gitlab", "job.md", cwd=tmp_path)[1])
    assert [i["fingerprint"] for i in shifted] == [i["fingerprint"] for i in issues]  # named ./job.md or absolute
    sarif_doc = json.loads(run_cli("check", "--format", "sarif", "job.md", cwd=tmp_path)[1])
    # The same identity in both formats, so a finding can be followed from one to the other.
    assert [r["partialFingerprints"]["postlint/v1"] for r in sarif_doc["runs"][0]["results"]] == [i["fingerprint"] for i in shifted]


# -- the GitHub Action ---------------------------------------------------------------------------


_EXPRESSION = re.compile(r"\$\{\{\s*(.+?)\s*\}\}")


def _evaluate(expression: str, context: dict[str, str]) -> str:
    """The few GitHub expressions action.yml uses: a context value, or `a == 'literal'`."""
    left, sep, right = expression.partition("==")
    if sep:
        return "true" if context[left.strip()] == right.strip().strip("'") else "false"
    return context[expression]


def _substitute(value: str, context: dict[str, str]) -> str:
    return _EXPRESSION.sub(lambda m: _evaluate(m.group(1), context), value)


def _run_action(action: dict, inputs: dict[str, str], action_path: Path, workspace: Path, temp: Path):
    """Run the composite action's steps the way the runner does: each `run` with bash -eo pipefail,
    env from the step, GITHUB_PATH and GITHUB_OUTPUT files; `uses` steps are returned, not run."""
    context = {f"inputs.{k}": v["default"] for k, v in action["inputs"].items()}
    context.update({f"inputs.{k}": v for k, v in inputs.items()})
    context["github.action_path"] = str(action_path)
    path_file, skipped, results = temp / "github_path", [], []
    path_file.write_text("")
    base_env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    base_env["PATH"] = os.pathsep.join(p for p in base_env["PATH"].split(os.pathsep) if "venv" not in p)
    for step in action["runs"]["steps"]:
        condition = step.get("if")
        if condition and _evaluate(condition, context) != "true":
            continue
        if "uses" in step:
            skipped.append({k: _substitute(v, context) for k, v in step["with"].items()} | {"uses": step["uses"]})
            continue
        output_file = temp / f"output-{len(results)}"
        output_file.write_text("")
        env = dict(base_env, RUNNER_TEMP=str(temp), GITHUB_PATH=str(path_file), GITHUB_OUTPUT=str(output_file))
        env["PATH"] = os.pathsep.join([*reversed(path_file.read_text().split()), env["PATH"]])
        env.update({k: _substitute(str(v), context) for k, v in step.get("env", {}).items()})
        assert step["shell"] == "bash"
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]], cwd=workspace,
                              env=env, capture_output=True, text=True, timeout=600)
        results.append((step["name"], proc))
        for line in output_file.read_text().splitlines():
            key, _, value = line.partition("=")
            context[f"steps.{step['id']}.outputs.{key}"] = value
        if proc.returncode != 0:
            break
    return results, skipped


def test_the_action_installs_postlint_and_runs_it_locally(tmp_path, sarif_validator):
    from test_precommit import _snapshot_of_working_tree

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    checkout = _snapshot_of_working_tree(tmp_path / "action")
    workspace = tmp_path / "workspace"
    (workspace / "postings").mkdir(parents=True)
    (workspace / "postings" / "barista.md").write_text(NO_PAY, encoding="utf-8")
    (workspace / "README.md").write_text(NO_PAY, encoding="utf-8")  # left alone by the default excludes
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    results, uses = _run_action(action, {"sarif": "true", "args": "--select PAY,E ."}, checkout, workspace, temp)
    names = [name for name, _ in results]
    assert names == ["Install postlint", "Check postings", "Fail when postlint found problems"], results
    install, run, final = (proc for _, proc in results)
    assert install.returncode == 0, install.stderr
    assert run.returncode == 0, run.stderr  # the step records the exit code instead of failing ...
    assert final.returncode == 1  # ... and the last step fails the job with it
    annotations = run.stdout.splitlines()
    assert annotations and all(line.startswith("::warning file=postings/barista.md,") for line in annotations)
    (upload,) = uses
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    doc = json.loads((workspace / upload["sarif_file"]).read_text(encoding="utf-8"))
    sarif_validator.validate(doc)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"]} == {
        "postings/barista.md"}
    # Without SARIF and with a clean selection: no upload, and the job passes.
    results, uses = _run_action(action, {"args": "--select PAY006 postings"}, checkout, workspace, temp)
    assert uses == [] and [proc.returncode for _, proc in results] == [0, 0, 0], results


def test_the_docs_workflow_uses_the_action_with_its_inputs() -> None:
    text = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(re.search(r"```yaml\n(# \.github/workflows/.*?)```", text, re.S).group(1))
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"
    step = next(s for s in job["steps"] if "postlint" in s.get("uses", ""))
    assert set(step.get("with", {})) <= set(action["inputs"])
