"""Marginal instructions per article of the default rules on the BBC + scraped mix, under callgrind.

    python bench/instructions.py [--small 1000] [--big 3000] [--other DIR ...] [--no-native]

Writes ``bench/scale.py``'s mix (``mixed_records``, deterministic) into two JSONL files of ``--small`` and
``--big`` records, and runs ``newslint check --no-cache -j 1 --format concise`` (default rules, the report
discarded) on each under ``valgrind --tool=callgrind``, a cold process with ``PYTHONHASHSEED=0``, each checkout on
``PYTHONPATH`` with a user cache of its own (its packs built by a plain run first, not measured). Prints a markdown
row per checkout: the instructions of each run and the marginal instructions per article, (big - small) /
(``--big`` - ``--small``): start-up cancels out. ``--other DIR`` (repeatable; e.g. ``/tmp/base`` from ``git
archive main``) runs another checkout in the same invocation, the sides interleaved at each size, and prints each
one's ratio to this checkout's. ``--other .`` measures this checkout twice: two runs of one side agree within
about 0.1 %.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scale import mixed_records, write_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
COMMAND = ["-m", "newslint", "check", "--no-cache", "-j", "1", "--format", "concise"]


def _environment(checkout: Path, cache: Path, native: bool) -> dict[str, str]:
    """The environment of a run of ``checkout``: its package first on the path, its own user cache."""
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0", XDG_CACHE_HOME=str(cache))
    for name in ("PYTHONDONTWRITEBYTECODE", "NEWSLINT_CACHE_DIR", "NEWSLINT_NO_NATIVE"):
        env.pop(name, None)
    if not native:
        env["NEWSLINT_NO_NATIVE"] = "1"
    return env


def run(env: dict[str, str], jsonl: Path, folder: Path, measured: bool = True) -> int:
    """Callgrind's instruction count of one run on ``jsonl`` (not ``measured``: a plain run, 0)."""
    out = folder / "callgrind.out"
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if measured else []
    done = subprocess.run([*valgrind, sys.executable, *COMMAND, str(jsonl)], env=env, cwd=folder,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0, 1):  # 1: findings
        raise SystemExit(f"newslint failed ({done.returncode}) with {env['PYTHONPATH']}:\n{done.stderr[-2000:]}")
    out.unlink(missing_ok=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1)) if measured else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=1000, help="records of the smaller run")
    parser.add_argument("--big", type=int, default=3000, help="records of the larger run")
    parser.add_argument("--other", action="append", default=[], metavar="DIR", help="another checkout (repeatable)")
    parser.add_argument("--no-native", action="store_true", help="NEWSLINT_NO_NATIVE=1: the Python twins")
    args = parser.parse_args()
    sides = [ROOT, *(Path(other).resolve() for other in args.other)]
    records = mixed_records()
    with tempfile.TemporaryDirectory(prefix="instructions-") as temp:
        inputs = {size: Path(temp, f"mix{size}.jsonl") for size in (args.small, args.big)}
        for size, path in inputs.items():
            write_jsonl(records, size, path)
        envs = []
        for i, side in enumerate(sides):
            compileall.compile_dir(side / "newslint", quiet=1)
            envs.append(_environment(side, Path(temp, f"cache{i}"), not args.no_native))
            run(envs[-1], inputs[args.small], Path(temp), measured=False)  # builds the packs into its cache
        counts = {(i, size): run(env, path, Path(temp)) for size, path in inputs.items()
                  for i, env in enumerate(envs)}
    marginal = [(counts[i, args.big] - counts[i, args.small]) / (args.big - args.small) for i in range(len(sides))]
    native = "the Python twins (NEWSLINT_NO_NATIVE=1)" if args.no_native else "native"
    print(f"Instructions (callgrind), `newslint check --no-cache -j 1 --format concise`, default rules, {native}; "
          f"the mix of bench/scale.py, {args.small:,} and {args.big:,} records\n")
    print(f"| checkout | {args.small:,} records, M | {args.big:,} records, M | marginal per article, M | ratio |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for i, side in enumerate(sides):
        print(f"| {side} | {counts[i, args.small] / 1e6:,.1f} | {counts[i, args.big] / 1e6:,.1f} | "
              f"{marginal[i] / 1e6:.4f} | {marginal[i] / marginal[0]:.4f} |")


if __name__ == "__main__":
    main()
