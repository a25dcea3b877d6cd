"""The ``newslint`` command.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage error, bad config or rule pack, unreadable or missing input, no input files.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Sequence

import click

from newslint import __version__, config as config_mod
from newslint.dates import describe_dates
from newslint.model import Article
from newslint.cache import Cache
from newslint.corpus import corpus_rules, run_corpus_rules
from newslint.engine import Diagnostic, Linter
from newslint.output import FORMATS, write_report
from newslint.packs import PackError
from newslint.registry import Registry, RegistryError, build_registry
from newslint.rule import CorpusRule, FatalRuleError, RuleContext, Severity
from newslint.runner import STDIN, LinterPool, collect_files, documents, lint_inputs, read_input
from newslint.writer import FileChangedError, fix_file, unified_diff, write_atomic

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageProblem(click.ClickException):
    """A one-line error that exits 2."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        click.echo(f"newslint: error: {self.format_message()}", err=True)


class DefaultGroup(click.Group):
    """``newslint PATHS`` means ``newslint check PATHS``; ``rules`` and ``rule`` are subcommands."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context):
        """Run the command; Ctrl-C and SIGTERM stop it with exit 130 or 143, without a traceback."""
        try:
            signal.signal(signal.SIGTERM, _terminate)
        except ValueError:  # not the main thread (an embedding host): leave its signals alone
            pass
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            click.echo("newslint: interrupted" + (" (SIGTERM)" if isinstance(exc, Terminated) else ""), err=True)
            sys.exit(128 + (signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT))


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that the same clean-up (temporary files, workers) runs."""


def _terminate(_signum, _frame) -> None:
    raise Terminated()


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """Lint news articles for ingest defects. `newslint PATHS` is `newslint check PATHS`."""


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes (NL1) or names; comma-separated.")
@click.option("--extend-select", multiple=True, help="Rules to add to the selection.")
@click.option("--ignore", multiple=True, help="Rules to leave out.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="full", show_default=True, help="Output format.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--statistics", is_flag=True, help="Print a count per rule instead of each finding.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Lowest severity that makes the exit code 1 (default: warning).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (default: found upward).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff; change nothing.")
@click.option("--stdin-filename", help="The name to report for standard input (`-`).")
@click.option("--grammar", is_flag=True, help="Also run the LanguageTool grammar rules (NL8xx).")
@click.option("--cluster", is_flag=True, help="Treat the inputs as one story: also run the cross-article rules.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary.")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None,
              help="Worker processes (default 0: one per core). Small runs use this process alone.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Cache folder (default: $NEWSLINT_CACHE_DIR, else .newslint_cache).")
def check(paths: tuple[str, ...], select, extend_select, ignore, fmt, output_file, statistics, fail_on,
          config_path, fix, unsafe_fixes, diff, stdin_filename, grammar, cluster, quiet, no_color,
          jobs, no_cache, cache_dir) -> None:
    """Check article files, folders (recursively) and JSON Lines corpora."""
    if not paths:
        raise UsageProblem("no input paths given (try `newslint seeds/`)")
    config = _load_config(config_path, paths)
    registry = _registry(config)
    selection = _split(select) or config.select
    extend = [*config.extend_select, *_split(extend_select), *(["NL8"] if grammar else []),
              *(rule.code for rule in registry if cluster and issubclass(rule, CorpusRule))]
    ignores = [*config.ignore, *_split(ignore)]
    context = RuleContext(language=config.language, **_vocabulary(config))

    def build(extra_ignores: Sequence[str]) -> Linter:
        try:
            return Linter.from_registry(registry, selection, extend, [*ignores, *extra_ignores],
                                        _by_code(registry, config.rule_options, "rule-options"),
                                        _by_code(registry, config.severity, "severity"), context)
        except (RegistryError, ValueError) as exc:
            raise UsageProblem(f"{config.path or 'command line'}: {exc}") from None

    errors: list[str] = []
    pool = LinterPool(config, build)
    try:  # validate the selection and reach what the rules need before reading any input
        for rule in pool.for_path("").rules:
            rule.prepare()
    except FatalRuleError as exc:
        raise UsageProblem(str(exc)) from None
    files = collect_files(paths, config, errors)
    results = lint_inputs(files, config, pool, errors, stdin=sys.stdin.buffer.read, stdin_name=stdin_filename,
                          jobs=jobs, cache=None if no_cache else Cache(cache_dir),
                          keep_sources=bool(fix or diff or corpus_rules(pool.for_path("").rules)))
    for message in errors:
        click.echo(f"newslint: error: {message}", err=True)
    if not files and not errors:
        raise UsageProblem("no input files found (looked for " + ", ".join(config.include) + ")")

    if fix or diff:
        results = _apply_fixes(results, fix, diff, unsafe_fixes, errors, pool)

    diagnostics = [d for r in results for d in r.diagnostics()]
    cross_article = corpus_rules(pool.for_path("").rules)
    if cross_article:
        diagnostics += run_corpus_rules(cross_article, [(r.path, r.data) for r in results], config)
    diagnostics.sort(key=Diagnostic.sort_key)
    _report(fmt, diagnostics, output_file, registry, not no_color and _is_tty(output_file),
            [r.path for r in results], statistics, quiet, to_stderr=fix and not diff and STDIN in files)
    threshold = Severity.parse(fail_on) if fail_on else config.fail_on
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(d.severity >= threshold for d in diagnostics) else EXIT_CLEAN)


def _apply_fixes(results, fix: bool, diff: bool, unsafe: bool, errors: list[str], pool: LinterPool | None = None):
    """Write (``--fix``) or print (``--diff``) the fixes; return the results still to report.

    With ``pool``, each file is re-linted and fixed until no fix applies (see writer.fix_file).
    """
    remaining = []
    for result in results:
        outcome = fix_file(result, unsafe, pool.for_path(result.path).lint_document if pool else None)
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
                write_atomic(result.source, outcome.new_data, result.digest)
        except OSError as exc:  # the read errors are printed already: print this one now
            message = str(exc) if isinstance(exc, FileChangedError) else \
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


def _report(fmt, diagnostics, output_file, registry, color, files, statistics, quiet, to_stderr=False) -> None:
    """Write the report to ``output_file``, or stdout (stderr when stdout carries fixed text)."""
    try:
        if output_file:
            with open(output_file, "w", encoding="utf-8", newline="") as stream:
                write_report(fmt, diagnostics, stream, registry=registry, color=False, files_checked=files,
                             statistics=statistics)
        else:
            stream = sys.stderr if to_stderr else sys.stdout
            if quiet and fmt in ("full", "concise") and not statistics:
                write_report("concise", diagnostics, stream, registry=registry, color=color, files_checked=files)
            else:
                write_report(fmt, diagnostics, stream, registry=registry, color=color, files_checked=files,
                             statistics=statistics)
    except BrokenPipeError:  # `newslint … | head`: the reader has gone, which is not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS if diagnostics else EXIT_CLEAN)
    except OSError as exc:
        raise UsageProblem(f"{output_file or '<stdout>'}: cannot write the report: {exc.strerror or exc}") from None


def _is_tty(output_file) -> bool:
    return output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _load_config(config_path: str | None, paths: Sequence[str]) -> config_mod.Config:
    try:
        if config_path:
            return config_mod.load(Path(config_path))
        start = next((Path(p) for p in paths if p != STDIN and Path(p).exists()), Path.cwd())
        found = config_mod.discover(start)
        return config_mod.load(found) if found else config_mod.Config()
    except config_mod.ConfigError as exc:
        raise UsageProblem(str(exc)) from None


def _registry(config: config_mod.Config) -> Registry:
    try:
        return build_registry(config.packs)
    except (PackError, RegistryError) as exc:
        raise UsageProblem(str(exc)) from None


def _vocabulary(config: config_mod.Config) -> dict:
    try:
        accept, reject = config.vocabulary()
    except config_mod.ConfigError as exc:
        raise UsageProblem(str(exc)) from None
    return {"accept_words": accept, "reject_words": reject}


def _by_code(registry: Registry, table: dict, key: str) -> dict:
    """Config tables keyed by rule name or code, re-keyed by code (unknown rules are errors)."""
    out = {}
    for selector, value in table.items():
        rule = registry.lookup(selector)
        if rule is None:
            raise UsageProblem(f"{key}.{selector}: unknown rule")
        out[rule.code] = value
    return out


def _load_registry_for_docs(pack_config: str | None) -> Registry:
    config = _load_config(pack_config, ["."])
    return _registry(config)


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for user packs).")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def rules_command(config_path, show_all) -> None:
    """List the rules: code, name, default severity, whether on by default, summary."""
    registry = _load_registry_for_docs(config_path)
    for rule in registry:
        if not show_all and not rule.default_enabled:
            continue
        state = "on " if rule.default_enabled else "off"
        click.echo(f"{rule.code:<7} {rule.name:<28} {str(rule.severity):<8} {state} {rule.summary}")


@main.command("rule")
@click.argument("name_or_code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for user packs).")
def rule_command(name_or_code, config_path) -> None:
    """Print one rule's documentation."""
    registry = _load_registry_for_docs(config_path)
    rule = registry.lookup(name_or_code)
    if rule is None:
        raise UsageProblem(f"unknown rule {name_or_code!r} (see `newslint rules --all`)")
    click.echo(rule_doc(rule))


@main.command("metadata")
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for JSONL field names).")
def metadata_command(paths, config_path) -> None:
    """Show what newslint parsed from each article: title, dates, URL, paragraphs (JSON Lines)."""
    config = _load_config(config_path, paths)
    errors: list[str] = []
    for path in collect_files(paths, config, errors):
        try:
            data = read_input(path, sys.stdin.buffer.read)
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        for document in documents(data, path, config):
            click.echo(json.dumps(describe_document(document), ensure_ascii=False))
    for message in errors:
        click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def describe_document(document) -> dict:
    """The parsed header, body shape and dates of one document, JSON-ready."""
    out = {"path": document.path, "record": document.record_line}
    if document.problems:
        return {**out, "problems": [p.message for p in document.problems]}
    article = Article.parse(document.text, document.path, document.meta, document.has_header)
    header = {name: getattr(article, name).value if getattr(article, name) else None for name in ("title", "date", "url")}
    return {**out, **header, "date_glued": bool(article.date and article.date.glued), "meta": article.meta,
            "paragraphs": len(article.paragraphs), "sentences": len(article.sentences), "words": article.word_count,
            "dates": describe_dates(article)}


def rule_doc(rule) -> str:
    """A rule's documentation as plain text (also used for the README's rule table)."""
    lines = [f"{rule.code} {rule.name} ({rule.severity}, {'on' if rule.default_enabled else 'off'} by default)", "",
             rule.summary]
    if rule.explanation:
        lines += ["", rule.explanation.strip()]
    if rule.options:
        lines += ["", "Options:"]
        lines += [f"  {key} ({opt.type.__name__}, default {opt.default!r}): {opt.help}" for key, opt in rule.options.items()]
    if rule.bad:
        lines += ["", "Bad:", f"  {rule.bad}"]
    if rule.good:
        lines += ["", "Good:", f"  {rule.good}"]
    if rule.origin != "newslint":
        lines += ["", f"Defined in: {rule.origin}"]
    return "\n".join(lines)


def run() -> None:
    """The console script: no traceback ever reaches the user unless NEWSLINT_DEBUG is set."""
    try:
        main(standalone_mode=True)
    except Exception as exc:  # a bug in newslint itself: one line, exit 2
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        click.echo(f"newslint: internal error: {type(exc).__name__}: {exc} "
                   "(please report it; set NEWSLINT_DEBUG=1 for the traceback)", err=True)
        sys.exit(EXIT_ERROR)
