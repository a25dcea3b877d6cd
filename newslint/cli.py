"""The ``newslint`` command.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 usage error, bad config or rule pack, unreadable or missing input, no input files.
"""

from __future__ import annotations

import json
import os
import sys
from operator import attrgetter
from pathlib import Path
from typing import Sequence

import click

try:
    import _signal as signal  # what `signal` wraps in enums: importing those costs a one-file run 1 ms
except ImportError:  # pragma: no cover - an implementation without it
    import signal

from newslint import __version__, config as config_mod, gcpause
from newslint.cache import Cache, CacheChanged
from newslint.columnar import usage_problem
from newslint.diagnostic import Diagnostic, Severity
from newslint.inputs import STDIN, InputTooLarge, collect_files, read_input
from newslint.formats import FINGERPRINTED, FORMATS, ReportError, ReportWriter, atomic_output
from newslint.replay import replay, setup_key

# The rules are imported (through newslint.linting) only when a run must lint: a run
# answered from the cache, `--help` and `--version` never import them.

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
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False),
              help="Report only findings this baseline file does not record (default: config `baseline`).")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record every finding of this run in a baseline file, report nothing, exit 0.")
@click.option("--prune-baseline", is_flag=True, help="Remove the baseline's stale entries (fixed findings).")
@click.option("--ocr", type=click.Choice(["auto", "on", "off"]), default=None,
              help="OCR checks (NL704-NL708): judge each document (auto, the default), or force them on or off.")
@click.option("--max-file-size", type=click.IntRange(min=1), default=None,
              help="Skip (NL004) a text file or JSONL record over this many bytes (default 64 MB; config max-file-size).")
@click.option("--fix-read-only", is_flag=True, help="With --fix, also fix files whose mode forbids writing.")
@click.option("--verbose", "-v", is_flag=True, help="Also say which files a folder walk skipped, and why.")
def check(paths: tuple[str, ...], select, extend_select, ignore, fmt, output_file, statistics, fail_on,
          config_path, fix, unsafe_fixes, diff, stdin_filename, grammar, cluster, quiet, no_color,
          jobs, no_cache, cache_dir, baseline_path, write_baseline, prune_baseline, ocr, max_file_size,
          fix_read_only, verbose) -> None:
    """Check article files, folders (recursively) and JSON Lines corpora."""
    if not paths:
        raise UsageProblem("no input paths given (try `newslint seeds/`)")
    if sys.stdout is None and not output_file:
        raise UsageProblem("standard output is closed: nowhere to write the report (use --output-file)")
    config = _load_config(config_path, paths)
    config.ocr = ocr or config.ocr
    if max_file_size:
        config.max_file_size = max_file_size
    select = _split(select) or config.select
    extend = [*config.extend_select, *_split(extend_select), *(["NL8"] if grammar else [])]
    ignores = [*config.ignore, *_split(ignore)]
    baseline = None if write_baseline else _load_baseline(baseline_path or config.baseline, prune_baseline)
    errors: list[str] = []
    skipped: list[str] = []
    files = collect_files(paths, config, errors, skipped)
    for message in skipped if verbose else ():
        click.echo(f"newslint: skipped {message}", err=True)
    problem = usage_problem(fmt, files, output_file, fix or diff)
    if problem:
        raise UsageProblem(problem)
    cache = None if no_cache else Cache(cache_dir)
    setup = setup_key(config, select, extend, ignores) if cache is not None else None
    if not files and not errors:
        raise UsageProblem("no input files found (looked for " + ", ".join(config.include) + ")")
    output = _Output(fmt, output_file, _RulesOnDemand(config, None), not no_color and _is_tty(output_file),
                     statistics, quiet, to_stderr=fix and not diff and STDIN in files)
    try:
        with output:
            tally = _check(files, errors, config, output, cache, setup, select, extend, ignores, baseline,
                           fix=fix, unsafe_fixes=unsafe_fixes, diff=diff, cluster=cluster, jobs=jobs,
                           write_baseline=write_baseline, prune_baseline=prune_baseline, quiet=quiet,
                           stdin_filename=stdin_filename, fix_read_only=fix_read_only)
    except ReportError as exc:
        if isinstance(exc.__cause__, BrokenPipeError):  # `newslint … | head`: the reader has gone, not our error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_FINDINGS if output.writer and output.writer.tally.count else EXIT_CLEAN)
        cause = exc.__cause__
        raise UsageProblem(f"{output_file or '<stdout>'}: cannot write the report: {cause.strerror or cause}") from None
    if fmt == "html" and output_file and not quiet:
        click.echo(f"newslint: wrote {output_file} ({_size(os.path.getsize(output_file))})", err=True)
    if errors:
        sys.exit(EXIT_ERROR)
    threshold = Severity.parse(fail_on) if fail_on else config.fail_on
    sys.exit(EXIT_FINDINGS if tally.worst is not None and tally.worst >= threshold else EXIT_CLEAN)


def _check(files, errors, config, output: "_Output", cache, setup, select, extend, ignores, baseline, *, fix,
           unsafe_fixes, diff, cluster, jobs, write_baseline, prune_baseline, quiet, stdin_filename, fix_read_only):
    """Lint (or replay from the cache) and report; the report's tally. Exits early for --diff and --write-baseline.

    When nothing needs every finding at once (no fix, diff, baseline or
    cross-article rule), the findings go to the report as the run yields them.
    """
    results = None
    if setup is not None and not (fix or diff or cluster) and STDIN not in files:
        results = replay(files, config, cache, setup)
        if results is not None:
            gcpause.resume()
    registry = None
    streamed = False
    if results is None:  # the cache cannot answer: lint, with every selected rule
        from newslint import linting

        try:
            registry = linting.load_registry(config)
            # a context fingerprint is read by the cache, a baseline and SARIF only
            fingerprints = cache is not None or baseline is not None or bool(write_baseline) or bool(fix or diff) \
                or output.fmt in FINGERPRINTED
            pool = linting.prepare(config, registry, linting.Selection(select, extend, ignores), cluster, fingerprints)
        except linting.RunError as exc:
            raise UsageProblem(str(exc)) from None
        output.registry.registry = registry
        keep_sources = bool(fix or diff or linting.needs_sources(pool))
        streamed = not (keep_sources or write_baseline or baseline is not None)
        results = linting.lint(files, config, pool, errors, jobs=jobs, cache=cache, setup=setup,
                               keep_sources=keep_sources, stdin_name=stdin_filename, progress=not quiet,
                               emit=output.open().add if streamed else None)
    if cache is not None and cache.given_up:
        click.echo(f"newslint: warning: {cache.given_up}; checking without it", err=True)
    for message in errors:
        click.echo(f"newslint: error: {message}", err=True)
    if registry is None and not (write_baseline or baseline is not None):  # the cache answered: nothing to fix
        return _report_replayed(results, errors, output, config, stdin_filename)

    diagnostics = []
    if registry is not None:
        if fix or diff:
            results = linting.apply_fixes(results, fix, diff, unsafe_fixes, errors, pool,
                                          keep=baseline.without_baselined if baseline else None,
                                          fix_read_only=fix_read_only)
        diagnostics = linting.cross_article(pool, results, config)
    if not streamed:
        try:
            diagnostics += [d for r in results for d in r.diagnostics()]
        except CacheChanged as exc:  # a replayed entry gone since the run began
            raise UsageProblem(str(exc)) from None
    diagnostics.sort(key=Diagnostic.sort_key)
    if diff:  # the diff alone, as ruff prints it: exit 1 when there is something to fix
        sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if _fixable(diagnostics, unsafe_fixes) else EXIT_CLEAN)
    if write_baseline:
        _write_baseline(write_baseline, diagnostics, quiet)
        sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)
    suppressed = []
    if baseline is not None:
        diagnostics, suppressed = _apply_baseline(baseline, diagnostics, [r.path for r in results], prune_baseline,
                                                  quiet)
    results = sorted(results, key=attrgetter("path"))  # as a streamed run takes them, whether linted or replayed
    writer = output.open()
    writer.add(diagnostics)
    writer.close(files_checked=[r.path for r in results], errors=len(errors), suppressed=suppressed,
                 documents=_documents_on_demand(results, config, stdin_filename))
    return writer.tally


def _report_replayed(results, errors, output: "_Output", config, stdin_filename):
    """Report a run the cache answered as it is read back, an entry at a time (a replayed corpus is never held)."""
    results = sorted(results, key=attrgetter("path"))
    writer = output.open()
    try:
        for result in results:
            for entry in result.replayed():  # a file's entries (its chunks of records) come in order
                writer.add(sorted(entry, key=Diagnostic.sort_key))
    except CacheChanged as exc:
        raise UsageProblem(str(exc)) from None
    writer.close(files_checked=[r.path for r in results], errors=len(errors),
                 documents=_documents_on_demand(results, config, stdin_filename))
    return writer.tally


def _fixable(diagnostics: Sequence[Diagnostic], unsafe: bool) -> bool:
    return any(d.fix and (unsafe or d.fix["applicability"] == "safe") for d in diagnostics)


def _load_baseline(path, prune: bool):
    """The baseline to compare with (None without one); a missing or malformed file is a usage error."""
    if path is None:
        if prune:
            raise UsageProblem("--prune-baseline needs a baseline (--baseline FILE or `baseline` in the config)")
        return None
    from newslint.baseline import Baseline, BaselineError

    try:
        return Baseline.load(path)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from None


def _write_baseline(path: str, diagnostics: Sequence[Diagnostic], quiet: bool) -> None:
    from newslint.baseline import Baseline, BaselineError

    baseline = Baseline.of(path, diagnostics)
    try:
        baseline.write()
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from None
    if not quiet:
        click.echo(f"newslint: recorded {_count(len(baseline), 'finding')} in {path}", err=True)


def _apply_baseline(baseline, diagnostics, checked, prune: bool, quiet: bool):
    """The new diagnostics and those the baseline hides; stale entries are reported (or pruned)."""
    from newslint.baseline import BaselineError

    split = baseline.split(diagnostics, checked)
    try:
        if prune and split.stale:
            baseline.pruned(split.stale).write()
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from None
    note = baseline.describe(split, pruned=prune)
    if note and not quiet:
        click.echo(f"newslint: {note}", err=True)
    return split.new, split.baselined


def _documents_on_demand(results, config: config_mod.Config, stdin_name: str | None):
    """The checked documents, read again when a format asks (html, labelstudio)."""
    def documents():
        from newslint.runner import checked_documents

        return checked_documents(results, config, stdin_name)
    return documents


class _RulesOnDemand:
    """The registry for a report that lists the rules (SARIF), built only if the run did not build it (set
    ``registry`` when it did)."""

    def __init__(self, config: config_mod.Config, registry) -> None:
        self.config, self.registry = config, registry

    def __iter__(self):
        if self.registry is None:
            self.registry = _load_registry(self.config)
        return iter(self.registry)


class _Output:
    """Where the report goes: ``-o`` (written atomically: whole or not at all) or stdout (stderr when stdout
    carries fixed text). A context manager; :meth:`open` starts the report (once) and gives its writer."""

    def __init__(self, fmt, output_file, registry, color, statistics, quiet, to_stderr=False) -> None:
        if quiet and fmt in ("full", "concise") and not statistics and not output_file:
            fmt = "concise"  # findings only: no summary
        self.fmt, self.output_file, self.registry, self.statistics = fmt, output_file, registry, statistics
        self.color = color and not output_file
        self.to_stderr = to_stderr
        self.writer: ReportWriter | None = None
        self._file = None

    def __enter__(self) -> "_Output":
        return self

    def open(self) -> ReportWriter:
        if self.writer is None:
            if self.output_file:
                self._file = atomic_output(self.output_file)
                try:
                    stream = self._file.__enter__()
                except OSError as exc:
                    self._file = None
                    raise ReportError(exc) from exc
            else:
                stream = sys.stderr if self.to_stderr else sys.stdout
            self.writer = ReportWriter(self.fmt, stream, registry=self.registry, color=self.color,
                                       statistics=self.statistics)
        return self.writer

    def __exit__(self, kind, value, traceback) -> None:
        if self.writer is not None:
            self.writer.abandon()
        if self._file is not None:
            try:
                self._file.__exit__(kind, value, traceback)
            except OSError as exc:
                raise ReportError(exc) from exc


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def _is_tty(output_file) -> bool:
    return output_file is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _load_config(config_path: str | None, paths: Sequence[str]) -> config_mod.Config:
    try:
        if config_path:
            return config_mod.load(Path(config_path))
        start = next((Path(p) for p in paths if p != STDIN and os.path.exists(p)), Path.cwd())
        found = config_mod.discover(start)
        return config_mod.load(found) if found else config_mod.Config()
    except config_mod.ConfigError as exc:
        raise UsageProblem(str(exc)) from None


def _load_registry(config: config_mod.Config):
    from newslint import linting

    try:
        return linting.load_registry(config)
    except linting.RunError as exc:
        raise UsageProblem(str(exc)) from None


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for user packs).")
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
def rules_command(config_path, show_all) -> None:
    """List the rules: code, name, default severity, whether on by default, summary."""
    registry = _load_registry(_load_config(config_path, ["."]))
    shown = [rule for rule in registry if show_all or rule.default_enabled]
    name_width = max([28, *(len(rule.name) for rule in shown)])  # the summaries line up after long names
    for rule in shown:
        state = "on " if rule.default_enabled else "off"
        click.echo(f"{rule.code:<7} {rule.name:<{name_width}} {str(rule.severity):<8} {state} {rule.summary}")


@main.command("rule")
@click.argument("name_or_code")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for user packs).")
def rule_command(name_or_code, config_path) -> None:
    """Print one rule's documentation."""
    registry = _load_registry(_load_config(config_path, ["."]))
    rule = registry.lookup(name_or_code)
    if rule is None:
        raise UsageProblem(f"unknown rule {name_or_code!r} (see `newslint rules --all`)")
    click.echo(rule_doc(rule))


@main.command("metadata")
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Config file (for JSONL field names).")
def metadata_command(paths, config_path) -> None:
    """Show what newslint parsed from each article: title, dates, URL, paragraphs, OCR (JSON Lines)."""
    from newslint.runner import documents

    gcpause.resume()
    config = _load_config(config_path, paths)
    errors: list[str] = []
    for path in collect_files(paths, config, errors):
        try:
            data = read_input(path, sys.stdin.buffer.read if sys.stdin else None, config.max_file_size)
        except InputTooLarge as exc:
            errors.append(f"{path}: {exc.message}")
            continue
        except OSError as exc:
            errors.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        for document in documents(data, path, config):
            click.echo(json.dumps(describe_document(document, config.ocr), ensure_ascii=False))
    for message in errors:
        click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def describe_document(document, ocr: str = "auto") -> dict:
    """The parsed header, body shape, dates and OCR gate decision of one document, JSON-ready."""
    from newslint.dates import describe_dates
    from newslint.model import Article

    out = {"path": document.path, "record": document.record_line}
    if document.problems:
        return {**out, "problems": [p.message for p in document.problems]}
    article = Article.parse(document.text, document.path, document.meta, document.has_header, ocr)
    header = {name: getattr(article, name).value if getattr(article, name) else None for name in ("title", "date", "url")}
    return {**out, **header, "date_glued": bool(article.date and article.date.glued), "meta": article.meta,
            "paragraphs": len(article.paragraphs), "sentences": len(article.sentences), "words": article.word_count,
            "dates": describe_dates(article), "ocr": article.ocr.describe()}


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
    if hasattr(sys.stdout, "reconfigure"):  # an ASCII terminal gets escapes, not an error, for what it cannot show
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        main(standalone_mode=True)
    except Exception as exc:  # a bug in newslint itself: one line, exit 2
        if os.environ.get("NEWSLINT_DEBUG"):
            raise
        click.echo(f"newslint: internal error: {type(exc).__name__}: {exc} "
                   "(please report it; set NEWSLINT_DEBUG=1 for the traceback)", err=True)
        sys.exit(EXIT_ERROR)
