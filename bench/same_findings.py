"""Do two checkouts of newslint find the same? Their findings on every corpus here, compared line by line.

    python bench/same_findings.py BASE [--other DIR] [--corpora seeds,bbc,…] [--no-native] [--keep DIR]

``BASE`` and ``--other`` (default: this checkout) are checkouts of newslint with their compiled extension built
(``git archive REV | tar -x -C /tmp/base && cd /tmp/base && python hatch_build.py``; a side without it runs the
pure-Python twins, as ``--no-native`` makes both do). Each side runs ``newslint check --no-cache -q -j 2 --format
concise`` over each corpus, from a temporary folder with ``PYTHONPATH`` set to its root, and the two reports are
compared line by line. Prints a markdown table (each side's findings, and ``same`` or the number of lines only one
side has) and exits 1 when a corpus differs: a speed change leaves every row the same, a detection change shows
where it moved. ``--keep DIR`` writes each report there (``CORPUS.base.txt``, ``CORPUS.other.txt``) to diff.

Corpora (``--corpora``, default all that are here): the seed articles, the BBC, Reuters and scraped corpora, the
extractor outputs (``bench/extract.py``'s cache) and the three OCR sets.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _measure import CORPUS  # noqa: E402
from extract import CACHE  # noqa: E402

CORPORA = {
    "seeds": HERE.parent / "seeds", "bbc": CORPUS / "bbc", "reuters": CORPUS / "reuters", "scraped": CORPUS / "scraped",
    "extracted": CACHE, "icdar2017": CORPUS / "ocr" / "icdar2017-monograph", "icdar2019": CORPUS / "ocr" / "icdar2019-en",
    "overproof": CORPUS / "ocr" / "overproof",
}


def report(side: Path, corpus: Path, native: bool = True) -> list[str]:
    """The concise report of the newslint checkout ``side`` on ``corpus``, a line a finding."""
    env = dict(os.environ, PYTHONPATH=str(side))
    if not native:
        env["NEWSLINT_NO_NATIVE"] = "1"
    with tempfile.TemporaryDirectory() as folder:  # (not a checkout's folder: its own newslint would win)
        run = subprocess.run([sys.executable, "-m", "newslint", "check", "--no-cache", "-q", "-j", "2",
                              "--format", "concise", str(corpus)], cwd=folder, env=env, capture_output=True,
                             text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"newslint from {side} failed on {corpus}: {run.stderr.strip().splitlines()[-1:]}")
    return run.stdout.splitlines()


def differing(base: list[str], other: list[str]) -> int:
    """How many lines one report has and the other lacks (each line counted as often as it stands)."""
    a, b = Counter(base), Counter(other)
    return sum(((a - b) + (b - a)).values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="a checkout of newslint")
    parser.add_argument("--other", type=Path, default=HERE.parent, help="another (default: this checkout)")
    parser.add_argument("--corpora", help=f"comma-separated, of {', '.join(CORPORA)} (default: all found)")
    parser.add_argument("--no-native", action="store_true", help="both sides on the pure-Python twins")
    parser.add_argument("--keep", type=Path, help="write each report into this folder")
    args = parser.parse_args(argv)
    names = args.corpora.split(",") if args.corpora else [name for name, path in CORPORA.items() if path.is_dir()]
    if unknown := [name for name in names if name not in CORPORA]:
        parser.error(f"unknown corpus {unknown[0]!r}: choose from {', '.join(CORPORA)}")
    print(f"`python bench/same_findings.py {args.base} --other {args.other}`"
          f"{' --no-native' if args.no_native else ''}\n\n| corpus | base | other | |\n| --- | ---: | ---: | --- |")
    changed = 0
    for name in names:
        base, other = (report(side, CORPORA[name], not args.no_native) for side in (args.base, args.other))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{name}.base.txt").write_text("\n".join(base) + "\n", encoding="utf-8")
            (args.keep / f"{name}.other.txt").write_text("\n".join(other) + "\n", encoding="utf-8")
        lines = differing(base, other)
        changed += bool(lines)
        print(f"| {name} | {len(base):,} | {len(other):,} | {f'{lines:,} lines differ' if lines else 'same'} |")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
