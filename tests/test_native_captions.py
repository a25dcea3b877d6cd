"""The compiled search for caption seam candidates (``_speedups.c``, block 17l) against its pure-Python twin.

``caption_candidates`` must give exactly what ``captions._candidate_fields`` gives (every field of every candidate, in
order): on edge cases, drawn strings (with small stretch limits, so that short strings have stretches), the seeds'
and the corpus's paragraphs (with the model's own limits), and flattened pages made of them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_files
from test_native import compiled, needs_compiled

from newslint import captions
from newslint.model import Article

SETS = captions._FILTERS[:6]
# limits (paragraph, stretch, first stretch, run words, first run words): the model's, and small ones
MODEL_LIMITS = captions._FILTERS[6:]
SMALL_LIMITS = [(0, 1, 0, 0, 0), (0, 6, 3, 2, 1), (5, 12, 30, 3, 6)]

# what the search looks at: the characters before a seam (a-z, digits, % and ), closing quotes), capitals and opening
# quotes after it, colons, stops, letters beyond ASCII (upper, lower, title case, one whose lower case is longer),
# other digits, white space of several kinds, characters beyond U+FFFF
ALPHABET = "abzABZ09%)'’\"”‘“:-_ .!?…\n\t\u00a0éÉßİǅ٣²Ⅻ😀"
TEXTS = st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=30)
# words the filters know (the word sets' members, a title, a pronoun, a label, a quoted label), spliced into drawn text
PIECES = st.sampled_from(["the ", "of ", "to ", "by ", "He ", "The ", "I ", "FAST ", "Stadium of Light ", "of ", "the",
                          "said ", "Label: ", "Label: 'It", "said: “We", "Boss: ", "Diego Simeone ", "The Lord of the",
                          "The Italian boss ", "ON ", "İN ", "Of ", "van ", " A", "x 'We Do", "’s ", "it's Ok", "2014 "])
SPLICED = st.lists(TEXTS | PIECES, max_size=12).map("".join)

EDGE_CASES = [
    "", " ", "a A", " A", "a  A", "a 'A", "a ‘A", "a “A", "a ”A", "a' A", "a’ A", "'' A", "a.' A", "x' A", "é' A",
    "1 A", "% A", ") A", "é A", "A A", "a Ab: c", "a Ab c: 'd", "a Ab c:  'd", "a Ab:\t“d", "a Ab: ", "a Ab:",
    "by He", "by 'He", "the He", "of Diego", "to FAST to", "to FAs", "x I", "x I'm", "x The Soul Sessions",
    "x The Lord of the Rings", "x The Italian boss", "x The Soul:", "x Stadium of Light", "x Stadium of light",
    "x Stadium Of Light", "word(x Ab", "a/b Ab", "a-b Cd", "\"x\" Ab", "(x) Ab", "İn Ab", "İN Ab", "ǅx Ab",
    "x ABé", "x AÉ", "x Aǅ", "x A٣", "x Ab😀 c", "😀 x Ab", "a b c d e f g h Ab c d e f g h. i j k l m n Op q r",
    "a b c. d e f! g h i? j k l… m n\no p Q r",
]


def same(text: str, limits: tuple[int, ...]) -> None:
    assert compiled.caption_candidates(text, *SETS, *limits) == captions._candidate_fields(text, *SETS, *limits), \
        (text, limits)


@needs_compiled
@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text: str) -> None:
    for limits in [*SMALL_LIMITS, MODEL_LIMITS]:
        same(text, limits)
        same(text * 60, limits)  # a long paragraph, its stretches cut by the stops inside the case


@needs_compiled
@settings(max_examples=2000, deadline=None)
@given(SPLICED, st.sampled_from(SMALL_LIMITS))
def test_drawn_strings(text: str, limits: tuple[int, ...]) -> None:
    same(text, limits)


@needs_compiled
@settings(max_examples=200, deadline=None)
@given(st.lists(SPLICED, min_size=20, max_size=60).map(" ".join))
def test_drawn_pages(text: str) -> None:
    same(text, MODEL_LIMITS)


@needs_compiled
def test_natural_paragraphs() -> None:
    files = natural_files(("bbc", "scraped", "reuters"), 300)
    found = 0
    for file in files:
        article = Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file), {}, False)
        for paragraph in article.paragraphs:
            same(paragraph.text, MODEL_LIMITS)
            same(paragraph.text, SMALL_LIMITS[1])
            found += len(captions._candidate_fields(paragraph.text, *SETS, *MODEL_LIMITS))
        same(" ".join(paragraph.text for paragraph in article.paragraphs), MODEL_LIMITS)  # the page flattened
    assert found > 100  # the corpus holds flattened pages: the search was tested on real candidates


@needs_compiled
@pytest.mark.parametrize("stop", [".", "!", "?", "\n", "…", ","])
def test_a_stop_at_every_offset_of_an_eight_byte_step(stop: str) -> None:
    # the stretches of a one-byte text are read eight bytes at a time where none holds a stop: a stop (or a space)
    # at each offset of two steps, in texts whose lengths end at each offset too
    words = "the boss said Diego Simeone x Ab cd e Fg h: Ij k "
    for length in range(len(words), len(words) + 17):
        for at in range(length):
            text = ((words * 3)[:length])
            text = text[:at] + stop + text[at + 1:]
            for limits in SMALL_LIMITS:
                same(text, limits)
                same(text * 20, limits)


@needs_compiled
@pytest.mark.parametrize("shape", [".", " ", "a", "a ", "a b.", "x Ab ", "é ", "😀 "])
def test_hostile_lines_of_one_shape(shape: str) -> None:
    text = (shape * 100_000)[:100_000]
    for limits in [SMALL_LIMITS[1], MODEL_LIMITS]:
        same(text, limits)


def test_the_twin_in_use_finds_the_candidates_of_a_flattened_page() -> None:
    caption = "Atletico boss Diego Simeone watches on from the touchline during the match at the Calderon on Sunday"
    story = ("Simeone's side host rivals Real Madrid in the league next week and the coach said his players were "
             "ready for the game after a long run of results that has taken them to the top of the table")
    page = " ".join([caption, story] * 8)
    pairs = {(c.before, c.word) for c, _, _ in captions._raw_candidates(page)}
    assert {("boss", "Diego"), ("Sunday", "Simeone's"), ("table", "Atletico"), ("rivals", "Real")} <= pairs
    assert ("the", "Calderon") not in pairs  # a name after an article: inside the sentence
