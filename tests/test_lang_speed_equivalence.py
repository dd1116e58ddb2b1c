"""The language rules' fast matching must find exactly what the plain patterns find."""

from __future__ import annotations

import random

import postlint
from postlint.rules import language
from postlint.rules._context import Context
from postlint.scan.candidates import first_keys

_PIECES = ["he", "She", "HIS", "him", "s/he", "his or her", "the candidate", "applicants", "ninja", "Rock star",
           "rockstar", "work hard, play hard", "fast-paced", "late nights", "beer", "ping pong", "digital native",
           "native English speaker", "recent graduate", "young and energetic", "culture fit", "attach a photo",
           "marital status", "under 35 years old", "competitive salary", "aggressive", "collaborative", "lift 50 lbs",
           "able to stand", "physically demanding", "İS", "ſhe", "hıs", "Kelvin K", "-he", "_his", "he-", "x@y.com",
           "https://ex.com/a-ninja", "www.rockstar.io", "[a](http://x)", "“quoted ninja”", '"rockstar"', "\n", "\n\n",
           ". ", "! ", "- ", "  ", "über", "naïve", "e.g.", "45", "’", "'", "x'he", "he's", "his’", "3he", "he3",
           "héllo", "10x engineer", "24/7 availability", "no drama", "beer o'clock", "Ping-Pong", "under 30 years old",
           "self-starter who thrives under pressure", "lead time", "e.e.o", "you'll", "this role", "co-operative",
           "kick-ass", "damn", "you guys", "Five Guys", "dudes", "sexiest", "Javascript", "Mongo  DB", "Git Hub",
           "employees", "the employee"]


def _patterns():
    hype = language._hype()[0]
    return [language._PRONOUN, language._CANDIDATE, hype, language._WEIGHT, language._DEMANDING, language._demands(),
            *language._culture(), *(p for p, _ in language._exclusionary()), language._gender_lists()[4],
            language._EMPLOYEES, *(language._word_list(n) for n in ("profanity", "bro_words", "sexualised")),
            language._spellings()[0]]


def test_every_language_pattern_has_first_keys():
    for pattern in _patterns():
        assert first_keys(pattern) is not None, pattern.pattern[:60]


def test_finditer_equals_plain_finditer():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", "  ", ", "]) for _ in range(rng.randint(1, 60)))
        ctx = Context(postlint.parse_text("Role\n" + text)[0])
        for pattern in _patterns():
            fast = [m.span() for m in ctx.finditer(pattern)]
            plain = [m.span() for m in pattern.finditer(ctx.text)]
            assert fast == plain, (pattern.pattern[:60], ctx.text)
        everywhere = [m.span() for m in language._ADDRESS.finditer(ctx.text)]
        assert [m.span() for m in language._addresses(ctx.text)] == everywhere
        # Scanned line by line (as LANG002 scans the lines holding a coded word): the same addresses.
        starts = ctx.line_starts
        ends = [b - 1 for b in starts[1:]] + [len(ctx.text)]
        for k in range(len(starts)):
            for j in (k, min(k + 1, len(starts) - 1)):
                lo, hi = starts[k], ends[j]
                assert [m.span() for m in language._addresses(ctx.text, lo, hi)] == [
                    (a, b) for a, b in everywhere if lo <= a and b <= hi], (ctx.text, lo, hi)


def test_context_is_shared_per_posting():
    first, second = postlint.parse_text("Role\nYou will build things.")[0], postlint.parse_text("Role\nHe will.")[0]
    assert Context.of(first) is Context.of(first)
    assert Context.of(second) is not Context.of(first)
    assert Context.of(second).text == second.text


def test_statements_equal_a_plain_search_of_every_sentence():
    # statements.py tries its patterns only where the word index says a match may start: it must
    # find what searching every sentence finds.
    from postlint.extract import statements
    from postlint.scan.candidates import first_keys

    def plain(posting):
        found = {"eeo": [], "equal_opportunity": [], "accommodation": [], "work": []}
        for section in posting.sections:  # as statements.extract does
            if section.heading and statements._EEO_HEADING.search(section.heading):
                found["eeo"].append(section.span if section.heading_span is None else statements.Span(
                    line=section.heading_span.line, column=1, end_line=section.span.end_line,
                    end_column=section.span.end_column))
        offset = 0
        for line in posting.text.split("\n"):
            for start, end, sentence in statements._line_sentences(line, offset):
                sentence = sentence[:5000]
                eeo, accommodation = statements._EEO.search(sentence), statements._ACCOMMODATION.search(sentence)
                if eeo or accommodation:
                    span = posting.span_at(start, end)
                    if eeo:
                        found["eeo"].append(span)
                        if statements._equal_opportunity().search(sentence):
                            found["equal_opportunity"].append(span)
                    if accommodation:
                        found["accommodation"].append(span)
                elif len(found["work"]) < 20 and statements._WORK.search(sentence):
                    found["work"].append(posting.span_at(start, end))
            offset += len(line) + 1
        return found

    for pattern in (statements._EEO, statements._ACCOMMODATION, statements._WORK):
        assert first_keys(pattern) is not None, pattern.pattern[:60]
    pieces = _PIECES + ["Equal Opportunity", "EEO", "E.E.O", "affirmative-action", "without regard to", "regardless of age",
                        "discriminate", "protected veteran", "diversity", "INCLUSIVE", "under-represented", "people of color",
                        "all backgrounds", "veterans status", "sexual orientation", "gender identity", "national origin",
                        "reasonable accommodation", "ADA", "Americans with Disabilities Act", "accommodations are available",
                        "you'll", "You’ll", "responsible for", "duties", "in this role", "this position", "your mission",
                        "will be leading", "we're hiring", "We are seeking", "performs", "conducting", "managing", "builds",
                        "designing", "supervises", "maintains", "plans", "analyzing", "scaling", "owning", "working on",
                        "ſexual orientation", "İnclusion", "dıversity", "nondiscrimination", "the role", "xthe role",
                        "Role.", "Duties:", "The role.", "(EEO)"]
    rng = random.Random(11)
    for _ in range(1500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        posting = postlint.parse_text("Role\n" + text)[0]
        fast = statements.extract(posting)
        slow = plain(posting)
        for field in ("eeo", "equal_opportunity", "accommodation", "work"):
            assert getattr(fast, field) == slow[field], (field, text)


def test_keys_keep_caseless_marks():
    # "’" is matched only by itself and kept by folding: "we’re" is the key, not every "we".
    import re

    keys = first_keys(re.compile(r"\bwe(?:'|’)?re hiring\b", re.I))
    assert ("phrase", "we’re") in keys and ("phrase", "we're") in keys
    assert not any(key == "we" for _, key in keys)


def test_lazy_pattern_compiles_only_where_a_key_occurs():
    import re

    from postlint.scan.candidates import LazyPattern, WordIndex

    pattern = LazyPattern(r"(?<![\w-])(?:ninja|rock[ -]?star)(?![\w-])", re.I)
    assert WordIndex("Senior Python developer").finditer(pattern) == []
    assert pattern._compiled is None
    found = WordIndex("A Rock-star and a NINJA.").finditer(pattern)
    assert [m.group(0) for m in found] == ["Rock-star", "NINJA"]
    assert pattern == LazyPattern(pattern.pattern, re.I) and hash(pattern) == hash(LazyPattern(pattern.pattern, re.I))


def test_grouped_literals_and_phrases_find_what_finditer_finds():
    # Literals sharing leading letters and phrases sharing a first word are found by one scan for
    # their common start, after a check of the posting's words: the same matches as a plain search.
    import re

    from postlint.scan.candidates import WordIndex

    patterns = [
        re.compile(r"equal[- ](?:employment[- ])?opportunit|regardless of (?:age|race|their)|people of colou?r|"
                   r"under-?represented|discriminat", re.I),
        re.compile(r"\byour (?:day|job|role)\b|\bin this role\b|\bthe role\b|\bwe(?:'|’)?re (?:hiring|looking)\b|"
                   r"\byou(?:'|’)?ll\b|\bE\.E\.O\b", re.I),
    ]
    pieces = ["equal opportunity", "Equal-Employment Opportunities", "unequal opportunity", "equal", "opportunity",
              "regardless of age", "regardless", "of", "their", "people of colour", "People Of Color", "under represented",
              "underrepresented", "nondiscrimination", "your day", "yourday", "your", "day", "In this role", "in this",
              "xin this role", "the role", "theRole", "roles", "we’re hiring", "we're looking", "were hiring", "we re",
              "you’ll", "youll", "E.E.O.", "e.e", "ſ", "İ", "-", "'", "’", ".", "\n"]
    rng = random.Random(5)
    for _ in range(800):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " ", ", "]) for _ in range(rng.randint(1, 14)))
        index = WordIndex(text)
        for pattern in patterns:
            assert [m.span() for m in index.finditer(pattern)] == [m.span() for m in pattern.finditer(text)], text


def test_without_re_internals_word_lists_fall_back_to_plain_search(monkeypatch) -> None:
    # first_keys reads CPython's re parser; if a Python lacks it, matching must stay exact.
    import re

    from postlint.scan import candidates

    pattern = re.compile(r"(?<![\w-])(?:rock\s*star|ninja|guru)(?![\w-])", re.I)
    text = "We want a Ninja, a rockstar and a guru-level rock star. Ninjas need not apply."
    candidates.first_keys.cache_clear()
    candidates._lookup.cache_clear()
    monkeypatch.setattr(candidates, "_parser", None)
    try:
        assert candidates.first_keys(pattern) is None
        found = [m.span() for m in candidates.WordIndex(text).finditer(pattern)]
    finally:
        candidates.first_keys.cache_clear()
        candidates._lookup.cache_clear()
    assert found == [m.span() for m in pattern.finditer(text)] and len(found) == 3


def test_quick_parse_gives_the_keys_re_parser_gives(monkeypatch) -> None:
    # first_keys reads the word-list patterns with its own small parser (cheaper at start-up than
    # re's); it must reduce every pattern to the keys re's parser gives.
    from postlint.extract import statements
    from postlint.scan import candidates

    patterns = _patterns() + [statements._EEO, statements._ACCOMMODATION, statements._WORK]
    for pattern in patterns:
        candidates._quick_parse(pattern.pattern)  # supported, not handed to re's parser
    quick = [candidates.first_keys.__wrapped__(p) for p in patterns]

    def unsupported(_):
        raise candidates._Unsupported

    monkeypatch.setattr(candidates, "_quick_parse", unsupported)
    assert quick == [candidates.first_keys.__wrapped__(p) for p in patterns]


def test_in_eeo_by_offsets_equals_by_spans():
    # Context.in_eeo compares offsets, not spans: the same answer for every start and end, ends
    # just after a newline included, and for EEO spans outside the posting's lines (compared as spans).
    from postlint.model import Span

    def by_spans(ctx, start, end):
        span = ctx.span(start, end)
        pos, stop = (span.line, span.column), (span.end_line, span.end_column)
        return any((s.line, s.column) <= pos and stop <= (s.end_line, s.end_column) for s in ctx.eeo)

    rng = random.Random(5)
    lines = ["We are an equal opportunity employer.", "Applicants are considered without regard to age.", "",
             "You will lead a team.", "  Benefits: dental, vision", "x"]
    for _ in range(40):
        text = "Role\n" + "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 8)))
        [posting] = postlint.parse_text(text)
        n, first = len(posting.text), posting.first_line
        extra = [Span(line=first + k, column=1, end_line=first + k, end_column=len(line.text) + 1)
                 for k, line in enumerate(posting.lines)]  # whole lines, as the statements facts give
        extra += [Span(line=first + 1, column=1, end_line=first + 2, end_column=1),
                  Span(line=first, column=3, end_line=first + 1, end_column=4)]
        if rng.random() < 0.3:
            extra.append(Span(line=2, column=1, end_line=2, end_column=999))  # past its line
        ctx = Context(posting)
        ctx.eeo = list(ctx.eeo) + rng.sample(extra, rng.randint(0, len(extra)))
        for start in range(n + 1):
            for end in range(start, min(n, start + 45) + 1):
                assert ctx.in_eeo(start, end) == by_spans(ctx, start, end), (text, start, end)


def test_exclusionary_needs_hold_a_word_of_every_match():
    # LANG003 skips a pattern with `needs` (data/exclusionary.toml) for a posting whose word index has none of them:
    # every match of the pattern must hold one of them (as a run of letters of the folded text).
    import re

    from postlint.scan.textscan import folded

    pieces = _PIECES + ["with photo", "WITH A PHOTOGRAPH", "include your recent headshot", "send us a picture",
                        "attach a portrait", "with photo id", "Photo-", "photos", "ſend a photo", "upload Pictures"]
    rng = random.Random(9)
    listed = [(p, set(e["needs"])) for p, e in language._exclusionary() if "needs" in e]
    assert listed
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ", "]) for _ in range(rng.randint(1, 40)))
        ctx = Context(postlint.parse_text("Role\n" + text)[0])
        for pattern, needs in listed:
            for match in pattern.finditer(ctx.text):
                assert needs & set(re.findall("[a-z]+", folded(match.group(0)))), match.group(0)
                assert not needs.isdisjoint(ctx.words.words)


_ASKING_PIECES = ["must", "Must", "MUSTARD", "should", "required", "requires", "requirement", "requirements", "looking for",
                  "seeking", "ideally", "idealist", "candidates", "applicant", "you are", "You're", "you’re", "we want",
                  "we wanted", "we need", "only", "commonly", "preferred", "prefer", "please", "wanted", "ſhould",
                  "İdeal", "ninja", "rockstar", "word", "x", ". ", "\n", "\n\n", "- ", "  ", "_only", "only_", "3only"]


def test_sentence_has_equals_searching_the_sentence():
    rng = random.Random(11)
    for _ in range(200):
        # Long lines too: a sentence window is then cut 600 characters either side, inside words.
        count = rng.choice([5, 40, 400])
        text = "".join(rng.choice(_ASKING_PIECES) + rng.choice(["", " ", " ", ", "]) for _ in range(count))
        ctx = Context(postlint.parse_text("Role\n" + text)[0])
        for _ in range(30):
            start = rng.randrange(len(ctx.text))
            end = min(len(ctx.text), start + rng.randint(0, 12))
            plain = bool(language._asking().search(ctx.sentence_text(start, end)))
            assert ctx.sentence_has(language._asking(), language._ASKING_STARTS, start, end) == plain, (ctx.text, start, end)
