"""Instructions of the stages around the rules, per article, over a JSONL corpus: records, parse, word analysis, the
OCR gate, the rules, resolve, the concise report.

    python bench/stage_levels.py [JSONL] --checkout DIR [--checkout DIR ...] [--levels 0,1,2,3,4]
    python bench/stage_levels.py [JSONL] --level N          (one level, in this process: what callgrind runs)

Level N does what level N - 1 does and one stage more, 32 records at a time as the engine batches them, with the
run's collector settings (``gcpause``): 0 imports, builds the default linter, loads the word list and reads the file;
1 reads each record (``source.jsonl_record``); 2 parses it (``Article.parse``); 3 asks the word analysis
(``Article.distinct_words``); 4 the OCR gate's decision (``Article.ocr``); 5 lints the batch (the rules, the findings
sorted); 6 resolves the findings into diagnostics; 7 writes the concise report to a string. A stage's cost is the
difference between two levels, each measured by callgrind (user space instructions) in a process of its own, with
each checkout on ``PYTHONPATH`` and a user cache of its own (``--cache-root``), warmed by two plain runs of the
highest level first.
Two processes of one checkout differ by a few million instructions (the string hashes change).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

STAGES = ("imports, linter, word list, file read", "JSONL records", "parse", "word analysis", "OCR gate",
          "rules", "resolve", "concise report")
BATCH = 32


def run_level(path: str, level: int) -> None:
    """Do the stages up to ``level`` over the records of ``path`` (see the module's docstring)."""
    import gc
    import io

    from newslint import gcpause, lexicon
    from newslint.api import make_linter
    from newslint.config import JsonlFields
    from newslint.formats import Report, text as concise
    from newslint.source import jsonl_record

    gcpause.pause()
    linter = make_linter()
    linter.fingerprints = False  # as a run without a cache or SARIF
    lexicon.frequencies()
    lexicon.common_words()
    lines = Path(path).read_bytes().split(b"\n")
    if not lines[-1]:
        lines.pop()
    gcpause.resume()
    fields, report = JsonlFields(), Report("concise", io.StringIO(), [], False, [], False)
    for first in range(0, len(lines) * (level >= 1), BATCH):
        documents = [jsonl_record(raw, number, path, fields)
                     for number, raw in enumerate(lines[first:first + BATCH], first + 1)]
        if level < 2:
            continue
        articles = [linter._parse(document) for document in documents]
        for article in articles:
            if level >= 3:
                article.distinct_words
            if level >= 4:
                article.ocr
        if level < 5:
            continue
        found = linter._check(articles)
        results = [linter._result(document, article, linter._finished(article, findings))
                   for document, article, findings in zip(documents, articles, found)]
        if level < 6:
            continue
        diagnostics = [diagnostic for result in results for diagnostic in result.diagnostics()]
        if level >= 7:
            concise.add(report, diagnostics)
    gc.collect()


def instructions(checkout: str, cache: str, path: str, level: int, measured: bool = True) -> int:
    """Callgrind's count of the instructions of ``--level level`` with ``checkout`` on the path (not ``measured``:
    a plain run, 0, which fills the user cache with what the level builds on first use)."""
    with tempfile.TemporaryDirectory() as temp:
        out = Path(temp, "callgrind.out")
        env = dict(os.environ, PYTHONPATH=checkout, XDG_CACHE_HOME=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if measured else []
        done = subprocess.run([*valgrind, sys.executable, __file__, path, "--level", str(level)], env=env, cwd=temp,
                              capture_output=True, text=True, check=True)
        return int(re.search(r"Collected : (\d+)", done.stderr).group(1)) if measured else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", default="/tmp/mix1.jsonl", help="a JSONL corpus (bench/scale.py's mix)")
    parser.add_argument("--level", type=int, help="run one level here (what each measured process does)")
    parser.add_argument("--checkout", action="append", default=[], help="a checkout to measure (repeatable)")
    parser.add_argument("--levels", default="0,1,2,3,4", help="the levels measured, comma-separated")
    parser.add_argument("--cache-root", default="/tmp/stage-levels-cache",
                        help="each checkout's XDG_CACHE_HOME is a folder here named after it")
    args = parser.parse_args()
    if args.level is not None:
        run_level(args.path, args.level)
        return
    levels = [int(level) for level in args.levels.split(",")]
    records = sum(1 for line in Path(args.path).read_bytes().split(b"\n") if line)
    counts = {}
    for checkout in args.checkout:
        cache = str(Path(args.cache_root, Path(checkout).resolve().name))
        for _ in range(2):  # a process that finds something missing in the cache builds it (tens of M): not measured
            instructions(str(Path(checkout).resolve()), cache, args.path, max(levels), measured=False)
        for level in levels:
            counts[checkout, level] = instructions(str(Path(checkout).resolve()), cache, args.path, level)
    print(f"{records:,} records of {args.path}; instructions (callgrind), M; a stage: its level minus the one before\n")
    print("| level: stage | " + " | ".join(f"{checkout} | per article" for checkout in args.checkout) + " |")
    print("| --- |" + " ---: | ---: |" * len(args.checkout))
    for level in levels:
        cells = []
        for checkout in args.checkout:
            count = counts[checkout, level]
            before = counts.get((checkout, level - 1))
            stage = count - before if before is not None else count
            cells += [f"{stage / 1e6:,.1f}", f"{stage / records / 1e3:,.1f} k" if before is not None else ""]
        print(f"| {level}: {STAGES[level]} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
