"""NL1xx: extraction debris: lost drop caps, glued words, stray breaks, glued subheadings.

The rules work on the title and the body paragraphs and want dictionary evidence
(pyspellchecker's list, wordsegment's web n-gram counts and the article's own
words) before they call a token broken, so that names and brands pass.

One module per rule family: :mod:`.paragraph_starts` (NL101, NL108), :mod:`.glue` (NL102, NL106),
:mod:`.sentences` (NL103, NL105), :mod:`.run_together` (NL104), :mod:`.possessives` (NL107),
:mod:`.footnotes` (NL109), :mod:`.flattened` (NL110); what more than one
of them uses is in :mod:`._shared`.
"""

from newslint.rules.extraction.flattened import FlattenedBox
from newslint.rules.extraction.footnotes import FootnoteMarker
from newslint.rules.extraction.glue import GluedSubheading, GluedWords
from newslint.rules.extraction.paragraph_starts import LostDropCap, SplitParagraph
from newslint.rules.extraction.possessives import MissingPossessiveApostrophe
from newslint.rules.extraction.run_together import RunTogetherWords
from newslint.rules.extraction.sentences import GluedSentence, StraySentenceBreak

RULES = (LostDropCap, GluedWords, GluedSentence, RunTogetherWords, StraySentenceBreak, GluedSubheading,
         MissingPossessiveApostrophe, SplitParagraph, FootnoteMarker, FlattenedBox)
