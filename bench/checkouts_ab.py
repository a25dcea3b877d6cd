"""A few rules and the OCR gate of whole checkouts (each with its own compiled extension) side by side in one process.

    python bench/checkouts_ab.py [--rounds 9] [--codes NL501,NL502,NL701] [--profile CODE] CHECKOUT [CHECKOUT ...]

Unlike ``bench/rules_ab.py``, which loads another checkout's copy of one module beside this one's, each CHECKOUT
here (a ``git archive`` of a branch with ``python hatch_build.py`` run in it) is imported whole under its own name,
``newslint/_speedups*.so`` included, so that a change to a compiled function is compared too. Run it from outside
any checkout (``cd /tmp``). Each round parses ``bench/scale.py``'s BBC + scraped mix afresh for each checkout in
turn, computes the shared word analyses untimed, then times the OCR gate (``Article.ocr``) article by article and
each rule over all articles in a row (where its trigger fires); the collector is off while the clock runs. Every
checkout looks words up in the first one's word list (two copies of the large table in memory made whichever was
loaded second slower by up to a third, a cache effect, not code). Prints
the best CPU µs per article over the rounds, the findings of each side (which must agree) and the load average.
``--profile CODE`` (``ocr`` for the gate) prints a cProfile of the first checkout instead.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import shared_analyses  # noqa: E402
from scale import mixed_records  # noqa: E402


def load(root: str, word_list=None) -> dict:
    """The newslint in ``root``, imported afresh (as ``bench/shared_analyses.py`` does) and kept; ``word_list``:
    another checkout's ``lexicon`` module whose loaded tables this one's answers with (one copy in memory)."""
    article_type, _ = shared_analyses.load(root)
    lexicon, api = sys.modules["newslint.lexicon"], sys.modules["newslint.api"]
    if word_list is not None:
        lexicon.frequencies, lexicon.common_words = word_list.frequencies, word_list.common_words
    lexicon.common_words()
    rules = {r.code: r for r in api.make_linter().rules}
    return {"Article": article_type, "rules": rules, "lexicon": lexicon}


def parsed(side: dict, documents: list[tuple]) -> list:
    articles = [side["Article"].parse(text, "<record>", meta, False) for text, meta in documents]
    for article in articles:
        article.words, article.distinct_words, article.lower_words, article.vocabulary, article.paragraph_words
    return articles


def one_round(side: dict, documents: list[tuple], codes: list[str]) -> tuple[dict[str, float], dict[str, int]]:
    clock, times, found = time.process_time, {}, {}
    articles = parsed(side, documents)
    gc.disable()
    spent = 0.0
    for article in articles:
        start = clock()
        article.ocr
        spent += clock() - start
    times["ocr"] = spent
    for code in codes:
        rule = side["rules"][code]
        trigger = rule.trigger
        chosen = articles if trigger is None else [a for a in articles if trigger.fires(a.text)]
        start = clock()
        found[code] = sum(len(list(rule.check(a))) for a in chosen)
        times[code] = clock() - start
    gc.enable()
    return times, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--codes", default="NL501,NL502,NL701")
    parser.add_argument("--profile", help="a rule code, or ocr: profile it in the first checkout")
    args = parser.parse_args()
    codes = args.codes.split(",")
    records = [json.loads(line) for line in mixed_records()]
    documents = [(r["text"], {"title": r["title"]} if "title" in r else {}) for r in records]
    variants: dict[str, dict] = {}
    for root in args.checkouts:  # every checkout looks words up in the first one's tables (no cache contention)
        variants[root] = load(root, variants[args.checkouts[0]]["lexicon"] if variants else None)
    if args.profile:
        side = variants[args.checkouts[0]]
        articles = parsed(side, documents)
        profiler = cProfile.Profile()
        if args.profile == "ocr":
            profiler.runcall(lambda: [a.ocr for a in articles])
        else:
            rule = side["rules"][args.profile]
            profiler.runcall(lambda: [list(rule.check(a)) for a in articles])
        pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
        return
    best: dict[str, dict[str, float]] = {root: {} for root in variants}
    findings: dict[str, dict[str, int]] = {}
    load_before = os.getloadavg()[0]
    for round_ in range(args.rounds):
        order = list(variants) if round_ % 2 == 0 else list(reversed(variants))
        for root in order:
            times, found = one_round(variants[root], documents, codes)
            findings[root] = found
            for key, seconds in times.items():
                best[root][key] = min(best[root].get(key, seconds), seconds)
    print(f"{len(documents)} articles, best of {args.rounds} interleaved rounds, load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n")
    print("| CPU µs per article | " + " | ".join(Path(root).name for root in variants) + " |")
    print("| --- |" + " ---: |" * len(variants))
    for key in best[args.checkouts[0]]:
        print(f"| {key} | " + " | ".join(f"{best[root][key] / len(documents) * 1e6:.1f}" for root in variants) + " |")
    for code in codes:
        print(f"| {code} findings | " + " | ".join(str(findings[root][code]) for root in variants) + " |")


if __name__ == "__main__":
    main()
