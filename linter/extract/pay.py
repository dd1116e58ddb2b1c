"""Pay mentions: amounts with a currency, a period and a kind, each with its span."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from postlint.model import Posting, Span

if TYPE_CHECKING:
    from postlint.extract import ExtractContext

Period = Literal["hour", "day", "week", "month", "year"]

_AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"
_MONEY = re.compile(
    rf"(?P<cur>[$£€])\s?(?P<min>{_AMOUNT})\s*(?P<k1>[kK])?"
    rf"(?:\s*(?:-|–|—|to|and)\s*[$£€]?\s?(?P<max>{_AMOUNT})\s*(?P<k2>[kK])?)?"
)
_PERIODS = [
    ("hour", re.compile(r"^\s*(?:/\s*h(?:ou)?r\b|per\s+hour|an\s+hour|hourly|/\s*hour)", re.I)),
    ("day", re.compile(r"^\s*(?:/\s*day|per\s+day|a\s+day|daily)\b", re.I)),
    ("week", re.compile(r"^\s*(?:/\s*w(?:ee)?k|per\s+week|a\s+week|weekly)\b", re.I)),
    ("month", re.compile(r"^\s*(?:/\s*mo(?:nth)?|per\s+month|a\s+month|monthly)\b", re.I)),
    ("year", re.compile(r"^\s*(?:/\s*y(?:ea)?r|per\s+(?:year|annum)|a\s+year|annually|annual|p\.?a\.?)\b", re.I)),
]
_CURRENCY = {"$": "USD", "£": "GBP", "€": "EUR"}


class PayMention(BaseModel):
    raw: str
    span: Span
    minimum: float
    maximum: float
    currency: str | None
    period: Period | None = None
    kind: Literal["base", "bonus", "equity", "stipend", "one-off"] = "base"


def _number(text: str, k: str | None) -> float:
    value = float(text.replace(",", ""))
    return value * 1000 if k else value


def extract(posting: Posting, context: "ExtractContext | None" = None) -> list[PayMention]:
    text = posting.text
    found = []
    for match in _MONEY.finditer(text):
        low = _number(match.group("min"), match.group("k1") or match.group("k2"))
        high = _number(match.group("max"), match.group("k2")) if match.group("max") else low
        after = text[match.end() : match.end() + 20]
        period = next((name for name, pattern in _PERIODS if pattern.search(after)), None)
        found.append(
            PayMention(
                raw=match.group(0).strip(),
                span=posting.span_at(match.start(), match.end()),
                minimum=low,
                maximum=high,
                currency=_CURRENCY[match.group("cur")],
                period=period,
            )
        )
    return found
