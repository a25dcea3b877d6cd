"""The headline a whole page prints over its story (``newslint/rules/lines/page_headline.py``), which NL311 leaves
alone: signed by a byline or a date under it, on a line of its own or, as a text browser prints a byline's box, among
the first lines of a block."""

import textwrap

from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.model import Article
from newslint.rules.lines import furniture
from newslint.rules.lines._shared import paragraph_forms
from newslint.rules.lines.page_headline import headline_copies, page_headline

HEAD = ["Skip to content", "Home", "News", "Sport", "Weather", "Puzzles", "Subscribe", "Sign in"]
HEADLINE = "Library hours cut as council trims its budget"
STANDFIRST = "The old library on the high street will open three days a week from the spring, the council says"
STORY = [PROSE, MORE, LONG, LATER, LAST]


def page(*top):
    """A whole page as a text browser prints it: the site's menu, ``top`` (the headline and what is under it), the
    story's paragraphs wrapped at 72 columns (the parse keeps each block's lines together)."""
    story = [textwrap.fill(text, 72, initial_indent="   ", subsequent_indent="   ") for text in STORY]
    return "\n\n".join([*HEAD, *top, *story]) + "\n"


def headline_of(text):
    """The paragraph ``page_headline`` keeps, or None."""
    article = Article.parse(text)
    texts, shapes, _, _ = paragraph_forms(article)
    index = page_headline(texts, shapes)
    return None if index is None else texts[index]


def reported(text):
    return [text[f.start:f.end] for f in furniture.FurnitureLine().check(Article.parse(text))]


def test_a_headline_over_a_byline_box_a_text_browser_kept_together_stays():
    for box in ("Mara Quillfeather\n   Oct 13, 2020", "Features\n   By Mara Quillfeather\n   published 9 August 2012",
                "Harbour Wire\n   Updated: January 16, 2020"):
        text = page(HEADLINE, box)
        assert headline_of(text) == HEADLINE, box
        assert HEADLINE not in reported(text)


def test_a_headline_over_its_longer_standfirst_is_kept_over_the_standfirst():
    text = page(HEADLINE, STANDFIRST, "Harbour Wire\n   Updated: January 16, 2020")
    assert headline_of(text) == HEADLINE
    assert HEADLINE not in reported(text)


def test_a_line_signed_on_a_line_of_its_own_is_chosen_before_a_nearer_one_signed_in_a_block():
    nearer = "Readers share their memories of the old library"
    text = page(HEADLINE, "By Mara Quillfeather", "Share", nearer, "Harbour Wire\n   Updated: January 16, 2020")
    assert headline_of(text) == HEADLINE


def test_a_block_whose_byline_or_date_lies_below_its_first_lines_signs_no_headline():
    box = "Share\n   Print\n   Comment\n   Oct 13, 2020"
    assert headline_of(page(HEADLINE, box)) is None
    assert headline_of(page(HEADLINE, "Share this story")) is None


def test_a_headline_over_the_page_s_date_with_its_section_or_site_after_it_stays():
    """A date line that names the section or the site after the date ('May 06, 2022 News') signs the headline over
    it as the date alone does."""
    for dated in ("May 06, 2022 News", "June 5, 2019 by harbourwire 0", "Oct 13th, 2020 Local"):
        text = page(HEADLINE, dated)
        assert headline_of(text) == HEADLINE, dated
        assert HEADLINE not in reported(text), dated


def test_a_line_that_only_opens_on_a_date_signs_no_headline():
    """A teaser that opens on its date and goes on, or a date without its year, signs nothing."""
    for line in ("May 06, 2022 The council met again to weigh the cuts to the library budget",
                 "May 6 News", "Share this story"):
        assert headline_of(page(HEADLINE, line)) is None, line


def test_a_headline_signed_after_the_authors_picture_by_its_name_stays():
    """w3m prints the author's picture by its file's name in brackets before the byline."""
    text = page(HEADLINE, "[a7f3c2e9] By Mara Quillfeather Last updated Nov 8, 2023")
    assert headline_of(text) == HEADLINE and HEADLINE not in reported(text)


def test_the_headline_given_again_alone_over_the_menus_stays():
    """The page's heading over its menus gives the headline whole: no furniture either."""
    text = "\n\n".join(["Harbourtown Courier © 2011-2019. All rights reserved.", HEADLINE]) + "\n\n" \
        + page(HEADLINE, "By Mara Quillfeather")
    assert text.count(HEADLINE) == 2 and HEADLINE not in reported(text)


def test_a_copy_of_the_headline_in_a_list_of_other_headlines_is_no_heading():
    others = ["Rowing club wins the county regatta for the third year running",
              "Bakery on the corner marks a century with free buns for the street"]
    texts = ["Trending", others[0], HEADLINE, others[1], *HEAD, HEADLINE]
    assert headline_copies(texts, len(texts) - 1) == []
    texts = ["Harbourtown Courier", HEADLINE, "Share on Facebook Share on Twitter", *HEAD, HEADLINE]
    assert headline_copies(texts, len(texts) - 1) == [1]  # (a share bar beside it is no list of headlines)


def test_a_markdown_headings_marks_and_attributes_aside_a_headline_stays():
    """html2text's and Pandoc's Markdown print the headline as a heading ('# …', Pandoc with its attributes): the same
    headline, kept; a heading over no byline, and a line of the page's words, are no headline."""
    for heading in (f"# {HEADLINE}", f"## {HEADLINE} {{#library-hours-cut .header}}"):
        text = page(heading, "By Mara Quillfeather", "Oct 13, 2020")
        assert headline_of(text) == heading, heading
        assert heading not in reported(text)
    assert headline_of(page(f"# {HEADLINE}", "Share")) is None
    assert headline_of(page("# Sign in to read more", "By Mara Quillfeather")) is None


def test_a_headline_signed_after_lynxs_number_and_a_long_picture_name_stays():
    """lynx prints the link's number before the author's picture's name, a long one with its query."""
    text = page(HEADLINE, "[48][e3d6d9295dca2a99ac10a58e81f1170c?s=96&d=mm&r=g] By Mara Quillfeather")
    assert headline_of(text) == HEADLINE and HEADLINE not in reported(text)


def test_pictures_alone_between_the_headline_and_its_byline_are_not_counted():
    for pictures in (["![Ferry at the quay](https://cdn.example.com/ferry.jpg)", "![](https://cdn.example.com/a.jpg)",
                      "[![](https://cdn.example.com/logo.jpg)](https://example.com/)"],
                     ["[ferry-1]", "[12][logo.png]", "[quay.jpg]"]):
        text = page(HEADLINE, *pictures, "Oct 13, 2020")
        assert headline_of(text) == HEADLINE, pictures
    assert headline_of(page(HEADLINE, "Share", "Print", "Comment", "Oct 13, 2020")) is None  # (lines of words count)


def test_a_copy_of_the_headline_under_a_trails_home_crumb_is_the_trails_not_the_pages_heading():
    for home in ("Home", "[44]Home", "* Home", "Home »"):
        texts = [home, HEADLINE, "Local News", *HEAD, HEADLINE]
        assert headline_copies(texts, len(texts) - 1) == [], home
    texts = ["Harbourtown Courier", HEADLINE, *HEAD, HEADLINE]
    assert headline_copies(texts, len(texts) - 1) == [1]
