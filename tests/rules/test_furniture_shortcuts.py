"""NL311's pre-checks before Python's ``re`` (a literal cue every match holds, looked for with ``in`` first) answer
exactly what the searches alone answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import furniture
from newslint.furniture import shapes_of
from newslint.model import Article
from newslint.rules.boilerplate import SPEECH
from newslint.rules.lines import _shared
from newslint.rules.lines import furniture as line_furniture

_LINK_PIECES = ["@", "a@b", "http", "https", "://", ":/", "www", "www.", ".", "com", ".co", ".uk", "org", ".net",
                "n", "e", "t", "w", "x", " ", "_", "-", "é", "1", "\n"]


@pytest.mark.parametrize("text", ["See https://example.org now", "www.example", "mail jane@example.com", "@jdoe said",
                                  "a@ b", "jane@x", "example.co.uk", "example.com.", "The .NET team", "No link here",
                                  "x@yz", " @ab", "@a", "gmail.company", ""])
def test_holds_link_answers_as_the_search(text):
    assert furniture.holds_link(text) is (furniture.LINK.search(text) is not None)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_LINK_PIECES), max_size=14).map("".join))
def test_holds_link_answers_as_the_search_on_drawn_text(text):
    assert furniture.holds_link(text) is (furniture.LINK.search(text) is not None)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["Home", " ", "|", "•", "»", "›", "/", "\t", "\n", "News", "a", "12", "May", "Jan.",
                                 "2020", "-", "03", ":", "45", "pm", "٣", "²", "/0"]), max_size=12).map("".join))
def test_separator_and_date_searched_only_where_their_cues_stand(text):
    assert any(mark in text for mark in furniture._SEPARATOR_MARKS) or furniture._SEPARATOR.search(text) is None
    assert any(map(str.isdigit, text)) or furniture.DATE.search(text) is None


@pytest.mark.parametrize("line, separator, date, link", [
    ("Home | News | Sport", 1.0, 0.0, 0.0), ("Posted May 3 by admin", 0.0, 1.0, 0.0),
    ("Follow @jdoe for more", 0.0, 0.0, 1.0), ("Read more at example.com", 0.0, 0.0, 1.0),
    ("Share this story", 0.0, 0.0, 0.0), ("Updated 2020-05-03 at 11:47", 0.0, 1.0, 0.0),
])
def test_features_of_separators_dates_and_links(line, separator, date, link):
    texts = ["The council met on Monday to discuss the plan for the harbour and its future.", line,
             "The mayor said the plan would go ahead next year after a long public consultation."]
    vector = furniture.features(texts, 1, shapes_of(texts))
    assert [vector[furniture.FEATURES.index(name)] for name in ("separator", "date", "link")] == [separator, date, link]


def test_speech_words_are_the_pattern():
    assert SPEECH.pattern == r"\b(?:" + "|".join(line_furniture._SPEECH_WORDS) + r")\b" and not SPEECH.flags & re.I


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["said", "says", "told", "added", "asked", "Said", "sai", "d", "s", "un", " ", ".",
                                 "’", "x"]), max_size=8).map("".join))
def test_reported_answers_as_the_search(text):
    assert line_furniture._reported(text) is (SPEECH.search(text) is not None)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["Terms", " ", "were", "disclosed", ".", "Reuter", "REUTER", "reuter", "Reuters",
                                 "\t", "\n", "s"]), max_size=10).map("".join))
def test_signoff_removed_only_from_a_line_ending_with_it(text):
    text = text.rstrip()
    assert text.endswith(_shared._WIRE_SIGNOFFS) or _shared._WIRE_SIGNOFF.sub("", text) == text


@pytest.mark.parametrize("line, statement", [("The price of the deal was not disclosed.\n Reuter", True),
                                             ("The price of the deal was not disclosed.", True),
                                             ("The company said its profits rose. REUTER", True),
                                             ("Read our cookies policy. Reuter", False)])
def test_short_statement_before_a_signoff(line, statement):
    assert line_furniture._short_statement(line) is statement


def _content_stems_by_pattern(words):
    """``_content_stems`` as first written: every word lowered and cut of a possessive by the pattern."""
    lowered = (_shared._POSSESSIVE.sub("", w.lower()) for w in words)
    return {w[:_shared._STEM] for w in lowered if len(w) > 3 and w not in furniture.FUNCTION_WORDS
            and w not in furniture.WEB_STRICT}


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Council", "council", "'", "’", "s", "S", "\n", "ΟΔΟΣ", "news", "ab",
                                          "their", "e", "-", "é"]), max_size=5).map("".join), max_size=6))
def test_content_stems_answer_as_the_pattern_on_every_word(words):
    assert _shared._content_stems(words) == _content_stems_by_pattern(words)


_HEADING_PIECES = ["Council", "council", "shares", "update", "services", "Harbour", "harbour's", "ΟΔΟΣ", "οδος", "Σ",
                   "ς", "σ", "İstanbul", "istanbul", "the", "of", "on", "and", "its", "gave", "an", " ", " ", ".", "'s",
                   "-", "Weather"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_HEADING_PIECES), min_size=1, max_size=8).map("".join),
       st.lists(st.sampled_from(_HEADING_PIECES), min_size=1, max_size=40).map("".join))
def test_heads_next_paragraph_answers_as_without_the_stem_check(heading, paragraph):
    # (a paragraph of more than fifteen words with three function words under the heading: the stems decide)
    paragraph = "The council gave an update on the plan of the town and its people today " + paragraph
    texts = ["A first line.", heading, paragraph]
    quick = _shared._heads_next_paragraph(texts, shapes_of(texts), 1)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(_shared, "_stems_may_stand", lambda stems, opening: True)
        assert quick is _shared._heads_next_paragraph(texts, shapes_of(texts), 1)


@pytest.mark.parametrize("heading, paragraph", [
    ("Council shares update on services", "The council gave an update on its services to the people of the town on"
                                          " Monday, and the mayor said more would follow."),
    ("ΟΔΟΣ ΑΘΗΝΑΣ ΚΕΝΤΡΟ", "The the of ΟΔΟΣ.Α and ΑΘΗΝΑΣ.Β on a road in the centre of the city that the council of"
                          " the town closed."),
])
def test_a_heading_its_paragraph_takes_up_is_found(heading, paragraph):
    texts = ["A first line.", heading, paragraph]
    assert _shared._stems_may_stand(_shared._content_stems(_shared._HEADLINE_WORDS.findall(heading)), paragraph)
    assert _shared._heads_next_paragraph(texts, shapes_of(texts), 1)


def test_a_heading_its_paragraph_does_not_take_up_is_not_split():
    stems = _shared._content_stems(_shared._HEADLINE_WORDS.findall("Storm hits northern coast"))
    assert not _shared._stems_may_stand(stems, "The council gave an update on its services to the people.")


_PROSE_PIECES = ["US", "us", "Us", "uS", "U.S.", "We", "WE", "we", "our", "OUR", "you", "YOU", "subscribers",
                 "SUBSCRIBERS", "SUBSCRIBERSubscribers", "Twitter", "TWITTER", "on", "said", "the", "plan", ".", ",",
                 "\"", "“", "(", ")", "'", "’s", " ", " ", " ", "é", "-"]


@pytest.mark.parametrize("text", ["US shares fell on Tuesday.", "The US and us.", "Profits at US firms, the UK's and "
                                  "the EU's rose.", "Us and US.", "USUS us.", "OUR plan, (OUR) plan.", "U.S. shares fell.",
                                  "OUR us' plan.", "OUR 'us' plan.", "OUR (us) plan.", "OUR us-plan."])
def test_prose_of_reader_words_in_capitals_answers_as_word_by_word(text):
    words = [w.lower() for w in Article.parse(f"Title\n\n{text}\n").paragraph_words[0]]
    assert line_furniture._prose(text, words) is line_furniture._prose(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PROSE_PIECES), min_size=1, max_size=12).map("".join))
def test_prose_of_reader_words_in_capitals_answers_as_word_by_word_on_drawn_text(text):
    text = text + "."
    words = [w.lower() for w in Article.parse(f"Title\n\n{text}\n").paragraph_words[0]] if text.strip(" .") else []
    assert line_furniture._prose(text, words) is line_furniture._prose(text)


_LIST_LINES = ["* Home", "+ Hotels", "o Hockey", "• Deals", "- Pets", "–", "[ ]", "(BUTTON) Search", "____", "Login",
               "* Apples, * Pears, * Plums,", "Quiet lanes made the walk easy.", "-5 degrees overnight", "* Tips\n* Maps",
               "Garden Club\n  * Roses", "[Podcast](/podcasts)", "", "☆ Saved", "· Arts"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LIST_LINES), min_size=1, max_size=12))
def test_list_forms_find_nothing_where_the_pre_test_says_no(lines):
    """NL311 looks for its two list forms only where ``may_open_lists`` says a paragraph may open one: where it says
    no, both find nothing."""
    texts = [line for line in lines if line.strip()] or ["Quiet lanes made the walk easy."]
    article = Article.parse("\n\n".join(texts) + "\n", "<t>", {}, has_header=False)
    texts, shapes, _, marks = _shared.paragraph_forms(article)
    if not _shared.may_open_lists(texts, line_furniture._LIST_FIRST):
        assert line_furniture._menus_as_lists(texts, shapes, marks) == set()
        assert line_furniture.bulleted_menus(article.text, article.paragraphs, texts, shapes) == {}


_TEASER_LINES = ["Harbour board names a new chair", "The ferry ran late again at the end of...", "3 hours ago",
                 "Council weighs a second bridge…", "Council weighs a second bridge... >", "Read the rest »",
                 "The quay reopened on Monday.", "Ferry fares rise...]", "A long wait…›", "x" * 330 + "...", "..."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TEASER_LINES), min_size=1, max_size=10))
def test_cut_teasers_read_only_the_lines_their_marks_say_hold_a_cut(lines):
    """``_cut_teasers`` reads only the lines whose line_forms mark holds a cut: it finds what reading every line
    finds."""
    texts, (_, _, marks) = lines, line_furniture.line_forms(lines)
    every = {i for i, text in enumerate(texts) if text[-1:] in line_furniture._CUT_LAST and len(text) <= 320
             and text.rstrip(line_furniture._AFTER_CUT).endswith(line_furniture._CUT_SHORT)}
    chained = set()
    for i in sorted(every):
        if i > 0 and (i - 1 in chained or line_furniture._headline_above(texts[i - 1])
                      or line_furniture._stamp_line(texts[i - 1])):
            chained.add(i)
    expected = chained if len(every) >= 2 and len(chained) >= 2 else set()
    assert line_furniture._cut_teasers(texts, marks) == expected
