"""``dolma``: an attributes file for Dolma's mixer, one line per document of the inputs, in input order.

Each line is ``{"id", "attributes": {...}}``; clean documents are
included, so the file lines up line by line with its documents file. Spans are
``[start, end, score]`` in characters of the record's text field (of a text
file's text, without its BOM). Attribute names are ``newslint__newslint_v1__*``:

* ``NL102_glued_words`` (one per rule that found something): the findings' spans, score 1;
* ``findings``: ``[[0, length, count]]``, the document's number of findings;
* ``max_severity``: ``[[0, length, s]]``, 0 clean, 1 info, 2 warning, 3 error;
* ``safe_deletions``: the spans that safe fixes delete (merged), score 1, for a
  mixer ``span_replacement`` that cuts them.

The id is the record's ``[jsonl] id`` field (else its URL, else ``path:line``);
a text file's is its path. Blank lines of a JSONL file are not documents and
get no line (nor does a record whose text is empty). The documents come from
``Report.documents`` (read again, as ``html`` reads them) at the end of the run;
until then each document's findings wait in a :class:`~newslint.formats.spool.FindingsByDocument`,
not in memory. No dependency on the dolma package.
"""

from __future__ import annotations

from typing import Any

from newslint.diagnostic import Diagnostic
from newslint.formats import Report, document_text
from newslint.formats.json import dumps
from newslint.formats.spool import FindingsByDocument, keeping_findings

PREFIX = "newslint__newslint_v1__"

# What a line needs of one finding: severity, code, name, start, end, the spans its safe fix deletes.
KeptFinding = tuple[int, str, str, int, int, list[list[int]]]


def finish(report: Report) -> None:
    findings: FindingsByDocument[KeptFinding] = report.state
    for document in report.documents() if report.documents else ():
        doc_id = document.record_id or (f"{document.path}:{document.record_line}" if document.is_record
                                        else document.path)
        found = findings.of(document.path, document.record_line)
        line: dict[str, Any] = {"id": doc_id, "attributes": attributes(found, len(document_text(document)))}
        report.stream.write(dumps(line, separators=(",", ":")) + "\n")
    findings.close()


def attributes(findings: list[KeptFinding], length: int) -> dict[str, list[list[float]]]:
    """The Dolma attributes of one document of ``length`` characters with these findings."""
    out: dict[str, list[list[float]]] = {
        f"{PREFIX}findings": [[0, length, len(findings)]],
        f"{PREFIX}max_severity": [[0, length, max((f[0] for f in findings), default=0)]],
        f"{PREFIX}safe_deletions": _merged([[start, end, 1.0] for f in findings for start, end in f[5]]),
    }
    for severity, code, name, start, end, _ in findings:
        out.setdefault(f"{PREFIX}{code}_{name.replace('-', '_')}", []).append([start, end, 1.0])
    return out


def _finding(d: Diagnostic) -> KeptFinding:
    deletions = [[e["start"], e["end"]] for e in d.fix["edits"] if not e["content"] and e["end"] > e["start"]] \
        if d.fix and d.fix["applicability"] == "safe" else []
    return int(d.severity), d.code, d.name, d.start, d.end, deletions


def _restored(path: str, kept: list) -> KeptFinding:
    return tuple(kept)


start, add = keeping_findings(_finding, _restored)  # each document's findings kept aside until the end


def _merged(spans: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for span in sorted(spans):
        if out and span[0] <= out[-1][1]:
            out[-1][1] = max(out[-1][1], span[1])
        else:
            out.append(span)
    return out
