"""Text laid out by a text browser or a converter (``lynx -dump``, ``w3m -dump``, ``pandoc -t plain``): lynx's
reference markers, image placeholders and ``References`` list (one paragraph) are link markup
(``Article.link_targets``), no prose, and a page's paragraphs wrapped at the layout's width are each one paragraph,
its menu's lines each one.

The pages are written here in those programs' styles (three-space margins, ``[12]`` before a link's text, the list of
the page's links after it); no corpus text is copied.
"""

from __future__ import annotations

import textwrap

from newslint.engine import _outside
from newslint.model import Article
from newslint.rule import Finding, Severity
from newslint.ocr import gate
from tests.rules.rule_texts import LAST, LATER, LONG, MORE, MOVE, OPENING, PROSE, QUOTED

STORY = "Kremlin spokespersonDmitry Peskov said the talks would go on. " + LONG


def _wrapped(paragraph: str, width: int, margin: str = "") -> str:
    return textwrap.fill(paragraph, width, initial_indent=margin, subsequent_indent=margin)


def lynx_page(story: str) -> str:
    menu = "".join(f"     * [{n}]{name}\n" for n, name in enumerate(("Home", "World", "Business", "Sport"), 3))
    links = "".join(f"   {n}. https://news.example.com/{name}/\n" for n, name in enumerate(("home", "world"), 1))
    return (f"   #[1]alternate [2]News feed\n\n{menu}\n"
            + "\n\n".join(_wrapped(p, 76, "   ") for p in (story, LATER, PROSE + " Read more in [9]our guide."))
            + "\n\n   [10]Share [11]Tweet [12]Email\n\nReferences\n\n   Visible links:\n" + links
            + "   3. mailto:?subject=Library to move&body=The council voted\n   on Monday\n"
            + "\n   Hidden links:\n  13. file://localhost/tmp/page.html#top\n")


PAGE = lynx_page(STORY)


def test_lynx_markers_and_its_reference_list_are_link_markup():
    article = Article.parse(PAGE)
    spans = [PAGE[start:end] for start, end in article.link_targets]
    assert spans[:3] == ["#[1]", "[2]", "[3]"] and "[9]" in spans and "[12]" in spans
    assert spans[-1].startswith("References\n\n   Visible links:\n") and spans[-1].endswith("page.html#top")
    assert not article.ocr.ocr
    # the list is one paragraph, the whole target: a rule reports the page's links once, and the engine keeps it
    last = article.paragraphs[-1]
    assert (last.start, last.end) == article.link_targets[-1] == article.link_list
    assert article.paragraphs[-2].text == "[10]Share [11]Tweet [12]Email"
    assert Article.parse(PAGE.split("References")[0]).link_list is None


def test_a_finding_of_the_whole_list_of_links_is_kept_and_one_inside_a_target_dropped():
    def finding(start: int, end: int) -> Finding:
        return Finding("NL000", "test", Severity.WARNING, start, end, "")
    spans = ((10, 20), (30, 90))
    found = [finding(0, 5), finding(10, 20), finding(10, 25), finding(12, 24), finding(30, 90), finding(30, 40),
             finding(45, 50), finding(90, 95)]
    # a line opening on a marker (10–25) stays; a finding of a fence line alone (10–20) or inside a target goes
    assert [(f.start, f.end) for f in _outside(found, spans)] == [(0, 5), (10, 25), (90, 95)]
    assert [(f.start, f.end) for f in _outside(found, spans, (30, 90))] == [(0, 5), (10, 25), (30, 90), (90, 95)]


# lynx's image placeholders: the file name of an image without a text (wrapped at the layout's width where long)
IMAGES = ("   [1][site_logo_transparent.png]\n\n   [5f0e2c9a7b3d41e8a6c2d9f01b7e3a55.jpg] [banner-728x90.GIF]\n\n"
          "   [?uuid=4d2f7c1e-93ab-4c55-8e21-6b0d9f3a7c12&function=fit&type=previ\n   ew&width=440&height=660]\n\n"
          "   [tr?id=1234567890&ev=PageView&noscript=1]\n\n")


def test_lynx_image_placeholders_are_markup_and_no_words_to_the_ocr_gate():
    text = IMAGES * 3 + "\n\n".join(_wrapped(p, 76, "   ") for p in (STORY, LATER, PROSE)) + "\n"
    article = Article.parse(text)
    images = [text[start:end] for start, end in article.link_targets if not text[start + 1:end - 1].isdigit()]
    assert images[:5] == [
        "[site_logo_transparent.png]", "[5f0e2c9a7b3d41e8a6c2d9f01b7e3a55.jpg]", "[banner-728x90.GIF]",
        "[?uuid=4d2f7c1e-93ab-4c55-8e21-6b0d9f3a7c12&function=fit&type=previ\n   ew&width=440&height=660]",
        "[tr?id=1234567890&ev=PageView&noscript=1]"]
    assert not article.ocr.ocr


def test_brackets_of_prose_and_markdown_images_are_no_placeholders():
    prose = ("He said the mayor [sic] had signed it, and the aide said [the minister] knew [1]. Who? [?] The file "
             "[report.pdf] and the note [Ed.] stand, as do {braces} in a quote and [U.S.] officials.")
    assert Article.parse(prose).link_targets == ()
    markdown = "![logo.png](https://cdn.example.com/logo.png) and [photo.jpg](https://example.com/photo.jpg)"
    assert [markdown[s:e] for s, e in Article.parse(markdown).link_targets] == ["](https://cdn.example.com/logo.png)",
                                                                                 "](https://example.com/photo.jpg)"]


def test_a_lynx_page_has_no_finding_in_its_markup_and_its_defects_are_found(lint):
    found = {(d.code, PAGE[d.start:d.end]) for d in lint(PAGE)}
    assert ("NL102", "spokespersonDmitry") in found
    assert not [f for f in found if f[0] in ("NL103", "NL105", "NL108", "NL704", "NL708")]  # '12]Email', '1. https'


def test_brackets_in_prose_are_no_lynx_markers():
    text = "The report [1] said so. See note [2], and the list [3].\n\nHe was [4]\nthen gone.\n"
    assert Article.parse(text).link_targets == ()
    assert Article.parse("The references\n\nwere checked by the editors.\n").link_targets == ()
    assert Article.parse("Our References\n\n   1. https://news.example.com/\n").link_targets == ()  # not a line's start


# a page's menu, long enough that the lines do not read as hard-wrapped print (``gate.hard_wrapped``) as a whole
MENU = ("Home", "News", "Sport", "Weather", "Travel", "Contact us", *(f"Section {n}" for n in range(1, 19)))


def layout(width: int, margin: str = "") -> str:
    """A page laid out at ``width``: a menu, a headline, the story's paragraphs wrapped, a list of links, a footer."""
    menu = "\n\n".join(margin + name for name in MENU)
    story = "\n\n".join(_wrapped(p, width, margin) for p in (STORY, LATER, MORE, PROSE, LAST))
    related = "\n".join(margin + name for name in ("Related stories", "Library hours to change", "New bus routes"))
    return f"{menu}\n\n{margin}Library to move\n\n{story}\n\n{related}\n\n{margin}Copyright 2021 Valley Post\n"


def test_paragraphs_wrapped_at_a_layouts_width_are_one_and_its_menu_lines_apart(lint):
    for width, margin in ((72, ""), (80, "   ")):
        text = layout(width, margin)
        paragraphs = [" ".join(p.text.split()) for p in Article.parse(text, has_header=False).paragraphs]
        assert paragraphs == [*MENU, "Library to move", STORY, LATER, MORE, PROSE, LAST, "Related stories", "Library hours to change",
                              "New bus routes", "Copyright 2021 Valley Post"]
        found = {(d.code, text[d.start:d.end]) for d in lint(text)}
        assert ("NL102", "spokespersonDmitry") in found and not [f for f in found if f[0] == "NL108"]


def test_lines_apart_at_no_width_stay_apart():
    # an extractor's lines, a paragraph each, some going on in lower case: no width explains where they end
    lines = ["The council said", "it would vote on Monday, after a long debate about the library and its future",
             "and the petition", "was handed in", "by residents of the high street", "on Friday afternoon.",
             "Councillors", "agreed", "to meet", "again in the spring", "when the budget", "is set."]
    text = "\n\n".join(MENU) + "\n\n" + "\n".join(lines) + "\n"
    assert [p.text for p in Article.parse(text, has_header=False).paragraphs] == [*MENU, *lines]


def test_a_dump_laid_out_at_a_width_is_no_print_to_the_ocr_gate():
    # a short dump without a menu reads as hard-wrapped lines, and its site names as non-words (2 %)
    names = ("Follow ValleyPostNews on Twitterx, Instagrm and Fbook for updates from the valleypost newsdesk team, "
             "the vpn livedesk, the vpn sportsdesk, the vpn weatherdesk and the vpn traveldesk, all at valleypost.")
    story = [LONG, LATER, MORE, PROSE, LAST, QUOTED, STORY, MOVE, OPENING]
    text = "\n\n".join(_wrapped(p, 74, "   ") for p in [*story, names, *story]) + "\n"
    assert gate.hard_wrapped(text) and gate.decide(text).ocr
    article = Article.parse(text, has_header=False)
    assert not article.ocr.ocr and [" ".join(p.text.split()) for p in article.paragraphs] == [*story, names, *story]
    print_column = "\n\n".join(_wrapped(p, 52) for p in [*story, names, *story]) + "\n"  # narrower than a layout
    assert Article.parse(print_column, has_header=False).ocr.ocr


# a w3m dump whose paragraphs are blocks of wrapped lines (most blocks several lines): an image's placeholder and its
# caption under a story's paragraph, in the same block
CAPTION = "Volunteers carry boxes of books out of the old library on Friday morning. (Photo: Jane Doe/Valley Post)"


# enough lines that the layout is not read as hard-wrapped print (gate.hard_wrapped, model._typeset)
W3M_STORY = (LONG, MORE, PROSE, LAST, MOVE, OPENING, QUOTED) * 2


def w3m_page(under_story: str) -> str:
    story = [_wrapped(p, 79) for p in W3M_STORY]
    return "\n\n".join([*story[:2], _wrapped(LATER, 79) + "\n" + under_story, *story[2:]]) + "\n"


def test_an_image_placeholder_under_a_paragraph_starts_the_image_and_its_caption(lint):
    text = w3m_page("[old-library-books-640x400]\n" + _wrapped(CAPTION, 79))
    paragraphs = [" ".join(p.text.split()) for p in Article.parse(text, has_header=False).paragraphs]
    assert paragraphs == [LONG, MORE, LATER, "[old-library-books-640x400] " + CAPTION, *W3M_STORY[2:]]
    credits = [d for d in lint(text) if d.code == "NL320"]
    later = text.index(LATER[:40])
    assert credits and all(d.start > later + len(LATER) for d in credits)  # none spans the story's paragraph


def test_a_block_with_no_image_placeholder_under_its_paragraph_stays_one():
    # a lynx marker alone ('[12]', a link without text), a form's field and a letter's signature under the town
    for under in ("[12]", "[                    ]", "Jane Doe\nRiverside"):
        text = w3m_page(under)
        paragraphs = [" ".join(p.text.split()) for p in Article.parse(text, has_header=False).paragraphs]
        assert paragraphs == [LONG, MORE, " ".join(f"{LATER}\n{under}".split()), *W3M_STORY[2:]]


def test_a_short_page_laid_out_at_a_width_a_line_a_paragraph_has_no_split_paragraphs(lint):
    # too few lines for the parse to read a width: each wrapped line stands as a paragraph, and every break is the
    # layout's (the lines stop at 78 columns), not a stray one
    def page(wrap) -> str:
        story = [part for p in (LATER, MORE, PROSE, LAST, MOVE) for part in (*wrap(p), "Share")]
        return "\n\n".join(["Home", "News", "Sport", "Jane Doe", "+ FOLLOW", *story]) + "\n"
    assert lint(page(lambda p: textwrap.wrap(p, 78)), has_header=False, select=["NL108"]) == []
    # the same page unwrapped, one paragraph broken in two: a stray break
    text = page(lambda p: [p] if p != MORE else ["Teachers welcomed the decision, although several head",
                                                 MORE.split("several head ")[1]])
    assert [text[d.start:d.end] for d in lint(text, has_header=False, select=["NL108"])] == ["head\n\nteachers"]


def test_a_reference_style_link_or_image_is_no_glued_sentence(lint):
    # w3m writes an image's placeholder and its name so: '[lazy_placeholder][Library-Books]'
    text = f"Title\n\n{LATER}\n\n[lazy_placeholder][Library-Books]\n\n{MORE} [Updated]The council met.\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL103"])] == ["Updated]The"]


# w3m prints an image without a text as its name in brackets, with no extension (``[carissa-etienne]``), and a page
# its addresses in its own words: neither is a word of print, however many of them are no words of the word list
W3M_IMAGES = ("[tbe-mayor-speaks] [svg] [wero-logo] [aud-banner]\n[lne-library-2021] [ihe-council] [tho-bus]\n"
              "Contact: newsdesk@valleypost-news.example or https://www.valleypost-news.example/tbe/wero/aud\n")


def test_image_names_and_addresses_of_a_dump_are_no_words_to_the_ocr_gate():
    story = "\n\n".join(_wrapped(p, 79) for p in (LONG, MORE, PROSE, LAST))
    text = "\n\n".join([W3M_IMAGES * 4, story, W3M_IMAGES * 2]) + "\n"
    assert not gate.decide(text).ocr and not Article.parse(text).ocr.ocr
    # the same names as words of the text are OCR's misreadings of common words (tbe, wero, aud, tho, ihe)
    as_words = text.replace("[", "").replace("]", "").replace("https://www.", "").replace("@", " at ")
    assert gate.decide(as_words).ocr
