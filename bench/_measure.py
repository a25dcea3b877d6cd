"""Shared helpers of the benchmark scripts: run a command and measure its time and memory."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

NEWSLINT = [sys.executable, "-m", "newslint"]
DEFAULT_CORPUS = "/work/shared/corpus/bbc"


@dataclass
class Measurement:
    seconds: float
    cpu_seconds: float  # user + system time of the command and the workers it waited for
    max_rss_mb: float  # the largest single process of the run (ru_maxrss via wait4)
    tree_pss_mb: float  # the most all its processes held at once, shared pages split (PSS, sampled every 50 ms)
    returncode: int


def run(command: list[str], env: dict[str, str] | None = None) -> Measurement:
    """Run ``command`` with its output discarded; wall and CPU time, peak memory of its largest process and tree."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             env={**os.environ, **(env or {})})
    peak = [0]
    done = threading.Event()
    sampler = threading.Thread(target=_sample_tree, args=(child.pid, peak, done), daemon=True)
    sampler.start()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if child.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}):\n{stderr}")
    return Measurement(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, peak[0] / 1024,
                       child.returncode)


def _sample_tree(pid: int, peak: list[int], done: threading.Event) -> None:
    while not done.wait(0.05):
        peak[0] = max(peak[0], sum(_pss_kb(p) for p in _tree(pid)))


def _tree(pid: int) -> list[int]:
    found, frontier = [pid], [pid]
    while frontier:
        parent = frontier.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found.extend(int(c) for c in children)
        frontier.extend(int(c) for c in children)
    return found


def _pss_kb(pid: int) -> int:
    """Proportional set size: pages shared by the forked workers count once in all."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def machine() -> str:
    """One line: date, cores, CPU, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{date.today().isoformat()}, {cores()} cores ({cpu}), Python {platform.python_version()}, "
            f"load average {load:.1f} at start")


def corpus_files(root: str, limit: int | None = None) -> list[Path]:
    files = sorted(Path(root).rglob("*.txt"))
    return files[:limit] if limit else files
