"""NL2xx quotation-mark rules."""

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conftest import drawn_texts
from newslint.api import make_linter
from newslint.fixes import apply_fixes, select_fixes
from newslint.rules.quotes import _after_sentence_end, _colon_before_quote

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_quote_spacing_finds_space_before_closing_quote(lint, fixed):
    text = "Title\n\n“We do not want conflicts, ”he said.\n"
    [d] = lint(text, select=["NL201"])
    assert (d.code, d.line, d.column, d.end_column) == ("NL201", 3, 27, 29)
    assert fixed(text, ["NL201"]) == "Title\n\n“We do not want conflicts,” he said.\n"


def test_quote_spacing_finds_space_after_opening_quote(lint, fixed):
    text = "Title\n\nLavrov said,“ We are ready.”\n"
    [d] = lint(text, select=["NL201"])
    assert (d.line, d.column, d.end_column) == (3, 13, 15)
    once = fixed(text, ["NL201"])
    assert once == "Title\n\nLavrov said, “We are ready.”\n"
    assert fixed(once, ["NL201"]) == once


def test_quote_spacing_finds_an_opening_quote_left_at_the_end_of_a_line(lint):
    text = "Title\n\nThe harbour master said the crews would “\n\nwait for the tide,” and they did.\n"
    [d] = lint(text, select=["NL201"])
    assert (d.line, d.column, d.end_column) == (3, 41, 42) and d.fix["applicability"] == "unsafe"
    moved = apply_fixes(text, select_fixes(make_linter(select=["NL201"]).lint_text(text), unsafe=True))
    assert moved == "Title\n\nThe harbour master said the crews would\n\n“wait for the tide,” and they did.\n"


@pytest.mark.parametrize("text", [
    "Title\n\n“\n\nWe will wait for the tide,” the harbour master said.\n",  # a pull quote's mark on its own line
    "Title\n\nThe harbour master said the crews would “\n",  # the text ends there: cut, no line to move it to
    "Title\n\nThe crews said ‘\n\nwait for the tide’ and they did.\n",  # single marks are never tracked
])
def test_quote_spacing_leaves_an_opening_quote_with_no_text_before_or_after_its_line(lint, text):
    assert lint(text, select=["NL201"]) == []


def test_quote_spacing_straight_quotes(lint):
    [d] = lint('Title\n\n"The best way is diplomacy, "he said.\n', select=["NL201"])
    assert (d.line, d.column, d.end_column) == (3, 28, 30)


def test_seed_quote_spacing(lint):
    found = lint((SEEDS / "001_9676635609fdc54d.txt").read_text(), select=["NL2"])
    assert [(d.code, d.line, d.column) for d in found] == [("NL201", 13, 143), ("NL201", 17, 159)]


def test_unclosed_quote_interrupted_by_caption(lint):
    found = lint((SEEDS / "004_4ff2f3123b6d360c.txt").read_text(), select=["NL202", "NL203"])
    assert [(d.code, d.line, d.column) for d in found] == [("NL202", 15, 143)]
    assert found[0].message == ("quotation '“The best way to avert a crisis is thro…' is interrupted by a photo "
                                "caption ('A Ukrainian serviceman walks along a tr…')")


def test_quote_open_at_the_end_of_the_article_is_truncation_not_flagged(lint):
    assert lint('Title\n\nHe said: "It will not happen.\n', select=["NL202"]) == []
    [d] = lint('Title\n\nHe said: "It will not happen.\n\nThe talks ended.\n', select=["NL202"])
    assert (d.line, d.column) == (3, 10)
    assert d.message == "quotation '\"It will not happen.' is never closed"


@pytest.mark.parametrize("body", [
    # a story printed in short lines: the quotation closes three lines on
    'The harbour master said:\n\n"The new pier will open\n\nbefore the autumn storms\n\nif the weather holds," she added.',
    # a sentence a line: the quotation's second sentence is on the next line
    '“We have checked every boat.\nNone of them was damaged,” the harbour master said.\nThe pier opens in May.',
])
def test_quotation_broken_over_lines_and_closed_further_on_is_not_unclosed(lint, body):
    assert lint(f"Title\n\n{body}\n\nThe council meets on Friday.\n", select=["NL202"]) == []


def test_quotation_never_closed_before_the_next_one_opens_is_still_found(lint):
    text = ('Title\n\nThe harbour master said: "The new pier will open\n\nbefore the autumn storms.\n\n'
            'The council called it "a fine plan" on Friday.\n')
    [d] = lint(text, select=["NL202"])
    assert (d.line, d.message) == (3, "quotation '\"The new pier will open' is never closed")
    # a long line of prose cut mid-sentence: a split paragraph that cuts its quotation, closed on the next line
    cut = ('Title\n\nShe said: "The pier that the council has promised for years will open before the\n\n'
           'autumn storms," and left.\n\nThe council meets on Friday.\n')
    assert [d.line for d in lint(cut, select=["NL202"])] == [3]


def test_a_quotation_the_page_leaves_open_and_the_next_paragraph_does_not_reopen_is_found(lint):
    """Not the multi-paragraph convention (its next paragraph reopens the quotation): the page's own unclosed quotation
    is a broken text to a reader, as the wire verdicts judge it ('quotation never closed')."""
    text = ('Title\n\nThe harbour master explained: "The new pier will open before the autumn storms if the weather '
            'holds.\n\nIn short, the ferries would run from the new pier for the whole of the winter season.\n\n'
            '"We have checked every boat," she said.\n')
    [d] = lint(text, select=["NL202"])
    assert d.line == 3
    reopened = text.replace("\n\nIn short,", '\n\n"In short,').replace("season.", 'season."')
    assert lint(reopened, select=["NL202"]) == []


_STORY = "".join(f"The council met on day {k} of the inquiry and heard from the residents of the town.\n\n"
                 for k in range(5))


def test_a_curly_quotation_reopened_in_its_paragraph_with_none_closed_is_found(lint):
    """A second opening mark after a sentence stop inside an open quotation of one paragraph: the first quotation's
    closing mark is lost (or the second mark is stray); reported at the second mark."""
    body = ("He added, “We have tried to warn people. Companies must look again at their exposure. “Because you need "
            "to secure your networks, and back up your data.”")
    [d] = lint(f"Title\n\n{_STORY}{body}\n\nThe shops reopen today.\n", select=["NL202"])
    assert (d.line, d.column) == (13, body.index("“Because") + 1)
    assert "is never closed" in d.message


@pytest.mark.parametrize("body", [
    # the multi-paragraph convention with its break kept
    "He added, “We have tried to warn people.\n\n“Because you need to secure your networks,” he said.",
    "He added, “We have tried to warn people.” “Because you need to secure your networks,” he said.",
    "“She told me, ‘Go home.’ ” He left. “I did,” he said.",
    # a straight quotation reopened: the straight marks' roles are guessed, left alone
    'He added, "We have tried to warn people. "Because you need to secure your networks," he said.',
])
def test_closed_or_broken_curly_quotations_are_not_reopened(lint, body):
    assert lint(f"Title\n\n{_STORY}{body}\n\nThe shops reopen today.\n", select=["NL202"]) == []


def test_a_reopened_quotation_in_paragraphs_run_together_is_the_multi_paragraph_convention(lint):
    """An extractor that lost the page's paragraph breaks runs a multi-paragraph quotation into one line: a short
    article, or a paragraph longer than a page's paragraph, is left alone."""
    body = "He added, “We have tried to warn people. “Because you need to secure your networks,” he said."
    assert lint(f"Title\n\n{body}\n\nThe shops reopen today.\n", select=["NL202"]) == []
    long_body = "The council met again. " * 70 + body
    assert lint(f"Title\n\n{_STORY}{long_body}\n\nThe shops reopen today.\n", select=["NL202"]) == []


def test_a_comma_quote_after_a_paragraph_break_lost_inside_an_open_quotation_opens_a_quotation(lint):
    """A one-line page whose paragraph breaks were lost ('storms.She'): the quotation the page left open at its
    paragraph's end does not make the next paragraph's ', "does' a closing mark with its space misplaced."""
    text = ('Title\n\nThe harbour master said: "The new pier will open before the storms.She added that the '
            'council\'s decision, "does not prove the ferry will stay", and left.\n')
    assert lint(text, select=["NL201"]) == []
    spaced = 'Title\n\n"We want a pier. We do not want a ferry, "he said.\n'  # a sentence's stop and a space: no seam
    assert [d.column for d in lint(spaced, select=["NL201"])] == [41]


def test_unopened_closing_quote(lint):
    [d] = lint("Title\n\nThe best way is diplomacy,” Blinken said.\n", select=["NL203"])
    assert (d.code, d.line, d.column, d.end_column) == ("NL203", 3, 27, 28)


def test_mixed_quote_style_points_at_minority(lint):
    found = lint((SEEDS / "004_4ff2f3123b6d360c.txt").read_text(), select=["NL204"])
    assert [(d.line, d.column, d.end_column) for d in found] == [(31, 15, 234)]
    assert found[0].fix["applicability"] == "unsafe"


@pytest.mark.parametrize("text", [
    # the multi-paragraph quotation convention
    "Title\n\n“First paragraph of the quote.\n\n“Second paragraph,” he said.\n",
    # apostrophes, British single quotes, inch marks
    "Title\n\nKiev’s ‘serious’ talks in the ’90s, rock ’n’ roll, didn’t he? He is 5'10\" and the TV is 42\" x 30\".\n",
    # BBC: straight quotes with a lost paragraph break (a quotation reopened mid-paragraph)
    'Title\n\n"We are ready. "We will talk," he said. She said "no" and left.\n',
    'Title\n\nHe said: "It was \'great\'," and left. "Fine."\n',
    "Title\n\nAs president [Vladimir] Putin said, “we do not want conflicts” — U.S. and Mr. Lavrov (OSCE) agreed…\n",
])
def test_clean_text_is_left_alone(lint, text):
    assert lint(text, select=["NL2"]) == []


@pytest.mark.parametrize("seed", ["000_80c6854f606fe719.txt", "002_ffce716179b1a6a6.txt", "003_5e0098f0fbf781ad.txt"])
def test_seeds_with_correct_quotes(lint, seed):
    assert lint((SEEDS / seed).read_text(), select=["NL2"]) == []


@given(st.text(alphabet=" \t\n.?!…:’'”)]a\"“", max_size=30), st.integers(min_value=0, max_value=30))
def test_the_sentence_end_before_a_reopened_quote_is_read_from_the_tail_alone(text, i):
    """The backward walk answers what searching the whole text before the mark for 'stop, closers,
    whitespace' at its end answered (which cost the paragraph's length for every mark)."""
    i = min(i, len(text))
    assert _after_sentence_end(text, i) == bool(re.search(r"[.?!…:][’'”)\]]*\s+$", text[:i]))


def test_mixed_quote_style_on_a_page_of_several_sources_is_left_alone(lint):
    # a live blog: each entry set by its own author, three of them in curly quotes among straight ones
    entries = ['12:0{}\nThe council said: "We will reopen on Monday." Staff agreed.'.format(k) for k in range(4)]
    entries += ['11:5{}\nThe minister said: “Restrictions stay for now.” Traders objected.'.format(k) for k in range(3)]
    assert lint("Live: reopening latest\n\n" + "\n\n".join(entries) + "\n", select=["NL204"]) == []


def test_mixed_quote_style_two_stray_paragraphs_each_reported(lint):
    curly = ["He said “yes” to the plan {}.".format(k) for k in range(5)]
    stray = ['She said "no" to part {}.'.format(k) for k in range(2)]
    found = lint("Title\n\n" + "\n\n".join(curly + stray) + "\n", select=["NL204"])
    assert len(found) == 2 and all("article set in curly quotes" in d.message for d in found)


# a Markdown page set in curly quotes whose links carry titles: the format sets a title in straight quotes
LINKED = ("# Ferry timetable changes\n\n"
          "The operator said the new timetable would start in [the spring](https://example.org/spring \"Spring\"), "
          "and that “most sailings will leave at the same times as now”.\n\n"
          "Passengers can read [the full notice](https://example.org/notice \"Notice\") on the website.\n\n"
          "“We have listened to the islanders,” the operator’s chief said, “and kept the early boat.”\n\n"
          "See [the route map](https://example.org/map \"Route map\") for the new stops.\n")


def test_mixed_quote_style_reads_no_quote_inside_a_markdown_links_markup(lint):
    assert lint(LINKED, select=["NL204"]) == []
    stray = LINKED.replace("“most sailings will leave at the same times as now”",
                           '"most sailings will leave at the same times as now"')
    [d] = lint(stray, select=["NL204"])
    assert "article set in curly quotes" in d.message
    assert stray[d.start:d.end] == '"most sailings will leave at the same times as now"'


@pytest.mark.parametrize("text", [
    'He is 5\'10" tall and the screen is 42" x 30", the box 12"x 4" and 3.5" x 2".',
    'Sizes: 6\' 2", 7′11", 1\'2\'3" and 10" ×20" in "quotes" after 1990" odd',
    'She scored 12" then said "yes" at 9" x 3.25" and "no".',
])
def test_inch_marks_found_near_the_mark_as_by_the_whole_text(text):
    from newslint.rules.quotes import _INCH, _inch_mark
    whole = {m.end() - 1 for m in _INCH.finditer(text)}
    after_digits = [i for i, c in enumerate(text) if c == '"' and i and text[i - 1].isdecimal()]
    assert {i for i in after_digits if _inch_mark(text, i)} == whole & set(after_digits)


def test_inch_marks_in_a_page_flattened_into_one_long_paragraph(lint):
    filler = 'The council said "it will act" on the plan, officials added. ' * 2000
    text = f'Title\n\n{filler}The sign is 42" x 30" wide. She said "we will not wait for the plan.\n\nThey met.\n'
    [d] = lint(text, select=["NL202"])
    assert "we will not wait" in d.message


@pytest.mark.parametrize("body, repaired", [
    # no quotation open: the mark opens one, its space belongs before it
    ('The plan to lift the ban was " a worrying step", the minister said.',
     'The plan to lift the ban was "a worrying step", the minister said.'),
    ('He added, " A devaluation will raise prices," and left.', 'He added, "A devaluation will raise prices," and left.'),
    # a quotation open: the mark closes it, its space belongs after it
    ('"Prices have risen over the last few months, " she said.', '"Prices have risen over the last few months," she said.'),
    ('The result was "a clear vote of no confidence " in the board.', 'The result was "a clear vote of no confidence" in the board.'),
    ('The champion - Jimmy "the Rocket " Smith - has admitted it.', 'The champion - Jimmy "the Rocket" Smith - has admitted it.'),
])
def test_a_straight_quote_spaced_on_both_sides_inside_a_sentence_is_misspaced(lint, fixed, body, repaired):
    text = f"Title\n\n{body}\n"
    [d] = lint(text, select=["NL201"])
    mark = body.index(' " ') + 1
    assert d.column - 1 <= mark < d.end_column - 1  # the finding covers the mark (and its wrong space)
    assert fixed(text, ["NL201"]) == f"Title\n\n{repaired}\n"


@pytest.mark.parametrize("body", [
    'The set has a 42 " screen and a "smart" remote.',  # an inch mark after a number
    'The gyms will reopen on Monday. " Memberships will be extended.',  # alone between sentences: NL205's
    '"We are ready," he said. "We will talk."',
])
def test_a_straight_quote_spaced_only_where_it_is_misspaced_is_reported(lint, body):
    assert lint(f"Title\n\n{body}\n", select=["NL201"]) == []


def test_a_dash_read_as_cp1252_is_mojibake_not_a_quotation_mark(lint):
    text = "Title\n\nThe plan \u00e2\u20ac\u201c which was agreed on Monday \u00e2\u20ac\u201d will cost more.\n"
    assert [d.code for d in lint(text)] == ["NL401", "NL401"]


@given(st.text(alphabet='"  ,.?!a A9\'', max_size=40))
@example('The plan was " a worry", he said, " and "it is" over " now.')
@example('"Prices rose, " she said. "Yes, " he said " and " so on.')
def test_the_straight_quote_scan_finds_what_the_general_scan_does(text):
    """A paragraph of straight quotes that the fast scan decides, spaced marks included, is read as mark by mark."""
    from newslint.rules.quotes import _general_scan, _scan_straight
    fast = _scan_straight(text)
    assert fast is None or fast == _general_scan(text)


def test_the_colon_look_finds_what_the_two_phrase_scans_find():
    texts = ["", ":", ': "', ": “", ':"', ": ”", 'a: b "c', ":: “", "x:\n“"]
    for text in texts + drawn_texts(list(':: "“”ab\n\u00a0'), 5000, 202, 10):
        assert _colon_before_quote(text) is (': "' in text or ": “" in text), text
