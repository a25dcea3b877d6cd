"""NL311 on lines beside its furniture (31f): a line that shows a sign of the page and scores a little under the cut,
and a run of bare lines that score the cut, the rows of a box; a single bare line (a headline under a menu), a name
and a long sentence beside furniture stay."""

from rule_texts import LAST, LATER, MORE, PROSE

from newslint.furniture import LineCounts, shapes_of, story_extent, threshold
from newslint.rules.lines import furniture

SPEC_BOX = ["Expect to pay $20/£17.99", "Developer Tidewater Studio",
            "Reviewed on an Intel Core i5 laptop, GeForce GTX 1650, 16 GB RAM", "Multiplayer? No", "Link Official site"]


def nl311(lint, text):
    return [(d.line, d.message.split(":")[0]) for d in lint(text, select=["NL311"])]


def test_the_rows_of_a_box_over_a_line_of_furniture(lint):
    text = "Harbour Lights review\n" + "\n".join(
        ["A calm puzzle game about keeping a lighthouse lit through a winter of storms.", *SPEC_BOX,
         PROSE, MORE, LATER, LAST]) + "\n"
    found = nl311(lint, text)  # (the story: the four paragraphs under the box, which hold four times the line over it)
    assert (5, "page furniture beside page furniture (0.80)") in found
    assert (6, "page furniture beside page furniture (0.95)") in found
    assert (7, "page furniture in the body (0.96)") in found
    assert 2 not in [line for line, _ in found]


def test_a_line_addressing_the_reader_under_a_box_label(lint):
    line = "Tell us what you think of the new timetable"
    text = "Harbour festival draws crowds\n\n" + "\n\n".join([PROSE, MORE, "Most read this week", line, LATER, LAST]) + "\n"
    assert (9, "page furniture beside page furniture (0.67)") in nl311(lint, text)


def beside(texts, flagged):
    shapes = shapes_of(texts)
    candidates = [i for i in range(len(texts)) if i not in flagged and len(texts[i]) <= 320]
    return [i for i, _ in furniture._beside_furniture(texts, shapes, story_extent(texts, shapes), LineCounts(texts),
                                                      set(flagged), candidates, threshold())]


def test_one_bare_line_beside_furniture_stays_and_two_in_a_row_go():
    head, story = ["Valley News", "Harbour festival draws crowds"], [PROSE, MORE, LATER, LAST]
    rows = ["Reviewed on an Intel Core i5 laptop, GeForce GTX 1650, 16 GB RAM", "Multiplayer? No"]
    assert beside([*head, *story, *rows, "Link Official site", *story], {8}) == [6, 7]
    assert beside([*head, *story, rows[1], "Link Official site", *story], {7}) == []
    # a name is no row (a letter's signature under a page label), and the headline alone under a menu is the story's
    assert beside([*head, *story, rows[0], "Jane Doe Rivertown", "Link Official site", *story], {8}) == []
    assert beside(["Home", "Harbour Festival Draws Record Crowds In The Valley", *story], {0}) == []


def test_a_long_sentence_beside_furniture_stays():
    story = [PROSE, MORE, LATER, LAST]
    sentence = "Make sure your stall is tidy and welcoming, showing what you sell and how much each item costs."
    assert beside([*story, "1.", sentence, *story], {4}) == []


def test_a_piece_of_a_sentence_broken_at_its_links_beside_furniture_stays():
    story = [PROSE, MORE, LATER, LAST]
    pieces = ["that tells you when tickets go on sale. Then, if you", "book early", ", you save a third."]
    assert beside([*story, "Most read this week", *pieces, "Share this article", *story], {4, 8}) == []


def test_the_headline_that_says_we_under_the_menu_is_no_sign_of_the_page():
    assert not furniture._page_sign("Can We Keep the Harbour Open?", _second_person_only())
    assert furniture._page_sign("Tell us what you think of the new timetable", _second_person_only())
    assert furniture._page_sign("We Want to Hear From You", _second_person_only())


def _second_person_only():
    vector = [0.0] * len(furniture.FEATURES)
    vector[furniture.FEATURES.index("second_person")] = 1.0
    return vector
