"""Checklists of postings shaped like the samples of session 23 (issue 23).

Each test is one kind of error found reading checklists of postings item by item, on a text
written for it.
"""

from __future__ import annotations

from test_checklist_lost_structure import raw, text_context

GIG_WITH_REFERENCE_LINKS = """---
title: Redraw our mascot
organization: Quill
how_to_apply:
  - "Comment on the tracker issue: https://code.example.org/quill/issues/42"
  - "Here is the issue again: https://code.example.org/quill/issues/42\\r\\n\\r\\nHere is the source of the old mascot: https://code.example.org/quill/mascot"
  - "The style notes can be found at https://code.example.org/quill/wiki/style"
---

Our mascot looks dated and we would like a fresh drawing of it for the website and stickers.
"""


def test_reference_lines_of_a_front_matter_how_to_apply_are_no_steps() -> None:
    steps = raw(text_context(GIG_WITH_REFERENCE_LINKS, "gig.md").how_to_apply)
    # "Here is ...", "... can be found at": links shown for reading; a link the step before gave says nothing new
    assert steps == ["Comment on the tracker issue: https://code.example.org/quill/issues/42"]


def test_a_presented_link_is_kept_when_it_is_the_only_step_or_names_applying() -> None:
    alone = GIG_WITH_REFERENCE_LINKS.replace(
        '  - "Comment on the tracker issue: https://code.example.org/quill/issues/42"\n', "").replace(
        '  - "Here is the issue again: https://code.example.org/quill/issues/42\\r\\n\\r\\nHere is the source of the old mascot: https://code.example.org/quill/mascot"\n',
        '  - "Here is the issue: https://code.example.org/quill/issues/42"\n').replace(
        '  - "The style notes can be found at https://code.example.org/quill/wiki/style"\n', "")
    assert raw(text_context(alone, "gig.md").how_to_apply) == ["Here is the issue: https://code.example.org/quill/issues/42"]
    form = GIG_WITH_REFERENCE_LINKS.replace("Here is the source of the old mascot", "Here is the application form")
    assert "Here is the application form: https://code.example.org/quill/mascot" in raw(text_context(form, "gig.md").how_to_apply)


def test_who_a_gig_needs_said_with_a_quality_is_a_must_have() -> None:
    text = """---
title: Tidy the project website
organization: Quill
---

We need someone patient to go through the website's pages and who knows enough CSS to make the header line up on phones.
"""
    must = raw(text_context(text, "gig.md").must_have)
    assert must == ["We need someone patient to go through the website's pages and who knows enough CSS to make the header line up on phones."]
    # the task alone asks nothing of whoever does it
    task = text.replace("someone patient to go", "someone to go").replace(" and who knows enough CSS to make the header line up on phones", "")
    assert raw(text_context(task, "gig.md").must_have) == []


def test_a_standing_said_of_the_position_in_prose_is_the_employment_fact() -> None:
    text = """Media Designer

To grow our studio we are looking for a media designer in a permanent position.

Requirements
- Two years of experience in print design
"""
    assert text_context(text).employment == "permanent"
    later = text.replace("in a permanent position", "who may later be assigned to a permanent position")
    assert text_context(later).employment is None


def test_an_entry_of_a_requirements_list_that_opens_as_a_preference_is_a_nice_to_have() -> None:
    text = """UX Designer

Requirements
- Three years of product design experience
- Bonus: experience with design systems
- Plus: basic HTML and CSS
- Preferably a degree in interaction design
"""
    c = text_context(text)
    assert raw(c.must_have) == ["Three years of product design experience"]
    assert raw(c.nice_to_have) == ["Bonus: experience with design systems", "Plus: basic HTML and CSS",
                                   "Preferably a degree in interaction design"]


def test_a_bare_link_that_leads_to_no_applying_is_no_step_beside_one_that_says_where() -> None:
    text = """---
title: Poster for a meetup
organization: Quill
how_to_apply:
  - 'Submit your work at https://code.example.org/quill/issues/7'
  - 'https://code.example.org/quill/artwork'
---

We need a poster for our spring meetup.
"""
    assert raw(text_context(text, "gig.md").how_to_apply) == ["Submit your work at https://code.example.org/quill/issues/7"]
    # a link to a form or a job page is a step
    form = text.replace("quill/artwork", "quill/apply")
    assert "https://code.example.org/quill/apply" in raw(text_context(form, "gig.md").how_to_apply)


def test_a_passed_closing_date_is_said_once_in_before_you_apply_not_asked_again() -> None:
    text = """Records Clerk

Acme County is hiring a full-time Records Clerk in Springfield, IL. Pay: $20 an hour.

Requirements
- One year of office experience

Applications close on March 1, 2020.
"""
    c = text_context(text)
    assert any("has passed: check the posting is still open" in item for item in raw(c.before_you_apply))
    assert not any("still open" in item for item in raw(c.questions))


def test_where_the_work_is_done_said_as_to_work_onsite_in_a_place_is_the_location() -> None:
    text = """Data Scientist

Acme Analytics, headquartered in Reston, VA, is seeking a Data Scientist to work onsite in Washington DC.

Requirements
- Three years of experience with Python
"""
    assert text_context(text).location == "Washington DC (on-site)"


def test_the_ideal_or_dream_candidate_in_prose_is_a_nice_to_have_whatever_its_verb() -> None:
    text = """Data Scientist

Acme Analytics is hiring a full-time data scientist in Denver, CO. Our dream applicant has shipped machine learning models to production. The ideal candidate enjoys untangling messy data.

Requirements
- Three years of experience with Python
"""
    nice = raw(text_context(text).nice_to_have)
    assert "Our dream applicant has shipped machine learning models to production." in nice
    assert "The ideal candidate enjoys untangling messy data." in nice


def test_what_a_requirements_list_says_is_welcome_is_a_nice_to_have() -> None:
    text = """Machine Learning Engineer

Required skills:
Deep understanding of data structures and algorithms
Bachelors degree in Computer Science or related field. Advanced degrees welcome
"""
    c = text_context(text)
    assert raw(c.nice_to_have) == ["Advanced degrees welcome"]
    assert "Bachelors degree in Computer Science or related field." in raw(c.must_have)


def test_a_skills_field_that_lists_things_to_make_gives_deliverables_not_must_haves() -> None:
    text = """---
title: A logo for our test runner
organization: Quill
skills: "Roughly what we have in mind, open to ideas.\\r\\n\\r\\n- A primary logo in SVG format\\r\\n- A smaller icon in SVG format\\r\\n- Color palette swatches in whatever format\\r\\n- Styles for the project's home page"
---

Our test runner has never had a logo.
"""
    c = text_context(text, "gig.md")
    assert raw(c.must_have) == []
    assert raw(c.prepare) == ['Plan how you would deliver: "A primary logo in SVG format"',
                              'Plan how you would deliver: "A smaller icon in SVG format"',
                              'Plan how you would deliver: "Color palette swatches in whatever format"',
                              "Plan how you would deliver: \"Styles for the project's home page\""]
    # skills named as what the applicant has stay must-haves
    skills = text.replace("A primary logo in SVG format", "A good eye for colour").replace("A smaller icon in SVG format", "Inkscape").replace(
        "Color palette swatches in whatever format", "Experience drawing icons")
    assert "A good eye for colour" in raw(text_context(skills, "gig.md").must_have)


def test_a_skills_field_that_is_a_paragraph_describing_the_work_asks_nothing() -> None:
    text = """---
title: New icons
organization: Quill
skills: >-
  The icon set follows a style guide that the maintainers update every year. Each
  contributor picks an open issue for an icon, draws it and opens a pull request with
  the files. The maintainers review each icon before it is merged into the set.
---

We would like more icons for the set.
"""
    assert raw(text_context(text, "gig.md").must_have) == []
    # a short field is a skill's name, whatever it says
    short = text.replace("""  The icon set follows a style guide that the maintainers update every year. Each
  contributor picks an open issue for an icon, draws it and opens a pull request with
  the files. The maintainers review each icon before it is merged into the set.""", "  Icon design in Inkscape")
    assert raw(text_context(short, "gig.md").must_have) == ["Skills: Icon design in Inkscape"]


def test_sentences_of_a_bullet_that_say_more_of_the_one_before_stay_with_it() -> None:
    text = """Frontend Developer

Requirements
- Strong grasp of web security. You know what to avoid. And you know why a token must never sit in a URL.
- You care about accessibility. While you may not be an expert, you test with a screen reader.
- Fluent in English. Three years of experience with TypeScript.
"""
    must = raw(text_context(text).must_have)
    assert "Strong grasp of web security. You know what to avoid. And you know why a token must never sit in a URL." in must
    assert "You care about accessibility. While you may not be an expert, you test with a screen reader." in must
    # a sentence that asks on its own is its own item
    assert "Three years of experience with TypeScript." in must and "Fluent in English." in must


def test_local_candidates_only_is_a_must_have() -> None:
    text = """Data Analyst

Acme Staffing has a six-month contract with a client in Austin, TX. Local candidates only. Send your resume to jobs@acme.example.

Responsibilities
- Build weekly sales reports
"""
    assert "Local candidates only." in raw(text_context(text).must_have)


def test_links_described_as_things_to_read_and_a_lead_in_to_sample_links_are_no_steps() -> None:
    text = """---
title: An illustration for our error page
organization: Quill
how_to_apply:
  - Sam Lee <sam@quill.example>
  - "https://quill.example - our homepage, for now the repository\\r\\nhttps://chat.example.org/quill - our chat lobby"
  - "Here are some sample links of error-page illustrations.\\r\\nhttps://art.example.net/a\\r\\nhttps://art.example.net/b"
  - "https://code.example.org/quill/tellform"
---

We would like a friendly illustration for the page people see when a link is broken.
"""
    # the email says where to apply; the rest are for reading ("tellform" is a name, not a form)
    assert raw(text_context(text, "gig.md").how_to_apply) == ["Sam Lee <sam@quill.example>"]
    form = text.replace("quill/tellform", "quill/forms/apply-here")
    assert "https://code.example.org/quill/forms/apply-here" in raw(text_context(form, "gig.md").how_to_apply)


def test_more_ways_prose_asks_for_someone() -> None:
    text = """Data Engineer

Acme Federal supports a research agency in Denver, CO. The Sponsor requires personnel who have experience with large data migrations. We are now looking for an engineer who has an interest in entity resolution. You would ideally have experience with Spark.

Responsibilities
- Load partner data into the shared model
"""
    c = text_context(text)
    must = raw(c.must_have)
    assert "The Sponsor requires personnel who have experience with large data migrations." in must
    assert "We are now looking for an engineer who has an interest in entity resolution." in must
    assert raw(c.nice_to_have) == ["You would ideally have experience with Spark."]
