"""NL109: footnote markers left in the text as plain digits, glued to a word or a sentence's stop, numbered 1, 2,
3 … in text order; and the digits after words that it must leave alone (models, codes, abbreviations, dates, scores,
list and verse numbers). Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown

from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes


def article(*paragraphs, title="Party leaders weigh their endorsements"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


GLUED = article(
    "The former mayor has far more pledge points1 than any rival, according to our ledger.",
    "Most of them came from members of the state legislature, according to a local news site.2 The senator has "
    "the most support among progressive members of the House.",
    "That count matters less than it seems, said the political scientist Jane Doe.3 And the largest newspapers "
    "have stayed out of the race so far.",
)
# boilerpy3 spaces the text of every link it keeps, the marker's too
SPACED = article(
    "The former mayor has far more pledge points 1 than any rival, according to our ledger.",
    "Most of them came from members of the state legislature, according to a local news site . 2 The senator has "
    "the most support among progressive members of the House.",
    "That count matters less than it seems, said the political scientist Jane Doe . 3 And the largest newspapers "
    "have stayed out of the race so far.",
)


@pytest.mark.parametrize(("text", "markers"), [
    (GLUED, ["1", "2", "3"]),
    (SPACED, ["1", "2", "3"]),
    # a marker dropped with its link: the run may skip a number
    (article("The former mayor has far more pledge points1 than any rival, according to our ledger.",
             "He won just one pledge from those three blocs put together.4 And the worries of moderates have "
             "grown since the autumn."), ["1", "4"]),
    # glued before the stop, and after a closing quotation mark
    (article("Voters told pollsters they wanted a fighter, not a manager, in the race for governor1.",
             "The governor called the plan “a fair deal for every taxpayer.”2 Critics said it was nothing of the "
             "kind."), ["1", "2"]),
])
def test_nl109_finds_a_run_of_footnote_markers(lint, text, markers):
    assert shown(lint, text, "NL109") == markers


@pytest.mark.parametrize(("text", "kept"), [(GLUED, "news site. The"), (SPACED, "news site . The")])
def test_nl109_fix_deletes_the_markers(text, kept):
    findings = make_linter(select=["NL109"]).lint_text(text)
    assert select_fixes(findings) == []  # a judgement: offered, never applied unasked
    fixed = apply_fixes(text, select_fixes(findings, unsafe=True))
    assert "pledge points than any" in fixed and kept in fixed and "Doe.3" not in fixed and " 3 " not in fixed


@pytest.mark.parametrize("text", [
    # one lone digit after a word is a model, a code or a count, not a run of notes
    article("The former mayor has far more pledge points1 than any rival, according to our ledger."),
    # models, codes and formats
    article("Leaders of the G7 met in Rome. The F1 driver said COVID19 rules were eased for the summit.",
            "Files in mp3 and mp4 formats were shared, and the python3 scripts ran on the team's 4x4 laptop."),
    # abbreviations of numbered things, and dates
    article("The No.1 seed lost in the first round. She had been No.2 last year.",
            "See Vol.1 for the background. Vol.2 The second part covers the war. Fig. 3 The chart shows it.",
            "The vote is on Jan. 2 The count starts on Feb. 3 And results follow."),
    # scores, ordinal and list numbers, verse and section numbers, times, decimals
    article("Arsenal 2 Chelsea 1. Spurs won 3-1. He finished 2nd and she was 3rd in the race.",
            "The rules are in section 2.1 and 3.4. John 3.16 was read aloud at 10.30 in the morning.",
            "Top three: 1. Ann Lee 2. Bea Moss 3. Cat Park. Their scores were 1.5, 2.5 and 3.5."),
    # a players' or teams' numbering, too close together for notes of sentences
    article("Players line up as player1 and player2 and player3 for the final round of the game."),
    # dates and ages glued by a page's furniture are no notes: a unit or a month follows the number
    article("UK news in pictures1 November 2020 Shoppers queue outside a store in the capital.",
            "Business2 days ago the market fell again.",
            "UK news in pictures3 October 2020 Players look dejected after the game."),
    # a sentence that starts with a figure is edited text
    article("Turnout fell sharply in the northern districts this year.", "1 Republican voted against the bill.",
            "Only three members were absent from the chamber.", "2 Democrats joined them."),
])
def test_nl109_leaves_digits_that_are_no_notes_alone(lint, text):
    assert shown(lint, text, "NL109") == []


def test_nl109_wants_markers_of_one_article_not_a_book(lint):
    far = " ".join(["The committee met again and heard evidence from the witnesses."] * 140)
    near = "He won just one endorsement from those groups combined.2 And the race goes on."
    assert shown(lint, article("The mayor has far more pledge points1 than any rival.", near), "NL109") \
        == ["1", "2"]
    assert shown(lint, article("The mayor has far more pledge points1 than any rival.", far, near),
                 "NL109") == []
