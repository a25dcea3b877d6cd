"""NL103: a name glued to the function word after it, as when link text lost its space ('told Reutersthat the'),
found by the page's own evidence (the name alone elsewhere, the whole never); and the names that end in such a word.
Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="Council weighs the road plan"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "found"), [
    (article("The mayor told Reutersthat the plan was sound.", "Reuters first reported the plan in May."),
     ["Reutersthat"]),
    (article("A spokesman for Valecorpsaid the road would open in May.", "Valecorp builds roads in the county.",
             "The plan was backed by Valecorpand two other firms."), ["Valecorpsaid", "Valecorpand"]),
])
def test_nl103_finds_a_name_glued_to_a_function_word(lint, text, found):
    assert shown(lint, text, "NL103") == found


@pytest.mark.parametrize("text", [
    # names that end in a function word, whose first part the page does not use alone
    article("The attorney Cody Pitland said the plan was sound.", "Finding Neverland played at the Mitterand hall."),
    # the whole used twice: a name, not glue
    article("The Tarrand family said the plan was sound.", "Tarrand and his sister own the farm by the Tarr river."),
    # a handle, a hashtag, a path
    article("Follow @Reutersthat or #Reutersthat on reuters.com/Reutersthat for Reuters news."),
    # properly spaced text
    article("The mayor told Reuters that the plan was sound.", "Reuters first reported the plan in May."),
])
def test_nl103_leaves_names_ending_in_a_function_word_alone(lint, text):
    assert shown(lint, text, "NL103") == []
