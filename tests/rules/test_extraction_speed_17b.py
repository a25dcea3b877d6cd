"""The shortcuts NL104 and NL107 take (issue 17, 17b) answer exactly what the long way answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import lexicon
from newslint.model import Article
from newslint.ocr import gate
from newslint.rules.extraction import _shared, possessives, run_together

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def natural_articles() -> list[Article]:
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in ("bbc", "scraped", "reuters", "ocr"):
        files += sorted((CORPUS / folder).rglob("*.txt"))[:150]
    return [Article.parse(file.read_text(encoding="utf-8", errors="replace"), str(file)) for file in files]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return natural_articles()


def test_body_words_known_means_no_body_word_is_unknown(articles):
    table, known = lexicon.frequencies(), 0
    assert max(map(len, gate.WIRE_ABBREVIATIONS)) < 7  # the gate passes them; NL104 looks at 7 letters and more
    for article in articles:
        if run_together._body_words_known(article):
            known += 1
            unknown = run_together._python_unknown_words(article._plain_words, 1, 10**6, table, gate.WIRE_ABBREVIATIONS)
            assert unknown == [], article.path
    assert known > len(articles) // 4  # the shortcut is taken


def test_body_words_known_needs_the_gate_to_have_looked():
    prose = "The minister said the talks were serious and that officials would meet again next week. " * 3
    assert run_together._body_words_known(Article.parse(prose))
    assert not run_together._body_words_known(Article.parse(prose, ocr="off"))
    assert not run_together._body_words_known(Article.parse(prose, ocr="on"))
    assert not run_together._body_words_known(Article.parse("The minister said so."))  # too short for the gate
    assert not run_together._body_words_known(Article.parse(prose + "officials met thepresident today."))


def test_nl104_still_finds_a_run_together_word_in_the_title(lint):
    text = "Officials met thepresident\n\n" + "The minister said the talks were serious and would go on. " * 4
    found = [d for d in lint(text, select=["NL104"])]
    assert [(d.line, d.code) for d in found] == [(1, "NL104")]


def per_segment(article: Article, used) -> list[tuple[int, str, int]]:
    return [(offset, text, start) for offset, text in _shared._segments(article)
            for start in possessives._possessive_starts(text, used)]


def test_possessive_candidates_are_each_segments_own(articles):
    glued = Article.parse("date 2021-12-02Russias Lavrov met Blairs aides\n\nTess friends came.", "<t>", {}, False)
    for article in [*articles, glued, Article.parse("Russias Lavrov\nTitle Blairs\n\nBody Tess said", "<t>")]:
        used = frozenset(article.words) | {"Russia", "Blair", "Tes"}
        assert list(possessives._possessive_candidates(article, used)) == per_segment(article, used), article.path
