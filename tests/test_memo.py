"""TextMemo: a memo by text bounded by its entries and by the characters of its keys."""

from postlint.scan.memo import TextMemo


def test_make_room_empties_past_either_bound_and_keeps_a_posting_s_entries() -> None:
    memo = TextMemo(max_chars=10, max_entries=3)
    memo.make_room()
    for key in ("abcd", "efgh", "ijkl"):  # one posting's entries: kept while the caller reads them
        memo.add(key, len(key))
    assert memo.chars == 12 and len(memo) == 3
    assert memo["abcd"] == 4
    memo.make_room()  # 12 characters > 10: emptied before the next posting
    assert not memo and memo.chars == 0
    for key in ("a", "b", "c", "d"):
        memo.add(key, 1)
    memo.make_room()  # 4 entries > 3
    assert not memo


def test_adding_a_key_again_counts_its_characters_once() -> None:
    memo = TextMemo(max_chars=100, max_entries=100)
    memo.add("same", 1)
    memo.add("same", 2)
    assert memo.chars == 4 and memo["same"] == 2


def test_a_memo_within_its_bounds_is_kept() -> None:
    memo = TextMemo(max_chars=100, max_entries=100)
    memo.add("kept", 1)
    memo.make_room()
    assert memo == {"kept": 1}


def test_caches_across_postings_keep_no_long_token_and_stay_bounded() -> None:
    # A batch of generated postings, each with a distinct 100,000-letter "word": the caches that
    # outlive a posting stay bounded (memory must stay flat over any batch).
    import postlint
    from postlint.extract import readability
    from postlint.rules import language

    for n in range(5):
        word = "aggressive" + "".join(chr(97 + (n * 7 + i) % 26) for i in range(100_000))
        findings = postlint.check_text(f"Data Engineer\n\nWe want an {word} engineer. Be {word}.\n", path="x.md",
                                       config={"select": ["ALL"]})
        assert isinstance(findings, list)
    for memo in (readability._SYLLABLE_COUNTS, readability._LOWERED_SYLLABLES):
        # emptied at the next make_room once past max_chars: at most one posting's worth over it
        assert memo.chars <= memo.max_chars + 2 * 100_100
    assert language._coded_kind("aggressive" + "x" * 100) == "m"  # long tokens are still classified


def test_keys_longer_than_max_key_length_are_not_kept() -> None:
    memo = TextMemo(max_chars=100, max_entries=100, max_key_length=4)
    memo.add("long key", 1)
    memo.add("key", 2)
    assert memo == {"key": 2} and memo.chars == 3
