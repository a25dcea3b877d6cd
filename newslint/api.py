"""The Python API for pipelines: lint strings, records and batches without the command line.

One findings schema everywhere: ``Diagnostic.to_dict()`` is what ``--format
json``/``jsonl`` print, what the datatrove step stores in ``metadata["newslint"]``
and, as :func:`arrow_schema`, what ``--format parquet`` and the Ray step write:

=============  =======  ==========================================================
key            type     meaning
=============  =======  ==========================================================
path           string   the file (or ``<text>``, or a pipeline record's id)
line, column   int      1-based; a JSONL/Parquet record's line is its record number
end_line, …    int      ``end_line``, ``end_column``: where the span ends
rule, name     string   rule code (``NL102``) and name (``glued-words``)
severity       string   ``error``, ``warning`` or ``info``
start, end     int      0-based code-point offsets into the linted text as given
message        string   what is wrong
fix            struct   null, or ``applicability`` (``safe``/``unsafe``), ``message``
                        and ``edits`` (``content``, line/column, ``start``/``end``)
field          string   JSON only when set: the record field that was linted
id             string   JSON only when set: the record's id (``[jsonl] id``)
=============  =======  ==========================================================

:class:`Linter` is built from settings and pickles as those settings, so that
it can be handed to worker processes (multiprocessing, datatrove, Ray, Spark,
Dask); each process builds its rules once, on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, Sequence

from newslint.columnar import PYARROW_MISSING
from newslint.config import Config, JsonlFields
from newslint.diagnostic import Diagnostic, Severity
from newslint.engine import Linter as Engine
from newslint.registry import build_registry
from newslint.rule import RuleContext
from newslint.source import Document, jsonl_record, string_document

class Findings(list):
    """The diagnostics of one text (a list), which a notebook shows as the text with its findings marked."""

    def __init__(self, text: str, diagnostics: Iterable[Diagnostic]) -> None:
        super().__init__(sorted(diagnostics, key=Diagnostic.sort_key))
        self.text = text

    def _repr_html_(self) -> str:
        from newslint.formats.html import article_html

        return article_html(self.text, self)


MAX_FIX_PASSES = 10  # as ``--fix``: a fix can reveal another finding
_UNPICKLED_ENGINES: dict[str, Engine] = {}  # by settings (repr of the config), for unpickled copies


class Linter:
    """Lint texts and records in batches; picklable (it travels as its settings).

    ``config`` is a ``newslint.toml``/``pyproject.toml`` path (or a loaded
    :class:`~newslint.config.Config`); the keywords override it as the command
    line does. Texts are article bodies, as in JSONL records: pass
    ``has_header=True`` for texts laid out like ``.txt`` files (a title line, an
    optional date and URL line, a blank line, the body). Records are mappings
    whose field names come from the config's ``[jsonl]`` table (``text``,
    ``title``, ``date``, ``url``, ``id``) or ``fields``.
    """

    def __init__(self, select: Sequence[str] | None = None, *, ignore: Sequence[str] = (),
                 extend_select: Sequence[str] = (), options: dict[str, dict[str, Any]] | None = None,
                 severity: dict[str, str] | None = None, language: str | None = None, packs: Sequence[str] = (),
                 config: str | Path | Config | None = None, has_header: bool = False,
                 fields: JsonlFields | dict[str, str] | None = None) -> None:
        from newslint import config as config_mod

        base = config if isinstance(config, Config) else config_mod.load(Path(config)) if config else Config()
        self.config = replace(
            base, select=list(select) if select is not None else base.select,
            extend_select=[*base.extend_select, *extend_select], ignore=[*base.ignore, *ignore],
            rule_options={**base.rule_options, **(options or {})},
            severity={**base.severity, **{k: Severity.parse(v) if isinstance(v, str) else v
                                          for k, v in (severity or {}).items()}},
            language=language or base.language, packs=[*base.packs, *map(Path, packs)],
            jsonl=JsonlFields(**fields) if isinstance(fields, dict) else fields or base.jsonl)
        self.has_header = has_header
        self._engine: Engine | None = None
        self._shared = False  # unpickled: shares its engine with the other copies in this process

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config, "has_header": self.has_header}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config, self.has_header = state["config"], state["has_header"]
        self._engine, self._shared = None, True

    @property
    def engine(self) -> Engine:
        """The rule engine, built on first use in each process (raises ValueError on a bad setting).

        Copies unpickled in one process share one engine: a framework that unpickles
        the linter once per task (Spark, Dask) builds the rules once per process.
        """
        if self._engine is None and self._shared:
            self._engine = _UNPICKLED_ENGINES.get(repr(self.config))
        if self._engine is None:
            from newslint import linting

            try:
                registry = linting.load_registry(self.config)
                selection = linting.Selection(self.config.select, self.config.extend_select, self.config.ignore)
                self._engine = linting.prepare(self.config, registry, selection, False).for_path("")
            except linting.RunError as exc:
                raise ValueError(str(exc)) from None
            if self._shared:
                _UNPICKLED_ENGINES[repr(self.config)] = self._engine
        return self._engine

    @property
    def fields(self) -> JsonlFields:
        return self.config.jsonl

    def lint(self, text: str, *, id: str | None = None, meta: Mapping[str, str] | None = None,
             path: str | None = None) -> Findings:
        """The diagnostics of one text, sorted by position; ``meta`` may give title, date and url."""
        return Findings(text, self.engine.lint_document(self._document(text, id, meta, path)).diagnostics())

    def lint_record(self, record: Mapping[str, Any], path: str | None = None) -> list[Diagnostic]:
        """The diagnostics of one record, read exactly as a JSONL record (line 1); a bad one gets an NL002 finding.

        The record's id (``[jsonl] id``, else its URL) is each diagnostic's ``record_id``,
        and its path unless ``path`` is given.
        """
        raw = json.dumps(dict(record), default=str).encode("utf-8")  # ASCII: a lone surrogate stays escaped
        document = jsonl_record(raw, 1, "<text>", self.fields)
        document.path = path or document.record_id or document.path
        return sorted(self.engine.lint_document(document).diagnostics(), key=Diagnostic.sort_key)

    def lint_batch(self, items: Iterable[str | Mapping[str, Any] | None]) -> list[list[Diagnostic]]:
        """One list of diagnostics per item, in order: texts, records (mappings), or None (no findings)."""
        out = []
        for item in items:
            if item is None:
                out.append([])
            elif isinstance(item, str):
                out.append(self.lint(item))
            elif isinstance(item, Mapping):
                out.append(self.lint_record(item))
            else:
                raise TypeError(f"lint_batch takes texts or records (mappings), not {type(item).__name__}")
        return out

    def fix_text(self, text: str, unsafe: bool = False, *, meta: Mapping[str, str] | None = None
                 ) -> tuple[str, list[Diagnostic]]:
        """The text with its safe fixes applied (unsafe ones too with ``unsafe``), and the diagnostics fixed.

        As ``--fix``: fixed again until no fix applies, so fixing the result changes
        nothing. Line ends are kept. The offsets of a diagnostic fixed in a later
        pass count in the text as that pass saw it.
        """
        from newslint.fixes import select_fixes
        from newslint.engine import resolve

        applied: list[Diagnostic] = []
        for _ in range(MAX_FIX_PASSES):
            document = self._document(text, None, meta, None)
            result = self.engine.lint_document(document)
            chosen = select_fixes(result.findings, unsafe, len(document.text)) if result.article else []
            if not chosen:
                break
            applied.extend(resolve(document, chosen))
            text = document.fixed_source(edit for finding in chosen for edit in finding.fix.edits)
        return text, applied

    def _document(self, text: str, record_id: str | None, meta: Mapping[str, str] | None,
                  path: str | None) -> Document:
        return string_document(path or record_id or "<text>", text, has_header=self.has_header, meta=meta,
                               record_id=record_id)


def lint_batch(items: Iterable[str | Mapping[str, Any] | None], *, linter: Linter | None = None,
               **settings: Any) -> list[list[Diagnostic]]:
    """:meth:`Linter.lint_batch` with a given linter, or one built from ``settings`` (a one-off call)."""
    return (linter or Linter(**settings)).lint_batch(items)


def fix_text(text: str, unsafe: bool = False, *, linter: Linter | None = None,
             **settings: Any) -> tuple[str, list[Diagnostic]]:
    """:meth:`Linter.fix_text` with a given linter, or one built from ``settings``."""
    return (linter or Linter(**settings)).fix_text(text, unsafe)


def max_severity(diagnostics: Iterable[Diagnostic]) -> Severity | None:
    """The highest severity among ``diagnostics`` (None when there are none)."""
    return max((d.severity for d in diagnostics), default=None)


def arrow_schema():
    """The findings schema as a ``pyarrow.Schema`` (one row per finding; ``field``, ``id``, ``fix`` nullable)."""
    try:
        import pyarrow as pa
    except ImportError:
        raise ImportError(f"newslint.api.arrow_schema {PYARROW_MISSING}") from None

    integer, text = pa.int64(), pa.string()
    place = [("line", integer), ("column", integer), ("end_line", integer), ("end_column", integer)]
    edit = pa.struct([("content", text), *place, ("start", integer), ("end", integer)])
    fix = pa.struct([("applicability", text), ("message", text), ("edits", pa.list_(edit))])
    return pa.schema([("path", text), *place, ("rule", text), ("name", text), ("severity", text),
                      ("start", integer), ("end", integer), ("message", text), ("fix", fix),
                      ("field", text), ("id", text)])


def arrow_findings_type():
    """The type of a column holding each record's findings: a list of :func:`arrow_schema` structs."""
    import pyarrow as pa

    return pa.list_(pa.struct(list(arrow_schema())))


def arrow_table(diagnostics: Iterable[Diagnostic]):
    """The diagnostics as a ``pyarrow.Table`` of :func:`arrow_schema`."""
    import pyarrow as pa

    return pa.Table.from_pylist([d.to_dict() for d in diagnostics], schema=arrow_schema())


# -- the first API, kept for callers and tests --------------------------------

def make_linter(select: Sequence[str] | None = None, ignore: Sequence[str] = (), extend_select: Sequence[str] = (),
                options: dict[str, dict[str, Any]] | None = None, language: str = "en-US",
                ocr: str = "auto") -> Engine:
    """A rule engine over the default registry (built-ins, packs, plugins) with the given selection.

    ``ocr`` is the OCR gate's mode: auto (judge each document), on or off.
    """
    return Engine.from_registry(build_registry(), select, extend_select, ignore, options,
                                context=RuleContext(language=language, ocr=ocr))


def lint_text(text: str, path: str = "<text>", *, linter: Engine | None = None, has_header: bool = True,
              meta: dict[str, str] | None = None, **selection: Any) -> Findings:
    """Lint one article given as a string; returns diagnostics sorted by position.

    Pass a ``linter`` (from :func:`make_linter`) when linting many texts, or
    selection keywords (``select``, ``ignore``, ...) for a one-off call.
    """
    linter = linter or make_linter(**selection)
    document = string_document(path, text, has_header=has_header, meta=meta)
    return Findings(text, linter.lint_document(document).diagnostics())
