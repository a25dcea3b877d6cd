"""``json`` (one array) and ``jsonl`` (one object a line): the schema of ``Diagnostic.to_dict``."""

from __future__ import annotations

import json
from typing import Any

from newslint.formats import LONE_SURROGATE, Report, rule_statistics


def write(report: Report) -> None:
    if report.statistics:
        items = rule_statistics(report.diagnostics)
    else:
        items = [d.to_dict() for d in report.diagnostics]
    if report.format == "json":
        report.stream.write(dumps(items, indent=2) + "\n")
    else:
        report.stream.writelines(dumps(item, separators=(",", ":")) + "\n" for item in items)


def dumps(obj: Any, **options: Any) -> str:
    """JSON with readable non-ASCII text; lone surrogates (from JSONL escapes) stay escaped."""
    text = json.dumps(obj, ensure_ascii=False, **options)
    return json.dumps(obj, **options) if LONE_SURROGATE.search(text) else text
