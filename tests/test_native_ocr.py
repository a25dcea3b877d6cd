"""The compiled OCR confusions (``newslint/_speedups.c``, block 18d) against their pure-Python twin
``symspell._python_confusions``: the same frozenset, in the same iteration order, on hand cases, the words of the
OCR corpus beside the repository and drawn words."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.ocr import symspell
from conftest import natural_files
from tests.test_native import compiled, needs_compiled

# the letters of the cheap swaps and of the multi-letter misreadings, a letter none of them touches, a letter beyond
# Latin-1, a character beyond U+FFFF, the ñ that fi reads as
ALPHABET = "rnliucdvtmfhoe015sñxé\u0100😀"


def _same(word: str, partners=symspell._PARTNERS, multi=symspell.MULTI) -> None:
    made = compiled.ocr_confusions(word, partners, multi)
    expected = symspell._python_confusions(word, partners, multi)
    assert type(made) is frozenset and made == expected and list(made) == list(expected), word


def test_the_compiled_confusions_are_picked_unless_no_native() -> None:
    if compiled is not None:
        assert symspell._confusions is compiled.ocr_confusions
    code = "from newslint.ocr import symspell as s; assert s._confusions is s._python_confusions"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


@needs_compiled
@pytest.mark.parametrize("word", ["", "a", "m", "rn", "rnrn", "iii", "cornpany", "1egislation", "fifi", "ñ", "mrn",
                                  "Cieek", "x😀li", "\u0100rn\u0100", "zzqx"])
def test_the_same_confusions_as_the_twin(word: str) -> None:
    _same(word)


@needs_compiled
def test_other_tables_give_the_twins_answers() -> None:
    _same("banana", {"a": "o😀", "n": ""}, (("an", "😀😀"), ("ana", ""), ("b", "bb")))
    _same("", {}, ())


@needs_compiled
def test_bad_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError):
        compiled.ocr_confusions("word", {}, (("", "x"),))
    with pytest.raises(TypeError):
        compiled.ocr_confusions("word", {"w": 1}, ())
    with pytest.raises(TypeError):
        compiled.ocr_confusions("word", {}, (("w",),))


@needs_compiled
def test_the_corpus_words() -> None:
    words = {word.strip(".,;:'\"()").lower() for file in natural_files(("ocr",), 40)
             for word in file.read_text(encoding="utf-8", errors="replace").split()}
    for word in sorted(words)[:20_000]:
        _same(word)


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=14))
@example("rnlitlri")
def test_drawn_words(word: str) -> None:
    _same(word)
