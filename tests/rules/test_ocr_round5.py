"""OCR round five: past tenses with an elided e (observ'd, conjoyn'd) are the print's spelling, not non-words;
a bracket that never closes before a word an s completes ((hall, (he) is a misread long s, and opens the gate.

Pages are written for these tests in the style of 17th–18th-century print run into one line; no corpus text
is copied.
"""

from __future__ import annotations

from newslint.ocr import gate
from newslint.ocr.analysis import _elided_past
from tests.rules.test_ocr_round4 import _suspects  # the page's suspects: {printed text: code}


def test_a_past_tense_with_its_e_elided_is_not_a_non_word():
    assert _elided_past("observ'd") and _elided_past("compos'd") and _elided_past("conjoyn'd")
    page = ("The Doctor observ’d the Humours of the Blood, and compos’d a Water of the Herbs conjoyn’d "
            "with Salt, which he gave the Patient every Morning.")
    assert not {"observ’d", "compos’d", "conjoyn’d"} & set(_suspects(page))


def test_a_misread_elided_past_tense_is_still_reported():
    assert not _elided_past("hou'd") and not _elided_past("produe'd") and not _elided_past("fhew'd")
    page = ("The Doctor observ’d the Humours of the Blood, and it was produe’d by a Water that he "
            "gave the Patient every Morning.")
    assert _suspects(page).get("produe’d") == "NL704"


def test_a_bracket_that_never_closes_before_a_word_is_a_misread_long_s():
    page = ("The King (hall come to the Town, and (he will tell him what the Men (hall do there, for it is "
            "the Custom of the Country that every Man (hews his Goods before the Market opens in the Morning.")
    flagged = _suspects(page)
    assert flagged.get("(hall") == "NL705" and flagged.get("(he") == "NL705" and flagged.get("(hews") == "NL705"


def test_a_bracket_that_closes_or_makes_no_word_with_an_s_is_left_alone():
    page = ("The council (which met on Monday) agreed to the plan, and the mayor (about whom much was said "
            "in the town) will open the new hall (he said so himself) next week.")
    assert not {"(which", "(about", "(he"} & set(_suspects(page))


_LONG_S_PAGE = ("Never was her face adorn’d with more lively colours, nor her eyes arm’d with more quick and "
                "piercing lhafts. The sweetness of her voice was heard in a charming tune which (he deign’d to "
                "sing, and the wonderful sounds which (he form’d went to the very heart of all who were there, "
                "so that the whole court stood still to hear her, and the king himself was moved to tears by it.")


def test_the_gate_opens_on_a_page_whose_long_s_is_read_as_a_bracket():
    assert gate.decide(_LONG_S_PAGE).ocr
    assert "long s" in gate.decide(_LONG_S_PAGE).reason


def test_the_gate_stays_shut_when_the_brackets_close():
    closed = _LONG_S_PAGE.replace("(he deign’d", "(she deign’d)").replace("(he form’d", "(she form’d)")
    assert not gate.decide(closed).ocr
