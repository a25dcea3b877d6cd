"""NL317: which paragraphs it reads. The cues are asked of the whole text first: a paragraph of 200 characters or more
is read where the text holds one, else only a flattened one (1,000 or more); a text shorter than 200 characters holds
no paragraph to read. Made-up text only.
"""

from __future__ import annotations

from conftest import shown

_RUN_IN = "The council approved the plans for the new library this week The vote was close, and building starts soon."
_PROSE = ("The library will open on the corner of the market square, beside the old bank, and it will hold a reading "
          "room for children as well as a small gallery for the work of local artists and schools.")


def test_a_run_in_opener_in_a_paragraph_of_two_hundred_characters_or_more_is_reported(lint):
    text = _PROSE + "\n\n" + _RUN_IN + " " + _PROSE + "\n"
    assert 200 <= len(_RUN_IN + " " + _PROSE) < 1000
    assert shown(lint, text, "NL317") == ["week The"]


def test_the_same_opener_in_a_short_paragraph_or_a_short_text_stays_silent(lint):
    assert len(_RUN_IN) < 200
    assert shown(lint, _RUN_IN + "\n", "NL317") == []
    assert shown(lint, _PROSE + "\n\n" + _RUN_IN + "\n\n" + _PROSE + "\n", "NL317") == []


def test_edited_paragraphs_without_a_cue_are_left_alone(lint):
    text = "\n\n".join([_PROSE, _PROSE.replace("library", "museum"), "The plans were approved this week."]) + "\n"
    assert shown(lint, text, "NL317") == []
