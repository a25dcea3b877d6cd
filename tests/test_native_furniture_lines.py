"""NL311's short lines to read, compiled (``_speedups.c``, block 30a: ``furniture_lines_to_read``, the story's plain
sentences passed over in one pass) against its twin ``rules.lines.furniture._python_lines_to_read`` (the same tests
in Python: ``str.split``, ``in``, a set's ``isdisjoint``, ``occurrences.Occurrences.twice``, ``_reworded_source``)."""

from __future__ import annotations

import pytest
from conftest import natural_files
from hypothesis import given, settings
from hypothesis import strategies as st
from test_native import ALPHABET, compiled, needs_compiled

from newslint import occurrences
from newslint.model import Article
from newslint.rules.lines import furniture
from newslint.rules.lines._shared import _READER, line_forms


def same(texts: list[str], text: str | None = None, words: list[list[str]] | None = None) -> list[int]:
    """The compiled answer for these lines, checked against the twin's."""
    text = "\n\n".join(texts) if text is None else text
    words = [line.split() for line in texts] if words is None else words
    args = (texts, line_forms(texts)[0], text, words, [w.lower() for line in words for w in line], _READER)
    answer = compiled.furniture_lines_to_read(*args)
    assert answer == furniture._python_lines_to_read(*args), texts
    return answer


def same_article(article: Article) -> list[int]:
    texts = [paragraph.text for paragraph in article.paragraphs]
    args = (texts, line_forms(texts)[0], article.text, article.paragraph_words, article.lower_words, _READER)
    answer = compiled.furniture_lines_to_read(*args)
    assert answer == furniture._python_lines_to_read(*args), article.path
    return answer


STORY = "The council said the plan would go ahead in the spring after the vote."  # 14 words, a stop last
LONG = "The mayor told reporters that the council had voted on Tuesday to approve the new plan, " * 4  # (more than 320 characters)


@needs_compiled
def test_the_compiled_pass_is_in_use() -> None:
    assert furniture.lines_to_read is compiled.furniture_lines_to_read


@needs_compiled
@pytest.mark.parametrize("line, read", [
    (STORY, False),
    ("The council said the plan would go ahead.", True),  # eight words
    ("The council said the plan would go ahead in the spring", True),  # no sentence's end last
    ("The council said the plan would go ahead in the spring. ", True),  # white space last
    ("Write to the council at plan@example.org about it before the vote.", True),
    ("The council put the plan on www.example.org before the spring vote.", True),
    ("The council put the plan on its site, http colon slash slash, in spring.", True),
    ("The council put the plan on its site, htt colon slash slash, in spring ww.", False),  # (no address at its end)
    ("The council put the plan on its site, colon slash slash, in spring.www", True),  # (no sentence's end)
    ("The council put the plan on its site, colon slash slash, in spring. www.", True),
    ("The council put the plan on its site, colon slash slash, in spring. http.", True),
    ("The council put the plan on its site, colon slash slash, in Ｔ spring http.", True),  # (a wide str)
    ("The council said you would see the plan go ahead after the vote.", True),  # a reader's word
    ("The US council said the plan would go ahead in the spring, thus.", False),  # a reader's word in capitals
    ("The council told (US) voters the plan would go ahead in the “US”.", False),  # (its edges stripped)
    ("The US council told us the plan would go ahead in the spring.", True),  # and in lower case
    ("The council said the plan would go ahead in the Us spring vote.", True),
    ("The council said the plan would go ahead in the US-wide vote, Us all.", True),
    ("The US council said the plan would go ahead in the \u212aelvin vote.", True),  # (a Kelvin sign: not asked)
    ("The US council said the plan would go ahead in the İstanbul vote.", False),
    ("The council said the plan would go ahead in the spring after the “vote”", False),  # a closing quote last
    ("The council said the plan would go ahead (in the spring after the vote)", False),
    ("The Council Said The Plan Would Go Ahead In The Spring After It!", False),
    ("Ｔhe council said the plan would go ahead in the spring after the vote.", False),  # a wide str
    ("The council said the plan would go ahead in the spring after the vote😀.", False),
    ("x" * 321, False),  # a long paragraph is no short line
])
def test_lines(line: str, read: bool) -> None:
    texts = [LONG, line, LONG]
    assert same(texts) == ([1] if read else [])
    assert same([line]) == ([0] if read else [])


@needs_compiled
def test_a_digit_opening_the_line_below() -> None:
    assert same([STORY, "1/21 " + STORY]) == [0]
    assert same([STORY, "٣ " + LONG]) == [0]  # (str.isdigit: any decimal digit)
    assert same([STORY, "Twenty " + LONG]) == []
    assert same([STORY, ""]) == [1]


@needs_compiled
def test_a_pull_quote_said_again() -> None:
    quote = "“The plan will go ahead whatever the council decides next year,” she said."
    assert same([LONG, quote, LONG]) == []
    again = LONG + " She said: the plan will go ahead whatever the council decides next year, today."
    assert same([LONG, quote, again]) == [1]
    # the words from the first space, twice without overlapping: a line given whole twice is read, each time
    assert same([STORY, STORY]) == [0, 1]
    # the core's words and length: five words or fewer, or fewer than twenty characters, are no pull quote
    short = "Aa bb cc dd ee ff gg hh ii."
    assert same([short, short]) == [0, 1]  # (nine words, of twenty-six characters: a pull quote's core)
    assert same(["A b c d e f g h i.", "A b c d e f g h i."]) == []  # (nineteen characters)
    tiny = "...A b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p!!"
    assert same([tiny, tiny]) == []  # (forty-two words: no pull quote)


@needs_compiled
def test_a_reworded_pull_quote_near_a_longer_paragraph() -> None:
    line = "The council will decide on the future of the harbour plan next spring, officials said."
    # (two of the line's three probes, at its fifth, its middle and four fifths, but not the pull quote's words whole)
    holding = "In a statement, " + line[:60] + " the mayor agreed with them on Monday." * 8  # (long: not read)
    one, two, three, four = (f"Residents, {count} of them, gathered outside the town hall on Monday to protest. " * 5
                             for count in ("ten", "twenty", "thirty", "forty"))
    assert same([one, line, two]) == []
    assert same([holding, line, one]) == [1]
    assert same([one, line, two, three, holding]) == [1]  # (three paragraphs away)
    assert same([one, line, two, three, four, holding]) == []  # (four)
    # a neighbour shorter than half as long again (129 characters for the line's 86; a cut line is read itself)
    assert same([one[:128], line, holding]) == [0]
    assert same([one[:129], line, holding]) == [0, 1]


@needs_compiled
def test_every_short_line_of_a_long_text_is_read() -> None:
    texts = [STORY, LONG * 80, STORY + " "]
    assert same(texts) == [0, 2]
    assert len("\n\n".join(texts)) >= occurrences.LONG_TEXT


@needs_compiled
def test_the_tokens_are_each_lines_own() -> None:
    texts = [STORY, STORY.replace("council", "county"), STORY.replace("council", "Us")]
    words = [line.split() for line in texts]
    assert same(texts, words=words) == [2]
    assert same(texts, words=words[:2] + [[]]) == []  # (no reader's word among the third line's tokens: not looked for)
    assert same(texts, words=[words[2], [], []]) == []  # (the first line's tokens hold 'us', its words none)
    assert same(texts, words=[[], [], words[2]]) == [2]
    words[1][3] = "You"  # (a reader's word among the second line's tokens, lowered, and its words hold it)
    texts[1] = " ".join(words[1])
    assert same(texts, words=words) == [1, 2]
    texts[1] = texts[1].replace("You", "YOU")  # (in capitals)
    assert same(texts, words=words) == [2]


class Word(str):
    """A str of another class, which the compiled pass looks up whatever its first character and length (35d)."""


@needs_compiled
@pytest.mark.parametrize("reader", [
    frozenset({"said"}), frozenset({"plan", "x" * 63}), frozenset({"x" * 64, "said"}), frozenset({"", "said"}),
    frozenset({"plan", 3}), frozenset({Word("plan")}),  # (words of ASCII letters: the pass's reader, 34d)
    {"plan"}, frozenset(), frozenset({"spring.", "the"}),
])
def test_the_reader_words_looked_up_by_first_character_and_length(reader) -> None:
    # (a token is looked up only where a word of the frozenset opens with its first character and is as long: 35d)
    texts = [STORY, STORY.replace("plan", "x" * 63), STORY.replace("plan", "ŝaid"), STORY.replace("plan", "😀 " * 3)]
    words = [line.split() for line in texts]
    for tokens in ([w.lower() for line in words for w in line], [Word(w) for line in words for w in line]):
        args = (texts, line_forms(texts)[0], "\n\n".join(texts), words, tokens, reader)
        assert compiled.furniture_lines_to_read(*args) == furniture._python_lines_to_read(*args)
    lowered = (texts, line_forms(texts)[0], "\n\n".join(texts), words, [w.lower() for line in words for w in line])
    held = {w for w in reader if isinstance(w, str)} & set(lowered[4])
    none = compiled.furniture_lines_to_read(*lowered, frozenset())  # (a reader's word held makes its line read)
    assert (compiled.furniture_lines_to_read(*lowered, reader) != none) == bool(held)


@needs_compiled
def test_wrong_arguments_raise() -> None:
    shapes = line_forms([STORY, STORY])[0]
    with pytest.raises(TypeError):
        compiled.furniture_lines_to_read([STORY, 3], shapes, STORY, [[], []], [], _READER)
    with pytest.raises(TypeError):
        compiled.furniture_lines_to_read([STORY], shapes, STORY, [], [], _READER)
    with pytest.raises(TypeError):
        compiled.furniture_lines_to_read([STORY], shapes, STORY, [[]], [], list(_READER))
    with pytest.raises(TypeError):
        compiled.furniture_lines_to_read([STORY], [], STORY, [[]], [], _READER)
    with pytest.raises(TypeError):
        compiled.furniture_lines_to_read([STORY], [14], STORY, [[]], [], _READER)


VOCABULARY = ["the", "council", "said", "You", "plan", "www", "@", "1", "Spring", "“Vote”", "a", "ﬁne", "😀", "it",
              "US", "us", "(US)", "OUR", "Our,", "US’s", "US-wide", "\u212aS", "İt", "ＵＳ"]
SENTENCES = st.builds(lambda words, end: " ".join(words) + end, st.lists(st.sampled_from(VOCABULARY), max_size=14),
                      st.sampled_from([".", "!", "”", ")", "", " ", ".\n", ","]))


@needs_compiled
@settings(max_examples=800, deadline=None)
@given(st.lists(SENTENCES | st.text(alphabet=ALPHABET + "wh@tp.", max_size=80), max_size=8), st.booleans())
def test_drawn_lines(texts: list[str], repeat: bool) -> None:
    same(texts, "\n\n".join(texts * (2 if repeat else 1)))


@needs_compiled
def test_natural_articles() -> None:
    read = 0
    for file in natural_files(("bbc", "scraped"), 150):
        read += len(same_article(Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file), {},
                                               False)))
    assert read > 20


def test_the_reader_words_are_ascii_letters() -> None:
    # The compiled pass reads a token's letters as ASCII when it compares it with the reader's words (34d/35d): a
    # reader word beyond ASCII ('ŝaid') would make it disagree with its twin. _READER is the only reader passed.
    assert all(word.isascii() and word.isalpha() for word in _READER)
