"""NL316's and NL317's shortcuts (issue 17, round nine): each lets through whatever the long way finds."""

import pytest

from newslint.rules import boilerplate

STORY = ("The council said the new road would open next spring after two years of delays and rising costs "
         "that had angered residents living along the route. ")


@pytest.mark.parametrize("paragraph, codes", [
    (STORY + "Officials gathered at the site on Monday morning They said the work was on time.", ["NL317"]),
    (STORY + "Pictured at the site Proud mum: Jean with her son at the opening of the new road.", ["NL317"]),
    (STORY + "Critics were unconvinced. FACEBOOK FAKERY: Clinton boasts of the road on her page.", ["NL317"]),
    (STORY + "Residents said they were pleased with the result and thanked the council for its work.", []),
])
def test_one_search_for_run_ins_and_labels_lets_either_through(lint, paragraph, codes):
    either = boilerplate._RUN_IN_OR_LABEL_CUES.search(paragraph) is not None
    assert either == (boilerplate._RUN_IN_CUES.search(paragraph) is not None
                      or boilerplate._ANY_LABEL_CUES.search(paragraph) is not None)
    text = "Road opens\n\n" + paragraph * 5 + "\n"  # a flattened page: 1,000 characters and more
    assert sorted({d.code for d in lint(text, select=["NL317"])}) == codes
