"""NL312: a caption that ends in a credit of a form the agencies' credit rule (NL320) does not know, and credit lines
of such forms under a caption; and the story's lines of the same look that are no captions."""

import pytest
from rule_texts import LATER, LONG, MORE, PROSE, found

CAPTION = "Firefighters tackle the blaze at a warehouse near the harbour on Tuesday"


@pytest.mark.parametrize("credit", [
    " | Photo: Jane Doe",                    # after a bar, the caption without a stop
    " – Picture: Jane Doe",                  # after a dash
    ". (Courtesy of the Valley Fire Service)",
    ". (Photo/Jane Doe)",
    ". © Jane Doe",
    ". [Jane Doe/Valley Post]",
    ". Jane Doe/Valley Post",                # a photographer and an outlet no list holds
])
def test_caption_ending_in_its_credit(lint, credit):
    line = CAPTION + credit
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == [line]


@pytest.mark.parametrize("credit", ["Jane Doe/Valley Post", "JANE DOE/VALLEY POST", "Photo / Jane Doe", "(Jane Doe)",
                                    "Supplied", "(Courtesy of the Harbour Trust)",
                                    "[Photo courtesy of the Doe family]"])
def test_caption_above_a_credit_line(lint, credit):
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]


@pytest.mark.parametrize("line", [
    "Valley Post Copyright © 2022 Developed by Example Labs",   # the site's rights, not a credit
    "Example Magazine © 2011-2019. All Rights Reserved.",
    "The council will publish its budget and/or a revised plan in the spring, officials said.",
    "The new rules apply to both staff and pupils, the ministry said. Jane Doe reported from Valleytown.",
    "Prices rose at the fastest pace in a decade (see chart), and wages lagged behind.",
])
def test_story_lines_and_rights_are_no_captions(lint, line):
    assert found(lint, "NL312", PROSE, line, MORE, LONG, LATER, separator="\n") == []


@pytest.mark.parametrize("line", ["Photo: Firefighters at the warehouse on the port road on Tuesday.",
                                  "File photo: The warehouse on the port road before the fire."])
def test_a_labelled_caption_is_no_credit_of_the_paragraph_above(lint, line):
    """A caption under a picture label is not a credit line: the story's paragraph above it is no caption."""
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == []


def test_a_labelled_credit_still_credits_the_caption_above(lint):
    credit = "Photo: courtesy of the Doe family"
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]


@pytest.mark.parametrize("credit", [
    ". (AFP)", ". (EPA)", ". (Shutterstock)", " (File photo)", ". (Courtesy photo)", ". (Staff photo by Jane Doe)",
    ". (Provided by Jane Doe)", ". (Jane Doe | Valley Post)", ". AP Photo/Jane Doe", ". EPA-EFE/JANE DOE",
    ". Handout via Reuters", ". Photo / Jane Doe", ". Photo courtesy of the Valley Fire Service",
    ". Jane Doe/Special to the Valley Post",
])
def test_caption_ending_in_an_agency_or_a_picture_credit(lint, credit):
    line = CAPTION + credit
    assert found(lint, "NL312", PROSE, line, MORE, LONG) == [line]


@pytest.mark.parametrize("credit", [
    "AP Photo/Jane Doe", "AAP Image/Jane Doe", "Courtesy of Jane Doe", "Photo courtesy of the family", "File photo",
    "(File)", "Courtesy photo", "(Courtesy photo)", "Credit…Jane Doe for The Valley Times",
    "Illustration: Jane Doe/Valley Post", "Photography by Jane Doe", "Video by Jane Doe", "Jane Doe/Staff",
    "Photo provided by the Valley Fire Service",
])
def test_a_credit_line_without_its_caption(lint, credit):
    # under a story paragraph too long to be its caption, at the top of the body, and at its end
    story = " ".join((PROSE, MORE, LONG))
    assert found(lint, "NL312", story, credit, LATER) == [credit]
    assert found(lint, "NL312", credit, PROSE, MORE) == [credit]
    assert found(lint, "NL312", PROSE, story, credit) == [credit]


@pytest.mark.parametrize("paragraph", [
    "Reuters",                                   # an agency alone ending the text: a wire story's signoff
    "Jane Doe for The Valley Post",              # a byline
    "(Jane Doe)",
    "The mayor spoke to reporters on Tuesday (AFP reports).",
    "He stepped down in 2019 after a long illness (see chart).",
    "The budget rises by a tenth, the figures show (PDF).",
])
def test_bylines_signoffs_and_asides_are_no_lone_credits(lint, paragraph):
    assert found(lint, "NL312", " ".join((PROSE, MORE, LONG)), paragraph) == []
    assert found(lint, "NL312", " ".join((PROSE, MORE, LONG)), paragraph, LATER) == []


@pytest.mark.parametrize("line", ["Valley Institution/The Example Review", "Select Email/Password Information."])
def test_a_slash_without_an_agency_or_a_credit_word_is_no_lone_credit(lint, line):
    assert found(lint, "NL312", " ".join((PROSE, MORE, LONG)), line, LATER) == []


def test_the_heading_above_an_illustration_credit_is_no_caption(lint):
    heading = "Three things to watch this week"
    assert found(lint, "NL312", PROSE, heading, "Illustration: Jane Doe/Valley Post", MORE) == [
        "Illustration: Jane Doe/Valley Post"]


@pytest.mark.parametrize("credit", ["(Courtesy of the Harbour Trust)", "(Courtesy Harbour Trust)",
                                    "Courtesy of the Harbour Trust"])
def test_a_courtesy_credit_in_brackets_or_not_is_a_credit_alone(credit):
    from newslint.rules.lines.captions import credit_only
    assert credit_only(credit)


def test_a_bracketed_sentence_that_opens_with_courtesy_is_no_credit(lint):
    line = "(Courtesy of the council, every pupil in the district was given a free lunch on the last day of term.)"
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == []


@pytest.mark.parametrize("menu, credit", [("AFP.COM in six languages", "AFP FORUM"),
                                          ("Reuters.com in 12 editions", "REUTERS ACADEMY")])
def test_a_line_that_names_the_sites_address_is_no_caption_above_a_credit(lint, menu, credit):
    """A site's menu ('EXAMPLE.COM in 30 languages' over the name of its academy) is the site's line, no caption."""
    assert found(lint, "NL312", PROSE, menu, credit, MORE, LONG, separator="\n") == []
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]


@pytest.mark.parametrize("credit", [
    "picture-alliance/dpa/J. Doe",            # an agency's chain to its photographer, by initials
    "picture alliance/akg-images",            # a chain of picture libraries
    "DW/J. Doe",                              # an outlet's photographer by initials
    "(DW/J. Doe)",                            # in round brackets alone on the line
    "(Sgt. Jane L. Doe/U.S. Army via AP)",    # handed on via an agency
    "\\(Jane Doe/Valley Post via AP\\)",      # its brackets escaped (html2text)
    "Jane Doe, Pool via AP",
    "NTB/Jane Doe via Reuters",
    "(KXAN Photo/Jane Doe)",                  # a broadcaster's photographer
])
def test_agency_chains_are_credit_lines(lint, credit):
    from newslint.rules.lines.captions import credit_only
    assert credit_only(credit)
    assert found(lint, "NL312", PROSE, CAPTION + ".", credit, MORE, LONG, separator="\n") == [f"{CAPTION}.\n{credit}"]


@pytest.mark.parametrize("line", ["he/she", "24/7", "AFP reported", "told Reuters", "(Reuters) -", "Email/Password",
                                  "Sign In/Register", "(The Harbour Institute)", "(Applause)", "(see below)",
                                  "Home/News/World", "AC/DC", "TCP/IP", "(2/3)", "[Valley Herald logo]"])
def test_lines_with_a_slash_an_agency_or_brackets_that_credit_no_picture(line):
    """Prose with a slash, an agency named in a sentence, a dateline, a page's links and a bracketed aside are no
    credit."""
    from newslint.rules.lines.captions import credit_only
    assert not credit_only(line)


@pytest.mark.parametrize("credit", [
    " (CC BY JaneD/Wikimedia Commons)",      # a free licence and a user's name, no stop before the bracket
    ". (Wikimedia Commons)",
    " (CC BY-SA 2.0)",
    " (public domain)",
    " (Photo credit: CC-BY-SA Janed Wikimedia Commons)",
])
def test_caption_ending_in_a_free_pictures_licence_or_library(lint, credit):
    line = CAPTION + credit
    assert found(lint, "NL312", PROSE, line, MORE, LONG, separator="\n") == [line]


@pytest.mark.parametrize("line", [
    "The harbour board's photographs of the quay, taken in 1900, are now in the public domain (see the archive).",
    "The town's records are now in the public domain, the council said in a statement on Tuesday.",
    "Volunteers have uploaded more than two thousand of the town's old photographs to Wikimedia Commons.",
])
def test_story_lines_about_free_pictures_are_no_captions(lint, line):
    assert found(lint, "NL312", PROSE, line, MORE, LONG, LATER, separator="\n") == []


def test_a_free_pictures_credit_ends_a_caption_in_a_text_browsers_box(lint):
    """lynx's cards of other stories: the caption wrapped inside its credit, then the card's label and headline."""
    caption = ("* [414]The exterior of the old cave in the northern hills in 2005 (CC BY\n"
               "       JaneD/Wikimedia Commons)")
    text = ("Harbour news\n\n   The harbour board met on Tuesday to discuss the new quay, which will open next spring\n"
            "   after two years of building work, the board's chair said in a statement to the press.\n\n"
            "     * [409]Pupils bake bread in the school kitchen in Harbourside, Westshire, on\n"
            "       Tuesday, March 30, 2017\n       On the rise\n       [410]School bakery opens its doors to the town\n"
            f"     {caption}\n       Bones of contention\n"
            "       [415]New evidence points to old burial rituals in the hills\n       By [416]Staff\n\n"
            "   The quay will be the largest on the coast, the board said, and will take ships of up to forty\n"
            "   thousand tonnes.\n")
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]
    assert lint(text.replace(" (CC BY\n       JaneD/Wikimedia Commons)", ""), select=["NL312"]) == []
