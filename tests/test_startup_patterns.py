"""One-file run: import-time patterns through the regex cache, no cycle collection while starting, a setup entry
of the cache written only when it changed."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newslint import regexcache

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.usefixtures("fresh_regexcache")


def _run(source: str, namespace: dict) -> None:
    exec(compile(textwrap.dedent(source), "<module>", "exec"), namespace)


def test_install_serves_module_and_class_bodies_from_the_cache_and_leaves_functions_to_re():
    regexcache.install()
    namespace = {"re": re}
    _run("""
        WORD = re.compile(r"(?P<word>\\w+)-(\\d+)", re.IGNORECASE)

        class Holder:
            SPACE = re.compile(r"\\s{2,}")

        def build(pattern):
            return re.compile(pattern)
        """, namespace)
    assert (r"(?P<word>\w+)-(\d+)", int(re.IGNORECASE)) in regexcache._used
    assert (r"\s{2,}", 0) in regexcache._used
    made = namespace["build"]("in(a)function")
    assert ("in(a)function", 0) not in regexcache._used
    assert made is re.compile("in(a)function")  # re's own cache, as without install()
    for compiled, pattern, flags in ((namespace["WORD"], r"(?P<word>\w+)-(\d+)", re.IGNORECASE),
                                     (namespace["Holder"].SPACE, r"\s{2,}", 0)):
        expected = regexcache._re_compile(pattern, flags)
        assert compiled == expected and compiled.groupindex == expected.groupindex
        assert compiled.findall("Word-12  two-3") == expected.findall("Word-12  two-3")


def test_install_serves_bytes_patterns_apart_from_str_ones():
    regexcache.install()
    namespace = {"re": re}
    _run("""
        BYTES = re.compile(b"(a+)[ ]", re.IGNORECASE)
        TEXT = re.compile("(a+)[ ]", re.IGNORECASE)
        AGAIN = re.compile(BYTES)
        """, namespace)
    assert regexcache._used == {("bytes", b"(a+)[ ]", int(re.IGNORECASE)), ("(a+)[ ]", int(re.IGNORECASE))}
    assert namespace["AGAIN"] is namespace["BYTES"]
    assert namespace["BYTES"] == regexcache._re_compile(b"(a+)[ ]", re.IGNORECASE)
    assert namespace["BYTES"].match(b"AA ").group(1) == b"AA" and namespace["TEXT"].match("AA ").group(1) == "AA"
    regexcache.save()
    regexcache._table = None  # a new process: the program read back from the user cache
    assert ("bytes", b"(a+)[ ]", int(re.IGNORECASE)) in regexcache._loaded()
    _run("""BYTES = re.compile(b"(a+)[ ]", re.IGNORECASE)""", namespace)
    assert namespace["BYTES"] == regexcache._re_compile(b"(a+)[ ]", re.IGNORECASE)


def test_install_keeps_what_re_compile_refuses():
    regexcache.install()
    namespace = {"re": re}
    with pytest.raises(re.error):
        _run("BROKEN = re.compile('(unclosed')", namespace)
    with pytest.raises(ValueError):
        _run("LOCALE = re.compile('a', re.LOCALE)", namespace)  # as re.compile: no LOCALE with a str pattern
    with pytest.raises(ValueError):
        _run("FLAGS = re.compile(re.compile('a'), re.I)", namespace)


GC_SCRIPT = """
import gc, sys
from newslint import gcpause
gcpause.pause()
print(gc.isenabled())
gcpause.resume()
print(gc.isenabled(), gc.get_freeze_count() > 0)
gcpause.resume()  # once only
gc.disable()
gcpause.pause()  # something else stopped it: left alone
gcpause.resume()
print(gc.isenabled())
"""


def test_gcpause_stops_and_restarts_the_cycle_collector_once():
    run = subprocess.run([sys.executable, "-c", GC_SCRIPT], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert run.stdout.split("\n")[:3] == ["False", "True True", "False"]


def test_console_run_collects_cycles_once_it_lints(tmp_path):
    """The run itself has the collector on: cyclic garbage made while linting is freed."""
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe council met on Tuesday.\n", encoding="utf-8")
    script = ("import gc, sys\n"
              "from newslint import runner\n"
              "real = runner.lint_inputs\n"
              "def spy(*args, **kwargs):\n"
              "    sys.stderr.write(f'GC {gc.isenabled()}\\n')\n"
              "    return real(*args, **kwargs)\n"
              "runner.lint_inputs = spy\n"
              "from newslint import linting\n"
              "linting.lint_inputs = spy\n"
              "from newslint.__main__ import main\n"
              f"sys.argv = ['newslint', '--no-cache', {str(article)!r}]\n"
              "main()\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode in (0, 1), run.stderr
    assert "GC True" in run.stderr


def test_a_recalled_setup_entry_is_not_written_again_unless_it_changed(tmp_path, monkeypatch):
    from newslint.cache import Cache

    watched = tmp_path / "vocabulary.txt"
    watched.write_text("one\n", encoding="utf-8")
    first = Cache(tmp_path / "cache")
    first.remember_setup("setup", {"": "fingerprint"}, [str(watched)])
    queued: list[str] = []
    real_queue = Cache._queue
    monkeypatch.setattr(Cache, "_queue", lambda self, table, key, value: (queued.append(table),
                                                                          real_queue(self, table, key, value)))
    again = Cache(tmp_path / "cache")
    assert again.recall_setup("setup") == {"": "fingerprint"}
    again.remember_setup("setup", {"": "fingerprint"}, [str(watched)])
    assert queued == []
    watched.write_text("one\ntwo\n", encoding="utf-8")  # a watched file changed since: the entry is new
    again.remember_setup("setup", {"": "fingerprint"}, [str(watched)])
    assert queued == ["setup"]
    assert Cache(tmp_path / "cache").recall_setup("setup") == {"": "fingerprint"}


def test_a_run_without_the_cache_hashes_no_input_and_finds_the_same(tmp_path, monkeypatch):
    """Target 3: the parent of a `--no-cache` run does not hash what it reads (the digest is only the cache's)."""
    import json
    from types import SimpleNamespace

    from newslint import runner
    from newslint.cache import Cache
    from newslint.config import Config
    from newslint.engine import Linter
    from newslint.registry import build_registry
    from newslint.runner import LinterPool, lint_inputs

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nThe minister flew in.The talks went on.\n", encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"title": "T", "text": "It was late.The talks went on."}) + "\n", encoding="utf-8")
    config, registry = Config(), build_registry([])
    pool = LinterPool(config, lambda ignores: Linter.from_registry(registry, None, ignore=ignores))
    files = [str(folder / "a.txt"), str(folder / "b.jsonl")]

    def run(cache):
        errors: list[str] = []
        results = lint_inputs(files, config, pool, errors, cache=cache)
        assert not errors
        return results

    cached = run(Cache(tmp_path / "cache"))
    assert all(len(r.digest) == 64 for r in cached)
    with monkeypatch.context() as patched:  # the runner's digests only (the engine's fingerprints are not inputs')
        patched.setattr(runner, "hashes", SimpleNamespace(sha256=lambda *a: pytest.fail("hashed without the cache")))
        uncached = run(None)
    assert [[d.to_dict() for d in r.diagnostics()] for r in uncached] == \
           [[d.to_dict() for d in r.diagnostics()] for r in cached]
    assert any(r.diagnostics() for r in uncached)


def test_a_second_console_run_under_another_hash_seed_adds_no_pattern(tmp_path):
    """Every pattern the rules build is the same in every process: a pattern built from a set in its iteration
    order (which the hash seed changes) would be a new key of the pattern table in each run, and each run would
    write the whole table back (:mod:`newslint.regexcache`)."""
    article = tmp_path / "story.txt"
    article.write_text("Most Popular\n\nThe council met on Tuesday. Read more: the budget.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    script = "import sys\nfrom newslint.__main__ import main\nsys.argv = ['newslint', '--no-cache', 'story.txt']\nmain()\n"
    keys = []
    for seed in ("1", "2"):
        run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                             env={**env, "PYTHONHASHSEED": seed})
        assert run.returncode in (0, 1), run.stderr
        (table,) = (tmp_path / "user-cache" / "newslint" / "regex").iterdir()
        keys.append(set(marshal.loads(table.read_bytes())))
    assert keys[0] and keys[1] - keys[0] == set()
