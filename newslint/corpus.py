"""Corpus rules: checks across the articles of one run (a cluster), run after the per-article pass.

A corpus rule either takes every parsed article at once (``check_corpus``), or streams:
a rule with ``observe(article)`` and ``report(article)`` sees the articles one at a time,
twice (count, then report), so that no parsed article is kept in memory for it.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from newslint.config import Config
from newslint.engine import Diagnostic, resolve
from newslint.model import Article
from newslint.rule import CorpusRule, Finding, Rule
from newslint.runner import documents
from newslint.source import Document
from newslint.suppressions import Allowlist, ignored_by_record


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


def run_corpus_rules(rules: Sequence[CorpusRule], inputs: Sequence[tuple[str, bytes]], config: Config,
                     allowlists: dict[str, Allowlist] | None = None) -> list[Diagnostic]:
    """Run the corpus rules over every article of ``inputs`` (display path, bytes).

    As for every rule, a finding whose matched text a rule's ``allow`` list covers, or that a JSONL
    record's ignore field turns off, is dropped.
    """
    allowlists = allowlists or {}
    diagnostics: list[Diagnostic] = []

    def keep(rule: CorpusRule, article: Article, document: Document, findings: Iterable[Finding]) -> None:
        allowlist = allowlists.get(rule.code)
        for finding in findings:
            if (allowlist is not None and allowlist.allows(article.text[finding.start:finding.end])) \
                    or ignored_by_record(finding.code, finding.name, document.ignore):
                continue
            diagnostics.extend(resolve(document, [finding]))

    whole = [rule for rule in rules if not _streams(rule)]
    streaming = [rule for rule in rules if _streams(rule)]
    if whole:
        parsed = list(_articles(inputs, config))
        documents_of = {id(article): document for article, document in parsed}
        for rule in whole:
            for article, finding in rule.check_corpus([article for article, _ in parsed]):
                keep(rule, article, documents_of[id(article)], [finding])
    if streaming:
        for article, _ in _articles(inputs, config):
            for rule in streaming:
                rule.observe(article)
        for article, document in _articles(inputs, config):
            for rule in streaming:
                keep(rule, article, document, rule.report(article))
    return diagnostics
