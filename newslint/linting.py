"""The part of ``newslint check`` that lints: build the selected rules, lint the inputs, fix, run corpus rules.

The CLI imports this module only when the cache cannot answer the whole run
(see :mod:`newslint.replay`): importing it imports every rule.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import click

from newslint import config as config_mod, gcpause
from newslint.cache import Cache
from newslint.corpus import corpus_rules, run_corpus_rules
from newslint.engine import Diagnostic, DocumentResult, Linter
from newslint.inputs import STDIN, FileResult
from newslint.packs import PackError
from newslint.progress import Progress
from newslint.registry import Registry, RegistryError, build_registry
from newslint.replay import remember
from newslint.rule import CorpusRule, FatalRuleError, RuleContext
from newslint.runner import LinterPool, lint_inputs


class RunError(Exception):
    """A problem that stops the run before any input is linted (one line; exit 2)."""


@dataclass
class Selection:
    """The rules a run asks for: ``select`` (None: the defaults), then ``extend``, less ``ignore``."""

    select: list[str] | None
    extend: list[str]
    ignore: list[str]


def load_registry(config: config_mod.Config) -> Registry:
    """Every known rule: built-in, packs (the config's too) and plugins."""
    try:
        return build_registry(config.packs)
    except (PackError, RegistryError) as exc:
        raise RunError(str(exc)) from None


def prepare(config: config_mod.Config, registry: Registry, selection: Selection, cluster: bool,
            fingerprints: bool = True) -> LinterPool:
    """The run's linters, with the selection validated and what the rules need reached, before any input is read;
    ``fingerprints``: whether their diagnostics carry context fingerprints (``Linter.fingerprints``)."""
    extend = [*selection.extend, *(rule.code for rule in registry if cluster and issubclass(rule, CorpusRule))]
    context = RuleContext(language=config.language, ocr=config.ocr, **_vocabulary(config))
    options = _by_code(registry, config.rule_options, "rule-options")
    severities = _by_code(registry, config.severity, "severity")

    def build(extra_ignores: Sequence[str]) -> Linter:
        try:
            linter = Linter.from_registry(registry, selection.select, extend, [*selection.ignore, *extra_ignores],
                                          options, severities, context)
        except (RegistryError, ValueError) as exc:
            raise RunError(f"{config.path or 'command line'}: {exc}") from None
        linter.fingerprints = fingerprints
        return linter

    pool = LinterPool(config, build)
    try:
        for rule in pool.for_path("").rules:
            rule.prepare()
    except FatalRuleError as exc:
        raise RunError(str(exc)) from None
    return pool


def needs_sources(pool: LinterPool) -> bool:
    """Whether the run must keep every input's bytes: for the corpus (cross-article) rules."""
    return bool(corpus_rules(pool.for_path("").rules))


def lint(files: Sequence[str], config: config_mod.Config, pool: LinterPool, errors: list[str], *,
         jobs: int | None, cache: Cache | None, setup: str | None, keep_sources: bool,
         stdin_name: str | None, progress: bool = False,
         emit: Callable[[list[Diagnostic]], None] | None = None) -> list[FileResult]:
    """Lint the inputs; a streamed run with the cache also leaves its setup entry for the next run.

    ``progress``: show a progress line on stderr if it is a terminal (see :mod:`newslint.progress`).
    ``emit``: hand the diagnostics on in input order instead of keeping them (see ``runner.lint_inputs``).
    """
    gcpause.resume()  # the modules and rules are all made: from here, what is made may be garbage
    meter = Progress.on_terminal(files) if progress and not keep_sources else None
    stdin = sys.stdin.buffer.read if sys.stdin is not None else None  # None: closed (`<&-`)
    try:
        results = lint_inputs(files, config, pool, errors, stdin=stdin, stdin_name=stdin_name,
                              jobs=jobs, cache=cache, keep_sources=keep_sources, progress=meter, emit=emit)
    finally:
        if meter is not None:
            meter.close()
    if cache is not None and setup is not None and not keep_sources:
        remember(cache, setup, config, pool.linters)
    return results


def cross_article(pool: LinterPool, results: Sequence[FileResult], config: config_mod.Config) -> list[Diagnostic]:
    """The findings of the corpus rules over all the inputs (none unless such rules are selected)."""
    linter = pool.for_path("")
    rules = corpus_rules(linter.rules)
    return run_corpus_rules(rules, [(r.path, r.data) for r in results], config, linter.allowlists) if rules else []


def apply_fixes(results: Sequence[FileResult], fix: bool, diff: bool, unsafe: bool, errors: list[str],
                pool: LinterPool, keep: Callable[[DocumentResult], DocumentResult] | None = None,
                fix_read_only: bool = False) -> list[FileResult]:
    """Write (``--fix``) or print (``--diff``) the fixes; return the results still to report.

    Each file is re-linted and fixed until no fix applies (see writer.fix_file).
    ``keep`` narrows each document's findings to those that may be fixed (a baseline's are not).
    """
    from newslint.writer import FileChangedError, FixWriter, ReadOnlyError, fix_file, unified_diff  # only to fix

    remaining = []
    writer = FixWriter(fix_read_only)
    for result in results:
        lint_document = pool.for_path(result.path).lint_document
        if keep is None:
            outcome = fix_file(result, unsafe, lint_document)
        else:
            narrowed = replace(result, results=[keep(r) for r in result.results])
            outcome = fix_file(narrowed, unsafe, lambda document: keep(lint_document(document)))
        if result.source == STDIN and fix and not diff:  # the fixed text goes to stdout (the report to stderr)
            sys.stdout.buffer.write(outcome.new_data)
            sys.stdout.flush()
        if not outcome.changed:
            remaining.append(result)
            continue
        if diff:
            click.echo(unified_diff(outcome, result.data), nl=False)
            remaining.append(result)
            continue
        try:
            if result.source != STDIN:
                writer.write(result.source, outcome.new_data, result.digest)
        except OSError as exc:  # the read errors are printed already: print this one now
            message = str(exc) if isinstance(exc, (FileChangedError, ReadOnlyError)) else \
                f"{result.path}: cannot write the fix: {exc.strerror or exc}"
            errors.append(message)
            click.echo(f"newslint: error: {message}", err=True)
            remaining.append(result)
            continue
        fixed_ids = {id(f) for f in outcome.fixed}
        for doc_result in result.results:
            doc_result.findings = [f for f in doc_result.findings if id(f) not in fixed_ids]
        remaining.append(result)
    return remaining


def _vocabulary(config: config_mod.Config) -> dict:
    try:
        accept, reject = config.vocabulary()
    except config_mod.ConfigError as exc:
        raise RunError(str(exc)) from None
    return {"accept_words": accept, "reject_words": reject}


def _by_code(registry: Registry, table: dict, key: str) -> dict:
    """Config tables keyed by rule name or code, re-keyed by code (unknown rules are errors)."""
    out = {}
    for selector, value in table.items():
        rule = registry.lookup(selector)
        if rule is None:
            raise RunError(f"{key}.{selector}: unknown rule")
        out[rule.code] = value
    return out
