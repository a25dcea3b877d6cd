"""NL3xx: web boilerplate, photo credits, leaked metadata and bylines in the body.

Curated phrase lists live in ``rules/boilerplate*.yaml`` (NL301–NL309); the rules
here use structural signals, so that boilerplate nobody listed is still caught.

One module per rule family: :mod:`.web_lines` (NL310), :mod:`.inline` (NL316), :mod:`.run_in` (NL317),
:mod:`.endings` (NL318), :mod:`.commentary` (NL319), :mod:`.credits` (NL320), :mod:`.metadata` (NL330–NL332),
:mod:`.signoffs` (NL340, NL341), :mod:`.one_line` (NL344); what more than one of them uses is in :mod:`._shared`. The
shapes that the line rules (:mod:`newslint.rules.lines`) and the quotation rules read are imported here for them.
"""

from newslint.rules.boilerplate.commentary import LiveCommentary
from newslint.rules.boilerplate.credits import AGENCY, CREDIT, NAME_WORD, PhotoCredit
from newslint.rules.boilerplate.endings import UnfinishedEnding
from newslint.rules.boilerplate.inline import InlineBoilerplate
from newslint.rules.boilerplate.metadata import NON_NAMES, TIMESTAMP, HeaderByline, LeakedDate, LeakedTimestamp
from newslint.rules.boilerplate.one_line import RunInMenu
from newslint.rules.boilerplate.run_in import RunInCaption
from newslint.rules.boilerplate.signoffs import TrailingByline, WireSignoff
from newslint.rules.boilerplate.web_lines import SPEECH, BoilerplateLine, boilerplate_shape

__all__ = ["RULES", "SPEECH", "AGENCY", "CREDIT", "NAME_WORD", "NON_NAMES", "TIMESTAMP",
           "boilerplate_shape"]

RULES = (BoilerplateLine, PhotoCredit, LeakedDate, LeakedTimestamp, HeaderByline, TrailingByline, WireSignoff,
         InlineBoilerplate, RunInCaption, UnfinishedEnding, LiveCommentary, RunInMenu)
