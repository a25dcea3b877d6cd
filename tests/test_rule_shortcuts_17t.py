"""The pre-checks of issue 17's round six c (helper 17t): each must let through whatever the long way keeps."""

import pytest

from newslint.rules import boilerplate
from newslint.rules.extraction import glue

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


# NL102: _GlueSuspects asks an RE2 set for the shapes it once looked for with ``in`` in the text's shape --------

@pytest.mark.parametrize("text", [
    "Kremlin spokespersonDmitry Peskov", "the USSecretary of State", "rose $25The", "up 12%Analysts", "15mThomas",
    "at 10amThe", "season29 April", "TOURTHURSDAY", "Jane Doe @JaneDoeCongratulations", "no glue at all here",
    "MÜNCHEN Ünd ñA éB", "a1", "Z9", "ABCDEFG", "ABCDEF", "3kmAway", "“Quote", "\udcff lone surrogate aB", "",
])
def test_glue_shapes_match_the_shape_tests(text):
    assert glue._glue_shapes(text) == glue._glue_shapes_of(glue._shape(text))


def test_glue_shapes_match_the_shape_tests_on_drawn_text():
    import random
    draw = random.Random(17)
    alphabet = "aZ9%@\"“ Ü\n.,mbnkAa0"
    for _ in range(3000):
        text = "".join(draw.choice(alphabet) for _ in range(draw.randrange(0, 12)))
        assert glue._glue_shapes(text) == glue._glue_shapes_of(glue._shape(text)), text


@pytest.mark.parametrize("sentence, shown", [
    ("The fee rose to $25The club said it was fine.", "$25The"),  # an amount: no case change in a letter run
    ("He played all season29 April - the final.", "season29 April"),
])
def test_glued_amounts_and_days_without_a_case_change_are_found(lint, sentence, shown):
    text = f"Title\n\n{sentence}\n"
    assert [text[d.start:d.end] for d in lint(text, select=["NL102"])] == [shown]


def test_a_split_still_vouches_for_the_parts_of_another_glue(lint):
    """NL102 stops after one round only when nothing was split: here 'spokespersonDmitry' split in the first round
    makes 'Dmitry' a word of the article, which the second round needs for 'KremlinDmitry'."""
    text = ("Title\n\nThe Kremlin said on Monday that its spokespersonDmitry Peskov would speak later. "
            "Officials at the KremlinDmitry said nothing more.\n")
    shown = [text[d.start:d.end] for d in lint(text, select=["NL102"])]
    assert shown == ["spokespersonDmitry", "KremlinDmitry"]


# NL311/NL312: _prose looks for a word of the web or the reader in a set first; _wire_copy searches only a last
# paragraph that ends with the signoff --------------------------------------------------------------------------

@pytest.mark.parametrize("text, prose", [
    ("The council approved the plan on Tuesday.", True),
    ("Follow us on (Twitter) for more.", False),  # a reader word behind a bracket: stripped, then looked up
    ("Read more in OUR guide today.", True),  # in capitals: not the reader's word
    ("Please SUBSCRIBE, or subscribe.", False),  # one in capitals, one not
    ("Press “Download” to start.", True),  # an opening curly quote is not stripped: “download is no word of the list
    ("Şubscribe now.", True),
])
def test_prose_matches_the_word_by_word_test(text, prose):
    from newslint.rules.lines import _shared, furniture
    by_words = not any(w.lower() in _shared._READER and not w.isupper()
                       for w in (w.strip(".,;:!?\"”’'()") for w in text.split()))
    assert furniture._prose(text) is prose is by_words


@pytest.mark.parametrize("last, wire", [
    ("Shr 12 cts vs 10 cts\n Reuter", True), ("Reuter", True), ("Notes to editors. REUTER \n", True),
    ("A story by Reuters", False), ("ReutersReuter", False), ("the end\treuter", True), ("Reuter was here", False),
])
def test_wire_copy_needs_the_signoff_at_the_end(last, wire):
    from newslint.model import Paragraph
    from newslint.rules.lines import _shared
    assert _shared._wire_copy([Paragraph(0, 0, last)]) is wire


def test_run_in_cues_asked_of_the_whole_article_still_find_a_seam_in_its_third_long_paragraph(lint):
    seam = "Prices rose by 5% He said the rise would slow next year. "
    text = "Title\n\n" + FILLER * 2 + "\n\nShort line: Here\n\n" + FILLER * 2 + "\n\n" + FILLER + seam + FILLER + "\n"
    shown = [text[d.start:d.end] for d in lint(text, select=["NL317"])]
    assert shown == ["5% He"]
