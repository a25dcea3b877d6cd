"""Boilerplate leaked by real extractors, scored against the page authors' gold snippets (``html/gold.json``).

``../shared/corpus/html/gold.json`` gives, for each page, short ``with`` snippets that belong to the main
text and ``without`` snippets of boilerplate that must not be there (trafilatura's evaluation set, annotated
by its authors: independent of our own labels, and on every page and every extractor's output). A snippet is
present in an output when it is a substring after white space is collapsed (as trafilatura's own evaluation
counts it). For each extractor's output (``bench/extract.py``):

- **leaked**: ``without`` snippets present; **flagged**: those overlapped by a finding of a rule whose
  classes (``natural.RULE_CLASSES``) include furniture (boilerplate, caption, credit, byline, timestamp) —
  recall on leaked boilerplate;
- **kept**: ``with`` snippets present; **hit**: those of which a furniture finding covers at least
  ``HIT_SHARE`` of the characters (or all of a short one) — main text reported as furniture, a false
  finding in nearly every case (a precision signal; the snippets are a sample, so this is a rate, not a count).

Pages are split by the same hash as the labels (``natural.split_of("html/NAME.html.gz")``): tune on ``dev``,
report ``test``. The split is by page, so every extractor's output of a page falls on one side; it is not the
split of ``bench/labels/`` (by output), so a page of the gold ``dev`` half may have a held-out labelled output.

Usage: python bench/gold.py [--split dev|test|all] [--select …] [--extend-select …] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract  # noqa: E402
import natural  # noqa: E402
from newslint.api import lint_text, make_linter  # noqa: E402

GOLD = extract.PAGES / "gold.json"
FURNITURE = frozenset({"boilerplate", "caption", "credit", "byline", "timestamp"})
HIT_SHARE = 0.5


def collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with every run of white space made one space, and each kept character's offset in ``text``."""
    chars: list[str] = []
    offsets: list[int] = []
    in_space = False
    for offset, char in enumerate(text):
        space = char.isspace()
        if not (space and in_space):
            chars.append(" " if space else char)
            offsets.append(offset)
        in_space = space
    return "".join(chars), offsets


def snippet_spans(snippet: str, text: str, view: tuple[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Every place of ``snippet`` in ``text``, white space collapsed on both sides, as spans of ``text``."""
    flat, offsets = view or collapsed(text)
    needle = " ".join(snippet.split())
    spans = []
    at = flat.find(needle) if needle else -1
    while at >= 0:
        spans.append((offsets[at], offsets[at + len(needle) - 1] + 1))
        at = flat.find(needle, at + 1)
    return spans


def covered(span: tuple[int, int], findings: list) -> int:
    """How many characters of ``span`` the findings cover."""
    start, end = span
    marks = bytearray(end - start)
    for finding in findings:
        for offset in range(max(start, finding.start), min(end, finding.end)):
            marks[offset - start] = 1
    return sum(marks)


def score_output(text: str, findings: list, gold: dict, tally: Counter, show_as: str | None = None) -> None:
    """Add one output's leaked/flagged and kept/hit snippets to ``tally``; print misses and hits if ``show_as``."""
    furniture = [f for f in findings if FURNITURE & set(natural.classes_of(f.code))]
    view = collapsed(text)
    for snippet in gold.get("without") or ():
        spans = snippet_spans(snippet, text, view)
        if not spans:
            continue
        tally["leaked"] += 1
        if any(natural.overlap(f.start, f.end, a, b) for f in furniture for a, b in spans):
            tally["flagged"] += 1
        elif show_as:
            print(f"  miss  {show_as}:{spans[0][0]} {snippet[:90]!r}")
    for snippet in gold.get("with") or ():
        spans = snippet_spans(snippet, text, view)
        if not spans:
            continue
        tally["kept"] += 1
        hits = [span for span in spans if covered(span, furniture) >= HIT_SHARE * (span[1] - span[0])]
        if hits:
            tally["hit"] += 1
            if show_as:
                codes = sorted({f.code for f in furniture if natural.overlap(f.start, f.end, *hits[0])})
                print(f"  hit   {show_as}:{hits[0][0]} {','.join(codes)} {snippet[:90]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--select", nargs="*", default=None)
    parser.add_argument("--extend-select", nargs="*", default=[])
    parser.add_argument("--show", action="store_true", help="print every unflagged leak and every hit snippet")
    args = parser.parse_args(argv)
    if not GOLD.exists():
        print(f"no gold at {GOLD}", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    linter = make_linter(select=args.select, extend_select=args.extend_select)
    tallies: dict[str, Counter] = defaultdict(Counter)
    pages = set()
    for page, snippets in sorted(gold.items()):
        if args.split != "all" and natural.split_of(f"html/{page}") != args.split:
            continue
        for extractor in extract.EXTRACTORS:
            doc = f"html/{page}#{extractor}"
            text = extract.extracted_text(doc)
            if not text.strip():
                continue
            findings = list(lint_text(text, doc, linter=linter))
            score_output(text, findings, snippets, tallies[extractor], doc if args.show else None)
            pages.add(page)
    report(tallies, args.split, len(pages))
    return 0


def report(tallies: dict[str, Counter], split: str, pages: int) -> None:
    total = sum(tallies.values(), Counter())
    print(f"Gold snippets of `html/gold.json` ({split} half by page, {pages} pages): leaked boilerplate flagged, "
          f"main text hit by a furniture finding\n")
    print("| extractor | leaked `without` flagged | recall | `with` hit | hit rate |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, tally in [*sorted(tallies.items()), ("all", total)]:
        recall = tally["flagged"] / tally["leaked"] if tally["leaked"] else 0.0
        rate = tally["hit"] / tally["kept"] if tally["kept"] else 0.0
        print(f"| {name} | {tally['flagged']}/{tally['leaked']} | {recall:.2f} | {tally['hit']}/{tally['kept']} "
              f"| {rate:.3f} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
