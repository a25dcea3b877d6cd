"""The OCR gate's tally with the word analysis's kept words: each kept word's word-list answer is asked once per
process (``plain_word_tally``'s ``kept_indexes``, ``newslint/_speedups.c`` block 17n), and the tally stays exactly
its pure-Python twin's, whatever tables it is asked with and whatever indexes it is given."""

from __future__ import annotations

from collections import Counter

import pytest

from newslint import lexicon, model, native
from newslint.model import Article
from newslint.ocr import gate
from conftest import natural_files

compiled = native.speedups
needs_compiled = pytest.mark.skipif(compiled is None, reason="the extension is not built (or NEWSLINT_NO_NATIVE is set)")

# written for this test: common words, a name, OCR misreadings (tbe, cornpany), a wire abbreviation, a coinage
STORY = ["The council said on Tuesday that tbe new library would open in the spring, a year late.",
         "Costs rose by 3 pct, the cornpany building it said, and the council blamed the weather.",
         "Residents called the delay frustrating; one said the librarything website had promised more."]


def tables() -> tuple:
    return lexicon.common_words(), lexicon.frequencies(), gate.WIRE_ABBREVIATIONS, gate._SIGNATURES


def tally_both(paragraphs: list[str], common, table, other, signatures) -> tuple:
    """The compiled tally given the word analysis's kept indexes, and the twin's (which has none)."""
    analysis = compiled.word_analysis(paragraphs)
    plain, counts, kept_indexes = analysis[3:6]
    assert type(kept_indexes) is bytes and len(kept_indexes) == 4 * len(plain)
    return (compiled.plain_word_tally(plain, counts, common, table, other, signatures, kept_indexes),
            gate._python_plain_word_tally(plain, counts, common, table, other, signatures))


@needs_compiled
def test_the_answers_kept_are_the_twins_on_natural_text() -> None:
    """Each text twice: the second time the kept words' answers come from what the first asked."""
    files = natural_files(("bbc", "scraped", "ocr"), 150)
    texts = [[line for line in file.read_text(encoding="utf-8", errors="replace").split("\n") if line]
             for file in files]
    for _ in range(2):
        for paragraphs in texts:
            got, expected = tally_both(paragraphs, *tables())
            assert got == expected


@needs_compiled
def test_other_tables_are_asked_afresh() -> None:
    """Answers kept for one word list do not answer for another (another dict, or the same one grown)."""
    common, table, other, signatures = tables()
    got, expected = tally_both(STORY, common, table, other, signatures)
    assert got == expected and got[3] == ["tbe", "cornpany", "librarything"]
    smaller = {word: 1 for word in ("the", "council", "said")}
    got, expected = tally_both(STORY, frozenset(), smaller, other, signatures)
    assert got == expected and "library" in got[3] and "council" not in got[3]
    smaller["library"] = 1  # the same dict, one word more: its answers start afresh
    got, expected = tally_both(STORY, frozenset(), smaller, other, signatures)
    assert got == expected and "library" not in got[3]
    got, expected = tally_both(STORY, common, table, frozenset(), signatures)  # no wire abbreviations: pct unknown
    assert got == expected and "pct" in got[3]


@needs_compiled
def test_tables_that_may_change_are_asked_every_time() -> None:
    """A set (not frozen) of wire abbreviations: asked each time, so that a change shows at once."""
    common, table, _, signatures = tables()
    wire = {"pct"}
    assert tally_both(STORY, common, table, wire, signatures)[0][3] == ["tbe", "cornpany", "librarything"]
    wire.add("tbe")
    got, expected = tally_both(STORY, common, table, wire, signatures)
    assert got == expected and got[3] == ["cornpany", "librarything"]


@needs_compiled
def test_indexes_of_another_article_do_not_answer() -> None:
    """Kept indexes given with the wrong dict (same size): each answer is checked against its word, not trusted."""
    common, table, other, signatures = tables()
    first = compiled.word_analysis(["the tbe cornpany"])
    second = compiled.word_analysis(["library council said"])
    compiled.plain_word_tally(*first[3:5], common, table, other, signatures, first[5])  # answers kept for first's words
    assert compiled.plain_word_tally(*second[3:5], common, table, other, signatures, first[5]) == \
        gate._python_plain_word_tally(*second[3:5], common, table, other, signatures)


@needs_compiled
def test_kept_indexes_must_come_from_the_word_analysis() -> None:
    common, table, other, signatures = tables()
    plain = gate.counts_of({"the": 2, "cat": 1})
    for wrong in (b"\x00" * 4, "not bytes", [0, 1]):
        with pytest.raises(ValueError):
            compiled.plain_word_tally(*plain, common, table, other, signatures, wrong)
    assert compiled.plain_word_tally(*plain, common, table, other, signatures, None) == \
        compiled.plain_word_tally(*plain, common, table, other, signatures, b"\xff" * 8)  # -1: not kept, asked


def test_the_article_tally_is_the_gates() -> None:
    """Whichever word analysis is in use (the twin's gives no indexes), the article's tally is the gate's."""
    article = Article.parse("Headline here\n\n" + "\n\n".join(STORY) + "\n")
    assert article.plain_word_tally == gate.tally(*gate.counts_of(article._plain_words))
    assert article.plain_word_tally[3] == ["tbe", "cornpany", "librarything"]
    assert (article._plain_kept is None) == (model._word_analysis is model._python_word_analysis)
    assert model._python_word_analysis(STORY)[5] is None
    assert dict(Counter(w for w in article.words if w.isalpha() and w.islower())) == \
        article._plain_words


@needs_compiled
def test_signature_answers_serve_only_their_signatures() -> None:
    """Whether a kept word is an OCR signature is kept beside its word-list answer, for one set of signatures: other
    signatures (a frozenset, or a container that may change) are asked afresh."""
    common, table, other, signatures = tables()
    asked = [(signatures, 1), (frozenset({"tbe", "cornpany"}), 2), (frozenset(), 0), ({"library": 1}, 1), (signatures, 1)]
    for others, signed in asked:
        got, expected = tally_both(STORY, common, table, other, others)
        assert got == expected and got[2] == signed
