"""The extract stage: facts computed once per posting and stored on ``posting.facts``.

One module per fact family (pay, dates, experience, ...). Each module exposes
``extract(posting, context) -> value`` and its value lands on the :class:`Facts` field of the same
name. Rules read facts; they never re-parse the text for something a fact already holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from postlint.extract import employment as employment_facts
from postlint.extract import location as location_facts
from postlint.extract import pay as pay_facts
from postlint.extract import readability as readability_facts
from postlint.extract import statements as statement_facts
from postlint.extract.employment import Employment
from postlint.extract.location import Location
from postlint.extract.pay import PayMention
from postlint.extract.readability import Readability
from postlint.extract.statements import Statements
from postlint.model import Posting


class ExtractContext(BaseModel):
    """What extraction needs besides the posting: the reference date and date conventions."""

    today: dt.date = Field(default_factory=dt.date.today)
    date_order: Literal["MDY", "DMY"] = "MDY"
    hemisphere: Literal["north", "south"] = "north"


class Facts(BaseModel):
    today: dt.date = Field(description="The reference date: --today / config `today`, else the real date")
    posted: dt.date | None = Field(default=None, description="When the posting was posted/opened, when stated")
    pay: list[PayMention] = Field(default_factory=list)
    employment: Employment = Field(default_factory=Employment)
    location: Location = Field(default_factory=Location)
    readability: Readability = Field(default_factory=Readability)
    statements: Statements = Field(default_factory=Statements)


def extract_facts(posting: Posting, context: ExtractContext | None = None) -> Facts:
    context = context or ExtractContext()
    facts = Facts(
        today=context.today,
        pay=pay_facts.extract(posting, context),
        employment=employment_facts.extract(posting, context),
        location=location_facts.extract(posting, context),
        readability=readability_facts.extract(posting, context),
        statements=statement_facts.extract(posting, context),
    )
    posting.facts = facts
    return facts


def reference_date(posting: Posting) -> dt.date:
    """The date a posting is judged at: its posted/open date when stated, else today."""
    facts = posting.facts
    return facts.posted or facts.today
