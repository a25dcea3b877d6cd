"""Recall per rule and precision overall, by injecting defects into clean articles.

Every ``bench/inject_*.py`` exposes ``INJECTORS``: rule code → function(text, rng) that
returns (new_text, start, end), the span where that rule must report, or None.
This script injects each defect class into clean BBC articles, lints them with the
default settings (plus the injected rule if it is off by default), and prints:

* recall per rule: the share of injections reported by that rule over the span;
* precision overall: findings on an injected defect's span / all findings on the injected articles;
* the rate of findings on the untouched articles, per 10,000 words, by rule.

Usage: python bench/quality.py [CORPUS_DIR] [--per-rule N] [--seed S] [--show-clean]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

from newslint.api import lint_text, make_linter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import DEFAULT_CORPUS  # noqa: E402

HERE = Path(__file__).parent


def load_injectors() -> dict[str, object]:
    injectors: dict[str, object] = {}
    for path in sorted(HERE.glob("inject_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        injectors.update(module.INJECTORS)
    return injectors


def offsets_to_lines(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """1-based (line, column) of two offsets, as diagnostics count them."""
    def where(offset: int) -> tuple[int, int]:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    return where(start), where(end)


def overlaps(diagnostic, span) -> bool:
    (sl, sc), (el, ec) = span
    begin, end = (diagnostic.line, diagnostic.column), (diagnostic.end_line, diagnostic.end_column)
    if end == begin:
        end = (end[0], end[1] + 1)
    return begin < (el, max(ec, sc + 1) if el == sl else ec) and (sl, sc) < end


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--per-rule", type=int, default=200, help="injections per rule")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-clean", action="store_true", help="print every finding on the untouched articles")
    args = parser.parse_args(argv)
    files = sorted(Path(args.corpus).rglob("*.txt"))
    if not files:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    texts = [(str(f), f.read_text(encoding="utf-8")) for f in files]
    default = make_linter()

    words = sum(len(t.split()) for _, t in texts)
    clean = Counter()
    for path, text in texts:
        for d in lint_text(text, path, linter=default):
            clean[d.code] += 1
            if args.show_clean:
                print(f"  clean: {d.path}:{d.line}:{d.column}: {d.code} {d.name} {d.message}")
    total_clean = sum(clean.values())
    print(f"Untouched corpus: {len(texts)} articles, {words} words, {total_clean} findings = "
          f"{total_clean / words * 10000:.2f} per 10,000 words")
    for code, count in clean.most_common():
        print(f"  {code:<7} {count}")

    rng = random.Random(args.seed)
    linters = {}
    on_target = findings_total = 0
    print(f"\nInjected defects ({args.per_rule} per rule):")
    print(f"  {'rule':<7} {'recall':>7}  {'found':>5}/{'tried':<5}")
    worst = []
    for code, inject in sorted(load_injectors().items()):
        linter = linters.setdefault(code, make_linter(extend_select=[code]))
        tried = found = 0
        for path, text in rng.sample(texts, len(texts)):
            if tried >= args.per_rule:
                break
            injected = inject(text, rng)
            if injected is None:
                continue
            new_text, start, end = injected
            span = offsets_to_lines(new_text, start, end)
            diagnostics = lint_text(new_text, path, linter=linter)
            tried += 1
            hit = any(d.code == code and overlaps(d, span) for d in diagnostics)
            found += hit
            findings_total += len(diagnostics)
            on_target += sum(overlaps(d, span) for d in diagnostics)
            if not hit and len(worst) < 40:
                worst.append(f"    {code} missed in {path}: {new_text[max(0, start - 30):end + 30]!r}")
        recall = found / tried if tried else float("nan")
        print(f"  {code:<7} {recall:>7.1%}  {found:>5}/{tried:<5}")
    precision = on_target / findings_total if findings_total else float("nan")
    print(f"\nPrecision overall on the injected articles: {precision:.1%} "
          f"({on_target} findings on an injected defect / {findings_total} findings)")
    if worst:
        print("\nSome misses:")
        print("\n".join(worst))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
