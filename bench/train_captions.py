"""Fit the caption-seam model (newslint/captions.py) on the dev half of bench/labels/scraped.jsonl.

Every candidate seam (``captions.candidates``) of a dev-labelled scraped article is one example:
positive when a label of a run-in class (caption, credit, boilerplate, byline, other) starts or
ends at the seam, negative otherwise. The candidates of the dev half of the clean BBC corpus
(``../shared/corpus/bbc``, sha1 of the path even) are added as negatives, so that edited prose
keeps its names. A logistic regression (batch gradient descent, L2) is fitted in plain Python.
The threshold is ``--threshold`` (0.5: chosen on the dev half of the natural labels, where a
false seam inside a caption block costs nothing, on the BBC rate of ``bench/quality.py`` and by
cross-validation within dev, ``--folds``); ``--block-threshold`` (0.3, chosen the same way) is the lower
score at which a candidate counts in a stretch where another one reached the threshold
(``captions.caption_seams``);
``--precision P`` instead picks the lowest score whose precision on these examples is at least P.
Weights and threshold go to ``newslint/data/captions.json``.

``--folds K`` first cross-validates within dev: the documents are dealt into K folds (by name), the model
is fitted on K-1 and scores the candidates of the one left out, and the pooled out-of-fold figures are
printed beside the in-sample ones.

Usage: python bench/train_captions.py [--threshold 0.5 | --precision 0.9] [--block-threshold 0.3] [--folds K]
       [--dry-run] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path

from newslint.captions import FEATURES, _cue_positions, _raw_candidates, _with_scans, features
from newslint.model import Article
from train_furniture import choose_threshold  # the same rule: lowest score that keeps the precision

HERE = Path(__file__).parent
LABELS = HERE / "labels" / "scraped.jsonl"
CORPUS = HERE.parent.parent / "shared" / "corpus"
OUT = HERE.parent / "newslint" / "data" / "captions.json"
RUN_IN = {"caption", "credit", "boilerplate", "byline", "other"}


def _dev(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def _candidates(text: str):
    """The candidate seams of one paragraph, each with the start of its stretch (``captions.candidates``)."""
    cues = _cue_positions(text)
    for candidate, start, end in _raw_candidates(text):
        yield _with_scans(candidate, text, start, end, cues), start


def examples() -> list[tuple[list[float], int, str]]:
    """(features, label, where) for every candidate seam of the dev documents; ``where`` is
    'doc:seam words… @stretch', the stretch named by the offset where it starts."""
    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["split"] != "dev":
            continue
        text = _read(CORPUS / record["doc"])
        edges = {s["end"] for s in record["spans"] if s["class"] in RUN_IN} | {
            s["start"] - 1 for s in record["spans"] if s["class"] in RUN_IN}
        for paragraph in Article.parse(text, record["doc"], {}, False).paragraphs:
            for c, start in _candidates(paragraph.text):
                seam = paragraph.start + c.seam
                positive = bool(edges & {seam - 1, seam, seam + 1})
                rows.append((features(c), int(positive), f"{record['doc']}:{seam} {c.before} {c.word} {c.after} "
                                                         f"@{paragraph.start + start}"))
    for path in sorted((CORPUS / "bbc").glob("*/*.txt")):
        name = str(path.relative_to(CORPUS))
        if not _dev(name):
            continue
        for paragraph in Article.parse(_read(path), name, {}, True).paragraphs:
            for c, start in _candidates(paragraph.text):
                rows.append((features(c), 0, f"{name}:{paragraph.start + c.seam} {c.before} {c.word} {c.after} "
                                             f"@{paragraph.start + start}"))
    return rows


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows: list[tuple[list[float], int, str]], steps: int = 3000, rate: float = 1.0,
        l2: float = 0.001) -> list[float]:
    """Logistic regression; the features are 0/1, so equal vectors are fitted once with their count."""
    counts = Counter((tuple(x), y) for x, y, _ in rows)
    weights = [0.0] * len(FEATURES)
    for _ in range(steps):
        gradient = [0.0] * len(weights)
        for (x, y), n in counts.items():
            error = (_sigmoid(sum(w * v for w, v in zip(weights, x))) - y) * n
            for k, v in enumerate(x):
                if v:
                    gradient[k] += error * v
        weights = [w - rate * (g / len(rows) + l2 * w * (k > 0)) for k, (w, g) in enumerate(zip(weights, gradient))]
    return weights


def _stretch(where: str) -> str:
    return where.split(":", 1)[0] + where.rsplit("@", 1)[1]


def taken(scores: list[float], rows: list[tuple[list[float], int, str]], cut: float, block: float) -> list[bool]:
    """Which candidates ``caption_seams`` reports: a score at ``cut``, or at ``block`` in a stretch with one at ``cut``."""
    sure = {_stretch(where) for s, (_, _, where) in zip(scores, rows) if s >= cut}
    return [s >= cut or s >= block and _stretch(where) in sure for s, (_, _, where) in zip(scores, rows)]


def cross_validate(rows: list[tuple[list[float], int, str]], folds: int, cut: float, block: float) -> str:
    """Pooled out-of-fold seams found and precision at ``cut`` (and with the block threshold), the documents
    dealt into ``folds`` folds."""
    def fold(where: str) -> int:
        return int(hashlib.sha1(where.split(":", 1)[0].encode()).hexdigest(), 16) % folds

    scores = [0.0] * len(rows)
    for k in range(folds):
        weights = fit([row for row in rows if fold(row[2]) != k])
        for i, (x, _, where) in enumerate(rows):
            if fold(where) == k:
                scores[i] = _sigmoid(sum(w * v for w, v in zip(weights, x)))
    lines = []
    for name, flags in (("", taken(scores, rows, cut, cut)), (f" (block {block})", taken(scores, rows, cut, block))):
        found = sum(y for f, (_, y, _) in zip(flags, rows) if f)
        lines.append(f"{folds}-fold cross-validation at {cut}{name}: {found}/{sum(y for _, y, _ in rows)} seams found, "
                     f"precision {found / max(1, sum(flags)):.3f}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--precision", type=float, help="choose the threshold for this precision instead")
    parser.add_argument("--block-threshold", type=float, default=0.3)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    parser.add_argument("--show", action="store_true", help="print the candidates the model gets wrong")
    parser.add_argument("--folds", type=int, default=0, help="cross-validate within dev over this many folds first")
    args = parser.parse_args(argv)
    rows = examples()
    if args.folds > 1:
        print(cross_validate(rows, args.folds, args.threshold, args.block_threshold))
    weights = fit(rows)
    scored = [(_sigmoid(sum(w * v for w, v in zip(weights, x))), y) for x, y, _ in rows]
    cut = choose_threshold(scored, args.precision) if args.precision else args.threshold
    found = [y for s, y in scored if s >= cut]
    model = {"weights": {name: round(w, 3) for name, w in zip(FEATURES, weights)}, "threshold": cut,
             "block_threshold": args.block_threshold}
    if not args.dry_run:
        OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(rows)} dev candidates ({sum(y for _, y, _ in rows)} seams); threshold {cut}: "
          f"{sum(found)}/{sum(y for _, y, _ in rows)} found, precision {sum(found) / max(1, len(found)):.3f}")
    for cut_shown in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        above = [y for s, y in scored if s >= cut_shown]
        print(f"  at {cut_shown}: {sum(above)} seams of {len(above)} candidates")
    if args.show:
        for (s, y), (_, _, where) in zip(scored, rows):
            if (s >= cut) != bool(y):
                print(f"  {'false' if y == 0 else 'miss '} {s:.2f} {where}")
    print(json.dumps(model))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
