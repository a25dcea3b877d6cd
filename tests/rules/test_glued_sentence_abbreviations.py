"""NL103's short answer to 'does the stop end an abbreviation?' (from the token before the stop) is the long one's
(``textutil.is_abbreviation_before``, which walks back over the letters, digits and stops)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import textutil
from newslint.model import Article
from newslint.rule import Finding
from newslint.rules.extraction import sentences
from newslint.rules.extraction.sentences import GluedSentence

ROOT = Path(__file__).resolve().parents[2]
_PIECES = ("Mr", "mr", "U", "S", "u.s", "etc", "Smith", "said", "St", "e.g", "jan", "Dec", "ph.d", "a", "I", "12",
           "2019", "x1", ".", ".", ". ", " ", "-", "'", "’", "(", "@", "/", ",", "é", "Ölkers", "ſt", "İ")


def _agrees(text: str) -> None:
    for stop, char in enumerate(text):
        if char == ".":
            left = sentences._token_before(text, stop)
            begin = stop - len(left)
            assert sentences._abbreviation_before(text, stop, left, begin) \
                == textutil.is_abbreviation_before(text, stop), (text, stop)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_short_answer_is_the_long_one_on_drawn_text(text: str) -> None:
    _agrees(text)


@pytest.mark.parametrize("text", ["He met .Mr.Smith", "x.etc.The", "'Dec.Then", "-St.Paul", "A.St.The", "3Mr.X"])
def test_the_short_answer_is_the_long_one_after_marks_that_the_token_drops(text: str) -> None:
    _agrees(text)


def test_the_short_answer_is_the_long_one_on_the_seeds() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        _agrees(path.read_text(encoding="utf-8"))


def _glued(text: str) -> list[str]:
    article = Article.parse("Title\n\n" + text)
    return [article.text[f.start:f.end] for f in GluedSentence().check(article) if isinstance(f, Finding)]


def test_a_word_glued_to_the_next_sentence_is_found_and_an_abbreviation_is_not() -> None:
    assert _glued("The talks ended on Friday with no agreement.The ministers will meet again in March.") \
        == ["agreement.The"]
    assert _glued("The talks ended on Friday with no agreement, said Gen.Smith and Sen.Jones of the committee.") == []
