"""Resume fit as a career coach reads it: key terms on stems, degrees by level and field, technologies
through the alias table, years as numbers, the right to work; and the labelled pairs' precision and recall.

Resumes and requirements are written for these tests (tests/fixtures/resume_fit/)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from postlint.checklist.resume import Matcher, analyse, read_resume, resume_from_text

TODAY = dt.date(2026, 12, 6)
RESUMES = FIXTURES / "resume_fit" / "resumes"


@pytest.fixture(scope="module")
def audit():
    spec = importlib.util.spec_from_file_location("resume_fit_audit", ROOT / "scripts" / "resume_fit_audit.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def matcher(name: str) -> Matcher:
    return Matcher(read_resume(RESUMES / name), TODAY)


def match(text: str, requirement: str):
    return Matcher(resume_from_text(text), TODAY).match(requirement)


# -- the labelled pairs -------------------------------------------------------------------------


def test_labelled_pairs_precision_and_recall(audit) -> None:
    results = audit.score(FIXTURES / "resume_fit" / "pairs.toml")
    figures = audit.figures(results)
    assert figures["pairs"] >= 40
    assert figures["precision"] >= 0.9, [(r.resume, r.requirement, r.status) for r in results if r.ticked and r.label != "met"]
    assert figures["recall"] >= 0.8, [(r.resume, r.requirement, r.note) for r in results if r.label == "met" and not r.ticked]


def test_every_pair_names_a_resume_that_exists_and_a_known_label(audit) -> None:
    _, pairs = audit.load(FIXTURES / "resume_fit" / "pairs.toml")
    assert {p["label"] for p in pairs} == {"met", "partial", "not met"}
    assert all((RESUMES / p["resume"]).is_file() for p in pairs)
    assert len({p["resume"] for p in pairs}) >= 5


# -- key terms, not one generic word ------------------------------------------------------------


def test_a_company_statement_never_meets_anything() -> None:
    fit = matcher("phd-data-science.md").match("Our headquarters is in Austin, where our research and data teams sit together")
    assert fit.status == "review" and "statement" in fit.note and not fit.evidence
    fit = matcher("election-admin.md").match("We are an equal opportunity employer committed to a diverse workforce")
    assert fit.status == "review"
    # "We are looking for candidates with ..." is a requirement, not a statement.
    assert analyse("We are looking for candidates with experience in Kubernetes").statement is False


def test_one_generic_word_in_common_is_not_a_match() -> None:
    resume = "Experience\nResearch Assistant, Lab, 2020 - 2024\n- Collected survey data for research projects\n"
    assert analyse("Experience in research and data").keys == []
    assert match(resume, "Experience deploying deep learning models to production").status == "missing"
    # Generic words left alone give nothing to check: the applicant judges, nothing is ticked.
    assert match(resume, "Strong research experience and data skills").status == "review"


def test_inflections_meet_through_the_stemmer() -> None:
    fit = matcher("senior-backend.md").match("Experience with double-entry ledgers")
    assert fit.status == "met" and fit.evidence[0].text.startswith("Built a double-entry ledger service")
    assert matcher("election-admin.md").match("Experience administering elections").status == "met"
    assert matcher("election-admin.md").match("Experience recruiting and training poll workers").status == "met"
    # American and British spellings stem alike.
    assert match("Analysed survey responses\n", "Experience analyzing survey responses").status == "met"


def test_key_terms_must_share_one_line() -> None:
    # "precinct" on one line and nothing about GIS or mapping: not met.
    fit = matcher("election-admin.md").match("Experience with geographic information systems (GIS) for precinct mapping")
    assert fit.status != "met" and "GIS" in fit.note
    scattered = "Built mobile apps\nTaught a payments course\n"
    assert match(scattered, "Experience building payments apps").status != "met"


# -- technologies through the alias table -------------------------------------------------------


def test_a_listed_technology_fully_meets_an_item_asking_for_it_alone() -> None:
    skills = "Skills\nPython, SQL\n"
    for requirement in ("Proficiency in Python", "Strong Python programming skills", "Python (required)",
                        "Experience with Python and SQL", "Solid knowledge of SQL"):
        fit = match(skills, requirement)
        assert fit.status == "met", (requirement, fit.note)
        assert fit.evidence[0].text == "Python, SQL"


def test_aliases_js_and_k8s() -> None:
    web = matcher("junior-web-dev.md")
    fit = web.match("Experience with JavaScript and React")
    assert fit.status == "met" and fit.found == ["JavaScript", "React"]
    assert web.match("Experience with Java").status == "missing"
    fit = matcher("senior-backend.md").match("Experience operating Kubernetes clusters on AWS")
    assert fit.status == "met" and fit.evidence[0].text.startswith("Moved services from VMs to k8s")


def test_familiar_with_is_partial_unless_familiarity_is_all_that_is_asked() -> None:
    web = matcher("junior-web-dev.md")
    fit = web.match("Deep experience running Kubernetes in production")
    assert fit.status == "partial" and "familiar" in fit.note
    assert web.match("Familiarity with Docker").status == "met"
    assert matcher("career-changer.md").match("Proficiency in Python for data analysis").status == "partial"
    # "Machine learning" is not "learning" a thing.
    assert match("Machine learning researcher working on computer vision\n", "Experience in computer vision").status == "met"


def test_a_technology_in_another_context_is_not_a_platform() -> None:
    fit = matcher("career-changer.md").match("Experience with Kafka or other event streaming platforms")
    assert fit.status != "met"
    assert match("Trained staff to react to voter disputes\n", "Experience with React").status == "missing"


# -- years as numbers ---------------------------------------------------------------------------


def test_stated_years_of_a_technology_are_compared_as_numbers() -> None:
    backend = matcher("senior-backend.md")
    fit = backend.match("5+ years of experience with Python")
    assert fit.status == "met" and "6 years stated" in fit.note
    fit = backend.match("8+ years of Python")
    assert fit.status == "partial" and "the resume states 6" in fit.note


def test_years_of_a_kind_count_only_the_entries_of_that_kind() -> None:
    assert matcher("election-admin.md").match("Five years of experience in election administration").status == "met"
    fit = matcher("career-changer.md").match("3+ years of experience as a data analyst")
    assert fit.status == "partial" and "2.3 years" in fit.note  # ten years of teaching do not count
    assert matcher("junior-web-dev.md").match("5+ years of professional software engineering experience").status == "missing"


# -- degrees by level and field ----------------------------------------------------------------


def test_bs_or_higher_in_a_quantitative_field() -> None:
    phd = matcher("phd-data-science.md")
    fit = phd.match("BS or higher in a quantitative field (Statistics, Computer Science, Mathematics, Economics)")
    assert fit.status == "met"
    assert fit.evidence[0].text.startswith("B.S. in Computer Science and Statistics")
    assert analyse("BS/MS in Computer Science").degree == 1
    assert analyse("MS or PhD").degree == 2


def test_a_phd_candidate_is_a_doctorate_in_progress_never_a_masters_in_progress() -> None:
    phd = matcher("phd-data-science.md")
    fit = phd.match("Master's degree in Statistics, Data Science or a related quantitative field")
    assert fit.status == "partial"
    assert "PhD in data science (in progress)" in fit.note and "master's degree in progress" not in fit.note
    assert phd.match("Currently enrolled in a PhD program in statistics, data science or a related field").status == "met"
    assert phd.match("PhD in Statistics, Biostatistics or a related field").status == "partial"
    for wording in ("ABD", "PhD candidate", "PhD, expected 2027", "Ph.D. student"):
        degrees = Matcher(resume_from_text(f"Education\n{wording} in Statistics, Example University\n"), TODAY).index.degrees
        assert [(d.level, d.in_progress) for d in degrees] == [(3, True)], wording


def test_a_candidacy_meets_a_masters_only_when_the_masters_is_shown() -> None:
    stated = "Education\nPhD candidate in Physics (M.S. conferred 2024), Example University\n"
    fit = match(stated, "Master's degree in Physics or a related field")
    assert fit.status == "met" and "(in progress)" not in fit.note
    degrees = Matcher(resume_from_text(stated), TODAY).index.degrees
    assert [(d.level, d.in_progress) for d in degrees] == [(3, True), (2, False)]


def test_a_higher_completed_degree_never_reads_as_a_missing_masters() -> None:
    fit = matcher("senior-backend.md").match("Bachelor's or master's degree in Computer Science")
    assert fit.status == "met" and "not found" not in fit.note
    phd = "Education\nPh.D. in Statistics, 2015 - 2020\nB.S. in Mathematics, 2011 - 2015\n"
    for requirement in ("Master's degree in Statistics", "MS in a quantitative field", "Master's degree required"):
        fit = match(phd, requirement)
        assert fit.status == "met" and "completed master" not in fit.note, requirement


def test_degree_in_another_field_is_partial() -> None:
    career = matcher("career-changer.md")
    fit = career.match("Bachelor's degree in a quantitative field such as Mathematics, Statistics or Economics")
    assert fit.status == "partial" and "english" in fit.note
    assert career.match("Bachelor's degree").status == "met"
    assert career.match("Bachelor's degree in any field").status == "met"
    assert matcher("election-admin.md").match("Bachelor's degree in Public Administration, Political Science or a related field").status == "met"


# -- the right to work --------------------------------------------------------------------------


@pytest.mark.parametrize("statement", ["U.S. citizen", "Authorized to work in the US for any employer", "Green card holder",
                                       "Permanent resident", "Work authorization: US citizen"])
def test_a_stated_right_to_work_resolves_the_authorisation_item(statement: str) -> None:
    fit = match(f"Dana Example\n{statement}\n", "Must be authorized to work in the United States without visa sponsorship")
    assert fit.status == "met" and fit.evidence[0].line == 2


@pytest.mark.parametrize("statement", ["Will require H-1B visa sponsorship", "Not authorized to work in the US", "Volunteer for senior citizens"])
def test_no_statement_or_a_need_for_sponsorship_leaves_it_open(statement: str) -> None:
    fit = match(f"Dana Example\n{statement}\n", "Must be authorized to work in the United States")
    assert fit.status == "review" and "does not state" in fit.note


def test_citizenship_needs_citizenship() -> None:
    assert matcher("election-admin.md").match("U.S. citizenship required").status == "met"
    fit = matcher("junior-web-dev.md").match("U.S. citizenship required")
    assert fit.status == "review"  # a green card is not citizenship
    assert matcher("junior-web-dev.md").match("U.S. citizen or permanent resident").status == "met"


def test_authorisation_with_availability_leaves_the_rest_to_the_applicant() -> None:
    fit = matcher("phd-data-science.md").match("Ability to legally work full time (40 hours/week) from September-December 2026")
    assert fit.status == "review" and "right to work" in fit.note and fit.evidence[0].line == 3


# -- the checklist's work-authorisation line ---------------------------------------------------

POSTING = """Data Analyst
Harbor City Food Bank is hiring a data analyst. Full-time, on-site in Harbor City, OH. $58,000 - $64,000 per year.
Requirements
- Experience with SQL and Tableau
- Must be legally authorized to work in the United States
"""


def test_checklist_authorisation_line_is_resolved_only_by_a_resume_that_states_it(tmp_path: Path) -> None:
    from conftest import run_cli

    posting = tmp_path / "posting.txt"
    posting.write_text(POSTING, "utf-8")
    code, out, err = run_cli("checklist", str(posting), "--stdout", "--today", "2026-12-06",
                             "--resume", str(RESUMES / "election-admin.md"))
    assert code == 0, err
    line = next(l for l in out.splitlines() if "allowed to work" in l)
    assert line.startswith("- [x]")
    assert 'resume line 3 (work authorisation): "Elections administrator with nine years' in out
    # The career changer's resume says nothing about it: the line stays open, with nothing claimed.
    code, out, err = run_cli("checklist", str(posting), "--stdout", "--today", "2026-12-06",
                             "--resume", str(RESUMES / "career-changer.md"))
    assert code == 0, err
    line = next(l for l in out.splitlines() if "allowed to work" in l)
    assert line.startswith("- [ ]")
    assert "does not state the right to work" in out  # the must-have item says why it is open


# -- examples stand for their category; degree abbreviations; years of a technology ------------


def test_examples_that_name_a_technology_stand_for_their_category() -> None:
    demand = analyse("Experience with distributed message queues such as Kafka or RabbitMQ")
    assert [g.any_of for g in demand.groups] == [["Kafka"]] and demand.keys == []
    assert matcher("senior-backend.md").match("Experience with distributed message queues such as Kafka or RabbitMQ").status == "met"
    # The next demand after ", and ..." keeps its own key terms.
    demand = analyse("Experience with frontend frameworks such as React or Vue, and strong testing habits")
    assert [k.word for k in demand.keys] == ["testing", "habits"]
    # Examples that name no known technology leave the words as key terms.
    assert [k.word for k in analyse("Knowledge of ledgers such as subledgers").keys] == ["ledgers", "subledgers"]


@pytest.mark.parametrize("text,level", [("BSN required", 1), ("B.F.A. in Graphic Design", 1), ("BBA in Finance", 1),
                                        ("Master of Science in Nursing (MSN)", 2), ("MPH or MPA", 2), ("M.F.A. in Design", 2)])
def test_degree_abbreviations(text: str, level: int) -> None:
    assert analyse(text).degree == level


def test_a_bfa_in_graphic_design_meets_a_design_degree() -> None:
    fit = matcher("ux-designer.md").match("Bachelor's degree in Human-Computer Interaction, Design or a related field")
    assert fit.status == "met" and fit.evidence[0].text.startswith("B.F.A. in Graphic Design")


def test_a_credential_word_next_to_the_credential_adds_nothing() -> None:
    accountant = matcher("staff-accountant.md")
    fit = accountant.match("CPA license required")
    assert fit.status == "met" and fit.evidence[0].text.startswith("Certified Public Accountant (CPA)")
    assert accountant.match("Experience preparing tax returns").status == "missing"


# -- found reading real postings' requirements against these resumes ---------------------------


def test_form_labels_and_policy_sentences_meet_nothing() -> None:
    admin = matcher("election-admin.md")
    for text in ("Questions?", "Required Question",
                 "It is the policy of the County that there is equal opportunity for every citizen and applicant"):
        assert admin.match(text).status != "met", text


def test_a_law_that_names_citizens_is_not_a_citizenship_requirement() -> None:
    assert analyse("Ballots for military and overseas voters under the Uniformed and Overseas Citizens Absentee Voting Act").authorisation is None
    assert analyse("Candidates must be a US Citizen").authorisation == "citizenship"
    assert analyse("Citizenship, residency or work visa required").authorisation == "any"


def test_a_kind_of_two_words_needs_both_in_the_entry() -> None:
    # "state service": the county job mentions state elections, which is not service for the state.
    fit = matcher("election-admin.md").match("Two years of professional experience in state service")
    assert fit.status != "met"


def test_a_name_that_is_also_a_person_needs_a_technology_beside_it() -> None:
    career = matcher("career-changer.md")
    assert career.match("Kafka or Spark experience").status == "missing"  # the seminar on Kafka, Orwell ...
    assert matcher("senior-backend.md").match("Kafka experience").status == "met"  # "... PostgreSQL and Kafka"
    assert match("Skills\nKafka\n", "Kafka experience").status == "met"  # a skills line names technologies


def test_dates_are_not_words() -> None:
    # "Sep 2024 – present" does not show presentation skills.
    assert matcher("career-changer.md").match("Presentation of findings to executives").status != "met"


def test_years_in_data_roles_count_only_data_entries() -> None:
    fit = matcher("career-changer.md").match("3+ years in data-related roles")
    assert fit.status == "partial" and "2.3 years" in fit.note  # not the ten years of teaching


def test_years_of_a_technology_count_the_entries_that_use_it() -> None:
    fit = matcher("phd-data-science.md").match("3+ years of experience with SQL")
    assert fit.status == "met" and "dated entries that name SQL" in fit.note


def test_hyphenated_names_and_two_demands_joined_by_and() -> None:
    assert [g.any_of for g in analyse("Knowledge of T-SQL.").groups] == [["T-SQL"]]
    assert match("Skills\nSQL, Tableau\n", "Knowledge of T-SQL").status == "missing"
    demand = analyse("Familiarity with Terraform and visualization platforms like Tableau or Power BI")
    assert [g.any_of for g in demand.groups] == [["Terraform"], ["Tableau", "Power BI"]]
    assert matcher("career-changer.md").match("Familiarity with Terraform and visualization platforms like Tableau or Power BI").status == "partial"


def test_non_discrimination_sentences_and_clearances_are_not_the_right_to_work() -> None:
    phd = matcher("phd-data-science.md")
    fit = phd.match("Hiring decisions are based on merit, not on race, color, citizenship status or national origin.")
    assert fit.status == "review" and "statement" in fit.note
    fit = phd.match("A Q-level clearance requires U.S. citizenship.")
    assert fit.status == "review" and fit.evidence[0].line == 3  # citizenship shown; the clearance is for the applicant to check
