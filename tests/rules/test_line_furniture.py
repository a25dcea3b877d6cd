"""NL311: short lines of page furniture (navigation, labels, share prompts) an extractor kept, and the lines of the
story that look like them but stay: headings, subheadings, tables and lists of the story, live-blog entries.
"""

import pytest
from conftest import lines_of
from rule_texts import LAST, LATER, LONG, MORE, MOVE, OPENING, PROSE, QUOTED, STORY_END, VOTE_OPENING, codes, lines

from newslint.api import lint_text, make_linter
from newslint.fixes import apply_fixes, select_fixes
from newslint.furniture import LineCounts, nothing_to_read, shapes_of
from newslint.model import Article
from newslint.rules.lines import furniture
from newslint.rules.lines._shared import _live_entry_headings, line_forms
from newslint.rules.lines.furniture import (_flattened_tables, _heading_between_prose, _headline_first,
                                            _heads_next_paragraph, _prose, _question_heading)


# NL311 furniture-line ------------------------------------------------------------------

def test_navigation_run_is_furniture(lint):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\nHome\n\nNews\n\nSport\n\nWeather\n\nShare\n\nSubscribe to our newsletter\n"
    assert [line for _, line in codes(lint, text, "NL311")] == ["Home", "News", "Sport", "Weather"]
    assert [line for _, line in codes(lint, text, "NL310")] == ["Share", "Subscribe to our newsletter"]  # not NL311


def test_a_line_said_over_and_over_in_a_row_is_judged_once_and_its_repeats_are_one_finding(lint):
    """A page that prints one line again and again (an empty advertising slot's label) shows one defect: the line,
    and one finding on the lines that say it again, whose one unsafe fix deletes them all and nothing else."""
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n" + "Advertisement\n\n" * 4 + "Home\n\nNews\n\nSport\n"
    found = lint(text, select=["NL311"])
    assert [(d.line, d.end_line) for d in found] == [(7, 7), (9, 13), (15, 15), (17, 17), (19, 19)]
    assert found[1].message.endswith("'Advertisement' said again, 3 times in a row")
    findings = list(furniture.FurnitureLine().check(Article.parse(text)))
    assert apply_fixes(text, select_fixes(findings[:2], unsafe=True)) == text.replace("Advertisement\n\n", "")


def test_a_hundred_thousand_one_word_paragraphs_are_two_findings():
    text = "The council met on Monday.\n\n" + "a\n\n" * 100_000
    found = [f for f in furniture.FurnitureLine().check(Article.parse(text, "<run>", has_header=False))]
    assert [(f.start, f.end) for f in found] == [(28, 29), (31, len(text) - 2)]
    assert found[1].message.endswith("'a' said again, 99999 times in a row")


def test_a_line_twice_in_a_row_is_still_judged_line_by_line(lint):
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\nHome\n\nHome\n\nNews\n"
    assert [line for _, line in codes(lint, text, "NL311")] == ["Home", "Home", "News"]


def test_a_line_another_rule_names_is_reported_once(lint):
    """NL311 is a fallback: where a specific rule (here NL301) reports the line, the model stays quiet."""
    text = f"Title\n\nComments are moderated.\n\n{PROSE}\n\n{MORE}\n\nHome\n\nNews\n\nSport\n"
    found = [(d.code, d.line) for d in lint(text, select=["NL301", "NL311"])]
    assert found == [("NL301", 3), ("NL311", 9), ("NL311", 11), ("NL311", 13)]
    assert ("NL311", 3) in [(d.code, d.line) for d in lint(text, select=["NL311"])]  # alone, it does see it


def test_words_glued_inside_a_furniture_line_do_not_silence_it(lint):
    """NL102 names the glue ('TourismPublic': a menu's links run together); the line is still the page's, which
    NL311 reports beside it. A finding of another kind on the line still silences NL311 (above)."""
    story = ("The Public Health ministry said on Tuesday that the new rules would apply to every school in the "
             "district from the start of the next term, after months of talks with the Tourism board.")
    text = (f"Title\n\n{story}\n\n{MORE}\n\nMOST READ\n\nTourismPublic Health reports new cases\n\n"
            "LocalPublic Health will vaccinate children\n")
    found = [(d.code, d.line) for d in lint(text, select=["NL102", "NL311"])]
    assert ("NL102", 9) in found and ("NL311", 9) in found


def test_the_short_lines_of_a_printed_page_are_not_web_furniture():
    """In OCR text (the gate's decision) short lines are a column's wrapped lines, such as a list of names: NL311
    reads no page furniture there."""
    names = ["Privates John Henry Smith, Walter", "Green, Peter Hall and Arthur", "Wood; Sergeant James Stone",
             "Corporal Henry Brown"]
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n" + "\n\n".join(names) + "\n"
    found = {mode: [d.line for d in lint_text(text, linter=make_linter(select=["NL311"], ocr=mode))]
             for mode in ("off", "on")}
    assert found == {"off": [7, 9, 11, 13], "on": []}


def test_a_glued_sentence_of_the_story_is_not_furniture(lint):
    text = "The fund said.\n\nKremlin spokespersonDmitry Peskov declined to comment.\n"
    assert [d.code for d in lint(text, select=["NL102", "NL311"])] == ["NL102"]


@pytest.mark.parametrize("lines", [
    ["Right-wing resistance"],                               # a subheading between two paragraphs
    ["- Spend three years on probation", "- Have random drug tests", "- Pay a fine"],  # a list
    ["Drama - Featherboy", "Animation - Brush Head", "Factual - Serious Desert"],      # award winners
])
def test_subheadings_and_lists_are_not_furniture(lint, lines):
    body = "\n\n".join(lines)
    text = f"Title\n\n{PROSE}\n\n{body}\n\n{MORE}\n\n{PROSE}\n"
    assert codes(lint, text, "NL311") == []


def test_the_headline_an_extractor_kept_as_the_first_line_is_not_furniture(lint, monkeypatch):
    first = "Woman charged with killing her mother"
    text = "\n".join([first, "Apr 28, 2022", "Save", PROSE, MORE]) + "\n"
    assert [d.line for d in lint(text, select=["NL311"])] == []
    monkeypatch.setattr(furniture, "furniture_score", lambda vector: 0.99)  # a model that takes every line
    assert 1 not in [d.line for d in lint(text, select=["NL311"])]
    monkeypatch.setattr(furniture, "_headline_first", lambda text: False)
    assert 1 in [d.line for d in lint(text, select=["NL311"])]


def test_a_page_title_with_the_site_name_is_not_taken_for_the_headline():
    assert _headline_first("Woman charged with killing her mother")
    assert not _headline_first("Woman charged with killing her mother - The Daily Courier")
    assert not _headline_first("Share this story on Facebook and Twitter")


def test_a_wire_results_table_is_the_story_not_furniture(lint):
    table = ["Shr 14 cts vs 12 cts", "Net 221,376 vs 120,435", "Revs 8.2 mln vs 7.1 mln", "Nine mths",
             "Shr 40 cts vs 31 cts", "Net 1,376,000 vs 935,000"]
    assert lines(lint, "NL311", "Example Corp said on Monday its quarterly results were as follows.", *table,
                 "Terms were not disclosed.") == []


def test_a_section_label_before_the_headline(lint):
    text = "\n".join(["Storage", "New Disk Platters Promise Bigger Drives", PROSE, MORE]) + "\n"
    assert [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])] \
        == [(1, "section label before the headline")]
    lede = "\n".join(["LONDON", "The ministry said on Tuesday that the rules would change.", PROSE, MORE]) + "\n"
    assert not [d for d in lint(lede, select=["NL311"]) if "section label" in d.message]


def test_a_title_that_is_a_label_or_a_count_over_the_headline(lint):
    for label in ("Markets", "LATEST", "Sponsored Content", "12"):
        text = "\n\n".join([label, "Harbour Ferry Fares Rise for the Third Time This Year", PROSE, MORE]) + "\n"
        assert [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])] \
            == [(1, "section label before the headline")], label


def test_a_count_alone_over_the_headline_is_a_label_and_the_headline_stays(lint):
    text = "\n".join(["0", "Harbour Ferry Fares Rise for the Third Time This Year", PROSE, MORE]) + "\n"
    assert [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])] \
        == [(1, "section label before the headline")]
    kept = "\n".join(["0", "Two More Ferries Sold", PROSE, MORE]) + "\n"  # (a short headline the model would take)
    assert [(d.line, d.message.split(":")[0]) for d in lint(kept, select=["NL311"])] \
        == [(1, "section label before the headline")]
    assert furniture._section_label(["384", "Harbour Ferry Fares Rise for the Third Time This Year", PROSE])
    assert not furniture._section_label(["12345", "Harbour Ferry Fares Rise for the Third Time This Year", PROSE])


def test_a_first_line_made_of_the_pages_words_is_furniture(lint):
    for first in (" Skip to main content", "Log In", "Menu", "Follow us on Facebook", "*", "×"):
        text = "\n\n".join([first, PROSE, MORE]) + "\n"
        assert [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])] \
            == [(1, "the page's furniture as the first line")], first


def test_a_headline_with_a_word_of_the_page_stays(lint):
    for first in ("Shares of Home Builders Slide", "Privacy Rules Tightened for Apps", "Search Goes On", "Q"):
        text = "\n\n".join([first, PROSE, MORE]) + "\n"
        assert lint(text, select=["NL311"]) == [], first


def test_a_list_item_of_the_pages_words_alone_is_furniture(lint):
    items = ["-   Login", "• Home", "* Open Search", "-    Comments"]
    text = "\n\n".join(["Harbour Fares", PROSE, *items, MORE]) + "\n"
    assert [line for _, line in codes(lint, text, "NL311")] == items


def test_a_story_list_with_a_word_of_the_page_stays(lint):
    items = ["- Search the harbour for survivors.", "- Share of fares paid by the council", "- members (4 of 9)",
             "• Privacy rules for apps"]
    text = "\n\n".join(["Harbour Fares", PROSE, "The council listed its plans:", *items, MORE]) + "\n"
    assert codes(lint, text, "NL311") == []


def test_a_short_headline_over_its_story_or_a_count_over_prose_is_no_label(lint):
    short = "\n\n".join(["Harbour Fares", PROSE, MORE]) + "\n"  # (the story's prose under it: its headline)
    counted = "\n\n".join(["2024", "The ferry company raised its fares again on Monday.", PROSE, MORE]) + "\n"
    dated = "\n\n".join(["Markets", "By Jane Doe and John Roe", PROSE, MORE]) + "\n"
    for text in (short, counted):
        assert not [d for d in lint(text, select=["NL311"]) if "section label" in d.message]
    assert not [d for d in lint(dated, select=["NL311"]) if d.line == 3]  # (the line under the label stays)


def test_the_dek_under_a_kept_headline_is_not_furniture():
    headline, dek = "Woman charged with killing her mother", "Police say the pair had argued for weeks before"
    assert furniture._headline_or_dek([headline, dek, PROSE], 1)
    assert not furniture._headline_or_dek(["Home", dek, PROSE], 1)
    assert not furniture._headline_or_dek([headline, "Share this story", PROSE], 1)


def nl311(lint, *paragraphs):
    text = "\n".join(paragraphs) + "\n"
    return [(text[d.start:d.end], d.message.split(":")[0]) for d in lint(text, select=["NL311"])]


def test_the_page_title_with_a_site_name_the_page_names_again(lint):
    title = "Family raises money to treat young swimming star - The Harbour Times"
    found = nl311(lint, title, PROSE, MORE, "Copyright 2022 The Harbour Times")
    assert (title, "the page's title before the story") in found
    # the tail is not named again, or the line ends like a sentence: a headline with a dash, not a <title>
    assert nl311(lint, "Jane Doe returns to the stage - The Musical", PROSE, MORE) == []
    assert nl311(lint, "Film to be made by the producer of Jerry Springer - The Opera.", PROSE, MORE,
                 "The Opera ran for two years.") == []


def test_the_page_title_whose_headline_the_page_gives_again(lint):
    """A dash and a site name the page never names again: the <title> all the same where the page gives its
    headline again as a line of its own (the story's heading, which stays), and a site name may hold small words."""
    headline = "Harbour ferries halted by a computer fault"
    title = f"{headline} - Valley Herald"
    page = (title, "Valley Herald Online", *MENU, headline, "By Jane Doe", PROSE, MORE, MOVE, LAST)
    found = nl311(lint, *page)
    assert (title, "the page's title before the story") in found and headline not in [line for line, _ in found]
    title = f"{headline} | The Times of the Valley"
    assert nl311(lint, title, PROSE, MORE)[:1] == [(title, "the page's title before the story")]
    assert nl311(lint, f"{headline} - Valley Herald", PROSE, MORE, MOVE) == []  # (a headline with a dash)


MENU = ("Home", "News", "Sport", "Business", "Opinion", "Contact us")


def test_the_headline_under_the_page_title_stays(lint):
    """The page's <title> is furniture; the headline it names, over the story after the menus, is the story's, even
    when it ends like a sentence and the page gives it again further down (a list of links)."""
    headline = "Make your garden bloom all summer long with these easy steps!"
    title = f"{headline} | The Valley Post"
    page = (title, *MENU, headline, PROSE, MORE, MOVE, LAST, "Latest stories", headline, *MENU)
    assert (title, "the page's title before the story") in nl311(lint, *page)
    text = "\n".join(page) + "\n"
    reported = [d.start for d in lint(text, select=["NL311"]) if text[d.start:d.end] == headline]
    assert reported == [text.rindex(headline)]  # the copy in the list of links below the story only
    page = (title, *MENU, headline, *MENU, PROSE, MORE, MOVE, LAST)  # between two menus, still the story's
    assert headline not in [line for line, _ in nl311(lint, *page)]


def test_the_page_title_the_parse_takes_for_the_title_line(lint):
    """A whole page's text opens with its <title> and a blank line, which the parse takes for the text's title line:
    it is the page's all the same, and the story's headline under the menus, in title case, stays."""
    headline = "Harbour ferries halted by a computer fault"
    title = f"{headline} | Valley Herald"
    text = "\n".join((title, "", *MENU, headline.title(), PROSE, MORE, MOVE, LAST)) + "\n"
    assert Article.parse(text).title.value == title
    found = [(text[d.start:d.end], d.message.split(":")[0]) for d in lint(text, select=["NL311"])]
    assert found[0] == (title, "the page's title before the story")
    assert headline.title() not in [line for line, _ in found]
    # a title line with a dash whose site the page never names again, nor its headline: a headline with a dash
    text = "\n".join((f"{headline} - Valley Herald", "", *MENU, PROSE, MORE, MOVE, LAST)) + "\n"
    assert not [d for d in lint(text, select=["NL311"]) if d.line == 1]
    text = "\n".join((headline, "", PROSE, MORE, MOVE, LAST)) + "\n"  # a story's own title line
    assert lint(text, select=["NL311"]) == []


def test_a_bare_headline_the_parse_takes_for_the_title_line_and_the_page_gives_again_over_the_story(lint):
    """A whole page's <title> may be its headline alone, which the parse takes for the text's title line: given again
    as a line of its own after the page's head, over the story (its heading, which stays), it is the page's; not
    where the copy stands in a list of other headlines (a ticker), nor where it stands only after the story's start,
    nor where it is the line right under it (an extract's headline printed twice)."""
    headline = "Harbour ferries halted by a computer fault"
    text = "\n".join((headline, "", *MENU, headline, PROSE, MORE, MOVE, LAST)) + "\n"
    assert Article.parse(text).title.value == headline
    found = [(d.start, d.message.split(":")[0]) for d in lint(text, select=["NL311"])]
    assert found[0] == (0, "the page's title before the story")
    assert text.index(headline, 1) not in [start for start, _ in found]  # (the heading stays)
    ticker = ("Council opens a new park on the river bank", headline, "Schools to reopen next week after the storm")
    for page in ((headline, "", *MENU, *ticker, PROSE, MORE, MOVE, LAST),
                 (headline, "", "By Jane Doe", PROSE, MORE, MOVE, LAST, "More stories", headline, *MENU),
                 (headline, "", headline, PROSE, MORE, MOVE, LAST)):
        text = "\n".join(page) + "\n"
        assert not [d for d in lint(text, select=["NL311"]) if d.start == 0], page


def test_the_headline_under_the_page_title_stays_between_the_menus_and_a_share_bar(lint):
    headline = "Every school in the district gets new rules next term"
    page = (f"{headline} | The Valley Post", *MENU, headline, "Share", "Tweet", PROSE, MORE, MOVE, LAST)
    assert headline not in [line for line, _ in nl311(lint, *page)]


def test_the_headline_under_a_title_of_several_parts_stays(lint):
    """A <title> of headline, section, site and date, its apostrophe another character: the heading stays."""
    headline = "Valley's council opens a new ferry route"
    title = "Valley′s council opens a new ferry route | Region| News from the valley | VH | 19.01.2020"
    page = (title, *MENU, "Region", headline, PROSE, MORE, MOVE, LAST)
    found = nl311(lint, *page)
    assert (title, "the page's title before the story") in found and headline not in [line for line, _ in found]


def test_the_headline_printed_twice_over_the_story_keeps_its_upper_copy(lint):
    """A page may print the story's headline twice over it, whose words its opening takes up (the headline, then
    the lead picture's alt text): the upper copy stays, the lower is reported as the headline said again. A card of
    another story printed twice there is furniture twice."""
    headline = "Every school in the district gets new rules next term"
    page = (*MENU, "Posted on May 2, 2023", headline, headline, "Social Share", PROSE, MORE, MOVE, LAST, *MENU)
    text = "\n".join(page) + "\n"
    reported = [(d.start, d.message.split(":")[0]) for d in lint(text, select=["NL311"])
                if text[d.start:d.end] == headline]
    lower = text.index(headline, text.index(headline) + 1)
    assert reported == [(lower, "the headline said again under it (its picture's text)")]
    card = "Ferry operator adds late crossings for the festival weekend"
    page = (*MENU, card, card, "Social Share", PROSE, MORE, MOVE, LAST, *MENU)
    assert [line for line, _ in nl311(lint, *page)].count(card) == 2


def test_a_first_line_given_again_only_below_the_story_is_its_headline(lint):
    """A page's first line given again as a line of its own above the story is its <title>; given again only
    after the story's start (a list of related links), the first line is the headline of an extract."""
    headline = "Investment forum to open in the city next month"
    assert (headline, "the page's title before the story") \
        in nl311(lint, headline, *MENU, headline, PROSE, MORE, MOVE, LAST, *MENU)
    page = (headline, "By Jane Doe", PROSE, MORE, MOVE, LAST, "More stories", headline,
            "Council opens new park on the river", "Schools to reopen after the storm")
    text = "\n".join(page) + "\n"
    assert all(d.start > 0 for d in lint(text, select=["NL311"]))


def test_furniture_beside_a_break_another_rule_reports(lint):
    """NL311 is not silenced by NL108's break: the site's sentence broken at its link ('… you agree to our' /
    'terms') and a box's label over a tag in lower case are furniture beside the break NL108 reports."""
    for page, line in (((PROSE, MORE, MOVE, LAST, "Sign up for our daily newsletter", "By signing up, you agree to our",
                         "terms", "and our privacy policy.", "Home", "News", "Sport"), "terms"),
                       ((PROSE, MORE, MOVE, LAST, "Search The Valley Post", "Travel and Lifestyle Articles", "in-house",
                         "The old mill reopens its doors to visitors", "June 7, 2019", "in-house",
                         "A weekend in the hills above the town", "June 6, 2019"), "Travel and Lifestyle Articles")):
        text = "\n".join(page) + "\n"
        found = [(d.code, text[d.start:d.end]) for d in lint(text, select=["NL108", "NL311"])]
        assert ("NL311", line) in found and "NL108" in {code for code, _ in found}, line


def test_a_piece_of_a_sentence_broken_at_a_name_stays(lint):
    """A line ending on a small word over a name set on its own line ('… available from the' / 'Regional Planning
    Office' / 'on Main Street.') is a piece of the story's sentence (NL108 reports the breaks)."""
    assert nl311(lint, PROSE, "More details are available from the", "Regional Planning Office", "on Main Street.",
                 MORE, MOVE, LAST) == []


def test_separators_left_on_their_own_lines(lint):
    found = nl311(lint, "Kept headline of the story here", PROSE, "Tagged:", "Cocoa Brothers", ",", "Gerard Ombeda",
                  "»", MORE)
    assert [line for line, why in found if why == "a separator left on its own line"] == [",", "»"]
    # a full stop alone is a sentence's stop cut off (NL105's business); scene breaks stay
    assert nl311(lint, "Kept headline of the story here", PROSE, ".", "* * *", MORE) == []


def test_related_headlines_between_their_dates(lint):
    related = ["Council approves speed cameras in school zones", "November 8, 2023 | 2:19 pm",
               "Tax collections in the red as revenue falls", "November 8, 2023 | 2:08 pm"]
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, "Recent Stories", *related)
    assert [line for line, why in found if why == "a headline of a list of related stories"] \
        == ["Recent Stories", *related[0::2]]
    # one dated line after a heading is not a list
    assert nl311(lint, "Kept headline of the story here", PROSE, "Budget vote on Tuesday",
                 "November 8, 2023", MORE) == []


def test_a_breadcrumb_trail_ending_in_the_headline(lint):
    headline = "Marcus Delaney and Ruth Ashworth to contest the top post"
    found = nl311(lint, "Home / Local News / " + headline, headline, PROSE, MORE)
    assert found == [("Home / Local News / " + headline, "a breadcrumb trail before the headline")]
    # the headline repeated under a caption is the story's heading, not furniture
    assert nl311(lint, "Home Issues " + headline, "Prison is a Category C facility. Photo: A. Doe", headline,
                 PROSE, MORE)[0][1] == "a breadcrumb trail before the headline"
    assert furniture._breadcrumbs(["Home Issues " + headline, "Caption of a photo here.", headline, PROSE]) \
        == {0: 2}  # line 2, the heading the trail ends in, is skipped by the model
    assert furniture._breadcrumbs([headline, PROSE, MORE]) == {}
    assert furniture._breadcrumbs(["He said the council voted to " + headline, headline, PROSE]) == {}


def test_a_short_subheading_before_prose_is_not_furniture(lint):
    found = nl311(lint, "Kept headline of the story here", "Designed & Developed by", "INTRODUCTION", PROSE, MORE,
                  PROSE, MORE)
    assert [line for line, _ in found] == ["Designed & Developed by"]
    assert furniture._subheading(["x", "INTRODUCTION", PROSE, MORE, PROSE],
                                    shapes_of(["x", "INTRODUCTION", PROSE, MORE, PROSE]), 1)
    # a short line among the last lines is an agency or signature, and web words are never a subheading
    texts = ["x", PROSE, "GIS", PROSE, MORE]
    assert not furniture._subheading(texts, shapes_of(texts), 2)
    texts = ["x", "Advertisement", PROSE, MORE, PROSE]
    assert not furniture._subheading(texts, shapes_of(texts), 1)


def test_a_verbless_phrase_between_paragraphs_is_a_caption_or_related_headline(lint):
    caption = "Delegates at the opening session of the financial access roundtable in Barbados"
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, caption, PROSE, MORE)
    assert found == [(caption, "a caption or related headline between paragraphs")]


@pytest.mark.parametrize("line", [
    "They agreed on the plan after a long night of talks",           # a clause: a pronoun
    "Regional Leaders Meet In Barbados For Financial Talks",          # title case: a heading
    "Just north of Ashby, in Brook County, in the state of Westmark,",  # a sentence cut by a break
    "Money for the new school rules in the district",                 # a subheading that opens the next paragraph
])
def test_clauses_headings_and_subheadings_between_paragraphs_stay(lint, line):
    assert nl311(lint, "Kept headline of the story here", MORE, MORE, line, PROSE, MORE) == []


def test_the_heading_of_a_related_list_and_a_title_with_a_bar(lint):
    related = ["Council approves speed cameras in school zones", "November 8, 2023 | 2:19 pm",
               "Tax collections in the red as revenue falls", "November 8, 2023 | 2:08 pm"]
    found = nl311(lint, "Kept headline of the story here", PROSE, MORE, "Recent Stories", *related)
    assert ("Recent Stories", "a headline of a list of related stories") in found
    title = "Taiwan's leader has a playbook for Hong Kong | South China Morning Post"
    assert nl311(lint, title, PROSE, MORE)[:1] == [(title, "the page's title before the story")]
    assert nl311(lint, "Taiwan's leader has a playbook for Hong Kong", PROSE, MORE) == []


def test_a_bare_link_on_its_own_line(lint):
    link = "https://example.com/wp-content/uploads/2020/08/report-8.18-AM.mp3"
    assert nl311(lint, "Kept headline of the story here", PROSE, link, MORE) \
        == [(link, "a bare link on its own line")]
    assert nl311(lint, "Kept headline of the story here", PROSE, "Details are at https://example.com/rules today.",
                 MORE) == []


def test_a_wire_story_as_filed_has_no_page_furniture(lint):
    """A body that ends with the wire signoff is agency copy: its tables, dates and notes are the story."""
    story = ["BUENOS AIRES, March 3 - Temperatures and rainfall in the grain belt were as follows.",
             "...............HIGH TEMP..LOW TEMP..RAIN", "SEVILLA............31.......16............0",
             "Pay April 16", "Record March 26", "NOTE: Example Income Fund. Reuter"]
    assert lines(lint, "NL311", *story) == []


def test_a_web_page_that_credits_reuters_keeps_its_furniture(lint):
    page = ["Home", "News", "Sport", "Weather", PROSE, MORE]
    found = lines(lint, "NL311", *page, "© Reuters")
    other = lines(lint, "NL311", *page, "© Example Agency")
    assert found == [line.replace("Example Agency", "Reuters") for line in other] and found[:2] == ["Home", "News"]


SERVICES_PROSE = ("The district council said on Monday evening that its services would change from midnight as the "
         "region moves to the stricter level of restrictions announced by the government.")
SERVICES_MORE = ("Council officials said the changes would be reviewed in three weeks, when the government is due to "
        "decide whether the restrictions should be eased or extended across the region.")


def services_page(item):
    items = ["Libraries will move to a collection service.", item,
             "Swimming pools will take bookings for single swimmers only.", "Licensing services remain open."]
    return "\n".join(["Home", "News", "Sport", "Weather", SERVICES_PROSE, "The services affected are:", *items, SERVICES_MORE]) + "\n"


def test_list_sentence_ending_in_an_everyday_web_word_stays(lint):
    for item in ("All the council offices remain open.", "The county museums have closed.",
                 "Every outdoor playground will stay open."):
        assert item not in lines_of(lint, services_page(item), "NL311"), item


def test_web_word_not_ending_the_sentence_or_beside_another_or_the_reader_is_still_reported(lint):
    for item in ("Share buttons are below.", "More stories are on the site.", "Our live page is open."):
        assert item in lines_of(lint, services_page(item), "NL311"), item


INTRO = ("The city will move to the stricter level of restrictions at midnight, and many businesses are preparing "
         "to close or change the way they serve customers over the coming three weeks.")
FERRY = ("The harbour ferry company said its last crossing would leave the pier at eleven o'clock tonight and that "
         "services would resume once the restrictions were lifted.")
BAKERY = ("The owners of a bakery on the main street asked customers to keep ordering by telephone, saying the "
          "next three weeks would decide whether the shop survives the winter.")
BUSES = ("The regional bus operator said its timetable would not change, although passengers must wear face "
         "coverings and drivers will not accept cash fares until further notice.")
MARKET = ("Traders at the covered market said most stalls would stay open for takeaway food, while the flower and "
          "clothing stalls will close from tomorrow morning.")
HEADINGS = ("Harbour ferry to stop at midnight", "A plea from a city bakery", "Bus services", "Market traders")


def live_blog(*, menu=()):
    lines = [INTRO]
    for time, author, heading, body in zip(("19:29", "18:10", "17:02", "16:40"), ("Jane Moore", "Jane Moore",
                                           "Tom Hale", "Tom Hale"), HEADINGS, (FERRY, BAKERY, BUSES, MARKET)):
        lines += [time, author, heading, body]
    return "\n".join([*lines, *menu]) + "\n"


def test_live_blog_entry_headings_are_the_story(lint):
    text = live_blog()
    for code in ("NL311", "NL312"):
        reported = lines_of(lint, text, code)
        assert not set(HEADINGS) & set(reported), (code, reported)


def test_live_blog_entry_headings_under_a_time_and_author_on_one_line_are_the_story():
    """A text output prints an entry's time and author on one line ('19:29 Jane Moore'), glued or with a space:
    the headings under them are the entries' as under a time alone; a page's date stamp is no entry's time."""
    for joint in (" ", ""):
        lines = [INTRO]
        for time, author, heading, body in zip(("19:29", "18:10", "17:02", "16:40"), ("Jane Moore", "Jane Moore",
                                               "Tom Hale", "Tom Hale"), HEADINGS, (FERRY, BAKERY, BUSES, MARKET)):
            lines += [f"{time}{joint}{author}", heading, body]
        article = Article.parse("\n\n".join(lines) + "\n")
        found = {article.paragraphs[i].text for i in _live_entry_headings(article)}
        assert found == set(HEADINGS), (joint, found)
    stamps = [INTRO, "21:22, 6 OCT 2020", "News", FERRY, "21:20, 6 OCT 2020", "Sport", BAKERY, "21:18, 6 OCT 2020",
              "Weather", BUSES]
    assert _live_entry_headings(Article.parse("\n\n".join(stamps) + "\n")) == set()


def test_live_blog_times_and_a_menu_after_it_are_still_reported(lint):
    text = live_blog(menu=("News", "Sport", "Business", "Weather", "Contact us"))
    reported = set(lines_of(lint, text, "NL311")) | set(lines_of(lint, text, "NL314"))
    assert {"19:29", "News", "Sport"} <= reported, reported


def test_a_heading_after_a_time_without_a_live_blog_is_still_judged(lint):
    """Two entries are no live blog: its headings get no pass, and a menu line after a page's date stamp is read as ever."""
    text = "\n".join(["Home", "News", "Sport", "Updated", "21:22, 6 OCT 2020", "News", INTRO, FERRY]) + "\n"
    assert "News" in lines_of(lint, text, "NL311")


SILICON = ("The rivalry is even fiercer in the valley, where Salesforce is fighting Twitter, while Apple is "
           "taking on Facebook and Google over data.")
TECH = ("Microsoft said on Wednesday it would put $300 million into housing in Ashby, showing up its rival, "
        "which had argued openly and angrily with the council over a levy on big employers.")


def test_platforms_named_as_companies_in_a_sentence_are_prose(lint):
    text = "\n".join(["Steve Walker", TECH, SILICON, TECH.replace("Wednesday", "Thursday")]) + "\n"
    assert SILICON not in lines_of(lint, text, "NL311")


def test_a_sentence_sending_the_reader_to_a_platform_is_still_furniture(lint):
    for prompt in ("Share this story on Facebook and Twitter.", "Watch the full interview on YouTube and Facebook."):
        text = "\n".join(["Steve Walker", TECH, prompt, TECH.replace("Wednesday", "Thursday")]) + "\n"
        assert prompt in lines_of(lint, text, "NL310") + lines_of(lint, text, "NL311"), prompt
    # where a platform is the place something is posted, it stays a word of the page, not prose
    assert not _prose("Read the statement the company posted on Twitter and Facebook on Monday evening.")
    assert _prose("Shares in the company fell after Facebook and Twitter reported slower growth in users.")


DEBATE = ("In a debate expected within the next fortnight, members will vote on plans to give the food watchdog the "
          "power to enforce its standards on every import.")


def test_a_paragraph_a_later_caption_reuses_is_no_pull_quote(lint):
    caption = MOVE[:-1] + " (pictured, chickens at a poultry farm in the Midwest)"
    text = "\n".join([OPENING, MOVE, DEBATE, caption, DEBATE.replace("fortnight", "month")]) + "\n"
    assert MOVE not in lines_of(lint, text, "NL311")


def test_a_pull_quote_is_still_reported(lint):
    quote = "Members will vote on plans to give the food watchdog the power to enforce its standards."
    text = "\n".join([OPENING, MOVE, quote, DEBATE, OPENING.replace("today", "yesterday")]) + "\n"
    assert quote in lines_of(lint, text, "NL311")


def test_pull_quotes_in_a_long_page_are_found_by_the_index_as_by_a_scan(lint):
    """Past occurrences.LONG_TEXT the first test of a pull quote is the text's index, not a scan per line: the same
    lines are reported (the quote the story says again), the same left (a line said once)."""
    from newslint import occurrences
    filler = [f"Paragraph {k} of the council's report sets out the costs of the new depot and the staff it will need, "
              f"the committee heard on Tuesday, before members voted on the plan." for k in range(200)]
    quote = "Members will vote on plans to give the food watchdog the power to enforce its standards."
    once = "Members will meet again next week to set the budget for the harbour and its ferries."
    text = "\n".join([OPENING, MOVE, quote, DEBATE, once, *filler, OPENING.replace("today", "yesterday")]) + "\n"
    assert len(text) > occurrences.LONG_TEXT
    found = lines_of(lint, text, "NL311")
    assert quote in found and once not in found


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
    signoff = "We are signing off for the evening but we will return at eight with all the news from the valley."
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


def test_a_heading_at_the_end_after_a_review_or_a_prompt_is_furniture(lint):
    review = ("It asks you to weigh the urge to press on against the duty to look after your crew, with no easy "
              "answers, and it forms a cohesive, uncomfortable whole.")
    prompt = "Finally, read our Terms of Service and Privacy Policy"
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


def test_a_heading_markdown_marks_between_the_story_s_paragraphs_is_the_story_s(lint):
    """A main-content extractor's Markdown keeps the story's headings with their marks (a live blog's entries): one
    between two paragraphs of the story stays, however its words read; the page's own boxes, marked so too, say what
    they are and are still reported."""
    for heading in ("### Library services - Quay Head's 'The Stacks' to close",
                    "### Harbour ferries - Mill Point's 'The Crossing' to close"):
        assert lines(lint, "NL311", PROSE, MORE, heading, LONG, LATER, LAST) == [], heading
    for box in ("### Download the Harbour Times app for iPhone and Android",
                "### Subscribe to the Harbour Times for unlimited access today",
                "### Comments are closed on this story for legal reasons"):
        assert lines(lint, "NL311", PROSE, MORE, box, LONG, LATER, LAST) == [box], box


def test_a_numbered_list_s_numbers_on_lines_of_their_own_are_the_list_s(lint):
    """Pandoc and a text browser set a numbered list's number on a line of its own over its item ('1.' / '    See
    the council's report …', a story's footnotes): the number is the item's, not a line of the page; the page's
    furniture after the list is still reported."""
    notes = ["See the council's report for how the library's opening hours were counted.",
             "The figures are for the year to the end of March.",
             "Two branches closed during the survey and are left out."]
    listed = [line for k, note in enumerate(notes, 1) for line in (f"{k}.  ", f"    {note}")]
    assert lines(lint, "NL311", PROSE, MORE, LONG, LATER, LAST, "Footnotes", *listed) == []
    found = lines(lint, "NL311", PROSE, MORE, LONG, LATER, LAST, "Footnotes", *listed, "Share this article",
                  "Sign up for our newsletter", "Privacy policy")
    assert not {"1.", "2.", "3."} & set(found) and "Privacy policy" in found, found


def test_buttons_between_paragraphs_are_still_judged():
    for button in ("Read more", "Share this", "Image zoom", "Most popular stories"):
        texts = [VOTE_OPENING, button, SERVICES, POOLS]
        assert not _heading_between_prose(texts, shapes_of(texts), 1), button


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


@pytest.mark.parametrize("last", ["Mr. Doe", "Dr. Jane Doe", "Prof. John Smith", "Ms Smith", "Sir Alan Brown"])
def test_a_name_after_an_honorific_at_the_end_is_no_heading(lint, last):
    """A signoff (NL340's), not a heading with nothing under it."""
    text = f"{PROSE}\n\n{MORE}\n\n{last}\n"
    assert lines_of(lint, text, "NL311") == []


@pytest.mark.parametrize("sentence", [
    "The privacy policy of the app was changed last week.",
    "Users can subscribe to the newsletter from next month.",
    "The company said its cookie banner would be removed after complaints.",
    "Advertising revenue at the group has fallen by a third since 2019.",
])
def test_a_sentence_of_the_story_with_web_words_stays(lint, sentence):
    """A sentence with a finite verb and a final stop, even one naming web things, at the end of a short story."""
    for text in (f"Council bans cars\n\n{PROSE}\n\n{sentence}\n", f"{PROSE}\n\n{MORE}\n\n{sentence}\n"):
        assert lines_of(lint, text, "NL311") == [], text


@pytest.mark.parametrize("line", [
    "This site is protected by reCAPTCHA and its terms apply.",  # the page itself as the subject
    "Sign up for our newsletter and you will never miss a story.",  # speaks to the reader
    "Share this story on Facebook, Twitter or by email",  # no final stop
])
def test_the_page_s_own_sentences_are_not_taken_for_the_story(line):
    assert not furniture._story_statement([PROSE, line, MORE], 1)


def test_a_long_sentence_is_the_story_s_whatever_its_verb():
    line = "The retailer plans to cut back on advertising of snacks and fizzy drinks to children next year."
    assert furniture._story_statement([PROSE, line, MORE], 1)
    assert not furniture._story_statement([PROSE, "Advertising of snacks and fizzy drinks to children.", MORE], 1)


def test_a_sentence_the_page_repeats_is_not_taken_for_the_story():
    line = "Sorry, no reader has commented on this news item so far."
    assert furniture._story_statement([PROSE, line, MORE], 1)
    assert not furniture._story_statement([PROSE, line, "Read more", line, MORE], 1)


def test_section_label_beside_furniture(lint):
    text = f"{PROSE}\n\n{MORE}\n\nLatest News\n\nShare this article on Facebook\n\nSubscribe\n"
    assert "Latest News" in lines_of(lint, text, "NL311")


def test_subheading_beside_a_credit_stays(lint):
    text = f"{PROSE}\n\nJane Doe/Reuters\n\nBudget Questions Remain\n\n{MORE}\n\n{QUOTED}\n\n{PROSE}\n"
    assert "Budget Questions Remain" not in lines_of(lint, text, "NL311")


BODY = ("Critics were quick to respond. The long march of reform, by pushing every school towards the same "
        "timetable, thus quietly removes the freedom that small schools have relied on for decades, they said. "
        "Several of them pointed to villages where the school is the last public building still open.")


def test_pull_quote_in_other_words_is_furniture(lint):
    pull = ("The long march of reform, by pushing every school towards the same timetable, "
            "quietly removes the freedom that small schools have relied on.")
    text = f"{PROSE} {MORE}\n\n{pull}\n\n{BODY}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_sentence_sharing_a_few_words_with_another_stays(lint):
    echo = ("The long march of reform has been debated in every school, and many parents "
            "want the timetable to stay as it is.")
    text = f"{PROSE} {MORE}\n\n{echo}\n\n{BODY}\n\n{LAST}\n"
    assert lines_of(lint, text, "NL311") == []


def test_statement_printed_line_by_line_after_its_quotation_stays(lint):
    lines = ["The harbour will close to all shipping from noon on Friday until further notice.",
             "Ferries to the outer islands will run from the north pier during the closure instead.",
             "Residents are asked to avoid the waterfront while the engineers inspect the sea wall."]
    quoted = "The harbour master said: \u201c" + " ".join(
        line.replace("from noon", "from twelve noon") for line in lines) + "\u201d"
    text = "\n\n".join([PROSE, quoted, MORE, "The statement in full:", *lines]) + "\n"
    assert not set(lines) & set(lines_of(lint, text, "NL311"))


def test_short_paragraph_the_longer_one_merely_contains_is_no_pull_quote_when_longer_is_shorter(lint):
    # the longer version is the line itself: the shorter paragraph elsewhere is what repeats it
    line = ("The long march of reform, by pushing every school towards the same timetable, thus quietly removes "
            "the freedom that small schools have relied on for decades, and parents have noticed it.")
    short = "The long march of reform quietly removes the freedom of small schools."
    text = f"{PROSE}\n\n{line}\n\n{MORE}\n\n{short}\n"
    assert line not in lines_of(lint, text, "NL311")


def test_markdown_table_rows_are_the_articles_table(lint):
    table = ("| County | Councillor | Email address |\n|---|---|---|\n"
             "| Northshire | Jane Example | jane.example@council.example |\n"
             "| Southdale | Tom Sample | tom.sample@council.example |")
    text = f"{PROSE}\n\n{table}\n\n{MORE}\n"
    assert lines_of(lint, text, "NL311") == []


def test_menu_line_beside_a_table_still_found(lint):
    text = (f"{PROSE}\n\n| County | Councillor |\n|---|---|\n| Northshire | Jane Example |\n\n{MORE}\n\n"
            "Home\n\nNews\n\nSport\n\nWeather\n\nSign in\n")
    found = lines_of(lint, text, "NL311")
    assert "| County | Councillor |" not in found and "Sport" in found


@pytest.mark.parametrize("table", [
    "Country        Jan      Feb\nNorway         9.10     9.20\nChile          4.50     4.45\nPeru           1.20     1.25",
    "Country\tJan\tFeb\n\nNorway\t9.10\t9.20\n\nChile\t4.50\t4.45",
])
@pytest.mark.parametrize("dateline", ["WASHINGTON, March 3 -", "NEW YORK (Reuters) -", "Rio de Janeiro, May 2 —"])
def test_a_wire_dateline_alone_and_a_table_set_out_in_columns_are_the_story(lint, dateline, table):
    text = f"Oil output figures\n\n{dateline}\n{table}\n\n{PROSE}\n\n{MORE}\n"
    assert lines_of(lint, text, "NL311") == []


@pytest.mark.parametrize("line", ["Share -", "Home    News    Sport", "Updated March 3 -"])
def test_furniture_with_a_dash_or_wide_spaces_is_no_dateline_nor_table_row(line):
    from newslint.rules.lines.bylines import wire_dateline

    texts = [PROSE, line, MORE]
    assert not wire_dateline(line) and not furniture._spaced_table_row(texts, 1)


STATEMENT = ["I have been told this morning that the harbour master was detained overseas on fraud charges.",
             "I realise this will be difficult news for people in the islands. I ask everyone to stay calm today.",
             "The deputy harbour master will take over the duties of the office from tomorrow morning onwards.",
             "I will give a further update when I can."]


def test_statement_quoted_then_printed_in_full_is_no_pull_quote(lint):
    quoted = "He said: \u201c" + " ".join(STATEMENT) + "\u201d"
    text = "\n\n".join([PROSE, quoted, MORE, "The statement in full:", *STATEMENT]) + "\n"
    found = lines_of(lint, text, "NL311")
    assert not set(STATEMENT) & set(found), found


@pytest.mark.parametrize("pull, before, after", [
    # a lone pull quote, said once further on
    ("\u201cI ask everyone to stay calm today and to wait for the facts.\u201d", "",
     "The governor spoke briefly. \u201cI ask everyone to stay calm today and to wait for the facts,\u201d "
     "he told reporters outside the office on Wednesday afternoon."),
    # taken from the next paragraph, which shares its words
    ("\u201cWe ran out of paper and the printers stopped. The school is closed.\u201d", "",
     "\u201cFor weeks we warned about the shortage,\u201d the head teacher said on Monday. \u201cAnd now it has "
     "happened: We ran out of paper and the printers stopped. The school is closed.\u201d"),
    # beside a paragraph whose citation recurs further on
    ("\u201cThe sea has never been this warm in the whole of the record.\u201d",
     "Ocean temperatures rose again in the spring, and the summer set a new high for the third year "
     "running (Northshire Marine Institute, 2023).",
     "The institute's director was clear. \u201cThe sea has never been this warm in the whole of the "
     "record,\u201d she said, adding that fishing fleets had already changed their routes "
     "(Northshire Marine Institute, 2023)."),
])
def test_pull_quote_still_found(lint, pull, before, after):
    text = "\n\n".join(p for p in (PROSE, pull, before, after, MORE) if p) + "\n"
    assert lines_of(lint, text, "NL311") == [pull]


def test_only_a_paragraph_of_prose_given_twice_makes_a_repeated_passage():
    from newslint.rules.lines.furniture import _repeated_passage
    teasers = ["Council budget is SHRINKING: Official figures show spending fell in 19 of 32 boroughs as...",
               "A year of cheap fares: Minister extends the rail discount until MARCH in a late U-turn after the...",
               "Harbour closes: Fishermen gather on the quay after the last boat comes in as the second storm..."]
    listed_twice = [PROSE, *teasers, MORE, *teasers]
    assert not _repeated_passage("\n\n".join(listed_twice), listed_twice, 2)  # a teaser list: NL311 may report it
    printed_twice = [PROSE, " ".join(STATEMENT), MORE, *STATEMENT]
    assert _repeated_passage("\n\n".join(printed_twice), printed_twice, 4)


def test_a_headline_between_two_lines_of_furniture_is_furniture(lint):
    """Another story's headline in a box of links, with furniture above and below it, even one that reports speech
    ('…, police say'); the neighbours' own lines are reported as before."""
    text = (f"Title\n\n{PROSE}\n\n{MORE}\n\nHome\n\nNews\n\nSport\n\nTrending\n\n"
            "Harbour bridge to close for repairs, council says\n\nWatch Live\n\nWeather\n\nContact us\n")
    reported = lines_of(lint, text, "NL311")
    assert "Harbour bridge to close for repairs, council says" in reported, reported


@pytest.mark.parametrize("middle", [
    "Harbour bridge to close for repairs",  # a subheading: prose under it
    "The bridge will close for repairs next week.",  # a sentence
    "“We were told nothing,” she said",  # a quotation
])
def test_a_line_with_prose_beside_it_or_a_stop_is_not_among_furniture(middle):
    texts = ["Home", "News", middle, MORE, "Weather"]
    assert furniture._between_furniture(texts, shapes_of(texts), {0, 1, 4}, set()) == []
    texts = ["Home", "News", middle, "Weather"]  # furniture on both sides: only the headline-shaped line
    assert furniture._between_furniture(texts, shapes_of(texts), {0, 1, 3}, set()) == ([2] if middle[0] == "H" else [])


def test_a_live_blog_heading_between_two_names_is_not_among_furniture():
    assert furniture._name_alone("Jane Doe") and furniture._name_alone("Gavin O'Connell")
    assert not furniture._name_alone("Latest News") and not furniture._name_alone("Top Stories")
    texts = ["Home", "Jane Doe", "Harbour bridge to close for repairs", "John Roe", "Weather"]
    assert furniture._between_furniture(texts, shapes_of(texts), {0, 1, 3, 4}, set()) == []
    assert furniture._between_furniture(texts, shapes_of(texts), {0, 1, 3, 4} - {1, 3}, set()) == []
    labels = ["Home", "Latest News", "Harbour bridge to close for repairs", "Top Stories", "Weather"]
    assert furniture._between_furniture(labels, shapes_of(labels), {0, 1, 3, 4}, set()) == [2]


@pytest.mark.parametrize("piece, below", [
    ("Council leader takes the lead among", "Weather"),  # ends in a small word: a sentence broken at a link
    ("Council leader takes the lead", "voters, the poll shows"),  # the line under it goes on in lower case
])
def test_a_piece_of_a_broken_sentence_between_furniture_is_not_among_furniture(piece, below):
    texts = ["Home", "News", piece, below]
    assert furniture._between_furniture(texts, shapes_of(texts), {0, 1, 3}, set()) == []


class _NoScan(list):
    """A page's lines that refuse a per-line scan (``texts.count``): a page of thousands of lines is counted once."""

    def count(self, value):
        raise AssertionError("a line's repeats were counted by scanning the whole page")


def test_a_sentence_s_repeats_are_counted_once_for_a_long_page():
    line = "Sorry, no reader has commented on this news item so far."
    page = _NoScan([PROSE, line, "Read more", line, *[f"Item {k}" for k in range(100)], MORE])
    assert not furniture._story_statement(page, 1)
    assert furniture._story_statement(_NoScan([PROSE, line, *[f"Item {k}" for k in range(100)], MORE]), 1)
    counts = LineCounts(page)
    assert not furniture._story_statement(page, 1, counts) and counts[line] == 2 and counts["Home"] == 0
    assert LineCounts([PROSE, line, line])[line] == 2 and LineCounts([PROSE, line])["Home"] == 0  # a short page


# teasers of other stories, cut short ------------------------------------------------------------------

RELATED_WITH_EXCERPTS = [  # a 'related posts' block: each headline over its excerpt, cut at a length
    "Harbour board approves new ferry timetable",
    "by Jane Doe The harbour board on Monday approved a timetable that adds two evening crossings from the...",
    "Library extends opening hours for exams",
    "Students will be able to use the reading rooms until midnight from next week, the council said, after a...",
    "Council to review parking charges",
    "Residents have complained for months that the charges in the town centre are higher than those of…",
]
MORE_STORIES = [  # a 'more stories' box: a time, then a headline cut short
    "6 hours ago", "Flooding closes coastal road near the marina for …",
    "7 hours ago", "Two injured after lorry overturns on the bypass in …",
    "9 hours ago", "School choir to sing at the national final in …",
]


@pytest.mark.parametrize("block", [RELATED_WITH_EXCERPTS, MORE_STORIES])
def test_teasers_cut_short_are_furniture(lint, block):
    text = "Title\n\n" + "\n\n".join([PROSE, MORE, LAST, *block]) + "\n"
    found = [line for line in lines_of(lint, text, "NL311")]
    teasers = [line for line in block if line.rstrip(" >»›]").endswith(("...", "…"))]
    assert set(teasers) <= set(found)
    assert PROSE not in found and LAST not in found


def test_teasers_cut_short_after_a_teaser_or_with_a_mark_after_the_cut():
    texts = [PROSE, "Council to review parking charges",
             "Residents have complained that the charges in the town... >",
             "Library hours to be extended in the... >", MORE]
    assert furniture._cut_teasers(texts, line_forms(texts)[2]) == {2, 3}


@pytest.mark.parametrize("texts", [
    # a reader's comments trail off after sentences of their own
    [PROSE, "Brilliant show, the best in years.", "Shame the voting was so low, the young never bother...",
     "Who picks these winners? I need a long lie down...", "Same again next year then...", MORE],
    # a single teaser is no list (what else NL311 makes of it is the model's)
    [PROSE, "Council to review parking charges", "Residents have complained that the charges in the town...", MORE],
    # a quotation that trails off ends in its quotation mark
    [PROSE, "Local hero honoured", "'We just kept going...'", "New ferry for the harbour", "'It was like a dream...'"],
])
def test_lines_that_trail_off_are_not_teasers_of_other_stories(texts):
    assert furniture._cut_teasers(texts, line_forms(texts)[2]) == set()


def test_a_card_s_headline_printed_twice_in_a_row_is_furniture(lint):
    card = "Ferry operator adds late crossings for the festival weekend"
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{LAST}\n\nMore from the coast\n\n{card}\n\n{card}\n"
    assert lines_of(lint, text, "NL311").count(card) == 2


def test_a_list_of_the_page_s_links_kept_with_its_marks_is_furniture(lint):
    """An extractor that keeps an HTML list's marks keeps a menu's as well: a run of marked labels, or a line of them
    run together, two or more of them words of the page; every item is reported, 'Do not sell my data' too."""
    shares = ("* Facebook", "* Twitter", "* Pinterest", "* LinkedIn")
    assert set(shares) <= set(lines_of(lint, "\n\n".join(("Title", PROSE, *shares, MORE, LAST)) + "\n", "NL311"))
    footer = ("* Privacy", "* Terms", "* Do not sell my data")
    assert set(footer) <= set(lines_of(lint, "\n\n".join(("Title", PROSE, MORE, LAST, *footer)) + "\n", "NL311"))
    one_line = "* Facebook, * Twitter, * Pinterest, * Email,"
    assert one_line in lines_of(lint, f"Title\n\n{PROSE}\n\n{one_line}\n\n{MORE}\n\n{LAST}\n", "NL311")


def forms(texts):
    """``texts`` with their line_forms shapes and marks, as NL311 gives them to ``_menus_as_lists``."""
    shapes, _, marks = line_forms(texts)
    return texts, shapes, marks


@pytest.mark.parametrize("items", [
    ("* Apples", "* Pears", "* Plums"),  # labels without a word of the page
    ("* Share the road with cyclists.", "* Follow the signs.", "* Watch your speed."),  # sentences
    ("* Home", "* Contact"),  # two items
    ("* Apples, * Pears, * Plums,",),
    ("* Share prices fell sharply on Monday after the report came out, * Follow the money, * Watch the markets,",),
])
def test_a_list_of_the_story_s_is_no_list_of_links(items):
    assert furniture._menus_as_lists(*forms([PROSE, *items, MORE])) == set()


PAGE_HEAD = ["Harbour ferry to run all night | The Coast Courier", "* Facebook, * Twitter, * Email,",
             "Harbour ferry to run all night"]
TAGS = "* Harbour Board, * ferries, * night services, * Coastal towns,"
RELATED = ("* Lighthouse keeper's cottage opens as a museum, * Why the fishing fleet is shrinking?, "
           "* Two new berths for the marina and the old slipway to be ...,")


def test_a_list_run_into_one_line_outside_the_story_is_the_page_s():
    """A page's tags or related headlines that an extractor ran into one line ('* A, * B, * C,') after the story, or
    a menu above it, are the page's whatever their words, where no item is a sentence (a teaser cut short is none)."""
    assert furniture._menus_as_lists(*forms([*PAGE_HEAD, PROSE, MORE, LAST, TAGS, RELATED])) == {1, 6, 7}
    assert furniture._menus_as_lists(*forms([*PAGE_HEAD, TAGS, PROSE, MORE, LAST])) == {1, 3}


def test_a_line_of_two_labels_outside_the_story_is_the_page_s():
    """Two labels run into one line above or below the story: each a word of the page ('* Subscribe, * Sign In,'), or
    the line beside another list of the page's (a box's tabs over its headlines, '* Newest, * Busiest,')."""
    texts = [PAGE_HEAD[0], "* Subscribe, * Sign In,", PAGE_HEAD[2], PROSE, MORE, LAST]
    assert furniture._menus_as_lists(*forms(texts)) == {1}
    texts = [*PAGE_HEAD, PROSE, MORE, LAST, "* Newest, * Busiest,", RELATED]
    assert furniture._menus_as_lists(*forms(texts)) == {1, 6, 7}


@pytest.mark.parametrize("texts", [
    [*PAGE_HEAD, PROSE, TAGS, MORE, LAST],  # a list inside the story is the story's
    [*PAGE_HEAD, PROSE, "* Subscribe, * Sign In,", MORE, LAST],
    [*PAGE_HEAD, PROSE, MORE, LAST, "* Apples, * Pears,"],  # two labels without a word of the page, alone
    [*PAGE_HEAD, PROSE, MORE, LAST, "* Newest, * Busiest,", RELATED.replace("...,", "was approved.,")],
    [PROSE, MORE, LAST, TAGS],  # an extract of the story alone is read to its end
    [*PAGE_HEAD, PROSE, MORE, LAST, "* The plan was approved., * It starts in May., * Fares stay the same,"],
])
def test_a_list_run_into_one_line_of_the_story_s_stays(texts):
    assert not furniture._menus_as_lists(*forms(texts)) - {1}


RELATED_LINES = ["* Lighthouse keeper's cottage opens as a museum", "* Why the fishing fleet is shrinking",
                 "* Two new berths for the marina and the old slipway"]


@pytest.mark.parametrize("label, items", [
    ("Read more", [RELATED]),  # a list run into one line (readabilipy's)
    ("Related", RELATED_LINES),  # marked lines
    ("More on this story", RELATED_LINES),
])
def test_a_list_right_under_the_label_of_a_box_of_links_is_the_page_s_inside_the_story_too(lint, label, items):
    """A main-content extractor keeps a box of related headlines the page sets between the story's paragraphs: the
    list right under the box's label ('Read more', 'Related') is the page's wherever it stands, where no item is a
    sentence."""
    texts = [*PAGE_HEAD, PROSE, label, *items, MORE, LAST]
    assert furniture._menus_as_lists(*forms(texts)) - {1} == set(range(5, 5 + len(items)))
    assert set(items) <= set(lines_of(lint, "\n\n".join(texts) + "\n", "NL311"))


@pytest.mark.parametrize("label, items", [
    ("Read more", ["* The plan was approved., * It starts in May., * Fares stay the same,"]),  # statements
    ("The boats on the shortlist", [TAGS]),  # a line of the story's over its list, no label of links
    ("Related", ["* Apples, * Pears,"]),  # two labels without a word of the page
])
def test_a_list_of_the_story_s_under_a_line_stays(label, items):
    texts = [*PAGE_HEAD, PROSE, label, *items, MORE, LAST]
    assert furniture._menus_as_lists(*forms(texts)) - {1} == set()


NESTED_MENU = ["* Home", "* Local", "+ Harbour", "+ Hill villages", "o Upper valley", "o Lower valley", "* Sport",
               "+ Rowing", "* Weather"]  # a text browser's marks of a nested list's levels (lynx)


@pytest.mark.parametrize("menu", [
    NESTED_MENU,
    [item.replace("* ", "• ").replace("+ ", "□ ").replace("o ", "☆ ") for item in NESTED_MENU],  # w3m's marks
    ["-   Harbour", "-   Hill villages", "-   Rowing", "-   Weather"],  # Pandoc's
    ["* [Harbour](/harbour/)", "* [Hill villages](/hills/ \"Villages\")", "* Most viewed stories of the coast this week",
     "* [Rowing](/sport/rowing/)"],  # Markdown's links: most items a short label
])
def test_a_list_of_labels_outside_the_story_is_the_page_s_whatever_its_words_and_marks(lint, menu):
    """Three marked lines or more in a row above or below the story, none a sentence, are the page's (a menu, its
    sections, a footer) even without a word of the page, whatever their marks: a nested menu's levels are one list.
    Below the story, a list of headlines is the page's too."""
    texts = [PAGE_HEAD[0], *menu, PAGE_HEAD[2], PROSE, MORE, LAST]
    assert furniture._menus_as_lists(*forms(texts)) == set(range(1, len(menu) + 1))
    assert set(menu) <= set(lines_of(lint, "\n\n".join(texts) + "\n", "NL311"))
    texts = [*PAGE_HEAD, PROSE, MORE, LAST, *menu]
    assert furniture._menus_as_lists(*forms(texts)) - {1} == set(range(6, 6 + len(menu)))
    headlines = ["* Lighthouse keeper's cottage opens as a museum", "* Why the fishing fleet is shrinking",
                 "* Two new berths for the marina and the old slipway"]
    texts = [*PAGE_HEAD, PROSE, MORE, LAST, *headlines]
    assert furniture._menus_as_lists(*forms(texts)) - {1} == {6, 7, 8}


SCHOOLS_HEAD = ["New school rules from next term | The District Herald", "[Subscribe](/subscribe/)",
                "# [New rules for every school in the district](https://herald.example/schools/new-rules/)"]
LINKED_BELOW = ["### [Lighthouse keeper's cottage opens as a museum](https://herald.example/news/cottage/)",
                "[ Two new berths for the\nmarina ](/news/marina-\nberths/)",
                '[Contact us](/contact/ "Write to the newsroom")']


def _reported_texts(lint, texts):
    text = "\n\n".join(["Schools", *texts]) + "\n"  # (the first line is the article's title)
    return [text[d.start:d.end] for d in lint(text, select=["NL311"])]


def test_a_paragraph_that_is_one_markdown_link_outside_the_story_is_the_page_s(lint):
    """Outside the story, a paragraph that is one Markdown link and nothing else is the page's (a related story's
    linked headline, a heading's marks before it, its target wrapped over lines; a footer's link with a title)."""
    texts = [*SCHOOLS_HEAD, PROSE, MORE, LAST, *LINKED_BELOW]
    assert furniture._links_outside_story(texts, shapes_of(texts)) == {1, 6, 7, 8}
    reported = _reported_texts(lint, texts)
    assert set(LINKED_BELOW) <= set(reported) and SCHOOLS_HEAD[2] not in reported, reported


def test_cards_linked_pictures_are_no_prose_around_their_linked_headlines(lint):
    """Cards of other stories after the story, each a linked picture whose alt text is long over a linked headline and
    its time: the pictures' links are no prose, so the headlines are not taken for links among the story's prose."""
    cards = []
    for slug, headline in (("cottage", "Lighthouse keeper's cottage opens as a museum"),
                           ("fleet", "Why the fishing fleet is shrinking this winter"),
                           ("berths", "Two new berths for the marina and the old slipway")):
        cards += [f"[![Photo of {headline} as the harbour master and the ferry crews watch from the quay]"
                  f"(/pictures/{slug}.jpg)](/news/{slug}/)", f"### [{headline}](/news/{slug}/)", "20 hours ago"]
    texts = [*SCHOOLS_HEAD, PROSE, MORE, LAST, *cards]
    assert furniture.prose_paragraph(cards[0], shapes_of(cards)[0][0])  # (its words and stops read as prose)
    assert furniture._links_outside_story(texts, shapes_of(texts)) - {1} >= {7, 10, 13}
    reported = _reported_texts(lint, texts)
    assert set(cards[1::3]) <= set(reported), reported


@pytest.mark.parametrize("texts", [
    [*SCHOOLS_HEAD, PROSE, "[Read the ministry's letter](https://herald.example/letter.pdf)", MORE, LAST],  # the story's
    [*SCHOOLS_HEAD, PROSE, MORE, LAST, "[Jane Fairweather](/author/jane-fairweather/)"],  # a byline's link
    [*SCHOOLS_HEAD, PROSE, MORE, LAST, "[![A school gate](/pictures/gate.jpg)](/pictures/)"],  # a picture's
    [*SCHOOLS_HEAD, PROSE, MORE, LAST, "[We have rounded up the best offers on school shoes.](/offers/shoes/)"],
    [PROSE, MORE, LAST, LINKED_BELOW[0]],  # an extract of the story alone is read to its end
    [*SCHOOLS_HEAD, PROSE, MORE, LAST, "Share", "Print", "Email", LINKED_BELOW[0], "Advertisement", "Continue", OPENING],
])
def test_a_link_of_the_story_its_byline_and_its_linked_headline_stay(texts):
    """A link inside the story, a name alone (a byline), a picture's link, a linked sentence (a teaser a box of the
    story's may hold), a link with prose near it above and below (the story's, past a gap) and the story's own
    headline above it (half its content words in the story's prose) are not the page's links."""
    assert furniture._links_outside_story(texts, shapes_of(texts)) - {1} == set()


def test_a_paragraph_of_marked_lines_is_a_list_of_its_lines():
    """A text browser's list in a hard-wrapped page is one paragraph: an item a marked line, a line without a mark
    going on with the item above (a long item wrapped, a submenu's 'Expand'), a mark alone (an icon's link) none."""
    menu = "• News\n    □ Harbour\n    □ Hill villages\n  Expand\n• Weather and tides along the\n  coast\n•\n• Apps & Co."
    assert furniture._list_items(menu) == ["News", "Harbour", "Hill villages Expand", "Weather and tides along the coast",
                                           "Apps & Co."]
    texts = [PAGE_HEAD[0], menu, PAGE_HEAD[2], PROSE, MORE, LAST, "* Privacy\n* Terms\n* Cookies"]
    assert furniture._menus_as_lists(*forms(texts)) == {1, 6}
    texts = [PAGE_HEAD[0], PROSE, "* Privacy\n* Terms\n* Cookies", MORE, LAST]  # words of the page inside the story
    assert furniture._menus_as_lists(*forms(texts)) == {2}
    texts = [PAGE_HEAD[0], PROSE, "* Harbour\n* Hill villages\n* Upper valley", MORE, LAST]
    assert furniture._menus_as_lists(*forms(texts)) == set()


def test_a_paragraph_of_marked_lines_may_open_with_a_few_labels():
    """A text browser runs a menu's first links into the list's paragraph ('Subscribe' / 'Log in' over '* Sections');
    up to three lines of labels are items too, not a line that introduces a list nor a line of prose."""
    assert furniture._list_items("Subscribe\nLog in\n* Sections\n  + Harbour") == ["Subscribe", "Log in", "Sections",
                                                                                    "Harbour"]
    assert furniture._list_items("The three boats on the shortlist are:\n* Harbour Star\n* Island Queen") is None
    assert furniture._list_items("The ferry will run all night from May, the harbour board said on\n- Monday") is None
    assert furniture._list_items("One\nTwo\nThree\nFour\n* Five") is None  # more than three lines over the list
    texts = [*PAGE_HEAD, PROSE, MORE, LAST, "* 2024\n* May\n* 8"]  # a date's links: numbers are labels too
    assert furniture._menus_as_lists(*forms(texts)) - {1} == {6}


STORY_POINTS = ["* Fares on the night ferry will rise by a fifth from May",
                "* Season tickets for islanders stay at last year's price",
                "* The harbour board will review the timetable in the autumn"]


@pytest.mark.parametrize("texts", [
    [*PAGE_HEAD, *STORY_POINTS, PROSE, MORE, LAST],  # the points of the story's summary above it: statements
    [*PAGE_HEAD, PROSE, MORE, LAST, "The three boats on the shortlist for the new service are:", "* Harbour Star",
     "* Island Queen", "* Morning Tide"],  # a list of the story's under the line that introduces it
    [*PAGE_HEAD, PROSE, "* Harbour", "* Hill villages", "* Upper valley", "* Lower valley", "* Rowing", "* Weather",
     MORE, LAST],  # a long list between the story's paragraphs, which parts its prose into two blocks
    [*PAGE_HEAD, PROSE, MORE, LAST, "* The plan was approved.", "* It starts in May.", "* Fares stay the same"],
])
def test_a_list_of_the_story_s_outside_its_extent_stays(texts):
    assert not furniture._menus_as_lists(*forms(texts)) - {1}


def test_a_paragraph_said_again_further_on_is_not_a_card():
    line = "The council will meet again in March."
    assert furniture._twice_in_a_row([PROSE, line, MORE, line, LAST]) == set()
    assert furniture._twice_in_a_row([PROSE, "Read more", "Read more", LAST]) == set()  # a label of two words: others'
    assert furniture._twice_in_a_row([PROSE, MORE, MORE, LAST]) == set()  # prose doubled by an extractor
    assert furniture._twice_in_a_row([PROSE, line, line, LAST]) == {1, 2}
    assert furniture._twice_in_a_row([line, line]) == {0, 1}


# a web page's sentence as get_text("\n") gives it: each link a line of its own, the sentence going on after it
BROKEN_AT_LINKS = ["Satellite", "images have", "tracked the smoke of the fires,", "which", "covered", "the",
                   "sky over the city for two days, the agency said."]
MENU_LINES = ["Home", "News", "Sport", "Business", "Weather", "Contact Us"]


def test_a_story_sentence_broken_at_its_links_is_not_furniture(lint):
    found = [line for line, _ in nl311(lint, *MENU_LINES, PROSE, *BROKEN_AT_LINKS, MORE, LAST, *MENU_LINES)]
    assert "Home" in found and not set(found) & set(BROKEN_AT_LINKS)


def test_the_sites_sentence_or_a_list_of_tags_broken_at_links_is_not_taken_for_the_storys():
    texts = [PROSE, "Read our", "privacy policy", "before you comment.", "Tagged:", "harbour", "ferry", "Weather",
             *BROKEN_AT_LINKS, MORE]
    assert furniture._broken_sentences(texts) == set(range(8, 8 + len(BROKEN_AT_LINKS)))


def test_each_line_of_a_page_of_one_word_lines_is_asked_whether_it_is_a_date_once():
    """NL311 asks stamps.timestamp_line of a line and of the lines around it (a related story's headline between
    dates, a list's heading, a line another rule owns): up to six times a line, 22 ms per KB of a page of one-word
    lines. The answers of the last lines asked are kept: each line is judged once."""
    words = ["w" + "".join(chr(ord("a") + int(digit)) for digit in str(k)) for k in range(2000)]  # 2,000 lines
    article = Article.parse("The council met on Monday.\n\n" + "\n\n".join(words) + "\n", "<page>", has_header=False)
    furniture._remembered_stamp_line.cache_clear()
    assert len(list(furniture.FurnitureLine().check(article))) == 2000
    info = furniture._remembered_stamp_line.cache_info()
    assert info.misses <= 2001 and info.hits > 4 * 2000


# a text browser's list of the page's links ---------------------------------------------------------------------------

LYNX_LINKS = "".join(f"   {n}. https://news.example.com/{name}/\n" for n, name in enumerate(("home", "world", "sport"), 1))


def test_a_lynx_dumps_list_of_the_pages_links_is_one_finding_of_the_whole_list(lint):
    """``lynx -dump`` prints the page's links after its text (``Article.link_list``): the user hears once that the
    list is in the text, one finding spanning it, whose unsafe fix deletes it."""
    text = (f"   [1]Home [2]World [3]Sport\n\n   {PROSE}\n\n   {MORE}\n\nReferences\n\n   Visible links:\n{LYNX_LINKS}"
            "\n   Hidden links:\n   4. https://news.example.com/feed/\n")
    listed = Article.parse(text).link_list
    found = [d for d in lint(text) if d.code == "NL311" and d.end > listed[0]]
    assert [(d.start, d.end) for d in found] == [listed]
    assert "list of the page's links" in found[0].message
    assert apply_fixes(text, select_fixes(list(furniture.FurnitureLine().check(Article.parse(text)))[:1],
                                          unsafe=True)).rstrip().endswith(MORE)


def test_a_storys_own_numbered_list_of_sources_is_no_list_of_the_pages_links(lint):
    text = (f"Library use in small towns\n\n{PROSE} Visits rose by a third [1].\n\n{MORE} Loans fell [2].\n\n"
            "References\n\n1. Doe, J. (2019). Library use in small towns. Valley Press.\n"
            "2. Roe, A. (2020). Reading rooms and their readers. Hill Books.\n")
    assert Article.parse(text).link_list is None
    assert not [d for d in lint(text) if d.code == "NL311"]
    # its sources' addresses, numbered at the line's start as lynx's are not (lynx indents its list)
    online = text.split("References")[0] + "References\n\n1. https://library.example.org/report\n"
    assert Article.parse(online).link_list is None
    assert not [d for d in lint(online) if "list of the page's links" in d.message]


# texts set out a line at a time: their lines are the story's, not the page's

_STANZAS = ("Salt Road\n\nI walked the salt road in the rain\n\nMy boots were full of sand\n\n"
            "The ferryman was drunk again\n\nAnd would not take my hand\n\nWe waited by the water\n\n"
            "Until the tide came round\n\nThe children counted every boat\n\nAnd never made a sound\n")
_REFRAIN = ("The mill song\n\nThe wheel goes round and the water falls,\n\nthe miller sings in the dusty halls.\n\n"
            "Turn, old wheel, turn,\n\nTurn, old wheel, turn,\n\nthe river is wide and the river is long,\n\n"
            "and the mill will grind when the current is strong.\n")
_FRAGMENTS = ("Morning on the ridge\n\nFog in the valley\n\nCattle by the gate\n\nA tractor on the lane\n\n"
              "Smoke from the chimneys\n\nBells from the chapel\n\nA dog barking twice\n\nThe postman is late again\n\n"
              "Nobody minds\n\nWinter is coming early this year\n\nAnd the hill farmers are ready\n")
_TRANSCRIPT = ("The mayor spoke to us about the budget.\n\nQ: Why cut the parks first?\n\nA: We cut them least.\n\n"
               "Q: And next year?\n\nA: Ask me next year.\n\nQ: Will the pools close?\n\nA: Not this summer.\n\n"
               "HOLLIS: The river rose on Friday.\n\nDRAYTON: It rose on Wednesday, and nobody rang us.\n")
_RECIPE = ("Plum cake\n\nServes eight.\n\nIngredients\n\n200g butter, softened\n\n200g caster sugar\n\n4 eggs\n\n"
           "150g ground almonds\n\n6 ripe plums, halved\n\nMethod\n\nHeat the oven to 180C.\n\n"
           "Beat the butter and sugar until pale.\n\nAdd the eggs one at a time.\n\n"
           "Press the plums into the top.\n\nBake it for fifty minutes.\n")
_FACTS = ("Tram facts\n\n1. The line runs for eleven miles.\n\n2. It has fourteen stops.\n\n3. A fare is two pounds.\n\n"
          "4. Children under five ride free.\n\n5. Each tram carries two hundred people.\n\n"
          "6. The mayor rides the first one on Monday.\n")
_ONE_SENTENCE_LINES = ("The storm came in at dusk.\nNobody was ready for it.\nThe ferry had left at four.\n"
                       "The shop had closed.\nThen the harbour wall went.\nThe boats broke loose.\n"
                       "Her grandson ran down to the quay.\nHe could not save them.\n")


@pytest.mark.parametrize("text", [_STANZAS, _REFRAIN, _FRAGMENTS, _TRANSCRIPT, _RECIPE, _FACTS, _ONE_SENTENCE_LINES],
                         ids=["song", "refrain", "fragments", "transcript", "recipe", "facts", "one-sentence-lines"])
def test_a_text_set_out_a_line_at_a_time_is_not_furniture(lint, text):
    """A poem, a song (its refrain said twice in a row is no card), a transcript, a recipe, a list of facts or a story
    told a sentence a line: short lines in a run that keep the articles, pronouns and the verb 'to be' that a menu's
    labels and other stories' headlines drop (or quantities before words), with no sign of the page."""
    assert lint(text, select=["NL311"]) == []
    assert lint(text.replace("\n\n", "\n"), select=["NL311"]) == []


def test_the_pages_menu_and_other_stories_headlines_beside_a_poem_are_still_furniture(lint):
    """A whole page around a text set out a line at a time: its menu (labels), its share bar and the headlines of
    other stories (no articles, no 'is') are the page's."""
    text = (f"Home\n\nNews\n\nSport\n\nWeather\n\n{_FRAGMENTS}\nShare\n\nComments\n\nMost read\n\n"
            "Council backs ferry fare rise despite protest\n\nStriker signs new deal with county side\n\n"
            "Police name driver killed in bypass crash\n")
    found = [line for _, line in codes(lint, text, "NL311")]
    assert found[:4] == ["Home", "News", "Sport", "Weather"]  # (the first line, the parse's title: a word of the page)
    assert "Police name driver killed in bypass crash" in found
    assert not set(found) & set(_FRAGMENTS.split("\n\n"))


_LETTERS = ("Letters to the editor\n\nBridge tolls hurt\n\nthe night-shift workers\n\n"
            "The county's plan to raise the tolls on the river bridge will fall hardest on people who cross it at "
            "three in the morning to clean offices.\n\nOrla Penhallow\n\nFennick Bay\n\nLibrary hours are\n\n"
            "worth the cost\n\nRe. \"Evening cuts planned\", Page B2, May 4:\n\n"
            "Cutting the library's evening hours would save very little and cost a great deal to students "
            "without a quiet room at home.\n\nTobin Arkwright\n\nMillbrook\n")


def test_a_letters_signatures_and_its_headline_broken_over_two_lines_are_the_letters(lint):
    """A letter's signature (a name over a place) and its headline broken over two lines are the letter's, as a
    story's byline is the story's: a corpus keeps who wrote it and what it is about."""
    assert lint(_LETTERS, select=["NL311"]) == []


def test_headlines_that_read_as_prose_under_the_label_of_a_box_of_links_are_still_the_boxs(lint):
    """Other stories' headlines that keep their articles and pronouns (an advice column's) are the box's when the
    label of a box of links stands over them."""
    text = (f"School rules\n\n{PROSE}\n\n{MORE}\n\nMost popular\n\nAgony aunt: My neighbour keeps the hedge too high\n\n"
            "Agony aunt: I think my brother is hiding a debt\n\nGarden diary: The roses are late this year\n\n"
            "Agony aunt: My sister wants the house and I do not\n")
    assert [line for _, line in codes(lint, text, "NL311")] == text.rstrip().split("\n\n")[3:]


def test_cards_whose_labels_are_glued_to_their_teasers_are_no_lines_of_prose():
    """A box of cards, each a headline over its teaser with the section's label glued on ('Local NewsThe event …'),
    reads like lines of prose but shows the page in every teaser: NL311 may read it as furniture."""
    text = ("Harbour gala raises money for the lifeboat crew\n\nLocal NewsThe event was held on the quay.\n\n"
            "Bakery on the square is to close after sixty years\n\nBusinessIt was the last one in the town.\n\n"
            "The school choir is to sing at the cathedral\n\nLocal NewsThey won the county prize.\n")
    article = Article.parse(text, has_header=False)
    texts = [p.text for p in article.paragraphs]
    glued = furniture.lines_of_prose(texts, shapes_of(texts), article.paragraph_words, article.lower_words)
    unglued = text.replace("NewsThe", "News. The").replace("sIt", "s. It").replace("NewsThey", "News. They")
    article = Article.parse(unglued, has_header=False)
    texts = [p.text for p in article.paragraphs]
    assert glued == []
    assert furniture.lines_of_prose(texts, shapes_of(texts), article.paragraph_words, article.lower_words) \
        == [range(6)]


_SIGNED = ["Orla Penwick", "Tavish Brame, historian", "Ines Marroway", "Delphine Oakhurst, Fennick College",
           "Bram K. Tolliver, poet", "Sunniva Hartle", "Casimir Dunloe, Northbay University", "Wren Abernook",
           "Hollis Pryce-Ambler, playwright and teacher", "Maud Ellery"]
_OPEN_LETTER = (f"{PROSE}\n\nWe ask the council to keep the reading rooms open in the evenings, when most of the "
                "people who need them are free to come.\n\n")


_RULE = "  " + "-" * 34 + " " + "-" * 34
_SIGNED_IN_COLUMNS = f"""{_RULE}
  Orla Penwick                        Sunniva Hartle
  Tavish Brame, historian             Casimir Dunloe, Northbay
  Ines Marroway                       University
  Delphine Oakhurst, Fennick College  Wren Abernook
  Bram K. Tolliver, poet              Hollis Pryce-Ambler, playwright and
                                      teacher
  Maud Ellery                         Edda Quarrington
{_RULE}"""  # a table in two columns, each affiliation too long for its cell wrapped in it


@pytest.mark.parametrize("names", [
    "\n".join(_SIGNED),
    "\n".join(line.replace(", ", "\n,\n", 1) for line in _SIGNED),  # the comma and the affiliation on lines apart
    "\n".join(line.replace(", ", "\n, ", 1) for line in _SIGNED),  # the affiliation under the name
    "\n".join("**" + line.replace(", ", "** , ", 1) + ("" if ", " in line else "**") for line in _SIGNED),
    _SIGNED_IN_COLUMNS,
], ids=["a-name-a-line", "comma-apart", "affiliation-under", "markdown-bold", "table-in-columns"])
def test_an_open_letters_signatories_under_its_last_paragraph_are_the_letters(lint, names):
    """An open letter's list of signatories, eight names or more right under its last paragraph (a name alone or
    with an affiliation after a comma, one in four at least; a line each, or a table's two columns with an affiliation
    wrapped), is the letter's, not a page's list of links; the page's menu after it is still furniture."""
    text = f"{_OPEN_LETTER}{names}\n\nFront Page\nWeekend Reads\nPuzzle Corner\nBack Issues\nGift Cards\nPrint Edition\n"
    found = [line for _, line in codes(lint, text, "NL311")]
    assert found and set(found) <= {"Front Page", "Weekend Reads", "Puzzle Corner", "Back Issues", "Gift Cards",
                                    "Print Edition"}


def test_capitalised_labels_under_the_story_without_an_affiliation_are_no_signatories(lint):
    """Eight labels of two capitalised words under the story's last paragraph read as names, but none has an
    affiliation after a comma: a menu, still furniture; and a list of names that is not under a paragraph of prose
    is no letter's."""
    labels = ["Front Page", "Weekend Reads", "Puzzle Corner", "Back Issues", "Gift Cards", "Print Edition",
              "Reader Offers", "Photo Essays"]
    assert {line for _, line in codes(lint, _OPEN_LETTER + "\n".join(labels) + "\n", "NL311")} >= set(labels[1:])
    texts = ["Share", "Comments"] + _SIGNED
    assert furniture._signatories(texts, shapes_of(texts)) == set()
    texts = [_OPEN_LETTER.split("\n\n")[1]] + _SIGNED
    assert furniture._signatories(texts, shapes_of(texts)) == set(range(1, len(texts)))



@pytest.mark.parametrize("closing", ["The incident drew several curious onlookers.",
                                     "The mayor opened the new footbridge."])
def test_a_short_closing_sentence_with_a_lexical_verb_is_the_story(lint, monkeypatch, closing):
    """A short stopped sentence whose verb is no helper verb ('drew', 'opened') is the story's, whatever the model
    says of the line (read as a helper verb's statement was, it would be the model's)."""
    for name, answer in (("furniture_score", lambda vector: 0.99), ("has_evidence", lambda vector: True),
                         ("_plain_sentence", lambda vector: False), ("may_reach", lambda vector, cut: True)):
        monkeypatch.setattr(furniture, name, answer)  # a model that takes every line it is asked about
    text = "\n".join(["Title", PROSE, MORE, closing, LAST]) + "\n"
    assert codes(lint, text, "NL311") == []
    monkeypatch.setattr(furniture, "_lexical_verb", lambda words: False)
    assert [line for _, line in codes(lint, text, "NL311")] == [closing]


def test_a_notice_with_a_participle_after_not_or_an_adverb_is_no_short_statement():
    from newslint.rules.lines.furniture import _short_statement
    assert _short_statement("The incident drew several curious onlookers.")
    assert not _short_statement("Do not sell my personal information.")
    assert not _short_statement("Unauthorised distribution or republication strictly prohibited.")
    assert not _short_statement("Share this story with your friends.")
    assert not _short_statement("Article content continues below.")  # the page speaks in the present
    assert not _short_statement("The Associated Press contributed to this report.")  # of the page itself


# a tips story as trafilatura writes it in Markdown: its numbered items escaped ('5\.'), each item's lead in bold,
# some naming the web sites the story is about (so that the prose before them is short of the story's extent)
_MARKDOWN_TIPS = [
    "Posted on",
    "# A spring clean for the shop's pages online",
    "Our small island has no real seasons but every business still needs a clear-out once a year. When it comes "
    "to your shop's pages online, here are some ideas to get them looking fresh:",
    "1\\. **About:** Keep the about section short and say plainly what you sell and who you sell it to. Add a line "
    "that tells people how to order, or to register for your newsletter.",
    "2\\. **Pictures**: Remove anything that is out of date or no longer in stock. Now is a good time to take new "
    "photos of the counter and the window",
    "3\\. **Logo: Is it time for a new logo?** Has the shop changed its colours since the last one? Try not to "
    "change it every month, but a new logo can make old pages feel new again.",
    "4\\. **Look back at your posts:** Read your numbers and see which posts did well over the past few months. If "
    "few people read them, it is time to try another way to reach your customers.",
    "5\\. **Lock down your logins –** Change the password for your website and each of your shop pages. Check who "
    "can post for you and remove anyone who has left",
    "6\\. **Know why you are on each site –** Have a reason for every account you keep- why is your shop on "
    "Facebook? Why is it on Instagram? Why on the new video apps?",
    "7\\. **Close empty accounts –** Did you open an account somewhere and never post? An empty page looks worse "
    "than no page. Either post on it or close it",
]


def test_numbered_items_of_a_markdown_list_with_bold_leads_are_the_story(lint):
    """An item 'N\\. **Lead –** text' is read as the list item it is once Markdown's bold and escapes are set aside
    (as 'N. Lead – text' is)."""
    text = "\n\n".join(_MARKDOWN_TIPS) + "\n"
    assert [line for line in lines_of(lint, text, "NL311") if line[0].isdigit()] == []
    assert furniture._list_item("7\\. **Close empty accounts –** Did you open an account")
    assert not furniture._list_item("**Sport** – Football")  # bold without an item's number: read as it stands
    assert not furniture._list_item("**Expect to pay** $15/£13.49")  # a spec box's row: no item's dash


def test_furniture_after_a_markdown_list_of_the_story_is_still_found(lint):
    text = "\n\n".join(_MARKDOWN_TIPS + ["## Related Articles", "**Share this article**", "## Comments"]) + "\n"
    found = lines_of(lint, text, "NL311")
    assert {"## Related Articles", "## Comments"} <= set(found)
    assert [line for line in found if line[0].isdigit()] == []


def test_a_cards_headline_said_twice_under_the_story_is_still_a_card(lint):
    card = "Council to review harbour parking charges"
    story = ("The harbour ferry company said on Monday that its winter timetable would start a week early this year, "
             "with fewer crossings on weekday afternoons and a later first ferry on Sundays.")
    text = "\n\n".join(["Harbour ferry timetable changes", story, MORE, LATER, "More stories", card, card]) + "\n"
    found = [d.message.split(":")[0] for d in lint(text, select=["NL311"]) if text[d.start:d.end] == card]
    assert found and all("card's headline" in why for why in found)


NEWSLETTER = ["Welcome back to the Harbour Letter. Thanks for reading, and for the many notes about last week's issue.",
              "1. The harbour wall vote",
              "The council in Porthkennick approved a new sea wall on Tuesday after a winter of flooding that closed "
              "the harbour road for a month.",
              MORE,
              "2. Worthy of your time",
              "Illustration: Jane Doe/Harbour Letter",
              "Why small ports are losing their ferries (Tom Roe — Coastal Review)",
              "The slow return of the oyster beds (Ann Poe — Harbour Letter)",
              "3. One musical thing: the sea shanty revival",
              "Quayside, Porthkennick. Photo: John Doe",
              "Choirs across the county have taken up the old songs of the fishing fleet, and a festival of them is "
              "planned for the summer on the harbour front.",
              LATER]


def test_a_storys_numbered_section_headings_are_left_alone(lint):
    """A newsletter told in numbered sections: each heading's neighbour in the numbering stands further on, prose
    between them; the headings are the story's, whatever lines stand under them."""
    reported = [line for line, _ in nl311(lint, *NEWSLETTER)]
    assert not any(line[:2] in ("1.", "2.", "3.") for line in reported)


def test_a_box_of_numbered_links_one_under_the_other_is_no_story_section():
    texts = ["Most read", "1. Ferry timetable changes", "2. Harbour wall approved", "3. Oyster beds return", PROSE]
    assert furniture._numbered_sections(texts, shapes_of(texts)) == set()
    texts = ["1. The harbour wall vote", PROSE, "2. Worthy of your time", MORE, "3. One musical thing", LATER]
    assert furniture._numbered_sections(texts, shapes_of(texts)) == {0, 2, 4}


CARD_PAGE_HEAD = ["Home", "News", "Travel", "Food", "Harbour ferry to run all night"]


def test_a_cards_section_label_said_again_and_again_after_the_story_is_furniture(lint):
    """After the story, a page's cards of other stories each open with their section as a list's item ('* Travel
    Notes'): said three times or more there, it is the cards' label (a menu's item said again over the story, too).
    The story's own list stays, however often an item comes back, inside its extent or parting its prose; a card's
    stamp is left to the stamps' rule."""
    cards = []
    for label, title in (("* Travel Notes", "Ten quiet beaches for a winter walk"),
                         ("* Food", "A baker's guide to rye bread"), ("* Travel Notes", "Night trains are back"),
                         ("* Food", "Soup for a cold evening"), ("* Travel Notes", "The best ferry routes in spring")):
        cards += [label, title, "June 5, 2019"]
    page = "\n\n".join(CARD_PAGE_HEAD + [PROSE, MORE, LAST] + cards) + "\n"
    reported = [page[d.start:d.end] for d in lint(page, select=["NL311"])]
    assert reported.count("* Travel Notes") == 3
    assert not {PROSE, MORE, LAST} & set(reported)
    shares = ["* Share", "* Share", "* Share"]  # a menu's item said again over the story
    page = "\n\n".join(CARD_PAGE_HEAD + shares + [PROSE, MORE, LAST, "* 2 hours ago", "A", "* 2 hours ago", "B",
                                                   "* 2 hours ago", "C"]) + "\n"
    reported = [page[d.start:d.end] for d in lint(page, select=["NL311"])]
    assert reported.count("* Share") == 3 and "* 2 hours ago" not in reported  # (a card's stamp: NL312 reports it)
    own = ["* Yes", "* No", "* Yes", "* Yes"]  # the story's list: inside its extent
    for story in ([PROSE, *own, MORE, LAST], [PROSE, "Asked whether they agreed, the voters said:", *own, "* No",
                                              MORE, LAST, MORE.replace("several", "two")]):
        story = "\n\n".join(CARD_PAGE_HEAD + story + ["About us"]) + "\n"
        assert not {"* Yes", "* No"} & {story[d.start:d.end] for d in lint(story, select=["NL311"])}


def test_a_markdown_picture_without_alt_text_is_no_line_to_report():
    """A picture without alt text, linked or not and its address wrapped, holds no word of the page's: not reported
    (nor is it counted true by the labels). A picture with alt text, or a line with words beside the picture, is read."""
    bare = ["[ ![](https://example.com/uploads/2023/11/deals.jpg?strip=1)\n](https://example.com/reviews/deals/)",
            "![](https://example.com/uploads/\n2023/11/logo.png)", "[] []"]
    for text in bare:
        assert nothing_to_read(text), text
    for text in ("[ ![Ferry at dusk](https://example.com/a.jpg) ](https://example.com/b)",
                 "![](https://example.com/a.png) Read more", "Subscribe"):
        assert not nothing_to_read(text), text


def test_pandocs_markup_around_no_text_is_no_line_to_report():
    """Pandoc's Markdown prints the page's structure as markup: a fenced div's fence with its name or attributes
    (alone or after a list's mark), a raw block's fence, a hard break's lone backslash, a picture without alt text
    with its attributes, linked or not. None holds a word of the page's (the labels call them the format)."""
    markup = ["\\", "-   ::: item-content", "2.  ::: popular-box__list__container", "::: {#menu-item-text-5}",
              "```{=html}\n<!-- -->\n```", "```", '![](https://example.com/a.jpg){style="width: 646px"}',
              '-   [![](data:image/svg+xml;base64,PHN2Zw==)](https://example.com/share){.facebook\n    target="_blank"}',
              "[![](https://example.com/f.jpg)\\\n\\\n](https://example.com/classifieds)"]
    for text in markup:
        assert nothing_to_read(text), text
    # the page's own: an empty link or span (furniture of no words), a glyph, a template's braces, words, rules
    page = ['-   [](https://example.com/harbourpaper){target="_blank"}', "[ ](#){.menu-toggle}", "[ ]{.pad}",
            "[\n![](data:image/svg+xml;base64,PHN2Zw==)\n]{.icon .icon-search}", "]{.icon .icon-search}",
            '[+](#){.show style="color:#c00"}', "[✕]{#close .close-icon}", "-   [\\|]{.separator}",
            "[{{title}}]({{link}})", "## Harbour news {#harbour-news .header}", "The ferry sails at dawn. \\",
            "* * *", "-----", "|", "2.", "Home"]
    for text in page:
        assert not nothing_to_read(text), text


def test_pandocs_markup_lines_among_a_pages_furniture_are_not_reported(lint):
    """A pandoc page's share icons and fences over its menu: the menu's links are reported, the markup lines and
    the story are not."""
    icons = ['-   [![](data:image/svg+xml;base64,PHN2Zw==)](https://example.com/{0}){{.{0} target="_blank"}}'
             .format(name) for name in ("facebook", "twitter", "linkedin")]
    menu = ["-   [Home](/)", "-   [News](/news/)", "-   [Sport](/sport/)", "-   [Contact us](/contact/)"]
    text = "\n\n".join(["::: site-header", *icons, "```{=html}\n<!-- -->\n```", *menu, ":::", PROSE, MORE, LAST,
                         "\\", "::: footer", "-   [Privacy Policy](/privacy/)", "-   [Terms of Use](/terms/)",
                         ":::"]) + "\n"
    reported = [text[d.start:d.end] for d in lint(text, select=["NL311"])]
    assert "-   [Contact us](/contact/)" in reported or "[Contact us](/contact/)" in reported, reported
    assert not [line for line in reported if nothing_to_read(line)], reported
    assert not {PROSE, MORE, LAST} & set(reported)


def test_a_forms_empty_field_or_an_icons_empty_emphasis_alone_on_a_line_is_furniture(lint):
    """lynx prints a form's empty field as twenty underscores, html2text an icon's empty emphasis as '__': alone on a
    line of a whole page, the page's; a rule of other lengths (a page's '<hr>', a story's '___' break), w3m's
    bracketed field and a story's section break stay."""
    field, icon = "_" * 20, "__"
    text = f"Title\n\nHome\n\nNews\n\n{field}\n\n{PROSE}\n\n{MORE}\n\n{icon}\n\n{LAST}\n\nAbout us\n"
    reported = [line for _, line in codes(lint, text, "NL311")]
    assert field in reported and icon in reported
    for other in ("_" * 72, "___", "[                    ]", "* * *"):
        page = f"Title\n\nHome\n\nNews\n\n{other}\n\n{PROSE}\n\n{MORE}\n\n{LAST}\n\nAbout us\n"
        assert other not in [line for _, line in codes(lint, page, "NL311")], other


@pytest.mark.parametrize("sentence", ["A spokesman for the trust declined to comment.", "Smith declined to comment.",
                                      "We contacted the company, which declined to comment.",
                                      "We approached the hospital trust for comment.", "She had no further comment."])
def test_a_story_sentence_on_comment_is_no_comment_box(lint, sentence):
    """'comment' in a story's sentence (declined to comment, asked for comment) is no word of the page's comment box."""
    assert lines(lint, "NL311", LONG, PROSE, sentence, MORE, LATER, LAST) == []
    assert lines(lint, "NL311", LONG, PROSE, "No comments yet", MORE, LATER, LAST) == ["No comments yet"]


# cards of other stories after the story, each a headline over its byline ---------------------------------------

SIGNED_PAGE_HEAD = ["Home", "News", "Sport", "New school rules for every district", "By Jane Doe"]  # menus, the headline
SIGNED_CARDS = [
    "Ferry operator adds late crossings for the festival weekend", "By John Roe",
    "Extra sailings will run on both nights if the weather holds.",
    "Library extends opening hours for exams", "By Ann Poe and Staff",
    "Analysis",
    "Mayor hails \u2018historic\u2019 deal on the old quay", "By AP",
]


def signed_page(*after):
    return "\n\n".join([*SIGNED_PAGE_HEAD, PROSE, MORE, LONG, LATER, LAST, *after]) + "\n"


def test_cards_of_other_stories_each_signed_after_the_story_are_furniture(lint):
    found = lines_of(lint, signed_page(*SIGNED_CARDS), "NL311")
    assert {SIGNED_CARDS[i] for i in (0, 2, 3, 5, 6)} <= set(found)
    texts = [*SIGNED_PAGE_HEAD, PROSE, MORE, LONG, LATER, LAST, *SIGNED_CARDS]
    cards = furniture._signed_cards(texts, shapes_of(texts))
    assert sorted(cards) == [10, 12, 13, 15, 16]  # their headlines, the teaser, the label; not their bylines


def test_the_story_s_own_headline_and_byline_and_prose_stay_beside_signed_cards(lint):
    found = lines_of(lint, signed_page(*SIGNED_CARDS), "NL311")
    assert not {"New school rules for every district", "By Jane Doe", PROSE, MORE, LONG, LATER, LAST} & set(found)


def test_a_story_s_list_of_named_people_and_a_single_signed_line_are_no_cards(lint):
    named = ["Jane Doe, a nurse at the harbour clinic", "John Roe, a ferry pilot", "Ann Poe, a teacher"]
    assert furniture._signed_cards(named, shapes_of(named)) == {}
    one = [*SIGNED_PAGE_HEAD, PROSE, MORE, LONG, LATER, LAST, "Read the harbour board's full report", "By Jane Doe"]
    assert furniture._signed_cards(one, shapes_of(one)) == {}


def test_a_sign_up_notice_opening_with_by_is_no_card_s_byline():
    assert not furniture._card_byline("By joining, readers accept the club's rules")
    assert not furniture._card_byline("By the time the ferry arrived, the quay was empty.")
    assert furniture._card_byline("By Jane Doe, John Roe and Ann Poe")


def test_signed_titles_an_extract_ends_with_are_the_story_s():
    """An extract of the story alone (its prose from the start) is read to its end: its list of books stays."""
    texts = [PROSE, MORE, LAST, "Harbours of the north coast", "By Jane Doe", "A history of the ferries", "By John Roe"]
    assert furniture._signed_cards(texts, shapes_of(texts)) == {}


def test_a_story_s_line_ending_in_a_colon_over_an_embedded_post_stays(lint):
    """A line of the story that introduces what follows it (a clip, a post), with prose near above and below, is
    the story's, whatever the embedded post's furniture beside it."""
    intro = "Here’s a short clip of the mayor walking in:"
    text = "\n\n".join(["Home", "News", "Sport", "School rules for every district", PROSE, MORE, LONG,
                        "The harbour master posted that she was “delighted” to open the quay:",
                        "Delighted to open the new quay today. Proud of the crew. https://t.co/abc123",
                        "— Mara Quillfeather (@mquill) May 3, 2021", intro,
                        "The mayor arrives at the new quay for the ceremony. https://t.co/def456",
                        "— Harbour Watch (@harbourwatch) May 2, 2021", LATER, LAST]) + "\n"
    assert intro not in lines_of(lint, text, "NL311")
    assert not furniture._introduces_list("Share this article:")  # (the page's: the model may report it)


PANDOC_LINKS_BELOW = [
    '-   [Harbour news](/news/harbour/){.nav-link .text-bold\n    module="main-nav" item="menu"}',
    '-   [[Weather and\n    tides](/weather/){data-track="nav"\n    data-label="{\\"loc\\":\\"Main\\"}"}]{#menu-item-12}',
    '-   [[]{.icon .icon-mail}[Newsletter]{.screen-reader-text}](/newsletter/){.social-link}',
    "[About us](/about/) [Contact\nus](/contact/) [Find jobs in\nthe district](/jobs/)",
    "[Schools](/schools/)[Sport](/sport/)[Opinion](/opinion/)",
    # a card's linked headline as a heading, cut short, with the heading's own attributes after the link
    '### [Ferry timetable changes again for the winter\xa0...](/news/ferry-winter/){.card__link\nlink-type="content"}'
    " {#ferry-timetable-changes .card__title}",
]


def test_a_paragraph_of_links_as_pandoc_writes_them_outside_the_story_is_the_page_s(lint):
    """Outside the story, a paragraph that is only Markdown links is the page's whatever Markdown puts around them:
    a list's mark, pandoc's attribute blocks (a quoted value holding braces), a span around a link, a label holding an
    icon's empty span, several links in a row with their labels wrapped over lines."""
    texts = [*SCHOOLS_HEAD, PROSE, MORE, LAST, *PANDOC_LINKS_BELOW]
    assert furniture._links_outside_story(texts, shapes_of(texts)) == {1, *range(6, 6 + len(PANDOC_LINKS_BELOW))}
    reported = _reported_texts(lint, texts)
    assert set(PANDOC_LINKS_BELOW) <= set(reported), reported
    assert furniture._link_labels(PANDOC_LINKS_BELOW[1]) == ["Weather and\n    tides"]
    assert furniture._link_labels(PANDOC_LINKS_BELOW[2]) == ["Newsletter"]
    assert furniture._link_labels(PANDOC_LINKS_BELOW[5]) == ["Ferry timetable changes again for the winter\xa0..."]


@pytest.mark.parametrize("line", [
    "The council [published its report](/report/){target=\"_blank\"} on Monday.",  # a link in a sentence
    "[Jane Fairweather](/author/jane/) [Tom Hollis](/author/tom/)",  # a byline's links
    "[[Jane Fairweather](/author/jane/){.author-link}]{.byline}",
    '[](https://social.example/herald){.icon .icon-facebook} [](/feed/){.icon .icon-rss}',  # icons: nothing to read
    '[New rules for every school in the district]{style="color: #000000;"}',  # a span, no link: a headline set so
    "-   [The board will publish the timetable in June.](/timetable/){.teaser}",  # a linked sentence
])
def test_a_paragraph_of_links_that_is_no_page_s_stays(line):
    """A link inside a sentence, names alone (a byline's links), icons' links without a letter to read, a span that
    links nowhere (a headline's styling) and a linked sentence are not the page's links."""
    texts = [*SCHOOLS_HEAD, PROSE, MORE, LAST, line]
    assert furniture._links_outside_story(texts, shapes_of(texts)) - {1} == set()


def test_a_pandoc_list_of_links_inside_the_story_stays():
    """The story's own list of links between its paragraphs of prose (its sources) is the story's."""
    texts = [*SCHOOLS_HEAD, PROSE, "-   [The ministry's letter](/letter.pdf){.pdf}", "-   [The timetable](/times/)",
             MORE, LAST]
    assert furniture._links_outside_story(texts, shapes_of(texts)) - {1} == set()


def _pandoc_page(*blocks):
    """A page as pandoc writes it in Markdown: its blocks between blank lines, under the article's title."""
    text = "\n\n".join(["Schools", *blocks]) + "\n"
    return text, Article.parse(text, "<text>", None, True)


def test_the_lines_of_a_div_named_as_a_box_of_the_page_s_are_the_page_s(lint):
    """pandoc's Markdown keeps the page's divs: the lines a reader sees inside one whose class or id names a box of
    the page's (a footer, a menu, comments, a login form) are the page's, nested divs and fences in a list's item
    too; the fences, an icon's picture and raw HTML are nothing to read."""
    footer = ["About the Herald", "Write to the newsroom", "Terms of use and privacy"]
    text, article = _pandoc_page(
        "::: {#masthead .site-header}", "::: td-header-menu", "-   ::: menu-item", "    Schools and colleges", "    :::",
        ":::", ":::", "# New rules for every school in the district", PROSE, MORE, LAST,
        "::: {#comments .comments-area}", "Please log in to leave a comment", ":::",
        '::: {.site-footer role="contentinfo"}', "::: footer-column", *footer,
        "![](/pictures/logo.svg){.logo}", "<div>", ":::", ":::")
    texts = [p.text for p in article.paragraphs]
    boxes = furniture._named_boxes(text, article.paragraphs, texts, shapes_of(texts))
    assert sorted(texts[i] for i in boxes) == sorted(["Schools and colleges", "Please log in to leave a comment",
                                                     *footer])
    assert set(boxes.values()) == {"menu", "comments", "footer"}
    reported = [text[d.start:d.end] for d in lint(text, select=["NL311"])]
    assert {"Please log in to leave a comment", *footer} <= set(reported), reported
    assert not {PROSE, MORE, LAST} & set(reported)


@pytest.mark.parametrize("blocks", [
    ["::: {.layout .has-sidebar}", "# New rules for every school in the district", PROSE, MORE, LAST, ":::"],
    ["::: {.article-body}", "Why the rules changed", PROSE, MORE, LAST, ":::"],  # no box's name
    [PROSE, MORE, LAST, "::: related-box", "More on the district's schools", PROSE, ":::"],  # a box of prose
    [PROSE, MORE, LAST, "> ::: {.quote-share}", "> Every child deserves a good school", "> :::"],  # a pull quote
    [PROSE, "::: {.quote-share}", "“Every child deserves a good school”", ":::", MORE, LAST],
    [PROSE, MORE, LAST, "::: footer", "About the Herald"],  # a div never closed
])
def test_a_div_that_holds_prose_or_no_box_s_name_stays(blocks):
    """A div named as a box that holds a paragraph of prose (the story a page sets in its sidebar's div, a box of the
    story's), a div with no box's name (the story's body and its subheadings), a pull quote with its share button
    (in a quotation, or in quotation marks) and a div never closed are not the page's."""
    text, article = _pandoc_page(*blocks)
    texts = [p.text for p in article.paragraphs]
    assert furniture._named_boxes(text, article.paragraphs, texts, shapes_of(texts)) == {}


ICON_ROW = '[](https://social.example/herald){.icon .icon-facebook}\n[](/feed/ "Feed"){.icon .icon-rss}'


def test_a_row_of_icons_links_is_the_page_s_on_a_page_of_pandoc_s_only(lint):
    """A paragraph of links of no text (a row of icons) outside the story is the page's where the page is pandoc's
    Markdown with its divs kept; elsewhere (html2text's links of no text) it is left to the rules that read one."""
    texts = [*SCHOOLS_HEAD, PROSE, MORE, LAST, ICON_ROW, "-   [](/share/){.share-button}"]
    assert furniture._links_outside_story(texts, shapes_of(texts), icons=True) - {1} == {6, 7}
    assert furniture._links_outside_story(texts, shapes_of(texts)) - {1} == set()
    assert furniture._link_labels("[![](/pictures/gate.jpg)](/pictures/) [![](/pictures/hall.jpg)](/hall/)",
                                  icons=True) is None  # pictures' links: no icon's
    text, _ = _pandoc_page("::: masthead", "Herald", ":::", PROSE, MORE, LAST, ICON_ROW)
    assert ICON_ROW in [text[d.start:d.end] for d in lint(text, select=["NL311"])]


@pytest.mark.parametrize("line, nothing", [
    ("![](https://example.com/uploads/2022/04/ferry.jpg){.size-large", True),  # its attributes go on below
    ('-   ![](https://example.com/uploads/ferry-64x64.png){.attachment-thumbnail width="64"', True),
    ("[![](data:image/svg+xml;base64,PHN2Zz4=){.icon .fill}](#){.modal-close", True),
    ("[Ferry fares rise again](https://example.com/ferry-fares){.card-link", False),  # words to read
    ("[](https://example.com/){.logo", False),  # an empty link of the page's: furniture of no words
])
def test_a_picture_whose_attributes_wrap_past_its_line_is_nothing_to_read(lint, line, nothing):
    """pandoc wraps a picture's long attribute block over lines, and a page whose lines are its paragraphs cuts it:
    the picture without alt text over an open attribute block is nothing to read (no line of furniture, no bare link
    line); a link's words beside it, or an empty link of the page's, are not."""
    assert nothing_to_read(line) is nothing
    text = f"Title\n\n{PROSE}\n\n{MORE}\n\n{line}\n\n{LAST}\n"
    if nothing:
        assert lint(text, select=["NL310", "NL311"]) == []


def test_cards_written_as_a_list_s_items_over_their_bylines_are_signed_cards(lint):
    """A converter's list of other stories keeps each card's mark ('* Headline' over 'By Name'): a card all the same,
    and so is its label written as an item ('* Analysis')."""
    marked = ["* " + SIGNED_CARDS[0], SIGNED_CARDS[1], "* " + SIGNED_CARDS[3], SIGNED_CARDS[4], "* Analysis",
              "* " + SIGNED_CARDS[6], SIGNED_CARDS[7]]
    found = lines_of(lint, signed_page(*marked), "NL311")
    assert {marked[i] for i in (0, 2, 4, 5)} <= set(found)
    assert not {"New school rules for every district", "By Jane Doe", PROSE, MORE, LONG, LATER, LAST} & set(found)


def test_a_story_s_list_of_named_people_written_as_items_is_no_card():
    named = [PROSE, MORE, LAST, "* Jane Doe, a nurse at the harbour clinic", "* John Roe, a ferry pilot"]
    assert furniture._signed_cards(named, shapes_of(named)) == {}


# a widget's figures: a ranked list's numbers, a calendar's weeks, an archive's months --------------------------

def test_a_ranked_list_s_numbers_printed_twice_are_furniture(lint):
    ranked = ["Most read", "1. 1", "Ferry operator adds late crossings", "2. 2", "Library extends opening hours",
              "3. 3", "Mayor opens the new quay"]
    found = lines(lint, "NL311", LONG, PROSE, MORE, LATER, LAST, *ranked)
    assert {"1. 1", "2. 2", "3. 3"} <= set(found)


def test_a_calendar_s_weeks_and_an_archive_s_months_are_furniture(lint):
    widgets = ["Archives", "March 2021", "February 2021", "January 2021", "December 2020",
               "1 2 3 4 5 6 7", "8 9 10 11 12 13 14", "15 16 17 18 19 20 21"]
    found = lines(lint, "NL311", LONG, PROSE, MORE, LATER, LAST, *widgets)
    assert set(widgets[1:]) <= set(found)


@pytest.mark.parametrize("figures", [
    ["3. 3"],                                  # one rank alone: a list's number, no widget
    ["March 2021", "January 2021"],            # two months, not in a row: the story's dates
    ["1 2 3 4 5 6 7 8 9"],                     # a score's innings over its row, no week
    ["4 8 15 16 23", "42 7 9 11 3"],           # numbers drawn, each no day after the last
])
def test_figures_of_the_story_stay(figures):
    texts = [LONG, PROSE, MORE, *figures, LATER, LAST]
    assert not any(furniture._widget_of_figures(texts, i) for i in range(len(texts)) if texts[i][-1:].isdigit())


# a box the page prints twice after the story ------------------------------------------------------------------

BOX = ["Most Recent", "Harbour board names a new chair", "Ferry fares rise by a tenth from May",
       "Library extends opening hours for exams"]


def test_the_lines_of_a_box_the_page_prints_twice_after_the_story_are_furniture(lint):
    found = lines(lint, "NL311", LONG, PROSE, MORE, LATER, LAST, *BOX, "Home", "News", *BOX)
    assert set(BOX[1:]) <= set(found)


def test_a_line_said_again_inside_the_story_or_once_after_it_is_no_box_said_twice(lint):
    """The story's own refrain, and the headline printed over the story and once after it, are no box said twice."""
    refrain = "We will not leave the harbour"
    text = "\n\n".join(["School rules", "Harbour board names a new chair", LONG, refrain, PROSE, refrain, MORE, LATER,
                        LAST, "Harbour board names a new chair"]) + "\n"
    assert not [d for d in lint(text, select=["NL311"]) if d.message.startswith("a line the page prints twice")]


# a list of teasers after the story, each a paragraph that is one link -------------------------------------------

TEASERS = ["[The harbour board says the new ferry timetable will add two late crossings on Fridays and Saturdays "
           "from the start of May.](https://example.com/ferry-timetable)",
           "[Readers on the north coast have waited three years for the library to open on Sundays; it finally "
           "will.](https://example.com/library-sundays)"]


def test_two_linked_teasers_after_the_story_are_furniture(lint):
    assert set(lines(lint, "NL311", "Home", "News", "Sport", LONG, PROSE, MORE, LATER, LAST, *TEASERS)) >= set(TEASERS)


def test_one_linked_teaser_after_the_story_or_teasers_above_it_stay(lint):
    assert TEASERS[0] not in lines(lint, "NL311", "Home", "News", "Sport", LONG, PROSE, MORE, LATER, LAST, TEASERS[0])
    texts = ["Home", "News", "Sport", *TEASERS, LONG, PROSE, MORE, LATER, LAST]
    assert not set(TEASERS) & set(furniture._links_outside_story(texts, shapes_of(texts)))


@pytest.mark.parametrize("control", ["(BUTTON) Search...", "(BUTTON) Close (BUTTON) Menu", "Advertisement - [INS::INS]",
                                     "[INS: :INS]"])
def test_a_text_browser_s_button_or_ad_slot_is_furniture(lint, control):
    assert control in lines(lint, "NL311", LONG, PROSE, control, MORE, LATER, LAST)


def test_a_story_s_words_on_buttons_and_insertions_are_no_text_browser_s_marks(lint):
    text = "\n\n".join(["School rules", LONG, PROSE, "Press the BUTTON (it is red)", "INS: the insurer's new rules",
                        MORE, LATER, LAST]) + "\n"
    assert not [d for d in lint(text, select=["NL311"]) if d.message.startswith("a text browser's button")]
