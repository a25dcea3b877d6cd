"""NL316: web boilerplate run into a paragraph of a flattened one-line page (link lines, reader prompts, the page's
machinery, bylines and stamps, separators), and the prose that looks like it but stays. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED, STORY

# a page flattened with its sentence breaks lost, as the summarisation datasets scraped the BBC's
GLUED = ("The council approved the plan on Monday after a long debate.Councillors said the scheme would bring new "
         "jobs to the town centre.")


@pytest.mark.parametrize("link", [
    "Listen to the manager's verdict on the final",
    "Town plans: All you need to know",
    "More on this and other Kent stories",
    "Local Live has the latest travel news",
    "Council tax rise approved, ministers say",
])
def test_a_link_line_glued_between_sentences(lint, link):
    text = GLUED + link + "The mayor said the work would start in May." + GLUED
    assert shown(lint, text, "NL316") == [link]


def test_a_run_of_glued_link_lines(lint):
    text = GLUED + "Voters urged to register earlyThe vote: what happens nextSit on any bench and you hear it." + GLUED
    assert shown(lint, text, "NL316") == ["Voters urged to register early", "The vote: what happens next"]


@pytest.mark.parametrize("clean", [
    # names whose own capitals glue a lower-case part to a capitalised one: the web writes them as one word
    "The airline easyJet said flights would resume on Monday.",
    "Shoppers on eBay paid more than expected.",
    "The YouTube channel had a million viewers.",
    # a mixed-case name unknown to the web's counts, after a capital
    "The shares of Spicejet and SpiceJet rose.",
    # a title glued to a name inside a sentence (a glued word: NL102's)
    "The party leaderJane Smith told reporters the plan would go ahead.",
    # a long sentence glued to a capital is not a short line
    "The council said the long delayed scheme would be finished before the end of the year and the town would "
    "then be given a new bus station and a market hallThe mayor agreed.",
])
def test_names_and_long_sentences_are_no_link_lines(lint, clean):
    assert shown(lint, GLUED + clean + GLUED, "NL316") == []


@pytest.mark.parametrize("byline, reported", [
    ("By Jane Doe for MailOnline . PUBLISHED: . 12:01 EST, 3 March 2014 .",
     "By Jane Doe for MailOnline . PUBLISHED: . 12:01 EST, 3 March 2014 ."),
    ("By Jane Doe and John Roe for MailOnline Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015",
     "By Jane Doe and John Roe for MailOnline Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015"),
    ("By Jane Doe for the Daily Mail The council", "By Jane Doe for the Daily Mail"),
    ("By Jane Doe, Sports Reporter The council", "By Jane Doe, Sports Reporter"),  # a job with a capital
    ("Jane Doe, CNN Updated 10:22 AM ET, Tue May 5, 2015", "Updated 10:22 AM ET, Tue May 5, 2015"),
])
def test_bylines_and_stamps_in_forms_beyond_the_daily_mail_block(lint, byline, reported):
    text = SPACED * 3 + byline + " " + SPACED * 3
    assert shown(lint, text, "NL316") == [reported]


@pytest.mark.parametrize("stamp", [
    "Updated: Oct 3, 2021 / 09:12 PM CST",
    "PUBLISHED: March 3, 2022 at 9:15 a.m. | UPDATED: March 4, 2022 at 7:02 a.m.",
    "Updated: 10:09am, 3 Feb, 2022",
])
def test_a_stamp_opening_its_paragraph_is_reported_once_by_nl331(lint, stamp):
    found = lint(f"Title\n\n{stamp}\n\nThe council met on Tuesday.\n", select=["NL316", "NL331"])
    assert [(d.code, d.line, d.column, d.end_column) for d in found] == [("NL331", 3, 1, len(stamp) + 1)]


@pytest.mark.parametrize("clean", [
    "By New Year, London Mayor Boris Johnson had approved the plan.",
    "By Christmas Day for the Premier League clubs the season is half over.",
    "By John Smith's own account the plan failed.",
    "The figures were Updated on Monday to show a rise in 2014.",
    "The book was Published 10 years ago in 2015.",
    "Written by Jane Doe for the stage, the play opened in May.",
])
def test_sentences_that_open_with_by_or_hold_a_stamp_word_are_no_bylines(lint, clean):
    assert shown(lint, SPACED * 3 + clean + " " + SPACED * 3, "NL316") == []


@pytest.mark.parametrize("furniture, reported", [
    ("These are external links and will open in a new tab", "These are external links and will open in a new tab"),
    ("Image copyright Rex Features Image caption Fans gathered at the gates",
     "Image copyright Rex Features Image caption Fans gathered at the gates"),
    ("Your browser cannot play this clip.", "Your browser cannot play this clip."),
])
def test_a_sentence_about_the_pages_machinery(lint, furniture, reported):
    spaced = SPACED * 3 + furniture + " " + SPACED * 3
    assert shown(lint, spaced, "NL316") == [reported]
    glued = GLUED * 3 + furniture + GLUED * 3
    assert shown(lint, glued, "NL316") == [reported]


@pytest.mark.parametrize("clean", [
    "The firm said your browser should be updated at once.",
    "Users can delete cookies, the regulator said.",
    "The bakery sold cookies and cakes to the visitors on Saturday.",
    '"Check your device," the officer told the drivers.',
])
def test_news_about_browsers_and_devices_is_no_page_machinery(lint, clean):
    assert shown(lint, SPACED * 3 + clean + " " + SPACED * 3, "NL316") == []


@pytest.mark.parametrize("clean", [
    "Cards were on sale at eBay I was told by the shop.",
    "The app TikTok has fans across the town and beyond.",
    "Shoes were up on stockX and sold out at once.",
    "This site is protected by reCAPTCHA and its rules apply.",
])
def test_glue_inside_names_is_no_link_line(lint, clean):
    assert shown(lint, GLUED + clean + GLUED, "NL316") == []


@pytest.mark.parametrize("prompt", ["Join us on Facebook", "Click here for the full results"])
def test_a_prompt_ends_where_the_story_runs_in(lint, prompt):
    text = SPACED * 3 + prompt + " The mayor said the work would start in May. " + SPACED * 3
    assert shown(lint, text, "NL316") == [prompt]


def test_a_reader_prompt_to_use_the_pages_tools(lint):
    prompt = "Pick the side you think can win the cup - and then send it to your mates using our team selector."
    assert shown(lint, SPACED * 10 + prompt, "NL316") == [prompt]


@pytest.mark.parametrize("clean", [
    "Pick the ripest fruit first, the growers advise.",
    '"Vote for the plan," the mayor told the crowd at the town hall.',
    "Try the new bus route, which opened in May, if you live in the east of the town.",
])
def test_imperatives_that_are_not_about_the_page(lint, clean):
    assert shown(lint, SPACED * 10 + clean, "NL316") == []


def test_a_glued_link_line_around_a_share_prompt_is_reported_whole(lint):
    """Deleting the prompt alone would leave the rest of the line glued to the next sentence: the line goes as one."""
    line = "Local news Follow us on Twitter and Facebook for the latest"
    text = GLUED + line + "The mayor said the work would start in May." + GLUED
    assert shown(lint, text, "NL316") == [line]


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
    text = _page("Gallery of Charts, Plans and PostersLet us know what you make of this new format.", glue="")
    found = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert "Let us know what you make of this new format." in found


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


@pytest.mark.parametrize("prompt, reported", [
    ("CLICK HERE to read the full report.", "CLICK HERE to read the full report."),
    ("CLICK HERE for all the latest transfer news", "CLICK HERE for all the latest transfer news"),
    # run into the story without a stop: to the first capitalised word after its verb
    ("CLICK HERE to watch Jane Doe's interview", "CLICK HERE to watch"),
    ("CLICK HERE", "CLICK HERE"),
])
def test_the_link_in_capitals_run_into_the_text(lint, prompt, reported):
    text = _page(prompt)
    assert [text[d.start:d.end] for d in lint(text, select=["NL316"])] == [reported]


def test_the_words_of_a_quoted_message_are_no_link(lint):
    text = _page("The fake email urged readers to CLICK HERE and enter their bank details, the police said.")
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


@pytest.mark.parametrize("furniture, reported", [
    ("JUST WATCHED Floods close the high street MUST WATCH", None),
    ("JUST WATCHED Floods close the high street Replay More Videos ... MUST WATCH", None),
    ("Watch the video above to see the flooded high street.", None),
    ("See the video below.", None),
    ("The opinions expressed in this commentary are solely hers.", None),
    ("Like us on Facebook.", "Like us on Facebook"),
    ("Copyright 2021 Agence France-Presse. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed.", None),
    ("Copyright 2023 Reuters. All rights reserved.", None),
    ("Copyright © 2024 Agence France-Presse. All rights reserved.", None),
    # a labelled stamp after a sentence, its clock time in a.m. or p.m., or after a name where its time follows it
    ("Updated 10:41 a.m. ET, Tue March 3, 2015.", "Updated 10:41 a.m. ET, Tue March 3, 2015"),
    ("Posted 3:15 p.m. ET, March 3, 2015.", "Posted 3:15 p.m. ET, March 3, 2015"),
    ("Last modified 14:02 BST, 12 May 2016.", "Last modified 14:02 BST, 12 May 2016"),
    ("Published: June 9, 2019 at 8:05 pm", "Published: June 9, 2019 at 8:05 pm"),
    ("Jane Doe, Example News Updated 4:05 p.m. GMT, 12 May 2016", "Updated 4:05 p.m. GMT, 12 May 2016"),
    # a second stamp after it goes with it, whatever the share buttons after that say
    ("Jane Doe for Example Daily Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015 e-mail",
     "Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015"),
    # the prompts of a page: to pass the story on, to send in pictures, to follow a handle, to watch in full
    ("E-mail to a friend .", None),
    ("Harbour Report: Share your photos of the flooded streets.", None),
    ("iWitness: Send us your videos of the parade.", None),
    ("Send us your pictures of the storm.", None),
    ("Follow @JaneDoe on Twitter.", "Follow @JaneDoe on Twitter"),
    ("Check out Harbour Living on Facebook.", None),
    ("Watch the full interview with the mayor on our channel.", None),
    ("Have your say: should the town build the bridge?", None),
    ("This story has been updated.", None),
    ("This article was updated to correct the date of the vote.", None),
    # an agency's note on reuse, on its own
    ("This material may not be published, broadcast, rewritten, or redistributed.", None),
])
def test_page_furniture_run_into_a_one_line_page(lint, furniture, reported):
    assert shown(lint, SPACED * 3 + furniture + " " + SPACED * 3, "NL316") == [reported or furniture]


@pytest.mark.parametrize("credit", [
    "Jane Doe reported from Lagos.",
    "CNN's Jane Doe reported from Lagos; John Roe wrote from Atlanta.",
    "Jane Doe and John Roe reported from Kyiv, Ukraine, and Mary Major contributed from London.",
])
def test_where_the_reporters_were_at_the_end_of_a_page(lint, credit):
    assert shown(lint, SPACED * 3 + credit, "NL316") == [credit]


@pytest.mark.parametrize("clean", [
    "Jane Doe reported from Lagos that the talks had failed.",       # a sentence that goes on
    "The BBC's Jane Doe, who reported from Lagos for ten years, has died.",
    "Watch the video above all else, the coach told his players.",
    "JUST WATCHED by millions, the final drew a record audience.",
    "Copyright law has changed since 2015, the lawyers said.",
    "Copyright 2024 Example Media Group. All rights reserved.",     # a site's own: NL344 asks the page's footer
    "He wrote from prison to his brother every week.",
    "The views expressed in this article were his, she said.",
    "Like us, the neighbours on Facebook were worried.",
    "He urged people to share the video with friends.",
    "Police updated the figures at 10 a.m. on Monday.",
    "The guidance was Updated on March 3, 2015, to include the new limits.",
    "Published on June 9, 2019, the report found a rise in rents.",
    "Fans were urged to follow the team on Twitter.",
    "She said readers should check out the museum on Facebook.",
    "Share your worries with a friend, the charity advises.",
    "Check out the new bus station before it opens, the mayor said.",
    "The town watched the full interview in silence.",
    "Have your say at the public meeting on Monday.",
    "Posted at 10:41 a.m., the message said 2015 was a record year.",
    "The photo, Posted 3 March 2015 by a fan, went viral.",
    "Written: 2021-04-02 09:14:05 / Updated: 2021-04-02 10:20:31",   # a program's stamps: NL314's
    "This story has been updated so often that nobody trusts it, the mayor said.",
    "This report was updated every year by the council's planning team.",
    # an imperative of the reader's that goes on to its speaker, a long sentence that only opens like a link
    "Click here, the software told the nurses, and nothing happened for ten minutes.",
    "Send your photos of the eclipse to the observatory and they may be shown at the fair, organisers said.",
    "Read more about the history of the mill and you find a town built on wool and stubborn weavers.",
    "Find out more about the scheme at the library, where volunteers explain the forms on Tuesdays.",
])
def test_prose_like_the_pages_furniture_is_left(lint, clean):
    assert shown(lint, SPACED * 3 + clean + " " + SPACED * 3, "NL316") == []
    assert shown(lint, SPACED * 3 + clean, "NL316") == []



# a page flattened to one line (2,000 characters or more), a picture's caption and credit set between its sentences
_STORY_LINE = " ".join([STORY] * 8)


@pytest.mark.parametrize("caption, credit", [
    ("Waves break over the harbour wall during the storm on Sunday", "PA"),
    ("Harbour pictures 3 May 2021 A ferry waits at the quay in Valley", "Getty Images"),
    ("The new bridge seen from the river bank at dawn", "AFP via Getty Images"),
])
def test_a_caption_and_its_agency_s_credit_run_into_a_one_line_page(lint, caption, credit):
    text = f"Title\n\n{_STORY_LINE} {caption} {credit} {_STORY_LINE}\n"
    assert shown(lint, text, "NL316") == [f"{caption} {credit}"]


def test_a_long_caption_back_to_the_credit_before_goes_with_its_agency_s_credit(lint):
    """A gallery's caption of 41 to 60 words between two credits, no stop in it, is reported with its credit."""
    caption = ("Harbour pictures 3 May 2021 Crews from the port authority and volunteers from the rowing club lift the "
               "last of the storm debris from the slipway beside the old ferry terminal in Valley while the tide goes "
               "out and a crowd of residents watches from the harbour wall near the lifeboat station on the quay")
    assert 40 < len(caption.split()) <= 60
    text = f"Title\n\n{_STORY_LINE} Harbour pictures 2 May 2021 The new bridge at dawn PA {caption} Getty Images {_STORY_LINE}\n"
    assert shown(lint, text, "NL316") == ["Harbour pictures 2 May 2021 The new bridge at dawn PA", f"{caption} Getty Images"]
    longer = caption + " as the lifeboat crew hands out tea to the volunteers and the harbour master counts the boats"
    text = f"Title\n\n{_STORY_LINE} {longer} Getty Images {_STORY_LINE}\n"
    assert shown(lint, text, "NL316") == ["Getty Images"]  # over 60 words back to a stop: the credit alone


@pytest.mark.parametrize("words", [
    "The mayor said the figures were shared with Reuters. The council met again.",  # a sentence's stop
    "The figures were first reported to AP News in March.",  # a function word before the agency
    "Editors at the independent PA Media group said it would reply.",  # an agency's longer name in a sentence
    "The council said on Monday, March 3 that Jane Doe, John Roe and Mary Major had left.",  # a name list
])
def test_an_agency_named_in_a_sentence_of_a_one_line_page_is_no_credit(lint, words):
    assert shown(lint, f"Title\n\n{_STORY_LINE} {words} {_STORY_LINE}\n", "NL316") == []


def test_a_credit_after_a_caption_in_a_short_paragraph_is_left_to_the_caption_rules(lint):
    assert shown(lint, f"Title\n\n{STORY} The ferry at the quay in Valley PA {STORY}\n", "NL316") == []


# a text browser's dump (lynx -dump): an <hr> drawn as an indented line of underscores under the line before it
BROWSER_RULE = ("   The harbour board met on Tuesday to hear the engineers' report on the\n"
                "   new breakwater, which is a year late and well over its budget.\n"
                "\n"
                "   The second section of the wall will be finished by the spring, the\n"
                "   board said, and the quarry will close once the last stone is cut.\n"
                "   Jane Doe\n"
                "     __________________________________________________________________\n"
                "\n"
                "   Residents who live near the quarry have asked the board to keep the\n"
                "   lorries off the coast road during the summer months.\n")


def test_a_text_browsers_rule_on_a_line_of_its_own_is_the_format_not_a_separator_run_in(lint):
    assert lint(BROWSER_RULE, select=["NL316"]) == []
    run_in = BROWSER_RULE.replace("Jane Doe\n    ", "Jane Doe")
    [d] = lint(run_in, select=["NL316"])
    assert set(run_in[d.start:d.end]) == {"_"}


@pytest.mark.parametrize("field", [
    "     ____________________\n",  # a form's text field
    "     ____________________________________________________________\n" * 3,  # a text box: several lines in a row
])
def test_a_forms_fields_drawn_by_a_text_browser_are_still_reported(lint, field):
    text = BROWSER_RULE.replace("     " + "_" * 66 + "\n", field)
    assert len(lint(text, select=["NL316"])) == field.count("\n")
