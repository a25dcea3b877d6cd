"""NL312: captions that lost their picture and their credit, told by their shape and where they stand: a run of three
or more stopless description lines (a gallery whose credits the extractor dropped), a caption ending in a bracket
after its last word; and the story's runs of the same look that are no captions."""

from rule_texts import LATER, LONG, MORE, PROSE, found

GALLERY = ["Firefighters tackle the blaze at a warehouse near the harbour",
           "Smoke rises over the port road as crews work to contain the fire",
           "A firefighter sprays water on the roof of the warehouse from a ladder",
           "Residents watch from the end of the street as the roof collapses"]


def test_a_gallery_run_after_the_story(lint):
    assert found(lint, "NL312", PROSE, MORE, LONG, *GALLERY, separator="\n") == GALLERY


def test_a_gallery_run_before_the_story(lint):
    assert found(lint, "NL312", *GALLERY, PROSE, MORE, LONG, separator="\n") == GALLERY[1:]  # (the first is the title)


def test_a_list_of_the_story_points_is_no_gallery(lint):
    points = ["The new airline alliance will offer flights to the island from the capital",
              "Passengers will be able to book the whole route on a single ticket",
              "The first flights under the agreement will leave in the spring"]
    assert found(lint, "NL312", PROSE, MORE, LONG, *points, separator="\n") == []


def test_captions_ending_in_a_bracket_after_the_last_word(lint):
    first = "The trade secretary faces growing pressure to protect farms from cheap imports (pictured, a poultry farm)"
    second = "Chefs and charities have written to the prime minister about the standards of imported food"
    text = [PROSE, first, MORE, LONG, second, LATER]
    assert found(lint, "NL312", *text, separator="\n") == [first, second]


def test_a_bracket_after_a_stop_ends_a_sentence(lint):
    first = "The trade secretary faces growing pressure to protect farms from cheap imports. (Pictured, a farm)"
    second = "Chefs and charities have written to the prime minister about the standards of imported food"
    assert found(lint, "NL312", PROSE, first, MORE, LONG, second, LATER, separator="\n") == []


def test_captions_of_a_spaced_block_beside_each_other_and_a_table(lint):
    """Readability joined the story's paragraphs, two captions in a row and a table after them with wide spaces: the
    prose near each caption decides, not the share of the whole block (the table's rows have no stops), and a
    caption's neighbour that is a caption too does not count against it."""
    rows = "  ".join(f"Ward {n} Councillor Name{n} name{n}@council.example" for n in range(1, 30))
    block = ("The valley's growers pick every grape by hand.  The slopes are too steep for machines.  "
             "Old oak barrels line the walls of the cellar at the farm  "
             "A grower checks the colour of the grapes before the harvest begins  "
             "Most of the wine is sold at the farm gate.  Little of it ever leaves the region.  "
             "COUNCILLORS AND THEIR E-MAIL ADDRESSES  " + rows)
    assert found(lint, "NL312", PROSE, block, MORE) == ["Old oak barrels line the walls of the cellar at the farm",
                                                        "A grower checks the colour of the grapes before the harvest begins"]


def test_a_gallery_run_with_a_caption_of_two_sentences_inside(lint):
    two = ("Engineers inspect the burnt-out shell of the warehouse on Wednesday. The roof fell in during the "
           "afternoon, and the building will be pulled down.")
    captions = [GALLERY[0], GALLERY[1], two, GALLERY[2]]
    assert found(lint, "NL312", PROSE, MORE, LONG, *captions, separator="\n") == [GALLERY[0], GALLERY[1], GALLERY[2]]
