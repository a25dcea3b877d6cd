"""OCR-error detection on the OCR development sets: token precision, recall and F1 per set.

For each set under ``<repo>/../shared/corpus/ocr/`` (overproof, icdar2019-en, icdar2017-monograph)
this runs ``newslint check`` with the default settings over the set's files, writes the findings
in ``score_ocr.py``'s format (``--format jsonl``), and scores them with the corpus's own
``score_ocr.py``, beside the naive detector: every token whose core (surrounding punctuation
stripped) is alphabetic and unknown to pyspellchecker's ``SpellChecker()``.

Each set is split by file name hash into a ``dev`` half (tuned on) and a ``held-out`` half
(reported, never tuned on); both are printed, and ``all``.

Usage: python bench/ocr.py [--sets overproof,icdar2019-en,icdar2017-monograph] [--keep DIR] [--by-rule]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import CORPUS, NEWSLINT  # noqa: E402

OCR = CORPUS / "ocr"
SETS = ("overproof", "icdar2019-en", "icdar2017-monograph")
_EDGE = "\"'()[]{}<>«»“”‘’,.;:!?*^|-—–"


def part(name: str) -> str:
    """``dev`` or ``held-out``: a fixed half of the files, by the hash of their name."""
    return "dev" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def newslint_findings(folder: Path, out: Path) -> float:
    """Lint ``folder`` with the default settings into ``out`` (JSON Lines); the wall time."""
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([*NEWSLINT, "check", "--no-cache", "--format", "jsonl", "--quiet", str(folder)],
                       stdout=sink, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def naive_findings(folder: Path, files: list[str], out: Path) -> None:
    """Every alphabetic token pyspellchecker does not know, as findings."""
    from spellchecker import SpellChecker

    checker = SpellChecker()
    with out.open("w", encoding="utf-8") as sink:
        for name in files:
            for number, line in enumerate((folder / name).read_text(encoding="utf-8").split("\n"), 1):
                column = 0
                for token in line.split(" "):
                    core = token.strip(_EDGE)
                    if core.isalpha() and not checker.known([core.lower()]):
                        col = column + token.find(core) + 1
                        sink.write(json.dumps({"path": name, "line": number, "column": col,
                                               "end_column": col + len(core), "rule": "naive"}) + "\n")
                    column += len(token) + 1


def score(labels: dict, findings: Path, folder: Path, files: set[str], tmp: Path, by_rule: bool) -> dict:
    """Run score_ocr.py on the labels of ``files`` only."""
    subset = {**labels, "files": sorted(files), "defects": [d for d in labels["defects"] if d["file"] in files]}
    label_file = tmp / "labels.json"
    label_file.write_text(json.dumps(subset), encoding="utf-8")
    args = [sys.executable, str(OCR / "score_ocr.py"), str(label_file), str(findings), str(folder), "--json"]
    result = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    if by_rule:
        for rule, r in sorted(result["by_rule"].items()):
            print(f"    {rule}: {r['findings']} findings, {r['true']} true, {r['false']} false, "
                  f"{r['optional_only']} on optional labels only")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--keep", type=Path, help="keep the findings files in this folder")
    parser.add_argument("--by-rule", action="store_true", help="findings per rule on each part")
    args = parser.parse_args()
    print("| set | part | newslint P / R / F1 | naive P / R / F1 | F1 gain |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as temporary:
        tmp = Path(temporary)
        out_dir = args.keep or tmp
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in args.sets.split(","):
            folder = OCR / name
            labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
            files = sorted(set(labels["files"]) | {d["file"] for d in labels["defects"]})
            ours, naive = out_dir / f"{name}.newslint.jsonl", out_dir / f"{name}.naive.jsonl"
            seconds = newslint_findings(folder, ours)
            naive_findings(folder, files, naive)
            for which in ("dev", "held-out", "all"):
                chosen = {f for f in files if which == "all" or part(f) == which}
                a = score(labels, ours, folder, chosen, tmp, args.by_rule)
                b = score(labels, naive, folder, chosen, tmp, False)
                print(f"| {name} | {which} ({len(chosen)} files, {a['must']} must) | {a['precision']:.3f} / "
                      f"{a['recall']:.3f} / {a['f1']:.3f} | {b['precision']:.3f} / {b['recall']:.3f} / "
                      f"{b['f1']:.3f} | {a['f1'] - b['f1']:+.3f} |")
            print(f"<!-- {name}: newslint took {seconds:.1f} s -->")
    return 0


if __name__ == "__main__":
    sys.exit(main())
