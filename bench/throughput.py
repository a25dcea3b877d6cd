"""Throughput of the default rules against proselint, and the cost of a cached re-run.

    python bench/throughput.py [CORPUS] [--limit N] [--jobs 1,2] [--repeat 3] [--no-proselint]

Prints a markdown block for BENCHMARKS.md. Times are wall-clock for the whole
command (start-up included); newslint runs with --no-cache except in the cache rows.
Each of the --repeat repetitions runs `-j 1`, then each other `-j N` followed by the
machine's own ceiling for N processes (`_measure.parallel_ceiling`), so that each
speed-up is set beside a ceiling measured seconds apart; the table shows medians.
The cache is measured as --repeat pairs of runs (first, second), each pair with a
new cache folder.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import (DEFAULT_CORPUS, NEWSLINT, Measurement, corpus_files, cores, machine,  # noqa: E402
                      parallel_ceiling, run)


def median_measurement(measurements: list[Measurement]) -> Measurement:
    """Each figure's median over the repetitions."""
    def median(field: str) -> float:
        return statistics.median(getattr(m, field) for m in measurements)
    return Measurement(median("seconds"), median("cpu_seconds"), median("max_rss_mb"), median("tree_pss_mb"),
                       measurements[-1].returncode)


def spread(values: list[float]) -> str:
    """Median and range, e.g. ``1.58× (range 1.55–1.61×)``."""
    return f"{statistics.median(values):.2f}× (range {min(values):.2f}–{max(values):.2f}×)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="only the first N files (sorted)")
    parser.add_argument("--jobs", default=f"1,{cores()}", help="comma-separated -j values (-j 1 always runs)")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of the newslint and ceiling runs")
    parser.add_argument("--no-proselint", action="store_true")
    args = parser.parse_args()

    files = corpus_files(args.corpus, args.limit)
    megabytes = sum(f.stat().st_size for f in files) / 1e6
    with tempfile.TemporaryDirectory() as temp:
        listing = Path(temp, "inputs")
        listing.mkdir()
        for i, file in enumerate(files):  # one folder holding exactly these files, for both tools
            (listing / f"{i:06}.txt").symlink_to(file.resolve())
        jobs_values = list(dict.fromkeys([1, *(int(j) for j in args.jobs.split(","))]))  # -j 1: the baseline
        runs: dict[int, list[Measurement]] = {jobs: [] for jobs in jobs_values}
        ceilings: dict[int, list[float]] = {jobs: [] for jobs in jobs_values[1:]}
        for _ in range(args.repeat):
            for jobs in jobs_values:
                command = [*NEWSLINT, "check", "--no-cache", "-j", str(jobs), "--format", "concise", str(listing)]
                runs[jobs].append(run(command))
                if jobs in ceilings:
                    ceilings[jobs].append(parallel_ceiling(jobs))
        rows = [(f"newslint -j {jobs}", median_measurement(measured)) for jobs, measured in runs.items()]
        tiny = Path(temp, "tiny.txt")
        tiny.write_text("Title\n\nOne short paragraph.\n", encoding="utf-8")
        startup = run([*NEWSLINT, "check", "--no-cache", "-j", "1", str(tiny)]).seconds
        proselint = shutil.which("proselint") or str(Path(sys.executable).parent / "proselint")
        if not args.no_proselint and Path(proselint).exists():
            rows.append(("proselint (1 process)", run([proselint, "check", "-o", "compact", str(listing)])))
        cache_runs = []  # (first run, second run) over the unchanged corpus, each pair with a new cache folder
        for attempt in range(args.repeat):
            command = [*NEWSLINT, "check", "--cache-dir", str(Path(temp, f"cache-{attempt}")), "--format", "concise",
                       str(listing)]
            cache_runs.append((run(command), run(command)))

    print(f"### Throughput ({machine()})\n")
    print(f"{len(files)} articles, {megabytes:.2f} MB, from `{args.corpus}`; newslint start-up "
          f"(registry, one tiny input) {startup:.2f} s.\n")
    print(f"| run (newslint: median of {args.repeat}) | wall s | CPU s | MB/s (wall) | articles/s (wall) "
          "| articles per CPU-s | peak RSS, largest process (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, m in rows:
        print(f"| {label} | {m.seconds:.2f} | {m.cpu_seconds:.2f} | {megabytes / m.seconds:.3f} "
              f"| {len(files) / m.seconds:.1f} | {len(files) / m.cpu_seconds:.1f} | {m.max_rss_mb:.0f} |")
    by_label = dict(rows)
    serial = by_label["newslint -j 1"]
    for jobs, ceiling in ceilings.items():
        speedups = [one.seconds / many.seconds for one, many in zip(runs[1], runs[jobs])]
        efficiencies = [speedup / limit for speedup, limit in zip(speedups, ceiling)]
        efficiency = statistics.median(speedups) / statistics.median(ceiling)
        print(f"\n`-j {jobs}` over `-j 1`, median of {args.repeat} repetitions:\n")
        print(f"- newslint speed-up: {spread(speedups)}")
        print(f"- machine ceiling for {jobs} processes ({jobs} units of a pure-Python loop in one process vs one "
              f"in each of {jobs}, run after each `-j {jobs}`): {spread(ceiling)}")
        print(f"- parallel efficiency (speed-up / ceiling): {efficiency:.2f} "
              f"(per repetition {min(efficiencies):.2f}–{max(efficiencies):.2f})")
    if "proselint (1 process)" in by_label:
        proselint = by_label["proselint (1 process)"]
        print(f"\nnewslint `-j 1` / proselint throughput: {proselint.seconds / serial.seconds:.2f}× (wall), "
              f"{proselint.cpu_seconds / serial.cpu_seconds:.2f}× (CPU)")
    cold = median_measurement([first for first, _ in cache_runs])
    warm = median_measurement([second for _, second in cache_runs])
    shares = [second.seconds / first.seconds for first, second in cache_runs]
    print(f"\nCache (default -j, median of {args.repeat} pairs): first run {cold.seconds:.2f} s wall "
          f"({cold.cpu_seconds:.2f} s CPU), second run over the unchanged corpus {warm.seconds:.2f} s wall "
          f"({warm.cpu_seconds:.2f} s CPU) = {statistics.median(shares):.1%} of the first "
          f"(range {min(shares):.1%}–{max(shares):.1%}; CPU: {warm.cpu_seconds / cold.cpu_seconds:.1%}).")


if __name__ == "__main__":
    main()
