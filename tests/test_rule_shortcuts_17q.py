"""Round seven's pre-checks (helper 17q): each must let through every case the rule it guards reports."""

from __future__ import annotations

import random

import pytest

from newslint.model import Article
from newslint.rules import boilerplate
from newslint.rules.boilerplate import PhotoCredit

# the pieces of every branch of _CREDIT, and near misses, drawn into paragraphs
_PIECES = ("Photo", "photo", "PHOTO", "Photograph", "File photo", "FILE PHOTO", "Video", "Illustration", "Picture",
           "Image", "credit", "Credit", "s", " by ", "by", ":", " :", "(", ")", "[", "]", "/", " / ", "|", " | ",
           "AP", "AFP", "Reuters", "Getty Images", "Anadolu Agency", "Press Association", "AP Photo", " via ",
           "Jane Doe", "Evan Vucci", "de", " ", "  ", "\n", ".", ". ", "!", '"', "”", "graph", "graphs", "videos",
           "Illinois", "the", "said", "photographers", "caption", "copyright")


def _drawn(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_a_paragraph_the_credit_pattern_matches_is_never_skipped():
    drawn = _drawn(60000, 17)
    matched = [text for text in drawn if boilerplate._CREDIT.search(text)]
    by_label_alone = [text for text in matched if not any(hint in text for hint in boilerplate._OTHER_HINTS)
                      and "/" not in text and not boilerplate._AGENCY_AT_END.search(text)]
    assert len(by_label_alone) > 100  # the draw reaches the labels' places often, apart from the other hints
    assert [text for text in matched if not boilerplate._may_hold_credit(text)] == []
    assert sum(not boilerplate._may_hold_credit(text) for text in drawn) > 10000  # and skips many others


@pytest.mark.parametrize("text", [
    "A trench. (Photo by Anatolii STEPANOV / AFP)", "A trench. (AP Photo/Evan Vucci)", "[Video: Reuters]",
    "(Illustration: Jane Doe)", "(File photo: Reuters)", "(FILE PHOTO by Jane)", "(Reuters Photo by Jane Doe)",
    "(Anadolu Agency Photo  by Jane)", "He left. Photo: Jane Doe", "He left. Photographs by Jane Doe",
    "Photo credits: Jane Doe", "FILE PHOTO: Jane Doe", "He left.\"Photos : Jane\nDoe", "Jane Doe / AP Photo",
    "He left. AP Photo"])
def test_every_place_of_a_label_is_let_through(text):
    assert boilerplate._CREDIT.search(text)
    assert boilerplate._may_hold_credit(text)


def test_a_paragraph_of_photographs_and_videos_alone_skips_the_search():
    assert not boilerplate._may_hold_credit("Photographers shared videos of the Illinois flood, and a photo went viral.")


def _findings(texts: list[str]) -> list[tuple]:
    rule = PhotoCredit()
    article = Article.parse("Title\n\n" + "\n\n".join(texts))
    return [(f.start, f.end, f.message, f.fix.edits, f.fix.safe) for f in rule.check(article)]


def test_the_rule_finds_with_the_pre_check_what_it_finds_without(monkeypatch):
    drawn = _drawn(4000, 1736)
    articles = [drawn[i:i + 8] for i in range(0, len(drawn), 8)]
    quick = [_findings(texts) for texts in articles]
    monkeypatch.setattr(boilerplate, "_may_hold_credit", lambda text: True)
    assert quick == [_findings(texts) for texts in articles]
    assert sum(map(len, quick)) > 50
