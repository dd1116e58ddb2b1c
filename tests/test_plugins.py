"""Third-party rules: the `postlint.rules` entry-point group and local plugin files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from conftest import run_cli

PLUGIN = textwrap.dedent(
    '''
    from postlint.model import Severity, Span
    from postlint.rule import Rule, RuleOptions


    class NoEmoji(Rule):
        """What it checks: emoji in a posting.
        Why it matters: screen readers read them out by name.
        Example: "Join our 🚀 team".
        Instead: plain words.
        """

        code, name, severity = "{code}", "no-emoji", Severity.INFO
        summary = "Emoji in the posting"

        class Options(RuleOptions):
            marker: str = "🚀"

        def check(self, posting, options):
            for line in posting.lines:
                column = line.text.find(options.marker)
                if column >= 0:
                    yield self.finding(Span(
                        line=line.number, column=column + 1, end_line=line.number, end_column=column + 2), "emoji in posting")
    '''
)
POSTING = "Data Engineer\nJoin our 🚀 team. Salary $100,000 per year.\n"


def install_entry_point_plugin(site, code: str = "XMP001", name: str = "emoji_rules") -> None:
    """A real installed distribution, as pip would leave it: a module and a .dist-info with entry points."""
    (site / f"{name}.py").write_text(PLUGIN.format(code=code), encoding="utf-8")
    info = site / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[postlint.rules]\n{name} = {name}\n")


def run_with_site(site, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(site))
    proc = subprocess.run([sys.executable, "-m", "postlint", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_entry_point_rules_are_listed_and_run(tmp_path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install_entry_point_plugin(site)
    job = tmp_path / "job.txt"
    job.write_text(POSTING, encoding="utf-8")
    code, out, err = run_with_site(site, "rules")
    assert "XMP001" in out and "no-emoji" in out, err
    code, out, err = run_with_site(site, "check", "--format", "json", "--select", "XMP", str(job))
    finding = json.loads(out)["findings"][0]
    assert (finding["code"], finding["line"], finding["column"]) == ("XMP001", 2, 10)
    code, out, err = run_with_site(site, "rule", "XMP001")
    assert "marker = " in out and "screen readers" in out


def test_duplicate_codes_are_an_error(tmp_path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    install_entry_point_plugin(site, code="PAY001")
    job = tmp_path / "job.txt"
    job.write_text(POSTING, encoding="utf-8")
    code, out, err = run_with_site(site, "check", str(job))
    assert code == 2
    assert "duplicate rule code PAY001" in err and "Traceback" not in err


def test_local_plugin_file_from_config(tmp_path) -> None:
    (tmp_path / "house_rules.py").write_text(PLUGIN.format(code="HSE001"), encoding="utf-8")
    (tmp_path / ".postlint.toml").write_text(
        "plugins = ['house_rules.py']\nselect = ['HSE001']\n[rules.HSE001]\nmarker = 'team'\n"
    )
    job = tmp_path / "job.txt"
    job.write_text(POSTING, encoding="utf-8")
    code, out, err = run_cli("check", "--format", "json", str(job))
    found = [(f["code"], f["column"]) for f in json.loads(out)["findings"]]
    assert found == [("HSE001", 12)], err


def test_broken_plugin_file_is_a_clear_error(tmp_path) -> None:
    (tmp_path / "house_rules.py").write_text("raise RuntimeError('boom')\n")
    (tmp_path / ".postlint.toml").write_text("plugins = ['house_rules.py']\n")
    job = tmp_path / "job.txt"
    job.write_text(POSTING)
    code, _, err = run_cli("check", str(job))
    assert code == 2 and "house_rules.py failed to import: RuntimeError: boom" in err


def test_entry_point_prescan_finds_the_group_only_where_declared(tmp_path, monkeypatch) -> None:
    # The scan that spares importlib.metadata must say "maybe" whenever importlib.metadata would
    # find a postlint.rules entry point: a dist-info declaring it, or a zip it cannot read.
    from importlib.machinery import PathFinder

    from postlint.engine import registry

    monkeypatch.setattr(sys, "meta_path", [PathFinder])
    other = tmp_path / "other" / "tool-1.0.dist-info"
    other.mkdir(parents=True)
    (other / "entry_points.txt").write_text("[console_scripts]\ntool = tool:main\n", "utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "other"), str(tmp_path / "missing")])
    assert registry._may_declare_entry_points() is False

    plugin = tmp_path / "site" / "plug-1.0.dist-info"
    plugin.mkdir(parents=True)
    (plugin / "entry_points.txt").write_text("[postlint.rules]\nplug = plug\n", "utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "other"), str(tmp_path / "site")])
    assert registry._may_declare_entry_points() is True

    archive = tmp_path / "bundle.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "other"), str(archive)])
    assert registry._may_declare_entry_points() is True
