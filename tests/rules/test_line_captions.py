"""NL312: photo captions and credit lines kept in the body (beside their credit, in galleries, under media
players), and the story's own lines that look like them.
"""

from textwrap import fill

import pytest
from conftest import lines_of, shown
from rule_texts import LAST, LATER, LONG, MORE, PROSE, block_findings, codes, found


# NL312 caption-line --------------------------------------------------------------------

def test_caption_above_its_credit(lint):
    caption = "Staff at the supermarket wait outside during its closure yesterday."
    text = f"Title\n\n{PROSE}\n\n{caption}\n\nNICOLE DRAYTON\n\n{MORE}\n"
    assert codes(lint, text, "NL312") == [(5, caption)]


def test_caption_ending_in_its_credit(lint):
    line = "Eastmoor prison is classed as a Category C facility. (FILE)"
    [d] = lint(f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", select=["NL312"])
    assert d.message.startswith("photo caption (with its credit)") and d.end - d.start == len(line)


def test_label_caption(lint):
    line = "Jane Okafor: Global Rowing Ambassador for Harbour Tea."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", "NL312") == [(5, line)]


def test_a_transcripts_turns_are_no_label_captions(lint):
    """A speaker whose label opens another line near it takes turns in a transcript or an interview; a lone
    'label: caption' line is still a caption."""
    turns = ("CALDER: Good evening, and welcome.", "MORROW: Thank you for having me.",
             "CALDER: Harbour repairs first.", "MORROW: Gladly.")
    assert codes(lint, "\n\n".join(("Title", PROSE, *turns, MORE)) + "\n", "NL312") == []
    line = "Jane Okafor: Global Rowing Ambassador for Harbour Tea."
    assert codes(lint, "\n\n".join(("Title", PROSE, line, "Tom Reyes: Chief Executive of Harbour Tea.", MORE))
                 + "\n", "NL312") == [(5, line), (7, "Tom Reyes: Chief Executive of Harbour Tea.")]


MENU = ("Investigations", "Medical Debt Lawsuits", "Vetting Your Pet's Vet", "High School Sports")


def test_a_menu_item_shaped_like_a_caption_is_none(lint):
    """A menu's item between others (two short lines either side, no credit among them) is the page's link, not a
    caption: in a 'label: caption' form, or over a line shaped like a credit; a gallery's captions stand between
    their credits and dates."""
    line = "Jane Okafor: Global Rowing Ambassador for Harbour Tea."
    assert codes(lint, "\n\n".join(("Title", PROSE, *MENU[:2], line, *MENU[2:], MORE)) + "\n", "NL312") == []
    caption = "Staff at the supermarket wait outside during its closure"
    assert codes(lint, "\n\n".join(("Title", PROSE, *MENU[:2], caption, "NICOLE DRAYTON", *MENU[2:], MORE)) + "\n",
                 "NL312") == []
    gallery = ("In pictures", "30 September 2020", caption, "NICOLE DRAYTON", "In pictures", "29 September 2020")
    assert (9, caption) in codes(lint, "\n\n".join(("Title", PROSE, *gallery, MORE)) + "\n", "NL312")


def test_a_caption_shape_in_a_run_of_menu_labels_is_none(lint):
    """The menu test NL315 shares: capitalised labels directly above and below, three or more (a label may run past
    six words or end in '!'), make the line one of the menu's."""
    line = "Jane Okafor: Global Rowing Ambassador for Harbour Tea."
    labels = ("The Best Walks Along The Northern Harbour Coast", "Kick Off!", line, "Garden Notes")
    assert codes(lint, "\n\n".join(("Title", PROSE, *labels, MORE)) + "\n", "NL312") == []


@pytest.mark.parametrize("line", [
    "Background: Colleges are trying out new systems to protect their pupils.",   # prose after a label
    "CITY REVIEW: What do you tell people who ask what your paintings are about?",
    "NOTE: The firm was listed in October 1991.",   # the story's own note (wire results)
    "Editor's note: Names in this story were changed.",
])
def test_labels_of_prose_and_interviews_are_not_captions(lint, line):
    assert codes(lint, f"Title\n\n{PROSE}\n\n{line}\n\n{MORE}\n", "NL312") == []


def test_a_wire_story_as_filed_has_no_captions(lint):
    """The signoff 'Reuter' ends agency copy: its 'label: text' lines are tables, not pictures."""
    table = "NORTH STATE: ASHBY NIL, BROOKVALE NIL, MILLTOWN NIL."
    assert codes(lint, f"Title\n\n{PROSE}\n\n{table}\n\nJane Doe: World Polo Ambassador.\n\nREUTER\n", "NL312") == []
    assert codes(lint, f"Title\n\n{PROSE}\n\n{table}\n\n{MORE}\n", "NL312") == [(5, table)]


def test_prose_above_a_chart_credit_is_not_a_caption(lint):
    prose = "Coal has been in a slow decline. The country now burns half as much. That trend continued."
    text = f"Title\n\n{MORE}\n\n{prose}\n\n(Credit: Clara Mendip / Fieldnotes)\n\n{PROSE}\n"
    assert codes(lint, text, "NL312") == []


def test_a_caption_ending_in_a_labelled_credit(lint):
    caption = ("Two divers sit in a rescue launch after the dive off the coast of Harbury Point.  "
               "Image Credit: Coastguard/Ann Meyrick")
    text = "\n".join(["Kept headline of the story here", PROSE, caption, MORE]) + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]
    prose = "The agency said the credit: the loans would be repaid by March."
    assert lint("\n".join(["Kept headline of the story here", PROSE, prose, MORE]) + "\n", select=["NL312"]) == []


BROKEN = [("Set in the cool hills above the city and among tall trees, ferns and wild orchids, the old barracks "
           "was for a century home to the"),
          "regiment, whose officers laid out its gardens and its parade ground in the 1840s.",
          ("The idea of a station in the hills was first raised by the governor in a letter to the war office in "
           "1840, pointing out that the garrison on the plain suffered from fever. On the plain the"),
          "soldiers died in their hundreds every summer, and the letters to London grew more urgent each year."]
STORY = ("The barracks closed in 1962, when the regiment was disbanded, and the buildings have since been used as "
         "a training school for the country's defence force and as a museum.")


def test_a_sentence_broken_over_two_lines_is_no_caption(lint):
    text = "\n".join([STORY, *BROKEN, STORY.replace("1962", "1963")]) + "\n"
    reported = lines_of(lint, text, "NL312")
    assert not reported, reported


def test_unstopped_captions_among_the_story_are_still_reported(lint):
    """Captions among the story's lines, one over a piece of a broken sentence set apart by a blank line (right under
    it, the piece goes on from it: test_a_line_whose_sentence_goes_on_in_lower_case_right_under_it_is_no_caption)."""
    captions = ["The old parade ground on a misty morning in late autumn above the city",
                "Officers of the regiment outside the mess in a photograph from the 1890s"]
    text = "\n".join([STORY, captions[0], "", BROKEN[1], captions[1], STORY.replace("1962", "1963")]) + "\n"
    assert lines_of(lint, text, "NL312") == captions


def test_caption_above_an_agency_alone(lint):
    caption = "Pupils arrive at a school in the district on the first day of term"
    for credit in ("PA", "Reuters", "AFP via Getty Images", "Getty"):
        text = f"{PROSE}\n\n{caption}\n\n{credit}\n\n{MORE}\n"
        found = lint(text, select=["NL312"])
        assert [d.line for d in found] == [3], credit


def test_wire_signoff_is_no_credit(lint):
    text = f"{PROSE}\n\n{MORE}\n\nReuters\n"
    assert lint(text, select=["NL312"]) == []


def test_caption_and_credit_in_one_paragraph(lint):
    wrapped, more = PROSE.replace(" district ", " district\n"), MORE.replace(" consulted ", " consulted\n")
    text = f"{wrapped}\n\nBest-selling trouble.\nShutterstock/jdoe\n\n{more}\n"  # blocks of lines: paragraphs
    found = lint(text, select=["NL312"])
    assert [d.line for d in found] == [4]
    assert lint(f"{wrapped}\n\n{more}\nReuters\n", select=["NL312"]) == []


def test_unstopped_caption_lines_among_the_story(lint):
    first = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    second = "The reading room of the library, which opened in the years after the war, pictured last summer"
    text = f"{LONG}\n\n{first}\n\n{LATER}\n\n{second}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == [first, second]


def test_an_unstopped_reader_prompt_among_the_story_is_the_prompt_rule_s(lint):
    """A newsletter prompt kept among the story without a stop ('Get … by email … Free Sign Up') is no caption: NL342
    reports it as the site speaking to the reader, and the caption beside it is still found."""
    caption = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    prompt = "Get the Valley Courier's Morning Brief by email and never miss a local headline Free Sign Up"
    text = f"Title\n\n{LONG}\n\n{caption}\n\n{LATER}\n\n{prompt}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == [caption]
    assert [(d.code, text.split("\n")[d.line - 1]) for d in lint(text) if d.line == 9] == [("NL342", prompt)]


def test_a_reading_lists_entries_are_no_captions(lint):
    """A newsletter's reading list among its items: other outlets' headlines, each with its writer and outlet in
    brackets after a dash ('(Jane Doe — Harbour Review)'), are the text's own list, not captions that lost their
    picture; a caption ending in its picture's bracket ('(left)') or credit is still one."""
    entries = ["Why the ferries on the north coast keep running late (Ann Tully — Harbour Review)",
               "The quiet decline of the seaside town library in three charts (Tom Reyes — Coastal Times)"]
    text = f"{LONG}\n\n{entries[0]}\n\n{LATER}\n\n{entries[1]}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == []
    captions = ["Campaigners gather outside the old library on the high street as the council meets (left)",
                "The reading room of the library, which opened in the years after the war, pictured last summer"]
    text = f"{LONG}\n\n{captions[0]}\n\n{LATER}\n\n{captions[1]}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == captions


def test_one_sentence_that_lost_its_stop_stays(lint):
    lost = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    text = f"{LONG}\n\n{lost}\n\n{LATER}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL312") == []


def test_unstopped_headings_and_reported_lines_stay(lint):
    heading = "Why The Council Decided To Close The Old Library On The High Street"
    reported = "He said the council had no choice but to close the building before the winter"
    said = "The leader of the council said the decision had been the hardest of her time in office"
    text = f"{LONG}\n\n{heading}\n\n{LATER}\n\n{reported}\n\n{LAST}\n\n{said}\n\n{LONG}\n"
    assert lines_of(lint, text, "NL312") == []


POST = "https://www.facebook.com/ValleyLibraryTrust/posts/2800731780195723"


@pytest.mark.parametrize("above, below", [
    ("Gather outside –", ""),  # a list's item under its heading, broken after the heading's dash
    ("", POST),  # the text of an embedded post, or the story's pointer to it, over the post's address
])
def test_stopless_lines_of_the_story_beside_a_dash_or_an_embed_stay(lint, above, below):
    """Two stopless lines among the story are captions (test_unstopped_caption_lines_among_the_story), but not the
    text a heading cut off at a dash runs into ('Secure your accounts –'), nor the line over an embedded post."""
    first = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    second = "The reading room of the library, which opened in the years after the war, pictured last summer"
    lines = [LONG, above, first, below, LATER, above, second, below, LAST]
    assert lines_of(lint, "\n\n".join(line for line in lines if line) + "\n", "NL312") == []


LONG_CAPTION = ("Shoppers queue outside a bakery on the first morning that small businesses may open again in the "
                "old town, as the regional government eases the rules it imposed in March. Bakeries, florists and "
                "hardware shops were the first allowed to serve customers, provided that they admit no more than "
                "two people at a time and that staff wear masks and gloves.")


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



def test_a_long_caption_under_its_slide_date_wrapped_by_a_text_browser(lint):
    """w3m and lynx wrap a slide's caption over lines of 80 characters: the block is still one slide's caption."""
    slides = []
    for day, credit in zip(("3 May 2020", "2 May 2020", "1 May 2020"), ("PA", "Reuters", "AP")):
        slides += ["UK news in pictures", day, fill(LONG_CAPTION.replace("March", day[2:]), 78), credit]
    reported = found(lint, "NL312", fill(PROSE, 78), *slides, fill(MORE, 78))
    assert len([r for r in reported if r.startswith("Shoppers queue")]) == 3, reported


SLIDES = (("A port for the fleet", "The navy built a harbour on the coast in 1890 to supply its ships. "
                                    "Workers from three countries were brought in to build it."),
          ("The new railway", "A line to the interior opened in 1905 and carried ore to the harbour."),
          ("Trade and taxes", "Customs duties paid for most of the colony's budget until the war."),
          ("Schools for the few", "Mission schools taught a few hundred children to read by 1900."),
          ("The end of the colony", "The colony was handed over under the peace treaty signed in 1919."))


def test_slides_under_a_gallery_title_repeated_above_each(lint):
    """A gallery that repeats its title above every slide (a heading and its caption): each slide is a caption,
    from its heading to its caption, however it reads; the title itself is the page's furniture (NL311's)."""
    gallery = [line for heading, caption in SLIDES for line in ("Empire at sea: a history", heading, caption)]
    reported = found(lint, "NL312", PROSE, MORE, *gallery, LONG, LATER, separator="\n")
    assert reported == [f"{heading}\n{caption}" for heading, caption in SLIDES], reported
    few = gallery[:3 * 4]  # four: as many as a box of related stories under a repeated label
    assert found(lint, "NL312", PROSE, MORE, *few, LONG, LATER, separator="\n") == []


def test_slides_under_a_gallery_title_with_each_pictures_alt_text_as_pandoc_prints_it(lint):
    """Pandoc prints a gallery's slide as its picture's alt text in brackets (an item of a list), the repeated title,
    the slide's heading and its caption: each slide is a caption, the next slide's picture with it; the last slide
    ends at its caption, the story going on under it."""
    items = [f"-   [Picture {k} of the old harbour at dawn (Tom Reed/Valley Post)]" for k in range(len(SLIDES))]
    gallery = [line for item, (heading, caption) in zip(items, SLIDES)
               for line in (item, "    Empire at sea: a history", f"    {heading}", f"    {caption}")]
    story = [fill(paragraph, 72) for paragraph in (PROSE, MORE, LONG, LATER)]
    reported = found(lint, "NL312", PANDOC_PICTURE, *story[:2], *gallery, *story[2:])
    heading, caption = SLIDES[-1]
    assert reported[-1] == f"{heading}\n\n    {caption}" and len(reported) == len(SLIDES) + 1, reported
    assert not any(LONG[:20] in r for r in reported)


@pytest.mark.parametrize("marker", ["Story continues below", "Empire at sea: a history"])
def test_a_marker_repeated_between_story_paragraphs_heads_no_slides(lint, marker):
    """A marker the page repeats between the story's paragraphs: at uneven distances, or over paragraphs that all
    end like sentences (no heading, date or credit in each stretch), it heads no slide."""
    story = (MORE, LONG, LATER, LAST, STORY, PROSE)
    uneven = [line for k in range(6) for line in (marker, *story[:2 + k % 3])]
    assert found(lint, "NL312", PROSE, *uneven, separator="\n") == []
    even = [line for k in range(6) for line in (marker, story[k], story[k - 1])]
    assert found(lint, "NL312", PROSE, *even, separator="\n") == []


def test_a_story_paragraph_above_a_lone_agency_line_is_no_slide(lint):
    # one credit line in the text: no gallery, and a paragraph of three sentences is the story's
    assert found(lint, "NL312", PROSE, "1 May 2020", LONG_CAPTION, "Reuters", MORE, separator="\n") == []


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


# NL312: a portrait's caption and an artist's work -------------------------------------------------------------
def test_a_description_and_a_name_of_the_story(lint):
    speaker = "Relatives said Jane Doe had left home early on Tuesday to check her traps in the forest."
    assert found(lint, "NL312", PROSE, "Missing hunter, Jane Doe.", speaker, MORE) == ["Missing hunter, Jane Doe."]
    assert found(lint, "NL312", PROSE, "Plymouth, Moor View", speaker, MORE) == []  # a place, one word before it
    assert found(lint, "NL312", PROSE, "Thank you, Jane Doe.", speaker, MORE) == []  # a pronoun: speech
    # a sentence's opening in a story set in short lines, its verb on the next line
    assert found(lint, "NL312", PROSE, "At a press briefing, Jane Doe", speaker, MORE) == []


def test_an_artist_s_works_between_the_paragraphs_of_a_profile(lint):
    profile = "Jane Doe grew up on a farm, and the plants she paints are the ones her grandmother grew there."
    reported = found(lint, "NL312", profile, "Jane Doe: Common Yarrow", PROSE, "Jane Doe: Night Garden, 2022", MORE)
    assert reported == ["Jane Doe: Common Yarrow", "Jane Doe: Night Garden, 2022"]


def test_labels_of_the_page_and_transcript_speakers_are_no_works(lint):
    profile = "Jane Doe grew up on a farm, and the plants she paints are the ones her grandmother grew there."
    for lines in (("Example Weather: Fair and warm", "Example Weather: Showers later"),
                  ("JANE DOE: Yes", "JANE DOE: No"), ("Last Modified: Feb 18, 2020",)):
        assert found(lint, "NL312", profile, *lines, MORE) == [], lines


# NL312, NL315, NL320: pieces joined by wide spaces, a byline cut before its date, a caption with a bracketed credit
def test_a_caption_inside_a_block_joined_by_wide_spaces(lint):
    block = ("The valley's growers pick every grape by hand.  The slopes are too steep for machines.     "
             "Old oak barrels line the walls of the cellar  Most of the wine is sold at the farm gate.  "
             "Little of it ever leaves the region.")
    assert found(lint, "NL312", PROSE, block, MORE) == ["Old oak barrels line the walls of the cellar"]
    menu = "Home  News  Sport  Business  The long read on the valley's growers and their wines  Weather  Contact us"
    assert found(lint, "NL312", PROSE, menu + " " * 3 + PROSE, MORE) == []


def test_a_block_of_pieces_is_never_one_caption_with_its_unlabelled_credit(lint):
    """Its caption is a piece: read whole, the block left once a caption piece is deleted would be reported again."""
    pieces = ("The council met on Tuesday to debate the plan.  Members spoke for two hours before the vote.  "
              "The bypass was first proposed a decade ago.  Jane Doe speaks at the town hall on Tuesday (Reuters)")
    assert found(lint, "NL312", PROSE, pieces, MORE) == []
    caption = "Jane Doe speaks at the town hall. She was elected in May (Reuters)"  # one space: a caption's sentences
    assert found(lint, "NL312", PROSE, caption, MORE) == [caption]
    labelled = "Jane Doe speaks at the town hall.  She was elected in May.Credit: Ann Lee/Valley Post"
    assert found(lint, "NL312", PROSE, labelled, MORE) == [labelled]


# NL312: captions in the shapes extractors leave ---------------------------------------------

def test_caption_ending_in_a_bracketed_photographer_and_outlet(lint):
    caption = "Police Commissioner Ruth Akande said the raid shows how far the trade reaches. (Sam Ortiz/Valley Herald)"
    assert shown(lint, f"{PROSE}\n\n{caption}\n\n{MORE}\n", "NL312") == [caption]


def test_caption_whose_credit_a_converter_wrapped(lint):
    """html2text, lynx and pandoc wrap at a width: the bracketed credit may break over two lines."""
    caption = ("The acting prosecutor Jane Okafor speaks at a news briefing announcing\n"
               "that three men were held for running the scheme. (Tom Reed/Valley\nHerald)")
    story = [fill(paragraph, 78) for paragraph in (PROSE, MORE, LONG)]
    assert shown(lint, "\n\n".join((story[0], caption, *story[1:])) + "\n", "NL312") == [caption]
    wrapped = "Support for the party rose to 40 percent in the survey, the\npollster said. (Reuters/Ipsos\npoll)"
    assert shown(lint, "\n\n".join((story[0], wrapped, *story[1:])) + "\n", "NL312") == []


@pytest.mark.parametrize("caption", [
    "Voters queue outside a polling station at the town hall on May 6, 2023. (KTVL Photo/\nJane Okafor)",
    "People walk along the harbour wall in the old town on Wednesday, March 8,\n   2023. ( AP Photo/Tom\n   Reed)",
])
def test_caption_whose_bracketed_credit_opens_with_a_space_or_follows_a_polling_word(lint, caption):
    """A credit naming a picture is no poll's source, a polling station before it aside; a page may open the
    bracket with a space ('( AP Photo/…)')."""
    story = [fill(paragraph, 78) for paragraph in (PROSE, MORE, LONG)]
    assert shown(lint, "\n\n".join((story[0], caption, *story[1:])) + "\n", "NL312") == [caption.strip()]


@pytest.mark.parametrize("caption", [
    "Crews clear the slip road after a lorry overturned on Monday. (KTVL: Jane Okafor)",
    "Ana Reyes and Tom Bell rehearse a scene on the set of 'Harbour Lights.' (Courtesy)",
    "The mayor at a dinner with the visiting trade envoy on January 30, 2020. (Tom Reed/Pool/AFP)",
    "The finance minister, centre, speaks during a meeting with officials from the region's ports, the harbour "
    "board and the unions at the customs house on Thursday, March 9, 2023. She opened the talks with an appeal "
    "for calm, saying that every berth would stay open and that no worker would lose pay while the repairs run. "
    "The repairs are due to end in May, when the new cranes arrive. (Tom Reed, Pool via AP)",
])
def test_caption_ending_in_an_agencys_or_a_stations_credit(lint, caption):
    """A broadcaster's call sign or an agency labelling its photographer, a bare '(Courtesy)' after a quotation,
    a photographer's outlet in several slashed parts, and an agency's long caption (over 400 characters) ending in
    its photographer's credit."""
    story = [fill(paragraph, 78) for paragraph in (PROSE, MORE, LONG)]
    assert shown(lint, "\n\n".join((story[0], caption, *story[1:])) + "\n", "NL312") == [caption]


def test_caption_whose_credit_lynx_wrapped_with_its_indent(lint):
    """lynx indents the body: the credit's wrap keeps the next line's indent inside the bracket."""
    caption = "   A sticker outside a polling place at the library on May 6, 2023. (KTVL\n   Photo/Jane Okafor)"
    story = [fill(paragraph, 78, initial_indent="   ", subsequent_indent="   ") for paragraph in (PROSE, MORE, LONG)]
    assert shown(lint, "\n\n".join((story[0], caption, *story[1:])) + "\n", "NL312") == [caption.strip()]


@pytest.mark.parametrize("middle", [
    "Shares in the carmaker rose sharply in early trading on Tuesday. (NYSE: Harbour Motors)",
    "The council approved the plan on Tuesday after a long debate. (WATCH: Council Meeting)",
    "The council approved the plan on Tuesday after a long debate on the harbour. " * 6 + "(Jane Doe/Valley Post)",
])
def test_labelled_brackets_and_long_paragraphs_ending_in_a_credit_are_left(lint, middle):
    """A market's label before a company, a prompt's label before a title, and a paragraph of over 400 characters
    ending in a photographer and outlet that no agency's photo credit names are the story's."""
    assert shown(lint, f"{PROSE}\n\n{middle}\n\n{MORE}\n", "NL312") == []


def test_caption_with_its_credit_glued_to_the_last_stop(lint):
    caption = "The dish will allow very fine readings of distant radio sources.Credit: Jane Doe/Valley Wire"
    assert shown(lint, f"{PROSE}\n\n{caption}\n\n{MORE}\n", "NL312") == [caption]


def test_label_caption_line_between_long_lines_of_one_block(lint):
    text = f"{PROSE}\n\n{MORE}\nJane Okafor: Global Rowing Ambassador for Harbour Tea.\n{PROSE}\n"
    assert shown(lint, text, "NL312") == ["Jane Okafor: Global Rowing Ambassador for Harbour Tea."]


@pytest.mark.parametrize("middle", [
    "Support for the party rose to 40 percent in the survey. (Reuters/Ipsos)",
    "Officials said the toll was rising. (Reporting by Jane Doe/Editing by John Smith)",
])
def test_bracketed_sources_in_prose_are_not_credits(lint, middle):
    assert shown(lint, f"{PROSE}\n\n{middle}\n\n{MORE}\n", "NL312") == []


def test_a_hard_wrapped_block_has_no_caption_lines():
    """Within a block of short (hand-wrapped) lines, a 'Label: caption.' line is a line of the text, not a caption."""
    from newslint.rules.lines.captions import _caption_lines

    block = ("The ministry said on Tuesday that the new rules, which\nJane Okafor: Head of school board.\n"
             "would apply in the district from the start of the next term, were agreed.")
    assert list(_caption_lines(block)) == []
    unwrapped = block.replace("which\n", "which " + "x" * 60 + "\n").replace("\nwould", "\nwould" + " y" * 30)
    assert [unwrapped[a:b] for a, b, _ in _caption_lines(unwrapped)] == ["Jane Okafor: Head of school board."]


def test_caption_with_credit_as_the_last_line_of_a_block(lint):
    caption = "Police Commissioner Ruth Akande said the raid shows how far the trade reaches. (Sam Ortiz/Valley Herald)"
    assert shown(lint, f"{PROSE}\n\n{MORE}\n{caption}\n", "NL312") == [caption]


def test_caption_lines_inside_a_block():
    caption = "Police Chief Jane Orrell said the raid throws a light on smuggling. (Tom Reddle/Valley Herald)"
    label = "Jane Okafor: Global Rowing Ambassador for Harbour Tea."
    text = f"{PROSE}\n\n{MORE}\n{label}\n{PROSE}\n{caption}\n"
    assert block_findings(text, "NL312") == [label, caption]


@pytest.mark.parametrize("line", ["CAUGHT ON CAMERA", "HOUSE RULES", "Courtesy Call",
                                  "Do Not Sell/Share My Personal Information", "(In Memoriam)"])
def test_a_heading_or_link_of_everyday_words_is_no_credit(lint, line):
    caption = "Pupils arrive at the school gates on the first day of term"
    assert found(lint, "NL312", PROSE, caption + ".", line, MORE) == []


@pytest.mark.parametrize("line", ["JANE OKAFOR", "KWAME DE SOUZA", "Courtesy Okafor Studio", "(Jane Okafor)",
                                  "Jane Okafor/Valley Post", "Photo / Jane Okafor"])
def test_a_credit_names_someone(lint, line):
    caption = "Pupils arrive at the school gates on the first day of term."
    assert found(lint, "NL312", PROSE, caption, line, MORE) == [f"{caption}\n\n{line}"]


@pytest.mark.parametrize("paragraph", [
    "But the new timetable leaves the old bus routes in place until the spring.",
    "The same cannot be said of the secondary schools, whose rules stay as they were.",
    "The new timetable is not what you would expect from a council short of money.",
])
def test_a_paragraph_going_on_from_the_story_above_a_credit_is_no_caption(lint, paragraph):
    assert found(lint, "NL312", PROSE, paragraph, "Jane Okafor/Valley Post", MORE) == []


def test_a_bracketed_pair_of_everyday_words_ending_a_paragraph_is_no_credit(lint):
    caption = "Pupils arrive at the school gates on the first day of term."
    assert found(lint, "NL312", PROSE, f"{caption} (Jane Okafor/Valley Post)", MORE) \
        == [f"{caption} (Jane Okafor/Valley Post)"]
    assert found(lint, "NL312", PROSE, f"{caption} (Local News/Weather)", MORE) == []


# a caption (or a teaser's headline) that the paragraph under it restates ---------------------------------------------

_RESTATED_CAPTION = "Firefighters found Sunday a stolen van hidden inside a barn being cleared near the old quarry in Elmbridge."
_RESTATING_LEAD = ("Surrey Fire and Rescue Service (SFRS) crews found Sunday a stolen van (a white Transit) hidden inside a "
                   "barn being cleared near the old quarry in Elmbridge, the county council said on Tuesday. The van had "
                   "been missing for three weeks.")


def test_caption_the_lead_restates(lint):
    assert found(lint, "NL312", "Published on May 10, 2022", _RESTATED_CAPTION, _RESTATING_LEAD, MORE) \
        == [_RESTATED_CAPTION]


def test_caption_the_lead_restates_under_a_byline_line(lint):
    """The caption's own line, a byline between it and the lead; or the caption with the byline run on after it."""
    assert found(lint, "NL312", _RESTATED_CAPTION, "By SURREY FIRE AND RESCUE", _RESTATING_LEAD, MORE) \
        == [_RESTATED_CAPTION]
    assert found(lint, "NL312", f"{_RESTATED_CAPTION} By SURREY FIRE AND RESCUE", _RESTATING_LEAD, MORE) \
        == [_RESTATED_CAPTION]


def test_caption_the_lead_restates_wrapped_by_a_text_browser_under_a_menu(lint):
    """A text browser wraps both paragraphs (the caption's middle split by a break and an indent) and joins the
    page's menu into one long block above them (the picture's file name between): the story begins at its first
    paragraph of prose, not at the menu."""
    menu = "\n".join(f"   * {label}" for label in ("Home", "Local news", "Sport", "Weather", "Business", "Opinion",
                                                    "Entertainment", "Lifestyle", "Obituaries", "Classifieds",
                                                    "Contact us", "Advertise with us", "Subscribe", "E-edition",
                                                    "Puzzles and games", "Events calendar", "Letters to the editor",
                                                    "Terms of use", "Privacy policy", "Cookie settings"))
    caption, lead = fill(_RESTATED_CAPTION, 60), fill(_RESTATING_LEAD, 70)
    text = f"Van found in barn\n\n{menu}\n\n[barn-van.jpg]\n\n{caption}\n\n{lead}\n\n{fill(MORE, 70)}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]


def test_teaser_headline_its_excerpt_restates(lint):
    """A box of the latest stories above this one: a headline, its date and an excerpt that says it again."""
    headline = "Rain hits ACL Harbour Tea Store Inter Club twenty overs cricket..."
    excerpt = ("Round two games in the Ashby Cricket League (ACL) Harbour Tea Store Inter Club twenty overs cricket "
               "competition were hit hard by rain. The tournament which is open to sides in the...")
    assert found(lint, "NL312", "Latest", headline, "May 06, 2022", excerpt, "Read More", PROSE, MORE) == [headline]


@pytest.mark.parametrize("paragraphs", [
    # a summary lead that the story restates: a phrase shared, not most of its words
    ("The country's biggest tea importer has announced it will not allow any new warehouses to be built at the port.",
     "Jane Okafor, a spokeswoman for the port authority, said it will not allow any new warehouses to be built, "
     "including joint ventures, adding that the U.S. firm's plan had been turned down.", MORE),
    # a pull quote between two paragraphs of the story (NL311's), which the next paragraph says in other words
    (PROSE, "The old rules pushed every school towards selling its playing fields and indirectly fed the housing boom.",
     "Teachers said the old rules pushed every school towards selling its playing fields and so indirectly fed the "
     "housing boom in the town, according to the report published on Monday by the union.", MORE),
    # a line given twice whole (a repeated line, not a caption), and the story's paragraph repeated at its head
    ("The council will meet again on Thursday to agree the budget for the coming year.",
     "The council will meet again on Thursday to agree the budget for the coming year. Councillors said the vote "
     "would be close, and the mayor, Sir John Doe, urged them to back the plan.", MORE),
    # edited copy: names, 'U.S.', a quotation over two paragraphs, the lead's words said again in other words
    ("The U.S. ambassador, Jane Okafor, has said the harbour talks will resume in London next month.",
     "\u201cThe harbour talks will resume, and we will be ready for them,\u201d Ms Okafor told the BBC's Today "
     "programme, adding that the organisation of the talks had been agreed with the Foreign Office.",
     "\u201cWe have not given up on a settlement. The colour of the agreement matters less than its substance.",
     "\u201cThe talks will resume in London next month, whatever the critics say.\u201d", MORE),
    # the same instruction for two browsers: the next line is no longer than a caption's lead
    ("For the first browser:", "Click the green shield in your toolbar and choose Allowed on this site.",
     "For the second browser:", "Click the green shield in your toolbar and choose Blocked on this site today."),
])
def test_story_paragraphs_sharing_words_are_no_captions(lint, paragraphs):
    assert found(lint, "NL312", *paragraphs) == []


# a box of other stories' cards under the story: each headline without a stop over its teaser (made-up text)
CARDS = [("Harbour town votes to keep its ferry service running through the winter months",
          "Councillors agreed after a long debate that the crossing should run on weekdays until the spring, with "
          "fares held at last year's level."),
         ("Retired miners open a small museum in the old pit canteen near the station",
          "Volunteers spent three years collecting lamps, helmets and letters from families across the valley for "
          "the display."),
         ("Cyclists ask for a safer route along the river after a winter of floods",
          "A petition signed by riders of every age calls on the county to raise the towpath and light it in the "
          "evenings."),
         ("Village bakery wins a national prize for its rye loaf and seeded rolls",
          "The judges praised the crust and the flavour of the bread, which the owners still bake in a wood oven "
          "every morning.")]


def test_the_headlines_of_a_box_of_cards_are_no_captions(lint):
    """Four stopless headlines or more, each two lines below the one before (over its teaser): other stories'
    cards, not captions among the story; three such lines are still captions."""
    cards = [line for card in CARDS for line in card]
    assert lines_of(lint, "\n".join([LONG, LATER, LAST, *cards]) + "\n", "NL312") == []
    three = [line for card in CARDS[:3] for line in card]
    assert lines_of(lint, "\n".join([LONG, LATER, LAST, *three]) + "\n", "NL312") == [card[0] for card in CARDS[:3]]


def test_the_headlines_of_cards_with_their_dates_are_no_captions(lint):
    """A whole page kept one element a line sets each card's date between its headline and its teaser: headlines
    three lines apart are cards too."""
    dated = [line for k, (headline, teaser) in enumerate(CARDS) for line in (headline, f"1{k}.03.2021", teaser)]
    assert lines_of(lint, "\n".join([LONG, LATER, LAST, *dated]) + "\n", "NL312") == []


def test_a_gallery_title_repeated_over_its_slides_makes_no_cards(lint):
    """A title repeated over each slide, three lines apart, is one line, not four cards' headlines: a caption beside
    it among the story is still reported."""
    title = "Harbour town through the years in pictures"
    slides = [line for k, (_, teaser) in enumerate(CARDS) for line in (title, f"Slide heading number {k + 1}", teaser)]
    caption = "The reading room of the library, which opened in the years after the war, pictured last summer"
    second = "Campaigners gather outside the old library on the high street as the council meets to decide its future"
    text = "\n".join([*slides, caption, LONG, LATER, second, LAST]) + "\n"
    assert caption in lines_of(lint, text, "NL312")


def test_a_box_of_cards_leaves_a_caption_among_the_story(lint):
    """The cards' headlines still count among the page's stopless lines: with them, one caption among the story is
    no sentence that lost its stop."""
    caption = "The reading room of the library, which opened in the years after the war, pictured last summer"
    cards = [line for card in CARDS for line in card]
    text = "\n".join([LONG, caption, LATER, LAST, *cards]) + "\n"
    assert lines_of(lint, text, "NL312") == [caption]


def test_a_sentence_broken_at_its_links_is_no_caption(lint):
    """A whole page kept one element a line breaks a sentence at each link: the piece before a short link line,
    under which the sentence goes on in lower case or after a comma, is the story's (made-up text)."""
    pieces = ["The new timetable was drawn up after a long debate in which councillors backed",
              "the Rural Transport Act (2021)", "in March, with the first buses due in the autumn.",
              "Operators expect the changes to bring in more passengers than", "the old contract (with the county)",
              ", which ran out at the end of the year."]
    text = "\n".join([LONG, LATER, *pieces[:3], LAST, *pieces[3:], PROSE]) + "\n"
    assert lines_of(lint, text, "NL312") == []
    kept = [pieces[0], "Rural Transport Act", "In March the first buses came.",
            pieces[3], "County Contract (2019)", "Which ran out at the end of the year."]
    text = "\n".join([LONG, LATER, *kept[:3], LAST, *kept[3:], PROSE]) + "\n"
    assert lines_of(lint, text, "NL312") == [pieces[0], pieces[3]]  # (no sentence goes on under the short lines)


def test_a_sentence_broken_at_its_links_going_on_in_pieces_is_no_caption(lint):
    """Under a piece of a sentence a whole page broke at a link, the next piece may open in lower case without ending
    the sentence (the stop comes on a line of its own after the link), or open with the stop itself: the story's."""
    pieces = ["Harbour councillors have the most backing among the parish groups in the valley, per",
              "a count kept by the local history society of the valley and its parishes", ".",
              "The long list of candidates at the start of the year showed how unsure the parishes were",
              ". Most of them still expected the ferry vote to decide the contest in the end."]
    text = "\n".join([LONG, LATER, *pieces[:3], LAST, *pieces[3:], PROSE]) + "\n"
    assert lines_of(lint, text, "NL312") == []


def test_a_sentence_broken_at_an_agency_link_is_no_caption_over_its_credit(lint):
    pieces = ["Bus companies in the region may gain from the change, and if they do,", "Reuters", "and",
              "other agencies", "expect fares to fall over the next two years."]
    assert lines_of(lint, "\n".join([LONG, LATER, *pieces, PROSE]) + "\n", "NL312") == []


def test_a_credit_over_an_address_in_lower_case_still_closes_its_caption(lint):
    """An e-mail address under a credit line is no sentence going on past a link: the caption is reported with its
    credit."""
    caption = "Volunteers clear the towpath after the floods near the old lock, left, and the boathouse."
    text = "\n".join([LONG, LATER, caption, "Photos: Jane Doe and John Roe/Valley Post", "jdoe@example.com", PROSE]) + "\n"
    [finding] = lint(text, select=["NL312"])
    assert text[finding.start:finding.end] == f"{caption}\nPhotos: Jane Doe and John Roe/Valley Post"


# NL312: an image's alt text printed beside its caption ---------------------------------------------------------------
def test_an_alt_text_with_its_credit_in_brackets_and_the_caption_under_it(lint):
    alt, caption = "Jane Okafor (picture-alliance/dpa/J. Roe)", "Jane Okafor helped plan the harbour festival"
    assert found(lint, "NL312", PROSE, alt, caption, MORE) == [f"{alt}\n\n{caption}"]
    alone = "A crowded ferry (DW/J. Roe)"  # the line under it is the story's
    assert found(lint, "NL312", PROSE, alone, MORE) == [alone]


def test_an_alt_text_in_square_brackets_over_its_wrapped_caption(lint):
    """Pandoc's plain text sets a picture as its alt text in square brackets (so its credit's parts need no agency or
    initial); the caption under it may wrap."""
    alt, caption = "[Jane Okafor (picture-alliance/dpa/J. Roe)]", "Jane Okafor helped plan the harbour festival\nthis year"
    assert found(lint, "NL312", fill(PROSE, 72), alt, caption, fill(MORE, 72)) == [f"{alt}\n\n{caption}"]
    drawing = "[A drawing of the old harbour (valleyarchive/HPL)]"  # (a picture: its credit's parts need no known name)
    assert found(lint, "NL312", fill(PROSE, 72), drawing, fill(MORE, 72)) == [drawing]
    assert found(lint, "NL312", fill(PROSE, 72), drawing[1:-1], fill(MORE, 72)) == []


def test_bracketed_pairs_that_credit_no_picture_are_left(lint):
    for line in ("Greater Harbour Metro (IL/MO)", "Pupils and staff (morning/evening)",
                 "The council (and/or its agents)"):
        assert found(lint, "NL312", PROSE, line, MORE) == [], line
    # no prose near: a menu's or a list's line
    assert found(lint, "NL312", "Jane Okafor (dpa/J. Roe)", "Jane Okafor helped plan the festival") == []


# NL312: the lines Pandoc's Markdown sets inside a div the page names a caption's or a credit's ----------------------------
def test_lines_inside_a_caption_or_credit_div_of_pandoc_markdown(lint):
    caption = "Jane Okafor, left, opens the new\nharbour library on Monday."
    text = (f"Library opens\n\n{fill(PROSE, 72)}\n\n::: {{#attachment_12 .wp-caption .alignleft}}\n"
            f"[![](https://example.org/library.jpg){{.wp-image-12\nwidth=\"214\" height=\"210\"}}](https://example.org/library.jpg)\n\n"
            f"{caption}\n:::\n\n::: photo-credits\nJane Doe\n:::\n\n{fill(MORE, 72)}\n")
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption, "Jane Doe"]


def test_lines_of_other_divs_and_of_a_div_nested_in_a_caption_div_are_left(lint):
    text = (f"Library opens\n\n::: article-body\n{fill(PROSE, 72)}\n:::\n\n::: caption\n::: audio-overlay\n::: title\n"
            f"Harbour library opens on Monday\n:::\n:::\n:::\n\n::: {{.credit-card-offer}}\nSee the offer\n:::\n\n"
            f"{fill(MORE, 72)}\n")
    assert lint(text, select=["NL312"]) == []


# NL312: a span of Pandoc's Markdown whose class names a caption or a credit ------------------------------------------------
def test_spans_of_pandoc_markdown_that_the_page_names_a_caption_or_a_credit(lint):
    credit = "[Courtesy\nHarbour Museum]{.media-credit}"
    caption = "[Jane Okafor opens the new library]{#c1 .caption}"
    text = (f"Library opens\n\n{fill(PROSE, 72)}\n\n![The old reading room, 1910.\n{credit}](https://example.org/a.jpg)\n\n"
            f"{caption}\n\n{fill(MORE, 72)}\n")
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [credit, caption]


def test_spans_of_other_classes_or_attributes_are_left(lint):
    spans = ("[Read more]{.more-link}", "[Apply today]{.credit-card-offer}", '[the new library]{data-caption="x"}',
             "[Harbour Museum]{#caption}", "[Harbour\n\nMuseum]{.caption}")
    text = f"Library opens\n\n{fill(PROSE, 72)}\n\n" + "\n\n".join(spans) + f"\n\n{fill(MORE, 72)}\n"
    assert lint(text, select=["NL312"]) == []


# NL312: a caption printed twice (an alt text glued to its copy, a text browser's lead picture) -------------------------
def test_an_alt_text_glued_to_its_own_copy_and_the_caption_under_it(lint):
    """A lazy-loaded picture and its copy for readers without scripts print the alt text twice, glued; the caption
    under the picture repeats it."""
    alt = "Jane Okafor: Rowing Ambassador for Harbour Tea"
    doubled = f"{alt}Jane Okafor: Rowing\nAmbassador for Harbour Tea\n{alt}."
    story, more = fill(PROSE, 72), fill(MORE, 72)  # (a whole page wrapped: a block is a paragraph)
    assert found(lint, "NL312", story, doubled, more) == [doubled]
    assert found(lint, "NL312", story, alt + alt, more) == [alt + alt]
    assert found(lint, "NL312", PROSE, alt + alt, MORE) == [alt + alt]  # (a line a paragraph: its glue is a cue)


def test_a_caption_and_its_credit_printed_twice_in_a_wrapped_block(lint):
    """A text browser prints the lead picture's caption and its credit twice, in the block of the byline under it."""
    copy = ("   Volunteers clear the towpath after the floods near the old lock\n"
            "   on a grey morning at the end of the week.\n   (Jane Doe/Valley Post)\n")
    block = f"{copy}{copy}   By Tom Reyes | treyes@example.com"
    text = "Towpath cleared\n\n" + "\n\n".join(fill(p, 72, initial_indent="   ", subsequent_indent="   ")
                                              for p in (PROSE, MORE)) + f"\n\n{block}\n\n" + fill(LONG, 72) + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [(copy + copy).strip()]


def test_an_alt_text_over_the_caption_that_repeats_it_with_a_credit(lint):
    alt = "Dogs rest in the shade of the old market hall\nin the afternoon."
    story, more = fill(PROSE, 72), fill(MORE, 72)
    assert found(lint, "NL312", story, alt, f"{alt} Jane Doe/Reuters files", more) == [alt]
    assert found(lint, "NL312", story, alt, alt, more) == []  # (no credit: a paragraph printed twice)


def test_an_alt_text_and_its_caption_on_one_wrapped_line(lint):
    """A text browser sets an inline picture's alt text and its caption a space apart, wrapped at 72 columns (the
    copy's first words broken over a wrap), the last copy with a stop."""
    copies = ("   Jane Okafor: Harbour Festival Planner of the Year Jane\n"
              "   Okafor: Harbour Festival Planner of the Year Jane Okafor: Harbour\n"
              "   Festival Planner of the Year.")
    story, more = (fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in (PROSE, MORE))
    assert found(lint, "NL312", story, copies, more) == [copies.strip()]
    cards = "   Harbour town votes to keep its ferry Harbour town votes to keep its ferry"
    assert found(lint, "NL312", story, cards, more) == []  # (no stop: a card's headline beside its picture's)
    said = "   The ferry will run all winter long this year. The ferry will run all winter long this year. Fares stay."
    assert found(lint, "NL312", story, said, more) == []  # (the story goes on after the copies)


def test_an_alt_text_said_three_times_alone_in_its_paragraph(lint):
    """lynx prints a lazy-loaded picture's alt text three times (the picture, its script's copy, its fallback's),
    wrapped, with no stop: a caption; twice with no stop is a card's headline beside its picture's, and three copies
    the story goes on after are the story's."""
    thrice = ("     Ferry Crews Train for the Winter Crossings Ferry Crews Train for the\n"
              "   Winter Crossings Ferry Crews Train for the Winter Crossings")
    story, more = (fill(p, 72, initial_indent="   ", subsequent_indent="   ") for p in (PROSE, MORE))
    assert found(lint, "NL312", story, thrice, more) == [thrice.strip()]
    twice = "   Ferry Crews Train for the Winter Crossings Ferry Crews Train for the Winter Crossings"
    assert found(lint, "NL312", story, twice, more) == []
    assert found(lint, "NL312", story, f"{thrice} They start on Monday.", more) == []


# Pandoc's plain text prints a picture as its alt text in square brackets, a paragraph of its own
PANDOC_PICTURE = "[]"  # (a picture without an alt text: the page's other pictures)


def test_a_pictures_alt_text_in_brackets_is_a_caption(lint):
    """A paragraph that is only an alt text in brackets, on a page whose pictures Pandoc printed so, wrapped or not,
    inside the story or in a list of other stories' cards."""
    story, more = fill(PROSE, 72), fill(MORE, 72)
    alt = "[Volunteers load sandbags onto a trailer beside the flooded\ntowpath]"
    assert found(lint, "NL312", PANDOC_PICTURE, story, alt, more) == [alt]
    card = "[Rowers carry their boat down to the river at dawn]"
    headline = "Harbour regatta returns after a three-year break"
    assert found(lint, "NL312", PANDOC_PICTURE, story, more, "Latest", card, headline) == [card]


def test_a_pictures_alt_text_in_brackets_over_its_caption_or_with_its_credit(lint):
    """Pandoc prints a picture's alt text in brackets over the caption that repeats it, a sentence with its stop
    (not a card's headline), or with the picture's credit after it on its line."""
    story, more = fill(PROSE, 72), fill(MORE, 72)
    caption = "Volunteers load sandbags onto a trailer beside the flooded\ntowpath on Monday."
    alt = f"[{caption}]"
    assert found(lint, "NL312", PANDOC_PICTURE, story, alt, caption, "JANE OKAFOR", more)[0] == alt
    credited = "[Two rowers carry their boat down to the river.] Tom Reed/USA TODAY Sports"
    assert found(lint, "NL312", PANDOC_PICTURE, story, credited, more) == [credited]
    headline = "Is the harbour regatta back for good?"
    assert found(lint, "NL312", PANDOC_PICTURE, story, more, f"[{headline}]", headline) == []
    assert found(lint, "NL312", PANDOC_PICTURE, story, "[Two rowers carry their boat down.] and then more", more) == []


def test_bracketed_lines_that_are_no_pictures_alt_text_are_left(lint):
    """A site's logo or a form's button in brackets (no lower-case word after the first), an editor's note, a card
    whose headline repeats its picture's alt text (the card is furniture), a page with no other bracketed line, and
    text around brackets are no caption."""
    story, more = fill(PROSE, 72), fill(MORE, 72)
    for line in ("[Valley Post Homepage]", "[Send My Password]", "[Note: the figures above are for the year to May.]",
                 "[Editor's note: this story was first published in March.]", "[Flood]", "[A] dog in the [park] today"):
        assert found(lint, "NL312", PANDOC_PICTURE, story, line, more) == []
    alt = "[Harbour regatta returns after a three-year break]"
    assert found(lint, "NL312", PANDOC_PICTURE, story, more, alt, "Sport", alt.strip("[]")) == []
    assert found(lint, "NL312", story, "[Volunteers load sandbags onto a trailer by the towpath]", more) == []


def test_lines_printed_twice_without_a_credit_or_glue_are_left(lint):
    """A headline or a paragraph printed twice on lines of their own is no caption; nor a short label glued twice."""
    headline = "Harbour Library Opens Its Doors Again"
    assert found(lint, "NL312", f"{headline}\n{headline}", PROSE, MORE, separator="\n\n") == []
    assert found(lint, "NL312", PROSE, f"{MORE}\n{MORE}", LONG) == []
    assert found(lint, "NL312", PROSE, MORE, MORE, LONG) == []
    assert found(lint, "NL312", PROSE, "Read moreRead more", MORE) == []


def test_the_pages_headline_and_standfirst_over_an_agency_and_the_date_are_no_captions(lint):
    """A whole page prints its headline, the standfirst without a final stop, the agency that wrote the story and
    the date over the story: the agency signs the story, not a picture; a caption over its credit inside the story
    is still found."""
    headline = "Library hours cut as council trims its budget"
    standfirst = "The old library on the high street will open three days a week from the spring"
    caption = "Staff at the library pack up books in the reading room on Monday"
    menu = ["Home", "News", "Sport", "Weather", "Puzzles", "Subscribe", "Sign in"]
    top = "\n\n".join([*menu, headline, standfirst, "Reuters", "Updated: January 16, 2020"])
    text = f"Title\n\n{top}\n\n{PROSE}\n\n{MORE}\n\n{LONG}\n\n{LATER}\n\n{LAST}\n"
    assert codes(lint, text, "NL312") == []
    text = text.replace(f"{LONG}\n\n", f"{LONG}\n\n{caption}\n\nNICOLE DRAYTON\n\n")
    assert [line for _, line in codes(lint, text, "NL312")] == [caption]


# a text browser's box of lines (lynx, w3m: a caption, its credit and the next card's headline printed without a
# blank line between them, which the parse keeps as one paragraph)

def _laid_out(*blocks):
    """A page as lynx prints it: each block's paragraphs wrapped at 72 columns, indented three spaces, blocks a blank
    line apart; a block given as a list is a box of lines, each paragraph of it wrapped on its own."""
    def lines(block):
        return [fill(part, 72, initial_indent="   ", subsequent_indent="   ") for part in block]
    return "Library hours cut\n\n" + "\n\n".join("\n".join(lines(b)) if isinstance(b, list) else lines([b])[0]
                                                  for b in blocks) + "\n"


BOX_CAPTION = ("Volunteers sort donated coats at the community hall on Saturday morning before the winter appeal "
               "opened its doors")
STORY_BLOCKS = (PROSE, MORE, LONG, LATER, LAST)


def _reported(lint, text):
    return [" ".join(text[d.start:d.end].split()) for d in lint(text, select=["NL312"])]


@pytest.mark.parametrize("credit", ["Photo: Jane Doe", "Jane Doe/Valley Post", "Courtesy of the Harbour Trust"])
def test_a_caption_above_its_credit_inside_a_text_browsers_box(lint, credit):
    """The caption, wrapped over two lines, and its credit are pieces of a box of lines with other cards' lines:
    reported with the credit, the card's headline under them left."""
    box = ["Related", BOX_CAPTION, credit, "Winter appeal raises a record sum for the shelters"]
    text = _laid_out(*STORY_BLOCKS[:3], box, *STORY_BLOCKS[3:])
    assert _reported(lint, text) == [f"{BOX_CAPTION} {credit}"]


def test_a_caption_ending_in_its_credit_inside_a_text_browsers_box(lint):
    caption = f"{BOX_CAPTION}. (Jane Doe/Valley Post)"
    box = ["Related", caption, "Winter appeal raises a record sum for the shelters", "By Jane Roe"]
    text = _laid_out(*STORY_BLOCKS[:3], box, *STORY_BLOCKS[3:])
    assert _reported(lint, text) == [caption]


@pytest.mark.parametrize("under", ["Reuters", "By Jane Doe", "Jane Doe"])
def test_a_deck_above_a_byline_in_a_text_browsers_box_is_no_caption(lint, under):
    """A story's deck over its byline or its agency (no picture's word, no slash) is the page's head, no caption."""
    box = [BOX_CAPTION, under, "Updated: May 3, 2021"]
    assert _reported(lint, _laid_out(box, *STORY_BLOCKS)) == []


def test_clean_wrapped_prose_of_a_text_browser_stays(lint):
    """A short final paragraph, a one-line quotation, a sub-heading and a box of lines whose piece is over a line
    that credits nothing stay."""
    quotation = "\u201cWe will keep the doors open as long as we can,\u201d she said."
    box = ["Opening hours", BOX_CAPTION, "Monday to Friday, nine to five", "Saturday, ten to one"]
    text = _laid_out(PROSE, "What happens next", MORE, quotation, LONG, box, LATER, "The vote is on Monday.")
    assert _reported(lint, text) == []


def test_a_pictures_alt_text_with_its_credit_as_an_item_of_pandocs_list(lint):
    """Pandoc prints a gallery of pictures as a list, each picture's alt text and credit in brackets after the item's
    mark, wrapped at 72 columns; a list item of the story's is left."""
    story, more = fill(PROSE, 72), fill(MORE, 72)
    item = "-   [Rowers carry their boat down to the river at dawn (picture-alliance /\n    dpa/J. Roe)]"
    assert found(lint, "NL312", PANDOC_PICTURE, story, item, more) == [item]
    assert found(lint, "NL312", PANDOC_PICTURE, story, "-   Rowers carry their boat down to the river (at dawn)",
                 more) == []


def test_a_pictures_alt_text_alone_as_an_item_of_pandocs_list(lint):
    """A gallery or a box of pictures Pandoc printed as a list: an item that is only a picture's alt text in brackets
    is a caption; an item of a logo, a card's picture whose headline repeats it, or a picture and a headline in one
    item is left."""
    story, more = fill(PROSE, 72), fill(MORE, 72)
    item = "-   [Rowers carry their boat down to the river at dawn]"
    assert found(lint, "NL312", PANDOC_PICTURE, story, item, more) == [item]
    headline = "Harbour regatta returns after a three-year break"
    for items in (["-   [Valley Post Homepage]"], [f"-   [{headline}]", f"    {headline}"],
                  [f"-   [Rowers carry their boat down to the river]\n    {headline}"]):
        assert found(lint, "NL312", PANDOC_PICTURE, story, *items, more) == [], items


_MENU = "HomeNewsSport Sign In WorldPoliticsBusiness Jobs PodcastsContactAbout"  # a whole page's menus, links glued


def _glued(*blocks, menu=_MENU):
    """A whole page written without separators between its blocks (BeautifulSoup's get_text()): its menu's links and
    its sentences glued."""
    footer = "".join(f"Letter {n}: the bus timetable changes on Monday." for n in range(80))  # (its length)
    return "Title\n\n" + menu + "".join(blocks) + "\n" + footer + "\n"


def test_a_caption_block_glued_to_its_credit_on_a_page_without_separators(lint):
    caption = "Pupils queue outside the school gates before the first lesson."
    credit = "Photograph by Jane Okafor, Harbour Pictures"
    text = _glued(PROSE, MORE, "\n", caption, credit, LONG, LATER)
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption + credit]


def test_a_caption_block_ending_in_a_bracketed_credit_on_a_page_without_separators(lint):
    caption = "A teacher reads to pupils in the new library in 2019. (Jane Okafor/Harbour Post)"
    text = _glued("HomeSchoolsSign In", caption, PROSE, MORE, LONG, LATER)
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption]


def test_a_caption_block_without_a_stop_over_a_photo_credit_on_a_page_without_separators(lint):
    caption = "Pupils queue outside the school gates before the first lesson"
    credit = "Photo: Jane Okafor/Harbour Post"
    text = _glued(PROSE, MORE, LAST, "\n", caption, credit, LONG, LATER)
    assert [text[d.start:d.end] for d in lint(text, select=["NL312"])] == [caption + credit]


def test_blocks_of_the_story_and_quotations_before_a_credit_are_no_caption(lint):
    credit = "Photograph by Jane Okafor, Harbour Pictures"
    story = _glued(PROSE, MORE, "\n", PROSE + " " + MORE + " " + LONG, credit, LATER)
    quoted = _glued(PROSE, MORE, "\n", "\u201cWe will keep the library open for as long as we can,\u201d she said.", credit,
                    LONG, LATER)
    heading = _glued(PROSE, MORE, "Plans for the new term", LONG, LATER)
    illustrated = _glued(PROSE, MORE, "Schools get a new timetable", "Illustration: Jane Okafor/Harbour Post", LONG,
                         LATER)
    for text in (story, quoted, heading, illustrated):
        assert lint(text, select=["NL312"]) == []


def test_a_caption_shape_before_a_credit_in_a_page_with_separators_is_left_to_the_other_forms(lint):
    text = "Title\n\n" + PROSE + "\n\nPupils queue outside the school gates before the first lesson.Photograph by Jane " \
           "Okafor, Harbour Pictures The council voted on Monday night to close the old library.\n\n" + MORE + "\n"
    assert not any("without separators" in d.message for d in lint(text, select=["NL312"]))


def test_a_one_line_article_with_glued_sentences_and_no_menu_is_no_page_without_separators(lint):
    caption = "Pupils queue outside the school gates before the first lesson."
    credit = "Photograph by Jane Okafor, Harbour Pictures"
    glued = _glued(PROSE, MORE, "\n", caption, credit, LONG, LATER)
    one_line = _glued(PROSE, MORE, "\n", caption, credit, LONG, LATER, menu="NewsSport ")
    # (a scraped article's share buttons, glued to the word before them)
    shared = _glued(PROSE, MORE, "\n", caption, credit, LONG, LATER,
                    menu="Share withEmailFacebookMessenger, withTwitterPinterestReddit or viaWhatsAppLinkedInCopy ")
    short = "Title\n\n" + _MENU + "".join((PROSE, MORE, "\n", caption, credit, LONG, LATER)) + "\n"  # (no whole page)
    assert any("without separators" in d.message for d in lint(glued, select=["NL312"]))
    for text in (one_line, shared, short):
        assert not any("without separators" in d.message for d in lint(text, select=["NL312"]))


# a text browser's figure: the picture's alt text printed over its caption, which says it again ---------------------

ALT_TEXT = "Volunteers stack sandbags along the towpath as the river rises on Sunday."


def test_an_alt_text_ending_a_text_browsers_box_over_its_caption_with_its_credit(lint):
    """lynx prints the lead picture's alt text on the lines under the byline and the date, in their box, and the
    caption under it repeats it with its credit: the alt text's lines are reported, not the box's head."""
    box = ["By Jane Roe", "Updated: May 3, 2021", ALT_TEXT]
    text = _laid_out(PROSE, box, f"{ALT_TEXT} Jane Doe/Reuters files", *STORY_BLOCKS[1:])
    assert ALT_TEXT in _reported(lint, text)
    assert not any(line.startswith("By Jane Roe") for line in _reported(lint, text))


def test_an_alt_text_alone_over_its_caption_copy_and_the_credit(lint):
    """w3m prints the alt text as a paragraph of its own (on a page of wrapped lines), the caption's copy under it and
    the credit under that."""
    story, more, long = fill(PROSE, 72), fill(MORE, 72), fill(LONG, 72)
    reported = found(lint, "NL312", story, more, ALT_TEXT, ALT_TEXT, "NICOLE DRAYTON", long)
    assert reported == [ALT_TEXT, f"{ALT_TEXT}\n\nNICOLE DRAYTON"]


def test_an_alt_text_ending_a_text_browsers_box_over_its_caption_alone(lint):
    """The caption under the alt text that ends a box of the byline and the date may say it again without a credit."""
    box = ["By Jane Roe", "Updated: May 3, 2021", ALT_TEXT]
    assert ALT_TEXT in _reported(lint, _laid_out(PROSE, box, ALT_TEXT, *STORY_BLOCKS[1:]))
    card = ["More from the valley", ALT_TEXT]  # (a box with no date line: another story's card, the page's furniture)
    assert ALT_TEXT not in _reported(lint, _laid_out(PROSE, card, ALT_TEXT, *STORY_BLOCKS[1:]))


def test_a_paragraph_printed_twice_without_a_credit_is_no_alt_text(lint):
    """The story's paragraph printed twice on its own, with no credit under the copy or over a wire story's signoff,
    and a box's last line that the story's next paragraph opens with and goes on from, are no picture's."""
    sentence = "The council will meet again on Monday to decide how the repairs are paid for."
    assert found(lint, "NL312", fill(PROSE, 72), fill(MORE, 72), sentence, sentence, "Reuters") == []
    assert found(lint, "NL312", fill(PROSE, 72), sentence, sentence, fill(MORE, 72)) == []
    box = ["By Jane Roe", "Updated: May 3, 2021", sentence]
    assert _reported(lint, _laid_out(f"{PROSE} {MORE} {LONG}", box, f"{sentence} {LATER}", LAST)) == []


# Markdown headings and a live blog's entry titles are no captions

def test_a_markdown_heading_is_no_caption(lint):
    """A heading the lead under it restates ('### …') and an underlined heading with a name in it are the page's
    headings (markdownify)."""
    heading = "### " + _RESTATED_CAPTION
    assert found(lint, "NL312", "Published on May 10, 2022", heading, _RESTATING_LEAD, MORE) == []
    headline = "Harbour Mayor Jane Doe at the Opening of the Ferry Terminal"
    speaker = "Jane Doe said the ferry terminal would open to the public on Monday morning at nine."
    underlined = f"{headline}\n{'=' * len(headline)}"
    assert found(lint, "NL312", PROSE, underlined, speaker, MORE) == []
    assert found(lint, "NL312", PROSE, headline, speaker, MORE) == [headline]


def test_a_live_blogs_entry_title_printed_twice_is_no_artists_work(lint):
    profile = "Jane Doe grew up on a farm, and the plants she paints are the ones her grandmother grew there."
    title = "Jane Doe: Harbour Exhibition Opens"
    assert found(lint, "NL312", profile, "18:28 KEY EVENT", title, title, PROSE, MORE) == []


# unstopped captions in a text browser's or Pandoc's wrapped text

WRAPPED_CAPTIONS = ["Campaigners gather outside the old library on the high street as the council meets to decide its "
                    "future", "The reading room of the library, which opened in the years after the war, pictured "
                    "last summer by a visitor from the county archive"]


def _wrapped(*paragraphs):
    return "Library hours cut\n\n" + "\n\n".join(fill(p, 72) for p in paragraphs) + "\n"


def test_unstopped_captions_wrapped_over_lines_among_the_story(lint):
    text = _wrapped(LONG, WRAPPED_CAPTIONS[0], LATER, WRAPPED_CAPTIONS[1], LAST)
    assert [" ".join(text[d.start:d.end].split()) for d in lint(text, select=["NL312"])] == WRAPPED_CAPTIONS


@pytest.mark.parametrize("lines", [
    # a reading list's entries, lynx's link number before the outlet
    ("Why the ferries on the north coast keep running late and what the harbour board plans (Ann Tully — [12]Harbour "
     "Review)", "The quiet decline of the seaside town library told in three charts and a map of closures (Tom Reyes — "
     "[13]Coastal Times)"),
    # the site speaking to its reader
    ("Type your address in the form below for the harbour town's own round-up of local news each weekday morning",
     "Join the club's mailing list and we will send you the morning headlines and the best reads of the week"),
])
def test_wrapped_stopless_lines_of_the_page_stay(lint, lines):
    assert lint(_wrapped(LONG, lines[0], LATER, lines[1], LAST), select=["NL312"]) == []


def test_an_embedded_posts_text_is_no_caption(lint):
    post = "Swimming at dawn in the cold harbour with the whole club this morning and we all survived it"
    lines = [LONG, "View this post on Instagram", post, "A post shared by Harbour Swim Club (@harbourswim)", LATER,
             WRAPPED_CAPTIONS[0], LAST]
    assert post not in lines_of(lint, "\n\n".join(lines) + "\n", "NL312")
    assert post in lines_of(lint, "\n\n".join(line.replace("A post shared by", "Taken by") for line in lines) + "\n",
                            "NL312")


def test_a_line_whose_sentence_goes_on_in_lower_case_right_under_it_is_no_caption(lint):
    """A stopless line whose sentence goes on in lower case on the line right under it, no blank line between (one
    paragraph of a page Pandoc wrapped at 72 columns, which the parse split where a word joined by a no-break space
    did not fit; or a page kept one element a line), is the story's; the same line with a blank line and a sentence
    of its own under it stays a caption among the story (test_unstopped_caption_lines_among_the_story)."""
    caption = "The reading room of the library, which opened in the years after the war, pictured last summer"
    line = "The town of Harbourside itself became a major part of Westshire"
    goes_on = ("coastal\xa0trade\xa0history in 1884, when the harbour board opened the new quay to the steamers from "
               "the south and the west of the country.")
    menu = "\n\n".join(f"Section {k}" for k in range(30))  # (a whole page: most of its blocks one line)
    head = f"Library hours cut\n\n{menu}\n\n" + "\n\n".join(fill(p, 72) for p in (PROSE, MORE, LONG, caption, LATER))
    text = f"{head}\n\n{line}\n{fill(goes_on, 72)}\n\n{fill(LAST, 72)}\n"
    assert lint(text, select=["NL312"]) == []  # (one stopless line left: one may be a sentence that lost its stop)
    apart = fill(goes_on[0].upper() + goes_on[1:], 72)
    text = f"{head}\n\n{line}\n\n{apart}\n\n{fill(LAST, 72)}\n"
    assert [" ".join(text[d.start:d.end].split()) for d in lint(text, select=["NL312"])] == [caption, line]
    one_a_line = "\n".join([LONG, caption, LATER, line, goes_on.replace("\xa0", " "), LAST]) + "\n"
    assert lint(one_a_line, select=["NL312"]) == []
