"""Corpus rules: checks across the articles of one run (a cluster), run after the per-article pass."""

from __future__ import annotations

from typing import Sequence

from newslint.config import Config
from newslint.engine import Diagnostic, resolve
from newslint.model import Article
from newslint.rule import CorpusRule, Rule
from newslint.runner import documents


def corpus_rules(rules: Sequence[Rule]) -> list[CorpusRule]:
    return [rule for rule in rules if isinstance(rule, CorpusRule)]


def run_corpus_rules(rules: Sequence[CorpusRule], inputs: Sequence[tuple[str, bytes]], config: Config) -> list[Diagnostic]:
    """Parse every article of ``inputs`` (display path, bytes) and run the corpus rules over them all."""
    parsed: dict[int, tuple[Article, object]] = {}
    for path, data in inputs:
        for document in documents(data, path, config):
            if document.problems or not document.text.strip():
                continue
            article = Article.parse(document.text, document.path, document.meta, document.has_header)
            parsed[id(article)] = (article, document)
    articles = [article for article, _ in parsed.values()]
    diagnostics: list[Diagnostic] = []
    for rule in rules:
        for article, finding in rule.check_corpus(articles):
            diagnostics.extend(resolve(parsed[id(article)][1], [finding]))
    return diagnostics
