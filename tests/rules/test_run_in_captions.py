"""NL317: a caption, label, heading or list item without a full stop run into the next sentence of a flattened page,
and the candidate seams of the caption model; prose with the same shapes stays. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED, STORY, captioned, flattened


@pytest.mark.parametrize("run_in, reported", [
    ("Why the town still argues about the old market hall In her report, the inspector found",
     "hall In"),  # a related link run into a flattened page
    ("Her family launched an appeal in her memory as a gift to the school And while they wait, they",
     "school And"),  # a caption run in
])
def test_and_or_in_after_a_word_without_a_stop_in_a_flattened_page(lint, run_in, reported):
    text = SPACED * 5 + run_in + " the plan. " + SPACED * 5
    assert reported in shown(lint, text, "NL317")


def test_and_or_in_without_a_stop_in_a_short_paragraph_are_left_to_the_editor(lint):
    # edited copy that lost a stop, in paragraphs of its own length: not a page's caption
    text = ("Sales of tinned soup slipped by 2.7% In the US, revenue grew by 1.5% despite weak sales in Europe.\n\n"
            "She called for the town to leave the Valley Water Board In her speech, she said the vote was a chance.\n")
    assert shown(lint, text, "NL317") == []


# NL317: a caption or fact-box label in capitals, in a flattened page (a paragraph of 1,000+ characters)
LONG_STORY = " ".join([STORY] * 5)


@pytest.mark.parametrize("seam, label", [
    (". ", "CLAIM:"),                  # after a sentence: '… votes. CLAIM: MP Jane Doe is…'
    (" ", "ONLINE BRAGGING:"),         # after a caption without its stop: '… inflated ONLINE BRAGGING: Morgan…'
    (". ", "REASON IT MIGHT HAPPEN:"),  # a fact box's heading
    (". ", "REALLY?"),                 # a caption asked as a question: '… purchased. REALLY? Jane Doe's…'
    (" ", "WHERE'S THE BUS?"),         # the same after a caption without its stop
])
def test_a_label_in_capitals_runs_into_a_flattened_page(lint, seam, label):
    text = (f"Title\n\n{LONG_STORY} The mayor's claims appear to be significantly inflated{seam}{label} Jane Doe "
            f"says the figures were checked twice by the council. {LONG_STORY}\n")
    found = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert found == [label]


@pytest.mark.parametrize("prose", [
    "The mayor later told the BBC: Nobody was hurt in the fire.",        # a source named before a colon
    "He starred in the series CSI: Miami for three years.",              # a title with an acronym
    "The chairman told FEMAIL: The courses attract all kinds of people.",
    "Would he rather go in with the SDLP? He would not say.",            # an acronym asked about
    "The chairman asked: WHY? Nobody in the room could answer him.",      # a question after a verb of saying
    "She asked the crowd, 'WHERE IS IT?' Nobody answered for a minute.",  # a question in quotation marks
])
def test_capitals_before_a_colon_or_a_question_mark_in_prose_are_left_alone(lint, prose):
    text = f"Title\n\n{LONG_STORY} {prose} {LONG_STORY}\n"
    assert lint(text, select=["NL317"]) == []


def test_a_capital_label_in_a_short_paragraph_is_left_alone(lint):
    text = f"Title\n\n{STORY} CLAIM: Jane Doe says the figures were checked twice by the council.\n"
    assert lint(text, select=["NL317"]) == []


def test_a_numbered_list_whose_line_breaks_were_lost(lint):
    items = ("1. Liquorice is one of his favourite snacks 2. Lentil soup is one of his favourite meals "
             "3. He does a thousand sit-ups a day during camp 4. He uses barbecue sauce on hot dogs")
    text = f"Title\n\n{LONG_STORY} He revealed a dozen oddities about himself. {items} {LONG_STORY}\n"
    found = {text[d.start:d.end]: d.message for d in lint(text, select=["NL317"])}
    assert "4 items" in found[items[:items.index("4. ") + 2]]
    assert "dogs The" in found  # the last item runs into the story: the seam of a line without a stop


@pytest.mark.parametrize("prose", [
    # items that end with their stops: a list kept in one paragraph on purpose
    "The plan has three steps. 1. Build the bridge. 2. Open the road. 3. Close the ferry.",
    # numbers that do not count up from one
    "He finished 2. Smith was 5. Jones came 9. Brown did not finish the race at all.",
])
def test_lists_that_keep_their_stops_or_do_not_count_up_are_left_alone(lint, prose):
    text = f"Title\n\n{LONG_STORY} {prose} {LONG_STORY}\n"
    assert lint(text, select=["NL317"]) == []


def test_caption_seams_not_after_words_no_sentence_ends_on():
    from newslint import captions
    from tests.test_captions import CAPTION, STORY, TAIL
    inside = ("Hundreds of people marched through the old town square on Saturday at a 'We Want Answers' rally "
              "against the closure, and the organisers said a petition titled \u201cThe Harbour Belongs To Us\u201d "
              "had been signed by residents from the days of Chancellor Otto von Bismarck to the Northshire v "
              "Southdale derby crowd and many others who came along without a ticket or any banner at all. ")
    text = STORY + inside + TAIL
    seams = {(c.before, c.word) for c in captions.candidates(text)}
    assert not seams & {("a", "'We"), ("titled", "\u201cThe"), ("von", "Bismarck"), ("v", "Southdale")}, seams
    # the caption seam of a flattened page is still a candidate and still reported
    assert [c.word for c in captions.seams(STORY + CAPTION + TAIL)] == ["Without"]


def test_a_quoted_title_after_a_naming_verb_is_no_run_in_caption(lint):
    from tests.test_captions import STORY, TAIL
    named = ("Supporters of the harbour plan have formed a group called 'We back the harbour' and a second group "
             "dubbed 'They never listen' has answered with a petition. ")
    text = "Title\n\n" + STORY + named + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == []
    caption = ("The harbour master stands beside the new crane on the quay at dawn 'We were told nothing about "
               "the plan,' one fisherman said. ")
    text = "Title\n\n" + STORY + caption + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["dawn 'We"]



def test_a_quotation_opened_with_i_after_a_name_is_a_run_in_caption(lint):
    text = flattened(CAPTION_BEFORE_I, copies=5)
    assert "Kellsworth 'I" in shown(lint, text, "NL317")


CAPTION_BEFORE_I = ("The young baker says the rent of her first shop took most of what she earned in Kellsworth 'I had "
                    "to sell my bike to pay for the ovens,' she said.")


@pytest.mark.parametrize("text", [
    flattened("The baker was telling her customers 'I had to sell my bike to pay for the ovens' as she served them.",
              copies=5),  # after a lower-case word
    flattened("The baker turned to Marta Kell and said 'I had to sell my bike to pay for the ovens' before she left.",
              copies=5),  # a verb of saying before the name
    "Title\n\n" + CAPTION_BEFORE_I + "\n\n" + SPACED + "\n",  # a story of short paragraphs
])
def test_a_quotation_opened_with_i_in_speech_or_a_short_paragraph_is_no_run_in(lint, text):
    assert not [seam for seam in shown(lint, text, "NL317") if seam.endswith("'I")]

# NL317 leaves the caption model's seams that lie inside one noun phrase (made-up sentences of a flattened page)
PHRASE_PAGE = ("The home side had offered 4,500 Harbour fans tickets for the return fixture at the coast. "
               "Fans at the shops in Leeds, York, Hull, and Harrogate Central branches can buy the shirt early. "
               "The three judges Lady Justice Harland, Lord Justice Penrose and Sir Michael Dunne agreed on the fine. "
               "The line runs under the hills through the Kestrel Tunnel, dug by hand in the last century. "
               "The tunnel is closed on Sundays. ")
CAPTION_PAGE = ("The striker scores the winner in front of 12,000 fans at the ground on Saturday Police said the crowd "
                "had been calm. The new stand was opened by the club's owner at the Riverside Ground The club said "
                "the stand cost more than expected. The manager celebrates with his players after the win in "
                "Harrogate, York and Leeds The three cities will host the final rounds. "
                "Home News Travel and Leisure Contact us for the travel pages. ")


def _long_stretch(page):
    """The page eight times over as one stretch without a stop (the caption model looks only at long ones)."""
    return (page.replace(". ", ", and ") + " ") * 8


def _candidates(text):
    from newslint import captions
    return {(c.before, c.word): c for c in captions.candidates(text)}


@pytest.mark.parametrize("before, word", [
    ("500", "Harbour"),    # a count with a thousands separator: what follows is what it counts
    ("Harrogate", "Central"),  # the last of a list of names, after ', and'
    ("Justice", "Penrose"),  # a list of names that goes on: 'Penrose and Sir Michael'
    ("Kestrel", "Tunnel"),  # a name's second word, which the page also writes in lower case
])
def test_a_model_seam_inside_a_noun_phrase_is_no_caption_seam(before, word):
    from newslint.rules.boilerplate.run_in import _inside_a_phrase
    text = _long_stretch(PHRASE_PAGE)
    assert _inside_a_phrase(text, _candidates(text)[before, word])


@pytest.mark.parametrize("before, word", [
    ("Saturday", "Police"),  # a caption's time, then a sentence opening with a common noun
    ("Ground", "The"),       # a caption's place, then a sentence opener
    ("Leeds", "The"),        # the last of a list, then a sentence opener
    ("News", "Travel"),      # a run of labels before 'and', with no comma of a list: a menu, not one name
])
def test_a_caption_seam_beside_a_name_or_a_count_stays_a_seam(before, word):
    from newslint.rules.boilerplate.run_in import _inside_a_phrase
    text = _long_stretch(CAPTION_PAGE)
    assert not _inside_a_phrase(text, _candidates(text)[before, word])


def test_speech_run_on_without_its_stop_inside_a_quotation_is_no_run_in(lint):
    from tests.test_captions import STORY, TAIL
    said = ("The manager was asked about the player. 'He trains harder than anyone I have worked with and he never "
            "complains even when he is left out of the side too He just gets on with it,' he said. ")
    text = "Title\n\n" + STORY + said + TAIL + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == []
    # the same words outside a quotation: a caption's end and the next sentence
    caption = said.replace("'He trains", "He trains").replace(",' he said", "")
    text = "Title\n\n" + STORY + caption + TAIL + "\n"
    assert "too He" in [text[d.start:d.end] for d in lint(text, select=["NL317"])]


# a sentence opener NL317 reports ('…on the coast Another costly…'), then a weaker model seam a few words on: the
# sentence the opener began is still going ('costly Rovers player'), so no caption ends there
OPENER_PAGE = ("Rovers fans were left waiting at Valley Park for the new season. Sam Poe (pictured) races past the "
               "Harbour defence during the second half of the league match on the coast Another costly Rovers player, "
               "the £20m striker John Roe, has struggled for form since he joined the club from the coast last summer "
               "and was left out again. Rovers will play again on Saturday.")


def test_a_model_seam_just_after_a_reported_opener_is_inside_its_sentence(lint):
    from rule_texts import flattened
    text = flattened(OPENER_PAGE, copies=5)
    reported = shown(lint, text, "NL317")
    assert "coast Another" in reported and "costly Rovers" not in reported


@pytest.mark.parametrize("words_between, inside", [(1, True), (4, True), (5, False), (12, False)])
def test_how_far_after_an_opener_a_caption_may_end(words_between, inside):
    from newslint.rules.boilerplate.run_in import _just_after_an_opener
    text = "the coast Another" + " word" * words_between + " Harbour fans"  # the opener and its next words
    opener = text.index(" Another")
    assert _just_after_an_opener(text, {opener}, text.index(" Harbour")) is inside
    assert not _just_after_an_opener(text, set(), text.index(" Harbour"))


def test_a_speakers_name_after_its_title_is_no_caption_label(lint):
    """'Mr. Doe: We…' in a transcript set out in one paragraph: the title's stop ends no sentence, so the name after
    it is no caption label run in after a sentence; a label after a sentence's own stop is still found."""
    turns = ("The hearing on the ferry contract went on for most of Thursday afternoon, with both sides going over the "
             "same ground before the chair called a halt. Mr. Hendry: We have waited long enough for the pier to be "
             "mended, and the town deserves an answer this week. Dr. Bowden: The money is simply not there this year.")
    assert shown(lint, f"Title\n\n{turns}\n", "NL317") == []
    text = f"Title\n\n{turns} The vote came at the end. Proud mum: Jean with her son after the meeting.\n"
    assert shown(lint, text, "NL317") == ["end. Proud"]


# NL317 leaves a model seam where the name goes on with the sentence (made-up sentences of a flattened page): the
# rest of a noun phrase opened by a determiner and an adjective, a verb's object after 'to', names joined by 'and'
CLAUSE_PAGE = ("The survey found the voters most likely to vote Labour in the spring were older than the rest. "
               "The plan would change if either wins Northgate and East Vale in the spring. "
               "The report named the latest Northerners accused of tipping waste near the river. ")
# the same words before caption seams, a sentence after them: a noun after the determiner ('the top'), a noun after
# 'to' ('to sunlight'), a verb before a name that opens the next sentence ('lose Harbour Town have'), a name that a
# helper verb follows, its subject ('to impress Fashion was')
SEAM_PAGE = ("The rescue team reached the top Rescuers said the climb had taken six hours in the snow. "
             "The girl suffers burns when exposed to sunlight Doctors say there is no cure for it yet. "
             "Rovers can be promoted if they win and Vale lose Harbour Town have already been promoted. "
             "Guests at the festival dressed to impress Fashion was at the heart of the weekend. ")


@pytest.mark.parametrize("before, word", [("vote", "Labour"), ("wins", "Northgate"), ("latest", "Northerners")])
def test_a_model_seam_where_the_name_goes_on_with_the_sentence_is_no_caption_seam(before, word):
    from newslint.rules.boilerplate.run_in import _name_in_a_clause
    text = _long_stretch(CLAUSE_PAGE)
    assert _name_in_a_clause(_candidates(text)[before, word])


@pytest.mark.parametrize("before, word", [("top", "Rescuers"), ("sunlight", "Doctors"), ("lose", "Harbour"),
                                          ("impress", "Fashion")])
def test_a_caption_seam_after_a_noun_or_before_a_new_sentence_stays_a_seam(before, word):
    from newslint.rules.boilerplate.run_in import _name_in_a_clause
    text = _long_stretch(SEAM_PAGE)
    assert not _name_in_a_clause(_candidates(text)[before, word])


def test_a_seam_inside_the_pages_tail_after_the_story_is_reported_once_as_the_tail(lint):
    """NL318 reports a caption left after the story's last sentence of a flattened page: a seam inside it yields to
    that finding (one defect, one finding); a seam before the story's last sentence is NL317's alone."""
    from rule_texts import LATER, LONG, MORE, PROSE
    body = " ".join([PROSE, MORE, LONG, LATER, STORY, PROSE, MORE])
    tail = "Harbour workers repair the ferry engine on Monday The harbour master looks on as the crew work into the night"
    text = f"{body} {tail}\n"
    assert [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL317", "NL318"])] == [("NL318", tail)]
    assert shown(lint, text, "NL317") == ["Monday The"]  # (selected alone, it still reports the seam)
    text = (f"{body} The crew worked late on Monday The harbour master said the ferry would sail again on Friday. "
            "Harbour workers repair the old ferry engine at the quay\n")
    assert [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL317", "NL318"])] \
        == [("NL317", "Monday The"), ("NL318", "Harbour workers repair the old ferry engine at the quay")]


GALLERY = ("The puppy naps in a basket by the fire Rex Meets the Cat: Here, Rex sniffs the cat on the lawn by the "
           "shed Rex Goes Swimming: Here, Rex paddles in the pond behind the house Rex at the Beach: Here, Rex digs "
           "a hole in the sand")


def test_a_gallerys_labels_in_title_case_run_into_a_page_of_captions(lint):
    found = shown(lint, captioned(GALLERY), "NL317")
    assert {"Rex Meets the Cat:", "Rex Goes Swimming:", "Rex at the Beach:"} <= set(found)


@pytest.mark.parametrize("prose", [
    # one title, named again and again: no gallery
    "The actor read from his memoir Tales of the Old Pier: The Early Years on the night, and signed copies of "
    "the new edition Tales of the Old Pier: The Early Years for fans, who had queued for the reading of "
    "Tales of the Old Pier: The Early Years since dawn",
    # two labels only, and speakers' turns
    "The puppy naps by the fire Rex Meets the Cat: Here, Rex sniffs the cat on the lawn by the shed Rex Goes "
    "Swimming: Here, Rex paddles in the pond",
    "The panel met on the night Jane Doe said: The plan works and the chair Sam Roe told: The plan fails and "
    "the clerk Al Poe added: The vote is next week",
])
def test_one_title_two_labels_or_speech_before_a_colon_are_no_gallery(lint, prose):
    assert [found for found in shown(lint, captioned(prose), "NL317") if found.endswith(":")] == []


def test_a_gallerys_labels_where_no_other_caption_was_found_are_left_alone(lint):
    assert shown(lint, flattened(GALLERY + " the plan.", copies=5), "NL317") == []


# NL317: a caption whose photo credit follows its stop, run into a one-line page
@pytest.mark.parametrize("credit", [
    "(Jo Roe/Kestrel Press/Getty Images)",  # names and an agency between slashes
    "(Photo by Jo Roe/Kestrel Press)",
    "(Photo: Jo Roe)",
    "(Reuters)",                            # an agency alone
    "Photo: Jo Roe Archive",                # after a picture word and its colon, without brackets
    "Image: Jo Roe Archive",
])
def test_a_caption_with_its_credit_after_its_stop_runs_into_a_one_line_page(lint, credit):
    caption = "The harbour master and the new mayor at the opening of the ferry pier in 2019."
    text = flattened(f"{caption} {credit} The town spent most of its reserves on the new pier.", copies=5)
    assert caption in shown(lint, text, "NL317")


@pytest.mark.parametrize("aside", [
    "(Figures for 2019/20 are not yet final.)",  # an aside with a slash, in words of its own
    "(and/or the harbour board)",
    "(see the chart below)",
])
def test_a_bracketed_aside_after_a_sentence_is_no_credit(lint, aside):
    sentence = "The council spent most of its reserves on the new pier last year."
    text = flattened(f"{sentence} {aside} The rest went on roads.", copies=5)
    assert sentence not in shown(lint, text, "NL317")


def test_a_credit_on_a_line_of_its_own_or_in_a_short_paragraph_is_left_to_the_caption_rules(lint):
    caption = "The harbour master and the new mayor at the opening of the ferry pier in 2019. (Jo Roe/Kestrel Press)"
    wrapped = SPACED * 6 + "\n" + caption + "\n" + SPACED * 6  # the caption's own line, as a text browser prints it
    line_end = SPACED * 6 + caption + "\n" + SPACED * 6  # the credit ends its line
    short = f"Title\n\n{STORY}\n\n{caption} The town spent most of its reserves on the new pier.\n"
    assert [shown(lint, text, "NL317") for text in (wrapped, line_end, short)] == [[], [], []]


# a one-line page opens with its <title>; the headline repeated over the story runs into its first sentence
TITLE = "Harbour Board Votes to Rebuild the Old Ferry Pier"
HEADLINE_OVER_STORY = f"{TITLE} The board agreed on Tuesday to rebuild the pier before the summer."


def test_a_pages_own_headline_over_its_story_is_no_run_in_caption(lint):
    text = f"{TITLE} | The Valley Post " + flattened(HEADLINE_OVER_STORY, copies=5)
    assert not any("Pier The" in line for line in shown(lint, text, "NL317"))


def test_the_same_seam_without_the_pages_title_stays_a_run_in_caption(lint):
    other = "Town Hall Opens Its Doors for the Winter Fair | The Valley Post "
    for text in (flattened(HEADLINE_OVER_STORY, copies=5), other + flattened(HEADLINE_OVER_STORY, copies=5)):
        assert any("Pier The" in line for line in shown(lint, text, "NL317"))


def test_a_page_title_is_three_to_twenty_words_before_the_sites_name():
    from newslint.rules.boilerplate.run_in import _page_title
    long_sentence = " ".join(["word"] * 21)
    assert _page_title(f"{TITLE} | The Valley Post Home News") == (len(TITLE), TITLE.split())
    assert _page_title(f"{TITLE} - The Valley Post Home News") == (len(TITLE), TITLE.split())
    assert [_page_title(text) for text in ("Ferry Pier | The Valley Post", f"{long_sentence} - and more",
                                           "A page without a title separator")] == [None, None, None]


@pytest.mark.parametrize("after, skipped", [
    (" The board agreed on", True),       # its repeat, the story going on
    (" News April 26, 2022", False),      # its repeat as a card, a label and a date after it
])
def test_a_seam_after_a_repeat_of_the_title_is_a_headings_where_a_sentence_goes_on(after, skipped):
    from newslint.rules.boilerplate.run_in import _in_title_repeat, _page_title
    text = f"{TITLE} | The Valley Post Home News Sport {TITLE}{after} the end."
    title = _page_title(text)
    seam = text.rindex(TITLE) + len(TITLE)
    assert _in_title_repeat(text, seam, title) is skipped
    assert _in_title_repeat(text, len(TITLE), title) is False  # (the title itself is no repeat)
