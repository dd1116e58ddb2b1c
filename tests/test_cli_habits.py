"""CLI habits users bring from ruff and friends: --output-file, --quiet, colour, --stdin-filename,
config `extend`, and files written atomically with ordinary permissions."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli
from postlint.engine.atomic import atomic_writer, write_atomic
from postlint.engine.config import ConfigError, load_file
from postlint.report import wants_colour

NO_PAY = "# Barista\n\nHarbour Cafe is hiring a barista in Portland, OR.\n\nCompetitive pay.\n"


def run_with_umask(umask: int, *args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    code = f"import os, sys; os.umask({umask:#o}); from postlint.cli import main; sys.argv = ['postlint', *{list(args)!r}]; main()"
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env=env)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_output_file_holds_the_report_with_ordinary_permissions(tmp_path) -> None:
    (tmp_path / "job.md").write_text(NO_PAY, encoding="utf-8")
    proc = run_with_umask(0o022, "check", "--format", "json", "--output-file", "out/report.json", "job.md", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    report = tmp_path / "out" / "report.json"
    assert json.loads(report.read_text())["findings"][0]["code"] == "PAY001"
    assert mode(report) == 0o644
    assert sorted(p.name for p in report.parent.iterdir()) == ["report.json"]  # no temporary left
    report.unlink()
    assert run_with_umask(0o077, "check", "-o", "out/report.json", "job.md", cwd=tmp_path).returncode == 1
    assert mode(report) == 0o600  # the umask decides, as for any new file
    report.chmod(0o640)
    assert run_with_umask(0o022, "check", "-o", "out/report.json", "job.md", cwd=tmp_path).returncode == 1
    assert mode(report) == 0o640  # a file that exists keeps its mode


def test_checklists_are_written_0644_under_the_usual_umask(tmp_path) -> None:
    (tmp_path / "job.md").write_text(NO_PAY, encoding="utf-8")
    proc = run_with_umask(0o022, "checklist", "job.md", "-o", "checklists", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (written,) = (tmp_path / "checklists").glob("*.md")
    assert mode(written) == 0o644
    assert run_with_umask(0o027, "checklist", "job.md", "-o", "other", cwd=tmp_path).returncode == 0
    assert {mode(p) for p in (tmp_path / "other").glob("*.md")} == {0o640}


def test_atomic_writer_leaves_the_old_file_when_the_writer_fails(tmp_path) -> None:
    target = tmp_path / "report.txt"
    write_atomic(target, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write("half a rep")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_quiet_prints_findings_only(tmp_path) -> None:
    (tmp_path / "jobs").mkdir()
    (tmp_path / "jobs" / "job.md").write_text(NO_PAY, encoding="utf-8")
    (tmp_path / "jobs" / "README.md").write_text(NO_PAY, encoding="utf-8")
    code, out, err = run_cli("check", "--select", "PAY001", "jobs", cwd=tmp_path)
    assert "Checked 1 posting" in out and "skipped jobs/README.md" in err
    code, out, err = run_cli("check", "--select", "PAY001", "--quiet", "jobs", cwd=tmp_path)
    assert code == 1
    assert out.splitlines() == ["jobs/job.md:1:3: PAY001 [warning] 'Barista' states no pay: add the base pay range and its period"]
    assert err == ""


@pytest.mark.parametrize("environ,tty,expected", [
    ({}, True, True),
    ({}, False, False),
    ({"NO_COLOR": "1"}, True, False),
    ({"NO_COLOR": ""}, True, True),  # no-color.org: only a non-empty value counts
    ({"FORCE_COLOR": "1"}, False, True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, True, False),
    ({"TERM": "dumb"}, True, False),
])
def test_colour_follows_the_terminal_and_the_conventions(environ, tty, expected) -> None:
    class Stream(io.StringIO):
        def isatty(self) -> bool:
            return tty

    assert wants_colour(Stream(), environ) is expected


def test_colour_in_the_cli_output(tmp_path) -> None:
    (tmp_path / "job.md").write_text(NO_PAY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    plain = run_with_umask(0o022, "check", "--select", "PAY001", "job.md", cwd=tmp_path, env=env)
    assert "\x1b[" not in plain.stdout  # a pipe
    forced = run_with_umask(0o022, "check", "--select", "PAY001", "job.md", cwd=tmp_path, env=dict(env, FORCE_COLOR="1"))
    assert "\x1b[33mPAY001\x1b[0m" in forced.stdout
    stripped = forced.stdout.replace("\x1b[1m", "").replace("\x1b[33m", "").replace("\x1b[0m", "")
    assert stripped == plain.stdout
    to_file = run_with_umask(0o022, "check", "--select", "PAY001", "-o", "r.txt", "job.md", cwd=tmp_path,
                             env=dict(env, FORCE_COLOR="1"))
    assert to_file.returncode == 1 and "\x1b[" not in (tmp_path / "r.txt").read_text()
    json_out = run_with_umask(0o022, "check", "--format", "json", "job.md", cwd=tmp_path, env=dict(env, FORCE_COLOR="1"))
    json.loads(json_out.stdout)  # machine formats never get colour


def test_stdin_filename_names_the_input_and_finds_its_config(tmp_path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / ".postlint.toml").write_text('select = ["PAY001"]\nforce-exclude = true\nextend-exclude = ["drafts/"]\n')
    code, out, err = run_cli("check", "--stdin-filename", "team/jobs/barista.md", "-", input=NO_PAY.encode(), cwd=tmp_path)
    assert code == 1, err
    assert out.splitlines()[0].startswith("team/jobs/barista.md:1:3: PAY001 ")
    assert len(out.splitlines()) == 2  # only the selected rule, from team/.postlint.toml
    code, out, err = run_cli("check", "--stdin-filename", "team/drafts/x.md", "-", input=NO_PAY.encode(), cwd=tmp_path)
    assert code == 0 and "PAY001" not in out
    assert "skipped team/drafts/x.md (stdin): excluded by extend-exclude pattern 'drafts/'" in err
    line = json.dumps({"id": "7", "text": NO_PAY})
    code, out, _ = run_cli("check", "--stdin-filename", "feed.jsonl", "--select", "PAY001", "-", input=line.encode(), cwd=tmp_path)
    assert out.startswith("feed.jsonl:#7:1:3: PAY001")  # a .jsonl name reads stdin as JSON Lines


def test_config_extend_builds_on_a_shared_base(tmp_path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "base.toml").write_text(
        'select = ["PAY", "REQ"]\nignore = ["PAY008"]\nfail-on = "error"\nextend-exclude = ["/archive/"]\n'
        'plugins = ["rules/house.py"]\n[severity]\nPAY001 = "error"\n[rules.REQ002]\nmax-required = 9\n')
    (shared / "rules").mkdir()
    (shared / "rules" / "house.py").write_text("")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "pyproject.toml").write_text(
        '[tool.postlint]\nextend = "../shared/base.toml"\nignore = ["REQ001"]\nextend-exclude = ["drafts/"]\n'
        '[tool.postlint.severity]\nREQ = "info"\n')
    config = load_file(repo / "pyproject.toml")
    s = config.settings
    assert s.select == ["PAY", "REQ"] and s.ignore == ["PAY008", "REQ001"]  # ignore adds up, as on the command line
    assert s.fail_on.value == "error" and s.severity == {"PAY001": "error", "REQ": "info"}
    assert s.rules == {"REQ002": {"max-required": 9}}
    assert s.plugins == [str(shared / "rules" / "house.py")]  # relative to the base file
    # Each pattern stays relative to the file that wrote it.
    assert config.extend_excludes == [(shared.resolve(), ["/archive/"]), (repo.resolve(), ["drafts/"])]
    # A select in the extending file starts the selection afresh.
    (repo / "pyproject.toml").write_text('[tool.postlint]\nextend = "../shared/base.toml"\nselect = ["DATE"]\n')
    s = load_file(repo / "pyproject.toml").settings
    assert s.select == ["DATE"] and s.ignore == []


def test_config_extend_errors_name_the_file(tmp_path) -> None:
    (tmp_path / "a.toml").write_text('extend = "b.toml"\n')
    (tmp_path / "b.toml").write_text('extend = "a.toml"\n')
    with pytest.raises(ConfigError, match=r"extends itself in a loop"):
        load_file(tmp_path / "a.toml")
    (tmp_path / "c.toml").write_text('extend = "missing.toml"\n')
    with pytest.raises(ConfigError, match=r"c.toml: extend: no such file"):
        load_file(tmp_path / "c.toml")
    (tmp_path / "d.toml").write_text('extend = "e.toml"\n')
    (tmp_path / "e.toml").write_text('colour = "red"\n')
    with pytest.raises(ConfigError, match=r"e.toml: colour: unknown key"):
        load_file(tmp_path / "d.toml")
    code, _, err = run_cli("check", "--config", "c.toml", "-", input=NO_PAY.encode(), cwd=tmp_path)
    assert code == 2 and "no such file" in err and "Traceback" not in err


def test_config_extend_through_the_cli(tmp_path) -> None:
    (tmp_path / "base.toml").write_text('select = ["PAY001"]\n')
    (tmp_path / ".postlint.toml").write_text('extend = "base.toml"\n')
    code, out, _ = run_cli("check", "-", input=NO_PAY.encode(), cwd=tmp_path)
    assert code == 1 and [line.split()[1] for line in out.splitlines()[:-1]] == ["PAY001"]


def _stderr_on_a_terminal(args: list[str], cwd: Path, env: dict) -> tuple[int, str, str]:
    """Run postlint with stderr on a pseudo-terminal and stdout on a pipe: (code, stdout, terminal)."""
    import pty
    import select

    primary, secondary = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "postlint", *args], cwd=cwd, env=env, stdout=subprocess.PIPE,
                            stderr=secondary, stdin=subprocess.DEVNULL)
    os.close(secondary)
    seen = b""
    while True:
        ready, _, _ = select.select([primary], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    out = proc.stdout.read().decode()
    proc.wait(timeout=60)
    os.close(primary)
    return proc.returncode, out, seen.decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal_and_never_in_ci(tmp_path) -> None:
    jobs = tmp_path / "jobs"
    jobs.mkdir()
    for number in range(25):
        (jobs / f"job{number:02}.md").write_text(NO_PAY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    code, out, terminal = _stderr_on_a_terminal(["check", "--select", "PAY001", "jobs"], tmp_path, env)
    assert code == 1 and len(out.splitlines()) == 26  # the report on stdout is untouched
    assert "Checking" in terminal and "25/25" in terminal
    _, _, terminal = _stderr_on_a_terminal(["check", "--select", "PAY001", "jobs"], tmp_path, dict(env, CI="true"))
    assert "Checking" not in terminal
    _, _, terminal = _stderr_on_a_terminal(["check", "--quiet", "--select", "PAY001", "jobs"], tmp_path, env)
    assert "Checking" not in terminal
    # A pipe on stderr (the ordinary subprocess run): never a bar.
    _, _, err = run_cli("check", "--select", "PAY001", "jobs", cwd=tmp_path)
    assert "Checking" not in err
