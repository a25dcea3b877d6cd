"""Throughput of the grammar tier (NL8xx) over BBC articles, JVM start-up reported apart.

    python bench/grammar.py [--articles N] [--corpus DIR] [--url URL | --home DIR]

Without --url (or NEWSLINT_LANGUAGETOOL_URL) a server is started from the install
folder (--home, NEWSLINT_LANGUAGETOOL_HOME or the default cache folder) and its
start-up time is printed. The paragraph cache is off, so every word is checked.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

from newslint import languagetool
from newslint.api import lint_text, make_linter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--corpus", default="/work/shared/corpus/bbc")
    parser.add_argument("--url", default=os.environ.get(languagetool.URL_ENV, ""))
    parser.add_argument("--home", default=os.environ.get(languagetool.HOME_ENV, ""))
    parser.add_argument("--show", action="store_true", help="print every finding")
    args = parser.parse_args()
    paths = sorted(Path(args.corpus).rglob("*.txt"))[: args.articles]
    if not paths:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 2
    options = {"server-url": args.url, "home": args.home, "cache": False}
    linter = make_linter(select=["NL8"], options={code: options for code in ("NL801", "NL802", "NL803")})
    began = time.monotonic()
    try:
        url = languagetool.resolve_url(args.url, args.home)
    except languagetool.LanguageToolUnavailable as exc:
        print(exc, file=sys.stderr)
        return 2
    startup = time.monotonic() - began
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    by_rule: Counter[str] = Counter()
    began = time.monotonic()
    for path, text in zip(paths, texts):
        for d in lint_text(text, str(path), linter=linter):
            by_rule[d.message.rsplit("[LanguageTool ", 1)[-1].split(",")[0]] += 1
            if args.show:
                print(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}")
    elapsed = time.monotonic() - began
    started = "started by this process" if not args.url else "already running"
    print(f"server {url} ({started}); start-up {startup:.1f} s")
    print(f"{len(paths)} articles, {words} words in {elapsed:.1f} s: {words / elapsed:,.0f} words/s")
    print(f"{sum(by_rule.values())} findings ({sum(by_rule.values()) / words * 10000:.2f} per 10,000 words):",
          ", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
