"""OCR of early modern print: halves of words split on one line, comma-joined words, old spellings (v for u, ie or
ey for y, elided past tenses), names a page repeats, the pronoun I, a misread long s taken for a bracket, and the
gate on formulas and on pages with few but distinct misreadings.

Pages are written for these tests in the style of 17th–19th-century print run into one line; no corpus text
is copied.
"""

from __future__ import annotations

from newslint.model import Article
from newslint.ocr import gate
from newslint.ocr.analysis import Analysis, _archaic, _elided_past


def _suspects(page: str) -> dict[str, str]:
    article = Article.parse(page, has_header=False, ocr="on")
    return {article.text[s.start:s.end]: s.code for s in Analysis(article).suspects}


def test_the_halves_of_a_word_split_on_one_line_are_one_word_not_a_non_word():
    flagged = _suspects("The Sun by any intelligible Move ment may be so qualita tively changed in Ap pearance.")
    assert not {"ment", "tively", "pearance"} & set(flagged)
    assert flagged.get("Move ment") == "NL706"


def test_a_non_word_next_to_a_word_that_makes_no_word_with_it_is_still_reported():
    flagged = _suspects("The Sun by any intelligible Move rnent may be so changed in the evening.")
    assert flagged.get("rnent") == "NL704"


def test_common_words_joined_by_a_comma_are_left_alone_and_misread_ones_are_not():
    flagged = _suspects("The Cattle,and the other,being wild, were sold at the fair w,is the word of the day.")
    assert not {"Cattle,and", "other,being"} & set(flagged)
    assert "w,is" in flagged


def test_early_modern_v_for_u_and_ie_or_ey_for_y_are_old_spellings_not_misreadings():
    assert _archaic("vnto") and _archaic("vp") and _archaic("countrey") and _archaic("alwaies")
    assert not _archaic("cornpany") and not _archaic("donbt")
    page = ("He went vp into the countrey and came vnto the towne, where the men alwaies did keepe the cattell, "
            "and there he was vsed as a friend of the house vnto his dying day, for he was beloued of them all.")
    assert not {"vp", "countrey", "vnto", "alwaies"} & set(_suspects(page))


def test_a_name_the_page_repeats_is_not_a_misreading_of_a_word_it_looks_like():
    once = "Argan sits in his chair and counts his bills, while the maid laughs at him behind the door."
    assert _suspects(once).get("Argan") == "NL704"  # printed once: one OCR confusion from Organ
    thrice = once + " Argan calls her back. Then Argan rings the bell again and the maid comes in."
    assert "Argan" not in _suspects(thrice)


def test_one_sure_use_of_the_pronoun_makes_every_lone_i_the_pronoun():
    assert _suspects("Troth, Sir, I do not know, and if he cheats you I wash my hands of it.").get("I") is None
    assert _suspects("The price of the land I at the Treasury was ten shillings an acre.").get("I") == "NL704"


FORMULAS = ("Simple Interest and Rebate. The amount, which is always the greater, being the sum of the "
            "principal and its interest for the time. Case. A.p,n,t..^r ? Ans. a^Nt|S : Case. A. r i n,t.Qa ? Anf. "
            "A+NtrrS j Case. A.pjnjt.Qs Bef. n? j? t f Case. A. p, r, n. gj ? Ans. a a x Examples of the same. "
            "Quest. 2. Lent at ft 48 l. 15 s. per annum to con- tinue 9 years, kftr ready money?")


def test_a_page_of_garbled_formulas_opens_the_gate():
    decision = gate.decide(FORMULAS)
    assert decision.ocr and "glyph runs" in decision.reason


def test_a_page_with_three_distinct_misreadings_opens_the_gate_and_one_repeated_word_does_not():
    body = ("The gentleman was very well satisfied with the answer, and I donbt not that he will send lor the "
            "rest of the goods before the end of the week, when the ship comes in from the river and the "
            "merchants of the town meet at the inn to settle the price of the cargo, which they have agreed "
            "among themselves to be fair, as the season has been a good one and the harvest was large, so "
            "that there is plenty of corn in the market for all who come to buy it at the usual rate. The "
            "farmers of the county are glad of it, bnt they say that the price of bread will fall before the "
            "winter, which will be a great comfort to the poor of the parish and to all those who have had a "
            "hard time of it in the last two years, when the crops were small and the price of corn was high.")
    assert 0.015 <= gate.decide(body).non_word_rate < 0.025
    assert gate.decide(body).ocr
    names = ("The film by Lars von Trier was shown at the festival, and von Trier said the filmgoers who came "
             "were kind. The director, who was born in Copenhagen, thanked the actors and the crew, and said "
             "that the film had taken three years to make. Critics praised the acting, and von Trier was given "
             "a prize for the best director at the end of the week in which the festival was held in the city. "
             "The festival, which began in the spring of that year, showed more than a hundred films from all "
             "over the world, and the jury said that the choice had been a hard one to make, as many of the "
             "films were very good. The organisers said that they would hold the festival again next year, and "
             "that they hoped more people would come to see the films, which would be shown in the old hall. "
             "Tickets for the next festival will go on sale in the autumn, and the price will be the same as it "
             "was this year, so that students and families can afford to come and see the films that they like.")
    assert not gate.decide(names).ocr


def test_a_capitalised_word_the_page_prints_again_and_again_is_not_weighed_against_a_look_alike():
    once = "He met a Parson who was in charge of the church at the time, and he said so."
    assert _suspects(once).get("Parson") == "NL705"  # printed once: Person fits better
    thrice = once + " The Parson spoke at length, and the Parson of the next parish came too."
    assert "Parson" not in _suspects(thrice)


def test_a_lone_i_inside_a_letter_spaced_word_is_no_stray_mark():
    assert _suspects("The new opera, THE B R I G A N D, was given at the theatre on Monday night.").get("I") is None
    assert _suspects("The new opera was given at the I theatre on Monday night by the company.").get("I") == "NL704"


def test_a_name_printed_with_a_capital_and_in_capitals_is_a_name_the_page_repeats():
    once = "The maid laughs at him, and Dorinet runs to the door when the bell rings in the hall."
    assert _suspects(once).get("Dorinet") == "NL704"  # printed once, one edit from a word
    assert "Dorinet" not in _suspects("DORINET. Here, Sir. " + once)


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


_LONG_S_PAGE = ("Seldom was the hall adorn’d with more splendid hangings, nor the table furnish’d with more rare and "
                "costly dilhes. The clearness of her voice was heard in a plaintive air which (he deign’d to "
                "sing for them, and the tender notes which (he form’d went straight to the heart of every guest, "
                "so that the whole company sat silent to hear her, and the old duke himself was moved to weeping.")


def test_the_gate_opens_on_a_page_whose_long_s_is_read_as_a_bracket():
    assert gate.decide(_LONG_S_PAGE).ocr
    assert "long s" in gate.decide(_LONG_S_PAGE).reason


def test_the_gate_stays_shut_when_the_brackets_close():
    closed = _LONG_S_PAGE.replace("(he deign’d", "(she deign’d)").replace("(he form’d", "(she form’d)")
    assert not gate.decide(closed).ocr
