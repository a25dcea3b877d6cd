"""The compiled caption seams of a paragraph (``_speedups.c``, block 17x) against their pure-Python twin.

``caption_seams`` must report exactly what ``captions._python_caption_seams`` reports (every field of every seam, in
order): on flattened pages made of drawn sentences and of the seeds' and the corpus's paragraphs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled

from newslint import captions, occurrences

# caption-like lines and sentences without stops, names, labels, photo cues, dates, words that recur: joined into
# stretches long enough to be scored, some cut by a stop
PIECES = st.sampled_from([
    "the side won on Tuesday", "The Spanish coach oversees training", "Valdora boss Pietro Lanza", "He said the",
    "Harbourside host rivals", "Proud dad: Tomas with his daughter", "(left) with fans", "pictured at the ground",
    "in 2014", "April 2014", "May 2014 April 2014 March", "file photo of the", "They were", "Lanza's side",
    "Brennan is unlikely",
    "she told the BBC", "the club confirmed", "Millbrook's desire to", "of the Valley", "Scroll down for video",
    "Talent show star Marnie", "a tribute to her", "And while they", "to stop Okafor winning", "on Saturday April 11",
    "'Hands Off Our Park' rally", "It's one way", "The", "the", "said", "won.", "by", "of", "x", "é", "😀", "2",
])
SENTENCE = st.lists(PIECES, min_size=1, max_size=30).map(" ".join)
PAGES = st.lists(SENTENCE, min_size=1, max_size=12).map(lambda parts: ". ".join(parts) * 3)


def same(text: str) -> None:
    if len(text) >= occurrences.LONG_TEXT:
        text = text[:occurrences.LONG_TEXT - 1]
    assert captions.caption_seams(text) == captions._python_caption_seams(text), text


@needs_compiled
def test_the_compiled_seams_are_in_use() -> None:
    assert captions._compiled_seams is compiled.caption_seams


@needs_compiled
@settings(max_examples=400, deadline=None)
@given(PAGES)
def test_drawn_pages(text: str) -> None:
    same(text)


@needs_compiled
def test_natural_pages() -> None:
    seams = 0
    for text in natural_paragraphs(("bbc", "scraped"), 300, shortest=1000):
        same(text)
        seams += len(captions.caption_seams(text))
    assert seams > 100  # the corpus holds flattened pages: seams were found
