"""NL102 on extractor output (issue 12): block texts run together where markup was stripped, and the
prescreen that keeps the rule cheap on clean text."""

from __future__ import annotations

from newslint.model import Article
from newslint.rules.extraction import glue


def glued(lint, *paragraphs):
    text = "Storm report\n\n" + "\n\n".join(paragraphs) + "\n"
    return [d.message.split("'")[1] for d in lint(text, select=["NL102"])]


def test_headline_glue(lint):
    assert glued(lint, "Storm Hits CoastResidents were told to leave their homes on Monday.") == ["CoastResidents"]
    assert glued(lint, "Scientists Confirm Record HeatAccording to scientists, the year was the hottest.") \
        == ["HeatAccording"]


def test_headline_shape_needed_for_title_title_glue(lint):
    # a brand in a sentence, a brand in a title-case headline, a brand the web writes solid
    assert glued(lint, "The ByteDance deal and SpiceJet flights were discussed on Monday.") == []
    assert glued(lint, "TikTok Owner ByteDance to Cut Jobs") == []
    assert glued(lint, "Gaming Firms Report PlayStation sales rose in the spring.") == []
    assert glued(lint, "New Tools Help LinkedIn users find work, the company said.") == []
    assert glued(lint, "The Stream: How IShowSpeed is rewriting the rules of fame.") == []


def test_lower_case_glue_that_recurs_in_a_page_of_menus(lint):
    found = glued(lint, "Latest: Covid deathsSanto Domingo officials said.", "More: Covid deathsSanto Domingo again.")
    assert found == ["deathsSanto", "deathsSanto"]


def test_a_solid_web_word_that_recurs_still_passes(lint):
    assert glued(lint, "He uses iPhone apps.", "She likes iPhone apps too.") == []


def _suspects(body):
    return glue._GlueSuspects(Article.parse("A title\n\n" + body + "\n"))


def test_prescreen_skips_clean_text_and_keeps_every_kind_of_suspect():
    assert not _suspects("The minister said on Monday that 12% of the 2,000 homes were hit.").any
    assert _suspects("Kremlin spokespersonDmitry Peskov spoke.").segments
    assert _suspects("The USSecretary of State spoke.").segments
    assert _suspects("He paid $25The next day he paid again.").amounts
    assert _suspects("Prices rose 12%Analysts said.").amounts
    assert _suspects("The end of the season29 April was a Monday.").days
    assert not _suspects("The season ended on 29 April.").days


def sentence_glue(lint, text):
    return [d.message for d in lint("Storm report\n\n" + text + "\n", select=["NL103"])]


def test_glued_sentences_extractors_leave(lint):
    assert sentence_glue(lint, "He thanked the editors.Stormcloaks are next.") == ["missing space in 'editors.Stormcloaks'"]
    assert sentence_glue(lint, "That cuts emissions, he said.Co-founder Bill Gates agreed.") == ["missing space in 'said.Co'"]
    assert sentence_glue(lint, "Microsoft said.© Example News 2020") == ["missing space in 'said.©'"]


def test_domains_and_file_names_are_not_glued_sentences(lint):
    assert sentence_glue(lint, "Visit news.Example.com or example.co.uk; use Node.js, the Co-op and ASP.NET.") == []
    assert sentence_glue(lint, "Copyright ©2020 and (c) 2020 are both written.") == []
