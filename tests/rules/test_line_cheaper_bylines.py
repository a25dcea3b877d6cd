"""NL315's paragraphs to read where the text holds no glued heading's role (``bylines._byline_candidates``): a text
whose every mark is a sentence's end alone and whose every paragraph is longer than 90 characters has none, told
without the list's loop (33a); held to the loop's test of each paragraph on drawn marks and lengths and on the
corpus."""

from __future__ import annotations

import random

from conftest import natural_files

from newslint.model import Article, Paragraph
from newslint.rules.lines import bylines
from newslint.rules.lines._shared import CLOSED, HOLDS_BY, LINE_BREAK, SOFT_HYPHEN, paragraph_forms


def _the_long_way(paragraphs: list[Paragraph], marks: bytes) -> list[int]:
    return [i for i, (mark, paragraph) in enumerate(zip(marks, paragraphs))
            if mark & (LINE_BREAK | SOFT_HYPHEN | HOLDS_BY) or len(paragraph.text) <= 90
            or not mark & CLOSED and len(paragraph.text) <= 400]


def test_the_candidates_are_the_long_way_s_on_drawn_marks_and_lengths() -> None:
    rng = random.Random(33)
    bits = [0, CLOSED, CLOSED, CLOSED, LINE_BREAK | CLOSED, SOFT_HYPHEN | CLOSED, HOLDS_BY | CLOSED, 2 ** rng.randint(0, 7)]
    lengths = [0, 1, 89, 90, 91, 92, 399, 400, 401, 800]
    none = 0
    for _ in range(5000):
        count = rng.randint(0, 5)
        paragraphs = [Paragraph(i, 0, "x" * rng.choice(lengths)) for i in range(count)]
        marks = bytes(rng.choice(bits) | (rng.randint(0, 255) if rng.random() < 0.1 else 0) for _ in range(count))
        found = bylines._byline_candidates(paragraphs, marks)
        assert found == _the_long_way(paragraphs, marks), (marks, [len(p.text) for p in paragraphs])
        none += not found and count > 0
    assert 150 < none < 4000  # (both answers drawn)


def test_the_candidates_are_the_long_way_s_on_the_corpus() -> None:
    shortcut = 0
    for path in natural_files(("bbc", "scraped"), 300):
        article = Article.parse(path.read_text(encoding="utf-8", errors="replace"), str(path), {}, True)
        marks = paragraph_forms(article)[3]
        found = bylines._byline_candidates(article.paragraphs, marks)
        assert found == _the_long_way(article.paragraphs, marks), path
        shortcut += not found
    assert shortcut > 100
