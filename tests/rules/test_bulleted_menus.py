"""NL311 on a whole page's menus written as bulleted lists (lynx, w3m, pandoc, inscriptis, html2text keep a list's
marks and indentation), one finding a line; the story's own lists stay, and so does the page's headline over its
story."""

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
    items = [f"-   {item}" for item in SECTIONS] + ["-   Birthdays & Weddings!", "-   [Puzzles](/puzzles)"]
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
