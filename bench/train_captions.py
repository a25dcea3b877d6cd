"""Fit the caption-seam model (newslint/captions.py) on the dev records of every bench/labels/scraped*.jsonl.

Every candidate seam (``captions.candidates``) of a dev-labelled scraped article (``split: dev`` in any
``scraped*.jsonl`` file; a ``test`` record is never read) is one example:
positive when a label of a run-in class (caption, credit, boilerplate, byline, other) starts or
ends at the seam, negative otherwise. The candidates of the dev half of the clean BBC corpus
(``../shared/corpus/bbc``, sha1 of the path even) are added as negatives, so that edited prose
keeps its names. A logistic regression (batch gradient descent, L2) is fitted in plain Python.
The threshold is chosen by cross-validation over pages (``--folds K``, 5): the pages (whole pages,
BBC articles among them) are dealt into K folds by a hash of their name, a model fitted on the other
folds scores the candidates of each, and the threshold of 0.3 … 0.9 with the best F1 of the pooled
out-of-fold seams (as ``captions.caption_seams`` reports them, the block threshold applied) is kept;
``--threshold`` overrides it. ``--block-threshold`` (0.3) is the lower score at which a candidate counts
in a stretch where another one reached the threshold (``captions.caption_seams``);
``--precision P`` instead picks the lowest score whose precision on these examples is at least P.
Weights and threshold go to ``newslint/data/captions.json``.

Usage: python bench/train_captions.py [--threshold T | --precision 0.9] [--block-threshold 0.3] [--folds 5]
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS  # noqa: E402
from train_furniture import choose_threshold  # the same rule: lowest score that keeps the precision

HERE = Path(__file__).parent
LABELS = HERE / "labels"
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


def dev_records() -> list[dict]:
    """The dev records of every ``scraped*.jsonl`` label file, in file order (a page labelled twice: its first record)."""
    records: dict[str, dict] = {}
    for path in sorted(LABELS.glob("scraped*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else None
            if record and record["split"] == "dev":
                records.setdefault(record["doc"], record)
    return list(records.values())


def examples() -> list[tuple[list[float], int, str]]:
    """(features, label, where) for every candidate seam of the dev documents; ``where`` is
    'doc:seam words… @stretch', the stretch named by the offset where it starts."""
    rows = []
    for record in dev_records():
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


def out_of_fold(rows: list[tuple[list[float], int, str]], folds: int) -> list[float]:
    """Each candidate's score by a model fitted without its page: the pages (never single candidates) dealt
    into ``folds`` folds by a hash of their name, the model fitted on the other folds."""
    def fold(where: str) -> int:
        return int(hashlib.sha1(where.split(":", 1)[0].encode()).hexdigest(), 16) % folds

    scores = [0.0] * len(rows)
    for k in range(folds):
        weights = fit([row for row in rows if fold(row[2]) != k])
        for i, (x, _, where) in enumerate(rows):
            if fold(where) == k:
                scores[i] = _sigmoid(sum(w * v for w, v in zip(weights, x)))
    return scores


def found_and_precision(scores: list[float], rows: list[tuple[list[float], int, str]], cut: float,
                        block: float) -> tuple[int, float]:
    """Seams ``caption_seams`` would report at ``cut`` (with ``block``), and the precision of what it reports."""
    flags = taken(scores, rows, cut, min(cut, block))
    found = sum(y for f, (_, y, _) in zip(flags, rows) if f)
    return found, found / max(1, sum(flags))


CUTS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))  # 0.3 … 0.9: the thresholds cross-validation weighs


def choose_by_pages(scores: list[float], rows: list[tuple[list[float], int, str]], block: float) -> tuple[float, str]:
    """The threshold of ``CUTS`` with the best F1 of out-of-fold seams (``scores``: :func:`out_of_fold`), the
    block threshold applied (of equal ones the highest), and a table of every cut."""
    positives = max(1, sum(y for _, y, _ in rows))
    lines, best = [], (-1.0, 0.5)
    for cut in CUTS:
        found, precision = found_and_precision(scores, rows, cut, block)
        recall = found / positives
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        lines.append(f"  out of fold at {cut}: {found}/{positives} seams, precision {precision:.3f}, F1 {f1:.3f}")
        best = max(best, (round(f1, 6), cut))  # a tie: the higher cut (precision first)
    return best[1], "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, help="use this threshold (default: chosen by --folds over pages)")
    parser.add_argument("--precision", type=float, help="choose the threshold for this precision instead")
    parser.add_argument("--block-threshold", type=float, default=0.3)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    parser.add_argument("--show", action="store_true", help="print the candidates the model gets wrong")
    parser.add_argument("--folds", type=int, default=5, help="pages dealt into this many folds to choose the threshold")
    args = parser.parse_args(argv)
    rows = examples()
    print(f"{len(dev_records())} dev pages")
    weights = fit(rows)
    scored = [(_sigmoid(sum(w * v for w, v in zip(weights, x))), y) for x, y, _ in rows]
    if args.precision:
        cut = choose_threshold(scored, args.precision)
    else:
        scores = out_of_fold(rows, args.folds)
        chosen, table = choose_by_pages(scores, rows, args.block_threshold)
        print(f"{args.folds}-fold cross-validation over pages (block {args.block_threshold}):\n{table}")
        cut = args.threshold if args.threshold is not None else chosen
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
