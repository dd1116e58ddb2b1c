"""Splitting one file into postings."""

from __future__ import annotations

from postlint.ingest.parse import parse_text
from postlint.ingest.split import split


def titles(text: str, path: str = "jobs.txt", **kw) -> list[str | None]:
    return [p.title for p in parse_text(text, path, **kw)]


def test_back_to_back_plain_text_postings(fixtures) -> None:
    text = (fixtures / "back-to-back.txt").read_text()
    postings = parse_text(text, "back-to-back.txt")
    assert [p.title for p in postings] == [
        "Summer Data Science Intern (Search — Ranking and Relevance)",
        "Staff Backend Engineer, Payments",
        "Senior Product Designer, Mobile",
        "Principal Security Engineer",
    ]
    assert [p.title_span.line for p in postings] == [1, 16, 18, 20]
    # The first posting ends right before the second title: its pay line stays with it.
    assert postings[0].span.end_line == 15
    assert postings[0].sections[-1].items[0].text == "$9,500 monthly"


def test_split_none_keeps_one_posting(fixtures) -> None:
    text = (fixtures / "back-to-back.txt").read_text()
    assert len(parse_text(text, "x.txt", split_mode="none")) == 1


def test_dashes_separate_postings() -> None:
    text = "Data Engineer\nBuild pipelines.\n---\nProduct Manager\nOwn the roadmap.\n---\nUX Designer\nDesign flows.\n"
    assert titles(text, "jobs.md") == ["Data Engineer", "Product Manager", "UX Designer"]
    assert [c.start_line for c in split(text)] == [1, 4, 7]


def test_thematic_break_inside_one_markdown_posting_does_not_split() -> None:
    text = "# Data Engineer\n\n**Location:** Remote\n\n---\n\n## Responsibilities\n\n- Build pipelines\n\n---\n\n## Requirements\n\n- SQL\n"
    postings = parse_text(text, "job.md")
    assert len(postings) == 1
    assert [s.kind.value for s in postings[0].sections] == ["responsibilities", "requirements"]


def test_markdown_h1_per_posting() -> None:
    text = "# Data Engineer\n\nBuild pipelines.\n\n# Product Manager\n\nOwn the roadmap.\n"
    assert titles(text, "jobs.md") == ["Data Engineer", "Product Manager"]


def test_h1_section_headings_do_not_split() -> None:
    text = "# Data Engineer at Acme\n\nBuild pipelines.\n\n# Overview\n\nWe sell things.\n\n# Requirements\n\n- SQL\n"
    assert titles(text, "job.md") == ["Data Engineer"]


def test_front_matter_gives_title_and_keys() -> None:
    text = (
        "---\n# editors' note: keep this short\ntitle: \"Product Manager\"\nopens: 2024-03-01\n"
        "closes: 2024-03-15\nlocation: Remote (US)\nkey objectives:\n  - Own the roadmap for the permits product.\n"
        "  - Run discovery with agency partners.\n---\n\nWe are hiring a product manager.\n"
    )
    [posting] = parse_text(text, "pm.md")
    assert posting.title == "Product Manager"
    assert posting.title_span.line == 3 and posting.title_span.column == 9
    assert posting.front_matter["opens"] == "2024-03-01"
    responsibilities = posting.sections[0]
    assert responsibilities.kind.value == "responsibilities"
    assert [i.span.line for i in responsibilities.items] == [8, 9]


def test_malformed_front_matter_is_reported_not_raised() -> None:
    text = "---\ntitle: [unclosed\nopens: :\n---\nBody text here.\n"
    [chunk] = split(text)
    assert chunk.problems and chunk.problems[0][0] == "E001"
    assert "front matter is not valid YAML" in chunk.problems[0][1]


def test_lone_separator_at_top_of_plain_text_is_not_front_matter() -> None:
    text = "---\nData Engineer\nBuild pipelines for the analytics team.\n---\n"
    postings = parse_text(text, "job.txt")
    assert [p.title for p in postings] == ["Data Engineer"]


def test_all_caps_headings_do_not_start_postings() -> None:
    text = "SENIOR ELECTRICIAN\nClass Code: 3863\nDUTIES\nMaintains and repairs electrical systems in city buildings and parks.\nREQUIREMENTS\n1. Two years of experience as an electrician.\n"
    postings = parse_text(text, "bulletin.txt")
    assert len(postings) == 1 and postings[0].title == "SENIOR ELECTRICIAN"


def test_invalid_front_matter_keeps_title_and_reports_e001() -> None:
    import postlint

    text = "---\ntitle: Data Engineer\nsummary: You will: lead things: badly\n  - x\n---\nWe build pipelines.\n"
    findings = postlint.check_text(text, config={"select": ["E001"]}, path="job.md")
    assert [f.code for f in findings] == ["E001"]
    assert "front matter is not valid YAML" in findings[0].message
    assert postlint.parse_text(text, "job.md")[0].title == "Data Engineer"


def test_lines_that_name_a_role_inside_one_posting_do_not_split_it(fixtures) -> None:
    # A repeated title under a heading, list entries naming a role, a line addressing the reader,
    # the title with a qualifier, a heading naming the role: none of them starts a posting.
    text = (fixtures / "one-posting-role-words.txt").read_text()
    assert titles(text) == ["Senior Data Scientist"]


def test_a_title_case_role_line_followed_by_a_summary_still_splits() -> None:
    text = (
        "Senior Data Scientist\nNorthwind Freight is building its first forecasting team this year for depots.\n"
        "Compensation: $120,000 per year\n"
        "Staff Platform Engineer, Payments\nOwn the ledger services that settle millions of merchant payments every day.\n"
    )
    assert titles(text) == ["Senior Data Scientist", "Staff Platform Engineer, Payments"]


def test_a_site_banner_is_never_the_title_and_a_title_label_is() -> None:
    text = (
        "=== JOB DETAILS ===\n\nTitle: Elections Technician II\nSalary: $24.10 - $31.75 per hour\n\n"
        "=== JOB DESCRIPTION ===\n\nThe technician prepares ballots and tests voting equipment.\n"
    )
    [posting] = parse_text(text, "job.txt")
    assert posting.title == "Elections Technician II"
    assert posting.title_span.line == 3 and posting.title_span.column == 8
    assert [s.heading for s in posting.sections][-1] == "=== JOB DESCRIPTION ==="


def test_back_to_back_postings_split_at_titles_ending_in_their_role_not_at_duty_lines():
    text = ("Warehouse Lead, Night Shift\n\nOur depot in Fresno moves pallets for forty grocery stores.\n\n"
            "Responsibilities\nShift Supervisor Handover\nWrite the handover notes for the next shift supervisor.\n\n"
            "Head of Logistics\n\nWe are hiring someone to run the whole logistics team across three sites.\n\n"
            "Requirements\n- Five years of logistics experience\n\n"
            "Data Analyst (Contract)\n\nThe analytics group needs a contractor for six months of reporting work.\n")
    chunks = split(text, markdown=False)
    assert [c.lines[0] for c in chunks] == ["Warehouse Lead, Night Shift", "Head of Logistics", "Data Analyst (Contract)"]


_PAGE_POSTING = """Inventory Planning Analyst

Date:

Mar 3, 2021

Location:

Toledo, OH, US

Harbor Mills makes paper packaging for grocers and has three plants along the lake shore.

Responsibilities:
Forecast demand for each plant and product line
Keep the weekly inventory report current

Requirements:
Bachelor's degree in supply chain, business or a related field
Two years of experience planning inventory or production
"""

_CHROME = """Inventory Planning Analyst

Search by Keyword
Search by Location
Department
All
Send me alerts every days
Share this Job
Apply now

"""


def test_a_career_page_with_its_title_in_the_chrome_and_the_posting_twice_is_one_posting() -> None:
    # A saved career page: the title in the site's navigation, the posting, then its print view.
    text = _CHROME + _PAGE_POSTING + "\nFind similar jobs:\nApply now\n\n" + _PAGE_POSTING
    postings = parse_text(text, "page.txt")
    assert [p.title for p in postings] == ["Inventory Planning Analyst"]
    assert postings[0].title_span.line == 1
    assert postings[0].span.end_line == text.count("\n") - _PAGE_POSTING.count("\n")  # the repeat is left out
    requirements = [i.text for s in postings[0].sections if s.kind.value == "requirements" for i in s.items]
    assert requirements == ["Bachelor's degree in supply chain, business or a related field",
                            "Two years of experience planning inventory or production"]


def test_two_postings_with_one_title_but_different_lines_stay_two() -> None:
    other = _PAGE_POSTING.replace("Toledo, OH", "Erie, PA").replace("Forecast demand for each plant and product line",
                                                                     "Run the cycle counts at the Erie warehouse")
    other = other.replace("Two years of experience planning inventory or production",
                          "Experience with warehouse management systems such as Manhattan or Blue Yonder")
    other = other.replace("Keep the weekly inventory report current", "Train the night shift on the scanners")
    postings = parse_text(_PAGE_POSTING + "\n" + other, "two.txt")
    assert len(postings) == 2
