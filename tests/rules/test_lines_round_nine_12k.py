"""NL312, NL313, NL315, NL320, issue 12 (helper 12k, round nine): captions, credits and bylines by the shape of the
page around them (a gallery's slides, a byline block at the top, a name over its e-mail), with the edited text each
must leave alone (made-up text only)."""

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")
LONG_CAPTION = ("Shoppers queue outside a bakery on the first morning that small businesses may open again in the "
                "old town, as the regional government eases the rules it imposed in March. Bakeries, florists and "
                "hardware shops were the first allowed to serve customers, provided that they admit no more than "
                "two people at a time and that staff wear masks and gloves.")


def found(lint, code, *paragraphs, title="School rules", separator="\n\n"):
    text = title + "\n\n" + separator.join(paragraphs) + "\n"
    return [text[d.start:d.end] for d in lint(text, select=[code])]


# NL312: a gallery's slides ------------------------------------------------------------------------------------
def test_a_long_caption_between_two_credits_of_a_gallery(lint):
    reported = found(lint, "NL312", PROSE, "Children walk to school in the rain", "AFP via Getty Images",
                     LONG_CAPTION, "Reuters", "A cyclist passes the closed market hall", "AP", MORE, separator="\n")
    assert any(LONG_CAPTION in r for r in reported), reported


def test_a_long_caption_under_its_slide_date(lint):
    slides = []
    for day, credit in zip(("3 May 2020", "2 May 2020", "1 May 2020"), ("PA", "Reuters", "AP")):
        slides += ["UK news in pictures", day, LONG_CAPTION.replace("March", day[2:]), credit]
    reported = found(lint, "NL312", PROSE, *slides, MORE, separator="\n")
    assert len([r for r in reported if r.startswith("Shoppers queue")]) == 3, reported


def test_a_story_paragraph_above_a_lone_agency_line_is_no_slide(lint):
    # one credit line in the text: no gallery, and a paragraph of three sentences is the story's
    assert found(lint, "NL312", PROSE, "1 May 2020", LONG_CAPTION, "Reuters", MORE, separator="\n") == []


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


# NL320: a stock agency with its photographer's user name ------------------------------------------------------
def test_a_stock_credit_with_a_user_name_ends_a_caption(lint):
    assert found(lint, "NL320", PROSE, "Empty classrooms. Shutterstock/jdoe", MORE) == ["Empty classrooms. Shutterstock/jdoe"]
    assert found(lint, "NL320", PROSE, "A poll by Reuters/Ipsos found most parents agreed with the plan.", MORE) == []


# NL312: what a page sets beside a picture or a video ----------------------------------------------------------
def test_a_caption_under_an_image_viewer_prompt(lint):
    reported = found(lint, "NL312", "Enlarge Image", "Jane Doe Getty Images", PROSE, MORE, separator="\n")
    assert reported == ["Jane Doe Getty Images"]
    text = f"click to enlarge      The Example Kitchen   The seafood tower is the dearest dish on the menu.\n\n{PROSE}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [text.split("\n")[0]]


def test_a_caption_under_an_embedded_player(lint):
    embed = '<iframe width="476" height="267" src="https://example.com/video/embed/?pid=1" allowfullscreen></iframe>'
    caption = "Parents gathered outside the school on Tuesday to protest against the new timetable."
    assert found(lint, "NL312", embed, caption, PROSE, MORE) == [caption]


def test_a_section_label_under_a_prompt_and_story_under_a_heading_are_left(lint):
    assert found(lint, "NL312", PROSE, "Click to enlarge", "KEYWORDS", MORE) == []
    assert found(lint, "NL312", "How to zoom in on a map", PROSE, MORE) == []


def test_a_caption_with_its_credit_taken_for_the_title(lint):
    caption = "The new school opens its doors to pupils in September.Credit: Jane Doe/Example Press"
    text = f"{caption}\n\n{PROSE}\n\n{MORE}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]
    text = f"Free Pizza For Every Pupil, Courtesy Of The Mayor\n\n{PROSE}\n\n{MORE}\n"
    assert lint(text, select=["NL312"]) == []  # a headline in title case


def test_a_portrait_caption_whose_credit_was_dropped(lint):
    speaker = "Education minister Jane Doe said the rules would be reviewed after a year."
    assert found(lint, "NL312", PROSE, "Jane Doe -", speaker, MORE, separator="\n") == ["Jane Doe -"]
    assert found(lint, "NL312", PROSE, "Fact Checking -", speaker, MORE, separator="\n") == []


# NL320: credits in more forms ---------------------------------------------------------------------------------
def test_an_archive_credit_and_a_credit_glued_to_the_next_sentence(lint):
    caption = "The district plans to open two schools by 2030. Jane Doe/Reuters files"
    assert found(lint, "NL320", PROSE, caption, MORE) == [caption]
    glued = "Image Credit: Example Agency/Jane DoeDivers searched the harbour for two more days before the storm came."
    assert found(lint, "NL320", PROSE, glued, MORE) == ["Image Credit: Example Agency/Jane Doe"]


# NL312: credit lines in other forms ---------------------------------------------------------------------------
def test_a_caption_over_a_credit_in_the_other_forms_pages_print(lint):
    caption = "Pupils arrive at the school gates on the first day of term"
    for credit in ("(Getty Images)", "Courtesy of the artist", "Photo courtesy of the Doe family", "Submitted photo",
                   "Staff photo by Jane Doe", "Provided by the Doe family", "Credit...Jane Doe for The Example Times",
                   "Jane Doe for The Example Post", "Jane Doe/Staff", "Jane Doe/The Example Globe via Getty Images"):
        reported = found(lint, "NL312", PROSE, caption, credit, MORE, separator="\n")
        assert reported == [f"{caption}\n{credit}"], (credit, reported)


def test_a_line_of_the_story_under_a_caption_like_line_is_no_credit(lint):
    for line in ("Jane Doe for Mayor", "Provided the weather holds, the fair will open on Friday.", "(Reuters) - The"):
        assert found(lint, "NL312", PROSE, "Pupils arrive at the school gates on the first day of term", line,
                     MORE, separator="\n") == [], line


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


# NL312: a caption that describes the picture ------------------------------------------------------------------
def test_a_caption_that_says_where_people_stand_or_uses_an_agency_formula(lint):
    for caption in ("Jane Doe, left, and John Roe open the new school on Monday.",
                    "Head teacher Jane Doe (second right) welcomes pupils on Monday.",
                    "From left: Jane Doe, John Roe and Mary Major at the school gates.",
                    "FILE - In this Jan. 3, 2020, file photo, pupils arrive at the school gates in Example City.",
                    "This photo provided by the Example School District shows pupils arriving on Monday."):
        assert found(lint, "NL312", PROSE, caption, MORE) == [caption], caption


def test_story_lines_with_left_and_right_are_left(lint):
    for line in ("The party has moved to the right, and voters have noticed.",
                 "\"I stood on the left, and she stood in the centre,\" Jane Doe, left, said of the ceremony.",
                 "In this photo-finish season, every point counts for the school teams.",
                 "Jane Doe (pictured) said the timetable would change in January."):
        assert found(lint, "NL312", PROSE, line, MORE) == [], line


# NL320: credit tails in more forms ----------------------------------------------------------------------------
def test_credit_tails_after_a_dash_in_capitals_and_in_brackets_without_a_stop(lint):
    for caption, credit in (("Pupils arrive at the school gates on Monday. – Photo: Jane Doe", "Photo: Jane Doe"),
                            ("Pupils arrive at the school gates on Monday. PHOTO: JANE DOE", "PHOTO: JANE DOE")):
        assert found(lint, "NL320", PROSE, caption, MORE) == [caption], caption
    caption = "Pupils arrive at the school gates on Monday (Jane Doe/The Example Post)"
    assert found(lint, "NL312", PROSE, caption, MORE) == [caption]
    assert found(lint, "NL312", PROSE, "The vote was close (Labour/Green coalition)", MORE) == []


# NL312: a portrait's caption and an artist's work -------------------------------------------------------------
def test_a_description_and_a_name_of_the_story(lint):
    speaker = "Relatives said Jane Doe had left home early on Tuesday to check her traps in the forest."
    assert found(lint, "NL312", PROSE, "Missing hunter, Jane Doe.", speaker, MORE) == ["Missing hunter, Jane Doe."]
    assert found(lint, "NL312", PROSE, "Plymouth, Moor View", speaker, MORE) == []  # a place, one word before it
    assert found(lint, "NL312", PROSE, "Thank you, Jane Doe.", speaker, MORE) == []  # a pronoun: speech


def test_an_artist_s_works_between_the_paragraphs_of_a_profile(lint):
    profile = "Jane Doe grew up on a farm, and the plants she paints are the ones her grandmother grew there."
    reported = found(lint, "NL312", profile, "Jane Doe: Common Yarrow", PROSE, "Jane Doe: Night Garden, 2022", MORE)
    assert reported == ["Jane Doe: Common Yarrow", "Jane Doe: Night Garden, 2022"]


def test_labels_of_the_page_and_transcript_speakers_are_no_works(lint):
    profile = "Jane Doe grew up on a farm, and the plants she paints are the ones her grandmother grew there."
    for lines in (("Example Weather: Fair and warm", "Example Weather: Showers later"),
                  ("JANE DOE: Yes", "JANE DOE: No"), ("Last Modified: Feb 18, 2020",)):
        assert found(lint, "NL312", profile, *lines, MORE) == [], lines


# NL315, NL313: more byline and bio forms ----------------------------------------------------------------------
def test_bylines_in_capitals_with_plural_roles_and_a_dated_name(lint):
    for line in ("JANE DOE, STAFF WRITER", "Jane Doe and John Roe, Staff Writers", "Jane Doe - Oct 13, 2020"):
        assert found(lint, "NL315", PROSE, MORE, line, PROSE) == [line], line


def test_an_author_bio_above_the_story(lint):
    bio = "Jane Doe is a freelance journalist based in Example City."
    assert found(lint, "NL313", bio, PROSE, MORE) == [bio]
    lead = "Jane Doe is a journalist who spent two years in prison for her reporting."
    assert found(lint, "NL313", lead, "Doe was released on Monday and flew home to her family.", MORE) == []


# NL312, NL315, NL320: pieces joined by wide spaces, a byline cut before its date, a caption with a bracketed credit
def test_a_caption_inside_a_block_joined_by_wide_spaces(lint):
    block = ("The valley's growers pick every grape by hand.  The slopes are too steep for machines.     "
             "Old oak barrels line the walls of the cellar  Most of the wine is sold at the farm gate.  "
             "Little of it ever leaves the region.")
    assert found(lint, "NL312", PROSE, block, MORE) == ["Old oak barrels line the walls of the cellar"]
    menu = "Home  News  Sport  Business  The long read on the valley's growers and their wines  Weather  Contact us"
    assert found(lint, "NL312", PROSE, menu + " " * 3 + PROSE, MORE) == []


def test_a_byline_whose_date_went_to_the_next_line(lint):
    assert found(lint, "NL315", PROSE, "By Jane Doe on", "Thu, Nov 9, 2023 at 4:00 am", MORE, separator="\n") \
        == ["By Jane Doe on"]


def test_a_caption_ending_in_a_bracketed_agency_credit(lint):
    caption = "The minister and the head teacher during a visit in 2019. (Jane Doe/AFP/Getty Images)"
    reported = found(lint, "NL320", PROSE, caption, MORE)
    assert len(reported) == 1 and reported[0].startswith("The minister")
