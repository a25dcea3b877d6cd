"""Report formats: how diagnostics are printed, one module per format.

``full`` (default) and ``concise`` are for people, and ``html`` (a self-contained
page: corpus overview and each article with its findings marked); ``json``,
``jsonl``, ``sarif``, ``github``, ``junit``, ``labelstudio`` (pre-annotations for
review by hand), ``dolma`` and ``parquet`` are for machines. Behaviour worth knowing:

* ``full`` ends with a summary line ("Found 3 findings (1 fixable with --fix).")
  or "All checks passed!", and says how many inputs could not be checked ("No
  findings; 1 error (see stderr)."); ``concise`` prints finding lines only, nothing
  when clean.
* In ``full`` and ``concise``, control and invisible characters (C0/C1 controls,
  format characters such as U+200B or bidi controls, line separators) are shown
  as ``<U+XXXX>`` and tabs as spaces, so that nothing invisible reaches the terminal.
* ``statistics=True`` replaces the findings with a per-rule count (count, code,
  name; most frequent first) in ``full`` and ``concise``, and with statistics
  objects (``rule``, ``name``, ``count``, ``fixable``) in ``json``/``jsonl``.
  ``sarif``, ``github`` and ``junit`` always report the findings: their
  consumers need them, so ``statistics`` does not change them.
* Every format writes to a stream of any encoding: what the encoding cannot
  hold (an ASCII terminal, a file name that is not UTF-8) is written as a
  backslash escape (``\\u041a``, ``\\udce9``), never an error. A report file
  (:func:`atomic_output`) appears whole or not at all.
* ``html``, ``labelstudio`` and ``dolma`` show article text: they read the checked
  documents through ``Report.documents`` (a callable the CLI passes; without it they
  show findings only) at the end of the run. Any format that needs the text can do the same.
* ``sarif`` also lists the findings a baseline hides (``Report.suppressed``), marked
  as suppressed, and gives every result a ``partialFingerprints`` entry.
* Findings in JSON Lines records count columns in the record's text field, not
  in the JSON line: ``sarif`` and ``github`` therefore give only their line
  (and no SARIF fix, whose columns would be wrong in the file).
* A record's id (the ``[jsonl] id`` field, default ``id``) is ``id`` in
  ``json``/``jsonl``/``parquet``, a result property in ``sarif``, and the line's
  ``id`` in ``dolma``.
* Every format is written as the findings arrive (:class:`ReportWriter`), so a run
  over a large corpus does not hold them; ``junit``, ``dolma``, ``html`` and
  ``labelstudio``, which need the end of the run to place them, keep them aside in
  a temporary file (:mod:`newslint.formats.spool`).
* ``dolma`` writes one line per document of the inputs, clean ones included
  (through ``Report.documents``, like ``html``); ``parquet`` writes binary
  rows of ``newslint.api.arrow_schema()`` and needs pyarrow and ``-o``.
"""

from __future__ import annotations

import importlib
import os
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TextIO

from newslint.diagnostic import Diagnostic, Severity

if TYPE_CHECKING:
    from newslint.source import Document

# Format name -> the module of this package that writes it (imported only when chosen, so that
# a run starts fast). Each module defines ``start(report)``, ``add(report, diagnostics)`` and ``finish(report)``.
_MODULES = {
    "full": "text", "concise": "text", "json": "json", "jsonl": "json",
    "sarif": "sarif", "github": "github", "junit": "junit", "html": "html", "labelstudio": "labelstudio",
    "dolma": "dolma", "parquet": "parquet",
}
FORMATS = tuple(_MODULES)
FINGERPRINTED = frozenset({"sarif"})  # the formats that print a finding's context fingerprint

_RESET, BOLD = "\x1b[0m", "\x1b[1m"
SEVERITY_COLOR = {Severity.ERROR: "\x1b[1;31m", Severity.WARNING: "\x1b[1;33m", Severity.INFO: "\x1b[1;36m"}


def write_report(fmt: str, diagnostics: Sequence[Diagnostic], stream: TextIO, *, registry: Iterable,
                 color: bool, files_checked: Sequence[str], statistics: bool = False, errors: int = 0,
                 documents: Callable[[], Iterable[Document]] | None = None,
                 suppressed: Sequence[Diagnostic] = ()) -> None:
    """Write ``diagnostics`` (sorted) to ``stream`` in format ``fmt`` (one of :data:`FORMATS`).

    ``registry`` yields the rule classes (for SARIF's rule table); ``files_checked``
    are the display paths of every input (JUnit reports clean files too); ``errors``
    counts the inputs that could not be checked (``full``'s summary says so);
    ``documents`` yields the checked documents again, for formats that show their
    text; ``suppressed`` are the findings a baseline hides.
    """
    writer = ReportWriter(fmt, stream, registry=registry, color=color, statistics=statistics)
    writer.add(list(diagnostics))
    writer.close(files_checked=files_checked, errors=errors, documents=documents, suppressed=suppressed)


class ReportWriter:
    """A report written as the diagnostics arrive: :meth:`add` them in order (sorted), then :meth:`close`.

    The format module's ``start(report)``, ``add(report, diagnostics)`` and
    ``finish(report)`` take the report's beginning, each batch and its end; the
    writer keeps only counts (``report.tally``).
    An error of the stream is raised as :class:`ReportError`.
    """

    def __init__(self, fmt: str, stream: TextIO, *, registry: Iterable, color: bool, statistics: bool = False) -> None:
        if fmt not in _MODULES:
            raise ValueError(f"unknown output format {fmt!r} (expected one of {', '.join(FORMATS)})")
        self._module = importlib.import_module(f"{__name__}.{_MODULES[fmt]}")
        self.report = Report(fmt, stream, registry, color, [], statistics)
        self._escaping = _escaping(stream)
        self._escaping.__enter__()
        self._write(self._module.start)

    @property
    def tally(self) -> Tally:
        return self.report.tally

    def add(self, diagnostics: list[Diagnostic]) -> None:
        """The next diagnostics, in report order."""
        try:
            self._write(self._module.add, diagnostics)
        finally:  # counted even when the reader has gone: the exit code still tells of them
            self.report.tally.add(diagnostics)

    def close(self, *, files_checked: Sequence[str] = (), errors: int = 0,
              documents: Callable[[], Iterable[Document]] | None = None, suppressed: Sequence[Diagnostic] = ()) -> None:
        """Write the end of the report."""
        report = self.report
        report.files_checked, report.errors = list(files_checked), errors
        report.documents, report.suppressed = documents, list(suppressed)
        try:
            self._write(self._module.finish)
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Leave the stream as it was given, without writing the end (a run that failed midway; after :meth:`close`
        it does nothing)."""
        if self._escaping is not None:
            self._escaping.__exit__(None, None, None)
            self._escaping = None

    def _write(self, step: Callable, *args: Any) -> None:
        try:
            step(self.report, *args)
        except OSError as exc:
            raise ReportError(exc) from exc


class ReportError(Exception):
    """Writing the report failed (``__cause__``: the OSError, a BrokenPipeError when the reader has gone)."""


class Tally:
    """Counts of the diagnostics reported so far: what summaries, statistics and the exit code need."""

    def __init__(self) -> None:
        self.count = self.safe = self.unsafe = 0
        self.worst: Severity | None = None
        self.by_rule: Counter[tuple[str, str]] = Counter()
        self.fixable_by_rule: Counter[tuple[str, str]] = Counter()

    @classmethod
    def of(cls, diagnostics: Iterable[Diagnostic]) -> "Tally":
        tally = cls()
        tally.add(diagnostics)
        return tally

    def add(self, diagnostics: Iterable[Diagnostic]) -> None:
        diagnostics = diagnostics if isinstance(diagnostics, list) else list(diagnostics)
        if not diagnostics:
            return
        rules = [(d.code, d.name) for d in diagnostics]
        fixes = [d.fix["applicability"] if d.fix else None for d in diagnostics]
        self.count += len(diagnostics)
        self.safe += fixes.count("safe")
        self.unsafe += fixes.count("unsafe")
        self.by_rule.update(rules)  # counted in C: the parent of a large run counts every finding
        self.fixable_by_rule.update([rule for rule, fix in zip(rules, fixes) if fix == "safe"])
        worst = max(d.severity for d in diagnostics)
        if self.worst is None or worst > self.worst:
            self.worst = worst

    def statistics(self) -> list[dict[str, Any]]:
        """Per rule: code, name, count and how many have a safe fix; most frequent first."""
        return [{"rule": code, "name": name, "count": n, "fixable": self.fixable_by_rule[code, name]}
                for (code, name), n in sorted(self.by_rule.items(), key=lambda item: (-item[1], item[0]))]


@contextmanager
def _escaping(stream: TextIO) -> Iterator[None]:
    """While writing, characters that ``stream``'s encoding cannot hold are written as backslash escapes.

    (A lone surrogate, which is how Python reads a file name that is not UTF-8,
    can be encoded by no codec.) Streams that encode nothing (StringIO) are left alone.
    """
    reconfigure, before = getattr(stream, "reconfigure", None), getattr(stream, "errors", None)
    if reconfigure is None or before in (None, "backslashreplace"):
        yield
        return
    reconfigure(errors="backslashreplace")
    try:
        yield
    finally:
        reconfigure(errors=before)


@contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A UTF-8 text stream whose content replaces ``path`` only once it is all written (else ``path`` is untouched)."""
    import tempfile  # here, not at the top: a report to stdout (most runs) starts faster

    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".newslint-report-", suffix=".tmp", dir=folder)
    try:
        with open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as stream:
            yield stream
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass
class Report:
    """What every writer gets."""

    format: str
    stream: TextIO
    registry: Iterable
    color: bool
    files_checked: list[str]
    statistics: bool
    errors: int = 0
    # Calling it yields every checked document (a file, or a JSONL record) in input order, read again; a
    # diagnostic's start/end index ``document.original`` if set, else ``document.text``. None: no text.
    documents: Callable[[], Iterable[Document]] | None = None
    suppressed: list[Diagnostic] = field(default_factory=list)  # hidden by a baseline (SARIF shows them)
    # What was reported before (a streaming writer's ``add`` sees the counts before its batch).
    tally: "Tally" = field(default_factory=lambda: Tally())
    state: Any = None  # what a streaming format keeps between its calls

    def paint(self, text: str, style: str) -> str:
        return f"{style}{text}{_RESET}" if self.color else text


def document_text(document: Document) -> str:
    """The text a diagnostic's ``start``/``end`` index: as given (CRLF kept), BOM left out."""
    return document.original if document.original is not None else document.text


def applicability(d: Diagnostic) -> str | None:
    return d.fix["applicability"] if d.fix else None


def escape_match(match: re.Match) -> str:
    """A matched character as ``<U+XXXX>``."""
    return f"<U+{ord(match.group()):04X}>"
