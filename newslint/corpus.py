"""Corpus rules: checks across the articles of one run (a cluster), run after the per-article pass."""

from __future__ import annotations

from typing import Sequence

from newslint.config import Config
from newslint.engine import Diagnostic, resolve
from newslint.model import Article
from newslint.rule import CorpusRule, Rule
from newslint.source import Document
from newslint.runner import documents
from newslint.suppressions import Allowlist, ignored_by_record


def corpus_rules(rules: Sequence[Rule]) -> list[CorpusRule]:
    return [rule for rule in rules if isinstance(rule, CorpusRule)]


def run_corpus_rules(rules: Sequence[CorpusRule], inputs: Sequence[tuple[str, bytes]], config: Config,
                     allowlists: dict[str, Allowlist] | None = None) -> list[Diagnostic]:
    """Parse every article of ``inputs`` (display path, bytes) and run the corpus rules over them all.

    As for every rule, a finding whose matched text a rule's ``allow`` list covers, or that a JSONL
    record's ignore field turns off, is dropped.
    """
    allowlists = allowlists or {}
    parsed: dict[int, tuple[Article, Document]] = {}
    for path, data in inputs:
        for document in documents(data, path, config):
            if document.problems or not document.text.strip():
                continue
            article = Article.parse(document.text, document.path, document.meta, document.has_header)
            parsed[id(article)] = (article, document)
    articles = [article for article, _ in parsed.values()]
    diagnostics: list[Diagnostic] = []
    for rule in rules:
        allowlist = allowlists.get(rule.code)
        for article, finding in rule.check_corpus(articles):
            document = parsed[id(article)][1]
            if (allowlist is not None and allowlist.allows(article.text[finding.start:finding.end])) \
                    or ignored_by_record(finding.code, finding.name, document.ignore):
                continue
            diagnostics.extend(resolve(document, [finding]))
    return diagnostics
