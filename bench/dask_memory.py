"""Does `postlint check --scheduler` keep memory flat however long the JSON Lines feed is?

    python bench/dask_memory.py [--lines 10000,40000] [--workers 2]

Starts a distributed.LocalCluster, writes JSON Lines feeds of the given lengths (short generated
postings, every one different), runs ``postlint check --scheduler ADDRESS --format json FEED`` on
each as a subprocess and prints the command's peak resident memory and time. Flat memory: the
peak does not grow with the number of lines. Needs ``pip install 'postlint[dask]'``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def posting(i: int) -> dict:
    return {"id": f"job-{i}", "text": f"# Clerk {i}\n\nPay: ${15 + i % 20} per hour. Starts June {i % 28 + 1}, 2027.\n\n"
                                      f"## Requirements\n\n- {i % 9 + 1}+ years of Excel\n- A rockstar attitude\n"}


def peak_rss_mb(command: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit status) of ``command``, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024, time.perf_counter() - start, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", default="10000,40000", help="feed lengths (comma-separated)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    from distributed import LocalCluster

    postlint = [str(Path(sys.executable).with_name("postlint"))]
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            tempfile.TemporaryDirectory() as scratch:
        print(f"cluster {cluster.scheduler_address}, {args.workers} worker processes")
        for count in (int(n) for n in args.lines.split(",")):
            feed = Path(scratch) / f"feed-{count}.jsonl"
            with feed.open("w", encoding="utf-8") as handle:
                for i in range(count):
                    handle.write(json.dumps(posting(i)) + "\n")
            rss, wall, status = peak_rss_mb([*postlint, "check", "--exit-zero", "--format", "json",
                                             "--scheduler", cluster.scheduler_address, str(feed)])
            print(f"  {count:>7} lines ({feed.stat().st_size / 1e6:5.1f} MB): peak RSS {rss:6.1f} MB, "
                  f"{wall:6.1f} s, {count / wall:6.0f} postings/s, exit {status}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
