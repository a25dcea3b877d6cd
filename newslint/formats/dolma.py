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
``Report.documents`` (read again, as ``html`` reads them); no dependency on the
dolma package.
"""

from __future__ import annotations

from typing import Any

from newslint.diagnostic import Diagnostic
from newslint.formats import Report, diagnostics_by_document, document_key, document_text
from newslint.formats.json import dumps

PREFIX = "newslint__newslint_v1__"


def write(report: Report) -> None:
    found = diagnostics_by_document(report.diagnostics)
    for document in report.documents() if report.documents else ():
        doc_id = document.record_id or (f"{document.path}:{document.record_line}" if document.is_record
                                        else document.path)
        diagnostics = found.get(document_key(document.path, document.record_line), [])
        line: dict[str, Any] = {"id": doc_id, "attributes": attributes(diagnostics, len(document_text(document)))}
        report.stream.write(dumps(line, separators=(",", ":")) + "\n")


def attributes(diagnostics: list[Diagnostic], length: int) -> dict[str, list[list[float]]]:
    """The Dolma attributes of one document of ``length`` characters with these findings."""
    out: dict[str, list[list[float]]] = {
        f"{PREFIX}findings": [[0, length, len(diagnostics)]],
        f"{PREFIX}max_severity": [[0, length, max((int(d.severity) for d in diagnostics), default=0)]],
        f"{PREFIX}safe_deletions": _merged([[e["start"], e["end"], 1.0] for d in diagnostics
                                            if d.fix and d.fix["applicability"] == "safe"
                                            for e in d.fix["edits"] if not e["content"] and e["end"] > e["start"]]),
    }
    for d in diagnostics:
        out.setdefault(f"{PREFIX}{d.code}_{d.name.replace('-', '_')}", []).append([d.start, d.end, 1.0])
    return out


def _merged(spans: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for span in sorted(spans):
        if out and span[0] <= out[-1][1]:
            out[-1][1] = max(out[-1][1], span[1])
        else:
            out.append(span)
    return out
