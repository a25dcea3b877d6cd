"""Where one input's CPU time goes, step by step: the linter's build, the shared analyses, each rule, resolve, report.

    python bench/stages.py FILE [--select NL --ignore NL8] [--top 16]

Lints FILE as ``newslint check -j 1 --no-cache --format concise`` does, in one process, and prints the CPU
seconds (``time.process_time``) of each step: building the linter (rule imports included), loading the word
list, the model's shared analyses asked for one by one before any rule (word texts, distinct words, lower-cased
words, vocabulary, sentences, the OCR gate's decision), each rule's ``check`` in the engine's order (what the
model computes on demand, token spans, counts towards the first rule that asks), sorting and filtering the
findings, ``engine.resolve`` and the concise report. For a long input (issue 13): compare the steps of two
versions by running it with each on ``PYTHONPATH`` (``python -P``) in turn.
"""

from __future__ import annotations

import argparse
import io
import time

from newslint import lexicon
from newslint.api import make_linter
from newslint.engine import resolve
from newslint.formats import Report, text
from newslint.source import decode

MODEL_STEPS = ("paragraph_words", "words", "distinct_words", "lower_words", "vocabulary", "sentences", "ocr")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--select", default="NL", help="comma-separated rule selectors")
    parser.add_argument("--ignore", default="NL8", help="comma-separated rule selectors")
    parser.add_argument("--top", type=int, default=16, help="rules shown, costliest first")
    args = parser.parse_args()
    clock = time.process_time
    steps: dict[str, float] = {}

    started = clock()
    linter = make_linter(select=args.select.split(","), ignore=[s for s in args.ignore.split(",") if s])
    steps["linter build"] = clock() - started
    document = decode(open(args.path, "rb").read(), args.path)
    started = clock()
    lexicon.frequencies()
    steps["word list"] = clock() - started
    article = linter._parse(document)
    for name in MODEL_STEPS:
        started = clock()
        getattr(article, name)
        steps[f"model.{name}"] = clock() - started
    rules, findings = {}, []
    for rule in linter.rules:
        started = clock()
        if rule.trigger is None or rule.trigger.fires(article.text):
            findings.extend(rule.check(article))
        rules[f"{rule.code} {rule.name}"] = clock() - started
    started = clock()
    findings = linter._finished(article, findings)
    steps["sort, filter"] = clock() - started
    started = clock()
    diagnostics = resolve(document, findings)
    steps["resolve"] = clock() - started
    report = Report("concise", io.StringIO(), [], False, [], False)
    started = clock()
    text.add(report, diagnostics)
    steps["concise report"] = clock() - started

    print(f"{args.path}: {len(diagnostics)} findings; CPU s")
    for name, seconds in steps.items():
        print(f"  {name:28s} {seconds:7.3f}")
    print(f"  {'rules':28s} {sum(rules.values()):7.3f}")
    for name, seconds in sorted(rules.items(), key=lambda item: -item[1])[:args.top]:
        print(f"    {name:26s} {seconds:7.3f}")


if __name__ == "__main__":
    main()
