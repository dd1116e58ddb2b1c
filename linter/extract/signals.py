"""Whether a document is a job posting at all: the signals a posting gives.

Scraped folders and career sites hold pages that are not postings: "page not found", site menus,
cookie lists, a job board's list of other jobs, a research centre's news. Linting them as postings
gives a screen of "no pay", "no location", "no requirements" about text no recruiter wrote as a
posting. A document is a posting when it has one structural signal:

- front matter, or "Label: value" lines naming a posting's details ("Location:", "Ort:"), not
  the ones any page has ("Effective date:", "Office Hours:");
- a title naming a role;
- a duties, requirements, nice-to-have, pay or questionnaire section with content;
- money that is pay, or a statement about pay ("competitive pay");
- an employment type, or years or a degree asked for;

or, failing all of them, one of the weak signals that other pages share (a benefits or
how-to-apply section with content, or two distinct JOB_WORDS) and no sign that the posting is gone
("this position has been filled", "page not found") or that the page is a careers site's own
("current job openings", "talent community") and speaks of no one job ("the incumbent", "this
position", ...). A page that lists several jobs, the same detail labels ("Position:", "Grade:")
repeated for each with no duties or requirements of one, is a list of openings, not a posting; so is
a page of teasers, most of its long lines cut short with "..." (a job board's search results, a
newspaper's classified-ads index), and so is a job board's search page, its filters counting the
jobs each matches ("Full-Time (189)"). Whatever its signals, a page that says at its top that the posting is gone is
not a posting, nor is a vendor's page that speaks to client organisations ("your organization",
three times) and of no one job. Postings in other languages pass on their structure or title.
Kept conservative on purpose: a posting wrongly called "not a posting" loses every other finding.
"""

from __future__ import annotations

import re

from ..ingest.split import ROLE_WORDS
from ..model import Posting, SectionKind

_JOB_SECTIONS = frozenset({
    SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.COMPENSATION,
    SectionKind.QUESTIONS,
})
# Sections a careers site's own pages have too: an HR department's "Employee Benefits", a job site's
# "Job Application and Hiring Process". Weak signals (see not_a_posting).
_WEAK_SECTIONS = frozenset({SectionKind.BENEFITS, SectionKind.HOW_TO_APPLY})

# Money that is pay for work (not a price, a benefit's cap or a company's revenue) is a sign of a posting.
_PAY_KINDS = frozenset({"base", "premium", "bonus", "equity", "stipend"})

# Words postings use and other pages rarely do (as the word index keeps them: lower case ASCII runs).
JOB_WORDS = frozenset(
    """apply applicant applicants application candidate candidates salary wage wages pay compensation
    responsibilities qualifications requirements duties vacancy hiring hire position role resume cv
    experience employment""".split()
)


# What a page says when the posting it held is gone (only read when nothing in it is a posting's).
GONE = ("position has been filled", "no longer available", "page not found", "page you were looking for",
        "page you requested", "page does not exist")


# The words of the labels a posting's details carry ("Location:", "Job Type:", "Ort:", "Salaire:"),
# in the languages postings come in; and labels any web page carries ("Effective date:" of a
# privacy policy, "Office Hours:" of an office's home page), which are no sign of a posting.
JOB_LABEL_WORDS = frozenset(
    """location locations where salary pay compensation wage wages rate type employment schedule department job
    position title role closing deadline apply hours remote grade level company organization organisation
    employer team reports start contract duration benefits experience education requirements qualifications
    duties responsibilities category division agency workplace shift opening posted classification unit
    office status vacancy seniority industry function url link source
    ort standort arbeitsort einsatzort gehalt vergütung verguetung stelle anstellung anstellungsart vertrag
    arbeitszeit beginn eintritt unternehmen firma abteilung rolle erfahrung bewerbungsfrist
    lieu localisation salaire rémunération remuneration poste contrat durée heures début entreprise
    expérience ubicación ubicacion lugar salario sueldo puesto cargo contrato jornada horario inicio
    empresa experiencia locatie standplaats salaris functie dienstverband uren bedrijf ervaring sede luogo
    stipendio retribuzione posizione contratto orario azienda esperienza localização salário""".split()
)
PAGE_LABELS = frozenset({
    "effective date", "last updated", "updated", "last modified", "attention", "note", "notice", "date",
    "email", "e-mail", "phone", "telephone", "tel", "fax", "address", "copyright", "posted by", "by",
    "tags", "share", "follow us", "privacy", "cookies", "website", "web", "office hours", "opening hours",
    "hours of operation", "toll free", "toll-free",
})


def _names_a_detail(label_name: str) -> bool:
    """Whether a label names one of a posting's details ("Job Type", "Ort"), not a page's own."""
    name = " ".join(label_name.lower().split())
    return name not in PAGE_LABELS and not set(name.replace("-", " ").replace("/", " ").split()).isdisjoint(JOB_LABEL_WORDS)


# What a careers site's own pages say (a county's HR home, a "talent community" sign-up, a job board):
# read only for a document with no sign of a posting but the weak ones, which such pages share. On
# the corpus every document that passed on a posting's words alone was such a page.
CAREERS_SITE = ("job openings", "current openings", "open positions", "career opportunities", "careers site",
                "career site", "career page", "careers page", "talent community", "job board", "job alerts",
                "employee resources", "human resources", "browse jobs", "search jobs", "view all jobs",
                "all jobs", "job seekers")


# How a posting speaks of its one job ("the incumbent", "this position", "minimum qualifications"):
# a page that says several of them is a posting even on a careers site.
ONE_JOB = ("this position", "this role", "the position", "the role", "incumbent", "successful candidate",
           "selected candidate", "this job", "minimum qualifications", "duties", "responsibilities", "you will")


def _gone(posting: Posting) -> bool:
    """The page says at its top that the posting it held is gone ("page not found")."""
    head = ((posting.title or "") + "\n" + posting.text[:300]).lower()
    return any(phrase in head for phrase in GONE)


# A vendor's page speaks to client organisations, a posting to applicants: "Give your organization a
# competitive edge", "we help your business ...". Three such phrases and no talk of one job mark a
# services page (a compensation consultancy's "Compensation Solutions" has pay words and headings).
_CLIENT_ADDRESS = re.compile(r"\byour (?:organization|organisation|business|company|clients)\b", re.I)


def _addresses_clients(text: str) -> bool:
    return len(_CLIENT_ADDRESS.findall(text)) >= 3 and sum(phrase in text.lower() for phrase in ONE_JOB) < 2


_GONE = "it says the posting is gone"
_CAREERS = "it reads as a careers site's own page, with no duties, requirements or pay of one job"
_CLIENTS = "it speaks to client organisations ('your organization'), not to applicants for one job"
_NO_SIGNS = "no duties, requirements, pay or employment type, and few of the words postings use"
_TITLE_ONLY = "it holds a title and only {} words under it: no text of a posting"
# Markup with fewer words than this under the title, and no pay, type or ask among them: a stub (a
# title over an emptied template, "<dl> // ... existing code ... </dl>"), however well the title names a role
# (a bare title, "Data Analyst" and a line or two, is a short posting: only markup emptied of its text is a stub)
_STUB_WORDS = 4
_MARKUP = re.compile(r"<[^<>]*>")  # (not "<[^>]*>": on "<!--<!--<!--..." each "<" would scan to the end)
_LISTING = ("it lists several jobs, the same details ('Position:', 'Location:') given for each, "
            "with no duties or requirements of one job")

# How many different values a detail label must take for a page to list jobs: a posting may name two
# offices ("Location: Leeds", "Location: York"), a list of jobs names one per job.
_LISTED_JOBS = 3
# One detail label with this many different values lists jobs on its own ("Posted: 8/4/2025",
# "Posted: 4/7/2026", ... once per opening on an HR portal's list).
_MANY_LISTED = 6
_ONE_JOBS_SECTIONS = frozenset({SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS})


def _lists_jobs(posting: Posting) -> bool:
    """A job board's or HR portal's list of openings: at least two of a posting's detail labels
    ("Position:", "Grade:", "Location:", "Minimum salary:") each repeated with three or more
    different values, or one with six or more, and no duties or requirements section of one job. A posting with many
    offices repeats one label ("Location:"), not several."""
    values: dict[str, set[str]] = {}
    for label in posting.labels:
        if _names_a_detail(label.name):
            values.setdefault(" ".join(label.name.lower().split()), set()).add(" ".join(label.value.lower().split()))
    if sum(len(v) >= _LISTED_JOBS for v in values.values()) < 2 and not any(len(v) >= _MANY_LISTED for v in values.values()):
        return False
    return not any(section.kind in _ONE_JOBS_SECTIONS and section.items for section in posting.sections)


_TEASERS = "it lists teasers of several jobs, each cut short ('...'), not the whole text of one posting"
# A job board's search results or a newspaper's classified-ads index shows each job as a teaser: the
# first line or two of its ad, cut off with "..." A posting's own lines are whole; a scraped posting
# may end in one cut line ("Read more..."), not in a run of them.
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
_TEASER_CHARS = 60  # shorter lines ending in "..." are lead-ins ("Duties include...") or menus
_TEASER_LINES = 4


def _lists_teasers(text: str) -> bool:
    """Most long lines of ``text`` are cut short with "...": at least four, and half or more of them."""
    long_lines = [line for line in (raw.strip() for raw in text.splitlines()) if len(line) >= _TEASER_CHARS]
    cut = sum(bool(_CUT_SHORT.search(line)) for line in long_lines)
    return cut >= _TEASER_LINES and 2 * cut >= len(long_lines)


_SEARCH_PAGE = "it is a job board's search page, its filters counting jobs ('{}'), not the text of one posting"
# A job board's search page lists its filters with how many jobs each matches ("Full-Time (189)",
# "Dickinson, ND (10)", "2026 (119)"), one per line. A posting may name an office with its head count
# once or twice; a search page's facets run to dozens.
_FACET = re.compile(r"^[ \t]*([^\s()][^()\n]{0,60}?) \(\d{1,5}\)[ \t]*$", re.M)  # (within a line: linear on blank lines)
_FACETS = 12  # different filter values


def _facet_line(text: str) -> str | None:
    """A filter line of a job board's search page, when ``text`` has many different ones."""
    facets = {match.group(0).strip(): None for match in _FACET.finditer(text)}
    return next(iter(facets)) if len(facets) >= _FACETS else None


_RUN_IN_ADS = "it holds several whole job ads, one per paragraph, each opening '{}'; put each in a file of its own"
# A county's "Employment Opportunities" page or a newspaper's job column prints each ad whole as one
# paragraph, all opening alike ("POSITION AVAILABLE-Rutherford County has a ..."), each with its own
# pay or way to apply, and two or more with pay of their own. A posting's long paragraphs open in
# different ways, and its questionnaire's ("Please specify where you gained ...") state no pay.
_AD_WORDS = 60  # a shorter paragraph is no whole ad
_AD_COUNT = 3
_OPENING = re.compile(r"[^\W\d_]+")
_AMOUNT = re.compile(r"\$\s?\d[\d,.]*")
_APPLY = re.compile(r"\bapply\b", re.I)


def _run_in_ads(text: str) -> str | None:
    """The opening words that three or more long paragraphs of ``text`` share, each naming pay or
    how to apply and two naming different pay; None when there are none."""
    openings: dict[tuple[str, ...], list[str]] = {}
    for line in text.splitlines():
        if len(line) >= 6 * _AD_WORDS and len(line.split()) >= _AD_WORDS:
            pay = _AMOUNT.search(line)
            if pay is not None or _APPLY.search(line):
                opening = tuple(_OPENING.findall(line[:60].lower())[:2])
                if len(opening) == 2:
                    openings.setdefault(opening, []).append(pay.group() if pay else "")
    for opening, amounts in openings.items():
        if len(amounts) >= _AD_COUNT and len(set(amounts) - {""}) >= 2:
            return " ".join(opening)
    return None


def not_a_posting(posting: Posting) -> str | None:
    """None when ``posting`` (facts extracted) shows a sign of being a job posting; else what it
    reads as instead, for its E005 finding."""
    if posting.front_matter:  # someone filed it as a posting, with its details
        return None
    if _gone(posting):
        return _GONE
    if _addresses_clients(posting.text):
        return _CLIENTS
    if _lists_jobs(posting):
        return _LISTING
    if _lists_teasers(posting.text):
        return _TEASERS
    if (facet := _facet_line(posting.text)) is not None:
        return _SEARCH_PAGE.format(facet)
    if (opening := _run_in_ads(posting.text)) is not None:
        return _RUN_IN_ADS.format(opening)
    if any(_names_a_detail(label.name) for label in posting.labels):
        return None
    if _MARKUP.search(posting.text) and (words := _words_under_title(posting)) < _STUB_WORDS and not _has_job_facts(posting):
        return _TITLE_ONLY.format(words)
    title_words = {w.strip("()[],.:;/—–-'’").lower() for w in (posting.title or "").split()}
    # A title read from the file name (no span) says what the file was saved as, not that the page
    # holds the posting: it is no sign.
    if title_words & ROLE_WORDS and posting.title_span is not None:
        return None
    if any(section.kind in _JOB_SECTIONS and section.items for section in posting.sections):
        return None
    if _has_job_facts(posting):
        return None
    facts = posting.facts
    # Weak signals, which pages that are not postings share: a benefits or how-to-apply section (an
    # HR department's "Employee Benefits", a membership site's "Member Benefits") and a posting's words.
    text = posting.text.lower()
    if any(phrase in text for phrase in GONE):
        return _GONE
    if any(phrase in text for phrase in CAREERS_SITE) and sum(phrase in text for phrase in ONE_JOB) < 3:
        # a careers site's page, unless it talks of one job in several ways (a page with hardly a
        # posting's word, such as a browser warning with a "Job alerts" link, is said to have no signs)
        return _CAREERS if len(_job_words(text)) >= 2 else _NO_SIGNS
    # "a competitive salary", "for all full-time positions we offer" are said on careers pages as
    # much as in postings: weak signs
    if any(section.kind in _WEAK_SECTIONS and section.items for section in posting.sections) or len(_job_words(text)) >= 2 \
            or (facts is not None and (facts.pay_notes or facts.employment.other)):
        return None
    return _NO_SIGNS


def _has_job_facts(posting: Posting) -> bool:
    """Pay, an employment type, years or a degree asked for: signs of a posting however short."""
    facts = posting.facts
    return facts is not None and bool(any(p.kind in _PAY_KINDS for p in facts.pay)
                                      or facts.employment.types or facts.experience.demands or facts.experience.degrees)


def _words_under_title(posting: Posting) -> int:
    """How many words the text has besides its title, markup aside."""
    text = _MARKUP.sub(" ", posting.text)
    if posting.title and posting.title_span is not None:
        text = text.replace(posting.title, " ", 1)
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _job_words(text: str) -> set[str]:
    """The distinct JOB_WORDS in ``text`` (lower case)."""
    return {w.strip(".,;:!?()[]\"'’") for w in set(text.split())} & JOB_WORDS
