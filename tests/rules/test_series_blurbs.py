"""NL342 on the blurb a site prints at the head or foot of every article of a series ('Welcome to …, our look back
at …', 'This essay is part of …'); the story's own sentences about a series or a welcome stay. NL342 reads a page
that names the site's business somewhere (the sign-up line an extractor keeps), as every page with a footer does."""

from rule_texts import LATER, MORE, PROSE, found

WELCOME = ("Welcome to The Long Decade, our look back at ten years that began with hope and ended in a long "
           "argument about what went wrong.")
FOOTER = "Sign up for our newsletter to get the week's stories in your inbox."
PART_OF = "This essay is part of Coast Lines, a summer series on the towns of the north shore and the people in them."


def test_a_welcome_to_our_series_blurb_is_reported(lint):
    assert WELCOME in found(lint, "NL342", "June 3, 2021", WELCOME, PROSE, MORE, FOOTER)


def test_a_part_of_series_blurb_at_the_foot_is_reported(lint):
    assert PART_OF in found(lint, "NL342", PROSE, MORE, LATER, PART_OF, FOOTER)


def test_an_extractor_space_before_the_comma_still_reads_as_a_blurb(lint):
    spaced = WELCOME.replace("Decade,", "Decade ,")
    assert spaced in found(lint, "NL342", spaced, PROSE, MORE, FOOTER)


def test_story_sentences_about_series_and_welcomes_stay(lint):
    story = ["Welcome to the new normal for commuters, who now face three weeks of closures on the line.",
             "The mayor said the talk is part of a series of meetings planned across the district this spring.",
             "The novel is the third part of a trilogy that follows one family through the war.",
             "\u201cWelcome to our town, our home,\u201d the mayor told the visitors at the station."]
    assert not set(story) & set(found(lint, "NL342", PROSE, *story, MORE, FOOTER))
