"""NL106: a numbered list whose items' breaks were lost, run into one paragraph (items 1, 2, 3 … in text order)."""

import pytest


def _items(lint, text):
    return [d.message.rsplit("item ", 1)[1] for d in lint(text, select=["NL106"]) if "numbered list" in d.message]


@pytest.mark.parametrize("body", [
    # spaced after the sentence before each item
    "Our guide has three tips for the hills. 1. Plan the route Most walkers set off without a map. 2. Pack light A "
    "heavy bag slows you down on the climbs. 3. Check the weather Storms come in fast over the tops.",
    # glued to the sentence before each item and to the text after it
    "The season opens in May.1. Plan the routeMost walkers set off without a map.2. Pack lightA heavy bag slows "
    "you down.3. Check the weatherStorms come in fast.",
    # the first item opens the paragraph
    "1. Plan the route Most walkers set off without a map. 2. Pack light A heavy bag slows you down. 3. Check the "
    "weather Storms come in fast over the tops.",
    # after a colon, items glued to words
    "The rules are: 1. Plan the route before you go2. Pack light for the climbs3. Check the weather each morning",
])
def test_a_numbered_list_run_into_a_paragraph_is_reported(lint, body):
    assert _items(lint, f"Walking tips\n\n{body}\n") == ["'1. Plan'", "'2. Pack'", "'3. Check'"]


@pytest.mark.parametrize("text", [
    # a list kept on its lines
    "Walking tips\n\nOur guide has three tips.\n\n1. Plan the route.\n\n2. Pack light.\n\n3. Check the weather.\n",
    # a list on lines of one paragraph
    "Walking tips\n\nOur guide has three tips:\n1. Plan the route.\n2. Pack light.\n3. Check the weather.\n",
    # edited prose: points in brackets, a chapter and a year before a capital, a score
    "Walking tips\n\nThe council gave three reasons: (1) Cost, (2) Safety and (3) Access. It met in 2019. The plan "
    "was dropped in Chapter 1. Then the club won 2-1. Fans cheered.\n",
    # two items are not a list
    "Walking tips\n\nThe guide has two tips. 1. Plan the route first. 2. Pack light for the climbs.\n",
    # numbers out of order: a ranking quoted in prose, not a list
    "Walking tips\n\nThe team came 3. Then 1. Then 2. Fans were puzzled by the order.\n",
])
def test_edited_text_and_lists_on_their_lines_are_left_alone(lint, text):
    assert _items(lint, text) == []
