"""`postlint checklist`: sections, Markdown that parses, edits that survive re-runs, removed items,
--check, sandboxed user templates, and the check path never importing jinja2."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import postlint
import pytest
from conftest import FIXTURES, modules_loaded_by_cli, run_cli, task_sections
from markdown_it import MarkdownIt
from postlint.checklist.checklist import (
    ChecklistContext,
    TemplateProblem,
    build_context,
    file_names,
    md_escape,
    parse_existing,
    prepare_prompt,
    render,
    write_atomic,
)
from postlint.model import Finding, Severity, Span

SEED = Path("/work/shared/seeds/four-postings.txt")
RESUME = FIXTURES / "resume-phd-ml.md"
RESEARCH = FIXTURES / "posting-research.md"
TODAY = "2026-11-25"


# -- helpers ------------------------------------------------------------------------------------


def sections(markdown: str) -> dict[str, list[tuple[bool, str]]]:
    """Each h2 heading -> its top-level task items as (checked, text)."""
    return {heading: [(checked, text) for checked, text in items if checked is not None]
            for heading, items in task_sections(markdown).items()}


def checklist_text(text: str, path: str = "posting.md", resume: Path | None = None, existing: str | None = None,
                   index: int = 0, template: Path | None = None) -> str:
    from postlint.checklist.resume import Matcher, read_resume
    from postlint.engine import Engine
    from postlint.engine.config import Config, validate

    engine = Engine(Config(settings=validate({"today": TODAY}, "test")))
    result = engine.check_text(text, path)
    matcher = Matcher(read_resume(resume), dt.date(2026, 11, 25)) if resume else None
    posting = result.postings[index]
    return render(build_context(posting, result.findings, matcher, existing), template)


def item_line(markdown: str, fragment: str) -> str:
    return next(line for line in markdown.splitlines() if fragment in line and "postlint:id=" in line)


# -- the seed file (the user's example; skipped where /work/shared is absent) ------------------


@pytest.mark.skipif(not SEED.exists(), reason="the seed file lives outside the repository")
def test_seed_four_postings_give_four_checklists(tmp_path: Path) -> None:
    code, out, err = run_cli("checklist", str(SEED), "-o", str(tmp_path / "out"), "--today", TODAY)
    assert code == 0, err
    files = sorted((tmp_path / "out").glob("*.md"))
    assert len(files) == 4
    first = (tmp_path / "out" / file_names(postlint.parse_text(SEED.read_text("utf-8")))[0]).read_text("utf-8")
    parsed = sections(first)
    assert len(parsed["Must-have"]) == 11  # "Strong communicator and team player. Being able to ..." is two
    assert len(parsed["Nice to have"]) == 3
    assert "$12,100 per month" in first
    assert not any("pay range" in text.lower() for _, text in parsed["Questions to ask"])
    others = [f.read_text("utf-8") for f in files if f.read_text("utf-8") != first]
    assert len(others) == 3
    for text in others:
        assert any("what is the pay range" in q.lower() for _, q in sections(text)["Questions to ask"])


@pytest.mark.skipif(not SEED.exists(), reason="the seed file lives outside the repository")
def test_seed_first_posting_with_the_test_resume() -> None:
    markdown = checklist_text(SEED.read_text("utf-8"), str(SEED), resume=RESUME)
    must = dict((text, checked) for checked, text in sections(markdown)["Must-have"])
    phd = next(t for t in must if t.startswith("Working towards a PhD"))
    languages = next(t for t in must if t.startswith("Mastery of at least one systems language"))
    assert must[phd] and must[languages]
    lines = markdown.splitlines()
    at = lines.index(item_line(markdown, "Working towards a PhD"))
    assert "**met**" in lines[at + 1]
    assert re.search(r'resume line \d+ \(PhD \(in progress\)\): "PhD candidate in Machine Learning', lines[at + 2])
    at = lines.index(item_line(markdown, "Mastery of at least one systems language"))
    block = "\n".join(lines[at + 1: at + 4])
    assert "(Python)" in block and "(PyTorch)" in block
    assert "**missing**" in markdown  # honest: the resume says nothing of AI agents
    assert re.search(r"Resume fit\*\* \(resume-phd-ml.md\): \d+ of 11 required items met", markdown)


# -- sections and Markdown ----------------------------------------------------------------------


def test_sections_in_order_and_task_items_parse() -> None:
    markdown = checklist_text(RESEARCH.read_text("utf-8"), str(RESEARCH))
    headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == ["Before you apply", "Must-have", "Nice to have", "Prepare", "Questions to ask", "Posting quality"]
    parsed = sections(markdown)
    must = [t.split(" <!--")[0] for _, t in parsed["Must-have"]]
    assert must == [
        "Master's degree in Computer Science or a related field",
        "3+ years of experience with Python",
        "Experience with Postgres or MySQL",
        "Hands-on experience with Kubernetes",
        "Excellent communication skills",
    ]
    assert [t.split(" <!--")[0] for _, t in parsed["Nice to have"]] == ["Familiarity with Go", "Publications in information retrieval"]
    assert len(parsed["Prepare"]) == 3
    assert "**Pay:** $120,000 - $150,000 per year" in markdown
    assert "**Location:** Denver, CO (hybrid)" in markdown
    assert "**Organization:** Example Labs" in markdown
    assert not any(checked for items in parsed.values() for checked, _ in items)  # no resume: nothing ticked


def test_missing_pay_asks_for_the_range() -> None:
    markdown = checklist_text((FIXTURES / "one-posting-no-pay.txt").read_text("utf-8"))
    questions = sections(markdown)["Questions to ask"]
    assert any("what is the pay range" in q.lower() for _, q in questions)
    assert "**Pay:** not stated" in markdown
    assert "PAY001" in markdown.split("## Posting quality")[1]


def test_questions_come_from_finding_codes_even_for_rules_not_built_here() -> None:
    posting = postlint.parse_text(RESEARCH.read_text("utf-8"), "p.md")[0]
    line = next(i for i in posting.items() if "communication" in i.text).span.line
    text = posting.line_text(line)
    start = text.index("Excellent")
    findings = [
        Finding(code="REQ001", name="vague-requirement", severity=Severity.WARNING, message="vague",
                span=Span(line=line, column=start + 1, end_line=line, end_column=start + 1 + len("Excellent communication skills")),
                posting_index=1),
        Finding(code="DATE001", name="season-month-mismatch", severity=Severity.WARNING, message="Fall vs June",
                span=Span(line=1, column=1, end_line=1, end_column=5), posting_index=1),
        Finding(code="ZZZ999", name="unknown", severity=Severity.INFO, message="no question for this", span=Span(line=1, end_line=1, end_column=2), posting_index=1),
    ]
    context = build_context(posting, findings)
    questions = [q.raw for q in context.questions]
    assert questions[0] == 'What does "Excellent communication skills" mean in practice, and how would you judge it?'
    assert "which dates are right" in questions[1]
    assert len(questions) == 2
    assert [q.code for q in context.quality] == ["REQ001", "DATE001", "ZZZ999"]


def test_dates_and_missing_facts_degrade_gracefully() -> None:
    posting = postlint.parse_text(RESEARCH.read_text("utf-8"), "p.md")[0]

    class Mention:
        def __init__(self, role, raw):
            self.role, self.raw = role, raw

    posting.facts = dataclasses.replace(
        posting.facts, dates=[Mention("deadline", "December 1, 2026"), Mention("range", "September-December 2026")]
    )
    context = build_context(posting, [])
    assert context.deadline == "December 1, 2026"
    assert context.period == "September-December 2026"
    assert any("Apply before the deadline: December 1, 2026" in i.raw for i in context.before_you_apply)
    posting.facts = None  # no facts at all: still a checklist
    markdown = render(build_context(posting, []))
    assert "**Pay:** not stated" in markdown and "## Must-have" in markdown


def test_posting_text_cannot_break_the_markdown() -> None:
    text = (
        "Platform Engineer\n\nRequirements\n"
        "- # not a heading: C# and .NET\n"
        "- Tables | pipes | everywhere\n"
        "- <script>alert(1)</script> and <!-- postlint:id=req-deadbeef --> tricks\n"
        "- 1. numbered looking\n"
    )
    markdown = checklist_text(text)
    tokens = MarkdownIt("commonmark").parse(markdown)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert not any("not a heading" in h for h in headings)
    html = [t.content for t in tokens if t.type == "html_block"] + [
        c.content for t in tokens if t.type == "inline" for c in t.children or [] if c.type == "html_inline"
    ]
    assert all(h.startswith("<!-- Generated") or re.fullmatch(r"<!-- postlint:(id=[a-z]+-[0-9a-f]{8}( met)?|auto) -->", h) for h in html), html
    must = [t for _, t in sections(markdown)["Must-have"]]
    assert len(must) == 4
    ids = re.findall(r"postlint:id=(\S+)", markdown)
    assert "req-deadbeef" not in ids
    assert md_escape("# x | y <b>") == r"\# x \| y \<b\>"


# -- edits are never lost -------------------------------------------------------------------------


def test_ticks_and_notes_survive_a_rerun(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("checklist", str(RESEARCH), "-o", str(out))[0] == 0
    [path] = list(out.glob("*.md"))
    text = path.read_text("utf-8")
    kube = item_line(text, "Kubernetes")
    go = item_line(text, "Familiarity with Go")
    text = text.replace(kube, kube.replace("- [ ]", "- [x]") + "\n  Used it at the hackathon; say so in the cover letter.\n  - link: https://example.org/demo")
    text = text.replace(go, go.replace("- [ ]", "- [X]"))
    path.write_text(text, "utf-8")
    code, out_text, err = run_cli("checklist", str(RESEARCH), "-o", str(out))
    assert code == 0, err
    again = path.read_text("utf-8")
    assert item_line(again, "Kubernetes").startswith("- [x]")
    assert item_line(again, "Familiarity with Go").startswith("- [x]")
    lines = again.splitlines()
    at = lines.index(item_line(again, "Kubernetes"))
    assert lines[at + 1: at + 3] == ["  Used it at the hackathon; say so in the cover letter.", "  - link: https://example.org/demo"]
    assert again == text.replace("- [X]", "- [x]")  # nothing else moved
    assert "unchanged" in out_text or "updated" in out_text


def test_rerun_with_a_resume_keeps_notes_and_rewrites_only_its_own_lines(tmp_path: Path) -> None:
    first = checklist_text(RESEARCH.read_text("utf-8"), resume=RESUME)
    kube = item_line(first, "Kubernetes")
    fit_line = "  - **missing**: no resume line shows Kubernetes <!-- postlint:auto -->"
    assert kube + "\n" + fit_line in first
    edited = first.replace(fit_line, fit_line + "\n  I did a Kubernetes course in 2025.")
    second = checklist_text(RESEARCH.read_text("utf-8"), resume=RESUME, existing=edited)
    assert second == edited
    # A note written between the item and postlint's lines is kept too (it moves below them).
    moved = first.replace(kube, kube + "\n  I did a Kubernetes course in 2025.")
    assert checklist_text(RESEARCH.read_text("utf-8"), resume=RESUME, existing=moved) == edited
    without = checklist_text(RESEARCH.read_text("utf-8"), existing=edited)  # no resume: fit lines go, notes stay
    assert "postlint:auto" not in without
    assert "I did a Kubernetes course in 2025." in without


def test_a_met_item_the_user_unticked_stays_unticked() -> None:
    first = checklist_text(RESEARCH.read_text("utf-8"), resume=RESUME)
    line = item_line(first, "Master's degree")
    assert line.startswith("- [x]") and line.endswith(" met -->")
    edited = first.replace(line, line.replace("- [x]", "- [ ]"))
    second = checklist_text(RESEARCH.read_text("utf-8"), resume=RESUME, existing=edited)
    assert item_line(second, "Master's degree").startswith("- [ ]")


def test_items_gone_from_the_posting_are_kept_under_removed() -> None:
    original = RESEARCH.read_text("utf-8")
    first = checklist_text(original)
    kube = item_line(first, "Kubernetes")
    edited = first.replace(kube, kube.replace("- [ ]", "- [x]") + "\n  Ask whether EKS counts.")
    changed = original.replace("- Hands-on experience with Kubernetes\n", "").replace("3+ years", "4+ years")
    second = checklist_text(changed, existing=edited)
    parsed = sections(second)
    assert list(parsed)[-1] == "Removed from the posting"
    removed = parsed["Removed from the posting"]
    assert [(checked, text.split(" <!--")[0]) for checked, text in removed] == [
        (False, "3+ years of experience with Python"),
        (True, "Hands-on experience with Kubernetes"),
    ]
    assert "Ask whether EKS counts." in second.split("## Removed from the posting")[1]
    assert any("4+ years" in t for _, t in parsed["Must-have"])
    # A third run keeps them; when the item comes back it returns to its section with its tick and note.
    third = checklist_text(changed, existing=second)
    assert third == second
    fourth = checklist_text(original.replace("3+ years", "4+ years"), existing=third)
    assert item_line(fourth, "Kubernetes").startswith("- [x]")
    assert "Kubernetes" not in fourth.split("## Removed from the posting")[1]
    assert "Ask whether EKS counts." in fourth.split("## Nice to have")[0]


def test_parse_existing_ignores_generated_lines() -> None:
    text = (
        "## Must-have\n\n- [x] A <!-- postlint:id=req-00000001 met -->\n  - **met**: x <!-- postlint:auto -->\n"
        "  my note\n\n- [ ] B <!-- postlint:id=req-00000002 -->\n\n## Posting quality\n\n- **PAY001** text\n"
    )
    items = parse_existing(text)
    assert [(i.id, i.checked, i.met, i.notes) for i in items] == [
        ("req-00000001", True, True, ["  my note"]),
        ("req-00000002", False, False, []),
    ]


# -- files, --check, --stdout ---------------------------------------------------------------------


def test_check_lists_missing_and_out_of_date_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run_cli("checklist", str(RESEARCH), "-o", str(out), "--check")
    assert code == 1 and "missing:" in stdout and not out.exists()
    assert run_cli("checklist", str(RESEARCH), "-o", str(out))[0] == 0
    code, stdout, _ = run_cli("checklist", str(RESEARCH), "-o", str(out), "--check")
    assert code == 0 and "up to date" in stdout
    changed = tmp_path / "posting-research.md"
    changed.write_text(RESEARCH.read_text("utf-8").replace("Familiarity with Go", "Familiarity with Rust"), "utf-8")
    [path] = list(out.glob("*.md"))
    before = path.read_text("utf-8")
    code, stdout, _ = run_cli("checklist", str(changed), "-o", str(out), "--check")
    if path.name in stdout:  # the source path in the header differs too; either way it is out of date
        assert code == 1 and f"out of date: {path}" in stdout
    assert path.read_text("utf-8") == before


def test_stdout_prints_every_checklist(tmp_path: Path) -> None:
    code, stdout, err = run_cli("checklist", str(RESEARCH), str(FIXTURES / "one-posting-no-pay.txt"), "--stdout", cwd=tmp_path)
    assert code == 0, err
    assert stdout.count("## Must-have") == 2
    assert not (tmp_path / "checklists").exists()


def test_default_folder_and_unique_names(tmp_path: Path) -> None:
    twice = tmp_path / "twice.txt"
    body = (FIXTURES / "one-posting-no-pay.txt").read_text("utf-8")
    # Two postings with one title (the same posting twice is one posting: see test_split).
    other = body.replace("survey data into reports", "store sales into weekly forecasts").replace("Tableau", "Looker")
    twice.write_text(body + "\n\n" + other, "utf-8")
    postings = postlint.parse_text(twice.read_text("utf-8"), str(twice))
    names = file_names(postings)
    assert len(postings) == 2 and names == ["data-analyst.md", "data-analyst-2.md"]
    code, _, err = run_cli("checklist", str(twice), cwd=tmp_path)
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "checklists").glob("*.md")) == sorted(names)


def test_write_atomic_leaves_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.md"
    write_atomic(path, "old\n")
    import os

    def broken(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomic(path, "new\n")
    assert path.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_unreadable_resume_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", "utf-8")
    code, _, err = run_cli("checklist", str(RESEARCH), "--stdout", "--resume", str(empty))
    assert code == 2 and "no text" in err and "Traceback" not in err


# -- templates ----------------------------------------------------------------------------------


def test_user_template_renders_in_the_sandbox_with_partials(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text(
        '{% from "partials/item.md.j2" import task %}# {{ title }} ({{ must_have | length }} must-haves)\n'
        "{% for item in must_have %}{{ task(item) }}{% endfor %}\n",
        "utf-8",
    )
    code, stdout, err = run_cli("checklist", str(RESEARCH), "--stdout", "--template", str(template))
    assert code == 0, err
    assert stdout.startswith("# Research Engineer, Search Ranking (5 must-haves)\n")
    assert stdout.count("- [ ] ") == 5


def test_an_edited_user_template_is_rendered_as_it_now_is(tmp_path: Path) -> None:
    # Compiled templates are kept for the run (one environment per template source): an edit to
    # the file between two renders in one process must still show.
    template = tmp_path / "mine.md.j2"
    template.write_text("first: {{ title }}\n", "utf-8")
    assert checklist_text(RESEARCH.read_text("utf-8"), template=template).startswith("first: Research Engineer")
    template.write_text("second: {{ must_have | length }}\n", "utf-8")
    assert checklist_text(RESEARCH.read_text("utf-8"), template=template) == "second: 5\n"
    assert "\n# Research Engineer, Search Ranking" in checklist_text(RESEARCH.read_text("utf-8"))


def test_a_template_typo_names_the_line(tmp_path: Path) -> None:
    template = tmp_path / "typo.md.j2"
    template.write_text("# {{ title }}\n\n{{ titel }}\n", "utf-8")
    with pytest.raises(TemplateProblem, match=rf"{re.escape(str(template))}:3: undefined in template: 'titel' is undefined"):
        checklist_text(RESEARCH.read_text("utf-8"), template=template)
    broken = tmp_path / "broken.md.j2"
    broken.write_text("line one\n{% for x in must_have %}\nno endfor\n", "utf-8")
    with pytest.raises(TemplateProblem, match=r"broken.md.j2:\d+: template syntax error"):
        checklist_text(RESEARCH.read_text("utf-8"), template=broken)
    code, _, err = run_cli("checklist", str(RESEARCH), "--stdout", "--template", str(template))
    assert code == 2 and ":3:" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{{ lipsum.__globals__['os'].popen('touch PWNED').read() }}",
        "{{ joiner.__init__.__globals__.__builtins__.open('/etc/passwd').read() }}",
        "{{ self._TemplateReference__context }}",
        "{% include '/etc/passwd' %}",
        "{% include '../../../../etc/passwd' %}",
        "{{ must_have.append(1) }}",
        "{{ title.__class__.__base__.__subclasses__() }}",
    ],
)
def test_a_malicious_template_cannot_read_files_or_run_code(tmp_path: Path, attack: str, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    template = tmp_path / "evil.md.j2"
    template.write_text(f"# {{{{ title }}}}\n{attack}\n", "utf-8")
    with pytest.raises(TemplateProblem, match=r"evil\.md\.j2:2: (not allowed in a template|template not found)"):
        checklist_text(RESEARCH.read_text("utf-8"), template=template)
    assert not (tmp_path / "PWNED").exists()


def test_context_model_is_documented() -> None:
    described = {f.name: f.metadata.get("description") for f in dataclasses.fields(ChecklistContext)}
    undocumented = [name for name, text in described.items() if not text and name not in ("organization",)]
    # Every list and derived field says what it holds; simple scalars named plainly may not.
    assert all(described[n] for n in ("must_have", "questions", "removed", "pay"))
    assert len(undocumented) <= 1


@pytest.mark.parametrize("resume", [None, RESUME], ids=["no resume", "resume"])
def test_built_contexts_hold_what_their_annotations_say(resume: Path | None) -> None:
    # The context classes are plain dataclasses (nothing validates them when they are built), so
    # pydantic checks here that what build_context puts in every field has the annotated type: a
    # value pydantic would have to convert (a number where text is declared) fails the comparison.
    from postlint.checklist.resume import Matcher, read_resume
    from postlint.engine import Engine
    from postlint.engine.config import Config, validate
    from pydantic import TypeAdapter

    engine = Engine(Config(settings=validate({"today": TODAY}, "test")))
    matcher = Matcher(read_resume(resume), dt.date(2026, 11, 25)) if resume else None
    adapter = TypeAdapter(ChecklistContext)
    contexts = []
    for fixture in (RESEARCH, FIXTURES / "back-to-back.txt", FIXTURES / "one-posting-no-pay.txt"):
        result = engine.check_text(fixture.read_text("utf-8"), str(fixture))
        for posting in result.postings:
            earlier = render(build_context(posting, result.findings, matcher), None).replace("- [ ]", "- [x]", 1)
            context = build_context(posting, result.findings, matcher, earlier + "\n- [ ] gone <!-- postlint:id=req-0 -->\n")
            assert adapter.validate_python(dataclasses.asdict(context)) == context
            contexts.append(context)
    assert any(c.must_have for c in contexts) and any(c.quality for c in contexts) and any(c.removed for c in contexts)
    if resume:
        assert all(c.fit is not None for c in contexts)
        assert any(item.evidence for c in contexts for item in c.must_have)


def test_prepare_prompts_turn_responsibilities_into_examples() -> None:
    # A fixed frame around the duty's own words: no word is inflected, so nothing can garble.
    assert prepare_prompt("Develop and launch new features.") == 'An example from your own work for: "Develop and launch new features"'
    assert prepare_prompt("Responsible for the roadmap") == 'An example from your own work for: "Responsible for the roadmap"'


def test_check_command_never_imports_jinja2() -> None:
    status, output, modules = modules_loaded_by_cli(
        "check", str(RESEARCH), prefixes=("jinja2", "postlint.checklist.checklist", "postlint.checklist.resume"))
    assert status in (0, 1), output
    assert modules == []


def test_checklist_check_imports_neither_pydantic_nor_the_resume_reader(tmp_path: Path) -> None:
    # `postlint checklist --check` is a pre-commit hook: it runs on every commit, so its start-up
    # pays for no model library and no resume reader it does not use.
    code, _, err = run_cli("checklist", str(RESEARCH), "-o", str(tmp_path))
    assert code == 0, err
    status, output, modules = modules_loaded_by_cli(
        "checklist", "--check", str(RESEARCH), "-o", str(tmp_path), prefixes=("pydantic", "postlint.checklist.resume"))
    assert status == 0, output
    assert modules == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80).filter(lambda t: t.strip()), min_size=1, max_size=4))
def test_any_requirement_text_round_trips_through_a_rerun(texts: list[str]) -> None:
    body = "Any Role\n\nRequirements\n" + "".join(f"- {' '.join(t.split())}\n" for t in texts)
    first = checklist_text(body)
    ids = re.findall(r"postlint:id=(\S+)", first)
    assert len(ids) == len(set(ids))
    assert [i.id for i in parse_existing(first)] == ids
    ticked = first.replace("- [ ] ", "- [x] ")
    again = checklist_text(body, existing=ticked)
    assert again == ticked  # every tick survives, nothing else changes


def test_check_skips_checklists_postlint_wrote(tmp_path) -> None:
    from conftest import run_cli

    posting = tmp_path / "job.txt"
    posting.write_text("Data Engineer\nWe build pipelines for the analytics team.\n")
    code, _, err = run_cli("checklist", str(posting), "-o", str(tmp_path / "checklists"))
    assert code == 0, err
    code, out, _ = run_cli("check", "--select", "PAY001", str(tmp_path))
    assert out.count("PAY001") == 1 and "Checked 1 posting in 2 files" in out
