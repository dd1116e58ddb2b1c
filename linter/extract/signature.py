"""Where a recruiter's signature sits: a valediction line ("Thanks & Regards,", "Best regards",
"Sincerely") and the short lines after it (a name, a title, a phone number, the agency's name and
street address). A place or a company named there is the sender's, not the job's: the location
and organisation facts skip these stretches."""

from __future__ import annotations

import re

from ..scan.textscan import lazy

# A line that is only a valediction. "Thank & Regards" (sic) and "Thanks and regards" alike.
_VALEDICTION = lazy(
    r"^[ \t>*_]*(?:(?:(?:thanks?|thank you|many thanks)[ \t]*(?:&|and)?[ \t]*)?(?:(?:best|kind|warm|warmest|kindest)[ \t]+)?regards"
    r"|sincerely(?:[ \t]+yours)?|yours[ \t]+(?:sincerely|truly|faithfully)|respectfully|cheers|best(?:[ \t]+wishes)?|"
    r"thanks|thank you|many thanks)"
    r"[ \t*_]*[,.!]?[ \t*_]*$",
    re.I | re.M,
)
_LONGEST_LINE = 100  # a signature's lines are short; a longer one is the posting's text again
_MOST_LINES = 12  # non-empty lines after the valediction


def is_valediction(line: str) -> bool:
    """``line`` is only a valediction ("Thanks & Regards,", "Sincerely"): a signature starts there."""
    return _VALEDICTION().match(line.strip()) is not None


def signature_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each signature block in ``text``: from its valediction line to the
    last of the short lines that follow it, up to the end of the text or to a long line (the
    posting going on). More than a dozen short lines after a valediction are no signature."""
    spans: list[tuple[int, int]] = []
    for match in _VALEDICTION().finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        at = text.find("\n", match.end())
        end, lines = None, 0
        while at >= 0 and at < len(text):
            line_end = text.find("\n", at + 1)
            line_end = len(text) if line_end < 0 else line_end
            body = text[at + 1:line_end].strip()
            if len(body) > _LONGEST_LINE:
                break
            if body:
                lines += 1
                end = line_end
            if lines > _MOST_LINES:
                end = None
                break
            at = line_end if line_end < len(text) else -1
        if end is not None:
            spans.append((match.start(), end))
    return spans


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)
