"""Language rules (LANG): wording that excludes, codes the job by gender, or oversells it.

Every rule here skips words that are mentioned rather than used: inside an equal-opportunity or
diversity statement ("without regard to age, marital status"), inside double quotes (a product or a
quoted phrase) or inside the company's name ("Delivery Hero").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from postlint.extract.readability import ADDRESS as _ADDRESS
from postlint.ingest.split import ROLE_WORDS
from postlint.model import SectionKind, Severity
from postlint.rule import WRITTEN_ZONES, Field, Rule, RuleOptions
from postlint.rules._context import Context, data, word_pattern
from postlint.scan.candidates import LazyPattern
from postlint.scan.textscan import lazy

_REQUIREMENT_SECTIONS = {SectionKind.REQUIREMENTS, SectionKind.PREFERRED}


# Compiled on first use (textscan.lazy): most postings never need these.
_asking = lazy(
    r"\b(?:must|should|required|requires?|requirement|looking for|seeking|ideal(?:ly)?|candidates?|applicants?|"
    r"you are|you're|you’re|we want|we need|only|preferred|prefer|please|wanted)\b",
    re.I,
)
# What every _asking match begins with, in folded text (Context.sentence_has).
_ASKING_STARTS = ("must", "should", "requir", "looking for", "seeking", "ideal", "candidate", "applicant", "you are",
                  "you're", "you’re", "we want", "we need", "only", "prefer", "please", "wanted")


_applying = lazy(r"\b(?:resume|résumé|cv|application|apply|applying|cover letter|submit)\b", re.I)


_negated = lazy(r"(?:\bnot|n't|n’t|\bover|instead of|rather than|beyond|\bno|\bnever)\W+(?:\w+\W+){0,2}$", re.I)


# -- LANG001 -------------------------------------------------------------------------------------------

# The rules' word-list patterns are LazyPatterns: Context.finditer compiles one only for a posting
# that has one of the words its matches start with (each compile costs 0.1-0.3 ms at every start).

_PRONOUN = LazyPattern(
    r"\b(?:s/he|he/\s*she|she/\s*he|his/\s*her|her/\s*his|him/\s*herself|him/\s*her|he or she|she or he|his or her|her or his|him or her|"
    r"himself|herself|he|him|his|she|her|hers)\b",
    re.I,
)
_CANDIDATE = LazyPattern(
    r"\b(?:candidates?|applicants?|incumbents?|(?:new |the )hire|(?:the|an|this|each|every|new) employee|appointees?|trainees?|interns?|"
    r"the (?:successful|ideal|right|selected) (?:\w+ ){0,2}?(?:candidate|applicant|person|individual|hire)|"
    r"this (?:role|position)|the (?:role|position) holder)\b",
    re.I,
)
# Words that name the hire for certain (not "an employee", which a colleague's profile uses too).
_NAMES_THE_HIRE = re.compile(
    r"\b(?:candidates?|applicants?|incumbents?|new hire|appointees?|trainees?|successful|ideal|selected|role holder)\b", re.I
)
_NEVER = re.compile(r"(?!)")
_PAIRED_SUBJECTS = frozenset({"he/she", "she/he", "s/he", "he or she", "she or he"})
# A paired form ("his/her", "he or she") stands for someone not yet known, so in a sentence about
# employees it is the hire; a single "she" near "our employees" is usually a named colleague
# ("Employee of the Month: Sarah ... She ...").
_EMPLOYEES = LazyPattern(r"\bemployees?\b", re.I)


# A sentence opening with a bare capitalised word (and maybe a second one) and then a verb: "Sarah is
# ...", "Dana joined ...", "Kaylie Smith exemplifies ...". Common nouns open a sentence with a
# determiner ("The analyst is"), so a bare one is a name unless it is a function or role word.
_NAMED_OPENING = re.compile(
    r"(?:(?<=[.!?:•])\s+|\n)[\"“‘']?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+"
    r"(?:is|was|has|had|does|did|joined|[a-z]{2,}(?:s|ed))\b"
)
_NOT_NAMES = frozenset(
    "the this that these those our your their its we you they it he she his her each every any all "
    "some no there here what who when where if as in on at for with to by from please must should will "
    "may can candidate candidates applicant applicants employee employees incumbent position role job "
    "team company duties work everyone someone anyone successful ideal selected new".split()
)


def _named_subject_before(text: str, sentence_start: int, pronoun_start: int, title: str | None) -> bool:
    """Whether the sentence holding a pronoun, or one of the two before it, opens with a person's name:
    a single "she" or "his" then refers to that person (a colleague's profile), not to the hire."""
    lo = max(0, sentence_start - 600)
    window = ("\n" if lo == 0 else "") + text[lo:pronoun_start]
    names = [m.group(1) for m in _NAMED_OPENING.finditer(window)][-3:]
    if not names:
        return False
    title_words = {w.lower() for w in re.findall(r"[A-Za-z]+", title or "")}
    return any(n.lower() not in _NOT_NAMES and n.lower() not in ROLE_WORDS and n.lower() not in title_words
               for n in names)


def _title_noun(posting) -> re.Pattern:
    """The job's own noun ("Officer" of "Tax Compliance Officer"): "a Tax Compliance Officer may
    furnish his own car" is about the hire."""
    words = re.findall(r"[A-Za-z]{4,}", (posting.title or "").split("(")[0])
    return re.compile(r"\b%ss?\b" % re.escape(words[-1]), re.I) if words else _NEVER


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


_ROLE_SECTIONS = {SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.RESPONSIBILITIES}


class GenderedPronoun(Rule):
    """What it checks: "he", "him", "his", "she" or "her" (or "he/she", "his or her") used for the
    person who will get the job: in the duties or requirements, or in a sentence about the candidate.

    Why it matters: a pronoun for the future hire tells readers of other genders the job was written
    with someone else in mind, and "he or she" still leaves people out.

    Example: "The successful candidate will report to the CTO; he will own the data platform."

    Instead: address the reader ("you will own the data platform") or use "they".
    """

    code, name, severity = "LANG001", "gendered-pronoun", Severity.WARNING
    summary = "A gendered pronoun refers to the candidate"

    def check(self, posting, options):
        ctx = Context.of(posting)
        candidates = title_nouns = employees = None
        for match in ctx.finditer(_PRONOUN):
            start, end = match.span()
            if ctx.excluded(start, end):
                continue
            a, b = ctx.sentence(start, end)
            word = match.group(0)
            opens_sentence = not any(c.isalnum() for c in ctx.text[a:start])  # after "- " or "1." too
            if word[0].isupper() and not opens_sentence and word.isalpha():
                continue  # "Hims & Hers": capitalised mid-sentence, a name ("He/she" never is)
            if candidates is None:
                # Where the candidate is named, found once (and only for a posting with a pronoun to
                # judge): each pronoun then looks them up by position.
                candidates = [m.start() for m in ctx.finditer(_CANDIDATE)]
                title_nouns = [m.start() for m in ctx.finditer(_title_noun(posting))]
                employees = [m.start() for m in ctx.finditer(_EMPLOYEES)]
            paired = not word.isalpha()  # "his/her", "he or she", "s/he"
            if (
                not paired
                and _named_subject_before(ctx.text, a, start, posting.title)
                and not _NAMES_THE_HIRE.search(ctx.text, a, b)
            ):
                continue  # "Sarah Miller provides ... She is patient": a named colleague, not the hire
            # "He/she will ..." or "He or she will ..." opening a sentence of a posting stands for the
            # hire; so does a pronoun shortly after the candidate or the job's noun is named.
            about_candidate = (
                (opens_sentence and " ".join(word.lower().split()).replace("/ ", "/") in _PAIRED_SUBJECTS)
                or _any_between(candidates, max(0, a - 200), b)
                or _any_between(title_nouns, a, b)
                or (paired and self._about_a_worker(ctx, a, b, employees))
            )
            if not (about_candidate or ctx.section_kind(start) in _ROLE_SECTIONS):
                continue
            yield self.finding(
                ctx.span(start, end),
                (f"'{' '.join(word.split())}' allows only a man or a woman as the person you will hire" if paired
                 else f"'{word}' assumes the gender of the person you will hire"),
                instead='address the reader ("you will") or use "they"',
            )

    @staticmethod
    def _about_a_worker(ctx, a: int, b: int, employees: list[int]) -> bool:
        """The sentence (with the lines before it when line breaks cut the sentence) names employees or
        a role ("the civil service employee ... his/her", "the Analytics Engineer ... he/she")."""
        for _ in range(3):  # a sentence wrapped over lines: up to three lines back
            before = ctx.text[max(0, a - 400) : a].rstrip()
            if not before or before[-1] in ".!?:;":
                break
            end = a - (a - max(0, a - 400) - len(before))
            a = ctx.sentence(end - 1, end)[0]
        if _any_between(employees, a, b):
            return True
        words = {w.strip(".,;:()[]'\"").lower() for w in ctx.text[a:b].split()}
        return not words.isdisjoint(ROLE_WORDS)


# -- LANG002 -------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@lru_cache(maxsize=1)
def _gender_lists():
    words = data("gendered_words")
    not_coded = words["exceptions"] + words["work_words"]
    exact = {w for w in not_coded if not w.endswith("*")}
    prefixes = tuple(w[:-1] for w in not_coded if w.endswith("*"))
    phrases = word_pattern([re.escape(p).replace(r"\ ", r"\s+") for p in words["phrase_exceptions"]])
    return tuple(words["masculine"]), tuple(words["feminine"]), exact, prefixes, phrases


def _coded_kind(token: str) -> str | None:
    """"m" for a masculine-coded word, "f" for a feminine-coded one, None otherwise (or excepted)."""
    return _token_kind(token)


def _token_kind(token: str) -> str | None:
    masculine, feminine, exact, prefixes, _ = _gender_lists()
    word = token.lower().replace("’", "'")
    if word in exact or word.startswith(prefixes):
        return None
    if word.startswith(masculine):
        return "m"
    if word.startswith(feminine):
        return "f"
    return None


# Non-ASCII characters whose folded form is an ASCII letter (see postlint.scan.textscan.folded).
_FOLDS_TO_ASCII = ("İ", "ı", "ſ", "\u212a")


def _coded(tokens) -> set[str]:
    """The coded words among ``tokens``, each distinct word classified once."""
    return {token for token in set(tokens) if _token_kind(token) is not None}


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _token_at(text: str, start: int, token: str) -> bool:
    """Whether ``_TOKEN.finditer(text)`` yields ``token`` at ``start`` (found there by ``str.find``)."""
    end = start + len(token)
    if end < len(text) and text[end] in _TOKEN_CHARS:
        return False  # the token runs on
    i = start
    while i > 0 and text[i - 1] in "'’-":
        i -= 1  # apostrophes and hyphens continue a token before them, but cannot start one
    return i == 0 or text[i - 1] not in _LETTERS


def _addresses(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
    """``list(_ADDRESS.finditer(text))``, trying the pattern only where an address can start: at "](",
    "http", "www.", or at the start of the whitespace-delimited run before an "@" (the e-mail
    alternative's ``(?<!\\S)[^\\s@]{1,64}@``). Scanning every position costs ~0.4 ms a posting.
    With ``lo`` and ``hi``, the lines that ``text[lo:hi]`` spans (``lo`` a line's start, ``hi`` a
    line's end): an address holds no whitespace, so it lies within one line, and those lines'
    addresses are the same whether the rest of the text is scanned or not."""
    hi = len(text) if hi is None else hi
    starts = set()
    for marker in ("](", "http", "www."):
        i = text.find(marker, lo, hi)
        while i >= 0:
            starts.add(i)
            i = text.find(marker, i + 1, hi)
    at = text.find("@", lo, hi)
    while at >= 0:
        i = at
        while i > 0 and not text[i - 1].isspace() and at - i <= 64:
            i -= 1
        starts.add(i)
        at = text.find("@", at + 1, hi)
    matches, end = [], 0
    for start in sorted(starts):
        if start >= end:
            match = _ADDRESS.match(text, start)
            if match is not None:
                matches.append(match)
                end = match.end()
    return matches


def coded_words(ctx: Context) -> tuple[list[re.Match], list[re.Match], int]:
    """Masculine- and feminine-coded word matches and the number of words counted."""
    text = ctx.text
    if text.isascii() or not any(c in text for c in _FOLDS_TO_ASCII):
        # The posting's shared word index has these words: tokenised in the folded text, which has the
        # same letters where the text has none of the characters that fold to ASCII letters.
        index = ctx.words
        scanned, tokens, total = index.folded, index.vocabulary, len(index.tokens)
    else:
        scanned = text
        tokens = _TOKEN.findall(text)
        total = len(tokens)
    # Each distinct word is classified once; only the coded ones are then found in the text (most
    # postings have a few dozen of them among a thousand words).
    found = []
    for token in _coded(tokens):
        i = scanned.find(token)
        while i >= 0:
            if _token_at(scanned, i, token):
                found.append(i)
            i = scanned.find(token, i + len(token))
    if not found:
        return [], [], total
    found.sort()
    skip: set[int] = set()
    # Words inside addresses (URL slugs) and the title ("Lead Analytics Engineer": a grade, not a
    # trait) are not wording an applicant reads as tone.
    # Addresses only on the lines holding a coded word (the only places where skipping matters):
    # a few short scans instead of four of the whole text.
    starts, regions = ctx.line_starts, []
    for start in found:
        k = bisect_right(starts, start) - 1
        lo, hi = starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(text))
        if regions and regions[-1][1] >= lo - 1:
            regions[-1][1] = hi  # the same line, or the next one
        else:
            regions.append([lo, hi])
    for lo, hi in regions:
        for address in _addresses(text, lo, hi):
            skip.update(m.start() for m in _TOKEN.finditer(text, address.start(), address.end()))
    title = ctx.posting.title_span
    if title is not None and title.line == title.end_line:
        i = title.line - ctx.posting.first_line
        if 0 <= i < len(ctx.line_starts):
            a = ctx.line_starts[i] + title.column - 1
            skip.update(m.start() for m in _TOKEN.finditer(text, a, a + title.end_column - title.column))
    _, _, _, _, phrases = _gender_lists()
    for phrase in ctx.finditer(phrases):
        skip.update(m.start() for m in _TOKEN.finditer(text, phrase.start(), phrase.end()))
    masc, fem = [], []
    for start in found:
        if start in skip:
            continue
        token = _TOKEN.match(text, start)
        if not ctx.excluded(start, token.end()):
            (masc if _coded_kind(token.group(0)) == "m" else fem).append(token)
    return masc, fem, total


class GenderCodedWording(Rule):
    """What it checks: the share of masculine-coded words (Gaucher, Friesen & Kay 2011: "competitive",
    "dominant", "ambitious", ...) clearly exceeds the share of feminine-coded ones ("collaborative",
    "supportive", ...). Words used in their job sense ("responsibilities", "analytics", "individuals",
    "competitive salary"), words that name the work rather than the person ("analytical",
    "decisions", "lead", "challenging", "independently") and words inside an EEO statement do not
    count.

    Why it matters: the study found that masculine-coded adverts made women find the job less
    appealing and feel they belonged less, while men were hardly affected by feminine wording.

    Example: "We want a driven, fearless, competitive self-starter to dominate the market."

    Instead: describe the work and the team plainly, balancing with words such as "collaborative",
    "supportive" or "committed" where they are true.
    """

    code, name, severity = "LANG002", "gender-coded-wording", Severity.INFO
    summary = "Masculine-coded words clearly outweigh feminine-coded ones"

    class Options(RuleOptions):
        min_rate_difference: float = Field(0.005, description="Masculine minus feminine share of words (0.01 = 1 point)")
        min_masculine_words: int = Field(3, description="Fewest masculine-coded words for a finding")

    def check(self, posting, options):
        if not posting.facts.readability.english:
            return  # the stems are English
        ctx = Context.of(posting)
        masc, fem, total = coded_words(ctx)
        if not total or len(masc) < options.min_masculine_words:
            return
        masc_rate, fem_rate = len(masc) / total, len(fem) / total
        if masc_rate - fem_rate < options.min_rate_difference or len(masc) < 2 * len(fem):
            return

        def listing(matches):
            shown = [f"{m.group(0)} (line {ctx.span(m.start(), m.end()).line})" for m in matches[:8]]
            return ", ".join(shown) + (f" and {len(matches) - 8} more" if len(matches) > 8 else "")

        first = masc[0]
        yield self.finding(
            ctx.span(first.start(), first.end()),
            f"masculine-coded words are {masc_rate:.1%} of the words, feminine-coded {fem_rate:.1%}: "
            f"{listing(masc)}" + (f"; feminine: {listing(fem)}" if fem else ""),
            instead="replace some masculine-coded words with plain descriptions of the work",
        )


# -- LANG003 -------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _protective():
    """A protection or data practice stated before a match in its sentence (see exclusionary.toml)."""
    return re.compile(r"\b(?:%s)\b" % "|".join(data("exclusionary")["protective"]["before"]), re.I)


def _exclusionary():
    # Compiled when first used: most postings have none of most of these phrases' first words.
    return [(LazyPattern(r"(?<![\w-])(?:%s)(?![\w-])" % p["pattern"], re.I), p) for p in data("exclusionary")["phrase"]]


class ExclusionaryRequirement(Rule):
    """What it checks: requirements that stand in for age or national origin ("digital native",
    "recent graduate", "young and energetic", "native English speaker", upper age limits), "culture
    fit", and requests for a photo, marital status or age. Mentions inside an equal-opportunity
    statement ("without regard to age, marital status"), after a protection in the same sentence
    ("will not request your date of birth", "you may redact your age") or in a privacy notice
    ("the personal information of minors under 16 years of age") are not flagged.

    Why it matters: these screen people out for who they are, not what they can do; in many
    jurisdictions such requirements may be unlawful discrimination.

    Example: "Requirements: native English speaker, recent graduate. Please attach a photo to your CV."

    Instead: state the skill or level actually needed: "fluent written and spoken English",
    "0-2 years of experience", and ask only for a resume.
    """

    code, name, severity = "LANG003", "exclusionary-requirement", Severity.ERROR
    summary = "A requirement stands in for age or origin, or asks for a photo or marital status"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        ctx = Context.of(posting)
        seen: set[int] = set()
        words = ctx.words.words
        for pattern, entry in _exclusionary():
            # `needs` in the data: words one of which every match holds (runs of ASCII letters in
            # the folded text, as the word index keeps them). The photo pattern's leading verbs
            # ("with", "include") are in nearly every posting and cost ~25 us a posting to look up;
            # a photo word is in 1 posting in 80.
            if "needs" in entry and words.isdisjoint(entry["needs"]):
                continue
            for match in ctx.finditer(pattern):
                start, end = match.span()
                if start in seen or ctx.excluded(start, end):
                    continue
                sentence = ctx.sentence_text(start, end)
                context = entry.get("context", "any")
                if context == "requirement" and not (
                    ctx.section_kind(start) in _REQUIREMENT_SECTIONS or _asking().search(sentence)
                ):
                    continue
                if context == "application" and not _applying().search(sentence):
                    continue
                if entry.get("proper_names_ok") and match.group(0)[:1].isupper() and not ctx.is_title(start) \
                        and ctx.sentence(start, end)[0] != start:
                    continue  # "Pathways Recent Graduates program": a named programme, not a preference
                if _negated().search(ctx.text[max(0, start - 40) : start]):
                    continue  # "values craft over culture fit", "not a culture fit hire"
                if _protective().search(ctx.text, ctx.sentence(start, end)[0], start):
                    continue  # "will not request your age", "you may redact your date of birth"
                seen.add(start)
                yield self.finding(
                    ctx.span(start, end),
                    f"'{match.group(0)}': {entry['what']}",
                    instead=entry["instead"],
                )


# -- LANG004 -------------------------------------------------------------------------------------------


_job_word = lazy(  # compiled on first use: most postings never need it
    r"(?:engineers?|developers?|designers?|analysts?|programmers?|coders?|marketers?|scientists?|"
    r"managers?|writers?|admins?|administrators?|recruiters?|sellers?|salespeople|architects?|hackers?)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _hype():
    words = data("hype_words")
    return (word_pattern([re.escape(w).replace(r"\ ", r"[ -]?") for w in words["words"]]),
            {w.lower() for w in words["product_context"]}, frozenset(words.get("product_following", ())))


_people_cue = lazy(r"\b(?:you|you're|you’re|your|join|team of|who|people|person|hire|hiring)\b", re.I)
_PEOPLE_STARTS = ("you", "join", "team of", "who", "people", "person", "hir")  # what every match begins with


class HypeTitle(Rule):
    """What it checks: "ninja", "rockstar", "guru", "wizard", "hero", "superstar" and the like in the
    job title, in what the posting asks of the candidate, or anywhere it describes the people it
    wants ("join our team of ninjas", "rockstar developers"). Company and product names ("Delivery
    Hero", a quoted "Guru"), and feature names ("setup wizard") are not flagged.

    Why it matters: hype titles say little about the work, search poorly, and read as a signal of a
    young, male-dominated culture, which puts many qualified people off applying.

    Example: "Python Ninja wanted: you are a rockstar who ships fast."

    Instead: use the plain title people search for: "Senior Python Developer".
    """

    code, name, severity = "LANG004", "hype-title", Severity.WARNING
    summary = "A hype word (ninja, rockstar, guru...) for the job or the people it wants"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        ctx = Context.of(posting)
        pattern, product_words, thing_words = _hype()
        for match in ctx.finditer(pattern):
            start, end = match.span()
            word = match.group(0)
            if ctx.excluded(start, end):
                continue
            before = ctx.text[max(0, start - 40) : start].lower().split()
            if before and before[-1].strip("\"'(") in product_words:
                continue
            after = ctx.text[end : end + 20].lower().split()
            if after and after[0].strip(".,;:)") in thing_words:
                continue  # "hero image", "wizard dialog": a thing, not a person
            if _negated().search(ctx.text[max(0, start - 40) : start]):
                continue  # "no rock stars!", "not a ninja"
            in_title = ctx.is_title(start)
            if not in_title and self._is_name(ctx, start, end):
                continue
            asking = ctx.section_kind(start) in _REQUIREMENT_SECTIONS or ctx.sentence_has(_asking(), _ASKING_STARTS, start, end)
            # In the body: a hype word for a person ("join our team of ninjas", "you're a rockstar",
            # "a coding guru", "rockstar developers"), not a product's "setup wizard".
            about_people = not (in_title or asking) and (
                bool(_job_word().match(ctx.text, end + 1)) or ctx.sentence_has(_people_cue(), _PEOPLE_STARTS, start, end)
            )
            if not (in_title or asking or about_people):
                continue
            where = "title" if in_title else "requirements" if asking else "posting"
            yield self.finding(
                ctx.span(start, end),
                f"'{word}' in the {where} is hype: say what the job is",
                instead='the plain, searchable title: "Senior Python Developer"',
            )

    @staticmethod
    def _is_name(ctx: Context, start: int, end: int) -> bool:
        """A capitalised word beside another capitalised word, mid-sentence, is a name ("Delivery
        Hero Group") unless the neighbour is a job word ("Rockstar Engineer")."""
        if not ctx.text[start].isupper():
            return False
        a, _ = ctx.sentence(start, end)
        before = ctx.text[a:start].split()
        after = ctx.text[end : end + 40].split()
        neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
        for neighbour in neighbours:
            clean = neighbour.strip(",.;:()\"'")
            if clean[:1].isupper() and not _job_word().match(clean):
                return True
        return False


# -- LANG005 -------------------------------------------------------------------------------------------


_perk_cue = lazy(r"\b(?:perks?|benefits?|we offer|offer|enjoy|free|unlimited|stocked|on tap|fridays?|weekly|catered)\b", re.I)


@lru_cache(maxsize=1)
def _culture():
    flags = data("culture_flags")
    return (
        word_pattern(flags["phrases"]),
        LazyPattern(flags["fast_paced"], re.I),
        word_pattern(flags["overtime"]),
        word_pattern(flags["hollow_perks"]),
    )


@lru_cache(maxsize=1)
def _availability():
    """Patterns that judge an availability phrase ("always on", "available 24/7") where it is found:
    the phrase itself, a service as its subject just before it, a thing it describes just after."""
    flags = data("culture_flags")
    return (
        re.compile(r"^(?:%s)$" % "|".join(flags["availability"]), re.I),
        re.compile(r"\b(?:%s)\b[^.;:!?\n]{0,40}$" % "|".join(flags["service_subjects"]), re.I),
        re.compile(r"^\W{0,2}(?:%s)\b" % "|".join(flags["described_things"]), re.I),
    )


class CultureRedFlag(Rule):
    """What it checks: phrases that warn of overwork or a closed culture ("work hard, play hard",
    "we're like a family", "hit the ground running", "wear many hats"), "fast-paced" together with
    overtime words ("fast-paced, late nights"), and hollow perks (beer, foosball, ping pong) offered
    as benefits. "Competitive salary" and "talent pool" are not flags, nor is availability said of a
    service or a system ("help is available 24/7", "always-on production systems").

    Why it matters: experienced applicants read these as long hours, blurred boundaries and no
    onboarding; people with caring duties or disabilities read them as "not for you".

    Example: "We work hard and play hard: a fast-paced team that stays late. Perks: beer on tap."

    Instead: state the real hours, the onboarding, and benefits people value (pay, leave, health).
    """

    code, name, severity = "LANG005", "culture-red-flag", Severity.INFO
    summary = "A phrase that signals overwork or a closed culture, or hollow perks as benefits"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        ctx = Context.of(posting)
        phrases, fast_paced, overtime, perks = _culture()
        availability, service_subject, described_thing = _availability()
        for match in ctx.finditer(phrases):
            start, end = match.span()
            if ctx.excluded(start, end):
                continue
            if availability.match(match.group(0)) and (
                service_subject.search(ctx.text, max(0, start - 60), start)
                or described_thing.match(ctx.text[end : end + 40])
            ):
                continue  # "help is available 24/7", "always-on production systems": not the worker
            yield self._flag(ctx, match, f"'{match.group(0)}' signals overwork or a closed culture")
        for match in ctx.finditer(fast_paced):
            sentence = ctx.sentence_text(*match.span())
            hours = overtime.search(sentence)
            if hours and not ctx.excluded(*match.span()):
                yield self._flag(ctx, match, f"'{match.group(0)}' with '{hours.group(0)}' signals long hours")
        for match in ctx.finditer(perks):
            start, end = match.span()
            if ctx.excluded(start, end):
                continue
            if ctx.section_kind(start) is SectionKind.BENEFITS or _perk_cue().search(ctx.sentence_text(start, end)):
                yield self._flag(ctx, match, f"'{match.group(0)}' is listed as a benefit; it is not one most applicants weigh")

    def _flag(self, ctx, match, message):
        return self.finding(
            ctx.span(*match.span()),
            message,
            instead="state the real hours and onboarding, and the benefits that matter (pay, leave, health)",
        )


# -- LANG006 -------------------------------------------------------------------------------------------

_AMBIGUOUS = {"see", "hear", "sit", "reach", "type", "drive", "run", "balance", "grasp", "speak", "talk", "push", "pull",
              "carry", "walk", "stand", "move"}


_physical_cue = lazy(  # compiled on first use: most postings never need it
    r"\b(?:lbs?|pounds|kg|hours?|periods?|distances?|feet|ladders?|vehicles?|wpm|words per minute|vision|hearing|"
    r"prolonged|extended|outdoors?|physical(?:ly)?|repetitive|equipment|heavy)\b",
    re.I,
)


_WEIGHT = LazyPattern(
    r"\b(?:lift|lifting|carry|carrying|push|pushing|pull|pulling|move|moving)\b[^.\n]{0,40}?\b\d{1,3}\s*(?:lbs?|pounds|kg|kilograms)\b",
    re.I,
)
_DEMANDING = LazyPattern(r"\bphysical(?:ly)? (?:demanding|demands|requirements|strength|stamina|exertion)\b", re.I)


@lru_cache(maxsize=1)
def _demands():
    verbs = data("physical_demands")["verbs"]
    return LazyPattern(
        r"\b(?:able to|ability to|must|capable of|required to)\s+(?:\w+ ){0,2}?(?P<verb>%s)(?:ing|s)?\b" % "|".join(verbs),
        re.I,
    )


class PhysicalRequirement(Rule):
    """What it checks: physical demands ("able to lift 50 lbs", "stand for long periods", "must be
    able to see and hear") in a posting that has no accommodation statement.

    Why it matters: people with disabilities who could do the job with an accommodation read a bare
    list of physical demands as a closed door; an accommodation statement keeps it open.

    Example: "Must be able to lift 50 pounds and stand for extended periods."

    Instead: tie each demand to an essential function ("move 50 lb equipment cases, with or without
    accommodation") and add "Reasonable accommodations are available on request."
    """

    code, name, severity = "LANG006", "physical-requirement", Severity.INFO
    summary = "Physical demands with no accommodation statement"
    zones = WRITTEN_ZONES  # not legal notices or the application questionnaire

    def check(self, posting, options):
        if posting.facts.statements.accommodation:
            return
        ctx = Context.of(posting)
        lines: set[int] = set()
        for match in ctx.finditer(_WEIGHT) + ctx.finditer(_DEMANDING) + ctx.finditer(_demands()):
            start, end = match.span()
            if "verb" in match.re.groupindex:
                verb = match.group("verb").lower()
                if ctx.text[end : end + 1] == "-" or ctx.text[end : end + 3].lower() in (" up", " ou", " ba"):
                    continue  # "stand-up a prototype", "push back", "carry out": not the body
                if verb in _AMBIGUOUS and not _physical_cue().search(ctx.sentence_text(start, end)):
                    continue
            line = ctx.line_of(start)
            if line in lines or ctx.excluded(start, end):
                continue
            lines.add(line)
            yield self.finding(
                ctx.span(start, end),
                f"'{match.group(0)}' is a physical demand and the posting has no accommodation statement",
                instead='add "Reasonable accommodations are available on request" and tie the demand to an essential function',
            )


# -- LANG007-LANG010: language joblint also checks ------------------------------------------------------


@lru_cache(maxsize=None)
def _word_list(name: str) -> LazyPattern:
    return word_pattern([re.escape(w).replace(r"\ ", r"\s+") for w in data(name)["words"]])


def _used(ctx: Context, start: int, end: int) -> bool:
    """The match is used in the posting's own words: not in an EEO statement, a quotation or the
    company's name, and not a capitalised word mid-sentence (a name: "Five Guys", "Hell's Kitchen")."""
    if ctx.excluded(start, end):
        return False
    if ctx.text[start].isupper() and any(c.isalnum() for c in ctx.text[ctx.sentence(start, end)[0] : start]):
        return False
    return True


class Profanity(Rule):
    """What it checks: swearing ("damn", "kick-ass", "give a shit") in the posting's own words.
    Quotations, names and equal-opportunity statements are not flagged.

    Why it matters: it reads as unprofessional to many applicants and signals a culture some will not
    want to join; job boards may reject the posting.

    Example: "We build kick-ass tools and we don't give a damn about dress codes."

    Instead: say the same plainly: "We build tools people love; there is no dress code."
    """

    code, name, severity = "LANG007", "profanity", Severity.WARNING
    summary = "Swearing in the posting"
    zones = WRITTEN_ZONES

    def check(self, posting, options):
        ctx = Context.of(posting)
        for match in ctx.finditer(_word_list("profanity")):
            start, end = match.span()
            if _used(ctx, start, end):
                yield self.finding(ctx.span(start, end), f"'{match.group(0)}' is swearing",
                                   instead="say it plainly, without the swear word")


class BroLanguage(Rule):
    """What it checks: nouns that address or picture the people you want as men: "bro",
    "brogrammer", "dude", "you guys", "guys who", "man up", "manpower", "salesmen".

    Why it matters: it tells women and non-binary readers the team was not written with them in mind,
    and it reads as a "bro culture" many people avoid.

    Example: "Looking for dudes who ship fast. You guys will love our office."

    Instead: address the reader and name people neutrally: "You ship fast. You will love our office."
    """

    code, name, severity = "LANG008", "bro-language", Severity.WARNING
    summary = "Gendered nouns for the people you want to hire (bro, dude, guys)"
    zones = WRITTEN_ZONES

    def check(self, posting, options):
        ctx = Context.of(posting)
        instead = data("bro_words")["instead"]
        for match in ctx.finditer(_word_list("bro_words")):
            start, end = match.span()
            if _used(ctx, start, end):
                word = " ".join(match.group(0).lower().split())
                yield self.finding(ctx.span(start, end), f"'{match.group(0)}' pictures the people you want as men",
                                   instead=instead.get(word, instead["default"]))


class SexualisedLanguage(Rule):
    """What it checks: sexualised words ("sexy", "hottie", "eye candy") in the posting's own words.

    Why it matters: they make the posting, and the workplace it describes, feel unsafe to many
    applicants, and may breach harassment policies.

    Example: "Work on the sexiest product in fintech."

    Instead: say what makes it interesting: "Work on the product that settles payments in seconds."
    """

    code, name, severity = "LANG009", "sexualised-language", Severity.WARNING
    summary = "Sexualised words in the posting"
    zones = WRITTEN_ZONES

    def check(self, posting, options):
        ctx = Context.of(posting)
        for match in ctx.finditer(_word_list("sexualised")):
            start, end = match.span()
            if _used(ctx, start, end):
                yield self.finding(ctx.span(start, end), f"'{match.group(0)}' is sexualised language",
                                   instead="say what is interesting about the work instead")


@lru_cache(maxsize=1)
def _spellings() -> tuple[LazyPattern, dict[str, str]]:
    right_of = {wrong: entry["right"] for entry in data("technology_spellings")["name"] for wrong in entry["wrong"]}
    return word_pattern([re.escape(w).replace(r"\ ", r"\s+") for w in right_of]), right_of


def _in_address_or_code(text: str, start: int, end: int) -> bool:
    """Inside a URL, an e-mail address, a path or `code` ("github.com/acme", "`mysql`")."""
    a = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    b = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    token = text[a:b]
    return any(mark in token for mark in ("://", "www.", "/", "@", "`", ".com", ".io", ".org"))


class TechnologyMisspelt(Rule):
    """What it checks: technology names spelt otherwise than their owners spell them ("Javascript",
    "Github", "Mongo DB", "Postgre SQL", "Kubernates"). Names inside URLs, e-mail addresses, paths
    and `code` are not flagged; lower-case package names ("numpy") are how those tools spell them.

    Why it matters: engineers read a misspelt name as a sign the author does not know the stack;
    the posting also matches fewer searches for the right name.

    Example: "Experience with Javascript, Github and Mongo DB."

    Instead: "Experience with JavaScript, GitHub and MongoDB."
    """

    code, name, severity = "LANG010", "technology-misspelt", Severity.INFO
    summary = "A technology name is misspelt"
    zones = WRITTEN_ZONES

    def check(self, posting, options):
        ctx = Context.of(posting)
        pattern, right_of = _spellings()
        for match in ctx.finditer(pattern):
            start, end = match.span()
            found = match.group(0)
            right = right_of.get(found) or right_of.get(" ".join(found.split()))
            if right is None or ctx.in_quotes(start) or _in_address_or_code(ctx.text, start, end):
                continue  # the right spelling, or a case not listed ("MONGODB" in a shouted line)
            yield self.finding(ctx.span(start, end), f"'{found}' is spelt '{right}' by its makers",
                               instead=f"write '{right}'")
