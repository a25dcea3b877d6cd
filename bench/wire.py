"""Findings of the default rules on Reuters wire stories, per 10,000 words, judged true or false by hand.

Issue #12 asks for at most one finding per 10,000 words on wire copy, each one real. The verdicts are
in ``bench/labels/reuters-verdicts.csv`` (doc, start, end, rule, verdict, form: offsets only, no text),
one row per finding read on the dev stories. A finding takes the verdict of a row of its document and
rule whose span it overlaps; one that none matches is "not judged" (read it, add a row).

Usage: python bench/wire.py [--split dev|test] [--select …] [--extend-select …] [--show]
``--show`` (dev only) prints the false and the unjudged findings with their context. The held-out
half (``--split test``) is the lead's, run once: counts per rule only.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

from newslint.api import lint_text, make_linter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS  # noqa: E402
from natural import overlap, read_doc, split_of  # noqa: E402

VERDICTS = Path(__file__).parent / "labels" / "reuters-verdicts.csv"
JUDGED = ("true", "false")


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str], list[dict]]:
    """(doc, rule) → its verdict rows (start and end as ints)."""
    verdicts: dict[tuple[str, str], list[dict]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["verdict"] not in JUDGED:
                raise ValueError(f"{path}: verdict must be true or false: {row}")
            verdicts[row["doc"], row["rule"]].append({**row, "start": int(row["start"]), "end": int(row["end"])})
    return verdicts


def verdict_of(doc: str, code: str, start: int, end: int, verdicts: dict) -> dict | None:
    """The verdict row a finding takes, or None when nobody judged it."""
    return next((row for row in verdicts.get((doc, code), ())
                 if overlap(start, end, row["start"], row["end"])), None)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--select", nargs="*", default=None)
    parser.add_argument("--extend-select", nargs="*", default=[])
    parser.add_argument("--show", action="store_true", help="dev only: print the false and unjudged findings")
    args = parser.parse_args(argv)
    if args.show and args.split != "dev":
        parser.error("--show reads the dev half only")
    linter = make_linter(select=args.select, extend_select=args.extend_select)
    verdicts = load_verdicts() if args.split == "dev" else {}
    docs = sorted(f"reuters/{path.name}" for path in (CORPUS / "reuters").glob("*.txt"))
    docs = [doc for doc in docs if split_of(doc) == args.split]
    tally: dict[str, Counter] = defaultdict(Counter)
    words = 0
    for doc in docs:
        text = read_doc(doc)
        words += len(text.split())
        for d in lint_text(text, doc, linter=linter):
            row = verdict_of(doc, d.code, d.start, d.end, verdicts)
            kind = row["verdict"] if row else "not judged"
            tally[d.code][kind] += 1
            if args.show and kind != "true":
                form = f" [{row['form']}]" if row else ""
                print(f"  {kind} {doc}:{d.start} {d.code}{form} {d.message}: "
                      f"{text[max(0, d.start - 40):d.end + 40]!r}")
    total = sum((counts for counts in tally.values()), Counter())
    findings = sum(total.values())
    print(f"Reuters wire stories ({args.split} split): {len(docs)} stories, {words} words, {findings} findings = "
          f"{findings / words * 10000:.2f} per 10,000 words\n")
    print("| rule | findings | true | false | not judged |")
    print("| --- | --- | --- | --- | --- |")
    for code in sorted(tally, key=lambda c: (-sum(tally[c].values()), c)):
        counts = tally[code]
        print(f"| {code} | {sum(counts.values())} | {counts['true']} | {counts['false']} | {counts['not judged']} |")
    print(f"| all | {findings} | {total['true']} | {total['false']} | {total['not judged']} |")
    if words:
        print(f"\nper 10,000 words: all {findings / words * 10000:.2f}, true {total['true'] / words * 10000:.2f}, "
              f"false {total['false'] / words * 10000:.2f}, not judged {total['not judged'] / words * 10000:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
