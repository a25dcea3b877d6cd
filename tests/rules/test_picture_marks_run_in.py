"""NL317: in a one-line page, a sentence that points at its picture ('(pictured)', '(left)', '(from left to right)',
'(file photo)') is a caption run into the text; the same brackets in a story of ordinary paragraphs, and brackets that
point at nothing, stay silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import flattened



@pytest.mark.parametrize("caption, reported", [
    ("Council leader Jane Doe (pictured) was among those who backed the plan.",
     "Council leader Jane Doe (pictured)"),
    ("The new bridge (left) and the old ferry (right) on the river in the spring.", "The new bridge (left)"),
    ("Jane Doe (from left to right), John Roe and Sam Poe at the opening of the hall",
     "Jane Doe (from left to right)"),
    ("Flood barriers could be breached by a storm surge (file photo) The agency said", "(file photo)"),
])
def test_a_sentence_pointing_at_its_picture_in_a_flattened_page(lint, caption, reported):
    assert any(seam.endswith(reported) for seam in shown(lint, flattened(caption, copies=5), "NL317"))


@pytest.mark.parametrize("text", [
    # a story of ordinary paragraphs: a caption line there is NL312's, and the brackets may be the story's
    "Council leader Jane Doe (pictured) was among those who backed the plan.\n\n"
    "The vote was held on Monday night after a long debate about the cost of the bridge.\n",
    # brackets in a flattened page that point at nothing
    flattened("The party's candidates (left to the last minute) were chosen on Monday (see the list).", copies=5),
])
def test_brackets_that_are_no_caption_stay_silent(lint, text):
    assert not [seam for seam in shown(lint, text, "NL317") if ")" in seam]


# the story's sentence a caption runs into
NEXT_SENTENCE = (" The club said the result was the best of the season so far for its young side, and the coach praised "
                 "the way the team had kept going in the rain.")


# a caption that opens with its subject and a picture's present-tense verb, then runs on into the next sentence
# without its stop, as agency, stock and house captions print them
@pytest.mark.parametrize("caption, reported", [
    ("Defender Sam Poe of Harbour Rovers celebrates after scoring the second goal against Millbrook Town",
     "Defender Sam Poe of Harbour Rovers celebrates"),  # a sports desk's caption
    ("Harbour Rovers manager John Roe looks on from the touchline during the second half at Valley Park",
     "Harbour Rovers manager John Roe looks on"),
    ("Mayor Jane Doe speaks during a news conference at City Hall in Springfield on Thursday",
     "Mayor Jane Doe speaks during"),  # the wire agencies' style
    ("Rescue workers react as the last of the passengers is brought ashore at the harbour in Westport",
     "Rescue workers react"),
    ("The singer poses for photographers on the red carpet at the premiere of her new film in Leicester Square",
     "The singer poses for"),  # a picture library's style
    ("A replica of the old lighthouse is displayed during the opening of the museum on the quay",
     "A replica of the old lighthouse is displayed"),
    ("Midfielder Tom Roe in action against Millbrook Town at Valley Park on Saturday afternoon",
     "Midfielder Tom Roe in action"),
    # after another caption (or a sentence) that lost its stop: the capitalised subject starts after the seam
    ("Sam Poe scored late on to deny his old club victory Substitute Tom Roe celebrates after coming on to give the "
     "visitors the lead", "Substitute Tom Roe celebrates"),
    ("The new stand at Valley Park was opened on the morning of the match Harbour Rovers warm up before the "
     "kick-off", "Harbour Rovers warm up"),
])
def test_a_caption_with_a_pictures_present_tense_verb_run_into_a_flattened_page(lint, caption, reported):
    text = flattened(caption + NEXT_SENTENCE, copies=5)
    assert reported in shown(lint, text, "NL317")


@pytest.mark.parametrize("sentence", [
    # a name after a word that leads into it, and a subject after a name's small word
    "The crowd stood and cheered as Sam Poe celebrates his goal, and the band played on.",
    "The mayor watched the fans of Harbour Rovers celebrate their win from the town hall steps.",
    # the same verbs in a story's own sentences, each with its stop or too far into its sentence for a caption
    "The club celebrates its hundredth year this summer with a match against its oldest rivals.",
    "The virus poses a risk to older people, doctors said.",
    "The mayor arrives in the city on Monday, her office said, and is expected to meet the council before she "
    "travels on to the coast for the opening of the new harbour wall and a visit to the lifeboat station there.",
    "Officials at the county council, which has run the service since it was founded in the spring of the year "
    "after the war, say the plan is pictured in the report that the board will read on Tuesday.",
])
def test_a_pictures_verb_in_a_story_sentence_is_no_caption(lint, sentence):
    text = flattened(sentence, copies=5)
    assert not [seam for seam in shown(lint, text, "NL317") if seam.startswith(sentence[:12])]


def test_a_caption_verb_in_a_story_of_ordinary_paragraphs_stays_silent(lint):
    text = ("Defender Sam Poe of Harbour Rovers celebrates after scoring the second goal against Millbrook Town The "
            "club said the result was the best of the season so far.\n\nThe vote was held on Monday night.\n")
    assert not [seam for seam in shown(lint, text, "NL317") if "celebrates" in seam]
