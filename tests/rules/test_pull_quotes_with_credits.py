"""NL311 on a pull quote whose picture credit an extractor glued after it or kept on the next line of its block
('“… the letters arrived.”L: Archive / R: Studio'); a quotation that opens a paragraph of the story stays."""

from conftest import lines_of
from rule_texts import MORE, PROSE, QUOTED, blocks

PULL = "\u201cWe were told nothing until the letters arrived.\u201d"
CREDIT = "L: City Archive / R: Harbour Studio"


def test_a_pull_quote_glued_to_its_credit_is_reported(lint):
    glued = PULL + CREDIT
    text = f"{PROSE}\n\n{glued}\n\n{QUOTED}\n\n{MORE}\n"
    assert glued in lines_of(lint, text, "NL311")


def test_a_pull_quote_with_its_credit_on_the_next_line_of_its_block_is_reported(lint):
    text = blocks([PULL, CREDIT], [PROSE, MORE], [QUOTED, MORE.replace("Teachers", "Parents")])
    assert PULL in lines_of(lint, text, "NL311")


def test_a_story_paragraph_opening_with_a_quotation_stays(lint):
    """The quotation that opens a paragraph and goes on after a space ('… arrived,” she said.') is the story's."""
    opening = ("\u201cWe were told nothing until the letters arrived.\u201d The head of the union said members would "
               "meet on Friday to decide whether to strike.")
    text = f"{PROSE}\n\n{opening}\n\n{MORE}\n\n{QUOTED}\n"
    assert opening not in lines_of(lint, text, "NL311")


def test_a_quotation_said_once_with_a_line_under_it_stays(lint):
    once = "\u201cWe will rebuild the wall before the winter storms.\u201d"
    text = blocks([once, CREDIT], [PROSE, MORE], [QUOTED, MORE.replace("Teachers", "Parents")])
    assert once not in lines_of(lint, text, "NL311")
