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


def test_a_heading_ending_in_a_place_glued_to_the_story(lint):
    text = _page("Analysis: Jane Doe, BBC Africa, LagosThe party has made historic gains in the south.", glue="")
    found = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert found == ["Analysis: Jane Doe, BBC Africa, Lagos"]


@pytest.mark.parametrize("prose", [
    "She shared the news on LinkedIn on Monday morning.",  # a brand the web writes as one word
    "He joined the group at DreamWorks in the spring.",     # capitals inside a name, no opener glued
])
def test_names_in_mixed_case_are_not_glued_headings(lint, prose):
    text = _page(prose)
    assert lint(text, select=["NL316"]) == []
