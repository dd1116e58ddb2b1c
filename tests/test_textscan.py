"""The text views the pre-checks search: offsets kept, re.I matches of ASCII words found in lower case."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from postlint.scan.textscan import _NotPlain, _plain_toml, folded, load_toml, lowered


@pytest.mark.parametrize(
    "text",
    ["Plain ASCII Posting", "İstanbul office, DİYARBAKIR", "ſalary and benefits", "Kelvin \u212a", "ıI straße ǅ"],
)
def test_folded_keeps_offsets_and_finds_every_re_i_match_of_an_ascii_word(text: str) -> None:
    low = folded(text)
    assert len(low) == len(text) == len(lowered(text))
    for word in ("istanbul", "diyarbakir", "salary", "k", "ii", "strasse"):
        for match in re.finditer(re.escape(word), text, re.I):
            assert low[match.start() : match.end()] == word


# -- load_toml ----------------------------------------------------------------------------------------
_ROOT = Path(__file__).parent.parent
_DATA_FILES = sorted([*(_ROOT / "linter/data").glob("*.toml"), *(_ROOT / "rules/data").glob("*.toml")])


@pytest.mark.parametrize("path", _DATA_FILES, ids=lambda p: p.name)
def test_load_toml_reads_every_data_file_astomllib_does(path):
    text = path.read_text("utf-8")
    assert load_toml(text) == tomllib.loads(text)


@pytest.mark.parametrize("name", ["technologies", "vague_phrases", "jurisdictions"])
def test_load_toml_reads_the_big_data_files_itself(name):
    # These are read on first use in a one-file check: they must stay plain (else tomllib reads them).
    text = (_ROOT / "rules/data" / f"{name}.toml").read_text("utf-8")
    assert _plain_toml(text) == tomllib.loads(text)


@pytest.mark.parametrize(
    "text",
    [
        'a = "x\\ty"\n',  # an escape
        "a = 'literal'\n",
        'a = "x" # comment\n',
        'a = 1\na = 2\n',  # a duplicate key: tomllib's error
        'a = ["x",\n  "y", # note\n]\n',
        "[a.b]\nc = 1\n",
        "a = 1e3\n",
        'a = "tab\there"\n',
        "a = 2026-02-30\n",  # no such day: tomllib's error
        "[t]\n[t]\n",
        "a = [1, 2]\n",
    ],
)
def test_load_toml_leaves_anything_else_totomllib(text):
    with pytest.raises((_NotPlain, ValueError)):
        _plain_toml(text)
    try:
        expected = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        with pytest.raises(tomllib.TOMLDecodeError):
            load_toml(text)
    else:
        assert load_toml(text) == expected


def test_load_toml_plain_values():
    text = '# c\n\n[[t]]\nname = "C#"\nn = -12\nf = 0.60\nok = true\nd = 2024-01-31\nl = [\n  "a", "b",\n  # c\n  "c",\n]\n[u]\ne = []\n'
    assert _plain_toml(text) == tomllib.loads(text)


