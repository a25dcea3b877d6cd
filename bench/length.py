"""Cost against the length of one input, one rule at a time or the whole run: finds what grows faster than linearly.

    python bench/length.py [CORPUS] [--lengths 1,10,100,1000] [--shapes paragraph,article|repeated|case-aA,...]
                           [--select CODES] [--budget 20] [--whole]

The corpus text (paragraphs in corpus order, cycled if short) is cut into inputs of each length in KB, the same
bytes at every length (``--total`` KB, default the largest length): 1,000 inputs of 1 KB, ..., one of 1 MB. Two
shapes: ``paragraph`` joins the paragraphs with a space into one long line (a scraped page that lost its breaks, an
OCR page); ``article`` joins them with blank lines into one long article (many articles run together). Shapes beyond
news text (``REPEATED``: ``cue``, ``word``, ``rn``, ``digits``, ``quotes``, ``spaces``, ``stops``, and what a broken
or hostile page looks like: alternating case ``case-aA``, marks, brackets and quotes glued to letters, line and
paragraph breaks, tabs, capitals, URLs, e-mail addresses, tags, characters beyond ASCII, ...; ``--shapes repeated``
runs them all) are one unit repeated after a sentence (``LEADS``: a shape's own), units of two or three lines that
several rules report among them (``MIXED``: a short line and a newsletter prompt, a caption and its credit, a
timestamp and a byline), or distinct words drawn from a fixed seed (``DRAWN``: ``distinct-lines``, a different word
on each line). For each rule alone, the inputs are parsed again (parse and word texts not timed) and the CPU time of
the rule's ``check`` over all of them is taken; what the model computes on demand (token spans, sentences) counts
towards the rule. A linear rule costs the same per KB at every length; a quadratic one 1,000 times more at 1 MB than
at 1 KB. The shortest lengths carry each input's fixed cost, and a rule that only looks closer at a paragraph with a
suspect word looks closer more often in longer ones, so a rule is flagged by the last step (cost per KB at the
longest length over the one before, 10× shorter by default: about 1 when linear, 10 when quadratic). A rule whose
run at one length passes ``--budget`` CPU seconds is stopped there and flagged. Exits 1 when a rule is flagged.
Prints a markdown table per shape for BENCHMARKS.md, then one row per shape (its costliest rule at the longest
length, its steepest last step); ``--summary`` prints only those rows and the flagged rules' own. ``--whole`` times,
in place of each rule alone, the whole run a user pays per input once it is parsed (``WholeRun``): the model's word
analyses, every selected rule through the engine (its triggers, its filter of fallback findings, the order),
``engine.resolve`` (lines, excerpts, fixes, fingerprints) and the ``full`` report, each input alone, its triggers
asked (as in a run of 64 KB or more: a smaller one runs every rule, as the rows of each rule alone do); a cost
outside any rule shows only there.
"""

from __future__ import annotations

import argparse
import io
import random
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _measure import DEFAULT_CORPUS, corpus_files, machine  # noqa: E402

from newslint import gcpause  # noqa: E402
from newslint.api import make_linter  # noqa: E402
from newslint.diagnostic import Diagnostic  # noqa: E402
from newslint.engine import resolve  # noqa: E402
from newslint.formats import write_report  # noqa: E402
from newslint.model import Article  # noqa: E402
from newslint.source import Document, decode  # noqa: E402

SUSPECT_STEP = 2.0  # cost per KB at the longest length over that at the one before (10× shorter by default)
MIN_SECONDS = 0.05  # below this at the longest length (CPU seconds), a ratio is noise
SEPARATORS = {"paragraph": " ", "article": "\n\n"}
# units of lines that several rules report, a fallback rule's (NL311) among others': the engine weighs each finding
# against the rest (each pair of them was weighed to round thirty-six)
MIXED = {
    "short-and-prompt": "x\n\nSubscribe to our newsletter\n\n",
    "stamp-and-byline": "Updated 10:42 GMT\n\nBy Jane Doe\n\n",
    "caption-and-credit": "A mayor in Leeds\nPhoto: Jane Doe/AP\n",
    "label-byline-credit": "Share\n\nBy Jane Doe\n\nPhoto: AP\n\n",
}
# Shapes beyond news text, what a broken or hostile input looks like: one short unit repeated (on one line unless
# the unit holds a line end). Each is a place where a rule's scan may start or stop at every character: a case change
# (every 'aA' is a cut), a mark glued to a letter, a line or paragraph break, a character beyond ASCII.
REPEATED = {
    "cue": "Jane celebrates ", "word": "abcdefghij", "rn": "rn", "digits": "1", "quotes": '"', "spaces": " ",
    "stops": ". ",
    "case-aA": "aA", "case-aAA": "aAA", "case-Aa1": "Aa1", "letter-digit": "a1",
    "glued-stop": "a.", "glued-comma": "a,", "glued-colon": "a:", "glued-apostrophe": "a'", "glued-hyphen": "a-",
    "bracket": "(a", "open-quote": '"a', "curly-quotes": "“a”", "initials": "A. ",
    "glued-sentences": "x.Y",
    "lines": "a\n", "paragraphs": "a\n\n", "tabs": "a\t", "no-break-spaces": "a\xa0",
    "capitals": "AB ", "title-case": "Ab ", "url": "http://a.b/c ", "email": "a@b.co ", "pipes": "a | ",
    "tags": "<a>", "accented": "é", "cjk": "中", "combining": "e\u0301", "emoji": "\U0001F600",
    "heading-case": "Aa", "run-in-name": "it.Reaching ZqxwoodSoon we went ", "glued-quote": 'the megaproject"I said ',
    "recurring-glue": "Covid deathsSanto ", "accented-cue": "é subscribe ",
    **MIXED,
}
# shapes of distinct words drawn from a fixed seed, each followed by its separator: nothing repeats, within an input
# or across them (what a rule or the model keeps of the words it has seen is no help)
DRAWN = {"distinct-lines": "\n"}
SEED = 36
LEAD = "The council met on Monday. "  # the sentence before the repeated unit
# a shape whose unit follows what a rule starts from: a title-case line glued to the stop before it (NL106's walk;
# 'run-in-name' repeats its other heading, ending on a name glued to a sentence); a page with a glued word, where NL102
# looks for a word glued to a quote ('glued-quote': the quote's opening judged from the marks before it; and
# 'recurring-glue', a menu's glue NL102 reports however often it recurs: each judged a key from its line);
# 'accented-cue': a cue NL342 searches with RE2 in UTF-8, beyond ASCII, its byte offsets mapped back to characters;
# 'glued-sentences': junctions with no space between them, one token (NL103 read it back from each: quadratic to
# round thirty-two)
LEADS = {"heading-case": "The storm came at night.Storm Hits ", "glued-quote": "The spokespersonDmitry Peskov spoke. "}
SHAPE_SETS = {"repeated": (*REPEATED, *DRAWN)}  # every shape beyond news text, by one name
SHAPES = (*SEPARATORS, *REPEATED, *DRAWN)


class OverBudget(Exception):
    """A rule's run at one length took longer than ``--budget`` seconds."""


def corpus_paragraphs(root: str) -> list[str]:
    """The body paragraphs of every article of the corpus, in order."""
    paragraphs = []
    for path in corpus_files(root):
        article = Article.parse(decode(path.read_bytes(), str(path)).text, str(path))
        paragraphs.extend(p.text for p in article.paragraphs)
    if not paragraphs:
        raise SystemExit(f"no paragraphs in {root}")
    return paragraphs


def inputs(paragraphs: list[str], length_kb: int, total_kb: int, separator: str) -> list[str]:
    """Inputs of about ``length_kb`` KB each (whole paragraphs), ``total_kb`` KB in all, from the corpus in order."""
    out, current, size, index = [], [], 0, 0
    while len(out) * length_kb < total_kb:
        paragraph = paragraphs[index % len(paragraphs)]
        index += 1
        current.append(paragraph)
        size += len(paragraph.encode()) + len(separator)
        if size >= length_kb * 1000:
            out.append(separator.join(current))
            current, size = [], 0
    return out


def repeated_inputs(unit: str, length_kb: int, total_kb: int, lead: str = LEAD) -> list[str]:
    """Inputs of ``length_kb`` KB (UTF-8) of ``unit`` repeated, each after ``lead``, ``total_kb`` KB in all."""
    text = lead + unit * (length_kb * 1000 // len(unit.encode()))
    return [text] * max(1, total_kb // length_kb)


def drawn_inputs(separator: str, length_kb: int, total_kb: int, lead: str = LEAD) -> list[str]:
    """Inputs of about ``length_kb`` KB (UTF-8) each, ``total_kb`` KB in all, of distinct lower-case words (three to
    nine letters, drawn from ``SEED``: the same words at every length, cut into inputs of its length), each followed
    by ``separator``, after ``lead``. No input is another's copy: what a rule or the model keeps from the inputs
    before (words looked up, strings made) is of no help, as it would be where one input were linted again."""
    draw, seen, out = random.Random(SEED), set(), []
    parts, size = [lead], len(lead.encode())
    while len(out) < max(1, total_kb // length_kb):
        word = "".join(draw.choices("abcdefghijklmnopqrstuvwxyz", k=draw.randint(3, 9))) + separator
        if word in seen:
            continue
        seen.add(word)
        if size + len(word) > length_kb * 1000:
            out.append("".join(parts))
            parts, size = [lead], len(lead.encode())
        parts.append(word)
        size += len(word)
    return out


class WholeRun:
    """The whole run of the selected rules on one input, timed as a rule is: what ``newslint check`` pays per input
    after parsing it (the engine's findings, resolved and sorted, written as the ``full`` report to a string)."""

    code, name = "run", "(the rules, the engine, resolve, the full report)"

    def __init__(self, engine) -> None:
        self.engine = engine

    def check(self, article: Article) -> list[Diagnostic]:
        document = Document(article.path, article.text, has_header=False)
        diagnostics = resolve(document, self.engine.lint_article(article), self.engine.fingerprints)
        diagnostics.sort(key=Diagnostic.sort_key)
        write_report("full", diagnostics, io.StringIO(), registry=(), color=False, files_checked=[article.path])
        return diagnostics


def time_rule(rule, texts: list[str], budget: float) -> float:
    """CPU seconds ``rule.check`` takes over ``texts`` parsed as header-less articles (OverBudget past ``budget``
    seconds of it). CPU time, since other processes on a shared machine steal wall time (a budget of wall time
    stopped a linear rule on a busy machine)."""
    articles = [Article.parse(text, f"<{i}>", has_header=False) for i, text in enumerate(texts)]
    if not isinstance(rule, WholeRun):  # (which pays for them, as a run does)
        for article in articles:
            article.lower_words  # the word texts every rule may read: the model's cost, not the rule's
    start = time.process_time()
    _cpu_deadline[0] = start + budget
    signal.setitimer(signal.ITIMER_REAL, budget)  # (a CPU timer, ITIMER_PROF, made the process's CPU clock coarse)
    try:
        for article in articles:
            for _ in rule.check(article):
                pass
        return time.process_time() - start
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


_cpu_deadline = [0.0]  # the process's CPU time at which the rule being timed passes its budget


def _over_budget(signum, frame) -> None:
    """At the wall-time alarm: OverBudget if the rule has used its CPU budget, else the alarm again for the rest
    (wall time passes at least as fast as the process's CPU time)."""
    left = _cpu_deadline[0] - time.process_time()
    if left > 0:
        signal.setitimer(signal.ITIMER_REAL, left)
    else:
        raise OverBudget


def cost_per_kb(rule, texts: dict[int, list[str]], total: int, budget: float) -> list[float]:
    """µs per KB at each length, shortest first; shorter than ``texts`` when a length passed the budget.

    The rule first runs untimed on a few of the shortest inputs (it loads what it loads lazily). When
    the last step looks super-linear, the two longest lengths run twice more and keep their least
    cost, so that a busy machine does not flag a rule by chance."""
    lengths = sorted(texts)
    per_kb: list[float] = []
    try:
        time_rule(rule, texts[lengths[0]][:50], budget)
    except OverBudget:
        return per_kb
    for length in lengths:
        try:
            per_kb.append(time_rule(rule, texts[length], budget) / total * 1e6)
        except OverBudget:
            return per_kb
    if len(per_kb) > 1 and _step(per_kb) > SUSPECT_STEP:
        for _ in range(2):
            for i in (-2, -1):
                try:
                    per_kb[i] = min(per_kb[i], time_rule(rule, texts[lengths[i]], budget) / total * 1e6)
                except OverBudget:  # (past the budget once more: the longest length is reported as stopped)
                    return per_kb[:-1]
    return per_kb


def _step(per_kb: list[float]) -> float:
    return per_kb[-1] / max(per_kb[-2], 1e-3)


def judged(per_kb: list[float], lengths: int, total: int) -> tuple[float, bool]:
    """(the last step, whether the rule is flagged) from its µs per KB at each of ``lengths`` lengths (fewer when a
    length passed the budget: flagged), ``total`` KB linted at each: a last step over ``SUSPECT_STEP`` flags a rule
    whose longest length costs over ``MIN_SECONDS``."""
    if len(per_kb) < lengths:
        return float("inf"), True
    step = _step(per_kb) if len(per_kb) > 1 else float("inf")
    return step, step > SUSPECT_STEP and per_kb[-1] * total / 1e6 > MIN_SECONDS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--lengths", default="1,10,100,1000", help="input lengths in KB")
    parser.add_argument("--total", type=int, help="KB linted at each length (default: the largest length)")
    parser.add_argument("--shapes", default="paragraph,article",
                        help=f"any of {', '.join(SHAPES)}, or 'repeated' for all but the first two")
    parser.add_argument("--select", help="comma-separated rule selectors (default: the default rules)")
    parser.add_argument("--budget", type=float, default=20.0, help="CPU seconds a rule may take at one length")
    parser.add_argument("--summary", action="store_true", help="one row per shape, and only the flagged rules' rows")
    parser.add_argument("--whole", action="store_true",
                        help="time the whole run per input (the engine, resolve, the full report), not each rule")
    args = parser.parse_args()
    lengths = sorted(int(k) for k in args.lengths.split(","))
    total = args.total or lengths[-1]
    shapes = [shape for name in args.shapes.split(",") for shape in SHAPE_SETS.get(name, (name,))]
    if unknown := [s for s in shapes if s not in SHAPES]:
        raise SystemExit(f"unknown shape {unknown[0]!r}: choose from {', '.join(SHAPES)}")

    gcpause.pause()  # the cycle collector as a run has it (frozen set-up, its thresholds): with Python's defaults it
    linter = make_linter(select=args.select.split(",") if args.select else None)  # walked a long input's survivors
    gcpause.resume()  # ever more often, and made a linear rule (NL317 on a line of 'Ab ') look quadratic
    paragraphs = corpus_paragraphs(args.corpus) if any(shape in SEPARATORS for shape in shapes) else []
    signal.signal(signal.SIGALRM, _over_budget)
    started = time.perf_counter()
    print(f"### Cost against input length ({machine()})\n")
    print(f"`python bench/length.py --lengths {args.lengths} --shapes {args.shapes}{' --whole' * args.whole}`: "
          f"{total} KB " + (f"of {Path(args.corpus).name} paragraphs " if paragraphs else "") +
          "at every length; CPU µs per KB of input, " + ("the whole run of each input." if args.whole else
                                                         "one rule at a time.") +
          " The last step is the cost per KB at the longest length over that at the one before.\n")
    suspects, summary = [], []
    for shape in shapes:
        if shape in REPEATED:
            lead = LEADS.get(shape, LEAD)
            texts = {length: repeated_inputs(REPEATED[shape], length, total, lead) for length in lengths}
            title = f"#### Shape `{shape}` ({REPEATED[shape]!r} repeated after {lead!r})\n"
        elif shape in DRAWN:
            texts = {length: drawn_inputs(DRAWN[shape], length, total) for length in lengths}
            title = f"#### Shape `{shape}` (distinct words, each followed by {DRAWN[shape]!r}, after {LEAD!r})\n"
        else:
            texts = {length: inputs(paragraphs, length, total, SEPARATORS[shape]) for length in lengths}
            title = f"#### Shape `{shape}` (paragraphs joined by {SEPARATORS[shape]!r})\n"
        header = ["| rule | " + " | ".join(f"{k:,} KB" for k in lengths)
                  + f" | {lengths[-1]:,} KB / {lengths[0]:,} KB | last step |",
                  "| --- | " + " | ".join("---:" for _ in lengths) + " | ---: | ---: |"]
        if not args.summary:
            print(title, *header, sep="\n")
        costliest, steepest = (0.0, ""), (0.0, "")
        for rule in [WholeRun(linter)] if args.whole else linter.rules:
            per_kb = cost_per_kb(rule, texts, total, args.budget)
            over = len(per_kb) < len(lengths)
            cells = [f"{cost:.1f}" for cost in per_kb] + ([f"> {args.budget:g} s"] if over else [])
            cells += ["–"] * (len(lengths) - len(cells))
            ratio = per_kb[-1] / max(per_kb[0], 1e-3) if not over else float("inf")
            step, suspect = judged(per_kb, len(lengths), total)
            shown = "stopped | –" if over else f"{ratio:.1f} | {step:.1f}"
            row = f"| {rule.code} {rule.name} | " + " | ".join(cells) + f" | {shown}{' ⚠' if suspect else ''} |"
            if suspect:
                suspects.append(f"{rule.code} ({shape})")
                if args.summary:
                    print(title, *header, sep="\n")
                    title = ""
            if suspect or not args.summary:
                print(row, flush=True)
            if not over:
                costliest = max(costliest, (per_kb[-1], rule.code))
                if per_kb[-1] * total / 1e6 > MIN_SECONDS:
                    steepest = max(steepest, (step, rule.code))
        summary.append(f"| `{shape}` | {costliest[1]} {costliest[0]:.1f} | "
                       + (f"{steepest[1]} {steepest[0]:.1f}" if steepest[1] else "–") + " | "
                       + ", ".join(code for code in suspects if code.endswith(f"({shape})")).replace(f" ({shape})", "")
                       + " |")
        if not args.summary or not title:
            print()
    print(f"#### Every shape\n\n| shape | costliest rule at {lengths[-1]:,} KB (µs/KB) | steepest last step (of the "
          f"rules over {MIN_SECONDS} s) | flagged |\n| --- | --- | --- | --- |", *summary, "", sep="\n")
    print(f"Super-linear (cost per KB over {SUSPECT_STEP:g}× at {lengths[-1]:,} KB what it is at the length before, "
          f"over {MIN_SECONDS} s, or past the budget): {', '.join(suspects) if suspects else 'none'}. "
          f"{time.perf_counter() - started:.0f} s in all.")
    if suspects:
        sys.exit(1)


if __name__ == "__main__":
    main()
