"""``json`` (one array) and ``jsonl`` (one object a line): the schema of ``Diagnostic.to_dict``."""

from __future__ import annotations

import json
from typing import Any, Sequence

from newslint.diagnostic import Diagnostic
from newslint.formats import LONE_SURROGATE, Report


def start(report: Report) -> None:
    pass


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    if report.statistics or not diagnostics:
        return
    if report.format == "jsonl":
        report.stream.writelines(dumps(d.to_dict(), separators=(",", ":")) + "\n" for d in diagnostics)
        return
    # the array, one item at a time, laid out as json.dumps(items, indent=2) lays it out
    lead = "[\n  " if report.tally.count == 0 else ",\n  "
    report.stream.write(lead + ",\n  ".join(dumps(d.to_dict(), indent=2).replace("\n", "\n  ") for d in diagnostics))


def finish(report: Report) -> None:
    if report.statistics:
        items = report.tally.statistics()
        if report.format == "json":
            report.stream.write(dumps(items, indent=2) + "\n")
        else:
            report.stream.writelines(dumps(item, separators=(",", ":")) + "\n" for item in items)
    elif report.format == "json":
        report.stream.write("\n]\n" if report.tally.count else "[]\n")


def dumps(obj: Any, **options: Any) -> str:
    """JSON with readable non-ASCII text; lone surrogates (from JSONL escapes) stay escaped."""
    text = json.dumps(obj, ensure_ascii=False, **options)
    return json.dumps(obj, **options) if LONE_SURROGATE.search(text) else text
