"""NL103's finding of a missing space made by the compiled function (``_speedups.c``, block 33b,
``missing_space_finding``) against its twin (``extraction.sentences._python_missing_space_finding``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import ALPHABET, compiled, needs_compiled

from newslint.model import Article
from newslint.rule import Edit, Finding, Fix, quote
from newslint.rules.extraction import sentences
from newslint.rules.extraction.sentences import GluedSentence, _python_missing_space_finding
from conftest import natural_files

RULE = GluedSentence()
HEAD = (RULE.code, RULE.name, RULE.effective_severity)
CLASSES = (Finding, Fix, Edit, quote) + HEAD  # the twin's makers without the extension


def both(text: str, offset: int, begin: int, start: int, end: int, space_at: int) -> Finding:
    made = compiled.missing_space_finding(sentences._FINDING_MAKERS + HEAD, text, offset, begin, start, end, space_at)
    twin = _python_missing_space_finding(CLASSES, text, offset, begin, start, end, space_at)
    assert type(made) is type(twin) is Finding
    assert made == twin, (text, begin, start, end)
    assert type(made.fix) is Fix and type(made.fix.edits[0]) is Edit
    return made


@needs_compiled
def test_the_compiled_finding_is_in_use() -> None:
    assert sentences._missing_space_finding is compiled.missing_space_finding


@needs_compiled
def test_a_plain_junction() -> None:
    made = both("He said.The man", 100, 3, 7, 11, 8)
    assert made == Finding("NL103", "glued-sentence", RULE.effective_severity, 103, 111, "missing space in 'said.The'",
                           Fix((Edit(108, 108, " "),), True, "insert a space"))


@needs_compiled
@pytest.mark.parametrize("text, unsafe", [('said."The', True), ("’em'The", True), ("sa“id”The", False),
                                          ("said.Thé", False), ("said.T😀", False), ("said.\nThe", False),
                                          ("a" * 61 + ".The", False), ("a" * 56 + ".The", False)])
def test_quotes_line_breaks_long_glue_and_wide_characters(text: str, unsafe: bool) -> None:
    made = both(text, 0, 0, 2, len(text), 3)
    assert made.fix.safe is not unsafe
    assert made.message == f"missing space in {quote(text)}"


@needs_compiled
def test_offsets_out_of_the_text_are_refused() -> None:
    makers = sentences._FINDING_MAKERS + HEAD
    for begin, start, end in ((0, 0, 9), (3, 2, 5), (-1, 0, 2), (2, 4, 3)):
        with pytest.raises(ValueError):
            compiled.missing_space_finding(makers, "said.The", 0, begin, start, end, 4)
    with pytest.raises(TypeError):
        compiled.missing_space_finding(makers[:6], "said.The", 0, 0, 4, 8, 5)


@needs_compiled
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=1, max_size=90) | st.text(min_size=1, max_size=70), st.data())
def test_drawn_texts(text: str, data) -> None:
    begin, start, end = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=3, max_size=3)))
    both(text, data.draw(st.integers(0, 10_000)), begin, start, end, data.draw(st.integers(begin, end)))


@needs_compiled
def test_the_corpus_findings(monkeypatch) -> None:
    articles = [Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file))
                for file in natural_files(("bbc", "scraped"), 150)]
    made = [list(RULE.check(article)) for article in articles]
    monkeypatch.setattr(sentences, "_missing_space_finding", _python_missing_space_finding)
    monkeypatch.setattr(sentences, "_FINDING_MAKERS", CLASSES[:4])
    assert [list(RULE.check(article)) for article in articles] == made
    assert sum(map(len, made)) > 20  # (the scraped pages' glued sentences)
