"""The compiled scoring of caption candidates (``_speedups.c``, block 17r) against its pure-Python twins.

``caption_features`` must give exactly what ``captions._python_features_and_log_odds`` gives (the features that are on,
and the log-odds to the last bit, summed as this Python's ``sum`` sums), and ``caption_scans`` what
``captions._python_scans_on`` gives (the flags, the next scan and the bound): on drawn candidates and strings, the
seeds' and the corpus's paragraphs, and flattened pages made of them.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from conftest import natural_paragraphs
from test_native import compiled, needs_compiled
from test_native_captions import MODEL_LIMITS, SETS, SMALL_LIMITS, SPLICED

from newslint import captions

# the characters the features read (quotes, colons, an 's' and an 'ed' ending, capitals, digits of other scripts,
# letters whose case is odd), no line break (a candidate's words never hold one)
ALPHABET = "abdeginsxzABZ019%)'’\"“‘:-_éÉßİǅ٣²Ⅻ😀"
WORDS = st.text(alphabet=ALPHABET, max_size=8) | st.sampled_from(sorted(
    captions._STARTERS | captions._INTO_NAME | captions._TITLE_NOUNS | captions._AUXILIARIES | captions._TIME_WORDS
    | captions._MODIFIERS | captions._INFINITIVE_MARKERS | captions._MONTH_NAMES
    | {"That's", "It’s", "We're", "I'm", "Rotherham's", "fans’", "2014", "1999", "٢٠١٤", "Video", "videos", "tackled",
       "winning", "'We", "“The", "Label:", "Boss:", "İN", "TO"}))
FIRST = WORDS.filter(bool)
CANDIDATES = st.builds(lambda seam, before, word, after, left, right, flags, third, previous: captions.Candidate(
    seam, before, word, after, left, right, *flags[:6], third, *flags[6:], previous),
    st.integers(0, 100), FIRST, FIRST, WORDS, st.integers(0, 60), st.integers(0, 60), st.lists(st.booleans(),
    min_size=8, max_size=8), WORDS, WORDS)
# weights that a plain sum and a compensated one add up differently, and the model's
WEIGHTS = st.lists(st.sampled_from([1e16, -1e16, 1.0, 0.1, -0.3, 3.0, 1e-17, -0.0]) | st.floats(-5, 5),
                   min_size=len(captions.FEATURES), max_size=len(captions.FEATURES)).map(tuple)


def same_features(candidates: list[captions.Candidate], weights: tuple[float, ...] | None = None) -> None:
    args = list(captions._feature_args())
    if weights is not None:
        args[1] = weights
    found = compiled.caption_features(candidates, *args)
    twin = captions._python_features_and_log_odds(candidates, *args)
    assert found == twin
    assert [z.hex() for _, z in found] == [z.hex() for _, z in twin]  # to the last bit (== would take -0.0 for 0.0)


def same_scans(text: str, found: list[tuple[tuple, int, int]]) -> None:
    """Every candidate's scans from every first scan, with no bound, the model's cut and one that stops at once."""
    cut = math.log(captions._model()[1] / (1 - captions._model()[1]))
    for fields, start, end in found:
        c = captions.Candidate(*fields)
        gains = captions._scan_gains(c.after[:1].islower(), True, True)[1]
        for first in range(len(captions.SCANS) + 1):
            for most, floor in ((0.0, -math.inf), (cut + 1.0, cut), (0.0, 1.0)):
                flags, twin_flags = [], []
                answer = compiled.caption_scans(text, start, end, c, first, most, floor, gains, flags,
                                                captions._CuePositions(text))
                assert answer == captions._python_scans_on(text, start, end, c, first, most, floor, gains, twin_flags,
                                                           captions._CuePositions(text)), (text, c, first, floor)
                assert flags == twin_flags, (text, c, first, floor)


@needs_compiled
@settings(max_examples=3000, deadline=None)
@given(st.lists(CANDIDATES, max_size=6))
def test_drawn_candidates(candidates: list[captions.Candidate]) -> None:
    same_features(candidates)


@needs_compiled
def test_the_lowered_words_sets_given_are_the_ones_read() -> None:
    """The memberships of the lowered word before a seam come from a dict made for the sets last given (block 35a):
    other sets, then the model's again, are each read as given (the twin reads captions' own sets)."""
    c = captions.Candidate(10, "Former", "Jane", "said", 8, 30, *[False] * 6, "that", False, False, "the")
    args = list(captions._feature_args())
    places = {"into_name": 5, "title_noun": 6, "before_time": 8, "modifier": 11}  # each set's place in the args
    assert args[places["modifier"]] is captions._MODIFIERS and args[places["before_time"]] is captions._TIME_WORDS
    assert compiled.caption_features([c], *args) == captions._python_features_and_log_odds([c], *args)
    for feature, place in places.items():
        other = list(args)
        other[place] = frozenset({"former"}) if feature != "modifier" else frozenset({"video"})
        on = compiled.caption_features([c], *other)[0][0]
        assert (feature in on) is (feature != "modifier"), feature  # ('former' is a modifier of the model's)
    assert compiled.caption_features([c], *args) == captions._python_features_and_log_odds([c], *args)


@needs_compiled
@settings(max_examples=500, deadline=None)
@given(st.lists(CANDIDATES, min_size=1, max_size=3), WEIGHTS)
def test_drawn_weights_summed_as_sum(candidates: list[captions.Candidate], weights: tuple[float, ...]) -> None:
    same_features(candidates, weights)


@needs_compiled
@settings(max_examples=1000, deadline=None)
@given(SPLICED, st.sampled_from(SMALL_LIMITS))
def test_drawn_strings_scanned(text: str, limits: tuple[int, ...]) -> None:
    same_scans(text, captions._candidate_fields(text, *SETS, *limits))


# words that recur, so that the scans of words framed by spaces find them again: overlapping (' a a' in ' a a a'),
# after a stop, at the end of the text, after a double space (an empty word), beside a no-break space, in texts of
# one, two and four bytes a character
RECURRING = st.lists(st.sampled_from(["a", "a", "the", "The", "side", "Side", "won", "Won.", "said", "Said:", "", ".",
                                      "x.", "é", "É", "😀", "said\u00a0the", "4%"]), min_size=3, max_size=40).map(" ".join)


@needs_compiled
@settings(max_examples=1000, deadline=None)
@given(RECURRING, st.sampled_from(SMALL_LIMITS))
def test_drawn_recurring_words_scanned(text: str, limits: tuple[int, ...]) -> None:
    same_scans(text, captions._candidate_fields(text, *SETS, *limits))


# words of eight characters and more, which a one-byte text's table hashes eight bytes at a time (34a), and a query's
# word a character at a time: of 8, 9, 16 and 17 characters, alike but for their last byte, at the text's end, in texts
# of one, two and four bytes a character (where a character's low byte is another's: 'Ł' and 'A')
LONG_WORDS = st.lists(st.sampled_from(["a", "the", "Side", "abcdefgh", "abcdefghi", "abcdefghj", "abcdefghijklmnop",
                                       "abcdefghijklmnopq", "abcdefghijklmnopr", "Abcdefghi", "abcdefghiŁ", "abcdefghiA",
                                       "abcdefgh😀", ""]), min_size=3, max_size=40).map(" ".join)


@needs_compiled
@settings(max_examples=1000, deadline=None)
@given(LONG_WORDS, st.sampled_from(SMALL_LIMITS))
def test_drawn_long_words_scanned(text: str, limits: tuple[int, ...]) -> None:
    same_scans(text, captions._candidate_fields(text, *SETS, *limits))


# capitalised words that recur inside others and overlap themselves ('AbAb' in 'AbAbAb'), after a quote and before a
# colon, beside words without an ASCII capital (found by str.find), in texts of one, two and four bytes a character:
# the repeated word found from the places of its capital
CAPITALISED = st.lists(st.sampled_from(["a", "the", "b", "Ab", "AbAb", "AbAbAb", "xAb", "bAb", "'Ab", "Ab:", "Āb", "AĀ",
                                        "É", "Éb", "😀", "A😀"]), min_size=3, max_size=40).map(" ".join)


@needs_compiled
@settings(max_examples=1000, deadline=None)
@given(CAPITALISED, st.sampled_from(SMALL_LIMITS))
def test_drawn_capitalised_words_scanned(text: str, limits: tuple[int, ...]) -> None:
    same_scans(text, captions._candidate_fields(text, *SETS, *limits))


@needs_compiled
def test_words_found_again_by_their_places() -> None:
    # the three words before a seam again (once overlapping itself), a word opening a sentence and in lower case
    # elsewhere, the three words after a seam again, and the same words ending the text without a space after them
    for text in ("he saw big big big Side won it. Side big big side ",  # ' big big' twice only apart from its overlap
                 "he saw big big big Side won it. Side",
                 "é saw big boys Side won it and saw big boys Side won it. Side x side",
                 "😀 saw the  big Side won it and saw the  big Side won it"):
        found = captions._candidate_fields(text, *SETS, *SMALL_LIMITS[0])
        assert found
        same_scans(text, found)
        same_scans(str(text.encode(), "utf-8"), found)  # an equal text, another object


@needs_compiled
def test_cues_echoes_and_a_first_word_scanned() -> None:
    # a photo cue before and after seams, three words that recur on both sides, a seam in a stretch's first word
    # (no space before the word before it: the echo's search falls back on Python's slice rules)
    text = ("fans Real Madrid (left) watches on Atletico boss Diego Simeone said the side would win and Diego Simeone "
            "pictured with fans Real Madrid host the side would win.fans Real Madrid pictured ") * 3
    found = captions._candidate_fields(text, *SETS, *SMALL_LIMITS[0])
    assert any(left == 0 for (_, _, _, _, left, *_), _, _ in found)
    same_scans(text, found)


@needs_compiled
def test_natural_paragraphs() -> None:
    scored = 0
    for text in natural_paragraphs(("bbc", "scraped"), 300):
        found = captions._candidate_fields(text, *SETS, *MODEL_LIMITS)
        candidates = [captions.Candidate(*fields) for fields, _, _ in found]
        same_features(candidates)
        same_features([c._replace(repeated=True, lower_use=True, echo=True, echo_after=True, cue_before=True,
                                  cue_after=True, junction_twice=True, opens_sentence=True) for c in candidates])
        if len(text) < 20_000:
            same_scans(text, found[:40])
        scored += len(found)
    assert scored > 100  # the corpus holds flattened pages: real candidates were scored


@needs_compiled
def test_the_seams_reported_are_the_twins(monkeypatch) -> None:
    texts = natural_paragraphs(("scraped",), 300, shortest=1000, pages=False)
    compiled_seams = [captions.caption_seams(text) for text in texts]
    monkeypatch.setattr(captions, "_features_and_log_odds", captions._python_features_and_log_odds)
    monkeypatch.setattr(captions, "_scans_on", captions._python_scans_on)
    monkeypatch.setattr(captions, "_compiled_seams", None)
    assert [captions.caption_seams(text) for text in texts] == compiled_seams
    assert sum(map(len, compiled_seams)) > 20  # seams were found
