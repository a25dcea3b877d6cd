"""NL316: a site's 'For all the latest … see our … page' prompt glued into a flattened page; a story sentence that
opens the same way but names nothing of the site, or is quoted, stays silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import SPACED


def _flattened(sentence: str) -> str:
    return SPACED * 5 + "The deal was agreed, the chairman added." + sentence + " " + SPACED * 5


@pytest.mark.parametrize("prompt", [
    "For all the latest signings see our dedicated transfers page.",
    "For the latest scores and results visit our live football page.",
])
def test_a_latest_news_prompt_glued_into_a_flattened_page(lint, prompt):
    assert prompt in shown(lint, _flattened(prompt), "NL316")


@pytest.mark.parametrize("sentence", [
    "For the latest quarter, the company reported a loss of two million pounds.",
    '"For all the latest gossip you have to read our page," the actor joked.',
])
def test_a_story_sentence_that_opens_the_same_way_stays_silent(lint, sentence):
    assert shown(lint, _flattened(sentence), "NL316") == []
