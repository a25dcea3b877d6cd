"""NL110's stops that may end a sentence, found by ``str.find`` (35f): the regex's matches after two lower-case
letters, on drawn text and the corpus's."""

from __future__ import annotations

import random

import pytest
from conftest import natural_files

from newslint.rules.extraction import flattened

PIECES = ["ab", "a", "A", "é", "x1", ".", "!", "?", "...", '"', "”", "’", "'", ")", " ", "\n", "\t", "\xa0", "Mr", "W",
          "end", "U.S."]


def regex_stops(text: str) -> list[int]:
    """What ``name_runs`` read before 35f: ``_STOP``'s matches after two lower-case letters."""
    return [stop.start() for stop in flattened._STOP.finditer(text)
            if text[stop.start() - 2:stop.start()].isalpha() and text[stop.start() - 2:stop.start()].islower()]


@pytest.mark.parametrize("text", ["", ".", "ab.", "ab. C", "AB. c", "David W. Blight", "end!\"", "end?” Then", "ab.)x",
                                  "ab.\xa0x", "éé. x", "a1. x", "ab.c", "ab...", "ab!?"])
def test_sentence_stops_are_the_regexs(text):
    assert flattened._sentence_stops(text) == regex_stops(text)


def test_sentence_stops_on_drawn_and_corpus_text():
    draw = random.Random(3505)
    texts = ["".join(draw.choice(PIECES) for _ in range(draw.randrange(0, 40))) for _ in range(6000)]
    texts += [file.read_text(encoding="utf-8", errors="replace")
              for file in natural_files(("bbc", "scraped", "reuters", "ocr"), 150)]
    found = 0
    for text in texts:
        stops = flattened._sentence_stops(text)
        assert stops == regex_stops(text), text
        found += bool(stops)
    assert found > 1000
