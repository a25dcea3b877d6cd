"""NL317 looks at an article's shorter paragraphs only where its cues fire: a run-in seam in a paragraph of a few
hundred characters is still found, and a flattened page is scored whether or not a cue fires."""

from newslint import captions

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
