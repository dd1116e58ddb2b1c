"""Pay mentions: amounts with a currency, a period and a kind, each with its span.

One pass of one regex finds every number that could be money (with its currency sign or code and a
"k" multiplier); neighbouring figures joined by "-", "to", an en or em dash (or "and" after
"between") become ranges. Then each mention is read in its clause: the words just before and after
give the period ("/hr", "monthly", "p.a."), the kind ("signing bonus" is one-off, "+ equity" is not)
and one-sidedness ("up to", "from", "+"). When no period is stated it is inferred from a heading or
label such as "ANNUAL SALARY" or from a salary context. Figures with no currency are kept only in a
pay context (a compensation section, a "Salary:" line, or a stated period) so years, phone numbers
and counts never read as pay. Company money ("$2 billion in revenue", "$75M Series B") is dropped.

Every amount is classed (``PayMention.kind``; words in data/pay.toml): base pay, or premium, bonus,
equity, stipend, reimbursement (pay besides base pay), benefit, budget, company or other money. The
words nearest the figure in its clause decide, then the start of its line, the heading over it and
its section's kind (a figure in a benefits section or a notice is not base pay unless its own words
say so). Numbers that name something (a pay grade, a ZIP code, a statute such as "ARS 16-407")
are not amounts at all. Only base pay is the posting's pay (the PAY rules read only it).

Periods: hour, day, week, biweekly, semimonthly, month, year, as stated ("/hr", "HOUR",
"bi-weekly", "semi-monthly") or from a heading or the salary's size; "term" for a total over a fixed
term ("for the 3 months", ``PayMention.term``); "once" for a one-off fee ("a donation of $100").

Besides figures, the module finds pay described only in words ("competitive salary", "DOE"), pay
shown by a template include or only behind a link, work the posting says is unpaid ("compensation:
gratis"), and benefit descriptions (for PAY009).

Cost is linear in the text: each figure reads bounded windows around it, and class words are
pre-checked by the windows' words (:class:`_KeyTest`) before any word-list pattern runs.
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

# "term": a total for a fixed term ("1,600 EUR for the 3 months", the term in ``PayMention.term``);
# "once": a fee paid once for a piece of work ("a donation of $100 for the logo").
Period = Literal["hour", "day", "week", "biweekly", "semimonthly", "month", "year", "term", "once"]
# What an amount is (data/pay.toml [kind]). Only "base" is the posting's pay; the rest are kept as
# facts with their class: pay besides base pay (premium, bonus, equity, stipend, reimbursement),
# benefits (insurance maximums, deductibles, spending-account limits, plans), budgets and perks,
# company money (revenue, funding) and "other" money (prices, costs, fees asked of someone).
Kind = Literal["base", "premium", "bonus", "equity", "stipend", "reimbursement", "benefit", "budget", "company", "other"]
OTHER_PAY_KINDS = ("premium", "bonus", "equity", "stipend", "reimbursement")  # pay, but not base pay

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
    rf"(?:\s?(?P<psym>[€£$])(?!\s?\d)|\s?(?P<pcode>{_CODES}|[Ee]uros?|(?:US\s)?[Dd]ollars?)(?![A-Za-z]))?"
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
    r"|\b(?P<word>hourly|daily|bi-?weekly|semi-?monthly|fortnightly|twice\s+a\s+month|every\s+(?:two\s+weeks|other\s+week)"
    r"|weekly|monthly|annually|annual|yearly|p\.\s?a\.|pa|p/h|pcm|jährlich|monatlich"
    r"|jaarlijks|maandelijks|annuel(?:le)?|mensuel(?:le)?|brut annuel|lordi annui|all'anno|al mese)(?![\w])",
    re.I,
)
_PERIOD_BEFORE = lazy(
    r"\b(?P<word>hourly|daily|bi-?weekly|semi-?monthly|fortnightly|weekly|monthly|annual|annually|yearly|per\s+hour"
    r"|per\s+year|per\s+month|per\s+annum"
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
    "biweekly": "biweekly", "bi-weekly": "biweekly", "fortnightly": "biweekly", "every two weeks": "biweekly",
    "every other week": "biweekly", "semimonthly": "semimonthly", "semi-monthly": "semimonthly",
    "twice a month": "semimonthly",
}
# A unit word standing alone after a figure, the last word of its line or before a stop:
# "Salary: $34.97 - $44.33 HOUR", "$6,023.00 - $12,374.00 MONTH" (job-board exports), not "$5,000
# year-end bonus" or "$20 hour blocks".
_BARE_UNIT = lazy(
    rf"[ \t]*(?:(?:{_CODES})[ \t]+)?(?P<unit>hour|hr|day|week|month|year|annum)(?=[ \t]*(?:\n|$|[.,;:()|]))", re.I
)
# A total for a fixed term, said before or after the figure: "paid for the 3 months", "for 12 weeks".
_TERM = lazy(
    r"\b(?:for|over|during|across)\s+(?:the\s+)?(?:(?:whole|entire|full|first)\s+)?"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*(?P<unit>weeks?|months?|days?)\b",
    re.I,
)
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


def _pay_heading(text: str) -> bool:
    """Whether a heading or label reads as pay (``_pay_context``)."""
    if _PAY_CONTEXT_LITERAL.search(fold(text)) is None:
        return False
    # "paid" alone does not make a heading pay's: "Employer-Paid Premiums", "Paid Time Off".
    return any(match.group(0).lower() != "paid" for match in _PAY_CONTEXT().finditer(text))


_NOT_MONEY_AFTER = lazy(
    r"\s?(?:%|\(k\)|[x×](?![A-Za-z])|\+?\s*(?:years?|yrs?|hours?|hrs|days|weeks|months|employees|people|users|members|customers|countries"
    r"|percent|points?|of\s+a\s+point|credits?|positions?|vacanc\w+|steps?)\b)",
    re.I,
)
# The time words of _NOT_MONEY_AFTER: after a figure with a currency they are its period or a word
# of its kind, not a count.
_TIME_AFTER = lazy(r"\s?\+?\s*(?:years?|yrs?|hours?|hrs|days|weeks|months)\b", re.I)
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
    period_source: Literal["stated", "heading", "context", "magnitude", "same figures"] | None = None
    kind: Kind = "base"
    open_ended: bool = False
    bound: Literal["lower", "upper"] | None = None  # which bound an open-ended figure gives
    term: str | None = None  # the fixed term a "term" total covers: "3 months"
    source: Literal["text", "front-matter", "template"] = "text"

    @property
    def is_range(self) -> bool:
        return self.minimum != self.maximum


@dataclass(slots=True, kw_only=True)
class PayNote:
    """Pay told without figures: vague words, a template that renders it, a link to it, or a
    statement that the work is unpaid ("compensation: gratis", "Pay: volunteer")."""

    kind: Literal["vague", "template", "link", "unpaid"]
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
        # What every "kind" list's words start with, to rule out most clauses at once (see _KeyTest).
        "kind_literals": lambda: _KeyTest(word for words in data["kind"].values() for word in words),
        # Company money and other money that is not pay, read in a wider window than a clause.
        "not_pay": lambda: [(name, guarded) for name, guarded in _words()["kind"] if name in ("company", "other")],
        # Which of those lists may match a text, from its words looked up once (see _ListIndex).
        "kind_index": lambda: _ListIndex(_words()["kind"]),
        "not_pay_index": lambda: _ListIndex(_words()["not_pay"]),
        "once": lambda: _Guarded(data["period"]["once"], pattern),
        # An identifier word right before a figure ("Pay Grade: 8629", "Suite 107").
        "identifier": lambda: re.compile(
            r"(?<![\w])(?:%s)[ \t]*[:#.]?[ \t]*$" % "|".join(map(re.escape, sorted(data["identifier"]["before"], key=len, reverse=True))),
            re.I,
        ),
        "identifier_literals": lambda: _literal_pattern([[w.lower() for w in data["identifier"]["before"]]]),
        "vague": lambda: pattern(data["vague"]["phrases"]),
        "pay_words": lambda: pattern(data["vague"]["pay-words"]),
        "benefits": lambda: pattern(data["benefits"]["words"]),
        "vague_heads": lambda: _heads(data["vague"]["phrases"]),
        "benefits_heads": lambda: _heads(data["benefits"]["words"]),
    }
    return _LazyWords(builders)


def _literal_pattern(groups) -> re.Pattern:
    """One alternation of every literal of ``groups`` (longest first), for folded text."""
    literals = sorted({literal for group in groups for literal in group}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, literals)))


_KEY_TOKEN = re.compile(r"[^\W_]+")


class _KeyTest:
    """A quick superset test for "may one of these words or phrases match in this folded text?",
    from the text's words, found once (:func:`_keys`): each phrase is looked for by its longest
    word, whole, or by its first four letters (three for a three-letter word) when it is the word
    with the trailing "*" ("commut*"). Words with a leading "*" (a suffix, "*zuschuss") are looked for with ``in``.
    Where an alternation of some 200 words costs re a try of every word at every position, and
    ``in`` one scan per word, this is two set lookups."""

    def __init__(self, words) -> None:
        exact, prefixes, suffixes = set(), set(), []
        for word in words:
            low = word.lower()
            parts = _KEY_TOKEN.findall(low.strip("*"))
            if low.startswith("*") or not parts:
                suffixes.append(low.strip("*"))
                continue
            longest = max(range(len(parts)), key=lambda i: len(parts[i]))
            if low.endswith("*") and longest == len(parts) - 1 and len(parts) > 1 and len(parts[-1]) < 4:
                # The word start is short and common ("co-pay*": every "pay"): the whole word before
                # it is looked for instead ("co"), which every match also holds.
                exact.add(max(parts[:-1], key=len))
            elif low.endswith("*") and longest == len(parts) - 1:
                prefixes.add(parts[longest][:4])  # "perk*" -> "perk", "pay*" -> "pay"
            else:
                exact.add(parts[longest])
        self.exact, self.prefixes, self.suffixes = frozenset(exact), frozenset(prefixes), tuple(suffixes)

    def may_match(self, keys: tuple[frozenset, frozenset], low: str) -> bool:
        words, starts = keys
        return (
            not self.exact.isdisjoint(words)
            or not self.prefixes.isdisjoint(starts)
            or any(suffix in low for suffix in self.suffixes)
        )


def _keys(low: str) -> tuple[frozenset, frozenset]:
    """A folded text's words, and their first four and first three letters, for :class:`_KeyTest`."""
    words = frozenset(_KEY_TOKEN.findall(low))
    return words, frozenset([word[:4] for word in words] + [word[:3] for word in words])


# How many figures a text needs before _KindWords pays for itself (finding ~200 class keys in an
# 8 KB posting costs ~2.5 ms; a figure's own key tests ~30 us).
_MANY_FIGURES = 64


class _KindWords:
    """Where a class word may stand in a text with many figures: every occurrence of a key of
    :class:`_KeyTest` (an exact word, a word start, a suffix) as a plain substring of the folded
    text, found once. A class word in a window of the text holds its key inside the window (the
    window folded is that slice of the folded text), so a window without an occurrence cannot
    match: figures far from every class word (one line of 6,000 amounts) skip their key tests."""

    def __init__(self, text: str, test: _KeyTest) -> None:
        keys = (*test.exact, *test.prefixes, *test.suffixes)
        self.starts = keyword_positions(folded(text), keys)
        # _class_of reads "/hr" after a figure as "per hr": that "per" is not in the text.
        self.per = any(key in "per " for key in keys)

    def within(self, low: int, high: int) -> bool:
        """Whether a key occurrence starts in ``text[low:high]``."""
        at = bisect.bisect_left(self.starts, low)
        return at < len(self.starts) and self.starts[at] < high


class _Guarded:
    """A word-list pattern searched only when one of its words occurs (in folded text: a re.I match
    of a word is that word in lower case there; "*" parts match more, never less), and compiled
    on its first such search."""

    def __init__(self, words: list[str], build) -> None:
        self.literals = tuple({word.strip("*").lower() for word in words})
        self.test = _KeyTest(words)
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

    def nearest(self, before: str, in_before: bool, after: str, in_after: bool) -> tuple[int, int] | None:
        """(distance, -length) of the match nearest the figure: the last one in ``before`` (which
        ends at the figure) or the first one in ``after`` (which starts there); at equal distance
        the longer match ("training wage" before "training"). ``in_*``: whether the text may hold
        a match at all (the list's :class:`_KeyTest` on it); a text that cannot is not searched."""
        best = None
        if in_before:
            if self._pattern is None:
                self._pattern = self._build(self._words)
            last = None
            for last in self._pattern.finditer(before):
                pass
            if last is not None:
                best = (len(before) - last.end(), last.start() - last.end())
        if in_after:
            if self._pattern is None:
                self._pattern = self._build(self._words)
            first = self._pattern.search(after)
            if first is not None:
                key = (first.start(), first.start() - first.end())
                if best is None or key < best:
                    best = key
        return best


class _ListIndex:
    """Which of a family of :class:`_Guarded` lists may match a folded text: each list's
    :class:`_KeyTest` keys mapped to the lists holding them, so a text's words are looked up once
    for the family, not once per list. ``lists`` gives exactly the lists whose test's
    ``may_match`` is true."""

    def __init__(self, family: list) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefixes: dict[str, set[int]] = {}
        self.suffixes: list[tuple[str, int]] = []
        for order, (_, guarded) in enumerate(family):
            for key in guarded.test.exact:
                self.exact.setdefault(key, set()).add(order)
            for key in guarded.test.prefixes:
                self.prefixes.setdefault(key, set()).add(order)
            self.suffixes.extend((suffix, order) for suffix in guarded.test.suffixes)
        self.exact_keys, self.prefix_keys = frozenset(self.exact), frozenset(self.prefixes)

    def lists(self, keys: tuple[frozenset, frozenset], low: str) -> set[int]:
        """The positions in the family of the lists that may match the folded text ``low`` (whose
        :func:`_keys` are ``keys``)."""
        words, starts = keys
        found: set[int] = set()
        for word in self.exact_keys.intersection(words):
            found |= self.exact[word]
        for start in self.prefix_keys.intersection(starts):
            found |= self.prefixes[start]
        for suffix, order in self.suffixes:
            if order not in found and suffix in low:
                found.add(order)
        return found


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
    __slots__ = ("start", "end", "value", "currency", "mult", "company")

    def __init__(self, match: re.Match, dollar: str) -> None:
        self.start, self.end = match.start(), match.end()
        symbol = match.group("sym") or match.group("psym")
        code = match.group("code") or match.group("pcode")
        if code:
            code = "EUR" if code.lower().startswith("euro") else "USD" if "dollar" in code.lower() else code
        self.currency = code.upper() if code else (dollar if symbol == "$" else _SYMBOLS.get(symbol or "", None))
        self.mult = (match.group("mult") or "").lower()
        self.value = _number(match.group("num"))
        self.company = self.mult in _COMPANY_MULTS  # "$2 billion", "$75M": company money, never pay
        if self.company:
            self.value *= _COMPANY_MULTS[self.mult]
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


def _kind(before: str, after: str) -> Kind | None:
    """The class the words nearest the figure give (data/pay.toml [kind]): the last word of
    ``before`` or the first of ``after`` closest to it; at equal distance a class other than
    "base" wins ("deferred compensation" over "compensation"). None when no list has a word there."""
    words = _words()
    # Each text folded and split into words once; the lists that may match found from those words.
    low_before, low_after = fold(before), fold(after)
    index = words["kind_index"]
    in_before = index.lists(_keys(low_before), low_before)
    in_after = index.lists(_keys(low_after), low_after) if after else set()
    if not in_before and not in_after:
        return None
    best: tuple[int, int, bool, int] | None = None
    kind = None
    family = words["kind"]
    for order in sorted(in_before | in_after):
        name, guarded = family[order]
        distance = guarded.nearest(before, order in in_before, after, order in in_after)
        if distance is not None:
            key = (*distance, name == "base", order)
            if best is None or key < best:
                best, kind = key, name
    return kind  # type: ignore[return-value]


class _SectionIndex:
    """Which compensation heading or pay label covers a line. A heading covers every line up to the
    next heading, so "ANNUAL SALARY" still covers "For trainee positions: $1 to $2" (a label)."""

    def __init__(self, posting: Posting) -> None:
        self.ranges: list[tuple[int, int, str]] = []
        self.line_starts: list[int] | None = None  # offset of each line, when first needed
        self.offsets: list[tuple[float, float]] | None = None  # the ranges as offsets, when first needed
        self.zones: list[int] | None = None  # each section's first line, when first needed
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

    def zone_at(self, posting: Posting, offset: int) -> tuple[SectionKind | None, str | None]:
        """The kind and heading of the section whose lines hold ``text[offset]`` (a section runs
        to the line before the next one starts)."""
        if self.zones is None:
            sections = posting.sections
            self.zones = [section.span.line for section in sections]
        line = self._line(posting, offset)
        at = bisect.bisect_right(self.zones, line) - 1
        if at < 0:
            return None, None
        section = posting.sections[at]
        return section.kind, section.heading


def extract(posting: Posting, context: "ExtractContext | None" = None) -> list[PayMention]:
    text = posting.text
    found = _from_text(posting, text) if text else []
    found.extend(_from_front_matter(posting))
    found.extend(_from_includes(posting))
    _periods_from_same_figures(found)
    return found


def _periods_from_same_figures(found: list[PayMention]) -> None:
    """"Salary: $27.14 - $45.35 HOUR" and, further on, "Full salary is $27.14 to $45.35": a figure
    without a period that starts or ends a range stated with one, in the same currency, is paid
    per that period too."""
    known = {}
    for pay in found:
        if pay.period is not None and pay.period not in ("once", "term") and pay.kind == "base":
            known.setdefault((pay.currency, pay.minimum), pay.period)
            known.setdefault((pay.currency, pay.maximum), pay.period)
    if not known:
        return
    for pay in found:
        if pay.period is None and pay.kind == "base":
            period = known.get((pay.currency, pay.minimum)) or known.get((pay.currency, pay.maximum))
            if period is not None:
                pay.period, pay.period_source = period, "same figures"


# A posting's money figures after its first 1,000 are not read. No posting states that many (the
# corpus's most is 66, a county page with its other openings); a text that does is generated or
# broken, and each figure costs a classification (about 30 microseconds of Python): without a bound
# a line of "$1 $1 $1 ..." took 1.08 s per 100 KB, over the 1 s every input must stay under.
MAX_FIGURES = 1000


def _from_text(posting: Posting, text: str) -> list[PayMention]:
    sections = _SectionIndex(posting)
    body_start = _front_matter_end(posting, text)
    runs = _pay_runs(posting, text, body_start, sections)
    if not runs:
        return []
    dollar = _doc_dollar(text)
    tokens = []
    has_payrange_keys = "_payrange" in text
    merged_end = -1
    for match in finditer_at(_TOKEN(), text, _token_starts(text, runs, body_start)):
        if match.start() < merged_end:
            continue  # the thousands of a figure split by a space, read with it (below)
        token = _Token(match, dollar)
        split = (
            _SPLIT_THOUSANDS().match(text, token.end)
            if match.group("sym") and not token.mult and match.group("num").isdigit() and len(match.group("num")) <= 3
            else None
        )
        if split:  # "HIRING SALARY: $57, 024": one figure whose thousands group lost its place
            token.value = token.value * 1000 + int(split.group(1))
            token.end = merged_end = split.end()
        if has_payrange_keys and _PAYRANGE_KEY().match(text, text.rfind("\n", 0, match.start()) + 1):
            continue  # "min_payrange: $ 1" in front matter YAML could not read: see _from_front_matter
        scale = None if token.company else _COMPANY_AFTER().match(text, token.end)
        if scale:  # "$10+ billion": the scale word after a "+"
            token.company = True
            token.value *= _COMPANY_MULTS[scale.group("mult").lower()]
        if _NOT_MONEY_AFTER().match(text, token.end) and (
            token.currency is None or not _TIME_AFTER().match(text, token.end)
        ):
            continue  # "40 hours", "5+ years", "20%"; but "$44.33 HOUR" is a rate, "$5,000 year-end bonus" money
        if token.currency == "PHP" and token.value < 1000:
            continue  # "PHP 8.3" is the language, not pesos
        tokens.append(token)
        if len(tokens) >= MAX_FIGURES:
            break  # see MAX_FIGURES
    words = _words()
    # With many figures, where the class words may stand is found once for the whole text (see
    # _KindWords); with a few, each figure's windows are tested on their own (cheaper then).
    kind_words = _KindWords(text, words["kind_literals"]) if len(tokens) > _MANY_FIGURES else None
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
            if gap and same and first.company == second.company:
                joiner = gap.group(0).strip().lower()
                if joiner not in _AND_WORDS or _BETWEEN().search(text, max(0, first.start - 12), first.start):
                    pair = second
            elif (both and same and not first.company and not second.company and first.value < second.value
                  and _RANGE_SPACE().fullmatch(text, first.end, second.start)):
                pair = second
        index += 2 if pair else 1
        # Figures listed together share the words after the list: "a $25 and $50 biweekly bonus".
        last, following = pair or first, index
        while following < len(tokens) and _LIST_GAP().fullmatch(text, last.end, tokens[following].start):
            last, following = tokens[following], following + 1
        mention = _mention(posting, text, first, pair, sections, words, last.end, kind_words)
        if mention is not None:
            found.append(mention)
    return found


_LIST_GAP = lazy(r"[ \t]*(?:,|and|or|, and|, or)[ \t]*", re.I)
# ", 024" right after a figure with a currency sign: its thousands group, split off by a space.
_SPLIT_THOUSANDS = lazy(r", (\d{3})(?![\d]|[.,]\d)")
_COMPANY_MULTS = {"m": 1e6, "mm": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "mrd": 1e9,
                  "billion": 1e9, "trillion": 1e12}
_COMPANY_AFTER = lazy(r"\+[ \t]?(?P<mult>million|billion|trillion|bn|mn|mrd)\b", re.I)
# Two figures that both carry a currency, with only spaces between them, in rising order: a range
# written as table cells ("Level 2 $140,000 $195,000", "$4,493.00 $5,460.00 Monthly").
_RANGE_SPACE = lazy(r"[ \t]+")


def _unit(word: str) -> Period | None:
    """'per annum' -> 'year', 'p.a.' -> 'year', 'Monthly' -> 'month', 'bi-weekly' -> 'biweekly'."""
    word = " ".join(word.lower().replace("p.a.", "pa").replace("p. a.", "pa").split())
    return _UNITS.get(word) or _UNITS.get(word.split()[-1]) if word else None


def _period_after(text: str, end: int, line_end: int) -> Period | None:
    """The period the posting states right after a figure ("/hr", "per annum", "USD monthly")."""
    window = text[end : min(line_end, end + 30)]
    stated = _PERIOD_AFTER().search(window) if _LETTER().search(window) else None
    if stated and _period_filler_ok(text[end : end + stated.start()]):
        return _unit(stated.group("unit") or stated.group("word"))
    bare = _BARE_UNIT().match(text, end)
    if bare:
        return _unit(bare.group("unit"))
    return None


# Every _PERIOD_BEFORE or _PERIOD_COMPOUND match holds one of these (in folded text, where a re.I
# match of an ASCII word is that word in lower case): a short text without one is not searched
# (both patterns, re.I and "\w*"-led, try much work at every character).
_PERIOD_LITERALS = (
    "hourly", "daily", "weekly", "monthly", "annual", "yearly", "per", "annuel", "mensuel", "ral", "monatsgehalt",
    "maandsalaris", "maandloon", "salaire", "jahresgehalt", "jaarsalaris", "brut", "stundenlohn", "uurloon",
    "fortnightly",
)


# Every _PERIOD_AFTER match holds an ASCII letter, or a character re.I matches to one.
_LETTER = lazy("[A-Za-z\u0130\u0131\u017f\u212a]")  # 0.25 ms to compile: not at import
# What every match of these patterns holds (in folded text): a window without any is not searched.
_TERM_LITERALS = ("for", "over", "during", "across")
_UPPER_LITERALS = ("up", "fino", "jusqu", "tot", "bis", "max", "as", "no", "top")
_LOWER_LITERALS = ("from", "start", "at", "min", "no", "in", "more", "over", "ab", "partir", "vanaf", "desde")
_GLUED_LITERALS = ("salar", "wage", "compensation", "remuneration", "base", "pay")


def _holds(low: str, literals: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, literals))


def _period_before(before: str, wide_before: str, low_wide: str) -> tuple[Period | None, str | None]:
    """The period the posting states before a figure: in its clause ("hourly rate of"), or in a
    salary word earlier on the line ("maandsalaris"). ``low_wide`` is ``fold(wide_before)``."""
    # ``before`` ends ``wide_before``: one pre-check for both.
    if not _holds(low_wide, _PERIOD_LITERALS):
        return None, None
    # Only the figure's own sentence: "$30.00 per hour. $1,500 sign-on bonus" pays the bonus once.
    before = before[_sentence_start(before, 0, len(before)) :]
    wide_before = wide_before[_sentence_start(wide_before, 0, len(wide_before)) :]
    said = _PERIOD_BEFORE().search(before)
    if said and _unit(said.group("word")):
        return _unit(said.group("word")), "stated"
    compound = _PERIOD_COMPOUND().search(wide_before)
    if compound:
        return compound.lastgroup, "stated"  # type: ignore[return-value]
    return None, None


def _mention(
    posting: Posting, text: str, first: _Token, second: _Token | None, sections: _SectionIndex, words: dict, list_end: int,
    kind_words: "_KindWords | None" = None,
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
    if first.company:
        # "$2 billion", "$10+ billion in revenue": company money, whatever its words.
        return _plain_mention(posting, text, start, end, low, high, currency, "company")
    if second is not None and _is_code_pair(text, first, second):
        return None  # "ARS 16-407", "16-407": a statute or code number, not a range
    if currency is None and not _strong_word_before(text, start) and not sections.heading_at(posting, start):
        return None  # the test below, decided without reading the line (most figures are not pay)
    line_start, line_end = _line_bounds(text, start, end)
    before = _clause_before(text, line_start, start)
    heading = sections.heading_at(posting, start)
    if currency is None and not heading and not _STRONG_PAY_CONTEXT().search(before):
        # A bare number is pay only when introduced as pay (most numbers are not: counts, years,
        # phone numbers), so this is decided first, before the costlier reading of the line.
        return None
    if currency is None and _is_identifier(text, first, before, words):
        return None  # "Pay Grade: 8629", "Fayetteville, NC 28301": a grade, a code, an address
    period = _period_after(text, end, line_end)
    stated_after = period is not None
    if currency is None and not (stated_after or min(low, high) >= 1000):
        # ... and when salary-sized or with a stated period: not "seniority credit at the rate of
        # 0.25 a year".
        return None

    after = _clause_after(text, list_end, line_end)
    wide_before = text[max(line_start, start - 60) : start]
    wide_after = text[end : min(line_end, end + 40)]
    # Folded once for the pre-checks below; ``before`` ends ``wide_before``.
    low_wide, low_after = fold(wide_before), fold(wide_after)
    low_before = low_wide[len(low_wide) - len(before) :]
    period_source = "stated" if stated_after else None
    if period is None:
        period, period_source = _period_before(before, wide_before, low_wide)
    if period is None and heading:
        said = _PERIOD_BEFORE().search(heading)
        if said:
            period, period_source = _unit(said.group("word")), "heading"
    term = None
    if period is None:
        said = (_holds(low_wide, _TERM_LITERALS) and _TERM().search(wide_before)) or (
            _holds(low_after, _TERM_LITERALS) and _TERM().search(wide_after))
        if said:
            period, period_source = "term", "stated"
            term = f"{said.group('n')} {said.group('unit').lower()}"

    if currency is None and low.is_integer() and 1900 <= low <= 2100 and second is None:
        return None  # a year
    # Every window _class_of reads for class words lies from _HEAD_REACH before the figure (on its
    # line) to 40 characters after the list it ends (or "/hr" is read as "per hr": see _KindWords).
    near = (kind_words is None or kind_words.within(max(line_start, start - _HEAD_REACH), list_end + 40)
            or (kind_words.per and after.startswith("/")))
    glued = _holds(low_wide, _GLUED_LITERALS) and _PAY_WORD_GLUED.search(wide_before) is not None
    kind = _class_of(posting, text, sections, heading, start, line_start, before, after, wide_before, wide_after, words,
                     near, glued)
    if kind == "base" and period is None and words["once"].search(before + " " + after):
        period, period_source = "once", "stated"  # "a donation of $100", "a flat fee of $500"
    if period is None and min(low, high) >= _INFERRED_YEAR_MIN and (
        heading or _pay_context(before) or _pay_context(text[line_start:start])
    ):
        period, period_source = "year", "context"
    if period is None and currency in _DOLLAR_SCALE and min(low, high) >= _MAGNITUDE_YEAR_MIN:
        period, period_source = "year", "magnitude"

    open_ended, bound = False, None
    if second is None:
        if _holds(low_before, _UPPER_LITERALS) and _UPPER_BOUND().search(before):
            open_ended, bound = True, "upper"
        elif (_holds(low_before, _LOWER_LITERALS) and _LOWER_BOUND().search(before)) or _OPEN_AFTER().match(text, end):
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
        term=term,
    )


def _digits_only(text: str, token: "_Token") -> bool:
    number = text[token.start : token.end].lstrip("".join(_TOKEN_FIRST) + "$ ")
    return number.isdigit()


def _plain_mention(posting: Posting, text: str, start: int, end: int, low: float, high: float, currency, kind) -> PayMention:
    return PayMention(raw=text[start:end].strip(), span=posting.span_at(start, end), minimum=low, maximum=high,
                      currency=currency, kind=kind)


def _class_of(posting, text, sections, heading, start, line_start, before, after, wide_before, wide_after, words,
              near: bool, glued: bool) -> Kind:
    """What the amount is (see data/pay.toml [kind]): the words nearest it in its clause; else
    company money or other money named within 60 characters; else the words at the start of its
    line (a perk line: "Clothing benefit: ... This starts at £250") or the last inline label
    further back on it ("Longevity Bonus:"); else the heading over it
    ("Employee Referral Bonus", "Life Insurance"); else its section's kind (a figure in a benefits
    section or a notice is not base pay); else base pay. ``near`` False: no class word stands in
    the figure's windows (the first three tests find nothing); ``glued``: _PAY_WORD_GLUED finds a
    pay word in ``wide_before``."""
    # The clause's words of the figure's own sentence ("... training and growth. $85,000 a year");
    # "/person" after it reads as "per person".
    kind = near and _kind(before[_sentence_start(before, 0, len(before)) :], "per " + after[1:] if after.startswith("/") else after)
    if kind:
        return kind
    if heading is None and near:
        named = _kind_among(words["not_pay"], words["not_pay_index"], wide_before, wide_after)
        if named is not None:
            return named
    if not glued:
        head = text[max(line_start, start - _HEAD_REACH) : start]
        # Only the figure's own sentence: the one before may be about something else ("...
        # training and growth opportunities.</li> ... $85,000 - $110,000 a year").
        head = head[_sentence_start(head, 0, len(head)) :]
        if near and len(head) > len(before):
            kind = _kind(head, "")
            if kind is not None:
                return kind
        # The last inline label further back on the line names a table's figures: "Longevity
        # Bonus:   3 years ... $300   5 years ... $600 ... 20 years or more   $1,500".
        low = max(line_start, start - _LINE_REACH)
        low = _sentence_start(text, low, start)
        colon = text.rfind(":", low, start - len(head))
        if colon > 0:
            label = _INLINE_LABEL.search(text, max(line_start, colon - 40), colon)
            kind = _heading_kind(label.group(1)) if label else None
            if kind is not None:
                return kind
    zone_kind, zone_heading = sections.zone_at(posting, start)
    for words_of_heading in dict.fromkeys(h for h in (heading, zone_heading) if h):
        kind = _heading_kind(words_of_heading)
        if kind is not None:
            return kind
    if zone_kind == SectionKind.BENEFITS:
        return "benefit"
    if zone_kind in _NOTICE_KINDS:
        return "other"
    return "base"


def _heading_kind(heading: str) -> Kind | None:
    """The class a heading names: a pay word ("Salary", "Compensation and benefits") makes it base
    pay; else the first class whose words it holds ("Employee Referral Bonus", "Life Insurance")."""
    if _pay_heading(heading):
        return "base"
    low = fold(heading)
    for name, guarded in _words()["kind"]:
        if name != "base" and guarded.search(heading, low):
            return name  # type: ignore[return-value]
    return None


def _kind_among(lists, index: _ListIndex, before: str, after: str) -> Kind | None:
    """The class of the list of ``lists`` (indexed by ``index``) with a match nearest the figure."""
    low_before, low_after = fold(before), fold(after)
    in_before, in_after = index.lists(_keys(low_before), low_before), index.lists(_keys(low_after), low_after)
    best = None
    for order in sorted(in_before | in_after):
        name, guarded = lists[order]
        distance = guarded.nearest(before, order in in_before, after, order in in_after)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, name)  # (distance, -length) tuples compare as keys
    return best[1] if best else None  # type: ignore[return-value]


_HEAD_REACH = 120  # how far back on its line a figure's line start is read for its class
_SENTENCE_STOPS = (". ", "! ", "? ", ">")  # where a figure's sentence starts, for its line's words


# Words an abbreviation's full stop follows ("approx. $5,000", "min. $20"): no sentence ends there.
_ABBREVIATIONS = frozenset("approx appr ca circa min max est avg incl excl no vs eg ie etc jr sr st dr pa".split())


def _sentence_start(text: str, low: int, high: int) -> int:
    """Where the sentence holding ``text[high]`` starts, at ``low`` or after it. A sentence that
    starts with a pronoun ("This starts at £250") goes on from the one before it."""
    start = low
    for stop in _SENTENCE_STOPS:
        at = text.rfind(stop, low, high)
        while at >= 0 and stop == ". " and (
            _abbreviation_before(text, low, at) or _CONTINUES.match(text, at + len(stop), high)
        ):
            at = text.rfind(stop, low, at)
        if at >= 0:
            start = max(start, at + len(stop))
    return start


_CONTINUES = re.compile(r"(?:This|That|These|Those|It|Which)\b")


def _abbreviation_before(text: str, low: int, at: int) -> bool:
    word = text[max(low, at - 8) : at].rsplit(None, 1)[-1] if text[max(low, at - 8) : at].strip() else ""
    return word.replace(".", "").lower() in _ABBREVIATIONS
_INLINE_LABEL = re.compile(r"((?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z][\w'-]*)[ \t]*$")  # "Longevity Bonus" before a colon
# A salary word just before a figure, also glued to the word before it by a scrape that lost the line
# break ("Shift: Night Shift, Weekends OffSalary: Up to PHP 183,000"): the figure is that salary, so
# the words earlier on the line do not class it.
_PAY_WORD_GLUED = re.compile(r"(?:salar(?:y|ies)|wages?|compensation|remuneration|base\s+pay|pay\s+(?:range|rate))(?![a-z])", re.I)
# Sections whose figures are never base pay unless words say so: legal, equal-opportunity and privacy
# notices, when the parse stage marks them (SectionKind.NOTICES, where it exists).
_NOTICE_KINDS = frozenset(kind for kind in (getattr(SectionKind, "NOTICES", None),) if kind is not None)
# A state's two capitals before a five-digit figure: a ZIP code ("Fayetteville, NC 28301").
_ZIP_BEFORE = re.compile(r"\b[A-Z]{2},?[ \t]+$")


def _is_identifier(text: str, token: "_Token", before: str, words: dict) -> bool:
    """A figure without a currency that names something: after a grade, code or address word, or
    a ZIP code after a state's abbreviation."""
    digits = text[token.start : token.end]
    if digits.isdigit() and len(digits) == 5 and _ZIP_BEFORE.search(before):
        return True
    tail = fold(before[-24:])
    return words["identifier_literals"].search(tail) is not None and words["identifier"].search(before[-24:]) is not None


def _is_code_pair(text: str, first: "_Token", second: "_Token") -> bool:
    """Two whole numbers of plain digits joined by a bare hyphen, an order of magnitude apart and
    both under 1,000 ("16-407", "ARS 16-407"): a statute, code or phone-number part, never a pay
    range ("$85-125k" has its k, "£85-125,000" its thousands, "$20-$25" its signs)."""
    if text[first.end : second.start] != "-" or first.mult or second.mult:
        return False
    if not (_digits_only(text, first) and _digits_only(text, second)) or second.value >= 1000:
        return False
    if second.currency is not None and second.currency != first.currency:
        return False
    if text[second.start : second.start + 1] in "$£€¥₹":
        return False
    low, high = first.value, second.value
    return low.is_integer() and high.is_integer() and 0 < low * 10 <= high


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


_QUOTES = frozenset("\"'“”‘’«»")


def extract_notes(posting: Posting, context: "ExtractContext | None" = None) -> list[PayNote]:
    """Pay told without figures: vague phrases in a pay sentence, salary templates, salary links."""
    text = posting.text
    words = _words()
    notes = []
    sections = _SectionIndex(posting) if _NOTICE_KINDS else None
    for match in _matches(text, words["vague"], words["vague_heads"]):
        line_start, line_end = _line_bounds(text, match.start(), match.end())
        sentence = text[line_start:line_end]
        if not words["pay_words"].search(sentence):
            continue
        if match.group(0).lower() in ("doe", "d.o.e.", "tbd") and match.group(0) != match.group(0).upper():
            continue  # only the abbreviation "DOE"/"TBD", not the word "doe"
        if sections is not None and sections.zone_at(posting, match.start())[0] in _NOTICE_KINDS:
            continue  # a legal or privacy notice's words are not this posting's pay
        if text[match.start() - 1:match.start()] in _QUOTES and text[match.end():match.end() + 1] in _QUOTES:
            continue  # 'Please note that "negotiable" is neither salary nor requirements': the word named, not used
        notes.append(PayNote(kind="vague", raw=match.group(0), span=posting.span_at(match.start(), match.end())))
    for include in posting.includes:
        if "salary" in include.name.lower() or "pay" in include.name.lower():
            notes.append(PayNote(kind="template", raw=include.name, span=include.span))
    notes.extend(_unpaid_notes(posting))
    if _may_link(folded(text)):
        # _LINK starts with "[" or "http" (any case).
        for match in finditer_at(_LINK(), text, literal_starts(text, ("[",)) | literal_starts(folded(text), ("http",))):
            notes.append(PayNote(kind="link", raw=match.group(0), span=posting.span_at(match.start(), match.end())))
    return notes


# A pay field or label whose value says the work is unpaid: "compensation: gratis", "Pay: Volunteer
# position", "Salary: unpaid". Only the start of the value counts ("paid, negotiated" is not).
_UNPAID_VALUE = re.compile(
    r"\s*(?:gratis|unpaid|volunteer\w*|pro[ -]bono|free(?:\s+of\s+charge)?|none|no\s+(?:pay|compensation|salary)"
    r"|not\s+paid|non-?paid|honorary)\b",
    re.I,
)
# Front-matter fields that hold the pay (also read by the checklist for pay said in words)
PAY_FIELDS = ("compensation", "pay", "salary", "remuneration", "wage", "wages", "paid")


def _unpaid_notes(posting: Posting) -> list[PayNote]:
    found = []
    for key in PAY_FIELDS:
        value = posting.front_matter.get(key)
        if isinstance(value, str) and _UNPAID_VALUE.match(value):
            line = next((l for l in posting.lines if l.text.lower().startswith(f"{key}:")), None)
            span = posting.span_at(*_line_offsets(posting, line)) if line is not None else posting.anchor()
            found.append(PayNote(kind="unpaid", raw=f"{key}: {value}", span=span))
    for label in posting.labels:
        if _pay_heading(label.name) and _UNPAID_VALUE.match(label.value):
            found.append(PayNote(kind="unpaid", raw=f"{label.name}: {label.value}", span=label.span))
    for section in posting.sections:  # "Pay: volunteer" parses as a pay section with its value
        value = section.items[0] if section.items and section.items[0].kind == "value" else None
        if value is not None and section.heading and _pay_heading(section.heading) and _UNPAID_VALUE.match(value.text):
            found.append(PayNote(kind="unpaid", raw=f"{section.heading}: {value.text}", span=value.span))
    return found


def _line_offsets(posting: Posting, line) -> tuple[int, int]:
    start = posting.line_starts[line.number - posting.first_line]
    return start, start + len(line.text)


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
