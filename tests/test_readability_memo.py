"""The readability extractor's memos (per word, per lower-cased word) change no result."""

from __future__ import annotations

import copy

import postlint
from postlint.extract import readability

EEO = ("We are an equal opportunity employer. All qualified applicants will receive consideration for "
       "employment without regard to race, color, religion, sex, or national origin.")
POSTINGS = [
    "Data Engineer\n\nYou will build data pipelines with our team. We value clear writing, e.g. careful reviews.\n\n"
    "- Build and maintain the pipelines that feed our analysts every single morning\n- SQL\n\n" + EEO,
    "Backend Developer\n\nLocation: Denver\n\nJoin us at https://example.com/jobs to ship Python services. "
    "Write to jobs@example.com! Questions? Ask Dr. Smith.\n\n" + EEO,
    "Kubernetes Engineer\n\nKUBERNETES and Kubernetes and kubernetes clusters are run by you. " + EEO,
]


def _facts(text: str):
    return postlint.parse_text(text)[0].facts.readability


def _clear_memos() -> None:
    readability._SYLLABLE_COUNTS.clear()
    readability._LOWERED_SYLLABLES.clear()


def test_warm_and_cold_memos_give_identical_facts():
    _clear_memos()
    cold = [copy.deepcopy(_facts(text)) for text in POSTINGS]
    assert readability._SYLLABLE_COUNTS  # the memo was filled
    warm = [_facts(text) for text in POSTINGS]  # every word's syllables now come from the memos
    assert warm == cold


def test_same_item_text_at_other_positions_gets_its_own_spans():
    a = _facts("Title\n\n" + EEO)
    b = _facts("Title\n\nIntro line here for you.\n\nMore.\n\n" + EEO)
    last_a, last_b = a.sentence_stats[-1], b.sentence_stats[-1]
    assert last_a.words == last_b.words
    assert last_a.span.line != last_b.span.line


def test_syllables_are_shared_between_case_forms():
    _clear_memos()
    assert readability.syllables("Kubernetes") == readability.syllables("KUBERNETES") == readability.syllables("kubernetes") == 3  # Pyphen: ku-ber-netes
    assert readability.syllables("Don’t") == readability.syllables("don't")
    assert readability._LOWERED_SYLLABLES.keys() == {"kubernetes", "don't"}


def test_posting_syllables_match_syllables_of_each_word():
    _clear_memos()
    facts = _facts(POSTINGS[0])
    prose = [item.text for item in readability._prose_items(postlint.parse_text(POSTINGS[0])[0])]
    expected = sum(readability.syllables(word) for text in prose for word in readability.words(text))
    assert facts.syllables == expected


def test_coarse_and_fine_dictionary_indexes_find_the_same_lines(monkeypatch):
    # A batch switches from the 4 KB block index to the 1 KB one: no count may change.
    data = readability._cmudict()
    if data is None:
        return
    keys = [line.split(b" ", 1)[0].decode("latin-1") for line in bytes(data).split(b"\n") if line]
    words = keys[::5] + ["sepulveda", "sepultura", "stilton", "stilted", "zzzqqq", "kubernetes", "a", "zywicki"]
    words += [key.split("(")[0] for key in keys if "(" in key][:500]
    results = {}
    for fine in (False, True):
        monkeypatch.setattr(readability, "_FINE_AFTER", 0 if fine else 1 << 30)
        results[fine] = [readability._dictionary_syllables(word) for word in words]
    assert results[False] == results[True]
    assert all(count is not None for count in results[True][: len(keys[::5])])
