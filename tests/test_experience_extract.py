"""The experience and technology facts: years demanded (with subject and span), seniority, degrees,
technology names with awkward boundaries; and that extraction survives any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from postlint.extract import ExtractContext, extract_facts, technology
from postlint.extract.experience import find_years
from postlint.ingest.parse import parse_text
from postlint.model import Priority


def facts(text: str, path: str = "<text>"):
    """Parse and extract directly (no engine), so property tests stay quick."""
    context = ExtractContext()
    return [extract_facts(p, context).experience for p in parse_text(text, path)]


def one_posting(text: str):
    (experience,) = facts(text)
    return experience


# -- years ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,minimum,maximum,open_ended",
    [
        ("5+ years in distributed systems", 5, None, True),
        ("3-5 years of experience with Python", 3, 5, False),
        ("at least two years of experience", 2, None, False),
        ("minimum of 4 yrs experience", 4, None, False),
        ("10 years' experience in retail banking", 10, None, False),
        ("Two years of full-time paid experience as a clerk", 2, None, False),
        ("Three (3) years of experience in payroll", 3, None, False),
        ("8 or more years of experience", 8, None, True),
        ("six months of experience answering phones", 0.5, None, False),
        ("3 to 5 years experience", 3, 5, False),
        ("a year of experience with Excel", 1, None, False),
        ("8&#43; years of experience in analytics", 8, None, True),
    ],
)
def test_years_amounts(text, minimum, maximum, open_ended):
    (found,) = find_years(text)
    _, low, high, plus = found
    assert (low, high, plus) == (pytest.approx(minimum, abs=0.01), maximum, open_ended)


@pytest.mark.parametrize(
    "text",
    [
        "must be completed within two years of hire",
        "applicants must be 18 years old",
        "two years of college in accounting",
        "a 2 year limited-term appointment",
        "willing to travel ten days a year",
        "the past 5 years have seen growth",
        "substituted for a maximum of six months of the required experience",
        "we were founded 12 years ago",
    ],
)
def test_years_that_are_not_demands(text):
    assert find_years(text) == []


def test_demand_subject_span_and_priority():
    text = "Data Engineer\nRequirements\n- 5+ years in distributed systems and hands-on experience with Spark\n"
    (demand,) = one_posting(text).demands
    assert demand.subject == "distributed systems"
    assert demand.span.line == 3
    line = text.splitlines()[2]
    assert line[demand.span.column - 1 : demand.span.end_column - 1] == "5+ years"
    assert demand.priority is Priority.REQUIRED


def test_demand_in_summary_sentence():
    text = ("Senior Software Engineer, Storage\n"
            "Senior engineer for our storage layer. Requires 5+ years in distributed systems and experience with Go.\n")
    (demand,) = one_posting(text).demands
    assert demand.minimum == 5 and demand.subject == "distributed systems"


def test_subject_before_the_number_and_technologies():
    text = "Platform Engineer\nRequirements\n- Kubernetes experience (7+ years)\n- 10 years of software engineering, including 3 years with Terraform\n"
    demands = one_posting(text).demands
    by_years = {d.minimum: d for d in demands}
    assert [t.name for t in by_years[7].technologies] == ["Kubernetes"]
    assert by_years[10].technologies == []  # Terraform belongs to the 3 years, not the 10
    assert [t.name for t in by_years[3].technologies] == ["Terraform"]


def test_time_in_grade_is_marked():
    text = "Senior Storekeeper\nRequirements\nTwo years of full-time paid experience as a Storekeeper with the City of Springfield.\n"
    (demand,) = one_posting(text).demands
    assert demand.in_grade


# -- seniority --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title,level",
    [
        ("Sr. Machine Learning Engineer, Vision", "senior"),
        ("Senior Data Engineer", "senior"),
        ("PhD Machine Learning Intern", "intern"),
        ("Junior Analyst", "junior"),
        ("Jr. Developer", "junior"),
        ("Entry-Level Data Analyst", "entry"),
        ("Staff Software Engineer", "staff"),
        ("Principal Architect", "principal"),
        ("Director of Data", "director"),
        ("Analytics Engineering Manager", "manager"),
    ],
)
def test_seniority_from_title(title, level):
    experience = one_posting(f"{title}\nWe are hiring.\n")
    assert level in experience.levels
    assert experience.seniority[0].source == "title"


def test_staff_needs_a_role_noun():
    assert "staff" not in one_posting("Staff Assistant\nWe are hiring.\n").levels


def test_seniority_from_label_and_text():
    assert "mid" in one_posting("# Data Engineer\n\n**Seniority:** Mid-Senior level\n\nWe build pipelines.\n", ).levels
    experience = one_posting("Research Scientist\nThis is an entry-level position in our lab.\n")
    assert experience.levels == {"entry"} and experience.seniority[0].source == "text"


def test_band():
    assert one_posting("Junior Data Analyst\nHi.\n").band() == "junior"
    assert one_posting("Senior Data Analyst\nHi.\n").band() == "senior"
    assert one_posting("Data Analyst\nHi.\n").band() is None


# -- degrees ----------------------------------------------------------------------------------------
def test_degree_levels_and_alternative():
    text = ("Data Scientist\nRequirements\n- M.S. or Ph.D. in Statistics\n"
            "- Bachelor's degree in Computer Science, or equivalent practical experience\n")
    first, second = one_posting(text).degrees
    assert first.levels == ["master", "doctorate"] and not first.alternative
    assert first.raw == "M.S. or Ph.D."
    assert second.levels == ["bachelor"] and second.alternative and second.raw == "Bachelor's degree"


def test_degree_alternative_in_a_numbered_or_option():
    text = ("Budget Analyst\nRequirements\n1. A bachelor's degree from an accredited college or university; or\n"
            "2. Four years of full-time paid experience in budget analysis.\n")
    (degree,) = one_posting(text).degrees
    assert degree.alternative


def test_degree_in_progress_and_not_a_degree():
    experience = one_posting("Research Intern\nRequirements\n- Currently pursuing a PhD in Statistics\n- High degree of autonomy\n")
    (degree,) = experience.degrees
    assert degree.in_progress and degree.levels == ["doctorate"]


# -- technologies -----------------------------------------------------------------------------------
def names(text: str) -> list[str]:
    return [t.name for _, _, t in technology.find(text)]


def test_technology_boundaries():
    assert names("JavaScript and Java") == ["JavaScript", "Java"]
    assert names("C++, C#, .NET and Node.js") == ["C++", "C#", ".NET", "Node.js"]
    assert names("ASP.NET MVC") == ["ASP.NET"]
    assert names("C and C++") == ["C++"]
    assert names("T-SQL or PL/SQL") == ["SQL", "SQL"]
    assert names("Python/SQL") == ["Python", "SQL"]
    assert names("K8s") == ["Kubernetes"]


def test_ambiguous_names_need_a_list():
    assert names("Go to market with our sales team") == []
    assert names("Python, Go, Rust") == ["Python", "Go", "Rust"]
    assert names("R, Python and SAS") == ["R", "Python", "SAS"]
    assert names("spark curiosity and rust prevention") == []


def test_technologies_carry_release_years():
    (_, _, k8s), = technology.find("Kubernetes")
    assert k8s.released == 2014
    assert technology.lookup("golang").name == "Go"


def _pattern_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in technology.table().pattern.finditer(text)]


def test_scan_finds_what_the_pattern_finds_on_awkward_text():
    t = technology.table()
    assert t.by_key is not None  # the shipped aliases are ASCII: _scan is the path used
    text = (
        "KUBERNETES, k8s; ſql / SQL\u00a0Server and SQL \u2003\x1c Server. C++C# C#. .NET. dotnetX NODE.JS Node.jsx "
        "İnformatica, ıava, Java_ Java+ Java.x Java. Go, go R) (R Ruby on\nRails ruby   on rails ASP.NET.NET K8s-x "
        "apache spark, Apache\tSpark Spark SPARK éJava Javaé java8 3Java"
    )
    assert technology._scan(text, t) == _pattern_spans(text)
    for alias in [*t.folded, *t.exact]:
        for variant in (alias, alias.upper(), alias.lower(), alias.replace(" ", "\n  "), alias.title()):
            for left, right in (("", ""), (" ", " "), ("x", ""), ("", "x"), ("(", ".x"), ("-", "#"), ("", ". "), ("é", "é")):
                probe = f"{left}{variant}{right} and {variant}"
                assert technology._scan(probe, t) == _pattern_spans(probe), probe


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Java", "Script", "SQL", "Server", "C", "++", "#", ".", "NET", "Node", "js", "go",
                                 "k8s", "Apache", "Spark", "spark", "R", "on", "Rails", "ſ", "İ", "ı", "\u212a", "é",
                                 " ", "  ", "\n", "\u00a0", "\x1c", "-", "_", "/", ",", "3", "ASP", "PL"]), max_size=30))
def test_scan_finds_what_the_pattern_finds(parts):
    text = "".join(parts)
    assert technology._scan(text, technology.table()) == _pattern_spans(text)


# -- robustness -------------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extraction_never_raises(text):
    for experience in facts("Senior Engineer\nRequirements\n- " + text + "\n- 5+ years " + text):
        assert experience.demands is not None


def test_huge_line_is_fine():
    line = "- " + "5+ years of Python and Kubernetes, " * 3000 + "\n"
    (experience,) = facts("Senior Engineer\nRequirements\n" + line)
    assert len(experience.demands) == 3000
