"""Rules of one or more modules against the same modules of another checkout, in one process, fresh articles each round.

    python bench/modules_ab.py BASE --codes NL601,NL602 newslint/dates.py newslint/rules/dates.py [--rounds 7]

Like ``bench/rules_ab.py``, but BASE's copies of several modules are loaded in the order given, each in place of this
checkout's while the next loads (so BASE's ``newslint/rules/dates.py`` imports BASE's ``newslint/dates.py``: a change
to a shared analysis is compared too), and each module is registered while it runs (dataclasses need that). The rules
of the last module run over all articles of ``bench/scale.py``'s BBC + scraped mix in a row, each side's articles
parsed afresh in each round with the shared model computed first (untimed; the sides alternate first); prints the
best CPU µs per article of each rule over the rounds and the findings of each side, as a markdown table.
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
from rules_ab import ROOT  # noqa: E402


def load_rules(root: Path, modules: list[str], codes: list[str]) -> list:
    """The rules (``codes``) of the last of ``modules``, loaded from ``root`` in order, each importing the earlier."""
    saved: dict[str, object] = {}
    for path in modules:
        name = path.removesuffix(".py").replace("/", ".")
        spec = importlib.util.spec_from_file_location(name, root / path)
        module = importlib.util.module_from_spec(spec)
        saved.setdefault(name, sys.modules.get(name))
        sys.modules[name] = module
        spec.loader.exec_module(module)
    for name, original in saved.items():  # this checkout's modules back in place
        if original is None:
            sys.modules.pop(name)
        else:
            sys.modules[name] = original
    return [cls() for cls in module.RULES if cls.code in codes]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the other checkout")
    parser.add_argument("modules", nargs="+", help="module paths, the rules' module last")
    parser.add_argument("--codes", required=True, help="comma-separated rule codes of the last module")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    codes = args.codes.split(",")
    sides = {"base": load_rules(args.base, args.modules, codes), "this": load_rules(ROOT, args.modules, codes)}
    documents = mixed_documents(None)
    best = {(side, code): float("inf") for side in sides for code in codes}
    found = {}
    load = os.getloadavg()[0]
    for round_ in range(args.rounds):
        for side in ("base", "this") if round_ % 2 == 0 else ("this", "base"):
            articles, _, fired = parse_all(documents, sides[side])
            gc.collect()
            gc.disable()
            for rule in sides[side]:
                key, count = id(rule.trigger), 0
                start = time.process_time()
                for article, fires in zip(articles, fired):
                    if rule.trigger is None or key in fires:
                        count += sum(1 for _ in rule.check(article))
                best[side, rule.code] = min(best[side, rule.code], time.process_time() - start)
                found[side, rule.code] = count
            gc.enable()
    per_article = 1e6 / len(documents)
    print(f"{len(documents)} articles, best of {args.rounds}; load average {load:.1f} → {os.getloadavg()[0]:.1f}\n")
    print("| rule | base µs | this µs | findings base / this |\n| --- | ---: | ---: | ---: |")
    for code in codes:
        print(f"| {code} | {best['base', code] * per_article:.1f} | {best['this', code] * per_article:.1f} "
              f"| {found['base', code]} / {found['this', code]} |")
    totals = [sum(best[side, code] for code in codes) * per_article for side in sides]
    print(f"| all | {totals[0]:.1f} | {totals[1]:.1f} | |")


if __name__ == "__main__":
    main()
