"""Parallel runs: same output whatever -j, a failing input is reported and the others are still checked."""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from newslint import runner
from newslint.cli import main
from newslint.config import Config
from newslint.engine import Linter
from newslint.inputs import collect_files
from newslint.parallel import WorkerDied, can_fork, ordered_map
from newslint.runner import LinterPool, lint_inputs

from conftest import OLD_NAMES_PACK

pytestmark = pytest.mark.skipif(not can_fork(), reason="worker processes need fork")

DEFECTIVE = "Title\n\nThe minister flew to Kiev.\n\nTalks in Kiev went on.\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """Ten text files and a JSONL file with enough bytes that a run uses workers."""
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(runner, "BATCH_FILES", 2)
    monkeypatch.setattr(runner, "CHUNK_RECORDS", 3)
    (tmp_path / "pack.yaml").write_text(OLD_NAMES_PACK)
    (tmp_path / "newslint.toml").write_text('packs = ["pack.yaml"]\nselect = ["XT101"]\n')
    for i in range(10):
        (tmp_path / f"a{i:02}.txt").write_text(DEFECTIVE if i % 3 == 0 else "Title\n\nA clean sentence here.\n")
    records = [{"text": "He flew to Kiev.", "title": f"t{i}"} if i % 2 else {"text": "Fine text."}
               for i in range(11)]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n")
    return tmp_path


def _run(args):
    return CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *args])


def test_output_bytes_are_the_same_with_one_and_two_jobs(corpus):
    one = _run(["-j", "1", str(corpus)])
    two = _run(["-j", "2", str(corpus)])
    assert one.exit_code == two.exit_code == 1
    assert one.output == two.output
    found = json.loads(one.output)
    assert {d["path"] for d in found} >= {str(corpus / "a00.txt"), str(corpus / "b.jsonl")}
    assert found == sorted(found, key=lambda d: (d["path"], d["line"], d["column"]))


class _Failing(Linter):
    """Fails on one input: with an exception, or by killing its worker process."""

    how = "raise"

    def _parse(self, document):  # the step every document goes through, alone or in a batch of records
        if document.path.endswith("a03.txt") or document.record_line == 4:
            if self.how == "die":
                os._exit(3)
            raise RuntimeError("boom")
        return super()._parse(document)


def _lint(corpus, registry, how, jobs):
    _Failing.how = how
    config = Config()
    pool = LinterPool(config, lambda ignores: _Failing.from_registry(registry, ["XT101"], ignore=ignores))
    errors: list[str] = []
    results = lint_inputs(collect_files([str(corpus)], config, errors), config, pool, errors, jobs=jobs)
    return results, errors


@pytest.mark.parametrize("how,jobs", [("raise", 1), ("raise", 2), ("die", 2)])
def test_a_failing_input_is_reported_and_the_others_are_checked(corpus, registry, how, jobs):
    results, errors = _lint(corpus, registry, how, jobs)
    assert len(errors) == 2
    assert errors[0].startswith(f"{corpus / 'a03.txt'}: not checked: ")
    assert errors[1].startswith(f"{corpus / 'b.jsonl'}: line 4: not checked: ")
    assert ("worker process died" in errors[0]) == (how == "die")
    paths = [r.path for r in results]
    assert str(corpus / "a03.txt") not in paths and len(paths) == 10
    by_path = {r.path: r.diagnostics() for r in results}
    expected = [("XT101", 3, 22), ("XT101", 5, 10)]
    assert [(d.code, d.line, d.column) for d in by_path[str(corpus / "a06.txt")]] == expected
    jsonl_lines = {d.line for d in by_path[str(corpus / "b.jsonl")]}
    assert jsonl_lines == {2, 6, 8, 10}  # 4 failed


def _double(n):
    if n == 5:
        os._exit(1)
    if n == 7:
        raise ValueError("seven")
    return n * 2


def test_ordered_map_keeps_order_and_isolates_the_task_that_kills_a_worker():
    outcomes = list(ordered_map(_double, range(12), jobs=2, window=3))
    assert [task for task, _ in outcomes] == list(range(12))
    assert isinstance(outcomes[5][1], WorkerDied)
    assert isinstance(outcomes[7][1], ValueError)
    assert [o for t, o in outcomes if t not in (5, 7)] == [t * 2 for t in range(12) if t not in (5, 7)]


def test_small_runs_stay_in_one_process(tmp_path):
    small = tmp_path / "a.txt"
    small.write_text("Title\n\nText.\n")
    assert runner.effective_jobs([str(small)], 8) == 1
    assert runner.effective_jobs([str(small)], 1) == 1
