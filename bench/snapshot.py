"""Write every posting's facts and findings under a folder to one JSON Lines file, so a speed-up
can be shown to change nothing: snapshot before, snapshot after, `cmp` the two files.

    python bench/snapshot.py ../shared/corpus /tmp/before.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from postlint.cli import posting_json
from postlint.engine import Engine
from postlint.engine.config import Config, Settings
from postlint.model import to_json


def main() -> int:
    folder, out = Path(sys.argv[1]), Path(sys.argv[2])
    engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-11-25")))
    with out.open("w", encoding="utf-8") as handle:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            for result in engine.check_file(path):
                record = {
                    "path": result.path,
                    "postings": [posting_json(p) for p in result.postings],
                    "findings": [to_json(f) for f in result.findings],
                }
                handle.write(json.dumps(record, sort_keys=True, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
