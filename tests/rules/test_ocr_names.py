"""NL704: capitalised misreadings told from names, the pronoun I, hyphens on run-in lines; and beside it on the
same pages NL705 (a real word misread), NL706 (a word broken at a line end) and NL707 (digits and letters mixed).

Pages are written for these tests in the style of 19th-century newspaper OCR; no corpus text is copied.
"""

from __future__ import annotations

import pytest

from newslint.model import Article
from newslint.ocr.analysis import Analysis, Printed


def _suspects(page: str) -> dict[str, str]:
    article = Article.parse(page, has_header=False, ocr="on")
    return {article.text[s.start:s.end]: s.code for s in Analysis(article).suspects}


@pytest.mark.parametrize(("page", "flagged", "left"), [
    # a capitalised non-word printed once and unknown to the web is a misreading
    ("The tenders for the new wharf at Ashfiold were opened by the council on Monday, and the lowest was accepted "
     "after some discussion.", {"Ashfiold": "NL704"}, set()),
    # names the web knows are left alone however rare their letters
    ("The tenders of Mr Kowalczyk, Mr Przybylski and Mr Wojciechowski for the new wharf were opened by the council "
     "on Monday, and the lowest was accepted.", {}, {"Kowalczyk", "Przybylski", "Wojciechowski"}),
    # a name the page prints twice in any case is left alone
    ("DUNMORO ESTATE. The Dunmoro estate was sold on Monday to the highest bidder, after spirited bidding in the "
     "rooms of the auctioneers.", {}, {"Dunmoro", "DUNMORO"}),
    # a lone I is a stray mark on a page that never uses the pronoun
    ("The council met on Monday, when the report I of the engineer on the new wharf was read and adopted without "
     "discussion.", {"I": "NL704"}, set()),
    # a lone I is the pronoun on a page that uses it
    ("Sir, I have read your report of the meeting, and I think it unfair. When the vote was taken I rose, and I "
     "said so plainly.", {}, {"I"}),
    # short capitalised misreadings of the commonest words are found
    ("The boat was gone. Ihe crew had left it at the wharf, and the men went home. REPORT OP THE COMMITTEE.",
     {"Ihe": "NL704", "OP": "NL704"}, set()),
    # Roman numerals and short names stay
    ("King George III opened Part II of the show, and Mr Ng and Mr Lee went home.", {}, {"III", "II", "Ng", "Lee"}),
    # a letter before digits is a misread digit, and units stay
    ("On May l8, at No. 12a, the S2 lots of 14th May sold at 20s 6d and 5ft by 10lb each.",
     {"l8": "NL707", "S2": "NL707"}, {"12a", "14th", "20s", "6d", "5ft", "10lb"}),
    # a real word one plain edit from one of the commonest words is weighed in context
    ("The members said that they hive been waiting for the report of the committee for a year.",
     {"hive": "NL705"}, set()),
    # the same word where it fits is left alone
    ("The farmer kept a hive of bees behind the house, and sold the honey at the market.", {}, {"hive"}),
])
def test_the_misreadings_found_on_a_page(page: str, flagged: dict[str, str], left: set[str]) -> None:
    found = _suspects(page)
    assert {word: found.get(word) for word in flagged} == flagged
    assert not left & set(found)


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
