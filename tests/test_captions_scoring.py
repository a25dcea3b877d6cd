"""NL317's cost: a scanned candidate's features come from its raw ones, without running every check again."""

import itertools

from newslint import captions
from newslint.captions import Candidate
from test_captions import CAPTION, STORY, TAIL


def _variants():
    """Raw candidates of many shapes (title nouns, starters, verbs after, lower-case words before) and every mix of
    the scanned flags on each."""
    for before, word, after in itertools.product(("race", "boss", "Vietnam", "video"), ("Hazard", "The", "Rosberg"),
                                                 ("is", "admitted", "Brown", "rolls", "")):
        raw = Candidate(100, before, word, after, 20, 20, False, False, False, previous="to")
        for flags in itertools.product((False, True), repeat=8):
            repeated, lower_use, echo, echo_after, cue_before, cue_after, junction, opens = flags
            yield raw, raw._replace(repeated=repeated, lower_use=lower_use, echo=echo, echo_after=echo_after,
                                    cue_before=cue_before, cue_after=cue_after, junction_twice=junction,
                                    opens_sentence=opens)


def test_scanned_features_from_the_raw_ones_equal_a_full_check_and_the_same_log_odds():
    weights = captions._weights()
    seen = set()
    for raw, scanned in _variants():
        on = captions._scanned_on(captions._on(raw), scanned)
        assert on == captions._on(scanned)
        assert sum(map(weights.__getitem__, on)) == captions._z(weights, scanned)  # to the last bit
        seen.update(on)
    assert {"name_clause", "opens_sentence", "junction_twice", "repeated"} <= seen  # the dependent ones were on


def test_a_scored_paragraph_reports_the_same_seams_as_the_full_scores():
    # a flattened page whose caption runs into a sentence: found through the shortcut, as by the full sum
    text = STORY + CAPTION + TAIL
    scored = captions._Scored(text)
    full = [raw.seam for raw, start, end, _ in scored.raw
            if captions._z(scored.weights, scored.scanned(raw, start, end)[0]) >= captions._lowest_cut()]
    shortcut = [raw.seam for raw, start, end, _ in scored.raw
                if scored.scanned(raw, start, end)[1] >= captions._lowest_cut()]
    assert shortcut == full and [text[s - 5:s + 8] for s in full] == ["talks Without"]
