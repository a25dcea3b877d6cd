"""The cost curve: CPU, wall time and peak memory (parent and workers apart) for growing JSONL corpora.

    python bench/scale.py [--sizes 10000,100000,1000000] [--jobs 2[,1]] [--compare DIR] [--temp DIR]

The corpus is a realistic mix, the BBC corpus (title, body) and the scraped
corpus (one-line pages, real ingest damage), interleaved and repeated into one
JSONL file per size (1,000,000 articles make about 2.3 GB in ``--temp``; one
size's file is deleted before the next is written). Each size runs
``newslint check --no-cache -j N --format concise`` for each ``--jobs`` value, and, with
``--compare DIR`` (another checkout of newslint, e.g. ``main`` unpacked by
``git archive``), the same command on that code right after, so that before and
after are measured seconds apart. Prints a markdown table for BENCHMARKS.md:
wall seconds, CPU seconds (all processes), CPU ms per article, articles per
second, the findings printed, the parent process's own CPU seconds (what the
parent's reading, hashing, task sending and report writing cost: with ``-j 2``
it must stay a small share, else it is the bottleneck), and the peak resident memory of the parent
process (its own ``ru_maxrss``, reported at its exit) and of the largest worker (``VmHWM``,
sampled every 50 ms), then the
slope of CPU per article and of the parent's memory from the smallest size to
the largest: both flat when the run is linear.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import CORPUS, NEWSLINT, _byte_compile_newslint, machine, proc_kb  # noqa: E402



def mixed_records() -> list[str]:
    """One JSON line per article of the BBC and scraped corpora, interleaved (BBC title line → title field)."""
    bbc, scraped = [], []
    for file in sorted((CORPUS / "bbc").rglob("*.txt")):
        title, _, body = file.read_text(encoding="utf-8").partition("\n")
        bbc.append(json.dumps({"id": f"bbc/{file.parent.name}/{file.name}", "title": title.strip(),
                               "text": body.strip()}, ensure_ascii=False))
    for file in sorted((CORPUS / "scraped").glob("*.txt")):
        scraped.append(json.dumps({"id": f"scraped/{file.name}", "text": file.read_text(encoding="utf-8").strip()},
                                  ensure_ascii=False))
    mixed, step = [], len(bbc) / max(len(scraped), 1)
    for i, record in enumerate(bbc):  # a scraped page after every ~3 BBC articles
        mixed.append(record)
        if scraped and int((i + 1) / step) > int(i / step):
            mixed.append(scraped.pop(0))
    return mixed + scraped


def write_jsonl(records: list[str], count: int, target: Path) -> int:
    """``count`` records cycling through ``records``, each with a unique id; returns the bytes written."""
    with open(target, "w", encoding="utf-8") as handle:
        for i in range(count):
            record = records[i % len(records)]
            handle.write('{"n": %d, %s\n' % (i, record[1:]))
    return target.stat().st_size


@dataclass
class Run:
    wall: float
    cpu: float
    parent_cpu: float
    parent_mb: float
    worker_mb: float
    findings: int


# Runs the newslint module, and at exit writes the process's own peak RSS (kB; its children not included)
# to stderr: exact, where sampling /proc can miss a peak in the last moments of a run.
_OWN_PEAK = ("import atexit, resource, runpy, sys\n"
             "if sys.path[:1] == ['']: del sys.path[0]  # not the working folder's newslint: --compare's or the installed one\n"
             "atexit.register(lambda: sys.stderr.write('\\nPEAK-RSS-KB %d\\n' % "
             "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))\n"
             "sys.argv[0] = 'newslint'\n"
             "runpy.run_module('newslint', run_name='__main__', alter_sys=True)\n")


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Run ``command``; wall and CPU time, the findings printed, peak RSS of the parent and of its largest child."""
    if command[:3] == NEWSLINT:
        command = [sys.executable, "-c", _OWN_PEAK, *command[3:]]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **env})
    peaks = {"parent": 0, "worker": 0, "parent_ticks": 0}
    done = threading.Event()
    sampler = threading.Thread(target=_sample, args=(child.pid, peaks, done), daemon=True)
    sampler.start()
    lines = [0]
    reader = threading.Thread(target=lambda: lines.__setitem__(0, sum(1 for _ in child.stdout)), daemon=True)
    reader.start()
    stderr = []
    errors = threading.Thread(target=lambda: stderr.append(child.stderr.read()), daemon=True)
    errors.start()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    for thread in (sampler, reader, errors):
        thread.join()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({code}):\n{b''.join(stderr).decode(errors='replace')}")
    own = [int(line.split()[1]) for line in b"".join(stderr).decode(errors="replace").splitlines()
           if line.startswith("PEAK-RSS-KB ")]
    parent = max(peaks["parent"], *own, usage.ru_maxrss if peaks["worker"] == 0 else 0)
    parent_cpu = peaks["parent_ticks"] / os.sysconf("SC_CLK_TCK")
    return Run(wall, usage.ru_utime + usage.ru_stime, parent_cpu, parent / 1024, peaks["worker"] / 1024, lines[0])


def _sample(pid: int, peaks: dict[str, int], done: threading.Event) -> None:
    while not done.wait(0.05):
        peaks["parent"] = max(peaks["parent"], proc_kb(pid, "status", "VmHWM:"))
        peaks["parent_ticks"] = max(peaks["parent_ticks"], _own_cpu_ticks(pid))
        for child in _children(pid):
            peaks["worker"] = max(peaks["worker"], proc_kb(child, "status", "VmHWM:"))


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _own_cpu_ticks(pid: int) -> int:
    """A process's own user + system time so far (not its children's), in clock ticks."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def _checkout(folder: str) -> dict[str, str]:
    """The environment that runs the newslint package in ``folder`` (byte-compiled first)."""
    import compileall

    compileall.compile_dir(Path(folder, "newslint"), quiet=1)
    return {"PYTHONPATH": str(Path(folder).resolve())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated article counts (e.g. 1000000)")
    parser.add_argument("--jobs", default="2", help="comma-separated -j values")
    parser.add_argument("--compare", metavar="DIR", help="also run the newslint package found in DIR (before/after)")
    parser.add_argument("--this", metavar="DIR", help="run the newslint package found in DIR, not the installed one "
                                                      "(e.g. a snapshot, so that editing the work tree meanwhile "
                                                      "does not change what is measured)")
    parser.add_argument("--temp", metavar="DIR", help="where to write the corpus files (default: the system's)")
    args = parser.parse_args()

    _byte_compile_newslint()
    versions = [("this", _checkout(args.this) if args.this else {})]
    if args.compare:
        versions.append((Path(args.compare).name, _checkout(args.compare)))
    records = mixed_records()
    print(f"### Cost curve ({machine()})\n")
    print(f"JSONL made by repeating {len(records):,} articles (BBC and scraped corpora, interleaved); "
          "`newslint check --no-cache -j N --format concise CORPUS`. Peak RSS: the parent process, and the "
          "largest worker.\n")
    print("| articles | MB | code | -j | wall s | CPU s | CPU ms/article | articles/s | findings | parent CPU s "
          "| parent peak RSS MB | worker peak RSS MB |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    curve: dict[tuple[str, str], list[tuple[int, Run]]] = {}
    with tempfile.TemporaryDirectory(dir=args.temp) as temp:
        for count in [int(s) for s in args.sizes.split(",")]:
            corpus = Path(temp, f"corpus-{count}.jsonl")
            size = write_jsonl(records, count, corpus)
            for jobs in args.jobs.split(","):
                for name, env in versions:
                    m = measure([*NEWSLINT, "check", "--no-cache", "-j", jobs, "--format", "concise", str(corpus)],
                                env)
                    curve.setdefault((name, jobs), []).append((count, m))
                    print(f"| {count:,} | {size / 1e6:.0f} | {name} | {jobs} | {m.wall:.1f} | {m.cpu:.1f} "
                          f"| {m.cpu / count * 1e3:.2f} | {count / m.wall:,.0f} | {m.findings:,} | {m.parent_cpu:.1f} "
                          f"| {m.parent_mb:.0f} | {m.worker_mb:.0f} |", flush=True)
            corpus.unlink()
    print()
    for (name, jobs), points in curve.items():
        if len(points) > 1:
            (small, a), (large, b) = points[0], points[-1]
            print(f"- {name}, -j {jobs}: CPU per article {a.cpu / small * 1e3:.2f} → {b.cpu / large * 1e3:.2f} ms "
                  f"({large // small}× the articles); parent peak RSS {a.parent_mb:.0f} → {b.parent_mb:.0f} MB")


if __name__ == "__main__":
    main()
