"""Throughput of the grammar tier (NL8xx) against a warm LanguageTool server, in words per second.

    python bench/grammar.py [--articles N] [--corpus DIR] [--url URL | --home DIR] [--jobs 1,2]
                            [--before CHECKOUT [--before-url URL]] [--rounds R] [--show]

Prints, on the same articles and server:

- LanguageTool alone: each article sent whole, one request at a time, with
  LanguageTool's default rules (what a LanguageTool user gets from this server);
- ``newslint check --grammar --select NL8 --no-cache --format jsonl -j J`` for each J
  of ``--jobs``, with the paragraph cache cold (a fresh ``NEWSLINT_CACHE_DIR`` per
  run) and the worker pool used however small the input (a real run pools only
  from 512 KB). Wall time of the whole command, start-up included;
- with ``--before CHECKOUT`` (e.g. ``git worktree add /tmp/main main``) the same
  runs with that checkout's code (against ``--before-url`` if given), interleaved
  with this one's, best of ``--rounds``; the findings of the two are compared and
  each difference printed.

Beside words/s (wall) each line shows, when the server runs on this machine, the
words per CPU-second of server and newslint together (what two free cores can do
is about twice that) and how many server threads were busy on average (CPU/wall).

Every configuration runs once untimed first (a fresh JVM is slow while it compiles).
Without ``--url`` (or ``NEWSLINT_LANGUAGETOOL_URL``) a server is started from the
install folder (``--home``, ``NEWSLINT_LANGUAGETOOL_HOME`` or the default) as newslint
starts one, and its start-up time is printed. The load average is printed beside
the figures: on a shared machine compare ratios measured in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from newslint import languagetool

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "bench"))
from _measure import DEFAULT_CORPUS  # noqa: E402

# The CLI, with the worker pool used whatever the input size.
DRIVER = ("import sys, newslint.runner as r; r.PARALLEL_MIN_BYTES = 0; sys.argv[0] = 'newslint'; "
          "from newslint.__main__ import main; main()")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) process ``pid`` has used so far; 0 if it cannot be read (not Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Best:
    """A configuration's best round: wall time, and the CPU time the server and newslint spent in it."""

    def __init__(self) -> None:
        self.wall = float("inf")
        self.server_cpu = self.client_cpu = 0.0

    def add(self, wall: float, server_cpu: float, client_cpu: float) -> None:
        if wall < self.wall:
            self.wall, self.server_cpu, self.client_cpu = wall, server_cpu, client_cpu

    def describe(self, words: int) -> str:
        """Words/s; words per CPU-second of server and client together and the server's busy threads."""
        text = f"{words / self.wall:7,.0f} words/s"
        if self.server_cpu:
            text += (f" | {words / (self.server_cpu + self.client_cpu):6,.0f} per CPU-s"
                     f" | server busy {self.server_cpu / self.wall:3.1f}")
        return text


def children_cpu() -> float:
    """CPU time of this process's finished children (the newslint runs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def languagetool_alone(client: languagetool.Client, texts: list[str]) -> float:
    """Seconds for LanguageTool to check each text, one request at a time, with its default rules."""
    began = time.monotonic()
    for text in texts:
        client.check(text)
    return time.monotonic() - began


def newslint_run(code: Path, url: str, paths: list[Path], jobs: int) -> tuple[float, Counter]:
    """Seconds for one grammar run of ``code``'s newslint over ``paths``, and its findings."""
    with tempfile.TemporaryDirectory(prefix="newslint-grammar-bench-") as cache:
        env = {**os.environ, "PYTHONPATH": str(code), "NEWSLINT_CACHE_DIR": cache, languagetool.URL_ENV: url}
        command = [sys.executable, "-c", DRIVER, "check", "--grammar", "--select", "NL8", "--no-cache",
                   "--format", "jsonl", "-j", str(jobs), *map(str, paths)]
        began = time.monotonic()
        done = subprocess.run(command, cwd=cache, env=env, capture_output=True, text=True)
        elapsed = time.monotonic() - began
    if done.returncode not in (0, 1):
        raise SystemExit(f"newslint from {code} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
    findings = Counter()
    for line in done.stdout.splitlines():
        d = json.loads(line)
        findings[(Path(d["path"]).name, d["rule"], d["start"], d["end"], d["message"])] += 1
    return elapsed, findings


def server_pid(url: str) -> int:
    """The process id of the server listening on ``url``'s port on this machine (Linux), else 0."""
    port = urllib.parse.urlsplit(url).port
    try:
        lines = Path("/proc/net/tcp").read_text().splitlines()[1:] + Path("/proc/net/tcp6").read_text().splitlines()[1:]
    except OSError:
        return 0
    inodes = {f"socket:[{f[9]}]" for f in map(str.split, lines) if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port}
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if os.readlink(fd) in inodes:
                return int(fd.parts[2])
        except OSError:
            continue
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=128)
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--url", default=os.environ.get(languagetool.URL_ENV, ""))
    parser.add_argument("--home", default=os.environ.get(languagetool.HOME_ENV, ""))
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts to measure")
    parser.add_argument("--before", type=Path, help="a newslint checkout to compare with (its code, same runs)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each configuration; the best is shown")
    parser.add_argument("--before-url", default="", help="the server for the --before runs (default: --url's)")
    parser.add_argument("--show", action="store_true", help="print every finding of this checkout")
    args = parser.parse_args()
    paths = sorted(Path(args.corpus).resolve().rglob("*.txt"))[: args.articles]
    if not paths:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    began = time.monotonic()
    try:
        url = languagetool.resolve_url(args.url, args.home)
        languagetool.server_version(url, timeout=300)  # the first check loads the rules
    except languagetool.LanguageToolUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    startup = time.monotonic() - began
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    started = "already running" if args.url else f"started by this process in {startup:.1f} s"
    print(f"server {url} ({started}); {len(paths)} articles, {words:,} words")

    client = languagetool.Client(url, "en-US")
    before_url = args.before_url or url
    runs = [("this checkout", HERE, url)] + ([("before", args.before.resolve(), before_url)] if args.before else [])
    # Warm up, untimed: a JVM compiles its hot code during its first minutes of work.
    languagetool_alone(client, texts)
    for _, code, server in runs:
        newslint_run(code, server, paths, 1)
    servers = {u: server_pid(u) for u in {url, before_url}}
    jobs = [int(j) for j in args.jobs.split(",")]
    best = {key: Best() for key in [("alone", 0)] + [(name, j) for j in jobs for name, _, _ in runs]}
    findings: dict[tuple[str, int], Counter] = {}
    for _ in range(args.rounds):
        cpu = cpu_seconds(servers[url])
        elapsed = languagetool_alone(client, texts)
        best["alone", 0].add(elapsed, cpu_seconds(servers[url]) - cpu, 0.0)
        for j in jobs:
            for name, code, server in runs:
                cpu, mine = cpu_seconds(servers[server]), children_cpu()
                elapsed, findings[name, j] = newslint_run(code, server, paths, j)
                best[name, j].add(elapsed, cpu_seconds(servers[server]) - cpu, children_cpu() - mine)
    load = os.getloadavg()
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} (after the runs); best of {args.rounds} by wall time")
    if args.before:
        print(f"before: {args.before} against {before_url}")
    alone = best["alone", 0]
    print(f"{'LanguageTool alone (default rules, one request at a time)':46} {alone.describe(words)}")
    for j in jobs:
        for name, _, _ in runs:
            ratio = f" | {alone.wall / best[name, j].wall:.1f}x LT alone"
            if name != "before" and args.before:
                ratio += f", {best['before', j].wall / best[name, j].wall:.2f}x before"
            print(f"{f'newslint --grammar -j {j}, {name}':46} {best[name, j].describe(words)}{ratio}")
    mine = findings["this checkout", jobs[0]]
    by_rule = Counter()
    for (_, _, _, _, message), n in mine.items():
        by_rule[message.rsplit("[LanguageTool ", 1)[-1].split(",")[0]] += n
    print(f"{sum(mine.values())} findings ({sum(mine.values()) / words * 10000:.2f} per 10,000 words):",
          ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
    for key, found in findings.items():
        if found != mine:
            print(f"findings of {key[0]} -j {key[1]} differ: only there {sorted(found - mine)}, "
                  f"only in this checkout -j {jobs[0]} {sorted(mine - found)}")
    if args.show:
        for finding in sorted(mine):
            print(*finding)
    return 0


if __name__ == "__main__":
    sys.exit(main())
