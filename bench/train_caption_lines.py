"""Judge a caption-line model (bench/caption_line_features.py) against NL312's hand rules, by site, on dev labels.

Every paragraph of a labelled extractor output that ``caption_line_features.features`` scores (a caption's
outer shape and a sign of a picture, not in a list) and that is no credit line is one example: positive
when caption or credit labels cover at least half of it, negative when no caption or credit label
touches it (lines of other furniture are negatives: a caption model must not take a byline for a
caption). Only records of the ``dev`` split (``natural.split_of``) of every ``labels/html*.jsonl`` are
read; a record read for other classes only is skipped. The lines of the dev half of the clean BBC corpus
(``natural.split_of`` of ``bbc/…``) are negatives too: edited prose, its lists, its subheadings.

A logistic regression with an L2 penalty is fitted by Newton's method (numpy). It is judged by
cross-validation grouped by site: the sites are dealt into folds by a hash of their name (every
extractor output of a page, every page of a site, the BBC in one fold), a model fitted on the other folds
scores each fold's lines that the hand rules leave undecided, and the pooled held-out scores choose the
penalty and the lowest threshold whose precision on those lines keeps the hand rules' own. Two sets of
hand rules are the baseline: NL312's alone, and NL312's with NL320's (which reports a caption that ends in a
credit it knows, whole). The model alone on every scored line is printed beside the hand rules on them.
``--show`` lists the held-out lines the model would add (dev documents only). Nothing is written: the
model is shipped only where it adds caption lines on held-out sites at the hand rules' precision.

Usage: python bench/train_caption_lines.py [--folds 5] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path
from typing import Callable

import numpy as np

from newslint.model import Article
from newslint.rules.boilerplate import PhotoCredit
from newslint.rules.lines.captions import CaptionLine, credit_only

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import extract  # noqa: E402 - bench helper
from _measure import CORPUS  # noqa: E402
from caption_line_features import FEATURES, features  # noqa: E402
from natural import split_of  # noqa: E402

LABELS = sorted(HERE.glob("labels/html*.jsonl"))
CAPTION = {"caption", "credit"}
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
_SITE = re.compile(r"html/(.*?\.(?:com|org|net|ie|bb|tt|uk|jp|jm|se|vc|gov|bs|info))(?=[.-]|$)")


class Row(tuple):
    """(vector, label, site, reported by NL312, reported by NL320, where)."""

    vector = property(lambda self: self[0])
    label = property(lambda self: self[1])
    site = property(lambda self: self[2])
    by_nl312 = property(lambda self: self[3])
    by_nl320 = property(lambda self: self[4])
    where = property(lambda self: self[5])


def site_of(doc: str) -> str:
    """The site of ``html/NAME.html.gz#EXTRACTOR``: the page name up to its top-level domain."""
    page = doc.split("#")[0].removesuffix(".html.gz")
    match = _SITE.match(page)
    return match.group(1) if match else page


def _rows_of(article: Article, labels: Callable[[int, int], int | None], site: str) -> tuple[list[Row], list[tuple]]:
    """The scored lines of one article (see the module's docstring), and (label, by NL312, by NL320) of every labelled
    paragraph (``labels(start, end)``: 1, 0, or None for a paragraph neither a caption nor clear of one)."""
    by_rule = [[(f.start, f.end) for f in rule.check(article)] for rule in (CaptionLine(), PhotoCredit())]
    texts = [p.text for p in article.paragraphs]
    credits = [credit_only(t) for t in texts]
    rows, hand = [], []
    for i, paragraph in enumerate(article.paragraphs):
        label = labels(paragraph.start, paragraph.end)
        if label is None:
            continue
        reported = [any(s < paragraph.end and paragraph.start < e for s, e in spans) for spans in by_rule]
        hand.append((label, *reported))
        vector = features(texts, i, credits) if not credits[i] else []
        if vector:
            rows.append(Row((vector, label, site, *reported, f"{article.path}:{paragraph.start}")))
    return rows, hand


def _labeller(spans: list[dict]) -> Callable[[int, int], int | None]:
    """A paragraph's label from a record's spans: 1 when caption or credit spans cover half of it or more, 0 when none
    touches it, else None."""
    spans = [s for s in spans if s["class"] in CAPTION]

    def label(start: int, end: int) -> int | None:
        covered = sum(max(0, min(s["end"], end) - max(s["start"], start)) for s in spans)
        if covered * 2 >= end - start:
            return 1
        return None if any(s["start"] < end and start < s["end"] for s in spans) else 0
    return label


def examples() -> tuple[list[Row], list[tuple]]:
    """The scored lines of every dev extractor output and dev BBC article, and every labelled paragraph's hand verdicts."""
    rows, hand = [], []
    for path in LABELS:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["split"] != "dev" or split_of(record["doc"]) != "dev" \
                    or record.get("classes") and CAPTION.isdisjoint(record["classes"]):
                continue
            article = Article.parse(extract.extracted_text(record["doc"]), record["doc"], {}, True)
            more, verdicts = _rows_of(article, _labeller(record["spans"]), site_of(record["doc"]))
            rows += more
            hand += verdicts
    for path in sorted((CORPUS / "bbc").glob("*/*.txt")):  # edited prose: every line a negative
        name = str(path.relative_to(CORPUS))
        if split_of(name) == "dev":
            article = Article.parse(path.read_bytes().decode("utf-8").removeprefix("\ufeff"), name, {}, True)
            more, verdicts = _rows_of(article, lambda start, end: 0, "bbc")
            rows += more
            hand += verdicts
    return rows, hand


def fit(rows: list[Row], penalty: float, steps: int = 40) -> np.ndarray:
    """Weights minimising the log loss plus ``penalty`` times half the squared weights (the bias unpenalised)."""
    x = np.array([r.vector for r in rows])
    y = np.array([r.label for r in rows], dtype=float)
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 0.0
    weights = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ weights, -30, 30)))
        gradient = x.T @ (p - y) + ridge * weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-6:
            break
    return weights


def score(weights: np.ndarray, vector: list[float]) -> float:
    return float(1 / (1 + np.exp(-np.clip(np.dot(weights, vector), -30, 30))))


def fold_of(site: str, folds: int) -> int:
    return zlib.crc32(site.encode("utf-8")) % folds


def held_out(rows: list[Row], folds: int, penalty: float, decided: Callable[[Row], bool]) -> list[tuple[float, Row]]:
    """(score, row) of every row the hand rules leave undecided (or of every row: ``decided`` always False), scored by
    a model fitted on the folds of the other sites."""
    scored = []
    for k in range(folds):
        weights = fit([r for r in rows if fold_of(r.site, folds) != k], penalty)
        scored += [(score(weights, r.vector), r) for r in rows if fold_of(r.site, folds) == k and not decided(r)]
    return scored


def choose_threshold(scored: list[tuple[float, Row]], floor: float) -> float:
    """The lowest score (at least 0.5) at which the lines scored above it keep the precision ``floor``; 1.01 (none)
    when no score does."""
    best = 1.01
    for cut in sorted({round(s, 3) for s, _ in scored if s >= 0.5}, reverse=True):
        above = [r.label for s, r in scored if s >= cut]
        if sum(above) >= floor * len(above):
            best = cut
    return best


def compare(rows: list[Row], hand: list[tuple], folds: int, name: str, decided: Callable, show: bool) -> None:
    """Print the hand rules (``decided``) alone, then with the model on the lines they leave undecided, per penalty."""
    found = sum(label for label, *by in hand if decided(by))
    false = sum(1 - label for label, *by in hand if decided(by))
    total = sum(label for label, *_ in hand)
    floor = found / max(1, found + false)
    print(f"{name}: {found}/{total} caption lines, {false} false (precision {floor:.3f})")
    for penalty in PENALTIES:
        scored = held_out(rows, folds, penalty, lambda r: decided((r.by_nl312, r.by_nl320)))
        cut = choose_threshold(scored, floor)
        above = [r for s, r in scored if s >= cut]
        gained = sum(r.label for r in above)
        sites = len({r.site for r in above if r.label})
        print(f"  + model, penalty {penalty}, threshold {cut}: {found + gained}/{total}, {false + len(above) - gained} "
              f"false; on the {len(scored)} undecided lines {gained}/{sum(r.label for _, r in scored)} captions, "
              f"{len(above) - gained} false, {sites} sites")
        if show:
            for s, r in sorted(scored, key=lambda pair: -pair[0]):
                if s >= cut:
                    print(f"    {'hit  ' if r.label else 'false'} {s:.3f} {r.where}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", action="store_true", help="list the held-out lines the model would add (dev only)")
    args = parser.parse_args(argv)
    rows, hand = examples()
    print(f"{len(hand)} labelled dev paragraphs, {sum(r[0] for r in hand)} caption lines; {len(rows)} scored lines "
          f"of {len({r.site for r in rows})} sites ({sum(r.label for r in rows)} caption lines); "
          f"{args.folds} folds by site")
    compare(rows, hand, args.folds, "NL312's hand rules", lambda by: by[0], args.show)
    compare(rows, hand, args.folds, "NL312's and NL320's hand rules", lambda by: by[0] or by[1], args.show)
    for penalty in PENALTIES:
        scored = sorted(held_out(rows, args.folds, penalty, lambda r: False), key=lambda pair: -pair[0])
        best, found = {}, 0
        for k, (_, r) in enumerate(scored):
            found += r.label
            for floor in (0.99, 0.95, 0.9):
                if found >= floor * (k + 1):
                    best[floor] = found, k + 1 - found
        print(f"the model alone, penalty {penalty}, on every scored line: "
              + ", ".join(f"precision {floor}: {best[floor][0]} found, {best[floor][1]} false" if floor in best
                          else f"precision {floor}: none" for floor in (0.99, 0.95, 0.9)))
    print(f"the hand rules on the scored lines: NL312 {sum(r.label for r in rows if r.by_nl312)} found, "
          f"{sum(1 - r.label for r in rows if r.by_nl312)} false; with NL320 "
          f"{sum(r.label for r in rows if r.by_nl312 or r.by_nl320)} found, "
          f"{sum(1 - r.label for r in rows if r.by_nl312 or r.by_nl320)} false")
    weights = fit(rows, 1.0)
    print("weights fitted on every dev line, penalty 1.0:",
          json.dumps({name: round(float(w), 3) for name, w in zip(FEATURES, weights)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
