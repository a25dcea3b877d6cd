"""``github``: GitHub Actions workflow commands (annotations on the changed files)."""

from __future__ import annotations

from typing import Sequence

from newslint.diagnostic import Diagnostic, Severity
from newslint.formats import Report, escape_match
from newslint.textutil import LONE_SURROGATE

_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def start(report: Report) -> None:
    pass


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    report.stream.writelines(github_annotation(d) + "\n" for d in diagnostics)


def finish(report: Report) -> None:
    pass


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
    text = LONE_SURROGATE.sub(escape_match, text)
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if is_property else text
