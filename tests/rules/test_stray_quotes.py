"""NL205: a quotation mark that belongs to no quotation (doubled, alone between two sentences, three single ones
in a row, a closing single one that no quotation opened)."""

import re

import pytest

from conftest import drawn_texts
from newslint.rules import quotes


def _found(lint, text):
    return [(d.line, d.column) for d in lint(text, select=["NL205"])]


@pytest.mark.parametrize("body, pair", [
    ("The mayor answered for a second time, saying \"“It is not about who is right.”", "\"“"),  # straight, curly
    ("“We could not give parents that comfort.”\"We asked the officials again,” she said.", "”\""),
    ("She called it ““a turning point” for the town.", "““"),  # two opening curly quotes
    ("The minister said the review was “overdue””, and left.", "””"),  # two closing curly quotes
])
def test_a_doubled_mark_is_reported(lint, body, pair):
    assert _found(lint, f"Title\n\n{body}\n") == [(3, body.index(pair) + 1)]


def test_a_straight_mark_alone_between_two_sentences_is_reported(lint):
    text = ("Title\n\nThe gyms will resume as normal on re-opening. \" Memberships will be extended.\n\n"
            "Bookings open on Monday.\n\"\nThe pool stays shut.\n")
    assert _found(lint, text) == [(3, 47), (6, 1)]


def test_a_mark_a_line_break_left_alone_at_a_paragraph_start_is_reported(lint):
    text = "Title\n\nThe gyms will resume as normal on re-opening.\n\" Memberships will be extended.\n"
    assert _found(lint, text) == [(4, 1)]


@pytest.mark.parametrize("body", [
    "“We do not want conflicts,” he said. “We want talks.”",
    "He said \"yes\" and left. \"We will see,\" she replied.",
    "The firm's 55\" TV and 5'10\" frame were on show.",
    "They called it \"\"unconscionable\"\" in the filing.",  # CSV escaping: two straight quotes are left alone
    "“It was over.”“We start again tomorrow,” he said.",  # a quotation glued to the next: NL103's
    "He added, \" A devaluation will raise prices,\" and left.",  # misspaced inside a sentence: not stray
    "Jimmy \"the Whirlwind \" White has admitted it.",
    "The lyric ‘Don’t stop’ was sung. ‘Again,’ they said.",  # single quotes are never counted
])
def test_edited_quotations_are_left_alone(lint, body):
    assert _found(lint, f"Title\n\n{body}\n") == []


@pytest.mark.parametrize("body, run", [
    ("The minister said the plan would go ahead. '''We will not back down,'' she said.", "'''"),
    ("He told the court: ’’’I never saw the car,” and sat down.", "’’’"),
])
def test_three_single_quotation_marks_in_a_row_are_reported(lint, body, run):
    [d] = lint(f"Title\n\n{body}\n", select=["NL205"])
    assert (d.line, d.column, d.end_column) == (3, body.index(run) + 1, body.index(run) + len(run) + 1)


@pytest.mark.parametrize("body", [
    "He told reporters the plan had ''real promise'' and would start in May.",  # two singles for a double
    "The fans sang ‘You’ll never walk alone’ and the players’ families cheered.",
    "The firm’s ‘rock ’n’ roll’ era ended in the ’90s, he said.",
    "“She told me ‘never again’,” he said.",
])
def test_single_quotes_and_apostrophes_are_left_alone(lint, body):
    assert lint(f"Title\n\n{body}\n", select=["NL205"]) == []


# _LONE as first written: the look-behinds, then the mark
_LONE_LOOK_BEHIND_FIRST = re.compile(r"(?:^|(?<=[.!?…] )|(?<=[.!?…][’'”)] ))\"(?=\s|$)")


def test_the_lone_mark_pattern_finds_what_its_look_behind_first_form_finds():
    texts = ["", '"', '" A', 'end. " Also', 'end.” " Also', 'end.\n" Also', 'a " b', '"\n']
    texts += drawn_texts(list('"" .!?…’\'”)a\n\t\u00a0'), 20_000, 205, 14, 1)
    for text in texts:
        assert [m.span() for m in quotes._LONE.finditer(text)] == \
            [m.span() for m in _LONE_LOOK_BEHIND_FIRST.finditer(text)], text
        for i in range(len(text) + 1):
            fast, slow = quotes._LONE.match(text, i), _LONE_LOOK_BEHIND_FIRST.match(text, i)
            assert (fast and fast.span()) == (slow and slow.span()), (text, i)


def test_the_doubled_and_tripled_cues_answer_as_the_searches_do():
    texts = ["", '""', '"“', '”"', "““", "””", "'''", "‘’'", "’’", "a\ud800'''", '"' * 100_000 + "“"]
    texts += drawn_texts(list('"“”\'‘’a .\n\ud800é'), 20_000, 2051, 12, 1)
    for text in texts:
        assert quotes._DOUBLED_CUES.found(text) == (quotes._DOUBLED.search(text) is not None), text
        assert quotes._TRIPLED_CUES.found(text) == (quotes._TRIPLED.search(text) is not None), text


def test_a_closing_single_quote_after_a_sentence_stop_with_none_opened_is_reported(lint):
    body = "“The arrest is not linked to the inquiry,” the governor added.’ Residents were told to stay calm."
    assert _found(lint, f"Title\n\n{body}\n") == [(3, body.index("’") + 1)]
    glued = body.replace("’ Residents", "’Residents")  # an extractor that lost the paragraph break
    assert _found(lint, f"Title\n\n{glued}\n") == [(3, body.index("’") + 1)]


@pytest.mark.parametrize("body", [
    "She called the plan ‘a disaster for the town.’ Then she left the meeting.",  # British quotes open theirs
    "“He told me, ‘We saw the war.’ ” the officer said.",  # nested in a double quotation
    "The council said: 'We will act on the report.’ It met on Monday.",  # opened straight, closed curly
    "The U.S.’ allies and Acme Inc.’s staff didn’t mind in the ’90s.",  # possessives, apostrophes
    "The Joneses’ house was sold. The buyers’ agent was Mr. Smith’s son.",
    "The firm’s ‘rock ’n’ roll’ era ended in the ’90s, he said.",
    "’Twas the night before the vote. The count was done.’ Then the hall was shut.",  # a page setting ’ as opener
])
def test_closing_single_quotes_with_their_opening_and_apostrophes_are_left_alone(lint, body):
    assert _found(lint, f"Title\n\n{body}\n") == []
