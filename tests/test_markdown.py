"""Markdown input: its link targets (``Article.link_targets``) are not prose to the OCR gate and hold no finding,
and its paragraphs are its blocks, wrapped over lines, with each list item and heading one.

The Markdown is written here in the style of html2text's output (lines wrapped at 78 columns, a long URL broken at
its hyphens, a title in quotes, escaped parentheses, a share link's text, an autolink, a hard break's two spaces);
no corpus text is copied.
"""

from __future__ import annotations

from newslint.model import Article
from newslint.ocr import gate
from tests.rules.rule_texts import LATER, LONG, MORE
from tests.rules.test_ocr import OCR

MARKDOWN = """[Home](https://news.example.com/)[World](https://news.example.com/world-
news/)[Business](https://news.example.com/bizdesk/markets-and-
finance/)[Opinion](https://news.example.com/opinion/ "Opinion and
analysis")

  * [ Share](https://twitter.com/intent/tweet?text=Port%20talks%20resume&url=https://news.example.com/2021/04/08/port-
talks-resume/)
  * [ Email](mailto:?subject=Port talks resume&body=https://news.example.com/2021/04/08/port-
talks-resume/)

# Port talks resume after a week of delays

![Cranes at the port](https://cdn.example.com/imgs/2021/04/cranes-at-the-
portxq7.jpg)

Talks between the port authority and the dockers' union resumed on Thursday,
the Kremlin spokespersonDmitry Peskov said, after a week in which ships waited
off the coast. The union's [chief negotiator](https://news.example.com/people/chief-
negotiator-profile/ "The negotiator \\(profile\\)") said the two sides were close.

Shipping lines said the delays had cost them millions. A spokesman for the
authority said the harbour would reopen to all traffic by the end of the month,
and that the waiting ships would be unloaded in the order of their arrival
<https://news.example.com/live/port-updates-
blog>.
"""


def _targets(text: str) -> list[str]:
    return [text[start:end] for start, end in Article.parse(text).link_targets]


def test_a_target_runs_to_its_closing_parenthesis_across_wrapped_lines():
    targets = _targets(MARKDOWN)
    assert len(targets) == 9
    assert targets[1] == "](https://news.example.com/world-\nnews/)"
    assert targets[3] == '](https://news.example.com/opinion/ "Opinion and\nanalysis")'
    assert targets[5].startswith("](mailto:?subject=Port talks resume&") and targets[5].endswith("resume/)")
    assert targets[7].endswith('"The negotiator \\(profile\\)")')
    assert targets[8] == "<https://news.example.com/live/port-updates-\nblog>"


def test_brackets_and_parentheses_of_prose_are_no_targets():
    assert _targets("He said [sic] it was (he thought) over.\n\nA note (see below) and a list [1].\n") == []
    assert _targets("The item [1](\n\nwas never closed.\n") == []  # a target does not run over a blank line


def test_markdown_with_wrapped_link_targets_is_not_ocr():
    assert gate.decide(MARKDOWN).ocr  # read as plain text, the targets' pieces are non-words of wrapped print
    decision = Article.parse(MARKDOWN).ocr
    assert not decision.ocr and decision.non_word_rate == 0.0 and decision.hyphen_line_ends == 0
    assert Article.parse(MARKDOWN, ocr="on").ocr.ocr  # the mode still forces it


def test_a_links_text_that_is_an_address_is_no_non_word():
    # the gate counts the word tokens of a Markdown page's text as it counts any body's: 'desk@valleypost.com' and
    # 'www.valleypost.com/news' are one token each, no lower-case words ('valleypost', 'www')
    links = "\n".join(f"  * [{name}@valleypost.com](mailto:{name}@valleypost.com)"
                      for name in ("news", "desk", "sport"))
    links += "".join(f"\n  * [www.valleypost.com/{name}](https://www.valleypost.com/{name})"
                     for name in ("news", "sport", "weather", "travel", "letters"))
    decision = Article.parse(f"{LONG}\n\n{LATER}\n\n{MORE}\n\nWrite to us:\n\n{links}\n").ocr
    assert not decision.ocr and decision.non_word_rate == 0.0 and decision.words > 80


def test_an_ocr_page_with_a_link_is_still_ocr():
    page = OCR + "\n[Read the original page](https://archive.example.org/papers/1868-04-\n02/page-3)\n"
    assert len(Article.parse(page, has_header=False).link_targets) == 1
    assert Article.parse(page, has_header=False).ocr.ocr


def test_no_finding_inside_a_target_and_a_glued_word_outside_is_found(lint):
    spans = Article.parse(MARKDOWN).link_targets
    diagnostics = lint(MARKDOWN)
    assert not [d for d in diagnostics if any(start <= d.start < end for start, end in spans)]
    assert ("NL102", "spokespersonDmitry") in {(d.code, MARKDOWN[d.start:d.end]) for d in diagnostics}
    assert not {d.code for d in diagnostics} & {"NL704", "NL705", "NL706", "NL707", "NL708"}  # the gate stays shut


def test_the_same_findings_in_a_batch_as_one_at_a_time():
    from newslint.api import make_linter
    from newslint.source import string_document

    linter = make_linter()
    documents = [string_document(f"<{n}>", text, has_header=True) for n, text in enumerate([MARKDOWN, OCR, MARKDOWN])]
    batched = [[(f.code, f.start) for f in result.findings] for result in linter.lint_documents(documents)]
    assert batched == [[(f.code, f.start) for f in linter.lint_document(d).findings] for d in documents]


# a page's menu (a link a line) and three links too long to wrap, as html2text leaves them: most blocks one line and
# three lines wider than print, so that neither the majority of blocks nor the hard-wrap test joins the lines
PAGE = "".join(f"[{w}](https://news.example.com/{w.lower()}/)\n\n" for w in ("Home", "World", "Sport", "Weather")) \
    + "".join(f"[![{w}](https://cdn.example.com/resize?src=https%3A%2F%2Fcdn.example.com%2Fphotos%2F{w.lower()}"
              f"%2Fmain.jpg&width=1200&height=800&quality=85&format=webp&fit=cover)](https://news.example.com/)\n\n"
              for w in ("Harbour", "Cranes", "Ships")) \
    + MARKDOWN + "\nThe port said it would publish a timetable.  \nShips would be told in turn.\n"


def test_a_markdown_block_is_one_paragraph_and_each_list_item_and_heading_is_one():
    texts = [paragraph.text for paragraph in Article.parse(PAGE).paragraphs]
    assert "* [ Share](https://twitter.com/intent/tweet?text=Port%20talks%20resume&url=https://news.example.com/" \
           "2021/04/08/port-\ntalks-resume/)" in texts  # a list item wrapped over two lines
    assert texts[texts.index("# Port talks resume after a week of delays") - 1].startswith("* [ Email]")
    [story] = [text for text in texts if text.startswith("Talks between")]
    assert story.endswith("the two sides were close.") and story.count("\n") == 3
    assert texts[-2:] == ["The port said it would publish a timetable.", "Ships would be told in turn."]  # <br>


def test_no_split_paragraph_at_a_markdown_line_wrap_and_a_menu_link_is_furniture(lint):
    found = {(d.code, PAGE[d.start:d.end]) for d in lint(PAGE)}
    assert not [finding for finding in found if finding[0] in ("NL101", "NL108", "NL202")]
    assert ("NL310", "[World](https://news.example.com/world/)") in found
    assert ("NL102", "spokespersonDmitry") in found


def test_an_autolink_alone_is_no_markdown():
    text = ("Library to move\nThe council voted on Monday <https://news.example.com/council/library-vote>.\n\n"
            "A petition gathered two thousand names.\n")
    article = Article.parse(text, has_header=False)
    assert [text[start:end] for start, end in article.link_targets] == ["<https://news.example.com/council/library-vote>"]
    assert [p.text for p in article.paragraphs][:2] == ["Library to move", text.splitlines()[1]]  # lines apart


# Pandoc's Markdown of a whole page: its attributes and fenced divs around the links and the story
PANDOC = "".join(f'::: {{#nav-{n} .site-nav__item data-track="menu-{n}"}}\n[{name}](https://news.example.com/{n}/)'
                 f'{{.site-nav__link .link--inverse aria-label="{name} section"}}\n:::\n\n'
                 for n, name in enumerate(("Home", "World", "Business", "Sport", "Weather", "Travel"))) \
    + '::: {.article-body__content .js-article-body}\n' + MARKDOWN.split("\n\n# ", 1)[1] \
    + '![](https://cdn.example.com/cranes.jpg){.hero-image\nonerror="if(this.src){return true;};this.hidden=1"\n' \
      'data-meta="{\\"loc\\":\\"hero\\"}"}\n:::\n'


def test_pandoc_attributes_and_div_fences_are_markup_not_prose(lint):
    article = Article.parse(PANDOC)
    spans = [PANDOC[start:end] for start, end in article.link_targets]
    assert '::: {#nav-0 .site-nav__item data-track="menu-0"}' in spans and ":::" in spans
    assert '{.site-nav__link .link--inverse aria-label="Home section"}' in spans
    assert "::: {.article-body__content .js-article-body}" in spans
    assert spans[-2].startswith("{.hero-image\nonerror=") and spans[-2].endswith('\\"hero\\"}"}')  # braces in quotes
    assert gate.decide(PANDOC).ocr and not article.ocr.ocr
    paragraphs = [p.text for p in article.paragraphs]  # a fenced div's line is a paragraph apart from what it holds
    assert '[Home](https://news.example.com/0/){.site-nav__link .link--inverse aria-label="Home section"}' in paragraphs
    assert paragraphs[paragraphs.index("::: {.article-body__content .js-article-body}") + 1].startswith("Port talks")
    found = {(d.code, PANDOC[d.start:d.end]) for d in lint(PANDOC)}
    assert ("NL102", "spokespersonDmitry") in found
    assert not [f for f in found if f[0] in ("NL704", "NL705", "NL706", "NL707", "NL708")]


def test_a_rule_and_a_headings_underline_are_markup_in_no_paragraph(lint):
    text = (f"[Home](https://news.example.com/)\n\n# Library to move\n\n{LONG}\n\n---\n\n## What happens next\n\n"
            f"{LATER}\n\n* * *\n\nThe vote\n========\n\n{MORE}\n")
    paragraphs = [p.text for p in Article.parse(text, has_header=False).paragraphs]
    assert paragraphs[2:] == [LONG, "## What happens next", LATER, "The vote", MORE]
    assert not [d for d in lint(text) if "What happens next" in text[d.start:d.end]]  # a subheading, no furniture
