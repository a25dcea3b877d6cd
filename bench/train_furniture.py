"""Fit the page-furniture line model (newslint/furniture.py) on the dev half of bench/labels/html.jsonl.

Every short paragraph (at most ``MAX_WORDS`` words) of a labelled extractor output is one
example: positive when labels of a furniture class (boilerplate, byline, timestamp, caption,
credit) cover at least half of it, negative when no label touches it, left out otherwise.
A logistic regression (batch gradient descent, L2) is fitted in plain Python; the threshold
is the lowest score whose dev precision stays at or above ``--precision``. The weights and
the threshold are written to ``newslint/data/furniture.json``. Only the dev split is read.

Usage: python bench/train_furniture.py [--precision 0.98] [--dry-run] [--folds 5]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from newslint.furniture import FEATURES, features, shapes_of, story_extent
from newslint.model import Article

HERE = Path(__file__).parent
LABELS = HERE / "labels" / "html.jsonl"
OUT = HERE.parent / "newslint" / "data" / "furniture.json"
FURNITURE = {"boilerplate", "byline", "timestamp", "caption", "credit"}


def examples(split: str) -> list[tuple[list[float], int, str]]:
    sys.path.insert(0, str(HERE))
    import extract  # noqa: PLC0415 - bench helper

    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] != split or record.get("classes") and FURNITURE.isdisjoint(record["classes"]):
            continue  # (a document read for glue only says nothing of its furniture)
        text = extract.extracted_text(record["doc"])
        article = Article.parse(text, record["doc"], {}, True)
        texts = [p.text for p in article.paragraphs]
        shapes = shapes_of(texts)
        extent = story_extent(texts, shapes)
        for i, paragraph in enumerate(article.paragraphs):
            vector = features(texts, i, shapes, extent)
            if not vector:
                continue
            covered = sum(max(0, min(s["end"], paragraph.end) - max(s["start"], paragraph.start))
                          for s in record["spans"] if s["class"] in FURNITURE)
            touched = any(s["start"] < paragraph.end and paragraph.start < s["end"] for s in record["spans"])
            if covered * 2 >= len(paragraph.text):
                rows.append((vector, 1, record["doc"]))
            elif not touched:
                rows.append((vector, 0, record["doc"]))
    return rows


def fit(rows: list[tuple[list[float], int, str]], steps: int = 3000, rate: float = 0.5, l2: float = 0.003) -> list[float]:
    weights = [0.0] * len(FEATURES)
    for _ in range(steps):
        gradient = [0.0] * len(weights)
        for x, y, _ in rows:
            error = 1 / (1 + math.exp(-sum(w * v for w, v in zip(weights, x)))) - y
            for k, v in enumerate(x):
                gradient[k] += error * v
        weights = [w - rate * (g / len(rows) + l2 * w * (k > 0)) for k, (w, g) in enumerate(zip(weights, gradient))]
    return weights


def _score(weights: list[float], x: list[float]) -> float:
    return 1 / (1 + math.exp(-sum(w * v for w, v in zip(weights, x))))


def cross_validate(rows: list[tuple[list[float], int, str]], folds: int, precision: float) -> tuple[int, int, int]:
    """Fit on all pages but a fold (pages of one site stay together), choose the threshold there and score the
    fold: (furniture lines found, lines reported, furniture lines) summed over the folds."""
    sites = sorted({doc.split("#")[0] for _, _, doc in rows})
    found = reported = total = 0
    for k in range(folds):
        held = set(sites[k::folds])
        train = [r for r in rows if r[2].split("#")[0] not in held]
        test = [r for r in rows if r[2].split("#")[0] in held]
        weights = fit(train, steps=1500)
        cut = choose_threshold([(_score(weights, x), y) for x, y, _ in train], precision)
        hits = [y for x, y, _ in test if _score(weights, x) >= cut]
        found, reported, total = found + sum(hits), reported + len(hits), total + sum(y for _, y, _ in test)
    return found, reported, total


def choose_threshold(scored: list[tuple[float, int]], precision: float) -> float:
    """The lowest score at which the findings above it keep ``precision`` (at least 0.5)."""
    best = 0.99
    for cut in sorted({round(s, 3) for s, _ in scored}, reverse=True):
        above = [y for s, y in scored if s >= cut]
        if cut >= 0.5 and sum(above) >= precision * len(above):
            best = cut
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--precision", type=float, default=0.98)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    parser.add_argument("--folds", type=int, default=0, help="also cross-validate over this many folds of dev sites")
    args = parser.parse_args(argv)
    rows = examples("dev")
    if args.folds:
        found, reported, total = cross_validate(rows, args.folds, args.precision)
        print(f"{args.folds}-fold by site: {found}/{total} furniture lines found, precision {found / max(1, reported):.3f}")
    weights = fit(rows)
    scored = [(_score(weights, x), y) for x, y, _ in rows]
    cut = choose_threshold(scored, args.precision)
    found = [y for s, y in scored if s >= cut]
    print(f"{len(rows)} dev paragraphs ({sum(y for _, y, _ in rows)} furniture); threshold {cut}: "
          f"{sum(found)}/{sum(y for _, y, _ in rows)} found, precision {sum(found) / max(1, len(found)):.3f}")
    model = {"weights": {name: round(w, 3) for name, w in zip(FEATURES, weights)}, "threshold": cut}
    print(json.dumps(model))
    if not args.dry_run:
        OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
