"""NL311/NL312, round six: pull quotes, labelled links, headings with nothing under them, labels beside
furniture, captions above a credit that is only an agency's name (made-up text)."""

from conftest import lines_of


PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")
QUOTED = ("The head of the largest union was blunt. \u201cWe were told nothing until the letters arrived, "
          "and that is no way to run a school system,\u201d she said after the meeting on Wednesday.")


def test_pull_quote_repeating_the_story_is_furniture(lint):
    pull = "\u201cWe were told nothing until the letters arrived.\u201d"
    text = f"{PROSE}\n\n{pull}\n\n{QUOTED}\n\n{MORE}\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_pull_quote_said_in_mid_sentence_later(lint):
    pull = "Unlike the unions, the ministry had a plan for every school."
    later = ("Critics disagreed. But unlike the unions, the ministry had a plan for every school, "
             "which it published in full on its website the same afternoon.")
    text = f"{PROSE}\n\n{pull}\n\n{MORE}\n\n{later}\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_short_sentence_said_once_and_headline_in_title_stay(lint):
    title = "Ministry sets new rules for every school in the district | The Daily Example"
    headline = "Ministry sets new rules for every school in the district"
    text = f"{title}\n\n{headline}\n\n{PROSE}\n\nThe talks lasted for more than six months.\n\n{MORE}\n"
    assert "The talks lasted for more than six months." not in lines_of(lint, text, "NL311")
    assert headline not in lines_of(lint, text, "NL311")


def test_labelled_link_between_paragraphs(lint):
    for link in ("Read: Why the school year is getting longer everywhere",
                 "RELATED: The ten best school lunches of the decade",
                 "Jane Doe: The district is becoming unaffordable for teachers"):
        text = f"{PROSE}\n\n{link}\n\n{MORE}\n"
        assert lines_of(lint, text, "NL311") == [link], link


def test_label_and_question_or_short_heading_stay(lint):
    for line in ("Q: What happens to pupils who have already enrolled?",
                 "Step 2: Apply",
                 "Note: Figures for the last term are provisional",
                 "The plan: more teachers, smaller classes and longer days."):
        text = f"{PROSE}\n\n{line}\n\n{MORE}\n"
        assert lines_of(lint, text, "NL311") == [], line


def test_heading_with_nothing_under_it_at_the_end(lint):
    for last in ("Recent Posts", "The Verdict", "Related"):
        text = f"{PROSE}\n\n{MORE}\n\n{last}\n"
        assert lines_of(lint, text, "NL311") == [last], last


def test_text_ending_in_a_sentence_or_a_signature_keeps_it(lint):
    for last in ("It will be reviewed next year.", "– Jane Doe", "Figures from 2023"):
        text = f"{PROSE}\n\n{MORE}\n\n{last}\n"
        assert lines_of(lint, text, "NL311") == [], last


def test_section_label_beside_furniture(lint):
    text = f"{PROSE}\n\n{MORE}\n\nLatest News\n\nShare this article on Facebook\n\nSubscribe\n"
    assert "Latest News" in lines_of(lint, text, "NL311")


def test_subheading_beside_a_credit_stays(lint):
    text = f"{PROSE}\n\nJane Doe/Reuters\n\nBudget Questions Remain\n\n{MORE}\n\n{QUOTED}\n\n{PROSE}\n"
    assert "Budget Questions Remain" not in lines_of(lint, text, "NL311")


def test_caption_above_an_agency_alone(lint):
    caption = "Pupils arrive at a school in the district on the first day of term"
    for credit in ("PA", "Reuters", "AFP via Getty Images", "Getty"):
        text = f"{PROSE}\n\n{caption}\n\n{credit}\n\n{MORE}\n"
        found = lint(text, select=["NL312"])
        assert [d.line for d in found] == [3], credit


def test_wire_signoff_is_no_credit(lint):
    text = f"{PROSE}\n\n{MORE}\n\nReuters\n"
    assert lint(text, select=["NL312"]) == []


def test_date_glued_after_the_last_sentence(lint):
    dek = "The island was written off for a century. What brought it back?Monday, 6 January 2020"
    found = lint(f"{PROSE}\n\n{dek}\n\n{MORE}\n", select=["NL314"])
    assert [dek[d.column - 1:] for d in found] == ["Monday, 6 January 2020"]
    found = lint(f"{PROSE}\n\nTalks ended late.March 3, 2021\n\n{MORE}\n", select=["NL314"])
    assert [d.line for d in found] == [3]


def test_date_in_a_sentence_or_after_a_space_stays(lint):
    for text in (f"{PROSE} The rules were first proposed on 6 January 2020", "It began in 2019. March 3, 2021"):
        assert lint(f"{MORE}\n\n{text}\n\n{MORE}\n", select=["NL314"]) == [], text


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


def test_caption_and_credit_in_one_paragraph(lint):
    wrapped, more = PROSE.replace(" district ", " district\n"), MORE.replace(" consulted ", " consulted\n")
    text = f"{wrapped}\n\nBest-selling trouble.\nShutterstock/jdoe\n\n{more}\n"  # blocks of lines: paragraphs
    found = lint(text, select=["NL312"])
    assert [d.line for d in found] == [4]
    assert lint(f"{wrapped}\n\n{more}\nReuters\n", select=["NL312"]) == []


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
