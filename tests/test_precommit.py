"""The `postlint` pre-commit hook, run by the real pre-commit the way a user's repository runs it.

`pre-commit try-repo REPO` installs the hook from a git commit of REPO (for a local path with
uncommitted changes it adds tracked changes, but never untracked files). To test exactly the code in
this working tree, committed or not, the test copies the tree (tracked and untracked files, minus
ignored ones) into a temporary repository, commits it, and points try-repo there.

The run is slow (pre-commit builds a fresh virtualenv and pip-installs postlint into it), so the
good and the bad posting share one install per run, and there are two runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytest.importorskip("pre_commit")

GOOD = """\
# Data Analyst

Riverbend Library Services is hiring a data analyst to help branches plan opening hours.

## What you will do

- Build weekly reports of visits and loans for each branch
- Answer questions from branch managers about their numbers

## Requirements

- Two years of experience with SQL
- Clear writing for people who do not read charts every day

## Pay

$58,000 - $66,000 per year, full-time, in Portland, OR.
"""

BAD = """\
# Data Analyst

Riverbend Library Services is hiring a data analyst to help branches plan opening hours.

## Requirements

- Two years of experience with SQL

Competitive salary and great benefits.
"""


def _git(*args: str, cwd: Path) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _snapshot_of_working_tree(dest: Path) -> Path:
    """A one-commit repository holding this checkout's files as they are on disk now."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of postlint")
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # deleted-but-tracked files are listed too
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git("init", "-q", cwd=dest)
    _git("add", "-A", cwd=dest)
    _git("commit", "-q", "-m", "snapshot", cwd=dest)
    return dest


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    return _snapshot_of_working_tree(tmp_path_factory.mktemp("postlint-snapshot"))


@pytest.fixture
def user_repo(tmp_path) -> Path:
    repo = tmp_path / "postings"
    repo.mkdir()
    (repo / "good.md").write_text(GOOD, encoding="utf-8")
    (repo / "bad.md").write_text(BAD, encoding="utf-8")
    # Pin the selection to the pay family so the test is about the hook, not about how strict
    # other rule families are; it also shows the hook finding the repository's own config.
    (repo / ".postlint.toml").write_text('select = ["PAY", "E"]\n', encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)
    _git("commit", "-q", "-m", "postings", cwd=repo)
    return repo


def _try_repo(hook_repo: Path, user_repo: Path, *files: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(user_repo.parent / "pre-commit-home"))
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "postlint", "--verbose", "--files", *files],
        cwd=user_repo, env=env, capture_output=True, text=True, timeout=600,
    )


def test_bad_posting_fails_the_hook_with_the_finding(hook_repo, user_repo):
    proc = _try_repo(hook_repo, user_repo, "good.md", "bad.md")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 1, output
    assert "Failed" in output
    assert "bad.md:1:3: PAY001 [warning]" in output
    assert "good.md:" not in output  # the good posting has no finding


def test_good_posting_passes_the_hook(hook_repo, user_repo):
    proc = _try_repo(hook_repo, user_repo, "good.md")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Passed" in output


def _run_all_files(repo: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"))
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_a_new_users_repository_runs_the_readme_config(hook_repo, tmp_path):
    """The issue's first run: a repository with a README, a LICENSE, a CHANGELOG and postings/, and
    a .pre-commit-config.yaml pinning this checkout's commit. Only postings/ is linted; fixing the
    posting makes the next run pass."""
    repo = tmp_path / "board"
    repo.mkdir()
    no_pay = "# {}\n\nWe are hiring for this role.\n"  # each would be PAY001 if it were linted
    for name in ("README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "templates/draft.md"):
        (repo / name).parent.mkdir(exist_ok=True)
        (repo / name).write_text(no_pay.format(name), encoding="utf-8")
    (repo / "postings").mkdir()
    (repo / "postings" / "analyst.md").write_text(BAD, encoding="utf-8")
    (repo / "postings" / "good.md").write_text(GOOD, encoding="utf-8")
    # The config's own exclude must hold for the names pre-commit passes (force-exclude).
    (repo / "pyproject.toml").write_text('[tool.postlint]\nselect = ["PAY", "E"]\nextend-exclude = ["templates/"]\n')
    rev = _git("rev-parse", "HEAD", cwd=hook_repo).strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: postlint\n", encoding="utf-8")
    _git("init", "-q", cwd=repo)
    _git("add", "-A", cwd=repo)

    first = _run_all_files(repo)
    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    findings = [line for line in output.splitlines() if re.match(r"^\S+:\d+:\d+: [A-Z]+\d+ ", line)]
    assert findings and all(line.startswith("postings/analyst.md:") for line in findings), output
    assert "postings/analyst.md:1:3: PAY001 [warning]" in output
    for name in ("README.md", "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "templates/draft.md"):
        assert f"{name}:1:" not in output

    (repo / "postings" / "analyst.md").write_text(GOOD, encoding="utf-8")
    _git("add", "-A", cwd=repo)
    second = _run_all_files(repo)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout


def _readme_precommit_config() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### pre-commit"):]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_the_readmes_rev_resolves_the_way_the_readme_says(hook_repo, tmp_path):
    """The README's `rev:` must not name a tag that does not exist: it is either a commit of this
    repository or the placeholder that `pre-commit autoupdate` (as the README says) replaces with
    the newest commit's SHA, which pre-commit then accepts with the README's hook ids."""
    import yaml

    snippet = _readme_precommit_config()
    (entry,) = yaml.safe_load(snippet)["repos"]
    if entry["rev"] != "<commit-sha>":
        subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{entry['rev']}^{{commit}}"], cwd=ROOT, check=True)
    assert "pre-commit autoupdate" in (ROOT / "README.md").read_text(encoding="utf-8")
    repo = tmp_path / "board"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    config = repo / ".pre-commit-config.yaml"
    config.write_text(snippet.replace(entry["repo"], str(hook_repo)), encoding="utf-8")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    env.pop("VIRTUAL_ENV", None)
    proc = subprocess.run([sys.executable, "-m", "pre_commit", "autoupdate"], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (updated,) = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"]
    assert updated["rev"] == _git("rev-parse", "HEAD", cwd=hook_repo).strip()
    assert [h["id"] for h in updated["hooks"]] == [h["id"] for h in entry["hooks"]]
    check = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(config)],
                           capture_output=True, text=True, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
