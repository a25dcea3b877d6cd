"""Issue 12, round seven (helper 12y): page furniture of flattened scraped pages that NL316 missed."""

import pytest

# a flattened page: one long paragraph (the reader-sentence and glue checks look at such pages)
STORY = ("The council approved the plan on Tuesday after a long debate about the cost of the new bridge. "
         "Residents had asked for a second crossing for years, and the vote was close.")


def _page(furniture: str, glue: str = " ") -> str:
    return f"Title\n\n{STORY}{glue}{furniture}{glue}The work starts in May and should take two years.\n"


@pytest.mark.parametrize("prompt", ["SCROLL DOWN FOR VIDEO", "SCROLL DOWN FOR MORE"])
def test_the_video_prompt_in_capitals(lint, prompt):
    text = _page(prompt)
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == prompt


def test_capitals_in_a_sentence_are_not_the_prompt(lint):
    text = _page("Fans will SCROLL through the results to find the score.")
    assert lint(text, select=["NL316"]) == []


@pytest.mark.parametrize("sentence", [
    "We are aware that this interactive map may not work on some older browsers.",
    "This feature is not available on older web browsers.",
])
def test_a_sentence_about_the_reader_s_browsers(lint, sentence):
    text = _page(sentence)
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == sentence


def test_browsers_in_reported_speech_are_left_alone(lint):
    text = _page("The company said older browsers would no longer receive security updates.")
    assert lint(text, select=["NL316"]) == []


def test_a_reader_prompt_glued_to_the_line_before(lint):
    text = _page("Museum of Brands, Packaging and AdvertisingLet us know what you think of this new format.", glue="")
    found = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert "Let us know what you think of this new format." in found


def test_a_glued_imperative_that_names_no_channel_is_left_alone(lint):
    text = _page("the design was simple enoughLet the builders decide the colour of the rails.", glue=" ")
    assert not any("Let the" in text[d.start:d.end] for d in lint(text, select=["NL316"]))


@pytest.mark.parametrize("prose", [
    "She shared the news on LinkedIn on Monday morning.",  # a brand the web writes as one word
    "He joined the group at DreamWorks in the spring.",     # capitals inside a name, no opener glued
])
def test_names_in_mixed_case_are_not_glued_headings(lint, prose):
    text = _page(prose)
    assert lint(text, select=["NL316"]) == []


# NL317: a caption or fact-box label in capitals, in a flattened page (a paragraph of 1,000+ characters)
LONG_STORY = " ".join([STORY] * 5)


@pytest.mark.parametrize("seam, label", [
    (". ", "CLAIM"),                  # after a sentence: '… votes. CLAIM: MP Jane Doe is…'
    (" ", "FACEBOOK FAKERY"),         # after a caption without its stop: '… inflated FACEBOOK FAKERY: Clinton…'
    (". ", "REASON IT MIGHT HAPPEN"),  # a fact box's heading
])
def test_a_label_in_capitals_runs_into_a_flattened_page(lint, seam, label):
    text = (f"Title\n\n{LONG_STORY} The mayor's claims appear to be significantly inflated{seam}{label}: Jane Doe "
            f"says the figures were checked twice by the council. {LONG_STORY}\n")
    found = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert found == [label + ":"]


@pytest.mark.parametrize("prose", [
    "The mayor later told the BBC: Nobody was hurt in the fire.",        # a source named before a colon
    "He starred in the series CSI: Miami for three years.",              # a title with an acronym
    "The chairman told FEMAIL: The courses attract all kinds of people.",
])
def test_capitals_before_a_colon_in_prose_are_left_alone(lint, prose):
    text = f"Title\n\n{LONG_STORY} {prose} {LONG_STORY}\n"
    assert lint(text, select=["NL317"]) == []


def test_a_capital_label_in_a_short_paragraph_is_left_alone(lint):
    text = f"Title\n\n{STORY} CLAIM: Jane Doe says the figures were checked twice by the council.\n"
    assert lint(text, select=["NL317"]) == []


def test_a_numbered_list_whose_line_breaks_were_lost(lint):
    items = ("1. Twizzlers are one of his favourite snacks 2. Ramen noodle soup is one of his favourite meals "
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


@pytest.mark.parametrize("prompt", [
    "For more reports from the monitoring service, click here.",
    "To see the full list of winners click here.",
    "If you have a story for us, click here to send it.",
])
def test_a_sentence_that_sends_the_reader_to_a_link(lint, prompt):
    text = _page(prompt)
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == prompt


def test_click_here_in_reported_prose_is_left_alone(lint):
    text = _page("Users who click here are taken to a fake bank page, the police warned.")
    assert lint(text, select=["NL316"]) == []


# the rarer furniture is looked for in a page that shows some other (here a prompt of the video player)
PLAYER = "Media playback is not supported on this device"


def test_a_quote_box_attribution_glued_between_two_quotations(lint):
    text = _page(f'{PLAYER} "We have to fight for the title."Former midfielder Jane Doe on the evening show'
                 '"I could not believe what I was watching."', glue="")
    found = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert found == [PLAYER, "Former midfielder Jane Doe on the evening show"]


def test_quotations_with_their_spaces_are_left_alone(lint):
    text = _page(f'{PLAYER} "We have to fight for the title." Jane Doe said on the evening show "it was a shock".')
    assert [text[d.start:d.end] for d in lint(text, select=["NL316"])] == [PLAYER]


@pytest.mark.parametrize("separator", ["............", "- - - - - - - -", "==========", "________________"])
def test_a_separator_line_run_into_the_text(lint, separator):
    text = _page(separator)
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == separator


@pytest.mark.parametrize("prose", [
    "She paused......before the others arrived.",   # dots glued to words: an ellipsis
    "He said he would f-----g sue the station.",      # a censored word
    "The score was 2-1 - a fair result - in the end.",
])
def test_dots_and_dashes_in_prose_are_not_separators(lint, prose):
    text = _page(f"{PLAYER} {prose}")
    assert [text[d.start:d.end] for d in lint(text, select=["NL316"])] == [PLAYER]
