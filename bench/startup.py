"""What a one-file run costs (what every pre-commit run pays), in CPU seconds of the whole process.

    python bench/startup.py [--repeat 9] [--file seeds/000_….txt] [--compare DIR] [--instructions]

Prints, best (minimum) and median of ``--repeat`` runs, the CPU (user + system,
from the child's rusage) of:

- ``python``: the interpreter alone (``-c pass``, with the venv's site);
- ``--version``;
- ``FILE, cache cold``: ``newslint FILE`` with a cache that knows the run's setup
  (a run over another file left it) but not this file: what pre-commit pays for
  a changed file (a fresh copy of that cache for every run);
- ``FILE, --no-cache``;
- ``FILE, cache answered``: the same file again, answered from the cache.

Then the breakdown of the cold run, in one process, best of ``--repeat``:
interpreter start, imports (the CLI, then the engine), the rule modules, the
built-in packs, the plugin entry points, building the rules, the word lists'
first look-up (lexicon), linting the file, writing the report.

``--compare DIR`` (another checkout, e.g. ``main`` unpacked by ``git archive``)
runs DIR's newslint package too (``PYTHONPATH``), interleaved run by run, so
that both are measured under the same load; the load average is printed.
``--instructions`` also counts the instructions of one cold run of each version
under valgrind's callgrind (user space only): a figure the machine's load does
not move, where CPU times on a shared machine move by a tenth from run to run.
Each version then has a user cache folder of its own (built by the warm-up
runs), so that other checkouts sharing ``~/.cache/newslint`` cannot evict its
parsed packs and plugin scan between runs.
Bytecode is written and used as an installed wheel's would be
(``PYTHONDONTWRITEBYTECODE`` is removed for the children), and the user cache
folder (word-list indexes, parsed packs) is warmed by one untimed run first.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONSOLE = "import sys; from newslint.__main__ import main; sys.exit(main())"

# The breakdown: each step's CPU, in one child process (phases as a run meets them).
BREAKDOWN = r"""
import io, sys, time
started = time.process_time()
marks = [("interpreter start", started)]
def mark(name):
    marks.append((name, time.process_time()))
try:  # what the console script does first
    from newslint import gcpause, lazyimport
    gcpause.pause()
    getattr(lazyimport, "defer", lambda: None)()  # a checkout from before round five has none
    from newslint import regexcache
    regexcache.install()
    getattr(lazyimport, "remember_catalog_search", lambda: None)()  # one from before round eight has none
except ImportError:  # a checkout from before round six
    pass
try:
    from newslint import dataclasscache
    dataclasscache.install()
except ImportError:  # a checkout from before it
    pass
import newslint.cli
mark("imports: CLI")
from newslint import linting, lexicon, packs, registry as registry_mod
mark("imports: engine")
from newslint.config import Config
config = Config()
found = registry_mod.builtin_rule_classes()
mark("rule modules")
found += packs.load_packs(packs.builtin_pack_paths())
mark("packs")
found += list(registry_mod.plugin_rule_classes())
mark("plugins")
registry = registry_mod.Registry({})
for rule in found:
    registry.add(rule)
pool = linting.prepare(config, registry, linting.Selection(None, [], []), False)
mark("rule build")
lexicon.look_up_on_disk()
lexicon.is_known("newspaper")
from newslint import ngrams
ngrams.count("newspaper")
mark("lexicon")
diagnostics = []
linting.lint([sys.argv[1]], config, pool, [], jobs=1, cache=None, setup=None, keep_sources=False,
             stdin_name=None, emit=diagnostics.extend)
mark("lint")
from newslint.formats import ReportWriter
writer = ReportWriter("full", io.StringIO(), registry=registry, color=False)
writer.add(diagnostics)
writer.close(files_checked=[sys.argv[1]])
mark("report")
previous = 0.0
for name, at in marks:
    print(f"{name}\t{at - previous}")
    previous = at
print(f"total\t{previous}")
"""


def child_cpu(command: list[str], env: dict[str, str], cwd: str) -> float:
    """The CPU seconds (user + system) of one child process run to its end."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def newslint_command() -> list[str]:
    """The console script beside this Python (what pre-commit runs), else the same call through ``-c``."""
    script = Path(sys.executable).parent / "newslint"
    return [str(script)] if script.is_file() else [sys.executable, "-c", CONSOLE]


def environment(checkout: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "NEWSLINT_CACHE_DIR")}
    if checkout:
        env["PYTHONPATH"] = str(Path(checkout).resolve())
    return env


class Version:
    """One newslint under test: its environment, its warm cache template and its figures."""

    def __init__(self, name: str, checkout: str | None, work: Path, file: Path, other: Path,
                 own_user_cache: bool = False) -> None:
        self.name, self.env, self.work, self.file = name, environment(checkout), work / name, file
        self.work.mkdir()
        if own_user_cache:
            self.env["XDG_CACHE_HOME"] = str(self.work / "user-cache")
        # `python -c` puts the working folder on sys.path, where a plugin could appear: one nobody writes to
        self.quiet = self.work / "quiet"
        self.quiet.mkdir()
        os.utime(self.quiet, (self.quiet.stat().st_mtime - 60,) * 2)
        self.template = self.work / "cache-template"
        self.times: dict[str, list[float]] = {}
        self.phases: dict[str, list[float]] = {}
        self.run(["--cache-dir", str(self.template), str(other)])  # the setup entry (and the user cache) warm
        self.run(["--no-cache", str(file)])  # bytecode written
        self.answered = self.work / "cache-answered"
        shutil.copytree(self.template, self.answered)
        self.run(["--cache-dir", str(self.answered), str(file)])

    def run(self, args: list[str]) -> float:
        return child_cpu([*newslint_command(), *args], self.env, str(self.work))

    def measure_once(self) -> None:
        cold = self.work / "cache-cold"
        shutil.rmtree(cold, ignore_errors=True)
        shutil.copytree(self.template, cold)
        runs = {
            "python -c pass": lambda: child_cpu([sys.executable, "-c", "pass"], self.env, str(self.work)),
            "newslint --version": lambda: self.run(["--version"]),
            "FILE, cache cold for it": lambda: self.run(["--cache-dir", str(cold), str(self.file)]),
            "FILE, --no-cache": lambda: self.run(["--no-cache", str(self.file)]),
            "FILE, cache answered": lambda: self.run(["--cache-dir", str(self.answered), str(self.file)]),
        }
        for label, run in runs.items():
            self.times.setdefault(label, []).append(run())
        out = subprocess.run([sys.executable, "-c", BREAKDOWN, str(self.file)], env=self.env, cwd=str(self.quiet),
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            name, seconds = line.split("\t")
            self.phases.setdefault(name, []).append(float(seconds))

    def instructions(self) -> int:
        """The instructions one cold run executes (callgrind's count, user space)."""
        cold = self.work / "cache-cold"
        shutil.rmtree(cold, ignore_errors=True)
        shutil.copytree(self.template, cold)
        run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *newslint_command(),
                              "--cache-dir", str(cold), str(self.file)], env=self.env, cwd=str(self.work),
                             capture_output=True, text=True, check=False)
        found = [line.split()[-1] for line in run.stderr.splitlines() if "Collected :" in line]
        return int(found[-1]) if found else 0


def ms(values: list[float]) -> str:
    return f"{min(values) * 1000:.0f} / {statistics.median(values) * 1000:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs of each measurement (best and median shown)")
    parser.add_argument("--file", help="the article to check (default: the first seed)")
    parser.add_argument("--compare", metavar="DIR", help="also measure the newslint package found in DIR")
    parser.add_argument("--instructions", action="store_true",
                        help="also count the instructions of a cold run (valgrind); each version gets its own "
                             "user cache")
    args = parser.parse_args()
    args.file = args.file or str(sorted((ROOT / "seeds").glob("000_*.txt"))[0])  # (a copy without seeds needs --file)
    with tempfile.TemporaryDirectory(prefix="newslint-startup-") as temporary:
        work = Path(temporary)
        file = work / Path(args.file).name
        shutil.copyfile(args.file, file)
        other = work / "other.txt"
        other.write_text("A different article.\n\nIt only warms the run's setup entry.\n", encoding="utf-8")
        versions = [Version("this", None, work, file, other, args.instructions)]
        if args.compare:
            versions.append(Version(Path(args.compare).name or "compare", args.compare, work, file, other,
                                    args.instructions))
        counts = [version.instructions() for version in versions] if args.instructions else []
        load_before = os.getloadavg()
        for _ in range(args.repeat):
            for version in versions:
                version.measure_once()
        load_after = os.getloadavg()
    print(f"one-file run: {Path(args.file).name}, best / median of {args.repeat}, CPU ms (user + system); "
          f"load average {load_before[0]:.1f} → {load_after[0]:.1f}")
    print()
    print("| run | " + " | ".join(v.name for v in versions) + " |")
    print("| --- |" + " ---: |" * len(versions))
    for label in versions[0].times:
        print(f"| {label} | " + " | ".join(ms(v.times[label]) for v in versions) + " |")
    if counts:
        print("| FILE, cache cold for it: instructions (valgrind) | "
              + " | ".join(f"{count / 1e6:.1f} M" for count in counts) + " |")
    print()
    print("Breakdown of the cold run, in one process:")
    print()
    print("| step | " + " | ".join(v.name for v in versions) + " |")
    print("| --- |" + " ---: |" * len(versions))
    for label in versions[0].phases:
        print(f"| {label} | " + " | ".join(ms(v.phases.get(label, [0.0])) for v in versions) + " |")


if __name__ == "__main__":
    main()
