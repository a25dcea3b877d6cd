"""Wire copy (Reuters, AP, AFP, Bloomberg styles): its conventions are no defects for the default rules (initials
joined by 'and', earnings tables, market reports, a product line's plural before its model numerals, the terms of an
earnings report), while the damage wire copy does carry is still found. The stories are made up for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shown
from newslint.api import lint_text, make_linter

from newslint.ocr import gate


def story(title: str, *paragraphs: str, date: str = "1988-05-02") -> str:
    return f"{title}\n{date}\n\n" + "\n\n".join(paragraphs) + "\n"


RATINGS = story(
    "ACME CORP <ACM> DEBT DOWNGRADED BY S AND P",
    "NEW YORK, May 2 - Standard and Poor's Corp said today it lowered Acme Corp's senior debt to BBB-minus from "
    "BBB-plus, a move that affects about 300 mln dlrs of securities.",
    "S and P said the action reflected weaker cash flow and higher leverage after the purchase of Beta Industries "
    "Inc <BTA>.",
    "The agency said it expected the company to sell assets to cut its debt over the next two years.",
    "B and G Holdings, which owns 12 pct of Acme, said it would not sell its stake.",
    "Acme said it would appeal the decision and that its business remained sound.",
    "Its shares fell 1-1/4 to 22-3/8 in active trading on the New York Stock Exchange. Reuter",
)

EARNINGS = story(
    "ZETA INDUSTRIES INC <ZTA> 2ND QTR NET",
    "DALLAS, May 2 - Shr profit 14 cts vs loss three cts",
    "net profit 412,300 vs loss 130,900",
    "Revs 6.2 mln vs 5.8 mln",
    "Six mths",
    "Shr profit 21 cts vs loss nine cts",
    "net profit 733,000 vs loss 250,400",
    "Revs 11.9 mln vs 11.1 mln",
    "NOTE: All prior periods are pro forma. Six mths net includes a tax loss carryforward of 210,000 dlrs, or six "
    "cts a share, and a loss from discontinued opertions of 95,000 dlrs.",
    "The pro forma results reflect the sale of the company's retail unit in January and the purchase of two "
    "plants in Texas. Reuter",
)

MARKET = story(
    "OMAHA CATTLE CLOSE STEADY",
    "OMAHA, May 2 - Slaughter steers and heifers closed steady in moderate trade, dealers said.",
    "steers - choice 2-4 1100-1300 lbs 70.00-71.50. select 1-3 1050-1250 lbs 66.00-68.00.",
    "heifers - choice 2-4 950-1150 lbs 69.50. select 1-3 900-1100 lbs 65.00-66.50. Reuter",
)

PRODUCTS = story(
    "ACME <ACM> BRINGS OUT NEW PRINTERS",
    "PALO ALTO, Calif., May 2 - Acme Corp said it has brought out a family of printers, the Acme Printmasters I "
    "and II, for engineering offices.",
    "The Printmaster costs 1,200 dlrs and the larger model 1,800 dlrs, the company said. Reuter",
)


@pytest.mark.parametrize("text", [RATINGS, EARNINGS, MARKET, PRODUCTS], ids=["ratings", "earnings", "market",
                                                                          "products"])
def test_the_default_rules_leave_wire_conventions_alone(lint, text):
    assert [(d.code, text[d.start:d.end]) for d in lint(text)] == []


def test_an_earnings_report_with_a_typo_is_no_ocr_output():
    assert not gate.decide(EARNINGS).ocr  # 'pro forma' twice is no misreading of 'form'


@pytest.mark.parametrize(("paragraph", "word"), [
    ("c CHICAGO, May 2 - Acme Products Co said it completed the sale of its hair-care unit.", "c"),
    ("T he company said it completed the sale of its hair-care unit.", "T he"),
    ("S and storms closed the highway east of the city on Monday, police said.", "S and"),  # 'Sand', no initials
])
def test_a_lost_drop_cap_in_wire_copy_is_still_found(lint, paragraph, word):
    text = story("ACME SELLS UNIT", paragraph, "The company did not disclose the price. Reuter")
    assert shown(lint, text, "NL101") == [word]


def test_doubled_words_in_wire_copy_are_still_found_where_asked_for(lint):
    text = RATINGS.replace("said it would not", "said it would would not")
    assert lint(text) == []  # the writer's typo, no ingest damage: NL501 is opt-in
    found = lint_text(text, linter=make_linter(extend_select=["NL501"]))
    assert [(d.code, text[d.start:d.end]) for d in found] == [("NL501", "would would")]


@pytest.mark.parametrize("rest", [
    "approval by shareholders at a meeting in June.",
    "nearly 5 mln dlrs in the quarter, the company said.",  # a figure, but the sentence's stop: no table's row
])
def test_a_sentence_broken_over_two_paragraphs_is_still_found(lint, rest):
    text = story("ACME SELLS UNIT", "NEW YORK, May 2 - Acme Corp said the sale of its unit, worth", rest)
    assert [d.code for d in lint(text, select=["NL108"])] == ["NL108"]


def test_a_stray_stop_after_a_figure_is_still_found_outside_a_list_of_figures(lint):
    text = story("ACME PROFIT UP", "NEW YORK, May 2 - Acme Corp said profit rose 5.2. analysts had expected more.")
    assert shown(lint, text, "NL105") == [". analysts"]
