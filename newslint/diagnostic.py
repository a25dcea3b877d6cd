"""What a run reports: a severity, and a diagnostic (a finding resolved to a line and column).

Kept free of the rule engine so that the CLI can print cached diagnostics without
importing a single rule (see :mod:`newslint.replay`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, is_dataclass
from functools import partial
from itertools import repeat
from operator import attrgetter
from types import MemberDescriptorType
from typing import Any, Callable

INTERNAL_ERROR = "NL000"  # the code of a rule that crashed on an input


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> "Severity":
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)  # slots: a run may hold hundreds of thousands
class Diagnostic:
    """A finding resolved to its place in the source: what every output format prints."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    fix: dict[str, Any] | None = None
    field: str | None = None  # JSONL: the field the columns count in
    start: int = 0  # 0-based code-point offsets into the linted text as given (a JSONL record: its field's
    end: int = 0  # own characters); line ends as in the source, a UTF-8 BOM not counted
    source_line: str | None = None  # an excerpt of the finding's first line around it, for the 'full' format
    fingerprint: str | None = None  # a hash of the matched text and its context (and record id): baselines, SARIF
    record_id: str | None = None  # a record's id (``[jsonl] id``, else its URL): in the machine formats
    source_column: int = 1  # the column of ``source_line``'s first character

    # the order of a report: path, position, code, end, message (``key=Diagnostic.sort_key``; made in C, as the
    # parent of a streamed run sorts every finding)
    sort_key = attrgetter("path", "line", "column", "code", "end_line", "end_column", "message")

    def to_dict(self) -> dict[str, Any]:
        """The stable machine-readable schema of ``--format json/jsonl``."""
        data = {
            "path": self.path, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "rule": self.code, "name": self.name, "severity": str(self.severity),
            "start": self.start, "end": self.end, "message": self.message, "fix": self.fix,
        }
        if self.field is not None:
            data["field"] = self.field
        if self.record_id is not None:
            data["id"] = self.record_id
        return data


def to_row(d: Diagnostic) -> list:
    """Every field but the path, as a JSON-ready list (the cache's entries, a report's spool)."""
    return [d.line, d.column, d.end_line, d.end_column, d.code, d.name, int(d.severity), d.message, d.fix,
            d.field, d.start, d.end, d.source_line, d.fingerprint, d.record_id, d.source_column]


def from_row(path: str, row: list) -> Diagnostic:
    """The diagnostic of ``path`` that :func:`to_row` gave ``row``; TypeError/ValueError when it is not well-formed."""
    line, column, end_line, end_column, code, name, severity, message, fix, field, start, end, source_line, \
        fingerprint, record_id, source_column = row
    if not all(type(v) is int for v in (line, column, end_line, end_column, start, end, source_column)) \
            or not all(isinstance(v, str) for v in (code, name, message)) \
            or not (fix is None or isinstance(fix, dict)) \
            or not all(v is None or isinstance(v, str) for v in (field, source_line, fingerprint, record_id)):
        raise TypeError("malformed row")
    return Diagnostic(path, line, column, end_line, end_column, code, name, Severity(severity), message, fix,
                      field, start, end, source_line, fingerprint, record_id, source_column)


def _python_slotted(cls: type, descriptors: tuple, *values: Any) -> Any:
    """A new ``cls`` (``object.__new__``) with each of ``descriptors`` (member descriptors of its slots) set to the
    value in the same place (the twin of ``_speedups.slotted``; each ``__set__`` called by ``map``, no bound method)."""
    if len(values) != len(descriptors):
        raise TypeError(f"slotted() expects {len(descriptors)} values, got {len(values)}")
    self = object.__new__(cls)
    any(map(_set_member, descriptors, repeat(self), values))  # each __set__ returns None: any() runs them all
    return self


_set_member = MemberDescriptorType.__set__


def slot_constructor(cls: type = Diagnostic) -> Callable[..., Any]:
    """A function of every field of ``cls`` (a slotted dataclass: :class:`Diagnostic`, a rule's ``Fix`` and ``Edit``;
    or a class with ``__slots__``, each slot a field, in the order of ``__slots__``: ``ocr.gate.OcrDecision``),
    in order, that makes the same instance as ``cls(...)`` in a fraction of the time (``engine.resolve``
    makes a diagnostic per finding: a long page has thousands): the frozen dataclass's ``__init__`` calls
    ``object.__setattr__`` with each field's name, this sets each slot in place (``_speedups.slotted``; without the
    extension, through its descriptor's ``__set__``)."""
    from newslint import native  # not with this module: a run answered from the cache reads diagnostics, no extension

    names = [f.name for f in fields(cls)] if is_dataclass(cls) else cls.__slots__
    descriptors = tuple(cls.__dict__[name] for name in names)
    return partial(native.pick("slotted", _python_slotted), cls, descriptors)
