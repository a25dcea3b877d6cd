"""The cost curve: time and peak memory for growing JSONL corpora (the corpus repeated).

    python bench/scale.py [CORPUS] [--sizes 1000,10000] [--jobs N[,M...]]

Use ``--sizes 1000,10000,100000`` for the full curve (100k articles take a while).
With several jobs values (``--jobs 1,2``) each size runs them back to back, and the
table is followed by the speed-up per size of each over the first, beside the
machine's own ceiling measured right after (``_measure.parallel_ceiling``): the -j
gain on a large input, where start-up is amortised; and beside the same work
split by hand into independent `-j 1` processes, one per part of the file, run at
once: the practical ceiling of `-j N` on this machine.
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
from _measure import (DEFAULT_CORPUS, NEWSLINT, corpus_files, cores, machine, parallel_ceiling, run,  # noqa: E402
                      wall_of)


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


def split_jsonl(corpus: Path, parts: int) -> list[Path]:
    """``corpus`` cut into ``parts`` files of consecutive records, as equal as can be."""
    lines = corpus.read_bytes().splitlines(keepends=True)
    size = -(-len(lines) // parts)
    pieces = []
    for index in range(parts):
        piece = corpus.with_name(f"{corpus.stem}-part{index}.jsonl")
        piece.write_bytes(b"".join(lines[index * size:(index + 1) * size]))
        pieces.append(piece)
    return pieces


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts")
    parser.add_argument("--jobs", default=str(cores()), help="comma-separated -j values; the first is the baseline")
    args = parser.parse_args()

    files = corpus_files(args.corpus)
    jobs_values = [int(j) for j in args.jobs.split(",")]
    baseline = jobs_values[0]
    several = len(jobs_values) > 1  # a -j column only then: one value keeps the table as it was
    print(f"### Cost curve ({machine()})\n")
    commands = ", ".join(f"`newslint check --no-cache -j {jobs}`" for jobs in jobs_values)
    print(f"JSONL made by repeating `{args.corpus}`; {commands}.\n")
    print(f"| articles | {'-j | ' if several else ''}MB | wall s | CPU s | articles/s (wall) | CPU µs per article "
          "| peak RSS, largest process (MB) | peak PSS, all processes (MB) |")
    print(f"| ---: | {'---: | ' if several else ''}---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    speedups = []
    with tempfile.TemporaryDirectory() as temp:
        for count in [int(s) for s in args.sizes.split(",")]:
            corpus = Path(temp, f"corpus-{count}.jsonl")
            size = write_jsonl(files, count, corpus)
            walls = {}
            for jobs in jobs_values:
                m = run([*NEWSLINT, "check", "--no-cache", "-j", str(jobs), "--format", "concise", str(corpus)])
                walls[jobs] = m.seconds
                jobs_cell = f"{jobs} | " if several else ""
                print(f"| {count:,} | {jobs_cell}{size / 1e6:.1f} | {m.seconds:.1f} | {m.cpu_seconds:.1f} "
                      f"| {count / m.seconds:.0f} | {m.cpu_seconds / count * 1e6:.0f} | {m.max_rss_mb:.0f} "
                      f"| {m.tree_pss_mb:.0f} |", flush=True)
            for jobs in jobs_values[1:]:
                speedup = walls[baseline] / walls[jobs]
                ceiling = parallel_ceiling(jobs) / parallel_ceiling(baseline)
                by_hand = wall_of([[*NEWSLINT, "check", "--no-cache", "-j", "1", "--format", "concise", str(part)]
                                   for part in split_jsonl(corpus, jobs)], ok_codes=(0, 1))
                speedups.append(f"- {count:,} articles: `-j {jobs}` over `-j {baseline}` {speedup:.2f}×; machine "
                                f"ceiling {ceiling:.2f}×; parallel efficiency {speedup / ceiling:.2f}. The same work "
                                f"split by hand, {jobs} `-j 1` processes at once on 1/{jobs} of the file each: "
                                f"{by_hand:.1f} s, against `-j {jobs}`'s {walls[jobs]:.1f} s "
                                f"({by_hand / walls[jobs]:.0%})")
            corpus.unlink()
    if speedups:
        print("\nSpeed-up (wall), beside the machine's ceiling for the same numbers of processes (a pure-Python "
              "loop, one process doing N units vs N processes doing one each, run right after), and beside the "
              "same work split by hand into independent processes (what `-j N` could at best reach on this "
              "machine, memory and cache contention included):\n")
        print("\n".join(speedups))


if __name__ == "__main__":
    main()
