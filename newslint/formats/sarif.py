"""``sarif``: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, IDEs)."""

from __future__ import annotations

from typing import Any, Sequence

from newslint import __version__
from newslint.diagnostic import Diagnostic, Severity
from newslint.formats import Report
from newslint.formats.json import dumps

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "newslintContext/v1"  # partialFingerprints: the hash of the matched text and its context
_BASELINED = {"kind": "external", "status": "accepted", "justification": "recorded in the newslint baseline"}


_RESULT_INDENT = "\n        "  # a result's lines in the log as json.dumps(log, indent=2) lays it out


class _Log:
    """What the SARIF log keeps between batches: its two ends and the rule index."""

    def __init__(self, report: Report) -> None:
        rules = list(report.registry)
        self.index = {rule.code: i for i, rule in enumerate(rules)}
        run = {
            "tool": {"driver": {"name": "newslint", "version": __version__, "rules": [_sarif_rule(r) for r in rules]}},
            "columnKind": "unicodeCodePoints",
            "results": [],  # the last key of the log: results are written in its place as they come
        }
        text = dumps({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2)
        self.head, _, self.tail = text.rpartition("[]")
        self.results = 0

    def write(self, report: Report, results: list[dict[str, Any]]) -> None:
        if not results:
            return
        lead = self.head + "[" + _RESULT_INDENT if self.results == 0 else "," + _RESULT_INDENT
        report.stream.write(lead + ("," + _RESULT_INDENT).join(
            dumps(result, indent=2).replace("\n", _RESULT_INDENT) for result in results))
        self.results += len(results)


def start(report: Report) -> None:
    report.state = _Log(report)


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    log = report.state
    log.write(report, [_sarif_result(d, log.index.get(d.code)) for d in diagnostics])


def finish(report: Report) -> None:
    log = report.state
    log.write(report, [{**_sarif_result(d, log.index.get(d.code)), "suppressions": [_BASELINED]}
                       for d in report.suppressed])
    report.stream.write((log.head + "[]" if log.results == 0 else "\n      ]") + log.tail + "\n")


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
    if d.record_id is not None:
        result.setdefault("properties", {})["id"] = d.record_id
    result["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}]
    if d.fingerprint:
        result["partialFingerprints"] = {FINGERPRINT_KEY: d.fingerprint}
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

    # a name that is not UTF-8 (read with surrogate escapes) is percent-encoded byte by byte, as it is on disk
    return url_quote(path.replace("\\", "/").encode("utf-8", "surrogateescape"), safe="/!$&'()*+,;=@~-._")
