"""NL316's scans: the anchors of its inline prompts found by RE2, the reader sentences after an RE2 search, and the
paragraphs it looks at in an article without page cues, give what the long way gives."""

import re

import pytest
from conftest import drawn_texts, natural_files

from newslint import captions
from newslint.rules.boilerplate import inline

STORY = ("The council said the new road would open next spring after two years of delays and rising costs "
         "that had angered residents living along the route. ")


@pytest.mark.parametrize("text", [
    STORY + "Scroll down for video Published: 10:22 EST, 5 May 2015 | Updated: 11:40 EST, 5 May 2015 " + STORY,
    "“Quoted” © 2015 Jane Doe 😀 Click here to read more. By . Jane Doe . Last updated at 4:22 PM " + STORY,
    "SCROLL DOWN FOR MORE Share this withEmail Share or comment on this article Read more: www.example.com",
    STORY * 3,  # none
])
def test_anchor_spans_are_those_of_the_python_pattern(text):
    assert inline._anchor_spans(text) == [m.span() for m in inline._INLINE_ANCHORS.finditer(text)]


@pytest.mark.parametrize("text", [
    "Watch the opening-lap chaosBrennan, meanwhile… eBay and iPhone 😀 newsThe “SpiceJet” aboutThe end",
    "no glue at all here, only lower case and Capitals after spaces",
])
def test_glue_cue_spans_are_those_of_the_python_pattern(text):
    assert inline._glue_cue_spans(text) == [m.span() for m in inline._GLUE_CUE.finditer(text)]


def test_spans_of_a_text_re2_cannot_take():
    text = "Scroll down for video \ud800 Published: 10:22 EST, 5 May 2015 madnessHamilton"  # a lone surrogate
    assert inline._anchor_spans(text) == [m.span() for m in inline._INLINE_ANCHORS.finditer(text)]
    assert inline._glue_cue_spans(text) == [m.span() for m in inline._GLUE_CUE.finditer(text)]
    assert inline._anchor_spans(text) and inline._glue_cue_spans(text)


class _Always:
    """A cue that fires on every text: the full scan."""

    @staticmethod
    def found(text):
        return True


@pytest.mark.parametrize("text", [
    STORY + "Subscribe to the newsletter to get the news sent to your inbox. " + STORY,
    STORY[:-2] + '." Follow Jane on Twitter @janedoe. ' + STORY,  # a quotation closed before it
    STORY[:-1] + ".\u2009Find all the latest news on our dedicated page. " + STORY,  # a thin space after the stop
    STORY[:-1] + "!\u00a0Read more from Nick on Twitter. " + STORY,  # a no-break space
    "Follow us on Twitter @example. " + STORY,  # at the start: no stop before it
    STORY * 2,
])
def test_reader_sentences_after_the_re2_search_are_those_of_the_full_scan(monkeypatch, text):
    page = text * 4  # a flattened page
    found = list(inline._reader_sentences(page))
    monkeypatch.setattr(inline, "_READER_AFTER_STOP_CUES", _Always)
    assert found == list(inline._reader_sentences(page))
    assert found or text.startswith(STORY * 2)


def test_an_article_without_page_cues_is_looked_at_only_in_its_flattened_page(lint):
    page = (STORY * 4 + "Find all the latest road news on our dedicated page. " + STORY * 4)
    assert len(page) >= captions.MIN_PARAGRAPH_CHARS
    short = "Residents said they would wait and see. Find out how to get there on the council website."
    text = "Road opens\n\n" + short + "\n\n" + page + "\n\n" + short + "\n"
    assert inline._PAGE_KINDS.isdisjoint(inline._ARTICLE_CUES.held(text)) and "By " not in text
    found = [text[d.start:d.end] for d in lint(text, select=["NL316"])]
    assert found == ["Find all the latest road news on our dedicated page."]


def test_a_byline_in_a_short_paragraph_is_still_found(lint):
    text = ("Road opens\n\nBy Jane Smith for the Daily Mail The council said the road would open in spring.\n\n"
            + STORY + "\n")
    assert inline._PAGE_KINDS.isdisjoint(inline._ARTICLE_CUES.held(text))
    assert [text[d.start:d.end] for d in lint(text, select=["NL316"])] == ["By Jane Smith for the Daily Mail"]


# texts that hold each of NL316's article cues, alone and together (a glued word, a machinery sentence, a separator,
# a quote box's attribution, a reader prompt glued on, an embedded post, a byline, an update time, a lone surrogate)
CUED_TEXTS = [
    STORY, STORY + "Scroll down for video", STORY + "the roadWorks began", STORY + "Your browser cannot play this",
    STORY + "........ " + STORY, STORY[:-2] + '."Former councillor Jane Doe on the radio"I could not' + STORY,
    STORY + "PostersLet us know", STORY + "— Jane Doe (@janedoe) April 5, 2015", "By Jane Smith " + STORY,
    STORY + "Last updated at 4:22", "© 2015 " + STORY, STORY + "Find all the latest news on our page.", STORY + "\ud800 Click here", "By\ud800 " + STORY,
    # the quote box's shape with a line longer than the cue's 100 characters: the set's loosened pattern matches it,
    # the cue does not
    STORY[:-2] + '."' + "Former councillor " * 8 + 'on the radio"I could not' + STORY,
]
# the questions NL316 asked before its cues were one set: each cue's own search, the literal ones by `in`
_ONE_BY_ONE = [lambda text: any(cue in text for cue in inline._INLINE_CUES),
               lambda text: re.search(r"[a-z]{3}[A-Z]", text) is not None,
               lambda text: any(cue in text for cue in inline._MACHINERY_CUES),
               inline._QUOTED_LINE_CUES.found, inline._SEPARATOR_CUES.found,
               lambda text: "(@" in text or "pic.twitter.com/" in text,
               inline._GLUED_READER_CUES.found,
               lambda text: "By " in text or "Last updated at" in text, inline._READER_AFTER_STOP_CUES.found]


def _one_by_one(text):
    return {k for k, holds in enumerate(_ONE_BY_ONE) if holds(text)}


@pytest.mark.parametrize("text", CUED_TEXTS)
def test_the_article_cues_found_together_are_those_found_one_by_one(text):
    assert inline._ARTICLE_CUES.held(text) == _one_by_one(text)


def test_every_article_cue_is_found_together():
    held = set().union(*map(inline._ARTICLE_CUES.held, CUED_TEXTS))
    assert held == set(range(len(inline._ARTICLE_CUES.cues)))
    assert inline._ARTICLE_CUES._loosened  # the quote box's cue is loosened in the set, and confirmed on its own
    assert inline._QUOTED_LINES not in inline._ARTICLE_CUES.held(CUED_TEXTS[-1])


def test_a_text_the_set_fails_on_is_asked_cue_by_cue(monkeypatch):
    cues = inline.CueSet(*inline._ARTICLE_CUES.cues)
    cues.held("")  # compiled

    class OutOfMemory:
        def Match(self, data):
            return []  # what RE2's set answers when its automaton runs out of memory: not even the \z

    monkeypatch.setattr(cues, "_set", OutOfMemory())
    for text in CUED_TEXTS:
        assert cues.held(text) == _one_by_one(text)


@pytest.mark.parametrize("text", CUED_TEXTS + ["A “cookies” policy 😀", "\ud800Watch", "Image c\ud800"])
def test_a_paragraphs_prompt_and_machinery_cues_are_its_in_tests(text):
    assert inline._PROMPTS_ANYWHERE.found(text) == any(cue in text for cue in inline._INLINE_CUES)
    assert inline._MACHINERY_ANYWHERE.found(text) == any(cue in text for cue in inline._MACHINERY_CUES)


def _machinery_spans(text, lead=inline._MACHINERY_LEAD):
    return [m.span() for m in inline._matches_near(text, inline._machinery_cue_spans(text), inline._MACHINERY_STARTS,
                                                     lead)]


@pytest.mark.parametrize("text", [
    STORY + "The map may not show on supported web browsers.",  # the longest lead: 14 characters before 'browser'
    "Image copyright Jane Doe Image caption The road. Image cookies: accept cookies, turn on JavaScript. " + STORY,
    "This device, your web browser and Your device; external websites open in a new tab\ud800 or a new window.",
    "thisdevice Thisbrowser mostbrowsers " + STORY,  # cues inside words: no word edge, no match
])
def test_machinery_matches_tried_near_their_cues_are_the_whole_searchs(text):
    assert _machinery_spans(text) == [m.span() for m in inline._MACHINERY.finditer(text)]


def test_the_machinerys_longest_lead_is_needed():
    text = STORY + "The map may not show on supported web browsers."
    assert _machinery_spans(text, inline._MACHINERY_LEAD - 1) != _machinery_spans(text)


class _Recording:
    """A pattern that records the texts it is searched in."""

    def __init__(self, pattern):
        self.pattern, self.searched = pattern, []

    def finditer(self, text):
        self.searched.append(text)
        return self.pattern.finditer(text)


def test_a_reader_prompt_after_a_stop_is_looked_for_only_in_an_article_that_holds_its_cue(lint, monkeypatch):
    recording = _Recording(inline._READER_AFTER_STOP)
    monkeypatch.setattr(inline, "_READER_AFTER_STOP", recording)
    plain = "Road opens\n\n" + STORY * 10 + "\n"  # a flattened page without a prompt
    assert lint(plain, select=["NL316"]) == [] and recording.searched == []
    prompted = "Road opens\n\n" + STORY * 5 + "Find all the latest road news on our page. " + STORY * 5 + "\n"
    found = [prompted[d.start:d.end] for d in lint(prompted, select=["NL316"])]
    assert found == ["Find all the latest road news on our page."] and len(recording.searched) == 1


# each form of _INLINE whose match may start before its anchor, at its farthest, and forms that open with theirs
FAR_FORMS = [
    "Please " + "note, " * 15 + "the road, click here for the map.",  # 'click here' 107 characters in
    "Sorry, We are not currently accepting comments on this article.",
    "The opinions expressed in this commentary are solely those of Jane Doe.",
    "Xinhua's " + "Li Wei and " * 17 + "Wu contributed to this report.",  # 'contributed' 199 characters in
    "Jane Doe and John Roe reported from Lagos; Jim Bo contributed from Accra.",
    "Scroll down for video Watch the video above to see the flood. Published: 10:22 EST, 5 May 2015",
    "By . Jane Doe . Last updated at 4:22 PM on 12th December 2011 . CLICK HERE to read the full report.",
    "Share this withEmail Like us on Facebook Follow @janedoe Read more: www.example.com",
]


def _leads_held(text):
    """Whether every _INLINE match in ``text`` starts no further before an anchor it holds than that one's lead."""
    anchors = inline._anchor_spans(text)
    return all(any(match.start() <= start < match.end()
                   and match.start() >= start - inline._INLINE_LEADS.get(text[start:end], 0) for start, end in anchors)
               for match in inline._INLINE.finditer(text))


@pytest.mark.parametrize("form", FAR_FORMS)
def test_inline_matches_tried_from_their_anchors_leads_are_the_whole_searchs(form):
    for text in (form, STORY + form + " " + STORY, STORY[:-1] + form + "\ud800" + form * 2, form.replace(" ", "  ")):
        assert [m.span() for m in inline._inline_matches(text)] == [m.span() for m in inline._INLINE.finditer(text)]
        assert _leads_held(text)
    assert inline._inline_matches(STORY + form)


def test_far_forms_reach_their_leads():
    """The far forms above start as far before their anchors as the leads allow (so the leads are needed)."""
    for form, anchor in zip(FAR_FORMS, ["click here", "accepting comments", "expressed in this", "contributed"]):
        match = inline._INLINE.match(form)
        assert match and match.start() == 0 and form.index(anchor) > inline._INLINE_LEADS[anchor] - 15, anchor


def test_every_inline_match_of_natural_and_drawn_texts_starts_within_its_anchors_lead():
    texts = [path.read_text(encoding="utf-8") for path in natural_files(("scraped",), 300)]
    texts += drawn_texts(FAR_FORMS + [STORY, "Jane Doe ", ". ", "Copyright 2015 Reuters. All rights reserved.",
                                      "\u00e9t\u00e9 ", "Source: ", "CLICK HERE ", "\ud800"], 200, seed=28, most=8)
    assert sum(len(list(inline._INLINE.finditer(text))) for text in texts[:300]) > 20
    for text in texts:
        assert _leads_held(text)
        assert [m.span() for m in inline._inline_matches(text)] == [m.span() for m in inline._INLINE.finditer(text)]


def _found(text, has_header=False):
    from newslint.model import Article

    article = Article.parse(text, "<t>", {}, has_header)
    return [(f.start, f.end) for f in inline.InlineBoilerplate().check(article)]


# articles that hold none of NL316's cues, some opening a paragraph it asks for reader sentences with a prompt
UNCUED = [
    "Find all the latest road news on our dedicated page. " + STORY * 8,  # a flattened page: its text's opening
    STORY * 8 + "\n\n" + STORY,
    "Listen again to the council's debate on the road. " + STORY,  # a page of one paragraph
    STORY * 3,
]


@pytest.mark.parametrize("text", UNCUED)
def test_an_article_without_cues_is_looked_at_only_where_a_paragraph_opens_with_a_prompt(monkeypatch, text):
    assert not inline._ARTICLE_CUES.held(text)
    found = _found(text)
    monkeypatch.setattr(inline, "_opens_with_a_reader_prompt", lambda article: True)  # the long way
    assert found == _found(text)
    assert bool(found) is text.startswith(("Find", "Listen"))


def test_articles_without_cues_find_what_the_long_way_finds(monkeypatch):
    texts = [path.read_text(encoding="utf-8") for path in natural_files(("bbc", "scraped"), 150)]
    texts += drawn_texts(UNCUED + [STORY, "\n\n", "Follow us on Twitter. ", "Read more from Nick. "], 100, seed=28,
                         most=6)
    short = [_found(text) for text in texts]
    monkeypatch.setattr(inline, "_opens_with_a_reader_prompt", lambda article: True)
    assert short == [_found(text) for text in texts]
    assert sum(not inline._ARTICLE_CUES.held(text) for text in texts) > 50 and any(short)
