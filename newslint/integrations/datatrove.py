"""newslint as datatrove pipeline steps (``pip install 'newslint[datatrove]'``).

* :class:`NewslintAnnotator` lints ``doc.text`` and adds ``doc.metadata["newslint"]``
  (the findings, ``Diagnostic.to_dict()``), ``newslint_count`` and
  ``newslint_max_severity`` (``none``, ``info``, ``warning``, ``error``): always
  present, whatever the document. Stats: one count per rule (``NL102 glued-words``).
* :class:`NewslintFilter` drops documents with a finding at or above a severity,
  or of given rules; the reason (``dropped_NL301`` in the stats, ``filter_reason``
  in an exclusion writer) is the rule code. It reads the annotator's findings
  when an annotator ran before it, and lints otherwise.
* :class:`NewslintFixer` applies the safe fixes (``unsafe=True``: all) to ``doc.text``.
* :class:`NewslintParquetWriter` is datatrove's ``ParquetWriter`` with newslint's
  metadata columns typed: datatrove takes a Parquet schema from the first
  document, and a first document without findings would fix ``newslint`` as a
  list of nulls. (Other metadata keys are still typed from the first document.)

Every step takes a shared :class:`newslint.api.Linter` (``linter=``) or its
settings as keywords (``select=``, ``config=``, ...). A step pickles as those
settings: each datatrove worker builds the rules once.
"""

from __future__ import annotations

from typing import IO, Any, Sequence

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.parquet import ParquetWriter
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(f"newslint.integrations.datatrove needs datatrove: pip install 'newslint[datatrove]' ({exc})") \
        from None

from newslint.api import Linter, arrow_findings_type, max_severity
from newslint.diagnostic import Diagnostic, Severity

FINDINGS, COUNT, MAX_SEVERITY = "newslint", "newslint_count", "newslint_max_severity"


def _linter(linter: Linter | None, settings: dict[str, Any]) -> Linter:
    if linter is not None and settings:
        raise TypeError("give a linter or its settings, not both")
    return linter or Linter(**settings)


def _meta(linter: Linter, doc: Document) -> dict[str, str]:
    """The document's title, date and url (by the linter's field names), for the header rules."""
    fields = linter.fields
    return {key: doc.metadata[name] for key, name in (("title", fields.title), ("date", fields.date),
                                                      ("url", fields.url)) if isinstance(doc.metadata.get(name), str)}


def annotate(linter: Linter, doc: Document) -> list[Diagnostic]:
    """Lint ``doc`` and store its findings, count and highest severity in its metadata."""
    found = linter.lint(doc.text, id=str(doc.id) if doc.id is not None else None, meta=_meta(linter, doc))
    doc.metadata[FINDINGS] = [d.to_dict() for d in found]
    doc.metadata[COUNT] = len(found)
    worst = max_severity(found)
    doc.metadata[MAX_SEVERITY] = str(worst) if worst else "none"
    return found


class NewslintAnnotator(PipelineStep):
    """Adds newslint's findings to every document's metadata; counts them per rule in the stats."""

    name = "📰 newslint"
    type = "🏷 - ANNOTATOR"

    def __init__(self, linter: Linter | None = None, **settings: Any) -> None:
        super().__init__()
        self.linter = _linter(linter, settings)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("documents")
            with self.track_time():
                found = annotate(self.linter, doc)
            if found:
                self.stat_update("documents_with_findings")
            for d in found:
                self.stat_update(f"{d.code} {d.name}")
            yield doc


class NewslintFilter(BaseFilter):
    """Drops a document with a finding that matches: ``severity`` or above, and of ``rules`` when given.

    ``rules`` are codes, code prefixes (``NL3``) or names. Without either, a
    finding of severity ``error`` drops the document.
    """

    name = "📰 newslint filter"

    def __init__(self, severity: str | None = None, rules: Sequence[str] | None = None, linter: Linter | None = None,
                 exclusion_writer=None, **settings: Any) -> None:
        super().__init__(exclusion_writer)
        self.threshold = Severity.parse(severity) if severity else None if rules else Severity.ERROR
        self.rules = tuple(rule.strip() for rule in rules or ())
        self.linter = _linter(linter, settings)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        findings = doc.metadata.get(FINDINGS)
        if findings is None:  # no annotator before this step
            findings = [d.to_dict() for d in self.linter.lint(doc.text, meta=_meta(self.linter, doc))]
        for finding in findings:
            if self._matches(finding):
                return False, finding["rule"]
        return True

    def _matches(self, finding: dict[str, Any]) -> bool:
        if self.threshold is not None and Severity.parse(finding["severity"]) < self.threshold:
            return False
        return not self.rules or any(finding["rule"].startswith(rule.upper()) or finding["name"] == rule.lower()
                                     for rule in self.rules)


class NewslintFixer(PipelineStep):
    """Applies newslint's safe fixes (all fixes with ``unsafe=True``) to ``doc.text``.

    A document annotated before this step is annotated again after a fix, so
    that its findings stay true of its text.
    """

    name = "📰 newslint fixer"
    type = "✂️ - FORMAT"

    def __init__(self, unsafe: bool = False, linter: Linter | None = None, **settings: Any) -> None:
        super().__init__()
        self.unsafe = unsafe
        self.linter = _linter(linter, settings)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                fixed, applied = self.linter.fix_text(doc.text, self.unsafe, meta=_meta(self.linter, doc))
                if applied:
                    doc.text = fixed
                    if FINDINGS in doc.metadata:
                        annotate(self.linter, doc)
            if applied:
                self.stat_update("documents_fixed")
                self.stat_update("fixes_applied", value=len(applied))
            yield doc


class NewslintParquetWriter(ParquetWriter):
    """datatrove's ParquetWriter, with the schema of newslint's metadata fixed (typed findings)."""

    def _write(self, document: dict, file_handler: IO, filename: str) -> None:
        if self.schema is None:
            self.schema = typed_schema(document)
        super()._write(document, file_handler, filename)


def typed_schema(document: dict):
    """The Arrow schema of one written document, with newslint's metadata columns given their fixed types."""
    import pyarrow as pa

    schema = pa.RecordBatch.from_pylist([document]).schema
    metadata = schema.field("metadata") if "metadata" in schema.names else None
    if metadata is not None and pa.types.is_struct(metadata.type):
        fields = _typed([metadata.type.field(i) for i in range(metadata.type.num_fields)])
        return schema.set(schema.get_field_index("metadata"), pa.field("metadata", pa.struct(fields)))
    return pa.schema(_typed(list(schema)), metadata=schema.metadata)  # expand_metadata=True: top level


def _typed(fields: list) -> list:
    import pyarrow as pa

    types = {FINDINGS: arrow_findings_type(), COUNT: pa.int64(), MAX_SEVERITY: pa.string()}
    return [pa.field(f.name, types[f.name]) if f.name in types else f for f in fields]
