"""What each stage and rule costs in two versions of newslint, measured in turns on the same articles.

    python bench/compare_rules.py BASE [--rounds 5] [--limit N] [--select CODES]

BASE is another checkout (or ``git archive`` export, with its compiled ``newslint/_speedups*.so`` copied in).
Runs ``bench/profile_rules.py --mix --json`` (this checkout's script) once per version per round, the two
versions alternating, each in a fresh process started from a temporary folder with ``PYTHONPATH`` set to the
version's root (``python`` started inside a checkout would import that checkout whatever ``PYTHONPATH`` says),
and prints the best µs per article of each stage and rule over the rounds: a machine's drift hits both
versions alike. Prints a markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import machine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "bench" / "profile_rules.py"


def profile(root: Path, extra: list[str], folder: str) -> dict[str, float]:
    """µs per article of each stage and rule with the newslint found in ``root``."""
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run([sys.executable, str(PROFILE), "--mix", "--json", *extra], cwd=folder, env=env,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other version's root folder")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--select", help="comma-separated rule selectors (default: the default rules)")
    args = parser.parse_args()
    extra = (["--limit", str(args.limit)] if args.limit else []) + (["--select", args.select] if args.select else [])
    best: dict[str, dict[str, float]] = {"base": {}, "this": {}}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.rounds):
            for name, root in (("base", args.base.resolve()), ("this", ROOT)):
                for item, micros in profile(root, extra, folder).items():
                    best[name][item] = min(micros, best[name].get(item, float("inf")))
    items = sorted(set(best["base"]) | set(best["this"]), key=lambda item: -best["base"].get(item, 0.0))
    print(f"### Stage and rule costs, {args.base} against this checkout ({machine()}; best of {args.rounds} "
          "alternating rounds, CPU µs per article of the BBC + scraped mix)\n")
    print("| stage or rule | base | this | change |")
    print("| --- | ---: | ---: | ---: |")
    for item in items:
        base, this = best["base"].get(item), best["this"].get(item)
        change = f"{this / base - 1:+.0%}" if base and this is not None else "–"
        print(f"| {item} | {_micros(base)} | {_micros(this)} | {change} |")
    totals = [sum(best[name].values()) for name in ("base", "this")]
    print(f"| **total** | **{totals[0]:.0f}** | **{totals[1]:.0f}** | **{totals[1] / totals[0] - 1:+.0%}** |")


def _micros(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


if __name__ == "__main__":
    main()
