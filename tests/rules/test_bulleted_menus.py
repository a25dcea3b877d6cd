"""NL311 on a whole page's menus written as bulleted lists (lynx, w3m, pandoc, inscriptis, html2text keep a list's
marks and indentation), one finding a line; the story's own lists stay, and so does the page's headline over its
story."""

import textwrap

from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint.rules.lines import furniture
from newslint.rules.lines.bulleted_menus import bulleted_menus
from newslint.rules.lines._shared import paragraph_forms

SECTIONS = ["Local", "Schools", "Opinion", "Letters", "Sports", "Rowing", "Cricket", "Arts & Life", "Food",
            "Gardens", "Homes", "Weather Desk"]
HEADLINE = "Library hours cut as council trims its budget"
STORY = (PROSE, MORE, LONG, LATER, LAST)


def page(*head, after=()):
    """A whole page: ``head`` (the site's menus), the headline, a byline, the story, then ``after``."""
    return "\n\n".join([*head, HEADLINE, "By Mara Quillfeather", *STORY, *after]) + "\n"


def nested(items, top="     * ", sub="          + "):
    """A menu as a text browser prints it: every third item a section, the others indented under it."""
    return "\n".join((top if k % 3 == 0 else sub) + item for k, item in enumerate(items))


def reported(text):
    return [text[f.start:f.end] for f in furniture.FurnitureLine().check(Article.parse(text))]


def test_a_text_browsers_nested_menu_is_reported_a_line_at_a_time():
    text = page("Skip to content", nested(SECTIONS), "(BUTTON) Subscribe")
    found = reported(text)
    assert [line.lstrip("*+ ") for line in found if line.lstrip()[:1] in "*+"] == SECTIONS
    assert HEADLINE not in found and not any(p in found for p in STORY)


def test_each_line_of_a_menu_is_deleted_alone_by_its_unsafe_fix():
    text = page("Skip to content", nested(SECTIONS, top="  • ", sub="      □ "))
    findings = [f for f in furniture.FurnitureLine().check(Article.parse(text)) if "bulleted" in f.message]
    assert len(findings) == len(SECTIONS)
    fixed = apply_fixes(text, select_fixes(findings, unsafe=True))
    assert not any(section in fixed for section in SECTIONS) and HEADLINE in fixed and all(p in fixed for p in STORY)


def test_a_menu_of_one_item_a_paragraph_with_a_converters_marks_is_reported():
    items = [f"-   {item}" for item in SECTIONS] + ["-   Birthdays & Weddings!", "-   [Puzzles](/puzzles)",
                                                     "-   [ __Newsletters ](/newsletters)"]
    text = page(*items)
    assert [line for line in reported(text) if line.startswith("-")] == items


def test_a_form_field_among_a_menus_items_goes_with_them():
    text = page("Skip to content", "[                    ]\n" + nested(SECTIONS, top="  • ", sub="      □ "))
    assert "[                    ]" in reported(text)


def test_a_list_inside_the_story_stays():
    names = "\n".join(f"  * {name}" for name in ["Ada Brightwater", "Tomas Ellery", "Wen Harrowgate", "Oona Pell",
                                                  "Rafe Castellane", "Ines Morrow", "Jory Tallis", "Pia Onslow"])
    text = "\n\n".join(["Home", "News", "Sport", HEADLINE, PROSE, MORE, "The new trustees are:", names, LONG,
                        LATER, LAST]) + "\n"
    assert not any(line.lstrip().startswith("*") for line in reported(text))


def test_a_list_of_sentences_or_of_lower_case_things_outside_the_story_stays():
    points = "\n".join(f"  * {point}" for point in [
        "The library will close at five on weekdays.", "Saturday opening is unchanged.",
        "Mobile library visits double in the villages.", "The reading room stays open for exams.",
        "Staff will not lose their jobs.", "A review follows next spring.", "Fines are waived for a month.",
        "The council will consult users in June."])
    things = "\n".join(f"  * {thing}" for thing in ["two library cards", "a reading lamp", "old maps", "tea urns",
                                                   "spare chairs", "a piano", "garden tools", "story mats"])
    text = page("Skip to content", "Key points", points, after=("What the sale includes", things))
    assert not any(line.lstrip().startswith("*") for line in reported(text))


def test_a_text_with_no_list_is_not_looked_at():
    article = Article.parse("\n\n".join(STORY) + "\n")
    texts, shapes, _, _ = paragraph_forms(article)
    assert bulleted_menus(article.text, article.paragraphs, texts, shapes) == {}


def test_the_pages_headline_under_its_menus_stays_where_a_byline_signs_it():
    head = ["Home", "News", "Sport", "Weather", "Puzzles", "Subscribe", "Sign in"]
    assert HEADLINE not in reported(page(*head))


def lynx_page(*head, after=()):
    """A whole page as lynx prints it: each block indented, the story's paragraphs wrapped at 72 columns (the parser
    keeps a block's lines together), a list's items further in."""
    def wrap(block):
        return block if block.startswith("     ") else textwrap.fill(block, 72, initial_indent="   ",
                                                                        subsequent_indent="   ")
    return "\n\n".join(map(wrap, [*head, HEADLINE, "By Mara Quillfeather", *STORY, *after])) + "\n"


def test_a_list_of_other_stories_headlines_wrapped_and_printed_twice_is_reported():
    """lynx wraps a long label under itself and prints a card's headline twice (its picture's and its link's)."""
    cards = ["Harbour ferry timetable changes again after a winter of delays on the",
             "Gulls return to the old pier as the fish market reopens its doors",
             "Rowing club wins the county regatta for the third year running",
             "Bakery on the corner marks a century with free buns for the street"]
    listed = "\n".join(f"     * {card}\n       {card}" for card in cards)
    found = reported(lynx_page("Skip to content", nested(SECTIONS), after=("Most Read", listed)))
    assert all(f"* {card}" in found for card in cards) and found.count(cards[0]) == 1


def test_a_list_ending_a_block_of_other_lines_is_read_from_its_first_item_and_the_box_over_it_with_it():
    """A weather box's lines over a site's menu, in one block: the menu's lines are this form's, and so are the
    box's (short lines, none a sentence: the page's head printed with its menu)."""
    box = "     Harbourtown\n   light rain\n   12 °C\n   Wed 14 °"
    article = Article.parse(lynx_page("Skip to content", box + "\n" + nested(SECTIONS)))
    texts, shapes, _, _ = paragraph_forms(article)
    (index, lines), = bulleted_menus(article.text, article.paragraphs, texts, shapes).items()
    assert [article.text[start:end].lstrip("*+ ") for start, end in lines] == [line.strip() for line in box.split("\n")] + SECTIONS


def test_a_list_introduced_by_a_sentence_of_the_story_stays_even_outside_its_extent():
    leaders = "\n".join(f"     * {name}" for name in ["Ada Brightwater", "Tomas Ellery", "Wen Harrowgate", "Oona Pell",
                                                      "Rafe Castellane", "Ines Morrow", "Jory Tallis", "Pia Onslow"])
    found = reported(lynx_page("Skip to content", nested(SECTIONS), after=("The rowing club thanked its volunteers:",
                                                                          leaders)))
    assert len([line for line in found if line.lstrip()[:1] in "*+"]) == len(SECTIONS)  # (the site's menu only)


def test_a_line_of_pictures_without_alt_text_among_a_menus_items_is_left_alone():
    """Pandoc prints a picture without alt text as '[]': such a line holds none of the page's words to delete."""
    items = [f"-   {item}" for item in SECTIONS]
    found = reported(page("Subscribe now", "[] []", *items[:6], "[] []", *items[6:]))
    assert [line for line in found if line.startswith("-")] == items and "[] []" not in found



def menu_lines(text):
    """The items of lists in ``text`` that :func:`bulleted_menus` finds, stripped (not a form's controls)."""
    article = Article.parse(text)
    texts, shapes, _, _ = paragraph_forms(article)
    found = [text[start:end].strip() for lines in bulleted_menus(text, article.paragraphs, texts, shapes).values()
             for start, end in lines]
    return [line for line in found if line[:2] in ("* ", "+ ", "o ", "# ")]


def test_a_lynx_menu_whose_labels_follow_the_links_numbers_is_reported_a_line_at_a_time():
    numbered = [f"[{n}]{section}" for n, section in enumerate(SECTIONS, 13)]
    text = page("Skip to content", nested(numbered), "(BUTTON) Subscribe")
    assert [line.lstrip("*+ ") for line in menu_lines(text)] == numbered
    assert {line.lstrip("*+ ") for line in reported(text)} >= set(numbered)


def test_lynxs_items_nested_deeper_under_o_and_hash_marks_are_the_menus_items():
    lines = ["     * [13]Top Stories", "          + [14]Germany", "               o [15]Berlin Wall",
             "          + [16]World", "               o [17]Europe", "                    # [18]The 77 Percent",
             "                    # [19]Crime Fighters", "               o [20]Asia", "               o [21]Americas",
             "          + [22]Business", "               o [23]Founders Valley", "          + [24]Science"]
    text = lynx_page("Skip to content", "\n".join(lines), "(BUTTON) Subscribe")
    assert menu_lines(text) == [line.strip() for line in lines]
    assert {line.strip() for line in lines} <= set(reported(text))


def test_a_storys_list_of_numbered_links_and_deeper_items_of_lower_case_things_stays():
    lines = ["     * [13]two eggs, beaten", "          + [14]a cup of flour", "               o [15]a pinch of salt",
             "               o [16]half a cup of milk", "          + [17]butter for the pan",
             "               o [18]a spoon of sugar", "               o [19]lemon juice", "          + [20]honey"]
    assert menu_lines(lynx_page(after=["\n".join(lines)])) == []



def test_the_page_s_head_printed_in_one_block_over_its_menu_is_reported_with_it():
    """A masthead and a log-in box over the site's menu, in one block: short lines, none a sentence, are the page's."""
    head = ["     Harbour Gazette", "   Tuesday, March 3, 2031", "   Sign in", "   Welcome! Log into your account",
            "   Forgot your password? Get help", "   A password will be sent to you."]
    found = reported(lynx_page("Skip to content", "\n".join(head) + "\n" + nested(SECTIONS)))
    assert [line.strip() for line in head] == [line for line in found if line in "\n".join(head)]
    assert HEADLINE not in found and not any(p in found for p in STORY)


def test_a_block_whose_head_holds_a_sentence_keeps_its_head_to_the_rest_of_nl311():
    head = "     Harbour Gazette\n   The gazette has served the harbour towns and their people for a hundred years."
    article = Article.parse(lynx_page("Skip to content", head + "\n" + nested(SECTIONS)))
    texts, shapes, _, _ = paragraph_forms(article)
    (index, lines), = bulleted_menus(article.text, article.paragraphs, texts, shapes).items()
    assert [article.text[start:end].lstrip("*+ ") for start, end in lines] == SECTIONS
