"""NL315 and NL313: bylines (name, role, agency, date forms) and author bios or contact lines kept in the body,
and the prose, lists and quotations that look like them.
"""

import pytest
from conftest import lines_of, shown
from rule_texts import LAST, LATER, LONG, MORE, PROSE, QUOTED, block_findings, codes, found, lines


# NL315 byline-line ---------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "By", "Article by Kareem Smith", "Written by: Kimberly Whitlow", "By EARLYN BOSWELL", "Tribune Staff Reporter",
    "– David Dunmore", "ET Online|", "Jane Doe | The Herald", "Kulu Media News Desk",
])
def test_byline_lines(lint, line):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{line}\n\n{PROSE}\n"
    assert codes(lint, text, "NL315") == [(7, line)]


@pytest.mark.parametrize("line, code", [
    ("By Jane Doe | Reuters", "NL332"), ("By Jane Doe", "NL332"), ("By Jane Doe |", "NL332"),
    ("By [12]Jane Doe", "NL315"), ("By [Jane Doe](https://example.com/jane-doe)", "NL315"),
])
def test_a_byline_at_the_start_is_found_once(lint, line, code):
    """NL332 takes the byline it reads in the paragraph's own text; one NL315 reads without a link's markup it
    reports itself (NL332 does not see it)."""
    text = f"Title\n\n{line}\n\n{PROSE}\n"
    assert [(d.code, d.line) for d in lint(text, select=["NL315", "NL332"])] == [(code, 3)]


def test_byline_glued_with_a_colon(lint):
    text = "Title\n\nBy Jane Doe: The valley's clinics must plan for another wave of winter flu, " \
           "warns the director of the regional health board.\n"
    [d] = lint(text, select=["NL315"])
    assert text[d.start:d.end] == "By Jane Doe:"


def test_signatories_and_prose_are_not_bylines(lint):
    names = "Ann Cole, Leeds University\n\nTom Birch\n\nMary Ash, author\n\nIan Dale"
    assert codes(lint, f"Title\n\n{PROSE}\n\n{names}\n", "NL315") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\nThe article by Kareem Smith was widely shared.\n", "NL315") == []


# NL313 author-bio ----------------------------------------------------------------------

def test_author_bio_at_the_end(lint):
    bio = ("Jonah Brightwell is a general assignment reporter on the City Oversight desk covering the "
           "region's largest employers and unions.")
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{bio}\n", "NL313") == [(7, bio)]
    contact = "To reach the reporter who wrote this story, contact jane.doe@harbournews.example."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{contact}\n", "NL313") == [(7, contact)]


def test_a_first_paragraph_about_a_book_is_not_a_bio(lint):
    first = "Jane Doe's The Letters From Valparaiso is a fictionalised tale by an English author."
    named = "Sam Brook is a radio host whose show moves to cable radio, his producer said."
    assert codes(lint, f"Title\n\n{first}\n\n{PROSE}\n", "NL313") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\n{MORE}\n\n{named}\n\n{PROSE}\n\n{MORE}\n\n{PROSE}\n\n{MORE}\n",
                 "NL313") == []


def test_a_byline_split_over_two_lines(lint):
    assert lines(lint, "NL315", PROSE, "by", "Jane R. Doe", MORE) == ["by", "Jane R. Doe"]
    assert lines(lint, "NL315", PROSE, "The report was written", "Jane Doe", MORE) == []


def test_an_author_bio_told_through_a_pronoun(lint):
    bio = ("Jane Doe fell for politics at the age of 12, when she ran her first campaign. She has been writing "
           "about local government for the paper since 2008.")
    assert lines(lint, "NL313", PROSE, MORE, PROSE, bio) == [bio]


def test_a_reader_comment_about_a_writer_is_not_a_bio(lint):
    comment = "Mr Hale is a splendid writer and ought to keep his fiction to his books."
    assert lines(lint, "NL313", PROSE, MORE, comment) == []
    story = ('Jane Doe moved to the city in 2008. "She has been writing about it ever since," her editor said.')
    assert lines(lint, "NL313", PROSE, MORE, story) == []


def test_author_bio_above_the_story(lint):
    bio = ("Jane Doe fell in love with local politics at the age of ten. She has been writing about the city "
           "council for the Example Post since 2008.")
    found = lint(f"{bio}\n\n{PROSE}\n\n{MORE}\n", select=["NL313"])
    assert [d.line for d in found] == [1]


def test_opening_about_a_writer_who_is_quoted_stays(lint):
    opening = ("Jane Doe won the city's poetry prize on Tuesday. She has been writing verse since she was ten, "
               "she told the audience.")
    assert lint(f"{opening}\n\n{PROSE}\n\n{MORE}\n", select=["NL313"]) == []


def test_image_credit_line(lint):
    for credit in ("Featured image by Jane Doe/The Example Post.", "Photo courtesy of the Example Museum"):
        found = lint(f"{PROSE}\n\n{MORE}\n\n{credit}\n\n{PROSE}\n", select=["NL315"])
        assert [d.line for d in found] == [5], credit


def test_sentence_about_a_photo_stays(lint):
    line = "Photos by the agency show the damage to the roof."
    assert lint(f"{PROSE}\n\n{line}\n\n{MORE}\n", select=["NL315"]) == []


def test_byline_forms_name_role_agency_label_date(lint):
    for byline in ("Jane Doe, Staff Writer", "Jane Doe, Senior Correspondent", "Jane Doe and John Smith, Reuters",
                   "By Jane Doe on March 3, 2021", "Author: Jane Doe", "Contributed by Jane Doe"):
        text = f"{PROSE}\n\n{byline}\n\n{MORE}\n\n{QUOTED}\n"
        assert lines_of(lint, text, "NL315") == [byline], byline


def test_name_lists_and_places_are_no_bylines(lint):
    for line in ("Paris, France", "Manchester United, Chelsea", "John Lewis, Editor of the Year",
                 "Jane Doe, who lives in Leeds"):
        text = f"{PROSE}\n\n{line}\n\n{MORE}\n\n{QUOTED}\n"
        assert lines_of(lint, text, "NL315") == [], line


def test_byline_glued_to_the_headline_before_the_date(lint):
    text = ("Council closes the old library on the high street.ByJane Okafor Thursday, November 9, 2023 4:10PM\n"
            f"{LONG}\n")
    found = lint(text, select=["NL315"])
    assert [text[d.start:d.end] for d in found] == ["ByJane Okafor"]
    seam = f"Council closes the old library on the high streetByJane Okafor Thursday, November 9, 2023\n{LONG}\n"
    assert [d.code for d in lint(seam, select=["NL315", "NL343"])] == ["NL343"]  # the seam is NL343's
    initials = f"Harbour to reopen after the stormBy J.R. Mendes\n{LONG}\n"
    assert [initials[d.start:d.end] for d in lint(initials, select=["NL315"])] == ["By J.R. Mendes"]


def test_bylines_glued_to_the_headlines_of_a_flattened_list(lint):
    text = (f"{LONG}\n\n* Harbour to reopen after the stormBy Jane Okafor, * Council closes the old libraryBy TOM "
            f"BIRCH, * Schools shut for the day, * Talks go onBy Ann Cole and IAN DALE, * See all\n\n{LATER}\n")
    assert shown(lint, text, "NL315") == ["By Jane Okafor", "By TOM BIRCH", "By Ann Cole and IAN DALE"]
    assert shown(lint, f"{LONG} The vote went by a show of hands, by Jane Okafor, she said.\n", "NL315") == []


def test_words_ending_in_by_and_bylines_in_prose_stay(lint):
    text = ("The band played Stand By Me Thursday night at the old library, and the council said that the "
            "report was written By Jane Okafor in the spring.\n"
            "The new terminal was built nearby. Standby generators were tested Monday.\n")
    assert lint(text, select=["NL315"]) == []


def test_soft_hyphens_inside_a_name_do_not_hide_a_byline_or_a_credit(lint):
    from newslint.rules.lines.captions import credit_only
    text = f"{LONG}\n\n{LATER}\n\nBy SEV\u00adER\u00adINE OKAFOR\n\n{LAST}\n"
    assert [d.line for d in lint(text, select=["NL315"])] == [5]
    assert credit_only("NI\u00adCOLE DRAY\u00adTON") and not credit_only("NI\u00adCOLE DRAY\u00adTON said so")


# NL315: a byline block at the top -----------------------------------------------------------------------------
def test_a_name_over_the_page_date_opens_the_body(lint):
    text = "Jane Doe\nOct 13, 2020\n" + PROSE + "\n" + MORE + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == ["Jane Doe"]


def test_an_agency_over_the_page_date_is_a_byline_not_a_credit(lint):
    dek = "The ministry will spend more on schools over the next four years"
    text = f"Schools to get more money\n{dek}\nReuters\nUpdated: January 16, 2020\n{PROSE}\n{MORE}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == ["Reuters"]
    assert lint(text, select=["NL312"]) == []  # the dek above it is no caption


def test_a_name_beside_a_date_inside_the_story_is_left(lint):
    assert found(lint, "NL315", PROSE, MORE, PROSE, MORE, "Jane Doe", "Oct 13, 2020", MORE) == []
    assert found(lint, "NL315", "LONDON, Oct 13 (Reuters) - " + PROSE, MORE) == []
    assert found(lint, "NL315", "By the end of the year, " + PROSE[4:], MORE) == []


# NL315: a name over its e-mail --------------------------------------------------------------------------------
def test_a_name_over_the_author_email(lint):
    assert found(lint, "NL315", "JANE DOE", "jane.doe@example.com", PROSE, MORE, separator="\n") == ["JANE DOE"]


def test_a_list_of_names_and_addresses_is_no_byline(lint):
    rows = []
    for first, last in (("Jane", "Doe"), ("John", "Roe"), ("Mary", "Major"), ("Peter", "Minor")):
        rows += [f"{first} {last}", f"{first.lower()}.{last.lower()}@example.org"]
    assert found(lint, "NL315", PROSE, *rows, MORE, separator="\n") == []


def test_a_name_beside_someone_else_s_address_is_left(lint):
    assert found(lint, "NL315", PROSE, "Jane Doe", "info@example.com", MORE, separator="\n") == []


# NL315: 'By' and an organisation in capitals ------------------------------------------------------------------
def test_by_and_a_long_organisation_in_capitals(lint):
    line = "By U.S. FISH AND WILDLIFE SERVICE STAFF"
    assert found(lint, "NL315", PROSE, line, MORE) == [line]
    assert found(lint, "NL315", PROSE, "By MONDAY the schools had reopened across the district.", MORE) == []


# NL313: a bio set in title case -------------------------------------------------------------------------------
def test_an_author_bio_in_title_case(lint):
    bio = "Jane Doe Is a Senior Education Reporter at The Example Post. Jane joined the paper in 2019."
    assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, bio) == [bio]
    assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, "The Minister Is a Former Teacher, the report says.") == []


# NL315, NL313: bylines and contact lines in more forms --------------------------------------------------------
def test_bylines_with_a_role_after_a_dash_and_on_two_lines(lint):
    for line in ("By Jane Doe - Staff Writer", "Jane Doe - Reporter", "Words: Jane Doe"):
        assert found(lint, "NL315", PROSE, MORE, line, PROSE) == [line], line
    assert found(lint, "NL315", PROSE, MORE, "Jane Doe\nSenior Editor", PROSE) == ["Jane Doe", "Senior Editor"]
    assert found(lint, "NL315", PROSE, MORE, "Jane Doe\nLetters To The Editor", PROSE) == []


def test_a_lower_case_by_line_unless_it_ends_a_broken_sentence(lint):
    assert found(lint, "NL315", "by Jane Doe", PROSE, MORE) == ["by Jane Doe"]
    assert found(lint, "NL315", "The report on the new timetable was written", "by Jane Doe", MORE) == []


def test_section_labels_and_salutations_are_no_bylines(lint):
    for line in ("Letters To The Editor", "Dear Editor", "The Editor"):
        assert found(lint, "NL315", PROSE, MORE, line, PROSE) == [], line


def test_a_contact_line_that_names_the_author(lint):
    for line in ("Reach Jane Doe at jdoe@example.com or 555-1234.", "Jane Doe can be reached at jdoe@example.com."):
        assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, line) == [line], line
    line = "Parents can reach the school office at office@example.org until Friday."
    assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, line) == []


def test_bio_lines_of_other_templates(lint):
    for line in ("Jane Doe covers politics for The Valley Courier.", "Jane Doe has been a reporter at The Valley "
                 "Courier since 2015.", "About the author: Jane Doe is a reporter at The Valley Courier.",
                 "Follow her on Twitter @janedoe."):
        assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, line) == [line], line
    for line in ("Jane Doe covers the war for the Valley Courier, the paper said.",
                 "Jane Doe covers the courts and writes a weekly column.", "Follow her on Instagram, the singer told fans."):
        assert found(lint, "NL313", PROSE, MORE, PROSE, MORE, line) == [], line


# NL315, NL313: more byline and bio forms ----------------------------------------------------------------------
def test_bylines_in_capitals_with_plural_roles_and_a_dated_name(lint):
    for line in ("JANE DOE, STAFF WRITER", "Jane Doe and John Roe, Staff Writers", "Jane Doe - Oct 13, 2020"):
        assert found(lint, "NL315", PROSE, MORE, line, PROSE) == [line], line


def test_an_author_bio_above_the_story(lint):
    bio = "Jane Doe is a freelance journalist based in Example City."
    assert found(lint, "NL313", bio, PROSE, MORE) == [bio]
    lead = "Jane Doe is a journalist who spent two years in prison for her reporting."
    assert found(lint, "NL313", lead, "Doe was released on Monday and flew home to her family.", MORE) == []


def test_a_byline_whose_date_went_to_the_next_line(lint):
    assert found(lint, "NL315", PROSE, "By Jane Doe on", "Tue, Mar 14, 2023 at 6:30 am", MORE, separator="\n") \
        == ["By Jane Doe on"]


# NL315: bylines at the end of a line, or split over two lines ---------------------------

def test_byline_after_a_dash_at_the_end_of_a_headline(lint):
    text = f"{PROSE}\n\nCandidates to contest the party's top post  - by Kareem Smith\n\n{MORE}\n"
    assert shown(lint, text, "NL315") == ["Kareem Smith"]


def test_byline_after_a_caption_sentence(lint):
    text = (f"{PROSE}\n\nAgents found cocaine concealed inside a vessel at the ramp. By U.S. CUSTOMS AND BORDER "
            f"PROTECTION\n\n{MORE}\n")
    assert shown(lint, text, "NL315") == ["U.S. CUSTOMS AND BORDER PROTECTION"]


def test_article_by_and_the_name_on_the_next_line(lint):
    text = f"{PROSE}\n\nArticle by\nKareem Smith\n\n{MORE}\n"
    assert shown(lint, text, "NL315") == ["Kareem Smith"]


@pytest.mark.parametrize("middle", [
    "Prices fell sharply - by Friday the market had recovered most of its losses, traders said.",
    "The work was nearly finished. By Friday\nthe team had left the site and gone home.",
    "The bill was passed by Congress",
    "Shares fell 3% - by far the largest drop among the group's peers this year.",
])
def test_prose_with_by_is_not_a_byline(lint, middle):
    assert shown(lint, f"{PROSE}\n\n{middle}\n\n{MORE}\n", "NL315") == []


# NL313: the name heading an author box -------------------------------------------------

def test_name_line_above_a_bio(lint):
    text = (f"{PROSE}\n\n{MORE}\n\n{PROSE}\n\nJ.O. Haselhoef\n\nJ.O. Haselhoef is the author of a book about "
            "charity work in Haiti. She writes and lives in Milwaukee, Wisconsin.\n")
    assert shown(lint, text, "NL313")[0] == "J.O. Haselhoef"
    assert len(shown(lint, text, "NL313")) == 2


def test_a_name_line_before_other_prose_is_left_alone(lint):
    text = (f"{PROSE}\n\n{MORE}\n\n{PROSE}\n\nJane Doe\n\nThe council said it is a matter for the courts and "
            "would not comment further on the case.\n")
    assert shown(lint, text, "NL313") == []


def test_an_author_box_inside_the_page_a_bio_under_its_name(lint):
    """The bio opens with the name or its first word; the name line may be a heading's link ('### [Name](…)')."""
    bio = ("Tamsin joined the Harbour Ledger in 2014 as a courts reporter and now edits its weekend pages. "
           "She has covered three general elections.")
    for name in ("Tamsin Okoro", "### [Tamsin Okoro](/author/tamsin-okoro/)"):
        text = f"{PROSE}\n\n{MORE}\n\n{name}\n\n{bio}\n\n{LONG}\n\n{LATER}\n\n{LAST}\n\n{PROSE}\n\n{MORE}\n"
        assert bio in shown(lint, text, "NL313"), name


@pytest.mark.parametrize("name, paragraph", [
    ("Tamsin Okoro", "Tamsin joined the protest outside the court on Monday, a reporter for the local radio said."),
    ("Tamsin Okoro", "Okoro joined the Harbour Ledger in 2014 as a courts reporter."),  # a surname: a story's
    ("Harbour Ledger", "Harbour workers joined the strike on Monday, a reporter said."),
    ("Tamsin Okoro", "Tamsin joined the choir in 2014 and sings every Sunday at the harbour chapel."),
])
def test_a_paragraph_under_a_name_that_is_no_author_box_is_left(lint, name, paragraph):
    text = f"{PROSE}\n\n{MORE}\n\n{name}\n\n{paragraph}\n\n{LONG}\n\n{LATER}\n\n{LAST}\n\n{PROSE}\n\n{MORE}\n"
    assert paragraph not in shown(lint, text, "NL313")


def test_bio_as_the_last_line_of_a_block():
    bio = ("Marla Whitcombe is the Founder & Lead Consultant at Kindle! a branding consultancy. She is also a "
           "freelance content writer.")
    assert block_findings(f"{PROSE}\n\n{MORE}\n{PROSE}\n{bio}\n", "NL313") == [bio]


def test_a_person_described_in_the_last_line_of_a_story_is_not_a_bio():
    last = "Jane Doe is the mayor of the town and said she would attend the meeting on Friday."
    assert block_findings(f"{PROSE}\n\n{MORE}\n{PROSE}\n{last}\n", "NL313") == []


def test_bylines_among_the_lines_of_a_whole_page():
    page = "\n".join(["Opinion", "Council to close the old library", "March 3, 2021", "By", "Jane Okafor", LONG,
                      "Related stories", "Library campaign gathers pace", "February 2, 2021", "Kwame Mensah", LATER])
    assert block_findings(page + "\n", "NL315") == ["By\nJane Okafor", "Kwame Mensah"]


def test_a_name_a_link_broke_out_of_a_sentence_stays():
    page = "\n".join([LONG, "The plan was drawn up by", "Jane Okafor", ", the council's planning officer.",
                      "It was approved on", "March 3, 2021", "Kwame Mensah", "said it had been a long night.", LATER])
    assert block_findings(page + "\n", "NL315") == []


def test_a_by_line_with_a_colon_in_lower_case(lint):
    assert found(lint, "NL315", PROSE, "Council to close the old library", "by: Jane Okafor", LONG) \
        == ["by: Jane Okafor"]


@pytest.mark.parametrize("line", [
    "By Reuters", "By The Associated Press", "By AP", "By CNN Staff", "By Reuters Staff", "Staff and wire reports",
    "From staff and wire reports", "By Staff Reports", "Jane Doe, Special to The Valley Courier",
    "Jane Doe, for The Valley Courier", "Jane Doe And John Smith For The Valley Post",
    "Jane Doe, Chief Political Correspondent", "JANE DOE, SENIOR BUSINESS EDITOR", "Jane Doe, USA TODAY",
    "Jane Doe, 2 hours ago", "Jane Doe | May 3, 2021 | 5:00 pm", "Jane Doe • 3 May 2021 17:02 BST",
    "Jane Doe Published 3:41 PM EST, Mon March 2, 2020", "Jane Doe and John Smith Updated May 6, 2022",
    "Author: Jane Okafor (jo)", "By Jane Okafor (jo/dpa, AFP)",
    # a desk's or rank's role in lower case, a role after a slash, 'Written By'
    "Jane Doe, staff writer", "Jane Doe | senior health reporter", "Jane Doe - political correspondent",
    "Jane Doe / Staff Writer", "Jane Doe/Staff Writer", "JANE DOE / STAFF WRITER",
    "Jane Doe and John Smith / Staff Writers", "Jane Doe / Chief Political Correspondent",
    "Written By Jane Doe", "Written By: Jane Doe",
])
def test_agency_outlet_role_and_date_bylines(lint, line):
    assert lines(lint, "NL315", PROSE, MORE, line, LONG) == [line]


@pytest.mark.parametrize("dateline", ["NEW YORK, March 3 -", "SAN FRANCISCO, Jan. 5 –", "RIO DE JANEIRO, May 2 —",
                                      "New York, March 3 -", "HONG KONG, March 3, 2021 -"])
@pytest.mark.parametrize("table", ["Country        Jan      Feb\nNorway         9.10     9.20\nChile          4.50     4.45",
                                   "Country\tJan\tFeb\n\nNorway\t9.10\t9.20\n\nChile\t4.50\t4.45"])
def test_a_wire_dateline_on_its_own_line_above_a_table_is_no_byline(lint, dateline, table):
    """Its dash leads into the story (the figures below); a byline with the page's date ends on the date."""
    assert lines(lint, "NL315", dateline, table, PROSE, title="Oil output figures") == []
    byline = "JANE DOE, " + dateline.split(", ", 1)[1].rstrip(" -–—")
    assert lines(lint, "NL315", PROSE, MORE, byline, LONG) == [byline]


@pytest.mark.parametrize("line", [
    "Jane Doe, retired editor",                             # a letter's signature: no desk's or rank's word
    "Jane Doe, writer",
    "Jane Doe/Reuters",                                     # a picture's credit
    "- Mr Doe.",                                            # a quotation's speaker under it
    "— Mrs Doe",
])
def test_signatures_credits_and_a_quotation_s_speaker_are_no_bylines(lint, line):
    assert lines(lint, "NL315", PROSE, QUOTED, line, LONG) == []


def test_an_open_letter_s_signatories_with_outlets_and_roles_are_no_bylines(lint):
    names = ["Ann Cole, Valley Magazine", "Tom Birch", "Mary Ash, staff writer", "Ian Dale, Lakeside University"]
    assert lines(lint, "NL315", PROSE, MORE, *names) == []
    assert lines(lint, "NL315", PROSE, MORE, names[0], LONG) == [names[0]]  # the one line alone is a byline


def test_an_agency_byline_at_the_start_that_nl332_leaves_is_reported(lint):
    assert lines(lint, "NL315", "By The Associated Press", PROSE, MORE) == ["By The Associated Press"]


def test_names_under_a_lone_by(lint):
    assert lines(lint, "NL315", PROSE, "By", "Jane Doe and John Smith", MORE) == ["By", "Jane Doe and John Smith"]
    assert lines(lint, "NL315", PROSE, "Jane Doe and John Smith", MORE) == []


@pytest.mark.parametrize("line", [
    "An Intelligence Test for The Ages",                   # a heading in title case
    "A Guide for The Perplexed Parent",
    "Jane Doe, for example, voted against the plan.",
    "By Reuters' count, 40 people were killed.",
    "Staff reports say the unit will close.",
    "Chief Political Correspondent Jane Doe reported the story first.",
    "Jane Doe for Mayor",
    "Jane Doe, 34",
    "Updated Monday, May 3, 2021",                          # a date line (NL314's), not a name
    "By June",
    "Jane Doe Updated the rules on May 6, 2022",             # a label that is a sentence's verb
    "Author: Jane Okafor (a friend of the family)",           # no initials in the parentheses
])
def test_story_lines_like_those_bylines_are_not_bylines(lint, line):
    assert lines(lint, "NL315", PROSE, MORE, line, LONG) == []



def test_a_related_story_s_source_and_age_is_no_byline(lint):
    """A box of related stories gives each headline its outlet and its age after a slash or a middle dot; one such
    line alone, or a name and the page's age after a bar, is a byline."""
    box = ["Harbour ferry fares to rise in spring", "Valley Sports Weekly / 6 hours ago",
           "Town hall clock restored after a decade", "Daily Planet · 3 hours ago"]
    assert lines(lint, "NL315", PROSE, MORE, *box, LONG) == []
    linked = [f"[{line.split(' /')[0]}](https://example.org/sports) / {line.split('/ ')[1]}" if "/" in line else line
              for line in box * 2]  # (Markdown: the outlet's name a link)
    assert lines(lint, "NL315", PROSE, MORE, *linked, LONG) == []
    for byline in ("Jane Doe | 3 hours ago", "Jane Doe / 3 hours ago"):
        assert lines(lint, "NL315", PROSE, MORE, byline, LONG) == [byline]

# bylines as news sites print them: a name and a broadcaster's desk, a news agency alone over the story

@pytest.mark.parametrize("line", [
    "Jane Doe, CNN Business", "Jane Doe, CNN", "Jane Doe - ABC Sport", "John Roe | NBC Politics",
    "Jane Doe, AFP Fact Check", "JANE DOE, CBS News",
])
def test_a_name_and_a_broadcaster_s_desk(lint, line):
    expected = [] if line == "Jane Doe, CNN" else [line]  # initials alone may be a degree or a company ('Jane Doe, MD')
    assert lines(lint, "NL315", PROSE, MORE, line, LONG) == expected


@pytest.mark.parametrize("line", [
    "Jane Doe, MD", "Jane Doe, CEO Business Partners", "Jane Doe, NHS Health Trust chair said it would close.",
])
def test_a_name_and_initials_that_are_no_desk(lint, line):
    assert lines(lint, "NL315", PROSE, MORE, line, LONG) == []


@pytest.mark.parametrize("agency", ["Reuters", "AP", "AFP", "The Associated Press", "REUTERS", "Bloomberg News", "PA Media"])
def test_a_news_agency_alone_over_the_story(lint, agency):
    assert lines(lint, "NL315", agency, PROSE, MORE) == [agency]
    assert lines(lint, "NL315", "Schools to open longer hours", agency, PROSE, MORE) == [agency]


def test_an_agency_under_a_caption_or_inside_the_story_is_left(lint):
    caption = "Pupils arrive at a school in the district on Tuesday morning."
    assert lines(lint, "NL315", caption, "Reuters", PROSE, MORE) == []  # the picture's credit (NL312's)
    assert lines(lint, "NL315", PROSE, MORE, LONG, LATER, "Reuters", LAST) == []  # not in the block that opens the body
    assert lines(lint, "NL315", "Reuters", "Schools to open longer hours") == []  # no story under it
    assert lines(lint, "NL315", "Getty Images", PROSE, MORE) == []  # a picture agency: a credit


def test_a_name_or_heading_alone_over_the_story_is_left(lint):
    assert lines(lint, "NL315", "Our Town Today", PROSE, MORE) == []  # a section's title in title case


# NL313's trigger: a journalist's role word or an address, in every form the rule reports -------------------------
_WIDE = ("The council met on Tuesday evening to discuss the budget for the coming year, and its members agreed on "
         "almost every line of it after a long debate about the libraries.")


@pytest.mark.parametrize("paragraphs, expected", [
    ((PROSE, MORE, "Jane Doe is a staff reporter covering the city council."), "Jane Doe is a staff reporter"),
    ((PROSE, MORE, "To reach the editor, write to the newsroom."), "To reach the editor"),
    ((PROSE, MORE, PROSE, MORE, "Reach Jane Doe at jdoe@example.com or 555-1234."), "Reach Jane Doe at"),
    ((PROSE, MORE, "Jane Doe", "Jane Doe writes about schools and is the paper's education correspondent."),
     "Jane Doe"),
    (("Jane Doe grew up on a farm. She has been writing about farming for the Example Post since 2008.", PROSE, MORE),
     "Jane Doe grew up"),
    (("Jane Doe is a freelance journalist based in Example City.", PROSE, MORE), "Jane Doe is a freelance"),
    ((PROSE, MORE, PROSE, f"{_WIDE}\n{_WIDE}\nJane Doe is a columnist who has covered the council since 2010."),
     "Jane Doe is a columnist"),
    ((PROSE, MORE, "Jane Doe Is a Senior Education Reporter at The Example Post."), "Jane Doe Is a Senior"),
])
def test_the_author_bio_trigger_fires_on_every_form(lint, paragraphs, expected):
    from newslint.rules.lines.bylines import AuthorBio
    text = "\n\n".join(paragraphs) + "\n"
    assert AuthorBio.trigger.fires(text)
    assert any(text[d.start:d.end].startswith(expected) for d in lint(text, select=["NL313"]))


def test_the_author_bio_trigger_passes_a_story_without_a_role_word_or_an_address():
    from newslint.rules.lines.bylines import AuthorBio
    assert not AuthorBio.trigger.fires(f"Title\n\n{PROSE}\n\n{MORE}\n")
    assert not AuthorBio.trigger.fires("The shop's owners met its co-owners (and its suppliers) on Tuesday.")
    for text in ("She has been Wrİting about it.", "an ınternship", "the Editor", "mail@example.org"):
        assert AuthorBio.trigger.fires(text), text


@pytest.mark.parametrize("byline", ["By Jane Doe", "- Jane Doe", "By Jane Doe, Reuters", "Jane Doe, Staff Writer"])
def test_a_byline_ending_the_article_is_reported_once(lint, byline):
    """The last paragraph, after a sentence, is NL340's trailing byline: NL315 leaves it (one defect, one finding);
    NL315 still reports a form NL340 does not take, and the same line above a page's last line."""
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{byline}\n"
    assert [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL315", "NL340"])] == [("NL340", byline)]
    assert [d.code for d in lint(f"{text}\nHome\n", select=["NL315", "NL340"])] == ["NL315"]
    both = "By Jane Doe and John Roe"  # (two names: not NL340's)
    assert [d.code for d in lint(f"Title\n\n{PROSE}\n\n{MORE}\n\n{both}\n", select=["NL315", "NL340"])] == ["NL315"]


MENU_ABOVE = ["World News", "Travel Guides", "Made in Harbourside", "Kick off!"]
MENU_BELOW = ["Weekend Show", "Sports Life", "Garden Notes"]


@pytest.mark.parametrize("line", ["Reporter", "Become Contributor", "Harbour Walks | A Reader-Led Investigation",
                                  "Returning Members | The Members’ Information Guide"])
def test_a_menu_item_of_a_bylines_shape_is_no_byline(lint, line):
    """A line of a byline's shape without its opener inside a run of a menu's items (short capitalised labels above
    and below it) is one of the menu's items; between a headline and the story it is a byline."""
    menu = f"Title\n\n{PROSE}\n\n" + "\n\n".join([*MENU_ABOVE, line, *MENU_BELOW]) + f"\n\n{MORE}\n"
    assert codes(lint, menu, "NL315") == []
    if "|" in line:
        story = f"Title\n\nHarbour wall to be rebuilt after the storm\n\n{line}\n\n{PROSE}\n\n{MORE}\n"
        assert codes(lint, story, "NL315") == [(5, line)]


def test_a_bylines_shape_between_a_menus_short_links_is_no_byline(lint):
    """The menu test NL312 shares: two short items either side (up to six words, no stop, no date), in sentence case
    too, make the line one of the menu's."""
    menu = ["Sign up for alerts", "Weather and traffic", "Harbour Walks | A Reader-Led Guide", "Contact the newsroom",
            "Our privacy policy"]
    assert codes(lint, f"Title\n\n{PROSE}\n\n" + "\n\n".join(menu) + f"\n\n{MORE}\n", "NL315") == []


@pytest.mark.parametrize("line", ["By Jane Doe", "Jane Doe | The Herald"])
def test_a_byline_beside_a_date_or_a_headline_is_no_menu_item(lint, line):
    """A byline with its opener stays one inside a menu's items; a byline under the headline and over the date, with
    a menu's items around them, stays one too (the date line is no item)."""
    inside = f"Title\n\n{PROSE}\n\n" + "\n\n".join([*MENU_ABOVE, "By Jane Doe", *MENU_BELOW]) + f"\n\n{MORE}\n"
    assert [text for _, text in codes(lint, inside, "NL315")] == ["By Jane Doe"]
    block = [*MENU_ABOVE, "Harbour wall to be rebuilt", line, "May 3, 2021", *MENU_BELOW]
    text = f"Title\n\n{PROSE}\n\n" + "\n\n".join(block) + f"\n\n{MORE}\n"
    assert [found for _, found in codes(lint, text, "NL315")] == [line]


@pytest.mark.parametrize("line, byline", [
    ("By [Jane Doe](https://example.com/authors/jane-doe/)", "By Jane Doe"),
    ("**By Jane Doe** | _May 3, 2021_", "By Jane Doe | May 3, 2021"),
    ("By [Jane Doe](https://example.com/a/) and [John Roe](https://example.com/b/)", "By Jane Doe and John Roe"),
    ("[Jane Doe](https://example.com/a/), Staff Writer", "Jane Doe, Staff Writer"),
    ("*By Jane Doe*", "By Jane Doe"),
])
def test_a_byline_inside_markdown_is_read_without_its_markup(lint, line, byline):
    text = f"Title\n\n[Home](https://example.com/)\n\n{PROSE}\n\n{line}\n\n{MORE}\n"
    assert [d.message for d in lint(text, select=["NL315"])] == [f"byline line in the body: '{byline}'"]


@pytest.mark.parametrize("line", ["* [Local News](https://example.com/l/) | [World News](https://example.com/w/)",
                                  "[Jane Doe wins the harbour prize](https://example.com/prize/)",
                                  "**Bylines, datelines and the news**"])
def test_a_row_of_links_or_a_headline_in_markdown_is_no_byline(lint, line):
    text = f"Title\n\n[Home](https://example.com/)\n\n{PROSE}\n\n{line}\n\n{MORE}\n"
    assert lint(text, select=["NL315"]) == []


LAID_OUT = """\
Title

The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.

Harbour wall to be rebuilt after the storms
{line}
The council said on Monday that the work would begin in the spring and would
cost about two million pounds, paid for by a grant from the regional fund.
"""


def test_a_byline_among_a_laid_out_pages_wrapped_paragraphs(lint):
    """A text browser's dump (lines laid out at 80 columns): a byline line that is a piece of its own is reported;
    the same words wrapped inside a sentence are not."""
    text = LAID_OUT.format(line="By Jane Doe")
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == ["By Jane Doe"]
    wrapped = LAID_OUT.replace("{line}\n", "").replace("spring and would", "spring, said a report written\nBy Jane Doe and")
    assert lint(wrapped, select=["NL315"]) == []


def test_a_bulleted_menu_item_of_a_bylines_shape_is_no_byline(lint):
    text = f"Title\n\n{PROSE}\n\n* Local News | World News\n\n{MORE}\n"
    assert lint(text, select=["NL315"]) == []


@pytest.mark.parametrize("line", ["By Jane Doe | jdoe@example.com", "By Jane Doe, jane.doe@valley-news.example.org"])
def test_a_byline_with_the_author_s_address(lint, line):
    text = LAID_OUT.format(line="Author\n" + line)
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == [line]


ONE_LINE_PAGE = ("Home News Sport Harbour wall to be rebuilt after the storms The council has a plan for the sea front. "
                 "{byline} The council said on Monday that the work would begin in the spring and would cost about two "
                 "million pounds, paid for by a grant from the regional fund.")


# a page flattened to one line (2,000 characters or more), where a byline of another opening than 'By' is read too
FLAT_PAGE = " ".join([ONE_LINE_PAGE.format(byline="Share"), *[LONG, LATER, LAST, PROSE, MORE] * 3, "{byline}",
                      ONE_LINE_PAGE.format(byline="Print")])


@pytest.mark.parametrize("page, byline, date", [(ONE_LINE_PAGE, "By Jane Doe", "11 February 2020 Comments"),
                                                (ONE_LINE_PAGE, "By Jane Doe-Roe", "• 11/08/23 5:19pm"),
                                                (ONE_LINE_PAGE, "By Jane Doe and John Roe", "Thursday, March 5"),
                                                (ONE_LINE_PAGE, "By Jane Doe", "Published 3:41 PM"),
                                                (FLAT_PAGE, "by Harbour Desk Staff", "October 12, 2022 in Local"),
                                                (FLAT_PAGE, "by: Jane Doe", "Posted: Mar 14, 2021 / 09:12 AM EST"),
                                                (FLAT_PAGE, "Author: Jane Doe", "August 4, 2018 2:05 pm Share"),
                                                (FLAT_PAGE, "by Jane Doe and John Roe", "| 3 March 2021")])
def test_a_byline_before_the_date_inside_a_page_run_into_one_line(lint, page, byline, date):
    text = "Title\n\n" + page.format(byline=f"{byline} {date}") + "\n"
    assert shown(lint, text, "NL315") == [byline]


@pytest.mark.parametrize("before, byline, after", [
    ("grant.  ", "Author: Jane Doe (jd)", "      The mayor"),
    ("fund, April 26, 2022 ", "Written by: Jane Doe", " Photo: John Roe The mayor"),
])
def test_a_labelled_byline_run_into_a_page_of_elements_set_apart_by_spaces(lint, before, byline, after):
    text = "Title\n\n" + ONE_LINE_PAGE.format(byline="") + before + byline + after + " welcomed the plan.\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == [byline]


@pytest.mark.parametrize("words", ["Author: Jane Doe, whose novel was praised, said", "The author: Jane Doe said",
                                   "Written by: the council's own staff, it said", "Author: Jane Doe said the plan"])
def test_a_labelled_name_inside_a_sentence_is_no_byline(lint, words):
    text = "Title\n\n" + ONE_LINE_PAGE.format(byline=words) + "\n"
    assert lint(text, select=["NL315"]) == []


@pytest.mark.parametrize("words", ["By Monday March 3 the work had begun.", "By Christmas Eve 2019, the wall stood.",
                                   "By Jane Doe's count, 12 March 2020 was the wettest day.",
                                   "By The Valley Times 3 March count, it was."])
def test_by_and_a_date_inside_a_sentence_is_no_byline(lint, words):
    text = "Title\n\n" + ONE_LINE_PAGE.format(byline=words) + "\n"
    assert lint(text, select=["NL315"]) == []


@pytest.mark.parametrize("words", ["The rules signed by President Jane Doe Monday took effect.",
                                   "A mural by Jane Doe stands in the square.", "It was written by Jane Doe, March 3, 2021.",
                                   "The count by Jane Doe 3 March showed it.", "By Jane Doe's count, 12 March 2020 was wet."])
def test_by_and_a_name_inside_a_sentence_of_a_flattened_page_is_no_byline(lint, words):
    assert shown(lint, "Title\n\n" + FLAT_PAGE.format(byline=words) + "\n", "NL315") == []


@pytest.mark.parametrize("before, byline, after", [
    ("Ferry fares to rise again next spring", "By Jane Doe", "Harbour wall plan wins backing"),
    ("Council backs the new sea wall plan", "By JANE DOE", "Talks on the bridge resume"),
    ("School roof repairs run over budget", "By Jane Doe and JOHN ROE", "| Valley News"),
    ("Harbour board picks a new chair in the Making", "By Jane Doe", "Last updated Nov 8, 2023"),
])
def test_a_byline_after_a_headline_inside_a_page_run_into_one_line(lint, before, byline, after):
    """A list of headlines with their bylines, or the headline and its byline, run into a flattened page."""
    text = "Title\n\n" + FLAT_PAGE.format(byline=f"{before} {byline} {after}") + "\n"
    assert shown(lint, text, "NL315") == [byline]


def test_a_headline_s_byline_gives_back_the_next_headline_s_first_words(lint):
    text = "Title\n\n" + FLAT_PAGE.format(byline="Ferry fares rise By Jane Doe In Valley, the mayor resigns") + "\n"
    assert shown(lint, text, "NL315") == ["By Jane Doe"]
    text = "Title\n\n" + FLAT_PAGE.format(byline="Ferry fares rise By Jane Doe Harbour opens again") + "\n"
    assert shown(lint, text, "NL315") == ["By Jane Doe"]


@pytest.mark.parametrize("words", [
    "The council met. By Monday March 3 the work had begun.",  # 'By' opens a sentence after a stop
    "They sang Stand By Me at the harbour.",  # a title's 'By'
    "Home News Sport Local Life By Design Fashion Beauty Parenting Puzzles Comics Royals Homes Travel",  # a menu
    "The plan was drawn up by Jane Doe Harbour Board staff.",  # lower-case 'by' in a sentence
    "Ferry fares rise By The Valley Times Harbour desk",  # no name's first word
    "said on Monday, March 3 that Jane Doe, John Roe and Mary Major had left.",  # a name list
])
def test_by_inside_a_flattened_page_that_is_no_headline_s_byline(lint, words):
    assert shown(lint, "Title\n\n" + FLAT_PAGE.format(byline=words) + "\n", "NL315") == []


def test_a_byline_of_another_opening_in_a_line_shorter_than_a_page_is_left(lint):
    text = "Title\n\n" + ONE_LINE_PAGE.format(byline="by Harbour Desk Staff October 12, 2022 in Local") + "\n"
    assert shown(lint, text, "NL315") == []


@pytest.mark.parametrize("line", ["By AFP and VT staff", "By Agencies and VT staff", "By VT staff and Agencies"])
def test_an_agency_and_an_outlet_s_staff_as_authors(lint, line):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{line}\n\n{PROSE}\n"
    assert codes(lint, text, "NL315") == [(7, line)]


RELATED = """\
Title

The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.

   * Harbour wall to be rebuilt after the long winter storms closed the sea front
     {line}
     The council said on Monday that the work would begin in the spring and
"""


def test_a_byline_under_a_related_story_s_wrapped_headline(lint):
    """A headline wrapped to the width above the byline: the line above is full, the byline line is not."""
    text = RELATED.format(line="By Jane Doe")
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == ["By Jane Doe"]
    assert lint(RELATED.format(line="By Jane Doe and her friends the hotel on the hill was sold"),
                select=["NL315"]) == []


@pytest.mark.parametrize("line", ["By [12]Jane Doe", "By [12]AFP and [13]VT staff"])
def test_a_byline_with_lynx_s_reference_markers(lint, line):
    text = RELATED.format(line=line)
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == [line]


@pytest.mark.parametrize("item", ["Author Jane Doe", "Authors Jane Doe and John Smith", "Author: Jane Doe"])
@pytest.mark.parametrize("block", [
    "     * Date 19.01.2020\n     * {item}\n     * Related Subjects [7]Harbours\n"  # lynx
    "     * Keywords [8]ferries, [9]harbours, [10]timetables, [11]summer, [12]islands\n",
    "-   Date 19.01.2020\n-   {item}\n-   Related Subjects Harbours\n"  # Pandoc
    "-   Keywords ferries, harbours, timetables, summer sailings, islands, tourism\n",
    "-   Date 19.01.2020\n-   {item}\n",  # a short list: two items
])
def test_an_author_item_among_the_page_s_metadata(lint, item, block):
    """A page's metadata list naming the author: the item is a byline, the others are not."""
    text = PAGE_HEAD.format(block=block.format(item=item))
    [d] = lint(text, select=["NL315"])
    assert text[d.start:d.end].endswith(item)


@pytest.mark.parametrize("block", [
    "- Poet Ann Lee\n\n- Author Jane Doe\n\n- Painter John Smith",  # people listed by their trades
    "- Author Jane Doe, whose third novel is set on the islands",
    "-   Poet Ann Lee\n-   Author Jane Doe\n",
])
def test_an_author_among_people_listed_is_no_byline(lint, block):
    assert lint(PAGE_HEAD.format(block=block), select=["NL315"]) == []



PAGE_HEAD = """\
Title

The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.

{block}

The council said on Monday that the work would begin in the spring and would
cost about two million pounds, paid for by a grant from the regional fund.
"""


@pytest.mark.parametrize("block, byline", [
    ("   Features\n   By Jane Doe\n   published 9 May 2021", "By Jane Doe"),   # the date below opens in lower case
    ("By Valley Staff\n3 hours ago\n0Comment(s)", "By Valley Staff"),
    ("   Harbours\n   May 3, 2021\n   Written by: Jane Doe", "Written by: Jane Doe"),   # the date above
    ("   [34]Jane Doe\n   By [35]Jane Doe\n   May 3, 2021\n   [36]facebook\n   [37]twitter\n   [38]email",
     "By [35]Jane Doe"),                                                      # a narrow block of one element a line
])
def test_a_byline_among_a_short_block_s_lines(lint, block, byline):
    text = PAGE_HEAD.format(block=block)
    assert [text[d.start:d.end] for d in lint(text, select=["NL315"])] == [byline]


@pytest.mark.parametrize("block", [
    "The letter was read out to the meeting,\nBy Jane Doe",                   # a sentence going on over the break
    "Harbour lights at dusk\nPhoto by Jane Doe / AFP",                         # a caption's credit (NL312, NL320)
    "The gulls came back\nby the thousand",
    "   Features\n   By Jane Doe\n   Opinion",                                  # no date beside it
])
def test_a_short_block_s_lines_of_a_sentence_or_a_caption_are_no_byline(lint, block):
    assert lint(PAGE_HEAD.format(block=block), select=["NL315"]) == []


def test_a_name_under_an_author_label(lint):
    assert lines(lint, "NL315", PROSE, "Author:", "Jane Doe", MORE) == ["Author:", "Jane Doe"]
    assert lines(lint, "NL315", PROSE, "Author", "Jane Doe", MORE) == ["Author", "Jane Doe"]


def test_a_menu_of_authors_or_a_lone_author_label_is_no_byline(lint):
    assert lines(lint, "NL315", PROSE, "Authors", "Jane Doe", "John Roe", MORE) == []
    assert lines(lint, "NL315", PROSE, "Author", MORE) == []


def test_a_place_and_date_among_a_short_block_s_lines_is_no_byline(lint):
    """A letter's place and date over its first line ('Harbour Creek, 3rd May, 1861.'): a name and a date, no 'By'."""
    text = PAGE_HEAD.format(block="To the Editor\nHarbour Creek, 3rd May, 1861.\nSir,")
    assert lint(text, select=["NL315"]) == []


# NL315: an author's linked name beside the page's date, anywhere in the body ------------------------------------
@pytest.mark.parametrize("name", ["[Jane Okafor](https://example.com/author/jane-okafor/)",
                                  "### [Jane Okafor](/jane-okafor/)"])
def test_a_name_linked_to_its_authors_page_beside_the_page_date_inside_a_page(lint, name):
    """A page links its author's name to the author's page: the name over the date is a byline below the body's top."""
    assert found(lint, "NL315", PROSE, MORE, LONG, LATER, name, "2 hours ago", LAST) == [name]


@pytest.mark.parametrize("name", ["[Harbour News](/section/harbour/)", "[Jane Okafor](/harbour/ferry-fares/)",
                                  "Jane Okafor", "   [12]Jane Okafor"])
def test_a_name_not_linked_to_an_authors_page_beside_a_date_inside_the_story_stays(lint, name):
    """A section's label, a name linked elsewhere or not linked (a place's over a letter's date) stays."""
    assert found(lint, "NL315", PROSE, MORE, LONG, LATER, name, "April 26, 2022", LAST) == []


@pytest.mark.parametrize("quotation", ['"The lanes are working, and they are here to stay."',
                                       '> “The lanes are working, and they are here to stay.”'])
def test_a_linked_name_under_a_quotation_beside_a_date_is_its_speaker(lint, quotation):
    """A quote box names its speaker under the quotation, linked and dated: the story's, no byline."""
    name = "[Jane Okafor](https://example.com/mayor/jane-okafor/)"
    assert found(lint, "NL315", PROSE, MORE, LONG, quotation, name, "March 3, 2023", LATER, LAST) == []
