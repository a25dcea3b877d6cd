"""The Python API for pipelines: lint strings or files without the command line."""

from __future__ import annotations

from typing import Any, Sequence

from newslint.engine import Diagnostic, Linter
from newslint.registry import build_registry
from newslint.rule import RuleContext
from newslint.source import Document, normalise_newlines


def make_linter(select: Sequence[str] | None = None, ignore: Sequence[str] = (), extend_select: Sequence[str] = (),
                options: dict[str, dict[str, Any]] | None = None, language: str = "en-US",
                ocr: str = "auto") -> Linter:
    """A Linter over the default registry (built-ins, packs, plugins) with the given selection.

    ``ocr`` is the OCR gate's mode: auto (judge each document), on or off.
    """
    return Linter.from_registry(build_registry(), select, extend_select, ignore, options,
                                context=RuleContext(language=language, ocr=ocr))


def lint_text(text: str, path: str = "<text>", *, linter: Linter | None = None, has_header: bool = True,
              meta: dict[str, str] | None = None, **selection: Any) -> list[Diagnostic]:
    """Lint one article given as a string; returns diagnostics sorted by position.

    Pass a ``linter`` (from :func:`make_linter`) when linting many texts, or
    selection keywords (``select``, ``ignore``, ...) for a one-off call.
    """
    linter = linter or make_linter(**selection)
    normalised, removed = normalise_newlines(text)
    document = Document(path, normalised, has_header=has_header, meta=dict(meta or {}), removed_cr=removed,
                        original=text if normalised != text else None)
    return sorted(linter.lint_document(document).diagnostics(), key=Diagnostic.sort_key)
