"""Which lines are section headings, and which section kind a heading names."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import SectionKind
from ..scan.textscan import load_toml, package_data

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_]{1,80}?)\s*:?\s*(\*\*|__)\s*:?\s*$")
_CONNECTORS = {"and", "&", "of", "to", "the", "a", "-", "–", "/", "for", "you", "we", "in", "our", "your", "at"}
# "Benefits at Gap Inc.": an employer's name ends the heading with its full stop
_COMPANY_END = re.compile(r"\s(?:Inc|Ltd|Co|Corp|LLC|L\.L\.C|PLC|GmbH|S\.A)\.$")
_NUMBERING = re.compile(r"^(\d+[.)]|[ivx]+[.)])\s+")
# A clause's verb: a bold line of eight words or more with one is a note in bold, no heading ("**Salary
# will be determined by applicants qualifying education and experience**")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|will|must|should|may|can|has|have|was|were)\b", re.I)


@lru_cache(maxsize=1)
def _data() -> dict:
    """data/headings.toml, read once for the headings, the lead-ins and the sentence-case phrases."""
    return load_toml(package_data("postlint", "data/headings.toml"))


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, SectionKind], list[tuple[str, SectionKind]]]:
    data = _data()
    exact = {normalise(h): SectionKind(kind) for kind, headings in data["exact"].items() for h in headings}
    contains = []
    for kind in data["order"]:
        contains += [(word, SectionKind(kind)) for word in data["contains"].get(kind, [])]
        if kind == "preferred":  # ("Bonus points if you bring:" stays a preference)
            contains += [(word, SectionKind(first)) for first, words in data["contains-first"].items() for word in words]
    return exact, contains


# Compiled on first need: most entries are never in a heading (a plain `in` test comes first).
@lru_cache(maxsize=None)
def _contained(word: str) -> re.Pattern:
    """Where a `contains` entry may stand in a heading: from the start of a word. One word is a stem
    ("responsibilit", "desir", "benefit") that may run on; a phrase ends at the end of a word, with
    at most a plural ending, so "about you" names "About You" but not "Find out about your new
    workplace", and "hiring process" also names "Hiring Processes"."""
    if " " in word.strip():
        return re.compile(r"(?<![a-z0-9])" + re.escape(word) + r"(?:s|es)?(?![a-z0-9])")
    return re.compile(r"(?<![a-z0-9])" + re.escape(word))


def _strip_decoration(text: str) -> str:
    """Drop leading characters other than word characters and "(", and trailing ones other than
    word characters and ")?!'’". A loop, not a `[^...]+$` pattern: that one is tried at every
    position of a long run of spaces and takes quadratic time."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in "_("):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "_)?!'’"):
        end -= 1
    return text[start:end]


# Contractions an export lost the apostrophe of ("What youll get to do"), where the bare form is no
# other word: "well", "were", "its", "wont" are, and are left alone.
_LOST_APOSTROPHE = re.compile(r"\b(you|we|they|what|who|it|that)(ll|re|ve|d|s)\b")
_LOST_FORMS = frozenset({"youll", "youre", "youve", "youd", "weve", "theyll", "theyre", "theyve", "whats", "whos",
                         "itll", "thats"})


def _restore_apostrophes(text: str) -> str:
    """ "what youll get to do" -> "what you'll get to do" (lower-case text)."""
    return _LOST_APOSTROPHE.sub(lambda m: f"{m[1]}'{m[2]}" if m[0] in _LOST_FORMS else m[0], text)


def normalise(text: str) -> str:
    text = text.strip().lower().replace("’", "'").replace("‘", "'").replace("&amp;", "&")
    text = _restore_apostrophes(text)
    text = text.strip("#*_ \t").rstrip(":").strip("*_ ")
    text = _NUMBERING.sub("", text)
    text = _strip_decoration(text).strip()  # "What we're looking for 🌱", "The role ⚡"
    return " ".join(text.split())  # what re.sub(r"\s+", " ") does, several times faster


def classify_heading(text: str, fuzzy: bool = False) -> SectionKind | None:
    """The section kind a heading names: exact synonyms first, then (``fuzzy``) keywords."""
    return _classify(text, fuzzy)


# The posting's status in capitals ("OPEN UNTIL FILLED – APPLICATION REVIEW BEGINS IMMEDIATELY"):
# a notice about the posting, no heading (else its "APPLICATION" makes it a how-to-apply section
# over the duties below it).
_STATUS_LINE = re.compile(r"\b(?:until filled|open until|review begins|reviews? will begin|begins immediately|continuous(?:ly)? (?:open|recruitment))\b")


def _classify(text: str, fuzzy: bool) -> SectionKind | None:
    exact, contains = _table()
    key = normalise(text)
    if key in exact:
        return exact[key]
    if len(key) <= 60:
        spelled = _respelled(key)
        if spelled != key and spelled in exact:
            return exact[spelled]  # "MINIMUM QAUALIFICATIONS", "Requirments"
    if fuzzy:
        for word, kind in contains:
            if word in key and _contained(word).search(key):  # the `in` test first: most entries are absent
                return kind
    return None


_RESPELL_LENGTH = 10


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """The long words of the known headings: the only words a misspelling is corrected to."""
    return frozenset(word for heading in _table()[0] for word in re.findall(r"[a-z]+", heading) if len(word) >= _RESPELL_LENGTH)


def _respelled_word(word: str) -> str:
    if len(word) < _RESPELL_LENGTH or not (word.isascii() and word.isalpha()) or word in _heading_words():
        return word
    # Only words of nearly the same length and first letter can be one slip apart: a dictionary
    # look-up first, so the comparison runs on a handful of words, if any (it was 15% of a corpus run).
    near = _heading_words_by_start().get((word[0], len(word)), ())
    if not near:
        return word
    import difflib  # here, not at the top: most runs never compare a word, and start-up stays 1.7 ms shorter

    close = difflib.get_close_matches(word, near, n=1, cutoff=0.9)
    return close[0] if close else word


@lru_cache(maxsize=1)
def _heading_words_by_start() -> dict[tuple[str, int], tuple[str, ...]]:
    """The heading words by (first letter, length), each under its length and the lengths one off."""
    table: dict[tuple[str, int], list[str]] = {}
    for word in _heading_words():
        for length in (len(word) - 1, len(word), len(word) + 1):
            table.setdefault((word[0], length), []).append(word)
    return {key: tuple(words) for key, words in table.items()}


def _respelled(key: str) -> str:
    """A heading with each long word that is one slip of the keyboard from a heading word
    ("qaualifications", "requirments", "responsibilites") spelled as that word. Only long words:
    in shorter ones a slip makes another word ("election", "selection")."""
    words = key.split(" ")
    if not any(len(word) >= _RESPELL_LENGTH for word in words):
        return key
    return " ".join(_respelled_word(word) for word in words)


@lru_cache(maxsize=1)
def _lead_ins() -> list[tuple[str, SectionKind]]:
    data = _data().get("lead-in", {})
    return [(normalise(words), SectionKind(kind)) for kind in data.get("order", []) for words in data.get(kind, [])]


@lru_cache(maxsize=None)
def _whole_words(words: str) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])" + re.escape(words) + r"(?![a-z0-9])")


LEAD_IN_WORDS = (7, 40)  # shorter lines ending in a colon are headings already; longer ones are prose
_LEAD_IN_SENTENCE_WORDS = (2, 40)  # the last sentence of a paragraph that leads into a list
_LEAD_IN_PARAGRAPH_WORDS = 120
_SENTENCE_END = re.compile(r"[.?!;]\s+(?=\S)")


def lead_in_kind(line: str, paragraph: bool = False) -> SectionKind | None:
    """The section kind a lead-in line introduces ("It is desirable if you can demonstrate the
    following:" -> preferred), or None: the line is one sentence ending in a colon (or naming "the
    following" without an end stop), 7 to 40 words,
    that names a requirements, nice-to-have or responsibilities list (`[lead-in]` in headings.toml).
    With ``paragraph``, a longer line of several sentences whose last one leads in is one too ("... They
    will possess many of the following:")."""
    stripped = line.strip()
    # "Demonstrated experience with the following will be highly valued" has no colon
    # "You meet our minimum qualifications for the job if you..." trails off into its list
    if not (stripped.endswith((":", "...", "…")) or stripped[-1:].isalpha() and "the following" in stripped.lower()):
        return None
    if stripped.endswith(("...", "…")) and re.search(r"[.:;!?]\s", stripped):
        return None  # a teaser cut short ("... Job dut..."), not one sentence trailing into its list
    if stripped[0] in "-*•·▪◦+>|#":
        return None
    words = len(stripped.split())
    whole = key = normalise(stripped)
    if any(c in key for c in ".?!;") and not key.endswith("..."):
        key = _SENTENCE_END.split(whole)[-1]  # the sentence that ends in the colon
    if not LEAD_IN_WORDS[0] <= words <= LEAD_IN_WORDS[1] and not (
            paragraph and key != whole and _LEAD_IN_SENTENCE_WORDS[0] <= len(key.split()) <= _LEAD_IN_SENTENCE_WORDS[1]
            and words <= _LEAD_IN_PARAGRAPH_WORDS):
        return None
    return _named_by_lead_in_words(key)


def lead_in_sentence_start(line: str) -> int:
    """Where the sentence that leads into the list starts in a lead-in line (where the line's text
    starts when the line is that one sentence)."""
    stripped = line.rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(stripped)]
    return ends[-1] if ends and not stripped.endswith("...") else len(line) - len(line.lstrip())


def lead_in_words_kind(text: str) -> SectionKind | None:
    """The kind of list a heading's words introduce, as a lead-in's would, whatever its length or
    end ("As an analyst, you will" -> responsibilities, "Things we look for include" ->
    requirements), or None."""
    return _named_by_lead_in_words(normalise(text.strip().rstrip(":….")))


def _named_by_lead_in_words(key: str) -> SectionKind | None:
    """The first `[lead-in]` kind whose words ``key`` (normalised) holds, word for word."""
    for words, kind in _lead_ins():
        if words in key and _whole_words(words).search(key):
            return kind
    return None


_HEADING_DASH = re.compile(r"\s(?:--|—|–)\s")


_ASKED_HEADING = re.compile(r"(?:What|Which|Who|Where|Why|How)\b(?! (?:many|much|long|often|did|do you|have you|would you)\b)")
# (only the lists: "Why join us?" is as often the start of the whole job description as of its perks)
_ASKED_KINDS = (SectionKind.RESPONSIBILITIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED)


def heading_text(line: str) -> str | None:
    """The heading a line states, or None when the line is not a heading.

    A heading is a Markdown ATX heading, a line that is all bold, a known section heading on a line
    of its own ("What you'll do"), a short ALL-CAPS line ("ANNUAL SALARY", "DUTIES"), or a short line
    ending in a colon ("Requirements:").
    """
    stripped = line.strip()
    if stripped.endswith(")") and " (" in stripped and stripped[:1].isupper():
        # "EXAMPLES OF ESSENTIAL DUTIES (The following is used as a partial description ...)": the
        # heading before its note
        head = stripped[:stripped.index(" (")].rstrip(": ")
        if head and len(head.split()) <= 8 and (_all_caps(head) or classify_heading(head) is not None):
            return head
    if not stripped or len(stripped) > 100:
        return None
    first = stripped[0]
    # Literal pre-checks: an ATX heading starts with "#", a bold line with "**" or "__".
    if first == "#":
        match = _ATX.match(line)
        if match:
            return match.group(2).strip("*_ ").rstrip(":") or None
    if first in "*_":
        match = _BOLD_LINE.match(line)
        if match:
            text = match.group("text").strip()
            if len(text.split()) >= 8 and not stripped.rstrip("*_ ").endswith(":") and _CLAUSE_VERB.search(text):
                return None
            return text
    if first in "-*•·▪◦+>|":
        return None
    if stripped[-1] == "?" and len(stripped) > 1 and stripped[-2] != "?" and len(stripped.split()) <= 8 and classify_heading(stripped[:-1]) is not None:
        return stripped[:-1].strip()  # a known heading asked as a question: "What's in it for you?"
    if stripped[-1] == "?" and _ASKED_HEADING.match(line) and len(stripped.split()) <= 12 and not any(c.isdigit() for c in stripped) \
            and (classify_heading(stripped[:-1], fuzzy=True) or lead_in_words_kind(stripped[:-1])) in _ASKED_KINDS:
        # A page written as questions and answers: "What are the primary responsibilities in the
        # Jr. Computer Scientist position?", "What required background will make you successful?".
        # (Not indented: a questionnaire's indented "How many years of experience ...?" is a question.)
        return stripped[:-1].strip()
    if stripped[-1] == "." and not stripped.endswith("..") and len(stripped.split()) <= 5 and (
            _all_caps(stripped) or stripped.istitle()) and classify_heading(stripped[:-1]) is not None:
        return stripped[:-1].strip()  # "MINIMUM QUALIFICATIONS.": a known heading with a full stop
    dash = _HEADING_DASH.search(stripped)
    if dash is not None and len(stripped[:dash.start()].split()) <= 4 and classify_heading(stripped[:dash.start()]) is not None:
        return stripped[:dash.start()].strip()  # "Application Process -- Applications close on April 5"
    if stripped[-1] in ".,;!?" and not stripped.endswith("...") and not _COMPANY_END.search(stripped):
        return None
    words = stripped.split()
    if len(words) <= 10 and classify_heading(stripped) is not None:
        return stripped.rstrip(":").strip()
    if len(words) <= 5 and all(w[0].isupper() or w in _CONNECTORS for w in words) and classify_heading(stripped, fuzzy=True):
        # A short Title Case line naming a section kind ("Work Benefits", "Nice-to-Have Qualifications"):
        # without it a requirements block never closes and benefits leak into requirements.
        return stripped.rstrip(":").strip()
    if len(words) <= 6 and first.isupper() and _sentence_case_heading(stripped):
        return stripped.rstrip(":").strip()  # "A little about you", "What youll get to do"
    if len(words) <= 8 and _all_caps(stripped) and not _NUMBERING.match(stripped) and not _STATUS_LINE.search(normalise(stripped)):
        return stripped.rstrip(":").strip()
    if stripped.endswith(("...", "…")) and len(words) <= 6 and stripped[0].isupper():
        return stripped.rstrip(".…").strip()  # "Some of our perks include..."
    if stripped.endswith(":") and len(words) <= 6 and stripped.count(":") == 1 and stripped[0].isupper():
        return stripped.rstrip(":").strip()
    return None


@lru_cache(maxsize=1)
def _sentence_case_phrases() -> tuple[str, ...]:
    data = _data().get("sentence-case", {})
    return tuple(normalise(phrase) for phrase in data.get("phrases", []))


def _sentence_case_heading(line: str) -> bool:
    """A short line in sentence case that ends in one of the `[sentence-case]` phrases ("A little
    about you"); a list line with a skill word in it ("Strong data skills") or one that goes on
    after the phrase ("Nice to have experience in Spark") is none."""
    key = normalise(line).rstrip("?!").rstrip()
    return any(key == phrase or key.endswith(" " + phrase) for phrase in _sentence_case_phrases()) \
        and classify_heading(line, fuzzy=True) is not None


def _all_caps(text: str) -> bool:
    """Three or more letters, all of them upper case."""
    if text.isascii():  # ASCII letters are the cased characters: isupper() says "all upper" in C
        return text.isupper() and sum(map(str.isalpha, text)) >= 3
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def is_heading_line(line: str) -> bool:
    return heading_text(line) is not None
