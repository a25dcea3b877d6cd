"""Do two checkouts of newslint fix the same? Each side's ``--fix`` and ``--fix --unsafe-fixes`` on copies of a corpus.

    python bench/same_fixes.py BASE [--other DIR] [--corpora seeds,extracted]

``BASE`` and ``--other`` (default: this checkout) are checkouts of newslint with their compiled extension built. For
each corpus and mode, each side runs ``newslint check --fix [--unsafe-fixes] --no-cache -q -j 2`` on a fresh copy of
the corpus's files (from a temporary folder, ``PYTHONPATH`` set to its root), and the fixed files are compared byte
by byte. Prints a markdown table (files, files each side changed, and ``same`` or the number of files whose fixed text
differs) and exits 1 when any differs: a change that only drops duplicate findings (``Rule.yields_to``) leaves every
row the same.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from same_findings import CORPORA  # noqa: E402

MODES = {"fix": ["--fix"], "unsafe": ["--fix", "--unsafe-fixes"]}


def fixed(side: Path, corpus: Path, mode: list[str], folder: Path) -> dict[str, bytes]:
    """The files of ``corpus`` as the newslint checkout ``side`` fixes them in ``mode``, by path inside it."""
    copy = folder / "corpus"
    shutil.copytree(corpus, copy)
    env = dict(os.environ, PYTHONPATH=str(side))
    run = subprocess.run([sys.executable, "-m", "newslint", "check", *mode, "--no-cache", "-q", "-j", "2", str(copy)],
                         cwd=folder, env=env, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"newslint from {side} failed on {corpus}: {run.stderr.strip().splitlines()[-1:]}")
    return {str(path.relative_to(copy)): path.read_bytes() for path in sorted(copy.rglob("*")) if path.is_file()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="a checkout of newslint")
    parser.add_argument("--other", type=Path, default=HERE.parent, help="another (default: this checkout)")
    parser.add_argument("--corpora", default="seeds,extracted", help=f"comma-separated, of {', '.join(CORPORA)}")
    args = parser.parse_args(argv)
    names = args.corpora.split(",")
    if unknown := [name for name in names if name not in CORPORA]:
        parser.error(f"unknown corpus {unknown[0]!r}: choose from {', '.join(CORPORA)}")
    print(f"`python bench/same_fixes.py {args.base} --other {args.other}`\n\n"
          "| corpus | mode | files | changed by base | by other | |\n| --- | --- | ---: | ---: | ---: | --- |")
    changed = 0
    for name in names:
        original = {str(path.relative_to(CORPORA[name])): path.read_bytes()
                    for path in sorted(CORPORA[name].rglob("*")) if path.is_file()}
        for mode, flags in MODES.items():
            sides = []
            for side in (args.base, args.other):
                with tempfile.TemporaryDirectory() as folder:  # (not a checkout's folder: its own newslint would win)
                    sides.append(fixed(side, CORPORA[name], flags, Path(folder)))
            base, other = sides
            differ = sum(base[path] != other.get(path) for path in base) + len(other.keys() - base.keys())
            changed += bool(differ)
            edited = [sum(side[path] != text for path, text in original.items() if path in side) for side in sides]
            print(f"| {name} | {mode} | {len(original):,} | {edited[0]:,} | {edited[1]:,} | "
                  f"{f'{differ:,} files differ' if differ else 'same'} |")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
