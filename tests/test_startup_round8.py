"""One-file run, round eight: standard modules a run never uses wait as stand-ins, gettext's catalog search is
answered once, the word-list indexes are named without importing their packages."""

from __future__ import annotations

import gettext
import inspect
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import lazyimport, ngrams, usercache
from newslint.wordindex import read_only_uri

ROOT = Path(__file__).resolve().parent.parent

DOCS = ["Show this message and exit.", "  Rules to run: codes, prefixes (NL1) or names; comma-separated.  ", "", "   ",
        "\u2003\u00a0help\u2028text", "\x0b\x0cform feed\r", "two\nlines", "  first\n    indented\n  second\n",
        "a\ttab", "\ttab first", "\n\nblank lines first\n\n", "trailing\n   "]


@pytest.mark.parametrize("doc", DOCS)
def test_the_stand_in_cleandoc_is_inspects(doc):
    assert lazyimport._cleandoc(doc) == inspect.cleandoc(doc)


def _run(code: str, *args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", **(env or {})})


def test_deferred_modules_work_as_the_real_ones():
    code = ("import sys\n"
            "from newslint import lazyimport\n"
            "lazyimport.defer()\n"
            "import pathlib, inspect, copy, ntpath, fnmatch\n"
            "from urllib.parse import quote\n"  # a name from a stand-in imports the real module
            "import urllib.parse\n"
            "assert type(sys.modules['inspect']).__name__ == '_Deferred'\n"
            "print(pathlib.PurePosixPath('/tmp/a b#?.txt').as_uri(), quote('a b'), urllib.parse.unquote('%41'))\n"
            "print(inspect.cleandoc('  x\\n    y'), inspect.signature(lambda a, b=2: a), copy.deepcopy([1, [2]]))\n"
            "print(ntpath.join('C:', 'x'), fnmatch.fnmatch('a.txt', '*.txt'))\n")
    run = _run(code)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["file:///tmp/a%20b%23%3F.txt a%20b A", "x", "y (a, b=2) [1, [2]]", "C:x True"]


def _module_types_after_run(folder: Path, *args: str) -> dict[str, str]:
    """The type of each module in ``sys.modules`` when a console run over ``args`` ends."""
    code = ("import atexit, sys\n"
            "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(f'{name}={type(module).__name__}' "
            "for name, module in sys.modules.items()) + '\\n'))\n"
            "from newslint.__main__ import main\n"
            "sys.argv = ['newslint', *sys.argv[1:]]\n"
            "main()\n")
    run = _run(code, *args, cwd=folder, env={"HOME": str(folder), "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]})
    assert run.returncode in (0, 1), run.stderr
    line = [text for text in run.stderr.splitlines() if text.startswith("MODULES ")][-1]
    return dict(item.split("=") for item in line.split()[1:])


def test_a_one_file_run_leaves_unused_standard_modules_unimported(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("The council met on Tuesday.\n\nIt approved the budget.\n", encoding="utf-8")
    _module_types_after_run(tmp_path, "--no-cache", "story.txt")  # the user cache warm
    modules = _module_types_after_run(tmp_path, "--cache-dir", str(tmp_path / "cache"), "story.txt")
    assert {name: modules[name] for name in lazyimport.DEFERRED} == dict.fromkeys(lazyimport.DEFERRED, "_Deferred")
    assert not {"ast", "dis", "signal", "wordsegment", "calendar"} & set(modules)


@pytest.fixture
def catalogs(monkeypatch):
    """gettext.find, then the remembering one (undone after the test)."""
    monkeypatch.setattr(gettext, "find", gettext.find)
    search = gettext.find
    lazyimport.remember_catalog_search()
    return search, gettext.find


def test_remembered_catalog_search_gives_gettexts_answers(tmp_path, monkeypatch, catalogs):
    search, remembered = catalogs
    folder = tmp_path / "locale"
    (folder / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (folder / "fr" / "LC_MESSAGES" / "demo.mo").write_bytes(b"")
    for settings in ({"LANGUAGE": "fr:de"}, {"LANG": "fr_FR.UTF-8"}, {"LC_ALL": "C.UTF-8"}, {"LANG": "de_DE"}, {}):
        for variable in lazyimport._LANGUAGE_VARIABLES:
            monkeypatch.delenv(variable, raising=False)
        for variable, value in settings.items():
            monkeypatch.setenv(variable, value)
        for localedir in (str(folder), str(tmp_path / "missing"), None):
            for domain, languages, every in (("demo", None, True), ("demo", None, False), ("demo", ["fr"], False),
                                             ("other", None, True), ("demo", ["/" + str(folder / "fr")], True)):
                expected = search(domain, localedir, languages, every)
                assert remembered(domain, localedir, languages, every) == expected
                assert remembered(domain, localedir, languages, every) == expected  # and when remembered


def test_a_missing_locale_folder_is_not_searched(tmp_path, monkeypatch, catalogs):
    _, remembered = catalogs
    monkeypatch.setattr(lazyimport.os.path, "exists", lambda _: pytest.fail("searched"))
    monkeypatch.setenv("LANGUAGE", "fr:de")
    assert remembered("messages", str(tmp_path / "missing"), None, True) == []
    assert remembered("messages", str(tmp_path / "missing"), ["en_GB"]) is None


@pytest.mark.parametrize("name", ["a b.sqlite3", "x%20y.sqlite3", "q?mode=rw#f.sqlite3", "zoë €.sqlite3"])
def test_indexes_open_read_only_by_any_name(tmp_path, name):
    path = tmp_path / name
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE entry (key TEXT, n)")
        database.execute("INSERT INTO entry VALUES ('word', 3)")
    database.close()
    opened = sqlite3.connect(read_only_uri(path), uri=True)
    assert opened.execute("SELECT n FROM entry").fetchone() == (3,)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened.execute("INSERT INTO entry VALUES ('other', 1)")
    opened.close()
    assert not (tmp_path / "q").exists()  # nothing opened or made beside it


def test_an_index_is_named_by_its_package_files(tmp_path, monkeypatch):
    package = tmp_path / "listpkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "words.txt").write_text("cat 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = usercache.installed_files("listpkg", ("words.txt",))
    assert before.startswith(str(package) + ":")
    (package / "words.txt").write_text("cat 1\ndog 2\n")
    assert usercache.installed_files("listpkg", ("words.txt",)) != before
    assert usercache.installed_files("no_such_package_here", ("words.txt",)) == "no_such_package_here missing"
    assert "listpkg" not in sys.modules  # found, not imported
    assert ngrams.index_path().parent == usercache.root() / "ngrams"


def test_days_in_a_month_are_calendars():
    import calendar

    from newslint import dates

    for year in (*range(1, 2101, 1), 0, 9999, 10_000, 12_000):
        for month in range(1, 13):
            assert dates._days_in(month, year) == calendar.monthrange(year, month)[1], (year, month)


def test_forward_references_compile_through_the_code_table(monkeypatch):
    import typing
    from typing import NamedTuple

    from newslint import dataclasscache

    monkeypatch.setattr(dataclasscache, "_codes", {})
    monkeypatch.setattr(dataclasscache, "_added", True)  # nothing written at exit
    monkeypatch.setattr(typing, "compile", dataclasscache._compile, raising=False)

    class Span(NamedTuple):
        start: "int"
        label: "list[str] | None"

    assert typing.get_type_hints(Span) == {"start": int, "label": list[str] | None}
    assert ("eval", "list[str] | None") in dataclasscache._codes
    kept = dataclasscache._codes[("eval", "int")]
    assert typing.ForwardRef("int").__forward_code__ is kept  # the second time, from the table
    with pytest.raises(SyntaxError, match="Forward reference must be an expression"):
        typing.ForwardRef("not an expression")
    assert dataclasscache._compile("x = 1", "<string>", "exec").co_filename == "<string>"  # anything else: compile
