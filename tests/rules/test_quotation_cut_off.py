"""NL202: a quotation left open where another opens after a colon (its closing mark lost, or a stray opening one),
also inside a page flattened to one line."""

import pytest


def _cut_off(lint, body):
    return [(d.line, d.column) for d in lint(f"Title\n\n{body}\n", select=["NL202"]) if "another opens" in d.message]


@pytest.mark.parametrize("body, opening", [
    # a stray opening mark before the writer's own sentence, in a flattened page
    ('Claims can be made at any time. "A notice on the firm\'s website states: "It is not our policy to ask." '
     'The firm did not comment.', '"A notice'),
    # the closing mark of the first quotation lost
    ('He said: "I spent two years on the album and it was never promoted. He added: "It will come out on '
     'Monday." The hearing is next week.', '"I spent'),
    ('The mayor said: “The bridge will reopen in May. She added: “We are confident.” Work starts today.', '“The bridge'),
])
def test_a_quotation_still_open_where_the_next_opens_is_reported(lint, body, opening):
    assert _cut_off(lint, body) == [(3, body.index(opening) + 1)]


@pytest.mark.parametrize("body", [
    'He said: "The plan is sound." She added: "We will start in May."',
    '"The plan is sound," he said. She added: "We will start in May."',
    # the multi-paragraph convention in a flattened page: the quotation reopened after a stop, then closed
    'He said: "The plan is sound. "We will start in May," he added. Later she said: "Good."',
    'He wrote "Sorry" and added: "Goodbye."',
    '“The plan is sound,” he said. She added: “We will start in May.”',
    "The sign read: 'Closed: \"back soon\"' and the shop stayed shut.",  # a colon inside single quotes
    'The 55" screen costs more: "a lot more," he said.',  # an inch mark is no quotation
])
def test_edited_quotations_are_left_alone(lint, body):
    assert _cut_off(lint, body) == []
