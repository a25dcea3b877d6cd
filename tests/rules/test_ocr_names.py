"""NL704: capitalised misreadings told from names, the pronoun I, hyphens on run-in lines.

Pages are written for these tests in the style of 19th-century newspaper OCR; no corpus text is copied.
"""

from __future__ import annotations

from newslint.model import Article
from newslint.ocr.analysis import Analysis, Printed


def _suspects(page: str) -> dict[str, str]:
    article = Article.parse(page, has_header=False, ocr="on")
    return {article.text[s.start:s.end]: s.code for s in Analysis(article).suspects}


def test_a_capitalised_non_word_printed_once_and_unknown_to_the_web_is_a_misreading():
    flagged = _suspects("The tenders for the new wharf at Ashfiold were opened by the council on Monday, "
                        "and the lowest was accepted after some discussion.")
    assert flagged.get("Ashfiold") == "NL704"


def test_names_the_web_knows_are_left_alone_however_rare_their_letters():
    flagged = _suspects("The tenders of Mr Kowalczyk, Mr Przybylski and Mr Wojciechowski for the new wharf "
                        "were opened by the council on Monday, and the lowest was accepted.")
    assert not {"Kowalczyk", "Przybylski", "Wojciechowski"} & set(flagged)


def test_a_name_the_page_prints_twice_in_any_case_is_left_alone():
    flagged = _suspects("DUNMORO ESTATE. The Dunmoro estate was sold on Monday to the highest bidder, "
                        "after spirited bidding in the rooms of the auctioneers.")
    assert not {"Dunmoro", "DUNMORO"} & set(flagged)


def test_a_lone_i_is_a_stray_mark_on_a_page_that_never_uses_the_pronoun():
    flagged = _suspects("The council met on Monday, when the report I of the engineer on the new wharf was "
                        "read and adopted without discussion.")
    assert flagged.get("I") == "NL704"


def test_a_lone_i_is_the_pronoun_on_a_page_that_uses_it():
    flagged = _suspects("Sir, I have read your report of the meeting, and I think it unfair. When the vote was "
                        "taken I rose, and I said so plainly.")
    assert "I" not in flagged


def test_a_word_hyphenated_at_a_line_end_on_a_run_in_line_is_one_word():
    text = "the instru- ment was played, and the pre- sident spoke"
    cores = [p.core for p in Printed(text, 0)]
    assert "instrument" in cores and "president" in cores
    assert "ment" not in _suspects(text) and "sident" not in _suspects(text)


def test_the_head_of_a_split_word_whose_tail_runs_into_a_capital_is_not_judged_alone():
    # 'sanc' alone reads as 'sane'; once the glued word after 'tions' goes, the halves join into 'sanctions'
    flagged = _suspects("The council voted on Monday for severe economic sanc- tionsAgainst the company, and the "
                        "motion was carried after some discussion of the wharf.")
    assert "sanc" not in flagged and flagged.get("tionsAgainst") == "NL704"
    kept = _suspects("The council voted on Monday for severe economic sanc- tionsagainst the company, and the "
                     "motion was carried after some discussion of the wharf.")
    assert kept.get("sanc- tionsagainst") == "NL706"  # a tail in lower case throughout: joined and judged as before


def test_hyphenated_compounds_on_one_line_stay_apart():
    cores = [p.core for p in Printed("a well- known man of two- and three-year terms", 0)]
    assert "well" in cores and "known" in cores and "two" in cores and "and" in cores


def test_short_capitalised_misreadings_of_the_commonest_words_are_found():
    flagged = _suspects("The boat was gone. Ihe crew had left it at the wharf, and the men went home. "
                        "REPORT OP THE COMMITTEE.")
    assert flagged.get("Ihe") == "NL704" and flagged.get("OP") == "NL704"


def test_roman_numerals_and_short_names_stay():
    flagged = _suspects("King George III opened Part II of the show, and Mr Ng and Mr Lee went home.")
    assert not {"III", "II", "Ng", "Lee"} & set(flagged)


def test_a_letter_before_digits_is_a_misread_digit_and_units_stay():
    flagged = _suspects("On May l8, at No. 12a, the S2 lots of 14th May sold at 20s 6d and 5ft by 10lb each.")
    assert flagged.get("l8") == "NL707" and flagged.get("S2") == "NL707"
    assert not {"12a", "14th", "20s", "6d", "5ft", "10lb"} & set(flagged)


def test_a_real_word_one_plain_edit_from_one_of_the_commonest_words_is_weighed_in_context():
    flagged = _suspects("The members said that they hive been waiting for the report of the committee for a year.")
    assert flagged.get("hive") == "NL705"


def test_the_same_word_where_it_fits_is_left_alone():
    flagged = _suspects("The farmer kept a hive of bees behind the house, and sold the honey at the market.")
    assert "hive" not in flagged
