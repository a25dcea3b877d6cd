"""NL704–NL708: OCR damage in digitised print, reported only where the OCR gate opens.

The gate (:mod:`newslint.ocr.gate`) judges each document: edited news never reaches these
rules. Every token of an OCR article is classified once (:mod:`newslint.ocr.analysis`); each
rule reports its own class. Corrections, where one is confident, are unsafe fixes: OCR
misreadings are guesses from the page image's text alone.
"""

from __future__ import annotations

from typing import Iterable

from newslint.engine import ArticleGate
from newslint.model import Article
from newslint.rule import Finding, Fix, Rule, Severity, quote


def _analysis(article: Article):
    from newslint.ocr.analysis import Analysis

    return article.shared("ocr.analysis", Analysis)


def is_ocr(article: Article) -> bool:
    """Whether the OCR gate opens on ``article`` (the OCR rules' one question, asked once for the five)."""
    return article.ocr.ocr


class _OcrRule(Rule):
    severity = Severity.WARNING
    trigger = ArticleGate(is_ocr)

    def check(self, article: Article) -> Iterable[Finding]:
        if not article.ocr.ocr:
            return
        for suspect in _analysis(article).of(self.code):
            fix = None
            if suspect.replacement is not None:
                fix = Fix.replace(suspect.start, suspect.end, suspect.replacement, safe=False,
                                  description=f"replace with {quote(suspect.replacement)}")
            message = suspect.message + (f": probably {quote(suspect.replacement)}" if suspect.replacement else "")
            yield self.finding(suspect.start, suspect.end, message, fix)


class OcrNonWord(_OcrRule):
    code = "NL704"
    name = "ocr-non-word"
    summary = "In OCR text, a token that is no word: misread letters (Cieek, COUNTnY, tbe)."
    bad = "(OCR) commencing on Headman's Cieek, about half a intle south"
    good = "(OCR) commencing on Headman's Creek, about half a mile south"
    explanation = ("Runs only on documents the OCR gate judges to be OCR output (see `newslint metadata`). "
                   "Lower-case tokens that are in no English dictionary are reported; capitalised ones only "
                   "when they are one OCR confusion (rn/m, li/h, c/e, i/l, 1/l, 0/o, 5/s, long s as f…) from a "
                   "common word or their letter sequences are rare in English, so that names stay alone; "
                   "mixed case inside a word (COUNTnY) and stray lower-case letters are reported too. The "
                   "nearest word by OCR-weighted edit distance (SymSpell lookup) is offered as an unsafe fix.")


class OcrRealWord(_OcrRule):
    code = "NL705"
    name = "ocr-real-word"
    summary = "In OCR text, a real word that is a misreading of another in context (tho, horn a measured portion)."
    bad = "(OCR) tho land lies horn a measured portion"
    good = "(OCR) the land lies from a measured portion"
    explanation = ("A dictionary word is reported when a far more common word one OCR confusion away fits "
                   "both its neighbours much better, by web bigram counts (wordsegment's lists). Only on "
                   "documents the OCR gate judges to be OCR output.")


class OcrSplitWord(_OcrRule):
    code = "NL706"
    name = "ocr-split-word"
    summary = "In OCR text, a word split by a stray space (impor tant) or two words run together (ofthe)."
    bad = "(OCR) it is impor tant ofthe council"
    good = "(OCR) it is important of the council"
    explanation = ("Two tokens that are non-words alone but one known word together, or one non-word that "
                   "is two common words without their space. Only on documents the OCR gate opens.")


class OcrDigitLetter(_OcrRule):
    code = "NL707"
    name = "ocr-digit-letter"
    summary = "In OCR text, digits and letters mixed in one token (20U, S8, l0th) outside ordinals and units."
    bad = "(OCR) a measured portion of 20U acres"
    good = "(OCR) a measured portion of 200 acres"
    explanation = ("Ordinals (14th), shillings and pence (20s, 6d), weights and measures (5ft, 10lb) and "
                   "paragraph numbers (12a) are left alone; a letter before digits (l8, S2) is a misread digit. "
                   "Only on documents the OCR gate opens.")


class OcrGlyphs(_OcrRule):
    code = "NL708"
    name = "ocr-glyphs"
    summary = "In OCR text, characters no word contains (5(i, oiIlcoi>) or stray glyph runs (^, ||, I||)."
    bad = "(OCR) bearing south 5(i+ degrees ^ east"
    good = "(OCR) bearing south 56 degrees east"
    explanation = "Specks, rules and column lines read as characters. Only on documents the OCR gate opens."


RULES = (OcrNonWord, OcrRealWord, OcrSplitWord, OcrDigitLetter, OcrGlyphs)
