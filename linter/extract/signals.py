"""Whether a document is a job posting at all: the signals a posting gives.

Scraped folders and career sites hold pages that are not postings: "page not found", site menus,
cookie lists, a job board's list of other jobs, a research centre's news. Linting them as postings
gives a screen of "no pay", "no location", "no requirements" about text no recruiter wrote as a
posting. A document is a posting when it has one structural signal (front matter or "Label: value" lines
other than a page's own, such as "Effective date:"; a
title naming a role; a duties, requirements, pay, benefits or how-to-apply section with content; a
pay figure or a statement about pay ("competitive pay"); an employment type; years or a degree asked for) or, unless it says the posting is gone
("this position has been filled", "page not found"), uses the words of a posting (two distinct ones
of JOB_WORDS). A page that says at its top that the posting is gone is not one, whatever follows;
labels count unless they are ones any page has ("Effective date:"). Postings in other languages pass on their
structure or title. Kept conservative on purpose: a posting wrongly called "not a posting" loses every other finding.
"""

from __future__ import annotations

from ..ingest.split import ROLE_WORDS
from ..model import Posting, SectionKind

_JOB_SECTIONS = frozenset({
    SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.COMPENSATION,
    SectionKind.BENEFITS, SectionKind.HOW_TO_APPLY, SectionKind.QUESTIONS,
})

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


# Labels any web page carries ("Effective date:" of a privacy policy, "Attention:", "Phone:"): no sign
# of a posting. Every other label is ("Location:", "Ort:", "Salary:"), in any language.
PAGE_LABELS = frozenset({
    "effective date", "last updated", "updated", "last modified", "attention", "note", "notice", "date",
    "email", "e-mail", "phone", "telephone", "tel", "fax", "address", "copyright", "posted by", "by",
    "tags", "share", "follow us", "privacy", "cookies", "website", "web", "source",
})


def _gone(posting: Posting) -> bool:
    """The page says at its top that the posting it held is gone ("page not found")."""
    head = ((posting.title or "") + "\n" + posting.text[:300]).lower()
    return any(phrase in head for phrase in GONE)


def is_posting(posting: Posting) -> bool:
    """True when ``posting`` (facts extracted) shows any sign of being a job posting."""
    if posting.front_matter:  # someone filed it as a posting, with its details
        return True
    if _gone(posting):
        return False
    if any(" ".join(label.name.lower().split()) not in PAGE_LABELS for label in posting.labels):
        return True
    title_words = {w.strip("()[],.:;/—–-'’").lower() for w in (posting.title or "").split()}
    if title_words & ROLE_WORDS:
        return True
    if any(section.kind in _JOB_SECTIONS and section.items for section in posting.sections):
        return True
    facts = posting.facts
    if facts is not None and (any(p.kind in _PAY_KINDS for p in facts.pay) or facts.pay_notes
                              or facts.employment.types or facts.experience.demands or facts.experience.degrees):
        return True
    text = posting.text.lower()
    if any(phrase in text for phrase in GONE):
        return False
    found = {w.strip(".,;:!?()[]\"'’") for w in set(text.split())} & JOB_WORDS
    return len(found) >= 2
