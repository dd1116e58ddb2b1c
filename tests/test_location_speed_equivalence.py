"""The location extractor's fast place-name scan must find exactly what the plain scan found."""

from __future__ import annotations

import random

import postlint
from postlint.extract import location
from postlint.scan.candidates import word_index


def _place_starts_plain(text: str) -> list[int]:
    """_place_starts as it was: one C scan per name under a short first word, and per name that
    starts with another character, whatever the text's characters."""
    keyed, others = location._place_keys()
    index = word_index(text)
    found = set()
    for key in keyed.keys() & index.words:
        names = keyed[key]
        if len(key) > 3:
            for at in index.run_starts(key):
                if text.startswith(names, at):
                    found.add(at)
            continue
        for name in names:
            at = text.find(name)
            while at >= 0:
                found.add(at)
                at = text.find(name, at + 1)
    for name in others:
        at = text.find(name)
        while at >= 0:
            found.add(at)
            at = text.find(name, at + 1)
    return sorted(found)


def _pieces() -> list[str]:
    keyed, others = location._place_keys()
    short = [name for key, names in keyed.items() if len(key) <= 3 for name in names]
    return [*short, *others, "Berlin", "Dublin", "New", "new", "San", "the", "The", "it's", "I'm", "we'd", "don't",
            "U.", "U.S", "Sao", "São", "Mü", "München", "Newark", "New Yorker", "Los", "los", "NYC", "USA",
            "UKraine", "the Netherlandsish", "X", "é", "-", "'", ", ", " ", "  ", "\n", ".", "in", "based in"]


def test_place_starts_equal_plain_scan():
    rng = random.Random(11)
    pieces = _pieces()
    ascii_pieces = [piece for piece in pieces if piece.isascii()]
    for trial in range(3000):
        pool = ascii_pieces if trial % 2 else pieces  # half of the texts ASCII only
        text = "".join(rng.choice(pool) + rng.choice(["", " ", ", ", "\n"]) for _ in range(rng.randint(1, 40)))
        assert location._place_starts(text) == _place_starts_plain(text), text


def test_every_short_name_is_scanned():
    # Each name under a short first word is found by one of the scans, ASCII text or not.
    keyed, others = location._place_keys()
    for ascii_text in (False, True):
        scans, scanned_others = location._short_key_scans(ascii_text)
        for key, names in keyed.items():
            if len(key) > 3:
                continue
            for name in names:
                if ascii_text and not name.isascii():
                    continue
                assert any(name.startswith(lead) and name in group for lead, group in scans[key]), name
        assert set(scanned_others) == {name for name in others if name.isascii() or not ascii_text}


_MODE_PIECES = ["remote", "Remote-first", "fully remote", "remotely", "REMOTE", "hybrid", "Hybrid", "on-site", "onsite",
                "on site", "website", "in-office", "office", "office presence", "office-first", "from the office",
                "in the office", "work from home", "work from homepage", "Work From Home", "work  from home",
                "telecommuting", "telecommute", "İ", "ı", "ſite", "K", "é", "homeoffice", "the", "in", "from", "-",
                "\n", ", ", "’", "x"]


def _work_modes_plain(text: str) -> list[tuple[str, int, int]]:
    low = location.lowered(text)
    present = {need for need in location._BASE_NEEDS if need in low}
    patterns = [pattern for pattern, need in location._WORK_MODES
                if need in present or (location._BASE_OF[need] in present and need in low)]
    found = [(m.start(), m.end(), location.mode_of(text[m.start():m.end()])) for m in location.word_matches(patterns, low)]
    # the same reading of the modes found as extract's (a hybrid's parts folded into it): the test is of the scan
    return [(mode, start, end) for start, end, mode in location._read_modes(text, found)]


def test_base_needs_and_work_modes_equal_plain_scan():
    rng = random.Random(5)
    for _ in range(1500):
        text = "".join(rng.choice(_MODE_PIECES) + rng.choice(["", " ", "  ", ". "]) for _ in range(rng.randint(1, 25)))
        low = location.lowered(text)
        fast = location._base_needs_present(low, word_index(text).joined)
        plain = {need for need in location._BASE_NEEDS if need in low}
        assert plain <= fast, text
        if text.isascii():
            assert fast == plain, text
        posting = _posting(text)
        got = [(mode.mode, mode.span.column, mode.raw) for mode in location.extract(posting).work_modes]
        want = [(mode, posting.span_at(start, end).column, posting.text[start:end])
                for mode, start, end in _work_modes_plain(posting.text)]
        assert got == want, text


def _posting(text: str):
    return postlint.parse_text("Role\n" + text)[0]
