"""Findings the engine itself makes about the input and the inline comments (E codes).

These rules have no ``check`` of their own: reading, splitting and suppression produce them. They
are rules so that they can be listed, documented, selected, ignored and re-graded like any other.
"""

from __future__ import annotations

from postlint.model import Severity
from postlint.rule import Rule


class EngineRule(Rule):
    def check(self, posting, options):
        return ()


class ReadError(EngineRule):
    """What it checks: input that cannot be read as a posting: a binary file, an empty file, a
    file that cannot be opened, or front matter that is not valid YAML.

    Why it matters: a posting nobody can read is not checked at all; the file must be fixed first.

    Example: `logo.png` renamed to `logo.md`; an empty `job.txt`.

    Instead: save the posting as UTF-8 text, Markdown or HTML.
    """

    code, name, severity = "E001", "read-error", Severity.ERROR
    summary = "The input could not be read as a posting"


class EncodingFallback(EngineRule):
    """What it checks: a file that is not valid UTF-8 and was read as Windows-1252/Latin-1.

    Why it matters: the guess may be wrong, and other tools (job boards, browsers) may show broken
    characters such as "â€™" instead of "’".

    Example: a posting exported from an old word processor in Windows-1252.

    Instead: re-save the file as UTF-8.
    """

    code, name, severity = "E002", "encoding-fallback", Severity.INFO
    summary = "The file is not UTF-8 and was read with a fallback encoding"


class InvalidSuppression(EngineRule):
    """What it checks: a `postlint: disable=...` comment naming a code that no rule has.

    Why it matters: a typo in a suppression silently suppresses nothing, and the finding it was meant
    to silence keeps failing the build for no visible reason.

    Example: `<!-- postlint: disable=PAY01 -->`

    Instead: `<!-- postlint: disable=PAY001 -->` (see `postlint rules` for the codes).
    """

    code, name, severity = "E003", "invalid-suppression", Severity.WARNING
    summary = "A suppression comment names an unknown rule code"


class FileTooLarge(EngineRule):
    """What it checks: a file larger than `max-file-size` (default 5 MB); it is skipped unread.

    Why it matters: a posting is a few kilobytes; a file this size is almost always a data dump or
    a binary, and reading it whole would stall a pre-commit hook.

    Example: a 20 MB export of every posting a company ever ran, saved as `jobs.txt`.

    Instead: split the file, or raise `max-file-size` in the config if it really is one posting.
    """

    code, name, severity = "E004", "file-too-large", Severity.ERROR
    summary = "The file is over max-file-size and was skipped"


class NotAPosting(EngineRule):
    """What it checks: a document with no sign of being a job posting: no duties, requirements, pay,
    benefits or how-to-apply section, no front matter or "Label: value" lines, no title naming a
    role, no pay figure, no employment type, no years or degree asked for, and either hardly a word
    postings use (apply, candidate, salary, qualifications ...) or a page saying the posting is gone
    ("this position has been filled", "page not found"); or a page listing several jobs, the same
    details ("Position:", "Grade:", "Location:") given for three or more of them, with no duties or
    requirements of one job; or a page of job teasers, most of its long lines cut short with "..."
    (a job board's results, a newspaper's classified-ads index); or a page of several whole ads, one
    per paragraph, all opening alike ("POSITION AVAILABLE-...") with pay of their own (a county's
    "Employment Opportunities" page); or a job board's search page, a dozen or more of its filter
    lines counting the jobs each matches ("Full-Time (189)", "Dickinson, ND (10)"); or a title
    over markup with fewer than 4 words in it and no pay, employment type or ask (a title over an
    emptied template). It gets this one
    finding and no other:
    rules about missing pay or requirements mean nothing for it. Ignore E005 to lint such files
    anyway.

    Why it matters: folders and career sites collect pages that are not postings (a "page not found",
    a site menu, a cookie list, a list of other jobs); a screen of findings about them hides the
    findings that matter.

    Example: a saved page that reads "Sorry, this page is no longer available. Browse our latest
    news and events."

    Instead: remove the file from the postings folder (or exclude it in the config); if it is a
    posting, say what the job is, what it needs and what it pays.
    """

    code, name, severity = "E005", "not-a-posting", Severity.INFO
    summary = "The document does not read as a job posting"
