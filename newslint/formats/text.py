"""``full`` and ``concise``: findings for people, with source excerpts and a summary line."""

from __future__ import annotations

import unicodedata
from itertools import groupby
from typing import Any, Sequence

from newslint import native, regexcache
from newslint.diagnostic import Diagnostic
from newslint.formats import BOLD, SEVERITY_COLOR, Report, Tally

# ``full``: a source excerpt is at most this many terminal cells wide, with up to
# this many cells of context after the span (and before it, when the span is long).
SNIPPET_WIDTH = 100
SNIPPET_CONTEXT = 20

_BLUE = "\x1b[34m"
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_ONE_CELL_EACH = regexcache.compile("[ -~]*")  # printable ASCII: shown as itself, one cell a character


def start(report: Report) -> None:
    pass


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    if report.statistics:
        return
    if report.format == "concise":  # in runs of ASCII lines and others (34c): a text stream copies an ASCII str's
        write = report.stream.write  # bytes, and encodes one beyond ASCII a character at a time, all of it
        for _, lines in groupby(concise_lines(report, diagnostics), str.isascii):
            write("".join(lines))
    else:
        _write_full(report, diagnostics)


def finish(report: Report) -> None:
    if report.statistics:
        _write_statistics_table(report)
    if report.format == "full":
        report.stream.write(report.paint(summary(report.tally, report.errors), BOLD) + "\n")


def header(report: Report, d: Diagnostic) -> str:
    """``path:line:col: CODE name message``."""
    code = report.paint(d.code, SEVERITY_COLOR[d.severity])
    return f"{report.paint(printable(d.path), BOLD)}:{d.line}:{d.column}: {code} {d.name} {printable(d.message)}"


def concise_lines(report: Report, diagnostics: Sequence[Diagnostic]) -> list[str]:
    """The ``concise`` report's lines of ``diagnostics`` (:func:`header`'s, each with its line feed); without colour
    made in one comprehension, each path made printable once, not by two ``paint`` and two ``printable`` calls a
    finding (the parent of a large run writes every finding)."""
    if report.color:
        return [header(report, d) + "\n" for d in diagnostics]
    shown = {path: printable(path) for path in {d.path for d in diagnostics}}
    is_printable = _is_printable
    return [f"{shown[d.path]}:{d.line}:{d.column}: {d.code} {d.name} "
            f"{d.message if is_printable(d.message) else printable(d.message)}\n" for d in diagnostics]


def _write_full(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    out = report.stream
    bar = report.paint("|", _BLUE)
    for d in diagnostics:
        out.write(header(report, d) + "\n")
        gutter = " " * len(str(d.line))
        if d.source_line is not None:
            text, pad, carets = snippet(d)
            out.write(f" {report.paint(str(d.line), _BLUE)} {bar} {text}\n")
            out.write(f" {gutter} {bar} {' ' * pad}{report.paint('^' * carets, SEVERITY_COLOR[d.severity])}\n")
        if d.fix is not None:
            out.write(f" {gutter} = {_fix_hint(d.fix)}\n")
        out.write("\n")


def _write_statistics_table(report: Report) -> None:
    rows = report.tally.statistics()
    if not rows:
        return
    count_width = max(len(str(r["count"])) for r in rows)
    code_width = max(len(r["rule"]) for r in rows)
    for row in rows:
        report.stream.write(f"{row['count']:>{count_width}}  {row['rule']:<{code_width}}  {row['name']}\n")


def summary(found: Tally | Sequence[Diagnostic], errors: int = 0) -> str:
    """The closing line of ``full``: how many findings, how many ``--fix`` can repair, and the errors."""
    tally = found if isinstance(found, Tally) else Tally.of(found)
    if not tally.count and not errors:
        return "All checks passed!"
    safe, unsafe = tally.safe, tally.unsafe
    noun = "finding" if tally.count == 1 else "findings"
    notes = []
    if safe:
        notes.append(f"{safe} fixable with --fix")
    if unsafe:
        notes.append(f"{unsafe} more with --fix --unsafe-fixes" if safe else f"{unsafe} fixable with --fix --unsafe-fixes")
    found = f"Found {tally.count} {noun}" + (f" ({', '.join(notes)})" if notes else "") if tally.count \
        else "No findings"
    return found + (f"; {errors} {'error' if errors == 1 else 'errors'} (see stderr)." if errors else ".")


def _fix_hint(fix: dict[str, Any]) -> str:
    kind = "fix" if fix["applicability"] == "safe" else "unsafe fix (--unsafe-fixes)"
    return f"{kind}: {printable(fix['message'])}" if fix.get("message") else f"{kind} available"


def _cell(ch: str) -> tuple[str, int]:
    """How one character is shown in a terminal, and how many cells it takes."""
    if " " <= ch <= "~":
        return ch, 1
    if ch == "\t":
        return " ", 1
    category = unicodedata.category(ch)
    if category in _ESCAPED_CATEGORIES:
        shown = f"<U+{ord(ch):04X}>"
        return shown, len(shown)
    if category in ("Mn", "Me"):
        return ch, 0
    return ch, 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# str.isprintable, an ASCII str read eight bytes at a time where compiled (a finding's message: a look-up per
# character cost 7 M instructions of the concise report of the BBC + scraped mix, 31e)
_is_printable = native.pick("is_printable", str.isprintable)


def printable(text: str) -> str:
    """``text`` safe for a terminal line: controls and invisible characters as ``<U+XXXX>``."""
    if _is_printable(text):
        return text
    return "".join(_cell(ch)[0] for ch in text)


def snippet(d: Diagnostic) -> tuple[str, int, int]:
    """The excerpt of ``d.source_line`` to show, the caret indent and the caret count (in cells).

    The span is the finding's part of its first line (one caret for an empty
    span). Long lines are cut to :data:`SNIPPET_WIDTH` cells around the span,
    with ``…`` where text was left out.
    """
    line = d.source_line or ""  # an excerpt of the line, from column d.source_column
    start = min(d.column - d.source_column, len(line))
    end = d.end_column - d.source_column if d.end_line == d.line else len(line)
    end = max(start, min(end, len(line)))
    span_stop, span = _advance(line, start, end, SNIPPET_WIDTH - SNIPPET_CONTEXT)
    stop, after = span_stop, 0
    if span_stop == end:
        stop, after = _advance(line, end, len(line), SNIPPET_CONTEXT)
    first, before = _retreat(line, start, SNIPPET_WIDTH - span - after)
    if span_stop == end:  # room left after going back to the line's start: more text after the span
        stop = _advance(line, stop, len(line), SNIPPET_WIDTH - span - after - before)[0]
    lead = "…" if first > 0 or d.source_column > 1 else ""
    return lead + printable(line[first:stop]) + ("…" if stop < len(line) else ""), len(lead) + before, max(1, span)


def _advance(line: str, i: int, stop: int, budget: int) -> tuple[int, int]:
    """Walk forward from ``i`` towards ``stop`` while the cells fit in ``budget``: (index, cells)."""
    used, reach = 0, min(stop, i + budget)
    if reach > i:  # first the run of plain ASCII within the budget, a cell per character (most lines: all of it)
        plain = _ONE_CELL_EACH.match(line, i, reach).end()
        used, i = plain - i, plain
    while i < stop:
        cells = _cell(line[i])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i + 1
    return i, used


def _retreat(line: str, i: int, budget: int) -> tuple[int, int]:
    """Walk back from ``i`` towards the line's start while the cells fit in ``budget``: (index, cells)."""
    used = _ONE_CELL_EACH.match(line[max(0, i - budget):i][::-1]).end() if budget > 0 else 0
    i -= used
    while i > 0:
        cells = _cell(line[i - 1])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i - 1
    return i, used
