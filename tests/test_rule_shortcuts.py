"""The shortcuts of NL317's seam scan, NL701's first test and NL501's pre-check (issue 17): each must let through
what the long way finds."""

import math
import re

import pytest

from newslint import captions, lexicon
from newslint.rules import spelling
from tests.test_captions import BLOCK, STORY, TAIL


def test_block_seams_are_added_only_in_the_stretch_of_a_sure_seam():
    sure = STORY + BLOCK + TAIL
    assert [c.word for c in captions.caption_seams(sure)] == ["Paul", "Without"]
    # a seam as strong as 'ground Paul' in a stretch of its own without a sure seam: scored once, never added
    other = BLOCK.replace("trip Without", "trip and without").replace("ground Paul", "stadium Mark")
    text = STORY + BLOCK + TAIL + " " + other + TAIL
    scored = captions._Scored(text)
    block_cut = math.log(captions._data()["block_threshold"] / (1 - captions._data()["block_threshold"]))
    strength = {(raw.before, raw.word): scored.scanned(raw, start, end)[1] for raw, start, end, _ in scored.raw}
    assert strength["stadium", "Mark"] >= block_cut  # so that only its stretch keeps it out
    found = [(c.before, c.word) for c in captions.caption_seams(text)]
    assert found == [("ground", "Paul"), ("trip", "Without")]


@pytest.mark.parametrize("text, start, word", [
    ("at the ground Paul", 0, "ground"),  # letters back to the space (the quick way)
    ("the fans’ Paul", 0, "fans’"),  # an apostrophe, a hyphen, a bracket: the walk back
    ("a rock-and-roll Paul", 0, "rock-and-roll"),
    ("(AFP/Getty) Paul", 0, "Getty)"),
    ("abcdef Paul", 3, "def"),  # never before the stretch's start, with or without a space in it
    ("x.abc Paul", 2, "abc"),
    ("ab 12% Paul", 0, "12%"),
])
def test_the_word_before_a_seam(text, start, word):
    assert captions._word_before(text, start, text.index(" Paul")) == word


def _reference_ocr_suspect(token: str) -> bool:
    return bool(re.search("rn|1|0", token)) and sum(c.isalpha() for c in token) >= 3 and not lexicon.is_known(token)


@pytest.mark.parametrize("token", ["cornpany", "rnodern", "1egislation", "Governrnent", "abc1", "ab1", "a1b", "1ab",
                                   "2010", "10th", "x0x0x", "modern", "corn", "éco1e", "ﬁ1ms", "rn", "ab-rn", "0.5m"])
def test_the_ocr_suspect_test_answers_as_the_letter_count(token):
    assert (spelling._ocr_suspects([token]) == [token] and not lexicon.is_known(token)) == _reference_ocr_suspect(token)


@pytest.mark.parametrize("body, repeat", [
    ("Of the of the talks, little is known.", "Of the of the"),  # the article's first words, capitalised
    ("Nobody knew what it is in it is in the end.", "it is in it is in"),  # a phrase of three
    ("Die Gespräche für of the of the Woche.", "of the of the"),  # letters beyond ASCII beside it
    ("The envoy left with the talks unfinished in the in the", "in the in the"),  # the last words
])
def test_a_phrase_of_function_words_said_twice_passes_the_pre_check(lint, body, repeat):
    text = "Talks in Stockholm\n\n" + body + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL501"])] == [repeat]
