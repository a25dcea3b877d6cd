"""NL321: a picture's alt text in a page's Markdown rendering (html2text, markdownify, Pandoc's Markdown)."""

from newslint.rules.lines.markdown_images import image_alt_texts

STORY = ("The harbour board approved the new ferry timetable on Tuesday after a long meeting.\n\n"
         "Members said the winter crossings would start an hour earlier than in previous years.\n\n")


def found(lint, text, codes=("NL321",)):
    return [(d.code, text[d.start:d.end]) for d in lint(text, select=list(codes))]


def test_finds_a_story_cards_caption_and_credit_in_html2texts_escaped_brackets(lint):
    text = STORY + ("[ ![Ferry workers paint the hull of the old boat in the dry dock on\n"
                    "Monday, May 4, 2026. \\(AP Photo/Jane\nMarlow\\)](https://example.com/pictures/ferry.jpg)]"
                    "(https://example.com/story/ferry)\n\n" + STORY)
    [(code, alt)] = found(lint, text)
    assert alt.startswith("Ferry workers paint") and alt.endswith("Marlow\\)")
    [d] = lint(text, select=["NL321"])
    assert "caption and its credit" in d.message


def test_finds_an_alt_text_glued_after_a_paragraphs_stop(lint):
    text = STORY + ("The board will meet again in June.[![A ferry leaving the harbour at dawn with its lights on]"
                    "(https://example.com/pictures/dawn.jpg)](https://example.com/story/dawn)\n\n" + STORY)
    assert found(lint, text) == [("NL321", "A ferry leaving the harbour at dawn with its lights on")]


def test_finds_each_copy_of_a_lazy_loaded_pictures_alt_text(lint):
    text = STORY + ("![Captain Ada Brenning, harbour pilot](https://example.com/lazy.gif)![Captain Ada Brenning,\n"
                    "harbour pilot](https://example.com/pictures/pilot.jpg)Captain Ada Brenning at the wheel.\n\n"
                    + STORY)
    alts = [alt for _, alt in found(lint, text)]
    assert alts == ["Captain Ada Brenning, harbour pilot", "Captain Ada Brenning,\nharbour pilot",
                    "Captain Ada Brenning"]  # (and the caption under it, as far as it copies the alt text)


def test_finds_markdownifys_plain_brackets_and_a_logos_short_label(lint):
    text = STORY + ("* [![Harbour Gazette logo](https://example.com/logo.png)](https://example.com/)\n\n"
                    "[![Walkers on the breakwater after the storm (Jane Marlow/Harbour Gazette)]"
                    "(https://example.com/pictures/storm.jpg)](https://example.com/story/storm)\n\n" + STORY)
    messages = [d.message for d in lint(text, select=["NL321"])]
    assert len(messages) == 2
    assert "logo's, an icon's or an avatar's" in messages[0] and "caption and its credit" in messages[1]


def test_leaves_images_without_alt_text_links_headings_and_bullets_alone(lint):
    text = STORY + ("![](https://example.com/pictures/ferry.jpg)\n\n"
                    "[ ![ ](https://example.com/pixel.gif)](https://example.com/)\n\n"
                    "## Winter crossings\n\n"
                    "  * [Timetables](https://example.com/timetables)\n"
                    "  * [Fares and passes](https://example.com/fares)\n\n"
                    "Read [the board's full report](https://example.com/report) before the vote. What a day!\n\n"
                    "She shouted \"Stop!\" [laughs] and the crew waved back.\n\n" + STORY)
    assert found(lint, text) == []


def test_a_picture_line_another_rule_names_is_reported_once(lint):
    text = STORY + "![Ferry workers paint the hull of the old boat](https://example.com/pictures/hull.jpg)\n\n" + STORY
    codes = [code for code, _ in found(lint, text, codes=("NL310", "NL311", "NL312", "NL320", "NL321"))]
    assert codes and "NL321" not in codes


def test_alt_text_spans_leave_out_white_space_and_need_a_letter_or_digit():
    text = "x ![  Two ferries  ](a.jpg) ![ - ](b.jpg) ![\\[1\\]](c.jpg) [not an image](d)"
    assert [text[s:e] for s, e in image_alt_texts(text)] == ["Two ferries", "\\[1\\]"]
    assert list(image_alt_texts("No pictures in this plain sentence.")) == []


def test_finds_a_caption_glued_after_its_picture_that_repeats_the_alt_text(lint):
    text = STORY + ("![Harbour pilot Ada Brenning at the wheel](https://example.com/pilot.jpg)Harbour pilot Ada\n"
                    "Brenning at the wheel.\n\n" + STORY)
    copies = [alt for _, alt in found(lint, text) if alt.startswith("Harbour pilot Ada\n")]
    assert copies == ["Harbour pilot Ada\nBrenning at the wheel."]


def test_finds_a_caption_with_its_credit_glued_after_its_picture(lint):
    text = STORY + ("![Quay, May 4: the old ferry in dock](https://example.com/\nferry.jpg) The old ferry waits for "
                    "its new engine. (Jane Marlow/Harbour Gazette)\n\n" + STORY)
    assert ("NL321", "The old ferry waits for its new engine. (Jane Marlow/Harbour Gazette)") in found(lint, text)


def test_leaves_the_story_after_a_picture_alone_where_it_is_no_caption(lint):
    text = STORY + ("![Ferry workers in the dry dock](https://example.com/dock.jpg)Ferry services will resume on "
                    "Monday, the board said (after the repairs).\n\n"
                    "![Harbour map](https://example.com/map.png) The new route runs past the lighthouse.\n\n" + STORY)
    assert [alt for _, alt in found(lint, text)] == ["Ferry workers in the dry dock", "Harbour map"]
