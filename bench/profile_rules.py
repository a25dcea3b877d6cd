"""Per-rule profile: which rules cost most over the corpus, and whether any grows faster than linearly.

    python bench/profile_rules.py [CORPUS | --mix] [--limit N] [--select CODES] [--scaling 1,8,32] [--whole 3] [--gates] [--json]

Parses every article once and computes the shared model every article needs (paragraphs, word texts,
lower-cased, distinct, the OCR gate's decision) and judges every trigger (together, as the engine
does) before timing the rules; then times the rules batch by batch as a run checks them (32 articles, each
batch's triggers judged again just before its rules, untimed, so that a rule's cues read the trigger sets' answers
as in a run, and its article gates judged, a stage of their own; ``--gates``: each gate a stage, ``gate: …``, the
packs' prefilters and each question of an ``engine.ArticleGate``, the first to ask paying what they share); times are this process's CPU time
(``time.process_time``), which a busy machine disturbs less than wall time, with the cycle collector paused while
the clock runs (a run frees each batch of 32 articles, so its collections stay small; here every article stays
alive); what the model computes on demand (token spans, sentences) counts towards the first rule that asks. The
scaling check joins the same articles into fewer, longer ones (k articles each):
a rule linear in the article length costs the same in every column, a quadratic
one about k times more. ``--mix`` profiles ``bench/scale.py``'s corpus instead (BBC and scraped pages
interleaved, as JSONL records: title field, no header). ``--whole N`` also times the whole linter over
the articles, best of N interleaved runs: one article at a time (``lint_document``, all rules on one
article, then the next) against ``lint_documents`` (rule by rule over small batches), which is what a run
pays; the per-rule table times the rules batch by batch too, so its sum is near the batched figure.
Prints markdown tables for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

sys.path.insert(0, str(Path(__file__).parent))
from _measure import DEFAULT_CORPUS, corpus_files, machine  # noqa: E402

from newslint.api import make_linter  # noqa: E402
from newslint.engine import BATCH_ARTICLES, ArticleTrigger, _GateJudge  # noqa: E402
from newslint.model import Article  # noqa: E402
from newslint.rule import Triggers  # noqa: E402
from newslint.source import Document, decode  # noqa: E402

SUSPECT_RATIO = 3.0  # at the longest length, this many times the per-byte cost at k=1 is flagged
MIN_SECONDS = 0.02  # below this at the longest length, timings are noise


def mixed_documents(limit: int | None) -> list[Document]:
    """``bench/scale.py``'s corpus (BBC and scraped, interleaved) as the documents of JSONL records."""
    from scale import mixed_records

    records = [json.loads(line) for line in mixed_records()[:limit]]
    return [Document(f"<{i}>", record["text"], has_header=False,
                     meta={"title": record["title"]} if "title" in record else {}) for i, record in enumerate(records)]


# the analyses of the model that (nearly) every article needs, timed as stages of their own rather than charged
# to the first rule that asks: words, lower-cased words, the set of distinct words and the OCR gate's decision
# (which NL317, NL701 and the OCR rules ask for on every article); the vocabulary counts, which one article in four
# needs, count towards the first rule that asks
_SHARED_STAGES = ("words", "lower_words", "distinct_words", "ocr")


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (what was garbage before is collected first).

    A run checks 32 articles at a time and frees them; a profile that keeps every article alive would otherwise
    time the collector walking an ever larger heap (``model: words`` about 1.5–2× its cost in a run).
    """
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_all(documents: list[Document], rules=(), article_type: type = Article
              ) -> tuple[list[Article], dict[str, float], list[set[int]]]:
    """Articles (of ``article_type``) with the shared model computed, the seconds each stage took (collection
    paused), and per article the ids of the triggers of ``rules`` that fire there (judged together, as the engine
    does)."""
    timings = {}
    triggers = Triggers(rule.trigger for rule in rules)
    triggers.fired("")  # its RE2 set compiled before the clock starts
    with collection_paused():
        start = time.process_time()
        articles = [article_type.parse(d.text, d.path, d.meta, d.has_header) for d in documents]
        timings["parse (header, paragraphs)"] = time.process_time() - start
        for stage in _SHARED_STAGES:
            start = time.process_time()
            for article in articles:
                getattr(article, stage)
            timings[stage] = time.process_time() - start
        start = time.process_time()
        fired = [triggers.fired(article.text) for article in articles]
        timings["triggers (every rule's, judged together)"] = time.process_time() - start
    return articles, timings, fired


def time_rules(linter, articles: list[Article]) -> tuple[list[tuple[object, float, int, float]], dict[str, float]]:
    """(rule, seconds, findings, growth of peak RSS in MB) per rule of ``linter``, over all articles, and the seconds
    its article gates took (``engine.ArticleTrigger``: judged together per article, as a run judges them), per gate
    (:func:`gate_parts`; their sum is the stage ``article gates (judged together)``). The
    articles are checked batch by batch as a run checks them (``engine.BATCH_ARTICLES``), each batch's triggers judged
    again (untimed: :func:`parse_all` timed them) just before its rules run where their triggers fire: the trigger
    sets keep their answers for a batch's texts only, and a rule's cues read them (``Cues.found``, ``CueSet.held``);
    judged for every article first, a rule asking its cues searched again in all but the last 64 articles and was
    overstated. Collection paused."""
    rules = linter.rules
    judges = linter._triggers()[1]  # the engine's judges of its article gates
    # trigger sets of their own, made last: the cues read the answers of the latest set that answers them
    triggers = Triggers(rule.trigger for rule in rules if not isinstance(rule.trigger, ArticleTrigger))
    seconds, found, grown = [0.0] * len(rules), [0] * len(rules), [0.0] * len(rules)
    parts = gate_parts(judges)
    gates = dict.fromkeys(parts, 0.0)
    with collection_paused():
        for first in range(0, len(articles), BATCH_ARTICLES):
            batch = articles[first:first + BATCH_ARTICLES]
            triggers.new_batch()
            fired = [triggers.fired(article.text) for article in batch]
            for name, fires_on in parts.items():  # (each article's gates asked in the judges' order, as a run asks)
                start = time.process_time()
                for article, fires in zip(batch, fired):
                    fires.update(fires_on(article))
                gates[name] += time.process_time() - start
            for k, rule in enumerate(rules):
                before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                key, check = id(rule.trigger), rule.check
                start = time.process_time()
                for article, fires in zip(batch, fired):
                    if rule.trigger is not None and key not in fires:
                        continue
                    for _ in check(article):
                        found[k] += 1
                seconds[k] += time.process_time() - start
                grown[k] += (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    return list(zip(rules, seconds, found, grown)), gates


def gate_parts(judges: list) -> dict[str, Callable[[Article], Iterable[int]]]:
    """The article gates of ``judges`` (the engine's, ``Linter._triggers``) one by one, in the order a run asks them:
    each question of an ``engine.ArticleGate`` judge (``gate: module.question``) and each other judge whole (``gate:
    PackJudge``, the packs' prefilters), each giving the trigger ids that fire on an article. Whatever two gates
    share (the date cues, the word analysis) counts towards the first that asks."""
    parts: dict[str, Callable[[Article], Iterable[int]]] = {}
    for judge in judges:
        asked = judge.asked if isinstance(judge, _GateJudge) else None
        if asked is None:
            parts[f"gate: {type(judge).__name__.lstrip('_')}"] = lambda article, judge=judge: judge(article) or ()
            continue
        for question, ids in asked:
            parts[f"gate: {question.__module__.removeprefix('newslint.')}.{question.__qualname__}"] = \
                lambda article, question=question, ids=ids: ids if question(article) else ()
    return parts


def joined(bodies: list[str], k: int) -> list[Document]:
    """The bodies joined k at a time (blank line between), as header-less articles."""
    return [Document(f"<{i}>", "\n\n".join(bodies[i:i + k]), has_header=False) for i in range(0, len(bodies) - k + 1, k)]


def whole_linter(linter, documents: list[Document], repeat: int) -> dict[str, float]:
    """CPU seconds per article of the whole linter, parsing included: best of ``repeat`` interleaved runs."""
    ways = {"one article at a time (lint_document)": lambda: [linter.lint_document(d) for d in documents],
            "rule by rule in batches (lint_documents)": lambda: list(linter.lint_documents(documents))}
    best = {name: float("inf") for name in ways}
    for _ in range(repeat):
        for name, run in ways.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], (time.process_time() - start) / len(documents))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--mix", action="store_true", help="bench/scale.py's BBC + scraped records instead of CORPUS")
    parser.add_argument("--whole", type=int, default=0, metavar="N",
                        help="also time the whole linter, one article at a time and in batches (best of N)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--select", help="comma-separated rule selectors (default: the default rules)")
    parser.add_argument("--scaling", default="1,8,32", help="articles joined per long article")
    parser.add_argument("--scaling-articles", type=int, default=128, help="articles used by the scaling check")
    parser.add_argument("--gates", action="store_true",
                        help="each article gate a stage of its own (gate: …), in place of their sum")
    parser.add_argument("--json", action="store_true",
                        help="print only µs per article of each stage and rule, as JSON (bench/ab.py profiles)")
    args = parser.parse_args()

    linter = make_linter(select=args.select.split(",") if args.select else None)
    warm_up = "Title\n\nA paragraph to load what the rules and the shared model load lazily.\n"
    linter.lint_text(warm_up)
    parse_all([Document("<warm-up>", warm_up)], linter.rules)  # the OCR gate's tables too, whatever --select says
    documents = mixed_documents(args.limit) if args.mix else \
        [decode(f.read_bytes(), str(f)) for f in corpus_files(args.corpus, args.limit)]
    megabytes = sum(len(d.text.encode()) for d in documents) / 1e6
    articles, model, _ = parse_all(documents, linter.rules)
    rows, gates = time_rules(linter, articles)
    if args.gates:
        model.update(gates)
    else:
        model["article gates (judged together)"] = sum(gates.values())
    total = sum(model.values()) + sum(seconds for _, seconds, _, _ in rows)
    if args.json:
        per_article = {f"model: {stage}": seconds for stage, seconds in model.items()}
        per_article.update((f"{rule.code} {rule.name}", seconds) for rule, seconds, _, _ in rows)
        print(json.dumps({name: seconds / len(articles) * 1e6 for name, seconds in per_article.items()}))
        return

    print(f"### Per-rule profile ({machine()})\n")
    print(f"{len(articles)} articles, {megabytes:.2f} MB; one process; {total:.2f} s CPU in all, "
          f"{total / len(articles) * 1e6:.0f} µs per article.\n")
    print("| stage or rule | seconds | share | µs per article | findings | peak RSS growth (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for stage, seconds in model.items():
        print(f"| model: {stage} | {seconds:.3f} | {seconds / total:.1%} | {seconds / len(articles) * 1e6:.0f} | | |")
    for rule, seconds, found, grown in sorted(rows, key=lambda r: -r[1]):
        print(f"| {rule.code} {rule.name} | {seconds:.3f} | {seconds / total:.1%} "
              f"| {seconds / len(articles) * 1e6:.0f} | {found} | {grown:.0f} |")

    if args.whole:
        print(f"\n#### The whole linter, parsing included (CPU µs per article, best of {args.whole} interleaved runs)\n")
        print("| how | µs per article |")
        print("| --- | ---: |")
        for name, seconds in whole_linter(linter, documents, args.whole).items():
            print(f"| {name} | {seconds * 1e6:.0f} |")

    ks = [int(k) for k in args.scaling.split(",")]
    bodies = [a.body_text() for a in articles[: args.scaling_articles]]
    per_k = {}
    for k in ks:
        long_articles, _, _ = parse_all(joined(bodies, k), linter.rules)
        per_k[k] = {rule.code: seconds for rule, seconds, _, _ in time_rules(linter, long_articles)[0]}
    print(f"\n#### Scaling with article length ({len(bodies)} articles joined k at a time; "
          f"seconds over the same text)\n")
    print("| rule | " + " | ".join(f"k={k}" for k in ks) + f" | k={ks[-1]} / k={ks[0]} |")
    print("| --- | " + " | ".join("---:" for _ in ks) + " | ---: |")
    suspects = []
    for rule in linter.rules:
        first, last = per_k[ks[0]][rule.code], per_k[ks[-1]][rule.code]
        ratio = last / max(first, 1e-4)
        suspect = ratio > SUSPECT_RATIO and last > MIN_SECONDS
        if suspect:
            suspects.append(rule.code)
        print(f"| {rule.code} {rule.name} | " + " | ".join(f"{per_k[k][rule.code]:.3f}" for k in ks)
              + f" | {ratio:.1f}{' ⚠' if suspect else ''} |")
    print(f"\nSuper-linear (ratio > {SUSPECT_RATIO} and over {MIN_SECONDS} s): "
          f"{', '.join(suspects) if suspects else 'none'}.")


if __name__ == "__main__":
    main()
