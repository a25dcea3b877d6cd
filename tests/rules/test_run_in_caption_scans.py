"""NL317's scans: its shorter paragraphs looked at only where its cues fire (a run-in seam in a paragraph of a few
hundred characters is still found), and the run-in seams tried only after the places RE2 finds (the same matches)."""

import random
import re

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


def _picture_verb_captions_by_every_stop(text):
    """NL317's picture-verb captions as first written: every stop of the page listed, then a few words read per verb
    (where none starts a sentence near, the subject after a seam, ``_subject_after_seam``)."""
    from bisect import bisect_left

    stops = [at for at, ch in enumerate(text) if ch in ".!?"]
    for verb_start, verb_end in run_in._picture_verb_spans(text):
        before = bisect_left(stops, verb_start)
        start = (stops[before - 1] if before else -1) + 1
        while start < len(text) and text[start] in " '‘’\"“”":
            start += 1
        start = min(start, verb_start)
        if run_in._spaces_over(text, start, verb_start, run_in._CAPTION_SUBJECT_SPACES):
            start = run_in._subject_after_seam(text, verb_start)  # no sentence start near: a subject after a seam
            if start < 0:
                continue
        if not ("A" <= text[start:start + 1] <= "Z") or start > 0 and text[start - 1] != " ":
            continue
        after = bisect_left(stops, verb_end)
        if run_in._spaces_over(text, start, stops[after] if after < len(stops) else len(text),
                               captions.MIN_RUN_WORDS - 1):
            yield start, verb_end - 1


PICTURE_VERB_PIECES = [" celebrates ", " looks on ", " poses for ", " in action,", "Jane", "Doe", "the", "crowd", " ",
                       "  ", ".", "!", "?", "'", "“", "”", "‘", "A", "x" * 30, " " * 12, ". '", "\n", "word " * 12]


def test_picture_verb_captions_read_near_each_verb_are_those_of_every_stop_listed():
    import random

    draw = random.Random(362)
    for _ in range(3000):
        text = "".join(draw.choice(PICTURE_VERB_PIECES) for _ in range(draw.randrange(0, 80)))
        assert list(run_in._picture_verb_captions(text)) == list(_picture_verb_captions_by_every_stop(text)), text


@pytest.mark.parametrize("text", [
    "Jane Doe celebrates after the final whistle " + "and the crowd sang on " * 9 + "into the night.",
    "The crowd left. Jane Doe celebrates with fans " + "word " * 40,
    "The crowd left.  ‘ Jane Doe celebrates with fans " + "word " * 40,
    "Jane Doe of the Leeds Rovers club side in the north celebrates with fans " + "word " * 40,
    "Jane Doe celebrates with fans " + "word " * 30 + ". And more.",
    "!Jane celebrates " + "x " * 40,
    *(f"The crowd left. {' '.join(['Jane'] * words)} celebrates with fans " + "word " * 40 for words in (8, 9, 10)),
    *(f"The crowd left. ‘ {' '.join(['Jane'] * words)} celebrates with fans " + "word " * 40 for words in (8, 9, 10)),
    *("Jane celebrates with fans " + "word " * words + "." for words in (31, 32, 33, 34)),
])
def test_picture_verb_captions_at_the_bounds(text):
    assert list(run_in._picture_verb_captions(text)) == list(_picture_verb_captions_by_every_stop(text))


_OPENING_AFTER_SPACE = tuple(" " + mark for mark in "'‘\"“")  # the pairs the scan stands for


@pytest.mark.parametrize("text", [
    "", " ", " '", "' ", "x 'a", "x ‘a and “b” and \"c\" said", "a 'b' c 'd", "it's the mayor's ‘plan’ now",
    " “", "  '' \"\" ‘‘ ““", "no opening mark here at all", "é ‘x’ 'y' \U0001d400 “z",
])
def test_last_opening_is_the_last_of_the_four_pairs_found_back(text):
    """``_last_opening`` (one backward scan) is the largest of the four ``rfind`` calls it replaces, at every bound."""
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            assert run_in._last_opening(text, start, end) == max(
                text.rfind(pair, start, end) for pair in _OPENING_AFTER_SPACE), (text, start, end)


def test_last_opening_of_a_long_stretch():
    text = ("the mayor's plan, “the best yet”, was 'approved' on Tuesday " * 40) + "and so it stands"
    for start, end in ((0, len(text)), (100, 2000), (len(text) - 300, len(text)), (5, 6)):
        assert run_in._last_opening(text, start, end) == max(text.rfind(pair, start, end)
                                                             for pair in _OPENING_AFTER_SPACE)


RIBBON = "The mayor cut the ribbon at the bridge in 2009."
FILLER = ("Engineers checked the cables of the old bridge for three weeks and found rust in places that nobody had "
          "painted since the works of the last decade. ")


def test_a_page_without_cues_is_asked_only_in_its_flattened_paragraph(lint):
    # no cue anywhere: the paragraphs shorter than a flattened page are passed over, the flattened one still read
    page = FILLER * 5 + RIBBON + " (Jo Doe/AFP) Crowds lined the road. " + FILLER * 4
    assert len(page) >= captions.MIN_PARAGRAPH_CHARS
    text = "Bridge reopens\n\n" + STORY + "\n\n" + STORY * 2 + "\n\n" + page + "\n\n" + STORY * 2 + "\n"
    assert not run_in._cues_held(text)
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == [RIBBON]


def test_a_credit_after_a_picture_word_in_a_later_flattened_paragraph_is_found(lint):
    # the picture word asked of the article once, at its first flattened paragraph, which holds no credit
    page = FILLER * 5 + RIBBON + " Photo: Jo Doe Crowds lined the road. " + FILLER * 4
    text = "Bridge reopens\n\n" + FILLER * 9 + "\n\n" + page + "\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL317"])] == [RIBBON]



@pytest.mark.parametrize("text", [
    "Rex Goes Swimming: Here, Rex swims and Rex Naps:\xa0Rex sleeps and a list: one, two",
    "ends with a colon:", "ends with a colon: ", "ends: A", ":: A:\xa0B: c :A", "no colon at all", "",
    "a lone surrogate \ud800: A and ‘quoted’: Émile: E",
])
def test_label_colons_are_those_the_colon_search_finds(text):
    assert run_in._label_colons(text) == [m.start() for m in re.finditer(":[ \xa0][A-Z]", text)]


def test_label_colons_on_drawn_texts():
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice("::  \xa0\xa0ABZaz.é") for _ in range(rng.randrange(12)))
        assert run_in._label_colons(text) == [m.start() for m in re.finditer(":[ \xa0][A-Z]", text)], repr(text)


@pytest.mark.parametrize("text", [
    "favourite snacks 1. Apples 2. Lentil soup 3. (Toast) 10. ‘Eggs’ 12. Jam",
    "no list here. 1999. The year 1.5. A 123. B x1. C 3.4. D 7.  E", "1. A", ". 1. A", "٣. A and ١٢. B",
    "v2. A, /3. B, -4. C, :5. D, ,6. E, 7.. F 8. a 9. \"G\"", "",
])
def test_list_items_are_those_the_whole_search_finds(text):
    assert [m.span() for m in run_in._list_items(text)] == [m.span() for m in run_in._LIST_ITEM.finditer(text)]


def test_list_items_on_drawn_texts():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("..  1239٣xA(‘-") for _ in range(rng.randrange(14)))
        assert [m.span() for m in run_in._list_items(text)] == [m.span() for m in run_in._LIST_ITEM.finditer(text)], \
            repr(text)
