"""Recall per defect class and precision on natural text labelled by hand (``bench/labels/*.jsonl``).

Each label file holds one JSON object per document read by a person (format in
``bench/labels/README.md``): ``doc`` (a path under ``../shared/corpus/``, or
``html/NAME.html.gz#extractor`` for an extractor's output), ``split`` (``dev`` or ``test``),
``spans`` (``start``, ``end``, ``class``) and ``clean``. A record may add ``classes``: the
only classes it was read for (the Reuters stories are read for their dates alone); there,
findings of rules mapped to other classes are not scored, and a finding that overlaps no span is
not scored when its rule is also mapped to a class outside them (34g: it may be a defect the reader
did not look for).

Every document is linted with the default rule set (``--select``/``--extend-select`` pass
through). A finding matches a label when their spans overlap. Recall of a class = its
labelled spans overlapped by a finding of a rule mapped to that class (``RULE_CLASSES``);
precision = findings overlapping any label / all findings scored.

Extractor outputs come from ``bench/extract.py`` (``extracted_text(doc)``), imported only
when a label needs one; without it those documents are skipped with a note.

``--shift-dates N`` adds a synthetic check of NL603: N dev Reuters stories whose metadata
date is moved by 2 to 40 days (seeded) must each be reported.

Usage: python bench/natural.py [--split dev|test] [--select …] [--extend-select …] [--show]
Tune on ``dev``; run ``--split test`` once, for the report.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newslint.api import lint_text, make_linter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS  # noqa: E402

HERE = Path(__file__).parent
LABELS = HERE / "labels"

# Rule code → the label classes its findings stand for. A code not listed falls back on its
# family (FAMILY_CLASSES), so that a new rule is scored before anyone maps it.
RULE_CLASSES: dict[str, tuple[str, ...]] = {
    "NL101": ("stray-break", "glued-words"),
    "NL102": ("glued-words", "glued-sentence"),
    "NL103": ("glued-sentence", "glued-words"),
    "NL104": ("glued-words",),
    "NL105": ("stray-break",),
    "NL106": ("glued-sentence", "caption", "boilerplate", "other"),  # "other": subheadings run into the text
    "NL107": ("other",),
    "NL108": ("stray-break",),
    "NL109": ("other",),  # footnote markers left in the text
    "NL110": ("other",),  # a fact box, list or table whose lines were run into one
    "NL306": ("boilerplate", "caption", "credit"),
    "NL310": ("boilerplate", "caption", "credit", "byline"),
    "NL311": ("boilerplate", "byline", "timestamp", "caption", "credit"),
    "NL312": ("caption", "credit"),
    "NL313": ("byline", "boilerplate"),
    "NL314": ("timestamp",),
    "NL315": ("byline", "credit"),
    # NL316: since 46d also a picture agency's credit with its caption in a one-line page (its message says so): credit too
    "NL316": ("boilerplate", "byline", "caption", "credit", "timestamp", "other"),
    "NL317": ("caption", "glued-sentence", "boilerplate", "other"),
    # NL318: what a page printed after its story's last stop, whatever line that was (a caption, a credit, a sign-off
    # byline 'By Jane Doe, CNN', a link, the footer; another document: other) — bench/labels/README.md, 45e
    "NL318": ("caption", "boilerplate", "credit", "byline", "other"),
    "NL319": ("boilerplate",),
    "NL530": ("boilerplate",),
    "NL320": ("credit", "caption"),
    # NL321: a picture's alt text in Markdown: a caption (and its credit), a logo's or icon's (boilerplate), an
    # avatar's (byline) — bench/labels/README.md, 49j
    "NL321": ("caption", "credit", "boilerplate", "byline"),
    "NL330": ("timestamp",),
    "NL331": ("timestamp", "byline"),
    "NL332": ("byline",),
    "NL340": ("byline",),
    "NL343": ("glued-words", "glued-sentence"),
    # NL344: a site's menus, boxes of links and own sentences run into a one-line page; the labels count a link list's
    # dates and 'By' lines as timestamps and bylines (bench/labels/README.md, 45e)
    "NL344": ("boilerplate", "byline", "timestamp"),
    "NL341": ("byline", "boilerplate"),
    "NL342": ("boilerplate",),
    "NL603": ("date-mismatch",),
    "NL607": ("date-mismatch",),
}
FAMILY_CLASSES: dict[str, tuple[str, ...]] = {
    "NL1": ("glued-sentence", "glued-words", "stray-break"),
    "NL2": ("quote-damage",),
    "NL3": ("boilerplate", "caption", "credit", "byline", "timestamp"),
    "NL4": ("other",),
    "NL5": ("other",),
    "NL6": ("date-mismatch",),
    "NL7": ("other",),
    "NL8": ("other",),
}


def classes_of(code: str) -> tuple[str, ...]:
    return RULE_CLASSES.get(code) or FAMILY_CLASSES.get(code[:3], ())


def page_of(doc: str) -> str:
    """The page a document was made from: an extractor output's page, or the document itself."""
    return doc.split("#", 1)[0]


def split_of(doc: str) -> str:
    """The fixed split of a document: sha1 of its name, even → dev."""
    return "dev" if int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 2 == 0 else "test"


def fold_of(doc: str) -> str:
    """The dev fold of a document, ``a`` or ``b``, by its page (an extractor output's page: a page's outputs share
    one): the sha1 digit before the last, even → ``a``. (The last digit cannot serve: a dev name's sha1 is even.)
    Read the misses of fold ``a``; score fold ``b`` by its totals only, to learn whether a change carries."""
    return "a" if int(hashlib.sha1(page_of(doc).encode()).hexdigest()[-2], 16) % 2 == 0 else "b"


def source_of(doc: str) -> str:
    """``scraped/dm-….txt`` → ``scraped-dm``; ``html/x.html.gz#trafilatura`` → ``html-trafilatura``."""
    if "#" in doc:
        return "html-" + doc.rsplit("#", 1)[1]
    folder, _, name = doc.partition("/")
    prefix = re.match(r"[a-z]+", name)
    return f"{folder}-{prefix.group()}" if folder == "scraped" and prefix else folder


def read_doc(doc: str) -> str | None:
    """The text of a labelled document as newslint reads it, or None when it cannot be had."""
    if "#" in doc:
        try:
            import extract  # noqa: PLC0415 - helper of bench/, needed only for extractor labels
        except ImportError:
            return None
        return extract.extracted_text(doc)
    return (CORPUS / doc).read_bytes().decode("utf-8").removeprefix("\ufeff")


@dataclass
class Tally:
    spans: Counter = field(default_factory=Counter)       # class → labelled spans
    found: Counter = field(default_factory=Counter)       # class → spans found
    findings: int = 0
    true_findings: int = 0
    clean_words: int = 0                                  # words of documents with no label of a scored class
    clean_findings: int = 0
    docs: int = 0

    def recall(self, cls: str) -> float:
        return self.found[cls] / self.spans[cls] if self.spans[cls] else float("nan")

    def macro(self) -> float:
        present = [c for c in self.spans if self.spans[c]]
        return sum(self.recall(c) for c in present) / len(present) if present else float("nan")

    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else float("nan")


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < max(b_end, b_start + 1) and b_start < max(a_end, a_start + 1)


def run_of(doc: str) -> tuple[str, list[str]]:
    """The run a user would lint ``doc`` in, for the corpus rules: every output of its extractor, or every
    scraped article of its site; ('', []) for a source without one."""
    if "#" in doc:
        import extract  # noqa: PLC0415 - helper of bench/
        extractor = doc.rsplit("#", 1)[1]
        return extractor, [d for d in extract.all_docs() if d.endswith("#" + extractor)]
    source = source_of(doc)
    if not source.startswith("scraped-"):
        return "", []
    prefix = doc.split("/", 1)[1][:len(source) - len("scraped-")]
    return source, [f"scraped/{p.name}" for p in sorted((CORPUS / "scraped").glob(prefix + "*.txt"))]


def cluster_findings(docs: list[str]) -> dict[str, list]:
    """The findings of the corpus rules (NL530, off by default: ``--cluster``) for ``docs``, each run once over
    the whole run it belongs to (see run_of)."""
    from newslint.model import Article  # noqa: PLC0415
    from newslint.source import normalise_newlines  # noqa: PLC0415

    runs: dict[str, list[str]] = {}
    for doc in docs:
        key, members = run_of(doc)
        if key:
            runs.setdefault(key, members)
    found: dict[str, list] = defaultdict(list)
    for members in runs.values():
        rule = make_linter(select=["NL530"]).rules[0]
        articles = [Article.parse(normalise_newlines(text)[0], doc) for doc in members
                    if (text := read_doc(doc))]
        for article, finding in rule.check_corpus(articles):
            found[article.path].append(finding)
    return found


def score(record: dict, text: str, linter, tallies: list[Tally], show: bool, extra: list = ()) -> None:
    """Lint one labelled document (``extra``: findings of corpus rules) and add its spans and findings to each
    of ``tallies``."""
    scope = set(record.get("classes") or ())
    diagnostics = [d for d in [*lint_text(text, record["doc"], linter=linter), *extra]
                   if not scope or scope & set(classes_of(d.code))]
    for tally in tallies:
        _add(record, text, diagnostics, tally, show and tally is tallies[0])


def _add(record: dict, text: str, diagnostics: list, tally: Tally, show: bool) -> None:
    spans = record.get("spans", [])
    tally.docs += 1
    for span in spans:
        tally.spans[span["class"]] += 1
        if any(span["class"] in classes_of(d.code) and overlap(d.start, d.end, span["start"], span["end"])
               for d in diagnostics):
            tally.found[span["class"]] += 1
        elif show:
            print(f"  miss  {record['doc']}:{span['start']} {span['class']}: "
                  f"{text[max(0, span['start'] - 30):span['end'] + 30]!r}")
    scope = set(record.get("classes") or ())
    for d in diagnostics:
        hit = any(overlap(d.start, d.end, s["start"], s["end"]) for s in spans)
        if not hit and scope and not scope.issuperset(classes_of(d.code)):
            continue  # it may stand for a class the record was not read for: neither true nor false
        tally.findings += 1
        tally.true_findings += hit
        if show and not hit:
            print(f"  false {record['doc']}:{d.start} {d.code} {d.message}: "
                  f"{text[max(0, d.start - 30):d.end + 30]!r}")
    if not spans:
        tally.clean_words += len(text.split())
        tally.clean_findings += len(diagnostics)


def shifted_reuters(records: list[dict], count: int, seed: int) -> list[tuple[dict, str]]:
    """``count`` dev Reuters stories with a clean date, their metadata date moved by 2–40 days."""
    rng = random.Random(seed)
    clean = [r for r in records if r["doc"].startswith("reuters/") and not r.get("spans")]
    shifted = []
    for record in rng.sample(clean, min(count, len(clean))):
        text = read_doc(record["doc"])
        match = re.search(r"^(\d{4})-(\d\d)-(\d\d)$", text, re.M)
        if not match:
            continue
        days = rng.choice([-1, 1]) * rng.randint(2, 40)
        moved = datetime.date(*map(int, match.groups())) + datetime.timedelta(days=days)
        new_text = text[:match.start()] + moved.isoformat() + text[match.end():]
        body = re.search(r"\n\n(\S)", new_text)  # the dateline opens the body: label its first 60 characters
        start, end = (body.start(1), body.start(1) + 60) if body else match.span()
        shifted.append(({**record, "doc": record["doc"] + f" (date {days:+d} days)", "clean": False,
                         "spans": [{"start": start, "end": end, "class": "date-mismatch"}]}, new_text))
    return shifted


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--select", nargs="*", default=None)
    parser.add_argument("--extend-select", nargs="*", default=[])
    parser.add_argument("--source", help="score only sources starting with this (scraped, html, reuters)")
    parser.add_argument("--shift-dates", type=int, default=0, metavar="N",
                        help="also score N dev Reuters stories with a shifted metadata date")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--show", action="store_true", help="print every miss and every false finding")
    parser.add_argument("--untouched-pages", action="store_true",
                        help="score only documents whose page has no dev-labelled output (the split hashes "
                             "each extractor output, so most held-out outputs share a page with a dev one)")
    parser.add_argument("--fold", choices=("a", "b"),
                        help="dev only: score one fold of the dev pages (fold_of); fold b by its totals only")
    parser.add_argument("--cluster", action="store_true",
                        help="also run the corpus rules (NL530) over the run each document belongs to")
    args = parser.parse_args(argv)
    if args.fold and args.split != "dev":
        parser.error("--fold splits the dev half only")
    if args.fold == "b" and args.show:
        parser.error("fold b is scored by its totals only (no --show): it judges whether fold a's changes carry")
    sys.path.insert(0, str(HERE))
    linter = make_linter(select=args.select, extend_select=args.extend_select)

    records = []
    for path in sorted(LABELS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append(json.loads(line))
    if not records:
        print(f"no labels under {LABELS}", file=sys.stderr)
        return 2
    chosen = [r for r in records if r["split"] == args.split
              and (not args.source or source_of(r["doc"]).startswith(args.source))]
    if args.fold:
        chosen = [r for r in chosen if fold_of(r["doc"]) == args.fold]
    if args.untouched_pages:
        tuned = {page_of(r["doc"]) for r in records if r["split"] == "dev"}
        chosen = [r for r in chosen if page_of(r["doc"]) not in tuned]

    tallies: dict[str, Tally] = defaultdict(Tally)
    skipped = 0
    corpus = cluster_findings([r["doc"] for r in chosen]) if args.cluster else {}
    for record in chosen:
        text = read_doc(record["doc"])
        if text is None:
            skipped += 1
            continue
        source = source_of(record["doc"])
        families = [source.split("-")[0] + " (all)"] if "-" in source else []
        score(record, text, linter, [tallies[s] for s in [source, *families]], args.show,
              corpus.get(record["doc"], []))
    if args.shift_dates:
        for record, text in shifted_reuters([r for r in records if r["split"] == "dev"], args.shift_dates, args.seed):
            score(record, text, linter, [tallies["reuters-shifted"]], args.show)

    report(tallies, args.split + (f", fold {args.fold}" if args.fold else "")
           + (", pages with no dev output" if args.untouched_pages else ""))
    if skipped:
        print(f"\nnote: {skipped} extractor documents skipped (bench/extract.py or its extractors missing)")
    return 0


def report(tallies: dict[str, Tally], split: str) -> None:
    classes = sorted({c for t in tallies.values() for c in t.spans})
    sources = sorted(tallies)
    print(f"Natural recall per class and source ({split} split); cells: recall (found/labelled)\n")
    print("| class | " + " | ".join(sources) + " |")
    print("| --- |" + " --- |" * len(sources))
    for cls in classes:
        cells = [f"{t.recall(cls):.2f} ({t.found[cls]}/{t.spans[cls]})" if t.spans[cls] else "–"
                 for t in (tallies[s] for s in sources)]
        print(f"| {cls} | " + " | ".join(cells) + " |")
    rows = [("macro recall", lambda t: f"{t.macro():.2f}"),
            ("precision", lambda t: f"{t.precision():.3f} ({t.true_findings}/{t.findings})"),
            ("findings / 10k words, unlabelled docs",
             lambda t: f"{t.clean_findings / t.clean_words * 10000:.2f}" if t.clean_words else "–"),
            ("documents", lambda t: str(t.docs))]
    for name, cell in rows:
        print(f"| {name} | " + " | ".join(cell(tallies[s]) for s in sources) + " |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
