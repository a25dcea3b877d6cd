"""A run over a few small inputs (pre-commit's) looks words up on disk instead of loading the word list:
same findings, less start-up."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newslint import lexicon, packs, rule, runner
from newslint.config import Config
from newslint.engine import Linter
from newslint.inputs import STDIN, collect_files
from newslint.runner import LinterPool, lint_inputs
from newslint.wordindex import IndexedTable

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OCR_PAGE = ("Tlie cornpany said tbe new railway wonld be opened in tho spring, and tlie\n"
            "directors expect a large traffic from the district, wliich is one of tbe\n"
            "richest in tho colony. Tlie line will run from the harbour to the town\n"
            "and thence to tbe mines, a distance of some tliirty miles, and the\n"
            "cost is estimated at about two hundred tliousand pounds in all.\n"
            "Tlie contract was let to a Sydney firm last week after long delay.\n") * 3


@pytest.fixture
def fresh_lexicon(monkeypatch):
    """No word list loaded yet in this process, and not looked up on disk until a run asks."""
    monkeypatch.setattr(lexicon, "_on_disk", False)
    lexicon.frequencies.cache_clear()
    yield
    lexicon.frequencies.cache_clear()


def _findings(registry, folder):
    config = Config()
    pool = LinterPool(config, lambda ignores: Linter.from_registry(registry, None, ignore=ignores))
    errors: list[str] = []
    results = lint_inputs(collect_files([str(folder)], config, errors), config, pool, errors)
    assert not errors
    return sorted((d.path, d.line, d.column, d.code, d.message) for r in results for d in r.diagnostics())


def test_a_small_run_looks_words_up_on_disk_and_finds_the_same(registry, tmp_path, fresh_lexicon, monkeypatch):
    folder = tmp_path / "small"
    shutil.copytree(SEEDS, folder)
    (folder / "ocr.txt").write_text("Railway News\n\n" + OCR_PAGE)
    monkeypatch.setattr(runner, "ON_DISK_RUN_BYTES", 0)  # as for a large run: the whole list is loaded
    loaded = _findings(registry, folder)
    assert isinstance(lexicon.frequencies(), dict)
    lexicon.frequencies.cache_clear()
    monkeypatch.undo()
    monkeypatch.setattr(lexicon, "_on_disk", False)
    assert sum(f.stat().st_size for f in folder.iterdir()) < runner.ON_DISK_RUN_BYTES
    looked_up = _findings(registry, folder)
    assert isinstance(lexicon.frequencies(), IndexedTable)
    assert looked_up == loaded and any(code.startswith("NL7") for _, _, _, code, _ in loaded)


def test_a_small_run_asks_no_trigger_and_finds_the_same(registry, tmp_path, monkeypatch):
    """Under SMALL_RUN_BYTES every rule checks each article, no trigger asked (no RE2 set of them built), and each
    pack rule searches for its own prefilter (the set of every prefilter not asked): the same findings as a run
    that asks them."""
    folder = tmp_path / "small"
    shutil.copytree(SEEDS, folder)
    (folder / "ocr.txt").write_text("Railway News\n\n" + OCR_PAGE)
    built = []
    original, searched = rule._TriggerSet.of, packs._search_every_prefilter
    monkeypatch.setattr(rule._TriggerSet, "of", classmethod(lambda cls, triggers: built.append(1) or original(triggers)))
    monkeypatch.setattr(packs, "_search_every_prefilter", lambda article: built.append(2) or searched(article))
    monkeypatch.setattr(runner, "SMALL_RUN_BYTES", 0)  # as for a large run
    triggered = _findings(registry, folder)
    assert 1 in built and 2 in built
    monkeypatch.undo()
    monkeypatch.setattr(rule._TriggerSet, "of", classmethod(lambda cls, triggers: built.append(1) or original(triggers)))
    monkeypatch.setattr(packs, "_search_every_prefilter", lambda article: built.append(2) or searched(article))
    assert sum(f.stat().st_size for f in folder.iterdir()) < runner.SMALL_RUN_BYTES
    built.clear()
    assert _findings(registry, folder) == triggered and not built and triggered


def test_a_run_between_the_two_bounds_asks_the_triggers_and_looks_words_up_on_disk(registry, tmp_path, fresh_lexicon,
                                                                                   monkeypatch):
    """A run of SMALL_RUN_BYTES or more but under ON_DISK_RUN_BYTES (64 to 128 KB of files) builds the triggers' sets
    and still looks its words up on disk; the findings are a small run's."""
    folder = tmp_path / "small"
    shutil.copytree(SEEDS, folder)
    untriggered = _findings(registry, folder)
    lexicon.frequencies.cache_clear()
    monkeypatch.setattr(lexicon, "_on_disk", False)
    built = []
    original = rule._TriggerSet.of
    monkeypatch.setattr(rule._TriggerSet, "of", classmethod(lambda cls, triggers: built.append(1) or original(triggers)))
    monkeypatch.setattr(runner, "SMALL_RUN_BYTES", 1)  # (the seeds as though they were over 64 KB)
    assert _findings(registry, folder) == untriggered and built
    assert isinstance(lexicon.frequencies(), IndexedTable)


def test_a_small_run_keeps_the_triggers_of_rules_in_a_run_of_standard_input(registry):
    config = Config()
    pool = LinterPool(config, lambda ignores: Linter.from_registry(registry, None, ignore=ignores))
    lint_inputs([STDIN], config, pool, [], stdin=lambda *size: b"A title\n\nA short story.\n")
    assert any(r.trigger is not None for r in pool.for_path("").rules)  # (its size is not known beforehand)
    pool.check_everywhere()
    assert all(r.trigger is None for r in pool.for_path("").rules)
    assert any(isinstance(r, packs.PackRule) and r.prefilter_alone for r in pool.for_path("").rules)
    assert any(r.trigger is not None for r in pool.build(()).rules)  # the rules' classes keep theirs


def test_the_on_disk_table_answers_as_the_dict_does(tmp_path):
    words = {"the": 100, "organisation": 7, "kyiv": 1}
    table = IndexedTable(tmp_path / "words.sqlite3", lambda: dict(words))
    assert table.get("the") == 100 and table["kyiv"] == 1 and "organisation" in table
    assert table.get("qzxv") is None and table.get("qzxv", 0) == 0 and "qzxv" not in table
    with pytest.raises(KeyError):
        table["qzxv"]
    assert (tmp_path / "words.sqlite3").is_file()
    assert dict(table.items()) == words and len(table) == 3 and sorted(table) == sorted(words)
    again = IndexedTable(tmp_path / "words.sqlite3", lambda: pytest.fail("the index is read, not rebuilt"))
    assert again.get("organisation") == 7


def test_the_on_disk_table_counts_a_range_of_keys_as_the_dict_does(tmp_path, monkeypatch):
    words = dict.fromkeys(["news", "newsdesk", "newsroom", "newt", "new york", "profits", "profitsharing"], 1)
    ranges = [("newsa", "news{"), ("profitsa", "profits{"), ("new", "newt"), ("zz", "zzz")]
    table = IndexedTable(tmp_path / "words.sqlite3", lambda: dict(words))
    assert [table.count_between(low, high) for low, high in ranges] == [2, 1, 4, 0]
    monkeypatch.setattr(IndexedTable, "_connection", lambda self: None)  # no index: the loaded dict answers
    loaded = IndexedTable(tmp_path / "other.sqlite3", lambda: dict(words))
    assert [loaded.count_between(low, high) for low, high in ranges] == [2, 1, 4, 0]
