"""The packs' paragraphs as one UTF-8 text (``_speedups.c``, block 30e, ``joined_utf8``) against its twin,
``packs._python_joined_utf8`` (``"\\n".join(texts).encode()``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint import packs
from newslint.model import Article


def same(texts: list[str]) -> bytes:
    """The compiled answer, held to the twin's."""
    expected = packs._python_joined_utf8(texts)
    assert compiled.joined_utf8(texts) == expected
    return expected


@needs_compiled
def test_the_compiled_join_is_in_use() -> None:
    assert packs._joined_utf8 is compiled.joined_utf8


def test_no_native_selects_the_python_join() -> None:
    code = "import newslint.packs as p; assert p._joined_utf8 is p._python_joined_utf8"
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "NEWSLINT_NO_NATIVE": "1"})


@needs_compiled
@pytest.mark.parametrize("texts", [
    [], [""], ["", ""], ["a", "b"], ["Comments are moderated"], ["x" * 7 + "é", "y" * 8 + "£" + "z" * 9],
    ["é" * 17, "\x7f\x80\xff"], ["ŝ — “quoted” ’", "abc"], ["\u07ff\u0800\uffff", "\U0001d400 😀 \U0010ffff"],
    ["a\nb", "\n"], ["12345678" * 3 + "é"],
])
def test_edge_cases(texts: list[str]) -> None:
    assert same(texts) == "\n".join(texts).encode()


@needs_compiled
@pytest.mark.parametrize("texts", [["\ud800"], ["fine", "a\udfffb"], ["😀\udc00"]])
def test_a_lone_surrogate_is_left_to_the_twin(texts: list[str]) -> None:
    """None, where the twin raises as str.encode does (and the packs encode the joined str, which raises)."""
    assert compiled.joined_utf8(texts) is None
    with pytest.raises(UnicodeEncodeError):
        packs._python_joined_utf8(texts)


@needs_compiled
def test_wrong_arguments_raise_type_errors() -> None:
    for wrong in (("a",), "a", ["a", b"b"], ["a", None]):
        with pytest.raises(TypeError):
            compiled.joined_utf8(wrong)


@needs_compiled
@settings(max_examples=2000, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), max_size=8))
def test_drawn_texts(texts: list[str]) -> None:
    same(texts)


@needs_compiled
def test_the_corpus_paragraphs() -> None:
    texts = natural_paragraphs(("bbc", "scraped"), 100)
    assert len(texts) > 300 and not all(text.isascii() for text in texts)
    for at in range(0, len(texts), 20):
        same(texts[at:at + 20])


def test_the_set_searches_the_paragraphs_joined() -> None:
    """What the set of every prefilter reads is the paragraphs joined by newlines, encoded, with or without C."""
    article = Article.parse("Héllo there.\n\n  Comments are moderated.  \n\nBye 😀", "<t>", {}, False)
    assert packs._paragraphs_utf8(article) == "Héllo there.\nComments are moderated.\nBye 😀".encode()
