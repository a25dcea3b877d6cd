"""NL108: the lines of a poem or a song set out a line at a time on purpose (each its own paragraph, lines of much
the same length) are no sentence broken by an extractor; a sentence broken at its links, whose pieces are of every
length, still is. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

from conftest import shown

PROSE = "The parish council met on Thursday to discuss the plan for the old mill by the river."


def article(*lines, title="A poem for the mill"):
    return title + "\n\n" + "\n\n".join((PROSE,) * 4 + lines + (PROSE,) * 4) + "\n"


VERSE = ("The water turns the wheel beside the lane at dusk",
         "and grinds the barley for the bakers in the town",
         "while the swallows circle low above the weir",
         "and no one hears the stones go round at all.",
         "We counted all the sacks along the wall at nine",
         "and carried them across the yard beneath the moon",
         "until the miller locked the door for the night.")


def test_nl108_leaves_the_lines_of_a_poem_alone(lint):
    assert shown(lint, article(*VERSE), "NL108") == []


def test_nl108_finds_a_sentence_broken_at_its_links_among_lines_that_read_as_prose(lint):
    # (NL311's reading takes these lines for a text set out a line at a time; their lengths say otherwise)
    lines = ("The council said it was the", "mill", "and the weir that would be repaired by the county", "in the spring",
             "and that the work is to be paid for by", "a grant", "from the national heritage fund of the state",
             "as it said in a letter to the village this week.")
    assert len(shown(lint, article(*lines), "NL108")) == len(lines) - 1


def test_nl108_leaves_a_poem_whose_lines_end_on_a_particle_alone(lint):
    lines = ("Open the window and let the morning in", "and hear the blackbirds singing on the wall",
             "the kettle whistles and the dog comes in", "and nobody is hurrying at all.")
    assert shown(lint, article(*lines), "NL108") == []
