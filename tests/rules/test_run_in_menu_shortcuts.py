"""NL344's shortcut in a one-line page: NL342's judgement of a piece is asked only where the page's one pass of NL342's
cues (``one_line._SiteCues``) may touch the piece; every piece it passes over is one NL342 finds no prompt in."""

from __future__ import annotations

import random

import pytest
from conftest import drawn_texts, natural_paragraphs

from newslint.rules.boilerplate import one_line
from newslint.rules.lines import prompts
from newslint.textutil import sentence_spans, word_texts

# the names of the site's business, words that address the reader, their near misses, the edges of words and the
# letters Python's re folds to ASCII ones ('ſ' to 's', the Kelvin sign to 'k')
_PIECES = ("Sign up", "sign up", "subscribe", "Subscribers", "newsletter", "cookies", "cookie", "comments", "comment",
           "privacy policy", "log in", "login", "email us", "e-mail us", "click here", "follow us", "contact us",
           "our journalism", "let us know", "Please", "please", "you", "your", "We", "we", "our", " ", "  ", "\xa0",
           "\n", ".", ". ", "!", "?", ":", ",", "_", "x", "9", "é", "ſ", "\u212a", "coo\u212aies", "ſubscribe", "the",
           "council", "met", "on", "Tuesday", "said", "to", "for", "our free", "briefing", "donate", "Welcome to ",
           "This article is part of ", "the series", ", our ", "news tips", "terms of use", "reprints",
           "all rights reserved")


def _pieces(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Pieces of ``text`` as NL344 asks them (its sentences) and anywhere (a word's edge inside a piece)."""
    spans = [(start, end) for start, end in sentence_spans(text)]
    for _ in range(4):
        start = rng.randrange(len(text) + 1)
        spans.append((start, rng.randrange(start, len(text) + 1)))
    return [(start, end) for start, end in spans if start < end]


def _passed_over_wrongly(texts: list[str], seed: int) -> tuple[list[str], int, int]:
    """The pieces the shortcut passes over that NL342 reads a prompt in, how many it passed over, how many asked."""
    rng, wrong, skipped, asked = random.Random(seed), [], 0, 0
    for text in texts:
        cues = one_line._SiteCues(text)
        for start, end in _pieces(text, rng):
            asked += 1
            if cues.may_touch(start, end):
                continue
            skipped += 1
            piece = text[start:end]
            if prompts.site_speaks(piece, word_texts(piece)) != prompts.site_speaks(piece, [], cued=False):
                wrong.append(piece)
    return wrong, skipped, asked


def test_a_piece_passed_over_holds_no_prompt_in_drawn_pages():
    texts = drawn_texts(_PIECES, 6000, 33, 60, fewest=1)
    wrong, skipped, asked = _passed_over_wrongly(texts, 33)
    assert wrong == []
    assert skipped > 1000  # the shortcut passes over many pieces


def test_the_prompts_in_drawn_pages_are_many():
    texts = drawn_texts(_PIECES, 3000, 34, 60, fewest=1)
    spoken = sum(bool(prompts.site_speaks(text[start:end], word_texts(text[start:end])))
                 for text in texts for start, end in sentence_spans(text))
    assert spoken > 300  # the draw reaches NL342's prompts, which the other test holds the shortcut to


def test_a_piece_passed_over_holds_no_prompt_in_the_corpus():
    texts = natural_paragraphs(("bbc", "scraped"), 200, shortest=200)
    wrong, skipped, asked = _passed_over_wrongly(texts, 35)
    assert wrong == []
    assert skipped > asked // 2


@pytest.mark.parametrize(("text", "piece", "touched"), [
    ("Home News. Sign up for our newsletter today. The council met.", "Sign up for our newsletter today.", True),
    ("Home News. The council met on Tuesday. Sign up now.", "The council met on Tuesday.", False),
    ("Subscribed readers met.", "scribed readers met.", True),  # a word goes on across the piece's edge
    ("The council met. Cookies", "The council met. Cookie", True),
])
def test_what_the_cues_touch(text, piece, touched):
    start = text.index(piece)
    assert one_line._SiteCues(text).may_touch(start, start + len(piece)) is touched
