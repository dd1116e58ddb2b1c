"""Where the job is: stated locations and remote/hybrid/on-site statements."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from postlint.model import Posting, Span

if TYPE_CHECKING:
    from postlint.extract import ExtractContext

US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_CITY_STATE = re.compile(r"\b(?P<city>[A-Z][a-z]+(?:[ .][A-Z][a-z]+){0,2}),\s*(?P<state>%s)\b" % "|".join(US_STATES))
_WORK_MODE = re.compile(
    r"\b(?P<mode>fully remote|remote[- ]first|remote|hybrid|on[- ]?site|in[- ]office|work from home|telecommut\w*)\b", re.I
)
_LOCATION_LABELS = {"location", "locations", "job location", "work location", "office", "based in", "duty station", "where"}


class LocationMention(BaseModel):
    text: str
    span: Span
    source: Literal["label", "front-matter", "text"]
    state: str | None = None


class WorkMode(BaseModel):
    mode: Literal["remote", "hybrid", "on-site"]
    span: Span
    raw: str


class Location(BaseModel):
    places: list[LocationMention] = Field(default_factory=list)
    work_modes: list[WorkMode] = Field(default_factory=list)

    @property
    def stated(self) -> bool:
        return bool(self.places or self.work_modes)


def _mode(raw: str) -> Literal["remote", "hybrid", "on-site"]:
    raw = raw.lower()
    if "hybrid" in raw:
        return "hybrid"
    if raw.startswith(("on", "in")):
        return "on-site"
    return "remote"


def extract(posting: Posting, context: "ExtractContext | None" = None) -> Location:
    result = Location()
    for label in posting.labels:
        if label.name.lower() in _LOCATION_LABELS:
            state = _CITY_STATE.search(label.value)
            result.places.append(
                LocationMention(text=label.value, span=label.value_span, source="label", state=state.group("state") if state else None)
            )
    fm_location = posting.front_matter.get("location")
    if isinstance(fm_location, str) and fm_location.strip():
        span = posting.title_span or posting.anchor()
        result.places.append(LocationMention(text=fm_location.strip(), span=span, source="front-matter"))
    text = posting.text
    for match in _CITY_STATE.finditer(text):
        result.places.append(
            LocationMention(text=match.group(0), span=posting.span_at(match.start(), match.end()), source="text", state=match.group("state"))
        )
    for match in _WORK_MODE.finditer(text):
        result.work_modes.append(
            WorkMode(mode=_mode(match.group("mode")), span=posting.span_at(match.start(), match.end()), raw=match.group(0))
        )
    return result
