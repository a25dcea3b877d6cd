"""bench/dom_roles.py: the texts a page's HTML marks as a caption, credit, byline, timestamp or furniture, the story's
paragraphs, where an output holds each, and which findings count for them (made-up pages)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("lxml.html")
BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import dom_roles  # noqa: E402

STORY = "The council voted to close the old library on Tuesday."
PAGE = f"""<?xml version="1.0" encoding="utf-8"?>
<html><head><title>Library</title><script>var byline = "Not Text";</script></head><body>
<nav><a href="/">Home page</a> <a href="/news">Local news</a></nav>
<article>
  <div class="article-byline__wrap">By <a rel="author" href="/jane">Jane Okafor</a>
    <time datetime="2020-03-02">March 2, 2020</time></div>
  <span class="publishDate">Updated 3:41 PM</span>
  <p>{STORY}</p>
  <figure><img src="a.jpg"><figcaption>Readers at the old library last year.
    <span class="image-credit">Tom Birch/Valley Courier</span></figcaption></figure>
  <p class="caption">Library</p>
  <div class="share-tools">Share this story</div>
</article>
<footer><p>Copyright the Valley Courier. <time>All rights reserved</time></p></footer>
</body></html>"""


def test_each_marked_text_takes_its_innermost_role_and_the_story_paragraphs_are_kept():
    pieces, story = dom_roles.page_pieces(PAGE)
    assert pieces == [
        ("boilerplate", "Home page Local news"),
        ("byline", "By Jane Okafor"),
        ("timestamp", "March 2, 2020"),
        ("timestamp", "Updated 3:41 PM"),
        ("caption", "Readers at the old library last year."),
        ("credit", "Tom Birch/Valley Courier"),
        ("boilerplate", "Share this story"),
        ("boilerplate", "Copyright the Valley Courier."),
        ("timestamp", "All rights reserved"),
    ]  # one word ('Library') is too short; the script's text is no text
    assert story == [STORY]


@pytest.mark.parametrize(("markup", "role"), [
    ('<span itemprop="datePublished">May 3</span>', "timestamp"),
    ('<div itemprop="author">Jane Okafor</div>', "byline"),
    ('<div class="entry-pubdate">a b</div>', "timestamp"),
    ('<div class="story-contributor">a b</div>', "byline"),
    ('<div role="navigation">a b</div>', "boilerplate"),
    ('<div id="newsletterSignup">a b</div>', "boilerplate"),
    ('<div class="photo-credits">a b</div>', "credit"),
    ('<span class="credit" itemprop="author">a b</span>', "credit"),  # a picture's author
    ('<span class="img-author">a b</span>', "credit"),  # a picture's author by its class words
    ('<div class="article-author">a b</div>', "byline"),
    ('<p class="article-author__published-date">a b</p>', "timestamp"),  # the narrower class word
    ('<div class="headline">a b</div>', None),
    ('<div class="header">a b</div>', None),  # 'ad' is a whole word, not a piece of one
])
def test_roles_by_attribute_and_class_word(markup, role):
    element = dom_roles.parse(f"<html><body>{markup}</body></html>").body[0]
    assert dom_roles.role_of(element) == role


def test_a_marked_text_that_the_story_also_says_is_not_counted():
    page = (f"<html><body><article><p>{STORY}</p></article>"
            f"<aside>voted to close the old library</aside><aside>Most read stories</aside></body></html>")
    assert dom_roles.page_pieces(page) == ([("boilerplate", "Most read stories")], [STORY])


def test_a_text_is_located_where_an_output_holds_it_once_whatever_its_white_space():
    output = "By Jane\n  Okafor\nShare this story\nShare this story\n"
    assert dom_roles.located(["By Jane Okafor", "Share this story", "Most read"], output) == [(0, 16), None, None]


def test_a_located_text_is_found_by_a_finding_of_its_class_and_a_story_paragraph_is_hit_by_furniture():
    output = f"By Jane Okafor\nMarch 2, 2020\n{STORY}\n"
    pieces = [("byline", "By Jane Okafor"), ("timestamp", "March 2, 2020"), ("caption", "Not in the output")]
    story_at = output.index(STORY)
    findings = [SimpleNamespace(code="NL315", start=0, end=14),    # a byline rule on the byline
                SimpleNamespace(code="NL315", start=15, end=28),   # a byline rule on the date: not a timestamp's
                SimpleNamespace(code="NL311", start=story_at, end=story_at + 40)]  # furniture over most of the story
    tally = Counter()
    dom_roles.score_output(output, findings, pieces, [STORY], tally)
    assert tally == Counter({"byline": 1, "byline found": 1, "byline line": 1, "byline line found": 1, "timestamp": 1,
                             "main": 1, "main hit": 1})  # (a byline of up to eight words is a byline line too)


HEADED_PAGE = """<html><body><article>
  <h2>A standfirst before the story</h2>
  <p>The council voted to close the old library on Tuesday.</p>
  <h2>What the readers said</h2>
  <aside><h3>Most read stories</h3></aside>
  <h3>Opening</h3>
  <div class="liveblog-entry"><div class="live-post__title">Doors shut at noon</div>
    <p>Staff packed the last boxes after lunch.</p></div>
  <p>A new branch opens in the spring.</p>
  <h2>More from the valley</h2>
</article></body></html>"""


def test_the_story_headings_are_those_between_its_paragraphs_with_no_role_and_two_words():
    assert dom_roles.page_headings(HEADED_PAGE) == ["What the readers said", "Doors shut at noon"]
    # not the standfirst before the first paragraph, the aside's title, a one-word heading, nor a list after the last


def test_without_an_article_the_story_is_the_parent_of_the_most_paragraph_text():
    page = ("<html><body><div><p>Short teaser text</p></div><div><p>The council voted to close the library.</p>"
            "<h3>Where readers go now</h3><p>Most will drive to the next town instead.</p></div></body></html>")
    assert dom_roles.page_headings(page) == ["Where readers go now"]


@pytest.mark.parametrize(("output", "seams"), [
    ("The vote was close.\nWhat the readers said\nThey were sad.", []),
    ("The vote was close.\n## What the readers said\n\nThey were sad.", []),
    ("The vote was close.\n**What the readers said**\nThey were sad.", []),
    ("The vote was close.\n### What the readers said {#readers .post-title}\n", []),  # Pandoc's attributes
    ("The vote was close.\n## [What the readers said](/readers) {#a1}\n", []),
    ("The vote was close.What the readers saidThey were sad.", ["start", "end"]),
    ("The vote was close. What the readers said\nThey were sad.", ["start"]),
    ("The vote was close.\nWhat the readers said  They were sad.", ["end"]),
])
def test_a_heading_runs_into_the_text_where_text_stands_beside_it_on_its_line(output, seams):
    start = output.index("What")
    span = (start, start + len("What the readers said"))
    assert dom_roles.run_in_seams(output, span) == [span[0] if seam == "start" else span[1] for seam in seams]


def test_a_heading_run_into_the_text_is_found_by_a_finding_of_an_other_rule_on_its_seam():
    output = "The vote was close.What the readers saidThey were sad.\nDoors shut at noon\nThe end came. Bus services now"
    start = output.index("What")
    findings = [SimpleNamespace(code="NL106", start=start, end=start + 21),
                SimpleNamespace(code="NL314", start=output.index("Bus"), end=len(output))]  # not an 'other' rule
    tally = Counter()
    dom_roles.score_output(output, findings, [], [], tally,
                           headings=["What the readers said", "Doors shut at noon", "Bus services now"])
    assert tally == Counter({"heading": 2, "heading found": 1})  # the heading on a line of its own is not counted


def test_a_captions_date_line_reported_as_a_date_is_found():
    output = "22 October 2020\nA gallery slide's caption text\n"
    pieces = [("caption", "22 October 2020"), ("caption", "A gallery slide's caption text")]
    findings = [SimpleNamespace(code="NL314", start=0, end=15), SimpleNamespace(code="NL314", start=16, end=20)]
    tally = Counter()
    dom_roles.score_output(output, findings, pieces, [], tally)
    assert tally == Counter({"caption": 2, "caption found": 1})  # a date over a few words of a caption finds no caption
