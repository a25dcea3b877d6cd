"""The OCR support's fast paths give the answers of the slow ones: the gate's glance at an edited
text, batched web counts, NL702 standing aside where NL704 judges OCR output."""

from __future__ import annotations

import pytest

from newslint import ngrams
from newslint.model import Article
from newslint.ocr import gate

EDITED = """Ministers agree new rules on imports

The government said on Tuesday that it would publish new rules for imports of steel next month,
after talks with manufacturers and unions in Sheffield and Rotherham. The steelmaker said the
changes would protect thousands of jobs, and the unions welcomed what they called a reprieve.
"""
# Edited copy with a few words no dictionary has, and one OCR signature: still below the gate's thresholds.
RARE_WORDS = EDITED + "\n" + EDITED.split("\n\n")[1] * 2 + "\nThe zorblax plans, tho late, were agreed.\n"
# Enough unknown words and signatures that the glance must leave the decision to the full count.
DAMAGED = EDITED + "\n" + "tbe cornpany aud tho rnill wero sold ot auction ia tbe town. " * 3 + "\n"
SHORT = "Title\n\nA short note.\n"


def _full_count(text: str, tokens) -> gate.OcrDecision:
    saved = gate._edited_at_a_glance
    gate._edited_at_a_glance = lambda tokens, wrapped: None
    try:
        return gate.decide(text, "auto", tokens)
    finally:
        gate._edited_at_a_glance = saved


@pytest.mark.parametrize("text", [EDITED, RARE_WORDS, DAMAGED, SHORT])
def test_the_glance_decides_as_the_full_count_does(text):
    article = Article.parse(text)
    assert gate.decide(article.text, "auto", article.words) == _full_count(article.text, article.words)


def test_the_glance_answers_edited_text_and_leaves_damaged_text_to_the_full_count():
    edited, damaged = Article.parse(RARE_WORDS), Article.parse(DAMAGED)
    glance = gate._edited_at_a_glance(edited.words, False)
    assert glance is not None and not glance.ocr and glance.non_word_rate > 0 and glance.signatures == 1
    assert gate._edited_at_a_glance(damaged.words, False) is None
    assert gate.decide(damaged.text, "auto", damaged.words).ocr


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
