"""NL317: in a one-line page, a sentence that points at its picture ('(pictured)', '(left)', '(from left to right)',
'(file photo)') is a caption run into the text; the same brackets in a story of ordinary paragraphs, and brackets that
point at nothing, stay silent. Made-up text only.
"""

from __future__ import annotations

import pytest
from conftest import shown
from rule_texts import flattened



@pytest.mark.parametrize("caption, reported", [
    ("Council leader Jane Doe (pictured) was among those who backed the plan.",
     "Council leader Jane Doe (pictured)"),
    ("The new bridge (left) and the old ferry (right) on the river in the spring.", "The new bridge (left)"),
    ("Jane Doe (from left to right), John Roe and Sam Poe at the opening of the hall",
     "Jane Doe (from left to right)"),
    ("Flood barriers could be breached by a storm surge (file photo) The agency said", "(file photo)"),
])
def test_a_sentence_pointing_at_its_picture_in_a_flattened_page(lint, caption, reported):
    assert any(seam.endswith(reported) for seam in shown(lint, flattened(caption, copies=5), "NL317"))


@pytest.mark.parametrize("text", [
    # a story of ordinary paragraphs: a caption line there is NL312's, and the brackets may be the story's
    "Council leader Jane Doe (pictured) was among those who backed the plan.\n\n"
    "The vote was held on Monday night after a long debate about the cost of the bridge.\n",
    # brackets in a flattened page that point at nothing
    flattened("The party's candidates (left to the last minute) were chosen on Monday (see the list).", copies=5),
])
def test_brackets_that_are_no_caption_stay_silent(lint, text):
    assert not [seam for seam in shown(lint, text, "NL317") if ")" in seam]
