"""``json`` (one array) and ``jsonl`` (one object a line): the schema of ``Diagnostic.to_dict``."""

from __future__ import annotations

import json
from json.encoder import encode_basestring, encode_basestring_ascii  # the C versions where built
from typing import Any, Callable, Sequence

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


def dumps(obj: Any, *, indent: int | None = None, separators: tuple[str, str] | None = None) -> str:
    """``json.dumps(obj, indent=…, separators=…)`` with readable non-ASCII text; lone surrogates (from JSONL
    escapes) stay escaped. Laid out with ``indent`` it is built here from the C encoder's strings: ``json``
    lays out an indented document in Python, at three times the cost of a compact one."""
    text = _dumps(obj, indent, separators, False)
    return _dumps(obj, indent, separators, True) if LONE_SURROGATE.search(text) else text


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
