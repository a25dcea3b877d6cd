"""``Cues.found`` answers as ``Cues.search(text) is not None``, also where RE2's set search fails, and after pickling."""

from __future__ import annotations

import pickle

from hypothesis import given, settings, strategies as st

from newslint.rule import Cues

PATTERNS = [r"Read more|Scroll down", r"(?s:.)é", r"[A-Z]{2,}[a-z]", r"\d{1,2}:\d\d ?[ap]m", r"''|\x{201d}"]
_PIECES = ["Read more", "read more", "é", "e\u0301", "\udce9", "NASA", "NASAsaid", "10:41am", "10:41 pm", "''", "”",
           " ", "\n", "x", "Scroll", " down", "😀"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(_PIECES), max_size=10))
def test_found_answers_as_search(pattern, pieces):
    text = "".join(pieces)
    assert Cues(pattern).found(text) == (Cues(pattern).search(text) is not None)


def test_a_set_search_that_fails_is_answered_by_search():
    class OutOfMemory:
        def Match(self, data: bytes) -> list[int]:
            return []

    cues = Cues(r"Read more")
    assert cues.found("Read more here") and not cues.found("nothing here")
    cues._alone = OutOfMemory()
    assert cues.found("Read more here") and not cues.found("nothing here")


def test_cues_pickle_after_use():
    cues = Cues(r"Read more")
    assert cues.found("Read more") and cues.search("Read more")
    again = pickle.loads(pickle.dumps(cues))
    assert again.pattern == "Read more" and again.found("Read more") and not again.found("Read")
