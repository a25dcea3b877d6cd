"""NL311 and NL342, issue 12 (helper 12l, round nine), from extractor output nobody labelled: a table of the story
flattened one cell a line, a list of the story, headings over paragraphs (one the paragraph under it takes up, a
question, a subheading with everyday web words, a short heading over a sentence to the reader) are the story's; the
furniture beside them, a heading ending the text and the site's disclosures and consent boxes are reported (made-up
text only)."""

from conftest import lines_of

from newslint.furniture import shapes_of
from newslint.rules.lines.furniture import (_flattened_tables, _heading_between_prose, _heads_next_paragraph,
                                            _question_heading)

VOTE_OPENING = ("Campaigners have asked readers to write to their local councillors before next week's vote on the "
           "future of the town's two libraries, which the council says it can no longer afford to keep open.")
CLOSING = ("The council's finance committee will meet on Tuesday, and a final decision is expected before the end "
           "of the month, a spokesman for the authority said on Friday evening.")
WARDS = [("Northgate", "Alice Brennan"), ("Riverside", "Tom Okafor"), ("Castle Hill", "Dr Priya Nair"),
         ("Mill End", "Sir Robert Vane"), ("Eastfield", "Grace Liu"), ("Harbour", "Owen Pryce")]


def table_text(*, heading="Ward\nCouncillor\nEmail address"):
    rows = [f"{ward}\n{name}\n{name.split()[-1].lower()}@towncouncil.example.org" for ward, name in WARDS]
    return "\n".join([VOTE_OPENING, "COUNCILLORS: WARD, NAME AND EMAIL ADDRESS", heading, *rows, CLOSING]) + "\n"


def test_a_table_flattened_one_cell_a_line_is_the_story(lint):
    text = table_text()
    assert lines_of(lint, text, "NL311") == []
    texts = text.strip().split("\n")
    assert _flattened_tables(texts, shapes_of(texts)) == set(range(1, len(texts) - 1))


def test_a_table_of_figures_is_the_story(lint):
    teams = ["Harbour Rovers", "12", "Mill End United", "11", "Castle Hill", "9", "Riverside Albion", "7",
             "Northgate Town", "4", "Eastfield", "2"]
    text = "\n".join([VOTE_OPENING, "Points after ten rounds", *teams, CLOSING]) + "\n"
    assert lines_of(lint, text, "NL311") == []


def test_a_menu_and_a_dated_list_of_headlines_are_no_table(lint):
    """A menu has no column of figures, a list of related headlines has dates (no figures), and a table at the foot
    of a page, with no story after it, is the page's."""
    menu = ["Home", "News", "Sport", "Business", "Weather", "Contact us", "Subscribe", "Newsletters"]
    related = ["Library hours cut again", "November 8, 2023", "Council approves parking plan", "November 7, 2023",
               "Bridge to close for repairs", "November 6, 2023", "Market traders win appeal", "November 5, 2023"]
    for run in (menu, related):
        texts = [VOTE_OPENING, *run, CLOSING]
        assert _flattened_tables(texts, shapes_of(texts)) == set()
    texts = table_text().strip().split("\n")[:-1]
    assert _flattened_tables(texts, shapes_of(texts)) == set()


SERVICES = ("The county council gave an update this evening on its services as the new restrictions take hold, "
            "saying that libraries will move to a collection service and that offices remain open.")
POOLS = ("Swimming pools run by the authority will stay open for individual use only, and bookings must be made "
         "by telephone at least a day ahead.")


def test_a_heading_the_paragraph_under_it_takes_up_is_the_story(lint):
    heading = "County council share update on services"
    text = "\n".join([VOTE_OPENING, "Home", "News", "Sport", heading, SERVICES, POOLS]) + "\n"
    reported = lines_of(lint, text, "NL311")
    assert heading not in reported and "News" in reported, reported


def test_a_related_headline_whose_words_the_next_paragraph_lacks_is_still_judged():
    texts = [VOTE_OPENING, "Share your views on the ferry timetable", SERVICES, POOLS]
    assert not _heads_next_paragraph(texts, shapes_of(texts), 1)
    texts = [VOTE_OPENING, "County council share update on services", SERVICES, POOLS]
    assert _heads_next_paragraph(texts, shapes_of(texts), 1)
    texts = [VOTE_OPENING, "Sign up to the county council newsletter on services", SERVICES, POOLS]
    assert not _heads_next_paragraph(texts, shapes_of(texts), 1)  # a word that is only the page's


def test_a_short_heading_over_a_sentence_to_the_reader_is_no_label(lint):
    signoff = "We are logging off for the night but we will be back from seven with all the latest from the county."
    text = "\n".join([VOTE_OPENING, "You can reach the newsroom on Facebook, Twitter, Instagram, or email news@example.org",
                      "Goodnight", signoff, CLOSING]) + "\n"
    assert "Goodnight" not in lines_of(lint, text, "NL311")
    text = "\n".join([VOTE_OPENING, "You can reach the newsroom on Facebook, Twitter, Instagram, or email news@example.org",
                      "Newsletter", "Get the newsletter in your inbox every morning with all of the news from the county.",
                      CLOSING]) + "\n"
    assert "Newsletter" in lines_of(lint, text, "NL311")


def test_ranks_and_a_widget_of_counts_are_no_table():
    """Ranks counting up before headlines (a list of the most read) and a widget of counts among a menu are the page's."""
    ranked = [x for k, headline in enumerate(["Library hours cut again", "Council approves parking plan",
                                              "Bridge to close for repairs", "Market traders win appeal"], 1)
              for x in (str(k), headline)]
    texts = [VOTE_OPENING, "Most read", *ranked, CLOSING]
    assert _flattened_tables(texts, shapes_of(texts)) == set()
    menu = ["Home", "News", "Sport", "Business", "Weather", "Opinion", "Topics", "Politics", "2560", "Crime", "3551",
            "Local", "3727", "Society", "6521", "Contact us", "Newsletters", "Advertise", "Careers", "Archive"]
    texts = [VOTE_OPENING, *menu, CLOSING]
    assert _flattened_tables(texts, shapes_of(texts)) == set()


def test_a_name_over_the_paragraph_that_names_it_is_still_judged():
    """A name alone over a paragraph that opens with it is a byline over a bio, no heading: the model reads it."""
    bio = ("Jane Fairweather is a staff writer who covers the county council, its budget and its libraries, and "
           "she has reported from the town hall since 2015.")
    texts = [VOTE_OPENING, CLOSING, "Jane Fairweather", bio]
    assert not _heads_next_paragraph(texts, shapes_of(texts), 2)


def test_a_heading_whose_words_open_the_paragraph_in_another_form_is_no_caption(lint):
    """'… to close' over '… will be closed …': the heading's words come back in the paragraph under it, inflected."""
    heading = "Harbour attractions - the Lighthouse's gallery to close"
    museum = ("They said the lighthouse will be closed from tomorrow and will open again for weekends only "
              "from the end of October, when the winter timetable begins.")
    text = "\n".join([VOTE_OPENING, SERVICES, heading, museum, CLOSING]) + "\n"
    assert heading not in lines_of(lint, text, "NL311")
    related = "Harbour attractions - ferry operator to cut winter sailings"
    text = "\n".join([VOTE_OPENING, SERVICES, related, museum, CLOSING]) + "\n"
    assert related in lines_of(lint, text, "NL311")


STORY_END = ("The festival returns next summer, and the organisers said they hoped to double the number of stages "
             "on the common after this year's crowds.")


def test_disclosures_consent_and_a_comment_form_are_the_site_speaking(lint):
    prompts = ["Affiliate disclosure: we may earn a commission on purchases made through the links in our guides.",
               "This review mentions products of our partners. We may receive compensation when you click on links.",
               "By signing up, you agree to our terms",
               "I agree to my personal data being stored and used to receive the newsletter",
               "Use the comment form below to begin a discussion about this story."]
    for prompt in prompts:
        text = "\n".join([VOTE_OPENING, STORY_END, prompt]) + "\n"
        assert lines_of(lint, text, "NL342") == [prompt], prompt


def test_the_same_words_in_the_story_are_no_prompt(lint):
    """Compensation a story reports, a minister's comments, consent in quoted speech and a commission of inquiry."""
    story = ["Victims of the flooding will receive compensation from the state fund, the minister said on Monday.",
             "The company said its affiliate in Ireland would pay a commission to the agents who sold the policies.",
             "\"I agree to the terms of the settlement,\" the farmer told the court after the hearing on Friday.",
             "Use of the park by dog walkers drew comments from residents at the meeting of the parish council.",
             "Councillors who signed up to the scheme agree to publish their expenses online every quarter."]
    text = "\n".join([VOTE_OPENING, *story, STORY_END]) + "\n"
    assert lines_of(lint, text, "NL342") == []


def test_a_heading_at_the_end_after_a_review_or_a_prompt_is_furniture(lint):
    review = ("It asks you to weigh the urge for action against the need to care for your group, with no easy "
              "answers, and it forms a cohesive, uncomfortable whole.")
    prompt = "Lastly, read our Terms and Conditions and Privacy Policy"
    for before in (review, prompt):
        text = "\n".join([VOTE_OPENING, STORY_END, before, "The Verdict"]) + "\n"
        assert "The Verdict" in lines_of(lint, text, "NL311"), before


def test_a_list_of_the_story_one_item_a_line_is_the_story(lint):
    items = ["Alice Brennan", "Tom Okafor", "Grace Liu"]
    for after in ([], [CLOSING]):
        text = "\n".join([VOTE_OPENING, "The winners of this year's prizes were:", *items, *after]) + "\n"
        assert lines_of(lint, text, "NL311") == [], after


def test_links_under_a_prompt_of_the_page_are_still_furniture(lint):
    text = "\n".join([VOTE_OPENING, CLOSING, "Share this article with your friends:", "Facebook", "Twitter", "WhatsApp",
                      "Email"]) + "\n"
    assert {"Facebook", "Twitter"} <= set(lines_of(lint, text, "NL311"))


def test_a_question_heading_a_section_is_the_story(lint):
    text = "\n".join([VOTE_OPENING, "What happens next?", CLOSING, "Who is affected?", SERVICES]) + "\n"
    assert lines_of(lint, text, "NL311") == []


def test_a_related_headline_as_a_question_in_title_case_is_still_judged():
    texts = [VOTE_OPENING, "Do Parties Or Voters Choose The Next President?", CLOSING, SERVICES]
    assert not _question_heading(texts, shapes_of(texts), 1)
    texts = [VOTE_OPENING, "Have a question? Subscribe to the newsletter?", CLOSING, SERVICES]
    assert not _question_heading(texts, shapes_of(texts), 1)


def test_subheadings_with_everyday_words_of_the_web_are_the_story(lint):
    headings = ["Share prices fall", "Home truths", "Back to the drawing board"]
    body = [VOTE_OPENING, headings[0], SERVICES, headings[1], POOLS, headings[2], CLOSING]
    assert lines_of(lint, "\n".join(body) + "\n", "NL311") == []


def test_buttons_between_paragraphs_are_still_judged():
    for button in ("Read more", "Share this", "Image zoom", "Most popular stories"):
        texts = [VOTE_OPENING, button, SERVICES, POOLS]
        assert not _heading_between_prose(texts, shapes_of(texts), 1), button
