"""The shared analyses every article pays (parse, word analyses, the OCR gate, the trigger set), several checkouts
side by side in one process: CPU µs per article of ``bench/scale.py``'s mix, rounds interleaved, best of N.

    python bench/shared_analyses.py [--rounds 9] CHECKOUT [CHECKOUT ...]

Each CHECKOUT is a folder holding a ``newslint`` package (a ``git archive`` of a branch, with the built
``newslint/_speedups*.so`` copied in); its modules are imported in turn under their own name and kept, so that
every round times each checkout's code on the same articles while the machine is in the same state. Run it from
outside any checkout (``cd /tmp``). Stages are timed article by article, as a run meets them (``parse``; the
words, distinct words, lower-cased words and vocabulary; the OCR gate's decision; every rule's trigger judged
together), and the whole sequence once more without the clock inside.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scale import mixed_records  # noqa: E402

STAGES = ("parse", "words, distinct, lower, vocabulary", "OCR gate", "triggers")


def load(root: str) -> tuple[type, object]:
    """``Article`` and the default rules' ``Triggers`` of the newslint in ``root``, imported afresh."""
    for name in [name for name in sys.modules if name == "newslint" or name.startswith("newslint.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    try:
        model = importlib.import_module("newslint.model")
        lexicon = importlib.import_module("newslint.lexicon")
        rule = importlib.import_module("newslint.rule")
        api = importlib.import_module("newslint.api")
    finally:
        sys.path.remove(root)
    if not model.__file__.startswith(os.path.abspath(root)):
        raise SystemExit(f"{root}: imported {model.__file__} instead (run from outside any checkout)")
    lexicon.frequencies()
    triggers = rule.Triggers(r.trigger for r in api.make_linter().rules)
    triggers.fired("")  # the RE2 set compiled before the clock starts
    return model.Article, triggers


def one_round(article_type: type, triggers, documents: list[tuple]) -> dict[str, float]:
    """CPU seconds of each stage over ``documents``, and of all of them untimed inside."""
    clock, spent = time.process_time, [0.0] * len(STAGES)
    for text, meta in documents:
        t0 = clock()
        article = article_type.parse(text, "<record>", meta, False)
        t1 = clock()
        article.words, article.distinct_words, article.lower_words, article.vocabulary
        t2 = clock()
        article.ocr
        t3 = clock()
        triggers.fired(text)
        t4 = clock()
        for index, seconds in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            spent[index] += seconds
    times = dict(zip(STAGES, spent), sum=sum(spent))
    start = clock()
    for text, meta in documents:
        article = article_type.parse(text, "<record>", meta, False)
        article.words, article.distinct_words, article.lower_words, article.vocabulary, article.ocr
        triggers.fired(text)
    times["all, no clock inside"] = clock() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkouts", nargs="+")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    variants = {root: load(root) for root in args.checkouts}
    records = [json.loads(line) for line in mixed_records()]
    documents = [(r["text"], {"title": r["title"]} if "title" in r else {}) for r in records]
    best: dict[str, dict[str, float]] = {root: {} for root in variants}
    for _ in range(args.rounds):
        for root, (article_type, triggers) in variants.items():
            for stage, seconds in one_round(article_type, triggers, documents).items():
                best[root][stage] = min(best[root].get(stage, seconds), seconds)
    print(f"{len(documents)} articles, best of {args.rounds} interleaved rounds, load average "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print("| stage (CPU µs per article) | " + " | ".join(Path(root).name for root in variants) + " |")
    print("| --- |" + " ---: |" * len(variants))
    for stage in best[args.checkouts[0]]:
        print(f"| {stage} | " + " | ".join(f"{best[root][stage] / len(documents) * 1e6:.0f}" for root in variants) + " |")


if __name__ == "__main__":
    main()
