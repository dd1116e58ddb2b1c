"""Requirement rules (REQ): are the requirements checkable, realistic and possible?

All of them read the requirement items (bullets and sentences with a priority, see
:func:`postlint.extract.experience.requirement_items`) and the experience facts.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from postlint.extract import reference_date, technology
from postlint.extract.experience import listed_requirements, requirement_items
from postlint.ingest.headings import classify_heading
from postlint.model import Item, Posting, Priority, SectionKind, Severity, Span
from postlint.rule import Field, Rule, RuleOptions
from postlint.scan.textscan import fold, lazy, load_toml, package_data


# -- REQ001 ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Phrase:
    text: str
    why: str
    instead: str


_GRADE_WHY = "'{raw}' grades a soft skill without saying what good looks like"
_GRADE_INSTEAD = "say what the skill is used for: 'write design docs and present results to non-technical stakeholders'"
_EXTRA_WHY = "'{raw}' is on this project's list of vague phrases"
_EXTRA_INSTEAD = "replace it with a task or evidence an applicant can check"
# Anything that gives a vague item something concrete to check: a number, an example, a named tool.
_CONCRETE = lazy(
    r"\d|\b(?:such\s+as|e\.g|for\s+example|for\s+instance|including|includes|demonstrated\s+(?:by|through)|"
    r"as\s+(?:shown|evidenced|demonstrated)\s+by|evidenced\s+by|portfolio|writing\s+samples?|published|publications?|"
    r"bilingual|fluen(?:t|cy)|English|Spanish|French|German|Dutch|Portuguese|Italian|Mandarin|Chinese|Japanese|Korean|Arabic|"
    # a named communication task: "present results to business users", "write design docs"
    r"present|presents|presenting|presentations?|explain|explaining|translat(?:e|es|ing)|narratives?|documentation|"
    r"write-ups?|design\s+docs?|workshops?|teach|teaching|mentor|mentoring|articulate|gathering\s+requirements|"
    r"influenc(?:e|es|ing)|negotiat(?:e|es|ing|ion)|facilitat(?:e|es|ing))\b",
    re.I,
)
# The phrase describes the company, not the applicant: "a results-oriented culture".
_ABOUT_US_AFTER = lazy(r"^\s+(?:culture|environment|company|workplace|organi[sz]ation)\b", re.I)
# A question to the reader ("Passionate about what we do? Apply!") is an invitation, not a requirement.
_IN_QUESTION = lazy(r"[^.!?\n]{0,120}\?")
# An invitation to apply, not a requirement: "If you're an effective communicator who ..., we want to hear from you".
_INVITATION = lazy(r"^\W*if\s+you", re.I)
# The posting speaking about itself, not about the applicant: "we are passionate about inclusion".
_ABOUT_US = lazy(r"\b(?:we|we're|we\s+are|our\s+\w+\s+(?:is|are))\s+(?:\w+\s+)?$", re.I)


@functools.lru_cache(maxsize=1)
def _vague_data() -> dict:
    return load_toml(package_data("postlint.rules", "data/vague_phrases.toml"))


def _words(phrase: str) -> str:
    """A phrase as a pattern: whole words, any run of spaces or hyphens between them."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w)


def _key(text: str) -> str:
    return " ".join(re.split(r"[\s-]+", text.lower().strip()))


@dataclass(frozen=True)
class _VagueMatcher:
    pattern: re.Pattern
    phrases: dict[str, _Phrase]
    extra: frozenset[str]


@functools.lru_cache(maxsize=32)
def _matcher(extend: tuple[str, ...], ignore: tuple[str, ...], qualifiers: tuple[str, ...], soft: tuple[str, ...],
             grades: bool = True, listed_phrases: bool = True) -> _VagueMatcher:
    """The pattern; without the graded alternatives (grade, grade2) or the listed phrases when the
    caller knows (from :class:`_Needs`) that they cannot match in its texts: the same matches, and
    a phrases-only pattern compiles in a quarter of the time (0.7 ms, not 2.6)."""
    data = _vague_data()
    ignored = {_key(t) for t in ignore}
    phrases = {
        _key(p["text"]): _Phrase(p["text"], p["why"], p["instead"]) for p in data.get("phrase", []) if _key(p["text"]) not in ignored
    }
    extra = frozenset(_key(t) for t in extend if _key(t) not in ignored)
    quals = [q for q in [*data.get("qualifiers", []), *qualifiers] if _key(q) not in ignored]
    skills = [s for s in [*data.get("soft-skills", []), *soft] if _key(s) not in ignored]
    standalone = [s for s in data.get("standalone", []) if _key(s) not in ignored]
    by_length = lambda words: sorted(set(words), key=len, reverse=True)  # noqa: E731
    q = "|".join(_words(w) for w in by_length(quals))
    s = "|".join(_words(w) for w in by_length(skills))
    alone = "|".join(_words(w) for w in by_length(standalone + ["communication", "leadership", "collaboration", "teamwork"]))
    soft_run = rf"(?:{s})(?:\s*(?:,|and|&|/|or)?\s*(?:{s})){{0,3}}"
    alternatives = []
    if grades and q and s:
        alternatives.append(rf"(?P<grade>(?:{q})(?:\s*(?:,|and|&|/)\s*(?:{q}))?\s+(?:{soft_run}\s+(?:skills?|abilities|ability)|(?:{s}\s+)?(?:{alone})))")
    if grades and q and standalone:
        alternatives.append(rf"(?P<grade2>(?:{q})\s+(?:{'|'.join(_words(w) for w in by_length(standalone))}))")
    listed = by_length([*(p.text for p in phrases.values()), *extend])
    listed = [p for p in listed if _key(p) not in ignored]
    if listed_phrases and listed:
        alternatives.append("(?P<phrase>" + "|".join(_words(p) for p in listed) + ")")
    body = "|".join(alternatives) or r"(?!x)x"
    return _VagueMatcher(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I), phrases, extra)


@dataclass(frozen=True)
class _Needs:
    """Words (lower case) a match of :func:`_matcher`'s pattern cannot do without: all the words of
    one listed phrase, or a qualifier's first word with the first word of a soft skill or of a
    standalone word ("strong" ... "communication"). Read from the data, so an item lacking them is
    passed over without compiling the pattern (4 ms) or running it (it tries every position)."""

    phrases: tuple[tuple[str, ...], ...]
    qualifiers: tuple[str, ...]
    graded: tuple[str, ...]

    @functools.cached_property
    def by_first_word(self) -> dict[str, list[frozenset[str]]]:
        """The phrases' word sets by first word. A phrase's words stand between spaces, hyphens
        and non-word characters in a match, so each is a whole letter run of the folded text."""
        found: dict[str, list[frozenset[str]]] = {}
        for words in self.phrases:
            found.setdefault(words[0], []).append(frozenset(words))
        return found

    def met(self, low: str) -> tuple[bool, bool]:
        """(a graded alternative may match, a listed phrase may match) in ``low``."""
        phrase = False
        if self.phrases:
            runs = set(_LETTER_RUN.findall(low))
            for first in runs.intersection(self.by_first_word):
                if any(words <= runs for words in self.by_first_word[first]):
                    phrase = True
                    break
        return any(map(low.__contains__, self.qualifiers)) and any(map(low.__contains__, self.graded)), phrase


_LETTER_RUN = re.compile(r"[a-z]+")


def _split_words(phrase: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\s-]+", phrase.strip()) if w]


@functools.lru_cache(maxsize=32)
def _needs(extend: tuple[str, ...], ignore: tuple[str, ...], qualifiers: tuple[str, ...], soft: tuple[str, ...]) -> _Needs | None:
    """None when a word is not ASCII (a plain ``in`` on :func:`fold` text might then miss a
    case-insensitive match). Mirrors how :func:`_matcher` builds its alternatives."""
    data = _vague_data()
    ignored = {_key(t) for t in ignore}
    quals = [q for q in [*data.get("qualifiers", []), *qualifiers] if _key(q) not in ignored]
    skills = [s for s in [*data.get("soft-skills", []), *soft] if _key(s) not in ignored]
    standalone = [s for s in data.get("standalone", []) if _key(s) not in ignored]
    alone = [*standalone, "communication", "leadership", "collaboration", "teamwork"]
    listed = [p["text"] for p in data.get("phrase", []) if _key(p["text"]) not in ignored]
    listed += [t for t in extend if _key(t) not in ignored]
    phrases = tuple(tuple(words) for words in map(_split_words, listed) if words)
    firsts = lambda group: tuple(sorted({words[0] for words in map(_split_words, group) if words}))  # noqa: E731
    needs = _Needs(phrases, firsts(quals) if skills or standalone else (), firsts([*skills, *alone]))
    if not all(w.isascii() for words in (*needs.phrases, needs.qualifiers, needs.graded) for w in words):
        return None
    if not all(_LETTER_RUN.fullmatch(w) for words in needs.phrases for w in words):
        return None  # a phrase word with other characters is not one letter run
    return needs


class VagueRequirementOptions(RuleOptions):
    extend_phrases: list[str] = Field(default_factory=list, description="More vague phrases to flag")
    ignore_phrases: list[str] = Field(default_factory=list, description="Phrases, qualifiers or soft skills not to flag")
    extend_qualifiers: list[str] = Field(default_factory=list, description="More grading words ('strong', 'excellent')")
    extend_soft_skills: list[str] = Field(default_factory=list, description="More soft skills ('communication')")


class VagueRequirement(Rule):
    """What it checks: a requirement that rests on a cliché or an unmeasurable grade of a soft skill
    ("strong communicator", "team player", "self-starter", "excellent communication skills",
    "passion for", "rockstar", "detail-oriented", "fast learner") with nothing concrete beside it:
    no number, no example ("such as", "including"), no named tool.

    Why it matters: every applicant believes they are a strong communicator; such lines screen
    nobody in and tell nobody what the job needs, and clichés make a posting read as boilerplate.

    Example: "- Strong communicator and team player."

    Instead: say what the skill is used for, so an applicant can check themselves against it:
    "- Write design docs and present findings to non-technical stakeholders every sprint".
    Phrase lists are in rules/data/vague_phrases.toml; options `extend-phrases`, `ignore-phrases`,
    `extend-qualifiers` and `extend-soft-skills` change them.
    """

    code, name, severity = "REQ001", "vague-requirement", Severity.WARNING
    summary = "A requirement rests on clichés or unmeasurable qualifiers"
    Options = VagueRequirementOptions

    def check(self, posting, options):
        needs = _needs(tuple(options.extend_phrases), tuple(options.ignore_phrases),
                       tuple(options.extend_qualifiers), tuple(options.extend_soft_skills))
        starts = technology.line_starts(posting)
        candidates = []  # the items a match may be in; and which alternatives may match in any of them
        grades = listed = needs is None
        for item in requirement_items(posting):
            if _INVITATION().match(item.text):
                continue
            located = technology.locate(posting, item, starts)
            if located is None:
                continue
            if needs is not None:
                graded, phrase = needs.met(fold(located[1]))
                if not (graded or phrase):
                    continue
                grades, listed = grades or graded, listed or phrase
            candidates.append(located)
        if not candidates:
            return
        matcher = _matcher(tuple(options.extend_phrases), tuple(options.ignore_phrases),
                           tuple(options.extend_qualifiers), tuple(options.extend_soft_skills), grades, listed)
        for base, text in candidates:
            matches = [m for m in matcher.pattern.finditer(text) 
                       if not _ABOUT_US().search(text[max(0, m.start() - 30) : m.start()]) and not _ABOUT_US_AFTER().match(text[m.end() : m.end() + 20])
                       and not _IN_QUESTION().match(text[m.end() :])]
            if not matches:
                continue
            rest = text
            for m in reversed(matches):
                rest = rest[: m.start()] + " " + rest[m.end() :]
            if _CONCRETE().search(rest) or technology.find(rest):
                continue
            first, last = matches[0], matches[-1]
            span = posting.span_at(base + first.start(), base + last.end())
            if span.line != span.end_line:
                span = posting.span_at(base + first.start(), base + first.end())
            why, instead = self._explain(first, matcher)
            raws = [" ".join(m.group(0).split()) for m in matches]
            also = f" (also {', '.join(repr(r) for r in raws[1:])})" if len(raws) > 1 else ""
            yield self.finding(span, f"Vague requirement: {why}{also}", instead=instead)

    @staticmethod
    def _explain(match: re.Match, matcher: _VagueMatcher) -> tuple[str, str]:
        raw = " ".join(match.group(0).split())
        if match.groupdict().get("phrase"):
            phrase = matcher.phrases.get(_key(raw))
            if phrase is not None:
                return phrase.why, phrase.instead
            return _EXTRA_WHY.format(raw=raw), _EXTRA_INSTEAD
        return _GRADE_WHY.format(raw=raw), _GRADE_INSTEAD


# -- REQ002 ---------------------------------------------------------------------------------------
class TooManyRequirementsOptions(RuleOptions):
    max_required: int = Field(default=10, ge=1, description="Most required items before the rule fires")


class TooManyRequirements(Rule):
    """What it checks: more required items than `max-required` (default 10) in one posting.
    Options joined by "or" count once, and where the posting lists a set per level it hires at
    ("Elections Technician" / "Elections Specialist") only the longest set counts.

    Why it matters: long must-have lists put off qualified applicants, who tend to apply only when
    they meet nearly every line, and they hide which requirements the hiring team screens on.

    Example: a "Requirements" section with fourteen bullets, none marked as a plus.

    Instead: keep the few must-haves you screen on under "Requirements" and move the rest under
    "Nice to have".
    """

    code, name, severity = "REQ002", "too-many-requirements", Severity.WARNING
    summary = "More required items than applicants can reasonably meet"
    Options = TooManyRequirementsOptions

    def check(self, posting, options):
        required = [i for i in listed_requirements(posting) if i.priority is Priority.REQUIRED]
        if len(required) <= options.max_required:
            return
        required = _without_explanations(posting, required)
        # Options joined by "or" ("Four years as ... OR Three years as ...") are one way in among
        # several: together they count as one item.
        required = [i for n, i in enumerate(required)
                    if n == 0 or not _one_of_alternatives(posting, i.span.line, i.span.end_line)
                    or not _one_of_alternatives(posting, required[n - 1].span.line, required[n - 1].span.end_line)]
        # Sets for one of several levels ("Elections Technician", "Elections Specialist"): an
        # applicant meets one of them, so only the longest counts.
        groups = _group_of(posting)
        if groups:
            sizes: dict[int, int] = {}
            for item in required:
                if id(item) in groups:
                    sizes[groups[id(item)]] = sizes.get(groups[id(item)], 0) + 1
            if len(sizes) > 1:
                longest = max(sizes, key=sizes.get)
                required = [i for i in required if groups.get(id(i), longest) == longest]
        if len(required) <= options.max_required:
            return
        sections = posting.sections_of(SectionKind.REQUIREMENTS)
        span = next((s.heading_span for s in sections if s.heading_span is not None), None) or required[0].span
        span = Span(line=span.line, column=span.column, end_line=span.line,
                    end_column=span.end_column if span.end_line == span.line else len(posting.line_text(span.line)) + 1)
        yield self.finding(
            span,
            f"{len(required)} required items (more than {options.max_required}): applicants who meet most of them may not apply",
            instead="keep the must-haves you screen on and move the rest under 'Nice to have'",
        )


# -- REQ003 ---------------------------------------------------------------------------------------
class SeniorityMismatchOptions(RuleOptions):
    junior_max_years: float = Field(default=2, ge=0, description="Most years an intern/entry/junior role may ask for")
    senior_min_years: float = Field(default=3, ge=0, description="Fewest years a senior/staff/principal role should ask for")


class SeniorityExperienceMismatch(Rule):
    """What it checks: an intern, entry-level or junior role that demands more than
    `junior-max-years` (default 2) years of experience, or a senior, staff or principal role whose
    largest demand is fewer than `senior-min-years` (default 3) years.

    Why it matters: a junior title with a senior demand shuts out the people the title invites and
    signals senior work at junior pay; a senior title with a junior demand misleads both groups.

    Example: "Junior Data Analyst ... Requirements: 5+ years of SQL experience".

    Instead: match the title to the demand: "Data Analyst (entry level): up to 2 years of SQL", or
    retitle the role "Senior Data Analyst".
    """

    code, name, severity = "REQ003", "seniority-experience-mismatch", Severity.WARNING
    summary = "The years demanded do not fit the role's seniority"
    Options = SeniorityMismatchOptions

    def check(self, posting, options):
        experience = posting.facts.experience
        band = experience.band()
        demands = [d for d in experience.demands if d.priority is Priority.REQUIRED]
        if band is None or not demands:
            return
        level = next((m.raw for m in experience.seniority), band)
        if band == "junior":
            for d in demands:
                if d.minimum > options.junior_max_years and not _one_of_alternatives(posting, d.span.line, d.span.end_line):
                    # "Four years as ... OR Three years as ... OR (a degree)": one path among several
                    yield self.finding(
                        d.span,
                        f"'{level}' role asks for {d.raw}{_of(d.subject)}: more than the {_years(options.junior_max_years)} a junior role should ask",
                        instead=f"ask for at most {_years(options.junior_max_years)}, or give the role a senior title",
                    )
            return
        # Time in a named lower grade ("two years as a Chemist") builds on that grade's own
        # experience, so it says nothing about the total; a bare "2 years" without a subject neither.
        demands = [d for d in demands if not d.in_grade and (d.explicit or d.subject)]
        if not demands:
            return
        largest = max(demands, key=lambda d: d.maximum or d.minimum)
        if (largest.maximum or largest.minimum) < options.senior_min_years:
            yield self.finding(
                largest.span,
                f"'{level}' role asks for only {largest.raw}{_of(largest.subject)}: fewer than the {_years(options.senior_min_years)} a senior role usually needs",
                instead="state the experience the role really needs, or drop 'senior' from the title",
            )


def _years(n: float) -> str:
    n = int(n) if float(n).is_integer() else n
    return f"{n} year" if n == 1 else f"{n} years"


def _of(subject: str) -> str:
    subject = subject[:60].rstrip()
    return f" ({subject})" if subject else ""


def _without_explanations(posting: Posting, items: list[Item]) -> list[Item]:
    """``items`` without the sentences that explain the line above them: a short requirement with
    no end stop ("3+ years of engineering experience") followed on the next line by a paragraph of
    two or more sentences or 25 words ("Things move quickly in the data group. You'll need to ...")
    is one requirement, not three."""
    listed = posting.items(SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
    # the line above is itself a requirement, not a label over a list ("Personal Qualities")
    titles = {i.span.end_line for i in items
              if i.kind == "sentence" and len(i.text.split()) <= 12 and i.text.rstrip()[-1:] not in ".;:!?,"}
    if not titles:
        return items
    per_line: dict[int, list[Item]] = {}
    for item in listed:
        per_line.setdefault(item.span.line, []).append(item)
    explained = set()
    for line in titles:
        below = [i for i in per_line.get(line + 1, []) if i.kind == "sentence"]
        if below and (len(below) > 1 or len(below[0].text.split()) >= 25):
            explained.update(id(i) for i in below)
    return [i for i in items if id(i) not in explained]


def _group_of(posting: Posting) -> dict[int, int]:
    """id(item) -> the index of its section, for the items of requirement sections headed by a
    label that names no section kind: the sets of a posting that hires at one of several levels
    ("Elections Technician" / "Elections Specialist"), each listing its own qualifications."""
    groups = {}
    for n, section in enumerate(posting.sections):
        # a label over one line is a line of a list ("Advanced SQL" then "Tableau or equivalent")
        if section.kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED) and section.heading \
                and len(section.items) > 2 and classify_heading(section.heading, fuzzy=True) is None:
            groups.update((id(item), n) for item in section.items)
    return groups if len(set(groups.values())) > 1 else {}


_OR_LINE = lazy(r"^\W*or\W*$", re.I)
_OR_LEAD = lazy(r"^\W*or\b", re.I)
_OR_TAIL = lazy(r"\bor\W*$", re.I)


def _one_of_alternatives(posting: Posting, first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last`` are one of several options joined by "or": a line "OR"
    just before or after them (blank lines between allowed), or their text opens with "or" or the
    line before ends with it (civil-service postings list ways to qualify so)."""
    if _OR_LEAD().match(posting.line_text(first)) or _OR_TAIL().search(posting.line_text(last)):
        return True
    for number, step in ((first - 1, -1), (last + 1, 1)):
        lo, hi = posting.span.line, posting.span.end_line
        for _ in range(3):
            if not lo <= number <= hi:
                break
            text = posting.line_text(number)
            if text.strip():
                if _OR_LINE().match(text) or (step < 0 and _OR_TAIL().search(text)):
                    return True
                break
            number += step
    return False


# -- REQ004 ---------------------------------------------------------------------------------------
class ImpossibleExperience(Rule):
    """What it checks: a demand for N years of a technology released fewer than N years before the
    posting date (its posted date when stated, else `--today`), from the release years in
    rules/data/technologies.toml.

    Why it matters: nobody can meet it, so it screens out honest applicants and rewards those who
    stretch the truth; it also tells readers the requirements were not written with care.

    Example: "10+ years of experience with Kubernetes" in a posting dated 2024 (Kubernetes: 2014).

    Instead: ask for what is possible, or describe the depth: "3+ years running Kubernetes in
    production".
    """

    code, name, severity = "REQ004", "impossible-experience", Severity.ERROR
    summary = "Asks for more years of a technology than it has existed"

    def check(self, posting, options):
        year = reference_date(posting).year
        for d in posting.facts.experience.demands:
            for tech in d.technologies:
                if tech.released is None:
                    continue
                possible = year - tech.released
                if d.minimum > possible:
                    span = d.span
                    if tech.span.line == d.span.line:
                        a, b = sorted([(d.span.column, d.span.end_column), (tech.span.column, tech.span.end_column)])
                        span = Span(line=d.span.line, column=a[0], end_line=d.span.line, end_column=max(a[1], b[1]))
                    yield self.finding(
                        span,
                        f"asks for {d.raw} of {tech.name}, first released in {tech.released}: "
                        f"at most {_years(max(possible, 0))} are possible in {year}",
                        instead=f"ask for at most {_years(max(possible, 0))}, or describe the depth: 'has run {tech.name} in production'",
                    )
                    break


# -- REQ005 ---------------------------------------------------------------------------------------
class DegreeWithoutAlternative(Rule):
    """What it checks: a required degree (bachelor's, master's, PhD ...) with no alternative such as
    "or equivalent experience" anywhere in the requirements. Off by default.

    Why it matters: many capable people learned the work on the job; a hard degree filter shuts
    them out when the work does not need the degree, and some employers have dropped such filters.

    Example: "- Bachelor's degree in Computer Science"

    Instead: "- Bachelor's degree in Computer Science, or equivalent practical experience".
    """

    code, name, severity = "REQ005", "degree-without-alternative", Severity.INFO
    summary = "A degree is required with no equivalent-experience alternative"
    default_enabled = False

    def check(self, posting, options):
        for degree in posting.facts.experience.degrees:
            if degree.priority is Priority.REQUIRED and not degree.alternative and not degree.in_progress:
                yield self.finding(
                    degree.span,
                    f"'{degree.raw}' is required with no alternative: applicants who learned the work on the job are shut out",
                    instead=f"'{degree.raw} or equivalent practical experience'",
                )


# -- REQ006 ---------------------------------------------------------------------------------------
class DuplicateRequirementOptions(RuleOptions):
    min_overlap: float = Field(default=0.8, gt=0, le=1, description="Share of the shorter item's words the longer must contain")
    min_words: int = Field(default=2, ge=1, description="Fewest content words an item needs to be compared")


_STOPWORDS = frozenset(
    """a an the and or of in on at to for with from by as is are be been being this that these those your you our we
    their its it will would should can could must may have has having any all some such other into about over
    experience experienced ability able knowledge understanding skills skill strong excellent good solid proven
    demonstrated working work familiarity familiar proficiency proficient expertise plus bonus preferred required
    desired desirable highly nice ideally preferably strongly also including etc years year e.g i.e""".split()
)
_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*")


def _content_words(text: str) -> frozenset[str]:
    """The words that carry an item's meaning, normalised so that rewordings compare equal: small
    and generic words dropped, numbers without "+" ("5+" = "5"), technology aliases as one name
    from the requirement rules' technology table ("k8s" = "kubernetes"), plurals as singulars
    ("ledgers" = "ledger"). A stemmer library would catch more forms, but its import (~12 ms)
    would land on every one-file pre-commit run."""
    words = set()
    for w in _TOKEN.findall(text.lower()):
        if w in _STOPWORDS:
            continue
        if w[0].isdigit():
            words.add(w.rstrip("+"))
            continue
        name = _technology_name(w)
        if name is None and len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.add(name or w)
    return frozenset(words)


@functools.lru_cache(maxsize=1 << 14)
def _technology_name(word: str) -> str | None:
    """The canonical name (lower case) of the technology a one-word alias names, or None."""
    found = technology.lookup(word)
    return found.name.lower() if found is not None else None


class DuplicateRequirement(Rule):
    """What it checks: the same requirement listed twice, or in both the required and the preferred
    list: two items whose content words (ignoring small words, "experience", "strong" ...) mostly
    coincide (`min-overlap` of the shorter item's words, default 0.8). Items naming different amounts
    ("two years" / "four years") or different degree levels ("Master's" required, "PhD" preferred)
    are two requirements; a line that only introduces a list ("Skills required: 1.") is none.

    Why it matters: a repeated line makes the list longer without saying more, and one listed as
    both required and preferred leaves applicants guessing whether it is a must.

    Example: "- Experience with Kafka or Spark" under Requirements and "- Kafka or Spark experience"
    under Nice to have.

    Instead: keep it once, in the list where it belongs.
    """

    code, name, severity = "REQ006", "duplicate-requirement", Severity.WARNING
    summary = "The same requirement appears twice"
    Options = DuplicateRequirementOptions

    def check(self, posting, options):
        items = listed_requirements(posting)[:300]
        seen: list[tuple[frozenset[str], int, Item]] = []
        # Each test below only skips a pair, so the cheap word-set tests go first and the regex
        # ones (amounts, "or" links) run only for pairs that pass them, each item's once.
        amounts: dict[int, frozenset[str]] = {}
        or_end: dict[int, bool] = {}
        groups = _group_of(posting) if any(s.heading for s in posting.sections) else {}
        # Lines that start a higher grade's own criteria ("In Addition at the SES.3 Level").
        tiers = [i.span.line for s in posting.sections if s.kind in (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
                 for i in s.items if "level" in i.text.lower() and _TIER().search(i.text)]
        for n, item in enumerate(items):
            words = _content_words(item.text)
            if len(words) < options.min_words or _LIST_INTRO().search(item.text):
                continue  # "Skills and Abilities Required: 1." introduces a list; it asks nothing
            for earlier_words, m, earlier in seen:
                common = len(words & earlier_words)
                if common / min(len(words), len(earlier_words)) < options.min_overlap:
                    continue
                if common / len(words | earlier_words) < 0.6 or min(len(words - earlier_words), len(earlier_words - words)) > 1:
                    continue  # siblings ("BLS certificate" / "ACLS certificate"): each names its own thing
                if groups.get(id(item), -1) != groups.get(id(earlier), -1) and id(item) in groups and id(earlier) in groups:
                    continue  # the same line in the sets of two levels: each level asks it once
                if any(earlier.span.line < t <= item.span.line for t in tiers):
                    continue  # a higher grade asks more of the same skill
                if earlier.priority is not item.priority and _grades(earlier.text) != _grades(item.text):
                    continue  # "You know what these are" required, "deep experience with these" preferred
                for k in (m, n):
                    if k not in amounts:
                        amounts[k] = _amounts(items[k].text)
                if amounts[m] != amounts[n] or _alternatives(items, m, n, or_end) or (
                        _one_of_alternatives(posting, item.span.line, item.span.end_line)
                        and _one_of_alternatives(posting, earlier.span.line, earlier.span.end_line)):
                    continue  # "Two years as ..." vs "Four years as ...", or options joined by "or"
                levels, earlier_levels = _degree_levels(item.text), _degree_levels(earlier.text)
                if levels and earlier_levels and levels != earlier_levels:
                    continue  # "Master's degree in ..." required, "PhD in ..." preferred: two levels
                if earlier.priority is not item.priority:
                    message = (f"also listed as {earlier.priority.value} on line {earlier.span.line}, and as "
                               f"{item.priority.value} here: applicants cannot tell whether it is a must")
                elif earlier.span.line == item.span.line:
                    message = f"repeats the requirement earlier on this line (column {earlier.span.column})"
                else:
                    message = f"repeats the requirement on line {earlier.span.line}"
                yield self.finding(_first_line(posting, item.span), message, instead="keep it once, in the list where it belongs")
                break
            else:
                seen.append((words, n, item))


# A line that opens a grade's own criteria: "In Addition at the SES.3 Level", "Level II:".
_TIER = lazy(r"\b(?:at|for)\s+the\s+[\w.-]+\s+level\b|^\W*level\s+[\w.-]{1,6}\W*$", re.I)
# How much of a skill an item asks: two items that differ in it are two levels, not one item twice.
_GRADE = lazy(r"\b(?:deep|extensive|expert|advanced|strong|solid|significant|basic|some|working|familiar\w*|exposure|"
              r"know|knowledge|understanding|proficien\w*|mastery|hands-on)\b", re.I)


def _grades(text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in _GRADE().findall(text))


_LIST_INTRO = lazy(r":\s*(?:\d{1,2}[.)]?|[a-z][.)])?\s*$")
# Degree levels, so that a required master's and a preferred PhD in the same field are two items.
_DEGREE_LEVEL = lazy(
    r"\b(?:(?P<hs>high school|ged)|(?P<assoc>associate'?s?)|(?P<bach>bachelor'?s?|b\.?[as]\.?|bsc)|"
    r"(?P<mast>master'?s?|m\.?s\.?|msc|mba|m\.?a\.?)|(?P<doc>ph\.?d\.?|doctorate|doctoral))(?![\w])",
    re.I,
)


def _degree_levels(text: str) -> frozenset[str]:
    return frozenset(m.lastgroup for m in _DEGREE_LEVEL().finditer(text))


_OR_END = lazy(r"\bor\s*[.;,:]?\s*$", re.I)
_OR_START = lazy(r"^\s*or\b", re.I)
_AMOUNT = lazy(r"\b(?:\d+(?:\.\d+)?|" + "|".join(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty eighteen".split()) + r")\b", re.I)


def _amounts(text: str) -> frozenset[str]:
    return frozenset(a.lower() for a in _AMOUNT().findall(text))


def _alternatives(items: list[Item], first: int, second: int, or_end: dict[int, bool]) -> bool:
    """Items joined by "or" (numbered options, as in civil-service postings) are alternatives.
    ``or_end``: whether item k ends in "or", filled in as items are read (one search per item)."""
    for k in range(first, second):
        if k not in or_end:
            or_end[k] = _OR_END().search(items[k].text) is not None
        if or_end[k]:
            return True
    return _OR_START().match(items[second].text) is not None


def _first_line(posting: Posting, span: Span) -> Span:
    if span.end_line == span.line:
        return span
    return Span(line=span.line, column=span.column, end_line=span.line, end_column=len(posting.line_text(span.line)) + 1)


# -- REQ007 ---------------------------------------------------------------------------------------
_ASKING_LINE = lazy(
    r"\b(?:\d+\s*\+?\s*years|experience\s+(?:with|in|of|using|building|\w+ing)|proficien\w*|knowledge\s+of|"
    r"familiar(?:ity)?\s+with|degree\s+in|you\s+(?:have|bring|are|will\s+have)|skills\s+in|strong\s+\w+\s+skills|"
    r"understanding\s+of|expertise\s+in|ability\s+to|has\s+(?:a\s+)?(?:strong|deep|solid|hands-on|experience)|"
    # other languages seen in postings: French, German, Dutch, Spanish
    r"tu\s+as|tu\s+es|vous\s+avez|connaissances?|comp[ée]tences|erfahrung|kenntnisse|ervaring|kennis|experiencia|conocimientos?)\b",
    re.I,
)


_STATES_REQUIREMENT = lazy(
    r"\b(?:minimum|required|basic|mandatory)\s+(?:qualifications?|requirements?)\b"
    r"|\b(?:degree|diploma|ged|licen[cs]e|certificat\w*|years?|yrs|experience)\b[^.;\n]{0,80}?\b(?:required|mandatory)\b"
    r"|\b(?:requires?|must\s+(?:have|possess|hold))\b[^.;\n]{0,60}?\b(?:degree|diploma|years?|licen[cs]e|experience)\b"
    r"|\b(?:a\s+)?minimum\s+of\s+\w+\s+(?:\(\d+\)\s+)?years?\b|\bat\s+least\s+\w+\s+(?:\(\d+\)\s+)?years?\s+of\b"
    r"|\b(?:master|bachelor)(?:['’]?s)?\s*\+\s*\d|\bph\.?d\.?\s*\+\s*\d",
    re.I,
)
# Sections whose sentences are not the posting's own requirements: a questionnaire's questions,
# legal notices, benefits, the company. (A status banner read as a how-to-apply heading, "OPEN
# UNTIL FILLED - APPLICATION REVIEW BEGINS IMMEDIATELY", may head the duties and requirements.)
_NOT_ASKING = frozenset({SectionKind.QUESTIONS, SectionKind.NOTICES, SectionKind.BENEFITS, SectionKind.ABOUT,
                         SectionKind.COMPENSATION})


class NoRequirements(Rule):
    """What it checks: a posting that lists responsibilities but no requirements: no requirements
    or qualifications section, no "Requires ..." sentence, no years or degree demanded, and no
    sentence stating one ("PhD Degree is mandatory", "A minimum of 3 years of experience").

    Why it matters: applicants cannot tell whether they qualify, so the wrong people apply and the
    right ones hold back.

    Example: a posting with "What you'll do" bullets and then only "Benefits".

    Instead: add a "Requirements" section with the few must-haves: "- 2+ years building data
    pipelines in Python".
    """

    code, name, severity = "REQ007", "no-requirements", Severity.WARNING
    summary = "Responsibilities are listed but no requirements"

    def check(self, posting, options):
        if not posting.items(SectionKind.RESPONSIBILITIES):
            return
        if requirement_items(posting) or posting.sections_of(SectionKind.REQUIREMENTS) or posting.sections_of(SectionKind.PREFERRED):
            return
        experience = posting.facts.experience
        if experience.demands or experience.degrees:
            return
        # A requirement stated in a sentence of its own ("PhD Degree is mandatory", "Two (2) years
        # of office experience ... required") under a heading that names no requirements.
        if any(_STATES_REQUIREMENT().search(item.text) for section in posting.sections
               if section.kind not in _NOT_ASKING for item in section.items):
            return
        # Requirements under a heading the parser did not know still count: look for lines that ask.
        # Duties rarely say "experience with", "knowledge of" or "proficient in", so three such
        # phrases anywhere mean the requirements are there under a heading the parser did not know.
        if len(_ASKING_LINE().findall(posting.text, 0, 200_000)) >= 3:
            return
        yield self.finding(
            posting.anchor(),
            "the posting says what the job does but not what it needs from applicants",
            instead="add a 'Requirements' section: '- 2+ years building data pipelines in Python'",
        )


# -- REQ008 ---------------------------------------------------------------------------------------
class LaundryListOptions(RuleOptions):
    max_technologies: int = Field(default=8, ge=1, description="Most technologies one item may name")


# The item offers the names as options, not as a list to meet in full: "experience with one or more
# of the following tools: ...", "any of", "at least one of".
_ANY_OF = lazy(r"\b(?:one\s+or\s+more|any|at\s+least\s+one|any\s+combination|either)\s+of\b", re.I)


class LaundryList(Rule):
    """What it checks: one requirement item naming more than `max-technologies` (default 8)
    different technologies. An item that offers them as options ("one or more of", "any of",
    "at least one of") is not a list to meet in full.

    Why it matters: a long list of tools in one line reads as "all of these", hides which ones
    matter and puts off applicants who know most of them but not all.

    Example: "- Python, Java, Go, Rust, Kafka, Spark, Airflow, dbt, Snowflake and Kubernetes"

    Instead: name the two or three tools the work needs every day and group the rest as
    "similar tools (e.g. Airflow or Dagster)", or move them under "Nice to have".
    """

    code, name, severity = "REQ008", "laundry-list", Severity.INFO
    summary = "One requirement names too many technologies"
    Options = LaundryListOptions

    def check(self, posting, options):
        starts = technology.line_starts(posting)
        for item in requirement_items(posting):
            # The names technology.in_item would give, without building a span per mention.
            located = technology.locate(posting, item, starts)
            if located is None:
                continue
            names = list(dict.fromkeys(tech.name for _, _, tech in technology.find(located[1])))
            if len(names) > options.max_technologies and not _ANY_OF().search(located[1]):
                yield self.finding(
                    _first_line(posting, item.span),
                    f"one requirement names {len(names)} technologies ({', '.join(names[:5])}, ...): applicants cannot tell which matter",
                    instead="name the two or three used every day; group the rest as 'similar tools' or move them under 'Nice to have'",
                )
