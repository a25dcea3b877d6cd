"""NL102 and NL103's shortcuts (issue 17, round eight, 17i) against the plain answers they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules.extraction import glue, sentences

TEXTS = st.text(alphabet='<>"aA. ', max_size=40)
WORDS = st.text(alphabet="aAbBzZÉé", max_size=12)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_marks_answer_as_the_scans_back_would(text: str) -> None:
    marks = sentences._Marks(text)
    for at in range(len(text) + 1):
        assert marks.inside_angle_brackets(at) == (text.rfind("<", 0, at) > text.rfind(">", 0, at)), (text, at)
        assert marks.quotes_before(at) == text.count('"', 0, at), (text, at)


def part_before(word: str, cut: int) -> str:
    """The part of ``word`` before ``cut``, back to the previous case boundary (as NL102 found it per cut)."""
    starts = [b.start() for b in glue._CASE_BOUNDARY.finditer(word, 0, cut) if b.start() < cut]
    return word[starts[-1] if starts else 0:cut]


def part_after(word: str, cut: int) -> str:
    after = glue._CASE_BOUNDARY.search(word, cut + 1)
    return word[cut:after.start() if after else len(word)]


@settings(max_examples=2000, deadline=None)
@given(WORDS)
def test_word_parts_are_the_parts_beside_each_case_boundary(word: str) -> None:
    expected = [(b.start(), part_before(word, b.start()), part_after(word, b.start()))
                for b in glue._CASE_BOUNDARY.finditer(word)]
    assert glue._word_parts(word) == expected


def test_word_parts_of_glued_words() -> None:
    assert glue._word_parts("USSecretary") == [(2, "US", "Secretary")]
    assert glue._word_parts("spokespersonDmitryPeskov") == [(12, "spokesperson", "Dmitry"),
                                                                  (18, "Dmitry", "Peskov")]
    assert glue._word_parts("word") == []


def test_nl103_reads_quotes_and_tickers_of_a_long_page_alike(lint) -> None:
    page = 'He said."The talks went on. Shares of <IBM.N>.The firm rose. ' * 400 + 'It was "great"of him.'
    found = lint(page, select=["NL103"])
    assert len(found) == 401 and found[-1].message == "missing space in 'great\"of'"
