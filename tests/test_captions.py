"""The caption-seam model (newslint/captions.py) as NL317 uses it: seams it must find, prose it must leave alone."""

import pytest

from newslint import captions

# a caption (no full stop, repeating the story's words) runs into a sentence that opens with a common word
RUN_IN = ("Title\n\nThe club confirmed the signing of the young defender on Monday after weeks of talks with his former "
          "side. The young defender poses with his new shirt at the training ground alongside the sporting director "
          "after weeks of talks Without a settled back four this season, the manager has used eleven different "
          "defensive pairings in the league so far and without much success. He said the new signing would start on "
          "Saturday.\n")


def test_model_finds_a_seam_the_hand_rules_miss(lint):
    shown = [RUN_IN[d.start:d.end] for d in lint(RUN_IN, select=["NL317"])]
    assert shown == ["talks Without"]


def test_candidates_only_in_long_stretches():
    short = "The manager praised the defender Jack Smith for his display. " * 3
    assert list(captions.candidates(short)) == []
    long = ("The manager praised the young defender for his display in a match that the club had to win if it was to "
            "stay in the top half of the table for a third season in a row Jack Smith said")
    found = [(c.before, c.word, c.after) for c in captions.candidates(long)]
    assert found == [("row", "Jack", "Smith"), ("Jack", "Smith", "said")]


@pytest.mark.parametrize("sentence", [
    # names after prepositions, titles and verbs; a title in capitals; 'I' inside a relative clause
    "The veteran striker handed the captain's armband to his long-serving team-mate before the match against "
    "the champions at the weekend and the manager Jack Smith said the decision was taken by the players themselves.",
    "She said she had never heard The Soul Sessions played so loudly in the street where she had lived for more than "
    "twenty years with her husband and their three children, who all went to the school at the end of the road.",
    "The minister said the reforms would not insult the intelligence of the young people I spoke with during the "
    "long campaign across the north of the country last autumn, when the party lost three seats to its rivals.",
])
def test_edited_prose_is_left_alone(lint, sentence):
    text = f"Title\n\n{sentence} {sentence}\n"
    assert lint(text, select=["NL317"]) == []
