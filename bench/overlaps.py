"""Duplicate findings: where two findings of different codes name the same text, counted by code pair.

    python bench/overlaps.py [--checkout DIR] [--corpora extracted,scraped,seeds] [--show PAIR] [--limit N]

Runs ``newslint check --no-cache -q -j 2 --format jsonl`` of the checkout ``DIR`` (default: this one) over each
corpus (the extractor outputs of ``bench/extract.py``'s cache, the scraped articles, the seeds) and counts the places
where a finding's words (its first to its last word character, as ``engine._without_yielded`` judges a yield) are
more than four fifths covered by a finding of another code on the same line: one defect reported twice. A row per
pair ``covered < covering`` (the first code's finding lies inside the second's), the places of each corpus; then the
lines holding two or more findings of one code (NL316's separate phrases on one long line). ``--show NL316<NL311``
prints that pair's places (file, line, both spans' text, up to ``--limit``): the extractor outputs and scraped text
are the corpus's (research use: read them here, never copy them into the project).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _measure import CORPUS  # noqa: E402
from extract import CACHE  # noqa: E402

CORPORA = {"extracted": CACHE, "scraped": CORPUS / "scraped", "seeds": HERE.parent / "seeds"}
WORDS = re.compile(r"\w(?:.*\w)?", re.S)  # engine._WORDS: a span's first word character to its last


def findings(checkout: Path, corpus: Path) -> list[dict]:
    """The JSON Lines report of the newslint checkout ``checkout`` on ``corpus``, a dict a finding."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    with tempfile.TemporaryDirectory() as folder:  # (not a checkout's folder: its own newslint would win)
        run = subprocess.run([sys.executable, "-m", "newslint", "check", "--no-cache", "-q", "-j", "2",
                              "--format", "jsonl", str(corpus)], cwd=folder, env=env, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"newslint from {checkout} failed on {corpus}: {run.stderr.strip().splitlines()[-1:]}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def covered(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether ``outer`` covers more than four fifths of ``inner`` (an empty ``inner``: stands inside it)."""
    start, end = inner
    if start == end:
        return outer[0] <= start < outer[1]
    return 5 * max(0, min(end, outer[1]) - max(start, outer[0])) > 4 * (end - start)


def places(report: list[dict]) -> tuple[list[tuple[str, str, dict, dict, str]], list[tuple[str, dict]]]:
    """The duplicate places of a report, ``(covered code, covering code, its finding, the other's, text)``, and the
    lines holding several findings of one code (``(code, first finding)``)."""
    by_line: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for finding in report:
        if finding.get("start") is not None:
            by_line[finding["path"], finding["line"]].append(finding)
    texts: dict[str, str] = {}
    pairs, repeated = [], []
    for (path, _), line in by_line.items():
        if len(line) < 2:
            continue
        if path not in texts:
            with open(path, encoding="utf-8", errors="surrogateescape", newline="") as file:  # offsets: the source's
                texts[path] = file.read()
        text = texts[path]
        words = []
        for finding in line:
            found = WORDS.search(text, finding["start"], finding["end"])
            words.append(found.span() if found else (finding["start"], finding["end"]))
        for a, (finding, span) in enumerate(zip(line, words)):
            for b, other in enumerate(line):
                if a != b and other["rule"] != finding["rule"] and covered(span, (other["start"], other["end"])):
                    pairs.append((finding["rule"], other["rule"], finding, other, text))
        for code, count in Counter(f["rule"] for f in line).items():
            if count > 1:
                repeated.append((code, next(f for f in line if f["rule"] == code)))
    return pairs, repeated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkout", type=Path, default=HERE.parent, help="a checkout of newslint (default: this)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help=f"comma-separated, of {', '.join(CORPORA)}")
    parser.add_argument("--show", help="print the places of one pair, COVERED<COVERING (NL316<NL311)")
    parser.add_argument("--limit", type=int, default=40, help="places --show prints (default 40)")
    args = parser.parse_args(argv)
    names = args.corpora.split(",")
    if unknown := [name for name in names if name not in CORPORA]:
        parser.error(f"unknown corpus {unknown[0]!r}: choose from {', '.join(CORPORA)}")
    counts: dict[str, Counter] = defaultdict(Counter)  # pair -> corpus -> places
    lines: dict[str, Counter] = defaultdict(Counter)  # code -> corpus -> lines with two or more of its findings
    totals: Counter = Counter()
    shown = 0
    for name in names:
        report = findings(args.checkout, CORPORA[name])
        totals[name] = len(report)
        pairs, repeated = places(report)
        for inner, outer, finding, other, text in pairs:
            pair = f"{inner}<{outer}"
            counts[pair][name] += 1
            if pair == args.show and shown < args.limit:
                shown += 1
                print(f"{finding['path']}:{finding['line']}\n  {inner} {text[finding['start']:finding['end']]!r}\n"
                      f"  {outer} {text[other['start']:other['end']]!r}")
        for code, _ in repeated:
            lines[code][name] += 1
    head = " | ".join(names)
    print(f"`python bench/overlaps.py --checkout {args.checkout}`\n\nfindings: "
          + ", ".join(f"{name} {totals[name]:,}" for name in names)
          + f"\n\n| covered < covering | {head} |\n| --- |{' ---: |' * len(names)}")
    for pair, row in sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        print(f"| {pair} | " + " | ".join(f"{row[name]:,}" for name in names) + " |")
    print("| all | " + " | ".join(f"{sum(row[name] for row in counts.values()):,}" for name in names) + " |")
    print(f"\n| lines with 2+ findings of one code | {head} |\n| --- |{' ---: |' * len(names)}")
    for code, row in sorted(lines.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        print(f"| {code} | " + " | ".join(f"{row[name]:,}" for name in names) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
