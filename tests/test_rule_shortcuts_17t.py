"""The pre-checks of issue 17's round six c (helper 17t): each must let through whatever the long way keeps."""

import pytest

from newslint.rules import boilerplate

FILLER = ("The council approved the plan for a new bridge over the river after a debate that lasted four hours and "
          "the leader said the work would begin in the spring, with the residents asked for their views first. ")


def _kept_run_ins(text):
    """Where NL317's hand rules may keep a seam: a _RUN_IN or _LABEL_RUN_IN match after the right character."""
    kept = [m for m in boilerplate._RUN_IN.finditer(text)
            if m.start() and text[m.start() - 1] in boilerplate._SEAM_AFTER]
    labels = [m for m in boilerplate._LABEL_RUN_IN.finditer(text)
              if m.start() and text[m.start() - 1] in boilerplate._LABEL_AFTER]
    return kept, labels


@pytest.mark.parametrize("seam", [
    "rose by 5% He said",  # after a per cent sign
    "(pictured) She told",  # after a bracket
    "100 years ago In 2006, after",  # the year form
    "years ago Since 20\u0661\u0662, the",  # Python's \d is any decimal digit: RE2's \p{Nd} too
    "the vote ‘We are ready",  # a curly quote before the pronoun
    "the vote 'It’s over",
    "ago In March 2006, the",
])
def test_run_in_cue_lets_every_kept_seam_through(seam):
    text = FILLER + seam + " now. " + FILLER
    kept, _ = _kept_run_ins(text)
    assert kept  # the long way keeps it
    assert boilerplate._RUN_IN_CUES.search(text) is not None


@pytest.mark.parametrize("seam", [
    "the shop” Grand opening: Mayor Jane",  # after a closing quote (a label may follow a stop or a quote)
    "the shop. Queue:\xa0The first",  # a no-break space after the colon
    "the farm Proud new-mum: the lamb",  # a hyphenated label, 'the' after it
])
def test_label_cue_lets_every_kept_label_through(seam):
    text = FILLER + seam + " weighed 20lb. " + FILLER
    _, labels = _kept_run_ins(text)
    assert labels
    assert boilerplate._LABEL_RUN_IN_CUES.search(text) is not None


def test_run_in_cues_skip_a_paragraph_without_a_seam(lint):
    text = "Title\n\n" + FILLER * 3 + "The plan is fine, he said. The Hague ruled.\n"
    assert boilerplate._RUN_IN_CUES.search(text) is None
    assert boilerplate._LABEL_RUN_IN_CUES.search(text) is None
    assert lint(text, select=["NL317"]) == []


def test_run_in_caption_after_a_per_cent_sign_is_still_found(lint):
    text = "Title\n\n" + FILLER + "Prices rose by 5% He said the rise would slow next year. " + FILLER + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert shown == ["5% He"]
