"""File selection: folder walks, include / exclude / extend-exclude, force-exclude, .gitignore."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

import yaml
from conftest import ROOT, modules_loaded_by_cli, run_cli
from postlint.engine import config as config_module
from postlint.engine.batch import Engines
from postlint.engine.config import Config, load_file
from postlint.engine.discovery import DEFAULT_EXCLUDE, Skipped, _parts_match, excluded_by, walk
from postlint.ingest.read import decode, is_binary

POSTING = "# Barista\n\nWe pay $20 per hour.\n"


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def git_init(root: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)


def outcome(root: Path, engines: Engines | None = None) -> tuple[list[str], dict[str, str]]:
    """(files checked, {skipped path: reason}) of a walk of ``root``, paths relative to it."""
    config_module._found.clear()  # config lookups are cached per process; these tests edit configs
    engines = engines or Engines(None, {})
    checked, skipped = [], {}
    for entry in walk(root, engines.config_for):
        if isinstance(entry, Skipped):
            skipped[Path(entry.path).relative_to(root).as_posix() + ("/" if entry.path.endswith("/") else "")] = entry.reason
        else:
            checked.append(entry.relative_to(root).as_posix())
    return sorted(checked), skipped


def test_walk_leaves_repository_files_alone_and_says_why(tmp_path) -> None:
    write(tmp_path, {
        "README.md": POSTING, "LICENSE": "MIT licence\n", "CHANGELOG.md": "# Changes\n",
        "CONTRIBUTING.md": "x\n", "CODE_OF_CONDUCT.md": "x\n", "SECURITY.md": "x\n",
        ".github/ISSUE_TEMPLATE/job.md": POSTING, "node_modules/pkg/readme.txt": "x\n",
        "postings/barista.md": POSTING, "postings/cook": POSTING, "postings/logo": b"\x89PNG\x00\x00\x01",
        "postings/notes.py": "print(1)\n", "postings/security-analyst.md": POSTING,
        # Real postings are named after jobs that start like those files (as in LA City's bulletins).
        "postings/SECURITY-AIDE-3199.txt": POSTING, "postings/LICENSED-VOCATIONAL-NURSE.txt": POSTING,
        "postings/CHANGE-MANAGER.md": POSTING, "postings/README-fr.md": POSTING, "postings/LICENSE-MIT": "MIT\n",
    })
    checked, skipped = outcome(tmp_path)
    assert checked == ["postings/CHANGE-MANAGER.md", "postings/LICENSED-VOCATIONAL-NURSE.txt",
                       "postings/SECURITY-AIDE-3199.txt", "postings/barista.md", "postings/cook",
                       "postings/security-analyst.md"]
    assert skipped == {
        ".github/": "excluded by default (.*)",
        "node_modules/": "excluded by default (node_modules/)",
        "CHANGELOG.md": "excluded by default (CHANGELOG.*)",
        "CODE_OF_CONDUCT.md": "excluded by default (CODE_OF_CONDUCT.*)",
        "CONTRIBUTING.md": "excluded by default (CONTRIBUTING.*)",
        "LICENSE": "excluded by default (LICENSE)",
        "README.md": "excluded by default (README[-_.]*)",
        "SECURITY.md": "excluded by default (SECURITY.*)",
        "postings/README-fr.md": "excluded by default (README[-_.]*)",
        "postings/LICENSE-MIT": "excluded by default (LICENSE-MIT*)",
        "postings/logo": "binary file, not text",
        "postings/notes.py": "not a posting file type (.py)",
    }


def test_gitignore_is_respected_inside_a_git_repository(tmp_path) -> None:
    write(tmp_path, {
        ".gitignore": "drafts/\n*.bak.md\n",
        "jobs/.gitignore": "!keep.bak.md\nold/\n",
        "jobs/a.md": POSTING, "jobs/x.bak.md": POSTING, "jobs/keep.bak.md": POSTING,
        "jobs/old/b.md": POSTING, "drafts/c.md": POSTING, "jobs/secret.md": POSTING,
    })
    checked, _ = outcome(tmp_path)
    assert len(checked) == 6  # not a git repository: .gitignore means nothing, as for git
    git_init(tmp_path)
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("secret.md\n")
    checked, skipped = outcome(tmp_path)
    assert checked == ["jobs/a.md", "jobs/keep.bak.md"]  # the deeper file's `!` re-includes
    assert skipped["drafts/"] == "ignored by .gitignore"
    assert skipped["jobs/x.bak.md"] == "ignored by .gitignore"
    assert skipped["jobs/old/"] == "ignored by jobs/.gitignore"
    assert skipped["jobs/secret.md"] == "ignored by .git/info/exclude"
    assert skipped[".git/"] == "git's own folder"
    # respect-gitignore = false walks them again.
    (tmp_path / ".postlint.toml").write_text("respect-gitignore = false\n")
    checked, _ = outcome(tmp_path)
    assert checked == ["drafts/c.md", "jobs/a.md", "jobs/keep.bak.md", "jobs/old/b.md", "jobs/secret.md", "jobs/x.bak.md"]


def test_patterns_are_relative_to_the_config_file_not_the_current_folder(tmp_path) -> None:
    team = tmp_path / "team"
    write(team, {
        ".postlint.toml": 'extend-exclude = ["/drafts/", "*.tmp.md"]\n',
        "drafts/a.md": POSTING, "jobs/drafts/b.md": POSTING, "jobs/c.md": POSTING, "jobs/d.tmp.md": POSTING,
    })
    expected = ["jobs/c.md", "jobs/drafts/b.md"]  # /drafts/ is anchored at team/, where the config is
    assert outcome(team)[0] == expected
    for cwd in (tmp_path, team / "jobs"):
        code, out, err = run_cli("check", "--exit-zero", str(team), cwd=cwd)
        assert code == 0, err
        assert sorted(set(re.findall(r"^(.*?):\d+:\d+:", out, re.M))) == [str(team / f) for f in expected]
        assert f"skipped {team / 'drafts'}/: excluded by extend-exclude pattern '/drafts/'" in err


def test_exclude_replaces_the_defaults_and_extend_exclude_adds_to_them(tmp_path) -> None:
    write(tmp_path, {"README.md": POSTING, "jobs/a.md": POSTING, "archive/b.md": POSTING})
    (tmp_path / ".postlint.toml").write_text('exclude = ["archive/"]\n')
    assert outcome(tmp_path)[0] == ["README.md", "jobs/a.md"]
    (tmp_path / ".postlint.toml").write_text('extend-exclude = ["archive/"]\n')
    assert outcome(tmp_path)[0] == ["jobs/a.md"]


def test_include_chooses_what_a_walk_checks(tmp_path) -> None:
    write(tmp_path, {"jobs/a.md": POSTING, "jobs/b.txt": POSTING, "notes/c.md": POSTING, "jobs/d.txt": b"\x00\x01"})
    (tmp_path / ".postlint.toml").write_text('include = ["jobs/*.txt"]\n')
    checked, skipped = outcome(tmp_path)
    assert checked == ["jobs/b.txt"]
    assert skipped["notes/c.md"] == skipped["jobs/a.md"] == "not matched by include"
    assert skipped["jobs/d.txt"] == "binary file, not text"


def test_force_exclude_applies_exclude_to_named_files(tmp_path) -> None:
    write(tmp_path, {"README.md": POSTING, "jobs/a.md": POSTING, "tmpl/t.md": POSTING})
    (tmp_path / ".postlint.toml").write_text('extend-exclude = ["tmpl/"]\n')
    named = ("README.md", "jobs/a.md", "tmpl/t.md")
    code, out, err = run_cli("check", "--exit-zero", *named, cwd=tmp_path)
    assert {line.split(":")[0] for line in out.splitlines()[:-1]} == set(named)  # named files are checked ...
    code, out, err = run_cli("check", "--exit-zero", "--force-exclude", *named, cwd=tmp_path)
    assert {line.split(":")[0] for line in out.splitlines()[:-1]} == {"jobs/a.md"}  # ... unless force-excluded
    assert "skipped README.md: excluded by default (README[-_.]*)" in err
    assert "skipped tmpl/t.md: excluded by extend-exclude pattern 'tmpl/'" in err
    (tmp_path / ".postlint.toml").write_text('extend-exclude = ["tmpl/"]\nforce-exclude = true\n')
    _, out, _ = run_cli("check", "--exit-zero", *named, cwd=tmp_path)
    assert {line.split(":")[0] for line in out.splitlines()[:-1]} == {"jobs/a.md"}
    _, out, _ = run_cli("check", "--exit-zero", "--no-force-exclude", *named, cwd=tmp_path)
    assert {line.split(":")[0] for line in out.splitlines()[:-1]} == set(named)


def test_a_one_file_check_does_not_import_pathspec(tmp_path) -> None:
    write(tmp_path, {"post.md": POSTING, "README.md": POSTING})
    status, output, modules = modules_loaded_by_cli("check", "--exit-zero", "--force-exclude", "post.md", "README.md",
                                                   prefixes=("pathspec",), cwd=tmp_path)
    assert modules == [] and "Checked 1 posting in 1 file" in output
    git_init(tmp_path)
    (tmp_path / ".gitignore").write_text("drafts/\n")
    status, output, modules = modules_loaded_by_cli("check", "--exit-zero", ".", prefixes=("pathspec",), cwd=tmp_path)
    assert "pathspec" in modules  # a walk reading .gitignore uses it


NAMES = ["README.md", "readme", "Readme.rst", "README_zh.md", "LICENSE", "LICENSE-MIT", "license.md", "COPYING",
         "CHANGELOG.md", "changes.md", "CONTRIBUTING", "CODE_OF_CONDUCT.md", "SECURITY.md", "security-analyst.md",
         "SECURITY-AIDE.txt", "LICENSED-NURSE.txt", ".github", ".hidden.md", "node_modules", "venv", "jobs",
         "barista.md", "READMEFIRST", "x.md"]


def test_default_names_match_as_git_would_match_them() -> None:
    """The default list is matched without pathspec (start-up cost); it must agree with it."""
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(DEFAULT_EXCLUDE)
    for depth in (1, 2, 3):
        for parts in itertools.product(NAMES, repeat=depth):
            for is_dir in (False, True):
                path = "/".join(parts) + ("/" if is_dir else "")
                assert (_parts_match(DEFAULT_EXCLUDE, parts, is_dir) is not None) == spec.match_file(path), path


def test_is_binary_agrees_with_the_reader() -> None:
    samples = [b"plain text\n", b"\x00\x01\x02", "caf\u00e9\n".encode("utf-16"), "caf\u00e9".encode("cp1252"),
               b"\x1b[31m red \x1b[0m\n" * 3, bytes(range(32)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"]
    for sample in samples:
        source = decode("x", sample)
        binary = any(code == "E001" and "binary" in message for code, message in source.problems)
        assert is_binary(sample) is binary, sample


def test_the_hooks_pass_only_text_and_obey_exclude() -> None:
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    for hook in hooks.values():
        assert "--force-exclude" in hook["entry"].split()
        assert set(hook["types_or"]) == {"markdown", "plain-text", "html"}
        assert re.search(hook["exclude"], "checklists/barista.md") and not re.search(hook["exclude"], "jobs/barista.md")


def test_a_config_without_files_keys_excludes_nothing_it_should_not(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.postlint]\nignore = ['PAY001']\n")
    config = load_file(tmp_path / "pyproject.toml")
    assert excluded_by(config, tmp_path / "jobs" / "a.md") is None
    assert excluded_by(config, tmp_path / "README.md") == "excluded by default (README[-_.]*)"
    # Settings given in Python (no file) anchor their patterns at the current folder.
    from postlint.engine.config import validate

    api = Config(settings=validate({"extend-exclude": ["/jobs/"]}, "api"), root=tmp_path)
    assert excluded_by(api, tmp_path / "jobs" / "a.md") == "excluded by extend-exclude pattern '/jobs/'"
    assert excluded_by(api, tmp_path / "x" / "jobs" / "a.md") is None


def test_the_checklist_command_selects_files_the_same_way(tmp_path) -> None:
    write(tmp_path, {"README.md": POSTING, "jobs/barista.md": POSTING, "jobs/notes.py": "x = 1\n"})
    code, out, err = run_cli("checklist", "--force-exclude", "README.md", "jobs/barista.md", "-o", "lists", cwd=tmp_path)
    assert code == 0, err
    assert "skipped README.md: excluded by default (README[-_.]*)" in err
    assert len(list((tmp_path / "lists").glob("*.md"))) == 1
    code, _, err = run_cli("checklist", ".", "-o", "walked", cwd=tmp_path)
    assert code == 0, err
    assert "skipped jobs/notes.py: not a posting file type (.py)" in err and "skipped README.md" in err
    assert len(list((tmp_path / "walked").glob("*.md"))) == 1


def test_force_exclude_never_excludes_the_folder_it_is_run_on(tmp_path) -> None:
    write(tmp_path, {"jobs/a.md": POSTING, "README.md": POSTING})
    for args, cwd in ((["."], tmp_path), ([".."], tmp_path / "jobs"), (["./jobs"], tmp_path)):
        code, out, err = run_cli("check", "--exit-zero", "--force-exclude", *args, cwd=cwd)
        assert "Checked 1 posting in 1 file" in out, (args, err)
        assert "README.md: excluded by default" in err or args == ["./jobs"]
