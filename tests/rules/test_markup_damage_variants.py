"""Damage that stripped markup leaves, written as other sites' templates leave it (a link's or an emphasis's text
glued to the next word, a heading glued to its paragraph, a dateline in capitals glued to the story, a figure glued
to its word, a full stop where an inline element was, a page read in the wrong code page), each inside a made-up
story: the damaged place must be reported. Beside them, clean text of the kinds these rules die on. Every text is
made up."""

from __future__ import annotations

import pytest
from rule_texts import LAST, LATER, MORE, PROSE, article

from newslint.api import make_linter

_EXTRACTION = ["NL101", "NL102", "NL103", "NL104", "NL105", "NL106", "NL107", "NL108", "NL109"]
_SELECTED = _EXTRACTION + ["NL401", "NL402", "NL404"]


@pytest.fixture(scope="module")
def linter():
    return make_linter(select=_SELECTED)


def _found_at(linter, damaged: str, wanted: str) -> list[str]:
    """The codes of the findings that cover ``wanted`` in ``damaged``, set among clean paragraphs."""
    text = article(PROSE, MORE, damaged, LATER, LAST)
    start = text.index(damaged) + damaged.index(wanted)
    end = start + len(wanted)
    return [d.code for d in linter.lint_text(text) if d.start < end and d.end > start]


GLUED = [
    # a link's text glued to the word after it, or the word before it glued to a link
    ("The full report is available on the agency websitefrom Monday morning.", "websitefrom"),
    ("She told reporters that the decision wasvery disappointing for the families involved.", "wasvery"),
    ("He described the plan as anabsolutely necessary step for the region.", "anabsolutely"),
    ("The minister said the budget wouldnot include new taxes on fuel this year.", "wouldnot"),
    ("Police said the suspect had beenarrested near the station late on Friday.", "beenarrested"),
    ("Voters in the district will choose a new mayorin the election next month.", "mayorin"),
    ("The storm brought heavy rainand strong winds to coastal towns overnight.", "rainand"),
    ("Residents were told to contact the helplineif they had any concerns about the works.", "helplineif"),
    ("The museum will reopen to visitorsafter a long renovation of its main hall.", "visitorsafter"),
    ("The report found that housing costshad risen faster than wages in every region.", "costshad"),
    ("The mayor met residents who were angry about the closureafter the meeting ended.", "closureafter"),
    ("Tickets sold out within an hourwhich surprised even the organisers.", "hourwhich"),
    ("The school said pupils could return once the repairshad been completed.", "repairshad"),
    ("The decision was welcomed byPrime Minister Jane Smith on Thursday evening.", "byPrime"),
    ("Speaking to reporters inBrussels, the minister said talks would continue.", "inBrussels"),
    ("The company's shares fell after theFinancial Times reported the deal had collapsed.", "theFinancial"),
    # emphasis that lost its spaces
    ("The coach said the team was veryproud of how the players had responded.", "veryproud"),
    ("It was, she said, absolutelythe wrong decision for the town.", "absolutelythe"),
    # a heading glued to the first word of its paragraph
    ("ConclusionThe inquiry found no evidence that the rules had been broken.", "ConclusionThe"),
    ("BackgroundThe dispute between the two firms began more than a decade ago.", "BackgroundThe"),
    ("What happens nextThe council will vote on the proposal at its next meeting.", "nextThe"),
    ("Key findingsMost respondents said they would support the new scheme.", "findingsMost"),
    ("Why it mattersThe decision could affect thousands of renters in the city.", "mattersThe"),
    ("Related coverageOfficials have been criticised for the slow response.", "coverageOfficials"),
    # a dateline in capitals glued to the story
    ("LONDONThe government announced new measures to curb energy prices on Tuesday.", "LONDONThe"),
    ("WASHINGTONLawmakers reached a deal late on Wednesday to avoid a shutdown.", "WASHINGTONLawmakers"),
    ("NAIROBIKenyan officials said the vaccine rollout would begin next week.", "NAIROBIKenyan"),
    ("ROMEItalian police arrested two men suspected of stealing the painting.", "ROMEItalian"),
    ("MANILAPhilippine officials said the typhoon had weakened overnight.", "MANILAPhilippine"),
    ("PARIS (Reuters)French unions called a national strike over pension reforms.", "Reuters)French"),
    # a figure glued to its word: a fact box's cell, a link's number
    ("Prices rose by 20percent in the year to March, the statistics office said.", "20percent"),
    ("The company employs about 450people at its plant near the river.", "450people"),
    ("The flight was delayed by 45minutes because of the fog at the airport.", "45minutes"),
    ("The storm left 3,000homes without power in the north of the county.", "3,000homes"),
    ("The firm said it would cut 1,200jobs over the next two years.", "1,200jobs"),
    ("The bill passed with 312votes in favour and 110 against on Thursday.", "312votes"),
    ("Around 8,000fans were expected at the stadium for the final.", "8,000fans"),
    ("The council approved 250homes on the old factory site last week.", "250homes"),
    ("The charity said 60volunteers had helped clear the beach over the weekend.", "60volunteers"),
    ("The airport's new terminal opened after 10years of planning, officials said.", "10years"),
    ("Only 3people turned up to the first meeting of the new residents' group.", "3people"),
    # list items glued to each other
    ("The plan includes new bus lanesMore cycle paths and longer opening hours for libraries.", "lanesMore"),
]

BROKEN = [
    # a full stop where an inline element (a link, a footnote, an image) was removed
    ("The decision was made by the. council after a long debate on Tuesday.", ". council"),
    ("She said she had spoken to the. minister about the problem several times.", ". minister"),
    ("The new rules, which come into force. next month, apply to all landlords.", ". next"),
    ("The company said in a statement that. it would appeal against the ruling.", ". it"),
    ("Police have appealed for. witnesses to come forward after the crash.", ". witnesses"),
    ("Residents of the. village said they had not been consulted about the plan.", ". village"),
]

MISREAD = [
    # UTF-8 read as cp1252, Latin-1 or Mac Roman, once or twice
    ("The mayorâ€™s office said the plan would be published next week.", "mayorâ€™s"),
    ("â€œWe are very pleased,â€ said the chairman of the club.", "â€œWe"),
    ("The cafÃ© on the corner has been open since 1998, its owner said.", "cafÃ©"),
    ("The price rose to Â£45 a ticket for the final concert of the season.", "Â£45"),
    ("Temperatures fell to â€“5C overnight in parts of the region.", "â€“5C"),
    ("The festival in SÃ£o Paulo drew more than a million visitors.", "SÃ£o"),
    ("The mayor said the city’s budget was â€˜balancedâ€™ for the first time.", "â€˜balancedâ€™"),
    ("The singer BeyoncÃƒÂ© will perform at the stadium in June, organisers said.", "BeyoncÃƒÂ©"),
    ("The company√≠s chief executive said profits would rise next year.", "company√≠s"),
    ("The Zurich-based firm said it would open an office in MÃ¼nchen next year.", "MÃ¼nchen"),
    ("The ministerÃ¢â‚¬â„¢s aides said the visit had been postponed.", "ministerÃ¢â‚¬â„¢s"),
    ("He said he was delighted with the resultâ€¦ and thanked his team.", "resultâ€¦"),
    ("The mayor&#8217;s office confirmed the closure on Friday afternoon.", "&#8217;"),
    # one single-byte code page read as another: a Mac page read as cp1252, a Windows page read as Mac Roman
    ("The exhibition at the museumÕs new wing opens on Saturday morning.", "museumÕs"),
    ("Officials said theyÕre confident the bridge will reopen by the summer.", "theyÕre"),
    ("The council said it wonít approve the plan until the survey is done.", "wonít"),
    ("The agency said it didnít have enough staff to answer every call.", "didnít"),
    ("The caf\u00c8 on the square reopened on Monday after the floods, its owner said.", "caf\u00c8"),
    ("The chef said the soup at the cafŽ was the most popular dish.", "cafŽ"),
    ("The minister said: ÒWe will not give up on this.Ó The talks continue.", "Ò"),
    ("ìWe are delighted with the outcome,î the spokeswoman said on Monday.", "ì"),
]


@pytest.mark.parametrize(("damaged", "wanted"), GLUED)
def test_glued_words_are_reported(linter, damaged, wanted):
    assert set(_found_at(linter, damaged, wanted)) & {"NL102", "NL103", "NL104"}, wanted


@pytest.mark.parametrize(("damaged", "wanted"), BROKEN)
def test_stray_full_stops_are_reported(linter, damaged, wanted):
    assert "NL105" in _found_at(linter, damaged, wanted), wanted


@pytest.mark.parametrize(("damaged", "wanted"), MISREAD)
def test_text_read_in_the_wrong_code_page_is_reported(linter, damaged, wanted):
    assert set(_found_at(linter, damaged, wanted)) & {"NL401", "NL402"}, wanted


CLEAN = [
    # names and words with accents in many languages, written correctly
    "Ms Ní Bhriain and Mr Ó Ceallaigh met the Taoiseach, Mícheál Martin, in Dublin on Monday.",
    "The singer Raúl Sánchez said the tour would visit São Paulo, Bogotá and the Mexican city of Mérida.",
    "The president spoke of the país and its people at the rally in Brasília on Sunday.",
    "María José García and Luís Figo attended the match in Lisbon on Sunday evening.",
    "The Italian minister said the city's piazza, known as la più bella, would be closed for repairs.",
    "The Estonian runner Õie Tamm finished ahead of the ÕISMÄE club in the relay.",
    "Voters in Zürich and Genève backed the plan, and the café owner in Montréal welcomed it.",
    "The band's album, Élan, was released on the French label Éditions Mécanique.",
    "The Icelandic footballer Hannes Þór Halldórsson saved a penalty against Argentina.",
    "The Catalan town of Lleida and the Portuguese city of Évora were named, and «Òmnium» held a march.",
    # brands, Scots and Irish names, codes, figures and units, abbreviations
    "The iPhone maker Apple and eBay said PayPal and WhatsApp users could pay at McDonald's.",
    "MacDonald and O'Neill scored for the visitors, while YouTube streamed the match live.",
    "The compound CO2 and the drug H2O2 were listed, along with product code XJ220 and the A320neo jet.",
    "The 1990s saw growth of 5% a year, and the 2020s began with a 10th anniversary on the 3rd of May.",
    "Police said 12 people were hurt in the crash at 5am on the M4 near junction 23.",
    "The programme cost £5million, the bank lost $2billion and the plan will run until 2030.",
    "The U.S. ambassador, Mr. Smith, spoke to reporters about the 20-something voters and 4x4 vehicles.",
    "The hashtag #50years and the handle @2020vision trended, and the page example.com/2023news went down.",
    "The ASEAN summit in HANOI was attended by leaders from NATO and the UN, the BBC reported.",
    "LONDON (Reuters) - The Harbour Bank lifted its lending rate on Thursday.",
    "Fans can text 4ever to the number, and the Mp3player app was rated by 3 users.",
    "The firm's shares, listed as AAPL and MSFT, rose on the NASDAQ as the FTSE 100 index fell.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_stays_clean(linter, text):
    found = article(PROSE, MORE, text, LATER, LAST)
    start = found.index(text)
    assert [d.code for d in linter.lint_text(found) if start <= d.start < start + len(text)] == []
