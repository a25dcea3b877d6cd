"""Pandoc's Markdown (``pandoc -t markdown``): its raw HTML lines are its markup (``Article.link_targets``), not
leaked markup (NL403) nor furniture, and a
link it wraps over lines, with its attributes after the target, glued to the next word is still found (NL102).

The text is invented, written in the style of pandoc's output (fenced divs, ``{.class key="v"}`` attributes, raw
``<div>`` lines, a raw HTML comment in a fenced ``{=html}`` block); no corpus text is copied.
"""

from __future__ import annotations

from newslint.model import Article
from tests.rules.rule_texts import LONG

STORY = ("The council approved the harbour plan on Tuesday after a long debate, and the first cranes are due to "
         "arrive in the spring, officials said.")

PANDOC = f"""::: {{#site .site-wrapper}}
<div>

[Home](https://news.example.com/){{.nav-link}}

</div>
:::

```{{=html}}
<!-- -->
```
-   [Sections](https://news.example.com/sections/){{.nav-link}}

::: article-body
{STORY}

> <div>
>
> {LONG}
>
> </div>

{STORY}
:::
"""


def _found(lint, text, code):
    return [text[d.start:d.end] for d in lint(text, select=[code])]


def test_pandocs_raw_html_on_lines_of_their_own_is_its_format(lint):
    article = Article.parse(PANDOC)
    assert article.markdown
    raw = [PANDOC[start:end] for start, end in article.link_targets if PANDOC[start] in "<>`"]
    assert raw == ["<div>", "</div>", "```{=html}\n<!-- -->\n```", "> <div>", "> </div>"]
    assert _found(lint, PANDOC, "NL403") == []
    assert not [d for d in lint(PANDOC) if "<" in PANDOC[d.start:d.end]]


def test_a_tag_inside_a_sentence_of_markdown_is_still_markup(lint):
    text = PANDOC.replace("officials said.\n\n>", "officials<br/> said.\n\n>", 1)
    assert _found(lint, text, "NL403") == ["<br/>"]
    text = PANDOC.replace("officials said.\n\n>", "officials said.</div>\n\n>", 1)
    assert _found(lint, text, "NL403") == ["</div>"]
    text = PANDOC.replace("officials said.\n\n>", "officials said.\n\n<!-- a --> said <!-- b -->\n\n>", 1)
    assert _found(lint, text, "NL403") == ["<!-- a -->", "<!-- b -->"]


def test_a_tag_on_a_line_of_its_own_in_plain_text_is_still_markup(lint):
    text = f"{STORY}\n\n<div>\n\n{LONG}\n\n</div>\n"
    assert not Article.parse(text).markdown
    assert _found(lint, text, "NL403") == ["<div>", "</div>"]


BYLINE = ('By [Jane\nMarlow](https://news.example.com/author/jane-marlow/)'
          '{data-author="https://news.example.com/author//jane-marlow"}March\n17, 2024')


def test_a_wrapped_link_with_attributes_glued_to_a_date_is_found(lint):
    # the link's lines one paragraph, and each a paragraph of its own (a line too long for a wrapped block)
    short = BYLINE.replace('{data-author="https://news.example.com/author//jane-marlow"}', "{.author}")
    for text, joined in ((f"{STORY}\n\n{short}\n", True), (f"{STORY}\n\n{BYLINE}\n", False)):
        paragraphs = [p.text for p in Article.parse(text, has_header=False).paragraphs]
        assert any(p.startswith("By [Jane\nMarlow]") for p in paragraphs) is joined
        found = [(text[d.start:d.end], d.fix["edits"][0]["start"]) for d in lint(text, select=["NL102"])]
        assert [(glued.endswith("}March"), at) for glued, at in found] == [(True, text.index("}March") + 1)]


def test_a_span_with_attributes_glued_to_the_next_word_is_found(lint):
    text = f"{STORY}\n\nThe council approved the [harbour plan]{{.highlight}}Officials said work would start.\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL102"])] == ["[harbour plan]{.highlight}Officials"]
    for clean in ("[harbour plan]{.highlight} Officials", "[harbour plan]{.highlight}, officials",
                  "[harbour plan]{.highlight}.", "![harbour plan]{.photo}Officials"):
        text = f"{STORY}\n\nThe council approved the {clean} said work would start.\n"
        assert _found(lint, text, "NL102") == [], clean


def test_a_wrapped_link_with_attributes_and_its_space_is_left_alone(lint):
    for byline in (BYLINE.replace("}March", "} March"), BYLINE.replace("Marlow]", "Marlow.]"),
                   "![Jane\nMarlow](https://cdn.example.com/j.jpg){.portrait}March 17, 2024",
                   BYLINE.replace("[Jane\nMarlow]", "[Jane\n\nMarlow]")):
        text = f"{PANDOC}\n{byline}\n\n{STORY}\n"
        assert _found(lint, text, "NL102") == [], byline


def test_emphasis_glued_to_the_next_word_is_found_in_markdown(lint):
    for glued in ("By **Jane Marlow**March 17, 2024", "Photo by Tom Reed/*Reuters*Cranes at the port"):
        text = f"{PANDOC}\n{glued}\n\n{STORY}\n"
        found = [text[d.start:d.end] for d in lint(text, select=["NL102"])]
        assert found == [glued[glued.index("*"):glued.index(" ", glued.rindex("*"))]], glued


def test_emphasis_and_its_space_a_bold_initial_and_plain_asterisks_are_left_alone(lint):
    for clean in ("By **Jane Marlow** March 17, 2024", "**T**here was no vote on Tuesday",
                  "**Note:**The vote is on Tuesday", "the snake_case_Word name"):
        text = f"{PANDOC}\n{clean}\n\n{STORY}\n"
        assert _found(lint, text, "NL102") == [], clean
    text = f"{STORY}\n\nPhoto by Tom Reed/*Reuters*Cranes at the port\n"  # no Markdown: not read as emphasis
    assert not Article.parse(text).markdown and _found(lint, text, "NL102") == []
