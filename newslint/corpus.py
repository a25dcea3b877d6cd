"""Corpus rules: checks across the articles of one run (a cluster), run after the per-article pass.

A corpus rule either takes every parsed article at once (``check_corpus``), or streams:
a rule with ``observe(article)`` and ``report(article)`` sees the articles one at a time,
twice (count, then report), so that no parsed article is kept in memory for it.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from newslint.config import Config
from newslint.engine import Diagnostic, resolve
from newslint.model import Article
from newslint.rule import CorpusRule, Rule
from newslint.runner import documents
from newslint.source import Document


def corpus_rules(rules: Sequence[Rule]) -> list[CorpusRule]:
    return [rule for rule in rules if isinstance(rule, CorpusRule)]


def _streams(rule: CorpusRule) -> bool:
    return callable(getattr(rule, "observe", None)) and callable(getattr(rule, "report", None))


def _articles(inputs: Sequence[tuple[str, bytes]], config: Config) -> Iterator[tuple[Article, Document]]:
    """Every article of ``inputs`` (display path, bytes), parsed one at a time."""
    for path, data in inputs:
        for document in documents(data, path, config):
            if document.problems or not document.text.strip():
                continue
            yield Article.parse(document.text, document.path, document.meta, document.has_header), document


def run_corpus_rules(rules: Sequence[CorpusRule], inputs: Sequence[tuple[str, bytes]], config: Config) -> list[Diagnostic]:
    """Run the corpus rules over every article of ``inputs`` (display path, bytes)."""
    diagnostics: list[Diagnostic] = []
    whole = [rule for rule in rules if not _streams(rule)]
    streaming = [rule for rule in rules if _streams(rule)]
    if whole:
        parsed = list(_articles(inputs, config))
        documents_of = {id(article): document for article, document in parsed}
        for rule in whole:
            for article, finding in rule.check_corpus([article for article, _ in parsed]):
                diagnostics.extend(resolve(documents_of[id(article)], [finding]))
    if streaming:
        for article, _ in _articles(inputs, config):
            for rule in streaming:
                rule.observe(article)
        for article, document in _articles(inputs, config):
            for rule in streaming:
                diagnostics.extend(resolve(document, list(rule.report(article))))
    return diagnostics
