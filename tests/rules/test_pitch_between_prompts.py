"""NL342 on the rest of a membership pitch box between two prompts, or after the last to the body's end: the line that
opens its list, the list items and a line about the subscribers' gift, which name no cue of their own; the story
between two prompts or after the last stays."""

from rule_texts import LATER, MORE, PROSE, found

PAYWALL = "To read the whole story, please subscribe to the Daily Example. You can choose a yearly plan or a day pass."
JOIN = ("When you join the Daily Example, you'll get unlimited digital access to reporting on the valley that you "
        "will not find anywhere else.")
LOGIN = "If you are already a subscriber, you can sign in now to read the rest of this story."
LIST_LINE = "Become a member today and get:"
ITEMS = ["— Early access to our investigations", "—\u00a0Weekly notes from the newsroom",
         "— Invitations to members' evenings"]
GIFT = "New subscribers also receive a tote bag made by local weavers!"


def test_the_list_and_the_gift_line_between_two_prompts_are_reported(lint):
    box = [LIST_LINE, *ITEMS, GIFT]
    findings = found(lint, "NL342", PROSE, PAYWALL, JOIN, *box, LOGIN)
    assert all(part in findings for part in [*ITEMS, GIFT])


def test_a_list_flattened_into_one_line_between_prompts_is_reported(lint):
    flat = LIST_LINE + " " + " ".join(ITEMS)
    assert flat in found(lint, "NL342", PROSE, JOIN, flat, GIFT, LOGIN)


def test_the_story_between_two_prompts_stays(lint):
    """A paragraph of the story between the prompts (no list, no cue, not addressing the reader) keeps the rest."""
    findings = found(lint, "NL342", PROSE, PAYWALL, MORE, GIFT, LOGIN, LATER)
    assert MORE not in findings and GIFT not in findings


def test_reported_speech_between_prompts_stays(lint):
    speech = "The editor said new members would also receive a tote bag made by local weavers."
    assert speech not in found(lint, "NL342", PROSE, PAYWALL, speech, LOGIN)


def test_a_story_list_between_far_apart_prompts_stays(lint):
    """More than eight paragraphs between two prompts are the story, list or not."""
    story = [f"— Item {n} of the council's plan for the new bridge" for n in range(1, 10)]
    findings = found(lint, "NL342", PROSE, PAYWALL, *story, LOGIN)
    assert not set(story) & set(findings)


def test_edited_lists_without_prompts_stay(lint):
    items = ["— The bridge will close for three weeks in May", "— Buses will run every ten minutes"]
    assert found(lint, "NL342", PROSE, "The council said:", *items, MORE) == []


def test_the_box_after_the_last_prompt_to_the_bodys_end_is_reported(lint):
    box = [LIST_LINE, *ITEMS, GIFT]
    findings = found(lint, "NL342", PROSE, MORE, JOIN, *box)
    assert all(part in findings for part in box)


def test_the_story_after_the_last_prompt_keeps_the_rest(lint):
    """A paragraph of the story after the prompt (the prompt stood inside the story), or more than eight paragraphs
    after it, keep the lines after the prompt."""
    findings = found(lint, "NL342", PROSE, JOIN, *ITEMS, LATER)
    assert not set(ITEMS) & set(findings)
    story = [f"— Item {n} of the council's plan for the new bridge" for n in range(1, 10)]
    assert not set(story) & set(found(lint, "NL342", PROSE, JOIN, *story))
