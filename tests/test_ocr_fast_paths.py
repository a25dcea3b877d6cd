"""The OCR support's fast paths give the answers of the slow ones: batched web counts; NL702 stands
aside where NL704 judges OCR output and still reads edited copy."""

from __future__ import annotations

from newslint import lexicon, ngrams
from newslint.model import Article
from newslint.ocr import gate


def test_batched_web_counts_equal_single_ones():
    keys = ["of the", "the", "new york", "zzqxv", "zzqxv quux", "of the"]
    batched = ngrams.counts(keys)
    assert "zzqxv" not in batched and batched["of the"] > batched["new york"] > 0
    assert {key: batched.get(key, 0.0) for key in keys} == {key: ngrams.count(key) for key in keys}


OCR_PAGE = """At eleven o'clock on Wednesday tbe following portions of land
will be offered for sale by public auction, at tho Colonial
Treasury, at the upset price affixed to each lot. The goverment
commencing on Headman's Cieek, about half a mile south of the
river, thence by a line bearing south degrees east twenty chains
to the corner of a measured portion of forty acies, on the north
side of the road. Upset price twenty shillings per acre. The purchaser
must pay tho deposit at the time of sale, and the balance within
one month, otherwise the deposit will be forfeited, and the lots
lie on the east side of the creek, where the water is good.
"""


def test_nl702_leaves_ocr_output_to_nl704_and_still_reads_edited_copy(lint):
    assert [d.code for d in lint(OCR_PAGE, select=["NL702"])] == []
    assert "acies" in {OCR_PAGE[d.start:d.end] for d in lint(OCR_PAGE, select=["NL704"])}
    typo = "Title\n\nHe said the goverment would act on the report next week.\n"
    assert [d.code for d in lint(typo, select=["NL702"])] == ["NL702"]


def test_the_article_tallies_its_plain_words_once_for_the_gate_and_gives_the_gates_decision():
    text = ("Title\n\nThe council met on Monday and said that the plan for the new road would go ahead in the "
            "spring, after a vote in which most members backed it; a few said the cost was tbe problem, aud "
            "that tho plan was cornpany business.\n")
    article = Article.parse(text)
    assert article.ocr == gate.decide(article.text, plain=dict(article._plain_words))
    assert article.__dict__["plain_word_tally"] == gate.tally(article._plain_words)  # kept by the gate's first use
    assert article.plain_word_tally[3] == [w for w in article._plain_words if w not in lexicon.frequencies()]
