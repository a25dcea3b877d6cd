"""NL314: lines that are only a date or a time stamp, alone or glued to the text, and dates in prose that stay."""

import pytest
from conftest import shown
from rule_texts import LAST, LATER, LONG, MORE, PROSE, block_findings, codes, lines


# NL314 timestamp-line ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Apr. 26, 2022", "November 08, 2023", "Nov 8, 2023 / 04:43 PM CST", "11/08/23 5:19pm",
    "09 Jun 2020, 02:32 PM IST", "Latest update June 9th, 2021 11:32 PM",
    "Written: 2021-10-04 09:12:05 / Updated: 2021-10-04 09:48:51", "| UPDATED:", "Posted on",
    "Tuesday, March 15, 2022. 8:41 pm CST.",
])
def test_timestamp_lines(lint, line):
    text = f"Title\n\n{line}\n\n{PROSE}\n"
    assert codes(lint, text, "NL314") == [(3, line)]


@pytest.mark.parametrize("line", [
    "October 20: ACCIDENT – A vehicle struck a deer on 1600E Road.", "On April 29, 2022, the council met.",
    "2021 Set to Break Rainfall Records", "May", "Updated guidance", "1/5",
])
def test_dates_in_prose_and_headings_are_not_timestamps(lint, line):
    assert codes(lint, f"Title\n\n{line}\n\n{PROSE}\n", "NL314") == []


def test_two_glued_timestamps_are_a_timestamp_line(lint):
    assert lines(lint, "NL314", PROSE, "October 3, 2022 | 4:17 pmOctober 3, 2022 | 4:17 pm", MORE) \
        == ["October 3, 2022 | 4:17 pmOctober 3, 2022 | 4:17 pm"]


def test_relative_dotted_and_iso_timestamps(lint):
    stamps = ["39 mins ago", "19.01.2020", "2020-03-03T10:41:00Z", "Sept. 3, 2020 10:41 a.m. ET"]
    assert lines(lint, "NL314", PROSE, *stamps, MORE) == stamps
    assert lines(lint, "NL314", PROSE, "Day 3", "Version 2.3.10", "3 days", "Two weeks ago, at dawn", MORE) == []


def test_date_glued_after_the_last_sentence(lint):
    dek = "The island was written off for a century. What brought it back?Monday, 6 January 2020"
    found = lint(f"{PROSE}\n\n{dek}\n\n{MORE}\n", select=["NL314"])
    assert [dek[d.column - 1:] for d in found] == ["Monday, 6 January 2020"]
    found = lint(f"{PROSE}\n\nTalks ended late.March 3, 2021\n\n{MORE}\n", select=["NL314"])
    assert [d.line for d in found] == [3]


def test_date_in_a_sentence_or_after_a_space_stays(lint):
    for text in (f"{PROSE} The rules were first proposed on 6 January 2020", "It began in 2019. March 3, 2021",
                 "Read [the timetable](https://example.com/t) March 17, 2024 is the first day of the summer.",
                 "The council (see the report)March 17, 2024 said it would rebuild the wall.",
                 "The file was saved as harbour__May 06, 2022 __final in the council's archive.",
                 "__Harbour Notes__ [News](https://example.com/news)",
                 "The ferry left the harbour 2 days ago and has not been seen since.",
                 "The COVID-19 days ago were the hardest the harbour had known."):
        assert lint(f"{MORE}\n\n{text}\n\n{MORE}\n", select=["NL314"]) == [], text


def _wrapped(*blocks):
    """A hard-wrapped text (every block over several lines), which newslint reads block by block."""
    import textwrap
    return "\n\n".join(textwrap.fill(b, 60) if "\n" not in b else b for b in blocks) + "\n"


def test_date_closing_a_block_under_a_byline(lint):
    from newslint.model import Article
    text = _wrapped(LONG, "Council to close the old library on the high street\nafter a vote - by Jane Okafor\t\t\n"
                          "\t\tApril 21, 2022  ", LATER, LAST)
    assert any(p.text.endswith("2022") for p in Article.parse(text, None, {}, False).paragraphs if "\n" in p.text)
    found = lint(text, select=["NL314"])
    assert [text[d.start:d.end] for d in found] == ["April 21, 2022"]


def test_hard_wrapped_sentence_ending_in_a_date_stays(lint):
    block = "In the end the council said on Monday that the old library\nwould close for good after the vote held on\nApril 21, 2022"
    text = _wrapped(LONG, block, LATER, "The vote was taken on the night by the Finance Committee\nof the council on\n"
                    "April 21, 2022.", LAST)
    assert lint(text, select=["NL314"]) == []


# NL314: a page's date and time glued to the next block ------------------------------------

def test_stamps_glued_to_the_next_headline(lint):
    text = (f"{PROSE}\n\nApril 15, 2022 | 9:28 amTown square quiet after the holiday...April 14, 2022 | 2:12 pmNo "
            f"ferry delays for 12 days\n\n{MORE}\n")
    assert shown(lint, text, "NL314") == ["April 15, 2022 | 9:28 am", "April 14, 2022 | 2:12 pm"]


def test_stamp_glued_after_a_byline(lint):
    text = f"{PROSE}\n\nBy T.K. Lowe Tuesday, March 14, 2023 6:10AMEMBED <>More Videos\n\n{MORE}\n"
    assert shown(lint, text, "NL314") == ["March 14, 2023 6:10AM"]


@pytest.mark.parametrize(("line", "stamp"), [
    ("By Jane OkaforMarch 17, 2024", "March 17, 2024"),
    ("Tom BirchNov. 8, 2023", "Nov. 8, 2023"),
    ("Ferry fares to rise next springApril 21, 2022", "April 21, 2022"),
    ("Ferry fares to rise next springApril 21, 2022Storm closes the harbour road", "April 21, 2022"),
    ("Harbour scenes in pictures12 October 2021, 7:40am", "12 October 2021, 7:40am"),
    # a full date and its clock set off inside a line, no clause around them
    ("Harbour desk @okaforj Tuesday 14 July 2021 08:05 3 comments Share", "Tuesday 14 July 2021 08:05"),
    ("Notice issued: Friday, 9 June 2023 – 4:20pm We thank the ferry crews", "Friday, 9 June 2023 – 4:20pm"),
    ("By Jane Okafor 12 March 2019, 6:02 pm 4 Reply", "12 March 2019, 6:02 pm"),
    # a converter's link and date elements with no space between (a list of latest posts)
    ("* [Ferry fares to rise](https://example.com/ferry-fares/)April 26, 2022", "April 26, 2022"),
    ("[Jane Doe](https://example.com/author/jane-doe/)March 17, 2024", "March 17, 2024"),
    # html2text writes an empty <i> (a clock's icon) as '__' before the date element
    ("__May 06, 2022 __[News](https://example.com/news)", "May 06, 2022"),
    ("__[Jane Doe](https://example.com/author/jane-doe) __May 6, 2022 __0 Comments", "May 6, 2022"),
    # a teaser's age run into its headline (get_text() without a separator, readabilipy's joined list)
    ("Summer bookings to the islands trending very positively2 days ago", "2 days ago"),
    ("Ferry fares to rise next spring20 hours agoHarbour wall repairs to start 3 days ago Quay to reopen",
     "20 hours ago"),
])
def test_a_date_glued_to_the_word_before_it_or_with_its_clock_inside_a_line(lint, line, stamp):
    assert shown(lint, f"{PROSE}\n\n{line}\n\n{MORE}\n", "NL314") == [stamp]


@pytest.mark.parametrize(("line", "stamp"), [
    ("Ferry fares to rise 2021-10-04 09:12:05 HARBOURTOWN - The council said", "2021-10-04 09:12:05"),
    ("Ferry fares to rise Written: 2021-10-04 09:12:05 / Updated: 2021-10-04 09:48:51 Share Print",
     "Written: 2021-10-04 09:12:05 / Updated: 2021-10-04 09:48:51"),
])
def test_an_iso_date_and_time_to_the_second_inside_a_line(lint, line, stamp):
    assert shown(lint, f"{PROSE}\n\n{line}\n\n{MORE}\n", "NL314") == [stamp]


@pytest.mark.parametrize("line", [
    "The log shows the gate opened at 2021-10-04 09:12:05 and shut an hour later.",
    "The gate log reads 2021-10-04 09:12:05 then stops.", "The gate opened 2021-10-04 09:12 and shut later.",
    "Ferry fares to rise [2021-10-04 09:12:05]{.highlight} Share",
])
def test_an_iso_stamp_in_a_sentence_or_in_pandocs_markup_stays(lint, line):
    assert shown(lint, f"{PROSE}\n\n{line}\n\n{MORE}\n", "NL314") == []


ONE_LINE_PAGE = ("Home News Sport Harbour wall to be rebuilt after the storms The council has a plan for the sea front. "
                 "{byline} The council said on Monday that the work would begin in the spring and would cost about two "
                 "million pounds, paid for by a grant from the regional fund.")


@pytest.mark.parametrize(("date", "stamp"), [("11 February 2020 Comments", "11 February 2020"),
                                             ("• 11/08/23 5:19pm", "11/08/23 5:19pm"),
                                             ("Thursday, March 5, 2020, Shares", "Thursday, March 5, 2020"),
                                             ("Published 3:41 PM", None)])  # a labelled stamp after a byline: NL316's
def test_the_date_after_a_byline_inside_a_page_run_into_one_line(lint, date, stamp):
    text = "Title\n\n" + ONE_LINE_PAGE.format(byline=f"By Jane Okafor {date}") + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL314"])] == ([stamp] if stamp else [])


FLAT_PAGE = " ".join([ONE_LINE_PAGE.format(byline="Share"), "{item}", LONG, LATER, LAST, PROSE, MORE,
                      ONE_LINE_PAGE.format(byline="Print"), LONG, LATER, LAST, PROSE, MORE, LONG, LATER])


@pytest.mark.parametrize(("item", "stamp"), [
    ("Ferry fares to rise next spring March 14, 2021 Latest News", "March 14, 2021"),
    ("Harbour Notes Posted on May 3, 2021 Share", "Posted on May 3, 2021"),
    ("Open Letters Jul 21st 2017 Facebook", "Jul 21st 2017"),
    ("Log Out Sunday, 14 March 2021 12 Comments", "Sunday, 14 March 2021"),
    ("Harbour notes by Valley Desk Staff October 12, 2022 in Local", "October 12, 2022"),  # after a byline
    ("Harbour wall attack at the quay 2022-04-26 VALLEY TOWN, Harbour", "2022-04-26"),  # a numeric date
    ("Music on the Quay Lineup 03/11/2023 TV Guide", "03/11/2023"),
    ("Ferry fares to rise 14.03.2021 12:30 Latest News", "14.03.2021 12:30"),
    # a full date's clock time with it
    ("Ferry fares to rise March 2nd, 2021 at 3:41 pm The council", "March 2nd, 2021 at 3:41 pm"),
    ("Harbour notes Posted on 2 March 2021 at 13:21 GMT Comments", "Posted on 2 March 2021 at 13:21 GMT"),
    ("Quay to reopen March 2, 2021 10:30 a.m. ET Latest News", "March 2, 2021 10:30 a.m. ET"),
    # (a clock that a lower-case word goes on from: the date alone, as before)
    ("Quay to reopen March 2, 2021 10:30 hrs local", "March 2, 2021"),
    # a teaser's relative time
    ("Ferry fares to rise 2 hours ago Quay to reopen", "2 hours ago"),
    ("Latest News Quay to reopen Updated 3h ago Sport", "Updated 3h ago"),
    ("Council names new harbour master an hour ago", "an hour ago"),
])
def test_a_date_run_into_a_page_flattened_to_one_line(lint, item, stamp):
    text = "Title\n\n" + FLAT_PAGE.format(item=item) + "\n"
    assert len(FLAT_PAGE) > 2000 and shown(lint, text, "NL314") == [stamp]


def test_a_flattened_page_without_a_numeric_date_is_not_searched_for_one(lint, monkeypatch):
    from newslint.rules.lines import stamps

    text = "Title\n\n" + FLAT_PAGE.format(item="Ferry fares to rise next spring March 14, 2021 Latest News") + "\n"
    monkeypatch.setattr(stamps, "_numeric_date_cues", None)  # a call would fail: the article holds no numeric date
    assert shown(lint, text, "NL314") == ["March 14, 2021"]


@pytest.mark.parametrize("item", [
    "The idea came up in a note dated June 9, 1911 to the mayor.",
    "Work began on March 14, 2021 Harbour Board members said.", "It was set for March 14, 2021 but slipped.",
    "The council met March 14, 2021, and again in May.", "Talks Set For March 14, 2021 Harbour Board",
    "the January 6, 2021 Harbour inquiry heard evidence.", "The date was March 14, 2021. Nobody came.",
    "The vote on 14/03/2021 Harbour Board members said.", "Figures for 2021-03-14 show a rise.",
    "The form 12/05/2022, the board said, was late.", "Version 3.14.2021 Beta was released.",
    # a clock in a sentence after a date, and relative times in the story's sentences
    "The vote was set for March 14, 2021 at 10:30 but slipped.", "It ended on March 14, 2021 at 10:30 The board met.",
    "The ferry left 2 hours ago, the harbour master said.", "The storm hit the quay three hours ago and left.",
    "Crews said the ferry left 2 hours ago. The board met.", "The crews left the quay 2 hours ago to help.",
    "The ferry left a week or two ago Harbour Board members said.",
])
def test_a_date_in_a_sentence_of_a_flattened_page_stays(lint, item):
    assert shown(lint, "Title\n\n" + FLAT_PAGE.format(item=item) + "\n", "NL314") == []


def test_a_date_between_capitals_in_a_line_shorter_than_a_page_stays(lint):
    assert shown(lint, f"{PROSE}\n\nFerry fares to rise next spring March 14, 2021 Latest News\n\n{MORE}\n", "NL314") == []


# a list of teasers run into a line shorter than a page: headline, date, headline, date
TEASERS = ("Sports Harbour crews win the regatta again... May 06, 2022 The crews rowed the long course in strong wind "
           "and took the cup home for the third year running after a close race with the visitors... Read More "
           "Ferry fares to rise next spring May 06, 2022 Quay to reopen after the storm repairs May 05, 2022 "
           "Council names new harbour master May 04, 2022 Features Letters to the editor")


def test_the_dates_of_a_teaser_list_run_into_a_line_shorter_than_a_page(lint):
    text = f"Title\n\n{PROSE}\n\n{TEASERS} {LONG} {LATER}\n"
    assert 500 < len(text.split("\n")[4]) < 2000
    assert shown(lint, text, "NL314") == ["May 06, 2022", "May 06, 2022", "May 05, 2022", "May 04, 2022"]


@pytest.mark.parametrize("item", ["Ferry fares to rise next spring March 14, 2021 Latest News",
                                  "The council met on March 14, 2021 Harbour Board members said and again on "
                                  "March 21, 2021 Ferry crews said"])
def test_a_lone_date_or_dates_in_sentences_in_a_line_shorter_than_a_page_stay(lint, item):
    """In a line shorter than a page a date between capitals needs another beside it, both apart from a sentence."""
    assert shown(lint, f"Title\n\n{PROSE}\n\n{LONG} {item} {LATER}\n\n{MORE}\n", "NL314") == []


@pytest.mark.parametrize(("item", "stamp"), [
    ("Storm warnings stay-at-home orders August 19, 2020The time for talks", "August 19, 2020"),
    ("Ferry fares to rise next spring 14 March 2021Latest News", "14 March 2021"),
])
def test_a_date_written_solid_before_the_next_block_of_a_flattened_page(lint, item, stamp):
    """BeautifulSoup's get_text() runs a teaser's date into the next headline: a capitalised word after the year."""
    assert shown(lint, "Title\n\n" + FLAT_PAGE.format(item=item) + "\n", "NL314") == [stamp]


@pytest.mark.parametrize("item", ["It was set for March 14, 2021The board met.", "the March 14, 2021Harbour vote"])
def test_a_date_written_solid_after_a_function_word_stays(lint, item):
    assert shown(lint, "Title\n\n" + FLAT_PAGE.format(item=item) + "\n", "NL314") == []


@pytest.mark.parametrize("line", [
    "The harbour reopened in March 2024 after the storms.", "The harbour reopened on March 17, 2024.",
    "Fares rose by 4% on April 21, 2022 and again later.", "The covid19 rules of 2021 were lifted.",
    "Flights from Terminal 3 March 17, 2024 were delayed.",
])
def test_a_date_after_a_space_or_a_capital_is_not_glued(lint, line):
    assert shown(lint, f"{PROSE}\n\n{line}\n\n{MORE}\n", "NL314") == []


@pytest.mark.parametrize(("line", "stamp"), [
    ("By Jane Okafor 11 February 2020", "11 February 2020"),
    ("By Jane Okafor 8 January 2020, 3:51 pm", "8 January 2020, 3:51 pm"),
    ("BY JANE OKAFOR and TOM BIRCH Mon March 2, 2020", "Mon March 2, 2020"),
    ("Jane Okafor Updated May 6, 2022, 12:49 AM", "Updated May 6, 2022, 12:49 AM"),
    ("Jane Okafor Posted 2 hours ago", "Posted 2 hours ago"),
])
def test_the_date_a_byline_line_ends_with(lint, line, stamp):
    assert lines(lint, "NL314", PROSE, line, MORE) == [stamp]


@pytest.mark.parametrize("line", [
    "By the end of May 2020", "By Friday 3 March", "Jane Okafor Updated the rules on May 6, 2022",
    "By 2030 the city will need 4,000 more homes",
])
def test_a_date_after_by_and_no_name_or_after_a_label_that_is_a_verb_stays(lint, line):
    assert lines(lint, "NL314", PROSE, line, MORE) == []


@pytest.mark.parametrize("sentence", [
    "The meeting on April 14, 2022 at 2:12 pm was short. Officials said little.",
    "On 4/5/2022 at 10:00 AM ET the talks began, and the 10:30 PM Show aired later.",
    "Doors open on May 3, 2024 at 7:30 pm; tickets cost $20.",
    # a date and its clock with a preposition before or a lower-case word after (a sentence's), or NL331's label over it
    "The ferry left on Tuesday 14 July 2021 08:05 and docked late.",
    "March 3, 2021, 10:41 is when the harbour wall gave way.", "Posted: Feb 2, 2022 / 07:15 AM EST",
])
def test_dates_and_times_in_prose_are_left_alone(lint, sentence):
    assert shown(lint, f"{PROSE}\n\n{sentence}\n\n{MORE}\n", "NL314") == []


def test_a_date_line_among_the_lines_of_a_whole_page():
    page = "\n".join(["Opinion", "Council to close the old library", "March 3, 2021", "By", "Jane Okafor", LONG, LATER])
    assert block_findings(page + "\n", "NL314") == ["March 3, 2021"]


def test_a_date_a_link_broke_out_of_a_sentence_stays():
    page = "\n".join([LONG, "The final vote will be held on", "March 3, 2021", ", the council said in a statement.",
                      "Campaigners said the library would close in", "April 2021", "unless the vote went their way.",
                      LATER])
    assert block_findings(page + "\n", "NL314") == []


def _timestamp_line_word_by_word(text):
    """stamps.timestamp_line as it was written, a Python test per word: its C-level tests must answer the same."""
    from newslint import lineshapes as stamps

    if len(text) > 80 or any(c in text for c in "?!\"“”'’"):
        return False
    if text.endswith(stamps._RELATIVE_ENDS) and stamps._RELATIVE_STAMP.fullmatch(text.strip()):
        return True
    tokens = stamps._TOKEN.findall(text)
    if not tokens or len(tokens) > 14:
        return False
    lower = [t.lower() for t in tokens]
    if any(not t.isdigit() and t not in stamps._STAMP_WORDS for t in lower):
        return False
    if not any(t.isdigit() for t in lower):
        return len(tokens) <= 3 and any(t in stamps.STAMP_LABELS for t in lower)
    return any(t in stamps._MONTHS for t in lower) or bool(stamps._NUMERIC_DATE.search(text)) \
        or lower[-1] == "ago" and len(lower) <= 5 and not stamps._AGO.isdisjoint(lower)


def test_timestamp_line_answers_as_a_test_per_word_does():
    import random

    from newslint.rules.lines.stamps import timestamp_line

    pieces = ["Posted", "on", "Updated", "March", "3", "2021", "10:15", "am", "PM", "ago", "2", "hours", "mins", "|",
              ",", "/", "-", "at", "Jane", "Doe", "the", "council", "?", "'", "“", "²", "٣", "just now", "Now", "May",
              "19.01.2020", "2020-03-03", "T", "Z", "ET", "pmNovember", "Monday", "X"]
    rng = random.Random(7)
    lines = [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(5000)]
    lines += ["", " ", "a", "x" * 81, "3 days", "Two weeks ago, at dawn", "Updated just now", "39 mins ago"]
    assert [timestamp_line(line) for line in lines] == [_timestamp_line_word_by_word(line) for line in lines]
    assert sum(map(timestamp_line, lines)) > 50  # the drawn lines hold dates, not only lines that are none


MARKDOWN_STORY = "[Home](https://example.com/)\n\n" + PROSE + "\n\n{line}\n\n" + MORE + "\n"


@pytest.mark.parametrize("line, stamp", [
    ("* [7 hours ago](https://example.com/harbour-wall-rebuilt/)", "7 hours ago"),
    ("[ 4:53 pm ](https://example.com/live/harbour-entry/)", "4:53 pm"),
])
def test_a_date_inside_link_markup_is_a_timestamp_line(lint, line, stamp):
    """A line that is only a date once its Markdown link, Pandoc attributes or list bullet are read away."""
    text = MARKDOWN_STORY.format(line=line)
    assert [d.message for d in lint(text, select=["NL314"])] == [f"page timestamp line: '{stamp}'"]


@pytest.mark.parametrize("line", ["* [Harbour wall rebuilt in 2021](https://example.com/wall/)",
                                  "[Read the May 3 report](https://example.com/report/)"])
def test_a_link_about_a_date_is_no_timestamp(lint, line):
    assert lint(MARKDOWN_STORY.format(line=line), select=["NL314"]) == []


LAID_OUT = """\
Title

The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.

Harbour wall to be rebuilt after the winter storms damaged its northern end
The council said on Monday that the work would begin in the spring and would
cost about two million pounds, paid for by a grant from the regional fund.
Ferry timetable changes
{line}
The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.
"""


def test_a_date_among_a_laid_out_pages_wrapped_paragraphs(lint):
    """A text browser's dump (lines laid out at 80 columns): a date line that is a piece of its own, under a
    heading that ended before the line was full, is the page's date; a date inside a wrapped sentence is not."""
    text = LAID_OUT.format(line="May 3, 2021")
    assert [text[d.start:d.end] for d in lint(text, select=["NL314"])] == ["May 3, 2021"]
    wrapped = LAID_OUT.format(line="The new timetable was agreed by the board at its meeting on the evening of\nMay 3, 2021 and goes on")
    assert lint(wrapped, select=["NL314"]) == []


def test_a_date_ending_a_sentence_broken_over_a_laid_out_line_is_no_timestamp(lint):
    text = LAID_OUT.format(line="The report was dated Harbourside,\n24th January :")
    assert lint(text, select=["NL314"]) == []


def test_a_months_archive_link_is_no_timestamp(lint):
    text = MARKDOWN_STORY.format(line="* [March 2022](https://example.com/archives/2022/03/)")
    assert lint(text, select=["NL314"]) == []


def test_a_date_with_pandoc_attributes_is_left_to_the_furniture_rule(lint):
    assert lint(MARKDOWN_STORY.format(line="[May 3, 2021]{.entry-date}"), select=["NL314"]) == []


def test_a_list_items_time_glued_to_its_headline(lint):
    """A list run into one line (readabilipy): each item's clock or relative time glued to its headline."""
    items = "* 5:12 pmFerry fares rise again, * 27 minutes agoHarbour wall rebuilt, * 1 hour ago“Quiet” summer ahead,"
    assert shown(lint, f"{PROSE}\n\n{items}\n\n{MORE}\n", "NL314") == ["5:12 pm", "27 minutes ago", "1 hour ago"]


@pytest.mark.parametrize("line", [
    "The ferry left 3 hours agoThe harbour master said so.", "The vote at 5:12 pmFerry staff then walked out.",
    "* 5:12 pm sharp, the doors close", "Fares rose 5 * 3 hours agoLater",
])
def test_a_time_glued_without_a_list_items_bullet_before_it_stays(lint, line):
    assert shown(lint, f"{PROSE}\n\n{line}\n\n{MORE}\n", "NL314") == []


LAID_OUT_LIST = """\
Title

The ferry company said the summer timetable would start a week early this year
because more visitors were expected, and that two extra sailings would be added.

  • 3:26 pm
    Harbour wall to be rebuilt after the winter storms damaged its northern end
  • 3:02 pm
    Ferry timetable changes
  • Two divers search the harbour mouth, in Portwell, May 3, 2021 (Jo Ray)
    27 minutes ago
    Fares to rise
"""


def test_a_stamp_opening_a_laid_out_list_item_or_inside_it(lint):
    """A text browser's list: a bulleted time starts an item of its own even under a full line, and a relative
    time inside an item is a stamp line too (NL331 reads a paragraph's first line only)."""
    found = lint(LAID_OUT_LIST, select=["NL314"])
    assert [LAID_OUT_LIST[d.start:d.end] for d in found] == ["• 3:26 pm", "• 3:02 pm", "27 minutes ago"]


def test_a_relative_time_opening_a_block_of_several_lines(lint):
    """A list item's age on the first line of a block whose next line is the next item (a text browser's list of
    notices): NL331 reports only a relative time that is a whole paragraph, so NL314 reports this one."""
    text = _wrapped(PROSE, "    18 hours ago\n  • Photo of Jane Okafor", "    Jane Okafor", MORE)
    assert shown(lint, text, "NL314") == ["18 hours ago"]
    prose = _wrapped(PROSE, "The ferry left 18 hours ago\nand the crew came home", MORE)
    assert shown(lint, prose, "NL314") == []
    for block in ("    18 hours ago", "Updated 18 hours ago\n  • Photo of Jane Okafor"):  # NL331's, reported once
        text = _wrapped(PROSE, block, "    Jane Okafor", MORE)
        assert [d.code for d in lint(text, select=["NL314", "NL331"])] == ["NL331"], block


def test_a_date_on_the_line_under_a_byline(lint):
    text = _wrapped(PROSE, "by Jane Okafor\n2 May 2018, 9:15am\nShare", MORE)
    assert [text[d.start:d.end] for d in lint(text, select=["NL314"])] == ["2 May 2018, 9:15am"]
    prose = _wrapped(PROSE, "The poem was read by Jane Okafor\nin August 2019 at the harbour\nfestival", MORE)
    assert lint(prose, select=["NL314"]) == []


@pytest.mark.parametrize("line, stamp", [
    ("[Travel](https://example.com/travel/) / 14 hours ago", "14 hours ago"),
    ("[Ferry news](https://example.com/reviews/ferries/travel/) / 14 hours\nago", "14 hours\nago"),
    ("[Harbour](https://example.com/harbour/) | May 3, 2021", "May 3, 2021"),
])
def test_a_stamp_after_a_links_label(lint, line, stamp):
    text = MARKDOWN_STORY.format(line=line)
    assert [text[d.start:d.end] for d in lint(text, select=["NL314"])] == [stamp]


@pytest.mark.parametrize("line", [
    "[Ferry fares](https://example.com/fares/) / 2 for 1", "[Harbour](https://example.com/harbour/) / May",
    "[Read how the ferry fares were set](https://example.com/fares/) by the board in its spring review / 3 days ago",
])
def test_a_links_label_without_a_stamp_after_it_stays(lint, line):
    assert lint(MARKDOWN_STORY.format(line=line), select=["NL314"]) == []


def test_a_date_under_a_lone_by_and_a_separator(lint):
    """A page template's byline and date, one element a line: 'By' / the name / '-' / the date."""
    text = _wrapped(PROSE, "By\nJane Okafor\n-\nApril 28, 2022\nShare", MORE)
    assert shown(lint, text, "NL314") == ["April 28, 2022"]
    prose = _wrapped(PROSE, "The ferry was named by\nJane Okafor\n-\nApril 28, 2022 was the day", MORE)
    assert shown(lint, prose, "NL314") == []


@pytest.mark.parametrize("line, stamp", [
    ("-   [[2 days ago]{.date .meta-item\n    .tie-icon}](https://example.com/ferries/)", "2 days ago"),
    ("[Jane Okafor](https://example.com/author/okafor/){.author-name}[20\nhours ago]{.date .meta-item}", "20\nhours ago"),
    ('    [[4:53 pm]{timestamp="1582728797"\n    title="harbour"}](https://example.com/live/)', "4:53 pm"),
    ("Ferry fares to rise [2021-10-04 09:12:05]{.date} Share", "2021-10-04 09:12:05"),
])
def test_a_stamp_in_a_span_the_page_calls_a_date(lint, line, stamp):
    text = MARKDOWN_STORY.format(line=line)
    assert stamp in shown(lint, text, "NL314")


@pytest.mark.parametrize("line", [
    "[the ferry timetable]{.date-table}", "[March 4, 2021 was a grey day]{.date}", "[2 days ago]{.author-name}",
    "[March 4, 2021]{.highlight}",
])
def test_a_span_not_called_a_date_or_holding_more_than_a_date_stays(lint, line):
    """(A span that is its whole line, '[May 3, 2021]{.entry-date}', is NL311's: see the test above.)"""
    assert shown(lint, MARKDOWN_STORY.format(line=line), "NL314") == []


def test_a_list_items_age_reads_the_glued_forms_units(lint):
    items = "* 30 seconds agoFerry fares rise again, * 2 months agoHarbour wall rebuilt,"
    assert shown(lint, f"{PROSE}\n\n{items}\n\n{MORE}\n", "NL314") == ["30 seconds ago", "2 months ago"]
