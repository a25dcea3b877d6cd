"""NL317's caption model: the photo cues found in brackets and as words apart, and the text scans of a short
paragraph asked directly (stopping at a second occurrence), give what the long way gives."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint import captions, occurrences
from test_captions import BLOCK, CAPTION, STORY, TAIL

# every photo cue in one pattern, scanned at every character: a bracketed cue, or 'pictured' or 'file photo' after no
# letter (the long way)
PHOTO_CUE = re.compile(r"[(pf](?:(?<=\()" + captions._IN_PARENS + r"|(?<=p)(?<![^\W\d_]p)ictured\b"
                       r"|(?<=f)(?<![^\W\d_]f)ile (?:photo|picture|image)\b)")


@pytest.mark.parametrize("text", [
    "The mayor (left) and her deputy (centre, in blue) open the bridge (from left to right: Jane, John)",
    "The mayor (pictured) opened the bridge. Her deputy, pictured, was late.",  # both branches
    "The mayor opened the bridge in a file photo. A profile photo and a (file) are no cues.",
    "Fans in Manila (L-R) and (inset) a picture of the ground (below) (rightly so) (abovementioned)",
    "No cue here: the pictures were filed on the profile page (where the left wing is).",
    "Unclosed (left and a Pictured capital, a file image, a file picture and epictured.",
    "A bracket that holds the words (pictured left) (file photo, right) (left: file photo) 2pictured _pictured",
    "Words at the edges: pictured", "pictured (left)(right)pictured file file photo", "épictured ²pictured ٣pictured",
    "(file photo) (a file picturesque view, right) file photos file image_ pictured_ (pictured",
])
def test_photo_cues_are_those_of_the_whole_pattern(text):
    for page in (text, text * 40):  # a long page too
        assert captions._cue_positions(page) == [m.start() for m in PHOTO_CUE.finditer(page)]


def test_photo_cues_of_the_corpus_pages_are_those_of_the_whole_pattern():
    from test_native import CORPUS  # the corpus, as test_native finds it

    for file in sorted((CORPUS / "scraped").rglob("*.txt"))[:300]:
        page = file.read_text(encoding="utf-8", errors="replace")
        assert captions._cue_positions(page) == [m.start() for m in PHOTO_CUE.finditer(page)]


def test_a_page_without_pictured_or_file_takes_the_short_pattern_and_still_finds_its_parentheses():
    text = "The striker (left) celebrates with team-mates (centre) after the goal"
    assert "pictured" not in text and "file " not in text
    assert captions._cue_positions(text) == [text.index("(left)"), text.index("(centre)")]


def test_the_photo_cues_of_a_paragraph_are_searched_once(monkeypatch):
    calls = []
    monkeypatch.setattr(captions, "_cue_positions", lambda text: calls.append(text) or [3])
    cues = captions._CuePositions("a text")
    assert cues() == [3] and cues() == [3] and calls == ["a text"]


def _scanned(text):
    """Every candidate of ``text`` with its scans (and its log-odds), and the seams reported."""
    scored = captions._Scored(text)
    return [scored.scanned(raw, start, end) for raw, start, end, _ in scored.raw], captions.caption_seams(text)


@pytest.mark.parametrize("text", [STORY + CAPTION + TAIL, STORY + BLOCK + TAIL, (STORY + BLOCK) * 3 + CAPTION + TAIL])
def test_the_scans_of_a_short_paragraph_asked_directly_are_the_occurrence_index_answers(monkeypatch, text):
    assert len(text) < occurrences.LONG_TEXT
    direct = _scanned(text)
    assert direct[1]  # seams found: the scans were asked
    monkeypatch.setattr(occurrences, "LONG_TEXT", 0)  # every text indexed: the scans go through occurrences.of
    occurrences._indexed.cache_clear()
    try:
        assert occurrences.of(text).indexed
        assert _scanned(text) == direct
    finally:
        occurrences._indexed.cache_clear()


@pytest.mark.parametrize("text, needle", [
    ("aaa", "aa"), ("aaaa", "aa"), ("abc", "x"), ("the cat", "the"), ("the cat the", "the"), ("ab ab", "ab ab"),
    (" a b c a b c", " a b c"), (" a b a b a", " a b a"), ("The Theatre", "The"), ("Thé Thé", "Thé"),
])
def test_twice_is_a_count_of_two_or_more(text, needle):
    assert captions._twice(text, needle) == (text.count(needle) > 1)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["(", ")", " ", "x", "é", "2", "_", "pictured", "file ", "photo", "picture", "left",
                                 "L-R", "inset", "above", ":", "a"]), max_size=30).map("".join))
def test_drawn_photo_cues_are_those_of_the_whole_pattern(text):
    assert captions._cue_positions(text) == [m.start() for m in PHOTO_CUE.finditer(text)]
