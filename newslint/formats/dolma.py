"""``dolma``: an attributes file for Dolma's mixer, one line per document of the inputs, in input order.

Each line is ``{"id", "source"?, "attributes": {...}}``; clean documents are
included, so the file lines up line by line with its documents file. Spans are
``[start, end, score]`` in characters of the record's text field (of a text
file's text, without its BOM). Attribute names are ``newslint__newslint_v1__*``:

* ``NL102_glued_words`` (one per rule that found something): the findings' spans, score 1;
* ``findings``: ``[[0, length, count]]``, the document's number of findings;
* ``max_severity``: ``[[0, length, s]]``, 0 clean, 1 info, 2 warning, 3 error;
* ``safe_deletions``: the spans that safe fixes delete (merged), score 1, for a
  mixer ``span_replacement`` that cuts them.

The id is the record's ``[jsonl] id`` field, else ``path:line``; a text file's
is its path. Blank lines of a JSONL file are not documents and get no line.
The inputs are read again for ids and lengths (no dependency on the dolma package).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterator

from newslint.columnar import is_parquet, is_record_file, parquet_lines
from newslint.config import JsonlFields
from newslint.diagnostic import Diagnostic
from newslint.formats import Report
from newslint.formats.json import dumps
from newslint.source import record_id_of

PREFIX = "newslint__newslint_v1__"


def write(report: Report) -> None:
    found: dict[tuple[str, int | None], list[Diagnostic]] = defaultdict(list)
    for d in report.diagnostics:
        found[d.path, d.line if d.field is not None else None].append(d)
    for path in report.files_checked:
        for place, doc_id, source, length in _documents(path, report.fields):
            line: dict[str, Any] = {"id": doc_id}
            if source is not None:
                line["source"] = source
            line["attributes"] = attributes(found.get((path, place), []), length)
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


def _documents(path: str, fields: JsonlFields) -> Iterator[tuple[int | None, str, str | None, int]]:
    """(record line or None, id, source, text length) of each document of one input."""
    if not is_record_file(path):
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        yield None, path, None, len(text[1:] if text.startswith("\ufeff") else text)
        return
    with open(path, "rb") as handle:
        lines = parquet_lines(handle, fields) if is_parquet(path) else handle
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except (ValueError, RecursionError):  # a broken record (its NL001/NL002 finding is in the attributes)
                record = None
            if not isinstance(record, dict):
                yield number, f"{path}:{number}", None, 0
                continue
            text, source = record.get(fields.text), record.get("source")
            yield (number, record_id_of(record, fields.id) or f"{path}:{number}",
                   source if isinstance(source, str) else None, len(text) if isinstance(text, str) else 0)
