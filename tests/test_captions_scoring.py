"""NL317's cost: a scanned candidate's features come from its raw ones, without running every check again."""

import gc
import itertools
import math
import weakref

from newslint import captions
from newslint.captions import Candidate
from test_captions import BLOCK, CAPTION, STORY, TAIL


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


# a flattened page of many candidate seams of every strength: captions (with a photo cue, repeating the story),
# names after prepositions and title nouns, a starter after a place, a weak seam beside a sure one
_MANY = (STORY + BLOCK + "The striker (left) celebrates with team-mates after scoring the second goal at the ground "
         "Paul Jones said the win was deserved and his side had played well for most of the match against a strong "
         "team from the north The young defender poses with his new shirt at the training ground in Vietnam "
         "They have not lost at home since the opening weeks of the season when boss Diego Simeone was away ill "
         "and the team was led by coach Mark Smith pictured Here the new signing talks to reporters about the deal "
         "after weeks of talks with rivals Real Madrid Hazard admitted the move had taken longer than expected. "
         "The winger missed the first game of the season through injury and watched as his team-mates drew "
         "Hazard is unlikely to be fit for the derby against the leaders on Sunday according to the club's doctor. "
         + CAPTION + TAIL)


def _reference(text, raw, start, end):
    """The log-odds of ``raw`` with every scan, as before the scans were asked one at a time: all of them, the
    repeated junction where the score without it reaches the lower cut."""
    weights = captions._weights()
    candidate = captions._with_scans(raw, text, start, end, captions._cue_positions(text), junction=False)
    z = captions._z(weights, candidate)
    if z >= captions._lowest_cut() and captions._with_scans(raw, text, start, end, [], junction=True).junction_twice:
        candidate = candidate._replace(junction_twice=True)
        z = captions._z(weights, candidate)
    return candidate, z


def test_scans_asked_one_at_a_time_drop_only_what_cannot_reach_the_cut():
    block = math.log(captions._data()["block_threshold"] / (1 - captions._data()["block_threshold"]))
    cuts = (3.0, 2.0, 1.0, 0.0, block, -1.0, -2.0, -10.0)  # the last below every candidate's log-odds
    for text in (_MANY, STORY + BLOCK + TAIL, STORY + CAPTION + TAIL):
        raws = captions._Scored(text).raw
        assert raws
        stopped = 0
        for raw, start, end, _ in raws:
            candidate, z = _reference(text, raw, start, end)
            for cut in cuts:
                found = captions._Scored(text).reaching(raw, start, end, cut)
                assert z < cut if found is None else found == (candidate, z)
                stopped += found is None
            # a candidate dropped at a higher cut goes on at a lower one as if asked afresh
            scored = captions._Scored(text)
            assert [scored.reaching(raw, start, end, cut) for cut in cuts][-1] == (candidate, z)
            assert scored.scanned(raw, start, end) == (candidate, z)
        assert text != _MANY or stopped  # some candidates of the page were dropped on the way


def test_a_scored_paragraph_with_scans_left_pending_is_freed_without_the_cycle_collector():
    # the pending scans hold the text, not the paragraph's scores: a long page is freed as soon as it is done with
    scored = captions._Scored(_MANY)
    assert list(scored.sure()) and scored._pending  # some candidates stopped on the way
    gone = weakref.ref(scored)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del scored
        assert gone() is None
    finally:
        if enabled:
            gc.enable()
