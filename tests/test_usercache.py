"""The word-list indexes kept in the user cache folder: built once, read back, rebuilt when damaged."""

from __future__ import annotations

import pytest

from newslint import lexicon, ngrams, usercache


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """An empty user cache folder, and no index loaded in this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(lexicon, "_on_disk", False)  # the marshalled list, even after a small run in this process
    lexicon.frequencies.cache_clear()
    ngrams._table.cache_clear()
    yield tmp_path
    lexicon.frequencies.cache_clear()
    ngrams._table.cache_clear()


def test_lexicon_is_built_once_then_read_back(cache_home):
    built = lexicon.frequencies()
    files = list((cache_home / "newslint" / "lexicon").iterdir())
    assert len(files) == 1
    lexicon.frequencies.cache_clear()
    assert lexicon.frequencies() == built
    assert lexicon.is_known("organisation") and lexicon.is_known("organization") and not lexicon.is_known("qzxv")


def test_a_damaged_lexicon_index_is_rebuilt(cache_home):
    expected = lexicon.frequencies()
    [index] = (cache_home / "newslint" / "lexicon").iterdir()
    index.write_bytes(b"\x00 not marshal data")
    lexicon.frequencies.cache_clear()
    assert lexicon.frequencies() == expected
    lexicon.frequencies.cache_clear()
    assert lexicon.frequencies() == expected  # and the rebuilt file reads back


def test_the_lexicon_is_kept_packed_and_an_index_of_another_form_is_rebuilt(cache_home):
    expected = lexicon.frequencies()
    [index] = (cache_home / "newslint" / "lexicon").iterdir()
    assert usercache.read_value(index) == lexicon._packed(expected)  # two strings of bytes, not a dict
    usercache.write_table(index, {"marshal's": 1, "dict": 2})  # the form kept before
    lexicon.frequencies.cache_clear()
    assert list(lexicon.frequencies().items()) == list(expected.items())
    assert usercache.read_value(index) == lexicon._packed(expected)


def test_a_word_list_that_cannot_be_packed_is_given_and_not_kept(cache_home, monkeypatch):
    monkeypatch.setattr(lexicon, "_build", lambda: {"two\nwords": 3, "word": 1})
    assert lexicon.frequencies() == {"two\nwords": 3, "word": 1}
    folder = cache_home / "newslint" / "lexicon"
    assert not folder.exists() or not any(folder.iterdir())


def test_an_unwritable_cache_folder_still_gives_the_same_answers(cache_home, monkeypatch):
    expected_frequency = lexicon.frequency("the")
    expected_count = ngrams.count("new york")
    lexicon.frequencies.cache_clear()
    ngrams._table.cache_clear()
    blocker = cache_home / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # every mkdir under it fails, even as root
    assert lexicon.frequency("the") == expected_frequency
    assert ngrams.count("new york") == expected_count
    assert ngrams._table()._connection() is None  # answered from the lists in memory


def test_ngram_counts_come_from_the_index_and_match_the_word_lists(cache_home):
    assert ngrams.count("new york") == 6000263.0  # wordsegment 1.3's bigram count
    assert ngrams.count("the") > ngrams.count("president") > 0
    assert ngrams.count("qzxv qzxv") == 0.0
    assert ngrams.index_path().exists()
    in_memory = dict(ngrams._entries())
    for key in ("the", "of the", "president", "new york", "thepresident"):
        assert ngrams.count(key) == in_memory.get(key, 0.0)


def test_an_atomic_write_that_fails_leaves_nothing_behind(tmp_path):
    target = tmp_path / "sub" / "index"

    def fail(temporary: str) -> None:
        with open(temporary, "w") as handle:
            handle.write("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        usercache.write_atomically(target, fail)
    assert not target.exists() and not list(target.parent.iterdir())
    usercache.write_atomically(target, lambda temporary: open(temporary, "w").write("whole"))
    assert target.read_text() == "whole"
