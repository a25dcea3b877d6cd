"""The pattern cache's limits and its patterns compiled on first use (``regexcache.deferred``)."""

from __future__ import annotations

import re

import pytest

from newslint import regexcache

pytestmark = pytest.mark.usefixtures("fresh_regexcache")


def test_a_deferred_pattern_compiles_only_when_first_used():
    pattern = r"(?P<name>[A-Z][a-z]+) (?:News|Times)\b"
    deferred = regexcache.deferred(pattern)
    assert regexcache._table is None and not regexcache._used  # nothing read, nothing compiled
    assert deferred.fullmatch("Valley News").group("name") == "Valley"
    assert deferred.search("the Valley Times said").span() == re.compile(pattern).search("the Valley Times said").span()
    assert deferred.match("valley news") is None
    assert deferred.pattern == pattern
    assert (pattern, 0) in regexcache._used


def test_a_deferred_pattern_raises_re_errors_when_used():
    deferred = regexcache.deferred(r"(unclosed")
    with pytest.raises(re.error):
        deferred.search("text")


def test_a_table_over_its_size_keeps_only_what_its_process_used(monkeypatch):
    monkeypatch.setattr(regexcache, "_MAX_BYTES", 2_000)
    for i in range(40):  # versions of one pattern, as a pattern built from a set in another order each time
        regexcache.compile(f"(?:old{i}|x)+y")
    regexcache.save()
    regexcache._table, regexcache._used, regexcache._added, regexcache._compiled = None, set(), False, {}  # a new process
    assert len(regexcache._loaded()) == 40  # over the limit, but its writer used them all
    regexcache.compile("(?:old3|x)+y")  # a process that adds nothing still writes a table over the limit, once
    regexcache.save()
    regexcache._table = None
    assert list(regexcache._loaded()) == [("(?:old3|x)+y", 0)]


def test_a_table_within_its_limits_is_not_written_again(monkeypatch):
    regexcache.compile(r"\bkept\b")
    regexcache.save()
    written = regexcache.cache_path().stat().st_mtime_ns
    regexcache._table, regexcache._used, regexcache._added, regexcache._compiled = None, set(), False, {}  # a new process
    regexcache.compile(r"\bkept\b")
    regexcache.save()
    assert regexcache.cache_path().stat().st_mtime_ns == written


LARGE = "(?:" + "|".join(f"word{i}x" for i in range(300)) + r")\b"


def _module_body(name: str, source: str) -> dict:
    """The globals of a module ``name`` whose body is ``source`` (run as an import runs it)."""
    namespace = {"__name__": name, "re": re, "regexcache": regexcache}
    exec(compile(source, f"<{name}>", "exec"), namespace)
    return namespace


def test_a_large_kept_pattern_of_a_newslint_module_loads_on_first_use(monkeypatch):
    regexcache.compile(LARGE)  # kept by an earlier process
    regexcache.save()
    regexcache._table, regexcache._used, regexcache._added, regexcache._compiled = None, set(), False, {}  # a new process
    monkeypatch.setattr(regexcache, "_defer_large", True)  # as install() leaves it
    monkeypatch.setattr(re, "compile", regexcache.compile_at_import)
    module = _module_body("newslint.rules.example", "BIG = re.compile(LARGE)\nNAMED = regexcache.compile(LARGE)\n"
                                                    "PREFIX = BIG.pattern[:3]\nCUES = {BIG: 'big'}\n"
                                                    "def find(text):\n    return CUES[BIG], BIG.search(text)\n"
                                                    .replace("LARGE", repr(LARGE)))
    assert type(module["BIG"]) is regexcache.Deferred and module["NAMED"] is module["BIG"]  # one object, as before
    assert module["PREFIX"] == "(?:" and not regexcache._used  # its pattern read, its program not loaded
    cue, found = module["find"]("a word7x b")
    assert cue == "big" and found.group() == "word7x"  # the object stays a key of what holds it
    assert module["BIG"].fullmatch("word3x").group() == "word3x"
    compiled = regexcache.compile(LARGE)
    assert {name: getattr(module["BIG"], name) for name in ("pattern", "flags", "groups", "groupindex")} \
        == {name: getattr(compiled, name) for name in ("pattern", "flags", "groups", "groupindex")}
    assert "search" in vars(module["BIG"])  # every attribute kept on the object at the first read


def test_other_patterns_are_compiled_as_the_module_names_them(monkeypatch):
    small = r"\bsmall\b"
    for pattern in (LARGE, small):
        regexcache.compile(pattern)
    regexcache.save()
    regexcache._table, regexcache._used, regexcache._added, regexcache._compiled = None, set(), False, {}
    monkeypatch.setattr(regexcache, "_defer_large", True)
    monkeypatch.setattr(re, "compile", regexcache.compile_at_import)
    unkept = "(?:" + "|".join(f"new{i}y" for i in range(300)) + ")"
    newslint_module = _module_body("newslint.example", f"SMALL = re.compile({small!r})\nUNKEPT = re.compile({unkept!r})\n"
                                                       f"def large():\n    return regexcache.compile({LARGE!r})\n")
    other_module = _module_body("click.example", f"LARGE = re.compile({LARGE!r})\n")
    assert isinstance(newslint_module["SMALL"], re.Pattern)  # too small to be worth it
    assert isinstance(newslint_module["UNKEPT"], re.Pattern)  # nothing kept: compiled (and kept) now
    assert isinstance(newslint_module["large"](), re.Pattern)  # a function's call
    assert isinstance(other_module["LARGE"], re.Pattern)  # not newslint's
