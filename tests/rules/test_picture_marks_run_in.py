"""NL317: in a one-line page, a sentence that points at its picture ('(pictured)', '(left)', '(from left to right)',
'(file photo)') is a caption run into the text; the same brackets in a story of ordinary paragraphs, and brackets that
point at nothing, stay silent. So is a caption of a name and a present-tense verb, whose compiled pre-test
(``_speedups.c``, block 42e) is held to its twin ``run_in._python_named_verb_starts`` and to the search it narrows.
Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import natural_files, shown
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_texts import SPACED, flattened
from test_native import compiled, needs_compiled

from newslint import captions
from newslint.rules.boilerplate import run_in



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


# in a page flattened onto one line, a caption that opens a sentence with its subject's names and a present-tense verb
# of any kind, then the verb's object or particle, and runs on into the next sentence without its stop
@pytest.mark.parametrize("caption, reported", [
    ("Tom Roe unleashes a low shot past the keeper in the derby at Valley Park", "Tom Roe unleashes"),
    ("Harbour Rovers' Sam Poe brings down Millbrook winger Al Kay on the edge of the box",
     "Harbour Rovers' Sam Poe brings"),
    ("Jane Doe of Westport earns the visitors a point with a late header from a corner", "Jane Doe of Westport earns"),
])
def test_a_caption_with_any_present_tense_verb_run_into_a_one_line_page(lint, caption, reported):
    text = flattened(caption + NEXT_SENTENCE, copies=5)
    assert reported in shown(lint, text, "NL317")


LONG_SENTENCE = (" the new stand at the ground, and the club said the work would go on through the winter so that "
                 "the seats could be ready for the first match of the next season at home.")


@pytest.mark.parametrize("sentence", [
    "Club chairman Tom Roe says the bridge" + LONG_SENTENCE,  # a story's present tense of speech
    "Club chairman Tom Roe likes to walk past" + LONG_SENTENCE,  # a verb before another verb
    "Two days after the vote the council opened" + LONG_SENTENCE,  # a count, not a subject's name
    "The Rovers fans watch the opening of" + LONG_SENTENCE,  # a sentence's opener, not a name
    "Club chairman Tom Roe opens the new stand today.",  # a sentence of ordinary length, with its stop
])
def test_a_present_tense_verb_in_a_story_sentence_is_no_caption(lint, sentence):
    text = flattened(sentence, copies=5)
    assert not [seam for seam in shown(lint, text, "NL317") if seam.startswith(sentence[:12])]


RUNS_ON = ("Tom Roe runs the bakery on the corner of the harbour road where most mornings he opens before six so "
           "that the fishermen can buy bread and coffee before they go out on the first tide")


def test_any_present_tense_verb_is_asked_only_of_a_page_on_one_line(lint):
    # a long paragraph beside others (an extractor's output that kept its breaks): a story may run on in the present
    run_in = RUNS_ON + " The harbour master said the boats would be back by noon."
    text = "Title\n\n" + flattened(run_in, copies=5) + "\n\n" + "\n\n".join([SPACED * 5] * 3) + "\n"
    assert not [seam for seam in shown(lint, text, "NL317") if seam.startswith("Tom Roe")]
    assert [seam for seam in shown(lint, flattened(run_in, copies=5), "NL317") if seam.startswith("Tom Roe")]


def test_any_present_tense_verb_is_asked_only_where_another_caption_was_found(lint):
    # captions come in runs: a page with no other seam is not searched (a story's long sentence in the present)
    text = flattened(RUNS_ON + ", and the harbour master said the boats would be back by noon.", copies=5)
    assert shown(lint, text, "NL317") == []


def _named_verb_captions_the_long_way(text: str) -> list[tuple[int, int]]:
    """41d's search: ``_NAMED_VERB`` tried after every ". " whose piece holds a sentence's length of spaces."""
    found, start = [], 0
    for piece in text.split(". "):
        if start and piece.count(" ") >= captions.MIN_RUN_WORDS and (match := run_in._NAMED_VERB.match(text, start)) \
                and match.group(2) not in run_in._NOT_A_VERB \
                and match.group(1).split(" ", 1)[0] not in run_in._NOT_A_SUBJECT \
                and run_in._runs_on(text, start, match.end(2)):
            found.append((start, match.end(2)))
        start += len(piece) + 2
    return found


def same_starts(text: str, spaces: int = captions.MIN_RUN_WORDS) -> None:
    assert compiled.named_verb_starts(text, spaces) == run_in._python_named_verb_starts(text, spaces), text


def test_the_pre_test_keeps_every_caption_of_the_long_way():
    texts = [flattened(caption + NEXT_SENTENCE, copies=5) for caption in (
        "Tom Roe unleashes a low shot past the keeper in the derby at Valley Park",
        "Jane Doe of Westport earns the visitors a point with a late header from a corner",
        "Ann van Dam of Harbour Rovers leads the parade through the old town on the first day")]
    for text in (*texts, flattened(RUNS_ON + ". " + RUNS_ON + ".", copies=2)):
        assert list(run_in._named_verb_captions(text)) == _named_verb_captions_the_long_way(text)
    assert all(list(run_in._named_verb_captions(text)) for text in texts)


@needs_compiled
def test_the_compiled_pre_test_is_in_use() -> None:
    assert run_in._named_verb_starts is compiled.named_verb_starts


@needs_compiled
@pytest.mark.parametrize("text", [
    "", ".", ". ", ". . ", "x. A", "x. Ab cds", "x. Ab of cds d", "x. Ab Cd De Ef Fg Gh Hi Ij jks x",
    "x. Ab Cd De Ef Fg Gh Hi Ij Jk kls x", "x. Ab  runs x", "x. Ab van and de runs", "x. Ab ands x. Cd dogs. Ef",
    "x.. Ab runs x", "x. Éb runs x", "x. Ab émus x", "x. Ab runs 😀. Cd runs", "x.\u00a0Ab runs x", "x. Ab run",
    "x. Ab runs", "x. Ab ofs x", "x. Ab Runs", "x. Ab 9s runs",
])
def test_pre_test_edge_cases(text: str) -> None:
    for spaces in (0, 1, 2, 3, 36):
        same_starts(text, spaces)
        same_starts("é" + text, spaces)
        same_starts("😀" + text, spaces)


NAMED_PIECES = st.sampled_from([" ", ". ", ".", "A", "Ab", "of", "de", "van", "and", "runs", "run", "s", "x", "é",
                                "😀", "Ofs", "\u00a0"])


@needs_compiled
@settings(max_examples=2000, deadline=None)
@given(st.lists(NAMED_PIECES, max_size=40).map("".join), st.integers(0, 6))
def test_pre_test_on_drawn_strings(text: str, spaces: int) -> None:
    same_starts(text, spaces)


def test_the_corpus_pages_find_what_the_long_way_finds() -> None:
    for path in natural_files(("scraped", "bbc"), 250):
        text = path.read_text(encoding="utf-8")
        if compiled is not None:
            same_starts(text)
        assert list(run_in._named_verb_captions(text)) == _named_verb_captions_the_long_way(text)
