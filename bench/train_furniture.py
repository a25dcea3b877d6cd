"""Fit the page-furniture line model (newslint/furniture.py) on the dev records of every bench/labels/html*.jsonl.

Every short paragraph (at most ``MAX_WORDS`` words) of a labelled extractor output is one
example: positive when labels of a furniture class (boilerplate, byline, timestamp, caption,
credit) cover at least half of it, negative when no label touches it, left out otherwise.
Only records of the ``dev`` split are read, from every label file of extractor output.
``--gold-weight W`` adds, at weight W, the lines that ``html/gold.json``'s snippets label in the outputs no
label record covers, on pages and outputs both of the dev split (:func:`gold_examples`).

A logistic regression with an L2 penalty is fitted in plain Python by Newton's method. The
penalty and the threshold are chosen by cross-validation across sites: the pages are dealt
into folds by their site (the host of the page's address in gold.json: every extractor output
of a page and every page of a site stay in one fold, so a fold is scored on sites its model never
saw), each fold is scored by a model fitted on the others, and the pooled held-out scores choose the
penalty that finds the most furniture lines and the lowest threshold whose held-out precision
stays at or above ``--precision``. The model is then fitted on every dev page with that
penalty; weights and threshold go to ``newslint/data/furniture.json``.

Usage: python bench/train_furniture.py [--precision 0.988] [--folds 5] [--gold-weight 0] [--current] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from newslint.furniture import (FEATURES, LineCounts, features, furniture_score, has_evidence, shapes_of, story_extent,
                                threshold)
from newslint.model import Article
from newslint.rules.lines import furniture

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import extract  # noqa: E402 - bench helpers
import natural  # noqa: E402

LABELS = sorted((HERE / "labels").glob("html*.jsonl"))
OUT = HERE.parent / "newslint" / "data" / "furniture.json"
FURNITURE = {"boilerplate", "byline", "timestamp", "caption", "credit"}
GOLD_WEIGHT = 0.0  # of an example from gold.json's snippets beside one of our labels (1): 0.3 or 1 did not gain in the grouped CV
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)  # L2 penalty on the summed log loss (the bias is not penalised)

Row = tuple[list[float], int, str, bool, float]  # features, label, page, whether NL311 decides by the score, weight


def examples(split: str = "dev") -> list[Row]:
    """The short paragraphs of every labelled extractor output of ``split`` with their labels and pages."""
    rows = []
    for record in _records(split):
        rows += _rows_of(record, extract.extracted_text(record["doc"]))
    return rows


def _records(split: str) -> list[dict]:
    records = []
    for path in LABELS:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["split"] != split or record.get("classes") and FURNITURE.isdisjoint(record["classes"]):
                continue  # (a document read for glue only says nothing of its furniture)
            records.append(record)
    return records


def gold_examples(weight: float) -> list[Row]:
    """More examples from the page authors' gold snippets (``html/gold.json``): the short paragraphs of the
    extractor outputs that no label record covers, on pages and outputs both of the dev split. A paragraph that
    ``without`` snippets (boilerplate) cover by half or more is furniture; one that a ``with`` snippet (main text)
    touches, and no ``without`` one, is the story's; the others are left out (the snippets are a sample)."""
    import gold  # noqa: PLC0415 - bench helper

    pages = json.loads(gold.GOLD.read_text(encoding="utf-8"))
    labelled = {record["doc"] for path in LABELS for record in map(json.loads, path.read_text("utf-8").splitlines())}
    rows = []
    for name, snippets in sorted(pages.items()):
        page = f"html/{name}"
        if natural.split_of(page) != "dev":
            continue
        for extractor in extract.TUNED_ON:  # the new extractors' outputs stay unseen (bench/gold.py scores them)
            doc = f"{page}#{extractor}"
            if doc in labelled or natural.split_of(doc) != "dev":
                continue
            text = extract.extracted_text(doc)
            view = gold.collapsed(text)
            spans = [{"start": a, "end": b, "class": kind} for kind, key in (("boilerplate", "without"), ("story", "with"))
                     for snippet in snippets.get(key) or () for a, b in gold.snippet_spans(snippet, text, view)]
            rows += _rows_of({"doc": doc, "spans": spans}, text, weight)
    return rows


def _rows_of(record: dict, text: str, weight: float = 1.0) -> list[Row]:
    """The labelled short paragraphs of one output; without a ``story`` span every paragraph no span touches is a
    negative (a label record marks all the furniture of its output), with one only those such a span touches are."""
    article = Article.parse(text, record["doc"], {}, True)
    texts = [p.text for p in article.paragraphs]
    shapes = shapes_of(texts)
    counts = LineCounts(texts)
    extent = story_extent(texts, shapes)
    page = record["doc"].split("#")[0]
    asked = _asked(article)
    sampled = any(s["class"] == "story" for s in record["spans"])
    rows = []
    for i, paragraph in enumerate(article.paragraphs):
        vector = features(texts, i, shapes, extent, counts=counts)
        if not vector:
            continue
        decided = i in asked and has_evidence(vector) and not furniture._plain_sentence(vector)
        covered = sum(max(0, min(s["end"], paragraph.end) - max(s["start"], paragraph.start))
                      for s in record["spans"] if s["class"] in FURNITURE)
        touched = {s["class"] == "story" for s in record["spans"] if s["start"] < paragraph.end and paragraph.start < s["end"]}
        if covered * 2 >= len(paragraph.text):
            rows.append((vector, 1, page, decided, weight))
        elif not touched and not sampled or touched == {True}:
            rows.append((vector, 0, page, decided, weight))
    return rows


def _asked(article: Article) -> set[int]:
    """The paragraphs NL311 asks the model about (the others its page-structure tests settle first): seen by
    wrapping the ``features`` it calls while it checks the article."""
    asked = set()

    def recording(texts, index, shapes=None, extent=None, **options):
        asked.add(index)
        return features(texts, index, shapes, extent, **options)

    furniture.features = recording
    try:
        list(furniture.FurnitureLine().check(article))
    finally:
        furniture.features = features
    return asked


def _score(weights: list[float], x: list[float]) -> float:
    z = sum(w * v for w, v in zip(weights, x))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows: list[Row], penalty: float, steps: int = 30) -> list[float]:
    """Weights minimising the log loss plus ``penalty`` times half the squared weights (Newton's method)."""
    size = len(FEATURES)
    weights = [0.0] * size
    for _ in range(steps):
        gradient = [penalty * w * (k > 0) for k, w in enumerate(weights)]
        hessian = [[penalty * (j == k and k > 0) for k in range(size)] for j in range(size)]
        for x, y, _, _, weight in rows:
            p = _score(weights, x)
            active = [(k, v) for k, v in enumerate(x) if v]
            for j, u in active:
                gradient[j] += weight * (p - y) * u
                row = hessian[j]
                for k, v in active:
                    row[k] += weight * p * (1 - p) * u * v
        for k in range(size):
            hessian[k][k] += 1e-6  # a feature no example has keeps its weight at zero
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return weights


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector (Gaussian elimination with partial pivoting; the matrix is small)."""
    size = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, size):
            factor = a[r][col] / a[col][col]
            if factor:
                a[r] = [u - factor * v for u, v in zip(a[r], a[col])]
    x = [0.0] * size
    for r in reversed(range(size)):
        x[r] = (a[r][size] - sum(a[r][k] * x[k] for k in range(r + 1, size))) / a[r][r]
    return x


def fold_of(page: str, folds: int) -> int:
    """A page's fold: fixed by a hash of its site, so every output of the page, and every page of its site, stays in
    one fold (a held-out fold's sites are sites the model never saw, as a user's are)."""
    return zlib.crc32(site_of(page).encode("utf-8")) % folds


@lru_cache(maxsize=None)
def _sites() -> dict[str, str]:
    import gold  # noqa: PLC0415 - bench helper

    if not gold.GOLD.exists():
        return {}
    return {f"html/{name}": urlsplit(entry["url"]).netloc.removeprefix("www.")
            for name, entry in json.loads(gold.GOLD.read_text(encoding="utf-8")).items()}


def site_of(page: str) -> str:
    """The site of ``html/NAME.html.gz``: the host of its address in gold.json (else its name up to the first '-')."""
    return _sites().get(page) or page.removeprefix("html/").split("-")[0]


def held_out_scores(rows: list[Row], folds: int, penalty: float, extra: list[Row] = ()) -> list[tuple[float, int]]:
    """The score of every row NL311 decides by the model, by a model fitted on the folds of sites that do not
    hold it (fitted on every short paragraph of those sites' pages, and on the ``extra`` rows of those sites)."""
    scored = []
    for k in range(folds):
        weights = fit([r for r in [*rows, *extra] if fold_of(r[2], folds) != k], penalty)
        scored += [(_score(weights, x), y) for x, y, page, decided, _ in rows if decided and fold_of(page, folds) == k]
    return scored


def choose_threshold(scored: list[tuple[float, int]], precision: float) -> float:
    """The lowest score (at least 0.5) at which the lines scored above it keep ``precision``."""
    best = 0.99
    for cut in sorted({round(s, 3) for s, _ in scored}, reverse=True):
        above = [y for s, y in scored if s >= cut]
        if cut >= 0.5 and sum(above) >= precision * len(above):
            best = cut
    return best


def found_at(scored: list[tuple[float, int]], cut: float) -> tuple[int, int, int]:
    """(furniture lines at or above ``cut``, lines at or above it, furniture lines)."""
    above = [y for s, y in scored if s >= cut]
    return sum(above), len(above), sum(y for _, y in scored)


def log_loss(scored: list[tuple[float, int]]) -> float:
    """Mean log loss of held-out scores (lower is better; threshold-free)."""
    return -sum(math.log(max(1e-9, s if y else 1 - s)) for s, y in scored) / max(1, len(scored))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precision", type=float, default=0.988)
    parser.add_argument("--folds", type=int, default=5, help="folds of dev sites for choosing penalty and threshold")
    parser.add_argument("--gold-weight", type=float, default=GOLD_WEIGHT,
                        help="weight of the examples from gold.json's snippets (0: leave them out)")
    parser.add_argument("--current", action="store_true", help="also score the shipped weights on the dev pages")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    args = parser.parse_args(argv)
    rows = examples("dev")
    extra = gold_examples(args.gold_weight) if args.gold_weight else []
    decided = [r for r in rows if r[3]]
    print(f"{len(rows)} short dev paragraphs of {len({r[2] for r in rows})} pages, "
          f"{len({site_of(r[2]) for r in rows})} sites ({sum(r[1] for r in rows)} furniture); "
          f"NL311 decides {len(decided)} by the model ({sum(r[1] for r in decided)} furniture); "
          f"gold snippets add {len(extra)} ({sum(r[1] for r in extra)} furniture) of "
          f"{len({site_of(r[2]) for r in extra})} sites, weight {args.gold_weight}")
    if args.current:
        scored = [(furniture_score(x), y) for x, y, _, d, _ in decided]
        found, reported, total = found_at(scored, threshold())
        print(f"shipped model on all dev pages: {found}/{total} found, precision {found / max(1, reported):.3f}")
    best = None
    for penalty in PENALTIES:
        scored = held_out_scores(rows, args.folds, penalty, extra)
        cut = choose_threshold(scored, args.precision)
        found, reported, total = found_at(scored, cut)
        at_shipped = found_at(scored, threshold())
        print(f"penalty {penalty}: {args.folds}-fold by site, threshold {cut}: {found}/{total} found, "
              f"precision {found / max(1, reported):.3f}; at {threshold()}: {at_shipped[0]} found, "
              f"{at_shipped[1] - at_shipped[0]} false; log loss {log_loss(scored):.4f}")
        if best is None or found > best[0]:
            best = (found, penalty, cut)
    _, penalty, cut = best
    weights = fit(rows + extra, penalty)
    found, reported, total = found_at([(_score(weights, x), y) for x, y, _, decided, _ in rows if decided], cut)
    print(f"chosen: penalty {penalty}, threshold {cut}; fitted on all dev pages: {found}/{total} found, "
          f"precision {found / max(1, reported):.3f}")
    model = {"weights": {name: round(w, 3) for name, w in zip(FEATURES, weights)}, "threshold": cut}
    print(json.dumps(model))
    if not args.dry_run:
        OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
