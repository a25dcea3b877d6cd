"""Issue 13, round five: the SymSpell index answered from disk gives the candidates the loaded index gives."""

from __future__ import annotations

from newslint.ocr import symspell

WORDS = ["cornpany", "tbe", "fiom", "tho", "rnoney", "pittwator", "aud", "xq", "liave", "wbich"]


def test_candidates_from_disk_match_the_loaded_index(monkeypatch):
    symspell._on_disk().get("the")  # the on-disk index exists (built from the loaded one when it did not)
    symspell.index.cache_clear()
    monkeypatch.setattr(symspell, "_asked", 0)
    from_disk = [symspell.candidates.__wrapped__(word) for word in WORDS]
    assert symspell.index.cache_info().currsize == 0, "answered without loading the index"
    assert symspell._asked == len(WORDS)
    assert (0.5, "company") in from_disk[WORDS.index("cornpany")]
    assert len(symspell.index()) > 100_000
    assert from_disk == [symspell.candidates.__wrapped__(word) for word in WORDS]


def test_a_process_that_asked_many_words_loads_the_index(monkeypatch):
    symspell.index.cache_clear()
    monkeypatch.setattr(symspell, "_asked", symspell.WHOLE_AFTER)
    assert symspell.candidates.__wrapped__("tbe")[0][1] == "the"
    assert symspell.index.cache_info().currsize == 1
    assert symspell._asked == symspell.WHOLE_AFTER
