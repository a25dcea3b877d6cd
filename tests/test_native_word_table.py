"""The word list read from its packed form by the compiled function (``_speedups.c``, block 21g, ``word_table``)
against its twin (``lexicon._python_word_table``), and the packed form written by ``lexicon._packed``."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import compiled, needs_compiled

from newslint import lexicon
from newslint.lexicon import _packed, _python_word_table

HAND_TABLES = [
    {},
    {"": 1},
    {"the": 23135851162, "of": 13151942776, "colour": 1},
    {"café": 7, "naïve": 3, "straße": 2, "東京": 9, "🙂": 4},  # two, three and four bytes of UTF-8
    {"a": -1, "b": 0, "c": 2**63 - 1, "d": -(2**63)},  # the whole int64 range
]


def frequencies(*values: int) -> bytes:
    return array("q", values).tobytes()


def both(words: bytes, counts: bytes):
    """Each side's dict (items in order) or its exception's type."""
    results = []
    for read in (compiled.word_table, _python_word_table):
        try:
            results.append(list(read(words, counts).items()))
        except ValueError:  # UnicodeDecodeError among them
            results.append(ValueError)
    return results


@needs_compiled
def test_the_compiled_reader_is_in_use() -> None:
    words, counts = _packed({"word": 1})
    assert lexicon._word_table(words, counts) == {"word": 1}
    assert compiled.word_table(words, counts) == {"word": 1}


@pytest.mark.parametrize("table", HAND_TABLES, ids=["empty", "empty word", "ascii", "utf-8", "int64 range"])
def test_a_packed_table_reads_back_in_its_order(table) -> None:
    read = _python_word_table(*_packed(table))
    assert list(read.items()) == list(table.items())
    if compiled is not None:
        assert list(compiled.word_table(*_packed(table)).items()) == list(table.items())


@needs_compiled
@pytest.mark.parametrize("words, counts", [
    (b"one", b""),  # a word, no frequency
    (b"one", frequencies(1, 2)),  # a frequency too many
    (b"one\ntwo\nthree", frequencies(1, 2)),  # a word too many
    (b"one\n", frequencies(1)),  # an empty word after the last
    (b"", b""),
    (b"", frequencies(5)),  # one empty word
    (b"\n", frequencies(1, 2)),
    (b"one", frequencies(1)[:7]),  # not whole int64 values
    (b"caf\xc3", frequencies(1)),  # cut UTF-8
    (b"\xed\xa0\x80", frequencies(1)),  # an encoded surrogate
    (b"ok\n\xff", frequencies(1, 2)),
])
def test_the_compiled_reader_agrees_on_odd_and_damaged_input(words, counts) -> None:
    compiled_result, python_result = both(words, counts)
    assert compiled_result == python_result


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)),
                                  max_size=12), st.integers(-(2**63), 2**63 - 1)), max_size=40))
def test_drawn_tables_read_the_same_on_both_sides(pairs) -> None:
    table = dict(pairs)
    words, counts = _packed(table)
    assert list(compiled.word_table(words, counts).items()) == list(_python_word_table(words, counts).items()) \
        == list(table.items())


@needs_compiled
@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=40), st.integers(0, 6))
def test_drawn_bytes_read_the_same_on_both_sides(words, count) -> None:
    compiled_result, python_result = both(words, frequencies(*range(count)))
    assert compiled_result == python_result


@needs_compiled
@pytest.mark.parametrize("words, count", [
    (b"a" * 1_000_000, 1),  # one word of a million letters
    (b"\n" * 100_000, 100_001),  # 100,001 empty words: one entry
    (b"\n".join(b"w%d" % i for i in range(100_000)), 100_000),
    ("é".encode() * 100_000, 1),
])
def test_hostile_shapes_read_the_same_on_both_sides(words, count) -> None:
    compiled_result, python_result = both(words, frequencies(*range(count)))
    assert compiled_result == python_result


def test_a_word_with_a_newline_is_not_packed() -> None:
    with pytest.raises(ValueError):
        _packed({"two\nwords": 1})
