"""``json`` (one array) and ``jsonl`` (one object a line): the schema of ``Diagnostic.to_dict``."""

from __future__ import annotations

import json
from json.encoder import encode_basestring, encode_basestring_ascii  # the C versions where built
from typing import Any, Callable, NamedTuple, Sequence

from newslint.diagnostic import Diagnostic, Severity
from newslint.formats import Report
from newslint.textutil import first_surrogate


def start(report: Report) -> None:
    pass


def add(report: Report, diagnostics: Sequence[Diagnostic]) -> None:
    if report.statistics or not diagnostics:
        return
    if report.format == "jsonl":
        report.stream.write("".join(map(jsonl_line, diagnostics)))
        return
    # the array, one item at a time, laid out as json.dumps(items, indent=2) lays it out
    lead = "[\n  " if report.tally.count == 0 else ",\n  "
    report.stream.write(lead + ",\n  ".join(map(array_item, diagnostics)))


def finish(report: Report) -> None:
    if report.statistics:
        items = report.tally.statistics()
        if report.format == "json":
            report.stream.write(dumps(items, indent=2) + "\n")
        else:
            report.stream.writelines(dumps(item, separators=(",", ":")) + "\n" for item in items)
    elif report.format == "json":
        report.stream.write("\n]\n" if report.tally.count else "[]\n")


def array_item(d: Diagnostic) -> str:
    """``dumps(d.to_dict(), indent=2)`` as an item of the ``json`` report's array (each line two spaces further in),
    laid out from the diagnostic's fields in one format string: walking ``to_dict``'s dict value by value in
    Python cost about 190 k instructions a finding."""
    try:
        text = _item(d, encode_basestring, _ARRAY_ITEM)
        return _item(d, encode_basestring_ascii, _ARRAY_ITEM) if first_surrogate(text) else text
    except _Unusual:
        return dumps(d.to_dict(), indent=2).replace("\n", "\n  ")


def jsonl_line(d: Diagnostic) -> str:
    """``dumps(d.to_dict(), separators=(",", ":"))`` and a line feed: a line of the ``jsonl`` report, laid out as
    :func:`array_item` lays out an item (``json``'s encoder, made anew for each call, cost about 50 k instructions
    a finding)."""
    try:
        text = _item(d, encode_basestring, _COMPACT)
        return (_item(d, encode_basestring_ascii, _COMPACT) if first_surrogate(text) else text) + "\n"
    except _Unusual:
        return dumps(d.to_dict(), separators=(",", ":")) + "\n"


class _Layout(NamedTuple):
    """Where a diagnostic's keys start, what follows a key, how its object ends, and the fix's layout."""

    key: str
    colon: str
    close: str
    fix: Callable[[dict, Callable[[str], str]], str]


_ARRAY_ITEM = _Layout("\n    ", ": ", "\n  }", lambda fix, string: _indented(fix, "\n    ", "  ", string))
_COMPACT = _Layout("", ":", "}", lambda fix, string: _compact(fix, string is encode_basestring_ascii))
_SEVERITY = {severity: encode_basestring(str(severity)) for severity in Severity}


def _item(d: Diagnostic, string: Callable[[str], str], layout: _Layout) -> str:
    """The JSON object of ``d.to_dict()`` laid out by ``layout``, with ``string`` as the encoder of strings."""
    fix = "null" if d.fix is None else layout.fix(d.fix, string)
    key, colon = layout.key, layout.colon
    text = (f'{{{key}"path"{colon}{string(d.path)},{key}"line"{colon}{d.line:d},{key}"column"{colon}{d.column:d},'
            f'{key}"end_line"{colon}{d.end_line:d},{key}"end_column"{colon}{d.end_column:d},'
            f'{key}"rule"{colon}{string(d.code)},{key}"name"{colon}{string(d.name)},'
            f'{key}"severity"{colon}{_SEVERITY[d.severity]},{key}"start"{colon}{d.start:d},'
            f'{key}"end"{colon}{d.end:d},{key}"message"{colon}{string(d.message)},{key}"fix"{colon}{fix}')
    if d.field is not None:
        text += f',{key}"field"{colon}{string(d.field)}'
    if d.record_id is not None:
        text += f',{key}"id"{colon}{string(d.record_id)}'
    return text + layout.close


def _compact(value: Any, ascii_only: bool) -> str:
    """``value`` as compact JSON (``separators=(",", ":")``)."""
    return _dumps(value, None, (",", ":"), ascii_only)


def dumps(obj: Any, *, indent: int | None = None, separators: tuple[str, str] | None = None) -> str:
    """``json.dumps(obj, indent=…, separators=…)`` with readable non-ASCII text; lone surrogates (from JSONL
    escapes) stay escaped. Laid out with ``indent`` it is built here from the C encoder's strings: ``json``
    lays out an indented document in Python, at three times the cost of a compact one."""
    text = _dumps(obj, indent, separators, False)
    return _dumps(obj, indent, separators, True) if first_surrogate(text) else text


def _dumps(obj: Any, indent: int | None, separators: tuple[str, str] | None, ascii_only: bool) -> str:
    if indent is not None and separators is None:
        try:
            return _indented(obj, "\n", " " * indent, encode_basestring_ascii if ascii_only else encode_basestring)
        except _Unusual:
            pass
    key = (indent, separators, ascii_only)
    encoder = _ENCODERS.get(key)
    if encoder is None:
        encoder = _ENCODERS[key] = json.JSONEncoder(ensure_ascii=ascii_only, indent=indent, separators=separators)
    return encoder.encode(obj)


_ENCODERS: dict[tuple, json.JSONEncoder] = {}


class _Unusual(Exception):
    """A value :func:`_indented` leaves to ``json`` (a key that is not a string, a type JSON has no form for)."""


def _indented(obj: Any, newline: str, step: str, string: Callable[[str], str]) -> str:
    """``obj`` laid out exactly as ``json.dumps(obj, indent=len(step))`` lays it out."""
    if isinstance(obj, str):
        return string(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        return _float(obj)
    inner = newline + step
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        if not all(isinstance(k, str) for k in obj):
            raise _Unusual
        return ("{" + inner + ("," + inner).join(string(k) + ": " + _indented(v, inner, step, string)
                                                 for k, v in obj.items()) + newline + "}")
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + inner + ("," + inner).join(_indented(v, inner, step, string) for v in obj) + newline + "]"
    raise _Unusual


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
