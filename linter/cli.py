"""The ``postlint`` command line (click).

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage, configuration
or internal errors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .engine.batch import Engines, results_in_order
from .engine.config import ConfigError, find_config, load_file
from .engine.registry import RegistryError
from .model import SectionKind, to_json

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_FORMAT_IN_HELP = ("How to read the input: text or jsonl (stdin: posting text [default], or JSON Lines), json or xml "
                   "(a job-board feed, its system told from its shape), or a feed system to read every file as "
                   "(greenhouse, lever, ashby, workable, smartrecruiters, recruitee, personio, usajobs, remoteok, "
                   "remotive, arbeitnow, jobicy, teamtailor, schema-org, or a name in [tool.postlint.feeds]).")


def _codes(value: str | None) -> list[str]:
    return [c.strip().upper() for c in (value or "").split(",") if c.strip()]


def _expand(paths: tuple[str, ...], engines: Engines, notes: bool = True) -> list[str]:
    """The files to check: folders walked (include, exclude, .gitignore), named files as given
    unless force-exclude excludes them. What is left out is reported on stderr (``notes``)."""

    def skip(name: str, reason: str) -> None:
        if notes:
            click.echo(f"postlint: skipped {name}: {reason}", err=True)

    files: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append(raw)
            continue
        path = Path(raw)
        config = engines.config_for(path)
        if config.settings.force_exclude:
            from .engine.discovery import excluded_by

            why = excluded_by(config, path, path.is_dir())
            if why is not None:
                skip(raw, why)
                continue
        if not path.is_dir():
            files.append(raw)
            continue
        from .engine.discovery import Skipped, walk

        found = 0
        for entry in walk(path, engines.config_for):
            if isinstance(entry, Skipped):
                skip(entry.path, entry.reason)
            else:
                files.append(str(entry))
                found += 1
        if not found:
            click.echo(f"postlint: warning: no posting files (.md, .txt, .html, .jsonl) under {raw}", err=True)
    return files


def _governing_path(name: str, stdin_filename: str | None) -> Path | None:
    """The path whose config governs ``name``: stdin's is its --stdin-filename, else the current folder."""
    if name == "-":
        return Path(stdin_filename) if stdin_filename else None
    return Path(name)


def _results(files: list[str], engines: Engines, format_in: str | None, jobs: int, keep_postings: bool,
             stdin_filename: str | None = None, cluster=None):
    """(engine, result) for every file in order: one result per file, one per JSON Lines record."""

    def local(name: str, check: bool = True):
        stdin_name = stdin_filename or "-"
        try:
            engine = engines.for_path(_governing_path(name, stdin_filename))
        except (ConfigError, RegistryError) as exc:
            raise click.ClickException(str(exc)) from exc
        if not check:
            return engine, []
        if name == "-":
            stdin = click.get_binary_stream("stdin")
            if format_in == "jsonl" or (format_in not in ("text", "json", "xml") and stdin_name.lower().endswith(".jsonl")):
                return engine, engine.check_jsonl(stdin, stdin_name)  # with a feed's name: its records, a line each
            if format_in not in (None, "text") or (format_in is None and stdin_name.lower().endswith((".json", ".xml"))):
                return engine, engine.check_feed(stdin_name, stdin)
            return engine, [engine.check_bytes(stdin.read(), stdin_name)]
        return engine, engine.check_file(name)

    if cluster is not None:
        from .dasklint import results_on_cluster

        yield from results_on_cluster(files, lambda name: local(name, check=False)[0], cluster,
                                      read_stdin=lambda: click.get_binary_stream("stdin"),
                                      stdin_jsonl=format_in == "jsonl", keep_postings=keep_postings)
        return
    yield from results_in_order(files, local, jobs, engines, keep_postings)


def _connect(address: str):
    """A client of the Dask scheduler at ``address``. Dask loads here only: `postlint check`
    without --scheduler never imports it."""
    try:
        from .dasklint import SchedulerError, connect
    except ImportError as exc:
        raise click.ClickException(f"--scheduler needs the Dask extra (pip install 'postlint[dask]'): {exc}") from exc
    try:
        return connect(address)
    except SchedulerError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="postlint")
def cli() -> None:
    """A quality linter for job postings and a generator of applicant checklists."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(["text", "full", "json", "sarif", "github", "junit", "gitlab"]), default="text", show_default=True, help="Output format.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file (in one step, mode 0644 less the umask) instead of stdout.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary line, no notes on skipped files.")
@click.option("--stdin-filename", help="The file name stdin (-) stands for: its config, per-file-ignores, exclude (with --force-exclude) and the name in findings.")
@click.option("--select", help="Comma-separated codes or prefixes to run (replaces the configured selection).")
@click.option("--extend-select", help="Codes or prefixes to add to the selection.")
@click.option("--ignore", help="Codes or prefixes not to run.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that makes the exit code 1 [default: warning].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--statistics", is_flag=True, help="Print how many findings each rule made.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Use this config file instead of looking one up.")
@click.option("--split", type=click.Choice(["auto", "none"]), help="How to split a file into postings [default: auto].")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="The date to check expiry and experience against (YYYY-MM-DD).")
@click.option("--format-in", metavar="FORMAT", help=_FORMAT_IN_HELP)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Check files in this many processes (output order is unchanged).")
@click.option("--force-exclude/--no-force-exclude", default=None, help="Apply exclude to files named on the command line too (pre-commit's hook does) [default: config force-exclude, else off].")
@click.option("--scheduler", metavar="ADDRESS", help="Check on the running Dask cluster at ADDRESS (tcp://host:8786); needs postlint[dask]. Output is the same as a local run.")
def check(paths, output_format, output_file, quiet, stdin_filename, select, extend_select, ignore, fail_on, exit_zero, statistics, config_file, split, today, format_in, jobs, force_exclude, scheduler):
    """Check posting files (or folders of them; - for stdin) and report findings."""
    from .report import NEEDS_POSTINGS, reporter, wants_colour

    if scheduler and jobs > 1:
        raise click.UsageError("--jobs and --scheduler cannot be combined: the cluster's workers do the work")

    overrides = {
        "select": _codes(select) or None,
        "extend_select": _codes(extend_select),
        "ignore": _codes(ignore),
        "fail_on": fail_on,
        "split": split,
        "today": today.date() if isinstance(today, dt.datetime) else None,
        "force_exclude": force_exclude,
        "format_in": format_in,
    }
    engines = Engines(config_file, overrides)
    try:
        # Findings are sorted by file, line, column across the whole run: each file's findings come
        # sorted from the engine, so checking the files in path order (once each) is enough.
        files = sorted(dict.fromkeys(_expand(paths, engines, notes=not quiet)))
        if "-" in files and stdin_filename and _stdin_excluded(stdin_filename, engines, quiet):
            files.remove("-")
        first = engines.for_path(_governing_path(files[0], stdin_filename) if files else None)
    except (ConfigError, RegistryError) as exc:
        raise click.ClickException(str(exc)) from exc
    cluster = _connect(scheduler) if scheduler else None
    with contextlib.ExitStack() as stack:
        if cluster is not None:
            stack.callback(cluster.close)
        if output_file is not None:
            from .engine.atomic import atomic_writer

            try:
                out, colour = stack.enter_context(atomic_writer(output_file)), False
            except OSError as exc:
                raise click.ClickException(f"cannot write {output_file}: {exc.strerror or exc}") from exc
        else:
            out = click.get_text_stream("stdout")
            colour = output_format in ("text", "full") and wants_colour(out, os.environ)
        report = reporter(output_format, out, first.registry, statistics, quiet=quiet, colour=colour)
        report.start()
        failed, errors = False, []
        progress = stack.enter_context(_progress(len(files), quiet, output_file is not None))
        for engine, result in _results(files, engines, format_in, jobs, output_format in NEEDS_POSTINGS, stdin_filename,
                                       cluster=cluster):
            report.file(result)
            progress.update(int(result.new_file))
            failed = failed or any(engine.fails(f) for f in result.findings)
            errors.extend(result.errors)
        report.finish()
    for error in errors:
        # An input no run can check (an unknown feed shape) or a rule that crashed: either way exit 2.
        click.echo(f"postlint: error: {error}", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


PROGRESS_MIN_FILES = 20


def _progress(total: int, quiet: bool, to_file: bool):
    """A progress bar on stderr for a run of many files, only where someone watches it: stderr is a
    terminal, the report goes to a file or a pipe (findings on the same terminal would cut through
    the bar), and not in CI (the CI variable, which GitHub, GitLab and others set)."""
    stderr = click.get_text_stream("stderr")
    shown = (not quiet and total >= PROGRESS_MIN_FILES and not os.environ.get("CI") and stderr.isatty()
             and (to_file or not click.get_text_stream("stdout").isatty()))
    if not shown:
        return contextlib.nullcontext(_NoProgress())  # click's bar module is not even imported
    return click.progressbar(length=total, label="Checking", file=stderr, show_pos=True)


class _NoProgress:
    def update(self, steps: int) -> None:
        pass


def _stdin_excluded(name: str, engines: Engines, quiet: bool) -> bool:
    """With force-exclude, stdin named after an excluded file is not checked (as ruff does)."""
    from .engine.discovery import excluded_by

    config = engines.config_for(Path(name))
    why = excluded_by(config, Path(name)) if config.settings.force_exclude else None
    if why is not None and not quiet:
        click.echo(f"postlint: skipped {name} (stdin): {why}", err=True)
    return why is not None


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--split", type=click.Choice(["auto", "none"]), help="How to split the file into postings.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Reference date for date facts (YYYY-MM-DD).")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format-in", metavar="FORMAT", help=_FORMAT_IN_HELP)
def parse(path, split, today, config_file, format_in):
    """Print the parsed postings of PATH, with their facts, as a JSON array (a feed's system is
    each posting's facts.structured.feed)."""
    engines = Engines(config_file, {"split": split, "today": today.date() if today else None, "format_in": format_in})
    try:
        engine = engines.for_path(None if path == "-" else Path(path))
    except (ConfigError, RegistryError) as exc:
        raise click.ClickException(str(exc)) from exc
    if path == "-":
        result = engine.check_bytes(click.get_binary_stream("stdin").read(), "-")
    else:
        result = engine.check_path(path)
    for finding in result.findings:
        if finding.code.startswith("E"):
            click.echo(f"{finding.path}: {finding.code} {finding.message}", err=True)
    click.echo(json.dumps([posting_json(p) for p in result.postings], indent=2, ensure_ascii=False, default=str))
    if result.errors:  # e.g. a .json file of a shape no feed map knows
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_OK if result.postings else EXIT_FINDINGS)


def posting_json(posting) -> dict:
    data = to_json(posting, exclude={"facts"})
    data["facts"] = to_json(posting.facts) if posting.facts is not None else {}
    return data


@cli.command("checklist")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder for the checklists [default: checklists/].")
@click.option("--stdout", "to_stdout", is_flag=True, help="Print the checklists instead of writing files.")
@click.option("--resume", "resume_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Your resume (.txt, .md, JSON Resume .json, .pdf, .docx): marks what it already shows.")
@click.option("--template", "template_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="A Jinja template to render instead of the built-in one (sandboxed).")
@click.option("--check", "check_only", is_flag=True, help="Write nothing; exit 1 listing checklists that are missing or out of date.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Use this config file instead of looking one up.")
@click.option("--split", type=click.Choice(["auto", "none"]), help="How to split a file into postings [default: auto].")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), help="Reference date for dates and resume date ranges (YYYY-MM-DD).")
@click.option("--force-exclude/--no-force-exclude", default=None, help="Apply exclude to files named on the command line too (pre-commit's hook does).")
@click.option("--format-in", metavar="FORMAT", help=_FORMAT_IN_HELP)
def checklist_command(paths, output_dir, to_stdout, resume_file, template_file, check_only, config_file, split, today, force_exclude, format_in):
    """Write one Markdown applicant checklist per posting (ticks and notes survive re-runs)."""
    # jinja2 and the resume reader load here only: `postlint check` never imports them.
    from .checklist import ChecklistError, run_checklists

    if to_stdout and (output_dir or check_only):
        raise click.UsageError("--stdout cannot be combined with -o/--output or --check")
    engines = Engines(config_file, {"split": split, "today": today.date() if isinstance(today, dt.datetime) else None,
                                    "force_exclude": force_exclude, "format_in": format_in})
    try:
        files = _expand(paths, engines)
        results = []
        for name in files:
            engine = engines.for_path(None if name == "-" else Path(name))
            if name == "-":
                results.append(engine.check_bytes(click.get_binary_stream("stdin").read(), "-"))
            else:
                results.append(engine.check_path(name))
        today_date = today.date() if isinstance(today, dt.datetime) else None
        outcome = run_checklists(results, output_dir or Path("checklists"), to_stdout=to_stdout, resume=resume_file,
                                 template=template_file, check_only=check_only, today=today_date)
    except (ConfigError, RegistryError, ChecklistError) as exc:
        raise click.ClickException(str(exc)) from exc
    for line in outcome.messages:
        click.echo(line, err=to_stdout)
    if to_stdout:
        click.echo(outcome.text, nl=False)
    sys.exit(EXIT_FINDINGS if outcome.failed else EXIT_OK)


@cli.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(output_format):
    """List every rule: code, name, severity, enabled by default, summary."""
    registry = _registry()
    rows = [
        {"code": r.code, "name": r.name, "severity": r.severity.value, "default": r.default_enabled, "summary": r.summary}
        for r in registry.sorted()
    ]
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2))
        return
    click.echo(f"{'code':<10} {'name':<32} {'severity':<8} {'default':<7} summary")
    for row in rows:
        default = "on" if row["default"] else "off"
        click.echo(f"{row['code']:<10} {row['name']:<32} {row['severity']:<8} {default:<7} {row['summary']}")


@cli.command("rule")
@click.argument("code")
def rule_command(code):
    """Show a rule's documentation and options (by code or name)."""
    registry = _registry()
    wanted = code.strip()
    rule = registry.rules.get(wanted.upper()) or next((r for r in registry.sorted() if r.name == wanted.lower()), None)
    if rule is None:
        raise click.ClickException(f"no rule {code!r}; `postlint rules` lists them")
    click.echo(rule_docs(rule))


def rule_docs(rule) -> str:
    lines = [f"{rule.code} {rule.name}", "", rule.summary, "",
             f"Severity: {rule.severity.value}    Enabled by default: {'yes' if rule.default_enabled else 'no'}", ""]
    if rule.zones is not None:
        skipped = sorted(kind.value for kind in SectionKind if kind not in rule.zones)
        lines += [f"Reads: every part of the posting except {', '.join(skipped)}", ""]
    for heading, body in rule.docs().items():
        lines += [f"{heading}:", *("    " + line if line else "" for line in body.splitlines()), ""]
    fields = rule.Options.model_fields
    if fields:
        lines.append(f"Options ([tool.postlint.rules.{rule.code}]):")
        for name, info in fields.items():
            default = info.default_factory() if info.default_factory else info.default
            desc = f"  {info.description}" if info.description else ""
            lines.append(f"    {name.replace('_', '-')} = {json.dumps(default, default=str)}{desc}")
    else:
        lines.append("Options: none")
    return "\n".join(lines).rstrip() + "\n"


def _registry():
    try:
        config_path = find_config(Path.cwd())
        plugins, root = ([], None)
        if config_path:
            config = load_file(config_path)
            plugins, root = config.settings.plugins, config.root
        from .engine.registry import load_registry

        return load_registry(plugins, root)
    except (ConfigError, RegistryError) as exc:
        raise click.ClickException(str(exc)) from exc


def main() -> None:
    try:
        cli.main(prog_name="postlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_ERROR)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(EXIT_ERROR)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - never a traceback for a user; say what broke
        click.echo(f"postlint: internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo("Please report this with the input that caused it.", err=True)
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()
