"""NL102: the rows of a fixture list run into one line, each team glued to the day of the next date however often the
same glue recurs ('Leeds RangersFriday, 29 April'); a day name written solid in a brand stays. Every text is made up.
"""

from __future__ import annotations

from conftest import shown
from rule_texts import article

FIXTURES = ("Fixtures (all times BST):Harbour Rangers v Valley RoversFriday, 29 AprilCity Athletic v Valley "
            "RoversSaturday, 30 AprilHarbour Rangers v City AthleticFriday, 6 MayCity Athletic v Valley RoversSaturday, "
            "7 May")


def test_every_row_glued_to_its_day_is_found_though_the_glue_recurs(lint):
    found = shown(lint, article(FIXTURES), "NL102")
    assert found.count("RoversSaturday") == 2 and "RoversFriday" in found and "AthleticFriday" in found


def test_a_day_name_in_a_brand_with_no_date_after_it_stays(lint):
    text = article("Shoppers queued for the CyberMonday sale, and the CyberMonday deals ran until midnight.")
    assert shown(lint, text, "NL102") == []
