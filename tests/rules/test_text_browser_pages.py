"""NL311 on a text browser's whole page (lynx, w3m: hard-wrapped, a box's lines printed without a blank line between
them): the list of the page head's links over it, and the boxes of lines outside the story, one finding a line; the
story's hard-wrapped paragraphs and its own lines set one under another stay."""

import textwrap

from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint import furniture as furniture_model
from newslint.rules.lines import furniture
from newslint.rules.lines.text_browser import _wraps, _wrapped_sentence, box_pieces, head_links

HEADLINE = "Library hours cut as council trims its budget"
STORY = (PROSE, MORE, LONG, LATER, LAST)
WEATHER = ["Harbourtown", "light drizzle", "14.2 ° C", "16.0 °", "11.8 °", "88 %", "5.1kmh", "Mon", "15 °", "Tue",
           "13 °", "Wed", "12 °"]
RECENT = ["Recent Posts", "Latest News", "Ferry timetable changes for the summer season", "May 3, 2021",
          "Latest News", "Harbour wall repairs to start next month", "May 2, 2021"]
HEAD = "#Harbourtown Gazette » Feed Harbourtown Gazette » Comments Feed alternate\nalternate"


def wrapped(paragraph):
    """A paragraph as a text browser prints it: wrapped at 72 columns, indented three spaces."""
    return textwrap.fill(paragraph, 72, initial_indent="   ", subsequent_indent="   ")


def box(lines):
    return "\n".join("   " + line for line in lines)


def page(*after, head=("   Skip to content",), story=STORY):
    """A whole page as lynx prints it: its head, a menu, the headline, a byline, the story, then ``after``."""
    menu = "\n".join(f"     * {item}" for item in ("Home", "Local", "Sport", "Opinion", "Weather", "Contact"))
    return "\n\n".join([*head, menu, "   " + HEADLINE, "   By Mara Quillfeather", *map(wrapped, story),
                        *after]) + "\n"


def findings(text):
    return list(furniture.FurnitureLine().check(Article.parse(text)))


def reported(text):
    return [text[f.start:f.end] for f in findings(text)]


def test_a_box_of_lines_after_the_story_is_reported_a_line_at_a_time():
    text = page(box(WEATHER), box(RECENT))
    found = reported(text)
    assert [line for line in WEATHER + RECENT if line in found] == WEATHER + RECENT
    start, end = text.index(wrapped(PROSE)), text.index(wrapped(LAST)) + len(wrapped(LAST))
    assert HEADLINE not in found and not any(f.start < end and start < f.end for f in findings(text))


def test_each_line_of_the_box_is_deleted_alone_by_its_unsafe_fix():
    text = page(box(WEATHER))
    fixed = apply_fixes(text, select_fixes([f for f in findings(text) if "box" in f.message], unsafe=True))
    assert "Harbourtown\n" not in fixed and "°" not in fixed and wrapped(LAST) in fixed


def test_a_hard_wrapped_paragraphs_breaks_are_wraps_and_a_boxs_are_not():
    story = wrapped(LATER + " " + LAST).split("\n")
    assert all(_wraps(story)) and _wrapped_sentence(story, _wraps(story))
    assert not any(_wraps(box(WEATHER).split("\n")))


def test_a_box_is_reported_but_not_where_a_sentence_goes_on_over_a_wrap():
    facts = box(["What is it? A week in the life of a lighthouse keeper on a small island off the"]
                + ["coast.", "Expect to pay $12", "Developer Tidewater Games", "Publisher Tidewater Games"])
    found = reported(page(head=("   Skip to content", box(WEATHER), facts)))
    assert "Harbourtown" in found and "Developer Tidewater Games" not in found


LATEST = ["Please enable JavaScript to view the comments powered by our comment service.", "Recent Posts",
          "[?uuid=3f2a9c1e-77b0-4d1a-9e55-0c8f21d4a6b7&function=fit&type=preview&w", "idth=440&height=660]",
          "Latest News", "Ferry timetable changes for the summer season", "May 3, 2021",
          "[?uuid=8b1d5e02-4c3f-4e7a-a1f9-6d2e0b7c9a41&function=fit&type=preview&w", "idth=440&height=660]",
          "Latest News", "Harbour wall repairs to start next month", "May 2, 2021"]


def test_a_box_of_cards_under_the_pages_prompt_with_wrapped_picture_names_is_reported():
    """A picture's name wrapped inside its brackets is no sentence going on, and the page's prompt to its reader
    no sentence of the story: the latest stories' box is the page's."""
    found = reported(page(box(LATEST)))
    assert "May 3, 2021" in found and "Harbour wall repairs to start next month" in found


def test_a_sentence_of_the_story_in_a_box_still_keeps_it():
    points = box(["Please note that the library will close at five on weekdays from the first of June.",
                  "Saturday hours stay", "as they are", "Mobile library visits double"])
    assert "Saturday hours stay" not in reported(page(points))


def test_the_storys_own_lines_set_one_under_another_stay():
    verse = box(["The tide came in at noon", "and the boats came home", "Mon to Fri the harbour sleeps",
                 "and wakes at the bell"])
    text = page(box(WEATHER), story=(PROSE, MORE, LONG, verse, LATER, LAST))
    found = reported(text)
    assert "Harbourtown" in found and not any(line.strip() in found for line in verse.split("\n"))


def test_the_page_heads_links_are_reported_as_one_finding():
    text = page(head=(box(HEAD.split("\n")), "   Skip to content"))
    assert box(HEAD.split("\n")).strip() in reported(text)


def test_the_page_heads_links_on_a_line_of_their_own_are_reported():
    text = page(head=("   #alternate", "   Skip to content"))
    assert "#alternate" in reported(text)


def test_a_hashtag_or_a_heading_over_a_story_is_no_list_of_links():
    assert head_links(HEAD) and head_links("#[1]alternate [2]alternate")
    assert not head_links("#MeToo marchers fill the square") and not head_links("# Ferry alternate routes")
    text = page(head=("   #SaveOurLibrary campaigners marched on the town hall", "   Skip to content"))
    assert "#SaveOurLibrary campaigners marched on the town hall" not in reported(text)


def test_the_storys_headline_in_a_box_above_it_stays():
    signed = box(["Latest News", HEADLINE, "2021-05-04 09:12:30", "[harbour-library-front.jpg]"])
    found = reported(page(head=("   Skip to content", box(WEATHER), signed)))
    assert "Latest News" in found and HEADLINE not in found


def test_a_page_whose_lines_are_broken_at_its_links_not_wrapped_has_no_boxes():
    def at_links(paragraph):  # (an extractor that starts a line at each link: 'the new rules' / 'would apply')
        words = paragraph.split(" ")
        return "\n".join([" ".join(words[:5]), " ".join(words[5:9]), " ".join(words[9:])])

    text = "\n\n".join(["Skip to content", "Home\nLocal\nSport", HEADLINE, "By Mara Quillfeather",
                        *map(at_links, STORY), "\n".join(WEATHER)]) + "\n"
    assert not any("box" in f.message for f in findings(text))


CARDS = ["Harbour ferries at the old pier on a grey morning, May 1, 2021. (Gazette staff photo by Iris Penhallow,",
         "harbour desk)", "Ferry timetable changes for the summer season", "By Gazette staff",
         "Councillors at the town hall on the night of the vote, April 30, 2021. (Gazette staff photo by Iris",
         "Penhallow, council desk)", "Harbour wall repairs to start next month", "By Tomas Ellery",
         "The closed bakery on the main street. (Gazette staff)", "Bakery reopens after flood", "By Gazette staff"]


def test_a_list_of_other_stories_cards_after_the_story_is_reported_wrapped_or_not():
    found = reported(page(box(CARDS)))
    assert [line for line in CARDS if line in found] == CARDS


def test_a_story_paragraph_with_a_byline_in_it_is_no_list_of_cards():
    signed = box(["By Mara Quillfeather", HEADLINE] + wrapped(LATER).split("\n"))
    assert not any(line.strip() in reported(page(signed)) for line in wrapped(LATER).split("\n"))


def test_a_list_of_the_storys_points_after_it_is_no_box():
    points = box(["The library will close at five on weekdays from the first of June.", "Saturday hours stay as",
                  "they are.", "Mobile library visits to the villages will double over the summer."])
    found = reported(page(points))
    assert not any(line.strip() in found for line in points.split("\n"))


def test_a_boxs_pieces_are_its_wrapped_runs_of_lines():
    """A box's lines a wrap broke are one piece, its words joined by single spaces; a line no wrap broke ends one; a
    paragraph every break of which is a wrap's is no box (no pieces)."""
    caption = ("Volunteers sort donated coats at the community hall on Saturday morning before the winter appeal "
               "opened its doors")
    text = page(box(["Related", *wrapped(caption).strip().split("\n   "), "Photo: Jane Doe"]))
    article = Article.parse(text)
    [paragraph] = [p for p in article.paragraphs if p.text.startswith("Related")]
    assert [piece for _, _, piece in box_pieces(text, paragraph)] == ["Related", caption, "Photo: Jane Doe"]
    assert [text[start:end] for start, end, _ in box_pieces(text, paragraph)][2] == "Photo: Jane Doe"
    [story] = [p for p in article.paragraphs if p.text.startswith(LONG[:20])]
    assert box_pieces(text, story) == []


def test_a_box_the_model_reports_whole_is_one_finding_not_its_lines_too():
    """A box whose lines the box reading leaves one of (a dash between a byline and its date) and that the furniture
    model reports whole, after the story: one finding over the whole box, not that and one a line beside it; a box
    whose every line the box reading takes is reported a line at a time."""
    card = ["By", "Oriel Fenwick", "-", "June 4, 2031", "Facebook", "Twitter", "Pinterest", "WhatsApp"]
    text = page(box(card), box(WEATHER))
    found = findings(text)
    whole = [f for f in found if text[f.start:f.end] == box(card).strip()]
    assert len(whole) == 1
    assert not any(whole[0].start <= f.start and f.end <= whole[0].end for f in found if f is not whole[0])
    assert [line for line in WEATHER if line in reported(text)] == WEATHER


TIMED = ["Latest Articles", "• 12 minutes ago", "  Harbour board names a new chair after a year without one",
          "• 1 hour ago", "  Ferry timetable changes for the summer season announced by operator",
          "  and the council", "• 2 hours ago", "  Allotment waiting list closes for the rest of the year",
          "• 3 hours ago", "  Lifeboat crew called out twice in one night off the point"]


def test_a_box_of_other_stories_each_with_its_time_after_the_story_is_reported_a_line_at_a_time():
    """After the story, a box of other stories' headlines each under its time ('• 2 hours ago'), a headline wrapped
    onto a lower-case line: the page's cards, one finding a line; the story and its headline stay."""
    text = page(box(TIMED))
    found = reported(text)
    assert [line for line in TIMED if line.strip() in found] == TIMED
    assert HEADLINE not in found and wrapped(LAST) not in found


def test_a_box_of_timed_entries_holding_a_sentence_or_over_the_story_stays():
    """The same box with an entry that is a sentence of its own (a live report's entry), or printed over the story
    (the page's head), is no list of cards by its times alone."""
    entry = "  The lifeboat crew said both walkers had been brought back to the harbour safely."
    for text in (page(box(TIMED[:3] + [entry] + TIMED[3:])),
                 page(story=STORY, head=("   Skip to content", box(TIMED)))):
        found = reported(text)
        assert not [line for line in TIMED[2:] if line.strip() in found], text


REFERENCES = "References\n\n   Visible links:\n   1. https://news.example.com/home/\n   2. https://news.example.com/share/\n"
SHARE = ["[72]", "Facebook", "[73]", "Twitter", "[74][white_android.png] [75][white_apple.png]", "WhatsApp"]


def test_lynxs_numbers_of_links_alone_in_a_box_are_nothing_to_read_and_its_words_are_reported():
    text = page(box(SHARE), "   [76][?uuid=0ce01&function=fit&type=previ\n   ew&width=440&height=660]", REFERENCES)
    found = reported(text)
    assert {"Facebook", "Twitter", "WhatsApp"} <= set(found)
    assert not [line for line in found if line.startswith("[7")]


PICTURED = ["Recent Posts", "[74][?uuid=3f2a9c1e-77b0&function=fit&type=previ", "ew&width=440&height=660]",
            "Latest News", "Ferry timetable changes for the summer season", "May 3, 2021",
            "[77][?uuid=8b1d5e02-4c3f&function=fit&type=previ", "ew&width=440&height=660]",
            "Latest News", "Harbour wall repairs to start next month", "May 2, 2021"]


def test_a_picture_name_lynx_wraps_in_a_box_is_nothing_to_read_on_either_of_its_lines():
    found = reported(page(box(PICTURED), REFERENCES))
    assert {"Recent Posts", "Latest News", "May 3, 2021"} <= set(found)
    assert not [line for line in found if "uuid" in line or "width" in line]


def test_a_box_line_leaving_its_bracket_open_is_one_line_with_the_line_closing_it():
    found = reported(page(box(PICTURED)))  # (no list of links: lynx's numbers are read, and the name with them)
    assert "[74][?uuid=3f2a9c1e-77b0&function=fit&type=previ\n   ew&width=440&height=660]" in found
    assert "ew&width=440&height=660]" not in found and "Latest News" in found


ARCHIVES = ["Archives", "March 2022", "February 2022", "January 2022", "December 2021", "November 2021"]


def test_a_box_of_archive_months_is_the_pages_furniture_beside_their_stamps(lint):
    """A page's date lines in a box (an archive's months) that NL314 reports as stamps are furniture too: NL311's
    findings on them stand beside NL314's, which names the lines' kind and not that they are the page's."""
    text = page(box(ARCHIVES))
    by_code = {}
    for d in lint(text, select=["NL311", "NL314"]):
        by_code.setdefault(d.code, set()).add(text.split("\n")[d.line - 1].strip())
    stamps = by_code["NL314"] & set(ARCHIVES)
    assert stamps and set(ARCHIVES) <= by_code["NL311"]


def test_the_storys_date_line_is_left_to_nl314(lint):
    text = page(story=("May 2, 2021", *STORY))
    assert [d.code for d in lint(text, select=["NL311", "NL314"]) if d.line == text.split("\n").index("   May 2, 2021") + 1] \
        == ["NL314"]


def test_numbers_alone_on_a_page_without_lynxs_list_of_links_are_still_read():
    assert {"[72]", "[73]", "Facebook"} <= set(reported(page(box(SHARE))))


def test_only_lynxs_numbers_and_picture_file_names_alone_are_nothing_to_read():
    alone = ["[41]", "[7][]", "[12][logo.png]", "[39][white_android.png] [40][white_apple.png]",
             "[74][?uuid=0ce01&type=previ\n   ew&width=440]"]
    words = ["[12]Home", "[11][Subscribe]", "[5][logo1.png]\n   [6]Login", "[3] Council votes", "[12][Harbour at dawn]"]
    assert [t for t in alone if furniture_model.nothing_to_read(t, numbered=True)] == alone
    assert not [t for t in words if furniture_model.nothing_to_read(t, numbered=True)]
    assert not [t for t in alone if furniture_model.nothing_to_read(t)]


def test_a_nested_menus_section_over_its_reported_items_is_reported():
    texts = ["Primary Menu", "* [13]Watch", "+ [14]Harbour Newscasts", "+ [15]Live Streams", "* [20]Weather & Traffic",
             "+ [21]Radar", "* The council will vote again in the spring", "+ [30]Budget papers", "* Sport", "Sport",
             "* News", "+ Local"]
    shapes = [(len(text.split()), False) for text in texts]
    flagged = {2, 3, 5, 7, 9}
    # (a long item is no section; nor one over a line that is no item inside it, nor one over an item left alone)
    assert furniture._menu_sections(texts, shapes, flagged) == [1, 4]


def test_a_storys_own_nested_list_stays():
    points = "\n\n".join(["   * Opening hours", "        + Monday to Wednesday, nine to five",
                          "        + Thursday, nine to eight", "   * Where to find it"])
    text = page().replace(wrapped(MORE), wrapped(MORE) + "\n\n" + points)
    assert points in text and not [line for line in reported(text) if line.startswith(("* Opening", "* Where", "+ "))]
