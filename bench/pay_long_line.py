"""Pay extraction on one very long line: CPU time per 100 KB, and whether it stays linear.

    python bench/pay_long_line.py

Three shapes of line (bare ranges, a salary label with periods, a benefits list with class words),
each at about 100 KB and at twice that. CPU time, so a busy machine does not skew it. Pay extraction reads bounded windows around each figure,
so twice the text should take about twice the time (issue 22 asked for < 1 s per 100 KB).
"""

from __future__ import annotations

import time

from postlint.engine import Engine
from postlint.engine.config import Config
from postlint.extract import pay

SHAPES = {  # (what starts the line, what repeats)
    "bare ranges": ("", "$1,000 - $2,000 "),  # issue 22's line: 6,000 of these is ~100 KB
    "salary label": ("Salary: ", "$1,000 - $2,000 per year; "),
    "benefits list": ("Benefits: ", "a $1,000 - $2,000 annual training budget, "),
}


def cpu_seconds(posting, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        pay.extract(posting)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    engine = Engine(Config())
    for name, (head, unit) in SHAPES.items():
        times = []
        for size in (100_000, 200_000):
            line = head + unit * (size // len(unit))
            posting = engine.check_text("Data Engineer\n" + line + "\n").postings[0]
            times.append(cpu_seconds(posting) * 100_000 / len(line))
        print(f"{name:<14} {times[0]:.3f} s per 100 KB at 100 KB, {times[1]:.3f} s per 100 KB at 200 KB")


if __name__ == "__main__":
    main()
