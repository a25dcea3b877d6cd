"""Fit the caption-seam model (newslint/captions.py) on dev records of the scraped-page labels (bench/labels).

Every candidate seam (``captions.candidates``) of a dev-labelled scraped page (``split: dev`` in the label files
``--labels`` names, ``scraped.jsonl`` by default; a ``test`` record is never read) is one example: positive when a
label of a run-in class (caption, credit, boilerplate, byline, other) starts or ends at the seam, negative
otherwise. The candidates of the dev half of the clean BBC corpus (``bbc/``, sha1 of the path even) are added as
negatives, so that edited prose keeps its names. A logistic regression (batch gradient descent, L2) is fitted in
plain Python; the features are 0/1 and the steps fixed, so the same examples give the same weights.

``--fold a|b`` trains on the labelled pages of one dev fold only (``natural.fold_of``, as ``natural.py --fold``;
the BBC negatives, which ``natural.py`` never scores, are all kept): a model fitted on fold a is judged by
``natural.py --split dev --fold b``, pages it never saw. Write such a fit elsewhere (``--out``).

The threshold is ``--threshold`` (0.5), or ``--threshold cv``: chosen by cross-validation over pages (``--folds
K``, 5): the pages (BBC articles among them) are dealt into K folds by a hash of their name, a model fitted on the
other folds scores the candidates of each, and the cut of 0.3 … 0.9 with the best F1 of the pooled out-of-fold seams
(as ``captions.caption_seams`` reports them, the block threshold applied) is kept. ``--precision P`` instead picks
the lowest score whose in-sample precision is at least P. ``--block-threshold`` (0.3) is the lower score at which a
candidate counts in a stretch where another one reached the threshold (``captions.caption_seams``).

Weights, thresholds and how they were made (``made_by``: the command, its options, the label files' SHA-256, the
examples' count and digest) go to ``newslint/data/captions.json``; ``tests/test_train_captions.py`` holds the
shipped file's options to this script's defaults and its label digests to the files.

Usage: python bench/train_captions.py [--labels NAME …] [--fold a|b] [--threshold T|cv | --precision P]
       [--block-threshold 0.3] [--folds 5] [--out PATH] [--dry-run] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shlex
import sys
from collections import Counter
from pathlib import Path

from newslint.captions import FEATURES, _cue_positions, _raw_candidates, _with_scans, features
from newslint.model import Article
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS  # noqa: E402
from natural import fold_of  # noqa: E402 - the dev folds natural.py scores
from train_furniture import choose_threshold  # noqa: E402 - the same rule: lowest score that keeps the precision

HERE = Path(__file__).parent
LABELS = HERE / "labels"
OUT = HERE.parent / "newslint" / "data" / "captions.json"
RUN_IN = {"caption", "credit", "boilerplate", "byline", "other"}
RECORDED = ("labels", "fold", "threshold", "precision", "block_threshold", "folds")  # the options made_by records

Row = tuple[list[float], int, str]  # features, label, 'doc:seam words… @stretch'


def _dev(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def _candidates(text: str):
    """The candidate seams of one paragraph, each with the start of its stretch (``captions.candidates``)."""
    cues = _cue_positions(text)
    for candidate, start, end in _raw_candidates(text):
        yield _with_scans(candidate, text, start, end, cues), start


def label_files(patterns: list[str]) -> list[Path]:
    """The label files the names or glob patterns match under ``LABELS``, in name order; a pattern that matches
    nothing is an error (a recorded input that is gone)."""
    files = set()
    for pattern in patterns:
        matched = list(LABELS.glob(pattern))
        if not matched:
            raise SystemExit(f"no label file {pattern!r} under {LABELS}")
        files.update(matched)
    return sorted(files)


def dev_records(files: list[Path], fold: str | None = None) -> list[dict]:
    """The dev records of ``files``, in order (a page labelled twice: its first record); of one dev fold only when
    ``fold`` is given."""
    records: dict[str, dict] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else None
            if record and record["split"] == "dev" and (fold is None or fold_of(record["doc"]) == fold):
                records.setdefault(record["doc"], record)
    return list(records.values())


def examples(records: list[dict], corpus: Path) -> list[Row]:
    """(features, label, where) for every candidate seam of the labelled pages and of the BBC dev articles under
    ``corpus``; ``where`` is 'doc:seam words… @stretch', the stretch named by the offset where it starts."""
    rows = []
    for record in records:
        edges = {s["end"] for s in record["spans"] if s["class"] in RUN_IN} | {
            s["start"] - 1 for s in record["spans"] if s["class"] in RUN_IN}
        rows += _page_rows(_read(corpus / record["doc"]), record["doc"], False, edges)
    for path in sorted((corpus / "bbc").glob("*/*.txt")):
        name = path.relative_to(corpus).as_posix()
        if _dev(name):
            rows += _page_rows(_read(path), name, True, set())
    return rows


def _page_rows(text: str, name: str, has_header: bool, edges: set[int]) -> list[Row]:
    """The examples of one page: a candidate is a seam when a run-in label's edge lies within one character of it."""
    rows = []
    for paragraph in Article.parse(text, name, {}, has_header).paragraphs:
        for c, start in _candidates(paragraph.text):
            seam = paragraph.start + c.seam
            rows.append((features(c), int(bool(edges & {seam - 1, seam, seam + 1})),
                         f"{name}:{seam} {c.before} {c.word} {c.after} @{paragraph.start + start}"))
    return rows


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows: list[Row], steps: int = 3000, rate: float = 1.0, l2: float = 0.001) -> list[float]:
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


def taken(scores: list[float], rows: list[Row], cut: float, block: float) -> list[bool]:
    """Which candidates ``caption_seams`` reports: a score at ``cut``, or at ``block`` in a stretch with one at ``cut``."""
    sure = {_stretch(where) for s, (_, _, where) in zip(scores, rows) if s >= cut}
    return [s >= cut or s >= block and _stretch(where) in sure for s, (_, _, where) in zip(scores, rows)]


def out_of_fold(rows: list[Row], folds: int) -> list[float]:
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


def found_and_precision(scores: list[float], rows: list[Row], cut: float, block: float) -> tuple[int, float]:
    """Seams ``caption_seams`` would report at ``cut`` (with ``block``), and the precision of what it reports."""
    flags = taken(scores, rows, cut, min(cut, block))
    found = sum(y for f, (_, y, _) in zip(flags, rows) if f)
    return found, found / max(1, sum(flags))


CUTS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))  # 0.3 … 0.9: the thresholds cross-validation weighs


def choose_by_pages(scores: list[float], rows: list[Row], block: float) -> tuple[float, str]:
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


def _threshold(value: str) -> float | str:
    return value if value == "cv" else float(value)


def parser() -> argparse.ArgumentParser:
    """The script's options; the defaults are the recipe of the shipped ``captions.json``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", nargs="+", default=["scraped.jsonl"], metavar="NAME",
                        help="label files (names or glob patterns under bench/labels) whose dev records train")
    parser.add_argument("--fold", choices=("a", "b"), help="train on the labelled pages of this dev fold only")
    parser.add_argument("--threshold", type=_threshold, default=0.5,
                        help="the threshold, or 'cv': chosen by --folds cross-validation over pages")
    parser.add_argument("--precision", type=float, help="choose the threshold for this precision instead")
    parser.add_argument("--block-threshold", type=float, default=0.3)
    parser.add_argument("--folds", type=int, default=5, help="pages dealt into this many folds for --threshold cv")
    parser.add_argument("--out", type=Path, default=OUT, help="where the model goes (default: the shipped file)")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights")
    parser.add_argument("--show", action="store_true", help="print the candidates the model gets wrong")
    return parser


def made_by(args: argparse.Namespace, files: list[Path], records: list[dict], rows: list[Row]) -> dict:
    """How a model was made: the command (its options that differ from the defaults), every recorded option, the
    label files' SHA-256, the pages, and the examples' count and SHA-256 (their features, labels and places)."""
    defaults = vars(parser().parse_args([]))
    options = {name: getattr(args, name) for name in RECORDED}
    flags = []
    for name, value in options.items():
        if value != defaults[name]:
            flag = "--" + name.replace("_", "-")
            flags += [flag, *value] if isinstance(value, list) else [flag, str(value)]
    if args.out != OUT:
        flags += ["--out", str(args.out)]
    digest = hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode()).hexdigest()
    return {"command": shlex.join(["python", "bench/train_captions.py", *flags]), "options": options,
            "label_files": {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in files},
            "pages": len(records), "candidates": len(rows), "seams": sum(y for _, y, _ in rows),
            "examples_sha256": digest}


def train(args: argparse.Namespace, rows: list[Row]) -> tuple[list[float], float, list[float]]:
    """The weights fitted on ``rows``, the threshold the options ask for, and each row's in-sample score."""
    weights = fit(rows)
    scores = [_sigmoid(sum(w * v for w, v in zip(weights, x))) for x, _, _ in rows]
    if args.precision:
        return weights, choose_threshold(list(zip(scores, (y for _, y, _ in rows))), args.precision), scores
    if args.threshold != "cv":
        return weights, args.threshold, scores
    cut, table = choose_by_pages(out_of_fold(rows, args.folds), rows, args.block_threshold)
    print(f"{args.folds}-fold cross-validation over pages (block {args.block_threshold}):\n{table}")
    return weights, cut, scores


def model_json(weights: list[float], cut: float, block: float, provenance: dict) -> str:
    """The text of ``captions.json``: weights rounded to three decimals, the thresholds, how it was made."""
    model = {"weights": {name: round(w, 3) for name, w in zip(FEATURES, weights)}, "threshold": cut,
             "block_threshold": block, "made_by": provenance}
    return json.dumps(model, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    files = label_files(args.labels)
    records = dev_records(files, args.fold)
    rows = examples(records, CORPUS)
    print(f"{len(records)} dev pages" + (f" of fold {args.fold}" if args.fold else ""))
    weights, cut, scores = train(args, rows)
    text = model_json(weights, cut, args.block_threshold, made_by(args, files, records, rows))
    if not args.dry_run:
        args.out.write_text(text, encoding="utf-8")
    seams = sum(y for _, y, _ in rows)
    found = [y for s, (_, y, _) in zip(scores, rows) if s >= cut]
    print(f"{len(rows)} candidates ({seams} seams); threshold {cut}: {sum(found)}/{seams} found in sample, "
          f"precision {sum(found) / max(1, len(found)):.3f}")
    for cut_shown in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        above = [y for s, (_, y, _) in zip(scores, rows) if s >= cut_shown]
        print(f"  at {cut_shown}: {sum(above)} seams of {len(above)} candidates")
    if args.show:
        for s, (_, y, where) in zip(scores, rows):
            if (s >= cut) != bool(y):
                print(f"  {'false' if y == 0 else 'miss '} {s:.2f} {where}")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
