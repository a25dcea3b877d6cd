"""``labelstudio``: Label Studio tasks with the findings as pre-annotations, to check them by hand.

One JSON array; a task per document with findings: ``data`` holds the text
(as given, so that the offsets hold), the path and, for a JSON Lines record, its
line, and ``predictions`` one prediction whose ``result`` has a ``labels`` region
per finding: ``start``/``end`` in code points (newslint's own offsets, which is
what Label Studio counts), the matched ``text``, the rule code as the label and
the message in ``meta``. A finding with an empty span covers the character
after it, since Label Studio has no empty regions. Use a labeling config such as::

    <View>
      <Labels name="label" toName="text"> <Label value="NL102"/> … </Labels>
      <Text name="text" value="$text"/>
    </View>

Without the checked documents (``Report.documents``) there is no text to label
and the array is empty.
"""

from __future__ import annotations

from typing import Any

from newslint import __version__
from newslint.diagnostic import Diagnostic, from_row, to_row
from newslint.formats import Report, document_text
from newslint.formats.json import dumps
from newslint.formats.spool import FindingsByDocument, keeping_findings

FROM_NAME, TO_NAME = "label", "text"  # the <Labels> and <Text> names of the labeling config


start, add = keeping_findings(to_row, from_row)  # each document's findings kept aside until the end


def finish(report: Report) -> None:
    """The tasks one by one (a large corpus's text is never held whole)."""
    findings: FindingsByDocument[Diagnostic] = report.state
    separator = "\n"
    report.stream.write("[")
    for document in report.documents() if report.documents is not None else ():
        found = findings.of(document.path, document.record_line)
        if found:
            task = _task(document_text(document), document.path, document.record_line, found)
            report.stream.write(separator + _indented(dumps(task, indent=2)))
            separator = ",\n"
    report.stream.write("\n]\n" if separator != "\n" else "]\n")
    findings.close()


def _indented(text: str) -> str:
    return "  " + text.replace("\n", "\n  ")


def _task(text: str, path: str, record: int | None, found: list[Diagnostic]) -> dict[str, Any]:
    data: dict[str, Any] = {"text": text, "path": path}
    if record is not None:
        data["record"] = record
    results = [_region(text, d, number) for number, d in enumerate(found, 1)]
    return {"data": data, "predictions": [{"model_version": f"newslint {__version__}",
                                           "result": [r for r in results if r is not None]}]}


def _region(text: str, d: Diagnostic, number: int) -> dict[str, Any] | None:
    start, end = d.start, d.end
    if end <= start:
        end = start + 1
    if end > len(text):
        return None
    return {"id": f"nl{number}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [d.code]},
            "meta": {"text": f"{d.code} {d.name}: {d.message}"}}
