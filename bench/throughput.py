"""Throughput of the default rules against proselint, and the cost of a cached re-run.

    python bench/throughput.py [CORPUS] [--limit N] [--jobs 1,2] [--no-proselint]

Prints a markdown block for BENCHMARKS.md. Times are wall-clock for the whole
command (start-up included); newslint runs with --no-cache except in the cache rows.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import DEFAULT_CORPUS, NEWSLINT, corpus_files, cores, machine, run  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N files (sorted)")
    parser.add_argument("--jobs", default=f"1,{cores()}", help="comma-separated -j values")
    parser.add_argument("--no-proselint", action="store_true")
    args = parser.parse_args()

    files = corpus_files(args.corpus, args.limit)
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    with tempfile.TemporaryDirectory() as temp:
        listing = Path(temp, "inputs")
        listing.mkdir()
        for i, file in enumerate(files):  # one folder holding exactly these files, for both tools
            (listing / f"{i:06}.txt").symlink_to(file.resolve())
        rows = []
        for jobs in [int(j) for j in args.jobs.split(",")]:
            measured = run([*NEWSLINT, "check", "--no-cache", "-j", str(jobs), "--format", "concise", str(listing)])
            rows.append((f"newslint -j {jobs}", measured))
        tiny = Path(temp, "tiny.txt")
        tiny.write_text("Title\n\nOne short paragraph.\n", encoding="utf-8")
        startup = run([*NEWSLINT, "check", "--no-cache", "-j", "1", str(tiny)]).seconds
        proselint = shutil.which("proselint") or str(Path(sys.executable).parent / "proselint")
        if not args.no_proselint and Path(proselint).exists():
            rows.append(("proselint (1 process)", run([proselint, "check", "-o", "compact", str(listing)])))
        cache = Path(temp, "cache")
        cold = run([*NEWSLINT, "check", "--cache-dir", str(cache), "--format", "concise", str(listing)])
        warm = run([*NEWSLINT, "check", "--cache-dir", str(cache), "--format", "concise", str(listing)])

    print(f"### Throughput ({machine()})\n")
    print(f"{len(files)} articles, {megabytes:.2f} MB, from `{args.corpus}`; newslint start-up "
          f"(registry, one tiny input) {startup:.2f} s.\n")
    print("| run | wall s | CPU s | MB/s (wall) | articles/s (wall) | articles per CPU-s "
          "| peak RSS, largest process (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, m in rows:
        print(f"| {label} | {m.seconds:.2f} | {m.cpu_seconds:.2f} | {megabytes / m.seconds:.3f} "
              f"| {len(files) / m.seconds:.1f} | {len(files) / m.cpu_seconds:.1f} | {m.max_rss_mb:.0f} |")
    by_label = dict(rows)
    serial = by_label.get("newslint -j 1")
    if serial:
        for label, m in rows:
            if label.startswith("newslint -j") and label != "newslint -j 1":
                print(f"\nSpeed-up of `{label}` over `-j 1`: {serial.seconds / m.seconds:.2f}×")
        if "proselint (1 process)" in by_label:
            proselint = by_label["proselint (1 process)"]
            print(f"\nnewslint `-j 1` / proselint throughput: {proselint.seconds / serial.seconds:.2f}× (wall), "
                  f"{proselint.cpu_seconds / serial.cpu_seconds:.2f}× (CPU)")
    print(f"\nCache (default -j): first run {cold.seconds:.2f} s wall ({cold.cpu_seconds:.2f} s CPU), second run "
          f"over the unchanged corpus {warm.seconds:.2f} s wall ({warm.cpu_seconds:.2f} s CPU) = "
          f"{warm.seconds / cold.seconds:.1%} of the first (CPU: {warm.cpu_seconds / cold.cpu_seconds:.1%}).")


if __name__ == "__main__":
    main()
