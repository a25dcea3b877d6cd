"""A/B benchmark: this checkout against other checkouts of newslint, on ``bench/scale.py``'s BBC + scraped mix.

    python bench/ab.py rules BASE [OTHER ...] --module newslint/rules/dates.py [--module …] [--select NL601,NL602]
                             [--rounds 7] [--batch 32] [--limit N]
    python bench/ab.py stages BASE [OTHER ...] [--rounds 9] [--limit N]
    python bench/ab.py profiles BASE [OTHER ...] [--rounds 5] [--limit N] [--select CODES]

Each BASE is another checkout (``git archive main | tar -x -C /tmp/base && cd /tmp/base && python hatch_build.py``:
without its compiled ``newslint/_speedups*.so`` it runs the pure-Python twins); "this" is the checkout holding
this script. Prints CPU µs per article (best over the rounds, the sides alternating so that a machine's drift
hits all alike), the findings of each side where rules run, and the load average before and after, as markdown.

``rules`` (in one process): the rules of the last ``--module`` (all, or ``--select``) of each side, with every
``--module`` given loaded from that side's checkout (so BASE's ``newslint/rules/dates.py`` imports BASE's
``newslint/dates.py`` when both are named) and every other module this checkout's. Each round parses the mix
afresh with the side's model, ``--batch`` articles at a time with the shared model computed first (untimed), and
times each rule over the batch where its trigger fires, with the collector paused, as ``Linter.lint_documents``
runs rules over batches of 32 (``--batch 0``: all articles in a row).
``stages`` (in one process): the shared stages every article pays (parse; the words, distinct and lower-cased
words; the OCR gate; every rule's trigger judged together), article by article as a run meets
them, with each side's whole ``newslint`` package, and the whole sequence once more without the clock inside.
``profiles`` (separate processes): ``bench/profile_rules.py --mix --json`` (this checkout's script) once per side
per round, each in a fresh process started from a temporary folder with ``PYTHONPATH`` set to the side's root:
every stage and rule of the default rules (or ``--select``), without one process's imports shared.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.abc
import importlib.machinery
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Callable, Iterator

sys.path.insert(0, str(Path(__file__).parent))
from _measure import machine  # noqa: E402
from profile_rules import collection_paused, mixed_documents, parse_all  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "bench" / "profile_rules.py"
PACKAGE = "newslint"
STAGES = ("parse", "words, distinct, lower", "OCR gate", "triggers")


# --- loading: one side's modules, imported from its checkout and put in place only while that side runs

@dataclass
class Side:
    """One checkout's copies of the newslint modules that ``wanted`` names, in ``sys.modules`` only while
    :meth:`active`."""

    label: str
    root: Path
    wanted: Callable[[str], bool]
    modules: dict[str, ModuleType] = field(default_factory=dict)

    @contextmanager
    def active(self) -> Iterator[None]:
        """This side's modules in ``sys.modules`` (imports inside functions find them too; a wanted module not yet
        loaded comes from ``root``), and what was there before back afterwards. Not to be nested."""
        saved = {name: module for name, module in sys.modules.items() if self.wanted(name)}
        _swap(saved, self.modules)
        finder = _CheckoutFinder(self.root, self.wanted)
        sys.meta_path.insert(0, finder)
        try:
            yield
        finally:
            sys.meta_path.remove(finder)
            self.modules = {name: module for name, module in sys.modules.items() if self.wanted(name)}
            _swap(self.modules, saved)

    def module(self, name: str) -> ModuleType:
        """The module ``name`` as this side sees it: its own copy if ``wanted``, else this checkout's."""
        with self.active():
            return importlib.import_module(name)


class _CheckoutFinder(importlib.abc.MetaPathFinder):
    """Finds the modules that ``wanted`` names in ``root``, whatever ``sys.path`` and the editable install say."""

    def __init__(self, root: Path, wanted: Callable[[str], bool]) -> None:
        self.root, self.wanted = root, wanted

    def find_spec(self, name, path=None, target=None):
        if not self.wanted(name):
            return None
        folder = self.root.joinpath(*name.split(".")[:-1])
        spec = importlib.machinery.PathFinder.find_spec(name, [str(folder)])
        if spec is None:  # never fall back to this checkout's copy: that would compare it with itself
            raise ModuleNotFoundError(f"{name} is not in {self.root}", name=name)
        return spec


def module_name(path: str) -> str:
    """``newslint/rules/dates.py`` → ``newslint.rules.dates`` (a dotted name is returned as it is)."""
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".") if path.endswith(".py") else path


def load_side(label: str, root: Path, targets: list[str], wanted: Callable[[str], bool]) -> Side:
    """``targets`` imported with every module that ``wanted`` names taken from the checkout at ``root``.

    Those modules are imported afresh (dataclasses and imports between them work: each is registered while it
    loads) and kept in the :class:`Side`; ``sys.modules`` is left as it was, so that several checkouts load side
    by side in one process.
    """
    if not (root / PACKAGE).is_dir():
        raise SystemExit(f"{root}: no {PACKAGE} package there")
    side = Side(label, root.resolve(), wanted)
    with side.active():
        for target in targets:
            importlib.import_module(target)
    return side


def _swap(out: dict[str, ModuleType], into: dict[str, ModuleType]) -> None:
    """The modules ``out`` taken from ``sys.modules`` and ``into`` put there, as attributes of their packages too
    (``import newslint.rules.dates`` reads ``newslint.rules.dates`` from the package ``newslint.rules``)."""
    for name in out:
        del sys.modules[name]
        _set_in_package(name, None)
    sys.modules.update(into)
    for name, module in into.items():
        _set_in_package(name, module)


def _set_in_package(name: str, module: ModuleType | None) -> None:
    package_name, _, attribute = name.rpartition(".")
    package = sys.modules.get(package_name)
    if package is None:
        return
    if module is None:
        package.__dict__.pop(attribute, None)
    else:
        setattr(package, attribute, module)


def _whole_package(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def label_of(root: Path, taken: set[str]) -> str:
    """A column name for ``root``: its folder name, made unique."""
    label, n = root.resolve().name, 2
    while label in taken:
        label, n = f"{root.resolve().name}-{n}", n + 1
    return label


def sides_of(bases: list[Path]) -> list[tuple[str, Path]]:
    """(label, root) of each BASE, then this checkout as ``this``."""
    labels: set[str] = {"this"}
    pairs = []
    for base in bases:
        pairs.append((label_of(base, labels), base))
        labels.add(pairs[-1][0])
    return pairs + [("this", ROOT)]


# --- printing: one table for every mode

def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    print(title + "\n")
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    for row in rows:
        print("| " + " | ".join(row) + " |")


def micros(seconds: float | None, articles: int, digits: int = 1) -> str:
    return "–" if seconds is None else f"{seconds / articles * 1e6:.{digits}f}"


def alternating(rounds: int, sides: list) -> Iterator[object]:
    """Every side once per round, the order reversed every other round (no side always first)."""
    for round_ in range(rounds):
        yield from (sides if round_ % 2 == 0 else sides[::-1])


def best_of(measurements: Iterator[tuple[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """The least of each item's figures, per side label."""
    best: dict[str, dict[str, float]] = {}
    for label, figures in measurements:
        side = best.setdefault(label, {})
        for item, value in figures.items():
            side[item] = min(value, side.get(item, value))
    return best


# --- rules: named modules' rules, in one process

def rules_of(side: Side, module: str, codes: list[str] | None) -> list:
    return [cls() for cls in side.module(module).RULES if codes is None or cls.code in codes]


def time_rules(side: Side, rules: list, documents: list, batch: int) -> tuple[dict[str, float], dict[str, int]]:
    """CPU seconds and findings per rule code over ``documents``, ``batch`` articles at a time (0: all at once)."""
    seconds = {rule.code: 0.0 for rule in rules}
    found = {rule.code: 0 for rule in rules}
    batch, article_type = batch or len(documents), side.module("newslint.model").Article
    with side.active():
        for first in range(0, len(documents), batch):
            articles, _, fired = parse_all(documents[first:first + batch], rules, article_type)
            with collection_paused():
                for rule in rules:
                    key, clock = id(rule.trigger), time.process_time()
                    for article, fires in zip(articles, fired):
                        if rule.trigger is None or key in fires:
                            found[rule.code] += sum(1 for _ in rule.check(article))
                    seconds[rule.code] += time.process_time() - clock
    return seconds, found


def run_rules(args: argparse.Namespace) -> None:
    modules = [module_name(path) for path in args.module]
    named = set(modules)
    sides = [load_side(label, root, modules, named.__contains__) for label, root in sides_of(args.bases)]
    codes = args.select.split(",") if args.select else None
    rules = {side.label: rules_of(side, modules[-1], codes) for side in sides}
    codes = [rule.code for rule in rules["this"]]
    documents = mixed_documents(args.limit)
    found: dict[tuple[str, str], int] = {}

    def measure() -> Iterator[tuple[str, dict[str, float]]]:
        for side in alternating(args.rounds, sides):
            seconds, counts = time_rules(side, rules[side.label], documents, args.batch)
            found.update(((side.label, code), n) for code, n in counts.items())
            yield side.label, seconds

    load = os.getloadavg()[0]
    best = best_of(measure())
    labels = [side.label for side in sides]
    rows = [[code] + [micros(best[label].get(code), len(documents)) for label in labels]
            + [" / ".join(str(found.get((label, code), "–")) for label in labels)] for code in codes]
    rows.append(["all"] + [micros(sum(best[label].values()), len(documents)) for label in labels] + [""])
    batching = f"batches of {args.batch}" if args.batch else "all in a row"
    print_table(f"{len(documents)} articles, {batching}, best of {args.rounds}; "
                f"load average {load:.1f} → {os.getloadavg()[0]:.1f}",
                ["rule"] + [f"{label} µs" for label in labels] + ["findings " + " / ".join(labels)], rows)


# --- stages: the shared stages every article pays, in one process

def stage_tools(side: Side) -> tuple[type, object]:
    """The side's ``Article`` and its default rules' ``Triggers``, warmed up (word list loaded, RE2 set built)."""
    with side.active():
        importlib.import_module("newslint.lexicon").frequencies()
        rules = importlib.import_module("newslint.api").make_linter().rules
        triggers = importlib.import_module("newslint.rule").Triggers(rule.trigger for rule in rules)
        triggers.fired("")
        return importlib.import_module("newslint.model").Article, triggers


def time_stages(side: Side, article_type: type, triggers, documents: list) -> dict[str, float]:
    """CPU seconds of each stage over ``documents`` (each article freed before the next), and of all untimed."""
    clock, spent = time.process_time, [0.0] * len(STAGES)
    with side.active():
        for document in documents:
            t0 = clock()
            article = article_type.parse(document.text, document.path, document.meta, document.has_header)
            t1 = clock()
            article.words, article.distinct_words, article.lower_words
            t2 = clock()
            article.ocr
            t3 = clock()
            triggers.fired(document.text)
            t4 = clock()
            for index, seconds in enumerate((t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
                spent[index] += seconds
        times = dict(zip(STAGES, spent), sum=sum(spent))
        start = clock()
        for document in documents:
            article = article_type.parse(document.text, document.path, document.meta, document.has_header)
            article.words, article.distinct_words, article.lower_words, article.ocr
            triggers.fired(document.text)
        times["all, no clock inside"] = clock() - start
    return times


def run_stages(args: argparse.Namespace) -> None:
    sides = [load_side(label, root, ["newslint.api"], _whole_package)
             for label, root in sides_of(args.bases)]
    tools = {side.label: stage_tools(side) for side in sides}
    documents = mixed_documents(args.limit)
    load = os.getloadavg()[0]
    best = best_of((side.label, time_stages(side, *tools[side.label], documents))
                   for side in alternating(args.rounds, sides))
    labels = [side.label for side in sides]
    print_table(f"{len(documents)} articles, best of {args.rounds} interleaved rounds; "
                f"load average {load:.1f} → {os.getloadavg()[0]:.1f}",
                ["stage (CPU µs per article)"] + labels,
                [[stage] + [micros(best[label][stage], len(documents), 0) for label in labels]
                 for stage in best["this"]])


# --- profiles: whole profiles, each side in its own process

def profile(root: Path, extra: list[str], folder: str) -> dict[str, float]:
    """µs per article of each stage and rule with the newslint found in ``root`` (``profile_rules.py --json``)."""
    env = dict(os.environ, PYTHONPATH=str(root.resolve()))
    run = subprocess.run([sys.executable, str(PROFILE), "--mix", "--json", *extra], cwd=folder, env=env,
                         capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"profile_rules.py failed with the newslint of {root}:\n{run.stderr[-2000:]}")
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    return {item: value * 1e-6 for item, value in figures.items()}  # back to seconds per article


def run_profiles(args: argparse.Namespace) -> None:
    extra = (["--limit", str(args.limit)] if args.limit else []) + (["--select", args.select] if args.select else [])
    sides = sides_of(args.bases)
    with tempfile.TemporaryDirectory() as folder:  # not inside a checkout: ``python`` would import that one first
        load = os.getloadavg()[0]
        best = best_of((label, profile(root, extra, folder)) for label, root in alternating(args.rounds, sides))
    labels = [label for label, _ in sides]
    first = labels[0]
    items = sorted(set().union(*best.values()), key=lambda item: -best[first].get(item, 0.0))
    totals = {label: sum(best[label].values()) for label in labels}
    rows = [[item] + [micros(best[label].get(item), 1, 0) for label in labels] + [change(best, first, item)]
            for item in items]
    rows.append(["**total**"] + [f"**{micros(totals[label], 1, 0)}**" for label in labels]
                + [f"**{totals['this'] / totals[first] - 1:+.0%}**"])
    print_table(f"### Stage and rule costs, {' '.join(map(str, args.bases))} against this checkout ({machine()}; "
                f"best of {args.rounds} alternating rounds in separate processes, CPU µs per article of the "
                f"BBC + scraped mix; load average {load:.1f} → {os.getloadavg()[0]:.1f})",
                ["stage or rule"] + labels + [f"this / {first}"], rows)


def change(best: dict[str, dict[str, float]], first: str, item: str) -> str:
    base, this = best[first].get(item), best["this"].get(item)
    return f"{this / base - 1:+.0%}" if base and this is not None else "–"


# --- the command line

def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    modes = top.add_subparsers(dest="mode", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("bases", nargs="+", type=Path, metavar="BASE", help="other checkouts, compared with this one")
    common.add_argument("--limit", type=int, help="only the first N articles of the mix")
    rules = modes.add_parser("rules", parents=[common], help="named modules' rules, interleaved in one process")
    rules.add_argument("--module", action="append", required=True,
                       help="a module path taken from each checkout (repeat it; the rules' module last)")
    rules.add_argument("--select", help="comma-separated rule codes of the last module (default: all its rules)")
    rules.add_argument("--rounds", type=int, default=7)
    rules.add_argument("--batch", type=int, default=32, help="articles per batch, as a run (0: all in a row)")
    stages = modes.add_parser("stages", parents=[common], help="the shared stages, interleaved in one process")
    stages.add_argument("--rounds", type=int, default=9)
    profiles = modes.add_parser("profiles", parents=[common], help="whole profiles, alternating processes")
    profiles.add_argument("--rounds", type=int, default=5)
    profiles.add_argument("--select", help="comma-separated rule selectors (default: the default rules)")
    return top


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    {"rules": run_rules, "stages": run_stages, "profiles": run_profiles}[args.mode](args)


if __name__ == "__main__":
    main()
