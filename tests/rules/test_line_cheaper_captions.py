"""NL312 returns early from an article whose paragraphs are all longer than 700 characters when none holds a line
break or a wide space and the article no media word (``captions._only_long_prose``): the same findings as the long
way, which reads every paragraph."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newslint.rules.lines import captions

_PROSE = ("The council approved the new budget on Tuesday after a long debate about the cost of repairs to the old "
          "harbour wall, which was damaged in the winter storms. Members said the work would start in the spring and "
          "take about two years, while traders worried about the loss of visitors during the summer months. ")
_LONG = (_PROSE * 3).rstrip()  # (over 700 characters)

# what the other forms of the rule look for, each set inside a long paragraph, and what the early return reads
_PIECES = ["", " (AFP)", " Photo: Jane Doe/AFP", " Credit: Jane Doe", "\nJANE DOE\n", "\n", "  ", "     Oak barrels",
           " Firefighters at the warehouse  Perhaps", "<iframe src='x'></iframe>Firefighters at the warehouse.",
           " Enlarge Image ", " Jane Doe, left, and Jim Doe", " Pictured: the harbour wall.", " Image 3 of 12 ",
           " hide caption", "Staff wait outside the closed supermarket.\nAP Photo/Jane Doe\n"]


def long_way(lint, text):
    """NL312's findings with the early return turned off."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(captions, "_only_long_prose", lambda article, marks: False)
        return [(d.start, d.end, d.message) for d in lint(text, select=["NL312"])]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.integers(0, len(_LONG))), min_size=1, max_size=3),
       st.sampled_from(["Title", "Firefighters at the warehouse on Tuesday.Credit: Jane Doe/AFP"]))
@example([("", 0), (" Photo: Jane Doe/AFP", 0)], "Title")  # (three copies of the prose: no alt text said thrice)
def test_the_early_return_finds_what_the_long_way_finds(lint, paragraphs, title):
    body = "\n\n".join(_LONG[:at] + piece + _LONG[at:] for piece, at in paragraphs)
    text = f"{title}\n\n{body}\n"
    assert [(d.start, d.end, d.message) for d in lint(text, select=["NL312"])] == long_way(lint, text)


@pytest.mark.parametrize("piece, early", [
    ("", True), (" (AFP)", True), (" Photo: Jane Doe/AFP", True),  # (a credit's tail is asked only of 700 or fewer)
    ("  ", False), ("<iframe src='x'></iframe>Firefighters at the warehouse.", False),
    (" Enlarge Image ", False),
])
def test_only_line_breaks_wide_spaces_and_media_words_keep_a_long_article_read(piece, early):
    from newslint.model import Article
    from newslint.rules.lines._shared import paragraph_forms

    article = Article.parse(f"Title\n\n{_LONG}{piece}{_LONG}\n\n{_LONG}\n")
    assert min(len(p.text) for p in article.paragraphs) > captions._LONG_PARAGRAPH
    assert captions._only_long_prose(article, paragraph_forms(article)[3]) is early


def test_a_line_break_or_a_wide_space_in_any_paragraph_keeps_the_article_read():
    from newslint.model import Article
    from newslint.rules.lines._shared import CLOSED, COLON_SPACE, DOUBLE_SPACE, HOLDS_BY, LINE_BREAK

    article = Article.parse(f"Title\n\n{_LONG}\n")
    for marks, early in [(bytes([CLOSED | COLON_SPACE | HOLDS_BY] * 3), True), (bytes([CLOSED, LINE_BREAK]), False),
                         (bytes([DOUBLE_SPACE | CLOSED, CLOSED]), False), (bytes(255 - m for m in (LINE_BREAK, DOUBLE_SPACE)), False)]:
        assert captions._only_long_prose(article, marks) is early


def test_a_caption_block_in_a_long_article_is_still_found(lint):
    caption = "Staff wait outside the closed supermarket in the rain on Tuesday morning. AP Photo/Jane Doe"
    text = f"Title\n\n{_LONG}\n{caption}\n{_LONG}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]


def test_a_long_paragraph_of_three_copies_is_no_alt_text_said_three_times():
    """An alt text said three times alone in its paragraph is a caption (lynx's lazy-loaded picture) only up to 700
    characters: a longer paragraph whose opening comes back three times is the story's."""
    assert captions._printed_twice(_LONG) == 0
    alt = "Firefighters outside the burning warehouse on the quay"
    assert captions._printed_twice(f"{alt} {alt} {alt}") > 0
