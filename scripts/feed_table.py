"""Every job-board feed in a folder as postlint reads it: one row per file with the system, the
number of postings, their titles and organisations, how many carry a pay fact from the feed's pay
object, and how many findings point at a line that still looks like JSON or HTML (should be 0).

    python scripts/feed_table.py ../shared/corpus/ats-feeds
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, Settings

_SYNTAX = re.compile(r'"\w+"\s*:|\{"|&lt;|&quot;|</?(?:p|div|li|ul|br|span|strong)\b')


def main() -> int:
    folder = Path(sys.argv[1])
    engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-11-25")))
    print("| file | feed | postings | titles (first 3) | organisations | pay objects -> pay facts | findings in JSON/HTML syntax |")
    print("|---|---|---|---|---|---|---|")
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".json", ".xml")):
        result = engine.check_path(path)
        found = result.postings
        feeds = Counter(p.facts.structured.feed if p.facts and p.facts.structured else None for p in found)
        with_object = [p for p in found if p.facts.structured and p.facts.structured.pay is not None
                       and p.facts.structured.pay.minimum is not None]
        paid = [p for p in with_object if any(m.kind == "base" for m in p.facts.pay)]
        by_index = {p.index: p for p in found}
        in_syntax = 0
        for finding in result.findings:
            posting = by_index.get(finding.posting_index)
            if posting is not None and _SYNTAX.search(posting.line_text(finding.span.line)):
                in_syntax += 1
        titles = "; ".join(str(p.title) for p in found[:3]) + (" ..." if len(found) > 3 else "")
        organisations = "; ".join(sorted({str(p.organization) for p in found}))
        feed = ", ".join(f"{k}" for k in feeds) or "-"
        errors = f" ERROR: {result.errors[0][:80]}" if result.errors else ""
        print(f"| {path.name} | {feed}{errors} | {len(found)} | {titles} | {organisations} | "
              f"{len(paid)}/{len(with_object)} | {in_syntax} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
