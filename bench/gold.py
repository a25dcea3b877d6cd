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

The table gives a row per extractor, the extractors the rules were tuned on (``extract.TUNED_ON``), those nobody
here tuned to (``extract.NEW_EXTRACTORS``) and the other shapes of text (``extract.FORMATS``: Markdown, text
browsers' dumps) each followed by their total: how far the rules carry to outputs they were not made on.

``--rates``: no gold, a precision signal of every output: findings per 10,000 words (every finding of the rules
selected, one output at a time), the share of outputs the OCR gate calls OCR, and the rules that report most.

Pages are split by the same hash as the labels (``natural.split_of("html/NAME.html.gz")``): tune on ``dev``,
report ``test``. The split is by page, so every extractor's output of a page falls on one side; it is not the
split of ``bench/labels/`` (by output), so a page of the gold ``dev`` half may have a held-out labelled output.

``--lines``: the gold ``author`` and ``date`` of a page as lines of its outputs. A line that holds the author's
name and little else (``byline``) or the page's date and little else (``timestamp``: any of the usual written forms
of that day, with a time, a weekday or 'Updated' beside it) is the page's furniture; counted per extractor, with
those a finding of a rule of that class (``natural.RULE_CLASSES``) overlaps, and the author's name in a longer line
(a sentence, mostly) that such a finding covers whole (``in prose``: a false finding, or a byline run into text).

``--fold a|b``: the dev pages of one fold (``natural.fold_of``, by page, as ``natural.py --fold``): read fold a's
misses; score fold b by its totals only, to learn whether a change carries.

``--context N`` (with ``--show --fold a``): each miss with N characters of its output either side, to read the
shape of the furniture around it (fold a only: the pages tuned on). ``--show`` prints only outputs that the hand
labels' own split (``natural.split_of(doc)``, by output, not by page) puts in dev: an output of a dev page may be
held out there, and is then scored but never printed.

Usage: python bench/gold.py [--split dev|test|all] [--fold a|b] [--select …] [--extend-select …]
[--show [--context N]] [--lines | --rates]
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract  # noqa: E402
import natural  # noqa: E402
from newslint.api import lint_text, make_linter  # noqa: E402
from newslint.model import Article  # noqa: E402

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


def score_output(text: str, findings: list, gold: dict, tally: Counter, show_as: str | None = None,
                 context: int = 0) -> None:
    """Add one output's leaked/flagged and kept/hit snippets to ``tally``; print misses and hits if ``show_as``,
    each miss with ``context`` characters of the output either side."""
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
            if context:
                print(f"        {in_context(text, spans[0], context)!r}")
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


def shown_as(doc: str, show: bool) -> str | None:
    """The name ``--show`` prints an output's misses and hits under, or None: an output the hand labels hold out by
    its own hash (``natural.split_of(doc)``) is scored but never printed, whatever its page's half."""
    return doc if show and natural.split_of(doc) == "dev" else None


def in_context(text: str, span: tuple[int, int], context: int) -> str:
    """``text[span]`` marked with ⟦ ⟧ between ``context`` characters either side, white space collapsed."""
    start, end = span
    before, inside, after = text[max(0, start - context):start], text[start:end], text[end:end + context]
    return " ".join(f"{before}⟦{inside}⟧{after}".split())


_LITTLE_ELSE = 5  # words of a line beside the name or the date: 'By', a role, the outlet, 'Updated', a time
_FURNITURE_LINE = 120  # characters: a longer line is the story's
_BESIDE = re.compile(r"(?i)^(?:by|and|updated|published|posted|last|on|at|[|,•·—–-]+"
                     r"|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?"
                     r"|[ecmp][sd]?t|gmt|bst|utc|ist|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$")


def date_pattern(iso: str) -> re.Pattern | None:
    """The usual written forms of the day ``iso`` ('2023-11-09'): 'November 9, 2023', 'Nov. 9 2023', '9 November
    2023', '09/11/2023', '11/9/2023', '2023-11-09', '09.11.2023'."""
    try:
        day = datetime.date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return None
    month = day.strftime("%B")
    named = rf"(?:{month}|{month[:3]}\.?|{month[:4]}\.?)"
    d, m, y = rf"0?{day.day}(?:st|nd|rd|th)?", rf"0?{day.month}", rf"(?:{day.year}|{day.year % 100:02d})"
    return re.compile(rf"(?i)\b(?:{named},? {d},? {y}|{d},? (?:of )?{named},? {y}"
                      rf"|{d}[/.-]{m}[/.-]{y}|{m}[/.-]{d}[/.-]{y}"
                      rf"|{day.year}[/.-]{m}[/.-]{d})\b")


def name_pattern(author: str) -> re.Pattern | None:
    """The author's name, any case, any white space ('GRACE ZOKOVITCH', 'J.R. Stone')."""
    words = author.split()
    return re.compile(r"(?i)" + r"\s+".join(map(re.escape, words))) if words else None


def furniture_lines(text: str, pattern: re.Pattern | None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The lines of ``text`` that hold ``pattern`` and little else (at most five other words, 120 characters), and
    the spans of ``pattern`` in longer lines."""
    alone: list[tuple[int, int]] = []
    inside: list[tuple[int, int]] = []
    if pattern is None:
        return alone, inside
    at = 0
    for line in text.split("\n"):
        match = pattern.search(line)
        if match:
            rest = [w for w in (line[:match.start()] + " " + line[match.end():]).split() if not _BESIDE.match(w)]
            if len(line.strip()) <= _FURNITURE_LINE and len(rest) <= _LITTLE_ELSE:
                alone.append((at + match.start(), at + match.end()))
            else:
                inside.append((at + match.start(), at + match.end()))
        at += len(line) + 1
    return alone, inside


def score_lines(text: str, findings: list, gold: dict, tally: Counter, show_as: str | None = None) -> None:
    """Add one output's author and date lines, and those a byline or timestamp finding overlaps, to ``tally``."""
    for cls, pattern in (("byline", name_pattern(gold.get("author") or "")),
                         ("timestamp", date_pattern(gold.get("date") or ""))):
        of_class = [f for f in findings if cls in natural.classes_of(f.code)]
        alone, inside = furniture_lines(text, pattern)
        for start, end in alone:
            tally[cls] += 1
            if any(natural.overlap(f.start, f.end, start, end) for f in of_class):
                tally[cls + " flagged"] += 1
            elif show_as:
                line_start = text.rfind("\n", 0, start) + 1
                print(f"  miss  {show_as}:{start} {cls}: {text[line_start:text.find(chr(10), end)][:100]!r}")
        if cls == "byline":
            for start, end in inside:
                tally["in prose"] += 1
                if any(f.start <= start and end <= f.end for f in of_class):
                    tally["in prose flagged"] += 1
                    if show_as:
                        print(f"  prose {show_as}:{start} {text[max(0, start - 60):end + 60]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--select", nargs="*", default=None)
    parser.add_argument("--extend-select", nargs="*", default=[])
    parser.add_argument("--show", action="store_true", help="print every unflagged leak and every hit snippet")
    parser.add_argument("--context", type=int, default=0, metavar="N",
                        help="with --show on fold a: print each miss with N characters of its output either side")
    parser.add_argument("--lines", action="store_true", help="score the gold author and date as lines (see above)")
    parser.add_argument("--rates", action="store_true",
                        help="findings per 10,000 words, outputs the OCR gate calls OCR, the rules reporting most")
    parser.add_argument("--fold", choices=("a", "b"),
                        help="dev only: score one fold of the dev pages (natural.fold_of); fold b by its totals only")
    args = parser.parse_args(argv)
    if args.fold and args.split != "dev":
        parser.error("--fold splits the dev half only")
    if args.fold == "b" and args.show:
        parser.error("fold b is scored by its totals only (no --show): it judges whether fold a's changes carry")
    if args.context and not (args.show and args.fold == "a"):
        parser.error("--context shows fold a's misses in their outputs (with --show --split dev --fold a)")
    if not GOLD.exists():
        print(f"no gold at {GOLD}", file=sys.stderr)
        return 2
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    linter = make_linter(select=args.select, extend_select=args.extend_select)
    tallies: dict[str, Counter] = defaultdict(Counter)
    pages = set()
    missing: set[str] = set()
    for page, snippets in sorted(gold.items()):
        if args.split != "all" and natural.split_of(f"html/{page}") != args.split:
            continue
        if args.fold and natural.fold_of(f"html/{page}") != args.fold:
            continue
        for extractor in extract.EXTRACTORS:
            doc = f"html/{page}#{extractor}"
            text = output_of(doc)
            if text is None:
                missing.add(extractor)
                continue
            if not text.strip():
                continue
            findings = list(lint_text(text, doc, linter=linter))
            show_as = shown_as(doc, args.show)
            if args.rates:
                count_rates(text, findings, tallies[extractor])
            elif args.lines:
                score_lines(text, findings, snippets, tallies[extractor], show_as)
            else:
                score_output(text, findings, snippets, tallies[extractor], show_as, args.context)
            pages.add(page)
    split = args.split + (f", fold {args.fold}" if args.fold else "")
    (report_rates if args.rates else report_lines if args.lines else report)(tallies, split, len(pages))
    if missing:
        print(f"\nnote: not scored, extractor not installed (pip install -r bench/requirements.txt): "
              f"{', '.join(sorted(missing))}")
    return 0


def output_of(doc: str) -> str | None:
    """The extractor output ``doc`` (cached, else extracted), or None where its extractor is not installed."""
    try:
        return extract.extracted_text(doc)
    except ImportError:
        return None


def count_rates(text: str, findings: list, tally: Counter) -> None:
    """Add one output's words, findings (and each rule's, as ``NLxxx``) and the OCR gate's yes to ``tally``."""
    tally["outputs"] += 1
    tally["words"] += len(text.split())
    tally["findings"] += len(findings)
    tally["ocr"] += Article.parse(text).ocr.ocr
    tally.update(finding.code for finding in findings)


def top_rules(tally: Counter, n: int = 3) -> str:
    """The ``n`` rules with most findings in ``tally``, each with its count."""
    codes = Counter({key: count for key, count in tally.items() if key.startswith("NL")})
    return ", ".join(f"{code} {count}" for code, count in codes.most_common(n))


def report_rates(tallies: dict[str, Counter], split: str, pages: int) -> None:
    _table(tallies, f"Every finding per output ({split} half by page, {pages} pages): findings per 10,000 words, "
                    f"outputs the OCR gate calls OCR, the rules reporting most",
           ("words", "findings", "per 10k words", "OCR", "most"),
           lambda t: (str(t["words"]), str(t["findings"]),
                      f"{t['findings'] / t['words'] * 10000 if t['words'] else 0.0:.1f}",
                      f"{t['ocr']}/{t['outputs']}", top_rules(t)))


def report(tallies: dict[str, Counter], split: str, pages: int) -> None:
    _table(tallies, f"Gold snippets of `html/gold.json` ({split} half by page, {pages} pages): leaked boilerplate "
                    f"flagged, main text hit by a furniture finding",
           ("leaked `without` flagged", "recall", "`with` hit", "hit rate"),
           lambda t: (f"{t['flagged']}/{t['leaked']}", f"{t['flagged'] / t['leaked'] if t['leaked'] else 0.0:.2f}",
                      f"{t['hit']}/{t['kept']}", f"{t['hit'] / t['kept'] if t['kept'] else 0.0:.3f}"))


def report_lines(tallies: dict[str, Counter], split: str, pages: int) -> None:
    _table(tallies, f"Gold author and date of `html/gold.json` as lines ({split} half by page, {pages} pages): lines "
                    f"of the name or the date and little else flagged by a byline or timestamp rule; the name in "
                    f"longer lines covered",
           ("author lines flagged", "date lines flagged", "name in prose covered"),
           lambda t: (f"{t['byline flagged']}/{t['byline']}", f"{t['timestamp flagged']}/{t['timestamp']}",
                      f"{t['in prose flagged']}/{t['in prose']}"))


def table_rows(tallies: dict[str, Counter]) -> list[tuple[str, Counter]]:
    """One row per extractor, the extractors the rules were tuned on (``extract.TUNED_ON``) first, the new ones and the
    formats (``extract.FORMATS``) after, each group followed by its total, then one row for them all."""
    rows: list[tuple[str, Counter]] = []
    for group, names in (("tuned on", extract.TUNED_ON), ("new", extract.NEW_EXTRACTORS),
                         ("formats", extract.FORMATS)):
        present = [name for name in names if name in tallies]
        rows += [(name, tallies[name]) for name in present]
        if present:
            rows.append((f"all {group}", sum((tallies[name] for name in present), Counter())))
    return [*rows, ("all", sum(tallies.values(), Counter()))]


def _table(tallies: dict[str, Counter], title: str, columns: tuple[str, ...], cells) -> None:
    """A Markdown table of ``table_rows``, ``cells(tally)`` giving a row's cells."""
    print(title + "\n")
    print("| extractor | " + " | ".join(columns) + " |")
    print("| --- |" + " ---: |" * len(columns))
    for name, tally in table_rows(tallies):
        print(f"| {name} | " + " | ".join(cells(tally)) + " |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
