"""Pay mentions: amounts with a currency, a period and a kind, each with its span.

One pass of one regex finds every number that could be money (with its currency sign or code and a
"k" multiplier); neighbouring figures joined by "-", "to", an en or em dash (or "and" after
"between") become ranges. Then each mention is read in its clause: the words just before and after
give the period ("/hr", "monthly", "p.a."), the kind ("signing bonus" is one-off, "+ equity" is not)
and one-sidedness ("up to", "from", "+"). When no period is stated it is inferred from a heading or
label such as "ANNUAL SALARY" or from a salary context. Figures with no currency are kept only in a
pay context (a compensation section, a "Salary:" line, or a stated period) so years, phone numbers
and counts never read as pay. Company money ("$2 billion in revenue", "$75M Series B") is dropped.

Besides figures, the module finds pay described only in words ("competitive salary", "DOE"), pay
shown by a template include or only behind a link, and benefit descriptions (for PAY009).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Literal

from ..model import Posting, SectionKind, Span
from ..scan.candidates import finditer_at, literal_starts, word_index
from ..scan.textscan import digit_runs, fold, folded, keyword_positions, lazy, load_toml, package_data

if TYPE_CHECKING:
    from . import ExtractContext

Period = Literal["hour", "day", "week", "month", "year"]
Kind = Literal["base", "bonus", "equity", "stipend", "one-off"]

_CODES = (
    "USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|UAH|TRY|INR|JPY|CNY|KRW|TWD|SGD|HKD|MYR|IDR|THB|PHP"
    "|VND|ZAR|NGN|KES|EGP|BRL|MXN|ARS|CLP|COP|PEN|ILS|AED|SAR|QAR"
)
_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "US$": "USD", "USD$": "USD",
            "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD",
            "S$": "SGD", "HK$": "HKD", "R$": "BRL"}
_SYMBOL = r"US\$|USD\$|CA\$|CAD\$|AU\$|AUD\$|NZ\$|HK\$|C\$|A\$|S\$|R\$|[$£€¥₹]"
# Thousands groups ("12,100", "120.000", "3.712,-") or a plain number with at most two decimals.
_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_TOKEN = lazy(  # compiled on first use (1 ms at import otherwise)
    rf"(?<![\w.,/$£€¥₹])"
    rf"(?:(?P<sym>{_SYMBOL})\s?|(?P<code>{_CODES})\s?)?"
    rf"(?P<num>{_NUMBER})(?![.,]?\d|\s?/\s?\d)(?:,-|\.-|\*)?"
    r"(?:\s?(?P<mult>[kK]|[mM]{1,2}|[bB]|mn|bn|million|billion|trillion|thousand|mio|mrd)(?![A-Za-z]))?"
    rf"(?:\s?(?P<psym>[€£$])|\s?(?P<pcode>{_CODES}|[Ee]uros?|(?:US\s)?[Dd]ollars?)(?![A-Za-z]))?"
)
# _TOKEN starts with a lookbehind, so re would try it at every character. A match starts at a run of
# digits or at most 5 characters before one, on a currency sign or code ("USD$ 90"): those offsets
# are found by a quick scan for digits.
_TOKEN_FIRST = frozenset(sign[0] for sign in (*_SYMBOLS, *_CODES.split("|")))
_TOKEN_REACH = 5  # len("USD$ ")


def _token_starts(text: str, runs: list[tuple[int, int]], pos: int) -> list[int]:
    starts = []
    for digit, _ in runs:
        low = max(pos, digit - _TOKEN_REACH)
        if not _TOKEN_FIRST.isdisjoint(text[low:digit]):  # usually no sign or capital there
            starts.extend(at for at in range(low, digit) if text[at] in _TOKEN_FIRST)
        starts.append(digit)
    return starts


# Most numbers in a posting are not pay (years, counts, phone numbers, list numbers), and each
# token costs Python work. A figure only becomes a mention when it has a currency, or a pay word
# stands before it, or a pay heading covers it; and figures only combine (ranges, lists) with
# neighbours joined by a short gap. So the digit runs are cut into groups wherever two runs are
# too far apart to be joined, and only groups with a currency, a pay word or a pay heading nearby
# are matched at all. Dropping a whole group changes nothing else: no token of it could join a
# token of another group.
#
# Between the last digit of one token and the first digit of the next token it joins there are at
# most 22 characters of the first token (",-", " thousand", " US dollars"), 7 of the joiner
# ("through"; more only as spaces and tabs) and 5 of the second token ("USD$ "): 34 characters
# besides whitespace. _GROUP_GAP leaves a margin.
_GROUP_GAP = 40
# Every currency sign or code of a token lies within 5 characters before its first digit run, or
# within 22 after its last (see above): a group without one of these there has no currency.
# Where a currency sign or code may stand, found once per posting: the signs by literal scans, the
# codes (and "euro", "dollar") as words of the shared word index. A code of a token is a whole run
# of ASCII letters ("USD 90", "90 EUR", "USD$ 90", "90 US dollars"): after a non-word character
# or a digit or a space, before a non-letter.
_SIGNS = ("$", "€", "£", "¥", "₹")  # every symbol holds one
_CURRENCY_WORDS = frozenset([code.lower() for code in _CODES.split("|")] + ["euro", "euros", "dollar", "dollars"])
_CURRENCY_AFTER = 23


def _currency_positions(text: str) -> list[int]:
    found = keyword_positions(text, _SIGNS)
    index = word_index(text)
    words = _CURRENCY_WORDS & index.words
    if words:
        for word in words:
            found.extend(index.run_starts(word))
        found.sort()
    return found


def _pay_runs(posting: Posting, text: str, body_start: int, sections: "_SectionIndex") -> list[tuple[int, int]]:
    """The digit runs (clipped to the body) of the groups that may hold a pay mention (see above)."""
    if body_start:
        runs = [(max(start, body_start), end) for start, end in digit_runs(text) if end > body_start]
    else:
        runs = list(digit_runs(text))  # no front matter: every run as it is
    if not runs:
        return runs
    groups: list[list[tuple[int, int]]] = []
    group: list[tuple[int, int]] = []
    for run in runs:
        if group:
            # A gap of at most _GROUP_GAP characters is joinable without reading it.
            end = group[-1][1]
            if run[0] - end <= _GROUP_GAP or _short_gap(text[end : run[0]]):
                group.append(run)
                continue
            groups.append(group)
        group = [run]
    groups.append(group)
    currency = _currency_positions(text)
    low = folded(text)
    kept: list[tuple[int, int]] = []
    for group in groups:
        first, last = group[0][0], group[-1][0]
        # A currency sign or code within reach, a pay word in the 60 characters before a figure
        # (see _strong_word_before), or a pay heading: else no token of the group is pay.
        at = bisect.bisect_left(currency, first - _TOKEN_REACH)
        if (
            (at < len(currency) and currency[at] < group[-1][1] + _CURRENCY_AFTER)
            or _STRONG_LITERAL.search(low, max(0, first - 60), last)
            or sections.may_cover(posting, first, last)
        ):
            kept.extend(group)
    return kept


def _short_gap(gap: str) -> bool:
    """Whether ``gap`` has at most _GROUP_GAP characters besides whitespace. A joinable gap has
    at most 7 pieces between whitespace (",-", "thousand", "US", "dollars", ",", "and", "USD$"),
    so splitting stops after 8: a long gap of prose costs no more than its first words."""
    pieces = gap.split(None, 8)
    return len(pieces) <= 8 and sum(map(len, pieces)) <= _GROUP_GAP


# What may join two figures into a range. Newlines only when both figures carry a currency (a
# salary widget that puts "€30,000" / "-" / "€50,000" on three lines), never a bullet's dash.
_RANGE_GAP = lazy(r"[ \t]*(?:-{1,2}|–|—|to|and|bis|tot|en|et|und|y|à|a|through|until|till)[ \t]*", re.I)
_RANGE_GAP_LINES = lazy(r"\s*(?:-{1,2}|–|—|to)\s*", re.I)
_RANGE_SLASH = lazy(r"[ \t]*/[ \t]*")
_AND_WORDS = frozenset({"and", "en", "et", "und", "y"})
_BETWEEN = lazy(r"(?:between|tussen|zwischen|entre|tra)\s*$", re.I)
_PERIOD_AFTER = lazy(
    r"(?:/\s?|\bper\s+|\ba\s+|\ban\s+|\beach\s+|\bevery\s+|\bpro\s+)"
    r"(?P<unit>hour|hr|h|day|week|wk|month|mo|mth|year|yr|y|annum|jahr|monat|stunde|maand|jaar|uur|an|mois|mese|anno)\b"
    r"|\b(?P<word>hourly|daily|weekly|monthly|annually|annual|yearly|p\.\s?a\.|pa|p/h|pcm|jährlich|monatlich"
    r"|jaarlijks|maandelijks|annuel(?:le)?|mensuel(?:le)?|brut annuel|lordi annui|all'anno|al mese)(?![\w])",
    re.I,
)
_PERIOD_BEFORE = lazy(
    r"\b(?P<word>hourly|daily|weekly|monthly|annual|annually|yearly|per\s+hour|per\s+year|per\s+month|per\s+annum"
    r"|annuel(?:le)?|mensuel(?:le)?|RAL)\b",
    re.I,
)
# Salary words that carry their period, read anywhere earlier on the line ("Een bruto
# maandsalaris, in schaal 14, tussen € 3.712,- en € 5.303,-", "Bruttomonatsgehalt ... EUR 3.954").
_PERIOD_COMPOUND = lazy(
    r"(?P<month>\w*(?:monatsgehalt|maandsalaris|maandloon|monthly\s+(?:salary|pay|wage|rate|stipend)|salaire\s+mensuel))"
    r"|(?P<year>\w*(?:jahresgehalt|jaarsalaris|annual\s+(?:salary|base|pay|compensation|wage)|yearly\s+salary|salaire\s+annuel|brute?\s+annuel\w*|\bRAL\b))"
    r"|(?P<hour>\w*(?:stundenlohn|uurloon|hourly\s+(?:rate|wage|pay)))",
    re.I,
)
_UNITS = {
    "hour": "hour", "hr": "hour", "h": "hour", "stunde": "hour", "hourly": "hour", "p/h": "hour",
    "day": "day", "daily": "day",
    "week": "week", "wk": "week", "weekly": "week",
    "month": "month", "mo": "month", "mth": "month", "monat": "month", "monthly": "month", "pcm": "month",
    "monatlich": "month",
    "year": "year", "yr": "year", "y": "year", "annum": "year", "jahr": "year", "annually": "year",
    "annual": "year", "yearly": "year", "pa": "year", "jährlich": "year",
    "uur": "hour", "maand": "month", "maandelijks": "month", "mois": "month", "mese": "month", "mensuel": "month",
    "mensuelle": "month", "al mese": "month", "jaar": "year", "jaarlijks": "year", "an": "year", "anno": "year",
    "annuel": "year", "annuelle": "year", "brut annuel": "year", "lordi annui": "year", "all'anno": "year", "ral": "year",
}
_UPPER_BOUND = lazy(
    r"(?:\bup\s*to|\bfino\s+a|\bjusqu'à|\btot\s+maximaal|\bbis\s+zu|\bmax(?:imum)?\.?(?:\s+of)?|\bas\s+much\s+as|\bnot\s+to\s+exceed|\bno\s+more\s+than|\btop\s+of)\s*:?\s*$", re.I
)
_LOWER_BOUND = lazy(
    r"(?:\bfrom|\bstarting(?:\s+(?:at|from))?|\bstarts?\s+(?:at|from)|\bat\s+least|\bminimum(?:\s+of)?|\bmin\.?"
    r"|\bno\s+less\s+than|\bin\s+excess\s+of|\bmore\s+than|\bover|\bab|\bà\s+partir\s+de|\bvanaf|\bdesde)\s*:?\s*$",
    re.I,
)
_OPEN_AFTER = lazy(
    r"\+(?!\s*(?:equity|bonus|stock|commission|benefits|options|rsus?|shares|variable|incentives?|package)\b)"
    r"|\s*(?:and\s+(?:up|above|higher)|or\s+(?:more|higher|above))\b",
    re.I,
)
# A figure without a currency is pay only under a pay heading or label, or after one of these words.
_STRONG_PAY_WORDS = (
    r"salar(?:y|ies)|pay|compensation|remuneration|rémunération|wages?|\w*gehalt\w*|\w*salaris|salaire|salariale"
    r"|stipendio|retribuzione|RAL|sueldo|salario|loon|lön|løn"
)
# Every _STRONG_PAY_CONTEXT match holds one of these (in folded text, where re.I matches are lower case).
_STRONG_PAY_LITERALS = (
    "salar", "salai", "pay", "compensation", "remuneration", "rémunération", "wage", "gehalt", "stipendio",
    "retribuzione", "ral", "sueldo", "loon", "lön", "løn",
)


def _strong_word_before(text: str, start: int) -> bool:
    """False when _STRONG_PAY_CONTEXT cannot match in the clause before ``start`` (which lies in
    the 60 characters before it): none of its words occurs there."""
    window = folded(text)[max(0, start - 60) : start]
    return any(word in window for word in _STRONG_PAY_LITERALS)


# The same as one search (of a short window: there, trying every position is cheap).
_STRONG_LITERAL = re.compile("|".join(map(re.escape, _STRONG_PAY_LITERALS)))
_STRONG_PAY_CONTEXT = lazy(rf"\b(?:{_STRONG_PAY_WORDS})\b", re.I)
_PAY_CONTEXT = lazy(rf"\b(?:{_STRONG_PAY_WORDS}|paid|rate|earn\w*|ote|base)\b", re.I)
# Every _PAY_CONTEXT match holds one of these (in folded text). They are a quick test for a short
# text: _PAY_CONTEXT itself (re.I, with "\w*gehalt") tries much work at every character.
_PAY_CONTEXT_LITERAL = re.compile("|".join(map(re.escape, (*_STRONG_PAY_LITERALS, "paid", "rate", "earn", "ote", "base"))))


def _pay_context(text: str) -> re.Match | None:
    """``_PAY_CONTEXT.search(text)``, for short texts (headings, labels)."""
    if _PAY_CONTEXT_LITERAL.search(fold(text)) is None:
        return None
    return _PAY_CONTEXT().search(text)


@lru_cache(maxsize=20_000)
def _pay_heading(text: str) -> bool:
    """Whether a heading or label reads as pay (``_pay_context``). Cached by its text: a posting
    has dozens of headings and labels, and the same ones ("Responsibilities", "Location:") recur
    across an employer's postings."""
    return _pay_context(text) is not None


_NOT_MONEY_AFTER = lazy(
    r"\s?(?:%|\(k\)|[x×](?![A-Za-z])|\+?\s*(?:years?|yrs?|hours?|hrs|days|weeks|months|employees|people|users|members|customers|countries"
    r"|percent|points?|of\s+a\s+point|credits?|positions?|vacanc\w+|steps?)\b)",
    re.I,
)
# A clause ends at these: the words of one clause say nothing about a figure in the next.
_CLAUSE_END = lazy(r"[;•|+\n]|\.\s|,\s(?=[A-Za-z])|:\s*$")
_AFTER_STOP = lazy(r"[;•|+(\n]|,\s|\.\s|\band\b|\bplus\b", re.I)
# A link that stands for the pay: its text or address names salary, compensation or a pay range
# ("see the [salary range](https://...)"), not any address that happens to contain "pay" (PayPal).
_LINK = lazy(  # rarely needed (see _may_link): compiled on first use
    r"\[[^\]\n]{0,80}\b(?:salary|salaries|pay\s+(?:range|scale|band)s?|compensation)\b[^\]\n]{0,80}\]\([^)\s]+\)"
    r"|https?://[^\s)]*(?:salary|salaries|compensation|pay[-_]?(?:range|scale|band))[^\s)]*",
    re.I,
)
_INFERRED_YEAR_MIN = 15_000  # a figure this large in a salary context is a yearly salary
# Without any context, a figure this large in a dollar-scale currency is yearly too ("Up to £60,000"):
# few monthly salaries reach it. Not for PLN, SEK, INR, ... where monthly pay has five digits.
_MAGNITUDE_YEAR_MIN = 20_000
_DOLLAR_SCALE = frozenset({"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD"})


@dataclass(slots=True, kw_only=True)
class PayMention:
    raw: str
    span: Span
    minimum: float
    maximum: float
    currency: str | None
    period: Period | None = None
    period_source: Literal["stated", "heading", "context", "magnitude"] | None = None
    kind: Kind = "base"
    open_ended: bool = False
    bound: Literal["lower", "upper"] | None = None  # which bound an open-ended figure gives
    source: Literal["text", "front-matter", "template"] = "text"

    @property
    def is_range(self) -> bool:
        return self.minimum != self.maximum


@dataclass(slots=True, kw_only=True)
class PayNote:
    """Pay told without figures: vague words, a template that renders it, or a link to it."""

    kind: Literal["vague", "template", "link"]
    raw: str
    span: Span


@dataclass(slots=True, kw_only=True)
class BenefitMention:
    raw: str
    span: Span


@lru_cache(maxsize=1)
def _words() -> dict:
    data = load_toml(package_data("postlint", "data/pay.toml"))

    def pattern(words: list[str]) -> re.Pattern:
        parts = sorted(
            ((r"\w*" if w.startswith("*") else "") + re.escape(w.strip("*")) + (r"\w*" if w.endswith("*") else "") for w in words),
            key=len,
            reverse=True,
        )
        return re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(parts), re.I)

    builders = {
        # Each with the literals every match holds: most texts hold none, and then the pattern is
        # neither compiled (about 0.7 ms each, at first use) nor searched.
        "kind": lambda: [(name, _Guarded(words, pattern)) for name, words in data["kind"].items()],
        # Every literal of every "kind" list, looked for at once (no compile: a one-file check
        # pays for it): most clauses hold none, and the kind is then "base" without a test per list.
        "kind_literals": lambda: tuple({literal for _, guarded in _words()["kind"] for literal in guarded.literals}),
        "one_off": lambda: _Guarded(data["kind"]["one-off"], pattern),
        "not_pay": lambda: _Guarded(data["not-pay"]["words"], pattern),
        "vague": lambda: pattern(data["vague"]["phrases"]),
        "pay_words": lambda: pattern(data["vague"]["pay-words"]),
        "benefits": lambda: pattern(data["benefits"]["words"]),
        "vague_heads": lambda: _heads(data["vague"]["phrases"]),
        "benefits_heads": lambda: _heads(data["benefits"]["words"]),
    }
    return _LazyWords(builders)


class _Guarded:
    """A word-list pattern searched only when one of its words occurs (in folded text: a re.I match
    of a word is that word in lower case there; "*" parts match more, never less), and compiled
    on its first such search."""

    def __init__(self, words: list[str], build) -> None:
        self.literals = tuple({word.strip("*").lower() for word in words})
        self._words, self._build, self._pattern = words, build, None

    def search(self, text: str, low: str | None = None) -> re.Match | None:
        """``pattern.search(text)``; ``low`` is ``fold(text)`` when the caller has it already."""
        if low is None:
            low = fold(text)
        if not any(literal in low for literal in self.literals):
            return None
        if self._pattern is None:
            self._pattern = self._build(self._words)
        return self._pattern.search(text)


class _LazyWords(dict):
    """The word-list patterns, each compiled when first read (about 0.7 ms each): a posting
    without figures never needs the "kind" patterns, one without vague words never "pay_words"."""

    def __init__(self, builders: dict) -> None:
        super().__init__()
        self._builders = builders

    def __missing__(self, key: str):
        value = self[key] = self._builders[key]()
        return value


_HEAD = re.compile(r"[a-z0-9_]+")


def _heads(words: list[str]) -> dict[str, tuple[str, ...]] | None:
    """Each word or phrase of a list by its first word (a run of \\w): where a match can start,
    read from the list itself (parsing the pattern for it costs more than a millisecond at first
    use). None when a word is not plain lower-case ASCII or has a "*"."""
    heads: dict[str, list[str]] = {}
    for word in words:
        head = _HEAD.match(word)
        if not (word.isascii() and word == word.lower() and "*" not in word and head):
            return None
        heads.setdefault(head.group(), []).append(word)
    return {head: tuple(phrases) for head, phrases in heads.items()}


def _matches(text: str, pattern: re.Pattern, heads: dict[str, tuple[str, ...]] | None):
    """``pattern.finditer(text)`` for a word-list pattern (``(?<![\\w])(?:...)(?![\\w])``, re.I),
    tried only where one of its words or phrases starts. A match starts after a non-word
    character, on its first word (the whole run of \\w there) followed by the rest of the phrase,
    all in lower case in folded text: the posting's word index (built once per posting, shared with
    the statements extractor and the language rules) finds those runs, instead of one scan of the
    text per word (a case-insensitive alternation of words is otherwise tried at every character)."""
    if heads is None:
        return pattern.finditer(text)
    index = word_index(text)
    low = index.folded
    starts: list[int] = []
    for head, phrases in heads.items():
        if head.isalpha():
            if head not in index.words:
                continue
            found = index.run_starts(head)
        else:  # a word with digits ("401k"), which the index does not hold
            found = index.scan_starts(head, True)
        starts.extend(at for at in found if low.startswith(phrases, at))
    return finditer_at(pattern, text, starts)


class _Token:
    __slots__ = ("start", "end", "value", "currency", "mult")

    def __init__(self, match: re.Match, dollar: str) -> None:
        self.start, self.end = match.start(), match.end()
        symbol = match.group("sym") or match.group("psym")
        code = match.group("code") or match.group("pcode")
        if code:
            code = "EUR" if code.lower().startswith("euro") else "USD" if "dollar" in code.lower() else code
        self.currency = code.upper() if code else (dollar if symbol == "$" else _SYMBOLS.get(symbol or "", None))
        self.mult = (match.group("mult") or "").lower()
        self.value = _number(match.group("num"))
        if self.mult in ("k", "thousand"):
            self.value *= 1000


def _number(text: str) -> float:
    """'12,100' -> 12100; '120.000' -> 120000; '3.712' -> 3712; '6.5' -> 6.5; '25,50' -> 25.5."""
    seps = [i for i, ch in enumerate(text) if ch in ",."]
    if not seps:
        return float(text)
    last = seps[-1]
    digits_after = len(text) - last - 1
    if digits_after == 3 and (len(seps) == 1 or text[seps[0]] == text[last]):
        return float(re.sub(r"[,.]", "", text))
    whole = re.sub(r"[,.]", "", text[:last])
    return float(f"{whole}.{text[last + 1:]}")


_OTHER_DOLLAR = lazy(  # rarely needed (see _DOLLAR_RUNS): compiled on first use
    r"\b(?P<a>CAD|AUD|NZD|SGD|HKD)\s?\$?\s?\d|\d\s?[kK]?\s?(?P<b>CAD|AUD|NZD|SGD|HKD)\b"
    r"|\b(?P<c>Canadian|Australian|New Zealand|Singapore|Hong Kong) dollars?\b"
    r"|\b(?:in|amounts? in|currency:?)\s+(?P<d>CAD|AUD|NZD|SGD|HKD)\b",
    re.I,
)
_DOLLAR_NAMES = {"canadian": "CAD", "australian": "AUD", "new zealand": "NZD", "singapore": "SGD", "hong kong": "HKD"}
# Every _OTHER_DOLLAR match holds one of these as a whole run of ASCII letters of the folded text
# (a word of the word index): a code standing alone ("CAD 90", "in CAD", "90 CAD"), or after the
# "k" of an amount ("90kCAD"); the last word of a dollar's name ("Hong Kong dollars").
_DOLLAR_RUNS = frozenset(
    ["cad", "aud", "nzd", "sgd", "hkd", "kcad", "kaud", "knzd", "ksgd", "khkd",
     "canadian", "australian", "zealand", "singapore", "kong"]
)


def _doc_dollar(text: str) -> str:
    """What a bare "$" means in this posting: USD unless it names exactly one other dollar next to
    an amount or as its currency ("CAD 90,000", "in CAD", "Canadian dollars"; not "AutoCAD")."""
    named = set()
    # Most postings name no other dollar, so the slow whole-text search (a re.I alternation, tried
    # at every character) is skipped unless the posting's word index (shared, built once per
    # posting) holds a word that every _OTHER_DOLLAR match contains (see _DOLLAR_RUNS): set
    # lookups instead of scans of the text.
    if _DOLLAR_RUNS.isdisjoint(word_index(text).words):
        return "USD"
    for match in _OTHER_DOLLAR().finditer(text):
        word = next(g for g in match.groups() if g)
        named.add(_DOLLAR_NAMES.get(word.lower(), word.upper()))
    if len(named) == 1 and not re.search(r"\bUSD\b|US\$", text):
        return named.pop()
    return "USD"


_LINE_REACH = 300  # how far a figure's line is read either side: enough for context, linear on huge lines


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    low = max(0, start - _LINE_REACH)
    line_start = max(text.rfind("\n", low, start) + 1, low)
    high = min(len(text), end + _LINE_REACH)
    line_end = text.find("\n", end, high)
    return line_start, high if line_end < 0 else line_end


def _clause_before(text: str, line_start: int, start: int) -> str:
    window = text[max(line_start, start - 60) : start]
    cut = 0
    for match in _CLAUSE_END().finditer(window):
        if match.end() < len(window):
            cut = match.end()
    return window[cut:]


def _clause_after(text: str, end: int, limit: int) -> str:
    window = text[end : min(limit, end + 40)]
    stop = _AFTER_STOP().search(window)
    return window[: stop.start()] if stop else window


def _kind(before: str, after: str) -> Kind:
    words = _words()
    # Each text folded once, not once per list (see _Guarded).
    low_before, low_after = fold(before), fold(after)
    literals = words["kind_literals"]
    if not any(map(low_before.__contains__, literals)) and not any(map(low_after.__contains__, literals)):
        return "base"
    for name, pattern in words["kind"]:
        if pattern.search(before, low_before) or pattern.search(after, low_after):
            return name  # type: ignore[return-value]
    return "base"


class _SectionIndex:
    """Which compensation heading or pay label covers a line. A heading covers every line up to the
    next heading, so "ANNUAL SALARY" still covers "For trainee positions: $1 to $2" (a label)."""

    def __init__(self, posting: Posting) -> None:
        self.ranges: list[tuple[int, int, str]] = []
        self.line_starts: list[int] | None = None  # offset of each line, when first needed
        self.offsets: list[tuple[float, float]] | None = None  # the ranges as offsets, when first needed
        self.by_line: dict[int, str] | None = None  # line -> the heading covering it, when first needed
        sections = posting.sections
        for number, section in enumerate(sections):
            if section.kind == SectionKind.COMPENSATION or (section.heading and _pay_heading(section.heading)):
                if section.items and section.items[0].kind == "value":
                    # "Salary: up to 48K€": the label covers its own line, not the prose after it.
                    self.ranges.append((section.span.line, section.items[0].span.end_line, section.heading or ""))
                    continue
                last = max([section.span.end_line] + [i.span.end_line for i in section.items])
                if number + 1 < len(sections):
                    last = max(last, sections[number + 1].span.line - 1)
                self.ranges.append((section.span.line, last, section.heading or ""))
        for label in posting.labels:
            if _pay_heading(label.name):
                self.ranges.append((label.span.line, label.span.end_line, label.name))

    def heading_at(self, posting: Posting, offset: int) -> str | None:
        """The heading or label covering the line of ``text[offset]``."""
        if not self.ranges:
            return None
        return self.heading(self._line(posting, offset))

    def may_cover(self, posting: Posting, first: int, last: int) -> bool:
        """False when no heading or label covers a line from that of ``text[first]`` to that of
        ``text[last]`` (True does not say heading_at finds one: its heading may be empty)."""
        if not self.ranges:
            return False
        if self.offsets is None:
            # Each range as the offsets from its first line's start to its last line's end.
            self._line(posting, 0)
            starts, top = self.line_starts, posting.first_line
            self.offsets = [
                (starts[a - top] if 0 <= a - top < len(starts) else (0 if a < top else float("inf")),
                 starts[b + 1 - top] - 1 if 0 <= b + 1 - top < len(starts) else float("inf"))
                for a, b, _ in self.ranges
            ]
        return any(a <= last and first <= b for a, b in self.offsets)

    def _line(self, posting: Posting, offset: int) -> int:
        # The line as posting.span_at(offset, offset + 1).line finds it, without building a Span.
        if self.line_starts is None:
            # Each line starts one character (its "\n") after the end of the one before it.
            lengths = [len(line.text) + 1 for line in posting.lines[:-1]]
            self.line_starts = list(accumulate(lengths, initial=0))
        return posting.first_line + bisect.bisect_right(self.line_starts, offset) - 1

    def heading(self, line: int) -> str | None:
        # The last range holding the line, looked up in a table built at the first call: scanning
        # the ranges for each figure was quadratic when each of thousands of lines is a "Pay:" label.
        if self.by_line is None:
            self.by_line = {}
            for first, last, heading in self.ranges:
                for number in range(first, last + 1):
                    self.by_line[number] = heading
        return self.by_line.get(line)


def extract(posting: Posting, context: "ExtractContext | None" = None) -> list[PayMention]:
    text = posting.text
    found = _from_text(posting, text) if text else []
    found.extend(_from_front_matter(posting))
    found.extend(_from_includes(posting))
    return found


def _from_text(posting: Posting, text: str) -> list[PayMention]:
    sections = _SectionIndex(posting)
    body_start = _front_matter_end(posting, text)
    runs = _pay_runs(posting, text, body_start, sections)
    if not runs:
        return []
    dollar = _doc_dollar(text)
    tokens = []
    has_payrange_keys = "_payrange" in text
    for match in finditer_at(_TOKEN(), text, _token_starts(text, runs, body_start)):
        token = _Token(match, dollar)
        if has_payrange_keys and _PAYRANGE_KEY().match(text, text.rfind("\n", 0, match.start()) + 1):
            continue  # "min_payrange: $ 1" in front matter YAML could not read: see _from_front_matter
        if token.mult in ("m", "mm", "b", "mn", "bn", "mio", "mrd", "million", "billion", "trillion"):
            continue  # company money, never a salary
        if _NOT_MONEY_AFTER().match(text, token.end):
            continue
        if token.currency == "PHP" and token.value < 1000:
            continue  # "PHP 8.3" is the language, not pesos
        tokens.append(token)
    words = _words()
    found = []
    index = 0
    while index < len(tokens):
        first = tokens[index]
        second = tokens[index + 1] if index + 1 < len(tokens) else None
        pair = None
        if second is not None:
            both = bool(first.currency and second.currency)
            same = first.currency == second.currency if both else True
            gap = _RANGE_GAP().fullmatch(text, first.end, second.start) or (
                both and (_RANGE_GAP_LINES().fullmatch(text, first.end, second.start)
                          or _RANGE_SLASH().fullmatch(text, first.end, second.start))
            )
            if gap and same:
                joiner = gap.group(0).strip().lower()
                if joiner not in _AND_WORDS or _BETWEEN().search(text, max(0, first.start - 12), first.start):
                    pair = second
        index += 2 if pair else 1
        # Figures listed together share the words after the list: "a $25 and $50 biweekly bonus".
        last, following = pair or first, index
        while following < len(tokens) and _LIST_GAP().fullmatch(text, last.end, tokens[following].start):
            last, following = tokens[following], following + 1
        mention = _mention(posting, text, first, pair, sections, words, last.end)
        if mention is not None:
            found.append(mention)
    return found


_LIST_GAP = lazy(r"[ \t]*(?:,|and|or|, and|, or)[ \t]*", re.I)


def _unit(word: str) -> Period | None:
    """'per annum' -> 'year', 'p.a.' -> 'year', 'Monthly' -> 'month'."""
    word = word.lower().replace("p.a.", "pa").replace("p. a.", "pa")
    return _UNITS.get(word) or _UNITS.get(word.split()[-1]) if word else None


def _period_after(text: str, end: int, line_end: int) -> Period | None:
    """The period the posting states right after a figure ("/hr", "per annum", "USD monthly")."""
    stated = _PERIOD_AFTER().search(text[end : min(line_end, end + 30)])
    if stated and _period_filler_ok(text[end : end + stated.start()]):
        return _unit(stated.group("unit") or stated.group("word"))
    return None


# Every _PERIOD_BEFORE or _PERIOD_COMPOUND match holds one of these (in folded text, where a re.I
# match of an ASCII word is that word in lower case): a short text without one is not searched
# (both patterns, re.I and "\w*"-led, try much work at every character).
_PERIOD_LITERALS = (
    "hourly", "daily", "weekly", "monthly", "annual", "yearly", "per", "annuel", "mensuel", "ral", "monatsgehalt",
    "maandsalaris", "maandloon", "salaire", "jahresgehalt", "jaarsalaris", "brut", "stundenlohn", "uurloon",
)


def _period_before(before: str, wide_before: str) -> tuple[Period | None, str | None]:
    """The period the posting states before a figure: in its clause ("hourly rate of"), or in a
    salary word earlier on the line ("maandsalaris")."""
    # ``before`` ends ``wide_before``: one pre-check for both.
    if not any(map(fold(wide_before).__contains__, _PERIOD_LITERALS)):
        return None, None
    said = _PERIOD_BEFORE().search(before)
    if said and _unit(said.group("word")):
        return _unit(said.group("word")), "stated"
    compound = _PERIOD_COMPOUND().search(wide_before)
    if compound:
        return compound.lastgroup, "stated"  # type: ignore[return-value]
    return None, None


def _mention(
    posting: Posting, text: str, first: _Token, second: _Token | None, sections: _SectionIndex, words: dict, list_end: int
) -> PayMention | None:
    start, end = first.start, (second or first).end
    low, high = first.value, (second or first).value
    if second is not None:
        # "$85-125k", "EUR 6.5 - 7.5k": one multiplier for both ends.
        if second.mult == "k" and not first.mult and low < 1000 <= high:
            low *= 1000
        elif not first.mult and low < 1000 <= high and low * 1000 <= high * 1.0001:
            low *= 1000  # "£85-125,000"
        if first.mult == "k" and not second.mult and high < 1000 <= low:
            high *= 1000
    currency = first.currency or (second.currency if second else None)
    if currency is None and not _strong_word_before(text, start) and not sections.heading_at(posting, start):
        return None  # the test below, decided without reading the line (most figures are not pay)
    line_start, line_end = _line_bounds(text, start, end)
    before = _clause_before(text, line_start, start)
    heading = sections.heading_at(posting, start)
    if currency is None and not heading and not _STRONG_PAY_CONTEXT().search(before):
        # A bare number is pay only when introduced as pay (most numbers are not: counts, years,
        # phone numbers), so this is decided first, before the costlier reading of the line.
        return None
    period = _period_after(text, end, line_end)
    stated_after = period is not None
    if currency is None and not (stated_after or min(low, high) >= 1000):
        # ... and when salary-sized or with a stated period: not "seniority credit at the rate of
        # 0.25 a year".
        return None

    after = _clause_after(text, list_end, line_end)
    wide_before = text[max(line_start, start - 60) : start]
    wide_after = text[end : min(line_end, end + 40)]
    period_source = "stated" if stated_after else None
    if period is None:
        period, period_source = _period_before(before, wide_before)
    if period is None and heading:
        said = _PERIOD_BEFORE().search(heading)
        if said:
            period, period_source = _unit(said.group("word")), "heading"

    in_pay_context = bool(heading) or bool(_PAY_CONTEXT().search(before)) or bool(_PAY_CONTEXT().search(text[line_start:start]))
    if currency is None and low.is_integer() and 1900 <= low <= 2100 and second is None:
        return None  # a year
    if heading is None and words["not_pay"].search(wide_before + " " + wide_after):
        return None
    if period is None and in_pay_context and min(low, high) >= _INFERRED_YEAR_MIN:
        period, period_source = "year", "context"
    if period is None and currency in _DOLLAR_SCALE and min(low, high) >= _MAGNITUDE_YEAR_MIN:
        period, period_source = "year", "magnitude"

    kind = _kind(before, after)
    if kind == "base" and not _STRONG_PAY_CONTEXT().search(wide_before):
        # A perk line: "Clothing benefit: ... an allowance every year. This starts at £250".
        head = text[line_start:start]
        if words["one_off"].search(head):
            kind = "one-off"
    open_ended, bound = False, None
    if second is None:
        if _UPPER_BOUND().search(before):
            open_ended, bound = True, "upper"
        elif _LOWER_BOUND().search(before) or _OPEN_AFTER().match(text, end):
            open_ended, bound = True, "lower"
    raw_end = end
    if open_ended and bound == "lower" and text.startswith("+", end):
        raw_end = end + 1
    raw_start = start
    return PayMention(
        raw=text[raw_start:raw_end].strip(),
        span=posting.span_at(raw_start, raw_end),
        minimum=low,
        maximum=high,
        currency=currency,
        period=period,
        period_source=period_source,
        kind=kind,
        open_ended=open_ended,
        bound=bound,
    )


# A period word belongs to the figure only if at most a currency code or "gross"/"base" sits
# between them: "$5,500 USD monthly", "£85k gross / year"; not "0.25 of a point for each year".
_FILLER_WORDS = frozenset(
    "usd eur gbp cad aud nzd chf sek nok dkk pln gross brutto bruto net netto base salary pay before "
    "after tax pre total fte".split()
)


def _period_filler_ok(filler: str) -> bool:
    if len(filler) > 20 or re.search(r"[\d;•|\n]", filler):
        return False
    return all(word.lower() in _FILLER_WORDS for word in re.findall(r"[A-Za-z]+", filler))


def _front_matter_end(posting: Posting, text: str) -> int:
    """Where the body starts: front matter is read as data by :func:`_from_front_matter`."""
    if not posting.front_matter or not text.startswith("---"):
        return 0
    end = re.search(r"^(?:---|\.\.\.)\s*$", text[3:], re.M)
    return 3 + end.end() if end else 0


_PAYRANGE_KEY = lazy(r"[ \t]*(?P<key>min|max)_payrange[ \t]*:[ \t]*(?P<value>[^\n]*)")  # only with "_payrange"


def _from_front_matter(posting: Posting) -> list[PayMention]:
    """18F-style front matter: ``min_payrange: $ 143,736`` / ``max_payrange: $ 191,900``. When the
    front matter is not valid YAML the keys are still read from the text."""
    fm = dict(posting.front_matter)
    if "min_payrange" not in fm and "max_payrange" not in fm and "_payrange" in posting.text:
        for line in posting.lines:
            match = _PAYRANGE_KEY().fullmatch(line.text)
            if match:
                fm.setdefault(f"{match.group('key')}_payrange", match.group("value"))
    low, high = _fm_amount(fm.get("min_payrange")), _fm_amount(fm.get("max_payrange"))
    if low is None and high is None:
        return []
    low, high = low if low is not None else high, high if high is not None else low
    return [
        PayMention(
            raw=f"min_payrange {low:,.0f}, max_payrange {high:,.0f}",
            span=posting.anchor(),
            minimum=low,
            maximum=high,
            currency="USD",
            period="year" if min(low, high) >= _INFERRED_YEAR_MIN else None,
            period_source="context",
            source="front-matter",
        )
    ]


def _fm_amount(value) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        match = re.search(_NUMBER, value)
        if match:
            return _number(match.group(0))
    return None


def _from_includes(posting: Posting) -> list[PayMention]:
    """A salary include with figures (``min="$172,075" max="$183,500"``) is a yearly USD range."""
    found = []
    for include in posting.includes:
        if "salary" not in include.name.lower() and "pay" not in include.name.lower():
            continue
        low, high = _fm_amount(include.arguments.get("min")), _fm_amount(include.arguments.get("max"))
        if low is None and high is None:
            continue
        low, high = low if low is not None else high, high if high is not None else low
        found.append(
            PayMention(
                raw=f'{include.name} min="{include.arguments.get("min", "")}" max="{include.arguments.get("max", "")}"',
                span=include.span,
                minimum=low,
                maximum=high,
                currency="USD",
                period="year" if min(low, high) >= _INFERRED_YEAR_MIN else None,
                period_source="context",
                source="template",
            )
        )
    return found


def extract_notes(posting: Posting, context: "ExtractContext | None" = None) -> list[PayNote]:
    """Pay told without figures: vague phrases in a pay sentence, salary templates, salary links."""
    text = posting.text
    words = _words()
    notes = []
    for match in _matches(text, words["vague"], words["vague_heads"]):
        line_start, line_end = _line_bounds(text, match.start(), match.end())
        sentence = text[line_start:line_end]
        if not words["pay_words"].search(sentence):
            continue
        if match.group(0).lower() in ("doe", "d.o.e.", "tbd") and match.group(0) != match.group(0).upper():
            continue  # only the abbreviation "DOE"/"TBD", not the word "doe"
        notes.append(PayNote(kind="vague", raw=match.group(0), span=posting.span_at(match.start(), match.end())))
    for include in posting.includes:
        if "salary" in include.name.lower() or "pay" in include.name.lower():
            notes.append(PayNote(kind="template", raw=include.name, span=include.span))
    if _may_link(folded(text)):
        # _LINK starts with "[" or "http" (any case).
        for match in finditer_at(_LINK(), text, literal_starts(text, ("[",)) | literal_starts(folded(text), ("http",))):
            notes.append(PayNote(kind="link", raw=match.group(0), span=posting.span_at(match.start(), match.end())))
    return notes


def _may_link(low: str) -> bool:
    """False when _LINK cannot match: every match holds "salar", "compensation", or "pay" with
    "range", "scale" or "band" (in folded text, where re.I matches are lower case). Most postings
    have a "[" or a URL but no such words, and each "[" costs a try of _LINK."""
    return "salar" in low or "compensation" in low or ("pay" in low and ("range" in low or "scale" in low or "band" in low))


def extract_benefits(posting: Posting, context: "ExtractContext | None" = None) -> list[BenefitMention]:
    """Where the posting describes benefits: a benefits section, or benefit words anywhere."""
    found = [
        BenefitMention(raw=section.heading or "benefits", span=section.heading_span or section.span)
        for section in posting.sections_of(SectionKind.BENEFITS)
        if section.items
    ]
    text = posting.text
    words = _words()
    for match in _matches(text, words["benefits"], words["benefits_heads"]):
        found.append(BenefitMention(raw=match.group(0), span=posting.span_at(match.start(), match.end())))
        if len(found) >= 20:
            break
    return found
