"""Issue 17: findings stream out in input order (the parent keeps none), JSONL is cached by chunks of records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import runner
from newslint.cache import Cache, linter_fingerprint
from newslint.cli import main
from newslint.config import Config
from newslint.diagnostic import Diagnostic
from newslint.engine import Linter
from newslint.inputs import collect_files
from newslint.parallel import can_fork
from newslint.runner import CHUNK_RECORDS, LinterPool, lint_inputs

from test_replay import answered  # noqa: F401  (the fixture: whether the cache answered each run)

DEFECTIVE = "Title\n\nThe minister flew in.The talks went on.  She spoke  twice.\n"
CLEAN = "Title\n\nThe minister flew in. She spoke twice.\n"


def _pool(registry, config=None):
    config = config or Config()
    return config, LinterPool(config, lambda ignores: Linter.from_registry(registry, None, ignore=ignores))


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:04}.txt").write_text(DEFECTIVE if i % 3 else CLEAN)
    return folder


def _records(count: int, defect_every: int = 2) -> str:
    return "".join(json.dumps({"id": str(i), "title": "T", "text": (DEFECTIVE if i % defect_every else CLEAN)
                               .split("\n\n", 1)[1]}) + "\n" for i in range(count))


def test_emitted_findings_come_in_input_order_and_the_results_keep_none(registry, tmp_path):
    folder = _folder(tmp_path, 70)
    (folder / "big.jsonl").write_text(_records(300))
    config, pool = _pool(registry)
    files = collect_files([str(folder)], config, [])
    batches: list[list[Diagnostic]] = []
    errors: list[str] = []
    results = lint_inputs(list(reversed(files)), config, pool, errors, emit=batches.append)
    assert not errors
    emitted = [d for batch in batches for d in batch]
    assert emitted and emitted == sorted(emitted, key=Diagnostic.sort_key)
    assert all(r.resolved == [] and not r.results for r in results)  # the parent kept no finding
    kept = lint_inputs(files, config, pool, [])
    assert emitted == sorted((d for r in kept for d in r.diagnostics()), key=Diagnostic.sort_key)


def test_findings_are_handed_on_before_the_last_input_is_read(registry, tmp_path, monkeypatch):
    """Streaming, not collecting: the first findings go out while most inputs are still unread."""
    folder = _folder(tmp_path, 200)
    config, pool = _pool(registry)
    events: list[str] = []
    real_read = runner.read_input
    monkeypatch.setattr(runner, "read_input", lambda *a, **k: events.append("read") or real_read(*a, **k))
    lint_inputs(collect_files([str(folder)], config, []), config, pool, [],
                emit=lambda batch: events.append("emit"))
    assert events.count("read") == 200
    assert events.index("emit") < len(events) // 2


@pytest.mark.skipif(not can_fork(), reason="needs fork")
def test_cli_output_is_the_same_with_two_workers_and_in_any_argument_order(tmp_path):
    folder = _folder(tmp_path, 40)
    (folder / "big.jsonl").write_text(_records(2000, 3))  # over the size at which a run goes parallel
    names = sorted(str(p) for p in folder.iterdir())
    outputs = {}
    for jobs, order in (("1", names), ("2", names), ("2", list(reversed(names)))):
        result = CliRunner().invoke(main, ["check", "--no-cache", "-j", jobs, "--format", "jsonl", *order])
        assert result.exit_code == 1, result.output
        outputs[jobs, order[0]] = result.output
    lines = [json.loads(line) for line in outputs["1", names[0]].splitlines()]
    assert len(set(outputs.values())) == 1 and len(lines) > 1000
    keys = [(d["path"], d["line"], d["column"]) for d in lines]
    assert keys == sorted(keys)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "concise", "full", "github"])
def test_streamed_formats_match_the_report_written_at_once(tmp_path, monkeypatch, fmt):
    from io import StringIO

    from newslint.api import lint_text
    from newslint.formats import write_report

    diagnostics = [*lint_text(DEFECTIVE, "a.txt"), *lint_text(DEFECTIVE, "b.txt")]
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        Path(name).write_text(DEFECTIVE)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", fmt, "b.txt", "a.txt"])
    expected = StringIO()
    write_report(fmt, sorted(diagnostics, key=Diagnostic.sort_key), expected, registry=[], color=False,
                 files_checked=["a.txt", "b.txt"])
    assert result.exit_code == 1 and len(diagnostics) >= 2
    assert result.output == expected.getvalue()


def test_json_array_is_valid_whether_empty_or_not(tmp_path):
    (tmp_path / "clean.txt").write_text(CLEAN)
    (tmp_path / "bad.txt").write_text(DEFECTIVE)
    empty = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(tmp_path / "clean.txt")])
    assert (empty.exit_code, json.loads(empty.output)) == (0, [])
    full = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(tmp_path)])
    assert full.exit_code == 1 and len(json.loads(full.output)) == 1


# -- the cache by chunks of records ---------------------------------------------

@pytest.fixture
def linted_records(monkeypatch):
    """How many JSONL records were linted (not answered from the cache)."""
    count = [0]
    real = runner._run_task

    def spy(task):
        if isinstance(task, runner._RecordChunk):
            count[0] += len(task.lines)
        return real(task)

    monkeypatch.setattr(runner, "_run_task", spy)
    return count


def test_editing_one_record_relints_only_its_chunk(registry, tmp_path, linted_records):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(_records(1000))
    config, pool = _pool(registry)

    def run():
        found: list[Diagnostic] = []
        errors: list[str] = []
        lint_inputs([str(corpus)], config, pool, errors, cache=Cache(tmp_path / "cache"), emit=found.extend)
        assert not errors
        return found

    first = run()
    assert linted_records[0] == 1000
    linted_records[0] = 0
    assert run() == first and linted_records[0] == 0
    lines = corpus.read_text().splitlines(keepends=True)
    lines[500] = json.dumps({"id": "500", "title": "T", "text": "A new text.It lost a space."}) + "\n"
    corpus.write_text("".join(lines))
    edited = run()
    assert linted_records[0] == CHUNK_RECORDS  # the chunk holding line 501, no other
    fresh: list[Diagnostic] = []
    lint_inputs([str(corpus)], config, pool, [], emit=fresh.extend)
    assert edited == fresh != first


def test_a_jsonl_corpus_is_answered_from_its_chunks_without_linting(tmp_path, answered):
    """The file's cache entry is the list of its chunks' keys: a replay reads them, imports no rule."""
    (tmp_path / "corpus.jsonl").write_text(_records(600))
    args = ["check", "-j", "1", "--format", "jsonl", "--cache-dir", str(tmp_path / "cache"),
            str(tmp_path / "corpus.jsonl")]
    first = CliRunner().invoke(main, args)
    second = CliRunner().invoke(main, args)
    assert answered == [False, True]
    assert first.exit_code == second.exit_code == 1
    assert first.output == second.output and first.output.count("\n") >= 300


def test_a_linter_fingerprint_is_never_taken_for_another_linter_at_the_same_address(registry, tmp_path):
    """Linters made and dropped one after another often reuse an address (``id``): each gets its own fingerprint."""
    cache = Cache(tmp_path / "cache")
    fields = Config().jsonl
    for select in (["NL501"], ["NL502"]) * 6:
        linter = Linter.from_registry(registry, select)
        assert cache.fingerprint(linter, fields) == linter_fingerprint(linter, fields)[0]
        del linter


def test_a_reader_that_goes_away_mid_stream_ends_the_run_quietly_with_exit_1(tmp_path):
    """`newslint … | head`: the report is being written while workers lint; exit 1 (findings), nothing on stderr."""
    import subprocess
    import sys

    (tmp_path / "big.jsonl").write_text(_records(3000, 2))
    process = subprocess.Popen([sys.executable, "-m", "newslint", "check", "--no-cache", "-j", "2", "--format",
                                "jsonl", str(tmp_path / "big.jsonl")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    assert json.loads(first)["rule"]
    assert process.wait(timeout=300) == 1
    assert process.stderr.read() == b""
