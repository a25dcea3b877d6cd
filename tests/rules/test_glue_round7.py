"""NL102 glued words and NL103 glued sentences (issue 12, round seven): numbers run into words in a flattened fact
box, a stop glued to a date or a thousands figure, a rank or initials after a stop, an opening quote before 'I', and
the one-word names and brands that must pass.

Every text here is made up; none is corpus text.
"""

from __future__ import annotations

import pytest
from conftest import shown


def article(*paragraphs, title="Council budget agreed"):
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(("text", "words"), [
    # a fact box whose lines lost their breaks: a number glued to the word after it, or a word to the number after it
    ("The new plant will be large.Key figures: 4,200builders on site at peak3,000km of pipes laid in "
     "trenches120,000 tonnes of concrete2.4m cubic metres of soil moved.",
     ["4,200builders", "peak3,000km", "trenches120,000", "concrete2.4m"]),
    ("There are now more than 11,500doctors working in the region, the report said.", ["11,500doctors"]),
])
def test_nl102_finds_numbers_glued_to_words(lint, text, words):
    assert shown(lint, article(text), "NL102") == words


@pytest.mark.parametrize("text", [
    "Fans can stream the album as mp3 files or on a covid19 tracker site, and python3.8 is required.",
    "The 1,000th visitor came from 5,000km away; the route is 2,000kcal and 12,000mph in the game.",
    "Install version2.0 or the win10 update, then pay 1,000,000 dollars for 5.6m shares in the firm.",
    "The firm sold 3,500 homes, up from 2,900 last year, and 4.5m people now use the service.",
])
def test_nl102_leaves_codes_units_and_spaced_numbers_alone(lint, text):
    assert shown(lint, article(text), "NL102") == []


def test_nl102_fix_inserts_the_space_between_number_and_word(fixed):
    text = article("The site employs staff. Key facts: 2,500engineers on site at peak.")
    assert fixed(text, ["NL102"]) == text.replace("2,500engineers", "2,500 engineers")


@pytest.mark.parametrize("text", [
    # camel-case names and brands written as one word, also where the article uses their parts on their own
    "The singer LeeAnne Rimes met Lee Hall and Anne Baxter backstage before the show.",
    "The site runs a theme by tagDiv. Its iPhone and eBay apps, PowerPoint slides and YouTube clips all loaded.",
    "Mayor Ron DeSantis flew from LaGuardia to meet McDonald staff and GlaxoSmithKline chemists using JavaScript.",
    "Power cuts hit the city. Point of sale units from PowerPoint Systems use Power and Point kits.",
])
def test_nl102_leaves_camel_case_names_alone(lint, text):
    assert shown(lint, article(text), "NL102") == []


def test_nl102_splits_a_heading_glued_to_let_us_but_not_a_brand(lint):
    text = article("Readers can write to the Museum of Packaging and AdvertisingLet us know what you think.",
                   "The OutLet store and the PlayLet shop opened at the mall on Monday.")
    assert shown(lint, text, "NL102") == ["AdvertisingLet"]


def test_nl102_still_splits_a_short_lower_case_word_glued_before_a_sentence(lint):
    text = article("The crowd watched the sky.It was the sight of the skyThe crowd had waited for all week long.")
    assert "skyThe" in shown(lint, text, "NL102")


@pytest.mark.parametrize(("text", "junction"), [
    ("The club agreed the move.The side has moved to Mill Road.14 May - the club stay up on the final day.",
     "Road.14 May"),
    # looked for only in a paragraph where another junction shows glue ('agreed.Delays')
    ("The plan was agreed.Delays could damage the company itself.5,600 staff work on the site.", "itself.5,600"),
    ("The hearing will take place two days later.PC Jane Ross said the inquiry was over.", "later.PC"),
    ("The shop held a stock of 12,000.AB Hamid was an early collector of the prints.", "12,000.AB"),
    ('The clip is not supported on this phone"I\'m going to get back on a bike," she said.', 'phone"I'),
    # a name of letters and a number ends the sentence; a speaker's colon glued to a quotation naming the club
    ("The site honours those who died during WW2.The project runs for four years.", "WW2.The"),
    ('The home coach Ann Reid:"Rovers took their chances well." Rovers won the game.', 'Reid:"Rovers'),
])
def test_nl103_finds_new_glued_junctions(lint, text, junction):
    assert junction in shown(lint, article(text), "NL103")


@pytest.mark.parametrize("text", [
    "See Fig.26 April for the chart and No.1 June for the table.",
    "The value of pi is 3.14159 and the score was 2.1,000 fans cheered.",
    "The file is at www.example.26 May and the code is v.2 in the manual.",
    "The team signed the player.JM and co-workers watched.",
    'Screen sizes of 55"I and 65"I are sold by the shop, a spokesman said.',
    "Shares of BHP.AX fell and the A4.pdf file was sent by the G20.org site.",
])
def test_nl103_leaves_figures_codes_and_initials_alone(lint, text):
    assert shown(lint, article(text), "NL103") == []


@pytest.mark.parametrize("text", ["peak3,000km", "concrete2.4m", "4,200builders", "mp3 and 5,000 km", "abc1,000",
                                  "word12.5 and 1,200abc", "ÿpeak3,000"])
def test_the_number_shape_agrees_with_its_byte_twin_and_covers_the_scan(text):
    from newslint.rules.extraction import glue

    shapes = glue._glue_shapes(text)
    assert shapes == glue._glue_shapes_of(glue._shape(text))
    assert shapes & 32 or not glue._GLUED_NUMBER.search(text)  # the shape is a superset of what the scan finds
