"""A run holds together: a file whose preparation fails is one error, compressed inputs are refused in one line,
the user cache is tidied, the pattern hook never changes what ``re.compile`` gives, the exit handlers run and a
signal while they run ends the process quietly, diagnostics sort by path, position, code and message."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from newslint import lexicon, regexcache, usercache
from newslint.cli import main
from newslint.config import Config
from newslint.diagnostic import Diagnostic
from newslint.engine import Linter
from newslint.inputs import collect_files
from newslint.runner import LinterPool, lint_inputs
from test_startup import cache_home  # noqa: F401  (the fixture: a fresh user cache, dataclasses' exec back)

ROOT = Path(__file__).resolve().parent.parent
DEFECTIVE = "Title\n\nThe minister flew in.The talks went on.  She spoke  twice.\n"


def _run(registry, files, jobs=1):
    config = Config()
    pool = LinterPool(config, lambda ignores: Linter.from_registry(registry, None, ignore=ignores))
    errors: list[str] = []
    emitted: list[Diagnostic] = []
    lint_inputs(files, config, pool, errors, jobs=jobs, emit=emitted.extend)
    return errors, emitted


def test_a_prefetch_that_fails_is_one_error_for_that_file_and_the_others_are_checked(registry, tmp_path,
                                                                                      monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(DEFECTIVE.replace("minister", f"minister {name.upper()}"))
    real = lexicon.prefetch

    def failing(text: str) -> None:
        if "minister B" in text:
            raise OSError("disk I/O error")
        real(text)

    monkeypatch.setattr(lexicon, "prefetch", failing)
    files = collect_files([str(tmp_path)], Config(), [])
    errors, emitted = _run(registry, files)
    assert errors == [f"{tmp_path / 'b.txt'}: not checked: internal error: OSError: disk I/O error"]
    paths = [d.path for d in emitted]
    assert paths == sorted(paths) and set(paths) == {str(tmp_path / "a.txt"), str(tmp_path / "c.txt")}


def test_a_prefetch_that_fails_under_the_cli_exits_2_with_one_line(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    (tmp_path / "b.txt").write_text(DEFECTIVE.replace("Title", "Other"))
    monkeypatch.setattr(lexicon, "prefetch", lambda text: 1 / 0 if text.startswith("Other") else None)
    result = CliRunner().invoke(main, ["--no-cache", "--format", "concise", str(tmp_path)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("newslint: error")]
    assert errors == [f"newslint: error: {tmp_path / 'b.txt'}: not checked: internal error: "
                      "ZeroDivisionError: division by zero"]
    assert f"{tmp_path / 'a.txt'}:3:" in result.output


def test_compressed_inputs_are_refused_in_one_line_and_the_rest_is_checked(tmp_path):
    import gzip

    (tmp_path / "corpus.jsonl.gz").write_bytes(gzip.compress(b'{"text": "The the end."}\n'))
    (tmp_path / "a.txt").write_text(DEFECTIVE)
    result = CliRunner().invoke(main, ["--no-cache", "--format", "concise", str(tmp_path / "corpus.jsonl.gz"),
                                       str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("newslint: error")]
    assert len(errors) == 1 and "corpus.jsonl.gz: compressed input (.gz) is not supported" in errors[0]
    assert "zcat" in errors[0] and "NL003" not in result.output
    assert f"{tmp_path / 'a.txt'}:3:" in result.output


def test_a_folder_walk_that_includes_compressed_files_reports_them_too(tmp_path):
    (tmp_path / "newslint.toml").write_text('include = ["*.txt", "*.jsonl", "*.jsonl.gz"]\n')
    (tmp_path / "corpus.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00")
    (tmp_path / "a.txt").write_text("Title\n\nClean text.\n")
    errors: list[str] = []
    from newslint import config as config_mod

    files = collect_files([str(tmp_path)], config_mod.load(tmp_path / "newslint.toml"), errors)
    assert files == [str(tmp_path / "a.txt")]
    assert len(errors) == 1 and errors[0].startswith(f"{tmp_path / 'corpus.jsonl.gz'}: compressed input")


# -- the user cache is tidied ---------------------------------------------------------------------------------


def _file(path: Path, days_unused: float) -> Path:
    """A file at ``path`` last read and written ``days_unused`` days ago."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    then = time.time() - days_unused * 86400
    os.utime(path, (then, then))
    return path


def test_tidy_removes_long_unused_files_of_the_cache_subfolders_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    root = usercache.root()
    stale = [_file(root / "lexicon" / "en-0123456789abcdef.marshal", 60),
             _file(root / "lexicon" / "en-0123456789abcdef.sqlite3", 60),
             _file(root / "regex" / "cpython-310-0123456789abcdef.marshal", 60),
             _file(root / "lexicon" / ".en-1.marshal-abc.tmp", 2)]  # a write that never finished
    kept = [_file(root / "lexicon" / "en-fedcba9876543210.marshal", 1),  # in use
            _file(root / "lexicon" / ".en-2.marshal-abc.tmp", 0),  # a write going on now
            _file(root / "ngrams" / "notes.txt", 60),  # not a name newslint writes
            _file(root / "languagetool" / "server.jar", 60),  # not a folder tidy looks in
            _file(root / "dataclasses.marshal", 60)]  # a bounded table: kept
    assert usercache.tidy() is True
    assert [path for path in stale if path.exists()] == []
    assert [path for path in kept if not path.exists()] == []
    assert usercache.tidy() is False  # once a day at most: the next call is one stat
    _file(root / usercache.TIDIED, 2)
    assert usercache.tidy() is True


def test_tidy_with_a_read_only_cache_folder_does_nothing_and_raises_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "missing" / "deeper"))
    (tmp_path / "missing").write_text("a file where the folder should be")
    assert usercache.tidy() is False


def test_the_console_script_tidies_the_user_cache(tmp_path):
    cache = tmp_path / "xdg"
    old = _file(cache / "newslint" / "lexicon" / "en-0000000000000000.marshal", 90)
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe council met on Tuesday.\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "newslint", "--no-cache", str(article)], capture_output=True,
                         text=True, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert not old.exists() and (cache / "newslint" / usercache.TIDIED).exists()


# -- the pattern hook -----------------------------------------------------------------------------------------


def test_importing_newslint_leaves_re_compile_alone():
    code = "import re; plain = re.compile; import newslint.api, newslint.cli, newslint.linting; " \
           "print(re.compile is plain)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.stdout.strip() == "True"


def test_the_hook_gives_what_re_compile_gives_and_falls_back_on_any_error(monkeypatch):
    monkeypatch.setattr(re, "compile", re.compile)  # undone after the test
    regexcache.install()
    hooked = re.compile
    assert hooked is not regexcache._re_compile
    cases = [(r"(?P<word>\w+)\s+(?P=word)", re.IGNORECASE), (rb"\x00+", 0), ("[", 0), (r"a", "not a flag"),
             (re.compile("x"), 0), (r"a", re.DEBUG)]
    for pattern, flags in cases:
        try:
            expected = regexcache._re_compile(pattern, flags)
        except Exception as exc:  # the hook raises the same error
            try:
                hooked(pattern, flags)
            except Exception as raised:
                assert type(raised) is type(exc) and str(raised) == str(exc)
            else:
                raise AssertionError(f"{pattern!r} compiled under the hook")
            continue
        got = hooked(pattern, flags)
        assert (got.pattern, got.flags, got.groups, got.groupindex) == \
            (expected.pattern, expected.flags, expected.groups, expected.groupindex)
    monkeypatch.setattr(regexcache, "_loaded", lambda: 1 / 0)  # the table cannot be read: plain re.compile
    assert hooked(r"\d+ items", 0).findall("3 items, 4 items") == ["3 items", "4 items"]
    assert regexcache.compile(r"\d+ items").findall("3 items") == ["3 items"]


def test_the_same_pattern_compiled_twice_is_the_same_object_as_with_re_compile():
    assert regexcache.compile(r"round five (\d)") is regexcache.compile(r"round five (\d)")


def test_namedtuples_made_through_the_code_cache_behave_as_without_it(cache_home, monkeypatch):
    import builtins
    import collections

    from newslint import dataclasscache

    plain = collections.namedtuple("Span", "start end text", defaults=[""])
    dataclasscache.install()
    first = collections.namedtuple("Span", "start end text", defaults=[""])
    assert ("eval", "lambda _cls, start, end, text: _tuple_new(_cls, (start, end, text))") in dataclasscache._codes
    dataclasscache.save()
    monkeypatch.setattr(dataclasscache, "_codes", {})
    compiled: list = []
    monkeypatch.setattr(dataclasscache, "compile", lambda *args, **kw: compiled.append(args) or builtins.compile(
        *args, **kw), raising=False)
    dataclasscache.install()  # as a new process would
    second = collections.namedtuple("Span", "start end text", defaults=[""])
    assert compiled == []
    for cls in (first, second):
        assert cls(1, 2) == plain(1, 2) == (1, 2, "") and cls(1, 2, "x").text == "x"
        assert repr(cls(1, 2)) == repr(plain(1, 2))
        assert cls._make([3, 4, "y"])._asdict() == {"start": 3, "end": 4, "text": "y"}


# -- the console script ends without tearing the interpreter down ------------------------------------------------


def _console(args, cwd, prelude=""):
    code = prelude + "import sys\nfrom newslint.__main__ import main\nsys.argv = ['newslint', *sys.argv[1:]]\nmain()\n"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_sigterm_while_the_exit_handlers_run_ends_the_process_without_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nClean text.\n", encoding="utf-8")
    # a signal that arrives while the caches are written at exit (as newslint's own handlers are)
    prelude = "import atexit, os, signal, time\natexit.register(lambda: (os.kill(os.getpid(), signal.SIGTERM), time.sleep(5)))\n"
    run = _console(["--no-cache", str(tmp_path / "a.txt")], tmp_path, prelude)
    assert run.returncode == -signal.SIGTERM and run.stderr == ""


def test_the_console_script_flushes_everything_runs_exit_handlers_and_keeps_the_exit_code(tmp_path):
    for i in range(40):  # a report far larger than a pipe's buffer
        (tmp_path / f"{i:02}.txt").write_text(DEFECTIVE * 30, encoding="utf-8")
    expected = CliRunner().invoke(main, ["--no-cache", "--format", "concise", str(tmp_path)])
    prelude = "import atexit, sys\natexit.register(lambda: sys.stderr.write('HANDLER RAN\\n'))\n"
    run = _console(["--no-cache", "--format", "concise", str(tmp_path)], tmp_path, prelude)
    assert (run.returncode, expected.exit_code) == (1, 1)
    assert run.stdout == expected.output and len(run.stdout) > 100_000
    assert run.stderr == "HANDLER RAN\n"
    assert _console(["--no-cache", str(tmp_path / "missing.txt")], tmp_path).returncode == 2


def test_a_thread_still_running_is_waited_for_as_python_does(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nClean text.\n", encoding="utf-8")
    prelude = ("import threading, time, sys\n"
               "threading.Thread(target=lambda: (time.sleep(0.5), sys.stderr.write('THREAD DONE\\n'))).start()\n")
    run = _console(["--no-cache", str(tmp_path / "a.txt")], tmp_path, prelude)
    assert run.returncode == 0 and run.stderr == "THREAD DONE\n"


def test_diagnostics_sort_by_path_position_code_then_message():
    from newslint.diagnostic import Severity

    found = [Diagnostic(path, line, column, line, column + 1, code, "r", Severity.WARNING, message)
             for path in ("b", "a") for line in (2, 1) for column in (3, 1) for code in ("NL2", "NL1")
             for message in ("y", "x")]
    ordered = [(d.path, d.line, d.column, d.code, d.message) for d in sorted(found, key=Diagnostic.sort_key)]
    assert ordered[:4] == [("a", 1, 1, "NL1", "x"), ("a", 1, 1, "NL1", "y"), ("a", 1, 1, "NL2", "x"),
                           ("a", 1, 1, "NL2", "y")]
    assert ordered[-1] == ("b", 2, 3, "NL2", "y") and len(ordered) == len(found)