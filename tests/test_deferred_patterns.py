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



def test_a_deferred_pattern_keeps_its_patterns_attributes_at_the_first_read():
    pattern = r"(?P<word>[a-z]+)(?P<number>[0-9]+)"
    deferred = regexcache.deferred(pattern, re.ASCII)
    assert deferred.pattern is pattern and not regexcache._used  # its pattern known without compiling
    compiled = re.compile(pattern, re.ASCII)
    assert (deferred.flags, deferred.groups, deferred.groupindex) == (compiled.flags, compiled.groups,
                                                                     compiled.groupindex)
    assert {"match", "search", "finditer", "sub", "split", "scanner"} <= set(vars(deferred))  # all kept at once
    assert deferred.sub(r"\g<number>", "ab12 cd3") == compiled.sub(r"\g<number>", "ab12 cd3") == "12 3"
