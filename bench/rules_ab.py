"""One rule module's rules against the same module of another checkout, interleaved in one process.

    python bench/rules_ab.py BASE [--module newslint/rules/extraction.py] [--select NL102,NL107] [--rounds 7]
                             [--batch 32] [--limit N]

BASE is another checkout (``git archive main | tar -x -C /tmp/base``); its copy of ``--module`` is loaded beside
this one's (every other module is this checkout's, so compare a branch that changed only that module and what it
alone imports). Each round parses ``bench/scale.py``'s BBC + scraped mix (``profile_rules.py --mix``'s articles)
afresh for each side, ``--batch`` articles at a time with the shared model computed first (untimed), then times
each rule over the batch where its trigger fires (as ``Linter.lint_documents`` runs rules over batches of 32; a
batch larger than the mix times each rule over all articles in a row, as ``profile_rules.py`` does); the
collector is off while the clock runs. Prints the best CPU µs per article of each rule over the rounds (sides
alternating first), the findings of each side, and the load average before and after, as a markdown table.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from profile_rules import mixed_documents, parse_all  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def time_side(rules, documents, batch: int) -> tuple[dict[str, float], dict[str, int]]:
    """CPU seconds and findings per rule code over ``documents``, ``batch`` articles at a time."""
    seconds = {rule.code: 0.0 for rule in rules}
    found = {rule.code: 0 for rule in rules}
    for first in range(0, len(documents), batch):
        articles, _, fired = parse_all(documents[first:first + batch], rules)
        gc.collect()
        gc.disable()
        for rule in rules:
            key = id(rule.trigger)
            start = time.process_time()
            for article, fires in zip(articles, fired):
                if rule.trigger is None or key in fires:
                    found[rule.code] += sum(1 for _ in rule.check(article))
            seconds[rule.code] += time.process_time() - start
        gc.enable()
    return seconds, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other checkout")
    parser.add_argument("--module", default="newslint/rules/extraction.py")
    parser.add_argument("--select", help="comma-separated rule codes (default: every rule of the module)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    sides = {"base": load(args.base / args.module, "rules_ab_base"), "this": load(ROOT / args.module, "rules_ab_this")}
    codes = args.select.split(",") if args.select else [rule.code for rule in sides["this"].RULES]
    rules = {side: [cls() for cls in module.RULES if cls.code in codes] for side, module in sides.items()}
    documents = mixed_documents(args.limit)
    best = {(side, code): float("inf") for side in sides for code in codes}
    found = {}
    loads = [os.getloadavg()[0]]
    for round_ in range(args.rounds):
        for side in (("base", "this") if round_ % 2 == 0 else ("this", "base")):
            seconds, counts = time_side(rules[side], documents, args.batch)
            for code in codes:
                best[side, code] = min(best[side, code], seconds[code])
                found[side, code] = counts[code]
    loads.append(os.getloadavg()[0])
    per_article = 1e6 / len(documents)
    print(f"{len(documents)} articles, batches of {args.batch}, best of {args.rounds}; "
          f"load average {loads[0]:.1f} → {loads[1]:.1f}\n")
    print("| rule | base µs | this µs | findings base / this |\n| --- | ---: | ---: | ---: |")
    for code in codes:
        print(f"| {code} | {best['base', code] * per_article:.0f} | {best['this', code] * per_article:.0f} "
              f"| {found['base', code]} / {found['this', code]} |")
    totals = [sum(best[side, code] for code in codes) * per_article for side in sides]
    print(f"| all | {totals[0]:.0f} | {totals[1]:.0f} | |")


if __name__ == "__main__":
    main()
