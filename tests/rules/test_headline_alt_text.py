"""The lead picture's alt text that a whole page's output prints under the headline it repeats (lynx's indented copy,
a lazy-loaded picture's copies on one line, Pandoc's '[…]'): NL312 reports the copy, NL311 leaves the headline."""

import textwrap

from rule_texts import LAST, LATER, LONG, MORE, PROSE

from newslint.fixes import apply_fixes, select_fixes
from newslint.model import Article
from newslint.rules.lines.captions import CaptionLine
from newslint.rules.lines.headline_alt import headline_alt_copy

HEADLINE = "Harbour ferry timetable changes for the summer season"
STORY = (f"The ferry company said the summer season timetable would add two sailings from the harbour. {PROSE}",
         MORE, LONG, LATER, LAST)
SHARE = ("     * Facebook", "     * Twitter", "     * Email")


def wrapped(paragraph, indent="   "):
    """A paragraph as a text browser prints it: wrapped at 72 columns, indented."""
    return textwrap.fill(paragraph, 72, initial_indent=indent, subsequent_indent=indent)


def page(copy, headline=HEADLINE, story=STORY, indent="   "):
    """A whole page as lynx prints it: a menu, the headline at the margin, its byline and date, a share bar, ``copy``
    (the picture's alt text), the story."""
    menu = "\n".join(f"     * {item}" for item in ("Home", "Local", "Sport", "Opinion", "Contact"))
    return "\n\n".join([menu, headline, "   By Mara Quillfeather\n   June 5, 2021", *SHARE, copy,
                        *(wrapped(p, indent) for p in story)]) + "\n"


def found(lint, text, code):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def test_lynx_indented_copy_of_the_headline_is_its_pictures_caption(lint):
    text = page("   " + HEADLINE)
    assert found(lint, text, "NL312") == [HEADLINE]
    assert text.index(HEADLINE, text.index(HEADLINE) + 1) == lint(text, select=["NL312"])[0].start
    assert HEADLINE not in found(lint, text, "NL311")


def test_a_lazy_loaded_pictures_copies_on_one_wrapped_line_are_one_caption(lint):
    text = page(wrapped(f"{HEADLINE} {HEADLINE}"))
    [caption] = found(lint, text, "NL312")
    assert caption.split() == f"{HEADLINE} {HEADLINE}".split()


def test_pandocs_bracketed_alt_text_repeating_the_headline_is_a_caption(lint):
    text = page(f"[{HEADLINE}]", indent="")
    assert found(lint, text, "NL312") == [f"[{HEADLINE}]"]


def test_the_fix_deletes_the_copy_and_keeps_the_headline():
    text = page("   " + HEADLINE)
    fixed = apply_fixes(text, select_fixes(list(CaptionLine().check(Article.parse(text))), unsafe=True))
    assert fixed.count(HEADLINE) == 1 and "\n" + HEADLINE + "\n" in fixed and wrapped(STORY[0]) in fixed


def test_a_headline_printed_again_in_its_own_form_is_no_alt_text():
    """Printed at the margin again (a page's title over its headline, an extractor's copy) it is no picture's."""
    assert headline_alt_copy(Article.parse(page(HEADLINE))) is None


def test_a_cards_picture_under_its_headline_in_a_list_of_links_is_not_this_form():
    """A card of a list of other stories (its headline, its picture's alt text, the next card): no prose under it."""
    cards = "\n\n".join(f"{title}\n\n   {title}" for title in (
        "Harbour wall repairs to start next month after storm damage",
        "Council names new head of the town's planning committee",
        "Ferry company says summer season will bring extra sailings"))
    text = "\n\n".join([*(wrapped(p) for p in STORY), "   Related", cards]) + "\n"
    assert headline_alt_copy(Article.parse(text)) is None


def test_a_hard_wrapped_story_a_pull_quote_and_a_list_of_its_subheadings_stay(lint):
    subheadings = ("What the council decided on the library", "Why residents oppose the move")
    contents = "\n".join(f"     * {line}" for line in subheadings)
    quote = "   \u201cWe were told nothing until the letters arrived,\u201d the head of the union said."
    text = "\n\n".join([HEADLINE, "   By Mara Quillfeather\n   June 5, 2021", contents, wrapped(STORY[0]),
                        subheadings[0], wrapped(MORE), quote, wrapped(LONG), subheadings[1], wrapped(LATER), quote,
                        wrapped(LAST)]) + "\n"
    assert headline_alt_copy(Article.parse(text)) is None
    assert found(lint, text, "NL312") == []
