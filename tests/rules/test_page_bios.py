"""NL313 on a whole page: an author's bio printed after the story, above the related stories and the footer (beyond
the last paragraphs NL313 reads at a body's end), alone or in a text browser's box of lines; the story's own sentence
about a journalist stays."""

import textwrap

from rule_texts import LAST, LATER, LONG, MORE, PROSE

BIO = ("Mara Quillfeather is a senior reporter at the Harbourtown Gazette, where she has covered the council "
       "and the harbour since 2015.")
RELATED = ("Ferry timetable changes for the summer season", "Harbour wall repairs to start next month",
           "Council names new head of its planning committee", "Lifeboat crew rescues two walkers from the cliffs")
SHARE = ("Share this story", "Facebook", "Twitter", "Email", "Print", "Tags: council, library")
FOOTER = ("About us", "Contact", "Advertise", "Privacy policy", "Terms of use")


def wrapped(paragraph):
    """A paragraph as a text browser prints it: wrapped at 72 columns, indented three spaces."""
    return textwrap.fill(paragraph, 72, initial_indent="   ", subsequent_indent="   ")


def page(*after_story, story=(PROSE, MORE, LONG, LATER, LAST)):
    """A whole page as lynx prints it: menus, the headline, the story, its share bar, ``after_story`` (its author
    box), related stories, a footer."""
    menu = "\n\n".join(f"     * {item}" for item in ("Home", "Local", "Sport", "Opinion", "Contact"))
    share = "\n\n".join(f"     * {item}" for item in SHARE)
    related = "\n\n".join(["   Related stories", *(f"     * {title}" for title in RELATED)])
    footer = "\n\n".join(f"     * {item}" for item in FOOTER)
    return "\n\n".join([menu, "Library hours cut as council trims its budget", "   By Mara Quillfeather",
                        *map(wrapped, story), share, *after_story, related, footer]) + "\n"


def found(lint, text, code="NL313"):
    return [" ".join(text[d.start:d.end].split()) for d in lint(text, select=[code])]


def test_a_bio_after_the_story_of_a_whole_page_is_reported(lint):
    text = page(wrapped(BIO))
    assert found(lint, text) == [BIO]


def test_a_bio_in_a_text_browsers_box_is_reported_without_the_boxs_other_lines(lint):
    welcome = "   Thanks for signing up!"
    bio = BIO.replace(" is a senior reporter at ", " Is a Senior Reporter at ")
    text = page(welcome + "\n" + wrapped(bio))
    assert found(lint, text) == [bio]


def test_the_fix_deletes_the_bio_lines_and_keeps_the_story(lint):
    text = page(wrapped(BIO))
    [d] = lint(text, select=["NL313"])
    assert d.fix["applicability"] == "unsafe"
    assert {(e["line"], e["end_line"]) for e in d.fix["edits"]} == {(d.line, d.end_line + 1)}


def test_a_lost_address_in_the_bio_is_reported_beside_it(lint):
    text = page(wrapped(BIO + " Email: [email protected]"))
    assert {d.code for d in lint(text, select=["NL313", "NL407"])} == {"NL313", "NL407"}


def test_the_storys_own_sentence_about_a_reporter_stays(lint):
    story = (PROSE, MORE, BIO, LONG, LATER, LAST)
    assert found(lint, page(story=story)) == []


def test_a_pull_quote_and_the_storys_subheadings_after_it_stay(lint):
    quote = "\u201cWe were told nothing until the letters arrived,\u201d the head of the union said."
    text = page(wrapped(quote), "   What the council decided", "   Why residents oppose the move")
    assert found(lint, text) == []


def test_a_bio_the_page_prints_as_its_storys_last_paragraph_is_reported(lint):
    """An author box right under the story, nothing between them (no share bar): the page's story ends at it, and it
    is read as the boxes after the story are; a sentence of the story about someone else's trade stays."""
    text = page(story=(PROSE, MORE, LONG, LATER, LAST, BIO))
    assert found(lint, text) == [BIO]
    nurse = "Mara Quillfeather is a nurse at the harbour clinic, where she has worked since the clinic opened in 2015."
    praise = "Mr Quillfeather is a splendid writer and ought to keep his opinions on the harbour to his novels."
    for last in (nurse, praise):
        assert found(lint, page(story=(PROSE, MORE, LONG, LATER, LAST, last))) == []


TITLED_BIO = ("Mara Quillfeather Is a Senior Reporter at the Harbourtown Gazette. Mara joined the paper in 2015 from "
              "a weekly in the valley.")
COMMENTS = ("Readers' comments", "Posted by harbourfan", "The library was the best thing on the high street.",
            "Posted by gullwatcher", "Nobody asked the people who use it every day.", "Load more comments")


def test_an_author_box_in_title_case_is_reported_wherever_the_page_prints_it(lint):
    """A template's author box joins the name's link to its bio with a capital 'Is': no story's sentence does."""
    story = (PROSE, MORE, TITLED_BIO, LONG, LATER, LAST, *COMMENTS)
    assert found(lint, page(story=story)) == [TITLED_BIO]


def test_a_title_case_headline_about_a_reporter_stays(lint):
    for headline in ("Mara Quillfeather Is a Senior Reporter Worth Reading", "Mara Quillfeather Is a Reporter. We Asked Why"):
        assert found(lint, page(story=(PROSE, MORE, headline, LONG, LATER, LAST, *COMMENTS))) == []


PRONOUN_BIO = ("Mara Quillfeather fell for local politics at twelve, when she ran her school's mock election. She has "
               "been writing about the harbour and the council for the Gazette since 2015.")


def test_the_name_lines_of_an_author_whose_bio_the_page_prints_are_bylines(lint):
    box = "\n".join(["   [14]Mara Quillfeather", "", "   [15]Mara Quillfeather", "   + FOLLOW", "", wrapped(PRONOUN_BIO)])
    text = page(box)
    assert found(lint, text, "NL315") == ["By Mara Quillfeather", "[14]Mara Quillfeather", "[15]Mara Quillfeather"]
    markdown = "\n\n".join(["[Mara Quillfeather](/author/mara-quillfeather)", "+ FOLLOW", PRONOUN_BIO])
    assert "[Mara Quillfeather](/author/mara-quillfeather)" in found(lint, page(markdown), "NL315")


def test_names_alone_on_their_lines_without_their_bio_stay(lint):
    """A list of names (a cast, a panel) is no byline, and a name line of someone other than the bio's author
    stays beside the bio."""
    cast = "\n\n".join(f"   {name}" for name in ("Tomas Brennick", "Ilse Varga", "Odile Marchetti"))
    assert found(lint, page(cast), "NL315") == ["By Mara Quillfeather"]
    assert found(lint, page(cast, wrapped(PRONOUN_BIO)), "NL315") == ["By Mara Quillfeather"]
