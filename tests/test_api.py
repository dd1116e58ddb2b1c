"""The Python API as the README shows it: its recipes run as written, and Finding.to_dict()."""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest
from conftest import ROOT, run_cli

import postlint
from postlint.engine import Config, ConfigError, Engine


def readme_api_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python API"):text.index("## Writing rules")]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_api_recipes_run_as_written() -> None:
    blocks = readme_api_blocks()
    assert len(blocks) == 3  # check_text / parse_text, check_posting (a JobPosting row), an Engine batch
    namespace: dict = {}
    outputs = []
    for block in blocks:  # later blocks reuse names from earlier ones (`text`), as a reader would
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, "README.md", "exec"), namespace)
        outputs.append(out.getvalue().splitlines())
    first, row, batch = outputs
    assert first and all(line.split()[0].startswith("PAY") for line in first)
    assert all(re.match(r"[A-Z]+\d{3} ", line) for line in row)
    dumped = [json.loads(line) for line in batch]
    # The Cook posting states pay: only the second row has findings, all of them PAY, named by path.
    assert dumped and {d["path"] for d in dumped} == {"jobs/1002.md"}
    assert {d["code"] for d in dumped} >= {"PAY001"} and all(d["code"].startswith("PAY") for d in dumped)
    assert isinstance(namespace["engine"], Engine)
    assert str(namespace["engine"].settings.today) == "2026-11-25"


def test_to_dict_is_the_json_formats_shape(tmp_path) -> None:
    text = "# Barista\n\nHarbour Cafe is hiring a barista in Portland, OR.\n\nCompetitive pay.\n"
    (tmp_path / "job.md").write_text(text, encoding="utf-8")
    _, out, _ = run_cli("check", "--format", "json", "job.md", cwd=tmp_path)
    from_cli = json.loads(out)["findings"]
    from_api = [f.to_dict() for f in postlint.check_text(text, path="job.md")]
    assert from_api == from_cli
    json.dumps(from_api)  # plain JSON values only


def test_config_takes_a_dict_and_rejects_unknown_keys() -> None:
    engine = Engine(Config(settings={"extend-select": ["REQ005"], "ignore": ["PAY"]}))
    assert "REQ005" in engine.active_codes and "PAY001" not in engine.active_codes
    with pytest.raises(ConfigError, match="colour: unknown key"):
        Config(settings={"colour": "red"})
