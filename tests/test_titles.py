"""A posting's title is a role, not a heading, page chrome or a sentence (issue 23)."""

from postlint.ingest.parse import parse_text
from postlint.ingest.titles import file_name_title, is_poor_title


def _title(text: str, path: str = "<text>") -> str | None:
    return parse_text(text, path)[0].title


def test_generic_heading_and_chrome_are_poor_titles_a_role_is_not():
    for poor in ("Description", "Introduction", "Home", "- County Home", "Skip to Main Content",
                 "Board of Elections", "Maple Grove Middle School", None, ""):
        assert is_poor_title(poor), poor
    for good in ("Elections Specialist", "Sr. Machine Learning Engineer, Computer Vision", "County Clerk"):
        assert not is_poor_title(good), good


def test_a_first_sentence_is_not_a_title():
    assert is_poor_title("The incumbent of this position serves as the lead for ballot logistics in the county.")
    assert is_poor_title("Harbor County…A place to grow a career you are proud of!")


def test_a_title_label_below_page_chrome_is_the_title():
    text = "Skip to Main Content\n\nJob Title: Ballot Logistics Coordinator\n\nDuties\n- Plan the ballot routes\n"
    posting = parse_text(text)[0]
    assert posting.title == "Ballot Logistics Coordinator"
    assert posting.title_span.line == 3


def test_a_role_line_below_a_school_name_is_the_title():
    text = ("Maple Grove Middle School\n\nOpen positions at this site\n\n"
            "Science Teacher: Grade 7 - 2027-28 School Year\n\n"
            "We are looking for a science teacher who enjoys working with young people every day.\n")
    assert _title(text) == "Science Teacher: Grade 7 - 2027-28 School Year"


def test_a_line_ending_in_no_role_noun_is_not_taken_as_the_title():
    text = ("Home\n\nCounty Driver Requirements\n\nClerk Services\n\n"
            "Oversees Records Registration processes handled by the County Clerk\n")
    assert _title(text) == "Home"  # nothing better, and "Home" is no sentence


def test_a_sentence_with_nothing_better_is_no_title_then_the_file_name():
    text = "The incumbent of this position serves as the lead for ballot logistics in the county.\n\nDuties\n- Plan routes\n"
    assert _title(text) is None
    posting = parse_text(text, "jobs/2021-07-Mar-04-ballot-logistics-coordinator.txt")[0]
    assert posting.title == "Ballot Logistics Coordinator"
    assert posting.title_span is None  # the title is not in the text


def test_file_name_title():
    assert file_name_title("x/2019-12-Dec-12-elections-specialist.txt") == "Elections Specialist"
    assert file_name_title("0110-Program-Manager-ii.txt") == "Program Manager II"
    assert file_name_title("director-of-elections.md") == "Director of Elections"
    assert file_name_title("2020-notes-from-the-field.txt") is None  # names no role


def test_the_file_name_keeps_a_menu_link_naming_another_role_out():
    text = "Employee resources\n\nBecome a Poll Worker\n\nThe deputy director leads the office and its staff of twelve.\n"
    assert _title(text, "site/2021-25-Mar-02-deputy-director.txt") == "Deputy Director"


def test_a_good_first_line_is_kept_and_front_matter_wins():
    assert _title("Elections Specialist\n\nJob Title: Something Else Analyst\n") == "Elections Specialist"
    assert _title("---\ntitle: Logo designer\n---\nDescription\n", "a.md") == "Logo designer"


def test_a_file_name_in_underscore_fields_gives_its_role_field():
    assert file_name_title("2026-08-07_harbor-credit-union_senior-data-analyst.md") == "Senior Data Analyst"
