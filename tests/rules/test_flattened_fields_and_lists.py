"""NL110: a box's lines run into one line — labelled fields with nothing between them (a profile, a candidate box, a
spec list, a recipe card, a statistics box, a transfer table) and a list of names joined into one run — and the
edited text of the same look it leaves alone. Every text is made up."""

from __future__ import annotations

import pytest

from conftest import shown
from rule_texts import article

STORY = "The club confirmed the signing on Friday afternoon."

RUN_TOGETHER = {
    "a player profile": "Born: 12 March 1991 (Leeds) Position: Midfielder Clubs: Leeds, Hull, Stoke Caps: 23",
    "an election candidate box": "Party: Green Party Age: 52 Occupation: Primary school teacher Lives: Bristol",
    "a product's spec list": "Price: £299 Screen: 6.1in OLED Battery: 4,000mAh Weight: 172g",
    "a recipe card": "Serves: 4 Prep time: 15 minutes Cook time: 40 minutes",
    "a match facts box": "Venue: Riverside Stadium Kick-off: 3pm Referee: Ann Doe (Durham)",
    "a statistics box glued at its counts": "Most goals: Kane (21) Salah (19), Son (17),Most assists: Bell (9) Hart "
                                            "(8)Clean sheets: Pope (12), Ward (10)",
    "a transfer table glued at its colons": "In:Jo Bell (Town)Out:Sam Kay (City)Loan:Tom Fry (Rovers)",
}


@pytest.mark.parametrize("box", RUN_TOGETHER.values(), ids=RUN_TOGETHER.keys())
def test_labelled_fields_run_into_one_line(lint, box):
    [found] = shown(lint, article(f"{STORY} {box} The fee was not disclosed."), "NL110")
    last_label = box[:box.rindex(":") + 1]
    assert box.startswith(found) and found.startswith(last_label)  # from the first label into the last value


def test_a_box_run_into_the_start_of_a_paragraph_glued_to_a_stop(lint):
    [found] = shown(lint, article("Tickets sold out in an hour.Date: 4 May Venue: Town Hall Doors: 7pm Entry is by "
                                  "ticket only."), "NL110")
    assert found == "Date: 4 May Venue: Town Hall Doors: 7pm"


NAMES = ("Ann Ash Ben Birch, writer Cara Cole, University of Leeds Dan Drew Eve Ellis, poet Finn Ford Gail Grant, "
         "historian Hal Hunt Ida Ives, Northern Arts Trust Jon Judd Kay King, author Len Lord Mia Moss, City College "
         "Ned Nash Ola Ory, critic Pat Penn Rae Ross, Riverside Theatre Sam Shaw Tia Todd, editor Uma Unwin")


def test_a_list_of_signatories_joined_into_one_run(lint):
    [found] = shown(lint, article(f"The letter was signed by more than a hundred people. {NAMES}"), "NL110")
    assert found.startswith("Ann Ash") and found.endswith("Uma Unwin")


LEFT_ALONE = {
    "fields an editor set out inline with semicolons": "Age: 43; born: Leeds; job: teacher.",
    "fields set out with commas": "Price: £299, Screen: 6.1in, Battery: 4,000mAh, Weight: 172g.",
    "fields set out with bars": "Price: £299 | Screen: 6.1in | Battery: 4,000mAh",
    "an interview's questions and answers": "Q: What did you learn? A: That patience pays. Q: Would you go back? "
                                            "A: Yes, tomorrow.",
    "quotations after colons": 'Smith said: "We won." Jones replied: "Not yet." Brown added: "Wait and see."',
    "times, scores and ratios": "Kick-off is at 15:30, the odds were 5:1 at 10:45 and the final score was 3:2.",
    "a quoted headline": 'The front page read: "Town Hall Plans Scrapped: Council Admits Defeat" on Monday.',
    "two fields and a sentence": "Venue: Riverside Stadium Kick-off: 3pm. Tickets are still on sale: call the club.",
    "a sentence listing names with commas": (
        "The shortlist is Ann Ash, Ben Birch, Cara Cole, Dan Drew, Eve Ellis, Finn Ford, Gail Grant, Hal Hunt, "
        "Ida Ives, Jon Judd, Kay King, Len Lord, Mia Moss, Ned Nash, Ola Ory, Pat Penn, Rae Ross, Sam Shaw and "
        "Tia Todd, with Uma Unwin and Val Vane in reserve."),
    "a title-case organisation name at a sentence's start": (
        "Royal Bank of Scotland Group Chief Executive Ross McEwan said the Edinburgh Business School Annual Lecture "
        "would go ahead. The Scottish National Party and the Liberal Democrats of North East Fife welcomed it, and "
        "the Royal Society of Edinburgh Young Academy said so too."),
}


@pytest.mark.parametrize("text", LEFT_ALONE.values(), ids=LEFT_ALONE.keys())
def test_edited_text_of_the_same_look(lint, text):
    assert shown(lint, article(f"{STORY} {text}"), "NL110") == []


def test_a_box_set_out_one_field_a_line_is_left_alone(lint):
    box = "Age: 43\nBorn: Leeds\nJob: Chief executive of the trust\nLives: Harrogate"
    assert shown(lint, article(STORY, box, "She said she was delighted."), "NL110") == []

