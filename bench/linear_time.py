"""Time per 100 KB for every adversarial input kind (bench/adversarial.py), at growing sizes.

A linear stage takes the same time per 100 KB at every size; a quadratic one doubles it when the
size doubles. Times are this process's CPU time (best of --repeat), so other work on a shared
machine does not count. Prints, per kind, seconds per 100 KB at each size and the growth from the smallest
to the largest size, then the worst time per 100 KB. Every rule is selected, as `--select ALL`.

    python bench/linear_time.py                     # sizes 25, 50, 100 KB
    python bench/linear_time.py --sizes 100 --kinds pay-ranges-one-line
    python bench/linear_time.py --profile pay-ranges-one-line   # cProfile of one 100 KB input
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adversarial import KINDS  # noqa: E402

from postlint.engine import Engine  # noqa: E402
from postlint.engine.config import Config, Settings  # noqa: E402

TARGET = 1.0  # seconds per 100 KB (issue 18)


def seconds(engine: Engine, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: the machine may be busy with other work
        engine.check_text(text, "adversarial.md")
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,50,100", help="sizes in KB (comma-separated)")
    parser.add_argument("--kinds", help="only these kinds (comma-separated)")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs per size")
    parser.add_argument("--profile", metavar="KIND", help="print a cProfile of KIND at the largest size")
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    kinds = args.kinds.split(",") if args.kinds else list(KINDS)
    engine = Engine(Config(settings=Settings(select=["ALL"], today="2026-11-25")))
    engine.check_text("# Warm-up\n\nPay: $1,000 - $2,000 per month. Starts June 3, 2026.\n- Python\n")

    if args.profile:
        import cProfile
        import pstats

        text = KINDS[args.profile](sizes[-1])
        profile = cProfile.Profile()
        profile.runcall(engine.check_text, text, "adversarial.md")
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        return 0

    print(f"{'kind':<26}" + "".join(f"{s // 1000:>7} KB" for s in sizes) + "   growth   (s per 100 KB)")
    worst = (0.0, "")
    for kind in kinds:
        per_100k = []
        for size in sizes:
            text = KINDS[kind](size)
            per_100k.append(seconds(engine, text, args.repeat) * 100_000 / len(text.encode("utf-8")))
        growth = per_100k[-1] / per_100k[0] if per_100k[0] > 0 else float("nan")
        flag = "  SLOW" if per_100k[-1] > TARGET else ""
        print(f"{kind:<26}" + "".join(f"{t:>10.3f}" for t in per_100k) + f"{growth:>9.1f}x{flag}", flush=True)
        worst = max(worst, (per_100k[-1], kind))
    print(f"\nworst: {worst[0]:.3f} s per 100 KB ({worst[1]}); target < {TARGET:.1f} s")
    return 0 if worst[0] < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
