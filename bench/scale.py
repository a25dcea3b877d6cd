"""The cost curve: time and peak memory for growing JSONL corpora (the corpus repeated).

    python bench/scale.py [CORPUS] [--sizes 1000,10000] [--jobs N]

Use ``--sizes 1000,10000,100000`` for the full curve (100k articles take a while).
Prints a markdown block for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import DEFAULT_CORPUS, NEWSLINT, corpus_files, cores, machine, run  # noqa: E402


def write_jsonl(files: list[Path], count: int, target: Path) -> int:
    """``count`` records cycling through the corpus (title line → title field); returns the bytes written."""
    articles = []
    for file in files:
        title, _, body = file.read_text(encoding="utf-8").partition("\n")
        articles.append(json.dumps({"title": title.strip(), "text": body.strip()}, ensure_ascii=False))
    with open(target, "w", encoding="utf-8") as handle:
        for record in itertools.islice(itertools.cycle(articles), count):
            handle.write(record + "\n")
    return target.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--jobs", type=int, default=cores())
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    print(f"### Cost curve ({machine()})\n")
    print(f"JSONL made by repeating `{args.corpus}`; `newslint check --no-cache -j {args.jobs}`.\n")
    print("| articles | MB | wall s | CPU s | articles/s (wall) | CPU µs per article "
          "| peak RSS, largest process (MB) | peak PSS, all processes (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as temp:
        for count in [int(s) for s in args.sizes.split(",")]:
            corpus = Path(temp, f"corpus-{count}.jsonl")
            size = write_jsonl(files, count, corpus)
            m = run([*NEWSLINT, "check", "--no-cache", "-j", str(args.jobs), "--format", "concise", str(corpus)])
            print(f"| {count:,} | {size / 1e6:.1f} | {m.seconds:.1f} | {m.cpu_seconds:.1f} | {count / m.seconds:.0f} "
                  f"| {m.cpu_seconds / count * 1e6:.0f} | {m.max_rss_mb:.0f} | {m.tree_pss_mb:.0f} |", flush=True)
            corpus.unlink()


if __name__ == "__main__":
    main()
