"""NL106: a fact box or a table whose lines were run into one, glued at its figures ('4,200builders on site at
peak3,000km of pipes'); figures in edited prose, and one or two glued figures, are no box. Every text is made up.
"""

from __future__ import annotations

from conftest import shown
from rule_texts import article

FACT_BOX = ("The plant will be the largest in the region.4,200builders on site at peak3,000km of pipes120,000 tonnes "
            "of concrete2.4m cubic metres of soil to be movedCampaigners say the cost is too high.")
RESULTS = ("The stage ended in a sprint.1.  Ann Lee (Fra/Team Sky) 4hrs 24mins 59secs2.  Jo Marsh (Ita/Astana) "
           "+5secs3.  Kim Hart (Esp/Movistar) +10secs4.  Lu Chen (Chn/Bahrain) +12secs")


def test_a_fact_box_glued_at_its_figures(lint):
    [box] = shown(lint, article(FACT_BOX), "NL106")
    assert box.startswith("4,200builders") and box.endswith("2.4m")


def test_a_results_table_glued_at_its_item_numbers(lint):
    [table] = shown(lint, article(RESULTS), "NL106")
    assert table.startswith("sprint.1.") and "Kim Hart" in table


def test_figures_in_edited_prose_and_a_single_glued_figure_are_no_box(lint):
    prose = ("The plant will employ 4,200 builders at its peak and lay 3,000km of pipes. It needs 120,000 tonnes of "
             "concrete, and 2.4m cubic metres of soil will be moved.")
    assert shown(lint, article(prose), "NL106") == []
    two = "The plant will employ 4,200builders at peak and lay 3,000km of pipes, using 120,000 tonnes of concrete."
    assert shown(lint, article(two), "NL106") == []
