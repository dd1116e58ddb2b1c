"""E005: a document that is not a job posting gets one finding and no other."""

from __future__ import annotations

import postlint

NOT_A_POSTING = (
    "Page not found\n"
    "The page you were looking for has moved. Try the search box or go back home.\n"
    "Home | Newsroom | Events | Contact\n"
    "We use cookies to improve your experience.\n"
)


def test_a_page_that_is_not_a_posting_gets_only_e005() -> None:
    findings = postlint.check_text(NOT_A_POSTING, config={"select": ["ALL"]}, path="page.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "does not read as a job posting" in findings[0].message


def test_ignoring_e005_lints_the_page_as_before() -> None:
    codes = {f.code for f in postlint.check_text(NOT_A_POSTING, config={"select": ["ALL"], "ignore": ["E005"]}, path="page.txt")}
    assert "E005" not in codes and {"PAY001", "STRUCT001"} <= codes


def test_a_posting_with_few_job_words_is_still_a_posting() -> None:
    text = "Barista\nMake coffee for our morning regulars.\nPay: $17 per hour\n"
    codes = {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}
    assert "E005" not in codes


def test_labels_above_the_title_are_the_postings_labels() -> None:
    [posting] = postlint.parse_text("**Location:** Leeds, UK\n# Warehouse Associate\nPick and pack orders.\n", "job.md")
    assert posting.title == "Warehouse Associate"
    assert [(label.name, label.value) for label in posting.labels] == [("Location", "Leeds, UK")]


def test_a_tiny_posting_that_only_talks_about_pay_is_a_posting() -> None:
    text = "# Barista\n\nHarbour Cafe is hiring a barista in Portland, OR.\n\nCompetitive pay.\n"
    codes = [f.code for f in postlint.check_text(text, config={"select": ["PAY"]}, path="job.md")]
    assert "E005" not in codes and "PAY002" in codes


POLICY_PAGE = (
    "Sorry, the page you requested cannot be found.\n"
    "Effective date: March 1, 2026\n"
    "Attention: please read these terms.\n"
    "Site Privacy Policy\n"
    "We collect personal data when you create an account and use it to run the service.\n"
    "Our total liability to you, and that of our licensors, shall not exceed one hundred ($100.00) dollars.\n"
)


def test_a_gone_page_with_a_policy_and_its_labels_is_not_a_posting() -> None:
    findings = postlint.check_text(POLICY_PAGE, config={"select": ["ALL"]}, path="page.txt")
    assert [f.code for f in findings] == ["E005"]


def test_labels_that_name_no_posting_detail_are_no_sign_of_a_posting() -> None:
    page = POLICY_PAGE.replace("Sorry, the page you requested cannot be found.", "Account settings")
    assert [f.code for f in postlint.check_text(page, config={"select": ["ALL"]}, path="page.txt")] == ["E005"]
    posting = page.replace("Attention: please read these terms.", "Location: Denver, CO")
    assert "E005" not in {f.code for f in postlint.check_text(posting, config={"select": ["ALL"]}, path="job.txt")}


def test_an_hr_departments_page_with_an_employee_benefits_section_is_not_a_posting() -> None:
    page = (
        "County Home\n"
        "Human Resources Department\n"
        "Our mission is to support each department in serving the community.\n"
        "Employee Benefits\n"
        "- Medical, dental and vision plans\n"
        "- A defined-benefit pension\n"
        "- Paid holidays\n"
    )
    assert [f.code for f in postlint.check_text(page, config={"select": ["ALL"]}, path="page.txt")] == ["E005"]
    # A benefits section is still a sign of a (small) posting on a page that is no careers site's own.
    posting = page.replace("County Home\nHuman Resources Department\n", "Growth Marketer\n")
    assert "E005" not in {f.code for f in postlint.check_text(posting, config={"select": ["ALL"]}, path="job.txt")}


def test_a_careers_sites_own_page_is_not_a_posting_and_says_so() -> None:
    page = (
        "Thanks for visiting our Career Page!\n"
        "We are hiring across the county. Browse our current job openings below and apply online.\n"
        "Sign up for job alerts to hear about new positions.\n"
        "Employment with the county includes paid leave and a pension.\n"
    )
    findings = postlint.check_text(page, config={"select": ["ALL"]}, path="careers.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "careers site's own page" in findings[0].message
    # The same words around one job's duties: a posting.
    posting = page + "Responsibilities\n- Process voter registrations\n- Staff the front counter\n"
    assert "E005" not in {f.code for f in postlint.check_text(posting, config={"select": ["ALL"]}, path="job.txt")}


def test_e005_says_a_gone_posting_is_gone() -> None:
    [finding] = postlint.check_text(NOT_A_POSTING, config={"select": ["ALL"]}, path="page.txt")
    assert "says the posting is gone" in finding.message


def test_a_posting_on_a_careers_site_that_speaks_of_its_one_job_is_a_posting() -> None:
    text = (
        "The incumbent of this position serves as the county's voting systems expert.\n"
        "Human Resources will review applications; sign up for job alerts to hear of other openings.\n"
        "The minimum qualifications are five years of election administration and a clean record.\n"
        "The incumbent trains poll workers and tests voting equipment before each election.\n"
    )
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def test_a_vendors_page_that_speaks_to_client_organisations_is_not_a_posting() -> None:
    page = (
        "Gain a Competitive Edge\n"
        "Give your organization a pay strategy that attracts and keeps talent.\n"
        "Compensation Solutions\n"
        "- Salary structures built around your business goals\n"
        "- Executive pay reviews that your company's board can defend\n"
        "- Competitive compensation benchmarks for your organization\n"
    )
    findings = postlint.check_text(page, config={"select": ["ALL"]}, path="page.txt")
    assert [f.code for f in findings] == ["E005"] and "client organisations" in findings[0].message
    # A consultancy's posting for a consultant speaks of the job too: still a posting.
    posting = page + "This position advises clients; the successful candidate has five years of pay consulting.\n"
    assert "E005" not in {f.code for f in postlint.check_text(posting, config={"select": ["ALL"]}, path="job.txt")}


def test_a_careers_page_that_praises_its_salaries_is_no_posting() -> None:
    # "a competitive salary" and "for all regular full-time positions" are what a careers site says
    # of every job; with no duties, requirements or pay of one job the page is the site's own.
    page = ("Careers at Lanternfish Foundation\n"
            "Our staff help libraries and schools make reading more open. We look for curious people.\n"
            "Through our competitive salary and benefits, we invest in the people who do this work.\n"
            "For all regular full-time positions, Lanternfish Foundation offers:\n"
            "- A retirement plan with an employer match\n"
            "- Medical, dental and vision insurance\n"
            "Partner Openings\n"
            "Looking for more? See the open positions at our partner organizations.\n")
    findings = postlint.check_text(page, config={"select": ["ALL"]}, path="careers.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "does not read as a job posting" in findings[0].message


def _listing(jobs: list[tuple[str, str, str, str]]) -> str:
    rows = "".join(f"{title}\nPosition: {number}\nLocation: {place}\nGrade: {grade}\nApply\n"
                   for title, number, place, grade in jobs)
    return "Welcome to the Borough of Fenwick online application portal\nSearch openings\n" + rows


JOBS = [("PARK RANGER I", "4101", "PARKS", "GRADE 12"), ("LIBRARY AIDE", "4207", "LIBRARY", "GRADE 9"),
        ("FLEET MECHANIC", "4315", "PUBLIC WORKS", "GRADE 14"), ("PLANNING TECHNICIAN", "4420", "PLANNING", "GRADE 13")]


def test_a_list_of_jobs_with_the_same_details_for_each_is_not_a_posting() -> None:
    findings = postlint.check_text(_listing(JOBS), config={"select": ["ALL"]}, path="openings.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "lists several jobs" in findings[0].message


def test_two_jobs_with_the_same_details_are_not_yet_a_list() -> None:
    codes = {f.code for f in postlint.check_text(_listing(JOBS[:2]), config={"select": ["ALL"]}, path="job.txt")}
    assert "E005" not in codes


def test_a_posting_with_one_location_per_office_stays_a_posting() -> None:
    text = ("Field Service Technician\n\nYou will service boilers for our customers.\n"
            "Location: Leeds\nLocation: York\nLocation: Hull\nLocation: Bradford\n"
            "Pay: £32,000 per year\n")
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def test_a_listing_page_with_one_jobs_duties_is_a_posting() -> None:
    text = _listing(JOBS) + ("Responsibilities\n- Patrol the borough's parks and trails\n"
                             "- Teach visitors how to keep the trails safe\n")
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def _portal(dates: list[str]) -> str:
    """An HR portal's list of openings: one block per job, only a date label each."""
    blocks = [f"-\nClerk {n}\n$21.{n:02d} /hr\nPosted: {date}\nOpen Until Filled\n"
              f"Under general supervision, this position files records for department {n}.\n"
              "First Time Applying With Us?\n" for n, date in enumerate(dates, 1)]
    return "Current openings\n\n" + "".join(blocks)


def test_a_portal_listing_jobs_with_one_detail_label_each_is_not_a_posting() -> None:
    dates = ["8/4/2025", "4/7/2026", "7/3/2025", "1/12/2026", "2/2/2026", "3/3/2026"]
    findings = postlint.check_text(_portal(dates), config={"select": ["ALL"]}, path="openings.txt")
    assert [f.code for f in findings] == ["E005"]
    assert "lists several jobs" in findings[0].message


def test_a_posting_with_five_offices_under_one_label_stays_a_posting() -> None:
    # one label needs six different values to list jobs on its own
    offices = "".join(f"Location: {town}\n" for town in ("Leeds", "York", "Hull", "Bradford", "Wakefield"))
    text = "Field Service Technician\n\nYou will service boilers for our customers.\n" + offices + "Pay: £32,000 per year\n"
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


# A newspaper's classified-ads index: each employer's ad cut short after a line or so.
TEASERS = (
    "CAREERS IN ENGINEERING\n"
    "Harbour Water Co. seeks a Senior Process Engineer in Dover, DE. Design and commission treatment plant...\n"
    "Lindqvist Freight is hiring a Logistics Analyst in Newark, DE. Build routing models and report weekl...\n"
    "Req'd BS in Civil Engrg. 40hr/wk. $71,250/yr. Resume to Attn: P. Osei, 12 Mill Rd, Milford, DE 19963, or...\n"
    "Coastline Clinics seeks a Data Engineer to maintain pipelines for patient scheduling and billing syst...\n"
    "Pinecrest Schools: Network Administrator. Maintain campus networks and support staff devices acr...\n"
    "Bluefin Labs has multiple openings for Sr. Software Engineers to design, code and test web applicat...\n"
)


def test_a_page_of_job_teasers_cut_short_is_not_a_posting() -> None:
    findings = postlint.check_text(TEASERS, config={"select": ["ALL"]}, path="classifieds.txt")
    assert {f.code for f in findings} == {"E005"}
    assert "teasers" in findings[0].message


def test_a_posting_whose_last_line_is_cut_short_stays_a_posting() -> None:
    text = ("Process Engineer\n\nHarbour Water Co. is hiring a process engineer in Dover, DE.\n"
            "Responsibilities\n- Design and commission treatment plant upgrades with the operations team\n"
            "- Report on plant performance to the board every quarter, with the figures behind it\n"
            "Requirements\n- BS in Chemical or Civil Engineering and 3 years in water treatment\n"
            "The plant serves forty thousand homes across the county and is expanding its capacity...\n")
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def _ad(role: str, pay: str) -> str:
    return (f"JOB OPENING - Garnet County has a full-time {role} position in the Public Works department. "
            "Duties include keeping records, answering the public at the front counter, preparing the "
            "monthly reports for the director and other duties as assigned by the supervisor on duty. "
            "Must have a high school diploma and a valid driver license, and be able to work some Saturdays. "
            f"Pay {pay} with health, dental and retirement benefits. Apply at Garnet County Human Resources, "
            "12 Court St., Garnet, or online. Open until filled. EOE\n")


RUN_IN_ADS = ("Careers with Garnet County\nGarnet County is an Equal Opportunity Employer.\n"
              + _ad("records clerk", "$16.20 per hour") + _ad("permit technician", "$41,500 per year")
              + _ad("equipment operator", "$19.75 per hour"))


def test_a_page_of_whole_ads_one_per_paragraph_is_not_a_posting() -> None:
    findings = postlint.check_text(RUN_IN_ADS, config={"select": ["ALL"]}, path="jobs.txt")
    assert {f.code for f in findings} == {"E005"}
    assert "'job opening'" in findings[0].message


def test_a_posting_whose_paragraphs_open_alike_without_pay_stays_a_posting() -> None:
    # a questionnaire's long questions open alike and name "apply", but state no pay of their own
    question = ("    Please specify where you gained the experience listed above. Include the employer, the "
                "hours worked per week and the length of employment, and the duties you performed there in "
                "your own words. Write NA in the box if this question does not apply to you. Experience listed "
                "in this answer must be supported by the work history in your application or it is not counted.\n")
    text = ("Records Clerk\n\nGarnet County is hiring a records clerk. Pay $16.20 per hour.\n"
            "Requirements\n- High school diploma and two years of office experience\n\nSupplemental Questions\n"
            + question * 3)
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def _search_page() -> str:
    towns = ["Alder Falls", "Birch Bay", "Cedar Point", "Dover Hills", "Elm Grove", "Fern Valley", "Glen Rock"]
    facets = [f"{town}, ND ({n})" for n, town in enumerate(towns, start=3)]
    facets += ["Full-Time (140)", "Part-Time (9)", "Seasonal (2)", "2026 (88)", "2025 (61)"]
    rows = "".join(f"Deputy Clerk {n}\nClose Date\n{4100 + n}\n" for n in range(6))
    return ("Search Jobs\nSearch keywords\nLocation\n" + "\n".join(facets)
            + "\nAgency\nDepartment of Revenue (4)\n" + rows + "Apply to positions that match your skills and experience.\n")


def test_a_job_boards_search_page_is_not_a_posting() -> None:
    findings = postlint.check_text(_search_page(), config={"select": ["ALL"]}, path="state-election-director.txt")
    assert {f.code for f in findings} == {"E005"}
    assert "search page" in findings[0].message and "Alder Falls, ND (3)" in findings[0].message


def test_a_posting_naming_a_few_offices_with_head_counts_stays_a_posting() -> None:
    offices = "".join(f"{town} ({n})\n" for n, town in enumerate(["Leeds", "York", "Hull", "Bath"], start=1))
    text = ("Caseworker\n\nGarnet County hires ten caseworkers. Pay $21.40 per hour.\nOffices (openings)\n" + offices
            + "Requirements\n- Two years of casework experience\n")
    assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="job.txt")}


def test_a_title_over_an_emptied_template_is_not_a_posting() -> None:
    text = '# Senior platform engineer\n\n<dl class="summary-list">\n<p>TODO: fill in</p>\n</dl>\n'
    findings = postlint.check_text(text, config={"select": ["ALL"]}, path="senior-platform-engineer.md")
    assert {f.code for f in findings} == {"E005"}
    assert "only 3 words under it" in findings[0].message


def test_a_short_posting_with_pay_or_an_ask_stays_a_posting() -> None:
    for body in ("Part-time, $15 per hour.", "Must have two years of barista experience."):
        text = f"# Barista\n\n{body}\n"
        assert "E005" not in {f.code for f in postlint.check_text(text, config={"select": ["ALL"]}, path="barista.md")}
