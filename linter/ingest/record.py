"""One posting of a file that holds many: a JSON Lines line, a job-board feed's record."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import StructuredData


@dataclass
class Record:
    """A posting read from one record: its key (the id, else ``L`` + line number or its position)
    and text, problems reading it, and the JobPosting data it carries, if any."""

    key: str
    text: str = ""
    problems: list[tuple[str, str]] = field(default_factory=list)
    structured: list[StructuredData] = field(default_factory=list)  # the JobPosting (or mapped feed record) it is
