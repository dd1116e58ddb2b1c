"""Configuration: discovery, precedence, validation, selection, severities, per-file ignores."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import modules_loaded_by_cli, run_cli
from postlint.engine.config import Config, ConfigError, Settings, find_config, load_file
from postlint.engine.engine import Engine, is_selected

NO_PAY = "Data Engineer\nWe build pipelines for the analytics team.\n"


def codes(out: str) -> list[str]:
    return [f["code"] for f in json.loads(out)["findings"]]


@pytest.mark.parametrize(
    "settings,code,default,expected",
    [
        ({}, "PAY001", True, True),
        ({}, "REQ005", False, False),
        ({"select": ["REQ"]}, "PAY001", True, False),
        ({"select": ["REQ"]}, "REQ005", False, True),
        ({"select": ["ALL"], "ignore": ["PAY"]}, "PAY001", True, False),
        ({"select": ["ALL"], "ignore": ["PAY"]}, "REQ001", True, True),
        ({"ignore": ["PAY"], "extend-select": ["PAY001"]}, "PAY001", True, True),  # more specific wins
        ({"ignore": ["PAY001"], "extend-select": ["PAY001"]}, "PAY001", True, False),  # tie: ignore wins
        ({"select": ["PAY00"]}, "PAY001", True, True),
        ({"select": ["PAY00"]}, "PAY010", True, False),
        ({"extend-select": ["REQ005"]}, "REQ005", False, True),
        ({"select": ["PAY"]}, "E001", True, True),  # unreadable input is always reported ...
        ({"select": ["PAY"], "ignore": ["E001"]}, "E001", True, False),  # ... unless ignored by name
    ],
)
def test_selection(settings, code, default, expected) -> None:
    assert is_selected(code, Settings.model_validate(settings), default) is expected


def test_nearest_config_wins_and_dot_file_beats_pyproject(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.postlint]\nignore = ['PAY001']\n")
    sub = tmp_path / "team"
    sub.mkdir()
    (sub / "pyproject.toml").write_text("[project]\nname = 'x'\n")  # no [tool.postlint]: skipped
    assert find_config(sub / "job.txt") == tmp_path / "pyproject.toml"
    deeper = sub / "jobs"
    deeper.mkdir()
    (deeper / ".postlint.toml").write_text("select = ['PAY']\n")
    (deeper / "pyproject.toml").write_text("[tool.postlint]\nselect = ['REQ']\n")
    assert find_config(deeper / "a.md") == deeper / ".postlint.toml"


def test_cli_uses_config_found_from_the_file_and_flags_override(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.postlint]\nselect = ['PAY001']\nignore = ['PAY001']\n")
    job = tmp_path / "job.txt"
    job.write_text(NO_PAY)
    code, out, _ = run_cli("check", "--format", "json", str(job))
    assert code == 0 and codes(out) == []
    code, out, _ = run_cli("check", "--format", "json", "--select", "PAY001", str(job))
    assert code == 1 and codes(out) == ["PAY001"]
    other = tmp_path / "other.toml"
    other.write_text("[tool.postlint]\nselect = ['PAY001']\nfail-on = 'error'\n")
    code, out, _ = run_cli("check", "--format", "json", "--config", str(other), str(job))
    assert code == 0 and codes(out) == ["PAY001"]  # the warning is shown but does not fail


def test_severity_override_and_fail_on(tmp_path) -> None:
    (tmp_path / ".postlint.toml").write_text("fail-on = 'error'\n[severity]\nPAY = 'error'\n")
    job = tmp_path / "job.txt"
    job.write_text(NO_PAY)
    code, out, _ = run_cli("check", str(job))
    assert code == 1 and "PAY001 [error]" in out


def test_per_file_ignores(tmp_path) -> None:
    (tmp_path / ".postlint.toml").write_text("select = ['PAY']\n[per-file-ignores]\n'drafts/*' = ['PAY']\n")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "job.txt").write_text(NO_PAY)
    (tmp_path / "live.txt").write_text(NO_PAY)
    code, out, _ = run_cli("check", "--format", "json", str(tmp_path))
    paths = [f["path"] for f in json.loads(out)["findings"]]
    assert paths == [str(tmp_path / "live.txt")]


@pytest.mark.parametrize(
    "body,words",
    [
        ("select = ['PAY999']\n", "unknown rule code or prefix 'PAY999'"),
        ("selct = ['PAY']\n", "selct: unknown key"),
        ("fail-on = 'fatal'\n", "fail-on"),
        ("[rules.PAY001]\nmax-ratio = 3\n", "rules.PAY001: max-ratio: unknown key"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_config_is_a_clear_error_and_exit_2(tmp_path, body, words) -> None:
    (tmp_path / ".postlint.toml").write_text(body)
    job = tmp_path / "job.txt"
    job.write_text(NO_PAY)
    code, out, err = run_cli("check", str(job))
    assert code == 2
    assert words in err and "Traceback" not in err


def test_bad_cli_selector_is_exit_2(tmp_path) -> None:
    job = tmp_path / "job.txt"
    job.write_text(NO_PAY)
    code, _, err = run_cli("check", "--select", "NOPE1", str(job))
    assert code == 2 and "NOPE1" in err


def test_a_config_found_then_loaded_is_parsed_once_and_an_edit_is_read(tmp_path, monkeypatch) -> None:
    import tomllib

    from postlint.engine import config

    parses = []
    real_loads = tomllib.loads
    monkeypatch.setattr(config.tomllib, "loads", lambda text: parses.append(text) or real_loads(text))
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.postlint]\nignore = ['PAY001']\n")
    assert load_file(find_config(tmp_path / "job.md")).settings.ignore == ["PAY001"]
    assert len(parses) == 1
    path.write_text("[tool.postlint]\nignore = ['PAY001', 'REQ002']\n")  # a different size: a new version
    assert load_file(path).settings.ignore == ["PAY001", "REQ002"]
    assert len(parses) == 2


def test_load_file_requires_a_postlint_table(tmp_path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname='x'\n")
    with pytest.raises(ConfigError):
        load_file(path)


def test_engine_rejects_options_for_an_unknown_code() -> None:
    with pytest.raises(ConfigError, match="rules"):
        Engine(Config(settings=Settings.model_validate({"rules": {"ZZZ001": {}}})))


def test_defaults_taken_without_validation_equal_the_validated_defaults() -> None:
    # A run with no config file and no options takes defaults with model_construct (no pydantic
    # validator is built, ~50 ms at start): that must give exactly what validating {} gives.
    from postlint.engine.config import default_settings
    from postlint.engine.registry import builtin_registry

    assert default_settings() == Settings.model_validate({})
    for code, rule in builtin_registry().rules.items():
        assert rule.Options.model_construct() == rule.Options.model_validate({}), code


def test_a_run_without_configuration_does_not_import_pydantic() -> None:
    # `from pydantic import BaseModel` costs ~60 ms at start; a run with nothing configured
    # validates nothing, so it must not pay for it (postlint.rule.lazymodel).
    code = (
        "import sys, postlint\n"
        "from postlint.cli import main\n"
        "postlint.check_text('Data Engineer\\n\\nWe pay $90,000-$100,000 a year.', path='x.md')\n"
        "from postlint.engine.registry import builtin_registry\n"
        "from postlint.engine.config import default_settings\n"
        "default_settings()\n"
        "[r.Options.model_construct() for r in builtin_registry().rules.values()]\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_a_plainly_configured_run_does_not_import_pydantic(tmp_path) -> None:
    # Most configs are a few lists, strings and numbers: checked without pydantic (~75 ms at start).
    (tmp_path / "pyproject.toml").write_text(
        '[tool.postlint]\nignore = ["READ003"]\nfail-on = "error"\n\n[tool.postlint.rules.REQ002]\nmax-required = 12\n'
    )
    (tmp_path / "post.md").write_text("# Data Engineer\n\nWe pay $90,000-$100,000 a year.\n")
    _, output, modules = modules_loaded_by_cli("check", "--exit-zero", "post.md", prefixes=("pydantic",), cwd=tmp_path)
    assert modules == [], output
    assert "Checked 1 posting" in output


def test_configured_options_are_validated_with_pydantic_errors() -> None:
    from postlint.engine.registry import builtin_registry

    options = builtin_registry().rules["REQ002"].Options
    assert options.model_validate({"max-required": "3"}).max_required == 3  # kebab key, coerced
    with pytest.raises(ConfigError, match=r"rules.REQ002: max-required: Input should be greater than or equal to 1"):
        Engine(Config(settings=Settings.model_validate({"rules": {"REQ002": {"max-required": 0}}})))
    with pytest.raises(ConfigError, match=r"rules.REQ002: colour: unknown key"):
        Engine(Config(settings=Settings.model_validate({"rules": {"REQ002": {"colour": 1}}})))
