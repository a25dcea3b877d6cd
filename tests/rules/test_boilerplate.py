"""NL3xx boilerplate, credit, metadata and byline rules (Python rules and the boilerplate pack)."""

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(name):
    return (SEEDS / name).read_text()


def test_seeds_findings(lint):
    expected = {
        "000_80c6854f606fe719.txt": [("NL301", 15, 1)],
        "001_9676635609fdc54d.txt": [("NL340", 37, 1)],
        "002_ffce716179b1a6a6.txt": [("NL320", 3, 1), ("NL302", 49, 1), ("NL310", 52, 1)],
        "003_5e0098f0fbf781ad.txt": [("NL330", 1, 2), ("NL310", 3, 1)],
        "004_4ff2f3123b6d360c.txt": [("NL330", 1, 2), ("NL320", 17, 1)],
    }
    for name, findings in expected.items():
        assert [(d.code, d.line, d.column) for d in lint(seed(name), select=["NL3"])] == findings, name


def test_boilerplate_paragraph_fix_deletes_it(fixed):
    text = "Title\n\nBlinken met Lavrov.\n\nGive a Comment\n\nThe talks lasted 30 minutes.\n"
    once = fixed(text, ["NL310"])
    assert once == "Title\n\nBlinken met Lavrov.\n\nThe talks lasted 30 minutes.\n"
    assert fixed(once, ["NL310"]) == once


@pytest.mark.parametrize("line", [
    "Related: Ukraine Leader Calls for Talks", "Click here to read more", "Share this story",
    "Follow @janedoe for updates", "Europe Braces for Winter Storm »", "www.example.com/news",
])
def test_structural_boilerplate_nobody_listed(lint, line):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{line}\n\nThe talks lasted 30 minutes.\n", select=["NL310"])
    assert (d.line, d.column) == (5, 1)


def test_a_markdown_link_wrapped_over_lines_is_a_bare_link_line_by_its_text_not_its_target(lint):
    teaser = ("[Harbour board names a new chair after a year\nwithout one](https://news.example.com/2021/04/08/"
              "harbour-board-names-a-new-\nchair-after-a-year-without-one/ \"Harbour board: a new chair\")")
    told = "The board said [in a statement](https://news.example.com/board/statement-\n2021/) that it was pleased."
    text = f"Title\n\nBlinken met Lavrov.\n\n{teaser}\n\n{told}\n\nThe talks lasted 30 minutes.\n"
    [d] = lint(text, select=["NL310"])
    assert (d.line, d.column) == (5, 1) and "a bare link line" in d.message


def test_glued_read_more_teaser(lint):
    [d] = lint("Title\n\nBlinken met Lavrov. Read more: Ukraine Leader Calls for Talks\n", select=["NL310"])
    assert (d.line, d.column, d.fix["applicability"]) == (3, 20, "unsafe")


@pytest.mark.parametrize("code,line", [
    ("NL303", "Follow us on Twitter and Facebook"),
    ("NL304", "This article is for subscribers only. Already a subscriber? Log in"),
    ("NL305", "© 2021 Thomson Reuters. All rights reserved."),
    ("NL306", "Advertisement"),
])
def test_pack_rules(lint, code, line):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{line}\n", select=[code])
    assert (d.code, d.line, d.column, d.fix["applicability"]) == (code, 5, 1, "safe")


@pytest.mark.parametrize("text,span", [
    ("Kevin Lamarque/Reuters", (1, 23)),
    ("(AP Photo/Evan Vucci)", (1, 22)),
    ("Image copyright Getty Images", (1, 29)),
    ("Blinken meets Lavrov in Stockholm. REUTERS/Kevin Lamarque", (1, 58)),  # the caption with its credit
    ("File photo: Russian troops near the border", (1, 43)),
    ("(File photo by Anatolii Stepanov)", (1, 34)),
    ("Picture: a trench near Donetsk", (1, 31)),
])
def test_photo_credits(lint, text, span):
    [d] = lint(f"Title\n\nBlinken met Lavrov.\n\n{text}\n", select=["NL320"])
    assert (d.line, d.column, d.end_column) == (5, *span)


def test_leaked_date_fix(lint, fixed):
    text = seed("003_5e0098f0fbf781ad.txt")
    once = fixed(text, ["NL330"])
    assert once.startswith("Top U.S. diplomat")
    assert fixed(once, ["NL330"]) == once


@pytest.mark.parametrize("line,end", [
    ("Published 14:32 GMT, 2 December 2021", 37), ("Last updated: 3 March 2005 10:15", 33),
    ("Updated 3 hours ago", 20), ("Published 14:32 GMT, 2 December 2021 | Updated 15:10 GMT, 2 December 2021", 74),
    # the time and zone after a slash or a bar are the stamp's
    ("Posted: Oct 3, 2021 / 09:12 PM CST", 35), ("Updated: 3 March 2005 | 10:15 am ET", 36),
    ("Published 2021-12-02 / 14:32 BST", 33),
    # what follows a slash or a bar that is no time is not
    ("Posted: Oct 3, 2021 / 12 comments", 20), ("Updated: 3 March 2005 | Opinion", 22),
    # a zone after a bare date; a stamp as a list's item (NL314 and NL316 leave it)
    ("Updated: May 6, 2022 EDT", 25), ("Posted: 2022-05-06 BST", 23),
    ("* Updated 21:22, 6 OCT 2020", 28), ("-   Published: May 6, 2022", 27),
])
def test_leaked_timestamp(lint, line, end):
    [d] = lint(f"Title\n\n{line}\n\nBlinken met Lavrov.\n", select=["NL331", "NL314", "NL316"])
    assert (d.code, d.line, d.column, d.end_column) == ("NL331", 3, 1, end)


@pytest.mark.parametrize("line", [
    "Published On 14 June 2019", "Published On: June 14, 2019 10:32 AM", "Posted On 14/06/2019",
    "Last Updated On Jun. 14, 2019", "LAST UPDATED ON 14 JUNE 2019", "POSTED ON JUNE 14, 2019", "MODIFIED 14 June 2019",
    "Updated On: 14.06.2019", "Modified On June 14, 2019", "First published on Fri 14 Jun 2019 10.32 BST",
    "Last updated on: 14.06.2019 - 10:32", "Updated on 2019-06-14 - 10:32", "Posted on Friday, June 14, 2019 | 10:32 AM",
])
def test_a_stamps_label_in_any_case_with_on_and_a_dash_before_its_time_is_a_timestamp(lint, line):
    [d] = lint(f"Title\n\n{line}\n\nThe ferry left at dawn.\n", select=["NL331"])
    assert (d.code, d.line, d.column, d.end_column) == ("NL331", 3, 1, len(line) + 1)


@pytest.mark.parametrize("line", [
    "Published On Monday the council said the ferry would run again.", "Published on Monday, the report found gaps.",
    "Posted on the wall was a notice from 2019 about the ferry.", "Published On USA 12 people sailed in 2019.",
    "Updated On June 14 the timetable changed.",
])
def test_a_stamps_label_before_prose_is_no_timestamp(lint, line):
    assert lint(f"Title\n\n{line}\n\nThe ferry left at dawn.\n", select=["NL331"]) == []


@pytest.mark.parametrize("line", ["- Updated guidance on May 6, 2022 was sent to schools.",
                                  "* Published reports of the 2022 floods are in the library."])
def test_a_list_item_opening_with_a_stamps_word_in_a_sentence_is_no_timestamp(lint, line):
    assert lint(f"Title\n\n{line}\n\nBlinken met Lavrov.\n", select=["NL331"]) == []


def test_repeated_timestamps_are_one_finding_whose_fix_removes_them_all(lint):
    stamp = "Published 14:32 GMT, 2 December 2021"
    [d] = lint(f"Title\n\n{stamp} {stamp} Blinken met Lavrov.\n", select=["NL331"])
    assert (d.column, d.end_column) == (1, 2 * len(stamp) + 2)
    [edit] = d.fix["edits"]
    assert (edit["column"], edit["end_column"], edit["content"]) == (1, 2 * len(stamp) + 3, "")  # up to "Blinken"


def test_header_byline(lint):
    found = lint("Title\n\nBy Jane Doe | Reuters\n\nBlinken met Lavrov.\n", select=["NL332"])
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, 22)]
    glued = lint("Title\n\nBy Jane Doe | Reuters Blinken met Lavrov.\n", select=["NL332"])
    assert [(d.line, d.column, d.end_column) for d in glued] == [(3, 1, 22)]


def test_wire_signoff_is_info(lint):
    [d] = lint("Title\n\nBlinken met Lavrov. (Additional reporting by Jane Doe in Moscow)\n", select=["NL341"])
    assert (d.line, d.column, str(d.severity)) == (3, 21, "info")


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Three sources told Reuters, the Interfax news agency reported.",
    "By the end of the year, By Monday Mr Smith had gone to the CNN/AP poll, and a HIV/AIDS clinic.",
    "He urged fans to sign up for the newsletter, which has 40,000 readers.",
    "Read the report, he said.",
    "Photographer Jim Smith took the picture. Image quality has improved. Reuters beat forecasts.",
    "Published figures show sales rose 5% on 2 December 2004.",
    "The reporting by local media could not be verified.",
])
def test_clean_text_is_left_alone(lint, text):
    assert lint(f"Title\n\n{text}\n\nThe talks lasted 30 minutes.\n", select=["NL3"]) == []


def test_list_of_titles_is_not_a_byline(lint):
    text = "Title\n\nThe nominees are:\n\nThe Simpsons (Fox)\n\nSchool Of Rock\n"
    assert lint(text, select=["NL340"]) == []


def test_a_deleted_line_takes_its_trailing_no_break_space_with_it(fixed):
    text = ("Title\n\nBlinken met Lavrov.\n\n\tComments are moderated and generally will be posted if they are "
            "on-topic and not abusive.\xa0\n\nThe talks went on.\n")
    assert fixed(text, ["NL301"]) == "Title\n\nBlinken met Lavrov.\n\nThe talks went on.\n"


# NL316 inline-boilerplate ---------------------------------------------------------------

@pytest.mark.parametrize("prompt", [
    "Scroll down for video", "Media playback is not supported on this device",
    "Share this withEmailFacebookMessengerTwitterPinterestWhatsAppLinkedInCopy this link",
    "Click here for the full list of winners.", "Follow Priya on Twitter and on Facebook",
    "By . Daily Mail Reporter . PUBLISHED: . 05:55 EST, 26 October 2013 . | . UPDATED: . 09:24 EST, 26 October 2013",
    # general web furniture: share prompts, link lines, a bare 'Click here', a handle to follow, an opinion disclaimer
    "Share this article", "Share or comment on this article", "Click here.", "Click here for the full results.",
    "Read more: http://www.dailymail.co.uk/news/article-3048721/story.html", "Follow @@janedoe",
    "The opinions expressed in this commentary are solely those of Jane Doe.",
    "The views expressed in this article are the author's own.",
])
def test_boilerplate_inside_a_one_line_article(lint, prompt):
    text = f"Title\n\nThe protester refused to let the flag go. {prompt} Struggle: Manhart, 38, is shown refusing.\n"
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == prompt


def test_inline_prompt_words_in_prose_are_left_alone(lint):
    text = ("Title\n\nVisitors scroll down the page to watch the video of the launch, which the agency "
            "will follow on Twitter. Reporters were asked to sign up to receive accreditation.\n")
    assert lint(text, select=["NL316"]) == []


@pytest.mark.parametrize("prose", [
    "He said readers could share this story with friends, and click here and there on the map.",
    "The views expressed in this report by the committee were challenged by the minister.",
    "She told fans to read more books. Follow the money, he said of the @home scandal.",
    "Follow @BBCBreaking and @BBCWorld at https://t.co/AbC for updates, she said.",
])
def test_prompt_like_prose_is_left_alone(lint, prose):
    assert lint(f"Title\n\n{prose} The talks lasted 30 minutes.\n", select=["NL316"]) == []


def test_contributed_to_this_report(lint):
    text = ("Title\n\nThe suspect will be held accountable, the police said. CNN's Rob Fenwick and Laura Lyle "
            "contributed to this report.\n")
    [d] = lint(text, select=["NL316"])
    assert text[d.start:d.end] == "CNN's Rob Fenwick and Laura Lyle contributed to this report."


# NL317 run-in-caption -------------------------------------------------------------------

CAPTIONED = ("Title\n\nCarlo Ancelotti has hailed the coach as one of the best in the world. Simeone's side host "
             "rivals Real Madrid in the quarter-final first leg on Tuesday The boss oversees training "
             "at the club's training ground on Monday. Proud mum: Jean with her huge son after a three-hour "
             "labour at the farm. He said the lamb weighed 20lb.\n")


def test_caption_runs_into_the_text(lint):
    shown = [CAPTIONED[d.start:d.end] for d in lint(CAPTIONED, select=["NL317"])]
    assert shown == ["Tuesday The", "Monday. Proud"]


def test_in_ocr_print_only_label_captions_are_run_in_captions():
    """In OCR'd print a capital after a word without a stop is verse, a heading or a lost stop (NL7xx's business)."""
    from newslint.api import lint_text, make_linter
    found = lint_text(CAPTIONED, linter=make_linter(select=["NL317"], ocr="on"))
    assert [CAPTIONED[d.start:d.end] for d in found] == ["Monday. Proud"]


@pytest.mark.parametrize("sentence", [
    "The court in The Hague ruled on Tuesday and the minister appeared on This Morning to discuss it.",
    "Vane sang her best-known hit When a Ship Comes Home at the harvest fair in front of hundreds of fans.",
    "The festival opens with the Danish film The 9th Harbour Station, which was shown in Oslo last autumn.",
    "Mr Smith said: The decision was wrong, and he added: The appeal will be heard next month in London.",
    "The report lists two threats: 1) The bombers are ready to die and 2) The networks are funded abroad.",
    "He left out in the cold. Star Trek: Nemesis and Bridget Jones: The Edge of Reason were both released.",
])
def test_names_titles_and_lists_are_not_run_in_captions(lint, sentence):
    text = f"Title\n\n{sentence} {sentence} {sentence}\n"
    assert lint(text, select=["NL317"]) == []


def test_label_captions_with_names_and_capitals_after_the_colon(lint):
    text = ("Title\n\nThe company opened its first shop in the city centre on Monday. Grand opening: Mayor Jane Doe, "
            "who cut the ribbon, with the staff of the new shop She said the shop would create forty jobs. "
            "Queue:\xa0The first customers waited outside for two hours before the doors opened.\n")
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert shown == ["Monday. Grand", "shop She", "jobs. Queue"]


@pytest.mark.parametrize("sentence", [
    "The minister was asked about the plans. He argued: \"There are serious problems with the scheme as it stands.\"",
    "The actor starred in Rob Roy and more recently Nelson: The Harbour Years, which opens in the spring.",
])
def test_quotations_and_titles_after_a_colon_are_not_labels(lint, sentence):
    text = f"Title\n\n{sentence} {sentence} {sentence}\n"
    assert lint(text, select=["NL317"]) == []


# NL318 unfinished-ending ------------------------------------------------------------------

STORY = ("The council approved the plan for a new bridge over the river on Tuesday after a debate that lasted more "
         "than four hours. Supporters said the bridge would cut journeys across the town by twenty minutes at peak "
         "times, while opponents warned that the cost had doubled since the first estimate three years ago. The "
         "leader of the council said the work would begin in the spring and should be finished within two years. "
         "Residents of the streets near the river will be asked for their views on the design before building starts. ")


def test_a_flattened_page_that_ends_in_a_caption(lint):
    text = STORY + "Council leader Jane Doe stands on the river bank where the new bridge will be built\n"
    [d] = lint(text, select=["NL318"], has_header=False)
    assert text[d.start:d.end] == "Council leader Jane Doe stands on the river bank where the new bridge will be built"


def test_a_flattened_page_that_ends_in_a_sign_off_byline(lint):
    """'… By Jane Doe, CNN' after the story's last stop: the page's byline left at the end (counted for bylines)."""
    text = STORY + "By Jane Doe, CNN\n"
    [d] = lint(text, select=["NL318"], has_header=False)
    assert text[d.start:d.end] == "By Jane Doe, CNN"


@pytest.mark.parametrize("ending", ["", "He said: \"We will see.\"", "The vote was 12-3 (with two abstentions)."])
def test_texts_that_end_with_a_stop_or_short_or_multi_paragraph_are_left_alone(lint, ending):
    assert lint(STORY + ending + "\n", select=["NL318"], has_header=False) == []
    assert lint("Title\n\nA short line without a stop\n", select=["NL318"]) == []
    three = "Title\n\n" + STORY + "\n\nSecond paragraph.\n\n" + STORY + "A last line without a stop\n"
    assert lint(three, select=["NL318"]) == []


def _one_line_page(story, after):
    """A page an extractor joined into one line: the story, then what the page printed after it."""
    return (story + " ") * 4 + after + "\n"


def test_a_one_line_page_is_reported_from_its_story_s_last_sentence(lint):
    after = "Tagged: bridges river council Subscribe to the Riverside newsletter. Subscribe"
    text = _one_line_page(STORY.strip(), after)
    shown = [text[d.start:d.end] for d in lint(text, select=["NL318"], has_header=False)]
    assert shown == ["Tagged: bridges river council Subscribe to the Riverside newsletter.", "Subscribe"]


def test_a_short_sentence_of_the_story_after_its_last_long_one_stays_out(lint):
    story = STORY.strip() + " He denies the charges. 'We will see,' she said."
    after = "Most popular Popular videos Contact us Cookie policy Terms of use Privacy notice"
    text = _one_line_page(story, after)
    shown = [text[d.start:d.end] for d in lint(text, select=["NL318"], has_header=False)]
    assert shown == [after]


def test_an_ocr_page_on_one_line_is_not_read_for_its_story_s_end(lint):
    # misread words and no spaces after the stops: the OCR gate's page, whose sentences its misreadings break
    ocr = ("Tho meeting of tho council was hold on Tuesday aftornoon in tho town hall,when tho mayor presidod.The "
           "rcport of tho works committoe was road and adoptod aftor a long discussion about tho now bridgo. ")
    text = _one_line_page(ocr * 3, "TRAM DRIVERS CLAIM. Piederlck Montgomcry, tram drivor, 0i Smlth strcet")
    shown = [text[d.start:d.end] for d in lint(text, select=["NL318"], has_header=False)]
    assert all("TRAM" not in finding for finding in shown)


@pytest.mark.parametrize("sentence, caption", [
    # a long sentence of the story naming one word of the site's business ('support')
    ("His family set up a page to support his wife and two children after the crash on the bypass.",
     "Pictured: the bridge at dusk"),
    # the story's quotation closed by a straight quote, then a caption
    ("'We are also standardising the way the checks are done at the hospital.'", "Nurse Jane Doe at the ward"),
])
def test_a_one_line_page_ending_in_a_caption_after_its_story_is_reported_as_before(lint, sentence, caption):
    text = _one_line_page(STORY.strip(), f"{sentence} {caption}")
    [d] = lint(text, select=["NL318"], has_header=False)
    assert text[d.start:d.end] == caption


FOOTER = ("More from the Post Interview: Jane Doe How the valley rebuilt its bridge Sign up to our newsletter "
          "Published since 1901 to serve the valley with \u201cthe news that matters to every reader.\u201d "
          "About us Contact Careers Terms of use Privacy Copyright \u00a9 Riverside Post Limited 2020. All rights "
          "reserved.")


# the same footer as get_text() without a separator glues it, each link's text to the next
GLUED_FOOTER = ("More from the PostInterview: Jane DoeHow the valley rebuilt its bridgeSign up to our newsletterPublished "
                "since 1901 to serve the valley with \u201cthe news that matters to every reader.\u201dAbout usContact"
                "CareersTerms of usePrivacyCopyright \u00a9 Riverside Post Limited 2020. All rights reserved.")


@pytest.mark.parametrize("footer", [FOOTER, GLUED_FOOTER, "Back to top Subscribe Contact us \u00a9 2022 "
                                    "Valley Media / Riverside Printing Ltd. Site by Studio | All rights reserved."])
def test_a_one_line_page_s_footer_before_its_copyright_notice(lint, footer):
    text = _one_line_page(STORY.strip(), footer)
    shown = [text[d.start:d.end] for d in lint(text, select=["NL318"], has_header=False)]
    assert shown == [footer]


@pytest.mark.parametrize("ending", [
    # the story's own sentence about copyright, and a wire story's notice right after its last sentence
    "Copyright lawyers said the ruling would be appealed in the new year.",
    "Copyright 2015 The Associated Press. All rights reserved.",
    # a notice after a footer, but the page is not on one line
    "\n\n" + FOOTER,
])
def test_a_copyright_notice_without_a_one_line_footer_before_it_is_left_alone(lint, ending):
    assert lint(_one_line_page(STORY.strip(), ending).rstrip() + "\n", select=["NL318"], has_header=False) == []


@pytest.mark.parametrize("story", [
    # British spellings, names, U.S., a quotation over two paragraphs joined, an editor's note and a correction
    "The U.S. envoy, Mr. Jane Roe, said the programme of talks had been organised with great care. \"We have "
    "travelled a long way,\" she said. \"We will not give up now. Editor's note: this story was updated on "
    "Tuesday to add the envoy's comments. Correction: an earlier version misspelt the minister's name.",
    STORY.strip() + " The Labour councillor, who chairs the committee, said the centre would open in the autumn.",
])
def test_edited_one_line_stories_that_end_with_a_stop_are_left_alone(lint, story):
    assert lint(_one_line_page(story, "").rstrip() + "\n", select=["NL318"], has_header=False) == []


def test_a_paragraphed_story_is_not_read_for_its_end(lint):
    text = "Title\n\n" + "\n\n".join([STORY.strip()] * 6) + "\n\nMost popular Contact us Cookie policy\n"
    assert all(d.code != "NL318" for d in lint(text, select=["NL318"]))


def test_the_story_s_end_is_searched_within_a_bounded_reach(lint):
    import time
    for size in (100_000, 1_000_000):
        text = STORY + "Menu Home News Sport " * (size // 21) + "Subscribe\n"
        began = time.perf_counter()
        findings = lint(text, select=["NL318"], has_header=False)
        took = time.perf_counter() - began
        assert [d.code for d in findings] == ["NL318"]
        assert took < 2.0, took


def _paragraphs(cast, place, count):
    """``count`` paragraphs of prose that name ``cast`` (five names) and ``place`` over and over."""
    a, b, c, d, e = cast
    lines = [
        f"{a} told reporters in {place} that the plan had been agreed after months of talks with {b} and {e}.",
        f"The work will be paid for by the council, said {c}, and will take about two years to complete in all.",
        f"{d} said the first stage would start in the spring, once the last of the permits had been granted to them.",
        f"{place} residents will be asked for their views, and {a} said every letter would be read by the team.",
    ]
    return [lines[i % 4] + f" It was the {i + 1}th meeting of the group this year, and it lasted for three hours."
            for i in range(count)]


STORY_CAST = ("Alderton", "Briggs", "Castlemere", "Dunmore", "Eastleigh")
OTHER_CAST = ("Fenwick", "Galloway", "Hartigan", "Ingleby", "Jessop")


def _two_documents():
    story = _paragraphs(STORY_CAST, "Kelsbury", 14)
    other = _paragraphs(OTHER_CAST, "Lowther", 14)
    return "Harbour plan agreed\n\n" + "\n\n".join(story + ["Overview"] + other) + "\n", other[0]


def test_another_document_after_the_story_is_reported_from_its_start(lint):
    text, first = _two_documents()
    [d] = lint(text, select=["NL318"])
    assert text[d.start:].startswith(first)
    assert text[d.end:].strip() == ""


def test_a_long_story_that_turns_to_a_new_side_keeps_its_names(lint):
    story = _paragraphs(STORY_CAST, "Kelsbury", 14)
    # the story turns to its critics, a cast of their own who name its subject and its town, with British spellings,
    # U.S. and a quotation over two paragraphs, and ends with an editor's note and a correction
    turn = [f"{line} {STORY_CAST[0]} and the U.S. partners in Kelsbury were criticised for the programme's "
            "organisation." for line in _paragraphs(OTHER_CAST, "Lowther", 14)]
    turn[3] = '"We have travelled a long way to be heard, and we will not give up now,' + turn[3][1:]
    turn[4] = '"We expect Alderton to answer every question," ' + turn[4]
    notes = ["Editor's note: this story was updated on Tuesday to add the comments of the council.",
             "Correction: an earlier version of this story misspelt the name of the harbour master."]
    text = "Harbour plan agreed\n\n" + "\n\n".join(story + turn + notes) + "\n"
    assert lint(text, select=["NL318"]) == []


def test_a_second_document_is_found_in_linear_time(lint):
    import time
    for paragraphs in (200, 2000):
        story = _paragraphs(STORY_CAST, "Kelsbury", paragraphs)
        other = _paragraphs(OTHER_CAST, "Lowther", paragraphs)
        text = "Harbour plan agreed\n\n" + "\n\n".join(story + other) + "\n"  # 0.9 MB at 2000 each
        began = time.perf_counter()
        [d] = lint(text, select=["NL318"])
        took = time.perf_counter() - began
        assert text[d.start:].startswith(other[0])
        assert took < 10.0, took


# NL319 live-commentary --------------------------------------------------------------------

FEED = ("Title\n\nThe home side will need to improve if they are to stay up, the manager said.Match ends, Ashby 2, "
        "Brook 1.Second Half ends, Ashby 2, Brook 1.Foul by Tom Reed (Brook).Sam Cole (Ashby) wins a free kick.Corner,  "
        "Ashby.Attempt saved. Ned Hale (Brook) right footed shot from outside the box is saved.\n")


def test_live_commentary_is_reported_once(lint):
    [d] = lint(FEED, select=["NL319"])
    assert FEED[d.start:d.end].startswith("Match ends, Ashby 2")
    assert FEED[d.start:d.end].endswith("is saved.")


def test_match_reports_are_not_commentary(lint):
    text = ("Title\n\nThe corner was taken short. A foul by the captain went unpunished, and the attempt on goal "
            "was saved. The match ends a run of five defeats. Substitution of the striker came too late.\n")
    assert lint(text, select=["NL319"]) == []


THREAD = ("Ferry timetable changes again\n\nThe port authority said on Monday that the winter timetable would change "
          "for the third time this year.\n\nCrews were told of the change on Friday.\n\n3 Comments\n\nMarla Quint\n"
          "3 hours ago\n\nThe timetable has been wrong all winter and nobody at the port seems to mind.\n\nReply\n\n"
          "Like (4)\n\nReport\n\ndockside_dan\n1 hour ago\n\nAgreed. I waited two hours on Tuesday for a boat.\n\n"
          "Reply\n\nTom Beck says:\n\nMay 2, 2024 at 9:15 am\n\nSame here.\n\nReply\n")


def test_a_thread_of_reader_comments_is_reported_a_comment_at_a_time(lint):
    found = [THREAD[d.start:d.end] for d in lint(THREAD, select=["NL319"])]
    assert found == ["The timetable has been wrong all winter and nobody at the port seems to mind.\n\nReply\n\n"
                     "Like (4)\n\nReport", "Agreed. I waited two hours on Tuesday for a boat.\n\nReply",
                     "Same here.\n\nReply"]
    # the names and times stay the byline and timestamp rules' (a finding over them would hide theirs)
    assert "3 hours ago" in [THREAD[d.start:d.end] for d in lint(THREAD)]


def test_a_thread_of_reader_comments_on_lines_without_blank_ones_between_is_reported(lint):
    text = ("Ferry timetable changes again\n\nThe port authority said on Monday that the winter timetable would change "
            "for the third time this year.\nCrews were told of the change on Friday.\n\nLeave a Reply\n"
            "Marla Quint · 3 hours ago\nThe timetable has been wrong all winter.\nNobody at the port seems to mind.\n"
            "Reply\nReport\ndockside_dan says: May 2, 2024 at 9:15 am\nAgreed, I waited two hours.\nLog in to Reply\n")
    found = [text[d.start:d.end] for d in lint(text, select=["NL319"])]
    assert found == ["The timetable has been wrong all winter.\nNobody at the port seems to mind.\nReply\nReport",
                     "Agreed, I waited two hours.\nLog in to Reply"]


@pytest.mark.parametrize("text", [
    # one comment is no thread
    THREAD[:THREAD.index("dockside_dan")],
    # 'Reply' lines with no comment's time or name before them: a form's buttons, not comments
    "Title\n\nLeave a Reply\n\nReply\n\nCancel\n\nReply\n",
    # a letters page: the council's reply in the text, on lines of prose
    "Title\n\nPosted 2 hours ago\n\nThe council's Reply to the residents came late.\n\nReply from the council: we will "
    "look again.\n\nReply\n",
])
def test_what_is_no_thread_of_reader_comments_is_left_alone(lint, text):
    assert lint(text, select=["NL319"]) == []


def test_follow_us_prompt_and_caption_labels_inside_the_text(lint):
    text = ("Title\n\nThe band will tour again next year.Follow us on Twitter @NewsDesk, on Instagram at newsdesk, or "
            "if you have a story suggestion email news.desk@example.com. There is no cure yet. Source: The Skin "
            "Foundation She said it was hard. Pictured: The camp While the firms grow, the camp does too.\n")
    shown = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert shown == ["Follow us on Twitter @NewsDesk, on Instagram at newsdesk, or if you have a story suggestion "
                     "email news.desk@example.com.", "Source:", "Pictured:"]


@pytest.mark.parametrize("sentence", [
    "The source: a leaked memo, which the paper pictured on its front page.",
    "Pictured in the report, the camp had grown. The Source is a magazine.",
    "Fans who follow us on Twitter know the band will tour again.",
])
def test_labels_and_follow_in_prose_are_left_alone(lint, sentence):
    assert lint(f"Title\n\n{sentence} {sentence}\n", select=["NL316"]) == []


def test_a_caption_that_ends_in_a_quoted_word_is_unfinished(lint):
    text = STORY + "The mayor said the old bridge was 'past its best'\n"
    [d] = lint(text, select=["NL318"], has_header=False)
    assert text[d.start:d.end] == "The mayor said the old bridge was 'past its best'"


@pytest.mark.parametrize("signature", [
    "Mr. Doe", "Dr. Jane Doe", "Dr Jane Doe", "Mrs Jane Doe", "Prof. John Roe", "Rev. John Roe, Pastor",
    "Jane Doe, Associated Press", "— Jane Doe, Associated Press", "Jane Doe, Chief Executive",
])
def test_a_signature_with_an_honorific_a_role_or_an_agency_ends_the_text(lint, signature):
    text = f"Title\n\nBlinken met Lavrov on Tuesday.\n\nThe talks lasted 30 minutes.\n\n{signature}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL340"])] == [signature]


@pytest.mark.parametrize("last", [
    "\"We will meet again,\" said Mr. Doe.", "Mr. Doe declined to comment.", "Dr. Doe, 34",
    "Mr Doe and the council", "Jane Doe, 34",
])
def test_a_last_line_that_names_someone_in_a_sentence_stays(lint, last):
    text = f"Title\n\nBlinken met Lavrov on Tuesday.\n\nThe talks lasted 30 minutes.\n\n{last}\n"
    assert lint(text, select=["NL340"]) == []


@pytest.mark.parametrize("glyph", ["×", "*", "•", "✕", "-", "+", "☰", "▼", "©", "#"])
@pytest.mark.parametrize("around", ["", " ", "\t", "\u00a0", "\u2003"])
def test_a_line_of_one_glyph_is_a_widget_s_button_or_marker(lint, glyph, around):
    text = f"Title\n\nThe council met on Tuesday to vote on the plan.\n\n{around}{glyph}{around}\n\nThe vote passed.\n"
    [d] = lint(text, select=["NL310"])
    assert (d.line, text[d.start:d.end]) == (5, glyph)


@pytest.mark.parametrize("space", [c for c in map(chr, range(0x3001)) if c.isspace() and c != "\n"])
def test_a_glyph_between_any_spaces_a_paragraph_drops_is_found(lint, space):
    text = f"Title\n\nThe council met on Tuesday to vote.\n\n{space}×{space}{space}\n\nThe vote passed.\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL310"])] == ["×"]


@pytest.mark.parametrize("separator", ["/", "|", "»", ">"])
def test_a_menu_s_separator_on_its_own_line_is_nl311_s(lint, separator):
    text = f"Title\n\nThe council met on Tuesday to vote.\n\n{separator}\n\nThe vote passed.\n"
    assert [d.code for d in lint(text, select=["NL310", "NL311"])] == ["NL311"]


@pytest.mark.parametrize("line", [".", ",", ";", ":", "!", "?", ")", "(", "]", '"', "”", "’", "a", "I", "7", "é",
                                  "* * *", "***", "--"])
def test_a_lone_stop_bracket_quotation_mark_letter_or_section_break_is_left_alone(lint, line):
    assert lint(f"Title\n\nThe council met on Tuesday.\n\n{line}\n\nThe vote passed by six to three.\n",
                select=["NL310"]) == []


def test_pandocs_hard_break_and_a_picture_without_alt_text_are_no_web_lines(lint):
    """Pandoc's Markdown prints a hard break as a lone backslash and a picture without alt text with its attributes:
    the format, no widget's glyph or bare link line; a glyph or a linked picture's words beside them stay found."""
    story = "The council met on Tuesday to vote on the plan."
    for line in ("\\", '![](https://example.com/uploads/2022/04/ferry.jpg){.attachment-thumbnail width="150"}',
                 "-   ::: wp-block-latest-posts__featured-image ![](https://example.com/uploads/ferry.jpg)"):
        text = f"Title\n\n{story}\n\n{line}\n\nThe vote passed.\n"
        assert lint(text, select=["NL310"]) == [], line
    for line in ("×", "[Ferry fares rise again](https://example.com/ferry-fares){.card-link}"):
        text = f"Title\n\n{story}\n\n{line}\n\nThe vote passed.\n"
        assert [text[d.start:d.end] for d in lint(text, select=["NL310"])] == [line], line


def test_a_glyph_inside_a_line_is_left_alone(lint):
    assert lint("Title\n\nThe council met on Tuesday.\n\nRated 4 * by critics\n\nThe vote passed.\n",
                select=["NL310"]) == []


def test_a_line_of_one_glyph_is_deleted_by_its_fix(fixed):
    text = "Title\n\nThe council met on Tuesday.\n\n×\n\nThe vote passed.\n"
    assert fixed(text, ["NL310"]) == "Title\n\nThe council met on Tuesday.\n\nThe vote passed.\n"


@pytest.mark.parametrize("label", ["Privacy Policy", "Terms Of Use", "Cookie Settings", "See Also", "Contact Us"])
def test_a_sites_link_label_ending_the_text_is_no_byline(lint, label):
    text = f"Title\n\nBlinken met Lavrov on Tuesday.\n\nThe talks lasted 30 minutes.\n\n{label}\n"
    assert lint(text, select=["NL340"]) == []


def test_the_last_signature_of_a_page_of_letters_is_its_letters_author(lint):
    """A page of signed pieces (letters to the editor): each letter ends with its writer's name and town, the last
    one too; a single signature under the story is a byline."""
    letters = ("Title\n\nThe bridge should stay open\n\nThe council's plan to shut the bridge ignores the people "
               "who cross it every day.\n\nJane Doe Harbourside\n\nParking fees are too high\n\nNobody asked the "
               "shop owners before the fees went up.\n\nJohn Roe Millbrook\n")
    assert lint(letters, select=["NL340", "NL315"]) == []
    single = "Title\n\nThe council's plan to shut the bridge ignores the people who cross it.\n\nJohn Roe Millbrook\n"
    assert [d.code for d in lint(single, select=["NL340"])] == ["NL340"]


@pytest.mark.parametrize("line", ["*Read more*: Old boats go on show at the new harbour museum",
                                  "**Related:** Old boats go on show at the new harbour museum"])
def test_a_labelled_link_with_markdowns_emphasis_is_boilerplate(lint, line):
    """A Markdown converter keeps a label's emphasis ('*Read more*: Title'): the label is the known one all the
    same; a bold run-in heading of the story's own ('**More:** a sentence.') stays."""
    text = f"Title\n\nThe council met on Monday to agree the budget.\n\n{line}\n\nThe mayor said the plan would go ahead.\n"
    [d] = lint(text, select=["NL310"])
    assert text[d.start:d.end] == line
    assert lint(text.replace(line, "**More:** The harbour board said the repairs would wait."), select=["NL310"]) == []


@pytest.mark.parametrize("sentence", [
    "Join the conversation about the bypass at the library on Thursday, the council said in a statement.",
    "We want to hear your views on the new bus timetable, the operator said in a letter to passengers.",
    "We would love to hear from you, the letter to the missing man's family ended.",
    "Comments are closed now, the inspector said, and her report is due in March.",
    "Be the first to comment on a neighbour's hedge and you will make an enemy, the judge joked.",
    "12 comments were sent to the planning office before the deadline, officials said.",
    "Copyright 2021 figures show the firm made a loss on every record it sold.",
])
def test_a_story_sentence_that_opens_like_a_prompt_is_no_boilerplate(lint, sentence):
    """A sentence that goes on to its speaker (a comma before 'the', 'he', 'she', 'they'), a count of comments that
    goes on as a sentence, a year of figures: the story's own prose, which the packs leave alone."""
    text = f"Title\n\nThe harbour master said the storm had passed by noon.\n\n{sentence}\n\nBoats returned.\n"
    assert lint(text, select=["NL3"]) == []


@pytest.mark.parametrize("line", [
    "Join the discussion", "Join the conversation below, and keep it kind to one another.",
    "We want to hear from you, and we read every letter.", "22 Comments", "0 Comment(s)",
    "Comments are moderated, so yours may take an hour or two to appear.",
    "Our comment policy asks you, however cross you are, to stay polite.",
    "Share this Email, WhatsApp, Facebook", "Copyright 2023 Example Media Inc. All rights reserved.",
    "© 2020 a Example plc subsidiary",
])
def test_the_prompts_tails_still_found(lint, line):
    text = f"Title\n\nThe harbour master said the storm had passed by noon.\n\n{line}\n\nBoats returned.\n"
    assert [d.line for d in lint(text, select=["NL301", "NL303", "NL305"])] == [5]


_WRAPPED_STORY = (
    "Title\n\n"
    "The harbour master said on Tuesday that the storm had passed by noon and that\n"
    "the boats would return to the quay before the evening tide came in.\n\n"
    "Fishermen who had waited in the town since Sunday said they were glad to be\n"
    "going home, though several nets had been lost in the night.\n\n"
)


@pytest.mark.parametrize("notice", [
    "Copyright 2023 Example Media Inc. All rights reserved. Our stories may not be\n"
    "published, broadcast, rewritten, or redistributed.",
    "Copyright 2023 Example Media Inc. All rights reserved. Our stories\n"
    "   may not be published, broadcast, rewritten, or redistributed.",
    "© Example Media, Inc. Full 7th Floor, 130 West Street, Springfield, NY\n10036.",
    "© 2011-2019, EXAMPLE WEEKLY. EVERY STORY AND PICTURE IN THESE PAGES BELONGS\n"
    "TO THE WEEKLY AND IS NOT TO BE USED ELSEWHERE WITHOUT ITS LEAVE.",
    "Some rights reserved 2017-2023 by Example Newsfeed, a subsidiary partnership\n"
    "by Example Internet Media and Example Media Group LLC.",
])
def test_a_copyright_notice_wrapped_over_lines_is_found_whole(lint, fixed, notice):
    """A text browser or plain-text writer wraps the site's notice after the story's last paragraph over two or
    three lines, which the parse keeps as one paragraph: found whole, and the fix deletes every line of it."""
    text = f"{_WRAPPED_STORY}{notice}\n"
    assert [(d.code, d.line) for d in lint(text, select=["NL305"])] == [("NL305", 9)]
    assert fixed(text, ["NL305"]) == _WRAPPED_STORY.rstrip("\n") + "\n"


@pytest.mark.parametrize("paragraph", [
    "Copyright 2021 figures show the firm made a loss on every record it sold, and\n"
    "the label said it would close two of its shops in the spring.",
    "Copyright Office officials said the rules on recordings would change, and that\n"
    "the label's lawyers had asked for a meeting before the summer.",
    "He said all rights reserved by the label had reverted to the band, and that\n"
    "the songs could be published again without its leave, broadcast or not.",
])
def test_a_wrapped_story_paragraph_about_copyright_is_left_alone(lint, paragraph):
    text = f"{_WRAPPED_STORY}{paragraph}\n"
    assert lint(text, select=["NL3"]) == []


@pytest.mark.parametrize("footer", [
    "Valley Media Ltd. • P.O. Box 15 • Kingstown • Phone: 555-0100 © Copyright Valley Media Ltd. All rights reserved.",
    "Valley Media Ltd. • P.O. Box 15 • Kingstown • St. Vincent and the\nGrenadines • Phone: 555-0100 © Copyright Valley "
    "Media Ltd.. All\nrights reserved.",
    "Contents of this site are © Copyright 2022 Valley Press. All rights\n   reserved.",
])
def test_a_footer_line_ending_on_the_sign_and_the_rights_is_found(lint, footer):
    """The publisher's address before its copyright: the line ends on the sign's notice, whatever opens it."""
    text = f"{_WRAPPED_STORY}{footer}\n"
    assert [(d.code, d.line) for d in lint(text, select=["NL305"])] == [("NL305", 9)]


@pytest.mark.parametrize("paragraph", [
    "The label printed © 1998 on every sleeve and kept all rights reserved to itself, the court heard on Monday.",
    "The band said the © sign on the sleeve meant nothing to them, and the\nlabel's lawyers disagreed in a letter.",
    "From the book The Quiet Harbour by Ann Tully. Copyright © 2021 by Ann\n"
    "Tully. Reprinted by permission of Gull Press, Leeds. All rights reserved.",
])
def test_a_story_paragraph_with_the_sign_is_no_footer(lint, paragraph):
    text = f"{_WRAPPED_STORY}{paragraph}\n"
    assert lint(text, select=["NL305"]) == []


@pytest.mark.parametrize("label", ["MORE ROVERS", "* MORE ROVERS", "-   MORE FROM SPORTS", "• MORE IN LOCAL NEWS"])
def test_a_boxs_label_in_capitals_naming_its_section_is_found(lint, label):
    """A box of links after the story opens with its label in capitals: 'MORE' and the section's name."""
    text = f"Title\n\nThe harbour master said the storm had passed by noon.\n\n{label}\n\nRovers sign a new keeper\n"
    assert [(d.code, d.line) for d in lint(text, select=["NL306"])] == [("NL306", 5)]


@pytest.mark.parametrize("line", ["MORE SNOW ON THE WAY", "MORE RAIN EXPECTED", "More rovers fans came than ever.",
                                  "MORE THAN 200 PEOPLE CAME"])
def test_a_subheading_that_opens_on_more_is_no_label(lint, line):
    text = f"Title\n\nThe harbour master said the storm had passed by noon.\n\n{line}\n\nBoats returned to the quay.\n"
    assert lint(text, select=["NL306"]) == []
