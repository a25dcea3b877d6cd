"""NL317: the words that open a sentence and, written with a capital after a lower-case word with no stop between,
mark a caption or headline run into the next sentence of a flattened page ('…on scaffolding At around 3pm…',
'…after the derby 'The performance…'); the same words after a letter's name or a word of saying, or in a paragraph of
its own length, stay silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED


def _flattened(run_in: str) -> str:
    """``run_in`` inside a one-line page of 1,000+ characters."""
    return SPACED * 5 + run_in + " the plan. " + SPACED * 5


@pytest.mark.parametrize("run_in, reported", [
    ("A builder was hurt when the scaffolding gave way on the high street At around 3pm, the crew", "street At"),
    ("The rowing club has won a grant to rebuild its boathouse on the river It means the juniors will", "river It"),
    ("Firefighters tackle the blaze at the old mill on the edge of the village Despite the rain, the fire",
     "village Despite"),
    ("The choir sings in the cathedral on the last night of the festival 'The acoustics are wonderful, the director",
     "festival 'The"),
    ("The mayor looks on as the new ferry leaves the harbour for the first time Some residents say", "time Some"),
    # a caption that ends on a quotation without its stop
    ("The council leader, pictured, said the bus timetable was 'a work in progress' This spring the routes",
     "progress' This"),
    ("Fans queue outside the ground before the final home game of the season It's the first time the club",
     "season It's"),
    ("The science behind the new flood barriers on the river Last week, engineers said", "river Last"),
    # a related headline run in before a sentence that opens with 'A'
    ("Why the town still argues about its old market hall A council report published this week found that",
     "hall A"),
])
def test_a_sentence_opener_after_a_caption_without_its_stop_in_a_flattened_page(lint, run_in, reported):
    assert reported in shown(lint, _flattened(run_in), "NL317")


@pytest.mark.parametrize("text", [
    # edited copy in paragraphs of its own length: a lost stop is the editor's, not a page's caption
    "The papers were handed out At the end of the meeting, the chair thanked the staff.\n\n"
    "The rowing club has won a grant for the boathouse It means the juniors will row.\n",
    # a letter's name inside a sentence of a flattened page: 'A' before a word no article goes before
    _flattened("The answers were written on the form in box A and posted before the deadline with"),
    _flattened("The crowd walked from point A to the square, where option A was put to the vote with"),
    # a quotation and its attribution that lost the comma between them
    _flattened('The minister called the offer "a fair deal" He added that the plan would help'),
    # a quotation after a word of saying
    _flattened("The head teacher kept saying 'The children come first' at every meeting with"),
])
def test_the_same_words_inside_a_sentence_or_a_short_paragraph_stay_silent(lint, text):
    reported = shown(lint, text, "NL317")
    assert not [seam for seam in reported if seam.split()[-1] in {"A", "At", "It", "'The", "He"}], reported


@pytest.mark.parametrize("run_in, reported", [
    ("Volunteers sort winter coats at the shelter in Leeds Another shelter in the city said", "Leeds Another"),
    ("The coach may yet lose her job even if the team finish top of the Northern League There are doubts about",
     "League There"),
])
def test_a_sentence_opener_after_a_caption_that_ends_on_a_name(lint, run_in, reported):
    assert reported in shown(lint, _flattened(run_in), "NL317")


@pytest.mark.parametrize("sentence", [
    "The cast of the stage version of The World According to Garp will tour the country in the spring with",
    "Fans of the novel Stephen King's It was the best horror story of the decade, a poll of readers found with",
    "The poem's lines on the sacred river of Kubla Khan But oh that deep romantic chasm are read aloud with",
])
def test_a_title_or_a_line_of_verse_after_a_name_stays_silent(lint, sentence):
    assert shown(lint, _flattened(sentence), "NL317") == []


@pytest.mark.parametrize("run_in, reported", [
    ("The keeper can only watch as the winning shot curls in There was little he could do about", "in There"),
    ("The new lifeboat is put through its paces in the bay as the storm blows over They will be on call from",
     "over They"),
    ("The old ferry makes its last crossing with the mayor looking on She said the town would miss", "on She"),
])
def test_a_subject_after_a_particle_that_ends_a_caption(lint, run_in, reported):
    # a preposition never takes 'He', 'She', 'They', 'We' or 'There' before a lower-case word as its object
    assert reported in shown(lint, _flattened(run_in), "NL317")


@pytest.mark.parametrize("prose", [
    "She had a small part in There Will Be Blood before the role that made her name and",  # a title, in title case
    "The panel asked the witness to read from a letter addressed to He Who Must Not Be Named and",
])
def test_a_title_after_a_preposition_is_no_run_in(lint, prose):
    assert not [s for s in shown(lint, _flattened(prose), "NL317") if s.startswith(("in ", "to "))]


@pytest.mark.parametrize("prose", [
    "The state news agency quoted He as saying the harvest would be larger this year than",  # a surname
    "A local paper quoted She as telling reporters that the dam was safe, and the ministry",
])
def test_the_object_of_quoted_as_saying_is_no_run_in(lint, prose):
    # wire copy's 'quoted X as saying': X a name that is also a subject pronoun in English (He, She: Chinese surnames)
    assert not [s for s in shown(lint, _flattened(prose), "NL317") if s.startswith("quoted")]


@pytest.mark.parametrize("run_in, reported", [
    ("The captain lifts the trophy with his old coach at Riverside Park 'We always knew he could win it", "Park 'We"),
    ("The harbour master pictured with the new crew of the lifeboat in Portwell 'It was a long night", "Portwell 'It"),
])
def test_a_quotation_right_after_a_name_ends_a_caption(lint, run_in, reported):
    # edited copy introduces a quotation with a colon or a comma ('Smith said: 'We…')
    assert reported in shown(lint, _flattened(run_in), "NL317")


@pytest.mark.parametrize("prose", [
    "The caretaker, Tom Hale, told the Valley Gazette 'She was in the hall when the roof came down and",
    "The new coach said of his old club Riverside 'We will miss them' before the first game of the",
])
def test_a_quotation_that_a_verb_of_saying_introduces_is_no_run_in(lint, prose):
    assert not [s for s in shown(lint, _flattened(prose), "NL317") if "'" in s]
