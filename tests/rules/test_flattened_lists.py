"""NL102 and NL103: the items of a list or table flattened into one line, glued at their seams: a name's bracketed count
glued to the next row ('Lee (8)Highest score', 'Moss (249),Most sixes'), a date's month glued to the next line
('25 AprilRiverside Rovers'), a word the article uses on its own glued to a full name that starts a sentence
('Northern TigersAnn Lee is with'); and what must pass. Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="League statistics"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "code", "found"), [
    (article("Leading run-scorers:  Ann Lee (294) Bea Moss (267), Cat Park (249),Most sixes:  Ann Lee (12) Bea Moss "
             "(12), Dee Quinn (8)Highest score in an innings: Eve Rowe (108), Fay Shaw (90*)Most wickets: Gil "
             "Tate (9)"),
     "NL103", [",Most", "8)Highest", ")Most"]),
    (article("Fixtures and results:Monday, 25 AprilRiverside Rovers v Northern TigersTuesday, 26 AprilHill Town v "
             "Lake City"), "NL102", ["AprilRiverside", "TigersTuesday", "AprilHill"]),
    # in every row of a fixture list, the same seam more than once
    (article("Fixtures:Monday, 2 MayHill Town v Lake CityTuesday, 3 MayRiverside Rovers v Hill TownFriday, 6 MayHill "
             "Town v Northern Tigers"), "NL102", ["MayHill", "CityTuesday", "MayRiverside", "TownFriday", "MayHill"]),
    (article("Four players from the club take part:Ann Lee will play for Northern TigersJan Kowal is with Riverside "
             "RoversPia Berg plays for Lake City.", "The Northern Tigers won the title last year, and Riverside Rovers "
             "were second."), "NL102", ["TigersJan", "RoversPia"]),
    (article("Officials said the attack was the worst this year in the capital and blamed the rebelsPresident Ana "
             "Costa said the attack would not go unpunished.", "The rebels denied it."), "NL102", ["rebelsPresident"]),
])
def test_glued_items_of_a_flattened_list_are_found(lint, text, code, found):
    assert shown(lint, text, code) == found


@pytest.mark.parametrize(("text", "code"), [
    # an enumeration's item numbers, a smiley, a count in brackets followed by a space
    (article("The rules:(1)The first clause applies.(2)The second one does not."), "NL103"),
    (article("Ann Lee (8) Highest score in an innings, Bea Moss (12), Cat Park (9)."), "NL103"),
    (article("See the note (a),Main Road is closed. Call 9-10,Main Road for help."), "NL103"),
    # camel-case names and brands before a full name
    (article("The YouTube Music team said it was pleased.", "You can watch it on YouTube Music now."), "NL102"),
    (article("PlayStation Network users said the service was down.", "Play resumed later."), "NL102"),
    (article("LeBron James said he would play.", "The McDonald family were told on 5 May."), "NL102"),
])
def test_names_and_lists_that_are_no_glue_pass(lint, text, code):
    assert shown(lint, text, code) == []
