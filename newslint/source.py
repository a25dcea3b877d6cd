"""Reading inputs into documents: text files, JSON Lines corpora and stdin.

A :class:`Document` is one unit of text to lint (a file, or one field of one JSONL
record) with everything needed to map offsets back to the source and to write
fixes back without changing anything else: BOM, line ends, the other records.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from newslint import native, regexcache, textutil
from newslint.config import JsonlFields
from newslint.fixes import merged_edits
from newslint.rule import Edit, remember_utf8
from newslint.textutil import first_surrogate, utf8_or_surrogate

# Input problems are findings of these rules (defined in newslint.rules.input).
INVALID_UTF8 = "NL001"
MALFORMED_RECORD = "NL002"
BINARY_FILE = "NL003"
FILE_TOO_LARGE = "NL004"

_BOM = "\ufeff"
_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))
_ESCAPED_BYTE = regexcache.compile("[\udc80-\udcff]")  # an undecodable byte, under errors="surrogateescape"


@dataclass
class InputProblem:
    """A problem with the input itself, reported as a finding of an input rule."""

    code: str
    message: str
    line: int = 1
    column: int = 1


@dataclass
class Document:
    """One text to lint, with how to map it back to its source.

    ``text`` has ``\\n`` line ends. ``removed_cr`` lists the offsets in ``text``
    of line feeds that were ``\\r\\n`` in the source, so that fixes are written
    back with the source's own line ends.
    """

    path: str
    text: str
    has_header: bool = True
    meta: dict[str, str] = field(default_factory=dict)
    record_line: int | None = None  # JSONL: the record's 1-based line number
    text_field: str | None = None  # JSONL: the field holding the text
    bom: bool = False
    removed_cr: list[int] = field(default_factory=list)
    original: str | None = None  # the decoded source, when its line ends were not all "\n"
    problems: list[InputProblem] = field(default_factory=list)
    record_id: str | None = None  # JSONL: the record's id field (else its URL), which baselines key on
    ignore: tuple[str, ...] = ()  # JSONL: rules the record's ignore field turns off (codes, prefixes, names)
    blank_line: bool = False  # JSONL: an empty line, which is no record (a record may have an empty text)

    @property
    def is_record(self) -> bool:
        return self.record_line is not None

    def location(self, offset: int, starts: list[int] | None = None) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; columns count code points (a record's: of its field as given)."""
        if self.record_line is not None:
            return self.record_line, self.source_offset(offset) + 1
        starts = starts if starts is not None else textutil.line_starts(self.text)
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def source_offset(self, offset: int) -> int:
        """The offset in the decoded source (CRLF line ends, no BOM) of ``offset`` in ``text``."""
        return offset + bisect.bisect_left(self.removed_cr, offset)

    def fixed_source(self, edits: Iterable[Edit]) -> str:
        """The source text, BOM and line ends kept, with ``edits`` (as chosen by select_fixes) applied."""
        source = self.original if self.original is not None else self.text
        newline = "\r\n" if self.removed_cr else "\n"
        parts, prev = [], 0
        for edit in merged_edits(edits):
            start, end = self.source_offset(edit.start), self.source_offset(edit.end)
            parts.append(source[prev:start])
            parts.append(edit.replacement.replace("\n", newline))
            prev = end
        parts.append(source[prev:])
        return (_BOM if self.bom else "") + "".join(parts)


def string_document(path: str, text: str, *, has_header: bool, meta: dict[str, str] | None = None,
                    record_id: str | None = None) -> Document:
    """A document of a text given as a Python string: newlines normalised as a file's are; a lone surrogate, which
    no UTF-8 input holds, is an input problem (NL001), as it is in a JSONL record's text field."""
    normalised, removed = normalise_newlines(text)
    document = Document(path, normalised, has_header=has_header, meta=dict(meta or {}), removed_cr=removed,
                        original=text if normalised != text else None, record_id=record_id)
    surrogate = first_surrogate(text)
    if surrogate:
        document.problems.append(InputProblem(
            INVALID_UTF8, f"the text has an unpaired surrogate \\u{ord(surrogate.group()):04x} "
                          f"at character {surrogate.start() + 1}"))
    return document


def normalise_newlines(text: str) -> tuple[str, list[int]]:
    """Turn CRLF and lone CR into LF; return the text and where CRLFs were."""
    if "\r" not in text:
        return text, []
    removed: list[int] = []
    out: list[str] = []
    i, n, length = 0, len(text), 0
    while i < n:
        j = text.find("\r", i)
        if j == -1:
            out.append(text[i:])
            break
        out.append(text[i:j])
        length += j - i
        if j + 1 < n and text[j + 1] == "\n":
            removed.append(length)
            i = j + 2
        else:
            i = j + 1
        out.append("\n")
        length += 1
    return "".join(out), removed


def decode(data: bytes, path: str) -> Document:
    """Decode a text file's bytes into a Document (or one that carries the problem, located)."""
    bom = data.startswith(_UTF8_BOM)
    if bom:
        data = data[3:]
    for mark, name in _OTHER_BOMS:
        if data.startswith(mark):
            return _problem_document(path, InputProblem(
                INVALID_UTF8, f"encoded as {name} (byte-order mark), not UTF-8: file skipped"))
    nul = data.find(b"\x00")
    if nul != -1:
        line, column = _byte_location(data, nul)
        return _problem_document(path, InputProblem(
            BINARY_FILE, f"NUL byte at byte offset {nul + 3 * bom}: binary, not text; file skipped", line, column))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_location(data, exc.start)
        bad = len(_ESCAPED_BYTE.findall(data.decode("utf-8", "surrogateescape")))
        return _problem_document(path, InputProblem(
            INVALID_UTF8, f"not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start + 3 * bom} "
                          f"({bad} invalid byte{'s' if bad != 1 else ''}; Latin-1 or Windows-1252?): file skipped",
            line, column))
    normalised, removed = normalise_newlines(text)
    if normalised is text:  # the bytes read are the text's UTF-8, which RE2 reads (no second encoding)
        remember_utf8(text, data)
    return Document(path, normalised, bom=bom, removed_cr=removed, original=text if normalised != text else None)


def _problem_document(path: str, problem: InputProblem) -> Document:
    return Document(path, "", problems=[problem])


def too_large_document(path: str, message: str) -> Document:
    """The document of an input over ``max-file-size`` (not read), carrying that problem."""
    return _problem_document(path, InputProblem(FILE_TOO_LARGE, message))


def too_large_record(path: str, number: int, size: int, limit: int, fields: JsonlFields) -> Document:
    """The document of a JSONL record of ``size`` bytes, over ``max-file-size`` (``limit``): not parsed."""
    return Document(path, "", has_header=False, record_line=number, text_field=fields.text, problems=[InputProblem(
        FILE_TOO_LARGE, f"record of {size} bytes, over max-file-size ({limit}): record skipped", number)])


def _byte_location(data: bytes, index: int) -> tuple[int, int]:
    """1-based line and code-point column of the byte at ``index`` (CRLF and lone CR end lines too)."""
    line_start = max(data.rfind(b"\n", 0, index), data.rfind(b"\r", 0, index)) + 1
    head = data[:line_start]
    line = head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1
    prefix = data[line_start:index].decode("utf-8", errors="replace")
    return line, len(prefix) + 1


def iter_jsonl(data: bytes, path: str, fields: JsonlFields = JsonlFields(), limit: int | None = None) -> Iterator[Document]:
    """One Document per record of a JSON Lines corpus; broken records (and any over ``limit`` bytes) carry a problem."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if limit is not None and len(raw) > limit:
            yield too_large_record(path, number, len(raw), limit, fields)
        else:
            yield jsonl_record(raw, number, path, fields)


def jsonl_record(raw: bytes, number: int, path: str, fields: JsonlFields) -> Document:
    """Parse one JSONL line into a Document (a blank line yields an empty one)."""
    raw = raw.rstrip(b"\r")
    if not raw.strip():
        return Document(path, "", has_header=False, record_line=number, text_field=fields.text, blank_line=True)
    try:
        record = _json_record(raw.decode("utf-8"), _json_value, _scan_json)
    except UnicodeDecodeError as exc:
        return _broken_record(path, number, fields, InputProblem(
            INVALID_UTF8, f"record is not valid UTF-8 at byte {exc.start}", number,
            len(raw[:exc.start].decode("utf-8", "replace")) + 1))
    except json.JSONDecodeError as exc:
        return _broken_record(path, number, fields, InputProblem(
            MALFORMED_RECORD, f"malformed JSON record: {exc.msg}", number, exc.colno))
    except (ValueError, RecursionError) as exc:  # an over-long integer, nesting too deep
        detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        return _broken_record(path, number, fields, InputProblem(MALFORMED_RECORD, f"malformed JSON record: {detail}",
                                                                 number))
    if not isinstance(record, dict):
        return _broken_record(path, number, fields, InputProblem(MALFORMED_RECORD, "JSON record is not an object",
                                                                 number))
    record_id = record_id_of(record, fields.id)
    body = record.get(fields.text)
    if not isinstance(body, str):
        what = "has no" if fields.text not in record else "has a non-string"
        return _broken_record(path, number, fields, InputProblem(
            MALFORMED_RECORD, f"record {what} {fields.text!r} field", number), record_id)
    encoded = None if body.isascii() else _utf8_or_surrogate(body)  # (an ASCII text holds no surrogate)
    if isinstance(encoded, re.Match):
        return _broken_record(path, number, fields, InputProblem(
            INVALID_UTF8, f"the {fields.text!r} field has an unpaired surrogate escape "
                          f"\\u{ord(encoded.group()):04x} at character {encoded.start() + 1}", number), record_id)
    meta = {}
    for key, name in (("title", fields.title), ("date", fields.date), ("url", fields.url)):
        value = record.get(name)
        if isinstance(value, str) and not first_surrogate(value):
            meta[key] = value
    text, removed = normalise_newlines(body)
    if encoded is not None and text is body:  # its UTF-8, encoded to look for a surrogate, is what RE2 reads
        remember_utf8(text, encoded)
    ignore = record.get(fields.ignore)
    ignore = tuple(s for s in ignore if isinstance(s, str)) if isinstance(ignore, list) else ()
    return _record_document(path, text, number, fields.text, meta, removed, body if text != body else None,
                            record_id or meta.get("url"), ignore)


_new_object = object.__new__


def _record_document(path: str, text: str, number: int, text_field: str, meta: dict[str, str], removed: list[int],
                     original: str | None, record_id: str | None, ignore: tuple[str, ...]) -> Document:
    """``Document(path, text, has_header=False, meta=meta, record_line=number, text_field=text_field,
    removed_cr=removed, original=original, record_id=record_id, ignore=ignore)``, its fields set whole: the
    dataclass ``__init__``'s keywords cost a record more than the dict (held to it by ``tests/test_source_records.py``)."""
    document = _new_object(Document)
    document.__dict__ = {"path": path, "text": text, "has_header": False, "meta": meta, "record_line": number,
                         "text_field": text_field, "bom": False, "removed_cr": removed, "original": original,
                         "problems": [], "record_id": record_id, "ignore": ignore, "blank_line": False}
    return document


_scan_json = json.JSONDecoder().scan_once  # json.loads's scanner: the value at an index, and where it ends


def _json_value(line: str):
    """``json.loads(line)``, without its two Python calls and two white-space searches where the value fills the
    line (a record as written); anything else (white space around it, extra data, no value) goes to ``json.loads``,
    which raises what it raises."""
    try:
        value, end = _scan_json(line, 0)
    except StopIteration:  # no value at the start: json.loads says why
        return json.loads(line)
    return value if end == len(line) else json.loads(line)


def _python_json_record(line: str, fallback: Callable[[str], Any], scan: Callable[[str, int], tuple[Any, int]]) -> Any:
    """``fallback(line)``: the twin of the compiled reading of a record (block 32e), which answers as
    :func:`_json_value` where the line is an object (its strings read eight bytes at a time, where json's scanner
    reads a character at a time; a value it does not read asked of ``scan``, json's scanner) and leaves any other line
    to ``fallback``."""
    return fallback(line)


_json_record = native.pick("json_record", _python_json_record)
_joined_utf8 = native.pick("joined_utf8", None)  # block 30e: "\n".join(texts).encode(), None at a lone surrogate


def _utf8_or_surrogate(text: str) -> bytes | re.Match[str]:
    """:func:`textutil.utf8_or_surrogate` of a record's text beyond ASCII: its UTF-8 written by the compiled
    ``joined_utf8`` (eight characters at a time where they are ASCII, where ``str.encode`` writes a text beyond ASCII
    a character at a time: a third of the instructions, 33c); the surrogate searched for where it finds one."""
    encoded = _joined_utf8([text]) if _joined_utf8 is not None else None
    return utf8_or_surrogate(text) if encoded is None else encoded


def _broken_record(path: str, number: int, fields: JsonlFields, problem: InputProblem,
                   record_id: str | None = None) -> Document:
    """The empty document of a record that cannot be linted, carrying its problem."""
    return Document(path, "", has_header=False, record_line=number, text_field=fields.text, problems=[problem],
                    record_id=record_id)


def record_id_of(record: dict, key: str) -> str | None:
    """A record's id as a string: the ``key`` field if it is a string or an integer, else None."""
    value = record.get(key)
    if isinstance(value, str) and not first_surrogate(value):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None
