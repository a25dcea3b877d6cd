"""NL310's teasers of other stories, each cut short with an ellipsis and dated ('…Inter Club cricket... May 06,
2022'), before a link to the rest ('…Yet, the... more') or after a word no sentence ends on: a box of other stories that an extractor ran into the page. Reported where a page lists two or more; a
story's own ellipsis before a date, and edited text, are left alone."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules.boilerplate.web_lines import _CUT_TEASER_SHAPE, BoilerplateLine, _cuts_of_teasers

STORY = ("Harbour council approves new sea wall\n\n"
         "The council in Porthkennick approved a £4m sea wall on Tuesday after a winter of flooding.\n\n")

ONE_LINE_BOX = ("Leave a Reply Sports Rain halts the Valley League cricket... May 06, 2022 Second round matches in "
                "the Valley League were washed out on Saturday, and the teams in the... Read More Coach Dana Pellew "
                "looks ahead to the Harbour Cup... May 05, 2022 The coach said the squad was ready.")


def _teasers(lint, text):
    return [d for d in lint(text, select=["NL310"]) if "cut short" in d.message]


def test_each_cut_and_dated_teaser_of_a_one_line_box_is_reported(lint):
    text = STORY + ONE_LINE_BOX + "\n"
    found = _teasers(lint, text)
    assert [d.message.split(": ", 1)[1][:30] for d in found] == ["'Leave a Reply Sports Rain hal", "'Read More Coach Dana Pellew l"]
    line = text.splitlines()[4]
    assert line[found[0].column - 1:].startswith("Leave a Reply Sports Rain halts the Valley League cricket... May 06, 2022")
    assert all(d.fix is None for d in found)  # where a headline starts is not certain


@pytest.mark.parametrize("first, second", [
    ("... Posted on April 29, 2022", "… Posted on April 28, 2022"),
    ("... 6 May 2022", "...12 May 2022"),
    ("... 3 hours ago", "... 2 days ago"),
    ("...\n\nMay 6th, 2022", "...\n\nMay 5th, 2022"),
    ("... 2022-05-06", "... 2022-05-05"),
])
def test_dates_of_every_style_after_the_cut(lint, first, second):
    text = (STORY + f"Our Readers' Opinions There is no case for the new parking charges on the quay{first} Share "
            f"Better bus service needed for children who go to school in the town{second} Share\n")
    assert len(_teasers(lint, text)) == 2


def test_a_single_cut_teaser_is_left_alone(lint):
    text = STORY + "Sports Rain halts the Valley League cricket... May 06, 2022 The teams met again later.\n"
    assert _teasers(lint, text) == []


def test_edited_text_with_ellipses_and_dates_is_left_alone(lint):
    text = ("Minister defends U.S. trade talks\n\n"
            "The minister said the talks with U.S. officials, which began on 6 May 2022, were \"going well... and "
            "will go on\".\n\n"
            "\"We have made progress on steel and on cars,\n\n"
            "\"and we hope to finish by the summer,\" she told the BBC. The last round... which ended on 12 May "
            "was \"constructive\", her colour-coded briefing note said.\n\n"
            "Talks resume on 3 June 2022. The opposition's spokesman, Gareth Llewelyn, said: \"We shall see...\"\n")
    assert lint(text, select=["NL310"]) == []


def test_the_trigger_fires_wherever_a_cut_teaser_is_found():
    texts = [STORY + ONE_LINE_BOX, "a... \u00a0May 06, 2022 b… 3 hours ago", "x...\n\n6 May 2022\ny... 2022-05-06"]
    for text in texts:
        assert BoilerplateLine.trigger.fires(text), text


def test_a_long_line_of_cut_teasers_is_linear():
    """A 1 MB line of cut, dated teasers: every teaser reported, each piece looked back at for 200 characters at
    most."""
    from newslint.api import lint_text, make_linter

    unit = "Headline of another story cut... May 06, 2022 "
    text = "Title\n\n" + unit * (1_000_000 // len(unit)) + "\n"
    found = lint_text(text, linter=make_linter(select=["NL310"]))
    assert len(found) == 1_000_000 // len(unit)


def test_a_teasers_date_on_a_line_of_its_own_is_left_to_the_stamp_rules(lint):
    # the teaser reported to its ellipsis, its date once, as a stamp; a date in the same line stays the teaser's
    text = (STORY + "Our Readers' Opinions There is no case for the new parking charges on the quay...\n3 hours ago\n\n"
            "Better bus service needed for children who go to school in the town...\n2 days ago\n")
    found = [(d.code == "NL310", text[d.start:d.end]) for d in lint(text, select=["NL310", "NL314", "NL331"])]
    assert found == [(True, "Our Readers' Opinions There is no case for the new parking charges on the quay..."),
                     (False, "3 hours ago"),
                     (True, "Better bus service needed for children who go to school in the town..."),
                     (False, "2 days ago")]
    box = STORY + ONE_LINE_BOX + "\n"
    assert [box[d.start:d.end][-12:] for d in _teasers(lint, box)] == ["May 06, 2022", "May 05, 2022"]


def test_a_teaser_wrapped_over_two_lines_is_reported_from_its_first_line(lint):
    """A format that wraps its lines (pandoc, w3m) breaks a teaser over two: the parse joins them into one paragraph,
    and the teaser is reported from its first line, not from the break; a line break between blocks still starts a
    piece (the story's last paragraph stays out)."""
    story = ("The council in Porthkennick approved a new sea wall on Tuesday after a\n"
             "winter of flooding that closed the harbour road for a month.\n\n"
             "Work on the wall is to start in the spring and to take two years, the\n"
             "council's engineer said.\n\n")
    teasers = ("The harbour master warned boat owners on the quay that the storms of\n"
               "the coming winter would be...\n\n"
               "Posted on April 29, 2022\n\n"
               "Parents asked the council for a later bus to the schools of the\n"
               "valley, where the roads are...\n\n"
               "Posted on April 28, 2022\n")
    text = "Harbour council approves new sea wall\n\n" + story + teasers
    found = [text[d.start:d.end] for d in _teasers(lint, text)]
    assert found == [teasers.split("\n\n")[0], teasers.split("\n\n")[2]]


MORE_BOX = ("Harbour News – The council has spent more on the quay than on the roads of the whole valley. Yet, "
            "the... more\n\n"
            "Harbour News – Parents of the valley have asked for a later bus to the schools, and the council "
            "said it would look at... Read more »\n\n")


def test_teasers_cut_short_before_their_more_link_are_reported(lint):
    text = STORY + MORE_BOX
    found = [text[d.start:d.end] for d in _teasers(lint, text)]
    assert found == ["Yet, the... more", MORE_BOX.split("\n\n")[1]]
    assert all("before its link to the rest" in d.message for d in _teasers(lint, text))


def test_a_teaser_cut_after_a_word_no_sentence_ends_on_counts_with_the_others(lint):
    cut = "Sports\n\nRain halts the second round of the Valley League, and the teams in the...\n"
    text = STORY + cut + MORE_BOX
    found = [text[d.start:d.end] for d in _teasers(lint, text)]
    assert found[0] == "Rain halts the second round of the Valley League, and the teams in the..."
    assert len(found) == 3


def test_a_storys_own_ellipsis_at_a_lines_end_is_left_alone(lint):
    # a quotation that trails off after its last word, a list of what follows, one teaser alone
    text = (STORY + "\"We shall see what the winter brings...\"\n\n"
            "The engineer listed the works: the wall, the slipway, the lights...\n\n"
            "She said the council could do more... more than it had promised.\n\n"
            "Harbour News – The council has spent more on the quay than on the roads. Yet, the... more\n")
    assert _teasers(lint, text) == []


def test_the_trigger_fires_for_a_teaser_cut_before_its_link_or_after_a_word():
    for text in ["a... more\nb", "a…\u00a0Read more »", "teams in the...\n", "x to…"]:
        assert BoilerplateLine.trigger.fires(text), text


_PIECES = ["the", "in", "breathe", "to", "...", "…", " ", "\u00a0", "\t", "\n", "May 06, 2022", "3 hours ago", "more",
           "Read more", "»", "x", "."]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_cut_shape_is_held_wherever_a_cut_is_found(text):
    """The trigger and the check ask for any ellipsis at a line's end (``_CUT_TEASER_SHAPE``), not for the word
    before it: the shape is held wherever ``_cuts_of_teasers`` finds a cut, and the trigger fires there."""
    if list(_cuts_of_teasers(text)):
        assert _CUT_TEASER_SHAPE.found(text), text
        assert BoilerplateLine.trigger.fires(text), text


def test_the_trigger_fires_on_an_ellipsis_at_a_lines_end_whatever_word_stands_before_it():
    for text in ["The teams in the...\n", "Fans waited…", "Fans waited... \nMore text", "cut in the …"]:
        assert BoilerplateLine.trigger.fires(text), text
    assert not BoilerplateLine.trigger.fires("Fans waited... and waited.\n")
