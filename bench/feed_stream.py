"""A large job-board feed read record by record: peak memory and time of reading (and, for the
first N records, of checking) a generated Greenhouse-shaped response of about SIZE MB.

    python bench/feed_stream.py 100          # a ~100 MB {"jobs": [...]} file in a temp folder
    python bench/feed_stream.py 100 --check 200

Prints the file size, records read, peak resident memory (ru_maxrss) before and after, and seconds.
The file is written in this process before the baseline is taken; nothing is kept in memory.
"""

from __future__ import annotations

import html
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from postlint.engine import Engine
from postlint.engine.config import Config, Settings
from postlint.ingest import feeds

PARAGRAPH = ("<p>You will keep our delivery vans on the road: plan the weekly service rota, order parts, "
             "and check each van before the morning run.</p><ul><li>Two years of fleet work</li>"
             "<li>A full driving licence</li></ul>")


def job(number: int) -> dict:
    return {"absolute_url": f"https://boards.greenhouse.io/bench/jobs/{number}", "internal_job_id": number,
            "id": number, "title": f"Fleet Coordinator {number}", "company_name": "Bench Co",
            "location": {"name": "Leeds, England"}, "updated_at": "2026-05-02T10:00:00-04:00",
            "first_published": "2026-05-01T09:00:00-04:00", "content": html.escape(PARAGRAPH * 12)}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def main() -> int:
    size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 100
    check = int(sys.argv[sys.argv.index("--check") + 1]) if "--check" in sys.argv else 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.json"
        with path.open("w", encoding="utf-8") as handle:
            handle.write('{"jobs": [')
            number = 0
            while handle.tell() < size_mb * 1_000_000:
                number += 1
                handle.write(("," if number > 1 else "") + json.dumps(job(number)))
            handle.write("]}")
        size = path.stat().st_size
        before = peak_mb()
        start = time.perf_counter()
        with path.open("rb") as stream:
            system, records = feeds.read_stream(stream, str(path), feeds.systems(), None, size, 5 * 1024 * 1024)
            count = sum(1 for _ in records)
        seconds = time.perf_counter() - start
        print(f"{system.id}: {size / 1e6:.0f} MB, {count} records read in {seconds:.1f} s; "
              f"peak resident memory {before:.0f} MB before, {peak_mb():.0f} MB after")
        if check:
            engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-06-01")))
            start = time.perf_counter()
            checked = 0
            for result in engine.check_file(path):
                checked += 1
                if checked >= check:
                    break
            print(f"checked the first {checked} records in {time.perf_counter() - start:.1f} s; "
                  f"peak resident memory {peak_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
