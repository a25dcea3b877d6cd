"""NL317: a linking adverb with its comma ('However,', 'Elsewhere,', 'Overall,') written with a capital after a word
without a stop opens a sentence, so a caption or heading ran into it ('…defeat in Dover However, after…'); the same
adverbs inside a sentence are written in lower case and stay silent, as do titles. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import flattened



@pytest.mark.parametrize("run_in, reported", [
    # a caption ending on a name (a place, a club) before the story's next sentence
    ("The skipper looks on after watching his team fall to defeat in Dover However, after the last whistle",
     "Dover However"),
    ("Town scored twice in the 2-0 win over Rovers Elsewhere, United extended their run to six games with",
     "Rovers Elsewhere"),
    # a caption ending on a lower-case word
    ("The survey compared the cost of living in a range of towns Overall, the city came third with",
     "towns Overall"),
    ("The keeper watches as the ball rolls past him into the net Of course, the manager later said",
     "net Of"),
])
def test_a_linking_adverb_after_a_caption_without_its_stop(lint, run_in, reported):
    assert reported in shown(lint, flattened(run_in + " the plan.", copies=5), "NL317")


def test_a_lost_stop_before_a_linking_adverb_in_edited_copy(lint):
    """Not only in a flattened page: a capital 'However,' after a word is a sentence whose stop was lost."""
    text = ("The airline sought a merger with a rival carrier based in the north of the country last year However, "
            "the deal was blocked by the regulator after a long inquiry into the fares that passengers paid on the "
            "busiest routes between the two capitals.\n\n"
            "Shares fell by 3% on the news.\n")
    assert shown(lint, text, "NL317") == ["year However"]


@pytest.mark.parametrize("sentence", [
    # the adverb in lower case inside a sentence
    "The council said the plan would, however, take two more years to finish because of the costs with",
    "The band played the old songs and, meanwhile, the crowd sang along in the rain outside with",
    # a capitalised adverb after a stop, or after a word that leads into a name or a title
    "The council met on Monday. However, the vote was put off until the spring because of the costs with",
    "The choir will sing a song called However, Wherever at the opening of the new hall in the spring with",
    # without the comma: a title or a name
    "Fans of the film Meanwhile Back at the Ranch queued outside the cinema for the first screening with",
])
def test_the_same_adverbs_inside_a_sentence_or_a_title_stay_silent(lint, sentence):
    assert not [seam for seam in shown(lint, flattened(sentence + " the plan.", copies=5), "NL317")
                if seam.split()[-1] in {"However", "Meanwhile"}]
