"""One-file run: what starting newslint costs and that each saving changes no answer (the dataclass method cache,
`--version` before the CLI, digests without OpenSSL, pyproject.toml read only when it may configure newslint,
standard modules left unimported, gettext's catalog search answered once, word-list indexes named without
importing their packages).
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
import gettext
import hashlib
import inspect
import marshal
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import dataclasscache, hashes, lazyimport, ngrams, packs, usercache
from newslint.cli import main as cli_main
from newslint.wordindex import read_only_uri
from newslint import config as config_mod


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """A fresh user cache folder, and dataclasses' own exec back after the test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    monkeypatch.setattr(collections, "eval", builtins.eval, raising=False)
    monkeypatch.setattr(dataclasscache, "_codes", {})
    monkeypatch.setattr(dataclasscache, "_used", set())
    monkeypatch.setattr(dataclasscache, "_added", False)
    return tmp_path


def _compiles(monkeypatch) -> list[str]:
    """The source texts dataclasscache compiles from now on."""
    compiled: list[str] = []

    def counting(source, *args, **kwargs):
        compiled.append(source)
        return builtins.compile(source, *args, **kwargs)

    monkeypatch.setattr(dataclasscache, "compile", counting, raising=False)
    return compiled


def _point_class():
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2
        tags: list = dataclasses.field(default_factory=list)

    return Point


def test_classes_behave_as_without_the_cache_and_a_second_process_compiles_nothing(cache_home, monkeypatch):
    plain = _point_class()
    compiled = _compiles(monkeypatch)
    dataclasscache.install()
    first = _point_class()
    assert compiled  # __init__, __repr__, __eq__, the order methods, the frozen __setattr__ …
    dataclasscache.save()
    assert (usercache.root() / "dataclasses.marshal").is_file()

    monkeypatch.setattr(dataclasscache, "_codes", {})
    compiled.clear()
    dataclasscache.install()  # as a new process would: the table read from the cache folder
    second = _point_class()
    assert compiled == []
    for cls in (first, second):
        assert repr(cls(1)) == repr(plain(1)).replace(plain.__qualname__, cls.__qualname__)
        assert cls(1) == cls(1, 2, []) and cls(1) < cls(2) and cls(1).tags is not cls(1).tags
        with pytest.raises(dataclasses.FrozenInstanceError):
            cls(1).x = 3
        assert hash(cls(1, 2, None)) == hash(cls(1, 2, None))


@pytest.mark.parametrize("content", [b"not marshal data", "table"])
def test_a_broken_cache_file_is_compiled_again(cache_home, monkeypatch, content):
    _compiles(monkeypatch)
    dataclasscache.install()
    _point_class()
    if content == "table":  # a readable table whose entries are not code: each is compiled again
        table = dict.fromkeys(dataclasscache._codes, 42)
        content = marshal.dumps({dataclasscache._build(): table})
    path = usercache.root() / "dataclasses.marshal"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    monkeypatch.setattr(dataclasscache, "_codes", {})
    compiled = _compiles(monkeypatch)
    dataclasscache.install()
    assert _point_class()(1).y == 2
    assert compiled


def test_version_is_answered_without_importing_the_cli_and_says_what_click_says():
    code = ("import sys; sys.argv = ['newslint', '--version']; from newslint.__main__ import main; main(); "
            "print('newslint.cli' in sys.modules, 'click' in sys.modules)")
    fast = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = CliRunner().invoke(cli_main, ["--version"])
    assert expected.exit_code == 0
    assert fast.stdout == expected.output + "False False\n"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r'[^"\n]{0,200}\bnews{1,3}', r'[^"\n]{0,}\bnews{1,}'),
    (r"x{3}y{3,}z{0,9}?", r"x{3}y{3,}z{0,}?"),  # exact and open counts kept; lazy stays lazy
    (r"[{0,200}]a{1,3}", r"[{0,200}]a{1,}"),  # braces in a class are members
    (r"[]{0,2}]b{0,2}", r"[]{0,2}]b{0,}"),  # a ] first in the class is a member, not its end
    (r"[^]{0,2}]", r"[^]{0,2}]"),
    (r"[[:alpha:]{0,2}]c{3,4}", r"[[:alpha:]{0,2}]c{3,}"),
    (r"\{0,200}a", r"\{0,200}a"),  # escaped
    (r"\Qa{0,3}\Ed{1,2}", r"\Qa{0,3}\Ed{1,}"),  # quoted literal text
])
def test_prefilters_drop_repetition_bounds_outside_classes_escapes_and_quotes(pattern, expected):
    assert packs.unbounded_repetitions(pattern) == expected


def test_a_prefilter_finds_every_paragraph_its_rule_matches():
    import re2

    pattern = r"[^\n]{0,20}\bnewsletter\b[^\n]{0,20}[.!]"
    matcher = re2.compile(pattern)
    prefilter = re2.compile(packs._body_prefilter(pattern).pattern)
    texts = ["Sign up to our newsletter today!", "x" * 40 + " newsletter " + "y" * 40 + ".", "No letters here."]
    for text in texts:
        if matcher.search(text):
            assert prefilter.search(text)
    assert not matcher.search(" newsletter " + "y" * 40 + ".") and prefilter.search(" newsletter " + "y" * 40 + ".") and prefilter.pattern.endswith("{0,}[.!]")


ROOT = Path(__file__).resolve().parent.parent


def test_digests_are_hashlibs():
    for data in (b"", b"newslint", "Zoë’s café".encode() * 500):
        assert hashes.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        streamed = hashes.sha256()
        streamed.update(data[:7])
        streamed.update(data[7:])
        assert streamed.hexdigest() == hashlib.sha256(data).hexdigest()
        assert hashes.blake2b(data, digest_size=8).digest() == hashlib.blake2b(data, digest_size=8).digest()


def _modules_after_run(folder: Path, *args: str) -> set[str]:
    """The modules a console run over ``args`` (working folder ``folder``) has imported when it ends."""
    script = ("import atexit, sys\n"
              "atexit.register(lambda: sys.stderr.write('MODULES ' + ' '.join(sorted(name for name, module in sys.modules.items())) + '\\n'))\n"
              "from newslint.__main__ import main\n"
              f"sys.argv = ['newslint', *{list(args)!r}]\n"
              "main()\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(folder)})
    assert run.returncode in (0, 1), run.stderr
    line = [text for text in run.stderr.splitlines() if text.startswith("MODULES ")][-1]
    return set(line.split()[1:])


def test_a_one_file_run_loads_neither_openssl_nor_the_toml_parser_for_a_foreign_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "archive"\n[tool.black]\nline-length = 99\n')
    article = tmp_path / "story.txt"
    article.write_text("The council met on Tuesday.\n\nIt approved the budget.\n", encoding="utf-8")
    _modules_after_run(tmp_path, "--no-cache", "story.txt")  # the user cache (parsed packs, patterns) warm
    modules = _modules_after_run(tmp_path, "--cache-dir", str(tmp_path / "cache"), "story.txt")
    assert "_hashlib" not in modules and "hashlib" not in modules
    assert "tomllib" not in modules and "tomli" not in modules


def test_pyproject_with_or_without_a_newslint_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "archive"\n')
    assert config_mod.discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newslint-corpus"\n')  # the name alone: parsed, no table
    assert config_mod.discover(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text('[tool]\nnewslint = { select = ["NL1"] }\n')
    assert config_mod.discover(tmp_path) == (tmp_path / "pyproject.toml").resolve()


def test_a_broken_pyproject_that_names_newslint_is_still_reported(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.newslint\nselect = [\n")
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    result = CliRunner().invoke(cli_main, ["--no-cache", str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "invalid TOML" in result.output


_COUNTING = """
import sys
from re import _parser
plain = _parser.parse
def counting(pattern, flags=0, state=None):
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") in ("re", "re._compiler", "enum", "newslint.regexcache"):
        frame = frame.f_back
    sys.stderr.write("PARSED " + str(frame and frame.f_globals.get("__name__")) + "\\n")
    return plain(pattern, flags, state)
_parser.parse = counting
from newslint.__main__ import main
sys.argv = ["newslint", "--no-cache", "story.txt"]
main()
"""


def test_module_patterns_of_the_model_and_the_cli_come_from_the_pattern_cache(tmp_path):
    """With the user cache warm, these modules' patterns are not parsed again (:mod:`newslint.regexcache`)."""
    article = tmp_path / "story.txt"
    article.write_text("He said: “The council met on Tuesday.”\n\nIt approved a 6'2\" budget.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", _COUNTING], cwd=tmp_path, capture_output=True, text=True, env=env)
            for _ in range(2)]
    assert all(run.returncode in (0, 1) for run in runs), runs[-1].stderr
    parsed = [line.split()[1] for run in runs for line in run.stderr.splitlines() if line.startswith("PARSED ")]
    first, second = runs[0].stderr, runs[1].stderr
    assert "PARSED newslint.textutil" in first  # the count sees them when the cache is cold
    checked = {"newslint.textutil", "newslint.model", "newslint.rule", "newslint.rules.quotes", "newslint.source",
               "newslint.formats", "newslint.cache"}
    assert parsed and not checked & {line.split()[1] for line in second.splitlines() if line.startswith("PARSED ")}


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
