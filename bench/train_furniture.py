"""Fit the page-furniture line model (newslint/furniture.py) on the dev records of every bench/labels/html*.jsonl.

Every short paragraph (at most ``MAX_WORDS`` words) of a labelled extractor output is one
example: positive when labels of a furniture class (boilerplate, byline, timestamp, caption,
credit) cover at least half of it, negative when no label touches it, left out otherwise.
Only records of the ``dev`` split are read, from every label file of extractor output.

A logistic regression with an L2 penalty is fitted in plain Python by Newton's method. The
penalty and the threshold are chosen by cross-validation across pages: the pages are dealt
into folds (every extractor output of a page, and so a site's lines, stays in one fold), each
fold is scored by a model fitted on the others, and the pooled held-out scores choose the
penalty that finds the most furniture lines and the lowest threshold whose held-out precision
stays at or above ``--precision``. The model is then fitted on every dev page with that
penalty; weights and threshold go to ``newslint/data/furniture.json``.

Usage: python bench/train_furniture.py [--precision 0.988] [--folds 5] [--current] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from pathlib import Path

from newslint.furniture import FEATURES, features, furniture_score, has_evidence, shapes_of, story_extent, threshold
from newslint.model import Article
from newslint.rules.lines import furniture

HERE = Path(__file__).parent
LABELS = sorted((HERE / "labels").glob("html*.jsonl"))
OUT = HERE.parent / "newslint" / "data" / "furniture.json"
FURNITURE = {"boilerplate", "byline", "timestamp", "caption", "credit"}
PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0)  # L2 penalty on the summed log loss (the bias is not penalised)

Row = tuple[list[float], int, str, bool]  # feature vector, label, page, whether NL311 decides by the model's score


def examples(split: str = "dev") -> list[Row]:
    """The short paragraphs of every labelled extractor output of ``split`` with their labels and pages."""
    sys.path.insert(0, str(HERE))
    import extract  # noqa: PLC0415 - bench helper

    rows = []
    for path in LABELS:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["split"] != split or record.get("classes") and FURNITURE.isdisjoint(record["classes"]):
                continue  # (a document read for glue only says nothing of its furniture)
            rows += _rows_of(record, extract.extracted_text(record["doc"]))
    return rows


def _rows_of(record: dict, text: str) -> list[Row]:
    article = Article.parse(text, record["doc"], {}, True)
    texts = [p.text for p in article.paragraphs]
    shapes = shapes_of(texts)
    extent = story_extent(texts, shapes)
    page = record["doc"].split("#")[0]
    asked = _asked(article)
    rows = []
    for i, paragraph in enumerate(article.paragraphs):
        vector = features(texts, i, shapes, extent)
        if not vector:
            continue
        decided = i in asked and has_evidence(vector) and not furniture._plain_sentence(vector)
        covered = sum(max(0, min(s["end"], paragraph.end) - max(s["start"], paragraph.start))
                      for s in record["spans"] if s["class"] in FURNITURE)
        touched = any(s["start"] < paragraph.end and paragraph.start < s["end"] for s in record["spans"])
        if covered * 2 >= len(paragraph.text):
            rows.append((vector, 1, page, decided))
        elif not touched:
            rows.append((vector, 0, page, decided))
    return rows


def _asked(article: Article) -> set[int]:
    """The paragraphs NL311 asks the model about (the others its page-structure tests settle first): seen by
    wrapping the ``features`` it calls while it checks the article."""
    asked = set()

    def recording(texts, index, shapes=None, extent=None):
        asked.add(index)
        return features(texts, index, shapes, extent)

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
        for x, y, *_ in rows:
            p = _score(weights, x)
            active = [(k, v) for k, v in enumerate(x) if v]
            for j, u in active:
                gradient[j] += (p - y) * u
                row = hessian[j]
                for k, v in active:
                    row[k] += p * (1 - p) * u * v
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
    """A page's fold: fixed by a hash of its name, so every output of the page stays in one fold."""
    return zlib.crc32(page.encode("utf-8")) % folds


def held_out_scores(rows: list[Row], folds: int, penalty: float) -> list[tuple[float, int]]:
    """The score of every row NL311 decides by the model, by a model fitted on the folds of pages that do not
    hold it (fitted on every short paragraph of those pages)."""
    scored = []
    for k in range(folds):
        weights = fit([r for r in rows if fold_of(r[2], folds) != k], penalty)
        scored += [(_score(weights, x), y) for x, y, page, decided in rows if decided and fold_of(page, folds) == k]
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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precision", type=float, default=0.988)
    parser.add_argument("--folds", type=int, default=5, help="folds of dev pages for choosing penalty and threshold")
    parser.add_argument("--current", action="store_true", help="also score the shipped weights on the dev pages")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    args = parser.parse_args(argv)
    rows = examples("dev")
    decided = [r for r in rows if r[3]]
    print(f"{len(rows)} short dev paragraphs of {len({r[2] for r in rows})} pages ({sum(r[1] for r in rows)} furniture); "
          f"NL311 decides {len(decided)} by the model ({sum(r[1] for r in decided)} furniture)")
    if args.current:
        scored = [(furniture_score(x), y) for x, y, _, d in decided]
        cut = threshold()
        found, reported, total = found_at(scored, cut)
        print(f"shipped model on all dev pages: {found}/{total} found, precision {found / max(1, reported):.3f}")
    best = None
    for penalty in PENALTIES:
        scored = held_out_scores(rows, args.folds, penalty)
        cut = choose_threshold(scored, args.precision)
        found, reported, total = found_at(scored, cut)
        print(f"penalty {penalty}: {args.folds}-fold by page, threshold {cut}: {found}/{total} found, "
              f"precision {found / max(1, reported):.3f}")
        if best is None or found > best[0]:
            best = (found, penalty, cut)
    _, penalty, cut = best
    weights = fit(rows, penalty)
    found, reported, total = found_at([(_score(weights, x), y) for x, y, _, decided in rows if decided], cut)
    print(f"chosen: penalty {penalty}, threshold {cut}; fitted on all dev pages: {found}/{total} found, "
          f"precision {found / max(1, reported):.3f}")
    model = {"weights": {name: round(w, 3) for name, w in zip(FEATURES, weights)}, "threshold": cut}
    print(json.dumps(model))
    if not args.dry_run:
        OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
