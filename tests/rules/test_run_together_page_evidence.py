"""NL104: two words run together that the article itself writes apart elsewhere ('policeuniforms' beside 'police
uniforms'), where the web's counts give no evidence; and the compounds it must leave alone. Every text here is made
up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="Thieves posed as officers"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("The two men wore police uniforms when they came to the gallery at night.",
             "The stolen items included paintings, a clock and two policeuniforms kept in a cupboard."),
     ["policeuniforms"]),
    (article("The plan promises radically improved services for families.",
             "Ministers said the reforms would bring radicallyimproved public transport to the towns."),
     ["radicallyimproved"]),
])
def test_nl104_splits_words_the_article_writes_apart(lint, text, found):
    assert shown(lint, text, "NL104") == found


@pytest.mark.parametrize("text", [
    # the article never writes the two words apart
    article("The stolen items included paintings, a clock and two policeuniforms kept in a cupboard."),
    # a short part: a compound written solid beside its phrasal form
    article("Officers said they would pat down every visitor.", "During the patdown a phone was found."),
    # a compound the web writes solid, spelt both ways by the page
    article("He is one of the party's power brokers.", "The powerbrokers met on Sunday to choose a candidate."),
])
def test_nl104_leaves_compounds_without_page_evidence_alone(lint, text):
    assert shown(lint, text, "NL104") == []
