"""The caches a one-file run starts from: compiled regular expressions, parsed rule packs, the plugin scan.

Each must give what the work it saves would give, and notice when what it was built from changes.
"""

from __future__ import annotations

import os
import re
import sys
import textwrap
from importlib import metadata

import pytest

from newslint import packs, plugins, regexcache
from newslint.model import Article

pytestmark = pytest.mark.usefixtures("fresh_regexcache")


PATTERNS = [
    (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", 0),
    (r"\bcolou?r\b", re.IGNORECASE),
    (r"""^\s* (?:Photo|Picture) : \s+ (.+?) $""", re.VERBOSE | re.MULTILINE),
    (r"[“”\"](?=\w)|(?<=\w)[“”\"]", 0),
    (r"(a)|(?P<b>b)|(?:c)", re.DOTALL),
]
TEXT = "On 12 March the colour was shown.\n  Photo :  Jane Doe / AFP\n“Quote” abc"


def assert_same(compiled: re.Pattern, pattern: str, flags: int) -> None:
    expected = re.compile(pattern, flags)
    assert isinstance(compiled, re.Pattern)
    assert compiled == expected
    assert (compiled.flags, compiled.groups, compiled.groupindex) == (expected.flags, expected.groups, expected.groupindex)
    assert [m.groups() for m in compiled.finditer(TEXT)] == [m.groups() for m in expected.finditer(TEXT)]


def test_regexcache_gives_re_compile_patterns_before_and_after_the_table_is_kept():
    for pattern, flags in PATTERNS:
        assert_same(regexcache.compile(pattern, flags), pattern, flags)
    regexcache.save()
    assert regexcache.cache_path().is_file()
    regexcache._table = None  # a new process: the table read back from the user cache
    for pattern, flags in PATTERNS:
        assert (pattern, int(flags)) in regexcache._loaded()
        assert_same(regexcache.compile(pattern, flags), pattern, flags)


def test_regexcache_survives_a_damaged_table():
    path = regexcache.cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal data")
    assert_same(regexcache.compile(r"(\w+)@(\w+)", 0), r"(\w+)@(\w+)", 0)
    for kept in (regexcache._encode((32, [1, 2, 3], 1, {}, (None, None))),  # a program the engine rejects
                 b"not marshal data", (32, [1, 2, 3], 1, {}, (None, None))):  # not what this version keeps
        regexcache._table = {(r"(\w+)@(\w+)", 0): kept}
        assert_same(regexcache.compile(r"(\w+)@(\w+)", 0), r"(\w+)@(\w+)", 0)


def test_regexcache_errors_are_re_errors():
    with pytest.raises(re.error):
        regexcache.compile(r"(unclosed")


PACK = textwrap.dedent("""\
    rules:
      - code: HS901
        name: house-style-test
        kind: existence
        summary: A phrase the house style forbids.
        message: "house style: {match}"
        tokens: ["{phrase}"]
    """)


def lint_pack(path, text: str) -> list[str]:
    rule = packs.load_pack(path)[0]
    article = Article.parse(text, "a.txt")
    return [text[f.start:f.end] for f in rule().check(article)]


def test_a_changed_pack_file_is_picked_up(tmp_path, monkeypatch):
    path = tmp_path / "house.yaml"
    path.write_text(PACK.replace("{phrase}", "at this moment in time"), encoding="utf-8")
    text = "Title\n\nIt rains at this moment in time. It will stop in due course.\n"
    assert lint_pack(path, text) == ["at this moment in time"]

    def no_parse(*_args):
        raise AssertionError("parsed again")

    with monkeypatch.context() as patched:  # unchanged: read back from the user cache, PyYAML not needed
        patched.setattr(packs, "_parse", no_parse)
        assert lint_pack(path, text) == ["at this moment in time"]
    path.write_text(PACK.replace("{phrase}", "in due course"), encoding="utf-8")
    assert lint_pack(path, text) == ["in due course"]


def test_a_pack_broken_after_it_was_cached_gives_its_error(tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(PACK.replace("{phrase}", "in due course"), encoding="utf-8")
    packs.load_pack(path)
    path.write_text(PACK.replace('tokens: ["{phrase}"]', 'patterns: ["(unclosed"]'), encoding="utf-8")
    with pytest.raises(packs.PackError, match=r"rules\[0\]\.patterns\[0\]: invalid pattern '\(unclosed'"):
        packs.load_pack(path)
    path.write_text("rules: [", encoding="utf-8")
    with pytest.raises(packs.PackError, match="not a valid YAML rule pack"):
        packs.load_pack(path)


def test_cached_pack_rules_compile_their_patterns_on_first_use(tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(PACK.replace("{phrase}", "in due course"), encoding="utf-8")
    packs.load_pack(path)
    rule = packs.load_pack(path)[0]  # from the cache
    assert isinstance(rule.__dict__["matcher"], packs._OnFirstUse)
    assert rule.matcher.search("it ends in due course") is not None
    assert not isinstance(rule.__dict__["matcher"], packs._OnFirstUse)


def write_plugin(site) -> None:
    info = site / "acme_newslint-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-newslint\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[newslint.rules]\nlorem = acme_newslint:Lorem\n", encoding="utf-8")


def settle(folder) -> None:
    """Date the folder a minute back, as a folder nobody touched lately."""
    old = os.stat(folder).st_mtime - 60
    os.utime(folder, (old, old))


def test_plugin_scan_is_kept_and_an_installed_plugin_is_found(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    settle(site)
    monkeypatch.setattr(sys, "path", [str(site)])
    assert plugins.entry_points("newslint.rules") == []
    with monkeypatch.context() as patched:  # nothing changed: the kept scan answers
        patched.setattr(metadata, "entry_points", lambda **_: pytest.fail("scanned again"))
        assert plugins.entry_points("newslint.rules") == []
    write_plugin(site)  # installing changes the folder's modification time
    assert plugins.entry_points("newslint.rules") == [("lorem", "acme_newslint:Lorem")]


def test_a_folder_changed_just_now_is_not_trusted(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.setattr(sys, "path", [str(site)])
    calls = []
    real = metadata.entry_points
    monkeypatch.setattr(metadata, "entry_points", lambda **kw: calls.append(1) or real(**kw))
    plugins.entry_points("newslint.rules")
    plugins.entry_points("newslint.rules")
    assert len(calls) == 2


def test_entry_point_values_load_as_importlib_loads_them():
    assert plugins.load("os.path:join") is os.path.join
    assert plugins.load("os") is os
    assert plugins.load("os.path : join [extra]") is os.path.join


def test_the_working_folder_counts_only_its_distributions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [""])  # as under `python -m newslint`
    assert plugins.entry_points("newslint.rules") == []
    (tmp_path / "notes.txt").write_text("edited all day\n", encoding="utf-8")
    with monkeypatch.context() as patched:
        patched.setattr(metadata, "entry_points", lambda **_: pytest.fail("scanned again"))
        assert plugins.entry_points("newslint.rules") == []
    write_plugin(tmp_path)
    assert plugins.entry_points("newslint.rules") == [("lorem", "acme_newslint:Lorem")]


def test_a_new_file_after_a_cached_run_takes_the_recalled_fingerprint(tmp_path, monkeypatch):
    import json
    from pathlib import Path

    from newslint import cache as cache_mod, linting, replay
    from newslint.config import Config

    seed = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(seed, encoding="utf-8")
    second.write_text(seed + "\nOne more paragraph.\n", encoding="utf-8")
    config = Config()
    setup = replay.setup_key(config, None, [], [])

    def run(path):
        cache = cache_mod.Cache(tmp_path / "cache")
        if replay.replay([str(path)], config, cache, setup) is None:
            registry = linting.load_registry(config)
            pool = linting.prepare(config, registry, linting.Selection(None, [], []), False)
            linting.lint([str(path)], config, pool, [], jobs=1, cache=cache, setup=setup, keep_sources=False,
                         stdin_name=None)
            return pool.for_path(str(path)), cache
        return None, cache

    def setup_entry(cache):
        return json.loads(cache._select("setup", [setup])[setup])

    linter, cache = run(first)
    computed, files = setup_entry(cache)["fingerprints"], setup_entry(cache)["files"]
    assert computed[""] == cache_mod.linter_fingerprint(linter, config.jsonl)[0]
    with monkeypatch.context() as patched:
        patched.setattr(cache_mod, "linter_fingerprint", lambda *_: pytest.fail("hashed every file again"))
        linter, cache = run(second)  # a new file: linted, its key made with the recalled fingerprint
        assert linter is not None
        assert setup_entry(cache) == {"fingerprints": computed, "files": files}
        assert run(second)[0] is None  # and now answered from the cache


def test_lazy_modules_import_on_first_use(monkeypatch):
    from newslint import lazyimport

    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    colorsys = lazyimport.module("colorsys")
    assert sys.modules["colorsys"] is colorsys
    assert colorsys.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # loaded now
    assert lazyimport.module("os") is os
    with pytest.raises(ModuleNotFoundError):
        lazyimport.module("no_such_module_here")


def test_a_full_regex_table_keeps_what_its_process_used(monkeypatch):
    monkeypatch.setattr(regexcache, "_used", set())
    monkeypatch.setattr(regexcache, "_MAX_ENTRIES", 3)
    for i in range(5):
        regexcache.compile(f"old{i}")
    regexcache.save()
    regexcache._table, regexcache._used = None, set()
    assert len(regexcache._loaded()) == 5  # over the limit, but the process that wrote it used all five
    regexcache.compile("new")
    regexcache.save()
    regexcache._table = None
    assert list(regexcache._loaded()) == [("new", 0)]


def test_prefetched_words_are_answered_from_memory(tmp_path, monkeypatch):
    from newslint import lexicon, wordindex

    table = lexicon._RememberingTable(tmp_path / "words.sqlite3", lambda: {"the": 5, "cat": 2})
    assert table.get("cat") == 2  # the index is built and asked
    table.prefetch({"the", "dog", "cat"})
    monkeypatch.setattr(wordindex.IndexedTable, "get", lambda *_: pytest.fail("asked the index again"))
    assert (table.get("the"), table.get("dog"), table.get("dog", 0), "cat" in table, "dog" in table) == (5, None, 0, True, False)
    assert table["the"] == 5
    with pytest.raises(KeyError):
        table["dog"]
