"""Parsing: titles, sections by heading style, items, priorities, and exact spans."""

from __future__ import annotations

from postlint.ingest.parse import parse_text
from postlint.model import Priority, SectionKind


def one(text: str, path: str = "job.txt"):
    [posting] = parse_text(text, path)
    return posting


def source_of(text: str, span) -> str:
    """The text a single-line span covers."""
    line = text.split("\n")[span.line - 1]
    return line[span.column - 1 : span.end_column - 1]


def test_first_posting_of_back_to_back_file(fixtures) -> None:
    text = (fixtures / "back-to-back.txt").read_text()
    posting = parse_text(text, "f.txt")[0]
    kinds = {s.kind: s for s in posting.sections}
    assert len(kinds[SectionKind.RESPONSIBILITIES].items) == 3
    assert len(kinds[SectionKind.REQUIREMENTS].items) == 4
    assert len(kinds[SectionKind.PREFERRED].items) == 2
    assert [i.priority for i in posting.items(SectionKind.REQUIREMENTS)] == [Priority.REQUIRED] * 4
    assert [i.priority for i in posting.items(SectionKind.PREFERRED)] == [Priority.PREFERRED] * 2
    assert posting.summary.startswith("Data science intern on the search team")


def test_spans_point_at_the_exact_text(fixtures) -> None:
    text = (fixtures / "back-to-back.txt").read_text()
    posting = parse_text(text, "f.txt")[0]
    assert source_of(text, posting.title_span) == posting.title
    for section in posting.sections:
        if section.heading_span:
            assert source_of(text, section.heading_span) == section.heading
        for item in section.items:
            if item.span.line == item.span.end_line:
                assert source_of(text, item.span) == item.text
    bullet = posting.items(SectionKind.RESPONSIBILITIES)[0]
    assert (bullet.span.line, bullet.span.column) == (4, 3)


def test_sentence_items_span_their_sentence() -> None:
    text = "Data Engineer\nWe build pipelines. Requires 3+ years of SQL, e.g. PostgreSQL or MySQL. Remote in the U.S. only.\n"
    posting = one(text)
    items = posting.sections[0].items
    assert [i.text for i in items] == [
        "We build pipelines.",
        "Requires 3+ years of SQL, e.g. PostgreSQL or MySQL.",
        "Remote in the U.S. only.",
    ]
    assert [source_of(text, i.span) for i in items] == [i.text for i in items]
    assert [i.priority for i in items] == [Priority.NONE, Priority.REQUIRED, Priority.NONE]


def test_wrapped_paragraph_sentence_spans_lines() -> None:
    text = "Data Engineer\n\nWe build data pipelines for the\nanalytics team. You will own them.\n"
    posting = one(text)
    first, second = posting.sections[0].items
    assert first.text == "We build data pipelines for the analytics team."
    assert (first.span.line, first.span.column, first.span.end_line, first.span.end_column) == (3, 1, 4, 16)
    assert (second.span.line, second.span.column) == (4, 17)


def test_heading_styles() -> None:
    text = (
        "Data Engineer\n"
        "DUTIES\n- Build pipelines\n"
        "Minimum Qualifications:\n- SQL\n"
        "**Nice to have**\n- dbt\n"
        "## Benefits\n- Pension\n"
        "ANNUAL SALARY\n$90,000 to $110,000\n"
        "How to apply\nSend a CV.\n"
    )
    posting = one(text)
    assert [(s.kind.value, s.heading) for s in posting.sections] == [
        ("responsibilities", "DUTIES"),
        ("requirements", "Minimum Qualifications"),
        ("preferred", "Nice to have"),
        ("benefits", "Benefits"),
        ("compensation", "ANNUAL SALARY"),
        ("how-to-apply", "How to apply"),
    ]


def test_label_lines_become_sections_or_labels() -> None:
    text = "Data Engineer\n**Location:** Denver, CO\nOpen Date: 10-30-15\nCompensation: $40/hr\nSalary: competitive\n"
    posting = one(text, "job.md")
    assert [(l.name, l.value) for l in posting.labels] == [("Location", "Denver, CO"), ("Open Date", "10-30-15")]
    assert source_of(text, posting.labels[0].value_span) == "Denver, CO"
    comp = posting.sections_of(SectionKind.COMPENSATION)
    assert [s.items[0].text for s in comp] == ["$40/hr", "competitive"]
    assert source_of(text, comp[0].items[0].span) == "$40/hr"


def test_line_cues_override_the_section_default() -> None:
    text = (
        "Data Engineer\nRequirements\n- SQL\n- Airflow experience is a plus\n- Must hold a driving licence\n"
        "Nice to have\n- Spark\n- Python is required for this team\n- 3+ years with dbt\n"
    )
    posting = one(text)
    req, pref = posting.sections
    assert [i.priority.value for i in req.items] == ["required", "preferred", "required"]
    assert [i.priority.value for i in pref.items] == ["preferred", "required", "preferred"]


def test_wrapped_bullet_is_one_item() -> None:
    text = "Data Engineer\nRequirements\n- Five years of experience building\n  batch and streaming pipelines\n- SQL\n"
    posting = one(text)
    first, second = posting.sections[0].items
    assert first.text == "Five years of experience building batch and streaming pipelines"
    assert (first.span.line, first.span.end_line) == (3, 4)
    assert second.text == "SQL"


def test_organization_from_title_separator_outside_parentheses() -> None:
    assert one("# Senior Analytics Engineer — Northwind Traders\n\nBody text.\n", "j.md").organization == "Northwind Traders"
    posting = one("Research Intern (Vision — Multimodal Systems)\nBody text.\n")
    assert posting.organization is None and posting.title == "Research Intern (Vision — Multimodal Systems)"


def test_liquid_and_html_comments_are_not_posting_text() -> None:
    text = "# Data Engineer\n\n{% comment %}\nSalary: $1,000,000 per year\n{% endcomment %}\n<!-- draft: remove -->\nBuild pipelines.\n"
    posting = one(text, "j.md")
    assert "1,000,000" not in posting.text and "draft" not in posting.text
    assert posting.line_text(7) == "Build pipelines."  # line numbers are kept
    assert posting.sections[0].items[0].span.line == 7


def test_html_posting(tmp_path) -> None:
    from postlint.engine import Engine

    path = tmp_path / "job.html"
    path.write_text("<html><body>\n<h1>Data Engineer</h1>\n<h2>Requirements</h2>\n<ul>\n<li>SQL</li>\n</ul>\n</body></html>\n")
    [posting] = Engine().check_path(path).postings
    assert posting.title == "Data Engineer" and posting.title_span.line == 2
    assert posting.sections[0].kind is SectionKind.REQUIREMENTS
    assert posting.sections[0].items[0].span.line == 5


def test_posting_that_opens_with_a_section_heading_has_no_title() -> None:
    posting = one("About the Role\nYou will build the data models for the finance team.\n")
    assert posting.title is None
    assert posting.sections[0].heading == "About the Role"
    assert posting.sections[0].items[0].text.startswith("You will build")


# -- zones: application questionnaires and notices ------------------------------------------------


def test_an_unheaded_questionnaire_is_its_own_zone_not_requirements(fixtures) -> None:
    posting = one((fixtures / "zones" / "questionnaire.txt").read_text())
    kinds = [s.kind for s in posting.sections]
    assert SectionKind.QUESTIONS in kinds and SectionKind.NOTICES in kinds
    questions = posting.sections[kinds.index(SectionKind.QUESTIONS)]
    assert questions.span.line == 17  # the "01" above the first question
    texts = [i.text for i in questions.items]
    assert any("No Experience" in t for t in texts)  # an answer, not a "No Experience" heading
    # Only the three stated qualifications are requirements; answers and questions are not.
    assert [i.text for i in posting.items(SectionKind.REQUIREMENTS)] == [
        "Two years of clerical experience in a public office.",
        "A high school diploma or GED.",
        "Experience with spreadsheets and databases.",
    ]
    assert all(i.priority is Priority.NONE for i in questions.items)


def test_questions_followed_by_bullets_are_not_a_questionnaire(fixtures) -> None:
    posting = one((fixtures / "zones" / "questions-with-bullets.txt").read_text())
    assert SectionKind.QUESTIONS not in [s.kind for s in posting.sections]
    assert len([i for s in posting.sections for i in s.items if i.kind == "bullet"]) == 6


def test_questionnaire_and_notice_headings_name_their_zones() -> None:
    posting = one(
        "Clerk\n\nRequirements\n- Two years of office work\n\nSupplemental Questions\n"
        "Describe your office experience.\n\nEqual Opportunity\nWe hire without regard to age.\n\n"
        "Applicant Privacy Notice\nWe keep your data for one year.\n"
    )
    assert [s.kind for s in posting.sections] == [
        SectionKind.REQUIREMENTS, SectionKind.QUESTIONS, SectionKind.NOTICES, SectionKind.NOTICES,
    ]


def test_questionnaire_answers_are_not_duplicate_or_excess_requirements(fixtures) -> None:
    import postlint

    text = (fixtures / "zones" / "questionnaire.txt").read_text()
    codes = {f.code for f in postlint.check_text(text, config={"select": ["REQ", "LANG003"]}, path="q.txt")}
    assert not codes & {"REQ002", "REQ006", "REQ007", "LANG003"}


def test_a_bullet_left_mid_phrase_takes_its_wrapped_line_and_the_whole_says_its_priority():
    text = ("Analyst\n\nRequirements\no Bachelor's Degree in Statistics, Economics/\nMathematics or a related field\n"
            "o Experience with forecasting tools such as Prophet and\nStatsmodels is a plus\n"
            "o Three years of SQL\nPython scripting\n")
    items = parse_text(text)[0].sections[0].items
    assert [(i.kind, i.text) for i in items] == [
        ("bullet", "Bachelor's Degree in Statistics, Economics/ Mathematics or a related field"),
        ("bullet", "Experience with forecasting tools such as Prophet and Statsmodels is a plus"),
        ("bullet", "Three years of SQL"),  # a complete bullet: the next line is not its continuation
        ("sentence", "Python scripting"),
    ]
    assert items[1].priority is Priority.PREFERRED and items[0].priority is not Priority.PREFERRED
