"""Report formats: how diagnostics are printed.

``full`` (default) and ``concise`` are for people; ``json``, ``jsonl``, ``sarif``,
``github`` and ``junit`` are for machines. Behaviour worth knowing:

* ``full`` ends with a summary line ("Found 3 findings (1 fixable with --fix).")
  or "All checks passed!", and says how many inputs could not be checked ("No
  findings; 1 error (see stderr)."); ``concise`` prints finding lines only, nothing
  when clean.
* In ``full`` and ``concise``, control and invisible characters (C0/C1 controls,
  format characters such as U+200B or bidi controls, line separators) are shown
  as ``<U+XXXX>`` and tabs as spaces, so that nothing invisible reaches the terminal.
* ``statistics=True`` replaces the findings with a per-rule count (count, code,
  name; most frequent first) in ``full`` and ``concise``, and with statistics
  objects (``rule``, ``name``, ``count``, ``fixable``) in ``json``/``jsonl``.
  ``sarif``, ``github`` and ``junit`` always report the findings: their
  consumers need them, so ``statistics`` does not change them.
* Findings in JSON Lines records count columns in the record's text field, not
  in the JSON line: ``sarif`` and ``github`` therefore give only their line
  (and no SARIF fix, whose columns would be wrong in the file).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence, TextIO

from newslint import __version__
from newslint.diagnostic import Diagnostic, Severity

FORMATS = ("full", "concise", "json", "jsonl", "sarif", "github", "junit")

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

# ``full``: a source excerpt is at most this many terminal cells wide, with up to
# this many cells of context after the span (and before it, when the span is long).
SNIPPET_WIDTH = 100
SNIPPET_CONTEXT = 20

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters XML 1.0 cannot carry, even escaped.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_RESET, _BOLD, _BLUE = "\x1b[0m", "\x1b[1m", "\x1b[34m"
_SEVERITY_COLOR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def write_report(fmt: str, diagnostics: Sequence[Diagnostic], stream: TextIO, *, registry: Iterable,
                 color: bool, files_checked: Sequence[str], statistics: bool = False, errors: int = 0) -> None:
    """Write ``diagnostics`` (sorted) to ``stream`` in format ``fmt`` (one of :data:`FORMATS`).

    ``registry`` yields the rule classes (for SARIF's rule table); ``files_checked``
    are the display paths of every input (JUnit reports clean files too); ``errors``
    counts the inputs that could not be checked (``full``'s summary says so).
    """
    if fmt not in _WRITERS:
        raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})")
    _WRITERS[fmt](_Report(list(diagnostics), stream, registry, color, list(files_checked), statistics, errors))


@dataclass
class _Report:
    """What every writer gets."""

    diagnostics: list[Diagnostic]
    stream: TextIO
    registry: Iterable
    color: bool
    files_checked: list[str]
    statistics: bool
    errors: int = 0

    def paint(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.color else text

    def header(self, d: Diagnostic) -> str:
        """``path:line:col: CODE name message``."""
        code = self.paint(d.code, _SEVERITY_COLOR[d.severity])
        return f"{self.paint(printable(d.path), _BOLD)}:{d.line}:{d.column}: {code} {d.name} {printable(d.message)}"


# --- text formats -------------------------------------------------------------------------------

def _write_full(report: _Report) -> None:
    out = report.stream
    if report.statistics:
        _write_statistics_table(report)
    else:
        bar = report.paint("|", _BLUE)
        for d in report.diagnostics:
            out.write(report.header(d) + "\n")
            gutter = " " * len(str(d.line))
            if d.source_line is not None:
                text, pad, carets = snippet(d)
                out.write(f" {report.paint(str(d.line), _BLUE)} {bar} {text}\n")
                out.write(f" {gutter} {bar} {' ' * pad}{report.paint('^' * carets, _SEVERITY_COLOR[d.severity])}\n")
            if d.fix is not None:
                out.write(f" {gutter} = {_fix_hint(d.fix)}\n")
            out.write("\n")
    out.write(report.paint(summary(report.diagnostics, report.errors), _BOLD) + "\n")


def _write_concise(report: _Report) -> None:
    if report.statistics:
        _write_statistics_table(report)
        return
    report.stream.writelines(report.header(d) + "\n" for d in report.diagnostics)


def _write_statistics_table(report: _Report) -> None:
    rows = rule_statistics(report.diagnostics)
    if not rows:
        return
    count_width = max(len(str(r["count"])) for r in rows)
    code_width = max(len(r["rule"]) for r in rows)
    for row in rows:
        report.stream.write(f"{row['count']:>{count_width}}  {row['rule']:<{code_width}}  {row['name']}\n")


def summary(diagnostics: Sequence[Diagnostic], errors: int = 0) -> str:
    """The closing line of ``full``: how many findings, how many ``--fix`` can repair, and the errors."""
    if not diagnostics and not errors:
        return "All checks passed!"
    safe = sum(1 for d in diagnostics if _applicability(d) == "safe")
    unsafe = sum(1 for d in diagnostics if _applicability(d) == "unsafe")
    noun = "finding" if len(diagnostics) == 1 else "findings"
    notes = []
    if safe:
        notes.append(f"{safe} fixable with --fix")
    if unsafe:
        notes.append(f"{unsafe} more with --fix --unsafe-fixes" if safe else f"{unsafe} fixable with --fix --unsafe-fixes")
    found = f"Found {len(diagnostics)} {noun}" + (f" ({', '.join(notes)})" if notes else "") if diagnostics \
        else "No findings"
    return found + (f"; {errors} {'error' if errors == 1 else 'errors'} (see stderr)." if errors else ".")


def rule_statistics(diagnostics: Iterable[Diagnostic]) -> list[dict[str, Any]]:
    """Per rule: code, name, count and how many have a safe fix; most frequent first."""
    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[tuple[str, str]] = Counter()
    for d in diagnostics:
        counts[d.code, d.name] += 1
        fixable[d.code, d.name] += _applicability(d) == "safe"
    return [{"rule": code, "name": name, "count": n, "fixable": fixable[code, name]}
            for (code, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _applicability(d: Diagnostic) -> str | None:
    return d.fix["applicability"] if d.fix else None


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


def printable(text: str) -> str:
    """``text`` safe for a terminal line: controls and invisible characters as ``<U+XXXX>``."""
    if text.isprintable():
        return text
    return "".join(_cell(ch)[0] for ch in text)


def snippet(d: Diagnostic) -> tuple[str, int, int]:
    """The excerpt of ``d.source_line`` to show, the caret indent and the caret count (in cells).

    The span is the finding's part of its first line (one caret for an empty
    span). Long lines are cut to :data:`SNIPPET_WIDTH` cells around the span,
    with ``…`` where text was left out.
    """
    line = d.source_line or ""
    start = min(d.column - 1, len(line))
    end = d.end_column - 1 if d.end_line == d.line else len(line)
    end = max(start, min(end, len(line)))
    span_stop, span = _advance(line, start, end, SNIPPET_WIDTH - SNIPPET_CONTEXT)
    stop, after = span_stop, 0
    if span_stop == end:
        stop, after = _advance(line, end, len(line), SNIPPET_CONTEXT)
    first, before = _retreat(line, start, SNIPPET_WIDTH - span - after)
    if span_stop == end:  # room left after going back to the line's start: more text after the span
        stop = _advance(line, stop, len(line), SNIPPET_WIDTH - span - after - before)[0]
    lead = "…" if first > 0 else ""
    return lead + printable(line[first:stop]) + ("…" if stop < len(line) else ""), len(lead) + before, max(1, span)


def _advance(line: str, i: int, stop: int, budget: int) -> tuple[int, int]:
    """Walk forward from ``i`` towards ``stop`` while the cells fit in ``budget``: (index, cells)."""
    used = 0
    while i < stop:
        cells = _cell(line[i])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i + 1
    return i, used


def _retreat(line: str, i: int, budget: int) -> tuple[int, int]:
    """Walk back from ``i`` towards the line's start while the cells fit in ``budget``: (index, cells)."""
    used = 0
    while i > 0:
        cells = _cell(line[i - 1])[1]
        if used + cells > budget:
            break
        used, i = used + cells, i - 1
    return i, used


# --- JSON formats -------------------------------------------------------------------------------

def _dumps(obj: Any, **options: Any) -> str:
    """JSON with readable non-ASCII text; lone surrogates (from JSONL escapes) stay escaped."""
    text = json.dumps(obj, ensure_ascii=False, **options)
    return json.dumps(obj, **options) if _LONE_SURROGATE.search(text) else text


def _write_json(report: _Report) -> None:
    items = rule_statistics(report.diagnostics) if report.statistics else [d.to_dict() for d in report.diagnostics]
    report.stream.write(_dumps(items, indent=2) + "\n")


def _write_jsonl(report: _Report) -> None:
    items = rule_statistics(report.diagnostics) if report.statistics else (d.to_dict() for d in report.diagnostics)
    report.stream.writelines(_dumps(item, separators=(",", ":")) + "\n" for item in items)


# --- SARIF --------------------------------------------------------------------------------------

def _write_sarif(report: _Report) -> None:
    rules = list(report.registry)
    index = {rule.code: i for i, rule in enumerate(rules)}
    run = {
        "tool": {"driver": {"name": "newslint", "version": __version__, "rules": [_sarif_rule(r) for r in rules]}},
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(d, index.get(d.code)) for d in report.diagnostics],
    }
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    report.stream.write(_dumps(log, indent=2) + "\n")


def _sarif_rule(rule: type) -> dict[str, Any]:
    summary_text = rule.summary
    full = "\n\n".join(part for part in (summary_text, rule.explanation) if part)
    examples_text = "".join(f"\n\n{label}: {example}" for label, example in (("Bad", rule.bad), ("Good", rule.good))
                            if example)
    examples_md = "".join(f"\n\n{label}:\n\n```text\n{example}\n```" for label, example
                          in (("Bad", rule.bad), ("Good", rule.good)) if example)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary_text},
        "fullDescription": {"text": full},
        "help": {"text": full + examples_text, "markdown": full + examples_md},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
    }


def _sarif_result(d: Diagnostic, rule_index: int | None) -> dict[str, Any]:
    uri = _uri(d.path)
    result: dict[str, Any] = {"ruleId": d.code}
    if rule_index is not None:
        result["ruleIndex"] = rule_index
    result["level"] = _SARIF_LEVEL[d.severity]
    result["message"] = {"text": d.message}
    if d.field is not None:  # a JSONL record: columns count in the field, not in the file's line
        region = {"startLine": d.line, "endLine": d.end_line}
        result["properties"] = {"field": d.field, "column": d.column, "endColumn": d.end_column}
    else:
        region = _region(d.line, d.column, d.end_line, d.end_column)
    result["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}]
    if d.fix is not None and d.field is None:
        fix: dict[str, Any] = {
            "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [
                {"deletedRegion": _region(e["line"], e["column"], e["end_line"], e["end_column"]),
                 "insertedContent": {"text": e["content"]}} for e in d.fix["edits"]]}],
            "properties": {"applicability": d.fix["applicability"]},
        }
        if d.fix.get("message"):
            fix["description"] = {"text": d.fix["message"]}
        result["fixes"] = [fix]
    return result


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _uri(path: str) -> str:
    """A relative URI reference for a display path (``/`` separators, percent-encoded)."""
    from urllib.parse import quote as url_quote  # here, not at the top: the other formats start faster

    return url_quote(path.replace("\\", "/"), safe="/!$&'()*+,;=@~-._")


# --- GitHub Actions -----------------------------------------------------------------------------

def _write_github(report: _Report) -> None:
    report.stream.writelines(github_annotation(d) + "\n" for d in report.diagnostics)


def github_annotation(d: Diagnostic) -> str:
    """One workflow command, e.g. ``::warning file=a.txt,line=3,col=9,endLine=3,endColumn=27,title=NL102 glued-words::…``.

    Columns are given only for a span on one line (GitHub ignores them otherwise)
    in a text file (in a JSONL record they count in the field, so they go in the message).
    """
    props = [("file", d.path), ("line", d.line)]
    message = d.message
    if d.field is not None:
        message = f"{message} (field {d.field!r}, column {d.column})"
    elif d.end_line == d.line:
        props += [("col", d.column), ("endLine", d.end_line), ("endColumn", d.end_column)]
    else:
        props.append(("endLine", d.end_line))
    props.append(("title", f"{d.code} {d.name}"))
    fields = ",".join(f"{key}={_github_escape(str(value), True)}" for key, value in props)
    return f"::{_GITHUB_COMMAND[d.severity]} {fields}::{_github_escape(message, False)}"


def _github_escape(text: str, is_property: bool) -> str:
    text = _LONE_SURROGATE.sub(_escape_match, text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text


# --- JUnit XML ----------------------------------------------------------------------------------

def _write_junit(report: _Report) -> None:
    from xml.etree import ElementTree as ET  # here, not at the top: the other formats start faster

    by_path: dict[str, list[Diagnostic]] = {path: [] for path in report.files_checked}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    failed = sum(1 for found in by_path.values() if found)
    counts = {"tests": str(len(by_path)), "failures": str(failed), "errors": "0"}
    root = ET.Element("testsuites", name="newslint", **counts)
    suite = ET.SubElement(root, "testsuite", name="newslint", skipped="0", **counts)
    for path, found in by_path.items():
        case = ET.SubElement(suite, "testcase", name=_xml_text(path), classname="newslint", file=_xml_text(path))
        for d in found:
            failure = ET.SubElement(case, "failure", type=d.code,
                                    message=_xml_text(f"{d.code} {d.name}: {d.message}"))
            failure.text = _xml_text(f"{d.path}:{d.line}:{d.column}: {d.code} {d.name} {d.message}")
    ET.indent(root)
    report.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


def _xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids shown as ``<U+XXXX>``."""
    return _XML_FORBIDDEN.sub(_escape_match, text)


def _escape_match(match: re.Match) -> str:
    return f"<U+{ord(match.group()):04X}>"


_WRITERS: dict[str, Callable[[_Report], None]] = {
    "full": _write_full, "concise": _write_concise, "json": _write_json, "jsonl": _write_jsonl,
    "sarif": _write_sarif, "github": _write_github, "junit": _write_junit,
}
