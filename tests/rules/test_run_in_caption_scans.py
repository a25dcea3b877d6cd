"""NL317's scans: its shorter paragraphs looked at only where its cues fire (a run-in seam in a paragraph of a few
hundred characters is still found), and the run-in seams tried only after the places RE2 finds (the same matches)."""

import pytest

from newslint import captions
from newslint.rules.boilerplate import run_in

STORY = ("The council said the new road would open next spring after two years of delays and rising costs "
         "that had angered residents living along the route. ")


def test_a_run_in_seam_in_a_paragraph_shorter_than_a_flattened_page_is_found(lint):
    paragraph = STORY + "Officials gathered at the site on Monday morning They said the work was on time."
    assert 200 <= len(paragraph) < captions.MIN_PARAGRAPH_CHARS
    text = "Road opens\n\n" + STORY + "\n\n" + paragraph + "\n\n" + STORY + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == ["morning They"]


def test_a_clean_article_of_short_paragraphs_has_no_finding(lint):
    text = "Road opens\n\n" + "\n\n".join([STORY * 2] * 4) + "\n"
    assert lint(text, select=["NL317"]) == []


@pytest.mark.parametrize("text", [
    "boss on Tuesday The Italian boss oversees training and 80 years ago In 1994, the ambassador said",
    "years ago In ٢٠٠٦, the ambassador said and then ‘It’s a fine day and 'We're here said she",
    "the fans The an odd word, The man, Then They went and (left) He said the 5% She said",
    "a lone surrogate \ud800 on Tuesday The Italian boss and then They went",
    "the times are 'provisional' This week and “a fine day” They went, 'no' The end. X' The and 9' The",
    "no seam at all in this text, only words",
])
def test_run_in_matches_are_those_of_the_whole_search_after_a_seam_character(text):
    whole = [(m.span(), m.group("next")) for m in run_in._RUN_IN.finditer(text)
             if run_in._after_seam(text, m.start())]
    assert [(m.span(), m.group("next")) for m in run_in._run_in_matches(text)] == whole
    assert whole or text.startswith("no seam")
