"""The content-hash cache: hits return identical diagnostics; bytes, config and selection invalidate it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import runner
from newslint.cache import CACHE_ENV, DATABASE, Cache
from newslint.cli import main
from newslint.config import Config
from newslint.engine import Linter
from newslint.inputs import collect_files
from newslint.runner import LinterPool, lint_inputs

from conftest import OLD_NAMES_PACK

ARTICLE = "Title\n\nThe minister flew to Kiev.\n\nTalks in Kiev went on.\n"


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "pack.yaml").write_text(OLD_NAMES_PACK)
    (tmp_path / "newslint.toml").write_text('packs = ["pack.yaml"]\nselect = ["XT"]\n')
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE)
    (folder / "b.txt").write_text("Title\n\nA clean sentence.\n")
    (folder / "c.jsonl").write_text(json.dumps({"text": "It was Bombay then.", "title": "T"}) + "\n{broken\n")
    return folder


@pytest.fixture
def checked(monkeypatch):
    """The display paths that were actually linted (not served from the cache)."""
    seen: list[str] = []
    real = runner._run_task

    def spy(task):
        if isinstance(task, runner._TextBatch):
            seen.extend(display for _, display, _ in task.items)
        else:
            seen.append(task.display)
        return real(task)

    monkeypatch.setattr(runner, "_run_task", spy)
    return seen


def _lint(registry, corpus, cache, select=("XT",), options=None):
    config = Config()
    pool = LinterPool(config, lambda ignores: Linter.from_registry(registry, select, ignore=ignores, options=options))
    errors: list[str] = []
    results = lint_inputs(collect_files([str(corpus)], config, errors), config, pool, errors, cache=cache)
    assert not errors
    return {r.path: r.diagnostics() for r in results}


def _input_entries(folder):
    """The keys of the cache entries of inputs (not the setup entries of runs)."""
    with closing(sqlite3.connect(folder / DATABASE)) as database:
        return sorted(key for (key,) in database.execute("SELECT key FROM entry"))


def test_a_hit_returns_identical_diagnostics_without_linting(registry, corpus, tmp_path, checked):
    cache = Cache(tmp_path / "cache")
    first = _lint(registry, corpus, cache)
    assert len(checked) == 3 and any(first.values())
    checked.clear()
    assert _lint(registry, corpus, Cache(tmp_path / "cache")) == first
    assert checked == []
    assert (tmp_path / "cache" / "CACHEDIR.TAG").is_file()


def test_changed_bytes_are_checked_again(registry, corpus, tmp_path, checked):
    cache = Cache(tmp_path / "cache")
    _lint(registry, corpus, cache)
    (corpus / "b.txt").write_text(ARTICLE.replace("minister", "mayor"))
    checked.clear()
    again = _lint(registry, corpus, cache)
    assert checked == [str(corpus / "b.txt")]
    assert [(d.code, d.line, d.column) for d in again[str(corpus / "b.txt")]] == [("XT101", 3, 19), ("XT101", 5, 10)]


def _an_int_option(registry):
    """(code, {option: a value other than its default}) of a default rule with an int option."""
    for rule in registry:
        for key, option in rule.options.items():
            if rule.default_enabled and option.type is int and not rule.code.startswith("NL8"):
                return rule.code, {key: option.default + 1}
    pytest.skip("no default rule has an int option")


@pytest.mark.parametrize("change", ["select", "options"])
def test_a_different_selection_or_option_misses(registry, corpus, tmp_path, checked, change):
    code, options = _an_int_option(registry)
    cache = Cache(tmp_path / "cache")
    _lint(registry, corpus, cache, select=["XT", code])
    checked.clear()
    if change == "select":
        _lint(registry, corpus, cache, select=["XT101", code])
    else:
        _lint(registry, corpus, cache, select=["XT", code], options={code: options})
    assert len(checked) == 3


def test_a_corrupt_entry_is_ignored_and_replaced(registry, corpus, tmp_path, checked):
    cache = Cache(tmp_path / "cache")
    first = _lint(registry, corpus, cache)
    keys = _input_entries(tmp_path / "cache")
    assert len(keys) == 3
    with closing(sqlite3.connect(tmp_path / "cache" / DATABASE)) as database, database:
        for key, value in zip(keys, ["\x00garbage{", json.dumps([["x"] * 11]), '{"not": "rows"}']):
            database.execute("UPDATE entry SET value = ? WHERE key = ?", (value, key))
    checked.clear()
    assert _lint(registry, corpus, Cache(tmp_path / "cache")) == first
    assert len(checked) == 3
    checked.clear()
    assert _lint(registry, corpus, Cache(tmp_path / "cache")) == first
    assert checked == []


def test_a_file_that_is_not_a_database_is_replaced(registry, corpus, tmp_path, checked):
    (tmp_path / "cache" / DATABASE).parent.mkdir(parents=True)
    (tmp_path / "cache" / DATABASE).write_bytes(b"not a database, but something else entirely" * 100)
    first = _lint(registry, corpus, Cache(tmp_path / "cache"))
    assert len(checked) == 3 and any(first.values())
    checked.clear()
    assert _lint(registry, corpus, Cache(tmp_path / "cache")) == first
    assert checked == []


def test_an_unwritable_cache_folder_only_costs_the_hits(registry, corpus, tmp_path, checked):
    (tmp_path / "cache").write_text("a file where the cache folder should be")
    first = _lint(registry, corpus, Cache(tmp_path / "cache"))
    checked.clear()
    assert _lint(registry, corpus, Cache(tmp_path / "cache")) == first
    assert len(checked) == 3


def test_no_cache_bypasses_and_the_env_var_sets_the_folder(corpus, tmp_path, monkeypatch):
    folder = tmp_path / "env-cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    cli = CliRunner()
    bypass = cli.invoke(main, ["check", "-j", "1", "--no-cache", "--format", "json", str(corpus)])
    assert not folder.exists()
    cached = cli.invoke(main, ["check", "-j", "1", "--format", "json", str(corpus)])
    hit = cli.invoke(main, ["check", "-j", "1", "--format", "json", str(corpus)])
    assert bypass.output == cached.output == hit.output and json.loads(hit.output)
    assert len(_input_entries(folder)) == 3
    other = tmp_path / "flag-cache"
    cli.invoke(main, ["check", "-j", "1", "--cache-dir", str(other), str(corpus)])
    assert len(_input_entries(other)) == 3


def test_runs_sharing_a_cache_folder_at_once_all_succeed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for i in range(600):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (corpus / f"{i:03}.txt").write_text(f"{text}\nThis is paragraph {i}.\n", encoding="utf-8")
    command = [sys.executable, "-m", "newslint", "check", "-j", "1", "--format", "concise",
               "--cache-dir", str(tmp_path / "cache"), str(corpus)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    after = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert [run.returncode for run in runs] == [1, 1, 1] and after.returncode == 1
    assert all(err == "" for _, err in outputs) and after.stderr == ""
    assert {out for out, _ in outputs} == {after.stdout} and after.stdout.count("\n") >= 600
    assert len(_input_entries(tmp_path / "cache")) == 600
