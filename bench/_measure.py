"""Shared helpers of the benchmark scripts: run a command and measure its time and memory."""

from __future__ import annotations

import compileall
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

NEWSLINT = [sys.executable, "-m", "newslint"]
# The natural data: `../shared/corpus/` beside the checkout, or wherever NEWSLINT_CORPUS says (a git worktree or a
# clone elsewhere). Every script finds it here.
CORPUS = Path(os.environ.get("NEWSLINT_CORPUS") or Path(__file__).resolve().parent.parent.parent / "shared" / "corpus")
DEFAULT_CORPUS = str(CORPUS / "bbc")


@dataclass
class Measurement:
    seconds: float
    cpu_seconds: float  # user + system time of the command and the workers it waited for
    max_rss_mb: float  # the largest single process of the run (ru_maxrss via wait4)
    tree_pss_mb: float  # the most all its processes held at once, shared pages split (PSS, sampled every 50 ms)
    returncode: int


def run(command: list[str], env: dict[str, str] | None = None) -> Measurement:
    """Run ``command`` with its output discarded; wall and CPU time, peak memory of its largest process and tree."""
    _byte_compile_newslint()
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
    if child.returncode not in (0, 1) or "Traceback (most recent call last)" in stderr:  # 1 = findings, not a crash
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
    return proc_kb(pid, "smaps_rollup", "Pss:")


def proc_kb(pid: int, name: str, field: str) -> int:
    """The kB figure on the ``field`` line of ``/proc/PID/NAME`` (0 when the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@lru_cache(maxsize=1)
def _byte_compile_newslint() -> None:
    """Compile newslint's modules to bytecode once, as a regular install does.

    An editable install under ``PYTHONDONTWRITEBYTECODE`` (set on some CI
    machines) would otherwise compile every edited module again in every run.
    """
    import newslint

    compileall.compile_dir(Path(newslint.__file__).parent, quiet=1)


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


_CPU_UNITS = """\
def unit():
    total = 0
    for i in range({loops}):
        total += i * i % 7
for _ in range({units}):
    unit()
"""


def parallel_ceiling(processes: int, loops_per_unit: int = 4_000_000) -> float:
    """The machine's own speed-up for ``processes`` busy processes, the ceiling for ``-j processes``.

    Wall time of one process doing ``processes`` units of a pure-Python loop (about 0.3 s a unit;
    no I/O, no imports) over that of ``processes`` processes doing one unit each, all started at
    once. Both sides are fresh ``python -c`` interpreters, so neither gets a warmer process; their
    start-up (~10 ms) is a few per cent of the work. One process is 1.0 by definition, not measured.
    """
    if processes == 1:
        return 1.0
    one_process = wall_of([_cpu_units(processes, loops_per_unit)])
    many_processes = wall_of([_cpu_units(1, loops_per_unit)] * processes)
    return one_process / many_processes


def _cpu_units(units: int, loops_per_unit: int) -> list[str]:
    return [sys.executable, "-c", _CPU_UNITS.format(units=units, loops=loops_per_unit)]


def wall_of(commands: list[list[str]], ok_codes: tuple[int, ...] = (0,)) -> float:
    """Seconds from starting all ``commands`` together until the last one has ended (output discarded)."""
    _byte_compile_newslint()
    start = time.perf_counter()
    children = [subprocess.Popen(command, stdout=subprocess.DEVNULL) for command in commands]
    codes = [child.wait() for child in children]
    if any(code not in ok_codes for code in codes):
        raise SystemExit(f"failed ({codes}): {' '.join(commands[0])}")
    return time.perf_counter() - start


def corpus_files(root: str, limit: int | None = None) -> list[Path]:
    files = sorted(Path(root).rglob("*.txt"))
    return files[:limit] if limit else files
