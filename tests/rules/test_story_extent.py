"""NL311's reading of where the story stops in a whole page an extractor flattened (issue 12)."""

import random

from newslint.furniture import (WEB_STRICT, _LETTERS, _no_strict_web_word, markdown_link_paragraph, prose_paragraph,
                                shapes_of, story_end, story_extent)

PROSE = ("The ministry said on Tuesday that the new rules would apply to every school in the district "
         "from the start of the next term, after months of talks with unions.")
MORE = ("Teachers welcomed the decision, although several head teachers said they had not been consulted "
        "and would need more money to put the plan into practice.")
LAST = ("A spokesman for the council said the first inspections would take place in the spring and that "
        "the results would be published in the summer.")
HEAD = ["Home", "News", "Sport", "Weather", "Schools to follow new rules from next term"]
RELATED = ["Police arrest man over double homicide in Hollywood",
           "Missing mechanic last seen at executive airport",
           "Cat rescued from skip behind Riverside bakery"]


def extent(paragraphs):
    return story_extent(paragraphs, shapes_of(paragraphs))


def test_the_story_of_a_whole_page_is_its_largest_block_of_prose():
    page = HEAD + [PROSE, MORE, LAST] + RELATED + ["About us", "Contact"]
    assert extent(page) == (5, 7)
    # an extract of the story alone (or a story that ends in a list) has no lines after its story
    story = [HEAD[-1], PROSE, MORE, LAST] + RELATED
    assert extent(story) == (1, len(story) - 1)


def test_a_page_head_in_sentences_over_its_menus_is_no_extract_of_the_story():
    """A page that opens with a newsletter's pitch in sentences, then its menus, then a story holding four times its
    text: the story is the later block. An extract whose opening a list parts from a part not that much longer
    stays an extract, read to its end."""
    pitch = "Join the many readers who get the district's schools report every morning before the first bell."
    story = [PROSE, MORE, LAST, PROSE.replace("Tuesday", "Monday"), MORE.replace("several", "two")]
    page = [pitch] + HEAD + story + RELATED
    assert extent(page) == (6, 10)
    outline = ["Spend three years on probation", "Pay a fine", "Attend ten hours of classes", "Sell the boat",
               "Report weekly"]
    extract = [PROSE, MORE] + outline + [LAST, PROSE.replace("Tuesday", "Monday")]
    assert extent(extract) == (0, len(extract) - 1)


def test_a_short_reader_prompt_or_a_wire_signoff_does_not_move_the_end_of_the_story():
    prompt = "For all our latest stories and news alerts as they happen get the Courier app for iOS and Android."
    assert extent(HEAD + [PROSE, MORE, prompt, "Home"])[1] == 6
    signed = LAST + " REUTER"
    assert extent(HEAD + [PROSE, MORE, "The stock rose four points.", signed])[1] == 8


def test_a_short_paragraph_with_a_word_of_the_web_page_is_no_prose():
    """A short paragraph of prose holds no word of the page (WEB_STRICT) as a run of letters: the word beside a digit,
    a mark or in capitals is one; inside a longer word, or beside a letter beyond ASCII, it is none."""
    sentence = "The council said on Tuesday that the {} would be ready for every school in the district by spring."
    for word in ("app", "Newsletter", "2app", "app_", "PRIVACY", "(subscribe)", "apps3"):
        assert not prose_paragraph(sentence.format(word), 18), word
    for word in ("plan", "happy", "appé", "éapp", "applause", "tapping", "rssi"):
        assert prose_paragraph(sentence.format(word), 18), word


def test_the_look_for_a_web_word_gives_what_the_letter_runs_give():
    """``_no_strict_web_word`` (one RE2 pass, the letter runs only where it finds a word) against the letter runs
    themselves, on drawn lower-cased texts of web words, pieces of them and letters beyond ASCII."""
    draw = random.Random(47)
    pieces = sorted(WEB_STRICT) + ["the", " ", ".", "-", "é", "ü", "\u0130", "\u212a", "\u017f", "2", "_", "’", "ap", "s",
                                   "\n", "\ud800"]
    for _ in range(3000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randint(0, 12))).lower()
        assert _no_strict_web_word(text) == WEB_STRICT.isdisjoint(_LETTERS.findall(text)), repr(text)


def test_the_end_of_the_story_is_the_extents_last_paragraph():
    """``story_end`` answers a text of up to four paragraphs without reading it (no whole page's story ends before
    the last of them) and gives the extent's last paragraph for every text, short or long."""
    draw = random.Random(4703)
    pieces = HEAD + RELATED + [PROSE, MORE, LAST, "About us"]
    pages = [[], [PROSE], HEAD[:3] + [PROSE], HEAD[:3] + [PROSE, "Contact"], HEAD + [PROSE, MORE, LAST] + RELATED]
    pages += [[draw.choice(pieces) for _ in range(draw.randrange(0, 12))] for _ in range(400)]
    for page in pages:
        assert story_end(page, shapes_of(page)) == extent(page)[1], page
    assert story_end(HEAD + [PROSE, MORE, LAST] + RELATED, shapes_of(HEAD + [PROSE, MORE, LAST] + RELATED)) == 7


def test_headlines_after_the_story_of_a_whole_page_are_furniture(lint):
    for related in (RELATED[:1], RELATED[:2]):  # too few for a run of short lines
        page = "\n".join(HEAD + [PROSE, MORE, LAST] + related) + "\n"
        reported = [page[d.start:d.end] for d in lint(page, select=["NL311"])]
        assert set(related) <= set(reported)
        assert not {PROSE, MORE, LAST} & set(reported)


def test_a_story_that_ends_in_a_list_of_names_is_left_alone(lint):
    nominees = ["Jane Hollis (The Jane Hollis Hour, Channel Nine)", "Little Britain (BBC Three)",
                "Harbour Lights (Gull Films, Channel Six)"]
    story = "\n\n".join(["Comedy awards shortlist named", PROSE, MORE, LAST] + nominees) + "\n"
    assert lint(story, select=["NL311"]) == []


def test_the_page_title_is_the_headline_the_page_gives_again_further_down(lint):
    headline = "Schools to adopt stricter rules in September"
    page = "\n".join([headline, "Home", "News", "Sport", headline, PROSE, MORE, LAST]) + "\n"
    assert [d.line for d in lint(page, select=["NL311"]) if "title" in d.message] == [1]
    once = "\n".join([headline, PROSE, MORE, LAST]) + "\n"
    assert lint(once, select=["NL311"]) == []


def test_a_comment_form_spam_trap_left_alone_on_a_line(lint):
    page = "\n".join(HEAD + [PROSE, MORE, "Δ", LAST]) + "\n"
    assert "Δ" in [page[d.start:d.end] for d in lint(page, select=["NL311"])]


CARDS = ["[![A crowd gathers outside the town hall on a wet afternoon in the late autumn, as volunteers hand out "
         "leaflets to every passer-by](https://example.com/pictures/town-hall-crowd-640x400.jpg)\n]"
         "(https://example.com/news/council-vote-on-parking-charges/)",
         "[Councillors say the plan for new parking charges in the old town will be put to a vote of the whole "
         "council\nbefore the summer](https://example.com/news/council-vote-on-parking-\ncharges/)",
         "* [![Two cyclists ride past the closed library on the high street, which the council says will reopen "
         "in the spring](https://example.com/pictures/library-640x400.jpg)](https://example.com/news/library/)"]


def test_a_paragraph_that_is_one_markdown_link_is_no_prose_of_the_story():
    """A related story's card in a Markdown page (its picture linked, its teaser linked, wrapped) holds twelve words
    and ends with the link's ')': it is no prose, so a page of many cards after a short story keeps its extent on
    the story. A sentence of the story that opens or ends with a link is prose still."""
    for card in CARDS:
        assert markdown_link_paragraph(card), card
    opening = "[The ministry](https://example.com/ministry) said on Tuesday that the rules would apply to every school."
    closing = "The ministry said on Tuesday that the rules would apply to every school, [its notice](https://e.com/n) says"
    aside = "[The ministry](https://example.com/ministry) said the rules apply to every school (from next term)"
    for sentence in (opening, closing, aside, PROSE):
        assert not markdown_link_paragraph(sentence), sentence
    page = HEAD + [PROSE, MORE, LAST] + ["By Staff"] + CARDS * 4 + ["About us", "Contact"]
    assert extent(page) == (5, 7)


def _wrapped(text, width=72, indent=""):
    """``text`` wrapped as a text browser prints it."""
    import textwrap
    return "\n".join(textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent))


def test_a_story_printed_as_one_block_with_its_buttons_under_it_is_the_story():
    """A text browser that prints the whole story as one wrapped block, the page's buttons ('Share', 'Print') on the
    lines under its last sentence: the block is the story, and the page's boxes after it lie after it."""
    block = "\n".join([_wrapped(" ".join([PROSE, MORE, LAST]), indent="   "), "   Share", "   Print", "   List"])
    page = HEAD + ["Written: 2031-02-03 10:00", block] + ["Editor's Pick"] + RELATED + ["About us", "Contact"]
    assert extent(page) == (6, 6)
    # not where the lines under it are more than a button's label, or where a line of the story ends it
    for tail in (["   Watch video 02:17"], ["   Share", "   Print", "   List", "   Copy", "   Close"],
                 ["   Read the council's statement"]):
        other = HEAD + ["Written: 2031-02-03 10:00", "\n".join([block.split("\n   Share")[0], *tail])] + RELATED
        assert extent(other) == (0, len(other) - 1), tail


def test_a_form_a_text_browser_printed_is_no_prose_of_the_story():
    """A sign-in form in the page's head, its fields printed as brackets or underscores, holds sentences ('A password
    will be e-mailed to you.'): it is no prose, and the story below the page's menus is the extent."""
    for field in ("[                    ]", "____________________"):
        form = "\n".join(["Sign in", "Welcome! Log into your account", f"{field}your username",
                          f"{field}your password", "Forgot your password? Get help", "Password recovery",
                          "Recover your password", f"{field}your email",
                          "A password will be sent to you by the site in a message to the address you gave when "
                          "you joined the site as one of its many readers."])
        page = HEAD[:2] + [form] + HEAD[2:] + [PROSE, MORE, LAST] + RELATED
        assert extent(page) == (6, 8), field
    # a story's prose that holds a bracket or an underscore stays prose
    bracketed = PROSE.replace("unions.", "unions [of teachers] and the staff_room committee.")
    assert extent(HEAD + [bracketed, MORE, LAST] + RELATED) == (5, 7)


def test_a_wrapped_paragraph_reads_its_words_across_its_line_breaks():
    """A text browser's wrapped paragraph whose only function word ends a line ('arrested the' / 'Premier') is
    prose: the story's first paragraph opens the extent."""
    first = "Police said on Tuesday they had arrested the\nisland's mayor, Tom Reed, 51, at an airport on fraud charges."
    page = HEAD + [first, PROSE, MORE, LAST] + RELATED
    assert extent(page) == (5, 8)
