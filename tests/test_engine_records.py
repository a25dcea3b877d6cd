"""``engine.resolve`` of a JSONL record's findings: a record without CRLFs is told its line and columns without a
call per offset (31e); the diagnostics are those ``Document.location`` and ``source_offset`` give."""

from __future__ import annotations

import json

import pytest

from newslint.config import JsonlFields
from newslint.engine import resolve
from newslint.rule import Edit, Finding, Fix, Severity
from newslint.source import jsonl_record


def _record(text: str, number: int = 7):
    return jsonl_record(json.dumps({"id": "r1", "text": text}).encode(), number, "corpus.jsonl", JsonlFields())


def _findings() -> list[Finding]:
    return [
        Finding("NL501", "doubled-word", Severity.WARNING, 4, 11, "repeated word", Fix.replace(7, 11, "")),
        Finding("NL316", "inline-boilerplate", Severity.INFO, 12, 30, "boilerplate",
                Fix((Edit(12, 20, "x"), Edit(22, 30, "")), False, "")),
        Finding("NL002", "empty", Severity.ERROR, 0, 0, "a problem", None, (3, 9)),
        Finding("NL107", "missing-apostrophe", Severity.WARNING, 31, 31, "an empty span"),
    ]


def _by_location(document, finding: Finding) -> tuple:
    """What the general way makes of ``finding``: its place and its fix's edits, by ``Document.location``."""
    if finding.location is not None:
        place = (*finding.location, finding.location[0], finding.location[1] + 1)
    else:
        place = (*document.location(finding.start), *document.location(finding.end))
    edits = None if finding.fix is None else [
        (edit.replacement, *document.location(edit.start), *document.location(edit.end),
         document.source_offset(edit.start), document.source_offset(edit.end)) for edit in finding.fix.edits]
    return place, edits, document.source_offset(finding.start), document.source_offset(finding.end)


@pytest.mark.parametrize("text", ["The cat the the mat and a page's prompt here, then more.",
                                  "The cat\r\nthe the mat\r\nand a page's prompt here, then more."])
def test_a_record_s_diagnostics_are_those_of_its_locations(text: str) -> None:
    document = _record(text)
    assert bool(document.removed_cr) == ("\r" in text)
    diagnostics = resolve(document, _findings(), fingerprints=False)
    assert len(diagnostics) == 4
    for diagnostic, finding in zip(diagnostics, _findings()):
        place, edits, start, end = _by_location(document, finding)
        assert (diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column) == place
        assert (diagnostic.start, diagnostic.end) == (start, end)
        assert (diagnostic.path, diagnostic.field, diagnostic.record_id) == ("corpus.jsonl", "text", "r1")
        assert diagnostic.source_line is None and diagnostic.source_column == 1
        if edits is None:
            assert diagnostic.fix is None
            continue
        assert diagnostic.fix["applicability"] == ("safe" if finding.fix.safe else "unsafe")
        assert diagnostic.fix["message"] == (finding.fix.description or None)
        assert [(e["content"], e["line"], e["column"], e["end_line"], e["end_column"], e["start"], e["end"])
                for e in diagnostic.fix["edits"]] == edits
        assert all(e["line"] == 7 for e in diagnostic.fix["edits"])


def test_a_record_s_columns_count_from_one_on_its_line() -> None:
    diagnostic, = resolve(_record("a b c"), [Finding("NL501", "doubled-word", Severity.WARNING, 2, 3, "m",
                                                     Fix.replace(2, 4, "", description="delete"))], False)
    assert (diagnostic.line, diagnostic.column, diagnostic.end_line, diagnostic.end_column) == (7, 3, 7, 4)
    assert diagnostic.fix == {"applicability": "safe", "message": "delete", "edits": [
        {"content": "", "line": 7, "column": 3, "end_line": 7, "end_column": 5, "start": 2, "end": 4}]}
