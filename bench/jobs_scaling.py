"""How well ``-j 2`` scales against ``-j 1``, and what the parent process costs, before and after.

    python bench/jobs_scaling.py [--articles 10000] [--jobs 2] [--repeat 3] [--compare DIR]

Writes one JSONL corpus of ``--articles`` records (the BBC and scraped corpora
interleaved and repeated, as ``bench/scale.py`` makes it) and runs
``newslint check --no-cache --format concise -j N CORPUS`` for ``-j 1`` and
``-j N``, and with ``--compare DIR`` (another checkout, e.g. ``main`` unpacked
by ``git archive``) the same on that code, interleaved run by run, so that
every version meets the same load. Prints, per version and ``-j``, the median
and range over ``--repeat`` runs of: wall seconds, CPU seconds of all
processes, the parent's own CPU seconds (its ``RUSAGE_SELF`` at exit: reading
the corpus, sending tasks, unpickling findings, writing the report; the workers
not counted), and the speed-up of ``-j N`` over ``-j 1`` in each repetition
(wall ``-j 1`` / wall ``-j N``), with the load average before and after.

On a shared machine the wall times say more about the other processes than
about newslint; the last column, ``N × CPU(-j 1) / CPU(-j N)``, is the speed-up
``-j N`` would reach on N free cores with no core idle: what the parent's work
and the workers' own start-up cost the parallel run, free of the load.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import _byte_compile_newslint, machine  # noqa: E402
from scale import mixed_records, write_jsonl  # noqa: E402

# Runs newslint's console entry and writes the process's own CPU seconds (all its threads, no child) at exit.
_OWN_CPU = ("import atexit, resource, sys\n"
            "if sys.path[:1] == ['']: del sys.path[0]\n"
            "def own():\n"
            "    usage = resource.getrusage(resource.RUSAGE_SELF)\n"
            "    sys.stderr.write('\\nOWN-CPU %f\\n' % (usage.ru_utime + usage.ru_stime))\n"
            "atexit.register(own)\n"
            "sys.argv[0] = 'newslint'\n"
            "from newslint.__main__ import main\n"
            "main()\n")


def measure(jobs: str, corpus: Path, env: dict[str, str]) -> tuple[float, float, float, int]:
    """(wall s, CPU s of the whole process tree, the parent's own CPU s, lines printed) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", _OWN_CPU, "check", "--no-cache", "--format", "concise",
                              "-j", jobs, str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env={**os.environ, **env})
    out, err = child.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode not in (0, 1):
        raise SystemExit(f"-j {jobs} failed ({child.returncode}): {err.decode(errors='replace')[-2000:]}")
    own = [float(line.split()[1]) for line in err.decode().splitlines() if line.startswith("OWN-CPU ")]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, own[-1] if own else float("nan"), out.count(b"\n")


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", default="2", help="the -j to set against -j 1")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--compare", metavar="DIR", help="also run the newslint package found in DIR")
    parser.add_argument("--temp", metavar="DIR", help="where to write the corpus (default: the system's)")
    args = parser.parse_args()

    _byte_compile_newslint()
    versions = {"this": {}}
    if args.compare:
        import compileall

        compileall.compile_dir(Path(args.compare, "newslint"), quiet=1)
        versions[Path(args.compare).name or "compare"] = {"PYTHONPATH": str(Path(args.compare).resolve())}
    figures: dict[tuple[str, str], list[tuple]] = {}
    with tempfile.TemporaryDirectory(dir=args.temp) as temp:
        corpus = Path(temp, "corpus.jsonl")
        size = write_jsonl(mixed_records(), args.articles, corpus)
        load_before = os.getloadavg()[0]
        for _ in range(args.repeat):
            for jobs in ("1", args.jobs):
                for name, env in versions.items():
                    figures.setdefault((name, jobs), []).append(measure(jobs, corpus, env))
        load_after = os.getloadavg()[0]
    print(f"{args.articles:,} articles ({size / 1e6:.0f} MB JSONL), {machine()}; load average {load_before:.1f} → "
          f"{load_after:.1f}; median (range) of {args.repeat}\n")
    print("| code | -j | wall s | CPU s (all processes) | parent CPU s | parent share of CPU | speed-up over -j 1 "
          "| N × CPU(-j 1) / CPU(-j N) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name in versions:
        lines = {figures[(name, jobs)][0][3] for jobs in ("1", args.jobs)}
        for jobs in ("1", args.jobs):
            runs = figures[(name, jobs)]
            speedups = [one[0] / this[0] for one, this in zip(figures[(name, "1")], runs)]
            ceilings = [int(jobs) * one[1] / this[1] for one, this in zip(figures[(name, "1")], runs)]
            wall, cpu = spread([r[0] for r in runs], "{:.1f}"), spread([r[1] for r in runs], "{:.1f}")
            print(f"| {name} | {jobs} | {wall} | {cpu} "
                  f"| {spread([r[2] for r in runs])} | {spread([r[2] / r[1] * 100 for r in runs], '{:.1f}')} % "
                  f"| {spread(speedups) if jobs != '1' else ''} | {spread(ceilings) if jobs != '1' else ''} |")
        if len(lines) != 1:
            print(f"\n**{name}: -j 1 and -j {args.jobs} printed different numbers of lines: {sorted(lines)}**")


if __name__ == "__main__":
    main()
