"""One-file run, round four: the dataclass method cache, `--version` before the CLI, unbounded prefilters."""

from __future__ import annotations

import builtins
import collections
import dataclasses
import marshal
import subprocess
import sys

import pytest
from click.testing import CliRunner

from newslint import dataclasscache, packs, usercache
from newslint.cli import main as cli_main


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
