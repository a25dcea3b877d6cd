"""``unknown_words`` (NL104's candidates, newslint/_speedups.c) against its pure-Python twin in extraction.py."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import UserDict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import lexicon, native, textutil
from newslint.rules import extraction

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
REQUIRED = os.environ.get("NEWSLINT_REQUIRE_NATIVE", "") not in ("", "0")
compiled = native.speedups
needs_compiled = pytest.mark.skipif(compiled is None and not REQUIRED,
                                    reason="the extension is not built (or NEWSLINT_NO_NATIVE is set)")
ALPHABET = "abzAZéßǅΣİﬁ\u0301'’-.٣ _😀"
WORDS = st.text(alphabet=ALPHABET, max_size=12) | st.text(max_size=10)


@needs_compiled
@settings(max_examples=500)
@given(st.lists(WORDS, max_size=15), st.integers(0, 6), st.integers(0, 12))
def test_drawn_words_and_tables(words: list[str], shortest: int, longest: int) -> None:
    """Any words and bounds; a table whose value 0 counts as unknown (``get``), a mapping that is no dict."""
    table = {word: i % 3 for i, word in enumerate(words[::2])}  # 0: known to the table, yet no frequency
    accepted = frozenset(words[1::3])
    expected = extraction._python_unknown_words(words, shortest, longest, table, accepted)
    assert compiled.unknown_words(words, shortest, longest, table, accepted) == expected
    assert compiled.unknown_words(words, shortest, longest, UserDict(table), accepted) == expected
    assert compiled.unknown_words(frozenset(words), shortest, longest, table, accepted) == \
        extraction._python_unknown_words(frozenset(words), shortest, longest, table, accepted)


@needs_compiled
def test_natural_text() -> None:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in ("bbc", "scraped", "ocr"):
        files += sorted((CORPUS / folder).rglob("*.txt"))[:200]
    table = lexicon.frequencies()
    found = 0
    for file in files:
        words = frozenset(textutil.word_texts(file.read_text(encoding="utf-8", errors="replace")))
        expected = extraction._python_unknown_words(words, 7, 40, table, frozenset({"takeaway"}))
        assert compiled.unknown_words(words, 7, 40, table, frozenset({"takeaway"})) == expected
        found += len(expected)
    assert found > 0


def test_wrong_arguments_raise_type_errors() -> None:
    if compiled is None:
        pytest.skip("the extension is not built")
    with pytest.raises(TypeError):
        compiled.unknown_words(["abcdefgh", 1], 7, 40, {}, frozenset())
    with pytest.raises(TypeError):
        compiled.unknown_words(5, 7, 40, {}, frozenset())
    with pytest.raises(TypeError):
        compiled.unknown_words(["abcdefgh"], 7, 40, {}, 3)  # accepted: no container


def test_no_native_selects_the_python_version() -> None:
    code = ("from newslint.rules import extraction; "
            "assert extraction._unknown_words is extraction._python_unknown_words")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})
